"""Families of misses found on real pages in round fam16 of issue #8 (en-l, en-k), on invented text: a
participant's country taken from a neighbouring title, refused readouts of small publishers, reporting
verbs no rule read, and one participant named in two forms."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import find_mentions
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _countries(readout: Readout) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readout.event.participants}


def _mention_countries(sentence: str) -> dict[str | None, str | None]:
    return {m.name: m.country for m in find_mentions(sentence)}


# -- family 1: a participant's country comes from the title attached to that name ----------------------


def test_a_country_after_in_is_the_place_not_the_next_titles_country() -> None:
    # "During his stay in Kenya President X met ...": Kenya is where he stayed, not X's country (en-l,
    # Eritrea's visit to Sudan); "the visit of Kenya President X" keeps it.
    found = _mention_countries("During his stay in Kenya President Ana Ruiz met Prime Minister Jan Berg.")
    assert found["Ana Ruiz"] is None
    assert _mention_countries("The visit of Kenya President Ana Ruiz ended on Monday.")["Ana Ruiz"] == "KE"


def test_a_plural_office_of_listed_countries_gives_its_listed_names_their_countries_in_turn() -> None:
    # "Ministers of Foreign Affairs of Armenia and Azerbaijan X and Y" (en-l): X is Armenia's, Y
    # Azerbaijan's, not both (or the first) the nearest country's.
    found = _mention_countries(
        "Foreign Ministers of Chile and Peru Ana Ruiz and Jan Berg held a video call on Monday."
    )
    assert found == {"Ana Ruiz": "CL", "Jan Berg": "PE"}


def test_a_country_in_brackets_after_a_name_is_that_persons() -> None:
    # "Co-Chairs Igor Popov (Russia), Stéphane Visconti (France), Andrew Schoffer (USA)" (en-l)
    found = _mention_countries("The envoys Ana Ruiz (Chile), Jan Berg (Norway) and Li Wei (China) attended.")
    assert found == {"Ana Ruiz": "CL", "Jan Berg": "NO", "Li Wei": "CN"}


def test_a_stay_in_a_country_is_a_trip_there_and_the_hosts_are_of_it() -> None:
    # "During his stay in Sudan President X met ... Gen. Y, Prime Minister Z" (en-l, Eritrea's visit):
    # the country stayed in is the hosts', not the traveller's, however often the page names it.
    readout = _page(
        "Asmara, 6 May 2021 - President Ana Ruiz returned home today from a working visit.",
        "During his stay in Kenya President Ana Ruiz met and held talks with Gen. Tomas Berg and Prime "
        "Minister Jan Olsen on bilateral relations between Chile and Kenya.",
        "The two sides agreed to expand cooperation, and Kenya and Chile will meet again next year in Kenya.",
    )
    found = _countries(readout)
    assert found["Tomas Berg"] == "KE"
    assert found["Ana Ruiz"] != "KE"
    assert readout.event.location is None or "President" not in readout.event.location


def test_a_plural_office_before_listed_names_is_no_part_of_the_first_name() -> None:
    # "OSCE Minsk Group Co-Chairs Igor Popov (Russia), ..." (en-l): the first co-chair is "Igor Popov".
    found = _mention_countries(
        "The talks were joined by the Group Co-Chairs Ana Ruiz (Chile) and Jan Berg (Norway)."
    )
    assert found == {"Ana Ruiz": "CL", "Jan Berg": "NO"}
    assert "Ana Ruiz" in _mention_countries("The talks were joined by Special Envoys Ana Ruiz and Jan Berg.")
