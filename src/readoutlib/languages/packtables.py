"""Rule tables for a language pack: rows of ``(pattern, label)`` read from the pack's own TOML files.

A pack keeps its vocabulary in TOML tables beside its modules (``readoutlib.rules`` reads and checks
them) and matches a text against a table's rows in order. The Russian and French packs share these
helpers; a third party's pack may use them the same way::

    from readoutlib.languages.packtables import first, pack_table

    rows = pack_table(__package__, "kinds.toml")
    found = first(rows, sentence)  # (row, match) of the first row that matches, or None

``table_words`` reads the words of a table's word-list rows (``\\b(?:word|word)\\b``), and
``sentence_spans`` splits a paragraph at a pack's sentence ends. What the table-built packs read
alike on top of these (the opening, the kind, the date, the pack class, the probes) is
``readoutlib.languages.tablepack``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

import attrs

from ..rules import RuleError, Table, load_table

__all__ = ["Rule", "first", "first_label", "pack_table", "relative_day", "sentence_spans", "table_words"]


@attrs.frozen
class Rule:
    """One row: its compiled pattern and what it yields."""

    pattern: re.Pattern[str]
    label: str


@functools.cache
def pack_table(package: str, filename: str) -> tuple[Rule, ...]:
    """The rows of one of ``package``'s tables, compiled once (``RuleError`` names the file and row
    that is bad)."""
    loaded = load_table(package, filename)
    return tuple(Rule(pattern, label) for pattern, label in loaded.compiled())


def first(rows: Sequence[Rule], text: str) -> tuple[Rule, re.Match[str]] | None:
    """The first row that matches ``text``, with its match."""
    for rule in rows:
        m = rule.pattern.search(text)
        if m:
            return rule, m
    return None


def first_label(rows: Sequence[Rule], text: str) -> str | None:
    """The label of the first row that matches ``text``."""
    found = first(rows, text)
    return found[0].label if found else None


#: A word-list row's pattern: ``\b(?:word|word|...)\b`` (spaces and line breaks aside).
_LISTED = re.compile(r"\\b\(\?:(?P<words>[\w'’-]+(?:\|[\w'’-]+)*)\)\\b")


def table_words(table: Table, *labels: str) -> frozenset[str]:
    """The words the rows of ``table`` (those with one of ``labels``, or all) list.

    Raises:
        RuleError: a row's pattern is not a plain list of words.
    """
    words: set[str] = set()
    for index, row in enumerate(table.rows):
        if labels and row.label not in labels:
            continue
        listed = _LISTED.fullmatch("".join(row.pattern.split()))
        if listed is None:
            raise RuleError(f"{table.origin} row {index + 1}: a word list is written \\b(?:word|word)\\b")
        words.update(listed.group("words").split("|"))
    return frozenset(words)


def sentence_spans(text: str, end: re.Pattern[str], no_end: re.Pattern[str]) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of a paragraph, in order: the text is cut at each match of
    ``end`` (the space between two sentences) unless ``no_end`` finds, in the text from the sentence's
    start to that space, a full stop that ends no sentence ("M. ", "Dr. "). Blank spans are left out."""
    spans = []
    start = 0
    for m in end.finditer(text):
        if no_end.search(text[start : m.end()]):
            continue
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def relative_day(
    text: str,
    published: dt.date | None,
    found: dt.date | None,
    today: re.Pattern[str],
    yesterday: re.Pattern[str],
) -> tuple[dt.date | None, str | None]:
    """A sentence's event day read relative to the page's publication date: ``found`` (a day the pack
    read already, from a weekday or a day and month), else the publication day where ``today`` finds
    the language's "today", the day before where ``yesterday`` finds its "yesterday"; with "relative"
    as how it was found, or (None, None)."""
    if found is None and published is not None:
        if today.search(text):
            found = published
        elif yesterday.search(text):
            found = published - dt.timedelta(days=1)
    return found, ("relative" if found is not None else None)
