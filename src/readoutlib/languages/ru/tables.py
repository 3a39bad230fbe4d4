"""The pack's rule tables, loaded through ``readoutlib.rules`` and compiled once."""

from __future__ import annotations

from ..packtables import Rule, pack_table

__all__ = ["Rule", "table"]


def table(filename: str) -> tuple[Rule, ...]:
    """The rows of one of the pack's tables (``RuleError`` names the file and row that is bad)."""
    return pack_table(__package__ or "readoutlib.languages.ru", filename)
