"""Statement families of task fam200 (issue #8): a participle hung on a news lead that opens with a
dateline or a bare weekday, and a post-posed speaker followed by an adjunct. Invented pages, each seen
failing first on main 9cfb7631."""

from __future__ import annotations

import readoutlib

_HEAD = "Freedonian Minister meets Sylvanian Minister\n\nMarch 4, 2024\n\n"
_LEAD = "Foreign Minister Eko Tan met Foreign Minister Ana Ruiz in Port Lark on Monday.\n\n"


def _statements(body: str) -> list[tuple[int, str, str, str]]:
    readout = readoutlib.parse(_HEAD + body + "\n\nThe two ministers also discussed fisheries.\n")
    return [(s.paragraph, s.speaker, s.verb, s.text[:24]) for s in readout.statements]


def test_a_participle_after_a_wire_dateline_lead_is_the_subjects_statement() -> None:
    """'PORT LARK, March 4 (Wire) -- X met Y on Monday, urging …': the dateline stands before the
    subject; the participle hung on the meeting clause is X's statement, as without the dateline."""
    body = (
        "PORT LARK, March 4 (Wire) -- Foreign Minister Eko Tan met Foreign Minister Ana Ruiz in "
        "Port Lark on Monday, urging the two states to keep the harbour open."
    )
    assert _statements(body) == [(0, "eko-tan", "urging", "the two states to keep t")]


def test_a_participle_after_a_colon_dateline_and_a_bare_weekday() -> None:
    """'Port Lark: X Saturday met Y, calling on …': a colon dateline, and a weekday standing bare between
    the subject and its verb, leave X the subject the participle hangs on."""
    body = (
        "Port Lark: Foreign Minister Eko Tan Saturday met with Foreign Minister Ana Ruiz, "
        "calling on both states to widen their trade."
    )
    assert _statements(body) == [(0, "eko-tan", "calling on", "both states to widen the")]


def test_a_fronted_according_to_is_no_infinitive_the_participle_hangs_on() -> None:
    """'During the call, according to sources, X and Y reviewed ties, while emphasizing …': the "to" of
    the fronted source is no infinitive of the clause, so the participle is both sides' statement; an
    infinitive inside the clause itself still takes it ('met to review ties, while emphasizing')."""
    fronted = _LEAD + (
        "During the call, according to sources, Tan and Ruiz proceeded to a review of their ties, while "
        "emphasizing the value of the harbour accord."
    )
    inside = _LEAD + "Tan and Ruiz met to review their ties, while emphasizing the harbour accord."
    assert [_statements(fronted), _statements(inside)] == [
        [(1, "both", "emphasizing", "the value of the harbour")],
        [],
    ]


def test_a_postposed_speaker_followed_by_an_adjunct() -> None:
    """'…, said Tan during the meeting at the palace.': the speaker is the name before the adjunct, and
    the content is the sentence before the tag, even when a joint noun phrase ('The two states') opens it."""
    body = _LEAD + (
        "The harbour would serve both coasts, said Tan during the meeting at the palace.\n\n"
        "The two states, with more ties than rifts, would gain from trade, said Ruiz in the old council hall "
        "of the harbour compound in downtown Port Lark."
    )
    assert _statements(body) == [
        (1, "eko-tan", "said", "The harbour would serve "),
        (2, "ana-ruiz", "said", "The two states, with mor"),
    ]


def test_a_welcome_extended_to_a_delegation_is_a_greeting_and_briefed_them_the_content() -> None:
    """'X extended welcome to the delegation and briefed them the state of Y': a group welcomed is a
    greeting like a person welcomed (fam144), and after the pronoun briefed the content starts at the
    second object, with no preposition between."""
    body = _LEAD + (
        "Minister Tan extended welcome to the delegation and briefed them the state of the harbour works."
    )
    assert _statements(body) == [(1, "eko-tan", "briefed", "the state of the harbour")]


def test_who_after_a_lowercase_office_opened_by_the_is_that_principal() -> None:
    """'This was valued by the Swedish prime minister, who also lauded X': the antecedent of ', who' is
    the office the phrase ends on, 'the' and a capital opening it, as 'Prime Minister Berg, who' is."""
    text = (
        "Norwegian Prime Minister speaks with Swedish Prime Minister\n\nMarch 4, 2024\n\n"
        "Norwegian Prime Minister Ana Lind spoke by phone on Monday with Swedish Prime Minister "
        "Karl Berg.\n\n"
        "Lind stressed the value of the harbour accord. This was valued by the Swedish prime minister, who "
        "also lauded the pace of joint work.\n"
    )
    readout = readoutlib.parse(text)
    assert [(s.paragraph, s.speaker, s.verb, s.text[:24]) for s in readout.statements] == [
        (1, "ana-lind", "stressed", "the value of the harbour"),
        (1, "karl-berg", "lauded", "the pace of joint work."),
    ]


def test_a_coordinated_verb_before_its_object_and_an_adjunct_is_no_postposed_tag() -> None:
    """'X pointed to Y, and congratulated the Minister on Z': the object after the second verb is the
    one congratulated, not a speaker named after the verb; both verbs stay X's."""
    body = _LEAD + (
        "Minister Tan pointed to the harbour's role in trade, and congratulated the Minister on the new "
        "quay at the northern end of the old harbour of Port Lark."
    )
    assert _statements(body) == [
        (1, "eko-tan", "pointed to", "the harbour's role in tr"),
        (1, "eko-tan", "congratulated", "the Minister on the new "),
    ]


def test_a_long_adjunct_of_the_telling_before_that() -> None:
    """'X said in a phone call with his Sylvanian counterpart that Y': the adjunct of the telling (seven
    words after its preposition) stands before "that"; the content starts after it."""
    body = _LEAD + "Tan said in a phone call with his Sylvanian counterpart that the quay must open soon."
    assert _statements(body) == [(1, "eko-tan", "said", "the quay must open soon.")]


def test_a_single_quoted_quotation_closed_by_a_long_adjunct_is_not_read_as_its_last_sentence() -> None:
    """'‘A. B.’, said the minister at a press conference held after …': the unquoted post-posed reading
    is not used after a single closing quote, so its last sentence alone is no statement."""
    body = _LEAD + (
        "‘The quay is open. We want this work to go on’, said the minister at a press conference held in "
        "the wake of the vote."
    )
    assert [s for s in _statements(body) if s[3].startswith("We want")] == []
