"""Statement families of task fam105 (issue #8): what a principal outlines or sets out is said in the
event (benchmarks/real/CONVENTIONS.md, "outlined / set out"). Invented pages, each seen failing first on
main 16ad8081."""

from __future__ import annotations

import readoutlib


def _statements(text: str) -> list[tuple[int, str, str]]:
    readout = readoutlib.parse(text)
    return [(s.paragraph, s.speaker, s.verb) for s in readout.statements]


def test_outlining_ones_own_priorities_or_vision_is_a_statement() -> None:
    """'X outlined his priorities for the term', 'set out her vision for the body': the principal lays
    the programme out to the other side, a statement whose content is the programme, as 'outlined the
    steps for the next phase' is."""
    text = (
        "Freedonian Minister meets Sylvanian Minister\n\n"
        "Foreign Minister Eko Tan of Freedonia met Foreign Minister Ana Ruiz of Sylvania in Port Lark on "
        "Monday.\n\n"
        "Minister Tan outlined his priorities for the second term of his government.\n\n"
        "Minister Ruiz set out her vision for the harbour council.\n\n"
        "Minister Ruiz outlined the steps for the next phase of the harbour plan.\n"
    )
    assert _statements(text) == [
        (1, "eko-tan", "outlined"),
        (2, "ana-ruiz", "set out"),
        (3, "ana-ruiz", "outlined"),
    ]


def test_a_participle_after_outlining_a_vision_is_nested_in_it() -> None:
    """'She outlined her vision for the body, emphasizing trade and youth': one statement at 'outlined';
    the participle continues it (', saying …' after a reporting clause is nested)."""
    text = (
        "Freedonian Minister meets Sylvanian Minister\n\n"
        "Foreign Minister Eko Tan of Freedonia met Foreign Minister Ana Ruiz of Sylvania in Port Lark on "
        "Monday.\n\n"
        "Minister Ruiz outlined her vision for the harbour council, emphasizing trade, fisheries and "
        "youth training.\n"
    )
    assert _statements(text) == [(1, "ana-ruiz", "outlined")]


def test_a_sentence_opening_with_and_or_but_keeps_its_subject() -> None:
    """'And the President set out …', 'But the Prime Minister said …': a conjunction opening the
    sentence stands before the subject, which still speaks."""
    text = (
        "Prime Minister speaks to President of Sylvania\n\n"
        "Prime Minister Eko Tan of Freedonia spoke to President Ana Ruiz of Sylvania on Monday.\n\n"
        "They discussed the harbour. And the President set out her plans for the quay.\n\n"
        "They discussed fisheries. But the Prime Minister said that quotas would stay as they are.\n"
    )
    assert _statements(text) == [(1, "ana-ruiz", "set out"), (2, "eko-tan", "said")]


def test_a_speaker_after_the_verb_clarified_and_an_abbreviated_office() -> None:
    """'…, clarified DPM Tan.': the speaker named after the verb by an abbreviated office ('DPM', a
    Deputy Prime Minister) reports the sentence before the comma; 'clarified' reports as 'explained'."""
    text = (
        "Deputy Prime Minister meets Foreign Minister\n\n"
        "Deputy Prime Minister and Foreign Minister Eko Tan held talks with Sylvanian Foreign Minister "
        "Ana Ruiz in Port Lark on Monday.\n\n"
        "As this was a goodwill visit, no agreement was signed during the talks, clarified DPM Tan.\n\n"
        "Minister Ruiz clarified that the quay would stay open to both fleets.\n"
    )
    assert _statements(text) == [(1, "eko-tan", "clarified"), (2, "ana-ruiz", "clarified")]
