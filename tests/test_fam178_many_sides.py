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


def test_heads_of_ministries_gathered_for_a_meeting_report_it() -> None:
    """Heads of ministries, named by their office only, who gathered in a place report the meeting."""
    from readoutlib.languages.en.event import clause_tense

    opening = (
        "The heads of the trade ministries of the Andes and Canada gathered in Quito on May 4 for the "
        "annual meeting."
    )
    assert clause_tense(opening) == "past"
    leaders = "The prime ministers of Norway and Chile gathered at the lakeside resort on Monday."
    assert clause_tense(leaders) == "past"
    assert clause_tense("Crowds gathered in the square on Monday.") is None


def test_a_gathering_attended_by_a_list_has_its_attendees_as_sides() -> None:
    """ "The meeting was attended by <office of A> X, <office of B> Y … and Z": each a side, of its own
    list item's country; 'also attended by' would name those beside the members."""
    page = (
        "QUITO – The heads of the trade ministries of the Andes and Canada gathered in Quito on May 4 "
        "for the annual Andes+1 meeting, reports the press service of the Peruvian ministry.\n\n"
        "The meeting was attended by Minister of Trade of Peru Ana Ruiz Vega, Minister of Trade of "
        "Bolivia Luis Mamani Quispe, Minister of Trade of Ecuador Pablo Soto Andrade and Deputy Trade "
        "Minister of Canada Claire Tremblay.\n\n"
        "The sides agreed to meet again next year.\n"
    )
    found = _countries(page, "https://example.org/news/2031/05/05/andes-meeting.html")
    assert found == {
        "Ana Ruiz Vega": "PE",
        "Luis Mamani Quispe": "BO",
        "Pablo Soto Andrade": "EC",
        "Claire Tremblay": "CA",
    }


def test_a_bare_weekday_before_a_plural_office_of_listed_countries() -> None:
    """ "met Saturday with the foreign ministers of A, B and C": one side per country, as with "on
    Saturday"; a lowercase word is no weekday."""
    from readoutlib.languages.en.participants import group_office

    opening = "Secretary Ana Ruiz met Saturday with the foreign ministers of Chile, Peru and Bolivia."
    assert group_office(opening) == "Foreign Minister"
    assert group_office(opening.replace("Saturday", "saturday")) == ""
    page = (
        "LIMA – US Secretary of State Ana Ruiz met Saturday with the foreign ministers of Chile, Peru and "
        "Bolivia, opening a new format for regional talks, her spokesman said.\n\n"
        "The ministers discussed trade in the region.\n"
    )
    found = readoutlib.parse(page, url="https://example.org/news/2031/05/05/andes.html").event.participants
    unnamed = [p.country or "" for p in found if not p.name or p.name.startswith("The ")]
    assert sorted(unnamed) == ["BO", "CL", "PE"]


def test_new_envoys_from_listed_states_under_a_source_credit() -> None:
    """ "(Wire) – New ambassadors from A, B and C presented their credentials to President X": one
    side per state, each named by the paragraphs below that give its envoy."""
    page = (
        "(Lakenews) – New ambassadors from Chile, Peru and Kenya presented their credentials to "
        "President Omar Haddad in Valdora on Wednesday.\n\n"
        "Receiving Chile's Ambassador Ana Ruiz Vega, President Haddad said his country valued its ties "
        "with Chile and discussed trade between the two countries.\n\n"
        "Peru's Ambassador Luis Mamani Quispe said Peru wished to deepen cooperation in farming.\n\n"
        "President Haddad also received the Kenyan Ambassador Jane Wanjiru and discussed tourism.\n"
    )
    found = _countries(page, "https://example.org/news/2031/05/05/envoys.html")
    assert found.get("Ana Ruiz Vega") == "CL"
    assert found.get("Luis Mamani Quispe") == "PE"
    assert found.get("Jane Wanjiru") == "KE"


def test_a_possessive_name_of_several_words_after_a_participle() -> None:
    """ "Welcoming Papua New Guinea's Ambassador X": the whole name's state, not its last word's."""
    from readoutlib.analysis.profile import Profile
    from readoutlib.languages.en.participants import _mentions

    for text, code in (
        ("Welcoming Papua New Guinea’s Ambassador Peter Kaupa to Hanoi, the President spoke.", "PG"),
        ("Greeting South Sudan's Ambassador Ana Deng, the Minister spoke.", "SS"),
        ("Welcoming Guinea's Ambassador Ana Camara, the Minister spoke.", "GN"),
    ):
        assert [m.country for m in _mentions(text, Profile()) if m.name][:1] == [code]
