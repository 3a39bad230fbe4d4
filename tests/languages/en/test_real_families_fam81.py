"""Families of participants and countries from en-aa and en-ab after their blind run (round 81 of issue #8),
on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _people(readout: Readout) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {p.name: (p.country, p.titles) for p in readout.event.participants}


def test_a_side_coordinated_as_the_new_office_holder_keeps_the_first_side() -> None:
    """'X and the new Danish Prime Minister Y spoke by phone': a word for a fresh or passing term
    ('new', 'newly appointed', 'incoming') between 'the' and the office still coordinates the two sides;
    the first side was dropped to the mentions."""
    readout = _page(
        "President Anna Berg and the new Danish Prime Minister Karl Olsen have spoken by phone this"
        " afternoon about the harbour treaty.",
        "Ms Berg congratulated Mr Olsen on his appointment.",
    )
    assert set(_people(readout)) == {"Anna Berg", "Karl Olsen"}
    readout = _page(
        "Foreign Minister Anna Berg and the newly appointed Danish Foreign Minister Karl Olsen met in Vik"
        " on Monday.",
        "They discussed the harbour treaty.",
    )
    assert set(_people(readout)) == {"Anna Berg", "Karl Olsen"}


def test_two_demonyms_before_a_plural_office_give_the_two_names_after_it_their_countries_in_order() -> None:
    """'Danish and Chilean foreign ministers, X and Y, discussed …': the two demonyms before the plural
    office go to the two names after it, in order, as 'the foreign ministers of Denmark and Chile' does
    (the two were given each other's country)."""
    readout = _page(
        "Oslo, Norway, May 2",
        "Danish and Chilean foreign ministers, Anna Berg and Tomas Ruiz discussed the state of relations,"
        " including in the Nordic plus Chile dialogue, the Danish Foreign Ministry said May 2.",
        "Their meeting was held Apr. 30 in Ashgabat, the capital of Turkmenistan, where the foreign ministers"
        " arrived for the sixth meeting of the Nordic plus Chile dialogue.",
        "The Danish and Chilean foreign ministers reaffirmed the interest of both countries in a partnership,"
        " including by attracting leading Chilean companies to Denmark.",
    )
    people = _people(readout)
    assert people["Anna Berg"][0] == "DK"
    assert people["Tomas Ruiz"][0] == "CL"


def test_a_ministry_of_a_states_people_abroad_in_an_office_gives_its_country() -> None:
    """'Minister of Foreign Affairs and Chileans Abroad, X' and '…, Cooperation and Danish Expatriates, Y':
    an office for a people living abroad is that people's state's own, written as a title or set off before
    the name (the two were given the countries the later lines tie to them, here the wrong way round)."""
    readout = _page(
        "Minister Holds Talks with Chilean Counterpart in Santiago",
        "Santiago - Minister of Foreign Affairs, Nordic Cooperation and Danish Expatriates, Anna Berg, held"
        " talks in Santiago on Tuesday with Minister of Foreign Affairs and Chileans Abroad Tomas Ruiz.",
        "The two ministers reviewed ways of strengthening relations, in line with the guidance of the King"
        " of Denmark and the President of Chile, and the exchanges between Denmark and Chile.",
    )
    people = _people(readout)
    assert people["Anna Berg"][0] == "DK"
    assert people["Tomas Ruiz"][0] == "CL"


def test_an_object_named_by_surname_alone_takes_the_full_name_the_page_gives() -> None:
    """'Prime Minister X has held discussions with Sato at her office': the other side, named only by
    surname in the opening, is the one person the page names in full with that surname (it was left a
    mention, the call one-sided)."""
    readout = _page(
        "The Danish Foreign Minister Kenji Sato will address the national Parliament today.",
        "The Danish minister is in Norway on a four-day official visit.",
        "Prime Minister Anna Berg has held bilateral discussions with Sato at her office in Oslo yesterday.",
        '"We remain committed to our partners," Berg said.',
    )
    assert set(_people(readout)) == {"Anna Berg", "Kenji Sato"}


def test_a_counterpart_whose_name_opens_with_a_lowercase_particle_is_still_coordinated() -> None:
    """'X and his Sudanese counterpart al Y have discussed …': a lowercase particle ('al', 'el', 'bin',
    'de', 'van') opening the counterpart's name still leaves the two coordinated (X was dropped)."""
    readout = _page(
        "Danish Foreign Minister Anna Berg and her Sudanese counterpart al Karim Osman Idris have discussed"
        " the situation in the region during a telephone conversation.",
        "The two ministers exchanged views on regional issues.",
    )
    assert "Anna Berg" in _people(readout)


def test_an_armed_movement_set_before_the_office_is_no_name_for_it() -> None:
    """'On the conflict between Israel and Hamas, the Prime Minister set out …': a movement's name
    ('Hamas', 'Hezbollah', 'Taliban') before a comma and the unnamed office is no person, so never the
    office's name (the office-only principal was named 'Hamas')."""
    readout = _page(
        "The Prime Minister spoke to Norway's Prime Minister Anna Berg yesterday.",
        "The leaders discussed a wide range of issues. On the conflict between Israel and Hamas, the Prime"
        " Minister set out the work to secure the release of hostages.",
        "Prime Minister Berg welcomed the new trade agreement.",
    )
    names = set(_people(readout))
    assert "Hamas" not in names
    assert "Anna Berg" in names
