"""How long readoutlib takes on hostile or pathological input (seconds per page).

Each input is built here, at run time; the figures show whether time grows linearly with size
(double the size, about double the time), which is what keeps a corpus run of thousands of pages
from stalling on one odd page.

    python benchmarks/bench_hostile.py            # every input at 1x and 2x size
    python benchmarks/bench_hostile.py --scale 4  # and at 4x
    python benchmarks/bench_hostile.py --long-line          # one-line pages of 1 and 4 MB
    python benchmarks/bench_hostile.py --long-line 1 2 4 8  # ... of these sizes (MB)

``--long-line`` parses a readout repeated on one line (its whitespace collapsed), each size in a
fresh interpreter, and prints CPU seconds and peak resident memory beside a small page's, so the
growth per MB of page can be read off: time and memory in proportion to the page, not faster.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable

import readoutlib

OPENING = "On 3 May 2024, Foreign Minister Ana Lind had a phone call with Foreign Minister Jon Berg. "

#: name -> builder of a page of roughly ``n`` units.
INPUTS: dict[str, Callable[[int], str | bytes]] = {
    "abbreviations, no sentence end": lambda n: OPENING + "Mr. U.S. Dr. " * n,
    "one long list of names": lambda n: (
        OPENING + "Ana Lind said " + ", ".join(f"Mr Karl Smith{i % 10}" for i in range(n))
    ),
    "countries named thousands of times": lambda n: (
        OPENING + "Ana Lind said " + " and ".join(["France, Japan"] * n)
    ),
    "no punctuation at all": lambda n: OPENING.rstrip(". ") + " and the two sides" * n,
    "thousands of short reports": lambda n: OPENING + "\n" + "Ana Lind said it was fine.\n" * n,
    "blank lines": lambda n: "\n" * (n * 10) + OPENING,
    "random bytes": lambda n: os.urandom(n * 10),
    "tag soup": lambda n: "<div><p>" * n + OPENING,
    "Japanese clauses without a full stop": lambda n: (
        "外務省\n\n電話会談 " + "甲大臣は乙大臣と意見交換を行い" * (n // 20)
    ),
}


def _time(page: str | bytes) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        readout = readoutlib.parse(page)
        outcome = f"{len(readout.statements)} statements"
    except readoutlib.ReadoutError as error:
        outcome = type(error).__name__
    return time.perf_counter() - started, outcome


#: A readout written for this benchmark (the people are invented), repeated for --long-line.
LONG_LINE_UNIT = (
    "On 3 May 2024, Foreign Minister Ana Lind had a phone call with Foreign Minister Jon Berg of Norway. "
    "Ana Lind said that Sweden and Norway share a long record of working together on fisheries, shipping "
    "and energy, and stressed that the Nordic countries must keep in close touch on security. Jon Berg "
    "noted that the partnership with the United States and the European Union matters to both. Mr. Berg "
    "also told Dr. Karl Vogt, the U.S. envoy, that talks would continue. The two sides agreed to meet "
    "again in Oslo in June. "
)


def _long_line_child(size: int) -> None:
    """In a child interpreter: parse one page of ``size`` bytes; print CPU seconds and peak RSS (KB)."""
    page = (LONG_LINE_UNIT * (size // len(LONG_LINE_UNIT) + 1))[:size]
    started = time.process_time()
    try:
        readout = readoutlib.parse(page, timeout=None)
        outcome = f"{len(readout.statements)} statements"
    except readoutlib.ReadoutError as error:
        outcome = type(error).__name__
    seconds = time.process_time() - started
    print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, outcome)


def _long_line(sizes_mb: list[float]) -> int:
    columns = ("CPU s", 7), ("s/MB", 6), ("peak RSS", 9), ("MB over small", 13), ("MB/MB", 6)
    print(f"{'one-line page':>14} " + " ".join(f"{name:>{width}}" for name, width in columns) + "  outcome")
    base_rss = 0.0
    for size in [len(LONG_LINE_UNIT) * 10, *(int(mb * 1_000_000) for mb in sizes_mb)]:
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(size)], capture_output=True, text=True, check=True
        )
        seconds_text, rss_text, outcome = done.stdout.split(maxsplit=2)
        seconds, rss = float(seconds_text), int(rss_text) / 1024
        if not base_rss:
            base_rss = rss
            print(f"{size:>14,} {seconds:>7.2f} {'':>6} {rss:>7.0f} MB {'':>13} {'':>6}  {outcome.strip()}")
            continue
        over = rss - base_rss
        mb = size / 1_000_000
        print(
            f"{size:>14,} {seconds:>7.2f} {seconds / mb:>6.2f} {rss:>7.0f} MB {over:>10.0f} MB "
            f"{over / mb:>6.1f}  {outcome.strip()}"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Print seconds per input at each size."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--units", type=int, default=6000, help="size of the 1x input (default 6000)")
    parser.add_argument("--scale", type=int, default=2, help="largest multiple of the size (default 2)")
    parser.add_argument(
        "--long-line", nargs="*", type=float, metavar="MB", help="one-line pages of these sizes (default 1 4)"
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _long_line_child(args.child)
        return 0
    if args.long_line is not None:
        return _long_line(args.long_line or [1.0, 4.0])
    readoutlib.parse(OPENING + "Ana Lind said it was fine.")  # one-time imports out of the figures
    print(f"{'input':38} {'size':>9} {'seconds':>8}  outcome")
    for name, build in INPUTS.items():
        for factor in range(1, args.scale + 1):
            page = build(args.units * factor)
            seconds, outcome = _time(page)
            print(f"{name:38} {len(page):>9} {seconds:>8.2f}  {outcome}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
