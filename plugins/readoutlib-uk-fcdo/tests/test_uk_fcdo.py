"""Golden and unit tests of the uk-fcdo format plugin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from readoutlib_uk_fcdo import UkFcdoAdapter

import readoutlib
from readoutlib import get_adapter, load
from readoutlib.testing import Case, cases_in, check_case, check_corpus

CASES = cases_in(Path(__file__).parent / "cases")
ADAPTER = UkFcdoAdapter()


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fixture(case: Case) -> None:
    """Each fixture page parses to its gold."""
    check_case(case)


def test_entry_point() -> None:
    """The installed distribution registers the adapter under its publisher id."""
    assert type(ADAPTER) is type(get_adapter("uk-fcdo"))


def test_corpus() -> None:
    """The publisher's real pages in the shared corpus meet the accuracy targets."""
    check_corpus("uk-fcdo")


def test_url_patterns_cover_news_items() -> None:
    """gov.uk news items, with or without www and e-mail alert queries, are recognised."""
    expected = [
        "https://www.gov.uk/government/news/pm-call-with-president-x-9-march-2022",
        "https://gov.uk/government/news/pm-call-with-y-20-march-2022?utm_medium=email&utm_source=alert",
    ]
    assert expected == [url for url in expected if UkFcdoAdapter.matches_url(url)]


def test_metadata_block_and_lead_paragraph_are_cut() -> None:
    """ "From:", the organisations, "Published", the dates and the lead paragraph above them go;
    the block dates the page and the lead is the summary."""
    lines = [
        "News story",
        "Foreign Secretary's call with a minister: 2 May 2023",
        "The Foreign Secretary spoke to a minister about trade.",
        "From:",
        "Foreign, Commonwealth & Development Office",
        "The Rt Hon A Minister MP",
        "Published",
        "2 May 2023",
        "Last updated",
        "3 May 2023 — See all updates",
        "The Foreign Secretary spoke to a minister today about trade between the two countries.",
        "The ministers agreed to meet again in the autumn and to keep in close touch.",
    ]
    parts = ADAPTER.layout(load("\n".join(lines)))
    expected = (
        "Foreign Secretary's call with a minister: 2 May 2023",
        (
            "The Foreign Secretary spoke to a minister today about trade between the two countries.",
            "The ministers agreed to meet again in the autumn and to keep in close touch.",
        ),
        dt.date(2023, 5, 2),
        "The Foreign Secretary spoke to a minister about trade.",
    )
    assert expected == (parts.title, parts.paragraphs, parts.published, parts.summary)


def test_body_only_dump_is_left_whole() -> None:
    """A dump without the metadata block keeps every line and gives no date."""
    lines = ("The Prime Minister spoke to a president this morning.", "The leaders agreed to stay in touch.")
    parts = ADAPTER.layout(load("\n".join(lines)))
    expected = (lines, None, None)
    assert expected == (parts.paragraphs, parts.published, parts.summary)


def test_closing_published_block_dates_the_page() -> None:
    """A dump ending with "Published 20 March 2022" is dated by it, and the block is not a paragraph."""
    text = (
        "The Prime Minister spoke to a president this afternoon.\nThe leaders agreed to stay in touch.\n"
        "Published 20 March 2022\n"
    )
    parts = ADAPTER.layout(load(text))
    expected = (
        dt.date(2022, 3, 20),
        ("The Prime Minister spoke to a president this afternoon.", "The leaders agreed to stay in touch."),
    )
    assert expected == (parts.published, parts.paragraphs)


def test_downing_street_attribution_is_not_a_paragraph() -> None:
    """ "A Downing Street spokesperson said:" ends the header and is dropped."""
    text = (
        "PM call with a president: 1 June 2023\nA Downing Street spokesperson said:\n"
        "The Prime Minister spoke to a president this afternoon.\n"
    )
    parts = ADAPTER.layout(load(text))
    expected = (
        "PM call with a president: 1 June 2023",
        ("The Prime Minister spoke to a president this afternoon.",),
    )
    assert expected == (parts.title, parts.paragraphs)


def test_detect_scores_an_indian_readout_low() -> None:
    """Another government's account of a call with the Prime Minister carries none of gov.uk's markers."""
    text = (
        "Media Center\nTelephone Conversation between PM and a President\nApril 04, 2020\n"
        "Prime Minister Shri Narendra Modi had a telephonic conversation today with a President.\n"
        "The Prime Minister conveyed his condolences.\n"
    )
    expected = 0.0
    assert expected == ADAPTER.detect(load(text))


def test_detect_leaves_another_governments_readout_naming_the_fcdo() -> None:
    """Another ministry's readout names its British caller's office in a sentence ("Minister for Asia
    at the United Kingdom Foreign, Commonwealth and Development Office"): a mention, not gov.uk's own
    "From:" line or spokesperson; the page is not gov.uk's (en-o: APP's account of Lord Ahmad's call)."""
    text = (
        "KARACHI, May 3: Foreign Minister Omar Rauf received a telephone call from Lord Peter Vane, Minister "
        "for Asia at the United Kingdom Foreign, Commonwealth and Development Office (FCDO) on Sunday.\n\n"
        "Foreign Minister Rauf underlined the importance of trade between the two countries.\n"
    )
    assert ADAPTER.detect(load(text)) == 0.0
    own = "From:\nForeign, Commonwealth & Development Office\n\nThe Minister met X.\n"
    assert ADAPTER.detect(load(own)) > 0


def test_from_line_names_the_prime_minister_the_body_calls_by_office() -> None:
    """The "From:" block's "Prime Minister's Office, 10 Downing Street and The Rt Hon <Name>" is the
    one place an office-only Prime Minister is named: the principal takes that name, less the style
    ("Sir") and the letters after it (CONVENTIONS.md, "a principal named only in furniture")."""
    lines = [
        "Press release",
        "PM meeting with President Ostrova of Veldania: 3 March 2025",
        "The Prime Minister welcomed President Anna Ostrova of Veldania to Downing Street today.",
        "From:",
        "Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Tobias Fernhill KCB MP",
        "Published",
        "3 March 2025",
        "The Prime Minister welcomed President Anna Ostrova of Veldania to Downing Street today.",
        "The Prime Minister thanked President Ostrova for her country's support on energy.",
    ]
    readout = readoutlib.parse("\n".join(lines), format="uk-fcdo")
    names = [p.name for p in readout.event.participants]
    assert names == ["Tobias Fernhill", "Anna Ostrova"]
    assert [s.speaker for s in readout.statements] == ["tobias-fernhill"]


def test_from_line_of_a_department_names_no_prime_minister() -> None:
    """A "From:" line naming a department's minister says nothing about the Prime Minister."""
    lines = [
        "PM call with President Ostrova of Veldania: 3 March 2025",
        "From:",
        "Foreign, Commonwealth & Development Office and The Rt Hon Mara Quillon MP",
        "Published",
        "3 March 2025",
        "The Prime Minister spoke to President Anna Ostrova of Veldania this evening.",
    ]
    readout = readoutlib.parse("\n".join(lines), format="uk-fcdo")
    assert [p.name for p in readout.event.participants] == ["The Prime Minister", "Anna Ostrova"]
