"""Profile readoutlib on real-size HTML pages: where a page's time goes (cProfile, top functions).

Usage (from the repository root)::

    python benchmarks/profile_parse.py [--pages N] [--top N]
    python benchmarks/profile_parse.py --cases ../shared/corpus/cases --rounds 5 [--top N]

The pages are ``realsize.py``'s (real White House readout bodies in 98 KB of site furniture), or with
``--cases`` every page of a folder of cases (``bench_parse.py``'s). One warm-up pass, then ``--rounds``
profiled passes (default 1) of ``parse`` + ``dumps(to="json")``; prints the top functions by
cumulative time, then by own time. Profiling slows Python code more than C code, so read the shares,
not the milliseconds; ``bench_parse.py --side-by-side`` gives the real figures.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_parse
import realsize


def main(argv: list[str] | None = None) -> int:
    """Profile one pass over the pages and print the summaries."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30, help="real-size pages (default 30)")
    parser.add_argument("--top", type=int, default=30, help="functions listed per summary (default 30)")
    parser.add_argument("--cases", type=Path, default=None, help="a folder of cases instead (text and HTML)")
    parser.add_argument("--rounds", type=int, default=1, help="profiled passes over the pages (default 1)")
    args = parser.parse_args(argv)
    import readoutlib

    corpus: list[tuple[str | bytes, str | None]]
    if args.cases is not None:
        corpus = [(data, url) for data, url, _name in bench_parse.pages(args.cases)]
    else:
        corpus = [(realsize.wrap(t, d, b), u) for t, d, u, b in realsize.readout_bodies(args.pages)]

    def run() -> None:
        for page, url in corpus:
            with contextlib.suppress(readoutlib.ReadoutError):  # refusing a page is work too
                readoutlib.dumps(readoutlib.parse(page, url=url), to="json")

    run()  # warm-up: imports, plugin discovery, regex compilation
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.rounds):
        run()
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
