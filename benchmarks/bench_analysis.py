"""Benchmark: the analysis alone (``pipeline.analyze``), ms per page, on layouts segmented beforehand.

Usage (from the repository root)::

    python benchmarks/bench_analysis.py [--pages N] [--rounds N] [--cases DIR] [--profile] [--top N]
    python benchmarks/bench_analysis.py --cases DIR --passes 5

Loading, detection and segmentation are done once, outside the clock: every page is loaded, its
format detected and its ``Layout`` cut by that format's adapter (as ``FormatAdapter.extract`` does),
then ``readoutlib.analysis.analyze`` (language, genre, event, participants, statements, scope) is
timed alone, CPU time per page. The warm-up (lazy regex compilation, language packs) runs on other
readout bodies than the timed ones, so no cache holds a timed page's strings before its first
round; the figure reported is that first round's, later rounds are shown beside it. The pages are
``realsize.py``'s real White House readout bodies and, with ``--cases``, every page of a folder of
cases (``../shared/corpus/cases``). Pages the analysis refuses count (refusing them is work too).
``--profile`` runs one pass under cProfile instead, after a pass that compiles each profile's
patterns (the page caches cleared between), and prints the top functions by cumulative and by own
time: the steady state a batch run sees, not the one-time compilation. ``--passes N`` times N
passes over all the pages instead, the page caches cleared before each, and prints the fastest and
the median pass: steadier than per-page medians on a machine others load.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realsize
from bench_parse import pages as case_pages

from readoutlib import ReadoutError
from readoutlib.analysis import analyze
from readoutlib.analysis.profile import Profile
from readoutlib.document import load
from readoutlib.languages.en.participants import clear_page_caches
from readoutlib.model import Source
from readoutlib.registry import detect, get_adapter
from readoutlib.segment import Layout

Prepared = tuple[str, Layout, Source, Profile]


def _prepare(page: str | bytes, url: str | None, name: str) -> Prepared | None:
    """The page's layout, source and profile, as ``FormatAdapter.extract`` makes them; None if refused."""
    try:
        document = load(page, url=url, name=name)
        adapter = get_adapter(detect(document).winner)
        parts = adapter.layout(document)
    except ReadoutError:
        return None
    source = Source(
        url=document.url or parts.url,
        publisher=adapter.name,
        adapter=adapter.name,
        language=parts.language or (adapter.languages[0] if adapter.languages else None),
        published=parts.published,
    )
    return name, parts, source, adapter.profile


def _analyse(item: Prepared) -> None:
    _name, layout, source, profile = item
    with contextlib.suppress(ReadoutError):
        analyze(layout, source=source, profile=profile)


def _time(items: list[Prepared], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        for item in items:
            start = time.process_time()
            _analyse(item)
            times.append(time.process_time() - start)
    return times


def _profile(items: list[Prepared], top: int) -> None:
    for item in items:
        _analyse(item)  # each publisher profile's patterns compiled before the profiled pass
    clear_page_caches()
    profile = cProfile.Profile()
    profile.enable()
    for item in items:
        _analyse(item)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    print(out.getvalue())


def _passes(items: list[Prepared], passes: int) -> None:
    """N passes over all pages, caches cleared before each: the fastest and the median, ms per page."""
    times = []
    for _ in range(passes):
        clear_page_caches()
        start = time.process_time()
        for item in items:
            _analyse(item)
        times.append((time.process_time() - start) / len(items) * 1000)
    fastest, median = min(times), statistics.median(times)
    print(f"{len(items)} pages, {passes} passes: fastest {fastest:.2f}, median {median:.2f} ms a page")


def main(argv: list[str] | None = None) -> int:
    """Prepare the layouts, then time (or profile) the analysis over them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=87, help="real-size White House pages (default 87)")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes (default 3)")
    parser.add_argument("--warm-up", type=int, default=20, help="other pages analysed first (default 20)")
    parser.add_argument("--cases", type=Path, default=None, help="also a folder of cases")
    parser.add_argument("--profile", action="store_true", help="one pass under cProfile instead")
    parser.add_argument("--top", type=int, default=30, help="functions listed per summary (default 30)")
    parser.add_argument("--passes", type=int, default=0, help="N whole passes instead, caches cleared")
    args = parser.parse_args(argv)
    groups: dict[str, list[Prepared]] = {}
    bodies = realsize.readout_bodies(args.pages + args.warm_up)
    real = [_prepare(realsize.wrap(t, d, b), u, f"realsize-{i}") for i, (t, d, u, b) in enumerate(bodies)]
    warm_up = [item for item in real[args.pages :] if item is not None]
    groups["real-size White House pages"] = [item for item in real[: args.pages] if item is not None]
    if args.cases is not None:
        cases = [_prepare(data, url, name) for data, url, name in case_pages(args.cases)]
        groups[f"cases in {args.cases}"] = [item for item in cases if item is not None]
    _time(warm_up, 1)
    if args.profile:
        _profile([item for items in groups.values() for item in items], args.top)
        return 0
    if args.passes:
        _passes([item for items in groups.values() for item in items], args.passes)
        return 0
    print("| pages | count | analysis ms per page (CPU), first round: median | mean | later rounds: median |")
    print("|---|---|---|---|---|")
    for label, items in groups.items():
        first = _time(items, 1)
        later = _time(items, args.rounds - 1) if args.rounds > 1 else [float("nan")]
        median, mean, again = (statistics.median(first), statistics.fmean(first), statistics.median(later))
        print(f"| {label} | {len(items)} | {median * 1000:.2f} | {mean * 1000:.2f} | {again * 1000:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
