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


def test_the_offices_of_two_countries_named_by_the_two_names_set_off_after_them() -> None:
    """'… with the Foreign Ministers of Norway and Chile, Lars Berg and Ana Ruiz.': the plural office
    of two countries, then two names set off by a comma, names each office by its name in order (en-s,
    the Russian MFA's 'the Foreign Ministers of Iran and Turkey, Hossein Amir Abdollahian and Hakan
    Fidan': an unnamed 'The Foreign Minister' beside them, one of them given the UN's code)."""
    page = (
        "Peruvian Foreign Minister Juan Soto holds a meeting with the Foreign Ministers of Norway and "
        "Chile, Lars Berg and Ana Ruiz, on the sidelines of the UN General Assembly.\n\n"
        "The ministers discussed trade.\n"
    )
    assert sorted(_sides(page)) == [("Ana Ruiz", "CL"), ("Juan Soto", "PE"), ("Lars Berg", "NO")]
