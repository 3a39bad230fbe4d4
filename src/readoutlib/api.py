"""The top-level entry points: ``parse`` a page into a Readout."""

from __future__ import annotations

import contextlib
import warnings

import attrs

from . import budget
from .budget import time_budget
from .document import Document, Loadable, load
from .errors import AdapterError, ReadoutError
from .model import Readout
from .registry import GENERIC, Detection, detect, get_adapter

__all__ = ["DEFAULT_TIMEOUT", "parse"]

#: Seconds one page may take by default (``parse(..., timeout=...)``): about a thousand times what
#: a real readout takes, so only a pathological page ever reaches it.
DEFAULT_TIMEOUT = 60.0


def parse(
    data: Loadable,
    *,
    url: str | None = None,
    format: str | None = None,  # noqa: A002 - the public keyword the design names
    name: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Readout:
    """Parse a readout page into a Readout.

    Args:
        data: the page: ``str`` text or HTML, ``bytes``, a path, a binary file or a Document.
        url: where the page was published; helps detection and dating.
        format: force an adapter by name instead of detecting one.
        name: what to call the input in error messages.
        timeout: seconds of wall time the page may take (detection and analysis), or None for no
            limit; the check is cooperative, so the page gives up at the analysis' next step.

    Raises:
        InputError: empty, binary or undecodable input; an invalid ``url``.
        NotAReadoutError: the page is not a readout.
        FormatNotFoundError: ``format`` names no registered adapter.
        AdapterError: an adapter failed unexpectedly (a bug in that adapter).
        TimeLimitError: the page took longer than ``timeout``.
    """
    with time_budget(timeout):
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
    which format refused a page), so it is not run twice. Unless the caller runs it under a time
    budget already (``parse`` does), the page gets the default one (``DEFAULT_TIMEOUT``).
    """
    try:
        with contextlib.nullcontext() if budget.active() else time_budget(DEFAULT_TIMEOUT):
            return _parse_document(document, format, detection)
    except ReadoutError as exc:
        exc.with_source(document.name)
        raise


def _parse_document(document: Document, format: str | None, detection: Detection | None) -> Readout:  # noqa: A002
    if document.is_html:
        # HTML lxml cannot make a tree of is bad input: say so once, before every adapter trips on it.
        _ = document.tree
    extra: tuple[str, ...] = document.warnings
    if format is None:
        detection = detection or detect(document)
        name = detection.winner
        if name == GENERIC and detection.reason.startswith("near tie"):
            extra = (*extra, f"format detection fell back to generic: {detection.reason}")
    else:
        name = format
    adapter = get_adapter(name)
    try:
        readout = adapter.extract(document)
    except ReadoutError:
        raise
    except RecursionError:
        reason = f"format {name!r}: page nested too deeply"
        warnings.warn(reason, stacklevel=3)
        raise AdapterError(reason, source=document.name) from None
    # SystemExit too: keep the promise that only ReadoutErrors leave parse
    except (Exception, SystemExit) as exc:
        reason = f"format {name!r} failed: {type(exc).__name__}: {exc}"
        warnings.warn(reason, stacklevel=3)
        raise AdapterError(reason, source=document.name) from exc
    if not isinstance(readout, Readout):  # a plugin bug would otherwise surface in dumps
        reason = f"format {name!r} returned {type(readout).__name__} from extract, not a Readout"
        warnings.warn(reason, stacklevel=3)
        raise AdapterError(reason, source=document.name)
    return _with_provenance(readout, document, extra)


def _with_provenance(readout: Readout, document: Document, extra: tuple[str, ...]) -> Readout:
    """Name the input and this readoutlib's version in ``source``, and add the core's warnings."""
    from . import __version__  # at call time: the package is fully imported by then

    source = attrs.evolve(readout.source, input=document.name or document.url, readoutlib_version=__version__)
    return attrs.evolve(readout, source=source, warnings=tuple(dict.fromkeys(readout.warnings + extra)))
