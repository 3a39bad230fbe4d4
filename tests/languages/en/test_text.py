"""Tests for the one sentence splitter that event, participants and statements share."""

from __future__ import annotations

import pytest

from readoutlib.languages.en.event import split_sentences as event_sentences
from readoutlib.languages.en.text import Sentence, split_sentences

_MARCOS = "The Secretary met President Ferdinand Marcos Jr. Secretary Lee then said the alliance was strong."


def test_event_splits_after_a_name_suffix_like_the_splitter() -> None:
    """ "Marcos Jr. Secretary Lee" is two sentences for the event stage, as for the statements stage."""
    expected = [
        (0, "The Secretary met President Ferdinand Marcos Jr."),
        (49, "Secretary Lee then said the alliance was strong."),
    ]
    assert expected == [(s[0], s[-1]) for s in event_sentences(_MARCOS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _MARCOS,
            [
                "The Secretary met President Ferdinand Marcos Jr.",
                "Secretary Lee then said the alliance was strong.",
            ],
        ),
        (
            "Mr. Ola Berg met the U.S. envoy. They talked.",
            ["Mr. Ola Berg met the U.S. envoy.", "They talked."],
        ),
        ("He met Gen. Ruiz and Amb. Sato. Both spoke.", ["He met Gen. Ruiz and Amb. Sato.", "Both spoke."]),
        ("They met at 10 a.m. Tuesday. It rained.", ["They met at 10 a.m. Tuesday.", "It rained."]),
        ("Talks with J. K. Lund went well. Lund left.", ["Talks with J. K. Lund went well.", "Lund left."]),
        ('He said: "We agree." Then he left.', ['He said: "We agree."', "Then he left."]),
        ("They met His Majesty. The King spoke.", ["They met His Majesty.", "The King spoke."]),
        ("It ended. 2031 will be busy.", ["It ended.", "2031 will be busy."]),
        ("It ended. and then?", ["It ended. and then?"]),
        ("They went on to Bern.. Children left.", ["They went on to Bern..", "Children left."]),
        ("They met; The talks began.", ["They met; The talks began."]),
        ("  ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    """Sentences end at . ! ? before a capital or a figure, not after abbreviations or initials."""
    assert expected == [s.text for s in split_sentences(text)]


def test_sentence_offsets_index_the_text() -> None:
    """Each sentence's offsets cut its text out of the paragraph, from a start position on."""
    text = "1. Mr. Berg met Ms. Ruiz.  They spoke at length! Did they agree? Yes."
    found = split_sentences(text, 3)
    expected = [
        Sentence(3, 25, "Mr. Berg met Ms. Ruiz."),
        Sentence(27, 48, "They spoke at length!"),
        Sentence(49, 64, "Did they agree?"),
        Sentence(65, 69, "Yes."),
    ]
    assert (expected, [s.text for s in expected]) == (found, [text[s.start : s.end] for s in found])


def test_split_sentences_is_worked_out_once_per_page_and_each_caller_owns_its_list() -> None:
    """The stages split the same paragraphs: the answer is remembered until the page's caches are
    cleared, and a caller that changes its list changes nobody else's."""
    from readoutlib.languages.en import text as text_module
    from readoutlib.languages.en.participants import clear_page_caches

    paragraph = "Ms. Okafor met the envoy in Lagos. They spoke of the river treaty."
    clear_page_caches()
    first = split_sentences(paragraph)
    first.pop()
    again = split_sentences(paragraph)
    expected = ["Ms. Okafor met the envoy in Lagos.", "They spoke of the river treaty."]
    assert [s.text for s in again] == expected
    assert text_module._split_once.cache_info().hits == 1
    clear_page_caches()
    assert text_module._split_once.cache_info().currsize == 0


def test_semicolons_end_sentences_when_asked() -> None:
    """With ``semicolons``, "; " before a capital ends a sentence (the event stage reads one report each)."""
    expected = ["The President met the envoy on Monday;", "The talks ran long."]
    assert expected == [
        s.text
        for s in split_sentences(
            "The President met the envoy on Monday; The talks ran long.", semicolons=True
        )
    ]
