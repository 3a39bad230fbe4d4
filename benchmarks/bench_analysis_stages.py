"""Where the analysis's time goes, stage by stage, without a profiler's overhead.

Usage (from the repository root)::

    python benchmarks/bench_analysis_stages.py ../shared/corpus/cases [--rounds N]
    python benchmarks/bench_analysis_stages.py --realsize 87 [--rounds N]   # bench_parse's real-size pages

Parses every page of the folder (``parse`` + ``dumps(to="json")``) ``--rounds`` times after one
warm-up pass and times, with ``time.process_time`` around each call, the stages of
``analysis.pipeline`` (language, genre, event, participants, statements, scope) and, inside the
English statements stage, the opening subject of each sentence and the reading of each reporting
verb; the name scan (``scan_people``) is timed where it runs, inside whichever stage asks for a text
first (each text is scanned once per page). Prints CPU milliseconds per page, the median of the
rounds, beside the whole ``parse`` + ``dumps``. The scope stage is two rows: ``event_scope`` itself, and
the language pack's calls ``analyze`` makes for it (``scope_sides``, ``scope_texts``,
``unnamed_foreign_side``, ``scope_lead``, ``diplomatic_cue``: what the scope reads of the page);
any other pack call (``normalise``) is the row "other pack calls". ``--realsize N`` times
``bench_parse.py --side-by-side``'s pages instead of a folder (``realsize.py``: N real White House
readout bodies in 98 KB of the site's furniture). A timer around a call costs about a microsecond, so
only calls made a few hundred times a pass are timed: cProfile weighs Python calls so heavily that
its shares mislead here (``profile_parse.py`` for which functions, this for how long).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_parse
import realsize

#: The language pack's calls ``pipeline.analyze`` makes for the scope stage, timed as one row.
SCOPE_CALLS = ("scope_sides", "scope_texts", "unnamed_foreign_side", "scope_lead", "diplomatic_cue")
STAGES = ("language", "genre", "event", "participants", "statements")


def _timed(spent: Counter[str], name: str, call: Callable[..., Any]) -> Callable[..., Any]:
    """``call``, adding the CPU seconds of each call to ``spent[name]``."""

    def timed(*args: Any, **kwargs: Any) -> Any:
        begin = time.process_time()
        try:
            return call(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - begin

    return timed


class _TimedPack:
    """A language pack whose stages are timed."""

    def __init__(self, pack: Any, spent: Counter[str]) -> None:
        self._pack = pack
        self._spent = spent

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._pack, name)
        return _timed(self._spent, name, found) if callable(found) else found


def main(argv: list[str] | None = None) -> int:
    """Time the stages and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", help="a folder of pages (../shared/corpus/cases)")
    parser.add_argument("--realsize", type=int, default=0, metavar="N", help="N real-size pages instead")
    parser.add_argument("--rounds", type=int, default=5, help="timed passes (default 5)")
    args = parser.parse_args(argv)
    if (args.folder is None) == (not args.realsize):
        parser.error("give a folder of pages or --realsize N, one of them")
    import readoutlib
    from readoutlib.analysis import pipeline
    from readoutlib.errors import ReadoutError
    from readoutlib.languages.en import participants, statements

    spent: Counter[str] = Counter()
    pack_of = pipeline.language_pack
    pipeline.language_pack = lambda language: _TimedPack(pack_of(language), spent)  # type: ignore[assignment]
    pipeline.identify_language = _timed(spent, "language", pipeline.identify_language)
    pipeline.event_scope = _timed(spent, "scope", pipeline.event_scope)
    participants.scan_people = _timed(spent, "  name scan (in any stage)", participants.scan_people)
    finder = statements._Finder
    finder._opening_subject = _timed(spent, "  statements: opening subjects", finder._opening_subject)  # type: ignore[method-assign]
    finder._verb = _timed(spent, "  statements: reporting verbs", finder._verb)  # type: ignore[method-assign]

    pages: list[tuple[str | bytes, str | None, str]]
    if args.realsize:
        pages = [(realsize.wrap(t, d, b), u, u) for t, d, u, b in realsize.readout_bodies(args.realsize)]
        where = f"{len(pages)} real-size pages (realsize.py)"
    else:
        pages = list(bench_parse.pages(args.folder))
        where = str(args.folder)

    def one_pass() -> float:
        begin = time.process_time()
        for data, url, _name in pages:
            with contextlib.suppress(ReadoutError):  # refusing a page is work too
                readoutlib.dumps(readoutlib.parse(data, url=url), to="json")
        return time.process_time() - begin

    one_pass()
    rounds: list[Counter[str]] = []
    for _ in range(args.rounds):
        spent.clear()
        whole = one_pass()
        rounds.append(Counter({**spent, "parse + json (whole page)": whole}))
    for spent_round in rounds:
        _group(spent_round)
    order = ["parse + json (whole page)", *STAGES, "scope", "scope: the pack's calls", "other pack calls"]
    order += sorted(name for name in rounds[0] if name.startswith("  "))
    print(f"{where}: {len(pages)} pages, {args.rounds} rounds (median)")
    print("| stage | ms per page (CPU) |")
    print("|---|---|")
    for name in order:
        figure = statistics.median(r[name] for r in rounds) * 1000 / len(pages)
        print(f"| {name.strip()}{' (inside the above)' if name.startswith('  ') else ''} | {figure:.3f} |")
    return 0


def _group(spent: Counter[str]) -> None:
    """Sum the pack's scope calls into one row and its calls outside the stages into another."""
    spent["scope: the pack's calls"] = sum(spent.pop(name, 0.0) for name in SCOPE_CALLS)
    named = {*STAGES, "scope", "scope: the pack's calls", "parse + json (whole page)"}
    others = [name for name in spent if name not in named and not name.startswith("  ")]
    spent["other pack calls"] = sum(spent.pop(name) for name in others)


if __name__ == "__main__":
    raise SystemExit(main())
