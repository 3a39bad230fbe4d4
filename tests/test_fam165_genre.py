"""Readout or not: openings the genre stage refused, and look-alikes it accepted (fam165, issue #8;
each seen failing first on main fcd60e5e). Every page here is written for the test."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.languages.en.event import clause_tense, past_clause
from readoutlib.model import EventKind


def _parse(page: str) -> readoutlib.Readout:
    return readoutlib.parse(page)


def test_two_heads_as_the_subject_of_discussed_report_their_meeting() -> None:
    """Two heads named by their titles, a place and day set off by commas, then "discussed": they met."""
    page = (
        "Queen, Velorian president in Northport review ties\n\n"
        "Her Majesty Queen Lia and Velorian President Eko Tan, in Northport on Tuesday, discussed the "
        "long friendship between Norland and Velor, stressing the value of closer trade.\n\n"
        "The two leaders also reviewed the situation in the region.\n"
    )
    readout = _parse(page)
    assert "Eko Tan" in {p.name for p in readout.event.participants}


def test_heads_discussing_how_is_no_report() -> None:
    """ "discussed how …" stays a topic, and a minister and an aide are no pair of heads."""
    assert clause_tense("President Ana Ruiz and Premier Eko Tan discussed how to fund the port.") is None
    assert clause_tense("Minister Ana Ruiz and Adviser Eko Tan discussed the budget.") is None


def test_views_exchanged_during_a_meeting_are_the_meeting() -> None:
    sentence = (
        "The prime ministers of Norland and Velor have exchanged views on fisheries during a meeting on "
        "the margins of the harbour summit."
    )
    assert clause_tense(sentence) == "past"
    assert clause_tense("The two sides have exchanged views on fisheries for many years.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Ana Ruiz participated in the virtual summit of Harbour Four leaders, along with King Tan.",
        "President Eko Tan attended a video summit with the Chancellor of Velor and the King of Osterland.",
        "Today, President Eko Tan participated virtually in a scheduled summit of the Harbour Council.",
    ],
)
def test_a_summit_by_video_is_a_video_call_of_heads(sentence: str) -> None:
    page = f"Northport: {sentence} The leaders discussed shipping and energy.\n\nThey agreed to meet again.\n"
    readout = _parse(page)
    assert readout.event.kind is EventKind.VIDEO_CALL


def test_a_summit_in_person_is_not_read_by_the_video_row() -> None:
    assert clause_tense("The Prime Minister attended the harbour summit in Northport.") is None


def test_a_meeting_with_its_day_set_off_by_commas_opens_the_lead() -> None:
    sentence = (
        "During his meeting, Wednesday, with the Velorian Ambassador Eko Tan, the Interior Minister "
        "stressed the value of police cooperation."
    )
    assert clause_tense(sentence) == "past"
    assert clause_tense("During his meeting, Wednesday, with students, he spoke of work.") is None


def test_participants_during_the_meeting_report_it() -> None:
    assert clause_tense("During the meeting, participants also exchanged views on the next steps.") == "past"


def test_leaving_after_a_summit_with_the_host_tells_the_summit_held() -> None:
    sentence = "President Tan left for Osterland after participating in the two-day summit with Ruiz."
    assert clause_tense(sentence) == "past"
    assert clause_tense("President Eko Tan left for Osterland after the summit.") is None


def test_a_meeting_underway_is_reported_not_its_preparations() -> None:
    assert clause_tense("Meeting of the Harbour Council's ministers is underway at Northport.") == "past"
    assert clause_tense("Preparations for the meeting of the Harbour Council are underway.") is None


def test_an_envoy_named_before_his_office_is_welcomed_in_audience() -> None:
    sentence = "The Army Commander on Friday welcomed Eko Tan, the special envoy of Velorian President Ruiz."
    assert clause_tense(sentence) == "past"
    assert clause_tense("The Army Commander welcomed the decision of the Velorian envoy.") is None


def test_a_head_and_spouse_touring_their_mission_abroad_is_a_site_visit() -> None:
    from readoutlib.languages.en.genre import genre_of

    assert genre_of("President and First Lady visit Norland High Commission in Velor") == "site visit"
    assert genre_of("President visits the Norland Embassy in Northport") == "site visit"
    assert genre_of("President and Velorian King visit the Norland Embassy") is None
    assert genre_of("President visits Norland Embassy, meets Ambassador Tan") is None


def test_heads_as_joint_subject_need_the_second_named() -> None:
    """The clause opens at "and": the first side stays the subject; an office unnamed is not read."""
    sentence = "President Ana Ruiz and Velorian Prime Minister Eko Tan on Monday discussed trade."
    clause = past_clause(sentence)
    assert clause is not None and clause.group(0).startswith("and Velorian Prime Minister")
    assert clause_tense("The Secretary-General and the President on Monday discussed the war.") is None
    assert clause_tense("Vice President Ana Ruiz and Premier Eko Tan discussed space.") is None


def test_a_teaser_repeated_below_a_place_line_is_no_body_paragraph() -> None:
    """A teaser above the place line, repeated as the story's third paragraph: the summary, not p0."""
    teaser = "During her two-day stay, the President toured the old harbour and the fort with her host."
    page = (
        "Summit ends, President leaves for Osterland\n\n"
        f"{teaser}\n\n"
        "Northport\n\n"
        "President Ana Ruiz left for Osterland after participating in the summit with Premier Eko Tan.\n\n"
        "She was seen off at the airport by the Governor and senior officials of the province.\n\n"
        f"{teaser}\n\n"
        "Ruiz said the visit would long be remembered by her delegation.\n"
    )
    readout = _parse(page)
    assert readout.paragraphs[0].startswith("President Ana Ruiz left for Osterland")


def test_a_summit_by_video_naming_no_other_leader_is_not_read() -> None:
    assert clause_tense("The Premier participated in the virtual summit on harbour safety.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Ruiz has returned home from a day’s working visit to her Velorian counterpart.",
        "On May 3, Defence Minister Ruiz held a first telecon with the Velorian Defence Secretary.",
    ],
)
def test_a_return_from_a_visit_and_a_telecon_report_the_event(sentence: str) -> None:
    assert clause_tense(sentence) == "past"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister returned from a visit.",
        "The two countries meet their obligations under the treaty.",
    ],
)
def test_a_bare_return_or_obligations_met_report_nothing(sentence: str) -> None:
    assert clause_tense(sentence) is None


def test_two_sides_and_meet_in_a_headline_and_a_telephone_conference_title() -> None:
    assert clause_tense("Freedonia: Ruiz, Tan Meet") == "past"
    assert clause_tense("Norland-Velor Defence Ministerial Telephone Conference") == "past"
