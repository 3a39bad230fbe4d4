"""Statement recall families of issue #8, task fam35 (statements missed on the dev sets en-e..en-q,
grouped by why they were missed), each on invented text."""

from __future__ import annotations

import readoutlib
from tests.languages.en.layout_kit import page_statements as _statements

_HEAD = (
    "Norway-Chile Foreign Ministers' Meeting",
    "On 2 April 2020, Foreign Minister Ana Lind of Norway received Foreign Minister Tomas Otto of Chile "
    "in Oslo.",
)


def test_earlier_between_subject_and_verb() -> None:
    """'X earlier said that …' reports as 'X later said' does; 'earlier' is no part of the subject."""
    found = _statements(
        *_HEAD,
        "Minister Lind earlier said in a post that the ties between the two countries are strong.",
    )
    assert (1, "ana-lind", "said", "the ties between the two countries are strong.") in found


def test_took_the_time_to_before_a_base_form() -> None:
    """'X also took the time to acknowledge Y' reports as 'took the opportunity to acknowledge' does;
    'took the time to visit' reports nothing."""
    found = _statements(
        *_HEAD,
        "Otto also took the time to acknowledge Norway's help after the floods.",
        "Lind took the time to visit the harbour with her guest.",
    )
    assert (1, "tomas-otto", "acknowledge", "Norway's help after the floods.") in found
    assert not [f for f in found if f[0] == 2]


def test_paid_tributes_to_in_the_plural() -> None:
    """'paid tributes to X' is praise, as 'paid tribute to X'."""
    found = _statements(*_HEAD, "Minister Otto paid tributes to the founders of the two nations.")
    assert (1, "tomas-otto", "paid tributes to", "the founders of the two nations.") in found


def test_assessments_given_in_the_plural() -> None:
    """'gave positive assessments of X' reports X, as 'gave a positive assessment of X' does."""
    found = _statements(
        *_HEAD, "Lind and Otto gave positive assessments of the cooperation on regional issues."
    )
    assert (1, "both", "gave positive assessments of", "the cooperation on regional issues.") in found


def test_coincided_in_is_agreement() -> None:
    """'the ministers coincided in continuing …' (a Spanish 'coincidieron en') is a shared view; a
    date that 'coincided with' an event reports nothing."""
    found = _statements(
        *_HEAD,
        "The two ministers coincided in continuing to work closely in the international arena.",
        "The visit coincided with the national day of Chile.",
    )
    assert (1, "both", "coincided in", "continuing to work closely in the international arena.") in found
    assert not [f for f in found if f[0] == 2]


def test_a_pronoun_after_comma_and_with_no_report_before() -> None:
    """'X gave his full support to NATO, and he thanked Y': the pronoun's clause is a report of its own
    even where the clause before reports nothing; inside a 'that' clause it stays content."""
    found = _statements(
        *_HEAD,
        "In the talks, Otto gave his full support to the plan, and he thanked Norway for its help.",
        "The envoy recalled the fact that the minister had lost a vote, and he thanked the press.",
    )
    assert (1, "tomas-otto", "thanked", "Norway for its help.") in found
    assert not [f for f in found if f[0] == 2]


def test_a_state_minister_is_the_minister_of_state() -> None:
    """'The State Minister conveyed …' names the principal whose title is Minister of State."""
    found = _statements(
        "Maldives Minister meets President of Chile",
        "On 2 April 2020, Minister of State for Foreign Affairs Ana Lind of the Maldives met President Tomas "
        "Otto of Chile in Santiago.",
        "The State Minister conveyed her well wishes to Chile.",
    )
    assert (1, "ana-lind", "conveyed", "her well wishes to Chile.") in found


def test_a_parliamentary_speaker_is_the_speaker_of_the_assembly() -> None:
    """'the Armenian parliamentary speaker expressed …', 'The speaker expressed …' name the principal whose
    title is Speaker of the National Assembly; the other country's speaker names nobody."""
    found = _statements(
        "Armenian Speaker meets Chilean envoy",
        "On 2 April 2020, Speaker of the National Assembly Ana Lind of Armenia received Ambassador "
        "Tomas Otto of Chile in Yerevan.",
        "As reported by the assembly, the Armenian parliamentary speaker expressed confidence in the visit.",
        "The speaker stressed the value of trade.",
        "The Chilean speaker expressed confidence in the visit.",
    )
    assert (1, "ana-lind", "expressed", "confidence in the visit.") in found
    assert (2, "ana-lind", "stressed", "the value of trade.") in found
    assert not [f for f in found if f[0] == 3]


def test_a_bare_who_after_a_principal_named_last() -> None:
    """'… talked with Foreign Minister Tomas Otto who wished Norway success': with no comma before
    'who', the principal the words before it end on reports, as after ', who'; a 'who' after no
    principal, or inside a reported 'that' clause, reports nothing of its own."""
    found = _statements(
        *_HEAD,
        "At the summit, Lind talked personally with Foreign Minister Tomas Otto who wished Norway success.",
        "Lind met the press who asked about the plan.",
        "Lind said that she had met Otto who expressed support for the plan.",
    )
    assert (1, "tomas-otto", "wished", "Norway success.") in found
    assert not [f for f in found if f[0] == 2]
    assert [f[2] for f in found if f[0] == 3] == ["said"]


def test_both_authorities_are_both_sides() -> None:
    """'both authorities agreed' is both sides; 'The authorities agreed' is one government's officials."""
    found = _statements(
        *_HEAD,
        "During the meeting, both authorities agreed to promote the broad bilateral agenda.",
        "The authorities agreed to open the border.",
    )
    assert (1, "both", "agreed", "to promote the broad bilateral agenda.") in found
    assert not [f for f in found if f[0] == 2]


def test_an_attribution_line_above_a_quotation_is_no_paragraph() -> None:
    """'Minister Lind said at the end of the meeting:' above a quotation is an attribution line, as
    GOLD_SCHEMA counts it: no body paragraph; the quotation below is still hers, and what follows keeps
    its place. A line that reports something itself before its colon stays a paragraph."""
    readout = readoutlib.parse(
        "\n\n".join(
            (
                *_HEAD,
                "Minister Lind said at the end of the meeting:",
                "“We agreed that we must work together for calm.”",
                "Minister Otto thanked Lind for the invitation.",
            )
        )
        + "\n"
    )
    assert readout.paragraphs[1] == "“We agreed that we must work together for calm.”"
    found = [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]
    assert (1, "ana-lind", "said", "“We agreed that we must work together for calm.”") in found
    assert (2, "tomas-otto", "thanked", "Lind for the invitation.") in found
    kept = readoutlib.parse(
        "\n\n".join((*_HEAD, "Minister Lind was pleased and said:", "“Calm matters.”")) + "\n"
    )
    assert kept.paragraphs[1] == "Minister Lind was pleased and said:"


def test_a_joint_statement_announced_is_no_paragraph() -> None:
    """'The call resulted in the following joint statement:' above the quoted statement is no body
    paragraph; the statement's own reports keep their places below it."""
    readout = readoutlib.parse(
        "\n\n".join(
            (
                *_HEAD,
                "The meeting of the two ministers resulted in the following joint statement:",
                "“On 2 April 2020, the ministers of Norway and Chile met in Oslo.",
                "The ministers voiced their support for the new trade agreement.”",
            )
        )
        + "\n"
    )
    assert len(readout.paragraphs) == 3
    found = [(s.paragraph, s.speaker, s.verb) for s in readout.statements]
    assert (2, "both", "voiced") in found
