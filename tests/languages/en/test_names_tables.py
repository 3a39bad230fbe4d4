"""The name reader's word lists come from the English rule tables, and a malformed word list is refused."""

from __future__ import annotations

import attrs
import pytest

from readoutlib.languages.en import names
from readoutlib.languages.en.statements import honorific_reading
from readoutlib.rules import Row, RuleError, Table, load_table, parse_table

WORDS = """
[table]
name = "toy-words"
flags = "x"

[[row]]
pattern = '''
  \\b(?:Alpha|Beta
  |Gamma
  )\\b'''
label = "greek"
example = "Alpha and Beta met Gamma."

[[row]]
pattern = '''\\b(?:Oslo|Lima)\\b'''
label = "city"
example = "They flew from Oslo to Lima."
"""


def test_table_words_reads_the_listed_words_of_the_rows_asked_for() -> None:
    """The words of every row, or of the rows with the labels asked for; line breaks are no part of them."""
    table = parse_table(WORDS, "toy.toml")
    expected = (frozenset({"Alpha", "Beta", "Gamma", "Oslo", "Lima"}), frozenset({"Oslo", "Lima"}))
    assert expected == (names.table_words(table), names.table_words(table, "city"))


def test_a_row_that_is_no_word_list_is_refused_naming_file_and_row() -> None:
    """A pattern that is not \\b(?:word|...)\\b cannot be read as words: a RuleError names the row."""
    table = parse_table(WORDS.replace("(?:Oslo|Lima)", "(?:Oslo|Li.a)"), "toy.toml")
    with pytest.raises(RuleError) as caught:
        names.table_words(table)
    expected = "toy.toml row 2: a word list is written \\b(?:word|word)\\b"
    assert expected == str(caught.value)


def test_word_lists_are_the_tables_words() -> None:
    """Honorifics, title words and not-a-name words are the words of their tables' rows."""
    expected = (
        frozenset(
            style
            for style, _, tags in (
                label.partition(" | ")
                for label in load_table("readoutlib.languages", "en/honorifics.toml").labels()
            )
            if "name" in tags.split()
        ),
        names.table_words(load_table("readoutlib.languages", "en/title_words.toml"), "head"),
        names.table_words(load_table("readoutlib.languages", "en/not_names.toml")),
    )
    assert expected == (names.HONORIFICS, names.TITLE_HEADS, names.NOT_NAME)


def test_honorifics() -> None:
    """Styles from the honorifics table are honorifics; a title or a language name is not."""
    expected = ["Mr", "H.E.", "Dato"]
    assert expected == [w for w in ("Mr", "H.E.", "Minister", "Dato", "Tamil") if w in names.HONORIFICS]


def test_one_honorific_list_serves_names_statements_and_genders() -> None:
    """One honorifics table tells the name reader, the statement finder and the gender rule the styles."""
    expected = [
        "Mr | name subject m",
        "the Rt Hon | subject",
        "Her Excellency | subject f",
        "Shri | name",
        "Senator | subject",
        " | ",
    ]
    texts = (
        "Mr. Tomas Berg said.",
        "the Rt Hon Ana Ruiz said.",
        "Her Excellency Lina Haddad said.",
        "Shri Rajan Mehta said.",
        "Senator Lane said.",
        "The envoy said.",
    )
    assert expected == [honorific_reading(text) for text in texts]


def _word_rows(filename: str) -> list[tuple[str, int]]:
    table = load_table("readoutlib.languages", f"en/{filename}")
    return [(filename, index) for index in range(len(table.rows))]


#: Which word list each table's rows fill, and the probe its examples are read with.
_LISTS = {"title_words.toml": None, "not_names.toml": "NOT_NAME"}
_BY_LABEL = {"head": "TITLE_HEADS", "modifier": "TITLE_MODIFIERS", "complement": "COMPLEMENT_WORDS"}


@pytest.mark.parametrize(("filename", "index"), _word_rows("title_words.toml") + _word_rows("not_names.toml"))
def test_each_word_row_is_what_reads_its_example(
    filename: str, index: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the row's words, the name reader reads the row's example differently: the row is needed."""
    table = load_table("readoutlib.languages", f"en/{filename}")
    row = table.rows[index]
    attribute = _LISTS[filename] or _BY_LABEL[row.label]
    probe = table.probe_function()
    assert probe is not None
    with_row = probe(row.example)
    monkeypatch.setattr(names, attribute, getattr(names, attribute) - names.table_words(_only(table, row)))
    names.lexicon.cache_clear()
    try:
        without_row = probe(row.example)
    finally:
        names.lexicon.cache_clear()
    expected = (row.expected, True)
    assert expected == (with_row, with_row != without_row)


def _only(table: Table, row: Row) -> Table:
    """``table`` with ``row`` as its one row."""
    return attrs.evolve(table, rows=(row,))
