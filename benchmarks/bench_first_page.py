"""Benchmark: the first page a fresh process parses, against a reference, and the kept libraries' imports.

Usage (from the repository root)::

    python benchmarks/bench_first_page.py [PAGE] [--reference REV] [--runs N]

The analysis and the libraries it keeps (pycountry, babel, dateparser, a language identifier) are
imported on the first parse, not by ``import readoutlib``; this measures what that costs. Fresh
interpreters, interleaved, time ``import readoutlib`` + ``readoutlib.parse(PAGE)``: with this
checkout's sources, and with git revision REV's (default: the merge base with ``main``), unpacked to a
temporary folder and put first on ``sys.path``. The installed plugins are the same for both. Then the
import of each kept library alone, and, in one process whose core is already loaded, the shares of
pycountry, babel's English data and the country tables. Wall time, median of N runs (default 11).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

DEFAULT_PAGE = Path("../shared/corpus/cases/cn-mfa-20160314-wang-yi-kishida-call.txt")
FIRST_PAGE = (
    "import sys, readoutlib\n"
    "try:\n    readoutlib.parse(open(sys.argv[1], 'rb').read())\n"
    "except readoutlib.ReadoutError:\n    pass\n"
)
# In one process, after the core and its entry points are loaded (as a first parse has them): the
# libraries' own share of ``import readoutlib.analysis.countries``, then the module's own work.
BREAKDOWN = """
import importlib.metadata, time
import readoutlib.registry, readoutlib.segment, readoutlib.dates
list(importlib.metadata.entry_points(group="readoutlib.formats"))
t0 = time.perf_counter()
import pycountry
list(pycountry.countries)
t1 = time.perf_counter()
from babel import Locale
Locale("en").territories
t2 = time.perf_counter()
import readoutlib.analysis.countries
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""
BREAKDOWN_LABELS = (
    "in process: pycountry + its countries",
    "in process: babel + English territory names",
    "in process: building the country tables",
)
LIBRARIES = {
    "import pycountry + its countries": "import pycountry; list(pycountry.countries)",
    "import babel + English territory names": "from babel import Locale; Locale('en').territories",
    "import dateparser": "import dateparser",
    "import lingua": "import lingua",
    "import py3langid": "import py3langid",
}


def reference_sources(rev: str) -> Path:
    """``src/`` of git revision ``rev`` unpacked into a temporary folder."""
    if rev == "merge-base":
        rev = subprocess.run(
            ["git", "merge-base", "HEAD", "main"], capture_output=True, text=True, check=True
        ).stdout.strip()
    archive = subprocess.run(["git", "archive", rev, "src"], capture_output=True, check=True).stdout
    folder = Path(tempfile.mkdtemp())
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def wall(command: list[str], env_path: str | None = None) -> float | None:
    """Wall seconds of one fresh process, or None when it fails (a library not installed)."""
    env = dict(os.environ)
    if env_path is not None:
        env["PYTHONPATH"] = env_path
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=env, check=False)
    return time.perf_counter() - start if done.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", type=Path, default=DEFAULT_PAGE)
    parser.add_argument(
        "--reference", default="merge-base", help="git revision (default: merge base with main)"
    )
    parser.add_argument("--runs", type=int, default=11, help="fresh processes per command (default 11)")
    args = parser.parse_args(argv)
    reference = reference_sources(args.reference)
    here = str(Path("src").resolve())
    commands: dict[str, tuple[list[str], str | None]] = {
        "python -c pass": ([sys.executable, "-c", "pass"], None),
        f"first page, reference ({args.reference})": (
            [sys.executable, "-c", FIRST_PAGE, str(args.page)],
            str(reference),
        ),
        "first page, this checkout": ([sys.executable, "-c", FIRST_PAGE, str(args.page)], here),
    }
    for label, code in LIBRARIES.items():
        commands[label] = ([sys.executable, "-c", code], None)
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(args.runs):  # interleaved, so a busy moment of the machine is shared by all
        for label, (command, path) in commands.items():
            spent = wall(command, path)
            if spent is not None:
                times[label].append(spent)
    breakdown: list[list[float]] = [[] for _ in BREAKDOWN_LABELS]
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-c", BREAKDOWN], capture_output=True, text=True, check=True)
        for column, value in zip(breakdown, done.stdout.split(), strict=True):
            column.append(float(value))
    for label, spent in zip(BREAKDOWN_LABELS, breakdown, strict=True):
        times[label] = spent
    print(f"page: {args.page}")
    print(f"| command | ms (wall, median of {args.runs} fresh processes) |")
    print("|---|---|")
    for label, spent in times.items():
        print(
            f"| {label} | {statistics.median(spent) * 1000:.0f} |"
            if spent
            else f"| {label} | not installed |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
