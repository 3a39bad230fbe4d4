"""Statement families of task fam213 (issue #8, after the blind run of en-bh, en-bi, en-bj): a past
participle after a governed "to", a framing "intention", blame laid, a message delivered and stated, an
overview given to someone named between, and whose attention was drawn. Invented pages, each seen
failing first on main be1ce4d5."""

from __future__ import annotations

import readoutlib

_HEAD = "Freedonian Minister meets Sylvanian Minister\n\nMarch 4, 2024\n\n"
_LEAD = "Foreign Minister Eko Tan held a phone call with Foreign Minister Ana Ruiz on Monday.\n\n"


def _statements(body: str) -> list[tuple[int, str, str, str]]:
    readout = readoutlib.parse(_HEAD + _LEAD + body + "\n\nThe two ministers also discussed fisheries.\n")
    return [(s.paragraph, s.speaker, s.verb, s.text[:24]) for s in readout.statements]


def test_a_past_participle_after_a_governed_to_is_no_infinitive() -> None:
    """'committed to continued talks': "continued" qualifies the noun the verb governs, so the verb
    keeps its "to" and the content starts at the participle; "agreed to proceed" stays an infinitive."""
    body = (
        "The two ministers committed to continued talks on the harbour. Tan agreed to proceed with the plan."
    )
    assert _statements(body) == [
        (1, "both", "committed to", "continued talks on the h"),
        (1, "eko-tan", "agreed", "to proceed with the plan"),
    ]


def test_a_shared_intention_frames_its_content() -> None:
    """'shared the intention that Y': the verb is 'shared the intention', the content Y."""
    body = "The two ministers shared the intention that the two states would keep the harbour open."
    assert _statements(body) == [(1, "both", "shared the intention", "the two states would kee")]


def test_blame_laid_is_a_statement() -> None:
    """'blamed X for Y' reports a judgement: its content starts at who is blamed."""
    body = "They also blamed the smugglers for the closure of the harbour."
    assert _statements(body) == [(1, "both", "blamed", "the smugglers for the cl")]


def test_a_message_delivered_and_stated_after_a_colon() -> None:
    """'delivered President X's strong message: Y' is a statement whose content opens at the message;
    a message only handed over ('delivered a message from President X') is none."""
    stated = "Tan delivered President Berg’s strong message: the harbour stays open."
    handed = "Tan delivered a message from President Berg to the people of Sylvania."
    assert [_statements(stated), _statements(handed)] == [
        [(1, "eko-tan", "delivered", "President Berg’s strong ")],
        [],
    ]


def test_an_overview_given_to_someone_named_between() -> None:
    """'provided the Minister an overview of Y': the one given it stays in the verb, as the gold writes."""
    body = "Tan provided the Minister an overview of the new harbour policy."
    assert _statements(body) == [
        (1, "eko-tan", "provided the Minister an overview of", "the new harbour policy.")
    ]


def test_whose_attention_is_no_part_of_the_verb() -> None:
    """'brought Ruiz's attention to Y' and 'drew the attention of the Minister to Y' are written without
    whose attention it was."""
    owned = "Tan brought Ruiz’s attention to the fact that the harbour was closed."
    of = "Tan drew the attention of the Sylvanian Minister to the fact that the harbour was closed."
    assert [_statements(owned), _statements(of)] == [
        [(1, "eko-tan", "brought attention to", "the fact that the harbou")],
        [(1, "eko-tan", "drew the attention to", "the fact that the harbou")],
    ]


def test_a_joint_head_holding_an_of_before_the_countries() -> None:
    """'The Ministers of Foreign Affairs of A and B emphasized …': the sides named by their countries
    after a joint head that holds an "of" of its own, as 'The Foreign Ministers of A and B'."""
    head = "Estonian Minister meets Chilean Minister\n\nMarch 4, 2024\n\n"
    lead = "Estonian Foreign Minister Eko Tamm held a phone call with Chilean Foreign Minister Ana Ruiz.\n\n"
    body = "The Ministers of Foreign Affairs of Estonia and Chile emphasized the value of the harbour accord."
    readout = readoutlib.parse(head + lead + body + "\n\nThe two ministers also discussed fisheries.\n")
    assert [(s.speaker, s.verb, s.text[:20]) for s in readout.statements] == [
        ("both", "emphasized", "the value of the har")
    ]


def test_a_principals_clause_inside_a_sources_participle() -> None:
    """'…, it stated, adding the duo also agreed on X': the participle is the source's telling, the
    clause inside it both principals' statement ("the duo" as "the pair"); a word after a governed
    preposition ("further") qualifies the content and stays in it."""
    body = (
        "The ministers also discussed trade, it stated, adding the duo also agreed on further trade in fish."
    )
    assert _statements(body) == [(1, "both", "agreed on", "further trade in fish.")]


def test_a_participle_with_no_source_before_it_is_still_the_subjects() -> None:
    """'The ministers discussed trade, stressing X': no source's tag stands before the participle, so
    it stays the clause subject's statement."""
    body = "The ministers also discussed trade, stressing the value of the harbour."
    assert _statements(body) == [(1, "both", "stressing", "the value of the harbour")]


def test_a_post_closed_by_its_poster_and_representatives_as_both_sides() -> None:
    """'"…," Tamm posted.' reports the post, as 'posted on X' does ('posted photos' does not); "The
    three representatives" of a talk are its sides, as "the two delegations" are."""
    post = "“Useful talks with my colleague today. Always good to learn,” Tan posted."
    photos = "Tan posted photos of the talks."
    sides = "The two representatives reaffirmed their goal of a quiet border."
    assert [_statements(post), _statements(photos), _statements(sides)] == [
        [(1, "eko-tan", "posted", "“Useful talks with my co")],
        [],
        [(1, "both", "reaffirmed", "their goal of a quiet bo")],
    ]
