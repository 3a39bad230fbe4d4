"""The JSON form of pairing and comparison results, through the readout's own cattrs converter.

Readouts inside them are written exactly as ``readoutlib.dumps`` writes a readout (without the
per-readout ``"schema"`` key); the top level carries ``"schema": "readoutlib-compare/2"``. ``loads``
reads either form back into the identical model, as strictly as a readout is read.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .model import Comparison, PairedEvent

if TYPE_CHECKING:
    import cattrs

__all__ = ["SCHEMA", "comparison_to_dict", "dumps", "events_to_dict", "loads"]

#: The version of this JSON form.
SCHEMA = "readoutlib-compare/2"

_converter: cattrs.Converter | None = None


def _conv() -> cattrs.Converter:
    global _converter
    if _converter is None:
        # cattrs loads only when something is serialized, as for readoutlib.dumps
        from ..serialize.json import make_converter

        _converter = make_converter()
    return _converter


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The JSON-ready dict of a comparison."""
    return {"schema": SCHEMA, "comparison": _conv().unstructure(comparison, Comparison)}


def events_to_dict(
    events: Sequence[PairedEvent], names: Sequence[Sequence[str]] | None = None
) -> dict[str, Any]:
    """The JSON-ready dict of paired events; ``names`` gives each event's inputs, if known."""
    body = []
    for n, event in enumerate(events):
        item = _conv().unstructure(event, PairedEvent)
        if names is not None:
            item = {"inputs": list(names[n]), **item}
        body.append(item)
    return {"schema": SCHEMA, "events": body}


def dumps(value: Comparison | Sequence[PairedEvent], *, indent: int | None = 2) -> str:
    """A comparison, or a sequence of paired events, as JSON text."""
    data = comparison_to_dict(value) if isinstance(value, Comparison) else events_to_dict(value)
    return json.dumps(data, ensure_ascii=False, indent=indent)


def loads(data: str | bytes) -> Comparison | tuple[PairedEvent, ...]:
    """Read back what :func:`dumps` wrote: a comparison, or the paired events.

    Raises:
        SchemaError: not JSON, another schema, or a field that does not match the model.
    """
    from cattrs.errors import BaseValidationError

    from ..errors import SchemaError

    try:
        body = json.loads(data)
    except ValueError as exc:
        raise SchemaError(f"not JSON: {exc}") from None
    if not isinstance(body, dict) or body.get("schema") != SCHEMA:
        raise SchemaError(f"not a {SCHEMA} document (its 'schema' must be {SCHEMA!r})")
    try:
        if "comparison" in body:
            comparison: Comparison = _conv().structure(body["comparison"], Comparison)
            return comparison
        events = [{k: v for k, v in item.items() if k != "inputs"} for item in body.get("events", ())]
        return tuple(_conv().structure(item, PairedEvent) for item in events)
    except (BaseValidationError, ValueError, TypeError, AttributeError) as exc:
        raise SchemaError(f"does not match the {SCHEMA} model: {exc}") from None
