"""Readouts refused and kinds on en-am, en-an, en-ao (issue #8, fam136): openings behind a lone dateline
dash, in an adverbial of the meeting, or with one principal joining another; on invented text."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_lead_behind_a_lone_dateline_dash_is_the_opening() -> None:
    """A caption line, then the lead behind a dash whose place the copy dropped: one dash-led
    paragraph between prose is no list, so the lead reports the call."""
    readout = _page(
        "Trade Minister Ana Berg holds phone talks with Sylvanian Trade Minister Ivo Brand (Photo: Wire)",
        "– Freedonian Trade Minister Ana Berg on May 3 held phone talks with Sylvanian Trade Minister Ivo"
        " Brand on the new harbour tariffs.",
        "The two ministers agreed to meet in Port Ruiz next month.",
    )
    assert readout.event.kind is EventKind.PHONE_CALL
    assert {p.name for p in readout.event.participants} >= {"Ana Berg", "Ivo Brand"}


def test_dash_led_items_of_a_list_are_still_no_opening() -> None:
    """Two dash-led paragraphs in a row are a fact sheet's list: neither is the lead."""
    with pytest.raises(NotAReadoutError):
        _page(
            "Fact Sheet: Harbour Cooperation",
            "- Minister Ana Berg held talks with Minister Ivo Brand on tariffs in 2019.",
            "- Minister Ana Berg met Minister Ivo Brand on shipping in 2020.",
            "The new harbour fund opens to applicants next year.",
        )


def test_a_meeting_in_a_leading_adverbial_opens_the_report() -> None:
    """'At a meeting in <place> today with X, Y stressed …': the meeting stands before the clause
    that tells what one side said in it."""
    readout = _page(
        "Berg stresses need for restraint over harbour",
        "At a meeting in Port Ruiz today with Sylvanian President Ivo Brand, Freedonian Foreign Minister"
        " Ana Berg stressed that both sides should avoid any escalation.",
        "The two also discussed the fisheries agreement.",
    )
    assert readout.event.kind is EventKind.MEETING
    assert "Ivo Brand" in {p.name for p in readout.event.participants}


def test_a_possessive_meeting_in_a_leading_adverbial_opens_the_report() -> None:
    """'During X's meeting with Y, she said …' under a headline about Y's speech: the speech is what
    the page reports on, not the page."""
    readout = _page(
        "Berg welcomes Brand's speech",
        "During Freedonian Foreign Minister Ana Berg's meeting with Sylvanian President Ivo Brand, she said"
        " she welcomed his speech on the harbour.",
        "The two also discussed the fisheries agreement.",
    )
    assert readout.event.kind is EventKind.MEETING


@pytest.mark.parametrize(
    "lead",
    [
        "At next week's meeting with President Ivo Brand, Minister Ana Berg will raise the tariffs.",
        "At a meeting with students, Minister Ana Berg said the harbour would reopen.",
    ],
)
def test_an_adverbial_meeting_to_come_or_with_no_side_opens_nothing(lead: str) -> None:
    """A meeting still to come, or one with no named other side, reports no encounter."""
    with pytest.raises(NotAReadoutError):
        _page("Harbour to reopen", lead, "The harbour closed in March after the storm.")


@pytest.mark.parametrize(
    ("title", "refused"),
    [
        ("The President's Speech at the Harbour Summit", True),
        ("Speech by the Minister at the University", True),
        ("Berg expresses appreciation of Brand's speech", False),
    ],
)
def test_a_speech_in_the_title_names_the_page_only_as_its_head(title: str, refused: bool) -> None:
    """Someone's speech after the headline's own verb is what the page is about, not its genre (a
    headline in title case, its verb capitalised, still reads as the speaker's own: left)."""
    from readoutlib.languages.en.genre import other_page_title

    assert (other_page_title(title) is not None) is refused


def test_courtesy_calls_still_to_be_paid_announce_a_visit() -> None:
    """A visit announced: the guest 'is paying a visit', 'will pay courtesy calls on' the heads and 'will
    hold talks': nothing held yet, so no readout."""
    with pytest.raises(NotAReadoutError):
        _page(
            "Press Release regarding the visit of the Sylvanian Foreign Minister",
            "At the invitation of Foreign Minister Ana Berg, the Foreign Minister of Sylvania Mr. Ivo Brand"
            " is paying an official visit to Freedonia from 8 to 10 May.",
            "During the visit, Mr. Brand will pay courtesy calls on the President and the Prime Minister.",
            "Foreign Minister Berg will hold bilateral talks with her counterpart on 9 May.",
        )


def test_a_talk_held_at_a_place_is_a_meeting() -> None:
    """'held a brief talk with X at <place>', no channel: the two were together."""
    readout = _page(
        "Minister greets visiting envoy",
        "Foreign Minister Ana Berg held a brief one-to-one talk with visiting Sylvanian envoy Ivo Brand at"
        " Port Ruiz International Airport on Friday.",
        "The two discussed the harbour agreement.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_telephone_talk_is_still_a_call() -> None:
    """The channel named decides first: 'held a telephone talk with X' stays a phone call."""
    readout = _page(
        "Telephone talk between the foreign ministers",
        "Foreign Minister Ana Berg held a telephone talk with Sylvanian Foreign Minister Ivo Brand in the"
        " evening of May 3.",
        "The two discussed the harbour agreement.",
    )
    assert readout.event.kind is EventKind.PHONE_CALL


def test_the_meeting_in_a_later_adverbial_points_back() -> None:
    """'At the meeting with X, the sides …' tells a meeting already told: no clause of its own."""
    from readoutlib.languages.en.event import clause_tense

    tail = " meeting with Sylvanian envoy Ivo Brand, the sides pointed out the tariffs."
    assert clause_tense("At the" + tail) is None
    assert clause_tense("At a" + tail) == "past"
