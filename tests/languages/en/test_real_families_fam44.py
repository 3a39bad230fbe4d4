"""Participant families of issue #8, task fam44 (the misses of en-r, en-s and en-t measured blind), each on
invented text seen failing on main."""

from __future__ import annotations

import readoutlib


def _sides(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readoutlib.parse(text).event.participants]


def test_an_archive_citation_line_is_no_text_of_the_page() -> None:
    """'Ana Ruiz, Readout of … Online by Juan Soto and Eva Lind, The Papers Project https://…': a
    document archive's citation line under a copied readout is furniture, its names no participants
    (en-r and en-t, the American Presidency Project's 'Barack Obama, … Cameron Online by …')."""
    page = (
        "Readout of the President's Call with Prime Minister Berg\n\n"
        "President Ruiz spoke today with Prime Minister Berg of Norway to discuss trade and climate "
        "change.\n\n"
        "Ana Ruiz, Readout of the President's Call with Prime Minister Berg Online by Juan Soto and "
        "Eva Lind, The Papers Project https://papers.example.org/node/1234\n"
    )
    names = [p[0] for p in _sides(page)]
    assert names == ["Ruiz", "Berg"]


def test_a_bare_leaders_office_named_by_a_known_leader_who_holds_it() -> None:
    """'The President spoke today to British Prime Minister Berg …', then 'President Obama also
    updated …': on a page of no known publisher the bare office of a state's head is named by the
    body's one holder of it when that holder is a known head of state or government (en-t, an
    archive's copy of a White House readout); an unknown holder still names no one."""
    page = (
        "The President spoke today to British Prime Minister Lars Berg about trade and climate change. "
        "The President expressed support for the Prime Minister's efforts. President {name} also "
        "updated the Prime Minister on the review.\n"
    )
    assert _sides(page.format(name="Obama")) == [("Obama", "US"), ("Lars Berg", "GB")]
    assert [p[0] for p in _sides(page.format(name="Ruiz"))] == ["The President", "Lars Berg"]
