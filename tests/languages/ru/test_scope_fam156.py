"""Russian scope family of issue #8, task fam156 (a state with no code is another side), invented page."""

from __future__ import annotations

import readoutlib

_URL = "http://kremlin.ru/events/president/news/99993"


def test_an_office_of_a_state_with_no_code_makes_the_meeting_diplomatic() -> None:
    """'Встреча с избранным Президентом Абхазии X': Abkhazia has no ISO code, so its president-elect
    has no country, yet he is another state's side: diplomatic, not domestic (feeds-dev9)."""
    readout = readoutlib.parse(
        (
            "Встреча с избранным Президентом Абхазии Тимуром Ардзинбой\n\n"
            "В Кремле состоялась встреча Владимира Путина с избранным Президентом Абхазии Тимуром "
            "Ардзинбой.\n"
        ).encode(),
        url=_URL,
    )
    assert readout.event.scope == "diplomatic"
