"""Families of misses on en-j (issue #8, after its one blind run), each on invented text."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.languages.en.genre import genre_of
from readoutlib.languages.en.names import find_mentions
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_date_line_at_the_foot_of_a_page_dates_a_body_without_one() -> None:
    """A release signed with its date under the body ("March 3, 2031" last) is dated by it."""
    readout = _page(
        "Telephone conversation with President of Ruritania Tomas Berg",
        "Ahead of the summit scheduled for April 9, 2031 in Vienna, President Ana Ruiz had a telephone"
        " conversation with President of Ruritania Tomas Berg.",
        "The two presidents discussed gas transit in detail.",
        "It was agreed to maintain contacts at various levels.",
        "March 3, 2031",
    )
    expected = (dt.date(2031, 3, 3), "published", dt.date(2031, 3, 3))
    assert expected == (readout.event.date, readout.event.date_basis, readout.source.published)


def test_a_visit_over_a_range_of_days_is_dated_by_its_first_day() -> None:
    """'visited Ruritania on 14-15 May 2031' and 'May 14–15, 2031' give 14 May, not the range's end."""
    dates = []
    for span in ("on 14-15 May 2031", "on May 14–15, 2031"):
        readout = _page(
            "Foreign Minister Ana Ruiz visits Ruritania",
            f"Foreign Minister Ana Ruiz visited Ruritania {span} to hold bilateral talks.",
            "On her first day in Strelsau, Minister Ruiz met Foreign Minister Tomas Berg of Ruritania.",
        )
        dates.append((readout.event.date, readout.event.date_basis))
    assert [(dt.date(2031, 5, 14), "text")] * 2 == dates


def test_a_dateline_with_its_date_in_brackets_dates_today() -> None:
    """'Strelsau, Ruritania (6 March 2031) – X hosted earlier today Y' is dated 6 March 2031."""
    readout = _page(
        "PM Berg, Ruritania's Ruiz: the border will stay open",
        "Strelsau, Ruritania (6 March 2031) – Prime Minister Tomas Berg hosted earlier today Chair of the"
        " Foreign Affairs Committee of the Parliament of Chile Ana Ruiz.",
        "Prime Minister Berg said that Ruritania is committed to its strategic goals.",
    )
    expected = (dt.date(2031, 3, 6), "relative", dt.date(2031, 3, 6))
    assert expected == (readout.event.date, readout.event.date_basis, readout.source.published)


def test_a_date_line_in_another_language_dates_the_page() -> None:
    """A labelled date line printed month first in Maltese ("Data : Lul 4, 2031") dates the page."""
    readout = _page(
        "Minister Ana Ruiz discusses bilateral relations with Foreign Minister Tomas Berg of Ruritania",
        "Numru ta' Referenza: PR310104en, Data ta' l-Istqarrija : Lul 4, 2031",
        "During a phone call with the Foreign Minister of Ruritania Tomas Berg, Minister Ana Ruiz"
        " discussed the need to strengthen bilateral relations between the two countries.",
        "At the end of their conversation, the two ministers pledged to keep in touch.",
    )
    expected = (dt.date(2031, 7, 4), "published", dt.date(2031, 7, 4))
    assert expected == (readout.event.date, readout.event.date_basis, readout.source.published)


def test_leaders_named_by_family_name_keep_their_own_countries_on_a_publishers_page() -> None:
    """On gov.uk, 'President Macron, Chancellor Scholz and Prime Minister Meloni' are FR, DE, IT, not GB."""
    readout = readoutlib.parse(
        "Leaders' video call on energy\n\n"
        "The Prime Minister held a video call with President Macron, Chancellor Scholz and Prime Minister"
        " Meloni this afternoon to discuss energy prices ahead of next month's summit.\n\n"
        "They agreed to keep working together on gas storage before the winter.\n",
        url="https://www.gov.uk/government/news/leaders-video-call-on-energy",
    )
    expected = [("Macron", "FR"), ("Scholz", "DE"), ("Meloni", "IT")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_the_style_h_e_written_with_a_space_is_no_name() -> None:
    """'met with H. E. Mr. Tomas Berg, Foreign Minister of Ruritania' names Tomas Berg, not 'H. E.'."""
    mentions = find_mentions(
        "The Secretary-General met with H. E. Mr. Tomas Berg, Foreign Minister of Ruritania, today."
    )
    expected = [(None, ("Secretary-General",)), ("Tomas Berg", ("Foreign Minister of Ruritania",))]
    assert expected == [(m.name, m.titles) for m in mentions]


def test_an_archived_announcement_of_a_meeting_with_a_newly_appointed_ambassador_is_read() -> None:
    """A cut teaser of the title, an 'Announcement:' label and 'meets newly appointed Ambassador
    Extraordinary and Plenipotentiary' give a meeting of the two, dated by its date line."""
    readout = _page(
        "- Government of Slovenia",
        "Announcement: Slovenian Prime Minister Tomas Berg meets newly appo...",
        "Please note: The page below represents the archived content relating to the previous Government"
        " of Slovenia. Some of the information might be inaccurate or outdated.",
        "Archive",
        "Announcement: Slovenian Prime Minister Tomas Berg meets newly appointed Ambassador Extraordinary"
        " and Plenipotentiary of Chile to Slovenia Ana Ruiz",
        "Published on: March 3, 2031 • 10:48 PM Author: Front page",
        "The two officials exchanged their views on the situation in the region.",
        "Prime Minister Berg stressed the importance of trade between the two countries.",
    )
    expected = ("meeting", dt.date(2031, 3, 3), [("Tomas Berg", "SI"), ("Ana Ruiz", "CL")])
    actual = (
        readout.event.kind,
        readout.event.date,
        [(p.name, p.country) for p in readout.event.participants],
    )
    assert expected == actual


def test_newly_appointed_and_an_announcement_label_name_no_other_kind_of_page() -> None:
    """'meets newly appointed Ambassador' and an 'Announcement:' label are no appointment or announcement."""
    titles = [
        "Announcement: Prime Minister Tomas Berg meets newly appointed Ambassador Ana Ruiz",
        "Prime Minister Tomas Berg receives newly-nominated Ambassador Ana Ruiz",
        "The President Appoints Ana Ruiz as Ambassador",
        "Ministry announces new visa rules",
    ]
    expected = [None, None, "appointments or nominations", "announcement"]
    assert expected == [genre_of(title) for title in titles]


def test_leaders_who_agree_to_meet_have_talked() -> None:
    """Leaders who 'agree to meet' have talked: no coming event; 'to meet' alone still announces one."""
    titles = [
        "Berg and Ruiz stress close ties and agree to meet soon – Government office",
        "Foreign ministers agreed to meet again in May",
        "Prime Minister Berg to meet President Ruiz in Fredonia City",
        "The President will meet the Chancellor on Monday",
    ]
    expected = [None, None, "announcement of a coming event", "announcement of a coming event"]
    assert expected == [genre_of(title) for title in titles]
