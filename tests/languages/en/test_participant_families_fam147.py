"""Participant families of issue #8, task fam147 (a page's other encounters: the opening's event
decides), each on invented text."""

from __future__ import annotations

import readoutlib

_TRIP = (
    "Visit of Foreign Minister Omar Demir to Sylvania, 3 March 2022",
    "Foreign Minister Omar Demir visited Sylvania on 3 March 2022.",
    "Minister Demir first held a meeting with Foreign Minister Lucia Vargas of Sylvania.",
    "Minister Demir said that trade between the two countries had doubled.",
)


def _sides(*lines: str) -> list[tuple[str, tuple[str, ...]]]:
    readout = readoutlib.parse("\n\n".join(lines) + "\n")
    return [(p.name, p.titles) for p in readout.event.participants]


def test_a_trip_minister_met_later_takes_the_office_set_off_after_the_name() -> None:
    """'Later, X met with Y, Minister of Tourism and Z, Minister of Trade, at a working luncheon': on
    a trip each person met is a side, and the office after the comma is the name's."""
    sides = _sides(
        *_TRIP,
        "Later, Minister Demir met with Ana Soto, Minister of Tourism and Karl Weiss, Minister of Trade "
        "of Sylvania at a working luncheon.",
    )
    assert ("Ana Soto", ("Minister of Tourism",)) in sides


def test_a_meeting_still_to_come_on_a_trip_is_no_side() -> None:
    """'Minister X will also meet President Y': an encounter announced, not held, is no part of the
    visit."""
    names = [name for name, _ in _sides(*_TRIP, "Minister Demir will also meet President Pablo Rojas.")]
    assert "Pablo Rojas" not in names


def test_one_meeting_with_another_encounter_added_keeps_it_mentioned() -> None:
    """A readout whose opening reports one meeting, then 'X also met Speaker Y': the added encounter
    is another event, told in passing; its person stays a mention."""
    readout = readoutlib.parse(
        "\n\n".join(
            (
                "Foreign Minister Omar Demir met Foreign Minister Lucia Vargas of Sylvania in Tarvo on "
                "3 March 2022.",
                "The ministers discussed trade and the situation in the region.",
                "Minister Demir also met Speaker Karl Weiss of the Sylvanian Parliament.",
            )
        )
        + "\n"
    )
    names = [p.name for p in readout.event.participants]
    assert "Karl Weiss" not in names
    assert "Karl Weiss" in readout.mentioned
