"""Families of kind and date misses pooled from en-p and en-q with the same families on en-a..en-o
(#8, fam33), on invented text."""

from __future__ import annotations

import datetime as dt

from tests.languages.en.layout_kit import text_page as _page


def test_talks_via_telephone_are_a_phone_call() -> None:
    """ "held talks via telephone with" names the channel: a phone call, not talks."""
    readout = _page(
        "date 2031-05-07 President Ana Loret this afternoon held talks via telephone with the President"
        " of Velor, Ivo Brand.",
        "The two Presidents reaffirmed their commitment to the friendly relations between their countries.",
    )
    assert readout.event.kind.value == "phone_call"


def test_a_later_meetings_day_and_month_leave_the_weekday_to_date_the_call() -> None:
    """ "in the perspective of the Council of May 12" in an opening dated 7 May names a meeting still
    to come: its day and month are not the call's, and "on Wednesday" dates the call against the date
    line."""
    readout = _page(
        "date 2031-05-07 The Minister of Foreign Affairs, Ana Loret, had, on Wednesday, a phone conversation"
        " with her Velorian counterpart, Ivo Brand, at his request, the discussions targeting the"
        " situation in the region, in the perspective of the Foreign Affairs Council of May 12.",
        "The two ministers discussed the stage of the bilateral relation.",
    )
    expected = (dt.date(2031, 5, 7), "relative")
    assert expected == (readout.event.date, readout.event.date_basis)


def test_a_store_date_glued_to_a_quoted_opening_is_the_pages_date() -> None:
    """A store's date line run into an opening that starts with a quotation ("date 2031-05-07 "Very
    productive meeting with …," X stated after the meeting.) is the page's date, and dates a meeting
    whose body gives no day."""
    readout = _page(
        'date 2031-05-07 "Very productive meeting with Velorian PM Brand exploring areas of'
        ' collaboration and to strengthen our ties," Hon Loret stated after the meeting.',
        "Loret is attending the Regional Leaders Retreat at the Harbour Resort.",
        "The meeting is chaired by Brand.",
    )
    expected = (dt.date(2031, 5, 7), dt.date(2031, 5, 7), "published")
    assert expected == (readout.source.published, readout.event.date, readout.event.date_basis)


def test_a_meeting_framing_the_sentence_after_a_kindless_opening_is_a_meeting() -> None:
    """ "Following their meeting at the palace, X and Y told reporters …" after an opening that reports
    only a congratulation names the event: a meeting."""
    readout = _page(
        "Ana Loret congratulated Ivo Brand on the opening of the new deep-water port and called for closer"
        " ties between Velor and Ruritania.",
        "Following their meeting at the Blue Palace, Ana Loret and Ivo Brand told reporters that the two"
        " governments would sign a trade agreement.",
        "Ana Loret and Ivo Brand discussed regional security.",
    )
    assert readout.event.kind.value == "meeting"


def test_informal_talks_told_after_a_congratulation_are_talks() -> None:
    """ "During informal talks at the villa, X and Y agreed …" after an opening that reports a
    congratulation names the event: talks."""
    readout = _page(
        "Ana Loret congratulated Ivo Brand on his victory in the parliamentary elections and called for"
        " the revitalisation of bilateral relations between Velor and Ruritania.",
        "During informal talks at Villa Serena, Ana Loret and Ivo Brand agreed that the new governments"
        " of the two countries should work on the development of bilateral relations.",
        "Ana Loret and Ivo Brand discussed current international problems.",
    )
    assert readout.event.kind.value == "talks"
