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
    stays a paragraph."""
    found = page_statements(
        "Foreign Minister Eko Tan meets Sylvanian counterpart Ana Ruiz",
        "Port Tan, May 4, 2031: Foreign Minister Eko Tan met Sylvanian Foreign Minister Ana Ruiz in Port Tan "
        "on Sunday.",
        '"Great talks with my friend on harbours and trade," posted Tan on X.',
        "Ruiz stressed that the harbour agreement should be signed before winter.",
    )
    assert [(p, speaker) for p, speaker, _, _ in found] == [(2, "ana-ruiz")]


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
