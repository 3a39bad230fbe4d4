"""One page of a batch: what a worker process needs to read it (its own module, so that the folder
walker and the web-archive reader both build pages without importing each other)."""

from __future__ import annotations

import attrs

__all__ = ["Page"]


@attrs.frozen
class Page:
    """One page to convert, small enough to send to a worker process.

    Attributes:
        name: what the page is called in messages and records (the path as given, or a URL).
        path: the file to read, or None when the page's bytes are in ``data``.
        data: the page's bytes (a WARC record's payload) when there is no file to read.
        charset: the encoding the page's transport declared (a WARC record's HTTP header).
        url: where the page was published, when known.
        archive: the WARC file the page came from.
        out: the relative output path, without suffix, for per-page files.
        error: why the page could not even be taken from its source (a torn archive).
    """

    name: str
    path: str | None = None
    data: bytes | None = None
    charset: str | None = None
    url: str | None = None
    archive: str | None = None
    out: str | None = None
    error: str | None = None
