"""Profile readoutlib on real-size HTML pages: where a page's time goes (cProfile, top functions).

Usage (from the repository root)::

    python benchmarks/profile_parse.py [--pages N] [--top N]
    python benchmarks/profile_parse.py --cases ../shared/corpus/cases --rounds 5 [--top N]

The pages are ``realsize.py``'s (real White House readout bodies in 98 KB of site furniture), or with
``--cases`` every page of a folder of cases (``bench_parse.py``'s). One warm-up pass, then ``--rounds``
profiled passes (default 1) of ``parse`` + ``dumps(to="json")``; prints the top functions by
cumulative time, then by own time. Profiling slows Python code more than C code, so read the shares,
not the milliseconds; ``bench_parse.py --side-by-side`` gives the real figures.

With ``--outside`` only the page path outside the analysis is profiled: ``load``, the HTML tree,
``detect``, the adapter's ``layout`` and ``dumps(to="json")`` (the steps ``bench_stages.py`` times); the
profiler is switched off while the analysis reads the layout just made.
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
    parser.add_argument("--outside", action="store_true", help="profile only the steps outside the analysis")
    args = parser.parse_args(argv)
    import readoutlib

    corpus: list[tuple[str | bytes, str | None]]
    if args.cases is not None:
        corpus = [(data, url) for data, url, _name in bench_parse.pages(args.cases)]
    else:
        corpus = [(realsize.wrap(t, d, b), u) for t, d, u, b in realsize.readout_bodies(args.pages)]

    profile = cProfile.Profile()

    def run() -> None:
        for page, url in corpus:
            with contextlib.suppress(readoutlib.ReadoutError):  # refusing a page is work too
                readoutlib.dumps(readoutlib.parse(page, url=url), to="json")

    def run_outside() -> None:
        for page, url in corpus:
            _outside(page, url, profile)

    run()  # warm-up: imports, plugin discovery, regex compilation
    for _ in range(args.rounds):
        if args.outside:
            run_outside()
        else:
            profile.enable()
            run()
            profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    print(out.getvalue())
    return 0


def _outside(page: str | bytes, url: str | None, profile: cProfile.Profile) -> None:
    """``parse`` + ``dumps`` of one page, profiled but for the analysis (as ``bench_stages.py`` splits it)."""
    import readoutlib
    from readoutlib import api

    profile.enable()
    document = readoutlib.load(page, url=url)
    if document.is_html:
        _ = document.tree
    detection = readoutlib.detect(document)
    adapter = readoutlib.get_adapter(detection.winner)
    layout = adapter.layout(document)
    profile.disable()
    vars(adapter)["layout"] = lambda _document: layout
    try:
        readout = api.parse_document(document, detection=detection)
    except readoutlib.NotAReadoutError:
        return
    finally:
        del vars(adapter)["layout"]
    profile.enable()
    readoutlib.dumps(readout, to="json")
    profile.disable()


if __name__ == "__main__":
    sys.exit(main())
