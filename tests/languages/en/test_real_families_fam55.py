"""Families of refusals found on en-u, en-v, en-w after their blind run (issue #8, fam55), invented text."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.languages.en.event import clause_tense
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_host_who_received_or_welcomed_a_guest_with_a_time_or_place_between_reports_a_meeting() -> None:
    """'received on Wednesday X', 'welcomed in this capital X': the host's encounter, a day or the
    capital between the verb and the guest; a decision welcomed stays no event."""
    sentences = [
        "President Tomas Berg received on Wednesday Freedonian Foreign Minister Ana Ruiz at his residence.",
        "President Tomas Berg welcomed in this capital Sylvanian President Ana Ruiz, who is on a visit.",
        "President Tomas Berg welcomed here Sylvanian Prime Minister Ana Ruiz.",
        "The Minister welcomed on Monday the decision of the Council.",
    ]
    assert [clause_tense(s) for s in sentences] == ["past", "past", "past", None]


def test_a_visitor_received_in_audience_by_the_host_reports_a_meeting() -> None:
    """The passive 'was received in audience by the President' is the host's audience."""
    sentence = "The Special Envoy, Ana Ruiz, was received in audience by the President of Sylvania, Tom Berg."
    assert clause_tense(sentence) == "past"


def test_a_meeting_or_video_conference_held_on_a_weekday_or_hyphenated_is_reported() -> None:
    """'held on Monday his first meeting with', 'held a video-conference with' report the event."""
    sentences = [
        "The Foreign Minister, Ana Ruiz, held on Monday her first meeting with the Ambassador of Sylvania.",
        "Today Foreign Minister Ana Ruiz held a video-conference with the co-chairs of the Group.",
    ]
    assert [clause_tense(s) for s in sentences] == ["past", "past"]


def test_which_he_called_names_and_reports_no_call() -> None:
    """'relations which he called decisive' is the naming sense of 'called'."""
    sentence = "The President stressed the relations with Sylvania, which he called decisive for the region."
    assert clause_tense(sentence) is None


def test_a_credentials_ceremony_whose_body_only_calls_names_is_no_readout() -> None:
    """Letters of credence accepted from several envoys, the President's address summarised: no readout."""
    with pytest.raises(NotAReadoutError):
        _page(
            "September 3, 2009",
            "THE PALACE, LIMA. President Tomas Berg accepted the letters of credentials of nine foreign"
            " ambassadors.",
            "While welcoming the ambassadors, the President stressed that they take up their posts at a"
            " difficult time for the region.",
            "The President recalled the idea of a treaty on the security of the region.",
            "The head of state summarised cooperation with each of the countries at the ceremony.",
            "President Berg called the relations with Sylvania truly fraternal.",
        )


def test_a_guest_received_on_a_weekday_is_a_readout_with_both_sides() -> None:
    """A news page whose lead has the host receive the guest on a weekday reads as their meeting."""
    readout = _page(
        "Freedonia’s Foreign Minister Visits Sylvania",
        "LIMA – President Tomas Berg received on Wednesday Freedonian Foreign Minister Ana Ruiz at the"
        " presidential residence, the government said.",
        "Officials provided no details of the one-hour discussion.",
    )
    names = [p.name for p in readout.event.participants]
    assert "Tomas Berg" in names
    assert "Ana Ruiz" in names


def test_a_lead_that_had_a_call_and_names_the_website_it_is_told_on_is_no_site_notice() -> None:
    """'A and B had a telephone conversation. This is stated in a message on the ministry's website.':
    the lead reports the call; the website it cites does not make it a site notice."""
    readout = _page(
        "Foreign Ministers of Freedonia and Sylvania discuss cooperation",
        "On Thursday, May 5, Foreign Ministers of Freedonia and Sylvania Tomas Berg and Ana Ruiz had a"
        " telephone conversation. This is stated in a message published on the Freedonian Foreign"
        " Ministry's website.",
        "During the conversation, the Foreign Ministers exchanged assessments of regional problems.",
    )
    assert readout.event.kind.value == "phone_call"


def test_a_possessive_meeting_title_takes_the_leads_past_sentence_as_its_opening() -> None:
    """'Secretary X's Meeting With President Y' over 'X and Y reaffirmed the partnership today': the
    title names the encounter, the lead tells it in the past with no event clause of its own."""
    readout = _page(
        "Secretary Berg's Meeting With Sylvanian President Ruiz",
        "Secretary of State Tomas Berg and Sylvanian President Ana Ruiz reaffirmed the partnership today in"
        " Lima. Secretary Berg and President Ruiz discussed shared priorities of economic growth.",
    )
    assert readout.event.kind.value == "meeting"
