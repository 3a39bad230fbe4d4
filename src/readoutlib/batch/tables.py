"""Results as rows of three tables that join: ``readouts``, ``participants`` and ``statements``.

Every page is a row of ``readouts``, refused and failed pages too (with ``status`` and ``reason``);
``participants`` and ``statements`` rows carry the ``readout_id`` of their page. The same rows feed
JSON Lines, Parquet (``pyarrow``), CSV and Dask, so each form holds the same data.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .work import PageResult

__all__ = ["COLUMNS", "LIST_COLUMNS", "TABLES", "arrow_schema", "json_record", "rows"]

#: Table name to its columns, in order. Types are those of ``arrow_schema``.
COLUMNS: dict[str, tuple[str, ...]] = {
    "readouts": (
        "id",
        "input",
        "url",
        "archive",
        "sha256",
        "readoutlib_version",
        "status",
        "error",
        "reason",
        "publisher",
        "adapter",
        "language",
        "published",
        "title",
        "kind",
        "date",
        "date_basis",
        "location",
        "paragraphs",
        "mentioned",
        "warnings",
        "participant_count",
        "statement_count",
    ),
    "participants": ("readout_id", "position", "id", "name", "country", "titles", "requested"),
    "statements": ("readout_id", "position", "speaker", "verb", "text", "paragraph", "start", "end"),
}
TABLES = tuple(COLUMNS)
#: Columns that hold lists of strings (joined by "; " in CSV).
LIST_COLUMNS = frozenset({"paragraphs", "mentioned", "warnings", "titles"})
_INTS = frozenset({"participant_count", "statement_count", "position", "paragraph", "start", "end"})


def _date(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def rows(result: PageResult) -> dict[str, list[dict[str, Any]]]:
    """The rows one page gives in each table (one ``readouts`` row, any number of the others)."""
    readout = result.readout
    head: dict[str, Any] = {
        "id": result.id,
        "input": result.input,
        "url": result.url,
        "archive": result.archive,
        "sha256": result.sha256,
        "readoutlib_version": result.version,
        "status": result.status,
        "error": result.error,
        "reason": result.reason,
        "publisher": result.publisher,
        "adapter": result.adapter,
    }
    if readout is None:
        head.update({name: None for name in COLUMNS["readouts"] if name not in head})
        head.update({"paragraphs": [], "mentioned": [], "warnings": list(result.notes)})
        head.update({"participant_count": 0, "statement_count": 0})
        return {"readouts": [head], "participants": [], "statements": []}
    source, event = readout.source, readout.event
    head.update(
        {
            "language": source.language,
            "published": _date(source.published),
            "title": readout.title,
            "kind": str(event.kind),
            "date": _date(event.date),
            "date_basis": event.date_basis,
            "location": event.location,
            "paragraphs": list(readout.paragraphs),
            "mentioned": list(readout.mentioned),
            "warnings": [*readout.warnings, *result.notes],
            "participant_count": len(event.participants),
            "statement_count": len(readout.statements),
        }
    )
    participants = [
        {
            "readout_id": result.id,
            "position": index,
            "id": p.id,
            "name": p.name,
            "country": p.country,
            "titles": list(p.titles),
            "requested": p.requested,
        }
        for index, p in enumerate(event.participants)
    ]
    statements = [
        {
            "readout_id": result.id,
            "position": index,
            "speaker": s.speaker,
            "verb": s.verb,
            "text": s.text,
            "paragraph": s.paragraph,
            "start": s.start,
            "end": s.end,
        }
        for index, s in enumerate(readout.statements)
    ]
    return {"readouts": [head], "participants": participants, "statements": statements}


def json_record(result: PageResult) -> str:
    """One JSON Lines record: the page's ``readouts`` row facts and its whole readout (or null)."""
    from ..serialize.json import to_dict  # local: cattrs' converter is built on first use

    record: dict[str, Any] = {
        "input": result.input,
        "url": result.url,
        "archive": result.archive,
        "sha256": result.sha256,
        "id": result.id,
        "readoutlib_version": result.version,
        "status": result.status,
        "publisher": result.publisher,
        "adapter": result.adapter,
        "error": result.error,
        "reason": result.reason,
        "readout": to_dict(result.readout) if result.readout is not None else None,
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of a table (strings, lists of strings, 64-bit integers, a boolean)."""
    import pyarrow as pa

    fields = []
    for name in COLUMNS[table]:
        if name in LIST_COLUMNS:
            kind = pa.list_(pa.string())
        elif name in _INTS:
            kind = pa.int64()
        elif name == "requested":
            kind = pa.bool_()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)
