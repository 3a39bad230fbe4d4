"""Where a page's CPU time goes, by sampling: each function's and line's share, the C calls it makes included.

Usage (from the repository root)::

    python benchmarks/profile_sampled.py [--pages N] [--rounds N] [--every MS] [--top N] [--size BYTES]

Parses ``realsize.py``'s real-size pages (as ``bench_parse.py --side-by-side``) once to warm up,
then ``--rounds`` times while a CPU timer (``SIGPROF``, every ``--every`` milliseconds of CPU time)
reads the running stack. Prints, as shares of the samples: each function's inclusive share (on the
stack), its own share (the innermost Python frame, with the C calls it makes, regex searches among
them) and the lines with the largest own shares. Unlike ``profile_parse.py`` (cProfile), it adds
nothing to each Python call, so a function making many cheap calls is not weighed up against one
whose time is spent in C. The kernel's timer resolution (often 4 ms) spaces the samples: use enough
rounds for a few thousand. Work done in C between two Python steps (freeing a page's tree) is
counted at the frame that runs next. POSIX only. ``--size 1000000`` samples one page of that size
instead (``bench_parse.py --scaling``'s page: a real body, then other readouts' paragraphs).
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from collections import Counter
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realsize


def _where(frame: FrameType) -> str:
    """``path:function`` of a frame, the path from the package (or the file name) on."""
    path = frame.f_code.co_filename
    for cut in ("/src/", "site-packages/"):
        if cut in path:
            path = path.split(cut)[-1]
            break
    return f"{path}:{frame.f_code.co_name}"


class Samples:
    """The stacks read at each tick of the CPU timer."""

    def __init__(self) -> None:
        self.count = 0
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self.own_lines: Counter[str] = Counter()

    def take(self, _signal: int, frame: FrameType | None) -> None:
        """Count the stack of ``frame`` (the signal handler's caller)."""
        if frame is None:
            return
        self.count += 1
        where = _where(frame)
        self.own[where] += 1
        self.own_lines[f"{where}:{frame.f_lineno}"] += 1
        seen = set()
        current: FrameType | None = frame
        while current is not None:
            where = _where(current)
            if where not in seen:
                seen.add(where)
                self.inclusive[where] += 1
            current = current.f_back

    def table(self, title: str, counts: Counter[str], top: int) -> str:
        """The ``top`` largest shares of ``counts`` under ``title``."""
        rows = [f"{100 * n / self.count:5.1f} %  {name}" for name, n in counts.most_common(top)]
        return "\n".join([f"== {title}", *rows])


def main(argv: list[str] | None = None) -> int:
    """Sample the parses and print the shares."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=87, help="real-size pages (default 87)")
    parser.add_argument("--rounds", type=int, default=10, help="sampled passes (default 10)")
    parser.add_argument("--every", type=float, default=0.5, help="CPU milliseconds between samples")
    parser.add_argument("--top", type=int, default=40, help="rows per table (default 40)")
    parser.add_argument(
        "--size", type=int, default=None, help="one page of about SIZE bytes instead (as --scaling's)"
    )
    args = parser.parse_args(argv)
    if not hasattr(signal, "setitimer"):
        parser.error("needs a POSIX CPU timer (signal.setitimer)")
    import readoutlib

    if args.size is not None:
        corpus: list[tuple[str, str | None]] = [(realsize.sized_page(args.size), None)]
    else:
        corpus = [(realsize.wrap(t, d, b), u) for t, d, u, b in realsize.readout_bodies(args.pages)]

    def run() -> None:
        for page, url in corpus:
            with contextlib.suppress(readoutlib.ReadoutError):  # refusing a page is work too
                readoutlib.dumps(readoutlib.parse(page, url=url), to="json")

    run()  # warm-up: imports, plugin discovery, regex compilation
    samples = Samples()
    signal.signal(signal.SIGPROF, samples.take)
    every = args.every / 1000
    signal.setitimer(signal.ITIMER_PROF, every, every)
    try:
        for _ in range(args.rounds):
            run()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"{samples.count} samples over {args.rounds} passes of {len(corpus)} pages")
    print(samples.table("inclusive (on the stack)", samples.inclusive, args.top))
    print(samples.table("own (innermost Python frame, its C calls included)", samples.own, args.top))
    print(samples.table("own, by line", samples.own_lines, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
