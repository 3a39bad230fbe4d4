"""Principals' countries after the blind run of en-bk, en-bl, en-bm, en-bn (fam221, issue #8; each seen
failing first on main bc4b2ee5). People, sites and events are invented; states are real."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.languages.en.participants import (
    Principal,
    _demonym_before,
    _second_of_a_pair,
    leader_country,
)


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


def test_a_state_of_several_words_opening_an_institution_gives_its_state() -> None:
    """ "Deputy Supreme Commander of the United Arab Emirates Armed Forces": a state's name of three words
    before its institution, as "of the UAE Armed Forces" gives it."""
    page = (
        "King Omar received a phone call from Sheikh Tane Walker, Deputy Supreme Commander of the United"
        " Arab Emirates Armed Forces, to discuss trade.\n"
    )
    assert _countries(page).get("Tane Walker") == "AE"


def test_a_charge_d_affaires_appositive_gives_the_mission_s_state() -> None:
    """ "X, Charge d'Affaires of the U.S. Embassy in Addis Ababa": the lowercase head goes on the title,
    whose embassy's state is the envoy's; the host then takes the dateline's."""
    page = (
        "Addis Ababa, May 16, 2031 (FBC) – Minister of State for Foreign Affairs, Ambassador Ana Ruiz, "
        "discussed various issues with Ambassador Tane Walker, Charge d’Affaires of the U.S. Embassy in "
        "Addis Ababa.\n\n"
        "During their meeting, the two exchanged views on cooperation between Ethiopia and the United"
        " States.\n\n"
        "Ambassador Walker thanked Ethiopia for its help in the efforts of the United States to evacuate its"
        " citizens.\n"
    )
    assert _countries(page) == {"Ana Ruiz": "ET", "Tane Walker": "US"}


def test_a_lowercase_office_of_a_capital_gives_its_state() -> None:
    """ "X, the crown prince of Abu Dhabi and …": the emirate's capital's state is the caller's, and the
    host the dateline's, however often the text names the caller's state."""
    page = (
        "AMMAN — King Omar on Monday received a phone call from Sheikh Tane Walker, the crown prince of Abu"
        " Dhabi, to discuss conditions in the two countries.\n\n"
        "In the phone call, Sheikh Tane reaffirmed the UAE’s support for Jordan.\n\n"
        "King Omar expressed appreciation for the positions of the UAE’s leadership, stressing Jordan’s"
        " support for the United Arab Emirates.\n"
    )
    assert _countries(page, "http://www.news.example.com/news/local/king") == {
        "Omar": "JO",
        "Tane Walker": "AE",
    }
    page = "Minister Ana Ruiz met Tane Walker, the head of Acme Corp, in Lima.\n"
    assert _countries(page).get("Tane Walker") is None


def test_a_one_state_institution_before_the_title_read_gives_its_state() -> None:
    """ "the White House Coordinator for the Middle East, X": the title is read without "White", the words
    before it name the one state's institution."""
    page = (
        "Prime Minister Omar Haddad received a phone call from the White House Coordinator for the Middle"
        " East, Tom Berg, an official readout said.\n"
    )
    assert _countries(page).get("Tom Berg") == "US"


def test_the_andean_community_is_a_body() -> None:
    """ "Andean Community (CAN) General Secretary X": the body's short code."""
    page = (
        "Peru's Foreign Affairs Minister Ana Ruiz and Andean Community (CAN) General Secretary Tom Berg met"
        " on Friday to arrange the next council.\n"
    )
    assert _countries(page) == {"Ana Ruiz": "PE", "Tom Berg": "CAN"}


def test_a_demonym_s_plural_office_gives_both_names_of_a_pair() -> None:
    """ "their Chilean counterparts X and Y": both are Chilean, the second too."""
    page = (
        "The talks began in the presence of Peru's Foreign Minister Ana Ruiz and Defense Minister Jorge"
        " Luis, together with their Chilean counterparts Tom Berg and Jose Antonio Gomez, respectively.\n"
    )
    found = _countries(page)
    assert (found.get("Tom Berg"), found.get("Jose Antonio Gomez")) == ("CL", "CL")
    page = "Minister Jan Novak met his Chilean opposite number Ola Berg in Prague.\n"
    assert _countries(page).get("Ola Berg") == "CL"


def test_the_bearer_of_a_known_leader_s_letter_is_of_his_state() -> None:
    """ "X, who passed a written letter on from His Majesty King Abdullah II": the envoy is of the sender's
    state; a name the clause does not follow right after is not his bearer."""
    page = (
        "Sultan Haitham bin Tariq, Sultan of Oman, received Deputy Prime Minister and Minister of Foreign"
        " Affairs Tom Berg, who passed a written letter on from His Majesty King Abdullah II.The letter"
        " addressed relations between the two countries.\n"
    )
    assert _countries(page).get("Tom Berg") == "JO"
    page = (
        "President Ana Ruiz received Special Envoy Tom Berg, who delivered a message from President"
        " Emmanuel Macron.\n"
    )
    assert _countries(page) == {"Ana Ruiz": None, "Tom Berg": "FR"}


def test_a_body_s_word_before_a_plural_office_gives_the_first_of_a_pair() -> None:
    """ "EU leaders X and Y": the plural office makes "EU" X's body, as "EU leader X" would."""
    text = (
        "A videoconference brought together President Tom Berg and EU leaders Ana Ruiz and Carl Holt on"
        " Monday."
    )
    assert _demonym_before(Principal("Ana Ruiz", [], None), [text]) == "EU"
    assert _second_of_a_pair(Principal("Carl Holt", [], None), [text]) == "EU"
