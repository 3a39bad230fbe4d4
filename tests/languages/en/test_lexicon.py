"""Tests for the statement finder's word lists."""

from __future__ import annotations

import re

import pytest

from readoutlib.languages.en import lexicon
from readoutlib.languages.en.statements import joint_reading, office_reading, verb_group_reading


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("stressed", "stressing"),
        ("noted", "noting"),
        ("said", "saying"),
        ("agreed on", "agreeing on"),
        ("committed to", "committing to"),
        ("pointed out", "pointing out"),
        ("applied", "applying"),
    ],
)
def test_ing_form(verb: str, expected: str) -> None:
    """The -ing form changes only the first word, with the irregular ones from the table."""
    assert expected == lexicon.ing_form(verb)


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("said", "says"),
        ("stressed", "stresses"),
        ("noted", "notes"),
        ("added", "adds"),
        ("welcomed", "welcomes"),
        ("agreed on", "agrees on"),
        ("committed to", "commits to"),
        ("concurred", "concurs"),
        ("offered", "offers"),
        ("pledged", "pledges"),
        ("appreciated", "appreciates"),
        ("raised", "raises"),
        ("highlighted", "highlights"),
        ("argued for", "argues for"),
        ("applied", "applies"),
        ("drew attention to", "draws attention to"),
        ("decided", "decides"),
        ("signalled", "signals"),
        ("felicitated", "felicitates"),
    ],
)
def test_present_form(verb: str, expected: str) -> None:
    """The third-person present changes only the first word: doubled consonants, dropped 'e's, irregulars."""
    assert expected == lexicon.present_form(verb)


def test_present_forms_are_distinct_from_the_past() -> None:
    """Every reporting verb has a present form of its own, ending its first word in 's'."""
    forms = [lexicon.present_form(v).split()[0] for v in lexicon.REPORTING_VERBS]
    expected: list[str] = []
    assert expected == [f for f in forms if not f.endswith("s")]


def test_reporting_and_topic_verbs_do_not_overlap() -> None:
    """No verb is both a reporting verb and a topic-only verb."""
    assert set() == set(lexicon.REPORTING_VERBS) & set(lexicon.TOPIC_VERBS)


@pytest.mark.parametrize(
    "words",
    [
        lexicon.REPORTING_VERBS,
        lexicon.TOPIC_VERBS,
        lexicon.JOINT_SUBJECTS,
        lexicon.JOINT_HEADS,
        lexicon.ADVERBS,
    ],
    ids=["reporting", "topic", "joint", "heads", "adverbs"],
)
def test_word_lists_are_lowercase_single_spaced_and_unique(words: tuple[str, ...]) -> None:
    """Entries are lowercase, single-spaced and listed once, as the finder's patterns expect."""
    assert sorted(set(words)) == sorted(w.lower() for w in words if w == " ".join(w.split()))


def test_topic_only_verbs_from_the_schema_are_listed() -> None:
    """The topic-only verbs the annotation schema names are all in the list."""
    named = {"discussed", "exchanged views", "touched on", "talked about", "reflected on", "communicated on"}
    assert set() == named - set(lexicon.TOPIC_VERBS)


def test_core_reporting_verbs_are_listed() -> None:
    """The reporting verbs the schema and readouts use most are all in the list."""
    named = {
        "said",
        "stressed",
        "noted",
        "pointed out",
        "expressed",
        "agreed",
        "recalled",
        "agreed on",
        "called for",
    }
    assert set() == named - set(lexicon.REPORTING_VERBS)


def test_name_suffixes_are_not_sentence_abbreviations() -> None:
    """'Jr.' and 'Sr.' close a name, so they must not also be listed as abbreviations that never end one."""
    assert set() == set(lexicon.NAME_SUFFIXES) & set(lexicon.SENTENCE_ABBREVIATIONS)


@pytest.mark.parametrize(("pattern", "example"), lexicon.TOPIC_PATTERNS)
def test_topic_pattern_rows_match_their_example(pattern: str, example: str) -> None:
    """Every topic-only phrasing row matches the example sentence written beside it."""
    match = re.search(pattern, example)
    assert (True, example) == (match is not None, example)


def test_topic_patterns_leave_framed_views_to_the_reporting_verb() -> None:
    """'shared the view that ...' reports content: no topic-only row matches it."""
    text = "The ministers shared the view that the talks must go on."
    expected: list[str] = []
    assert expected == [p for p, _ in lexicon.TOPIC_PATTERNS if re.search(p, text)]


def test_joint_reading_names_the_row_that_makes_both_sides() -> None:
    """The joint-subjects probe names the whole subject, the plural head or the modifier; "" for one side."""
    texts = (
        "Both sides agreed that trade should grow.",
        "The leaders agreed that trade should grow.",
        "The finance ministers agreed that trade should grow.",
        "The minister agreed that trade should grow.",
    )
    expected = ["both sides | subject", "leaders | head", "finance | modifier", ""]
    assert expected == [joint_reading(text) for text in texts]


def test_office_reading_names_the_office_and_its_roles() -> None:
    """The offices probe reads a lowercase office as a title and the roles it holds; a plain noun is none."""
    texts = (
        "The prime minister reaffirmed that the talks would continue.",
        "The emir reaffirmed that the talks would continue.",
        "The crown prince reaffirmed that the talks would continue.",
        "The weather reaffirmed that the talks would continue.",
    )
    expected = [
        "prime minister | office head-of-government",
        "emir | office head-of-state",
        "crown prince | office",
        "weather | ",
    ]
    assert expected == [office_reading(text) for text in texts]


def test_verb_group_reading_is_empty_where_no_group_decides() -> None:
    """The verb-groups probe names the deciding row, and "" where the verb reads its content plainly."""
    texts = (
        "Minister Berg reminded his counterpart that the deadline fell in March.",
        "Minister Berg said that the deadline fell in March.",
        "Minister Berg shared the plan that the two capitals had drafted.",
        "Minister Berg was pleased to welcome her guest.",
        "The deadline fell in March.",
    )
    expected = ["reminded | tell", "", "", "", ""]
    assert expected == [verb_group_reading(text) for text in texts]
