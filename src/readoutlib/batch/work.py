"""One page through the library, as a worker process runs it: read, hash, parse, serialize.

Everything here is a plain function of a picklable ``Page`` and ``Job``, so the same code runs
in-process (``--jobs 1``), in a process pool, or on Dask workers, and gives the same result.
"""

from __future__ import annotations

import hashlib
import traceback
import warnings
from collections.abc import Sequence
from typing import Any, Literal

import attrs

from ..api import parse_document
from ..document import Document, load
from ..errors import InputError, NotAReadoutError, ReadoutError, UnsupportedLanguageError
from ..model import Readout
from ..registry import detect
from ..serialize import dumps
from .pages import Page

__all__ = ["Job", "PageResult", "Status", "canonical_url", "record_id", "run_chunk", "run_page"]


def _package_version() -> str:
    from .. import __version__  # the package is imported whole before any page is read

    return str(__version__)


Status = Literal["readout", "not_readout", "error", "skipped"]


@attrs.frozen
class Job:
    """What every page of a batch is asked: the forced format, what to make of it, what is done.

    The worker does the serializing (``syntax``), so the main process of a parallel run only
    writes; and it drops the readout once serialized unless ``keep_readout``, so less crosses
    between processes.
    """

    format: str | None = None
    #: "json" / "xml": the readout as a per-page file; "jsonl": the JSON Lines record;
    #: "rows": the rows of the three tables; None: nothing (the readout is the result).
    syntax: str | None = None
    keep_readout: bool = True
    #: ids of the pages already converted into this output (resume).
    done: frozenset[str] = frozenset()


@attrs.frozen
class PageResult:
    """What became of one page: its readout, or why there is none. One row of the ``readouts`` table.

    Attributes:
        input: the page's name (its path as given, or its URL in a web archive).
        url: the URL the page was read with (given, mapped, archived, or the page's own canonical).
        archive: the WARC archive the page came from.
        sha256: hash of the page's decoded text; None when it could not be read.
        id: the key of the page's rows in every table (input and content hash together).
        status: ``readout``, ``not_readout`` (refused, with ``reason``), ``error`` or ``skipped``
            (already in the output, by content hash).
        adapter: the format that read (or refused) the page.
        publisher: who published the page: the readout's publisher, else the format that refused it.
        error: the error's class name, when the page failed or was refused.
        reason: why, in words.
        readout: the readout, when there is one.
        text: the readout serialized for a per-page file, or the JSON Lines record, when asked.
        rows: the page's rows of each table, when asked.
        out: the page's relative output path (per-page files).
        notes: warnings raised while the page was read (a plugin's, say).
        trace: the traceback of a failure, for ``-v``.
        version: the readoutlib version that read the page.
    """

    input: str
    url: str | None = None
    archive: str | None = None
    sha256: str | None = None
    id: str = ""
    status: Status = "error"
    adapter: str | None = None
    publisher: str | None = None
    error: str | None = None
    reason: str | None = None
    readout: Readout | None = None
    text: str | None = None
    rows: dict[str, list[dict[str, Any]]] | None = None
    out: str | None = None
    notes: tuple[str, ...] = ()
    trace: str | None = None
    version: str = attrs.field(factory=_package_version)


def record_id(name: str, sha256: str | None) -> str:
    """The key of a page's rows: its name and content together (the same text elsewhere is another page)."""
    return hashlib.sha256(f"{name}\0{sha256 or ''}".encode()).hexdigest()[:20]


def canonical_url(document: Document) -> str | None:
    """The page's own URL: ``<link rel="canonical">``, else ``<meta property="og:url">`` (absolute only)."""
    if not document.is_html:
        return None
    try:
        tree = document.tree
    except ReadoutError:
        return None
    for value in (
        *tree.xpath("//link[translate(@rel, 'CANONICAL', 'canonical')='canonical']/@href"),
        *tree.xpath("//meta[@property='og:url' or @name='og:url']/@content"),
    ):
        url = str(value).strip()
        if url.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in url):
            return url
    return None


def _load(page: Page) -> Document:
    if page.error is not None:
        raise InputError(page.error, source=page.name)
    if page.data is not None:
        data: bytes | str = page.data
        if page.charset:
            try:  # the transport's charset outranks the page's own declaration, as in a browser
                data = page.data.decode(page.charset)
            except (LookupError, UnicodeDecodeError):
                data = page.data  # a wrong header: let loading detect the encoding
        return load(data, url=page.url, name=page.name)
    from pathlib import Path

    return load(Path(page.path or page.name), url=page.url, name=page.name)


def _parse(page: Page, job: Job) -> PageResult:
    base = PageResult(input=page.name, url=page.url, archive=page.archive, out=page.out)
    try:
        document = _load(page)
    except ReadoutError as exc:
        key = record_id(page.name, None)
        status: Status = "skipped" if key in job.done else "error"
        return attrs.evolve(base, id=key, status=status, error=type(exc).__name__, reason=exc.reason)
    sha = hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).hexdigest()
    key = record_id(page.name, sha)
    base = attrs.evolve(base, sha256=sha, id=key)
    if key in job.done:
        return attrs.evolve(base, status="skipped")
    if document.url is None:
        own = canonical_url(document)
        if own is not None:
            document = attrs.evolve(document, url=own)
            base = attrs.evolve(base, url=own)
    detection = None
    try:
        if job.format is None:
            detection = detect(document)
        readout = parse_document(document, format=job.format, detection=detection)
    except NotAReadoutError as exc:
        adapter = job.format or (detection.winner if detection is not None else None)
        return attrs.evolve(
            base,
            status="not_readout",
            adapter=adapter,
            publisher=adapter,
            error=type(exc).__name__,
            # a page in a language not read yet may be a readout: its reason names the language
            reason=exc.reason if isinstance(exc, UnsupportedLanguageError) else _not_a_readout(exc.reason),
        )
    except ReadoutError as exc:
        trace = traceback.format_exc()
        return attrs.evolve(base, error=type(exc).__name__, reason=exc.reason, trace=trace)
    return attrs.evolve(
        base,
        status="readout",
        adapter=readout.source.adapter,
        publisher=readout.source.publisher or readout.source.adapter,
        readout=readout,
    )


def _serialize(result: PageResult, job: Job) -> PageResult:
    """Fill in what the job asks for (a file's text, a JSON Lines record, table rows)."""
    from . import tables  # local: tables imports this module

    text, rows = None, None
    if job.syntax in ("json", "xml") and result.readout is not None:
        text = dumps(result.readout, job.syntax)  # type: ignore[arg-type]
        text = text if text.endswith("\n") else text + "\n"
    elif job.syntax == "jsonl":
        text = tables.json_record(result)
    elif job.syntax == "rows":
        rows = tables.rows(result)
    return attrs.evolve(result, text=text, rows=rows, readout=result.readout if job.keep_readout else None)


def _not_a_readout(detail: str) -> str:
    detail = detail.strip()
    if not detail or detail.lower().startswith("not a readout"):
        return detail or "not a readout"
    return f"not a readout: {detail}"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def run_page(page: Page, job: Job) -> PageResult:
    """Convert one page; every failure becomes a result, never an exception (Ctrl-C aside).

    Warnings raised meanwhile are kept as the result's ``notes`` (one that only repeats the
    failure's reason is left out).
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = _serialize(_parse(page, job), job)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # the promise: a broken page is a row, the batch carries on
            result = PageResult(
                input=page.name,
                url=page.url,
                archive=page.archive,
                id=record_id(page.name, None),
                out=page.out,
                error=type(exc).__name__,
                reason=f"internal error: {type(exc).__name__}: {exc}",
                trace=traceback.format_exc(),
            )
    reason = result.reason or ""
    notes: list[str] = []
    for item in caught:
        text = _one_line(str(item.message))
        if text and text not in notes and text not in reason:
            notes.append(text)
    return attrs.evolve(result, notes=tuple(notes)) if notes else result


def run_chunk(pages: Sequence[Page], job: Job) -> list[PageResult]:
    """Convert a chunk of pages (one task for a worker process)."""
    return [run_page(page, job) for page in pages]
