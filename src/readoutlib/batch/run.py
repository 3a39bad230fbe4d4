"""The batch engine: pages streamed through worker processes in chunks, results back in input order.

At most a few chunks per worker are in flight, so memory stays flat at any corpus size, and the
results come back in the order of the inputs, so the output of ``--jobs N`` is the output of a
serial run.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import json
import os
import signal
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .files import TEMP_MARK, OutputError, append_lines, check_dir, write_atomic
from .pages import Page
from .work import Job, PageResult, run_chunk

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .sinks import Sink

__all__ = ["Summary", "default_jobs", "drive", "results"]

#: Pages per task sent to a worker: enough to make the hand-over cheap, few enough to balance.
CHUNK = 8
#: Chunks in flight per worker.
WINDOW = 3

_job: Job | None = None


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _start_worker(job: Job) -> None:
    global _job
    _job = job
    # Ctrl-C reaches every process of the terminal's group: the main process handles it (exit 130),
    # the workers must not each print a KeyboardInterrupt traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_in_worker(pages: list[Page]) -> list[PageResult]:
    assert _job is not None, "worker started without its job"
    return run_chunk(pages, _job)


def _warm_up() -> None:
    """Load every format plugin once here, so forked workers start with them (not once each)."""
    from ..registry import adapter_names, get_adapter

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a broken plugin is reported by the worker that meets it
        for name in adapter_names():
            with contextlib.suppress(Exception):
                get_adapter(name)


def _chunks(pages: Iterable[Page], size: int) -> Iterator[list[Page]]:
    iterator = iter(pages)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def results(pages: Iterable[Page], job: Job, jobs: int = 1, chunk: int = CHUNK) -> Iterator[PageResult]:
    """Convert pages, in order; with ``jobs`` > 1 in that many worker processes.

    The job (and its set of pages already done) goes to each worker once, when it starts.
    """
    if jobs <= 1:
        for part in _chunks(pages, chunk):
            yield from run_chunk(part, job)
        return
    from concurrent.futures import ProcessPoolExecutor  # local: a serial run needs no processes

    _warm_up()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(job,)) as pool:
        pending: collections.deque[Future[list[PageResult]]] = collections.deque()
        try:
            for part in _chunks(pages, chunk):
                pending.append(pool.submit(_run_in_worker, part))
                while len(pending) >= jobs * WINDOW:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:
            for future in pending:
                future.cancel()
            raise


@attrs.define
class Summary:
    """What a run did: counts by publisher and outcome, time, where the errors are."""

    counts: collections.Counter[tuple[str, str]] = attrs.field(factory=collections.Counter)
    seconds: float = 0.0
    errors_file: Path | None = None
    failed: int = 0

    @property
    def pages(self) -> int:
        """Pages seen, skipped ones included."""
        return sum(self.counts.values())

    def total(self, status: str) -> int:
        """Pages with this outcome."""
        return sum(n for (_, s), n in self.counts.items() if s == status)

    def lines(self) -> list[str]:
        """The end-of-run report: a line of totals and speed, a table by publisher, the errors file."""
        converted = self.pages - self.total("skipped")
        rate = converted / self.seconds if self.seconds > 0 else 0.0
        out = [
            f"{self.pages} pages in {self.seconds:.1f} s ({rate:.1f} pages/s): "
            f"{self.total('readout')} readouts, {self.total('not_readout')} not readouts, "
            f"{self.total('error')} errors, {self.total('skipped')} skipped (done before)"
        ]
        heads = ("publisher", "readouts", "not readouts", "errors", "skipped")
        statuses = ("readout", "not_readout", "error", "skipped")
        publishers = sorted({p for p, _ in self.counts})
        table = [
            [publisher, *(str(self.counts[(publisher, s)]) for s in statuses)] for publisher in publishers
        ]
        widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(heads)]
        for row in [list(heads), *table]:
            cells = (c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(row))
            out.append("  " + "  ".join(cells))
        if self.errors_file is not None:
            out.append(f"errors: {self.errors_file}")
        return out


class _ErrorLog:
    """The errors file: a JSON Lines record per failed page.

    Where failures are retried by a rerun (per-page files), the file is this run's alone: written
    aside and renamed at the end. Where they are rows of a data set and so done (``keep``), a rerun
    appends to the file, as it appends to the data set.
    """

    def __init__(self, target: Path | None, keep: bool = False) -> None:
        self.target = target
        self.count = 0
        self._temp = target.with_name(f".{target.name}{TEMP_MARK}errors.tmp") if target else None
        self._handle: Any = None
        if target is not None and keep:
            check_dir(target.parent)
            _, length = append_lines(target)
            self._handle = open(target, "r+" if length else "w", encoding="utf-8")  # noqa: SIM115
            self._handle.truncate(length)
            self._handle.seek(length)
            self._temp = None

    def add(self, result: PageResult) -> None:
        self.count += 1
        if self.target is None:
            return
        if self._handle is None and self._temp is not None:
            check_dir(self._temp.parent)
            self._handle = open(self._temp, "w", encoding="utf-8")  # noqa: SIM115
        record = {
            "input": result.input,
            "url": result.url,
            "archive": result.archive,
            "error": result.error,
            "reason": result.reason,
        }
        self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self) -> Path | None:
        if self.target is None:
            return None
        if self._temp is None:  # appended in place
            self._handle.close()
            return self.target if self.target.stat().st_size else None
        if self._handle is None:
            if self.target.is_file():
                self.target.unlink()  # the last run's errors are not this run's
            return None
        self._handle.close()
        write_atomic(self.target, self._temp.read_bytes())
        self._temp.unlink()
        return self.target


def drive(
    pages: Iterable[Page],
    sink: Sink,
    job: Job,
    *,
    jobs: int = 1,
    strict: bool = False,
    errors_file: Path | None = None,
    keep_errors: bool = False,
    report: Callable[[PageResult], list[str]] | None = None,
    progress: bool = False,
) -> Summary:
    """Run pages through the engine into a sink; count outcomes; log failures.

    A failure to write a page's output is that page's failure. ``report`` sees every result
    (after it is written) and gives the lines to print on stderr for it (above the progress bar).
    """
    summary = Summary()
    log = _ErrorLog(errors_file, keep_errors)
    job = attrs.evolve(job, done=sink.done)
    bar = _progress_bar() if progress else None
    start = time.perf_counter()
    try:
        for converted in results(pages, job, jobs):
            result = converted
            if result.status != "skipped":
                try:
                    sink.write(result)
                except OutputError as exc:
                    result = attrs.evolve(result, status="error", error="OutputError", reason=str(exc))
            failed = result.status == "error" or (strict and result.status == "not_readout")
            if failed:
                summary.failed += 1
                log.add(result)
            summary.counts[(result.publisher or "(none)", result.status)] += 1
            if bar is not None:
                bar.update(1)
            for line in report(result) if report is not None else ():
                if bar is not None:
                    bar.write(line, file=sys.stderr)
                else:
                    print(line, file=sys.stderr)
    finally:
        if bar is not None:
            bar.close()
        sink.close()
        summary.seconds = time.perf_counter() - start
        summary.errors_file = log.close()
    return summary


def _progress_bar() -> Any:
    from tqdm import tqdm

    return tqdm(file=sys.stderr, unit=" pages", leave=False, dynamic_ncols=True)
