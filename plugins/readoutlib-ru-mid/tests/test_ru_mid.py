"""Golden and layout tests of the ru-mid plugin (Russian Foreign Ministry pages)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from readoutlib_ru_mid import RuMidAdapter

from readoutlib import NotAReadoutError, load, parse
from readoutlib.testing import Case, cases_in, check_case, check_corpus

CASES_DIR = Path(__file__).parent / "cases"
CASES = cases_in(CASES_DIR)
ADAPTER = RuMidAdapter()


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fixture(case: Case) -> None:
    """Each fixture page parses to its gold."""
    check_case(case)


def test_corpus() -> None:
    """The ministry's real pages in the shared corpus meet the accuracy targets."""
    check_corpus("ru-mid")


def test_fixtures_cover_every_shape() -> None:
    """There is a fixture for the Liferay HTML, the current HTML and a text dump."""
    expected = {"liferay.html", "current.html", "dump.txt"}
    actual = {f"{c.stem.split('-')[3]}{c.page.suffix}" for c in CASES}
    assert expected == actual


@pytest.mark.parametrize(
    "url",
    [
        "https://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4238866",
        "http://www.mid.ru/en_GB/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/1653060",
        "https://www.mid.ru/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/3514009?p_p_id=101",
        "http://www.mid.ru/en/telefonnye-razgovory-ministra/-/asset_publisher/KLX3tiYzsCLY/content/id/2781201",
        "https://www.mid.ru/en/foreign_policy/news?p_p_id=101_INSTANCE_cKNonkJE02Bw&_101_INSTANCE_cur=2",
        "https://mid.ru/en/foreign_policy/news/1853122/",
        "https://mid.ru/ru/press_service/spokesman/briefings/1862001/",
        "http://www.turkey.mid.ru/hron/hron_e_84.html",
        "https://finland.mid.ru/en/press-centre/news/",
    ],
)
def test_url_patterns(url: str) -> None:
    """Every URL scheme of the ministry, its Liferay portal and its embassies is claimed."""
    assert ADAPTER.matches_url(url) is True


@pytest.mark.parametrize("url", ["https://kremlin.ru/events/president/news/1", "https://example.ru/mid.ru/x"])
def test_url_patterns_refuse_others(url: str) -> None:
    """URLs of other sites are not claimed, even when they mention the host."""
    assert ADAPTER.matches_url(url) is False


def test_detect_dump_without_url() -> None:
    """A Liferay dump is recognised by its language line and footers when no URL is known."""
    page = (CASES_DIR / "ru-mid-20200709-dump-lavrov-jaishankar-call.txt").read_text(encoding="utf-8")
    assert ADAPTER.detect(load(page)) > 0.6


def test_detect_plain_text_scores_nothing() -> None:
    """A readout without any of the site's furniture gets no score from text alone."""
    page = "Telephone conversation\n\nThe two ministers discussed bilateral relations.\n"
    assert ADAPTER.detect(load(page)) == 0.0


def test_liferay_html_layout() -> None:
    """Liferay HTML: title from h1, date from the status line, body without the sidebar announcements."""
    page = CASES_DIR / "ru-mid-20200303-liferay-lavrov-haavisto-call.html"
    layout = ADAPTER.layout(load(page))
    expected = (
        dt.date(2020, 3, 3),
        (
            "On March 3, Foreign Minister Sergey Lavrov had a telephone conversation with Finnish Foreign "
            "Minister Pekka Haavisto at the Finnish side’s initiative.",
            "The ministers discussed the situation in the Baltic Sea region and the agenda of the Arctic "
            "Council. Sergey Lavrov stressed that Russia remained open to practical cooperation on "
            "environmental protection in the Arctic.",
            "Pekka Haavisto informed his Russian counterpart about preparations for an international "
            "conference on water resources in Helsinki. The two ministers agreed to maintain regular "
            "contacts between their ministries.",
        ),
        "en",
    )
    assert expected == (layout.published, layout.paragraphs, layout.language)


def test_current_html_layout() -> None:
    """Current-site HTML: the photo-content title and its DD.MM.YYYY date."""
    page = CASES_DIR / "ru-mid-20230214-current-lavrov-shoukry-meeting.html"
    layout = ADAPTER.layout(load(page))
    expected = (
        "Foreign Minister Sergey Lavrov’s meeting with Foreign Minister of Egypt Sameh Shoukry",
        dt.date(2023, 2, 14),
        (
            "On February 14, Foreign Minister Sergey Lavrov met in Moscow with Egyptian Foreign Minister "
            "Sameh Shoukry, who is in Russia on a working visit.",
            "The ministers discussed the state of bilateral relations, with an emphasis on trade and joint "
            "energy projects.",
            "Sergey Lavrov noted that the two countries had closely coordinated their positions at the UN "
            "and other multilateral forums. Sameh Shoukry thanked the Russian side for its steady support of "
            "Egypt’s food security.",
            "The two ministers reaffirmed their commitment to a political settlement of the crises in Libya "
            "and Sudan.",
        ),
    )
    assert expected == (layout.title, layout.published, layout.paragraphs)


def test_dump_drops_portal_furniture() -> None:
    """A dump loses "Asset Publisher", the language line, the trailing date and the footers."""
    page = CASES_DIR / "ru-mid-20200709-dump-lavrov-jaishankar-call.txt"
    layout = ADAPTER.layout(load(page))
    expected = (
        "On July 9, Foreign Minister Sergey Lavrov had a telephone conversation with Indian Minister of "
        "External Affairs Subrahmanyam Jaishankar at the initiative of the Indian side.",
        "The ministers discussed preparations for the upcoming meeting of the foreign ministers of Russia, "
        "India and China. Sergey Lavrov welcomed the decision to hold the meeting in a videoconference "
        "format.",
        "Subrahmanyam Jaishankar expressed gratitude for Russia’s help in bringing Indian citizens home "
        "during the pandemic. Both sides reaffirmed their interest in further strengthening the special and "
        "privileged strategic partnership.",
    )
    assert expected == layout.paragraphs


def test_embassy_rubric_is_not_the_title() -> None:
    """On embassy pages the section rubric above the headline is neither title nor paragraph."""
    page = (
        "State of bilateral relations\n\n"
        "Foreign Minister had talks with the Foreign Minister of Norway\n\n"
        "On May 5, the two ministers held talks in Moscow.\n\n"
        "They discussed cooperation in the Barents region.\n"
    )
    layout = ADAPTER.layout(load(page, url="http://www.norway.mid.ru/news/1.html"))
    expected = (
        "Foreign Minister had talks with the Foreign Minister of Norway",
        (
            "On May 5, the two ministers held talks in Moscow.",
            "They discussed cooperation in the Barents region.",
        ),
    )
    assert expected == (layout.title, layout.paragraphs)


def test_russian_pages_are_russian() -> None:
    """A /ru/ page, or Cyrillic text with no URL, is reported in Russian."""
    page = "Сергей Лавров провёл телефонный разговор с министром иностранных дел Финляндии.\n"
    by_url = ADAPTER.layout(load(page, url="https://mid.ru/ru/foreign_policy/news/1853100/")).language
    by_text = ADAPTER.layout(load(page)).language
    expected = ("ru", "ru")
    assert expected == (by_url, by_text)


def test_entry_point() -> None:
    """The installed distribution registers the adapter under its publisher id."""
    from readoutlib import get_adapter

    assert type(ADAPTER) is type(get_adapter("ru-mid"))


def test_department_comment_is_not_a_readout() -> None:
    """A comment by the Information and Press Department is refused as not a readout."""
    page = (
        "Comment by the Information and Press Department on the situation in the region\n\n"
        "On May 5, Deputy Foreign Minister Sergey Ryabkov met with the Ambassador of Norway in Moscow. "
        "We regret the statements made by several officials this week.\n"
    )
    with pytest.raises(NotAReadoutError):
        parse(page, url="https://mid.ru/en/foreign_policy/news/1853000/")
