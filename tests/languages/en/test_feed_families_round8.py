"""Families of feed pages (issue #8, round 8: feeds-dev11's misses), invented pages.

Each test is one family the eleventh development feed sample showed, written as a page of our own.
Labels and kinds follow the convention the development samples state (a round of two governments the
headline names is talks; a trip the headline names is a visit; a call placed is a phone call).
"""

from __future__ import annotations

from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal

#: The refusal of a page whose opening reports no event.
_NO_REPORT = (
    "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"
)

# --- Readouts: joint statements on a round just held ------------------------------------------------


def test_a_joint_statement_on_a_round_its_heads_co_chaired_reports_it() -> None:
    """'A and B co-chaired the final session of the Strategic Dialogue' reports the round: talks."""
    readout = _analyze(
        "Joint Statement on the Freedonia-Sylvania Strategic Dialogue",
        [
            "The text of the following statement was released by the Governments of Freedonia and Sylvania.",
            "Begin Text:",
            "The delegations of Freedonia, led by Foreign Minister Ana Ruiz, and of Sylvania, led by Foreign "
            "Minister Eko Tan, co-chaired the third session of the Strategic Dialogue in Port Tan.",
            "The two sides reaffirmed the importance of these discussions.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_consultation_convened_and_co_chaired_is_talks() -> None:
    """'convened and co-chaired the Second A-B High-Level Economic Consultation' reports talks."""
    readout = _analyze(
        "Freedonia- Sylvania High-Level Economic Consultation",
        [
            "The following is the text of a joint statement by the Governments of Freedonia and Sylvania.",
            "On June 2, 2031, Freedonian Under Secretary Ana Ruiz and Sylvanian Adviser Eko Tan convened and "
            "co-chaired the Second Freedonia-Sylvania High-Level Economic Consultation in Port Tan.",
            "The meeting participants celebrated the growing economic partnership.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_joint_statement_on_what_the_two_sides_discussed_at_their_dialogue_reports_it() -> None:
    """'A and B discussed a range of issues ... at the annual strategic dialogue' reports the round."""
    readout = _analyze(
        "Joint Statement on the Freedonia – Sylvania Strategic Dialogue",
        [
            "The following is the text of a joint statement by the Governments of Freedonia and Sylvania "
            "following their strategic dialogue in Port Tan, Sylvania on April 26.",
            "Begin text:",
            "As close partners, Freedonia and Sylvania discussed a range of issues pertinent to the security "
            "of the harbour at the annual strategic dialogue.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_issues_to_be_discussed_at_a_meeting_are_no_report() -> None:
    """'Issues to be discussed at the meeting' announces nothing told in the past (a guard)."""
    reason = _refusal(
        "Harbour Commission Agenda",
        [
            "The harbour's safety and its budget are among the issues to be discussed at the annual meeting "
            "of the Harbour Commission. The agenda is published on the commission's site.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_a_numbered_round_held_under_a_long_name_with_its_abbreviation_is_reported() -> None:
    """'A and B held the first A-B Clean Harbour Partnership (CHP) meeting on June 10' reports a round."""
    readout = _analyze(
        "Joint Statement on the Launch of the Freedonia-Sylvania Clean Harbour Partnership",
        [
            "The text of the following statement was released by the Governments of Freedonia and Sylvania.",
            "Begin Text:",
            "Freedonia and Sylvania held the first Freedonia-Sylvania Clean Harbour Partnership (CHP) "
            "meeting on June 10, chaired by the two harbour ministries.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_numbered_summit_meeting_of_two_leaders_stays_a_meeting() -> None:
    """'held the first Freedonia-Sylvania summit meeting' is the leaders' meeting, no round (a guard)."""
    readout = _analyze(
        "Freedonia-Sylvania Summit",
        [
            "President Ana Ruiz and President Eko Tan held the first Freedonia-Sylvania summit meeting in "
            "Port Tan."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_statement_on_a_chaired_prize_committee_is_no_readout() -> None:
    """A chair's decision on a prize ('chaired the jury') is no round of talks (a guard)."""
    reason = _refusal(
        "A Young Engineer for the Harbour",
        [
            "Director Ana Ruiz chaired the jury of the Harbour Prize, which is awarded each year to a young "
            "engineer. This year the prize goes to Eko Tan.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


# --- Not readouts: "has/have" before an encounter noun that is no event held ------------------------


def test_an_administration_that_has_continued_to_call_on_congress_held_no_call() -> None:
    """'has continued to call on Congress to provide funding' is a demand, not a call held."""
    reason = _refusal(
        "Harbour Shutdown Would Delay Repairs",
        [
            "As the Administration has continued to call on Parliament to provide harbour funding, the "
            "harbour fund continues to dwindle and is now forced to delay repairs.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_being_in_continuous_discussions_reports_no_event() -> None:
    """'We have been in continuous discussions with X and Y since the attack' is a state, not an event."""
    reason = _refusal(
        "Statement from the Spokesperson on the Attack on Port Tan",
        [
            "We have been in continuous discussions with Sylvanian and Ruritanian counterparts since the "
            "attack yesterday in Port Tan. The attack should be universally condemned.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_ministers_who_have_held_talks_still_report_them() -> None:
    """'The two ministers have held talks in Port Tan' is still an event told (a guard)."""
    readout = _analyze(
        "Freedonia-Sylvania talks",
        ["Foreign Minister Ana Ruiz and Foreign Minister Eko Tan have held talks in Port Tan today."],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


# --- Kinds ------------------------------------------------------------------------------------------


def test_consultations_of_two_governments_the_headline_names_are_talks() -> None:
    """'A-B Consultations Underscore ...' over 'X hosted the A-B Human Rights Consultations' is talks."""
    readout = _analyze(
        "Freedonia-Sylvania Consultations Underscore Shared Commitment to the Harbour",
        [
            "Today, Assistant Minister Ana Ruiz hosted the 2031 Freedonia-Sylvania Harbour Consultations in "
            "Port Tan. Special Representative Eko Tan led the Sylvanian delegation for this series of "
            "meetings.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_delegation_named_for_consultations_is_met_not_a_round() -> None:
    """'Meeting with X's A-B Policy Consultation Delegation' over 'met with' is a meeting (a guard)."""
    readout = _analyze(
        "Deputy Minister Ruiz’s Meeting with President-elect Tan’s Freedonia-Sylvania Policy Consultation "
        "Delegation",
        [
            "Today, Deputy Minister Ana Ruiz met in Port Tan with President-elect Eko Tan’s "
            "Freedonia-Sylvania Policy Consultation Delegation, led by Representative Jon Bell."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_trip_the_headline_names_travel_over_one_meeting_is_that_meeting() -> None:
    """'Special Envoy X Travel to Y' over 'is in Y ... Today, the Special Envoy met with' and no other
    encounter is that meeting: settled by fam155 (benchmarks/real/CONVENTIONS.md), which relabelled the
    feed page this test was written from (feeds-dev11 State 1000) from visit to meeting."""
    readout = _analyze(
        "Special Envoy for the Harbour Ruiz Travel to Sylvania",
        [
            "Special Envoy for the Harbour Ana Ruiz is in Sylvania March 21-22 to meet government officials. "
            "Today, the Special Envoy met with Sylvanian Foreign Minister Eko Tan to discuss the harbour.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_statement_on_the_presidents_travel_keeps_the_call_it_reports() -> None:
    """A statement 'on the President's Travel to Y' telling a call about the trip is no trip (a guard)."""
    readout = _analyze(
        "Statement by the Press Secretary on the President’s Travel to Sylvania",
        [
            "The President spoke with Prime Minister Eko Tan of Sylvania earlier today to tell him that the "
            "trip is postponed. He invited the Prime Minister for an official visit."
        ],
    )
    expected = EventKind.PHONE_CALL
    assert expected == readout.event.kind


def test_meetings_the_headline_names_are_the_kind_where_the_lead_names_none() -> None:
    """'Readout of X's Meetings with Community Leaders' over 'held sessions with' is a meeting."""
    readout = _analyze(
        "Readout of Adviser Ana Ruiz’s Meetings with Harbour Community Leaders",
        [
            "On October 13, 2031, Adviser Ana Ruiz held sessions with harbour community leaders in the wake "
            "of the storm. During the conversations, community leaders shared their concerns."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_call_placed_to_congratulate_is_a_phone_call() -> None:
    """'The President called Archbishop X to congratulate him' is a call, whatever the title called."""
    readout = _analyze(
        "President Ruiz congratulated Archbishop Eko Tan on his birthday",
        ["The President called Archbishop Eko Tan of Port Tan to congratulate him on his birthday."],
    )
    expected = EventKind.PHONE_CALL
    assert expected == readout.event.kind


# --- Participants: who chaired the round -------------------------------------------------------------


def _names(readout: object) -> list[str]:
    return [p.name for p in readout.event.participants]  # type: ignore[attr-defined]


def test_co_chairs_joined_by_together_with_are_all_named() -> None:
    """'X, together with Y, and Z, co-chaired the meeting' names X too (a comma'd 'together with')."""
    readout = _analyze(
        "Readout of the Second Meeting of the Harbour Platform Steering Committee",
        [
            "Today, Deputy Adviser for Harbour Affairs Ana Ruiz, together with Finance Minister of Sylvania, "
            "Eko Tan, and Commission Director Jon Bell, co-chaired the second meeting of the Steering "
            "Committee of the Harbour Platform."
        ],
    )
    assert "Ana Ruiz" in _names(readout)


def test_a_second_chair_behind_a_long_office_is_coordinated_with_the_first() -> None:
    """'Council Director X and Harbour Affairs Office Director Y chaired a meeting' names X and Y."""
    readout = _analyze(
        "Readout of Harbour Office Meeting with State Legislative Leaders",
        [
            "Today, Harbour Policy Council Director Ana Ruiz and Harbour Office Intergovernmental Affairs "
            "Director Jon Bell chaired a meeting with state legislative leaders on the harbour."
        ],
    )
    assert {"Ana Ruiz", "Jon Bell"} <= set(_names(readout))
