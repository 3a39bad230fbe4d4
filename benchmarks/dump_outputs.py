"""Write what readoutlib makes of a fixed set of real and test pages, one file per page, to compare commits.

Usage (from the repository root)::

    python benchmarks/dump_outputs.py OUT_DIR [--bulk N] [--seed S]
    diff -r /tmp/before /tmp/after        # a refactor must show no difference

For every page of ``../shared/corpus/cases``, ``tests/heldout*``, the gold sets under
``benchmarks/real/`` (but a set kept blind, see ``accuracy.py``) and a fixed-seed random sample of
``N`` pages of ``../shared/corpus/bulk`` (default 1,500, text and HTML forms alike), writes
``OUT_DIR/<set>/<page>.out``: the readout as JSON (its source names the format that read it), or the
error's class and message for a page that is refused. The checkout's own path is written as
``<root>``, so two worktrees compare equal. Pages the corpus does not hold are skipped (the script
says which sets it found).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import readoutlib
from readoutlib.errors import ReadoutError
from readoutlib.testing import corpus_dir

ROOT = Path(__file__).resolve().parent.parent
PAGE_SUFFIXES = (".txt", ".html", ".htm")


def _pages_in(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.iterdir()):
        if path.suffix in PAGE_SUFFIXES and not path.name.endswith(".source.txt"):
            yield path


def _url_of(page: Path) -> str | None:
    gold = page.with_name(page.stem + ".gold.json")
    if gold.is_file():
        url = json.loads(gold.read_text(encoding="utf-8")).get("source", {}).get("url")
        return url if isinstance(url, str) else None
    return None


def _bulk_sample(corpus: Path, count: int, seed: int) -> list[Path]:
    found = sorted(
        path
        for source in sorted((corpus / "bulk").iterdir())
        if source.is_dir()
        for path in source.iterdir()
        if path.suffix in PAGE_SUFFIXES
    )
    return sorted(random.Random(seed).sample(found, min(count, len(found))))


def _kept_blind(folder: Path) -> bool:
    """A gold set kept blind and not measured yet (``accuracy.py``'s rule): its pages are not dumped,
    so that nobody reads the parser's output on them before the set's one blind measurement."""
    return (folder / "KEPT_BLIND.md").is_file() and not (folder / "BLIND.md").is_file()


def sets(bulk: int, seed: int) -> dict[str, list[Path]]:
    """The pages to dump, by set name."""
    chosen: dict[str, list[Path]] = {}
    corpus = corpus_dir()
    if corpus is not None and corpus.name == "cases":
        corpus = corpus.parent
    if corpus is not None and (corpus / "cases").is_dir():
        chosen["cases"] = list(_pages_in(corpus / "cases"))
    for folder in sorted(ROOT.glob("tests/heldout*")):
        chosen[folder.name] = list(_pages_in(folder))
    for folder in sorted((ROOT / "benchmarks" / "real").iterdir()):
        if _kept_blind(folder):
            print(f"real-{folder.name}: kept blind until its one measurement, left out", file=sys.stderr)
            continue
        if folder.is_dir() and any(folder.glob("*.gold.json")):
            chosen[f"real-{folder.name}"] = list(_pages_in(folder))
    if corpus is not None and (corpus / "bulk").is_dir() and bulk:
        chosen["bulk"] = _bulk_sample(corpus, bulk, seed)
    return chosen


def describe(page: Path) -> str:
    """The JSON readout (its source names the format that read it), or the refusal, of one page."""
    try:
        readout = readoutlib.parse(page, url=_url_of(page))
    except ReadoutError as exc:
        text = f"{type(exc).__name__}: {exc}\n"
    else:
        text = readoutlib.dumps(readout, to="json") + "\n"
    return text.replace(str(ROOT), "<root>")


def main(argv: list[str] | None = None) -> int:
    """Dump every chosen page's output under OUT_DIR."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (created; files in it are replaced)")
    parser.add_argument("--bulk", type=int, default=1500, help="random bulk pages (default 1500)")
    parser.add_argument("--seed", type=int, default=14, help="seed of the bulk sample (default 14)")
    args = parser.parse_args(argv)
    total = 0
    for name, pages in sets(args.bulk, args.seed).items():
        folder = args.out / name
        folder.mkdir(parents=True, exist_ok=True)
        for page in pages:
            label = page.name if name != "bulk" else f"{page.parent.name}--{page.name}"
            (folder / f"{label}.out").write_text(describe(page), encoding="utf-8")
            total += 1
        print(f"{name}: {len(pages)} pages", file=sys.stderr)
    print(f"{total} pages written under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
