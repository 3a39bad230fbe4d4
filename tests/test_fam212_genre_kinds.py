"""Readout or not, and its kind, on the constructions the blind sets en-bh, en-bi, en-bj showed (fam212,
issue #8; each seen failing first on main be1ce4d5). Every sentence and page here is written for the test."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.errors import NotAReadoutError
from readoutlib.languages.en.event import clause_tense, event_kind
from readoutlib.languages.en.genre import title_genre
from readoutlib.model import EventKind


def _kind(sentence: str) -> EventKind:
    """The kind an opening sentence alone gives, under no headline."""
    return event_kind(None, sentence, Profile())


def _refusal(page: str) -> str | None:
    """The reason the parser refuses ``page``, or None when it reads it as a readout."""
    try:
        readoutlib.parse(page)
    except NotAReadoutError as exc:
        return exc.reason
    return None


def test_a_meeting_that_follows_an_earlier_call_is_a_meeting() -> None:
    """ "met in P today, their meetings follow a telephone conversation between the presidents": the
    call is the earlier event, the meeting the page's own."""
    assert (
        _kind(
            "The Sylvanian and Norlandic trade ministers Eko Tan and Ana Ruiz met in Port Tan today, their "
            "meeting follows a telephone conversation between the two presidents."
        )
        is EventKind.MEETING
    )
    assert (
        _kind("The two envoys met in Port Tan today; the meeting followed a video call of their leaders.")
        is EventKind.MEETING
    )
    # a call that itself followed a meeting stays the call
    assert (
        _kind(
            "Minister Ana Ruiz held a phone conversation with Eko Tan, which followed their meeting in May."
        )
        is EventKind.PHONE_CALL
    )


def test_a_headline_naming_congratulatory_calls_is_no_greetings_page() -> None:
    """ "Congratulatory phone calls received by PM" names the calls: a readout's headline."""
    assert title_genre("Congratulatory phone calls received by the Chancellor") is None
    genre = title_genre("Congratulatory notes received by the Chancellor")
    assert genre is not None
    assert genre.family == "greetings, congratulations or condolences"


def test_a_page_of_congratulatory_calls_received_is_a_readout() -> None:
    page = (
        "Congratulatory phone calls received by the Chancellor\n\n"
        "Chancellor Ana Ruiz today received telephone calls from Mr. Eko Tan, President of Sylvania, and "
        "Mr. Ivo Brand, President of Velor, congratulating her on her victory in the elections.\n\n"
        "The Chancellor thanked President Tan for his call and recalled her visit to Sylvania.\n"
    )
    readout = readoutlib.parse(page)
    assert readout.event.kind == EventKind.PHONE_CALL


@pytest.mark.parametrize(
    "lead",
    [
        "Minister Ana Ruiz led a delegation to the Harbour Ministers' Retreat via videoconference on May 3, "
        "the ministry's spokeswoman Eko Tan said at a press conference in Port Tan on May 4.",
        "Speaking at a regular daily briefing, Eko Tan said Minister Ana Ruiz told her Sylvanian "
        "counterpart Ivo Brand in a recent phone call that the blockade harms every country.",
    ],
)
def test_an_opening_told_at_a_spokespersons_briefing_is_no_readout(lead: str) -> None:
    """The page reports the spokesperson's briefing; the event is only mentioned in it."""
    page = (
        "Ministry welcomes harbour talks, spokeswoman says\n\n"
        f"{lead}\n\n"
        "The spokeswoman said the minister's health was stable and that she would return home on Friday.\n"
    )
    assert "the opening reports a spokesperson's press conference or briefing, not an encounter" in (
        _refusal(page) or ""
    )


def test_a_leader_at_a_joint_press_conference_after_talks_still_reports_them() -> None:
    """Only a spokesperson's words at a briefing: a leader's press conference after talks is none."""
    page = (
        "President Ruiz meets Prime Minister Tan\n\n"
        "President Ana Ruiz met Prime Minister Eko Tan of Sylvania at the State House on Monday.\n\n"
        "Speaking at a joint press conference after the talks, Ruiz said the two would build a port.\n"
    )
    assert _refusal(page) is None


def test_a_meeting_told_held_in_a_relative_clause_is_past() -> None:
    """ "During their meeting, which took place at …, the ministers discussed …" tells the meeting held."""
    assert (
        clause_tense(
            "During their meeting, which took place at the embassy in Port Tan, the two ministers "
            "discussed trade and fisheries."
        )
        == "past"
    )
    # a meeting to come, in the same shape, is no meeting held
    assert (
        clause_tense("During their meeting, which will take place in Port Tan, they will discuss trade.")
        != "past"
    )
