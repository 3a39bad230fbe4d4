"""Golden and layout tests of the ru-kremlin plugin (kremlin.ru, en.kremlin.ru)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from readoutlib_ru_kremlin import RuKremlinAdapter

from readoutlib import NotAReadoutError, load, parse
from readoutlib.adapter import Layout
from readoutlib.analysis import analyze
from readoutlib.model import Source
from readoutlib.testing import Case, cases_in, check_case, check_corpus

CASES_DIR = Path(__file__).parent / "cases"
CASES = cases_in(CASES_DIR)
ADAPTER = RuKremlinAdapter()
HTML_PAGE = CASES_DIR / "ru-kremlin-20190820-html-putin-niinisto-call.html"
DUMP_PAGE = CASES_DIR / "ru-kremlin-20200116-dump-putin-abe-call.txt"


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fixture(case: Case) -> None:
    """Each fixture page parses to its gold."""
    check_case(case)


def test_corpus() -> None:
    """The Kremlin's real pages in the shared corpus meet the accuracy targets."""
    check_corpus("ru-kremlin")


@pytest.mark.parametrize(
    "url",
    [
        "http://kremlin.ru/events/president/news/20866",
        "http://en.kremlin.ru/events/president/news/20866",
        "https://www.kremlin.ru/events/president/transcripts/70000",
        "http://en.kremlin.ru/events/president/letters/61000",
        "http://kremlin.ru/supplement/5000",
        "http://en.kremlin.ru/d/62590",
        "http://kremlin.ru/acts/news/by-date/05.02.2025",
        "http://en.kremlin.ru/events/president/news/page/3",
    ],
)
def test_url_patterns(url: str) -> None:
    """News, transcripts, letters, supplements, short links and listings on both hosts are claimed."""
    assert ADAPTER.matches_url(url) is True


def test_url_patterns_refuse_others() -> None:
    """A mirror that quotes the host in its path is not claimed by URL."""
    assert ADAPTER.matches_url("http://russland.ru/english/?p=kremlin.ru/events") is False


def test_detect_dump_without_url() -> None:
    """A dump is recognised by the site footer (short link, sections line) when no URL is known."""
    assert ADAPTER.detect(load(DUMP_PAGE)) > 0.6


def test_detect_html_without_url() -> None:
    """The article's h-entry classes identify the page without a URL."""
    assert ADAPTER.detect(load(HTML_PAGE)) > 0.8


def test_detect_plain_text_scores_nothing() -> None:
    """A readout without the site's furniture gets no score from text alone."""
    page = "Telephone conversation with the Prime Minister\n\nThe two leaders discussed trade.\n"
    assert ADAPTER.detect(load(page)) == 0.0


def test_html_layout() -> None:
    """HTML: h1 title, machine date, lead then body, tooltip and bottom meta left out."""
    layout = ADAPTER.layout(load(HTML_PAGE, url="http://en.kremlin.ru/events/president/news/61345"))
    expected = (
        "Telephone conversation with President of Finland Sauli Niinistö",
        dt.date(2019, 8, 20),
        (
            "Vladimir Putin had a telephone conversation with President of Finland Sauli Niinistö at the "
            "Finnish side’s initiative.",
            "The two presidents discussed the situation in the Baltic region and the prospects for "
            "cooperation in the Arctic. Vladimir Putin noted the importance of a constructive dialogue on "
            "regional security issues.",
            "Sauli Niinistö expressed his condolences over the victims of the forest fires in Siberia.",
            "The leaders agreed to continue contacts at various levels.",
        ),
        "en",
    )
    assert expected == (layout.title, layout.published, layout.paragraphs, layout.language)


def test_dump_layout() -> None:
    """Dump: date, time and place lines are header, the title is found, the footer is cut."""
    layout = ADAPTER.layout(load(DUMP_PAGE))
    expected = (
        "Telephone conversation with Prime Minister of Japan Shinzo Abe",
        dt.date(2020, 1, 16),
        (
            "Vladimir Putin had a telephone conversation with Prime Minister of Japan Shinzo Abe at the "
            "Japanese side’s initiative.",
            "Shinzo Abe stressed his commitment to the understandings reached at the recent summit meetings.",
            "The two leaders discussed progress in joint economic activities on the southern Kuril Islands. "
            "Vladimir Putin said that Russia was ready to continue the dialogue on a peace treaty on the "
            "basis of the 1956 Joint Declaration.",
            "It was agreed to maintain contacts.",
        ),
    )
    assert expected == (layout.title, layout.published, layout.paragraphs)


def test_russian_host_is_russian() -> None:
    """Pages on kremlin.ru (not en.kremlin.ru) are Russian; the Russian date text gives way to datetime."""
    page = HTML_PAGE.read_text(encoding="utf-8").replace("August 20, 2019", "20 августа 2019 года")
    page = page.replace('<html lang="en"', "<html")
    layout = ADAPTER.layout(load(page, url="http://kremlin.ru/events/president/news/61345"))
    expected = ("ru", dt.date(2019, 8, 20))
    assert expected == (layout.language, layout.published)


def test_entry_point() -> None:
    """The installed distribution registers the adapter under its publisher id."""
    from readoutlib import get_adapter

    assert type(ADAPTER) is type(get_adapter("ru-kremlin"))


def test_executive_order_is_not_a_readout() -> None:
    """An executive order published among the news is refused as not a readout."""
    page = (
        "Executive Order on awarding state decorations\n\n"
        "Vladimir Putin met with Governor of the Tula Region Alexei Dyumin and signed the Executive Order.\n"
    )
    with pytest.raises(NotAReadoutError):
        parse(page, url="http://en.kremlin.ru/events/president/news/70001")


def test_a_summit_the_president_addressed_is_a_speech() -> None:
    """'The President addressed, via videoconference, the ... Summit' opens a speech page, not a meeting."""
    layout = Layout(
        "Harbour Summit",
        (
            "The President addressed, via videoconference, the 5th Harbour Summit.",
            "The 2031 Harbour Summit was held under the chairmanship of Freedonia.",
        ),
    )
    with pytest.raises(NotAReadoutError) as caught:
        analyze(layout, source=Source(), profile=ADAPTER.profile)
    expected = "not a readout: the page matches the publisher's pattern for pages that are not readouts"
    assert expected == caught.value.reason


def test_a_message_quoted_under_the_lead_is_no_readout() -> None:
    """A page quoting "The message reads, in part" is a message, though its lead "congratulated" someone."""
    layout = Layout(
        "Congratulation to Eko Tan",
        (
            "Vladimir Putin congratulated Eko Tan on his re-election as President of the Harbour Sailing "
            "Federation.",
            'The message reads, in part: "Your work at the helm of the Federation has been fruitful."',
        ),
    )
    with pytest.raises(NotAReadoutError) as caught:
        analyze(layout, source=Source(), profile=ADAPTER.profile)
    expected = "not a readout: the page matches the publisher's pattern for pages that are not readouts"
    assert expected == caught.value.reason
