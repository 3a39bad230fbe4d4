"""Kind and refused-readout families of issue #8, task fam25 (what the page calls its event), each on
invented text."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.languages.en.event import kind_of
from readoutlib.model import EventKind


def _kind(*lines: str) -> EventKind:
    readout = readoutlib.parse("\n\n".join(lines) + "\n")
    return readout.event.kind


def test_letter_of_credence_presented_without_a_possessive_is_a_meeting() -> None:
    """'has presented Letter of Credence to President X' (New Mail, en-o): the envoy's audience, not
    the visit a later paragraph recalls ("the first time he visited")."""
    kind = _kind(
        "Freedonian High Commissioner to Sylvania, Ambassador Ana Ruiz has presented Letter of Credence "
        "to President Tomas Berg of Sylvania.",
        "The ceremony took place at the State House in Port Berg on Friday, August 18, 2017.",
        "Responding, President Berg recalled that the first time he visited Freedonia was in 2016.",
    )
    assert kind is EventKind.MEETING


def test_a_speaker_who_received_the_delegation_led_by_a_guest_met_it() -> None:
    """'today received the delegation led by Head of the ... Friendship Group X' (Armenia's parliament
    via news.am, en-o): a meeting, reported, not a page without an event."""
    kind = _kind(
        "Speaker of the National Assembly of Sylvania Tomas Berg today received the delegation led by "
        "Head of the Freedonia-Sylvania Parliamentary Friendship Group Ana Ruiz.",
        "The Speaker expressed confidence that the Group's visit would strengthen the cooperation of the "
        "two parliaments.",
    )
    assert kind is EventKind.MEETING
    assert kind_of("The Chair received a delegation of the Freedonian Senate.") is EventKind.MEETING


def test_a_headline_that_discussed_an_upcoming_summit_reports_talks_held() -> None:
    """'Top diplomats ... discussed upcoming trilateral summit' (Goa Chronicle copying Japan's MOFA,
    en-o): the summit to come is the topic of an event held, not the page's announcement."""
    kind = _kind(
        "Top diplomats of Freedonia, Sylvania and Tavia discussed upcoming trilateral summit",
        "Port Ruiz: The foreign ministers of Freedonia, Sylvania and Tavia – Ana Ruiz, Tomas Berg and Eko "
        "Tan – held online talks to discuss an upcoming trilateral summit, the ministry said.",
        "The ministers reaffirmed that trilateral cooperation was becoming increasingly important.",
    )
    assert kind is EventKind.VIDEO_CALL


@pytest.mark.parametrize(
    "title",
    [
        "Briefing on the Secretary's Upcoming Travel to Freedonia and Sylvania",
        "Minister's upcoming visit to Sylvania",
    ],
)
def test_an_upcoming_trip_in_the_headline_still_announces_it(title: str) -> None:
    with pytest.raises(NotAReadoutError):
        readoutlib.parse(
            f"{title}\n\nThe Minister will travel to Sylvania next week, where she will meet the "
            "President.\n\nShe will discuss trade and energy.\n"
        )


def test_a_conversation_headline_above_its_told_conversation_is_a_call() -> None:
    """'Telephone conversation with X' above 'Throughout the conversation, the partners noted …'
    (Nazarbayev's site, en-m): the body tells the headline's call; a festival that 'will be held'
    inside a sentence after it is no announcement of the event."""
    kind = _kind(
        "Telephone conversation with Ana Ruiz, President of Freedonia",
        "Throughout the conversation, the partners noted with satisfaction the growth of trade between "
        "the two countries.",
        "Concurrently, the sides emphasized the cultural dialogue, within the framework of which "
        "Sylvania's Culture Days in Freedonia will be held this September.",
        "Tomas Berg and Ana Ruiz have also considered the schedule of upcoming meetings.",
    )
    assert kind is EventKind.PHONE_CALL


def test_a_phone_told_in_the_sentence_after_a_topic_opening_is_the_channel() -> None:
    """'X discussed issues such as the Y Summit with Z on Thursday. X spoke with Z by phone.' (ERR,
    en-o): the channel is the next sentence's, and a summit that is a topic names no meeting."""
    kind = _kind(
        "Minister of Foreign Affairs Tomas Berg discussed international issues such as the Harbour "
        "Summit and the border with the Freedonian Foreign Minister on Thursday (November 5).",
        "Berg spoke with Foreign Minister Ana Ruiz by phone.",
        "The foreign minister thanked Freedonia for helping make the Harbour Summit a success.",
    )
    assert kind is EventKind.PHONE_CALL


def test_a_conversation_held_with_an_office_holder_is_a_call() -> None:
    """'held a conversation with U.S. Secretary of State X, in which …' (Andina, en-h): readouts say
    'met' of an encounter in person; a conversation with no place named is by phone."""
    kind = _kind(
        "Freedonia's Foreign Minister, Sylvania's Secretary of State discuss bilateral ties",
        "Freedonia's Foreign Affairs Minister Ana Ruiz on Sunday morning held a conversation with "
        "Sylvania's Secretary of State Tomas Berg, in which they reiterated the good level of bilateral "
        "ties between the two countries.",
    )
    assert kind is EventKind.PHONE_CALL
    students = kind_of("The Minister held a conversation with students in the library.")
    assert students is not EventKind.PHONE_CALL


def test_talks_named_with_their_levels_after_a_reception_are_talks() -> None:
    """'received X …, where the two leaders held a joint press conference after the bilateral and
    delegational talks' (BYEGM, en-o): the page names its event talks."""
    kind = _kind(
        "Ruiz received by Berg at Presidential Palace",
        "President Tomas Berg yesterday received President of Freedonia Ana Ruiz in an official ceremony "
        "at the Presidential Palace, where the two leaders held a joint press conference after the "
        "bilateral and delegational talks.",
    )
    assert kind is EventKind.TALKS


def test_two_hosts_met_as_part_of_a_visit_make_the_visit() -> None:
    """'has met his Peruvian counterpart and the Peruvian prime minister as part of his visit to Peru'
    (Anadolu, en-d): a trip with two hosts, a visit (the held-out trip rule); one host stays a meeting."""
    kind = _kind(
        "The Chilean foreign minister has met his Peruvian counterpart and the Peruvian prime minister "
        "as part of his visit to Peru, according to the ministry.",
        "Tomas Berg embarked on a two-day visit to Peru on Saturday.",
    )
    assert kind is EventKind.VISIT
    one = _kind(
        "Foreign Minister Tomas Berg of Chile met Prime Minister Ana Ruiz of Peru as part of his visit to "
        "Peru on Saturday.",
    )
    assert one is EventKind.MEETING


def test_discussions_the_page_then_calls_the_meeting_are_a_meeting() -> None:
    """'held discussions with X in New York on Sunday' and then 'During the meeting, they reviewed …'
    (Seychelles News Agency, en-m): the page's own noun for the event is a meeting."""
    kind = _kind(
        "Freedonia's President Tomas Berg held discussions with the Sylvanian Minister of State Ana "
        "Ruiz in New York on Sunday.",
        "President Berg is in New York for the General Assembly.",
        "During the meeting, they reviewed key projects such as the coast road.",
    )
    assert kind is EventKind.MEETING


def test_discussions_the_page_then_calls_the_discussions_stay_talks() -> None:
    """'held bilateral discussions with X … The discussions encompassed …' (en-h, Guyana): talks, even
    when a later line names a meeting ('Before the meeting, …')."""
    kind = _kind(
        "President Tomas Berg held bilateral discussions with the Emir of Freedonia, Ana Ruiz, on Tuesday "
        "at State House.",
        "The discussions encompassed areas of mutual interest.",
        "Before the meeting, the Emir watched a cultural presentation.",
    )
    assert kind is EventKind.TALKS


def test_a_call_held_with_a_possessive_is_a_call() -> None:
    """'held his introductory call yesterday with Foreign Minister X' (bulk State 1433, its HTML form
    without a title): a call; the next sentence's 'bilateral … issues' is a topic, no meeting."""
    kind = _kind(
        "Secretary Tomas Berg held his introductory call yesterday with Freedonian Minister of Foreign "
        "Affairs Ana Ruiz to discuss continued cooperation.",
        "The Secretary congratulated Foreign Minister Ruiz on her appointment and reaffirmed his resolve "
        "to work closely with Freedonia on the range of important bilateral, regional, and global issues.",
    )
    assert kind is EventKind.PHONE_CALL
    assert kind_of("The Ambassador made her farewell call on the President.") is EventKind.MEETING
