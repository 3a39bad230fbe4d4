"""Benchmark: readoutlib's sentence splitter beside pysbd (and blingfire) when they are installed.

Usage (from the repository root)::

    python benchmarks/bench_sentences.py [--pages N] [--rounds N]

Times, in one interleaved run, ``readoutlib.languages.en.text.split_sentences`` and each installed
library on the paragraphs of N bulk pages (``../shared/corpus/bulk/us-state-rss``), CPU time median
of the rounds, as ratios to ours; then prints how each splits the phrasings readouts use ("Marcos
Jr. Secretary Lee", "Amb. Sato", "10 a.m. Tuesday", "the U.S. Secretary of State"). Neither library
is a dependency: ``pip install pysbd blingfire`` to compare.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from readoutlib.languages.en.text import split_sentences

BULK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk" / "us-state-rss"

PHRASINGS = (
    "The Secretary met President Ferdinand Marcos Jr. Secretary Lee then said the alliance was strong.",
    "He met Gen. Ruiz and Amb. Sato. Both spoke.",
    "They met at 10 a.m. Tuesday. It rained.",
    "The Minister received a call from the U.S. Secretary of State, Ana Lind. They spoke.",
    "They met His Majesty. The King spoke.",
)


def _ours(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def _splitters() -> dict[str, Callable[[str], list[str]]]:
    found: dict[str, Callable[[str], list[str]]] = {"readoutlib": _ours}
    try:
        pysbd = importlib.import_module("pysbd")
        segmenter = pysbd.Segmenter(language="en", clean=False)
        found["pysbd"] = lambda text: [s.strip() for s in segmenter.segment(text)]
    except ImportError:
        pass
    try:
        blingfire = importlib.import_module("blingfire")
        found["blingfire"] = lambda text: blingfire.text_to_sentences(text).split("\n")
    except ImportError:
        pass
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = sorted(BULK.glob("*.txt"))[: args.pages]
    paragraphs = [p for f in files for p in f.read_text(encoding="utf-8").split("\n") if len(p) > 40]
    splitters = _splitters()
    times: dict[str, list[float]] = {name: [] for name in splitters}
    for _ in range(args.rounds):
        for name, split in splitters.items():
            start = time.process_time()
            for paragraph in paragraphs:
                split(paragraph)
            times[name].append(time.process_time() - start)
    base = statistics.median(times["readoutlib"])
    print(f"{len(paragraphs)} paragraphs of {len(files)} pages, CPU seconds (median of {args.rounds}):")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:<11} {median:8.3f}  {median / base:6.1f}x")
    for text in PHRASINGS:
        print(f"\n{text}")
        for name, split in splitters.items():
            print(f"  {name:<11} {split(text)}")


if __name__ == "__main__":
    main()
