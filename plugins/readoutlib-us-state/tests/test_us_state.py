"""Golden and unit tests of the us-state format plugin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from readoutlib_us_state import UsStateAdapter

from readoutlib import get_adapter, load
from readoutlib.adapter import Layout
from readoutlib.analysis import analyze
from readoutlib.model import EventKind, Source
from readoutlib.testing import Case, cases_in, check_case, check_corpus

CASES = cases_in(Path(__file__).parent / "cases")
ADAPTER = UsStateAdapter()


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fixture(case: Case) -> None:
    """Each fixture page parses to its gold."""
    check_case(case)


def test_entry_point() -> None:
    """The installed distribution registers the adapter under its publisher id."""
    assert type(ADAPTER) is type(get_adapter("us-state"))


def test_corpus() -> None:
    """The publisher's real pages in the shared corpus meet the accuracy targets."""
    check_corpus("us-state")


def test_url_patterns_cover_every_scheme() -> None:
    """Flat slugs, the 2025 release paths and the archive hosts are all recognised."""
    expected = [
        "https://www.state.gov/secretary-rubios-call-with-some-minister/",
        "https://www.state.gov/releases/office-of-the-spokesperson/2025/06/secretary-rubios-meeting-with-x/",
        "https://www.state.gov/briefings/department-press-briefing-june-3-2025/",
        "https://2021-2025.state.gov/deputy-secretary-campbells-call-with-y/",
        "https://2017-2021.state.gov/secretary-pompeos-call-with-z/",
    ]
    assert expected == [url for url in expected if UsStateAdapter.matches_url(url)]


def test_url_patterns_leave_other_hosts() -> None:
    """A White House URL is not a State Department one."""
    urls = ["https://www.whitehouse.gov/briefing-room/statements-releases/x/"]
    expected: list[str] = []
    assert expected == [url for url in urls if UsStateAdapter.matches_url(url)]


def test_mirror_header_and_attribution_are_not_body() -> None:
    """A news mirror's header (ticker date, section, byline, tags) and the attribution line stay out."""
    text = (
        "  • Tue. Jan 9th, 2024\nWorld\n\n"
        "Deputy Secretary Verma’s Call with Kenyan Cabinet Secretary Mudavadi\n\n"
        "Jane Roe\n\nByJane Roe\n\nJan 9, 2024 , kenya, The US Department of State\n"
        "Washington, DC (STL.News) The below is attributable to Spokesperson Jane Doe:\n\n"
        "Deputy Secretary of State Richard Verma spoke today with Cabinet Secretary Musalia Mudavadi.\n"
        "The two discussed regional security.\n"
    )
    parts = ADAPTER.layout(load(text))
    expected = (
        "Deputy Secretary Verma’s Call with Kenyan Cabinet Secretary Mudavadi",
        dt.date(2024, 1, 9),
        (
            "Deputy Secretary of State Richard Verma spoke today with Cabinet Secretary Musalia Mudavadi.",
            "The two discussed regional security.",
        ),
    )
    assert expected == (parts.title, parts.published, parts.paragraphs)


def test_dateline_is_taken_off_the_first_paragraph() -> None:
    """ "Washington, DC - " opening the body is a dateline, not part of the first paragraph."""
    text = " date 2020-02-03 News\n\nWashington, DC - Secretary of State Mike Pompeo met a minister today.\n"
    expected = ("Secretary of State Mike Pompeo met a minister today.",)
    assert expected == ADAPTER.layout(load(text)).paragraphs


def test_site_dump_banner_and_footer_are_dropped() -> None:
    """The federal banner and the "U.S. Department of State" footer are not paragraphs."""
    text = (
        "An official website of the United States Government Here's how you know\n"
        "Official websites use .gov A .gov website belongs to an official government organization.\n"
        "The below is attributable to Spokesperson Jane Doe:\n"
        "Secretary of State Antony J. Blinken spoke today with a foreign minister.\n"
        "U.S. Department of State\nDiplomacy in Action\n"
    )
    parts = ADAPTER.layout(load(text))
    expected = (None, ("Secretary of State Antony J. Blinken spoke today with a foreign minister.",))
    assert expected == (parts.title, parts.paragraphs)


def test_detect_scores_a_foreign_ministry_account_low() -> None:
    """Another ministry's account of a call with the Secretary carries none of the Department's markers."""
    text = (
        "Foreign Minister Speaks with U.S. Secretary of State on the Phone\n2023-02-03 10:00\n"
        "On February 3, the Foreign Minister spoke with U.S. Secretary of State Antony Blinken by phone.\n"
    )
    expected = 0.0
    assert expected == ADAPTER.detect(load(text))


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "Secretary of State Ana Ruiz spoke with foreign ministers of the Harbour Union during "
            "the Special Harbour Union-U.S. Foreign Ministerial Meeting.",
            EventKind.MEETING,
        ),
        (
            "Secretary of State Ana Ruiz spoke today with Foreign Minister Eko Tan of Freedonia.",
            EventKind.PHONE_CALL,
        ),
    ],
)
def test_spoke_with_at_a_gathering_is_no_call(opening: str, kind: EventKind) -> None:
    """'spoke with ... during the ... Meeting' was in person; 'spoke today with' alone is a call."""
    layout = Layout("Secretary Ruiz’s Meeting with Harbour Union Foreign Ministers", (opening,))
    readout = analyze(layout, source=Source(), profile=ADAPTER.profile)
    assert kind == readout.event.kind


def test_mirror_date_in_figures_is_month_first() -> None:
    """A mirror's header date in figures ("04/09/2031 | Press release") is the US's, month first: 9 April,
    where nothing else on the page tells the order (fam96: en-ad's copy read 11/10/2024 as 11 October)."""
    text = (
        "04/09/2031 | Press release | Distributed by Public on 04/09/2031 10:12\n"
        "The below is attributable to Spokesperson Ana Ruiz:\n"
        "Secretary Moreno spoke today with Velorian Foreign Minister Pavel Kessar. The Secretary and "
        "Foreign Minister discussed regional trade and the harbour treaty.\n"
    )
    expected = dt.date(2031, 4, 9)
    assert expected == ADAPTER.layout(load(text)).published
    assert expected == ADAPTER.extract(load(text)).event.date
