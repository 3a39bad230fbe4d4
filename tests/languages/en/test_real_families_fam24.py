"""Participant families of issue #8, task fam24 (who the sides are), each on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.participants import name_style_country


def _sides(*lines: str) -> list[tuple[str, str | None]]:
    readout = readoutlib.parse("\n\n".join(lines) + "\n")
    return [(p.name, p.country) for p in readout.event.participants]


def test_a_style_of_the_principals_own_names_stays_in_the_name() -> None:
    """'Prime Minister Sheikh Rahela Karim of Bangladesh': in Bangladesh "Sheikh" is a word of the
    name, not the Gulf style, so the name keeps it."""
    sides = _sides(
        "Prime Minister meets President",
        "Prime Minister Sheikh Rahela Karim of Bangladesh met President Tomas Berg of Portugal in Dhaka "
        "on 3 March 2023.",
        "Sheikh Rahela Karim said the two countries would expand their trade in jute.",
    )
    assert ("Sheikh Rahela Karim", "BD") in sides


def test_the_same_style_of_another_country_is_still_a_style() -> None:
    """'Crown Prince Sheikh Omar Haddad of Kuwait': elsewhere the style is dropped from the name."""
    sides = _sides(
        "Crown Prince meets President",
        "Crown Prince Sheikh Omar Haddad of Kuwait met President Tomas Berg of Portugal in Kuwait City "
        "on 3 March 2023.",
    )
    assert ("Omar Haddad", "KW") in sides


def test_name_styles_table_reads_its_rows() -> None:
    assert name_style_country("Sheikh") == "BD"
    assert name_style_country("Emir") is None
