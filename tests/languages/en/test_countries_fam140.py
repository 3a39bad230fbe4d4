"""Country families of issue #8, task fam140 (the text's guess of a participant's country), each on
invented text."""

from __future__ import annotations

import pytest

import readoutlib


def _sides(text: str, url: str | None = "https://www.somenews.com/story/") -> list[tuple[str, str | None]]:
    return sorted((p.name, p.country) for p in readoutlib.parse(text, url=url).event.participants)


@pytest.mark.parametrize("office", ["Secretary-General", "Secretary General"])
def test_a_bare_secretary_general_is_a_bodys_never_the_state_the_text_names_most(office: str) -> None:
    """'Secretary-General X … met General Y, the head of <State>'s transitional council': a bare
    Secretary-General is a body's official (103 of the 104 in the gold sets), so the text's guess for
    him is a body it names, never the guest's state it names more often (en-y: Ban Ki-moon given Niger)."""
    page = (
        f"{office} Ana Lobo today welcomed a pledge by the authorities of Moldova to hold elections.\n\n"
        "Ms. Lobo met this morning at United Nations Headquarters with General Ivan Rusu, the head of "
        "Moldova's transitional council, who is in New York for the UN summit.\n\n"
        "Ms. Lobo welcomed the general's commitment. Moldova has faced a crisis since March, and "
        "Moldova's neighbours have offered help.\n"
    )
    sides = dict(_sides(page))
    assert sides["Ana Lobo"] == "UN"
