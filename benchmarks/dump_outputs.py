"""Write what readoutlib makes of a fixed set of real and test pages, one file per page, to compare commits.

Usage (from the repository root)::

    python benchmarks/dump_outputs.py OUT_DIR [--bulk N] [--seed S] [--real NAME ...] [--feeds TSV ...]
    diff -r /tmp/before /tmp/after        # a refactor must show no difference

For every page of ``../shared/corpus/cases``, ``tests/heldout*``, the gold sets under
``benchmarks/real/`` (but a set kept blind, see ``accuracy.py``) and a fixed-seed random sample of
``N`` pages of ``../shared/corpus/bulk`` (default 1,500, text and HTML forms alike), writes
``OUT_DIR/<set>/<page>.out``: the readout as JSON (its source names the format that read it), or the
error's class and message for a page that is refused. ``--real NAME ...`` dumps only the gold sets
named (``en-a fr ...``, with the corpus pages their ``bulk-pages.tsv`` names, each with its gold's
URL) and never lists ``benchmarks/real/``, so a set being written blind is not reached; ``--feeds
TSV ...`` adds the corpus pages a development feed sample's labels name, each with the URL the
corpus index gives it (as ``accuracy.py feeds`` reads them; never the held-out ``feeds/``). The
checkout's own path is written as
``<root>``, so two worktrees compare equal. Pages the corpus does not hold are skipped (the script
says which sets it found).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import readoutlib
from readoutlib.errors import ReadoutError
from readoutlib.testing import corpus_dir

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
#: URLs of pages that are not beside their gold file (a gold set's corpus pages, feed samples' pages).
_URLS: dict[Path, str | None] = {}
PAGE_SUFFIXES = (".txt", ".html", ".htm")


def _pages_in(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.iterdir()):
        if path.suffix in PAGE_SUFFIXES and not path.name.endswith(".source.txt"):
            yield path


def _url_of(page: Path) -> str | None:
    if page in _URLS:
        return _URLS[page]
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


def _table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _named_set(folder: Path, corpus: Path | None) -> list[Path]:
    """A gold set's pages, with the corpus pages its ``bulk-pages.tsv`` names (URL from their gold)."""
    found = list(_pages_in(folder))
    manifest = folder / "bulk-pages.tsv"
    if corpus is not None and manifest.is_file():
        for row in _table(manifest):
            page = corpus / row["path"]
            _URLS[page] = _url_of(folder / (row["stem"] + page.suffix))
            found.append(page)
    return found


def _feed_pages(table: Path, corpus: Path | None) -> list[Path]:
    """The corpus pages a development feed sample labels, each with the URL the corpus index gives it."""
    if table.resolve().parent.name == "feeds":
        sys.exit(f"dump_outputs: {table} is the held-out feed sample: its pages are not dumped")
    if corpus is None:
        return []
    import accuracy

    urls = accuracy._urls(corpus)
    found = []
    for row in _table(table):
        _URLS[corpus / row["path"]] = urls.get(row["path"])
        found.append(corpus / row["path"])
    return found


def sets(
    bulk: int, seed: int, real: list[str] | None = None, feeds: tuple[Path, ...] = ()
) -> dict[str, list[Path]]:
    """The pages to dump, by set name: ``real`` names the gold sets (else every one not kept blind)."""
    chosen: dict[str, list[Path]] = {}
    corpus = corpus_dir()
    if corpus is not None and corpus.name == "cases":
        corpus = corpus.parent
    if corpus is not None and (corpus / "cases").is_dir():
        chosen["cases"] = list(_pages_in(corpus / "cases"))
    for folder in sorted(ROOT.glob("tests/heldout*")):
        chosen[folder.name] = list(_pages_in(folder))
    for name in real or ():
        folder = ROOT / "benchmarks" / "real" / name
        if not (folder / "README.md").is_file():
            sys.exit(f"dump_outputs: {folder} is no gold set")
        chosen[f"real-{name}"] = _named_set(folder, corpus)
    for table in feeds:
        chosen[f"{table.resolve().parent.name}--{table.stem}"] = _feed_pages(table, corpus)
    for folder in sorted((ROOT / "benchmarks" / "real").iterdir()) if real is None else ():
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
    parser.add_argument("--real", nargs="+", default=None, metavar="NAME", help="gold sets, by name")
    parser.add_argument("--feeds", nargs="+", type=Path, default=(), metavar="TSV", help="feed samples")
    args = parser.parse_args(argv)
    total = 0
    for name, pages in sets(args.bulk, args.seed, args.real, tuple(args.feeds)).items():
        folder = args.out / name
        folder.mkdir(parents=True, exist_ok=True)
        for page in pages:
            from_corpus = name == "bulk" or page in _URLS
            label = f"{page.parent.name}--{page.name}" if from_corpus else page.name
            (folder / f"{label}.out").write_text(describe(page), encoding="utf-8")
            total += 1
        print(f"{name}: {len(pages)} pages", file=sys.stderr)
    print(f"{total} pages written under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
