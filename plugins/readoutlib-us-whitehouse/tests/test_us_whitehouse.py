"""Golden and unit tests of the us-whitehouse format plugin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from readoutlib_us_whitehouse import UsWhitehouseAdapter

import readoutlib
from readoutlib import get_adapter, load
from readoutlib.adapter import Layout
from readoutlib.analysis import analyze
from readoutlib.model import EventKind, Source
from readoutlib.registry import detect
from readoutlib.testing import Case, cases_in, check_case, check_corpus

CASES = cases_in(Path(__file__).parent / "cases")
ADAPTER = UsWhitehouseAdapter()


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fixture(case: Case) -> None:
    """Each fixture page parses to its gold."""
    check_case(case)


def test_entry_point() -> None:
    """The installed distribution registers the adapter under its publisher id."""
    assert type(ADAPTER) is type(get_adapter("us-whitehouse"))


def test_corpus() -> None:
    """The publisher's real pages in the shared corpus meet the accuracy targets."""
    check_corpus("us-whitehouse")


def test_url_patterns_cover_every_generation() -> None:
    """The live site's sections of both WordPress generations and the three archive hosts are recognised."""
    expected = [
        "https://www.whitehouse.gov/briefing-room/statements-releases/2022/02/20/readout-of-x/",
        "https://www.whitehouse.gov/briefings-statements/2025/04/readout-of-y/",
        "https://obamawhitehouse.archives.gov/the-press-office/2015/04/11/z",
        "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/02/23/w/",
        "https://trumpwhitehouse.archives.gov/briefings-statements/readout-of-v/",
    ]
    assert expected == [url for url in expected if UsWhitehouseAdapter.matches_url(url)]


def test_archive_dump_banner_and_scroll_link_are_dropped() -> None:
    """The archive banner and the "Scroll to Top" links of a bidenwhitehouse dump are not paragraphs."""
    text = (
        "This is historical material “frozen in time”. The website is no longer updated and links to "
        "external websites and some internal pages may not work.\n\n"
        "President Joe Biden spoke today with a prime minister.\n\n"
        "The leaders agreed to stay in touch.\n\nScroll to Top Scroll to Top\nTop\n"
    )
    parts = ADAPTER.layout(load(text))
    expected = (
        None,
        None,
        ("President Joe Biden spoke today with a prime minister.", "The leaders agreed to stay in touch."),
    )
    assert expected == (parts.title, parts.published, parts.paragraphs)


def test_mirror_dump_gives_title_and_date() -> None:
    """A mirror's "Published:" line dates the page and its "Visit website" link is dropped."""
    text = (
        "Readout of President Biden’s Call with Chancellor Scholz of Germany\n\n"
        "Published: Mon Mar 7 2022\n\n\n"
        "President Joseph R. Biden, Jr. spoke with Chancellor Olaf Scholz of Germany today.\n\n"
        "Visit website »"
    )
    parts = ADAPTER.layout(load(text))
    expected = (
        "Readout of President Biden’s Call with Chancellor Scholz of Germany",
        dt.date(2022, 3, 7),
        ("President Joseph R. Biden, Jr. spoke with Chancellor Olaf Scholz of Germany today.",),
    )
    assert expected == (parts.title, parts.published, parts.paragraphs)


def test_detect_claims_obama_markup_without_url() -> None:
    """The press-office header block alone identifies an Obama-era page."""
    html = (
        "<html><body><div class='press-article-header-wrapper'><div id='press_article_date_created'>"
        "May 1, 2014</div></div><div class='pane-node-title'><h1>Readout of the President's Call</h1></div>"
        "</body></html>"
    )
    expected = "us-whitehouse"
    assert expected == detect(load(html)).winner


def test_detect_scores_a_state_department_readout_low() -> None:
    """A State Department readout carries none of the White House's markers."""
    text = (
        "The below is attributable to Spokesperson Jane Doe:\n"
        "Secretary of State Antony J. Blinken spoke today with a foreign minister.\n"
    )
    expected = 0.0
    assert expected == ADAPTER.detect(load(text))


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "National Security Advisor Ana Ruiz spoke with foreign ministers of the Harbour Union during "
            "the Special Harbour Union-U.S. Ministerial Meeting.",
            EventKind.MEETING,
        ),
        (
            "President Ana Ruiz spoke today with Prime Minister Eko Tan of Freedonia at the G7 to discuss "
            "the harbour.",
            EventKind.MEETING,
        ),
        (
            "National Security Advisor Ana Ruiz spoke today with Foreign Minister Eko Tan of Freedonia.",
            EventKind.PHONE_CALL,
        ),
    ],
)
def test_spoke_with_at_a_gathering_is_no_call(opening: str, kind: EventKind) -> None:
    """'spoke with ... during the ... Meeting' or '... at the G7' was in person; 'spoke today with' alone
    is a call."""
    title = "Readout of National Security Advisor Ana Ruiz’s Meeting with Harbour Union Ministers"
    layout = Layout(title, (opening,))
    readout = analyze(layout, source=Source(), profile=ADAPTER.profile)
    assert kind == readout.event.kind


@pytest.mark.parametrize(
    "title",
    [
        "Readout of White House Roundtable on Harbour Jobs",
        "Readout of the Meeting Hosted by the White House on Support for Harbour Suppliers",
        "Readout of First-Ever White House Summit on Coastal Floods",
    ],
)
def test_a_text_dump_of_a_white_house_convening_is_read_as_the_white_houses(title: str) -> None:
    """A dump whose first line is a readout of a White House meeting, roundtable or summit (no URL, no
    "Readout of the President") is the White House's page: its own officials meeting the country's
    companies and experts make a domestic readout (fam50: such dumps were read generic, scope null)."""
    text = (
        f"{title}\n\n"
        "Today, officials of the Harbour Policy Council convened leaders of port operators, shipbuilders "
        "and unions to discuss jobs on the coast.\n"
    )
    readout = readoutlib.parse(text)
    expected = ("us-whitehouse", "domestic")
    assert expected == (readout.source.publisher, readout.event.scope)


_CONVENING = (
    "Readout of White House Meeting with Harbour Leaders\n\n"
    "On Wednesday, officials of the Administration convened leaders of port operators, shipbuilders and "
    "unions to discuss jobs and training on the coast.\n\n"
    "The officials thanked the leaders for their work to keep the harbours open through the winter.\n\n"
    "{heading}\n\n"
    "- Maj Gen (ret) Ana Ruiz, MD, FACS, Deputy Assistant to the President and Director of Harbour Policy\n"
    "- Jon Bell, Under Secretary, Department of Harbours and Coastal Works (DHCW)\n"
    "\nIndustry:\n\n"
    "Eko Tan, President and CEO, Coastal Shipbuilders Association of the Northern Harbour Towns\n\n"
    "###\n"
)


@pytest.mark.parametrize(
    "heading",
    ["Administration Participants Included:", "Participants:", "Participants in the meeting included:"],
)
def test_people_listed_under_a_participants_heading_are_the_participants(heading: str) -> None:
    """The briefing room lists a convening's people under "Participants (Included):", one a line
    ("- Jon Bell, Under Secretary, Department of ..."): each is a participant with the title after
    the name (fam50: such readouts came out with no participants). A rank before the name and the
    degrees after it are not the name nor its title; a sub-heading ("Industry:") does not end the list."""
    readout = readoutlib.parse(
        _CONVENING.format(heading=heading).encode(),
        url="https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2023/10/20/x/",
    )
    found = [(p.name, p.titles[:1]) for p in readout.event.participants]
    expected = [
        ("Ana Ruiz", ("Deputy Assistant to the President and Director of Harbour Policy",)),
        ("Jon Bell", ("Under Secretary",)),
        ("Eko Tan", ("President and CEO",)),
    ]
    assert expected == found


def test_citation_line_names_the_president_the_body_calls_by_office() -> None:
    """A mirrored readout whose body says only "the President" is about the President its citation
    line names ("<Name>, Readout of the President's … Online by Gerhard Peters and John T. Woolley"):
    the principal takes that name (CONVENTIONS.md, "a principal named only in furniture")."""
    text = (
        "Readout of the President's Call with Prime Minister Olsen of Norland\n"
        "March 3, 2015\n"
        "Today the President spoke by phone with Prime Minister Greta Olsen of Norland about energy.\n"
        "The President thanked the Prime Minister for Norland's support in the coalition.\n"
        "Walter Brandt, Readout of the President's Call with Prime Minister Olsen of Norland Online by "
        "Gerhard Peters and John T. Woolley, The American Presidency Project https://www.presidency.ucsb.edu/node/1\n"
    )
    readout = readoutlib.parse(text, format="us-whitehouse")
    assert [p.name for p in readout.event.participants] == ["Walter Brandt", "Greta Olsen"]
    assert [s.speaker for s in readout.statements] == ["walter-brandt"]


def test_citation_line_leaves_a_president_the_body_names() -> None:
    """A body that names the President ("President Brandt") keeps its own form of the name."""
    text = (
        "Readout of the President's Call with Prime Minister Olsen of Norland\n"
        "March 3, 2015\n"
        "President Brandt spoke by phone today with Prime Minister Greta Olsen of Norland about energy.\n"
        "Walter Brandt, Readout of the President's Call with Prime Minister Olsen of Norland Online by "
        "Gerhard Peters and John T. Woolley, The American Presidency Project https://www.presidency.ucsb.edu/node/1\n"
    )
    readout = readoutlib.parse(text, format="us-whitehouse")
    assert [p.name for p in readout.event.participants] == ["Brandt", "Greta Olsen"]


_WP_PAGE = (
    "<html><head><title>Readout of the President's Call with Prime Minister Olsen of Norland"
    " | The White House</title></head><body><nav><a href='/'>Home</a></nav><main>"
    "<h1 class='page-title'>Readout of the President's Call with Prime Minister Olsen of Norland</h1>"
    "<time class='posted-on' datetime='2022-03-03'>March 3, 2022</time>"
    "<div class='entry-content'><p>Today the President spoke by phone with Prime Minister Greta Olsen"
    " of Norland about energy.</p><p>The President thanked the Prime Minister for Norland's support in"
    " the coalition.</p></div></main>{footer}</body></html>"
)
_WP_URL = "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/03/03/x/"


def test_html_layout_without_a_citation_does_not_make_the_visible_text() -> None:
    """The citation line is looked for in the page's visible text only when the source holds its
    word: a page without it is not read a second time (speed19; before, every HTML page was)."""
    document = load(_WP_PAGE.format(footer="<footer><p>Privacy Policy</p></footer>"), url=_WP_URL)
    parts = get_adapter("us-whitehouse").layout(document)
    assert parts.paragraphs[0].startswith("Today the President spoke by phone")
    assert not document._visible


def test_html_citation_line_still_names_the_president() -> None:
    """The gate keeps an HTML page whose citation names the President the body calls by office."""
    footer = (
        "<div class='citation'><p>Walter Brandt, Readout of the President's Call with Prime Minister"
        " Olsen of Norland Online by Gerhard Peters and John T. Woolley, The American Presidency"
        " Project</p></div>"
    )
    document = load(_WP_PAGE.format(footer=footer), url=_WP_URL)
    parts = get_adapter("us-whitehouse").layout(document)
    assert parts.summary == "President Walter Brandt"


def test_citation_line_alone_claims_a_mirrored_readout() -> None:
    """A mirrored readout whose copy keeps no headline, only the body and the American Presidency
    Project's citation line ("<Name>, Readout of the President's … Online by Gerhard Peters and John T.
    Woolley"), is the White House's: the line names the President the body calls by office."""
    text = (
        "The President and Danish Prime Minister Greta Olsen spoke today by video conference, as part"
        " of their regular consultations. The President thanked the Prime Minister for Denmark's support.\n"
        "The two leaders discussed energy and trade, and agreed to meet again in the spring.\n"
        "Walter Brandt, Readout of the President's Video Conference with Prime Minister Olsen Online by "
        "Gerhard Peters and John T. Woolley, The American Presidency Project https://www.presidency.ucsb.edu/node/1\n"
    )
    assert detect(load(text)).winner == "us-whitehouse"
    readout = readoutlib.parse(text)
    assert [p.name for p in readout.event.participants] == ["Walter Brandt", "Greta Olsen"]


def test_a_text_dump_headed_by_the_nsc_spokesperson_is_the_white_houses() -> None:
    """ "Statement by NSC Spokesperson X on National Security Advisor Y's Meeting with Z": the National
    Security Council's spokesperson speaks for the White House only, so a text dump so headed is its
    page, and its own official is of its country, not of the High Representative's Bosnia and Herzegovina
    named next to him (bulk-eye-fam79: given BA)."""
    text = (
        "Statement by NSC Spokesperson Ana Ruiz on National Security Advisor Tom Berg’s Meeting with"
        " Karl Vogel, High Representative for Bosnia and Herzegovina\n\n"
        "National Security Advisor Tom Berg met today with High Representative for Bosnia and Herzegovina"
        " Karl Vogel. They discussed the rule of law and support for civil society.\n\n###\n"
    )
    assert detect(load(text)).winner == "us-whitehouse"
    people = {p.name: p.country for p in readoutlib.parse(text).event.participants}
    assert people["Tom Berg"] == "US"
