"""Participant countries on pages no rule was written for (issue #8, fam76). Invented text."""

from __future__ import annotations

import readoutlib


def _countries(*lines: str) -> dict[str | None, str | None]:
    readout = readoutlib.parse("\n\n".join(lines) + "\n")
    return {p.name: p.country for p in readout.event.participants}


def test_a_regional_bodys_head_is_that_body_not_the_host() -> None:
    """The heads of the Economic Cooperation Organization, the SADC, the Pacific Islands Development
    Forum and the Commonwealth Secretariat are their body's side (ECO, SADC, PIDF, COMSEC), not the
    host's state."""
    assert _countries(
        "President of Kyrgyzstan Almaz Bekov received the Secretary General of the Economic Cooperation "
        "Organization (ECO) Farid Noori.",
        "The sides discussed transport corridors and trade among the member states.",
    ) == {"Almaz Bekov": "KG", "Farid Noori": "ECO"}
    assert (
        _countries(
            "The SADC Executive Secretary, Dr Grace Mbeki, paid a courtesy call on the Minister of Foreign "
            "Affairs of the Republic of Zambia, Peter Banda.",
            "They discussed the coming summit and the situation in the region.",
        )["Grace Mbeki"]
        == "SADC"
    )
    assert (
        _countries(
            "The Secretary General of the Pacific Islands Development Forum Mr Tevita Rabuka received the "
            "Prime Minister of Tuvalu, Ioane Tafua, at the Secretariat in Suva.",
            "They discussed climate finance.",
        )["Tevita Rabuka"]
        == "PIDF"
    )
    assert _countries(
        "Prime Minister Hamid Rahman of Bangladesh met the Secretary-General of the Commonwealth "
        "Secretariat, Janet Oduya, in New York.",
        "They discussed trade and good governance across the member countries.",
    ) == {"Hamid Rahman": "BD", "Janet Oduya": "COMSEC"}


def test_a_bare_secretary_of_state_relayed_without_a_country_is_american() -> None:
    """A relayed readout names "Secretary of State Ward" and no country for him: a Secretary of State
    with no portfolio ("for …", "in charge of …") is the US's; the other side keeps its own."""
    assert _countries(
        "Readout of Secretary Ward and Russian FM Orlov Call",
        "Secretary of State Alan Ward and Russian Foreign Minister Pavel Orlov spoke this morning ahead "
        "of tomorrow's meeting in Geneva. They discussed the schedule of the talks.",
    ) == {"Alan Ward": "US", "Pavel Orlov": "RU"}


def test_a_secretary_of_state_with_a_portfolio_is_no_american() -> None:
    countries = _countries(
        "Minister Ana Ruiz spoke with Secretary of State for Foreign Affairs Luis Gil.",
        "They discussed fisheries.",
    )
    assert countries.get("Luis Gil") != "US"


def test_two_states_named_in_order_then_two_names_in_order() -> None:
    """ "The foreign minister of Iran and his Uzbek counterpart … X and Y talked": X is Iran's and Y
    Uzbekistan's, however the later lines tie X to Uzbekistan (condolences to its people)."""
    assert _countries(
        "The foreign minister of the Islamic Republic of Iran and his Uzbek counterpart have discussed "
        "bilateral relations.",
        "In a telephone conversation on Thursday, Reza Tabari and Aziz Karimov talked about transit. "
        "Tabari also expressed condolences to the people of Uzbekistan after the floods in Uzbekistan.",
    ) == {"Reza Tabari": "IR", "Aziz Karimov": "UZ"}
    assert _countries(
        "BUENOS AIRES - The leaders of Argentina and Chile have moved to defuse a spat after officials in "
        "Santiago accused President Luis Ortega of meddling in Chile's affairs.",
        "Luis Ortega and Pablo Reyes held a call on Monday. Chile's Foreign Ministry had criticised Ortega.",
    ) == {"Luis Ortega": "AR", "Pablo Reyes": "CL"}


def test_an_unnamed_secretary_general_no_body_claims_is_the_uns() -> None:
    """A UN readout relayed by a news site: "The Secretary-General met with H.E. Mr. X, Chairperson of the
    African Union Commission. The two leaders …": the Secretary-General the page never names nor ties
    to a body is the UN's."""
    assert _countries(
        "The Secretary-General met with H.E. Mr. Omar Diallo, Chairperson of the African Union Commission. "
        "The two leaders reaffirmed their commitment to the cooperation between the two organisations.",
    ) == {"The Secretary-General": "UN", "Omar Diallo": "AU"}


def test_the_president_of_the_republic_on_a_governments_own_site_is_its_state() -> None:
    """On a foreign ministry's own site the minister takes the site's country first; "the President of
    the Republic", whom he accompanies, is of that republic too, not countryless."""
    readout = readoutlib.parse(
        "The Minister of Foreign Affairs, Tomas Vera, accompanied today the President of the Republic, "
        "Lucas Soto, in a meeting with the President of China, Xi Jinping, in Beijing.\n\n"
        "The leaders discussed trade and investment.\n",
        url="https://www.minrel.gob.cl/news/minister-accompanies-president",
    )
    countries = {p.name: p.country for p in readout.event.participants}
    assert countries["Tomas Vera"] == "CL"
    assert countries["Lucas Soto"] == "CL"
