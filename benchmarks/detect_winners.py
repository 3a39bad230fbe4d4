"""Print which format detection picks for each page, with every score, to diff two commits.

Usage (from the repository root)::

    python benchmarks/detect_winners.py > /tmp/before.tsv   # on the reference commit
    python benchmarks/detect_winners.py > /tmp/after.tsv    # on the change
    diff /tmp/before.tsv /tmp/after.tsv                      # a speed-up must show no difference

The pages are those of ``dump_outputs.py`` (``../shared/corpus/cases``, ``tests/heldout*``, the gold
sets under ``benchmarks/real/``) plus every page the feed tables under ``benchmarks/real/`` name and a
fixed-seed random sample of ``N`` pages of ``../shared/corpus/bulk`` (default 2,000), and the
real-size HTML pages of ``realsize.py`` with and without their URL. One line per
page: set, page, winner, the reason, then every candidate's score (``name=score``, exact ``repr``)
in detection's ranking order. A page that does not load prints its error instead.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dump_outputs
import realsize

from readoutlib.document import load
from readoutlib.errors import ReadoutError
from readoutlib.registry import detect
from readoutlib.testing import corpus_dir

ROOT = Path(__file__).resolve().parent.parent


def feed_pages(corpus: Path) -> list[Path]:
    """Every page a feed table under ``benchmarks/real/`` names (their paths are under the corpus)."""
    found: set[Path] = set()
    for table in sorted((ROOT / "benchmarks" / "real").glob("*/*.tsv")):
        with table.open(encoding="utf-8", newline="") as stream:
            for row in csv.DictReader(stream, delimiter="\t"):
                path = corpus / (row.get("path") or "")
                if row.get("path") and path.is_file():
                    found.add(path)
    return sorted(found)


def line(set_name: str, label: str, page: Path | str, url: str | None) -> str:
    """One page's detection as one tab-separated line."""
    try:
        detection = detect(load(page, url=url))
    except ReadoutError as exc:
        return f"{set_name}\t{label}\terror\t{type(exc).__name__}: {exc}"
    scores = " ".join(f"{name}={score!r}" for name, score in detection.scores)
    return f"{set_name}\t{label}\t{detection.winner}\t{detection.reason}\t{scores}"


def main(argv: list[str] | None = None) -> int:
    """Print every chosen page's detection."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bulk", type=int, default=2000, help="random bulk pages (default 2000)")
    parser.add_argument("--seed", type=int, default=14, help="seed of the bulk sample (default 14)")
    args = parser.parse_args(argv)
    chosen = dump_outputs.sets(args.bulk, args.seed)
    corpus = corpus_dir()
    if corpus is not None and corpus.name == "cases":
        corpus = corpus.parent
    if corpus is not None:
        chosen["feeds"] = feed_pages(corpus)
    for set_name, pages in chosen.items():
        for page in pages:
            label = page.name if set_name not in ("bulk", "feeds") else f"{page.parent.name}--{page.name}"
            print(line(set_name, label, page, dump_outputs._url_of(page)).replace(str(ROOT), "<root>"))
        print(f"{set_name}: {len(pages)} pages", file=sys.stderr)
    bodies = realsize.readout_bodies()
    for i, (title, date, url, body) in enumerate(bodies):
        page = realsize.wrap(title, date, body)
        print(line("realsize", f"{i}", page, url))
        print(line("realsize-no-url", f"{i}", page, None))
    print(f"realsize: {len(bodies)} pages, with and without their URL", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
