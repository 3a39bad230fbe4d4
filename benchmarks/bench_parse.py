"""Benchmark: pages parsed per second over a folder of cases, and the import time of readoutlib.

Usage (from the repository root)::

    python benchmarks/bench_parse.py [CASES_DIR] [--rounds N] [--format NAME]

CASES_DIR defaults to ``../shared/corpus/cases``. Every ``*.txt`` and ``*.html`` page in it is
parsed (with the URL from its ``.gold.json`` when there is one); pages that are not readouts count
as parsed (refusing them is work too). The import time is measured in fresh interpreters, so
nothing already imported in this process hides the cost.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CASES = Path("../shared/corpus/cases")
IMPORT_RUNS = 7


def import_seconds(runs: int = IMPORT_RUNS) -> float:
    """Median wall time of ``import readoutlib`` in a fresh interpreter (interpreter start excluded)."""
    code = "import time; t = time.perf_counter(); import readoutlib; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip()))
    return statistics.median(times)


def pages(folder: Path) -> list[tuple[bytes, str | None, str]]:
    """The pages of ``folder`` as (bytes, url, name)."""
    found = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".txt", ".html") or path.name.endswith(".source.txt"):
            continue
        gold = path.with_name(path.stem + ".gold.json")
        url = None
        if gold.exists():
            url = json.loads(gold.read_text(encoding="utf-8")).get("source", {}).get("url")
        found.append((path.read_bytes(), url, path.name))
    return found


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--rounds", type=int, default=5, help="passes over the folder (default 5)")
    parser.add_argument("--format", default=None, help="force one adapter (e.g. generic)")
    args = parser.parse_args(argv)
    if not args.cases.is_dir():
        print(f"no such folder: {args.cases}", file=sys.stderr)
        return 2

    seconds = import_seconds()
    import readoutlib

    corpus = pages(args.cases)
    if not corpus:
        print(f"no pages in {args.cases}", file=sys.stderr)
        return 2
    # One warm-up pass: plugin discovery and regex compilation are paid once per process.
    start = time.perf_counter()
    outcome = {"parsed": 0, "not readout": 0, "error": 0}
    for data, url, name in corpus:
        try:
            readoutlib.parse(data, url=url, name=name, format=args.format)
            outcome["parsed"] += 1
        except readoutlib.NotAReadoutError:
            outcome["not readout"] += 1
        except readoutlib.ReadoutError:
            outcome["error"] += 1
    first = time.perf_counter() - start

    timings = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for data, url, name in corpus:
            with contextlib.suppress(readoutlib.ReadoutError):
                readoutlib.parse(data, url=url, name=name, format=args.format)
        timings.append(time.perf_counter() - start)
    best = min(timings)
    median = statistics.median(timings)

    print(f"folder:            {args.cases} ({len(corpus)} pages; {outcome})")
    print(f"import readoutlib: {seconds * 1000:.1f} ms (median of {IMPORT_RUNS} fresh interpreters)")
    print(f"first pass:        {first:.3f} s ({len(corpus) / first:.0f} pages/s, includes one-time setup)")
    print(
        f"steady state:      {len(corpus) / median:.0f} pages/s median, "
        f"{len(corpus) / best:.0f} pages/s best ({args.rounds} rounds)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
