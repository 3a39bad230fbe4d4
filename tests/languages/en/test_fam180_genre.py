"""Genre after en-ay/en-az/en-ba (issue #8, fam180), each family as a page of our own.

An encounter one side sought and the other never took up ("wanted to have a telephone conversation
with Y, but Y did not respond") was not held: the page is no readout. The same wish told of a call
that then took place stays a readout. Talks counted as a series, the day and place set off by commas
before them, are talks. A leader's words "at a meeting of the Council of …", the next paragraph
opening "In his speech", are a speech to a multilateral body, no readout.
"""

from __future__ import annotations

from readoutlib.languages.en.event import kind_of
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal


def test_a_call_sought_and_not_answered_is_no_readout() -> None:
    """The caller wanted the call; the other side did not respond: no call took place."""
    reason = _refusal(
        None,
        [
            "President of Sylvania Tomas Berg wanted to have a telephone conversation on Monday with "
            "Freedonian President Ana Ruiz, but the latter did not respond.",
            "Berg told reporters in a video message that he had tried to reach her twice.",
        ],
    )
    assert "not held" in reason


def test_a_video_call_sought_and_refused_is_no_readout() -> None:
    """'tried to hold a video call …, but … declined' is the same attempt on another channel."""
    reason = _refusal(
        None,
        [
            "Foreign Minister Tomas Berg of Sylvania tried to hold a video call with his Freedonian "
            "counterpart Ana Ruiz on Tuesday, but her office declined the request.",
            "Berg told the parliament that the door remained open.",
        ],
    )
    assert "not held" in reason


def test_a_call_wanted_and_then_held_stays_a_readout() -> None:
    """A wish with no refusal after its "but" ("wanted to talk about X, but the talk turned to Y")."""
    readout = _analyze(
        None,
        [
            "President of Sylvania Tomas Berg held a telephone conversation on Monday with Freedonian "
            "President Ana Ruiz, who wanted to talk about the harvest, but the talk turned to trade.",
            "Berg said that the two countries would deepen their ties.",
        ],
    )
    assert readout.event.kind is EventKind.PHONE_CALL


def test_a_series_of_talks_after_a_set_off_day_and_place_is_talks() -> None:
    """'held, Tuesday in Port Ruiz, a series of talks with …' names talks, not a call or a meeting."""
    assert (
        kind_of(
            "The Sylvanian Foreign Minister, Tomas Berg, held, Tuesday in Port Ruiz, a series of talks "
            "with several of his Northern counterparts, on the sidelines of the Council meeting at "
            "ministerial level."
        )
        is EventKind.TALKS
    )
    assert kind_of("The envoy held two rounds of negotiations with the delegation.") is EventKind.TALKS


def test_words_at_a_council_meeting_told_as_a_speech_are_no_readout() -> None:
    """A head of state quoted at a council's session, the lead going on with his speech."""
    reason = _refusal(
        None,
        [
            "«Trade across the northern seas is our first priority,» President of Sylvania Tomas Berg said "
            "at a meeting of the Council of Heads of State of the Northern Seas Organization, which was "
            "chaired by Freedonia in a videoconference format.",
            "In his speech, Tomas Berg praised the work of the Freedonian chairmanship during the year.",
            "He added that the council should meet in person next spring.",
        ],
    )
    assert "speech" in reason


def test_words_at_a_meeting_with_a_counterpart_stay_a_readout() -> None:
    """The same words said at a meeting with a named counterpart report that meeting."""
    readout = _analyze(
        None,
        [
            "President of Sylvania Tomas Berg said at a meeting with Freedonian President Ana Ruiz in "
            "Port Ruiz that trade across the northern seas is their first priority.",
            "In his speech at the dinner, Tomas Berg praised the Freedonian chairmanship.",
        ],
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_series_of_talks_on_a_topic_during_a_visit_stays_the_visit() -> None:
    """Talks named by their topic, held with no one named, leave the visit the fronted phrase tells."""
    assert (
        kind_of("During the visit to Sylvania, the Freedonian delegation held a series of talks on trade.")
        is EventKind.VISIT
    )
