"""The French pack's rule tables, loaded through ``readoutlib.rules`` and compiled once."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from ...rules import load_table

__all__ = ["Rule", "first", "first_label", "table"]


@attrs.frozen
class Rule:
    """One row: its compiled pattern and what it yields."""

    pattern: re.Pattern[str]
    label: str


@functools.cache
def table(filename: str) -> tuple[Rule, ...]:
    """The rows of one of the pack's tables (``RuleError`` names the file and row that is bad)."""
    loaded = load_table(__package__ or "readoutlib.languages.fr", filename)
    return tuple(Rule(pattern, label) for pattern, label in loaded.compiled())


def first(rows: Sequence[Rule], text: str) -> tuple[Rule, re.Match[str]] | None:
    """The first row that matches ``text``, with its match."""
    for rule in rows:
        m = rule.pattern.search(text)
        if m:
            return rule, m
    return None


def first_label(filename: str, text: str) -> str | None:
    """The label of the first row of a table that matches ``text``."""
    found = first(table(filename), text)
    return found[0].label if found else None
