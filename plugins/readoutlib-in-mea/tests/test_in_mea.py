"""Golden and layout tests of the in-mea plugin (India's Ministry of External Affairs)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from readoutlib_in_mea import InMeaAdapter

from readoutlib import NotAReadoutError, load, parse
from readoutlib.testing import Case, cases_in, check_case, check_corpus

CASES_DIR = Path(__file__).parent / "cases"
CASES = cases_in(CASES_DIR)
ADAPTER = InMeaAdapter()
CURRENT_PAGE = CASES_DIR / "in-mea-20230907-current-modi-mitsotakis-call.html"
DUMP_PAGE = CASES_DIR / "in-mea-20160615-dump-swaraj-ali-meeting.txt"
# An older page with none of the current classes (our own text): read through its largest text block.
OLDER_HTML = (
    "<html><head><title>Ministry of External Affairs, Government of India</title></head><body>"
    "<table><tr><td class='nav'><a href='/'>Home</a> <a href='/media-center.htm'>Media Center</a></td></tr>"
    "<tr><td><h3>Media Center</h3><h1>Telephone conversation between External Affairs Minister and the "
    "Foreign Minister of Chile</h1><p>May 10, 2015</p>"
    "<p>External Affairs Minister Smt. Sushma Swaraj spoke on the telephone today with the Foreign Minister "
    "of Chile, Mr. Heraldo Munoz.</p><p>The two Ministers discussed cooperation in mining and renewable "
    "energy.</p><p>New Delhi</p><p>May 10, 2015</p>"
    "<p>Click here for Hindi version Hindi.pdf</p></td></tr></table></body></html>"
)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fixture(case: Case) -> None:
    """Each fixture page parses to its gold."""
    check_case(case)


def test_corpus() -> None:
    """The ministry's real pages in the shared corpus meet the accuracy targets."""
    check_corpus("in-mea")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.mea.gov.in/press-releases.htm?dtl/32615/Telephone_Conversation_between_PM_and_the_President",
        "https://www.mea.gov.in/press-releases.htm?dtl%2F32615%2FTelephone_Conversation&fbclid=x",
        "http://mea.gov.in/media-briefings.htm?dtl/23982/Transcript+of+a+media+interaction",
        "https://www.mea.gov.in/Speeches-Statements.htm?dtl/36000/Statement_by_the_Official_Spokesperson",
        "https://www.mea.gov.in/FrontEnd/FetchPublicationDetailData?pkid=37090&languageId=1",
        "https://www.mea.gov.in/press-releases.htm?51/Press_Releases",
    ],
)
def test_url_patterns(url: str) -> None:
    """Detail pages (plain or %2F-encoded, old "+" slugs), XHR endpoints and listings are claimed."""
    assert ADAPTER.matches_url(url) is True


def test_url_patterns_refuse_others() -> None:
    """Another Indian government host is not claimed."""
    assert ADAPTER.matches_url("https://pib.gov.in/PressReleasePage.aspx?PRID=1") is False


def test_detect_dump_without_url() -> None:
    """A dump is recognised by "Media Center" and its comment footer when no URL is known."""
    assert ADAPTER.detect(load(DUMP_PAGE)) > 0.5


def test_detect_honorifics_alone_score_nothing() -> None:
    """Indian official usage without any of the site's markers gives no score."""
    page = "Shri Narendra Modi met the External Affairs Minister of a friendly country today.\n"
    assert ADAPTER.detect(load(page)) == 0.0


def test_current_layout() -> None:
    """Current fragment: titleText, listing-style date, body without the signature and share bar."""
    layout = ADAPTER.layout(load(CURRENT_PAGE))
    expected = (
        "Telephone Conversation between Prime Minister and the Prime Minister of Greece",
        dt.date(2023, 9, 7),
        (
            "Prime Minister Shri Narendra Modi received a telephone call today from the Prime Minister of "
            "Greece, H.E. Mr. Kyriakos Mitsotakis.",
            "Prime Minister Mitsotakis conveyed his best wishes for the success of India’s G20 Presidency.",
            "The two leaders discussed the progress in bilateral relations, including in trade, defence and "
            "shipping. Prime Minister Modi underlined that the elevation of ties to a Strategic Partnership "
            "had opened new avenues of cooperation.",
            "The leaders agreed to remain in touch.",
        ),
    )
    assert expected == (layout.title, layout.published, layout.paragraphs)


def test_dump_layout() -> None:
    """Dump: "Media Center" dropped, the date line is the publication date, signature and form cut."""
    layout = ADAPTER.layout(load(DUMP_PAGE))
    expected = (
        "Meeting between External Affairs Minister and the Foreign Minister of Bangladesh",
        dt.date(2016, 6, 15),
        (
            "External Affairs Minister Smt. Sushma Swaraj met the Foreign Minister of Bangladesh, Mr. Abul "
            "Hassan Mahmood Ali, in New Delhi today.",
            "External Affairs Minister welcomed the progress in the implementation of the Land Boundary "
            "Agreement and said that India valued its partnership with Bangladesh as a priority under its "
            "Neighbourhood First policy.",
            "Foreign Minister Ali briefed External Affairs Minister on the preparations for the next meeting "
            "of the Joint Consultative Commission. Both Ministers agreed that connectivity projects should "
            "be completed in a time-bound manner.",
        ),
    )
    assert expected == (layout.title, layout.published, layout.paragraphs)


def test_older_html_layout() -> None:
    """An older page without the current classes is read from its text like a dump."""
    layout = ADAPTER.layout(load(OLDER_HTML))
    expected = (
        "Telephone conversation between External Affairs Minister and the Foreign Minister of Chile",
        dt.date(2015, 5, 10),
        (
            "External Affairs Minister Smt. Sushma Swaraj spoke on the telephone today with the Foreign "
            "Minister of Chile, Mr. Heraldo Munoz.",
            "The two Ministers discussed cooperation in mining and renewable energy.",
        ),
    )
    assert expected == (layout.title, layout.published, layout.paragraphs)


def test_entry_point() -> None:
    """The installed distribution registers the adapter under its publisher id."""
    from readoutlib import get_adapter

    assert type(ADAPTER) is type(get_adapter("in-mea"))


def test_joint_statement_is_not_a_readout() -> None:
    """A joint statement is refused as not a readout."""
    page = (
        "Media Center\n\nIndia-Norway Joint Statement on the visit of the Prime Minister\n\nMay 04, 2018\n\n"
        "At the invitation of the Prime Minister of India, the Prime Minister of Norway "
        "met him in New Delhi.\n"
    )
    with pytest.raises(NotAReadoutError):
        parse(page, url="https://www.mea.gov.in/bilateral-documents.htm?dtl/29870/Joint_Statement")
