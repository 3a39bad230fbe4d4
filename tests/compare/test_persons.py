"""Names matched across spellings, titles and scripts."""

from __future__ import annotations

import attrs
import pytest

from readoutlib.compare.model import PersonMatch
from readoutlib.compare.persons import headline_names, match_persons, name_key, name_keys, transliterate
from readoutlib.model import Readout

from .kit import make_readout

SAME_PERSON = [
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Zelenskiy", "Zelenskyy"),
    ("Зеленский", "Zelensky"),
    ("Sergey Lavrov", "Сергей Лавров"),
    ("Joseph R. Biden, Jr.", "Joseph Biden"),
    ("Dmitry Peskov", "Dmitriy Peskov"),
    ("Mykhailo Podolyak", "Mykhaylo Podoliak"),
]

OTHER_PERSON = [
    ("Joseph Biden", "Antony Blinken"),
    ("Wang Yi", "Li Qiang"),
    ("Yi", "Li"),
    ("Vladimir Putin", "Sergei Lavrov"),
]


@pytest.mark.parametrize(("one", "other"), SAME_PERSON)
def test_same_person_same_key(one: str, other: str) -> None:
    """Two spellings of one person's name share a key."""
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(("one", "other"), OTHER_PERSON)
def test_other_person_other_key(one: str, other: str) -> None:
    """Two different people's names keep different keys."""
    assert name_key(one) != name_key(other)


def test_transliterate() -> None:
    """Cyrillic letters become Latin ones, case kept, other text untouched."""
    expected = "Sergei Lavrov (Moscow)"
    assert expected == transliterate("Сергей Лавров (Moscow)")


def test_match_persons_reads_the_headline_where_the_parse_missed() -> None:
    """A principal the other side's parse missed is found in its headline."""
    a = make_readout("x", "Call", [("Ana Kovac", "HR"), ("Tomas Berg", "NO")])
    b = make_readout("y", "Kovač's call with Minister Berg", [("Ana Kovač", "HR")])
    expected = (
        PersonMatch("Ana Kovac", "Ana Kovač", "participants"),
        PersonMatch("Tomas Berg", "Berg", "title"),
    )
    assert expected == match_persons(a, b)


def test_match_persons_family_name_first_or_last() -> None:
    """A name with its family name written first ("HAYASHI Yoshimasa") is the same person."""
    a = make_readout("x", "Talk", [("HAYASHI Yoshimasa", "JP"), ("Antony Blinken", "US")])
    b = make_readout("y", "Call", [("Antony J. Blinken", "US"), ("Hayashi Yoshimasa", "JP")])
    expected = (
        PersonMatch("HAYASHI Yoshimasa", "Hayashi Yoshimasa", "participants"),
        PersonMatch("Antony Blinken", "Antony J. Blinken", "participants"),
    )
    assert expected == match_persons(a, b)


def test_match_persons_reads_the_lead_where_the_parse_found_one_principal() -> None:
    """A side whose parse found one principal is searched in its lead (first paragraph) too."""
    a = make_readout("x", "Meeting", [("Ana Kovac", "HR"), ("Tomas Berg", "NO")])
    b = make_readout(
        "y", "Meeting with Ana Kovac", [("Ana Kovac", "HR")], said=[("both", "met", "Tomas Berg.")]
    )
    expected = (
        PersonMatch("Ana Kovac", "Ana Kovac", "participants"),
        PersonMatch("Tomas Berg", "Berg", "lead"),
    )
    assert expected == match_persons(a, b)


def test_match_persons_ignores_the_lead_of_a_full_parse() -> None:
    """A side whose parse found two principals is not searched in its lead: a third name there is no match."""
    a = make_readout("x", "Meeting", [("Ana Kovac", "HR"), ("Tomas Berg", "NO")])
    b = make_readout(
        "y",
        "Meeting",
        [("Ana Kovac", "HR"), ("Lena Lund", "SE")],
        said=[("both", "met", "Tomas Berg.")],
    )
    expected = (PersonMatch("Ana Kovac", "Ana Kovac", "participants"),)
    assert expected == match_persons(a, b)


def test_match_persons_office_alone_is_the_holder_of_that_office() -> None:
    """A principal named by office alone ("The Prime Minister") is the other side's holder of it."""
    a = make_readout("x", "Call", [("Vladimir Putin", "RU"), ("Boris Johnson", "GB")])
    a = attrs.evolve(
        a,
        event=attrs.evolve(
            a.event,
            participants=(
                a.event.participants[0],
                attrs.evolve(a.event.participants[1], titles=("Prime Minister",)),
            ),
        ),
    )
    b = make_readout("y", "Call", [("The Prime Minister", "GB"), ("Putin", "RU")])
    b = attrs.evolve(
        b,
        event=attrs.evolve(
            b.event,
            participants=(
                attrs.evolve(b.event.participants[0], titles=("Prime Minister",)),
                b.event.participants[1],
            ),
        ),
    )
    expected = (
        PersonMatch("Vladimir Putin", "Putin", "participants"),
        PersonMatch("Boris Johnson", "The Prime Minister", "office"),
    )
    assert expected == match_persons(a, b)


def _titled(publisher: str, people: list[tuple[str, str, str]]) -> Readout:
    """A readout whose participants are (name, country, title) as listed (ids of their own: two
    principals may share a name, "The Leader" of two countries)."""
    readout = make_readout(
        publisher, "Call", [(f"P{n}", country) for n, (_, country, _) in enumerate(people)]
    )
    participants = tuple(
        attrs.evolve(p, name=name, titles=(title,))
        for p, (name, _, title) in zip(readout.event.participants, people, strict=True)
    )
    return attrs.evolve(readout, event=attrs.evolve(readout.event, participants=participants))


def test_match_persons_a_leader_named_by_country_is_that_countrys_head() -> None:
    """ "The Leader" of a country is the other side's head of state or government, not its Vice President."""
    named = [
        ("Sean Doyle", "IE", "Prime Minister"),
        ("Ana Kovac", "HR", "President"),
        ("Tomas Berg", "NO", "Prime Minister"),
        ("Eva Lund", "SE", "Vice President"),
    ]
    offices = [
        ("The Prime Minister", "IE", "Prime Minister"),
        ("The Leader", "HR", "Leader"),
        ("The Leader", "NO", "Leader"),
        ("The Leader", "SE", "Leader"),
    ]
    a, b = _titled("x", named), _titled("y", offices)
    expected = (
        PersonMatch("Sean Doyle", "The Prime Minister", "office"),
        PersonMatch("Ana Kovac", "The Leader", "office"),
        PersonMatch("Tomas Berg", "The Leader", "office"),
    )
    assert expected == match_persons(a, b)


def test_match_persons_an_office_of_a_named_country_is_its_holder() -> None:
    """ "The Prime Minister of Sweden" is the Prime Minister the other side gives the country SE."""
    a = _titled("x", [("Ana Ruiz", "SE", "Prime Minister"), ("Tom Reed", "CL", "President")])
    b = _titled(
        "y", [("The Prime Minister of Sweden", "SE", "Prime Minister of Sweden"), ("Reed", "CL", "President")]
    )
    expected = (
        PersonMatch("Ana Ruiz", "The Prime Minister of Sweden", "office"),
        PersonMatch("Tom Reed", "Reed", "participants"),
    )
    assert expected == match_persons(a, b)


def test_match_persons_one_person_given_twice_is_shared_once() -> None:
    """A parse that gives one person twice (by name and by office) shares that person once."""
    a = _titled(
        "x",
        [
            ("Ana Kovac", "HR", "President"),
            ("The President of Croatia", "HR", "President of Croatia"),
            ("Eva Lund", "SE", "Prime Minister"),
        ],
    )
    b = _titled("y", [("Kovac", "HR", "President"), ("The Prime Minister", "GB", "Prime Minister")])
    expected = (PersonMatch("Ana Kovac", "Kovac", "participants"),)
    assert expected == match_persons(a, b)


def test_match_persons_an_office_is_no_other_office_of_its_country() -> None:
    """ "The Foreign Minister" of a country is not its President."""
    a = _titled("x", [("Ana Kovac", "HR", "President")])
    b = _titled("y", [("The Foreign Minister", "HR", "Foreign Minister")])
    expected = ()
    assert expected == match_persons(a, b)


def test_headline_office_words_name_no_one() -> None:
    """A headline's "Prime Minister" is no principal: only its other capitalised words are candidates."""
    a = make_readout(
        "x", "Telephone conversation with Prime Minister of Italy Mario Draghi", [("Putin", "RU")]
    )
    expected = ["Draghi", "Italy", "Telephone"]
    assert expected == sorted(headline_names(a).values())


def test_match_persons_one_family_name_two_countries_is_two_people() -> None:
    """One family name given two countries is two people ("Jill Biden" of one side, "Biden" of the other)."""
    a = make_readout("x", "Meeting", [("Jill Biden", "UA"), ("Olena Zelenska", "UA")])
    b = make_readout("y", "Meeting", [("Biden", "US"), ("Zelenskyy", "UA")])
    expected = (PersonMatch("Olena Zelenska", "Zelenskyy", "participants"),)
    assert expected == match_persons(a, b)


def test_match_persons_an_organisation_is_no_country() -> None:
    """A principal given an organisation's code (met at the UN) is still matched by name."""
    a = make_readout("x", "Meeting", [("Johnson", "GB"), ("Khan", "PK")])
    b = make_readout("y", "Meeting", [("Imran Khan", "UN"), ("Boris Johnson", "GB")])
    expected = (
        PersonMatch("Johnson", "Boris Johnson", "participants"),
        PersonMatch("Khan", "Imran Khan", "participants"),
    )
    assert expected == match_persons(a, b)


def test_match_persons_a_hyphenated_family_name_is_the_same_name_spaced() -> None:
    """A family name of two words written with a hyphen by one side and a space by the other is one person."""
    a = make_readout("x", "A call", [("Amir Khan-Rahimi", "PK"), ("Tomas Berg", "NO")])
    b = make_readout("y", "A call", [("Tomas Berg", "NO"), ("Amir Khan Rahimi", "PK")])
    expected = (
        PersonMatch("Amir Khan-Rahimi", "Amir Khan Rahimi", "participants"),
        PersonMatch("Tomas Berg", "Tomas Berg", "participants"),
    )
    assert expected == match_persons(a, b)


def test_name_keys_read_a_cyrillic_kha_as_h_too() -> None:
    """A foreign name written in Cyrillic with "х" shares a key with its Latin "h" spelling."""
    expected = (True, True)
    actual = (
        name_key("Hamid Rahmati") in name_keys("Хамид Рахмати"),
        name_key("Khusnullin") in name_keys("Хуснуллин"),
    )
    assert expected == actual


def test_match_persons_a_cyrillic_kha_is_a_latin_h() -> None:
    """The Russian and the English readout of one call share both principals though one name has "х"/"h"."""
    a = make_readout("x", "Телефонный разговор", [("Иван Петров", "RU"), ("Хамид Рахмати", "MA")])
    b = make_readout("y", "Call", [("Hamid Rahmati", "MA"), ("Ivan Petrov", "RU")])
    expected = (
        PersonMatch("Иван Петров", "Ivan Petrov", "participants"),
        PersonMatch("Хамид Рахмати", "Hamid Rahmati", "participants"),
    )
    assert expected == match_persons(a, b)


def test_match_persons_a_cyrillic_kha_in_a_headline_is_a_latin_h() -> None:
    """A principal the parse missed is found in a Cyrillic headline where the name has "х"."""
    a = make_readout("x", "Разговор с Рахмати", [("Иван Петров", "RU")])
    b = make_readout("y", "Call", [("Hamid Rahmati", "MA"), ("Ivan Petrov", "RU")])
    expected = (
        PersonMatch("Иван Петров", "Ivan Petrov", "participants"),
        PersonMatch("Рахмати", "Hamid Rahmati", "title"),
    )
    assert expected == match_persons(a, b)


def test_match_persons_one_full_name_two_countries_is_one_person() -> None:
    """A full name agreeing word for word is one person though a parse gave it another country."""
    a = make_readout("x", "Телефонный разговор", [("Иван Петров", "RU"), ("Марко Бельтрами", "CA")])
    b = make_readout("y", "Call", [("Marko Beltrami", "FR"), ("Ivan Petrov", "RU")])
    expected = (
        PersonMatch("Иван Петров", "Ivan Petrov", "participants"),
        PersonMatch("Марко Бельтрами", "Marko Beltrami", "participants"),
    )
    assert expected == match_persons(a, b)
