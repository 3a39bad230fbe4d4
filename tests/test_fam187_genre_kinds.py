"""Readout or not, and its kind, on the constructions the new sets showed (fam187, issue #8; each seen
failing first on main b23b8135). Every sentence and page here is written for the test."""

from __future__ import annotations

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.languages.en.event import event_kind, past_clause
from readoutlib.model import EventKind


def _kind(sentence: str) -> EventKind:
    """The kind an opening sentence alone gives, under no headline."""
    return event_kind(None, sentence, Profile())


def test_a_visit_in_a_relative_clause_sets_the_scene_of_the_meeting() -> None:
    """ "X, who has paid his first visit to P, met Y": the sentence reports the meeting."""
    assert (
        _kind(
            "The Sylvanian envoy Eko Tan who has paid his first visit to the province met Governor Ana Ruiz."
        )
        is EventKind.MEETING
    )
    assert _kind("The envoy who paid a visit to the port city met Governor Ana Ruiz.") is EventKind.MEETING
    # the traveller's own visit, told as the sentence's verb, is still the visit
    assert (
        _kind("The envoy paid his first visit to the province and met Governor Ana Ruiz.") is EventKind.VISIT
    )


def test_a_host_received_a_guest_with_day_and_venue_set_off_by_commas() -> None:
    """ "received on Sunday, at the seat of the ministry, Ambassador Y" reports an audience: a meeting."""
    sentence = (
        "Minister of Fisheries Ana Ruiz received on Sunday, at the seat of the ministry, "
        "Sylvanian Ambassador to Norland Eko Tan."
    )
    assert past_clause(sentence) is not None
    assert _kind(sentence) is EventKind.MEETING
    # a thing received is no guest, whatever stands before it
    assert (
        past_clause("The ministry received on Sunday, at the seat of the ministry, the Order of Merit.")
        is None
    )


def test_a_page_of_a_reception_with_a_venue_between_commas_is_a_meeting() -> None:
    page = (
        "Minister of Fisheries Ana Ruiz received on Sunday, at the seat of the ministry, Sylvanian "
        "Ambassador to Norland Eko Tan.\n\n"
        "They discussed ways of widening cooperation in fisheries and marine research.\n\n"
        "Ruiz invited her guest's minister to pay a visit to Norland for talks on the coastal fleet.\n"
    )
    readout = readoutlib.parse(page)
    assert readout.event.kind is EventKind.MEETING
    assert readout.event.participants[0].name == "Ana Ruiz"
    assert len(readout.event.participants) == 2


def test_a_dated_lead_that_lost_its_full_stop_opens_the_report() -> None:
    """A dump's lead "CITY, Mon D: A and B held a telephone conversation on Thursday" with no full stop
    is the first body line and the opening, not a second headline above the body."""
    page = (
        "Minister Ruiz holds phone talk with her Sylvanian counterpart\n\n"
        "PORT TAN, Mar 4: Minister for Foreign Affairs Ana Ruiz and her Sylvanian counterpart Eko Tan "
        "held a telephone conversation on Thursday\n\n"
        "The two ministers exchanged greetings and reviewed the state of relations.\n\n"
        "They also held discussions on trade, fisheries and the coming exchange of visits.\n"
    )
    readout = readoutlib.parse(page)
    assert readout.title == "Minister Ruiz holds phone talk with her Sylvanian counterpart"
    assert readout.event.kind is EventKind.PHONE_CALL
    assert readout.paragraphs[0].startswith("PORT TAN, Mar 4: Minister for Foreign Affairs")


def test_a_headline_denying_a_dialogue_names_no_round() -> None:
    """ "No dialogue between the two parliaments" over "said during a meeting with Y" is that meeting;
    a headline naming the dialogue held is still its round."""
    opening = (
        "Speaker Ana Ruiz said on Tuesday during a meeting with Lord Eko Tan of the Sylvanian upper house."
    )
    assert (
        event_kind("No dialogue between Norland, Sylvania parliaments", opening, Profile())
        is EventKind.MEETING
    )
    assert (
        event_kind("Lack of dialogue between the chambers deplored", opening, Profile()) is EventKind.MEETING
    )
    assert (
        event_kind("Norland-Sylvania Strategic Dialogue in Port Tan", opening, Profile()) is EventKind.TALKS
    )


def test_a_meeting_held_online_is_a_video_call() -> None:
    """ "at the leaders' meeting held online on May 4" names the channel, as "held virtually" does."""
    assert (
        _kind("They spoke at the fourth Leaders' Meeting held online on May 4 and chaired by Ana Ruiz.")
        is EventKind.VIDEO_CALL
    )
    assert _kind("They spoke at the fourth Leaders' Meeting held in Port Tan on May 4.") is EventKind.MEETING


def test_a_host_who_welcomed_a_guest_on_a_visit_reports_the_encounter() -> None:
    """ "X welcomed Prime Minister Y who is on her first official visit to P" opens a readout; a thing
    welcomed ("the news of a visit") is none."""
    page = (
        "Ruiz welcomed Prime Minister Eko Tan who is on her first official visit to Norland, and "
        "reaffirmed the commitment to work closely with Sylvania.\n\n"
        "The two leaders discussed cooperation in fisheries, climate and trade.\n\n"
        "In response, Prime Minister Tan thanked Prime Minister Ruiz for the hospitality.\n"
    )
    assert readoutlib.parse(page).event.kind is EventKind.MEETING
    assert past_clause("The minister welcomed the news of a visit by the envoy.") is None


def test_a_farewell_bidden_to_an_outgoing_envoy_is_a_meeting() -> None:
    """ "X bade farewell to the outgoing Ambassador Y" opens a readout of a farewell call, a meeting; a
    channel named says otherwise; a farewell to no one capitalised reports nothing."""
    sentence = (
        "Foreign Minister Ana Ruiz on Tuesday bade farewell to the outgoing Sylvanian Ambassador, Eko Tan."
    )
    assert past_clause(sentence) is not None
    assert _kind(sentence) is EventKind.MEETING
    assert (
        _kind("The Minister bade farewell to the outgoing Ambassador Eko Tan by phone.")
        is EventKind.PHONE_CALL
    )
    assert past_clause("The town bade farewell to the old harbour bridge on Sunday.") is None


def test_what_was_discussed_during_a_tele_conversation_reports_a_call() -> None:
    """ "A and B discussed X during an informal tele-conversation on Thursday" reports the call; the
    discussion alone names no event."""
    sentence = (
        "Trade Minister Ana Ruiz and Sylvanian Commerce Secretary Eko Tan discussed a free trade agreement "
        "during an informal tele-conversation on Thursday."
    )
    assert past_clause(sentence) is not None
    assert _kind(sentence) is EventKind.PHONE_CALL
    assert (
        past_clause(
            "Trade Minister Ana Ruiz and Commerce Secretary Eko Tan discussed a free trade agreement."
        )
        is None
    )


def test_matters_deliberated_on_the_margins_of_a_gathering_report_a_meeting() -> None:
    """ "A and B deliberated on X at the margin of the Forum retreat" reports a meeting there; the
    margins of no named gathering report nothing."""
    sentence = (
        "Prime Ministers Ana Ruiz and Eko Tan deliberated on security and trade at the margin of the "
        "Island Forum Leaders' retreat over the weekend."
    )
    assert past_clause(sentence) is not None
    assert _kind(sentence) is EventKind.MEETING
    assert past_clause("The council deliberated on the plight of those on the margins of society.") is None


def test_a_farewell_to_an_organisations_departing_head_is_no_farewell_call() -> None:
    """A farewell bidden at a body's ministerial to its departing Secretary General reports no encounter."""
    assert (
        past_clause("The Secretary and the members bid farewell to Secretary General Ana Ruiz of Sylvania.")
        is None
    )
