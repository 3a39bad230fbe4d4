"""Corpus-scale conversion: many pages in, per-page files or data sets out, in parallel, resumable.

``parse_many`` is the library's way (results as records, in input order); ``convert`` is what
``readout convert`` runs (inputs expanded, pages converted in worker processes, results written to
per-page files, JSON Lines, Parquet or CSV, a summary returned). ``readoutlib.dask`` runs the same
work on a Dask cluster.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..document import MAX_BYTES
from ..registry import adapter_names
from .files import OutputError, write_atomic
from .pages import (
    DEFAULT_INCLUDE,
    STDIN,
    BatchUsageError,
    Page,
    Selection,
    expand,
    is_warc,
    read_list,
    read_url_map,
)
from .run import Summary, default_jobs, drive, results
from .tables import COLUMNS, TABLES, json_record, rows
from .work import Job, PageResult, canonical_url

__all__ = [
    "COLUMNS",
    "DEFAULT_INCLUDE",
    "TABLES",
    "BatchUsageError",
    "OutputError",
    "Page",
    "PageResult",
    "Selection",
    "Summary",
    "canonical_url",
    "convert",
    "default_jobs",
    "expand",
    "json_record",
    "parse_many",
    "read_list",
    "read_url_map",
    "rows",
    "write_atomic",
]

if TYPE_CHECKING:
    from .sinks import Sink

Target = Literal["json", "xml", "jsonl", "parquet", "csv"]
TARGETS: tuple[Target, ...] = ("json", "xml", "jsonl", "parquet", "csv")


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    format: str | None = None,  # noqa: A002 - the keyword parse() has
    urls: Mapping[str, str] | None = None,
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
) -> Iterator[PageResult]:
    """Parse many pages, yielding one record per page in input order: its readout, or why not.

    Args:
        paths: files, folders (recursive, through ``include`` / ``exclude`` patterns) and WARC
            archives.
        jobs: worker processes (default: every core this process may use; 1 runs in-process).
        format: force this adapter on every page.
        urls: a map from path to URL (see ``read_url_map``); a page with none uses its canonical URL.

    A page that fails is a record too (``status`` ``"error"``, with ``error`` and ``reason``); a page
    that is not a readout has ``status`` ``"not_readout"``. Nothing is raised for a page.
    """
    pages = expand(
        (os.fspath(p) for p in paths), selection=Selection(tuple(include), tuple(exclude)), urls=urls
    )
    yield from results(pages, Job(format=format), default_jobs() if jobs is None else jobs)


def _many(sources: Sequence[str], from_list: bool) -> bool:
    if from_list or len(sources) > 1:
        return True
    return any(s != STDIN and (os.path.isdir(s) or is_warc(s)) for s in sources)


def _guess_target(output: str | os.PathLike[str] | None, many: bool) -> Target:
    """The form an output's name asks for: ``.jsonl`` is JSON Lines; stdout for several pages too."""
    if output is None:
        return "jsonl" if many else "json"
    name = os.fspath(output).lower()
    return "jsonl" if name.endswith((".jsonl", ".ndjson")) else "xml" if name.endswith(".xml") else "json"


def _open_sink(
    to: Target, output: Path | None, many: bool, folder: bool, force: bool
) -> tuple[Sink, Path | None]:
    """The sink for a target and output, and where its errors file goes."""
    from .sinks import CsvSink, JsonlSink, PageFilesSink, ParquetSink, SingleFileSink, StdoutSink

    if to in ("json", "xml"):
        if output is None:
            if many:
                raise BatchUsageError(
                    f"several pages as {to} need -o DIR (one file each); for one stream use --to jsonl"
                )
            return StdoutSink(lines=False), None
        if many and output.exists() and not output.is_dir():
            raise BatchUsageError(f"-o {output}: several inputs need a directory, and this is a file")
        if folder or output.is_dir():
            return PageFilesSink(output, to, force=force), output / "readout-errors.jsonl"
        return SingleFileSink(output), None
    if to == "jsonl":
        if output is None:
            return StdoutSink(lines=True), None
        if output.is_dir():
            raise BatchUsageError(f"-o {output}: --to jsonl writes one file, and this is a directory")
        stem = output.name.removesuffix(".jsonl")
        return JsonlSink(output, force=force), output.with_name(f"{stem}.errors.jsonl")
    if output is None:
        raise BatchUsageError(f"--to {to} needs -o DIR (it writes one table file per table)")
    if output.exists() and not output.is_dir():
        raise BatchUsageError(f"-o {output}: --to {to} writes a directory, and this is a file")
    sink: Sink = ParquetSink(output, force=force) if to == "parquet" else CsvSink(output, force=force)
    return sink, output / "errors.jsonl"


def convert(
    sources: Sequence[str],
    *,
    to: Target | None = None,
    output: str | os.PathLike[str] | None = None,
    format: str | None = None,  # noqa: A002
    url: str | None = None,
    url_map: Path | None = None,
    from_list: str | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    jobs: int | None = None,
    force: bool = False,
    strict: bool = False,
    errors: Path | None = None,
    progress: bool = False,
    report: Callable[[PageResult, bool], list[str]] | None = None,
    dask: str | None = None,
) -> Summary:
    """Convert pages into per-page files or a data set; the whole of ``readout convert``.

    Args:
        sources: files, folders, WARC archives, ``-`` for standard input.
        to: the output form (default: ``json``, or ``jsonl`` on stdout for several pages).
        output: the file or folder to write (None: standard output); a trailing ``/`` makes it a folder.
        from_list: a file listing more sources, one a line (``-``: standard input).
        report: called with each result and whether the run is a batch; returns lines for stderr.
        dask: run on this Dask scheduler (``tcp://host:8786``, or ``local`` for a LocalCluster
            here) and write the Parquet tables from there (``--to parquet`` only).

    Raises:
        BatchUsageError: options that do not fit together (the CLI's exit 2).
        OutputError: the output cannot be opened.
    """
    sources = list(sources)
    many = _many(sources, from_list is not None)
    _check_inputs(sources, format=format, url=url, from_list=from_list, many=many)
    if dask is not None:
        return _convert_on_dask(
            dask,
            sources,
            to=to,
            output=output,
            format=format,
            url_map=url_map,
            include=include,
            exclude=exclude,
            force=force,
            strict=strict,
        )
    target: Target = to or _guess_target(output, many)
    out = Path(output) if output is not None else None
    many_out = many or (output is not None and os.fspath(output).endswith(("/", os.sep)))
    sink, default_errors = _open_sink(target, out, many, many_out, force)
    urls = read_url_map(url_map) if url_map is not None else None
    selection = Selection(tuple(include) or DEFAULT_INCLUDE, tuple(exclude))
    pages = expand(_all_sources(sources, from_list), selection=selection, urls=urls, url=url, stdin=_stdin)
    has_stdin = STDIN in sources
    syntax = target if target in ("json", "xml", "jsonl") else "rows"
    job = Job(format=format, syntax=syntax, keep_readout=False)
    return drive(
        pages,
        sink,
        job,
        jobs=1 if has_stdin else (default_jobs() if jobs is None else jobs),
        strict=strict,
        errors_file=errors or default_errors,
        keep_errors=target in ("jsonl", "parquet", "csv") and not force,
        report=(lambda result: report(result, many)) if report is not None else None,
        progress=progress and sys.stderr.isatty(),
    )


def _check_inputs(
    sources: list[str],
    *,
    format: str | None,  # noqa: A002
    url: str | None,
    from_list: str | None,
    many: bool,
) -> None:
    """Refuse inputs that do not fit together, before any page is read.

    Raises:
        BatchUsageError: saying which option and why.
    """
    if sources.count(STDIN) + (from_list == STDIN) > 1:
        raise BatchUsageError("'-' (standard input) can be given only once")
    if format is not None and format not in adapter_names():
        raise BatchUsageError(f"--format: no format named {format!r} (known: {', '.join(adapter_names())})")
    if url is not None and many:
        raise BatchUsageError(
            "--url gives one page's URL and there are several pages; give each its own with --url-map FILE"
        )
    if not sources and from_list is None:
        raise BatchUsageError("no inputs")
    if from_list not in (None, STDIN) and not os.path.isfile(from_list):
        raise BatchUsageError(f"--from-list {from_list}: no such file")


def _convert_on_dask(
    address: str,
    sources: Sequence[str],
    *,
    to: Target | None,
    output: str | os.PathLike[str] | None,
    format: str | None,  # noqa: A002
    url_map: Path | None,
    include: Sequence[str],
    exclude: Sequence[str],
    force: bool,
    strict: bool,
) -> Summary:
    """``readout convert --dask``: the Parquet tables written by a Dask cluster, counted from the output."""
    import time

    if to not in (None, "parquet") or output is None:
        raise BatchUsageError("--dask writes Parquet tables: give --to parquet -o DIR")
    if STDIN in sources:
        raise BatchUsageError("--dask reads files, folders and archives, not standard input")
    folder = Path(output)
    if folder.exists() and any(folder.iterdir()) and not force:
        raise BatchUsageError(f"-o {folder}: not empty, and a Dask run does not resume; --force replaces it")
    try:
        from .. import dask as on_dask
    except ImportError:
        raise BatchUsageError("--dask needs Dask: pip install 'readoutlib[dask]'") from None
    start = time.perf_counter()
    urls = read_url_map(url_map) if url_map is not None else None
    with on_dask.client(address):
        on_dask.to_parquet(
            sources,
            folder,
            format=format,
            include=tuple(include) or DEFAULT_INCLUDE,
            exclude=exclude,
            urls=urls,
        )
    import pyarrow.parquet as pq

    summary = Summary(seconds=time.perf_counter() - start)
    for row in pq.read_table(folder / "readouts", columns=["publisher", "status"]).to_pylist():
        summary.counts[(row["publisher"] or "(none)", row["status"])] += 1
    summary.failed = summary.total("error") + (summary.total("not_readout") if strict else 0)
    return summary


def _stdin() -> bytes:
    stream = getattr(sys.stdin, "buffer", sys.stdin)
    data = stream.read(MAX_BYTES + 1)
    return data.encode("utf-8", "surrogateescape") if isinstance(data, str) else bytes(data)


def _all_sources(sources: Sequence[str], from_list: str | None) -> Iterator[str]:
    yield from sources
    if from_list is None:
        return
    if from_list == STDIN:
        yield from read_list(sys.stdin)
        return
    try:
        with open(from_list, encoding="utf-8") as handle:
            yield from read_list(handle)
    except (OSError, UnicodeDecodeError) as exc:
        raise BatchUsageError(f"--from-list {from_list}: cannot read: {exc}") from None
