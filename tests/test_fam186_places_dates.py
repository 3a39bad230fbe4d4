"""Places, dates and countries left after stop 38 (fam186, issue #8; each seen failing first on
main 64a47fc5)."""

from __future__ import annotations

import datetime as dt

from readoutlib.languages.en.event import event_location
from readoutlib.model import EventKind
from readoutlib.segment.dump import split_text_dump


def test_a_store_stamp_before_the_page_s_own_written_line_is_not_its_date() -> None:
    """The store's stamp says the 7th but the page prints "Written: ... 13th": a page is stored only after
    it is written, so the page's own line dates it (and so the "on Saturday" read from it)."""
    lines = [
        " date 2031-03-07 Menu Content",
        "Politics",
        "Foreign Ministers of Ruritania and Velor Agree to Work Together",
        "Written: 2031-03-13 10:12:40Updated: 2031-03-13 11:05:02",
        "Foreign Minister Ana Ruiz held talks with her Velorian counterpart in Port Vell on Saturday.",
    ]
    dump = split_text_dump(lines)
    assert dump.published == dt.date(2031, 3, 13)


def test_a_store_stamp_after_the_page_s_own_line_stays_a_copy_s_stamp() -> None:
    """The other way round the earlier date still wins: a copy is only ever stamped later."""
    lines = [
        " date 2031-03-20 Menu Content",
        "Foreign Ministers of Ruritania and Velor Agree to Work Together",
        "Written: 2031-03-13 10:12:40",
        "Foreign Minister Ana Ruiz held talks with her Velorian counterpart in Port Vell on Saturday.",
    ]
    dump = split_text_dump(lines)
    assert dump.published == dt.date(2031, 3, 13)


def test_a_gathering_named_after_its_city_opening_the_sentence_places_the_meeting() -> None:
    """ "On the margins of the Northport Security Conference, X met Y": the capital "On" opening the
    sentence tells the margins as well as "on" inside it does; the conference's city is the meeting's."""
    opening = "On the margins of the Northport Security Conference, Ana Ruiz met her counterpart."
    assert event_location(opening, EventKind.MEETING) == "Northport"
    inside = "Ana Ruiz met her counterpart on the margins of the Northport Security Conference."
    assert event_location(inside, EventKind.MEETING) == "Northport"
