"""Word vectors for the comparison: which content words are near in meaning.

Two accounts of one call often say one thing in different words: "the sanctions ... ready to impose"
and "strong economic and other measures", "tasked their teams to follow up" and "instruct their
representatives to engage in consultations". A vector per word stem, trained by us on the English
pages of the bulk corpus (``benchmarks/build_word_vectors.py``: co-occurrence counts, positive PMI,
truncated SVD), places words used in the same contexts near each other. A point's vector is the
rarity-weighted mean of its words' vectors (:func:`point_vector`), and two points are compared by
the cosine of theirs (:func:`cosine`).

The vectors are not shipped: measured on the gold alignments they link no more gold points than
the words alone (docs/compare.md). ``readoutlib.compare(a, b, vectors=read_vectors(path))`` uses a
file the build script wrote. Reading one needs no numpy: the rows are float16, which :mod:`struct`
reads.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ..errors import ReadoutError

__all__ = ["MAGIC", "WordVectors", "centred", "cosine", "parse_vectors", "point_vector", "read_vectors"]

#: The first bytes of a word-vector file, with its format's version.
MAGIC = b"RLWV1\n"
_HEADER = struct.Struct("<III")


class WordVectors:
    """A table of unit-length word vectors: ``vectors[word]`` or ``None`` for a word it lacks."""

    def __init__(self, words: Iterable[str], values: tuple[float, ...], dimensions: int) -> None:
        self.dimensions = dimensions
        self._rows = {word: values[n * dimensions : (n + 1) * dimensions] for n, word in enumerate(words)}

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, word: str) -> tuple[float, ...] | None:
        """The word's vector, or None where the table lacks it."""
        return self._rows.get(word)


def parse_vectors(data: bytes, name: str) -> WordVectors:
    """Read a word-vector file's bytes (``name`` says which file in an error)."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _HEADER.size:
        raise ReadoutError(f"{name}: not a readoutlib word-vector file (no {MAGIC!r} header)")
    count, dimensions, size = _HEADER.unpack_from(data, len(MAGIC))
    start = len(MAGIC) + _HEADER.size
    body = data[start + size :]
    if len(body) != count * dimensions * 2:
        raise ReadoutError(
            f"{name}: the file is cut short or too long: {len(body)} bytes of vectors "
            f"for {count} words of {dimensions} dimensions"
        )
    words = data[start : start + size].decode("utf-8").split("\n")
    if len(words) != count:
        raise ReadoutError(f"{name}: {len(words)} words for {count} vectors")
    return WordVectors(words, struct.unpack(f"<{count * dimensions}e", body), dimensions)


def read_vectors(path: Path) -> WordVectors:
    """Read a word-vector file (as ``benchmarks/build_word_vectors.py`` writes it)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadoutError(f"{path}: cannot read the word vectors: {exc.strerror or exc}") from exc
    return parse_vectors(data, str(path))


def point_vector(
    words: Iterable[str], vectors: WordVectors, weights: Mapping[str, float]
) -> tuple[float, ...] | None:
    """The weighted mean of the words' vectors (each by its rarity), or None if none has one."""
    total = [0.0] * vectors.dimensions
    found = False
    for word in words:
        vector = vectors.get(word)
        if vector is None:
            continue
        found = True
        weight = weights.get(word, 1.0)
        for k, value in enumerate(vector):
            total[k] += weight * value
    return tuple(total) if found else None


def centred(vectors: Sequence[tuple[float, ...] | None]) -> list[tuple[float, ...] | None]:
    """The vectors less their mean: what one point says beyond what every point of its readout says.

    Every sentence of a readout is diplomatic prose about the same two countries, so raw point
    vectors all lie close together; the mean is that common part.
    """
    present = [v for v in vectors if v is not None]
    if not present:
        return list(vectors)
    mean = [sum(column) / len(present) for column in zip(*present, strict=True)]
    return [None if v is None else tuple(x - m for x, m in zip(v, mean, strict=True)) for v in vectors]


def cosine(a: tuple[float, ...] | None, b: tuple[float, ...] | None) -> float:
    """The cosine of two vectors, 0.0 where either is missing or zero."""
    if a is None or b is None:
        return 0.0
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm > 0 else 0.0
