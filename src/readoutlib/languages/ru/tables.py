"""The pack's rule tables, loaded through ``readoutlib.rules`` and compiled once."""

from __future__ import annotations

import functools
import re

import attrs

from ...rules import load_table

__all__ = ["Rule", "table"]


@attrs.frozen
class Rule:
    """One row: its compiled pattern and what it yields."""

    pattern: re.Pattern[str]
    label: str


@functools.cache
def table(filename: str) -> tuple[Rule, ...]:
    """The rows of one of the pack's tables (``RuleError`` names the file and row that is bad)."""
    loaded = load_table(__package__ or "readoutlib.languages.ru", filename)
    return tuple(Rule(pattern, label) for pattern, label in loaded.compiled())
