"""The Russian pack on the 200 Russian Kremlin pages of the shared corpus (issue 9's must-show).

Parses every page of ``bulk/ru-kremlin-ru-gabrielkmbo`` with its URL and counts: how many parse as
readouts, how many of those have two principals (or more) and at least one statement, and why the
rest were refused. ``--pages`` prints one line per page (the hand check in
``benchmarks/real/ru/KREMLIN200.md`` was made from it)::

    python benchmarks/kremlin_ru.py                 # the counts
    python benchmarks/kremlin_ru.py --pages         # and one line per page
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

import readoutlib
from readoutlib.errors import NotAReadoutError, ReadoutError
from readoutlib.evaluate import speaker_name
from readoutlib.testing import corpus_dir

SOURCE = "ru-kremlin-ru-gabrielkmbo"


def _rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "index.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _line(n: str, readout: readoutlib.Readout) -> str:
    people = "; ".join(
        f"{p.name} ({p.country or '?'}, {', '.join(p.titles) or '-'})" for p in readout.event.participants
    )
    said = " | ".join(
        f"{speaker_name(readout, s)} {s.verb}: {' '.join(s.text.split()[:6])}" for s in readout.statements[:4]
    )
    event = f"readout {readout.event.kind.value} {readout.event.date}"
    return f"{n}\t{event}\t{people}\t{len(readout.statements)}\t{said}"


def main(argv: list[str] | None = None) -> int:
    """Print the counts (and with ``--pages`` one line per page); 2 when the corpus is not here."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="one line per page")
    args = parser.parse_args(argv)
    root = corpus_dir()
    if root is None:
        print("kremlin_ru: the shared corpus is not here (set $READOUTLIB_CORPUS)", file=sys.stderr)
        return 2
    folder = root / "bulk" / SOURCE
    tally: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for row in _rows(folder):
        page = folder / row["file"]
        try:
            readout = readoutlib.parse(page.read_bytes(), url=row["url"] or None)
        except NotAReadoutError as exc:
            reason = str(exc).removeprefix("not a readout: ")
            reasons[reason] += 1
            if args.pages:
                print(f"{row['n']}\trefused: {reason}\t{row['title']}")
            continue
        except ReadoutError as exc:
            reasons[f"error: {type(exc).__name__}"] += 1
            if args.pages:
                print(f"{row['n']}\terror: {exc}")
            continue
        tally["readouts"] += 1
        two = len(readout.event.participants) >= 2
        tally["two principals"] += two
        tally["two principals and a statement"] += two and bool(readout.statements)
        tally[f"kind {readout.event.kind.value}"] += 1
        if args.pages:
            print(_line(row["n"], readout))
    total = sum(reasons.values()) + tally["readouts"]
    print(f"pages: {total}")
    print(f"parsed as readouts: {tally['readouts']}")
    print(f"  with two principals: {tally['two principals']}")
    print(f"  with two principals and a statement: {tally['two principals and a statement']}")
    for key in sorted(k for k in tally if k.startswith("kind ")):
        print(f"  {key}: {tally[key]}")
    print(f"refused: {sum(reasons.values())}")
    for reason, count in reasons.most_common():
        print(f"  {count:3d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
