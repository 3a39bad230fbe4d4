"""Principals' countries from the wrong evidence (fam207, issue #8; each seen failing first on main
7dee6b48). People, places, sites and events are invented."""

from __future__ import annotations

import readoutlib
from readoutlib.analysis.countries import country_from_squashed_name
from readoutlib.languages.en.participants import mission_state


def _countries(page: str, url: str) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readoutlib.parse(page, url=url).event.participants}


def test_a_country_the_text_gives_another_office_holder_is_no_guess() -> None:
    """ "… about the talks with Peruvian Foreign Minister Y", beside X's name: Peru is Y's, however often the
    page names it, never the guess for X, whom nothing else gives a country."""
    page = (
        "President Ana Ruiz held a telephone conversation with Prime Minister Tane Walker on Monday about "
        "the coming talks with Peruvian Foreign Minister Rosa Prado Vera.\n\n"
        "The two leaders discussed the trade talks with Peru.\n\n"
        "Ruiz said Peru had been a valued partner and that the talks on Peru's ports would go on.\n"
    )
    found = _countries(page, "https://news.example.org/2031/03/02/talks")
    assert found.get("Ana Ruiz") != "PE"


def test_a_colleague_named_in_another_sentence_leaves_the_guess_alone() -> None:
    """ "… followed Australian Foreign Minister Y's visit", a sentence of its own: Y is a colleague of one
    side, whose state stays the guess for it (a guard: the rule read the whole text first, en-ac)."""
    page = (
        "As planned, the meeting linked Trade Ministers Li Wenbo and Tom Archer via videoconference, with "
        "the officials agreeing on the need to expand trade.\n"
        "The Chinese minister invited his counterpart to visit Beijing.\n"
        "On the other hand, Archer called on China to lift restrictions on Australian exports of wine.\n"
        "The contact between the two ministers followed Australian Foreign Minister Jane Roe's visit late "
        "last year and the talks between Chinese President Xi Jinping and Prime Minister Tom Hale.\n"
    )
    found = _countries(page, "https://news.example.org/2031/03/02/talks")
    assert (found.get("Li Wenbo"), found.get("Tom Archer")) == ("CN", "AU")


def test_a_site_named_for_a_state_under_another_states_domain_is_its_missions() -> None:
    """ "www.ruritania.org.xy": a state's embassy abroad, named by the state's name alone."""
    assert mission_state("https://www.newzealand.org.cl/news/visit") == "NZ"
    assert mission_state("https://www.chile.example.cl/news") is None  # its own domain: no mission
    assert mission_state("https://georgia.gov/news") is None  # a US state's site, not Georgia's
    assert country_from_squashed_name("SriLanka") == "LK"


def test_a_missions_president_is_of_its_state_not_the_host_domains() -> None:
    """The embassy's page on its president's state visit: he is of the embassy's state."""
    page = (
        "President Tane Walker, who is on a state visit to Chile, met the President of Chile Ana Ruiz "
        "today at the presidential palace in Santiago.\n\n"
        "President Walker thanked the government of Chile for its warm welcome.\n"
    )
    found = _countries(page, "https://www.newzealand.org.ar/presidents-meet")
    assert found.get("Tane Walker") == "NZ"


def test_the_heads_a_side_was_chaired_by_are_of_its_state() -> None:
    """ "The Chilean side was co-chaired by A and B, while the U.S. side was co-chaired by C" on the
    US publisher's page: A and B are Chilean, not the publisher's."""
    page = (
        "The Government of Chile and the Government of the United States of America held the third "
        "Space Security Dialogue in Santiago on May 4.\n\n"
        "The Chilean side was co-chaired by Mr. Pablo Soto Vera, Director of Security Affairs, Ministry "
        "of Foreign Affairs, and Ms. Ines Varga Rojas, Deputy Director of Defense Policy, Ministry of "
        "Defense, while the U.S. side was co-chaired by Ms. Ana Berg, Deputy Assistant Secretary of State "
        "for Space Affairs.\n\n"
        "The two sides discussed space security and the norms of responsible behaviour in outer space.\n"
    )
    found = _countries(page, "https://www.state.gov/chile-us-space-security-dialogue/")
    assert found.get("Pablo Soto Vera") == "CL"


def test_the_office_holder_a_principal_serves_keeps_his_state_as_the_guess() -> None:
    """ "X, the special envoy of French President Y": Y is the envoy's superior, not his counterpart, so
    France stays the guess for the envoy (a guard: en-as)."""
    page = (
        "Lebanese Army Commander General Karim Haddad on Wednesday welcomed Paul Morel, the special envoy of "
        "French President Luc Armand.\n\n"
        "Morel affirmed France's support for the army, and Haddad thanked France for its aid.\n\n"
        "The meeting underscored the ties between France and the army.\n"
    )
    found = _countries(page, "https://news.example.org/2031/03/02/envoy")
    assert found.get("Paul Morel") == "FR"
