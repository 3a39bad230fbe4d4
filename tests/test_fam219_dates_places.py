"""Date lines and places not read on development pages (fam219, issue #8; each seen failing first on main
d3676503)."""

from __future__ import annotations

import datetime as dt

from readoutlib.dates import other_language_date
from readoutlib.segment.datelines import date_line_date, strip_dateline


def test_a_date_line_in_a_language_no_pack_reads_is_read_by_its_month_word_s_script() -> None:
    """An English page whose site keeps its own language's date line: Azerbaijani "2 Dekabr 2031", Hungarian
    "2031. február 6." (year first, full stops), Arabic "17 ديسمبر 2031م"."""
    assert date_line_date("4 Dekabr 2031") == dt.date(2031, 12, 4)
    assert date_line_date("2031. február 6.") == dt.date(2031, 2, 6)
    assert date_line_date("17 ديسمبر 2031م") == dt.date(2031, 12, 17)


def test_a_word_that_is_no_month_in_any_language_tried_gives_no_date() -> None:
    """A figure, a word and a year that make no date in the languages tried stay no date line."""
    assert other_language_date("12 Velorians 2031") is None
    assert date_line_date("12 Velorians 2031") is None


def test_a_date_in_another_calendar_before_the_gregorian_one_labels_the_date_line() -> None:
    """A Gulf site's date line: the Hijri date, "corresponding to", then the Gregorian date, which is read."""
    line = "14 جمادى الأولى 1453هـ الموافق 5 أكتوبر 2031م"
    assert date_line_date(line) == dt.date(2031, 10, 5)
    assert date_line_date("Velor 3 Lindoro 5 October 2031 minister") is None


def test_a_wire_s_name_in_brackets_between_the_place_and_the_date_closes_a_dateline() -> None:
    """ "Velia (VW), Nov. 20 – …": the wire's name in capitals in brackets and a comma before the date; the
    brackets with no date after them are no dateline of this shape."""
    found = strip_dateline("Velia (VW), Nov. 20 – The Minister received the Ambassador.")
    assert found is not None and found.place == "Velia" and found.day_month == (11, 20)
    found = strip_dateline("Port Town (VW), 20 November 2031 – The Minister met the envoy.")
    assert found is not None and found.place == "Port Town" and found.date == dt.date(2031, 11, 20)
    assert strip_dateline("Velia (VW), and Lindoro signed the accord.") is None
