"""Families of feed pages (issue #8, round 4: feeds-dev7 and what the earlier samples left), invented pages.

Each test is one family the development feed samples showed, written as a page of our own. Labels and
kinds follow ``benchmarks/real/feeds/README.md`` (a trip with several meetings is a visit; a signing or
an announcement is no readout unless its lead opens with the meeting; the body's account of the event
decides the kind).
"""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal

# --- Trips: the meetings of a trip make a visit ----------------------------------------------------


def test_a_trip_reported_on_the_way_back_is_a_visit() -> None:
    """'X Returns from Travel to Y' over a lead of the meetings held there is a visit."""
    readout = _analyze(
        "Special Envoy for the Harbour Ana Ruiz Returns from Travel to Sylvania",
        [
            "Special Envoy for the Harbour Ana Ruiz returned from Sylvania on May 3. During the trip "
            "Special Envoy Ruiz met with officials of the Government of Sylvania and with Harbour "
            "Commissioner Eko Tan."
        ],
    )
    expected = EventKind.VISIT
    assert expected == readout.event.kind


def test_meeting_a_countrys_leadership_during_a_visit_is_a_visit() -> None:
    """'During a working visit to X, A met with the country's top political leadership' is a visit."""
    readout = _analyze(
        "Deputy Head Ana Ruiz: Chile is our partner on the harbour",
        [
            "During a working visit to the Republic of Chile, Deputy Head of the Office of the President "
            "of Peru Ana Ruiz met with the country's top political leadership. During a conversation "
            "with the Prime Minister, she thanked Chile for its support."
        ],
    )
    expected = EventKind.VISIT
    assert expected == readout.event.kind


def test_meeting_one_host_during_a_visit_stays_a_meeting() -> None:
    """One named host in the adverbial's sentence ('During his visit to X, A met B') stays a meeting."""
    readout = _analyze(
        "Deputy Minister Ruiz met with Prime Minister Tan",
        [
            "During his visit to Sylvania, Deputy Minister of Freedonia Ana Ruiz met with Prime Minister of "
            "Sylvania Eko Tan. They discussed the harbour treaty."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_visit_to_frontline_positions_is_a_site_visit() -> None:
    """A leader's visit to the army's frontline positions, a companion named only by office, is refused."""
    reason = _refusal(
        "On Navy Day, the Head of State visited the frontline positions of the Freedonian army in the north",
        [
            "During a working trip to the northern region, President Ana Ruiz visited the frontline "
            "positions of the Freedonian army and congratulated the sailors on Navy Day."
        ],
    )
    expected = "not a readout: the title names another kind of page (site visit)"
    assert expected == reason


def test_a_visit_with_meetings_with_two_people_is_a_visit() -> None:
    """'During her visit to X, A met with B', then a round table with C: the trip's meetings, a visit."""
    readout = _analyze(
        "Freedonian Support for Sylvania",
        [
            "During her June 13 visit to Port Tan, Sylvania, Under Secretary Ana Ruiz met with President Eko "
            "Tan to offer Freedonian support for his harbour agenda.",
            "Under Secretary Ruiz also held a round table with Special Envoy for Drought Response Ben Ode "
            "and the harbour agencies.",
        ],
    )
    expected = EventKind.VISIT
    assert expected == readout.event.kind


def test_a_guest_on_a_visit_met_by_the_host_stays_a_meeting() -> None:
    """'met with X, who is on a visit to our country', then a talk with the media: a meeting."""
    readout = _analyze(
        "President of Freedonia met with the Prime Minister of Sylvania",
        [
            "President of Freedonia Ana Ruiz met with Prime Minister of Sylvania Eko Tan, who is on a visit "
            "to our country. During a meeting with media representatives following the talks, she "
            "thanked him.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


# --- Kind: what the lead says of the meeting ------------------------------------------------------


def test_convening_a_meeting_with_young_leaders_is_a_meeting() -> None:
    """'convened a meeting with young leaders' is a meeting, not a round of ministers convened."""
    readout = _analyze(
        "Readout of the Council's Meeting with Young Leaders on Harbour Jobs",
        [
            "Yesterday, the Council Office of Public Engagement and the Office of the Vice President "
            "convened a meeting with young leaders on harbour jobs."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_warm_and_productive_meetings_are_meetings() -> None:
    """'had warm and productive meetings with' two ministers is a meeting, not an unnamed kind."""
    readout = _analyze(
        "Deputy Secretary Ruiz’s Meetings with Sylvanian Minister Tan and Deputy Minister Ode",
        [
            "Deputy Secretary of State Ana Ruiz had warm and productive meetings with Sylvanian Minister of "
            "Foreign Affairs Eko Tan and Deputy Minister of Foreign Affairs Ben Ode today in Port Tan."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_virtual_convening_is_a_video_call() -> None:
    """'hosted a second virtual convening' with cities is a video call."""
    readout = _analyze(
        "Readout of the Second Council Harbour Safety Convening",
        [
            "Today, the Council hosted a second virtual convening to help harbour cities plan for storms. "
            "Mayors and port officials from twelve cities took part."
        ],
    )
    expected = EventKind.VIDEO_CALL
    assert expected == readout.event.kind


def test_virtual_consultations_named_with_an_abbreviation_are_a_video_call() -> None:
    """'virtual ... Annual Bilateral Consultations (ABCs) concluded' opens the page, and is a video call."""
    readout = _analyze(
        "Freedonia-Sylvania Annual Bilateral Consultations",
        [
            "Today, virtual Freedonia-Sylvania Annual Bilateral Consultations (ABCs) concluded after two "
            "days of productive discussions. A senior Freedonian delegation, led by Assistant Secretary "
            "Ana Ruiz, hosted Foreign Minister Eko Tan and the senior Sylvanian delegation."
        ],
    )
    expected = EventKind.VIDEO_CALL
    assert expected == readout.event.kind


# --- Rounds reported ---------------------------------------------------------------------------------


def test_a_dialogue_held_today_in_a_place_opens_its_joint_press_release() -> None:
    """A joint press release: 'held today in X, Y, the first ... High-Level Dialogue' is a round held."""
    readout = _analyze(
        "Freedonia-Sylvania Joint Press Release on the First High-Level Dialogue on the Harbour",
        [
            "The following is the text of a joint press release by the two ministries.",
            "Begin text:",
            "Freedonia and Sylvania held today in Port Ruiz, Freedonia, the first Freedonia-Sylvania "
            "High-Level Dialogue on the Harbour. Under Secretary Ana Ruiz represented Freedonia and Deputy "
            "Secretary General Eko Tan represented Sylvania.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


# --- Acts reported: a signing, an announcement ---------------------------------------------------------


def test_a_signing_whose_lead_reports_a_meeting_only_later_is_refused() -> None:
    """A 'Signing of a Memorandum' page whose third sentence says the leaders 'also met' a chamber."""
    reason = _refusal(
        "Signing of a Harbour Memorandum of Understanding With Sylvania and Tavia",
        [
            "Today, Freedonia, Sylvania and Tavia signed a memorandum of understanding on harbour supply "
            "chains. Under the memorandum, the three countries will share port data. Leaders also met with "
            "the Freedonian Chamber of Commerce to finalize a survey of harbour firms."
        ],
    )
    expected = "not a readout: the title names another kind of page (signing)"
    assert expected == reason


def test_a_signing_whose_lead_opens_with_the_meeting_is_a_readout() -> None:
    """A signing title over a lead that reports the meeting first stays a readout (the family is soft)."""
    readout = _analyze(
        "Freedonia and Sylvania Sign a Memorandum of Understanding on the Harbour",
        [
            "Foreign Minister of Freedonia Ana Ruiz met with Foreign Minister of Sylvania Eko Tan in Port "
            "Ruiz today. The ministers signed a memorandum of understanding on the harbour."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_an_announcement_made_at_an_event_is_not_a_readout_of_the_event() -> None:
    """'Announcing New Aid': the lead announced aid at an event; the next sentence says who hosted it."""
    reason = _refusal(
        "Announcing New Assistance for Harbour Communities",
        [
            "Senior Advisor Ana Ruiz announced more than $5 million in new assistance at the June 10 Harbour "
            "Solidarity Event. The event was co-hosted by the Governments of Sylvania and Tavia with the "
            "support of the Harbour Organization."
        ],
    )
    expected = "not a readout: the title names another kind of page (announcement)"
    assert expected == reason


# --- Not readouts: a topic spoken to, an opening ceremony, a fact sheet's subtitle --------------------


def test_spoke_to_a_topic_is_no_call() -> None:
    """'spoke to the historic cooperation' at a roundtable reports a topic, not a phone call."""
    readout = _analyze(
        "Readout of the Roundtable on Credit for Harbour Firms",
        [
            "Yesterday, Administrator Ana Ruiz and Deputy Secretary Eko Tan were joined by harbour firm "
            "owners and lenders to discuss credit for small harbour firms.",
            "The Deputy Secretary spoke to the historic cooperation between agencies to support harbour "
            "communities.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_spoke_to_a_number_of_members_is_still_a_call() -> None:
    """'has spoken to a number of members of the Senate' tells calls with people: a phone call."""
    readout = _analyze(
        "Statement by the Spokesperson on the Harbour Bill",
        [
            "President Ana Ruiz has spoken to a number of members of the Senate the past two days. She "
            "thanked Senator Eko Tan for his work on the harbour bill."
        ],
    )
    expected = EventKind.PHONE_CALL
    assert expected == readout.event.kind


def test_an_opening_ceremony_is_not_a_readout() -> None:
    """'The Opening of the X Embassy in Y': ministers at a ceremony, welcomed by a third state."""
    reason = _refusal(
        "The Opening of the Freedonian Embassy in Sylvania",
        [
            "Tavia welcomes the historic opening of the Freedonian Embassy in Port Tan and the visit of "
            "Foreign Minister Ana Ruiz for the ceremony hosted by Sylvanian Foreign Minister Eko Tan."
        ],
    )
    expected = "not a readout: the title names another kind of page (ceremony or launch)"
    assert expected == reason


def test_a_fact_sheet_title_is_kept_over_a_subtitle_that_meets() -> None:
    """A text page titled 'FACT SHEET: ...' over a subtitle '... Leaders Meet with ...' is a fact sheet."""
    with pytest.raises(NotAReadoutError) as caught:
        readoutlib.parse(
            "FACT SHEET: Freedonia and Partners Impose Costs on the Harbour Blockade\n\n"
            "President Ana Ruiz and Harbour Leaders Meet with President Eko Tan to Continue our Support\n\n"
            "Today, President Ana Ruiz and the harbour leaders met with President Eko Tan of Sylvania to "
            "reinforce our shared commitment to the harbour.\n\n"
            "Our measures are already exacting a toll on the blockade's sponsors.\n"
        )
    expected = "not a readout: the title names another kind of page (fact sheet)"
    assert expected == caught.value.reason


# --- Principals: a convening an office hosted names its host further on -------------------------------


def test_the_host_who_opened_a_convening_is_its_principal() -> None:
    """An office 'hosted a convening'; 'Coordinator Ana Ruiz opened today's convening' names the principal."""
    readout = _analyze(
        "Readout of the Second Council Harbour Safety Convening",
        [
            "Today, the Council hosted a second virtual convening to help harbour cities plan for storms.",
            "Harbour Coordinator Ana Ruiz opened today’s convening, reaffirming the Council’s commitment to "
            "the harbour cities.",
        ],
    )
    expected = ["Ana Ruiz"]
    assert expected == [p.name for p in readout.event.participants]


def test_a_host_is_not_added_where_the_opening_names_the_principals() -> None:
    """Where the opening names people, a later 'opened the meeting' adds no one."""
    readout = _analyze(
        "Readout of the Minister’s Meeting with Harbour Mayors",
        [
            "Today, Minister Eko Tan met with Mayor Ben Ode of Port Tan.",
            "Deputy Minister Ana Ruiz opened the meeting with a report on the storms.",
        ],
    )
    expected = ["Eko Tan", "Ben Ode"]
    assert expected == [p.name for p in readout.event.participants]


def test_a_headline_that_someone_spoke_about_a_subject_at_a_forum_is_remarks() -> None:
    """'X spoke about Y in the framework of the Z Forum', a video link to a panel: remarks, not a call."""
    reason = _refusal(
        "The First Lady spoke about the harbour families in the framework of the Harbour Forum in Port Tan",
        [
            "The First Lady of Freedonia Ana Ruiz took part in a panel of the Harbour Forum.",
            "The President's wife joined the conversation via video call from Port Ruiz.",
        ],
    )
    expected = "not a readout: the title names another kind of page (address or speech)"
    assert expected == reason
