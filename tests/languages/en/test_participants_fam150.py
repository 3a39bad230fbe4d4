"""Principals an opening names by office only, named by the page later (issue #8, fam150).
Invented readouts."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.languages.en.names import scan_people
from readoutlib.languages.en.statements import canonical_title

_BETWEEN = (
    "Officials meet in Geneva\n\n"
    "On Tuesday, the Deputy Foreign Minister of Chile and the Special Envoy of the United Nations"
    " Secretary-General for Ruritania held a meeting in Geneva. This was reported on the ministry's"
    " website.\n\n"
    "The main topic of the {noun} between {first} and {second} was the situation in Ruritania.\n"
)


@pytest.mark.parametrize("noun", ["conversation", "talks"])
def test_a_later_between_pair_names_two_offices(noun: str) -> None:
    """An opening of two offices, then "the talks between X and Y": the offices are X and Y, in order."""
    text = _BETWEEN.format(noun=noun, first="Ana Ruiz", second="Tomas Berg")
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert names == ["Ana Ruiz", "Tomas Berg"]


def test_a_between_pair_of_one_person_names_no_office() -> None:
    """Two spellings of one person "between" are no pair of sides."""
    text = _BETWEEN.format(noun="talks", first="Ana Ruiz", second="Ana M. Ruiz")
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert "Ana Ruiz" not in names


def test_a_between_pair_that_fits_no_office_names_none() -> None:
    """A pair whose titles fit neither office leaves the offices unnamed."""
    text = _BETWEEN.format(
        noun="talks", first="Finance Minister Ana Ruiz", second="Health Minister Tomas Berg"
    )
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert "Ana Ruiz" not in names and "Tomas Berg" not in names


_SPELLINGS = (
    "Defence chiefs talk\n\n"
    "OSLO, 4 May 2031 - The {group} of Norway and Chile held a telephone conversation for the first"
    " time, the Norwegian ministry said on Tuesday.\n\n"
    '"On the afternoon of 4 May, Norwegian {office} Ana Ruiz in Oslo held a telephone conversation'
    ' with Chilean {office} Tomas Berg," the ministry said.\n'
)


@pytest.mark.parametrize(
    ("group", "office"),
    [("defense ministers", "Defence Minister"), ("defence ministers", "Defense Minister")],
)
def test_defence_offices_are_named_in_either_spelling(group: str, office: str) -> None:
    """A group office in one spelling is named by holders the page titles in the other."""
    text = _SPELLINGS.format(group=group, office=office)
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert names == ["Ana Ruiz", "Tomas Berg"]


def test_defense_and_defence_are_one_office() -> None:
    assert canonical_title("secretary of defense") == canonical_title("secretary of defence")


@pytest.mark.parametrize("style", ["H E", "H. E.", "H.E."])
def test_his_excellency_in_spaced_initials_is_no_part_of_the_name(style: str) -> None:
    """His Excellency written "H E" before a style and a name, with or without full stops."""
    text = (
        "Ministers meet\n\n"
        f"Minister of State for Interior Affairs {style} Sheikh Omar bin Khalid Al Haddad met yesterday"
        " with Interior Minister Tomas Berg of Norway, who is visiting the country.\n"
    )
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert names[0] == "Omar bin Khalid Al Haddad"


def test_a_pronoun_shaped_family_name_after_a_title_is_a_name() -> None:
    """The family name "He" right after a title's head and before a given name opens the name."""
    text = (
        "Vice Premier visits Oslo\n\n"
        "OSLO, 3 March 2031 - The visiting Chinese Vice Premier He Wenjun met Norwegian Foreign Minister"
        " Tomas Berg here on Monday and discussed trade.\n"
    )
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert names == ["He Wenjun", "Tomas Berg"]


def test_a_pronoun_in_a_title_case_headline_is_no_name() -> None:
    """A Title Case "Minister He Will Visit" names nobody called He."""
    people = scan_people("Prime Minister Says He Will Visit Oslo Soon").people
    assert not any((m.name or "").startswith("He ") for m in people)
