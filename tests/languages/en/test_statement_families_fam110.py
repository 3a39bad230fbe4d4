"""Statement families of task fam110 (issue #8): what a principal details is laid out to the other side,
as what it outlines (benchmarks/real/CONVENTIONS.md, "outlined / set out"), and "re-iterated" is
"reiterated" as some publishers hyphenate it. Invented pages, each seen failing first on main 16ad8081."""

from __future__ import annotations

import readoutlib


def _statements(text: str) -> list[tuple[int, str, str]]:
    readout = readoutlib.parse(text)
    return [(s.paragraph, s.speaker, s.verb) for s in readout.statements]


def test_detailing_steps_is_a_statement_as_outlining_them_is() -> None:
    """'X detailed the steps his country is taking': the principal lays the steps out, a statement at
    'detailed' whose content starts at the steps."""
    text = (
        "Freedonian Minister meets Sylvanian Minister\n\n"
        "Foreign Minister Eko Tan of Freedonia met Foreign Minister Ana Ruiz of Sylvania in Port Lark on "
        "Monday.\n\n"
        "Minister Ruiz thanked Freedonia for its help with the harbour. Minister Tan detailed the steps "
        "his government is taking to reopen the quay.\n"
    )
    readout = readoutlib.parse(text)
    found = [(s.paragraph, s.speaker, s.verb, s.text[:9]) for s in readout.statements]
    assert found == [(1, "ana-ruiz", "thanked", "Freedonia"), (1, "eko-tan", "detailed", "the steps")]


def test_the_adjective_detailed_makes_no_statement() -> None:
    """'held detailed discussions', 'thanked X for the detailed briefing': the adjective reports nothing of
    its own; the thanks stay one statement."""
    text = (
        "Freedonian Minister meets Sylvanian Minister\n\n"
        "Foreign Minister Eko Tan of Freedonia met Foreign Minister Ana Ruiz of Sylvania in Port Lark on "
        "Monday.\n\n"
        "The ministers held detailed discussions on the harbour and fisheries.\n\n"
        "Minister Ruiz thanked Minister Tan for the detailed briefing on the quay.\n"
    )
    assert _statements(text) == [(2, "ana-ruiz", "thanked")]


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
