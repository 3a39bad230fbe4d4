"""The Chinese pack's rule tables (``readoutlib.rules`` TOML files beside this module), loaded once."""

from __future__ import annotations

import re

from ...rules import Row, Table, load_table

__all__ = ["Row", "alternation", "compiled", "table"]


def _table(filename: str) -> Table:
    return load_table(__package__ or "readoutlib.languages.zh", filename)


def table(filename: str) -> tuple[Row, ...]:
    """The rows of ``filename``, in order."""
    return _table(filename).rows


def compiled(filename: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """``(pattern, label)`` of every row, compiled once."""
    return _table(filename).compiled()


def alternation(filename: str, *labels: str) -> str:
    """One regex source matching any row of ``filename`` (of those ``labels`` only, when given)."""
    return "|".join(f"(?:{row.pattern})" for row in table(filename) if not labels or row.label in labels)
