"""Profile chosen functions line by line (``line_profiler``) over the text dumps or real-size pages.

Usage (from the repository root)::

    python benchmarks/profile_lines.py --cases ../shared/corpus/cases --rounds 5 \\
        readoutlib.languages.en.statements:_Statements._sentence readoutlib.languages.en.names:tokenize

Each argument names a function as ``module:qualified.name``, or with ``--modules`` a module whose
every function is traced. One warm-up pass, then ``--rounds`` passes of ``parse`` + ``dumps(to="json")``
with those functions traced; prints each traced line's hits and time, or with ``--top N`` the N
costliest lines of all of them in one table (milliseconds a page, under the tracer)::

    python benchmarks/profile_lines.py --cases ../shared/corpus/cases --rounds 3 --top 60 --modules \
        readoutlib.languages.en.statements readoutlib.languages.en.names readoutlib.languages.en.participants
 ``profile_parse.py`` (cProfile) tells which functions cost; this tells which of their lines
do. ``line_profiler`` is a development requirement only (``requirements-dev.txt``): nothing in the
package imports it.
"""

from __future__ import annotations

import argparse
import importlib
import linecache
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_parse


def _function(spec: str) -> object:
    """The function ``module:qualified.name`` names."""
    module_name, _, qualname = spec.partition(":")
    target: object = importlib.import_module(module_name)
    for part in qualname.split("."):
        target = getattr(target, part)
    return getattr(target, "__wrapped__", target)


def main(argv: list[str] | None = None) -> int:
    """Trace the named functions over the pages and print their lines' times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("functions", nargs="+", help="module:qualified.name of each function to trace")
    parser.add_argument(
        "--modules", action="store_true", help="the arguments are modules: trace all their functions"
    )
    parser.add_argument("--top", type=int, default=0, help="print only the N costliest lines, in one table")
    parser.add_argument("--pages", type=int, default=30, help="real-size pages (default 30)")
    parser.add_argument("--cases", type=Path, default=None, help="a folder of cases instead (text and HTML)")
    parser.add_argument("--rounds", type=int, default=1, help="traced passes over the pages (default 1)")
    args = parser.parse_args(argv)
    from line_profiler import LineProfiler

    run, count = bench_parse.corpus_pass(args.cases, args.pages)

    run()  # warm-up: imports, plugin discovery, regex compilation
    profiler = LineProfiler()
    for spec in args.functions:
        if args.modules:
            profiler.add_module(importlib.import_module(spec))
        else:
            profiler.add_function(_function(spec))
    profiler.enable_by_count()
    for _ in range(args.rounds):
        run()
    profiler.disable_by_count()
    if args.top:
        _print_top(profiler.get_stats(), args.top, count * args.rounds)
    else:
        profiler.print_stats(stripzeros=True)
    return 0


def _print_top(stats: object, top: int, pages: int) -> None:
    """The ``top`` costliest lines of every traced function, in one table: ms a page and hits."""
    unit = stats.unit  # type: ignore[attr-defined]
    rows = [
        (spent * unit * 1000 / pages, hits, filename, line, name)
        for (filename, _first, name), timings in stats.timings.items()  # type: ignore[attr-defined]
        for line, hits, spent in timings
    ]
    rows.sort(reverse=True)
    print("| ms a page | hits | where | line |")
    print("|---|---|---|---|")
    for ms, hits, filename, line, name in rows[:top]:
        where = f"{filename.split('/src/')[-1]}:{line} {name}"
        source = linecache.getline(filename, line).strip().replace("|", "\\|")[:100]
        print(f"| {ms:.3f} | {hits} | {where} | `{source}` |")


if __name__ == "__main__":
    sys.exit(main())
