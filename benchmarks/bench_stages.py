"""Where a page's time goes, stage by stage, without a profiler's overhead.

Usage (from the repository root)::

    python benchmarks/bench_stages.py [--pages N] [--rounds N]
    python benchmarks/bench_stages.py --cases ../shared/corpus/cases [--rounds N]
    python benchmarks/bench_stages.py --scaling [--rounds N]

Runs the steps of ``readoutlib.parse`` + ``dumps(to="json")`` one by one on real-size HTML pages
(``realsize.py``, as ``bench_parse.py --side-by-side``) or on the pages of a folder of cases, and
times each with ``time.process_time``: the lxml floor (``lxml.html.fromstring`` + ``text_content()``,
for scale), ``load`` (decoding, normalising), the HTML tree (lxml inside the Document), the visible
text, ``detect``, the adapter's ``layout`` (segmentation), the analysis and the JSON. Prints the
median and mean CPU milliseconds per page of each stage. A first pass checks that the steps make
exactly what ``parse`` + ``dumps`` make, page by page, so the breakdown times the real work; it also
notes whether ``parse`` reads the page's visible text at all (detection without a deciding URL and
some layouts do): on a page where it does not, the visible-text stage is not run (its time is 0), so
the sum is what ``parse`` spends.

``--scaling`` runs the stages on ``bench_parse.py --scaling``'s pages (one readout page each of 100 KB,
1 MB and 5 MB, and 5 MB on one line) and prints each stage's milliseconds per MB at each size: the
stage whose figure grows with the size is the one that is not linear.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_parse
import realsize

STAGES = ("lxml floor", "load", "html tree", "visible text", "detect", "layout", "analysis", "json")


def _steps(
    page: str | bytes, url: str | None, spent: dict[str, list[float]] | None, *, visible: bool = True
) -> str | None:
    """Parse one page step by step; with ``spent``, add each stage's CPU seconds to it. Without
    ``visible`` the visible text is left to whichever step asks for it (``parse`` never does)."""
    import lxml.html

    import readoutlib
    from readoutlib import api

    clock = time.process_time
    marks: list[tuple[str, float]] = []

    def mark(stage: str, start: float) -> float:
        now = clock()
        marks.append((stage, now - start))
        return now

    out: str | None = None
    start = clock()
    if isinstance(page, str):
        lxml.html.fromstring(page).text_content()
    start = mark("lxml floor", start)
    document = readoutlib.load(page, url=url)
    start = mark("load", start)
    if document.is_html:
        _ = document.tree
    start = mark("html tree", start)
    if visible:
        document.visible_text()
    start = mark("visible text", start)
    detection = readoutlib.detect(document)
    adapter = readoutlib.get_adapter(detection.winner)
    start = mark("detect", start)
    layout = adapter.layout(document)
    start = mark("layout", start)
    # The rest of parse (the analysis, the readout's provenance) reads the layout just made.
    vars(adapter)["layout"] = lambda _document: layout
    try:
        readout = api.parse_document(document, detection=detection)
    except readoutlib.NotAReadoutError:
        readout = None
    finally:
        del vars(adapter)["layout"]
    start = mark("analysis", start)
    if readout is not None:
        out = readoutlib.dumps(readout, to="json")
    mark("json", start)
    if spent is not None:
        for stage, seconds in marks:
            spent[stage].append(seconds)
    return out


def _reference(page: str | bytes, url: str | None) -> tuple[str | None, bool]:
    """What parse + dumps make of the page, and whether parse read its visible text."""
    import readoutlib
    from readoutlib import api

    document = readoutlib.load(page, url=url)
    try:
        out: str | None = readoutlib.dumps(api.parse_document(document), to="json")
    except readoutlib.NotAReadoutError:
        out = None
    return out, bool(document._visible)


def run(corpus: list[tuple[str | bytes, str | None]], rounds: int) -> dict[str, list[float]]:
    """Each stage's CPU seconds on every page of every round, after a checking pass."""
    visible: list[bool] = []
    for page, url in corpus:
        expected, read = _reference(page, url)
        if _steps(page, url, None) != expected:
            raise SystemExit("the steps do not make what parse makes: fix bench_stages.py")
        visible.append(read)
    spent: dict[str, list[float]] = {stage: [] for stage in STAGES}
    for _ in range(rounds):
        for (page, url), read in zip(corpus, visible, strict=True):
            _steps(page, url, spent, visible=read)
    print(f"parse reads the visible text of {sum(visible)} of {len(visible)} pages")
    return spent


def report(spent: dict[str, list[float]], title: str) -> None:
    """Print the table: median and mean ms per page of each stage, and the sum without the floor."""
    print(title)
    print("| stage | ms per page (CPU, median) | mean |")
    print("|---|---|---|")
    for stage in STAGES:
        values = spent[stage]
        print(f"| {stage} | {statistics.median(values) * 1000:.3f} | {statistics.fmean(values) * 1000:.3f} |")
    totals = [sum(spent[s][i] for s in STAGES[1:]) for i in range(len(spent["load"]))]
    outside = [sum(spent[s][i] for s in STAGES[1:] if s != "analysis") for i in range(len(spent["load"]))]
    print(f"| parse + json (all but the floor) | {statistics.median(totals) * 1000:.3f} "
          f"| {statistics.fmean(totals) * 1000:.3f} |")  # fmt: skip
    print(f"| of which outside the analysis | {statistics.median(outside) * 1000:.3f} "
          f"| {statistics.fmean(outside) * 1000:.3f} |")  # fmt: skip


#: The sizes ``--scaling`` reads (bytes, and whether the page is one line), as ``bench_parse.py --scaling``.
SCALING_SIZES = ((100_000, False), (1_000_000, False), (5_000_000, False), (5_000_000, True))


def scaling(rounds: int) -> None:
    """Each stage's CPU milliseconds per MB on one page of each size (medians of the rounds)."""
    columns: list[tuple[str, dict[str, float]]] = []
    for size, one_line in SCALING_SIZES:
        page = realsize.sized_page(size, one_line)
        megabytes = len(page.encode("utf-8")) / 1e6
        spent = run([(page, None)], rounds)
        name = f"{megabytes * 1000:.0f} KB" + (" one line" if one_line else "")
        per_mb = {stage: statistics.median(spent[stage]) * 1000 / megabytes for stage in STAGES}
        columns.append((name, per_mb))
    print("ms per MB (CPU, median of the rounds)")
    print("| stage | " + " | ".join(name for name, _ in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for stage in STAGES:
        print(f"| {stage} | " + " | ".join(f"{figures[stage]:.1f}" for _, figures in columns) + " |")
    apart = ("lxml floor", "analysis")
    outside = [sum(v for stage, v in figures.items() if stage not in apart) for _, figures in columns]
    print("| outside the analysis | " + " | ".join(f"{value:.1f}" for value in outside) + " |")


def main(argv: list[str] | None = None) -> int:
    """Time the stages and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=87, help="real-size pages (default 87)")
    parser.add_argument("--rounds", type=int, default=2, help="passes over the pages (default 2)")
    parser.add_argument("--cases", type=Path, default=None, help="a folder of cases instead (text and HTML)")
    parser.add_argument("--scaling", action="store_true", help="ms per MB of each stage, 100 KB to 5 MB")
    args = parser.parse_args(argv)
    if args.scaling:
        scaling(args.rounds)
        return 0
    corpus: list[tuple[str | bytes, str | None]]
    if args.cases is not None:
        corpus = [(data, url) for data, url, _name in bench_parse.pages(args.cases)]
        title = f"{args.cases}: {len(corpus)} pages, {args.rounds} rounds"
    else:
        bodies = realsize.readout_bodies(args.pages)
        corpus = [(realsize.wrap(title, date, body), url) for title, date, url, body in bodies]
        title = f"real-size HTML pages: {len(corpus)}, {args.rounds} rounds"
    report(run(corpus, args.rounds), title)
    return 0


if __name__ == "__main__":
    sys.exit(main())
