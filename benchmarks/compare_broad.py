"""Pair every readout of five bulk-corpus publishers over Oct 2021 - Jun 2022 and list the events.

Usage: python benchmarks/compare_broad.py [--all] [--gold]

A check of pairing precision beyond the gold set: about 1,600 readouts of the Kremlin, the Ukrainian
President, the White House (two feeds) and the State Department, with no gold, paired in one run.
``--all`` reads every page of those five folders (all the bulk corpus's English pages, 2021-2025:
about 3,300 readouts) instead of the months all five cover. ``--gold`` adds the gold set's other
readouts (tests/compare/pairs.gold.json: its stored pages and bulk pages outside the window), so that
a rule written for one gold page is tried against every bulk readout too.
Every event of two readouts or more is printed, marked "gold" where tests/compare/pairs.gold.json
has it as a pair; any other is to be read by hand. Takes some minutes (parsing dominates).
The bulk pages of a blind batch (``alignment_scoring.BLIND_BATCHES``) are never read: the method
is not run on them, so no printed event can hold one before the lead's one measurement.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path

import attrs
from alignment_scoring import blind_paths, without_blind  # a benchmark script in this folder

import readoutlib
from readoutlib.compare.gold import load_gold
from readoutlib.errors import ReadoutError
from readoutlib.model import Readout
from readoutlib.testing import corpus_dir

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "compare" / "pairs.gold.json"
FOLDERS = (
    "ru-kremlin-en-peiyizhuo",
    "ua-president-en-peiyizhuo",
    "us-whitehouse-whbriefings",
    "us-whitehouse-rss",
    "us-state-rss",
)
FIRST, LAST = dt.date(2021, 10, 20), dt.date(2022, 6, 30)


def _published(row: dict[str, str]) -> dt.date | None:
    """The index row's date: ISO ("2021-10-25T18:30:00Z", "2021-12-07") or RSS ("Tue, 01 Feb 2022 ...")."""
    for value in (row.get("date"), row.get("pubDate")):
        if not value:
            continue
        try:
            if value[:4].isdigit():
                return dt.date.fromisoformat(value[:10])
            return dt.datetime.strptime(value[5:16], "%d %b %Y").date()
        except ValueError:
            continue
    return None


def _readouts(
    bulk: Path, *, every: bool = False, skip: frozenset[str] = frozenset()
) -> list[tuple[str, Readout]]:
    """The readouts of :data:`FOLDERS` in the window (every one with ``every``), as ("bulk/<folder>/<file>",
    readout); a page named in ``skip`` (the blind batches' pages) is not parsed."""
    found = []
    for folder in FOLDERS:
        with open(bulk / folder / "index.tsv", encoding="utf-8") as index:
            for row in csv.DictReader(index, delimiter="\t"):
                published = _published(row)
                if published is None or not (every or FIRST <= published <= LAST):
                    continue
                name = row.get("file") or row.get("txt") or ""
                if f"bulk/{folder}/{name}" in skip:
                    continue
                try:
                    readout = readoutlib.parse(bulk / folder / name, url=row.get("url"), name=name)
                except ReadoutError:
                    continue
                if readout.source.published is None:
                    source = attrs.evolve(readout.source, published=published)
                    readout = attrs.evolve(readout, source=source)
                found.append((f"bulk/{folder}/{name}", readout))
    return found


def main(argv: list[str]) -> int:
    corpus = corpus_dir()
    if corpus is not None and corpus.name == "cases":
        corpus = corpus.parent
    if corpus is None or not (corpus / "bulk").is_dir():
        print("corpus not found (set READOUTLIB_CORPUS or place it at ../shared/corpus): nothing measured")
        return 0
    items = _readouts(corpus / "bulk", every="--all" in argv, skip=blind_paths(GOLD))
    if "--gold" in argv:
        seen = {name for name, _ in items}
        extra = without_blind(load_gold(GOLD, corpus), blind_paths(GOLD)).readouts
        items += [(name, readout) for name, readout in extra.items() if name not in seen]
    gold = {frozenset(pair) for pair in json.loads(GOLD.read_text(encoding="utf-8"))["pairs"]}
    names = {id(readout): name for name, readout in items}
    events = [e for e in readoutlib.pair(r for _, r in items) if len(e.readouts) > 1]
    in_gold = 0
    for event in events:
        paths = [names[id(r)] for r in event.readouts]
        mark = "gold" if len(paths) == 2 and frozenset(paths) in gold else "CHECK"
        in_gold += mark == "gold"
        print(mark, " + ".join(paths), "|", " || ".join((r.title or "")[:60] for r in event.readouts))
    print(f"{len(items)} readouts, {len(events)} events of two or more, {in_gold} of them gold pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
