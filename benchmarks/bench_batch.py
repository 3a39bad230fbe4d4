"""Corpus-scale conversion: ``readout convert`` against a bare library loop, and memory at scale.

Measured in one run, side by side:

- a bare loop over ``readoutlib.parse`` (every page, errors caught): the reference;
- ``readout convert --from-list LIST -o OUT.jsonl`` with ``--jobs 1`` and ``--jobs 2``, as a child
  process timed from start to exit (start-up, listing, writing and the summary included);
- the peak RSS of ``readout convert --jobs 1 --to parquet`` over 1,000 pages and over 10,000 pages
  (the page list repeated to reach it when the corpus is smaller; repeated pages are other inputs
  to the batch, so every one of them is converted and written).

Pages: the bulk corpus (``../shared/corpus/bulk`` or ``READOUTLIB_BULK``), one file per page: the
``.html`` of the two RSS folders (each page is there as .html and .txt) and everything else as is.
``us-whitehouse-rss`` repeats many ``us-whitehouse-whbriefings`` documents (its README says so), so
it is left out unless ``--all``.

Usage::

    python benchmarks/bench_batch.py                 # every page (about 7,000; 15+ minutes)
    python benchmarks/bench_batch.py --limit 2000    # the first 2,000 pages of the list, for speed
    python benchmarks/bench_batch.py --skip-rss      # speed only

The 2-jobs figure needs 2 idle cores: on a shared machine it says how busy the machine is.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_BULK = HERE.parent.parent / "shared" / "corpus" / "bulk"
OVERLAP = "us-whitehouse-rss"
TWIN_FORMATS = ("us-state-rss", "us-whitehouse-rss")  # each page as .html and as .txt


def pages(bulk: Path, include_overlap: bool) -> list[Path]:
    """One file per page of the bulk corpus, in a fixed order."""
    found = []
    for folder in sorted(p for p in bulk.iterdir() if p.is_dir()):
        if folder.name == OVERLAP and not include_overlap:
            continue
        suffixes = (".html",) if folder.name in TWIN_FORMATS else (".html", ".txt")
        found.extend(sorted(p for p in folder.iterdir() if p.suffix in suffixes))
    return found


def library_loop(paths: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds of the bare loop a user would write: parse every page, catch failures."""
    import readoutlib

    start, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        with contextlib.suppress(readoutlib.ReadoutError):
            readoutlib.parse(path)
    return time.perf_counter() - start, time.process_time() - cpu


def _write_list(paths: list[Path], folder: Path, name: str) -> Path:
    listing = folder / name
    listing.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
    return listing


def cli_run(listing: Path, out: Path, jobs: int, to: str = "jsonl") -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (its workers' included) and peak RSS (KiB) of one ``readout convert``.

    The child is started through a small Python shim that waits for it and reports its own
    RUSAGE_CHILDREN, so each figure is this one run's peak, not the largest of every run so far.
    """
    command = [
        sys.executable,
        "-m",
        "readoutlib",
        "convert",
        "-q",
        "--jobs",
        str(jobs),
        "--to",
        to,
        "--from-list",
        str(listing),
        "-o",
        str(out),
    ]
    shim = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter(); code = subprocess.call(sys.argv[1:]); t = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(t, u.ru_utime + u.ru_stime, u.ru_maxrss, code)\n"
    )
    if out.exists():
        shutil.rmtree(out) if out.is_dir() else out.unlink()
    done = subprocess.run([sys.executable, "-c", shim, *command], capture_output=True, text=True, check=True)
    seconds, cpu, rss, code = done.stdout.split()
    if code not in ("0", "1"):
        raise SystemExit(f"readout convert failed with exit {code}: {done.stderr}")
    return float(seconds), float(cpu), int(rss)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bulk", type=Path, default=Path(os.environ.get("READOUTLIB_BULK", DEFAULT_BULK)))
    parser.add_argument("--all", action="store_true", help=f"include {OVERLAP} (overlapping pages)")
    parser.add_argument("--limit", type=int, default=0, help="time only the first N pages")
    parser.add_argument("--rounds", type=int, default=1, help="repeat the timed runs, keep the best")
    parser.add_argument("--skip-rss", action="store_true", help="do not measure memory at 1,000 / 10,000")
    args = parser.parse_args(argv)
    if not args.bulk.is_dir():
        print(f"no bulk corpus at {args.bulk}", file=sys.stderr)
        return 1
    every = pages(args.bulk, args.all)
    timed = every[: args.limit] if args.limit else every
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as temp:
        folder = Path(temp)
        listing = _write_list(timed, folder, "pages.txt")
        print(
            f"pages: {len(timed)} of {len(every)} ({args.bulk}{'' if args.all else ', without ' + OVERLAP})"
        )
        print(f"cores this process may use: {len(os.sched_getaffinity(0))}; load average: {os.getloadavg()}")
        # rounds interleaved, best of each kept: other load on the machine slows whichever run it meets
        best: dict[str, tuple[float, float]] = {}
        for _ in range(args.rounds):
            runs = {
                "library loop (parse)": library_loop(timed),
                "readout convert --jobs 1": cli_run(listing, folder / "one.jsonl", 1)[:2],
                "readout convert --jobs 2": cli_run(listing, folder / "two.jsonl", 2)[:2],
            }
            for name, (wall, cpu) in runs.items():
                old = best.get(name, (float("inf"), float("inf")))
                best[name] = (min(old[0], wall), min(old[1], cpu))
        same = (folder / "one.jsonl").read_bytes() == (folder / "two.jsonl").read_bytes()
        n = len(timed)
        library = best["library loop (parse)"]
        title = f"run (best of {args.rounds})"
        print(f"{title:30} {'wall s':>8} {'pages/s':>8} {'CPU s':>8} {'CPU/lib':>8}")
        for name, (wall, cpu) in best.items():
            print(f"{name:30} {wall:8.1f} {n / wall:8.1f} {cpu:8.1f} {cpu / library[1]:8.3f}")
        one, two = best["readout convert --jobs 1"], best["readout convert --jobs 2"]
        print(f"--jobs 2 speed-up over --jobs 1 (wall): {one[0] / two[0]:.2f}x")
        wall_ratio, cpu_ratio = one[0] / library[0], one[1] / library[1]
        print(f"--jobs 1 against the library loop: wall {wall_ratio:.3f}, CPU {cpu_ratio:.3f}")
        print(f"--jobs 1 and --jobs 2 outputs identical: {same}")
        if not args.skip_rss:
            rss = {}
            for size in (1000, 10000):
                repeated = (every * (size // len(every) + 1))[:size]
                size_list = _write_list(repeated, folder, f"pages-{size}.txt")
                seconds, _, rss[size] = cli_run(size_list, folder / f"rss-{size}", 1, to="parquet")
                mib = rss[size] / 1024
                print(f"peak RSS, {size:>6} pages (--jobs 1 --to parquet): {mib:7.1f} MiB ({seconds:.0f} s)")
            print(f"peak RSS 10,000 / 1,000: {rss[10000] / rss[1000]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
