"""Golden and layout tests of the un-sg plugin (readouts of the UN Secretary-General)."""

from __future__ import annotations

from pathlib import Path

import pytest
from readoutlib_un_sg import UnSgAdapter, office_holder_line

from readoutlib import load, parse
from readoutlib.testing import Case, cases_in, check_case

CASES_DIR = Path(__file__).parent / "cases"
CASES = cases_in(CASES_DIR)
ADAPTER = UnSgAdapter()
# A byline under the headline instead of the site header (our own text).
BYLINE_PAGE = (
    "New York\n\n14 May 2024\n\n"
    "Readout of the Secretary-General’s call with H.E. Ms. Eva Lund, President of Chile\n\n"
    "Omar Haddad, Former Secretary-General\n\n"
    "The Secretary-General spoke today by telephone with H.E. Ms. Eva Lund, President of Chile.\n\n"
    "The Secretary-General thanked the President for Chile’s contribution to peacekeeping.\n"
)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fixture(case: Case) -> None:
    """Each fixture page parses to its gold."""
    check_case(case)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Welcome\n\nSecretary-General Ana Ruiz\n\nReadout of ...", "Secretary-General Ana Ruiz"),
        (
            "Readout of ...\n\nOmar Haddad, Former Secretary-General\n\nThe ...",
            "Secretary-General Omar Haddad",
        ),
        ("Readout of ...\n\nThe Secretary-General met the President.\n", None),
        # the byline after the section's breadcrumb ("Readouts | ..."), as the archive's text keeps it
        (
            "Readout of ...\n\nStatements | Omar Haddad, Former Secretary-General\n\nThe ...",
            "Secretary-General Omar Haddad",
        ),
        (
            "Readout of ...\n\nHome | Readouts | Secretary-General Ana Ruiz\n\nThe ...",
            "Secretary-General Ana Ruiz",
        ),
        # a breadcrumb whose last item is a sentence is no byline
        ("Readouts | The Secretary-General met Ana Ruiz, Former Secretary-General\n", None),
    ],
)
def test_office_holder_line(text: str, expected: str | None) -> None:
    """The header or byline naming the office-holder is found; the body's "The Secretary-General" is not."""
    assert expected == office_holder_line(text)


def test_byline_names_the_participant() -> None:
    """The body's "The Secretary-General" is the office-holder the byline names, with the UN's code."""
    readout = parse(BYLINE_PAGE, url="https://www.un.org/sg/en/content/sg/readout/2024-05-14/readout")
    expected = [("Omar Haddad", "UN"), ("Eva Lund", "CL")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_detect_by_headline_without_url() -> None:
    """A dump with the office's headline is claimed without its URL."""
    assert ADAPTER.detect(load(BYLINE_PAGE)) >= 0.6


def test_detect_other_pages_score_nothing() -> None:
    """A readout that only mentions the Secretary-General is not the office's."""
    page = "PM meeting with UN Secretary-General\n\nThe Prime Minister met the Secretary-General today.\n"
    assert ADAPTER.detect(load(page)) == 0.0


def test_entry_point() -> None:
    """The installed distribution registers the adapter under its publisher id."""
    from readoutlib import get_adapter

    assert type(ADAPTER) is type(get_adapter("un-sg"))


def test_place_and_date_line_gives_the_place() -> None:
    """The place and date line above the body is the layout's place (the core reads it)."""
    page = (
        "Readout of the Secretary-General's meeting with a Prime Minister\n\n"
        "Munich, Germany, 1 February 2014\n\n"
        "The Secretary-General met the Prime Minister on the margins of the security conference.\n"
    )
    expected = "Munich, Germany"
    assert expected == ADAPTER.layout(load(page)).place


#: A readout dated where the Secretary-General is, at a summit there (our own text; fam85).
SUMMIT_PAGE = (
    "Welcome to the United Nations. It's your world.\n\n"
    "Secretary-General Omar Haddad\n\n"
    "Readout of the Secretary-General’s meeting with H.E. Ms. Eva Lund, Foreign Minister of Chile\n\n"
    "Eastholm, 14 May 2031\n\n"
    "The Secretary-General met with H.E. Ms. Eva Lund, the Foreign Minister of Chile, at the "
    "Regional Summit today.\n\n"
    "They discussed the situation in the region.\n"
)


def test_the_date_lines_place_is_where_the_secretary_general_met_at_a_summit() -> None:
    """The office travels with the Secretary-General: its date line names the city of a summit
    met at, where a ministry's dateline is its capital, not the summit's city."""
    assert parse(SUMMIT_PAGE).event.location == "Eastholm"


#: An older page's place line with its country under it and no date line (our own text; fam96).
PLACE_OVER_COUNTRY_PAGE = (
    "Eastholm\nNorland\n"
    "Readout of the Secretary-General's meeting with H.E. Mr. Per Vik, Prime Minister of Norland\n"
    "Readouts | Omar Haddad, Former Secretary-General\n"
    "The Secretary-General met today with H.E. Mr. Per Vik, the Prime Minister of Norland. "
    "He thanked the Prime Minister for Norland's support to peacekeeping.\n"
)


def test_a_place_line_over_its_countrys_line_gives_the_place() -> None:
    """A city's line over its country's line above the title places the meeting there, as a place and
    date line does; the country's line is no place."""
    assert parse(PLACE_OVER_COUNTRY_PAGE).event.location == "Eastholm"
