"""An office participant named by the person its long form names (issue #8, fam153). Invented readouts."""

from __future__ import annotations

import pytest

import readoutlib

_HEADLINE_OFFICE = (
    "Interior Minister receives Sylvanian Deputy Minister for Borders\n\n"
    "The Minister of the Interior Tomas Berg met on Monday with {long}, who is visiting the country."
    " They discussed cooperation on border controls and training.\n"
)


@pytest.mark.parametrize(
    ("long", "name"),
    [
        # a body after the office ("at the …") and a style before the name
        ("Deputy Minister for Borders at the Sylvanian Ministry of Home Affairs H E Ana Ruiz", "Ana Ruiz"),
        # a remit after the office ("in charge of …")
        ("Sylvanian Deputy Minister for Borders in charge of the Coast Guard Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_a_long_office_names_the_headline_office(long: str, name: str) -> None:
    """The headline's office is the person the opening names after the office's long form."""
    text = _HEADLINE_OFFICE.format(long=long)
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert name in names
    assert not any(n and n.startswith("The Deputy Minister") for n in names)


def test_a_long_office_gives_the_state_it_names() -> None:
    """The long form's state ("at the Norwegian Ministry …") is the holder's country."""
    text = _HEADLINE_OFFICE.format(
        long="Deputy Minister for Borders at the Norwegian Ministry of Home Affairs Dr. Ana Ruiz"
    )
    parts = {p.name: p for p in readoutlib.parse(text).event.participants}
    assert parts["Ana Ruiz"].country == "NO"


@pytest.mark.parametrize(
    "long",
    [
        # a verb between the office and the next name: another clause, not the holder
        "the Deputy Minister for Borders, who met President Ana Ruiz later",
    ],
)
def test_a_name_past_the_office_words_is_not_its_holder(long: str) -> None:
    """A name after a verb or a relative is not the office's holder."""
    text = _HEADLINE_OFFICE.format(long=long)
    parts = readoutlib.parse(text).event.participants
    assert not any(p.name == "Ana Ruiz" and any("Deputy Minister" in t for t in p.titles) for p in parts)


_APPOSED = (
    "Trade Minister in Vienna\n\n"
    "On his visit to Vienna, Minister of Trade Tomas Berg had a meeting with the Permanent"
    " Representative of Norway at the Council{gap}Ambassador Ana Ruiz. They discussed trade.\n"
)


def test_a_titled_holder_set_off_after_the_long_office_names_it() -> None:
    """ "<office> of X at the Council, Ambassador Ana Ruiz": the ambassador holds the office."""
    parts = readoutlib.parse(_APPOSED.format(gap=", ")).event.participants
    names = [p.name for p in parts]
    assert "Ana Ruiz" in names
    assert not any(n and n.startswith("The Permanent") for n in names)


def test_and_before_a_titled_name_joins_another_person() -> None:
    """ "<office> … and Ambassador Ana Ruiz" is two people: the office keeps no holder."""
    parts = readoutlib.parse(_APPOSED.format(gap=" and ")).event.participants
    assert not any(p.name == "Ana Ruiz" and any("Permanent" in t for t in p.titles) for p in parts)


@pytest.mark.parametrize(
    "text",
    [
        # a friendship group's name inside the holder's office
        "Foreign Minister Ana Ruiz of Norway met the Chairman of the Chile-Norway Interparliamentary"
        " Friendship Group Tomas Berg in Oslo.",
        # a body named for its measures
        "The Minister of Foreign Affairs of Norway Ana Ruiz received the Secretary General of the"
        " Council on Dialogue and Confidence Building Measures Tomas Berg in Oslo.",
        # a Title Case headline's topic after its verb
        "Norwegian Foreign Minister, Chilean Counterpart Discuss Efforts To Contain Floods\n\n"
        "Foreign Minister Ana Ruiz of Norway held a video call with Foreign Minister Tomas Berg of Chile.",
    ],
)
def test_abstract_nouns_of_names_are_no_participant(text: str) -> None:
    """ "Interparliamentary", "Confidence", "Efforts" in an office's, a body's or a headline's name are
    nobody."""
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert not any(n in {"Interparliamentary", "Confidence", "Efforts", "Contain", "Measures"} for n in names)
    assert "Ana Ruiz" in names


def test_a_verb_after_the_office_ends_its_words() -> None:
    """ "The President voiced his concern over … Tomas Berg": the name after a verb is no holder."""
    text = (
        "Readout of the President's call with Prime Minister Ruiz\n\n"
        "The President and Prime Minister Ruiz of Norway spoke by phone today about trade. The President"
        " voiced his concern over the early release of convicted smuggler Tomas Berg.\n"
    )
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert "Tomas Berg" not in names


def test_a_given_name_that_is_also_a_noun_stays_a_name() -> None:
    """ "Unity" is a given name too: "Minister Unity Ruiz" keeps it."""
    text = "Foreign Minister Unity Ruiz of Norway met Foreign Minister Tomas Berg of Chile in Oslo.\n"
    names = [p.name for p in readoutlib.parse(text).event.participants]
    assert "Unity Ruiz" in names
