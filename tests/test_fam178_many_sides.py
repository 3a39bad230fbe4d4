"""Participants of many-sided pages and their countries (fam178, issue #8; each seen failing first on
main 11e1cc53). People, places and events are invented, but the known leaders."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.languages.en.participants import leader_country


def _countries(
    page: str, url: str = "https://example.org/news/2031/03/02/call.html"
) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readoutlib.parse(page, url=url).event.participants}


def test_known_leaders_of_malaysia_and_syria_in_term() -> None:
    assert leader_country("Anwar Ibrahim", dt.date(2024, 4, 29)) == "MY"
    assert leader_country("Anwar Ibrahim", dt.date(2015, 4, 29)) is None
    assert leader_country("Bashar al-Assad", dt.date(2023, 2, 8)) == "SY"
    assert leader_country("Bashar Assad", dt.date(2012, 2, 8)) == "SY"
    assert leader_country("Bashar al-Assad", dt.date(2025, 2, 8)) is None
    assert leader_country("Assad") is None


def test_a_known_leader_keeps_his_state_over_a_later_visitors() -> None:
    """The prime minister's own state is named nowhere near him; the state of a later caller is no
    guess for him on a page dated inside his term."""
    page = (
        "DOHA, May 3 — Prime Minister Anwar Ibrahim held a bilateral meeting with his Kenyan "
        "counterpart Jane Wanjiru on the sidelines of an energy forum here today.\n\n"
        "The two leaders agreed to deepen trade ties between Nairobi and Putrajaya.\n\n"
        "Earlier, Anwar received a courtesy call from Chile's Foreign Minister Pablo Soto Vera.\n"
    )
    found = _countries(page, "https://www.example.com/news/2024/05/03/anwar-meets-kenyan-pm")
    assert found.get("Anwar Ibrahim") == "MY"
