"""The header before the opening: a headline printed with a full stop, told by the language packs'
headline tense (issue #8, fam52; one decision since fam63, ``segment.stopped``)."""

from __future__ import annotations

from readoutlib.segment.top import header_lines

_PARAGRAPHS = (
    "Minister Ruiz meets Harbour Council Chair & Premier of Ruritania.",
    "The Minister for External Affairs, Honourable Ana Ruiz, welcomed the Chair of the Harbour Council,"
    " Premier Tomas Berg, in Port Lark on Monday.",
    "The two agreed to meet again.",
)


def _opens(paragraph: str) -> bool:
    return "welcomed" in paragraph or "meets" in paragraph or "greeted" in paragraph


def test_a_first_sentence_the_language_reads_as_a_headline_is_header() -> None:
    """Over a paragraph that opens the report, a one-sentence first line in a headline's present
    tense is furniture, and the opening moves to the paragraph under it."""
    actual = header_lines(_PARAGRAPHS, 0, _opens)
    assert ((_PARAGRAPHS[0],), 1) == actual


def test_a_first_sentence_in_the_past_stays_the_opening() -> None:
    """A one-sentence first line that tells the event in the past is the lead: it stays."""
    paragraphs = ("Minister Ruiz greeted the Premier of Ruritania in Port Lark.", *_PARAGRAPHS[1:])
    expected: tuple[tuple[str, ...], int] = ((), 0)
    actual = header_lines(paragraphs, 0, _opens)
    assert expected == actual
