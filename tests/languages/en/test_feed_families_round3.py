"""Families of feed pages (issue #8, round 3: feeds-dev6 and what the earlier samples left), invented pages.

Each test is one family the development feed samples showed, written as a page of our own. The
kind follows the labelling convention of ``benchmarks/real/feeds/README.md``: the body's account of
the event decides; the headline only where the opening names no kind.
"""

from __future__ import annotations

import pytest

from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal

# --- The body's account of the event decides the kind, not the headline -----------------------------


def test_a_lead_that_met_beats_a_headline_that_held_talks() -> None:
    """'held talks' in the headline, 'met with' in the lead: the lead's meeting is the kind."""
    readout = _analyze(
        "President of Freedonia held talks with the Prime Minister of Sylvania",
        [
            "President of Freedonia Ana Ruiz met with Prime Minister of Sylvania Eko Tan, who was on a "
            "visit to Port Ruiz. The two leaders discussed the harbour treaty."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_lead_that_met_beats_a_headline_call() -> None:
    """A spokesperson's statement titled as a call whose only paragraph says 'met today' is a meeting."""
    readout = _analyze(
        "Statement by the Spokesperson on the Adviser’s call with the Adviser of Sylvania",
        [
            "National Security Adviser Ana Ruiz met today with Eko Tan, National Security Adviser of "
            "Sylvania. They discussed the security of the northern harbours."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_short_meetings_in_the_lead_beat_a_headline_that_spoke_with() -> None:
    """'spoke with leaders on the sidelines' over a lead of 'held short meetings' is a meeting."""
    readout = _analyze(
        "President Ruiz spoke with a number of leaders on the sidelines of the Harbour Conference",
        [
            "During the Harbour Conference in Port Ruiz, President of Freedonia Ana Ruiz held short meetings "
            "with leaders of a number of countries. With Prime Minister of Sylvania Eko Tan, she "
            "discussed the harbour treaty."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_the_headline_still_decides_when_the_lead_names_no_kind() -> None:
    """A lead that only 'discussed' leaves the kind to the headline's noun ('talks')."""
    readout = _analyze(
        "Freedonian-Sylvanian talks",
        [
            "President of Freedonia Ana Ruiz discussed the harbour treaty with Prime Minister of Sylvania "
            "Eko Tan in Port Ruiz."
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_headline_visit_is_kept_over_the_meetings_of_the_trip() -> None:
    """'X's Visit to Y' whose lead lists the officials met during it stays a visit."""
    readout = _analyze(
        "Deputy Secretary Ruiz’s Visit to Sylvania",
        [
            "Deputy Secretary Ana Ruiz met Speaker of the Sylvanian Parliament Eko Tan and Foreign "
            "Minister Lin Oda during her visit to Port Tan from May 3 to May 5."
        ],
    )
    expected = EventKind.VISIT
    assert expected == readout.event.kind


# --- Talks the opening names by their noun ------------------------------------------------------------


def test_during_the_negotiations_is_talks() -> None:
    """'During the negotiations in Port Ruiz, X and Y discussed' reports talks."""
    readout = _analyze(
        "Freedonia counts on the support of the Harbour Union - President",
        [
            "During the negotiations in Port Ruiz, President of Freedonia Ana Ruiz and Secretary-General "
            "of the Harbour Union Eko Tan discussed the evacuation of the northern coast."
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_named_dialogue_round_is_talks_whatever_the_verb() -> None:
    """Delegations that 'met ... for the second Energy Policy Dialogue' held a round of talks."""
    readout = _analyze(
        "Joint Statement on the Second Freedonia-Sylvania Energy Policy Dialogue",
        [
            "Delegations from Freedonia and Sylvania met in Port Ruiz for the second Freedonia-Sylvania "
            "Energy Policy Dialogue on February 17. The delegations discussed the grid."
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_dialogue_held_under_a_us_style_name_is_reported() -> None:
    """'held the U.S.-Freedonia Strategic Dialogue' (a name with dots) opens a joint statement on it."""
    readout = _analyze(
        "Joint Statement on the Strategic Dialogue Between the United States and Freedonia",
        [
            "The Governments of the United States and Freedonia held the U.S.-Freedonia Strategic "
            "Dialogue in Washington on February 4, which included consultations between the foreign "
            "ministers."
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_negotiations_that_ended_are_reported() -> None:
    """'Negotiations in Port Ruiz ... ended' is the report of the round, not a later sentence's noun."""
    readout = _analyze(
        "Negotiations in Port Ruiz at the level of advisers to the leaders ended",
        [
            "Negotiations in Port Ruiz at the level of political advisers to the leaders of the Harbour "
            "Four ended. Adviser Ana Ruiz took part in them. This has been the second meeting this year."
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


# --- Channels ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputy Head of the Office Ana Ruiz held online consultations with Adviser to the President of "
        "Sylvania Eko Tan.",
        "Deputy Head of the Office Ana Ruiz held video consultations with Minister for Harbour Affairs "
        "of Sylvania Eko Tan.",
        "President Ana Ruiz spoke with members of the Sylvanian Parliament in the format of an online "
        "conference.",
        "President Ana Ruiz held a zoom call with members of the Sylvanian Parliament.",
    ],
)
def test_consultations_and_conferences_online_are_video_calls(sentence: str) -> None:
    """Online or video consultations, an online conference and a zoom call are video calls."""
    readout = _analyze("Ana Ruiz discussed the harbour treaty with Sylvania", [sentence])
    expected = EventKind.VIDEO_CALL
    assert expected == readout.event.kind


# --- Not readouts -----------------------------------------------------------------------------------


def test_an_arrival_to_take_part_in_talks_is_not_the_talks() -> None:
    """A delegation that arrived somewhere to take part in talks reports the arrival, not the talks."""
    reason = _refusal(
        "Freedonian delegation arrived at the border to participate in talks with Sylvania",
        [
            "The Freedonian delegation arrived at the border to take part in talks with representatives "
            "of Sylvania. The delegation includes the Minister of Defence."
        ],
    )
    expected = "not a readout: the title names another kind of page (arrival)"
    assert expected == reason


def test_a_train_that_meets_standards_reports_no_meeting() -> None:
    """'the train meets European standards' is no meeting: a test ride is not a readout."""
    reason = _refusal(
        "President made a test trip on a new train",
        [
            "President Ana Ruiz inspected the new regional train built at the Port Ruiz works. During a "
            "short trip, the works' chairman Eko Tan told the President that the train meets Freedonian "
            "and European standards."
        ],
    )
    expected = (
        "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"
    )
    assert expected == reason


def test_working_consultations_by_a_visitor_are_a_meeting() -> None:
    """'X, who was on a visit to Y, held working consultations with Z' reports one meeting, not a trip."""
    readout = _analyze(
        "Ana Ruiz in Port Tan discussed the harbour treaty",
        [
            "Deputy Head of the Office Ana Ruiz, who was on a visit to Sylvania on May 3-4, held working "
            "consultations with State Secretary of the Ministry of Foreign Affairs of Sylvania Eko Tan."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_telephone_meeting_is_a_phone_call() -> None:
    """'held a telephone meeting' (a ministry's word for a call) is a phone call, not a meeting."""
    readout = _analyze(
        "Talks between the leaders of Freedonia and Sylvania",
        [
            "On May 3, Mr. Ana Ruiz, Prime Minister of Freedonia, held a telephone meeting with Mr. Eko "
            "Tan, President of Sylvania. Prime Minister Ruiz thanked President Tan for the grain."
        ],
    )
    expected = EventKind.PHONE_CALL
    assert expected == readout.event.kind


def test_spoke_with_at_the_g7_is_a_meeting() -> None:
    """'spoke today with X at the G7' names the gathering they met at: a meeting, not a call."""
    readout = _analyze(
        "Readout of the President’s Meeting with the Prime Minister of Freedonia",
        [
            "President Ana Ruiz spoke today with Prime Minister Eko Tan of Freedonia at the G7 to discuss "
            "the harbour. President Ruiz affirmed her support for the alliance."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind
