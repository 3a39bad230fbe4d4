"""Statement families of task fam168 (issue #8): statements of both sides and spurious ones.
Invented pages, each seen failing first on main ba0b764e."""

from __future__ import annotations

import readoutlib

_LEAD = (
    "Freedonian Minister meets Sylvanian Minister\n\n"
    "Foreign Minister Eko Tan of Freedonia met Foreign Minister Ana Ruiz of Sylvania in Port Lark on "
    "Monday.\n\n"
)


def _statements(text: str) -> list[tuple[int, str, str, str]]:
    readout = readoutlib.parse(text)
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_principal_and_his_counterpart_named_after_the_office_are_both_sides() -> None:
    """'X and his <adjective> counterpart <Name> agreed …': the counterpart's name follows the office
    with no comma; the list names both principals, as 'X and his counterpart, <Name>,' already did."""
    text = (
        _LEAD + "Minister Tan and his counterpart Ana Ruiz agreed to reopen the quay.\n\n"
        "Eko Tan and his Sylvanian counterpart Foreign Minister Ana Ruiz stressed the value of the ferry.\n"
    )
    assert _statements(text) == [
        (1, "both", "agreed", "to reopen the quay."),
        (2, "both", "stressed", "the value of the ferry."),
    ]


def test_a_counterpart_office_before_another_persons_name_is_no_principal() -> None:
    """The name after the office decides: a name that is no principal makes no statement."""
    text = _LEAD + "Minister Tan and his deputy Karl Moss agreed to reopen the quay.\n"
    assert _statements(text) == []


def test_all_three_sides_are_every_side() -> None:
    """'All three ministers', 'all three sides': every side of a trilateral talk, as 'the three
    ministers' already was, the schema's both."""
    text = (
        "Freedonian, Sylvanian and Vulgarian ministers meet\n\n"
        "Foreign Minister Eko Tan of Freedonia, Foreign Minister Ana Ruiz of Sylvania and Foreign "
        "Minister Karl Moss of Vulgaria met in Port Lark on Monday.\n\n"
        "All three sides agreed to reopen the quay.\n\n"
        "All three ministers stressed the value of the ferry.\n"
    )
    assert [s[:3] for s in _statements(text)] == [(1, "both", "agreed"), (2, "both", "stressed")]


def test_a_leading_connective_before_both_sides_is_no_part_of_the_subject() -> None:
    """'Thus the two sides agreed', 'But they agreed', 'Then all three ministers …': a sentence
    connective before the subject, as 'And' and 'But' before a name already were."""
    text = (
        _LEAD + "Minister Tan said the quay was old. But they agreed to reopen it.\n\n"
        "Thus the two ministers stressed the value of the ferry.\n"
    )
    assert [s[:3] for s in _statements(text)] == [
        (1, "eko-tan", "said"),
        (1, "both", "agreed"),
        (2, "both", "stressed"),
    ]


def test_a_capitalised_source_after_said_closes_the_sentence_and_is_no_statement() -> None:
    """'The two sides reviewed …, said the FDPR.' and '…, said Freedonia's Ministry of Defence in a
    statement.': the post-posed tag's subject is the source after 'said', no principal, as '…, said
    officials.' already was; the sentence's own report stays, and a clause after 'said' still reports."""
    text = (
        _LEAD + "The two sides reviewed the fisheries talks, said the FDPR.\n\n"
        "The two ministers affirmed the warm ties of their countries, said Freedonia's Ministry of "
        "Defence in a statement.\n\n"
        "Minister Tan welcomed the visit, said Freedonia would support the quay.\n"
    )
    assert [s[:3] for s in _statements(text)] == [
        (2, "both", "affirmed"),
        (3, "eko-tan", "welcomed"),
        (3, "eko-tan", "said"),
    ]


def test_the_news_told_again_as_it_or_this_is_no_statement() -> None:
    """'Minister Tan announced this on Facebook.', 'reported it in X': the principal told the page's
    own news, and the content is only the pronoun and where it was told; a clause after 'said this'
    still reports."""
    text = (
        _LEAD + "Minister Tan announced this on Facebook.\n\n"
        "Minister Ruiz reported it in a post on X, the agency writes.\n\n"
        "Minister Tan said this was the best quay in the region.\n"
    )
    assert [s[:3] for s in _statements(text)] == [(3, "eko-tan", "said")]


def test_a_person_welcomed_by_pronoun_common_noun_or_office_is_a_greeting() -> None:
    """A person welcomed is a greeting wherever it stands (CONVENTIONS, fam144), also named by a
    pronoun ('welcomed her at the door'), a common noun ('the official', 'the delegation', 'his
    Sylvanian counterpart') or an office before a bare 'and' ('welcomed the Foreign Minister and
    wished …'), or welcomed 'into' a place; what is welcomed as content still reports."""
    text = (
        "Freedonian President meets Sylvanian Minister\n\n"
        "President Eko Tan of Freedonia met Foreign Minister Ana Ruiz of Sylvania in Port Lark on Monday.\n\n"
        "President Tan welcomed her at the door of the palace.\n\n"
        "President Tan welcomed the official and commended the work of the secretariat.\n\n"
        "President Tan welcomed the delegation and gave an overview of the harbour plan.\n\n"
        "President Tan welcomed Minister Ruiz into the country.\n\n"
        "President Tan has welcomed his Sylvanian counterpart to the palace.\n\n"
        "President Tan welcomed the Foreign Minister and wished her a fruitful stay.\n\n"
        "President Tan welcomed the delegation's proposal to reopen the quay.\n"
    )
    assert [s[:3] for s in _statements(text)] == [
        (2, "eko-tan", "commended"),
        (3, "eko-tan", "gave an overview of"),
        (6, "eko-tan", "wished"),
        (7, "eko-tan", "welcomed"),
    ]


def test_a_related_story_link_without_a_colon_is_no_body_paragraph() -> None:
    """'Also Read  <another story's headline>' between the paragraphs is a news site's link, as 'READ:
    …' with a colon already was: the statement after it keeps the paragraph the gold counts."""
    text = (
        _LEAD + "Also Read  Harbour workers strike for a third day in Port Lark\n\n"
        "The two ministers stressed the value of the ferry.\n"
    )
    assert [s[:3] for s in _statements(text)] == [(1, "both", "stressed")]
