"""``readout pair`` and ``readout compare``, run in-process through ``main([...])``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import readoutlib
from readoutlib import cli

# Two accounts of one invented call, written for these tests.
PAGE_A = """\
Foreign Minister Ana Kovac Holds Phone Call with Norwegian Foreign Minister Tomas Berg

On March 3, 2024, Foreign Minister Ana Kovac held a phone call with Norwegian Foreign Minister Tomas Berg.

Ana Kovac thanked Norway for its steady support of Croatia's sovereignty and territorial integrity.

The two ministers agreed to resume negotiations on the fisheries treaty early next year.

Tomas Berg promised to lift the tariffs on Croatian olive oil.
"""

PAGE_B = """\
Foreign Minister Tomas Berg Spoke with Croatian Foreign Minister Ana Kovač

On March 3, 2024, Foreign Minister Tomas Berg spoke by phone with Croatian Foreign Minister Ana Kovač.

Tomas Berg reaffirmed Norway's commitment to Croatia's sovereignty and territorial integrity.

Tomas Berg raised the safety of shipping in the Adriatic Sea.

The two ministers welcomed the plan to resume talks on a fisheries treaty in the new year.
"""

# Another call of one of the same people, a week later: not the same event.
PAGE_C = PAGE_B.replace("March 3, 2024", "March 10, 2024")


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    for name, text in (("a.txt", PAGE_A), ("b.txt", PAGE_B), ("c.txt", PAGE_C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_compare_text(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The two-column view shows each side's points on the same subject side by side, who said them
    in brackets."""
    code = cli.main(["compare", str(pages / "a.txt"), str(pages / "b.txt"), "--width", "240"])
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("[A1]"))
    expected = [
        "[A1] The two ministers agreed to resume negotiations on the fisheries treaty early next year.  "
        "(both agreed)",
        "[B2] The two ministers welcomed the plan to resume talks on a fisheries treaty in the new year.  "
        "(both welcomed)",
    ]
    assert (0, expected) == (code, [column.strip() for column in row.split(" │ ")])


def test_compare_json(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--to json writes the comparison with both readouts in their own JSON form and each side's
    points (its sentences, with who said them)."""
    code = cli.main(["compare", str(pages / "a.txt"), str(pages / "b.txt"), "--to", "json"])
    data = json.loads(capsys.readouterr().out)
    links = [(link["a"], link["b"]) for link in data["comparison"]["links"]]
    points_b = [(p["text"], p["speaker"]) for p in data["comparison"]["points_b"]]
    title_a = readoutlib.parse(pages / "a.txt").title
    expected_points_b = [
        (
            "Tomas Berg reaffirmed Norway's commitment to Croatia's sovereignty and territorial integrity.",
            "Tomas Berg",
        ),
        ("Tomas Berg raised the safety of shipping in the Adriatic Sea.", "Tomas Berg"),
        (
            "The two ministers welcomed the plan to resume talks on a fisheries treaty in the new year.",
            "both",
        ),
    ]
    expected = (0, "readoutlib-compare/2", [(0, 0), (1, 2)], [2], [1], title_a, expected_points_b)
    got = (
        code,
        data["schema"],
        links,
        data["comparison"]["only_a"],
        data["comparison"]["only_b"],
        data["comparison"]["a"]["title"],
        points_b,
    )
    assert expected == got


def test_compare_html_to_file(pages: Path) -> None:
    """--to html -o FILE writes one self-contained page: no external resource is referenced."""
    target = pages / "out" / "cmp.html"
    code = cli.main(
        ["compare", str(pages / "a.txt"), str(pages / "b.txt"), "--to", "html", "-o", str(target)]
    )
    text = target.read_text(encoding="utf-8")
    external = [m for m in ("http://", "https://", "src=", "<link") if m in text]
    expected = (0, True, [])
    assert expected == (code, text.startswith("<!DOCTYPE html>"), external)


def test_compare_bad_input_is_one_line(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing or non-readout input is one line naming the file, exit 1, no traceback."""
    (pages / "empty.txt").write_text("", encoding="utf-8")
    code = cli.main(["compare", str(pages / "empty.txt"), str(pages / "b.txt")])
    err = capsys.readouterr().err
    expected = (1, 1, True)
    assert expected == (
        code,
        len(err.strip().splitlines()),
        err.startswith(f"readout: {pages / 'empty.txt'}: "),
    )


def test_pair_folder(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder of pages: the two accounts of one call pair; the later call stays alone."""
    code = cli.main(["pair", str(pages)])
    data = json.loads(capsys.readouterr().out)
    inputs = [event["inputs"] for event in data["events"]]
    expected = [[str(pages / "a.txt"), str(pages / "b.txt")], [str(pages / "c.txt")]]
    assert (0, expected) == (code, inputs)


def test_pair_dataset(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSON Lines data set of readouts pairs like the pages it came from; a bad line is reported."""
    lines = [readoutlib.dumps(readoutlib.parse(pages / n)).replace("\n", "") for n in ("a.txt", "b.txt")]
    dataset = pages / "set.jsonl"
    dataset.write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")
    code = cli.main(["pair", str(dataset), "--to", "text"])
    captured = capsys.readouterr()
    expected = (1, "1 events read by more than one publisher; 0 alone", [f"{dataset}:3"])
    got = (
        code,
        captured.out.splitlines()[0],
        [line.split(": ")[1] for line in captured.err.strip().splitlines()],
    )
    assert expected == got
