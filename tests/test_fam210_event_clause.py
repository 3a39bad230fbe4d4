"""A gathering's members as the subject of a meeting in progress (fam210, issue #8; seen failing first on
main be1ce4d5). Sentences are invented."""

from __future__ import annotations

from readoutlib.languages.en.event import clause_tense


def test_heads_of_states_are_holding_a_meeting_in_a_city() -> None:
    """ "The heads of the Caspian states are holding a working (consultative) meeting in Astana": a
    meeting held as the page is written."""
    sentence = "The heads of the Caspian states are holding a working (consultative) meeting in Astana now."
    assert clause_tense(sentence) == "past"


def test_one_held_tomorrow_is_none() -> None:
    """The same meeting "tomorrow" is still to come: no event clause."""
    sentence = "The heads of the Caspian states are holding a meeting in Astana tomorrow."
    assert clause_tense(sentence) != "past"
