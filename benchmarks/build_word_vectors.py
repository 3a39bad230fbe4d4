"""Build the English word vectors the comparison uses: PPMI co-occurrence + truncated SVD, by us.

Usage: python benchmarks/build_word_vectors.py [OUT]

Reads the English text pages of the bulk corpus (READOUTLIB_CORPUS or ../shared/corpus): the White
House's briefing room, the State Department's press releases, the Kremlin's and the Ukrainian
President's English sites. The White House RSS folder is left out (it repeats the briefing room's
documents). Every page the gold pairs file (tests/compare/pairs.gold.json) names is left out, and so is
any other page with the same title (a copy of it in another feed), so the alignment is never measured
on text the vectors were trained on.

Each word is reduced as the comparison reduces it (folded, function words dropped, cut to a
seven-letter stem). The ``VOCABULARY`` most frequent stems are the targets, the ``CONTEXTS`` most
frequent the contexts; pairs within ``WINDOW`` content words of each other are counted, weighted
positive PMI (context counts smoothed to the power 0.75) is taken and reduced to ``DIMENSIONS`` by a
randomized SVD with a fixed seed (each dimension scaled by the square root of its singular value). The
rows are scaled to unit length and written as float16 (:mod:`readoutlib.compare.vectors` reads the
format). The same corpus and gold give the same file byte for byte.

numpy builds the file (it is in the test environment); reading it needs no numpy.
"""

from __future__ import annotations

import csv
import hashlib
import json
import struct
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from readoutlib.compare.align import FUNCTION_WORDS, STEM, WORD_PATTERN
from readoutlib.compare.vectors import MAGIC
from readoutlib.languages.en.text import fold
from readoutlib.testing import corpus_dir as _corpus_dir

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "compare" / "pairs.gold.json"
OUT = ROOT / "build" / "word_vectors.en.bin"
SOURCES = (
    "us-whitehouse-whbriefings",
    "us-state-rss",
    "ru-kremlin-en-peiyizhuo",
    "ua-president-en-peiyizhuo",
)
VOCABULARY = 16000
CONTEXTS = 4000
WINDOW = 4
DIMENSIONS = 64
SEED = 12
csv.field_size_limit(10**8)


def corpus_bulk() -> Path:
    """The bulk folder of the corpus, found as the test kit finds the corpus."""
    found = _corpus_dir()
    if found is not None and found.name == "cases":
        found = found.parent
    if found is None or not (found / "bulk").is_dir():
        sys.exit("corpus not found (set READOUTLIB_CORPUS or place it at ../shared/corpus)")
    return found / "bulk"


def _title_key(title: str) -> str:
    return " ".join(fold(w) for w in WORD_PATTERN.findall(title))


def pages(bulk: Path) -> list[Path]:
    """The training pages: every English text page of ``SOURCES`` but the gold's and their copies."""
    gold_paths = {e["path"] for e in json.loads(GOLD.read_text(encoding="utf-8"))["readouts"]}
    rows: list[tuple[Path, str]] = []
    for source in SOURCES:
        with (bulk / source / "index.tsv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                name = row.get("txt") or row.get("file") or ""
                if name:
                    rows.append((bulk / source / name, _title_key(row.get("title") or "")))
    gold_titles = {title for path, title in rows if f"bulk/{path.parent.name}/{path.name}" in gold_paths}
    return sorted(
        path
        for path, title in rows
        if f"bulk/{path.parent.name}/{path.name}" not in gold_paths
        and title not in gold_titles
        and path.is_file()
    )


def stems(text: str) -> list[str]:
    """The text's content words as the comparison cuts them: folded, no function words, stemmed."""
    words = (fold(w) for w in WORD_PATTERN.findall(text))
    return [w[:STEM] for w in words if len(w) > 2 and w not in FUNCTION_WORDS]


def build(paths: list[Path]) -> tuple[list[str], np.ndarray]:
    """The vocabulary and its unit-length vectors (float32)."""
    documents = [stems(p.read_text(encoding="utf-8", errors="replace")) for p in paths]
    counts = Counter(w for d in documents for w in d)
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    vocabulary = ranked[:VOCABULARY]
    index = {w: n for n, w in enumerate(vocabulary)}
    cooc = np.zeros(VOCABULARY * CONTEXTS, dtype=np.float32)
    chunk: list[np.ndarray] = []

    def flush() -> None:
        if chunk:
            cells, found = np.unique(np.concatenate(chunk), return_counts=True)
            cooc[cells] += found
            chunk.clear()

    for document in documents:
        ids = np.array([index.get(w, -1) for w in document], dtype=np.int64)
        for shift in range(1, WINDOW + 1):
            for target, context in ((ids[:-shift], ids[shift:]), (ids[shift:], ids[:-shift])):
                keep = (target >= 0) & (context >= 0) & (context < CONTEXTS)
                chunk.append(target[keep] * CONTEXTS + context[keep])
        if sum(len(c) for c in chunk) > 5_000_000:
            flush()
    flush()
    matrix = cooc.reshape(VOCABULARY, CONTEXTS)
    total = float(matrix.sum(dtype=np.float64))
    rows = matrix.sum(axis=1, keepdims=True, dtype=np.float64).astype(np.float32)
    smoothed = (matrix.sum(axis=0, keepdims=True, dtype=np.float64) ** 0.75).astype(np.float32)
    scale = np.float32(smoothed.sum(dtype=np.float64))
    ppmi = matrix
    with np.errstate(divide="ignore", invalid="ignore"):
        ppmi *= scale
        ppmi /= np.where(rows > 0, rows, 1)
        ppmi /= smoothed
        np.log(ppmi, out=ppmi, where=ppmi > 0)
    ppmi[~np.isfinite(ppmi)] = 0.0
    np.maximum(ppmi, 0.0, out=ppmi)
    rng = np.random.default_rng(SEED)
    sketch = ppmi @ rng.standard_normal((CONTEXTS, DIMENSIONS + 32)).astype(np.float32)
    for _ in range(2):
        sketch = ppmi @ (ppmi.T @ sketch)
        sketch, _r = np.linalg.qr(sketch)
    basis, _r = np.linalg.qr(sketch)
    small = basis.T @ ppmi
    u, s, _vt = np.linalg.svd(small, full_matrices=False)
    vectors = (basis @ u[:, :DIMENSIONS]) * np.sqrt(s[:DIMENSIONS])
    signs = np.sign(vectors[np.abs(vectors).argmax(axis=0), range(DIMENSIONS)])
    vectors *= signs
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    print(f"{len(paths)} pages, {sum(map(len, documents))} words, {int(total)} pairs counted")
    return vocabulary, (vectors / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def write(out: Path, vocabulary: list[str], vectors: np.ndarray) -> None:
    """The file: magic, word count, dimensions, the words (newline-separated UTF-8), float16 rows."""
    words = "\n".join(vocabulary).encode("utf-8")
    header = MAGIC + struct.pack("<III", len(vocabulary), vectors.shape[1], len(words))
    out.write_bytes(header + words + vectors.astype("<f2").tobytes())


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    vocabulary, vectors = build(pages(corpus_bulk()))
    write(out, vocabulary, vectors)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()[:16]
    size = out.stat().st_size
    print(f"{out}: {len(vocabulary)} words x {vectors.shape[1]} dims, {size} bytes, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
