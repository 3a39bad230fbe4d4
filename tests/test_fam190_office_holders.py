"""Principals the page calls by office after naming them once right after that office (fam190, issue
#8; each seen failing first on main b23b8135). People, places and events are invented."""

from __future__ import annotations

import readoutlib

_URL = "https://example.org/news/2031/03/02/courtesy-call.html"


def _names(page: str) -> list[str]:
    return [p.name for p in readoutlib.parse(page, url=_URL).event.participants]


def test_a_portfolio_and_country_between_office_and_name() -> None:
    """ "Minister of Energy, Mines, and Water of <State> <Name>": the rest of the portfolio and the
    state stand between the office the headline names and the person."""
    page = (
        "Readout of Secretary Holm's Call with Minister of Energy, Mines, and Water of Peru Tanaka Aiko\n\n"
        "Today, Secretary of Energy Jonas Holm had an introductory call with Minister of Energy, "
        "Mines, and Water of Peru Tanaka Aiko. During their call, Secretary Holm thanked the "
        "Minister for Peru's partnership and expressed his wish to work closely with Minister "
        "Tanaka on clean energy.\n"
    )
    assert _names(page) == ["Jonas Holm", "Tanaka Aiko"]


def test_a_lower_case_ambassador_in_his_posting_then_his_name() -> None:
    """ "welcomed the <demonym> ambassador in <State>, <Name>, …": a post line's bare "Ambassador" met
    the minister, and it is that person."""
    page = (
        "March 2, 2031 The Minister of Health of the Nation, Carla Dunmore, welcomed the Chilean "
        "ambassador in Bolivia, Pedro Alvarez Soto, who offered the Andean country his government's "
        "help with vaccines.\n\n"
        "As part of the courtesy visit, the two officials talked about the vaccines Chile is developing.\n\n"
        "At the meeting, where both agreed that cooperation should grow, Alvarez Soto briefed the "
        "Minister on the progress of the trials.\n\n"
        '"Ambassador @pedroas held talks with Health Minister @carladun today."\n\n'
        "Dunmore promised to set up a meeting with the national vaccine board.\n"
    )
    assert {"Carla Dunmore", "Pedro Alvarez Soto"} == set(_names(page))


def test_what_may_stand_between_an_office_and_its_holder() -> None:
    """A posting, a portfolio's rest, a country and a style may; a verb or a closing "and" may not."""
    from readoutlib.languages.en.participants import _holder_gap

    gaps = (" in Halden, ", ", Mines, and Water of Peru ", " of the Republic of Chile in Halden ", " ")
    joined = (" and ", " thanked ", ", and ", " of Chile and ", " of ")
    assert [_holder_gap(g) for g in (*gaps, *joined)] == [True] * 4 + [False] * 5


def test_a_consul_general_posted_in_a_city_before_his_name_is_a_person() -> None:
    """ "The U.S. Consul General in Halden, Jan Olsen, called on …": the name after the posting's city
    is the envoy, not a region of the city."""
    from readoutlib.languages.en.names import find_mentions

    found = find_mentions("The Ruritanian Consul General in Halden, Jan P. Olsen, called on the Governor.")
    assert [m.name for m in found if m.name] == ["Jan P. Olsen"]


def test_a_stray_comma_after_and_still_joins_two_sides() -> None:
    """ "<office> X, and, <office> Y met …": the comma after "and" is a slip; both are sides."""
    page = (
        "La Paz, March 2, 2031 - Ambassador of Chile to Bolivia Ana Ruiz Vidal, and, Minister of Trade of "
        "Bolivia, Tomas Berg Quispe met on Monday to discuss ways to expand trade in farm products.\n\n"
        "During the meeting, Berg Quispe invited the Chilean side to a trade fair in La Paz.\n"
    )
    assert {"Ana Ruiz Vidal", "Tomas Berg Quispe"} == set(_names(page))


def test_met_with_one_and_with_another_names_three_sides() -> None:
    """ "X met with A, <office of State>, and with <office> B": the repeated "with" adds a side."""
    page = (
        "Lima, 4 May 2031\n\n"
        "In Geneva on 4 May, Peruvian Trade Minister Rosa Quispe Mamani met with Lena Fagerlund, "
        "Minister of Trade and Industry of Sweden, and with Canadian Trade Minister Paul Tremblay Roy.\n\n"
        "The three met to continue the talks they began last year on farm subsidies.\n"
    )
    assert _names(page) == ["Rosa Quispe Mamani", "Lena Fagerlund", "Paul Tremblay Roy"]


def test_two_offices_each_with_the_then_the_name_are_one_person() -> None:
    """ "…, and with the Deputy Chair of the Cabinet and the Minister of Trade of <State>, <Name>": both
    offices, each with its own "the", are the one person named after them."""
    page = (
        "Lima, 4 May 2031\n\n"
        "The President of the Republic of Peru, Rosa Quispe Mamani, spoke by phone last night with the "
        "Secretary General of NATO, Lena Fagerlund, and with the Deputy Chair of the Council of "
        "Ministers and the Minister of Trade of the Republic of Chile, Paul Tremblay Roy, and set "
        "meetings for today.\n\n"
        "In the call, Quispe Mamani informed both about the situation on the border.\n"
    )
    assert _names(page) == ["Rosa Quispe Mamani", "Lena Fagerlund", "Paul Tremblay Roy"]
