"""Benchmark: the date scan of ``readoutlib.dates`` against a reference version of it, and dateparser alone.

Usage (from the repository root)::

    python benchmarks/bench_dates.py [--reference REV] [--pages N] [--rounds N]
    python benchmarks/bench_dates.py --import-cost [--runs N]

The default mode reads the first N pages of each bulk folder (English and Russian, ``../shared/corpus/bulk``)
and times, interleaved in one process, ``find_dates`` over every paragraph of a page: this checkout's,
and the one in git revision REV (default ``main``, loaded from ``git show REV:src/readoutlib/dates.py``).
It prints the CPU time per page (median) and the ratio to the reference, per language, and how many
dates each found. ``dateparser.search_dates`` over the same paragraphs (with the page's language
named) is timed on the first few pages, to show what calling the library on every paragraph would
cost. ``--import-cost`` gives the wall time of fresh processes: ``import readoutlib.dates``, the first
date read through dateparser ("5 февраля 2025 года": its import and its Russian data) and the
interpreter alone.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

BULK = Path("../shared/corpus/bulk")
FOLDERS = {"en": ("us-state-rss", "us-whitehouse-whbriefings"), "ru": ("ru-kremlin-ru-gabrielkmbo",)}


def reference_module(rev: str) -> ModuleType:
    """``readoutlib.dates`` as it is in git revision ``rev``, loaded under another name."""
    source = subprocess.run(
        ["git", "show", f"{rev}:src/readoutlib/dates.py"], capture_output=True, text=True, check=True
    ).stdout
    path = Path(tempfile.mkdtemp()) / "reference_dates.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("reference_dates", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["reference_dates"] = module
    spec.loader.exec_module(module)
    return module


def pages(language: str, count: int) -> list[list[str]]:
    """The paragraphs of the first ``count`` text pages of each bulk folder in ``language``."""
    found = []
    for folder in FOLDERS[language]:
        paths = sorted((BULK / folder).glob("*.txt"), key=lambda p: (len(p.stem), p.stem))[:count]
        for path in paths:
            text = path.read_text(encoding="utf-8", errors="replace")
            found.append([line for line in text.splitlines() if line.strip()])
    return found


Scan = Callable[[str], int]


def cpu(scan: Scan, page: list[str]) -> tuple[float, int]:
    """CPU seconds of one scan over a page's paragraphs, and the dates it found."""
    start = time.process_time()
    found = sum(scan(paragraph) for paragraph in page)
    return time.process_time() - start, found


def scans(reference: ModuleType, language: str) -> dict[str, Scan]:
    """The contenders: the reference scan and this checkout's (told the page's language, and not)."""
    from readoutlib import dates

    return {
        "reference find_dates": lambda text: len(list(reference.find_dates(text))),
        "find_dates": lambda text: len(list(dates.find_dates(text))),
        f"find_dates(languages=({language!r},))": lambda text: len(
            list(dates.find_dates(text, languages=(language,)))
        ),
    }


def compare(rev: str, count: int, rounds: int) -> int:
    """Both scans on every page, interleaved, per language; then dateparser on a few pages."""
    reference = reference_module(rev)
    for language in FOLDERS:
        corpus = pages(language, count)
        contenders = scans(reference, language)
        labels = list(contenders)
        for page in corpus:  # warm-up: regex compilation, dateparser's first calls and cache
            for label in labels:
                contenders[label](" ".join(page))
        times: dict[str, list[float]] = {label: [] for label in labels}
        counts: dict[str, int] = dict.fromkeys(labels, 0)
        for turn in range(rounds * len(corpus)):
            page = corpus[turn % len(corpus)]
            for label in labels[turn % len(labels) :] + labels[: turn % len(labels)]:
                spent, found = cpu(contenders[label], page)
                times[label].append(spent)
                counts[label] += found if turn < len(corpus) else 0
        base = statistics.median(times[labels[0]])
        print(f"\n{language}: {len(corpus)} pages, {rounds} rounds, interleaved (reference: {rev})")
        print("| scan | ms per page (CPU, median) | vs reference | dates found |")
        print("|---|---|---|---|")
        for label in labels:
            median = statistics.median(times[label])
            print(f"| {label} | {median * 1000:.3f} | {median / base:.2f}x | {counts[label]} |")
        _dateparser_alone(corpus[:5], language, base)
    return 0


def _dateparser_alone(corpus: list[list[str]], language: str, base: float) -> None:
    """dateparser.search_dates over every paragraph of a few pages: what the library costs per page."""
    from dateparser.search import search_dates

    search_dates("warm-up 5 May 2020", languages=[language])
    spent = []
    for page in corpus:
        start = time.process_time()
        for paragraph in page:
            search_dates(paragraph, languages=[language])
        spent.append(time.process_time() - start)
    median = statistics.median(spent)
    print(
        f"| dateparser.search_dates(languages=[{language!r}]), {len(corpus)} pages "
        f"| {median * 1000:.1f} | {median / base:.0f}x | - |"
    )


def import_cost(runs: int) -> int:
    """Median wall time of fresh processes: the interpreter, the module, the first foreign date."""
    commands = {
        "python -c pass": "pass",
        "import readoutlib.dates": "import readoutlib.dates",
        "import readoutlib.dates + parse_date('December 22, 2020')": (
            "from readoutlib.dates import parse_date; parse_date('December 22, 2020')"
        ),
        "import readoutlib.dates + parse_date('5 февраля 2025 года')": (
            "from readoutlib.dates import parse_date; parse_date('5 февраля 2025 года')"
        ),
    }
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, code in commands.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
            times[label].append(time.perf_counter() - start)
    print(f"| command | ms (wall, median of {runs} fresh processes) |")
    print("|---|---|")
    for label, spent in times.items():
        print(f"| {label} | {statistics.median(spent) * 1000:.1f} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default="main", help="git revision of the reference (default main)")
    parser.add_argument("--pages", type=int, default=100, help="pages per bulk folder (default 100)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the pages (default 3)")
    parser.add_argument("--import-cost", action="store_true", help="fresh-process times instead")
    parser.add_argument("--runs", type=int, default=11, help="fresh processes per command (default 11)")
    args = parser.parse_args(argv)
    if args.import_cost:
        return import_cost(args.runs)
    return compare(args.reference, args.pages, args.rounds)


if __name__ == "__main__":
    sys.exit(main())
