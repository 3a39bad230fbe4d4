"""Where the analysis's time goes on feed pages: readouts against pages it refuses, and at which stage.

Usage (from the repository root)::

    python benchmarks/bench_feed_outcomes.py benchmarks/real/feeds-dev*/*.tsv [--rounds N] [--limit N]

Reads the pages the feed samples list (their ``path`` column, under ``../shared/corpus``; each page
once), makes every page's layout outside the clock (``bench_analysis.py``'s ``_prepare``), then runs
``readoutlib.analysis.analyze`` alone over them: one warm-up pass, then ``--rounds`` timed passes.
Each page's CPU time (``time.process_time``) is put under its outcome: a readout, or the stage of
the pipeline that refused it (the last stage entered: genre, event, participants, statements) and
the reason's first words. Prints, per outcome, the pages, their share of the analysis's time and
the mean milliseconds a page, and each stage's share of all the time.

It answers what cutting the work on refused pages could win at most: their whole share. Run it on
the development feed samples only (the held-out feeds are for figures of accuracy, never read).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_analysis

STAGES = ("genre", "event", "participants", "statements")


class _WatchedPack:
    """A language pack whose stages record their CPU time and which stage ran last."""

    def __init__(self, pack: Any, spent: Counter[str], last: list[str]) -> None:
        self._pack = pack
        self._spent = spent
        self._last = last

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._pack, name)
        if name not in STAGES or not callable(found):
            return found
        return self._watched(name, found)

    def _watched(self, name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def watched(*args: Any, **kwargs: Any) -> Any:
            self._last[0] = f"in {name}"
            begin = time.process_time()
            try:
                return call(*args, **kwargs)
            finally:
                self._spent[name] += time.process_time() - begin

        return watched


def _feed_pages(tables: list[Path], corpus: Path) -> list[Path]:
    """The pages the feed tables list, each once, in the tables' order; missing ones skipped."""
    seen: dict[Path, None] = {}
    for table in tables:
        try:
            with table.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle, delimiter="\t"))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise SystemExit(f"{table}: cannot read the feed table ({exc})") from None
        for row in rows:
            path = corpus / (row.get("path") or "")
            if row.get("path") and path.is_file():
                seen.setdefault(path, None)
    return list(seen)


def main(argv: list[str] | None = None) -> int:
    """Time the analysis on the feed pages and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", type=Path, nargs="+", help="feed tables (benchmarks/real/feeds-dev*/*.tsv)")
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"), help="where paths point")
    parser.add_argument("--rounds", type=int, default=2, help="timed passes (default 2)")
    parser.add_argument("--limit", type=int, default=0, help="at most N pages (default all)")
    args = parser.parse_args(argv)
    from readoutlib.analysis import analyze, pipeline
    from readoutlib.errors import ReadoutError

    pages = _feed_pages(args.tables, args.corpus)
    if args.limit:
        pages = pages[: args.limit]
    items = [
        item
        for path in pages
        if (item := bench_analysis._prepare(path.read_bytes(), None, str(path))) is not None
    ]
    spent: Counter[str] = Counter()
    last = [""]
    pack_of = pipeline.language_pack
    pipeline.language_pack = lambda language: _WatchedPack(pack_of(language), spent, last)  # type: ignore[assignment]

    def one_pass() -> dict[str, list[float]]:
        outcomes: dict[str, list[float]] = defaultdict(list)
        for _name, layout, source, profile in items:
            last[0] = "before the stages"
            outcome = "readout"
            begin = time.process_time()
            try:
                analyze(layout, source=source, profile=profile)
            except ReadoutError as exc:
                reason = str(exc).removeprefix("not a readout: ")
                outcome = f"refused {last[0]}: {reason[:48]}"
            outcomes[outcome].append(time.process_time() - begin)
        return outcomes

    with contextlib.redirect_stdout(sys.stderr):
        one_pass()
    spent.clear()
    passes = [one_pass() for _ in range(args.rounds)]
    total = sum(sum(times) for outcome in passes for times in outcome.values())
    per_pass = total * 1000 / args.rounds
    print(f"{len(items)} pages laid out of {len(pages)}, {args.rounds} rounds: {per_pass:.0f} ms a pass")
    print("| outcome | pages | share of the time | ms a page (mean) |")
    print("|---|---|---|---|")
    joined: dict[str, list[float]] = defaultdict(list)
    for outcome in passes:
        for name, times in outcome.items():
            joined[name].extend(times)
    refused = [t for name, times in joined.items() if name != "readout" for t in times]
    rows = sorted(joined.items(), key=lambda kv: -sum(kv[1]))
    for name, times in [*rows, ("every refused page", refused)]:
        share = sum(times) / total * 100
        mean = statistics.mean(times) * 1000 if times else 0.0
        print(f"| {name} | {len(times) // args.rounds} | {share:.1f} % | {mean:.2f} |")
    for stage in STAGES:
        print(f"{stage}: {spent[stage] / total * 100:.1f} % of the time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
