"""Kinds, and readout or not, on the constructions the blind run of en-bo..en-br showed (fam230, issue #8;
each seen failing first on main 60592097). Every sentence and page here is written for the test."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.errors import NotAReadoutError
from readoutlib.languages.en.event import event_kind
from readoutlib.model import EventKind


def _kind(sentence: str, title: str | None = None) -> EventKind:
    """The kind an opening sentence gives, under the headline if any."""
    return event_kind(title, sentence, Profile())


def _page_kind(page: str) -> EventKind:
    """The kind the whole page is read as."""
    return readoutlib.parse(page).event.kind


def test_a_call_placed_to_an_office_after_a_country_abbreviation() -> None:
    """ "called up US President X" (or "called UK Prime Minister X") made a call."""
    assert {
        verb: _kind(f"Velorian President Eko Tan {verb} US President Ana Ruiz to discuss the grain corridor.")
        for verb in ("called up", "called")
    } == {
        "called up": EventKind.PHONE_CALL,
        "called": EventKind.PHONE_CALL,
    }


def test_words_said_after_his_talks_with_a_principal_report_the_talks() -> None:
    """ "said to the press after his talks with X": the talks, not a call read from "talks with"."""
    sentence = (
        "'We gave the most time to fisheries', President Eko Tan said to reporters after his talks with "
        "President Ana Ruiz."
    )
    assert _kind(sentence, "Fisheries Topped the Agenda of the Tan - Ruiz Meeting") == EventKind.TALKS


def test_discussion_held_then_named_again_as_the_meeting_which_took_place() -> None:
    """ "held discussion with X." then "During the meeting which took place yesterday in Y, …": a meeting."""
    page = (
        "Velorian Prime Minister Eko Tan held discussion with Ana Ruiz, Governor of the Northern "
        "Province.\n\n"
        "During the meeting which took place yesterday in the provincial capital, Port Ruiz, the two sides "
        "discussed fisheries and port fees.\n\n"
        "The Prime Minister and the Governor expressed satisfaction with the progress of the ferry project.\n"
    )
    assert _page_kind(page) == EventKind.MEETING


def test_talks_the_principal_calls_a_video_call_in_his_own_words_below() -> None:
    """ "held talks with X" and, in the lead, "Today, I had a productive video call with X": a video call."""
    page = (
        "On Monday, Velorian Fisheries Minister Eko Tan held talks with his Norlandic counterpart Ana Ruiz. "
        "The ministers discussed quotas and port fees.\n\n"
        "According to Tan, they discussed ways to widen cooperation in marine research.\n\n"
        "Today, I had a productive video call with the Fisheries Minister of Norland Ana Ruiz. The main "
        "focus was on the new ferry line, said the minister.\n"
    )
    assert _page_kind(page) == EventKind.VIDEO_CALL


def test_a_visit_where_the_traveller_held_talks_with_one_host() -> None:
    """ "visited P on Tuesday where he held talks with President X": the page reports those talks."""
    assert (
        _kind(
            "President Eko Tan visited Norland on Tuesday where he held talks with President Ana Ruiz "
            "aimed at closer trade."
        )
        == EventKind.TALKS
    )
    # hosts listed: the trip
    assert (
        _kind(
            "President Eko Tan visited Norland on Tuesday, where he held meetings with President Ana Ruiz, "
            "Speaker Ivo Brand and Mayor Tomas Berg."
        )
        == EventKind.VISIT
    )


def test_a_host_gave_a_dinner_to_honour_the_guest_or_his_visit() -> None:
    """ "hosted a state dinner to honour the official visit of X": the host's reception, a meeting."""
    title = "Norland hosts state dinner for Velorian president's official visit"
    sentence = (
        "President Ana Ruiz hosted a state dinner to honour the official visit of Eko Tan, President of "
        "Velor, to Norland."
    )
    assert _kind(sentence, title) == EventKind.MEETING
    assert (
        _kind("President Ana Ruiz hosted a luncheon in honour of the visiting President of Velor, Eko Tan.")
        == EventKind.MEETING
    )


_CONDOLENCE = (
    "Velorian President Eko Tan has sent a message of condolence to Norland on the death of its former "
    "Head of State Ivo Brand.\n\n"
    "In a short letter to his Norlandic counterpart, President Ana Ruiz, on Thursday, President Tan said the "
    "death was a loss to the whole region.\n\n"
    "He wrote: “We have lost a statesman who will be remembered for his modesty.”\n"
)
_CONGRATULATION = (
    "President Eko Tan has congratulated Ana Ruiz, the President-elect of Norland, on her victory in the "
    "elections held last week.\n\n"
    "In a statement issued by his press aide, President Tan said her victory showed the trust of the "
    "people of Norland.\n\n"
    "He assured Ms Ruiz of Velor's commitment to the fraternal relations of the two countries.\n"
)


@pytest.mark.parametrize("page", [_CONDOLENCE, _CONGRATULATION], ids=["condolence", "congratulation"])
def test_a_one_way_message_is_no_readout(page: str) -> None:
    """A message of congratulation or condolence one principal sent, no exchange told: not a readout."""
    with pytest.raises(NotAReadoutError, match="one-way message"):
        readoutlib.parse(page)


def test_messages_exchanged_and_a_congratulation_in_a_call_stay_readouts() -> None:
    """Messages sent both ways are an exchange; congratulations given in a call are that call."""
    exchanged = (
        "President Eko Tan and President Ana Ruiz exchanged congratulatory messages on the anniversary of "
        "relations between Velor and Norland.\n\n"
        "President Tan said the two countries were bound by a long friendship.\n"
    )
    called = (
        "President Eko Tan has congratulated Ana Ruiz, the President-elect of Norland, in a telephone call "
        "on Friday.\n\n"
        "He said her victory showed the trust of the people of Norland.\n"
    )
    assert (_page_kind(exchanged), _page_kind(called)) == (EventKind.MESSAGE, EventKind.PHONE_CALL)


def test_congratulations_given_at_an_encounter_the_lead_names_stay_a_readout() -> None:
    """ "Meeting with X" over "Y had congratulated X on his new role. Their discussion focused on …": the
    encounter the headline and lead name, in which the congratulations were given, is no one-way message."""
    page = (
        "Meeting with the Harbour Union Secretary General\n\n"
        "The spokesman said President Eko Tan had congratulated the Harbour Union Secretary General, "
        "Ana Ruiz, on settling quickly into her new role. Their discussion focused on the northern ports.\n"
    )
    assert readoutlib.parse(page).event.participants[0].name == "Eko Tan"


def test_talks_told_as_the_focus_of_the_subject_s_matters() -> None:
    """ "Trade and fisheries were in the focus of talks between A of X and B of Y on Thursday": the talks."""
    page = (
        "Port Ruiz, May 4 – Trade, fisheries and the new ferry line were in the focus of talks between "
        "fisheries ministers Eko Tan of Velor and Ana Ruiz of Norland on Thursday.\n\n"
        "Tan told the agency after the meeting that relations were at an all-time high.\n\n"
        "Ruiz praised Velor's help with the coastal survey.\n"
    )
    assert _page_kind(page) == EventKind.TALKS


def test_a_meeting_told_as_under_way() -> None:
    """ "X is currently meeting with the Presidents of A and B at the villa": a news flash of the meeting."""
    page = (
        "President Eko Tan is currently meeting with the Presidents of Norland, Ana Ruiz, and Sylvania, Ivo "
        "Brand, at the presidential villa in Port Ruiz.\n\n"
        "The two visiting presidents came separately and were received at the forecourt by the guards.\n"
    )
    assert _page_kind(page) == EventKind.MEETING


def test_a_special_envoy_sent_to_a_head_of_state_met_him() -> None:
    """ "X sent a special envoy, Y, …, to President Z and reaffirmed …", "During the visit, …": a meeting."""
    page = (
        "The President of Velor, Eko Tan, sent a special envoy, Dr Ana Ruiz, who is also the Minister of "
        "Foreign Affairs, to His Excellency President Ivo Brand and reaffirmed their commitment to close "
        "relations.\n\n"
        "During the visit, Minister Ana Ruiz thanked President Brand for the warm welcome extended to the "
        "delegation.\n\n"
        "In response, President Ivo Brand welcomed the special envoy and thanked the team for their visit.\n"
    )
    assert _page_kind(page) == EventKind.MEETING


def test_a_call_someone_planned_to_make_is_no_readout() -> None:
    """ "X planned to speak by phone on Tuesday with Y, a spokesperson said": the call is still to come."""
    page = (
        "President Eko Tan planned to speak by phone on Tuesday with new Norlandic Prime Minister Ana Ruiz "
        "after she took office, his spokesperson Ivo Brand said.\n\n"
        "Brand told reporters that Tan looked forward to speaking with Ruiz on Tuesday afternoon.\n"
    )
    with pytest.raises(NotAReadoutError, match="future"):
        readoutlib.parse(page)


def test_the_signatories_declaration_after_we_the_prime_ministers_met() -> None:
    """ "We, the Prime Ministers of A, B and C, met …" then "We call on …": their declaration, no readout."""
    page = (
        "We, the Prime Ministers of Velor, Norland and Sylvania, met in the wake of the floods in the river "
        "basin. We call on every neighbour to open its roads to relief convoys. We will keep our own roads "
        "open.\n\n"
        "We stand united with the people of the basin and will rebuild the bridges together.\n"
    )
    with pytest.raises(NotAReadoutError, match="declaration"):
        readoutlib.parse(page)


def test_a_welcome_whose_lead_then_tells_the_leaders_bilateral_talks() -> None:
    """ "X was warmly welcomed at Y Lodge …" (no kind named) then "Later, the two leaders led their
    delegations in bilateral talks …": the talks, not a kind left unstated."""
    page = (
        "Port Ruiz – Velorian President Eko Tan was warmly welcomed at Harbour State Lodge in Port Ruiz to "
        "begin two days in Norland.\n\n"
        "Upon arrival, the President was accorded a ceremonial reception by his counterpart, President "
        "Ana Ruiz.\n\n"
        "Later, the two leaders led their respective delegations in bilateral talks to advance trade and "
        "security ties between the two countries.\n"
    )
    assert _page_kind(page) == EventKind.TALKS
