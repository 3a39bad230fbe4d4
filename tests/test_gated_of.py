"""``Gated.of`` reads a compiled pattern's required words as ``required_words`` reads its source."""

from __future__ import annotations

import re

from readoutlib.rules import Gated, iter_tables, required_words


def test_gated_words_are_the_sources_required_words() -> None:
    """For every row of every table, case-insensitive or not, and for verbose patterns: the same words."""
    sources = [row.pattern for table in iter_tables("readoutlib.languages") for row in table.rows]
    sources += [r"(?:tele)?phone(?:call|talks)", "met|visited", r"\w+ly", "[a-z]+", "a(b"[:1]]
    for flags in (0, re.IGNORECASE, re.VERBOSE):
        expected = [required_words(source, flags) for source in sources]
        assert expected == [Gated.of(re.compile(source, flags)).words for source in sources]


def test_verbose_patterns_have_no_words() -> None:
    """A verbose pattern's source is not read (its spaces are not literal): no words, as before."""
    expected = [None, ("phone",)]
    actual = [Gated.of(re.compile("phone", re.VERBOSE)).words, Gated.of(re.compile("phone")).words]
    assert expected == actual
