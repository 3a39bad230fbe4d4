"""Families of refusal, kind, date and place misses on en-r, en-s and en-t, measured blind and dev sets now
(#8, fam43), on invented pages."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutlib.dates import find_dates
from readoutlib.languages.en.event import clause_tense
from tests.languages.en.layout_kit import text_page as _page


def test_a_letter_from_citizens_is_no_encounter() -> None:
    """A letter from people the sentence names by no capital or counterpart word reports nothing."""
    assert clause_tense("The Mayor received a letter from citizens about the harbour.") is None


def test_meetings_before_an_onward_trip_announce_it() -> None:
    """ "Following meetings in <city>, X will continue to <city>": a travel announcement reports nothing."""
    assert clause_tense("Following meetings in Harbour City, the Minister will continue to Velor.") is None
    assert clause_tense("Following meetings with the Mayor, the Minister will continue to Velor.") is None


@pytest.mark.parametrize(
    "text",
    [
        "paid a state visit to Velor between February 12 and 15, 2031 at the invitation of",
        "paid a state visit to Velor from February 12 to 15, 2031 at the invitation of",
        "paid a state visit to Velor between 12 and 15 February 2031 at the invitation of",
    ],
)
def test_a_range_of_days_written_in_words_is_read_as_its_first_day(text: str) -> None:
    """ "between February 12 and 15, 2031", "from February 12 to 15, 2031": a range of days joined by a
    word, as one joined by a dash, dates the event by its first day."""
    assert [found.date for found in find_dates(text)][:1] == [dt.date(2031, 2, 12)]


def test_today_of_another_event_still_to_be_held_does_not_date_the_meeting() -> None:
    """ "met with X yesterday ... ahead of the Ministers Meeting to be held today": 'today' dates the
    meeting still to come; 'yesterday' dates the one reported."""
    readout = _page(
        "Prime Minister Brand meets Marland Prime Minister",
        "Harbour City, Velor, 15 September 2031 - Prime Minister Ivo Brand met with Marland Prime Minister"
        " Ana Loret yesterday in Harbour City ahead of the upcoming Ministers Meeting to be held today at"
        " the Secretariat.",
        "They discussed fisheries.",
    )
    assert readout.event.date == dt.date(2031, 9, 14)
