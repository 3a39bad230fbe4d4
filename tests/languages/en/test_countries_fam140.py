"""Country families of issue #8, task fam140 (the text's guess of a participant's country), each on
invented text."""

from __future__ import annotations

import pytest

import readoutlib


def _sides(text: str, url: str | None = "https://www.somenews.com/story/") -> list[tuple[str, str | None]]:
    return sorted((p.name, p.country) for p in readoutlib.parse(text, url=url).event.participants)


@pytest.mark.parametrize("office", ["Secretary-General", "Secretary General"])
def test_a_bare_secretary_general_is_a_bodys_never_the_state_the_text_names_most(office: str) -> None:
    """'Secretary-General X … met General Y, the head of <State>'s transitional council': a bare
    Secretary-General is a body's official (103 of the 104 in the gold sets), so the text's guess for
    him is a body it names, never the guest's state it names more often (en-y: Ban Ki-moon given Niger)."""
    page = (
        f"{office} Ana Lobo today welcomed a pledge by the authorities of Moldova to hold elections.\n\n"
        "Ms. Lobo met this morning at United Nations Headquarters with General Ivan Rusu, the head of "
        "Moldova's transitional council, who is in New York for the UN summit.\n\n"
        "Ms. Lobo welcomed the general's commitment. Moldova has faced a crisis since March, and "
        "Moldova's neighbours have offered help.\n"
    )
    sides = dict(_sides(page))
    assert sides["Ana Lobo"] == "UN"


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://www.norwegianembassy.net/archive/2007/news/page12.aspx", "NO"),
        ("http://chile-embassy.org/news/12", "CL"),
        ("https://www.peruconsulate.org/en/news/3", "PE"),
    ],
)
def test_an_embassys_host_named_for_its_state_is_the_publishers_home(url: str, code: str) -> None:
    """An embassy's, consulate's or mission's site named for its own state ("<demonym>embassy.net") is
    that state's page: its minister, with no country written beside him, is of it, not of the topic the
    text names most (en-an: a Saudi embassy's page gave its foreign minister Iraq)."""
    page = (
        "Minister of Foreign Affairs Lars Berg met with Secretary of State Ann Cole in Washington today.\n\n"
        "The two discussed the situation in Iraq. Minister Berg said Iraq needs a national reconciliation, "
        "and that Iraq's neighbours should help Iraq.\n"
    )
    assert dict(_sides(page, url=url))["Lars Berg"] == code


def test_a_bare_capitals_dateline_yields_to_the_state_the_text_ties_to_the_sides() -> None:
    """'Washington — The Prime Minister, Dr. X, has met with Mr. Y, President of the World Bank … support
    for <State>': a bare capital's dateline is the place the story was filed from, weaker than a state
    the text ties to the sides again and again (en-al: a prime minister given the bank's seat's state)."""
    page = (
        "Washington — The Prime Minister, Dr. Omar Dali, has met with Mr. Tom Reed, President of the "
        "World Bank, with his delegation.\n\n"
        "Mr. Reed said the bank would back Eritrea and its reforms, and that Eritrea's debt would be "
        "reviewed.\n\nDr. Dali thanked the bank for its support to Eritrea.\n"
    )
    assert dict(_sides(page, url="https://allnews.com/stories/12.html"))["Omar Dali"] == "ER"


@pytest.mark.parametrize(
    "where",
    [
        "The two leaders are in Lisbon attending the Ocean Summit.",
        "They met on the sidelines of the Ocean Conference in Lisbon.",
    ],
)
def test_a_datelines_city_hosting_the_gathering_the_sides_attend_gives_no_side_its_state(where: str) -> None:
    """'SEOUL: Prime Minister X held an informal meeting with US President Y … The two leaders are in Seoul
    attending the … Summit': the dateline's city is the venue, not the home of the side with no country
    (en-an: a Pakistani prime minister given Korea)."""
    page = (
        "LISBON: Prime Minister Omar Dali held an informal meeting with US President Tom Reed on Monday.\n\n"
        f"{where} They talked about trade.\n"
    )
    url = "http://politicsupdates.blogspot.com/2012/03/meeting.html"
    assert dict(_sides(page, url=url))["Omar Dali"] != "PT"


@pytest.mark.parametrize(
    ("office", "code"),
    [
        ("Minister of Foreign Affairs, Trade and Peruvians Abroad", "PE"),
        ("Minister of Foreign Affairs, Regional Integration and Ghanaians Abroad", "GH"),
    ],
)
def test_an_office_over_its_own_nationals_abroad_gives_its_state(office: str, code: str) -> None:
    """'Minister of Foreign Affairs, … and <Demonym>s Abroad': the office serves its own state's nationals,
    so its holder is of that state, not of the last counterpart's country the opening lists (en-y) nor of
    a guest's the words near his name give (en-ak)."""
    page = (
        f"{office} Omar Dali on Tuesday held phone talks with his Egyptian, Lebanese and Cameroonian "
        "counterparts, as well as with French Secretary of State Tom Reed.\n\n"
        "Talks focused on the summit to be held on an island of Cameroon.\n"
    )
    assert dict(_sides(page))["Omar Dali"] == code
