"""Families of headline, lead and opening misses on en-q..en-t pages without a plugin (issue #8,
fam52), each on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _statements(readout: Readout) -> list[tuple[int, str, str]]:
    return [(s.paragraph, s.speaker or "", s.verb) for s in readout.statements]


def test_a_present_tense_headline_with_a_full_stop_is_no_body_paragraph() -> None:
    """A first line that reports the event in a headline's present tense and ends in a full stop
    ("Minister Ruiz meets the Chair of the Harbour Council.") over a lead that tells it in the past
    is the headline: the body opens with the lead, so the statements' paragraphs are not one off."""
    readout = _page(
        "date 2031-05-04 Minister Ruiz meets with Harbour Council Chair & Premier of Ruritania.",
        "Minister for External Affairs, Honourable Ana Ruiz, met with the Chair of the Harbour"
        " Council and Premier of Ruritania, Honourable Tomas Berg, on the margins of the recent"
        " ministerial meeting in Port Lark.",
        "Premier Berg informed that the summit preparations are well advanced.",
        "Minister Ruiz reaffirmed Borduria's support for the summit.",
    )
    assert _statements(readout) == [(1, "tomas-berg", "informed"), (2, "ana-ruiz", "reaffirmed")]


def test_a_meeting_held_after_which_a_statement_was_issued_opens_over_a_next_round_agreed() -> None:
    """ "X, Y and Z issued a joint statement after a trilateral meeting on Ruritania in Port Lark."
    tells the meeting held: it opens the report, not a later sentence on the next round agreed
    ("... agreed to hold the next round of talks in Lakeside next month"), so the meeting is in Port
    Lark."""
    readout = _page(
        "Three Ministers Say Lakeside Talks Help Ruritanian Settlement",
        "Borduria, Sylvania and Freedonia said Saturday that meetings in the Lakeside format have helped"
        " the settlement of the Ruritanian crisis.",
        "Bordurian Foreign Minister Ana Ruiz and her Sylvanian counterpart Tomas Berg and Freedonian"
        " counterpart Lena Holt issued a joint statement after a trilateral meeting on Ruritania in"
        " Port Lark.",
        "The three ministers agreed to hold the next round of international talks on Ruritania in"
        " Lakeside next month.",
    )
    assert (readout.event.kind.value, readout.event.location) == ("meeting", "Port Lark")


def _sides(readout: Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def test_a_post_nominal_in_brackets_is_no_person() -> None:
    """ "Honourable Lars Berg (MP), met with ..." prints the seat in brackets after the name, as
    "Lars Berg MP" prints it bare: a title of his, no participant "The MP"."""
    readout = _page(
        "Minister for Foreign Affairs of Borduria, Honourable Lars Berg (MP), met with the Prime Minister"
        " of Ruritania Honourable Juan Soto in Port Lark.",
        "Prime Minister Soto informed that preparations are going well.",
    )
    assert _sides(readout) == [("Lars Berg", None), ("Juan Soto", None)]


def test_a_state_office_beside_a_group_chair_gives_the_country() -> None:
    """ "the Chair of the Pacific Islands Forum and Prime Minister of Tonga Honourable X": one
    person's double role, a group's chair and a state's office; the state is the side he speaks for."""
    readout = _page(
        "Minister for Foreign Affairs Honourable Lars Berg met with the Chair of the Pacific Islands Forum"
        " and Prime Minister of Tonga Honourable Juan Soto in Port Lark.",
        "Prime Minister Soto informed that preparations are going well.",
    )
    assert _sides(readout)[1] == ("Juan Soto", "TO")
