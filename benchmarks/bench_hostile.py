"""How long readoutlib takes on hostile or pathological input (seconds per page).

Each input is built here, at run time; the figures show whether time grows linearly with size
(double the size, about double the time), which is what keeps a corpus run of thousands of pages
from stalling on one odd page.

    python benchmarks/bench_hostile.py            # every input at 1x and 2x size
    python benchmarks/bench_hostile.py --scale 4  # and at 4x
"""

from __future__ import annotations

import argparse
import os
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
}


def _time(page: str | bytes) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        readout = readoutlib.parse(page)
        outcome = f"{len(readout.statements)} statements"
    except readoutlib.ReadoutError as error:
        outcome = type(error).__name__
    return time.perf_counter() - started, outcome


def main(argv: list[str] | None = None) -> int:
    """Print seconds per input at each size."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--units", type=int, default=6000, help="size of the 1x input (default 6000)")
    parser.add_argument("--scale", type=int, default=2, help="largest multiple of the size (default 2)")
    args = parser.parse_args(argv)
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
