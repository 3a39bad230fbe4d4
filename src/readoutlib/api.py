"""The top-level entry points: ``parse`` a page into a Readout."""

from __future__ import annotations

import warnings

import attrs

from .document import Document, Loadable, load
from .errors import AdapterError, ReadoutError
from .model import Readout
from .registry import GENERIC, Detection, detect, get_adapter

__all__ = ["parse"]


def parse(
    data: Loadable,
    *,
    url: str | None = None,
    format: str | None = None,  # noqa: A002 - the public keyword the design names
    name: str | None = None,
) -> Readout:
    """Parse a readout page into a Readout.

    Args:
        data: the page: ``str`` text or HTML, ``bytes``, a path, a binary file or a Document.
        url: where the page was published; helps detection and dating.
        format: force an adapter by name instead of detecting one.
        name: what to call the input in error messages.

    Raises:
        InputError: empty, binary or undecodable input.
        NotAReadoutError: the page is not a readout.
        FormatNotFoundError: ``format`` names no registered adapter.
        AdapterError: an adapter failed unexpectedly (a bug in that adapter).
    """
    document = load(data, url=url, name=name)
    return parse_document(document, format=format)


def parse_document(
    document: Document,
    *,
    format: str | None = None,  # noqa: A002
    detection: Detection | None = None,
) -> Readout:
    """Parse an already loaded Document (see ``parse``).

    ``detection`` is the document's detection when the caller has it already (a batch that reports
    which format refused a page), so it is not run twice.
    """
    if document.is_html:
        # HTML lxml cannot make a tree of is bad input: say so once, before every adapter trips on it.
        _ = document.tree
    extra: tuple[str, ...] = ()
    if format is None:
        detection = detection or detect(document)
        adapter = get_adapter(detection.winner)
        if detection.winner == GENERIC and detection.reason.startswith("near tie"):
            extra = (f"format detection fell back to generic: {detection.reason}",)
    else:
        adapter = get_adapter(format)
    try:
        readout = adapter.extract(document)
    except ReadoutError as exc:
        raise exc.with_source(document.name) from None
    except RecursionError:
        raise AdapterError(f"format {adapter.name!r}: page nested too deeply", source=document.name) from None
    except Exception as exc:  # keep the promise: only ReadoutErrors leave parse
        warnings.warn(f"format {adapter.name!r} failed: {type(exc).__name__}: {exc}", stacklevel=2)
        raise AdapterError(
            f"format {adapter.name!r} failed: {type(exc).__name__}: {exc}", source=document.name
        ) from exc
    return _with_provenance(readout, document, extra)


def _with_provenance(readout: Readout, document: Document, extra: tuple[str, ...]) -> Readout:
    """Name the input and this readoutlib's version in ``source``, and add the core's warnings."""
    from . import __version__  # at call time: the package is fully imported by then

    source = attrs.evolve(readout.source, input=document.name or document.url, readoutlib_version=__version__)
    return attrs.evolve(readout, source=source, warnings=readout.warnings + extra)
