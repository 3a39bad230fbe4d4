"""The header before the opening: a headline printed with a full stop, told by the language's test
(issue #8, fam52)."""

from __future__ import annotations

from readoutlib.segment.top import header_lines

_PARAGRAPHS = (
    "Minister Ruiz greets Harbour Council Chair & Premier of Ruritania.",
    "The Minister for External Affairs, Honourable Ana Ruiz, welcomed the Chair of the Harbour Council,"
    " Premier Tomas Berg, in Port Lark on Monday.",
    "The two agreed to meet again.",
)


def _opens(paragraph: str) -> bool:
    return "welcomed" in paragraph or "greets" in paragraph


def test_a_first_sentence_the_language_reads_as_a_headline_is_header() -> None:
    """Over a paragraph that opens the report, a one-sentence first line the language's test reads
    as a headline is furniture, and the opening moves to the paragraph under it."""
    actual = header_lines(_PARAGRAPHS, 0, _opens, is_headline=lambda line: "greets" in line)
    assert ((_PARAGRAPHS[0],), 1) == actual


def test_without_the_language_test_the_first_sentence_stays_the_opening() -> None:
    """The core alone cannot tell a headline with a full stop from a one-sentence lead: it stays."""
    expected: tuple[tuple[str, ...], int] = ((), 0)
    actual = header_lines(_PARAGRAPHS, 0, _opens)
    assert expected == actual
