"""Families of task fam95 (issue #8), each on invented text seen failing first on main 86ea1685."""

from __future__ import annotations

import datetime as dt

from tests.languages.en.layout_kit import page_statements, text_page


def test_an_embedded_post_is_no_body_paragraph() -> None:
    """A post set into the page (its text with its picture link, or ending in its signature) is no
    body paragraph (CONVENTIONS.md, "Body paragraphs"): the statement below it keeps its place among
    the report's own paragraphs."""
    found = page_statements(
        "Foreign Minister Eko Tan meets Sylvanian counterpart Ana Ruiz",
        "Port Tan, May 4, 2031: Foreign Minister Eko Tan met Sylvanian Foreign Minister Ana Ruiz in Port Tan "
        "on Sunday.",
        "Great talks with my friend @AnaRuiz on harbours and trade. pic.twitter.com/Ab12Cd34Ef",
        "Tan said the two countries would open a second ferry line next year.",
        "Glad to be in Port Tan. — Ana Ruiz (@FMAnaRuiz) May 4, 2031",
        "Ruiz stressed that the harbour agreement should be signed before winter.",
    )
    assert [(p, speaker) for p, speaker, _, _ in found] == [(1, "eko-tan"), (2, "ana-ruiz")]


def test_a_post_quoted_in_prose_stays_a_paragraph() -> None:
    """A report's own sentence quoting a post ("…, posted Tan on X") carries no link nor signature: it
    stays a paragraph, and the poster's statement there (fam172; CONVENTIONS.md "Quoted words and
    posts", en-z Lokmat Times' gold "posted")."""
    found = page_statements(
        "Foreign Minister Eko Tan meets Sylvanian counterpart Ana Ruiz",
        "Port Tan, May 4, 2031: Foreign Minister Eko Tan met Sylvanian Foreign Minister Ana Ruiz in Port Tan "
        "on Sunday.",
        '"Great talks with my friend on harbours and trade," posted Tan on X.',
        "Ruiz stressed that the harbour agreement should be signed before winter.",
    )
    assert [(p, speaker) for p, speaker, _, _ in found] == [(1, "eko-tan"), (2, "ana-ruiz")]


def test_a_date_on_a_post_line_still_gives_the_year() -> None:
    """The post's line is no paragraph, but a dateline with no year ("Port Tan, May 4:") on a page
    with no date of its own still takes its year from the date printed on the post."""
    readout = text_page(
        "Port Tan, May 4 : Foreign Minister Eko Tan on Sunday held a bilateral meeting with Ana Ruiz, "
        "Foreign Minister of Sylvania.",
        "The two ministers met in Port Tan on the sidelines of the harbour summit.",
        "#WATCH | Port Tan: Foreign Minister Eko Tan meets Ana Ruiz. pic.twitter.com/Zz9Yy8Xx7W—(@WireNews) "
        "May 4, 2031",
        "Tan said the two countries would open a second ferry line next year.",
    )
    assert readout.event.date == dt.date(2031, 5, 4)
    assert [s.paragraph for s in readout.statements] == [2]


def test_responded_by_a_gerund_is_the_reply() -> None:
    """'X responded by stating that …' / 'by thanking Y' is X's statement at 'responded', its content
    starting at 'by' (no passive's agent; the gerund is nested in it)."""
    found = page_statements(
        "Foreign Minister Eko Tan holds telephone talk with Sylvanian counterpart Ana Ruiz",
        "On May 4, 2031, Foreign Minister Eko Tan of Freedonia held a telephone talk with Foreign Minister "
        "Ana Ruiz of Sylvania.",
        "Foreign Minister Tan said that the harbour compact was a landmark. Foreign Minister Ruiz responded "
        "by stating that she welcomes and supports the compact.",
        "Ruiz also responded by thanking Minister Tan for his warm words.",
    )
    assert [(p, verb, text[:20]) for p, _, verb, text in found] == [
        (1, "said", "the harbour compact "),
        (1, "responded", "by stating that she "),
        (2, "responded", "by thanking Minister"),
    ]


def test_a_photo_caption_closed_by_its_credit_is_no_body_paragraph() -> None:
    """A caption between the paragraphs, closed by its picture's credit ("… Photograph: Name/Agency"), is
    no body paragraph (GOLD_SCHEMA: photo captions)."""
    found = page_statements(
        "Tan and Ruiz hold talks in Port Tan",
        "Freedonian President Eko Tan on Wednesday held formal talks with his Sylvanian counterpart Ana Ruiz "
        "in Port Tan, a day after the two leaders opened the harbour summit.",
        "President Eko Tan walks with President Ana Ruiz as they inspect the guard of honour at the harbour. "
        "Photograph: Ivo Brand/Wire Photos",
        "Tan said the two countries would open a second ferry line next year.",
    )
    assert [(p, speaker) for p, speaker, _, _ in found] == [(1, "eko-tan")]


def test_he_after_a_fronted_participial_clause_is_the_subject() -> None:
    """'Stating that he was "very impressed" with X, he said Y': the lowercase pronoun after a fronted
    participial clause is the sentence's subject, as a name there is (one statement, at 'said')."""
    found = page_statements(
        "Eko Tan calls on Ana Ruiz",
        "Harbour Bank president Eko Tan called on Prime Minister Ana Ruiz on Thursday in Port Tan.",
        "Stating that he was “very impressed” with the harbour reforms, he said the visit would explore new "
        "financing.",
    )
    assert [(p, speaker, verb) for p, speaker, verb, _ in found] == [(1, "eko-tan", "said")]


def test_the_ministers_of_foreign_affairs_are_both_sides() -> None:
    """'The Ministers of Foreign Affairs agreed …' names both ministers by their portfolio, as 'the
    foreign ministers' does: a statement by both."""
    found = page_statements(
        "Tan, Ruiz hold phone talks on harbour",
        "Minister of Foreign Affairs of Freedonia Eko Tan held a telephone conversation with Ana Ruiz, "
        "Minister of International Relations of Sylvania.",
        "At the end of the conversation, the Ministers of Foreign Affairs agreed to pay mutual visits.",
    )
    assert [(p, speaker, verb) for p, speaker, verb, _ in found] == [(1, "both", "agreed")]
