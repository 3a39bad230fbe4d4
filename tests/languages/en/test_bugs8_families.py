"""Known participant and statement bugs of the real bulk pages, each as a family on invented pages."""

from __future__ import annotations

import readoutlib

Parts = list[tuple[str, str | None, tuple[str, ...]]]


def _participants(page: str) -> Parts:
    readout = readoutlib.parse(page)
    return [(p.name, p.country, p.titles) for p in readout.event.participants]


def _statements(page: str) -> list[tuple[str, str, str]]:
    readout = readoutlib.parse(page)
    return [(s.speaker, s.verb, s.text[:30]) for s in readout.statements]


def test_later_office_is_the_untitled_principal_before_it() -> None:
    """'The President of Russia' found after the untitled 'Ivan Petrov' is Petrov, not a second man."""
    page = (
        "Telephone conversation with President of Kazakhstan Omar Haddad\n\n"
        "During the telephone conversation, Ivan Petrov warmly congratulated President of Kazakhstan "
        "Omar Haddad on his victory in the presidential election. The parties reaffirmed their "
        "commitment to the strategic partnership. The President of Russia also sent a message of "
        "greetings to Omar Haddad.\n"
    )
    expected: Parts = [
        ("Ivan Petrov", "RU", ("President of Russia",)),
        ("Omar Haddad", "KZ", ("President",)),
    ]
    assert expected == _participants(page)


def test_office_the_opening_joins_stays_its_own_side() -> None:
    """'Ivan Petrov met the Prime Minister of Russia': the office is the other side, not Petrov."""
    page = (
        "Ivan Petrov Meets the Prime Minister\n\n"
        "Ivan Petrov met the Prime Minister of Russia in Moscow on Monday. They discussed trade.\n"
    )
    expected: Parts = [
        ("Ivan Petrov", None, ()),
        ("The Prime Minister of Russia", "RU", ("Prime Minister of Russia",)),
    ]
    assert expected == _participants(page)


def test_headline_head_of_state_is_the_president() -> None:
    """A headline 'Head of state meets ...' over a President's page adds no 'The Head'."""
    page = (
        "Head of state meets with representatives of the Council of Churches\n\n"
        "President of Ukraine Petro Hnatenko met with representatives of the Council of Churches. "
        "During the event, the head of state signed a law on chaplains.\n"
    )
    expected: Parts = [("Petro Hnatenko", "UA", ("President",))]
    assert expected == _participants(page)


def test_two_word_city_a_trip_visited_is_no_side() -> None:
    """'visited Kuala Lumpur and met with Foreign Minister Ana Ruiz': the city is the place, Ruiz the side."""
    page = (
        "Readout of the Secretary's Travel\n\n"
        "Secretary of State Tom Reed visited Kuala Lumpur and met with Foreign Minister Ana Ruiz.\n"
    )
    expected: Parts = [("Tom Reed", None, ("Secretary of State",)), ("Ana Ruiz", None, ("Foreign Minister",))]
    assert expected == _participants(page)
