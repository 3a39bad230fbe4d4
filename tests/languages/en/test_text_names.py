"""Tests for the shared name folder, initials and loose name match in readoutlib.languages.en.text."""

from __future__ import annotations

import pytest

from readoutlib.languages.en.names import tokenize
from readoutlib.languages.en.text import (
    fold,
    initials,
    is_abbreviation,
    may_be_same_person,
    near_spelling,
    spell_out_title,
    surname,
)


def test_fold_ignores_case_accents_periods_and_spacing() -> None:
    """Latin accents, case, periods, curly apostrophes and runs of spaces all fold away."""
    expected = ["nunez", "mark t lowe", "o'neill", "erdogan"]
    assert expected == [fold("Núñez"), fold(" Mark  T. Lowe "), fold("O’Neill"), fold("ERDOĞAN")]


def test_fold_keeps_the_marks_of_other_scripts() -> None:
    """A kana's voicing mark makes another name: "ガ" does not fold to "カ"."""
    expected = ("ガルシア", False)
    assert expected == (fold("ガルシア"), fold("ガルシア") == fold("カルシア"))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("External Affairs Minister", "EAM"),
        ("Minister of Foreign Affairs", "MFA"),
        ("High Representative/Vice-President", "HR/VP"),
        ("minister for foreign affairs", "MFA"),
    ],
)
def test_initials(title: str, expected: str) -> None:
    """Initials skip connectors, split hyphenated words and keep a double office's slash."""
    assert expected == initials(title)


def test_initials_with_other_connectors() -> None:
    """A caller may skip more words ("on" here) than the default connectors."""
    expected = ("MOFA", "MFA")
    assert expected == (
        initials("Minister on Foreign Affairs"),
        initials("Minister on Foreign Affairs", frozenset(("of", "on"))),
    )


def test_spell_out_title() -> None:
    """Abbreviated title words are spelt out, others stay."""
    expected = ["Prime Minister", "Foreign Minister of Peru", "Secretary of State"]
    assert expected == [spell_out_title(t) for t in ("PM", "FM of Peru", "Sec. of State")]


def test_surname() -> None:
    """The family name ignores suffixes, reads a capitalised surname first and drops "al-"."""
    expected = ["lowe", "tanaka", "rashid", "nunez"]
    assert expected == [
        surname("Mark T. Lowe, Jr."),
        surname("TANAKA Hiroshi"),
        surname("Omar al-Rashid"),
        surname("José Núñez"),
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("zelensky", "zelenskyy", True),
        ("hussain", "hussein", True),
        ("ruiz", "ruis", False),
        ("lund", "lunde", False),
    ],
)
def test_near_spelling(a: str, b: str, expected: bool) -> None:
    """Long words one letter apart are near spellings; short ones never are."""
    assert expected == near_spelling(a, b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Ana Ruiz", "Ruiz", True),
        ("Erdoğan", "Recep Erdogan", True),
        ("Luiz Silva Lula", "Lula", True),
        ("Volodymyr Zelenskyy", "Zelensky", True),
        ("Ana Ruiz", "Ana Lopez", False),
        # a two-letter family name written first is the name it opens (fam234: en-ax "Dr Ng" is
        # "Ng Eng Hen"); not a two-letter word later in the name
        ("Ng", "Ng Wei Lun", True),
        ("Ng", "Tom Ng Hale", False),
    ],
)
def test_may_be_same_person(a: str, b: str, expected: bool) -> None:
    """The loose match: family name, one spelling apart, or one name part of the other."""
    assert expected == may_be_same_person(a, b)


def test_is_abbreviation_reads_one_list_for_splitter_and_tokenizer() -> None:
    """Words of the one abbreviation list and name suffixes are abbreviations; words in capitals are not."""
    candidates = ("Mr", "Gen", "vs", "Jr", "NO", "JR", "Minister", "Lowe")
    expected = ["Mr", "Gen", "vs", "Jr"]
    assert expected == [w for w in candidates if is_abbreviation(w)]


def test_a_period_after_an_abbreviation_stays_on_the_word() -> None:
    """The name tokenizer keeps "Gen." and "Jr." whole, and splits a sentence's last period off "NO"."""
    expected = ["Gen.", "Tom", "Reed", "Jr.", "said", "NO", "."]
    assert expected == [t.text for t in tokenize("Gen. Tom Reed Jr. said NO.")]
