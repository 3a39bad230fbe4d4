"""Participant families found on the Gulf, Levant and Iran pages of issue #8 (round fam158: en-as, measured
blind at 07:40), on invented text: a cleric's style before his name, a ruler's audience told from the host's
side, the state an office is held "in", and a father's name inside a son's name chain."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import people_named
from readoutlib.languages.en.text import may_be_same_person
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _sides(readout: Readout) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def test_a_clerics_style_is_no_word_of_his_name() -> None:
    readout = _page(
        "Supreme Leader receives visiting premier",
        "Tehran: Iran's Supreme Leader Ayatollah Reza Tavakoli received Norway's Prime Minister Lars Dahl"
        " on Monday.",
        "The two discussed trade and shipping.",
    )
    assert _sides(readout) == [("Reza Tavakoli", "IR"), ("Lars Dahl", "NO")]
    assert "Ayatollah" in readout.event.participants[0].titles


def test_an_audience_given_to_a_guest_makes_the_guest_a_side() -> None:
    readout = _page(
        "Sultan receives Sylvanian minister",
        "Muscat: His Majesty Sultan Omar Bin Tariq gave an audience at the Harbour Palace on Monday to Prince"
        " Faisal bin Nasser bin Karim al Dahl, Minister of Defence of the Kingdom of Saudi Arabia.",
        "During the audience, the guest conveyed the greetings of his king.",
    )
    assert [name for name, _ in _sides(readout)] == ["Omar Bin Tariq", "Faisal bin Nasser bin Karim al Dahl"]
    assert readout.event.kind.value == "meeting"


def test_an_audience_given_to_a_concern_is_no_encounter() -> None:
    readout = _page(
        "Sultan speaks on the harvest",
        "Muscat: His Majesty Sultan Omar Bin Tariq gave an audience to the concerns of farmers at the"
        " palace.",
        "Sultan Omar Bin Tariq later spoke with Sylvanian Prime Minister Lars Dahl by phone.",
    )
    assert "Lars Dahl" in [name for name, _ in _sides(readout)]


def test_an_office_held_in_a_named_kingdom_gives_its_holder_that_state() -> None:
    readout = _page(
        "Sultan receives Saudi minister",
        "Muscat: His Majesty Sultan Omar Bin Tariq received at the Harbour Palace on Wednesday Prince"
        " Faisal bin Nasser bin Karim al Dahl, Deputy Minister of Defence in the sisterly Kingdom of"
        " Saudi Arabia (KSA).",
        "During the audience, the guest conveyed greetings.",
    )
    assert _sides(readout) == [("Omar Bin Tariq", "OM"), ("Faisal bin Nasser bin Karim al Dahl", "SA")]


def test_a_single_name_held_only_after_bin_is_the_fathers() -> None:
    assert not may_be_same_person("Omar", "Hussein bin Omar II")
    assert not may_be_same_person("Hussein bin Omar", "Omar")
    assert may_be_same_person("Hussein", "Hussein bin Omar II")
    assert may_be_same_person("Dahl", "Faisal bin Nasser al Dahl")
    assert may_be_same_person("bin Nasser", "Faisal bin Nasser")


def test_a_king_is_not_lengthened_into_his_sons_name() -> None:
    readout = _page(
        "King receives Sylvanian minister",
        "Amman: His Majesty King Omar on Monday received Sylvanian Foreign Minister Lars Dahl at the palace.",
        "During the meeting, attended by His Royal Highness Crown Prince Hussein bin Omar II, King Omar asked"
        " Dahl to convey his greetings to the Sylvanian president.",
    )
    assert [name for name, _ in _sides(readout)] == ["Omar", "Lars Dahl"]


def test_a_capitals_dateline_is_no_person() -> None:
    assert people_named("Abu Dhabi: the minister arrived on Monday.") == "nobody"
    assert people_named("Omar Haddad: the minister arrived on Monday.") == "Omar Haddad"


def test_a_first_office_before_and_is_still_the_named_subjects() -> None:
    readout = _page(
        "Crown Prince receives call from Sylvanian premier",
        "Abu Dhabi: His Highness Shaikh Omar bin Zayed Al Haddad, Abu Dhabi Crown Prince and Deputy Supreme"
        " Commander of the Armed Forces, received on Thursday a telephone call from Sylvanian Prime Minister"
        " Lars Dahl.",
        "During the phone call, they discussed cooperation between the two countries.",
    )
    assert [name for name, _ in _sides(readout)] == ["Omar bin Zayed Al Haddad", "Lars Dahl"]


def test_a_series_of_calls_goes_on_in_the_next_sentence() -> None:
    readout = _page(
        "Prime Minister speaks with European leaders",
        "Prime Minister Ana Ruiz today spoke with German Chancellor Lena Berg and Italian Prime Minister"
        " Marco Bassi. Later she spoke with Polish Prime Minister Jan Nowak and Greek Prime Minister"
        " Nikos Pappas.",
        "Ruiz said that no country would accept a constant threat to its towns.",
    )
    assert [name for name, _ in _sides(readout)] == [
        "Ana Ruiz",
        "Lena Berg",
        "Marco Bassi",
        "Jan Nowak",
        "Nikos Pappas",
    ]


def test_another_days_call_is_no_part_of_the_series() -> None:
    readout = _page(
        "Prime Minister speaks with European leaders",
        "Prime Minister Ana Ruiz today spoke with German Chancellor Lena Berg and Italian Prime Minister"
        " Marco Bassi. Yesterday she spoke with Polish Prime Minister Jan Nowak.",
        "Ruiz said that no country would accept a constant threat to its towns.",
    )
    assert "Jan Nowak" not in [name for name, _ in _sides(readout)]
