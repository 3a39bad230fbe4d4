"""Countries of principals the page names no state for (fam228, issue #8; each seen failing first on
main c74d8913). People, places and events are invented, but the known office-holders."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.languages.en.participants import minister_country


def _countries(
    page: str, url: str = "https://example.org/news/2021/03/03/talks.html"
) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readoutlib.parse(page, url=url).event.participants}


def test_known_ministers_named_whole_and_in_term() -> None:
    """A minister's row holds in his tenures only; a shared family name is no row alone."""
    found = [
        minister_country("Wang Yi", dt.date(2020, 6, 1)),
        minister_country("Wang Yi", dt.date(2023, 3, 1)),
        minister_country("Mevlut Cavusoglu", dt.date(2015, 9, 1)),
        minister_country("Çavuşoğlu", dt.date(2019, 9, 1)),
        minister_country("Rajnath Singh"),
        minister_country("Singh"),
    ]
    assert found == [
        "CN",
        None,
        None,
        "TR",
        "IN",
        None,
    ]


def test_a_titled_known_minister_with_no_state_on_the_page_takes_his_own() -> None:
    """ "Defence Minister Rajnath Singh met his counterpart …": no demonym, no "of X", yet his state is
    known; the counterpart keeps the state the page gives him."""
    page = (
        "Defence Minister Rajnath Singh met his counterpart Lars Berg of Norway in Oslo.\n\n"
        "Berg said Norway looked forward to closer training exchanges.\n"
    )
    assert _countries(page) == {"Rajnath Singh": "IN", "Lars Berg": "NO"}


def test_a_known_minister_visiting_takes_his_own_state_not_the_hosts() -> None:
    """A foreign minister met in the host's capital is of his own state, not the one the page names
    around him ("met … in Accra", "Ghana welcomed …")."""
    page = (
        "Foreign Minister Mevlüt Çavuşoğlu met Kofi Mensah, Foreign Minister of Ghana, in Accra on "
        "3 March 2021.\n\n"
        "The ministers discussed trade and Ghana's coming elections. Mensah said Ghana welcomed more "
        "investment.\n"
    )
    assert _countries(page) == {"Mevlüt Çavuşoğlu": "TR", "Kofi Mensah": "GH"}


def test_a_known_minister_on_a_call_with_no_state_named() -> None:
    """A call between two ministers where the page names no state: the known one takes his own."""
    page = (
        "Foreign Minister Wang Yi held a telephone conversation with Foreign Minister Ana Ruiz on "
        "Tuesday.\n\n"
        "Ruiz said her government valued the steady growth of trade between the two countries.\n"
    )
    assert _countries(page) == {"Wang Yi": "CN", "Ana Ruiz": None}


def test_a_country_ending_a_bodys_name_after_a_dash_is_not_the_holders() -> None:
    """ "Commander of Joint Logistics Group–Peru": the country glued to the body's name by a dash is
    where the body works, not the commander's state (the host's minister keeps hers)."""
    page = (
        "Peruvian Defence Minister Ana Ruiz had a video call with the Commander of Joint Logistics "
        "Group–Peru, Major General Tom Baker.\n\n"
        "According to the ministry, the two discussed the delivery of spare parts.\n"
    )
    assert _countries(page, "https://example.org/news/2024/03/02/call.html") == {
        "Ana Ruiz": "PE",
        "Tom Baker": None,
    }


def test_an_office_held_at_a_states_own_institution_is_that_states() -> None:
    """ "Political Director at the Foreign, Commonwealth and Development Office Sir X": the body "at"
    which the title is held is one state's own, whatever city the meeting was in."""
    page = (
        "On May 4, in Washington, Deputy Foreign Minister of Peru Ana Ruiz met with Political Director "
        "at the Foreign, Commonwealth and Development Office Sir Tom Baker.\n\n"
        "Ana Ruiz and Tom Baker discussed the schedule of the next round of talks in Washington.\n"
    )
    assert _countries(page, "https://example.org/news/2024/05/04/meeting.html") == {
        "Ana Ruiz": "PE",
        "Tom Baker": "GB",
    }


def test_the_head_of_state_after_the_named_president_is_the_president() -> None:
    """ "President X chaired … After that, the Head of State convened …": one person, not a second
    principal left to take the country the page is about."""
    page = (
        "President Ana Ruiz chaired a meeting of the Security Council of Peru on the situation at the "
        "border with Bolivia.\n\n"
        "Reports on smuggling across the Bolivian border were heard first. After that, the Head of State "
        "convened the council, which adopted a number of decisions.\n"
    )
    found = readoutlib.parse(page, url="https://example.org/news/2024/05/04/meeting.html")
    assert [p.name for p in found.event.participants] == ["Ana Ruiz"]
