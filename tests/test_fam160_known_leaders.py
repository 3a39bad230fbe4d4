"""Known leaders' states and their terms of office (fam160, issue #8; each seen failing first on main
d434955a)."""

from __future__ import annotations

import datetime as dt

import pytest

import readoutlib
from readoutlib.languages.en.participants import leader_country
from readoutlib.rules import RuleError, parse_table

_SOMALIA_CALL = (
    "The Prime Minister spoke to President Barack Obama by video link this evening about Somalia.\n\n"
    "On Somalia, the two leaders reviewed the plan for Somalia and agreed to keep backing Somalia's "
    "government.\n"
)


def _countries(page: str, url: str) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readoutlib.parse(page, url=url).event.participants}


def test_a_leader_in_office_keeps_his_state_over_the_topic_the_text_names() -> None:
    """A call dated inside the known leader's term, on a third state the text names again and again:
    the topic's state is a guess, his own is known, and his own wins. Dated after the term, the
    guess stands (the table is no longer strong evidence then)."""
    in_term = _countries(_SOMALIA_CALL, "https://example.org/news/2013/05/14/call.html")
    assert in_term.get("Barack Obama") == "US"
    out_of_term = _countries(_SOMALIA_CALL, "https://example.org/news/2031/05/14/call.html")
    assert out_of_term.get("Barack Obama") != "US"


def test_the_table_answers_by_term_when_given_a_day() -> None:
    """A second term is a second row: the leader is known inside either term, not in the gap between."""
    assert leader_country("Donald Trump") == "US"
    assert leader_country("Donald Trump", dt.date(2018, 6, 1)) == "US"
    assert leader_country("Donald Trump", dt.date(2023, 6, 1)) is None
    assert leader_country("Donald Trump", dt.date(2025, 6, 1)) == "US"
    assert leader_country("Sitiveni Rabuka", dt.date(2023, 6, 4)) == "FJ"


_TABLE = """
[table]
name = "t"

[[row]]
pattern = 'x'
label = "X"
example = "x"
{extra}
"""


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ('since = "2001-01-01"', "'since' must be a date"),
        ("until = 2001-01-01T10:00:00", "'until' must be a date"),
        ("since = 2002-01-01\nuntil = 2001-01-01", "'until' 2001-01-01 is before 'since' 2002-01-01"),
    ],
)
def test_a_rows_term_must_be_dates_in_order(extra: str, reason: str) -> None:
    with pytest.raises(RuleError, match=reason):
        parse_table(_TABLE.format(extra=extra), "demo.toml")


def test_a_row_holds_inside_its_term_only() -> None:
    row = parse_table(_TABLE.format(extra="since = 2001-01-01\nuntil = 2002-01-01"), "demo.toml").rows[0]
    assert (row.holds_on(dt.date(2000, 12, 31)), row.holds_on(dt.date(2001, 6, 1))) == (False, True)
    assert row.holds_on(dt.date(2002, 1, 2)) is False


def test_a_known_leader_on_a_page_of_three_sides_is_of_his_own_state() -> None:
    """Three sides, and nothing in the text names the host's state: the known leader in office is of
    his own (fam163: the compare stage no longer lets a many-sided page's states decide its clues)."""
    page = (
        "President Irfaan Ali on Tuesday received a courtesy call from the visiting Chilean envoy "
        "Ambassador Rosa Vidal and Ghana's Minister of Trade Kwame Owusu at the presidential office.\n\n"
        "The three discussed closer cooperation in farming and health.\n"
    )
    found = _countries(page, "https://example.org/news/2023/05/16/visit.html")
    assert found == {"Irfaan Ali": "GY", "Rosa Vidal": "CL", "Kwame Owusu": "GH"}
