"""Countries from co-occurrence (round 92 of issue #8, en-ad, en-ae, en-af), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str, url: str | None = None) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n", url=url)


def _countries(readout: Readout) -> dict[str, str | None]:
    return {p.name: p.country for p in readout.event.participants}


def test_a_known_leader_is_of_his_own_state_not_the_topic_the_text_names() -> None:
    """'President Obama … noted the troubling developments in Moldova … in support of the Moldovan
    people': the developments in a country are the talk's topic, not a side's country; the known leader
    the page gives none stays of his own state."""
    readout = _page(
        "President Obama spoke with French President Paul Arnaud today about the economy.",
        "The President also noted the troubling developments in Moldova and his appreciation of the close"
        " cooperation with France on humanitarian assistance in support of the Moldovan people.",
    )
    assert _countries(readout).get("Obama") == "US"


def test_a_bare_secretary_of_state_is_of_the_us_not_the_topic_the_text_names_most() -> None:
    """'Secretary of State X met … the Cuban missions … Cuban prisoners': a bare Secretary of State the
    page gives no country is the US's, never the country of the topic the page names twice."""
    readout = _page(
        "Secretary of State Hale's Meeting With UN Secretary-General Ruiz",
        "Washington, DC - Secretary Tom Hale met yesterday in Washington with United Nations"
        " Secretary-General Ana Ruiz. They discussed the harvest and the floods in Moldova.",
        "The Secretary condemned the behaviour of the Cuban and Bolivian missions during an event on Cuban"
        " prisoners.",
    )
    assert _countries(readout).get("Tom Hale") == "US"


def test_the_country_a_minister_discussed_is_not_his() -> None:
    """'The diplomats discussed the outlook for a settlement in Moldova … an intra-Moldovan dialogue':
    the country talked about is the topic, never the country of the side the page gives none; the one
    country that acts beside him ('Ruritania's commitment') is."""
    readout = _page(
        "Press release on Foreign Minister Ivan Petrov's meeting with Foreign Minister Ana Ruiz of Peru",
        "On May 2, Foreign Minister Ivan Petrov met with Foreign Minister Ana Ruiz of Peru on the sidelines"
        " of a conference.",
        "The diplomats discussed the outlook for a peaceful settlement in Moldova. Ivan Petrov said that"
        " the key condition is dialogue and reaffirmed Russia's commitment to an inclusive intra-Moldovan"
        " dialogue.",
        "They also discussed the situation around Moldova.",
    )
    assert _countries(readout).get("Ivan Petrov") != "MD"


def test_an_envoy_is_not_of_the_country_he_is_sent_to() -> None:
    """'Special Envoy to Moldova X': the country an envoy is sent to, and the page's talk about it, is
    not his country."""
    readout = _page(
        "Phone conversation between Russian Foreign Minister Ivan Petrov and Special Envoy to Moldova"
        " Tom Hale",
        "On 27 August Russian Foreign Minister Ivan Petrov held a phone conversation with Special Envoy to"
        " Moldova Tom Hale.",
        "They discussed the situation around Moldova, which has worsened lately.",
        "Ivan Petrov highlighted the need for a political settlement in Moldova.",
    )
    assert _countries(readout).get("Tom Hale") != "MD"


def test_the_counterpart_a_demonym_names_is_of_that_state() -> None:
    """'X discussed Moldova and Chad with his U.S. counterpart … X and Y spoke over the phone': Y, the
    counterpart the opening names by a demonym only, is of that state, not of a country the page
    names as a topic or a trip."""
    readout = _page(
        "Turkish Foreign Minister Ali Demir discussed Moldova, Chad and Peru with his U.S. counterpart on"
        " Thursday, according to sources.",
        "The sources said Ali Demir and Tom Hale spoke over the phone.",
        "The call came after Demir's trip to Chad on Wednesday.",
        "A delegation was in Chad on Tuesday.",
    )
    assert _countries(readout).get("Tom Hale") == "US"


def test_the_situation_in_a_hosts_country_still_ties_it_to_him() -> None:
    """'the political situation in Chad' on the page of Chad's president meeting an envoy for Chad: the
    situation in a country is often the host's own, so it still counts for him (only the envoy is not of
    the state he is sent to; he is the Commonwealth Secretariat's, by his title: fam104)."""
    readout = _page(
        "President Ali Demir has today met with the Commonwealth's Special Envoy for Chad, Sir Tom Hale.",
        "The meeting was held to discuss the ongoing political situation in Chad. President Demir stressed"
        " the importance of early elections.",
    )
    countries = _countries(readout)
    assert (countries.get("Ali Demir"), countries.get("Tom Hale")) == ("TD", "COMSEC")


def test_a_third_countrys_programme_the_ministers_discussed_is_no_sides_country() -> None:
    """'Iran's nuclear program', 'the Iranian program', 'concern over Iran': the programme of a third state
    the two sides discussed is their topic; the minister the page gives no country is of the state that
    acts beside him ('China's concern')."""
    readout = _page(
        "Foreign Minister Wei Lan met his British counterpart, Tom Hale. Both discussed Moldova's nuclear"
        " program.",
        "In a briefing, Wei said he had expressed China's concern over Moldova. Wei reiterated China's"
        " opposition to sanctions over Moldova's nuclear program. China is still seeking a solution.",
        "Hale said there is increasing concern about the Moldovan program and the Moldovan refusal to"
        " engage.",
    )
    assert _countries(readout).get("Wei Lan") == "CN"
