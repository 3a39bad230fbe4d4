"""Places, dates and countries left after stop 38 (fam186, issue #8; each seen failing first on
main 64a47fc5)."""

from __future__ import annotations

import datetime as dt

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
