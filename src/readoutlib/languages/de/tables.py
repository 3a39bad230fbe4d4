"""The German pack's rule tables, loaded through ``readoutlib.rules`` and compiled once."""

from __future__ import annotations

from .. import packtables
from ..packtables import Rule, first, pack_table

__all__ = ["Rule", "first", "first_label", "table"]


def table(filename: str) -> tuple[Rule, ...]:
    """The rows of one of the pack's tables (``RuleError`` names the file and row that is bad)."""
    return pack_table(__package__ or "readoutlib.languages.de", filename)


def first_label(filename: str, text: str) -> str | None:
    """The label of the first row of a table that matches ``text``."""
    return packtables.first_label(table(filename), text)
