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
