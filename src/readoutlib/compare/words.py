"""The language packs' words for the comparison, read through the packs' ``compare_words()``.

The comparison reads readouts with their pack's vocabulary: the words that say who spoke and how
rather than what about, the phrasings of a position, a headline's channel words and the subjects of
diplomatic talk are rows of the English pack's table ``languages/en/compare_words.toml``, each with
an example its row test runs. The Russian pack's ``languages/ru/compare_words.toml`` gives the same
labels their Russian rows (its word lists are lemmas: :func:`lemma`), and the Chinese pack's
``languages/zh/compare_words.toml`` their Chinese rows, so that a Kremlin page in Russian or a
Foreign Ministry page in Chinese and an English account of one call share a subject ("отношения",
"关系", "relations") whatever their script. This module only reads the rows, by label, over every
installed pack's table (``readoutlib.languages.compare_words``, in code order): a row of one script
never matches a text of another. It names no language: what a pack's script is, how its words are
lemmatised and where its sentences end are the pack's (``readoutlib.languages.CompareWords``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..languages import CompareWords, compare_words
from ..languages.packtables import table_words
from ..rules import Row, Table

__all__ = ["FLAGS", "PACKS", "first_pack", "lemma", "pattern", "rows", "words"]

#: (code, what the pack gives the comparison) of every installed language pack, in code order.
PACKS: tuple[tuple[str, CompareWords], ...] = compare_words()
_TABLES: tuple[Table, ...] = tuple(words.table for _, words in PACKS if words.table is not None)
#: How the rows are read: case-blind (a row that needs case says so itself) and verbose.
FLAGS = _TABLES[0].flags if _TABLES else re.IGNORECASE | re.VERBOSE
if any(table.flags != FLAGS for table in _TABLES):  # pragma: no cover - a table edited wrongly
    raise RuntimeError("the compare_words tables must be read with the same flags")

#: (a letter of its script, its lemma) of every pack that lemmatises the words of its own script.
_LEMMAS: tuple[tuple[re.Pattern[str], Callable[[str], str]], ...] = tuple(
    (re.compile(words.script), words.lemma) for _, words in PACKS if words.script and words.lemma is not None
)


def first_pack(reader: str) -> Callable[[str], str] | None:
    """The first pack's (in code order) reader of names or titles ``reader`` names ("surname",
    "canonical_title", "spell_out_title": ``CompareWords``), or None where no pack gives one."""
    return next((getattr(w, reader) for _, w in PACKS if getattr(w, reader) is not None), None)


def words(label: str) -> frozenset[str]:
    """The words the rows of ``label`` list ("function word", "filler"), in every table."""
    return frozenset().union(
        *(table_words(table, label) for table in _TABLES if any(r.label == label for r in table.rows))
    )


def pattern(label: str) -> re.Pattern[str]:
    """The rows of ``label`` in every table as one pattern, compiled with the tables' :data:`FLAGS`."""
    parts = [table.alternation(label) for table in _TABLES if any(r.label == label for r in table.rows)]
    return re.compile("|".join(parts) or "(?!)", FLAGS)


def rows(prefix: str) -> tuple[Row, ...]:
    """The rows whose label starts with ``prefix`` ("subject: "), in the tables' order (English first)."""
    return tuple(row for table in _TABLES for row in table.rows if row.label.startswith(prefix))


def lemma(word: str) -> str:
    """A folded word as the tables list it: a word of a pack's own script in that pack's lemma (the
    Russian pack's pymorphy3, "е" for "ё": "отношений" -> "отношение"), any other as it is."""
    for script, reading in _LEMMAS:
        if script.search(word):
            return reading(word)
    return word
