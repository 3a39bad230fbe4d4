"""Golden and unit tests of the jp-mofa format plugin."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from readoutlib_jp_mofa import ITEM_NUMBER, JpMofaAdapter

from readoutlib import get_adapter, load
from readoutlib.testing import Case, cases_in, check_case, check_corpus

CASES = cases_in(Path(__file__).parent / "cases")
ADAPTER = JpMofaAdapter()


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fixture(case: Case) -> None:
    """Each fixture page parses to its gold."""
    check_case(case)


def test_entry_point() -> None:
    """The installed distribution registers the adapter under its publisher id."""
    assert type(ADAPTER) is type(get_adapter("jp-mofa"))


def test_corpus() -> None:
    """The publisher's real pages in the shared corpus meet the accuracy targets."""
    check_corpus("jp-mofa")


def test_url_patterns_cover_en_and_ja() -> None:
    """English press releases, old announcements, country pages and Japanese pages are recognised."""
    expected = [
        "https://www.mofa.go.jp/press/release/press1e_000234.html",
        "https://www.mofa.go.jp/press/release/pressite_000001_02654.html",
        "https://www.mofa.go.jp/announce/announce/2011/3/0310_02.html",
        "https://www.mofa.go.jp/mofaj/press/release/press4_002162.html",
        "https://www.mofa.go.jp/a_o/ocn/au/page4e_001025.html",
    ]
    assert expected == [url for url in expected if JpMofaAdapter.matches_url(url)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("1. The two ministers agreed.", "The two ministers agreed."),
        ("2 両者は一致しました。", "両者は一致しました。"),
        ("(3) The leaders confirmed it.", "The leaders confirmed it."),
        ("10 minutes later the talk ended.", "10 minutes later the talk ended."),
    ],
)
def test_item_numbers_are_taken_off(paragraph: str, expected: str) -> None:
    """List numbers opening a point go; a number that starts a sentence stays."""
    assert expected == re.sub(ITEM_NUMBER, "", paragraph, count=1)


def test_press_release_dump_parts() -> None:
    """Section line, date, title, body and the provisional-translation note and footer of an EN dump."""
    text = (
        "Press Releases\n\nJapan-Chile Foreign Ministers’ Telephone Talk\n\nJune 2, 2022\n\n"
        "On June 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with "
        "a minister. The overview is as follows.\n\n1. The two ministers agreed to cooperate.\n\n"
        "(*This is a provisional translation. The above date denotes the date of the issue of the original "
        "press release in Japanese.)\n\nBack to Index\n"
    )
    parts = ADAPTER.layout(load(text))
    expected = (
        "Japan-Chile Foreign Ministers’ Telephone Talk",
        dt.date(2022, 6, 2),
        "en",
        (
            "On June 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk "
            "with a minister. The overview is as follows.",
            "The two ministers agreed to cooperate.",
        ),
    )
    assert expected == (parts.title, parts.published, parts.language, parts.paragraphs)


def test_detect_scores_a_chinese_readout_low() -> None:
    """Another ministry's account of talks with Japan carries none of MOFA's markers."""
    text = (
        "Wang Yi Speaks with Japanese Foreign Minister on the Phone\n2016-03-14 10:00\n"
        "On March 14, Foreign Minister Wang Yi spoke with Japanese Foreign Minister on the phone.\n"
    )
    expected = 0.0
    assert expected == ADAPTER.detect(load(text))


def test_a_vice_ministers_title_on_another_ministrys_page_is_no_marker() -> None:
    """Another ministry's account of its minister's meeting with "the Parliamentary Vice-Minister for
    Foreign Affairs of Japan" names a Japanese office, not MOFA's own page: the minister's marker is the
    title alone, never the end of a vice-minister's (issue #8, en-ad: Japan's country went to the host)."""
    text = (
        "On May 3, Deputy Foreign Minister Ana Ruiz met the delegation led by the Parliamentary"
        " Vice-Minister for Foreign Affairs of Japan Sato Ken.\n"
        "The parties noted the importance of the anniversary of relations between the two countries.\n"
    )
    expected = 0.0
    assert expected == ADAPTER.detect(load(text))


def test_a_telephone_meeting_is_a_phone_call() -> None:
    """The ministry's newer word for a call, "Telephone Meeting", gives a phone call, not a meeting."""
    text = (
        "Press Releases\n\nJapan-Freedonia Summit Telephone Meeting\n\nMay 3, 2022\n\n"
        "On May 3, Mr. SATO Ken, Prime Minister of Japan, held a telephone meeting with Ms. Ana Ruiz, "
        "President of Freedonia. The overview is as follows.\n\n"
        "1. Prime Minister Sato stated that Japan stands with Freedonia.\n"
    )
    readout = ADAPTER.extract(load(text))
    expected = "phone_call"
    assert expected == readout.event.kind.value


@pytest.mark.parametrize(
    ("heading", "verb", "expected"),
    [
        # the ministry's own noun names the event, as "informal talks" do everywhere (CONVENTIONS.md)
        ("Foreign Ministers' Informal Talks", "held an informal talk with", "talks"),
        ("Foreign Ministers' Talks", "held talks with", "talks"),
        ("Foreign Ministers' Informal Meeting", "held an informal meeting with", "meeting"),
        ("Foreign Ministers' Meeting", "held a meeting with", "meeting"),
    ],
)
def test_a_talks_heading_is_talks_and_a_meeting_heading_a_meeting(
    heading: str, verb: str, expected: str
) -> None:
    """The heading's noun decides, also when the opening mentions another meeting the minister went on to."""
    text = (
        f"Press Releases\n\nJapan-Freedonia {heading}\n\nMay 3, 2022\n\n"
        "On May 3, Mr. SATO Ken, Minister for Foreign Affairs of Japan, before attending the leaders' "
        f"meeting, {verb} Ms. Ana Ruiz, Minister for Foreign Affairs of Freedonia. "
        "The overview is as follows.\n\n"
        "1. Minister Sato stated that Japan values its ties with Freedonia.\n"
    )
    readout = ADAPTER.extract(load(text))
    assert expected == readout.event.kind.value


def test_informal_talks_in_the_opening_are_talks_under_a_relations_heading() -> None:
    """A heading that names no event ("Japan-X Relations") leaves the opening's "held informal talks"
    to decide, though the opening names the occasion's "Foreign Ministers' Meetings" first (fam224)."""
    text = (
        "Press Releases\n\nJapan-Freedonia Relations\n\nMay 3, 2022\n\n"
        "On May 3, Mr. SATO Ken, Minister for Foreign Affairs, who is visiting Lima to attend the "
        "Harbour Forum Foreign Ministers' Meetings, held informal talks with Ms. Ana Ruiz, Minister for "
        "Foreign Affairs of Freedonia. The overview of the talks is as follows.\n\n"
        "1. Minister Sato stated that Japan values its ties with Freedonia.\n"
    )
    readout = ADAPTER.extract(load(text))
    expected = "talks"
    assert expected == readout.event.kind.value
