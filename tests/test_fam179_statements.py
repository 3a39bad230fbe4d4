"""Statement misses after the blind run of en-ay, en-az and en-ba (#8, fam179), on invented page text."""

from __future__ import annotations

import readoutlib
from readoutlib.segment import split_text_dump


def test_the_captions_a_gallery_counter_closes_are_no_body_paragraphs() -> None:
    """Two captions with no sentence end, the second with its photographer's credit, then the gallery's
    counter: none is a body paragraph, so the paragraphs under them keep the gold's numbers."""
    lines = [
        "Premier Lund meets President Ardo of Marland",
        "Premier Lund met President Ardo of Marland at the Lakeside Forum. It was their first meeting.",
        "Premier Lund shaking hands with Marland President Ardo",
        "Premier Lund with Marland President Ardo | Author Tomas Weil/Agency",
        "1 / 2",
        "Premier Lund declared his support for Marland's bid to join the customs union.",
        "Premier Lund thanked Marland for its help in the recent floods.",
    ]
    dump = split_text_dump(lines)
    assert dump.paragraphs == (lines[1], lines[5], lines[6])


def test_an_outlets_correspondent_closing_the_sentence_is_a_source_not_a_statement() -> None:
    """'..., reported the <Outlet> correspondent from <City>.' names who told the news, as '..., said
    officials.' does: no statement of the principal before it, whose report it closes."""
    text = (
        "President Ana Ruiz of Velor spoke by phone last night with Prime Minister Jon Lund of Marland.\n\n"
        "Ruiz thanked Lund for the call, reported the Velpress correspondent from Avel."
    )
    readout = readoutlib.parse(text)
    assert [s.verb for s in readout.statements] == ["thanked"]


def test_a_goodbye_said_is_no_statement_and_the_participle_after_it_is() -> None:
    """'said goodbye to each other' reports nothing (a leave-taking, as a guest welcomed is a greeting):
    the participle after it is the sides' statement, at the participle."""
    text = (
        "President Ana Ruiz of Velor held talks with President Jon Lund of Marland in Port Avel.\n\n"
        "The two leaders said goodbye to each other at the airport, reaffirming their commitment "
        "to a free trade area."
    )
    readout = readoutlib.parse(text)
    assert [(s.speaker, s.verb) for s in readout.statements] == [("both", "reaffirming")]


def test_the_subject_before_a_relative_clause_and_an_aside_ending_in_a_connective_reports() -> None:
    """'X, who <relative clause>, in response to a call from Y, in turn, thanked him': the aside names Y
    last, but the subject is X, before his relative clause; "in turn" closes the aside."""
    text = (
        "Velorian Foreign Minister Ana Ruiz, who is leaving office this week, in response to a phone call "
        "from Marland Foreign Minister Jon Lund, in turn, thanked him for years of close cooperation.\n\n"
        '"It was an honour to work with Jon," Ruiz said.'
    )
    readout = readoutlib.parse(text)
    found = [(s.speaker, s.verb) for s in readout.statements]
    assert found == [("ana-ruiz", "thanked"), ("ana-ruiz", "said")]


def test_thanked_for_with_no_one_named_is_thanked_with_its_content_at_for() -> None:
    """'X thanked for Y' (no one thanked named): the verb is "thanked" and the content starts at "for",
    as a gold "thanked" with its object reads."""
    text = (
        "President Ana Ruiz of Velor spoke by phone with President Jon Lund of Marland.\n\n"
        "President Ruiz thanked for the help of the rescue teams."
    )
    readout = readoutlib.parse(text)
    found = [(s.speaker, s.verb, s.text[:12]) for s in readout.statements]
    assert found == [("ana-ruiz", "thanked", "for the help")]
