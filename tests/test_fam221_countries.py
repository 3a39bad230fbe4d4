"""Principals' countries after the blind run of en-bk, en-bl, en-bm, en-bn (fam221, issue #8; each seen
failing first on main bc4b2ee5). People, sites and events are invented; states are real."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.languages.en.participants import leader_country


def _countries(page: str, url: str | None = None) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readoutlib.parse(page, url=url).event.participants}


def test_a_climate_change_portfolio_keeps_the_title_and_its_state() -> None:
    """ "The Minister of Finance and Climate Change of Tuvalu, X": the office (its "Change" a portfolio's
    word) with its state, so the host, not the guest, takes the publisher's country."""
    page = (
        "The Minister of Finance and Climate Change of Tuvalu, Mr Tane Walker, made a courtesy call on"
        " President Ana Ruiz this morning at the President's Office.\n\n"
        "The President welcomed the Minister and thanked him for his work on climate issues.\n"
    )
    found = _countries(page, "https://presidency.gov.mv/Press/Article/1")
    assert found == {"Tane Walker": "TV", "Ana Ruiz": "MV"}


def test_a_non_resident_envoy_s_appositive_gives_his_state() -> None:
    """ "X, Non-Resident High Commissioner of Bangladesh to Rwanda": the envoy's own state, and his host
    the state he is accredited to."""
    page = (
        "Minister of Foreign Affairs Ana Ruiz received Tane Walker, Non-Resident High Commissioner of the"
        " People's Republic of Bangladesh to Rwanda.\n\n"
        "Minister Ruiz and High Commissioner Walker discussed ways to enhance bilateral relations.\n"
    )
    assert _countries(page) == {"Ana Ruiz": "RW", "Tane Walker": "BD"}


def test_a_demonym_s_office_that_acts_on_a_name_gives_the_name_no_country() -> None:
    """ "The Turkish President wished X good health": the verb between makes Turkey the wisher's, never
    X's, who stays without the guess (a demonym right before an office and a name still gives it)."""
    page = (
        "Former Chairman Tane Walker and President of Turkey Omer Kaya held a telephone conversation.\n\n"
        "The parties exchanged New Year congratulations. The Turkish President wished Tane Walker sound"
        " health.\n"
    )
    assert _countries(page).get("Tane Walker") != "TR"
    page = "Minister Jan Novak met the Norwegian Embassy's Chargé d'affaires Ola Berg in Prague.\n"
    assert _countries(page).get("Ola Berg") == "NO"


def test_the_lead_s_here_makes_the_dateline_s_state_the_host_s() -> None:
    """ "ISLAMABAD: X called on Foreign Minister Y here on Thursday": the host is of the dateline's state,
    however often the text names the country the talks were about."""
    page = (
        "ISLAMABAD: US Special Representative for Afghanistan Tane Walker called on Foreign Minister Omar"
        " Haddad here on Thursday.\n\n"
        "They discussed the Afghan peace process. Haddad welcomed the progress on Afghanistan and said the"
        " talks on Afghanistan's future would go on.\n"
    )
    found = _countries(page, "https://news.example.tv/2031/03/02/talks")
    assert found == {"Tane Walker": "US", "Omar Haddad": "PK"}


def test_heads_of_government_known_by_name() -> None:
    """Heads of state and government the tables now know, in their terms."""
    on = dt.date(2020, 6, 1)
    found = [
        leader_country(n, on)
        for n in ("Kyriakos Mitsotakis", "Moon Jae-in", "Imran Khan", "Ibrahim Mohamed Solih")
    ]
    assert found == ["GR", "KR", "PK", "MV"]
    assert leader_country("Nursultan Nazarbayev", dt.date(2018, 1, 1)) == "KZ"
