"""fam216 (issue #8): names joined by "and", and words read as people, on invented sentences seen
failing on main.

- A sentence opening "The <one office word> and <Title> <Name>" names two people: the publisher's own
  principal by the bare office, then the other; an office written out before the "and" stays one
  person's two offices.
- The last word of a body's name after an office ("… U.S. Northern Command", "… Relief Assistance
  Group", "… the Coastal League") names nobody (not_names.toml's example shows it).
"""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import scan_people


def _people(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in scan_people(text).people]


def test_the_bare_office_and_another_title_are_two_people() -> None:
    assert _people("The Envoy and Foreign Minister Ana Ruiz spoke about the harbour.") == [
        ("Ana Ruiz", ("Foreign Minister",))
    ]
    assert _people("They met at noon. The Secretary and Prime Minister Ana Ruiz spoke.") == [
        ("Ana Ruiz", ("Prime Minister",))
    ]


def test_two_offices_written_out_stay_one_persons() -> None:
    assert _people("The Deputy Prime Minister and Foreign Minister Ana Ruiz spoke.") == [
        ("Ana Ruiz", ("Deputy Prime Minister", "Foreign Minister"))
    ]
    assert _people("Secretary and Foreign Minister Ana Ruiz spoke.") == [
        ("Ana Ruiz", ("Secretary", "Foreign Minister"))
    ]


def test_a_bodys_last_word_after_an_office_is_no_person() -> None:
    people = _people(
        "The Commander, Northern Relief Command, General Ana Ruiz, and the Head of Harbour Assistance spoke."
    )
    assert [name for name, _ in people] == ["Ana Ruiz"]


def test_a_second_minister_after_a_lowercase_office_is_a_side() -> None:
    page = (
        "Minister of Defence Ana Ruiz met with Arkadian defense minister Jan Bolt and Velorian defense "
        "minister Pieter Kassen in the port city.\n\nRuiz said ties were good.\n"
    )
    assert [p.name for p in readoutlib.parse(page).event.participants] == [
        "Ana Ruiz",
        "Jan Bolt",
        "Pieter Kassen",
    ]
