"""Word vectors for the comparison: the file format, its errors, and two points linked by meaning."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from readoutlib.compare import compare
from readoutlib.compare.vectors import MAGIC, WordVectors, centred, cosine, parse_vectors, read_vectors
from readoutlib.errors import ReadoutError

from .test_align import OPENING, _page


def _file(rows: dict[str, tuple[float, ...]]) -> bytes:
    words = "\n".join(rows).encode("utf-8")
    dimensions = len(next(iter(rows.values())))
    values = [v for row in rows.values() for v in row]
    header = MAGIC + struct.pack("<III", len(rows), dimensions, len(words))
    return header + words + struct.pack(f"<{len(values)}e", *values)


def test_parse_vectors_reads_words_and_float16_rows() -> None:
    """A file's words map to their rows; a word it lacks has no vector."""
    table = parse_vectors(_file({"drought": (1.0, 0.5), "water": (0.25, -2.0)}), "t.bin")
    expected = (2, (1.0, 0.5), (0.25, -2.0), None)
    assert expected == (len(table), table.get("drought"), table.get("water"), table.get("ferry"))


def test_read_vectors_names_the_file_and_the_reason(tmp_path: Path) -> None:
    """A file that is not a vector file, or is cut short, is refused with its name and why."""
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"hello")
    short = tmp_path / "short.bin"
    short.write_bytes(_file({"drought": (1.0, 0.5)})[:-2])
    messages = []
    for path in (junk, short, tmp_path / "missing.bin"):
        with pytest.raises(ReadoutError) as caught:
            read_vectors(path)
        messages.append(str(caught.value).split(": ")[:2])
    expected = [
        [str(junk), "not a readoutlib word-vector file (no b'RLWV1\\n' header)"],
        [str(short), "the file is cut short or too long"],
        [str(tmp_path / "missing.bin"), "cannot read the word vectors"],
    ]
    assert expected == messages


def test_centred_cosine() -> None:
    """Vectors less their mean, and the cosine of two (0 where one is missing)."""
    expected = ([(1.0, 0.0), (-1.0, 0.0), None], 1.0, 0.0)
    actual = centred([(2.0, 1.0), (0.0, 1.0), None])
    assert expected == (actual, cosine((1.0, 0.0), (3.0, 0.0)), cosine(None, (1.0, 0.0)))


DROUGHT = "Ana Kovac warned about the drought in the orchards."
WATER = "Tomas Berg raised the water shortage of farmers."
FERRY_A = "Ana Kovac welcomed the ferry line to Bergen."
FERRY_B = "Tomas Berg praised the ferry line to Bergen."


def test_compare_links_two_points_near_in_meaning_with_vectors() -> None:
    """With vectors, two statements in different words on one subject are linked; without, they are not."""
    a = _page(
        (OPENING, f"{DROUGHT} {FERRY_A}"),
        (
            ("ana-kovac", "warned", 1, DROUGHT.removeprefix("Ana Kovac warned ")),
            ("ana-kovac", "welcomed", 1, FERRY_A.removeprefix("Ana Kovac welcomed ")),
        ),
    )
    b = _page(
        (OPENING, f"{WATER} {FERRY_B}"),
        (
            ("tomas-berg", "raised", 1, WATER.removeprefix("Tomas Berg raised ")),
            ("tomas-berg", "praised", 1, FERRY_B.removeprefix("Tomas Berg praised ")),
        ),
    )
    table = parse_vectors(
        _file(
            {
                "drought": (1.0, 0.0, 0.0),
                "orchard": (0.9, 0.1, 0.0),
                "water": (0.95, 0.0, 0.1),
                "shortag": (1.0, 0.05, 0.0),
                "farmers": (0.9, 0.0, 0.1),
                "ferry": (0.0, 1.0, 0.0),
                "bergen": (0.0, 0.0, 1.0),
            }
        ),
        "t.bin",
    )
    assert isinstance(table, WordVectors)
    without = [(link.a, link.b) for link in compare(a, b).links]
    with_vectors = [(link.a, link.b) for link in compare(a, b, vectors=table).links]
    expected = ([(1, 1)], [(0, 0), (1, 1)])
    assert expected == (without, with_vectors)


def test_ranking_is_the_average_precision_of_the_point_score() -> None:
    """The ranking figure: 1.0 where the gold pair scores highest, 0.5 where one other pair beats it."""
    from readoutlib.compare.gold import GoldSet, ranking

    a = _page(
        (OPENING, f"{FERRY_A} {DROUGHT}"),
        (
            ("ana-kovac", "welcomed", 1, FERRY_A.removeprefix("Ana Kovac welcomed ")),
            ("ana-kovac", "warned", 1, DROUGHT.removeprefix("Ana Kovac warned ")),
        ),
    )
    b = _page(
        (OPENING, FERRY_B),
        (("tomas-berg", "praised", 1, FERRY_B.removeprefix("Tomas Berg praised ")),),
    )
    readouts = {"a": a, "b": b}
    ferry = {"a": "the ferry line", "b": "the ferry line"}
    drought = {"a": "the drought in the orchards", "b": "the ferry line"}
    found = [
        ranking(GoldSet(readouts, {}, (("a", "b"),), ({"a": "a", "b": "b", "links": [links]},)))
        for links in (ferry, drought)
    ]
    expected = [(2, 1, 1.0), (2, 1, 0.5)]
    assert expected == found
