"""Statement families of task fam110 (issue #8): "re-iterated" is "reiterated" as some publishers
hyphenate it, and "the two men" are both sides. Invented pages, each seen failing first on main
16ad8081."""

from __future__ import annotations

import readoutlib


def _statements(text: str) -> list[tuple[int, str, str]]:
    readout = readoutlib.parse(text)
    return [(s.paragraph, s.speaker, s.verb) for s in readout.statements]


def test_a_hyphenated_re_iterated_reports_as_reiterated() -> None:
    """'re-iterated his congratulations': the verb as written, a statement of the principal."""
    text = (
        "President speaks to President of Sylvania\n\n"
        "President Eko Tan of Freedonia spoke by telephone with President Ana Ruiz of Sylvania on Monday.\n\n"
        "President Ruiz re-iterated her congratulations on Freedonia's jubilee year.\n"
    )
    assert _statements(text) == [(1, "ana-ruiz", "re-iterated")]


def test_the_two_men_are_both_sides() -> None:
    """'the two men noted …': the page's plain plural of the two principals is both sides, as 'the two
    officials' is."""
    text = (
        "Freedonia and Sylvania hold consultations\n\n"
        "Deputy Foreign Minister Eko Tan of Freedonia held consultations with Deputy Foreign Minister "
        "Ana Ruiz of Sylvania in Port Lark on Monday.\n\n"
        "During the consultations, the two men noted the importance of the harbour dialogue.\n"
    )
    assert _statements(text) == [(1, "both", "noted")]
