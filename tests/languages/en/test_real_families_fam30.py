"""Statement recall families of issue #8, task fam30 (attributed statements the parser missed, second
round), each on invented text."""

from __future__ import annotations

from tests.languages.en.layout_kit import page_statements as _statements

_HEAD = (
    "Vastria-Osland Foreign Ministers' Telephone Talk",
    "On 2 April 2020, Foreign Minister Ana Lind of Vastria held a telephone conversation with Foreign "
    "Minister Tomas Otto of Osland.",
)


def test_an_adverb_before_the_gerund_a_governed_verb_reports_is_content() -> None:
    """'called for strongly avoiding actions …': the adverb qualifies the gerund the verb governs, not
    the verb ('stressed again that …' still skips its adverb)."""
    found = _statements(
        *_HEAD,
        "Minister Lind pointed at the rising tension and called for strongly avoiding actions that "
        "threaten peace.",
        "Minister Otto insisted on fully implementing the agreement. He stressed again that the border "
        "must be respected.",
    )
    assert (1, "ana-lind", "called for", "strongly avoiding actions that threaten peace.") in found
    assert (2, "tomas-otto", "insisted on", "fully implementing the agreement.") in found
    assert (2, "tomas-otto", "stressed", "the border must be respected.") in found


def test_an_editors_bracketed_subject_opens_a_quoted_account() -> None:
    """'… gave an assessment of the talks. "[Otto] emphasized …': a source's account quoted with the
    editor's bracketed subject reports that principal; it is no part of the sentence before."""
    found = _statements(
        *_HEAD,
        'Minister Lind stressed the value of the talks. "[Otto] emphasized the need to respect the border '
        'agreed in 1990."',
    )
    assert found == [
        (1, "ana-lind", "stressed", "the value of the talks."),
        (1, "tomas-otto", "emphasized", 'the need to respect the border agreed in 1990."'),
    ]


def test_a_note_in_parentheses_after_a_name_leaves_the_subject() -> None:
    """'…, Foreign Minister Ana Lind (a Green Party nominee) stated on Tuesday': the note on the person
    stands between the subject and its verb, before or after the content."""
    found = _statements(
        *_HEAD,
        "The ministry intends to keep helping the talks, Vastrian Foreign Minister Ana Lind (a Green Party "
        "nominee) stated on Tuesday.",
        "Minister Otto (Labour) said that the border must be respected.",
    )
    assert found == [
        (1, "ana-lind", "stated", "The ministry intends to keep helping the talks"),
        (2, "tomas-otto", "said", "the border must be respected."),
    ]
