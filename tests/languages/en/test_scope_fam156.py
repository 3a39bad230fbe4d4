"""Scope families of issue #8, task fam156 (diplomatic or domestic), each on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.sides import without_former_offices

_UA = "https://www.president.gov.ua/en/news/some-story-123"


def _scope(text: str, url: str | None = _UA) -> str | None:
    return readoutlib.parse(text, url=url).event.scope


def test_a_former_office_and_a_field_before_a_private_role_give_no_side() -> None:
    """'with French tax fraud lawyer' in the headline, 'former Director of the Sanctions Office of the
    French Treasury, Attorney X' in the opening: a former office-holder now in private practice speaks for
    no state, so a leader's office meeting him alone is domestic (feeds-dev8: a lawyer who once held a
    US office, labelled domestic)."""
    page = (
        "Head of the Presidential Office discusses asset freezes with French tax fraud lawyer\n\n"
        "Head of the Office of the President of Ukraine Ivan Koval held a video conference with former "
        "Director of the Sanctions Office of the French Treasury, Attorney Dana Quill, focusing on asset "
        "freezes. Quill and her firm advise the Office free of charge.\n"
    )
    assert _scope(page) == "domestic"


def test_a_sitting_official_after_a_former_one_keeps_his_state() -> None:
    """'former Minister X and Polish Foreign Minister Y': the blank of the former office stops at
    'and', so the sitting minister's state stays a side."""
    page = (
        "Head of the Office meets ministers\n\n"
        "Head of the Office of the President of Ukraine Ivan Koval met former Minister Dana Quill and "
        "Polish Foreign Minister Piotr Nowak in Kyiv.\n"
    )
    assert _scope(page) == "diplomatic"


def test_an_incoming_leader_keeps_the_state_of_his_former_office() -> None:
    """A former Prime Minister congratulated on his party's victory is his state's incoming leader:
    its name stays in the text (feeds-dev23: a readout)."""
    opening = (
        "The President spoke today with former Prime Minister of Norway Arlo Halden to congratulate him "
        "on his party's victory."
    )
    assert without_former_offices(opening, ("Call", opening)) == opening
    blanked = without_former_offices(opening.replace(" to congratulate him on his party's victory", ""), ())
    assert blanked is not None
    assert "Norway" not in blanked
    assert "The President spoke today with" in blanked


def test_the_former_yugoslav_republic_is_a_states_name_not_a_former_office() -> None:
    """'the former Yugoslav Republic of Macedonia' names a state: not blanked."""
    text = "The Minister met the Foreign Minister of the former Yugoslav Republic of Macedonia Ana Lobo."
    assert without_former_offices(text, ()) == text


def test_the_eus_diplomatic_service_is_the_eus() -> None:
    """'<the EU's External Action Service> Secretary-General X': the EU's official, so a US official's
    call with him is diplomatic (feeds-dev21: given no country, the call read as domestic)."""
    page = (
        "Deputy Secretary of State Ann Cole spoke with European External Action Service Secretary-General "
        "Karl Huber yesterday.\n\nThey discussed energy markets.\n"
    )
    sides = {
        p.name: p.country for p in readoutlib.parse(page, url="https://www.state.gov/x").event.participants
    }
    assert sides["Karl Huber"] == "EU"


def test_an_official_of_a_state_with_no_code_is_another_side_of_no_country() -> None:
    """'Telephone conversation with President of South Ossetia X' on the Kremlin's site: his name is
    not cut after the state's name, he gets no country (South Ossetia has no ISO code, and he is not
    the publisher's), and the call is diplomatic (feeds-dev3: read as domestic, the guest given Russia)."""
    page = (
        "Telephone conversation with President of South Ossetia Pavel Dzhioyev\n\n"
        "During the conversation, the two presidents discussed trade and the new border crossing.\n"
    )
    readout = readoutlib.parse(page, url="http://en.kremlin.ru/events/president/news/99990")
    guest = readout.event.participants[0]
    assert (guest.name, guest.country) == ("Pavel Dzhioyev", None)
    assert guest.titles == ("President of South Ossetia",)
    assert readout.event.scope == "diplomatic"


def test_a_parallel_governments_representatives_are_another_side() -> None:
    """'met today with NUG representatives, including X': a parallel government (a government in
    exile) speaks for the state it claims, so the meeting is diplomatic though no country is named
    (feeds-dev18: read as domestic)."""
    for group in ("NUG representatives", "representatives of the Sylvanian government-in-exile"):
        page = (
            f"The Counselor's Meeting with {group.split(' of ')[0]}\n\n"
            f"Counselor of the Department Ana Lobo met today in Geneva with {group}, including Karl Huber. "
            "The Counselor underscored support for the restoration of democracy.\n"
        )
        assert _scope(page, url="https://www.state.gov/x") == "diplomatic"


def test_where_a_participant_happens_to_be_is_no_side() -> None:
    """'called Senator X, who is leading a congressional delegation in <State>, to invite him to a
    meeting': the place the guest is in is no side of the call (feeds-dev27: calls with congressional
    leaders read as diplomatic)."""
    page = (
        "Readout of the President's Call with Congressional Leaders\n\n"
        "This afternoon, the President called Senator Dana Quill, who is leading a congressional "
        "delegation in Portugal, to invite her to a meeting at the White House with Leader Ivo Brand.\n"
    )
    assert _scope(page, url="https://www.whitehouse.gov/briefing-room/x") == "domestic"


def test_leaders_from_states_across_the_country_are_its_own() -> None:
    """'welcomed leaders from 34 states across the country': the country's own states, no foreign group
    (feeds-dev26: a convening on child care read as diplomatic)."""
    page = (
        "Readout of the White House States Convening on Housing\n\n"
        "Last week, White House officials welcomed leaders from 21 states across the country to discuss "
        "state actions to make housing more affordable.\n"
    )
    assert _scope(page, url="https://www.whitehouse.gov/briefing-room/x") == "domestic"


def test_a_former_official_styled_ambassador_is_a_private_person() -> None:
    """'Director of an institute, Former National Security Adviser, Ambassador X': the ambassador's
    style is the courtesy a former official keeps, no office, so the experts' group he co-chairs with a
    leader's office is domestic (feeds-dev3: read as diplomatic)."""
    page = (
        "Ivan Koval and Dana Quill discussed further steps on asset freezes\n\n"
        "Head of the Office of the President of Ukraine Ivan Koval and Director of the Harbour Institute "
        "for Policy Studies (HIPS), Former French National Security Adviser, Ambassador Dana Quill, who are "
        "chairing the international working group on asset freezes, held a regular online meeting.\n"
    )
    assert _scope(page) == "domestic"
