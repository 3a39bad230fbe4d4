"""The language packs' words for the comparison, read from their tables ``compare_words.toml``.

The comparison reads readouts with their pack's vocabulary: the words that say who spoke and how
rather than what about, the phrasings of a position, a headline's channel words and the subjects of
diplomatic talk are rows of the English pack's table ``languages/en/compare_words.toml``, each with
an example its row test runs. The Russian pack's ``languages/ru/compare_words.toml`` gives the same
labels their Russian rows (its word lists are lemmas: :func:`lemma`), and the Chinese pack's
``languages/zh/compare_words.toml`` their Chinese rows (the Japanese pack's, the levels of office of
its titles), so that a Kremlin page in Russian or a
Foreign Ministry page in Chinese and an English account of one call share a subject ("отношения",
"关系", "relations") whatever their script. This module only reads the rows, by label, over all
four tables: a row of one script never matches a text of another.
"""

from __future__ import annotations

import re

from ..languages.en.names import table_words
from ..rules import Row, load_table

__all__ = ["FLAGS", "lemma", "pattern", "rows", "words"]

_TABLES = (
    load_table("readoutlib.languages", "en/compare_words.toml"),
    load_table("readoutlib.languages", "ru/compare_words.toml"),
    load_table("readoutlib.languages", "zh/compare_words.toml"),
    load_table("readoutlib.languages", "ja/compare_words.toml"),
)
#: How the rows are read: case-blind (a row that needs case says so itself) and verbose.
FLAGS = _TABLES[0].flags
if any(table.flags != FLAGS for table in _TABLES):  # pragma: no cover - a table edited wrongly
    raise RuntimeError("the compare_words tables must be read with the same flags")

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


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
    """A folded word as the tables list it: a Russian word in its lemma (pymorphy3, "е" for "ё";
    "отношений" -> "отношение"), any other as it is."""
    if not _CYRILLIC.search(word):
        return word
    from ..languages.ru.morph import word_readings  # loads the Russian dictionary on first use

    readings = word_readings(word)
    return (str(readings[0].normal_form) if readings else word).replace("ё", "е")
