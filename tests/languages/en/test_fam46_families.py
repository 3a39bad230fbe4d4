"""Families of readouts refused and non-readouts parsed on en-r, en-s and en-t, now dev sets (#8, fam46),
on invented pages."""

from __future__ import annotations

import pytest

from readoutlib.languages.en.event import clause_tense
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import text_page as _page


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ivo Brand of Velor left Marland after bilateral meetings with Prime Minister Ana Loret.",
        "The Foreign Minister departed Harbour City on Sunday after talks with his Marlandian counterpart.",
    ],
)
def test_leaving_after_meetings_with_someone_reports_them(sentence: str) -> None:
    """ "X left <country> after bilateral meetings with Y": the departure tells meetings already held."""
    assert clause_tense(sentence) == "past"


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ana Loret, who resigned last week, was present with her counterparts Ivo Brand"
        " and Tomas Berg.",
        "The Minister was present together with his Velorian counterpart at the border crossing.",
    ],
)
def test_present_with_counterparts_reports_an_encounter(sentence: str) -> None:
    """ "was present with her counterparts A and B": the leaders met."""
    assert clause_tense(sentence) == "past"


def test_present_with_someone_else_is_no_encounter() -> None:
    """Present with family, staff or a crowd: no counterpart, no encounter."""
    assert clause_tense("The Minister was present with his wife at the opening of the bridge.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The President received on Monday, in Harbour City, a message from his Velorian counterpart.",
        "The President received a written message from President Ivo Brand of Velor.",
    ],
)
def test_a_message_received_from_a_counterpart_reports_it(sentence: str) -> None:
    """The host's side of a message sent by a counterpart (the sender's side, "sent a message to", is a
    clause already)."""
    assert clause_tense(sentence) == "past"


def test_a_message_from_citizens_still_reports_nothing() -> None:
    """A message from people named by no capital or counterpart word is no exchange between principals."""
    assert clause_tense("The Mayor received a message from citizens about the harbour.") is None


def test_a_lead_line_ending_in_a_stray_comma_is_still_the_lead() -> None:
    """A lead line that ends ".," (a stray comma after the full stop) and is shorter than a long
    passage still reads as the lead, not as a headline the layout sets aside."""
    readout = _page(
        "date 2031-05-09",
        "Harbour City, May 9 - The President of Velor, Ivo Brand, met on Wednesday, in Harbour City,"
        " the Foreign Minister of Marland, Ana Loret, to discuss relations between the two states.,",
        "The two sides reviewed cooperation in fisheries and trade.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_the_sender_of_a_message_received_is_no_side() -> None:
    """ "received a message from his Velorian counterpart, X": X sent it and was not there."""
    readout = _page(
        "date 2031-05-09 The President of Marland, Ana Loret, received on Wednesday, in Harbour City, a"
        " message from her Velorian counterpart, Ivo Brand, on relations between the two states.",
        "The two states cooperate in fisheries.",
    )
    assert [p.name for p in readout.event.participants] == ["Ana Loret"]
