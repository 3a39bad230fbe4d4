"""Statement families of task fam232 (issue #8, after the blind run of en-bo, en-bp, en-bq, en-br):
condolences and prayers, a name given, a conviction or agreement told with a copula, a quotation
closed by "responded" or "concluded", an explanation or a statement told by its clause, and a second
report coordinated by a bare "and"/"but". Invented pages, each seen failing first on main 60592097."""

from __future__ import annotations

import pytest

import readoutlib

_HEAD = "Freedonian Minister meets Sylvanian Minister\n\nMarch 4, 2024\n\n"
_LEAD = "Foreign Minister Eko Tan held a phone call with Foreign Minister Ana Ruiz on Monday.\n\n"


def _statements(body: str) -> list[tuple[int, str, str, str]]:
    readout = readoutlib.parse(_HEAD + _LEAD + body + "\n\nThe two ministers also discussed fisheries.\n")
    return [(s.paragraph, s.speaker, s.verb, s.text[:24]) for s in readout.statements]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tan condoled his Sylvanian counterpart over the floods in the north.",
            [(1, "eko-tan", "condoled", "his Sylvanian counterpar")],
        ),
        (
            "Tan rang Ruiz on Sunday and prayed for the families who lost their homes.",
            [(1, "eko-tan", "prayed for", "the families who lost th")],
        ),
        (
            "Tan further prayed that the valley will recover quickly from the floods.",
            [(1, "eko-tan", "prayed", "the valley will recover ")],
        ),
        (
            "In a post on Sunday, Tan labeled Sylvania a “trusted neighbour” of Freedonia.",
            [(1, "eko-tan", "labeled", "Sylvania a “trusted neig")],
        ),
    ],
)
def test_condolences_prayers_and_names_given(body: str, expected: object) -> None:
    """'condoled X over Y', 'prayed for X', 'prayed that X', 'labeled X a Y' are reports."""
    assert _statements(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tan is also confident that the harbour will reopen in spring.",
            [(1, "eko-tan", "is confident", "the harbour will reopen ")],
        ),
        (
            "Tan looks forward to seeing Ruiz in May, and is confident that the quays will be ready.",
            [
                (1, "eko-tan", "looks forward to", "seeing Ruiz in May"),
                (1, "eko-tan", "is confident", "the quays will be ready."),
            ],
        ),
        (
            "The two ministers were in agreement that the harbour must stay open.",
            [(1, "both", "were in agreement", "the harbour must stay op")],
        ),
    ],
)
def test_a_conviction_or_agreement_told_with_a_copula(body: str, expected: object) -> None:
    """'is confident that Y' and 'were in agreement that Y' report Y; a present copula shares the
    tense of a present verb it is coordinated with ('looks forward to …, and is confident that')."""
    assert _statements(body) == expected


def test_a_copula_running_on_a_report_in_the_present() -> None:
    """'X said that he is delighted … He is confident that …': the pronoun's present copula right after
    X's report runs that indirect speech on (no statement of its own); after a sentence with no report
    of X's ('According to X, …') it reports anew."""
    body = (
        "Tan said that he is delighted to see Ruiz again. He is confident that the visit will help.\n\n"
        "According to Tan, the harbour must reopen. He is also confident that it will reopen soon."
    )
    assert _statements(body) == [
        (1, "eko-tan", "said", "he is delighted to see R"),
        (2, "eko-tan", "is confident", "it will reopen soon."),
    ]


def test_a_quotation_closed_by_responded_or_concluded() -> None:
    """'"…," X responded.' and '"…," X concluded.' are X's statements of the quotation, as '"…," X
    continued.' is; 'concluded by saying that Y' starts at 'by', as 'responded by' does."""
    body = (
        "“The quays will be ready in spring,” Ruiz responded. “We will rebuild them together,” Tan"
        " concluded.\n\nThe two ministers concluded by saying that they would meet again in May."
    )
    assert _statements(body) == [
        (1, "ana-ruiz", "responded", "“The quays will be ready"),
        (1, "eko-tan", "concluded", "“We will rebuild them to"),
        (2, "both", "concluded", "by saying that they woul"),
    ]


def test_an_explanation_and_a_statement_told_by_their_clause() -> None:
    """'gave an explanation that Y' reports Y; 'made a statement welcoming Y' starts at the participle."""
    body = (
        "Tan gave an explanation that the new law protects the fishermen. At the outset, Ruiz made a"
        " statement welcoming the reopening of the harbour."
    )
    assert _statements(body) == [
        (1, "eko-tan", "gave an explanation", "the new law protects the"),
        (1, "ana-ruiz", "made a statement", "welcoming the reopening "),
    ]


def test_a_second_that_clause_after_a_bare_and_or_but() -> None:
    """'X said that they discussed Y but added that Z': "added" opens a clause of its own, X's second
    statement, though a verb stood inside the first content; a verb with no "that" stays inside, and
    so does another verb after the reported person's own ("noted that Bo regretted X and said …")."""
    body = (
        "Tan said that they had discussed the quays but added that there was no reason to worry. Ruiz"
        " stated that the fishermen sought shelter in Freedonia and added that the harbour was full."
        " Tan said that the fishermen discussed the quays and the prices. Ruiz noted that Mayor Bo"
        " regretted the delay and said that the quays would open in May."
    )
    assert _statements(body) == [
        (1, "eko-tan", "said", "they had discussed the q"),
        (1, "eko-tan", "added", "there was no reason to w"),
        (1, "ana-ruiz", "stated", "the fishermen sought she"),
        (1, "ana-ruiz", "added", "the harbour was full."),
        (1, "eko-tan", "said", "the fishermen discussed "),
        (1, "ana-ruiz", "noted", "Mayor Bo regretted the d"),
    ]


def test_a_pronoun_after_a_bare_and_opens_a_clause() -> None:
    """'X thanked Y for Z and he indicated that W': the pronoun after a bare "and", with no "that"
    before it, is a clause of its own, as after ", and"; inside a "that" clause it stays content."""
    body = (
        "Tan thanked Sylvania for its help and he indicated that talks on the quays are under way."
        " Tan said that the quays were safe and he would visit them in May."
    )
    assert _statements(body) == [
        (1, "eko-tan", "thanked", "Sylvania for its help"),
        (1, "eko-tan", "indicated", "talks on the quays are u"),
        (1, "eko-tan", "said", "the quays were safe and "),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The quays must stay open to all ships, he said, while voicing concern about the storms.",
            [(1, "eko-tan", "said", "The quays must stay open")],
        ),
        (
            "“The quays are safe,” he went on, noting that the storms had passed.",
            [(1, "eko-tan", "went on", "“The quays are safe")],
        ),
        (
            "The quays and the fishermen depend on each other, Tan told Ruiz, who had asked about them.",
            [(1, "eko-tan", "told", "The quays and the fisher")],
        ),
        (
            "The quays are dear to her heart, Ana Ruiz has told Foreign Minister Eko Tan yesterday, the"
            " Foreign Ministry said.",
            [(1, "ana-ruiz", "told", "The quays are dear to he")],
        ),
        (
            "‘We spent most of the time on the quays’, Foreign Minister Eko Tan said to the press after"
            " his talks with Ruiz.",
            [(1, "eko-tan", "said", "‘We spent most of the ti")],
        ),
    ],
)
def test_a_tag_closing_its_sentence_with_more_after_it(body: str, expected: object) -> None:
    """A post-posed tag still closes the sentence before it when a participle ("…, he said, while
    voicing …"), a relative clause on the person told, a day and the page's source, or the press told
    follows it: the content is the sentence before the tag."""
    assert _statements(body) == expected


def test_a_quotation_closed_without_a_comma() -> None:
    """'‘…, …’ he added.' and '“…, …” Ruiz stated.': a quotation holding commas of its own, closed by
    its tag with no comma between, is the tag's statement; so is one whose tag runs into the next
    quotation with no full stop ('“…,” Ruiz said “And …”')."""
    body = (
        "‘We spent most of the time, as agreed, on the quays’ he added. “The harbour, and the quays, are"
        " safe” Ruiz stated.\n\n“The harbour is safe,” Ruiz said “And the quays will be rebuilt by May.”"
    )
    assert _statements(body) == [
        (1, "eko-tan", "added", "‘We spent most of the ti"),
        (1, "ana-ruiz", "stated", "“The harbour, and the qu"),
        (2, "ana-ruiz", "said", "“The harbour is safe"),
    ]


def test_a_participle_set_off_after_the_subject_with_while() -> None:
    """'X, while explaining Y, emphasized Z' is one statement, at "emphasized", as 'X, noting Y, said Z'
    is; a participle after the report ("expressed thanks while noting") stays in its content."""
    body = (
        "Tan, while explaining the storm damage, emphasized the need to rebuild the quays. Ruiz expressed"
        " thanks while noting the cost."
    )
    assert _statements(body) == [
        (1, "eko-tan", "emphasized", "the need to rebuild the "),
        (1, "ana-ruiz", "expressed", "thanks while noting the "),
    ]


def test_the_matter_a_statement_concerns_before_that() -> None:
    """'stated regarding X that Y' reports Y, as 'said at the meeting that Y' does; 'expressed concern
    regarding X that …' keeps its object."""
    body = (
        "Tan stated regarding the harbour plan that he was pleased with the progress. Ruiz expressed"
        " concern regarding the plan that the council adopted."
    )
    assert _statements(body) == [
        (1, "eko-tan", "stated", "he was pleased with the "),
        (1, "ana-ruiz", "expressed", "concern regarding the pl"),
    ]


def test_a_report_told_at_one_remove() -> None:
    """'X is said to have welcomed Y and encouraged Z' is X's two statements: the hearsay frame is
    stripped as an auxiliary is; 'the harbour is said to have reopened' reports nothing."""
    body = (
        "Ruiz is said to have welcomed the plan and encouraged both sides to finish it. The harbour is"
        " said to have reopened."
    )
    assert _statements(body) == [
        (1, "ana-ruiz", "welcomed", "the plan"),
        (1, "ana-ruiz", "encouraged", "both sides to finish it."),
    ]


def test_a_second_verb_inside_a_source_report() -> None:
    """'The spokesman said X called Y and prayed for Z': the verb coordinated inside a source's report
    is the principal's who opens that report's clause (fam132's principal inside a source's report);
    not when no principal opens it, a pronoun or "they" does, or the unknown subject's verb is an act
    ("Lord Bah welcomed the minister of X and expressed …")."""
    body = (
        "The spokesman, Mr Joe Bah, said Tan called his Sylvanian counterpart, on Sunday, and prayed for"
        " the families who lost their homes. The spokesman said the quays were safe and stressed that"
        " the harbour would reopen. The spokesman said they met on Sunday and stressed that the quays"
        " were safe. Lord Bah welcomed the foreign minister of Sylvania and expressed his pleasure."
    )
    assert _statements(body) == [(1, "eko-tan", "prayed for", "the families who lost th")]
