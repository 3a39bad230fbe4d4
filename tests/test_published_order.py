"""A publication date read from a form that names one day only is never turned round by the page's
dates in figures (``dates.reorder_numeric``): an ISO ``<meta>`` stamp, a date printed year first."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.dates import numeric_order, reorder_numeric

#: A page stamped 5 March 2031 in its metadata that prints day-first dates in figures, one of them
#: with the stamp's figures the other way round ("03/05/2031": 3 May, another day).
_PAGE = """<html><head><title>Foreign Minister meets envoy</title>
<meta property="article:published_time" content="2031-03-05T09:00:00+00:00">
</head><body><article>
<h1>Foreign Minister Ana Ruiz meets Ambassador Tom Reed</h1>
<p>Foreign Minister Ana Ruiz met Ambassador Tom Reed of Norland in Capital City today.</p>
<p>The two discussed the trade agreement signed on 03/05/2031 and the fisheries talks due on
25/06/2031.</p>
<p>Minister Ruiz said the agreement had opened a new chapter in the relations of the two countries.</p>
</article></body></html>
"""


def test_an_iso_meta_stamp_is_not_turned_by_the_pages_figures() -> None:
    """The ISO stamp names 5 March; the body's "03/05/2031" (3 May, day first) does not turn it."""
    readout = readoutlib.parse(_PAGE)
    expected = (dt.date(2031, 3, 5), dt.date(2031, 3, 5))
    assert expected == (readout.source.published, readout.event.date)


def test_a_date_in_figures_printed_year_first_reads_one_way() -> None:
    """A page printing "2031-03-05" beside "03/05/2031" shows its figures month first, as a page
    printing "March 5, 2031" beside them does; so its day-first "25/06/2031" leaves the order untold
    and a date read from "03/05/2031" stays 5 March."""
    page = ["2031-03-05", "The agreement signed on 03/05/2031.", "Talks are due on 25/06/2031."]
    worded = ["March 5, 2031", *page[1:]]
    found = (numeric_order(page), numeric_order(worded), reorder_numeric(dt.date(2031, 3, 5), page))
    assert (None, None, dt.date(2031, 3, 5)) == found


def test_the_publishers_order_decides_where_the_page_does_not() -> None:
    """A date in figures read day first ("04/09/2031": 4 September) turns to the publisher's own order
    (``month_first``: 9 April) only where the page's dates do not tell one; a page that prints a part above
    12 ("25/06/2031") keeps its day-first reading whatever the publisher's order (fam96)."""
    read = dt.date(2031, 9, 4)
    untold = ["04/09/2031 | Press release"]
    told = [*untold, "Talks are due on 25/06/2031."]
    found = (
        reorder_numeric(read, untold),
        reorder_numeric(read, untold, month_first=True),
        reorder_numeric(read, told, month_first=True),
    )
    assert (read, dt.date(2031, 4, 9), read) == found
