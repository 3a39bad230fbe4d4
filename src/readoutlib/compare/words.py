"""The English pack's words for the comparison, read from its table ``languages/en/compare_words.toml``.

The comparison reads English readouts with the English pack's vocabulary: the words that say who
spoke and how rather than what about, the phrasings of a position, a headline's channel words and
the subjects of diplomatic talk are rows of that table, each with an example its row test runs; this
module only reads them, by label.
"""

from __future__ import annotations

import re

from ..languages.en.names import table_words
from ..rules import Row, load_table

__all__ = ["FLAGS", "pattern", "rows", "words"]

_TABLE = load_table("readoutlib.languages", "en/compare_words.toml")
#: How the rows are read: case-blind (a row that needs case says so itself) and verbose.
FLAGS = _TABLE.flags


def words(label: str) -> frozenset[str]:
    """The words the rows of ``label`` list ("function word", "filler")."""
    return table_words(_TABLE, label)


def pattern(label: str) -> re.Pattern[str]:
    """The rows of ``label`` as one pattern, compiled with the table's :data:`FLAGS`."""
    return re.compile(_TABLE.alternation(label), FLAGS)


def rows(prefix: str) -> tuple[Row, ...]:
    """The rows whose label starts with ``prefix`` ("subject: "), in the table's order."""
    return tuple(row for row in _TABLE.rows if row.label.startswith(prefix))
