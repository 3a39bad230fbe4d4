"""Benchmark: pages parsed per second over a folder of cases, and the import time of readoutlib.

Usage (from the repository root)::

    python benchmarks/bench_parse.py [CASES_DIR] [--rounds N] [--format NAME]
    python benchmarks/bench_parse.py --side-by-side [--pages N] [--rounds N] [--fresh]
    python benchmarks/bench_parse.py --scaling
    python benchmarks/bench_parse.py --startup [--runs N]

``--side-by-side`` times, in one interleaved run over real-size HTML pages (``realsize.py``: real
White House readout bodies inside a 98 KB page of the site's furniture), the lxml floor
(``lxml.html.fromstring`` + ``text_content()``), ``trafilatura.extract`` when it is installed, and
``readoutlib.parse`` + ``dumps(to="json")``: CPU time per page, median, and ratios to the floor.
With ``--fresh`` each page is timed once, its first time (one round, the warm-up on 30 other pages):
a corpus brings new names on every page, and what is compiled or cached per name is paid there,
where the rounds' median of pages read again hides it.
``--scaling`` times the same three on one page of 10 KB, 100 KB, 1 MB and 5 MB (and 5 MB on one
line) and reports the time per MB. ``--startup`` gives the median wall time of fresh processes:
``python -c pass`` (the interpreter alone), ``import readoutlib``, ``readout --version`` and
``readout --help``.

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
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realsize

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


def corpus_pass(cases: Path | None, count: int) -> tuple[Callable[[], None], int]:
    """One pass of ``parse`` + ``dumps(to="json")`` over the text dumps and HTML pages of ``cases``,
    or over ``count`` real-size pages when ``cases`` is None (the profilers' measured work), and the
    number of pages a pass parses."""
    import readoutlib

    corpus: list[tuple[str | bytes, str | None]]
    if cases is not None:
        corpus = [(data, url) for data, url, _name in pages(cases)]
    else:
        corpus = [(realsize.wrap(t, d, b), u) for t, d, u, b in realsize.readout_bodies(count)]

    def run() -> None:
        for page, url in corpus:
            with contextlib.suppress(readoutlib.ReadoutError):  # refusing a page is work too
                readoutlib.dumps(readoutlib.parse(page, url=url), to="json")

    return run, len(corpus)


Method = Callable[[str, str | None], object]


def methods() -> dict[str, Method]:
    """The contenders, by label: the lxml floor, trafilatura (when installed) and readoutlib."""
    import lxml.html

    import readoutlib

    def floor(page: str, url: str | None) -> object:
        return lxml.html.fromstring(page).text_content()

    def ours(page: str, url: str | None) -> object:
        try:
            return readoutlib.dumps(readoutlib.parse(page, url=url), to="json")
        except readoutlib.ReadoutError:  # refusing a page is work too
            return None

    found: dict[str, Method] = {"lxml fromstring + text_content (floor)": floor}
    try:
        import trafilatura
    except ImportError:
        pass
    else:

        def extract(page: str, url: str | None) -> object:
            return trafilatura.extract(page, url=url)

        found["trafilatura.extract"] = extract
    found["readoutlib parse + dumps(json)"] = ours
    return found


def cpu(method: Method, page: str, url: str | None) -> float:
    """CPU seconds of one call."""
    start = time.process_time()
    method(page, url)
    return time.process_time() - start


def side_by_side(count: int | None, rounds: int, *, fresh: bool = False) -> int:
    """Every method on every real-size page, interleaved (the order rotates), ratios to the floor."""
    bodies = realsize.readout_bodies(count + _FRESH_WARM_UP if fresh and count is not None else count)
    corpus = [(realsize.wrap(title, date, body), url) for title, date, url, body in bodies]
    warm = corpus[:3]
    if fresh:  # the warm-up on pages never timed; each timed page read once
        corpus, warm, rounds = corpus[:count], corpus[count:], 1
    contenders = methods()
    labels = list(contenders)
    for page, url in warm:  # warm-up: imports, plugin discovery, regex compilation
        for label in labels:
            contenders[label](page, url)
    times: dict[str, list[float]] = {label: [] for label in labels}
    turn = 0
    for _ in range(rounds):
        for page, url in corpus:
            order = labels[turn % len(labels) :] + labels[: turn % len(labels)]
            turn += 1
            for label in order:
                times[label].append(cpu(contenders[label], page, url))
    size = statistics.median(len(page.encode("utf-8")) for page, _ in corpus)
    floor = statistics.median(times[labels[0]])
    kind = "fresh (each timed once, its first time)" if fresh else f"{rounds} rounds"
    print(f"real-size HTML pages: {len(corpus)} (median {size / 1000:.0f} KB), {kind}, interleaved")
    print("| method | ms per page (CPU, median) | vs lxml floor |")
    print("|---|---|---|")
    for label in labels:
        median = statistics.median(times[label])
        print(f"| {label} | {median * 1000:.2f} | {median / floor:.1f}x |")
    ours = statistics.median(times[labels[-1]])
    if "trafilatura.extract" in times:
        theirs = statistics.median(times["trafilatura.extract"])
        print(f"readoutlib takes {ours / theirs:.2f}x the time of trafilatura.extract (same run)")
    return 0


#: Pages read before the clock starts with ``--fresh`` (none of them timed).
_FRESH_WARM_UP = 30

SIZES = ((10_000, False), (100_000, False), (1_000_000, False), (5_000_000, False), (5_000_000, True))


def scaling() -> int:
    """Time per MB of one page at each size, every method, repeated to at least 0.5 s of CPU."""
    contenders = methods()
    pages = [(size, one_line, realsize.sized_page(size, one_line)) for size, one_line in SIZES]
    for method in contenders.values():
        method(pages[0][2], None)  # warm-up
    print("| page | method | s per page (CPU) | ms per MB |")
    print("|---|---|---|---|")
    for _size, one_line, page in pages:
        megabytes = len(page.encode("utf-8")) / 1e6
        for label, method in contenders.items():
            spent, calls = 0.0, 0
            while spent < 0.5 or calls < 1:
                spent += cpu(method, page, None)
                calls += 1
            per_page = spent / calls
            name = f"{megabytes * 1000:.0f} KB" + (" one line" if one_line else "")
            print(f"| {name} | {label} | {per_page:.3f} | {per_page / megabytes * 1000:.0f} |")
    return 0


def startup(runs: int) -> int:
    """Median wall time of fresh processes: the interpreter alone, the import, the CLI's cheap paths."""
    readout = [sys.executable, "-c", "import sys; from readoutlib.cli import main; sys.exit(main())"]
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import readoutlib'": [sys.executable, "-c", "import readoutlib"],
        "readout --version": [*readout, "--version"],
        "readout --help": [*readout, "--help"],
    }
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(runs):  # interleaved, so a busy moment of the machine is shared by all
        for label, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True)
            times[label].append(time.perf_counter() - start)
    print(f"| command | ms (wall, median of {runs} fresh processes) |")
    print("|---|---|")
    for label, spent in times.items():
        print(f"| {label} | {statistics.median(spent) * 1000:.1f} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--rounds", type=int, default=5, help="passes over the folder (default 5)")
    parser.add_argument("--format", default=None, help="force one adapter (e.g. generic)")
    parser.add_argument(
        "--side-by-side", action="store_true", help="lxml, trafilatura and readoutlib on real-size HTML"
    )
    parser.add_argument(
        "--pages", type=int, default=87, help="real-size pages for --side-by-side (default 87)"
    )
    parser.add_argument("--fresh", action="store_true", help="--side-by-side: each page timed once, new")
    parser.add_argument("--scaling", action="store_true", help="time per MB at 10 KB, 100 KB, 1 MB and 5 MB")
    parser.add_argument("--startup", action="store_true", help="start-up times of fresh processes")
    parser.add_argument("--runs", type=int, default=41, help="fresh processes per command for --startup")
    args = parser.parse_args(argv)
    if args.startup:
        return startup(args.runs)
    if args.side_by_side:
        return side_by_side(args.pages, args.rounds, fresh=args.fresh)
    if args.scaling:
        return scaling()
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
        f"{len(corpus) / best:.0f} pages/s best ({args.rounds} rounds, one process: one core)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
