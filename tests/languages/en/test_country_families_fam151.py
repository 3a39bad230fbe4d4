"""Countries on pages whose principals the text leaves alone (issue #8, fam151), invented pages.

Each test is one family, written as a page of our own; the guard is a page whose reading stays.
"""

from __future__ import annotations

from tests.languages.en.layout_kit import text_page as _text


def _country(readout: object, name: str) -> str | None:
    people = readout.event.participants  # type: ignore[attr-defined]
    return next(p.country for p in people if p.name == name)


def test_a_lone_traveller_is_not_of_the_state_he_arrived_in() -> None:
    """'X in Sylvania on his first visit' heads a page whose lead has him arrive in Sylvania's capital:
    the text names the hosts most, but the state he arrived in is theirs; the next it names is his."""
    readout = _text(
        "FM Ortega in Peru on first foreign visit",
        "",
        "Foreign Minister Luis Ortega arrived in Lima on a one-day official visit on Saturday.",
        "",
        "Ortega was received by his Peruvian counterpart at the palace. Talks between the Chilean delegation "
        "and Peruvian officials are under way. Ortega will also meet Peruvian President Ana Vela. Peru and "
        "Chile trade is growing; Peru is a partner.",
    )
    assert _country(readout, "Luis Ortega") == "CL"


def test_a_lone_principal_at_home_keeps_the_state_the_text_names() -> None:
    """Guard: with no trip in the lead, the state the text names most is still the lone principal's."""
    readout = _text(
        "FM Ortega on trade",
        "",
        "Foreign Minister Luis Ortega on Saturday chaired a meeting on trade at the ministry.",
        "",
        "Ortega said Peru's exports are growing and that Peru will open new markets. Peru and Chile trade is "
        "growing; Peru is a partner.",
    )
    assert _country(readout, "Luis Ortega") == "PE"


def test_the_one_joined_in_his_meeting_is_of_the_joiners_state() -> None:
    """'Minister A joined President B in his meeting with the guest C': B hosts the meeting A sits in on,
    so B is of A's state, however often the text names the guest's."""
    readout = _text(
        "Working lunch with Canadian delegation",
        "",
        "Foreign Minister Luis Ortega joined President Ana Vela in her meeting with the Canadian Deputy "
        "Minister of Trade, Paul Moreau, where they agreed to coordinate between the two countries.",
        "",
        "The Canadian official invited the government to an event in Ottawa. The Canadian delegation had "
        "the Canadian Ambassador. Canada and Canadian firms will take part.",
        url="https://www.minrel.gob.cl/en/news/working-lunch",
    )
    assert _country(readout, "Luis Ortega") == "CL"
    assert _country(readout, "Ana Vela") == "CL"
