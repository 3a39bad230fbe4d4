"""A headline printed with a full stop: one decision (``segment.stopped``), asked by the layout and
by the header (issue #8, fam63). Invented lines."""

from __future__ import annotations

from readoutlib.segment.dump import split_text_dump
from readoutlib.segment.stopped import is_stopped_headline

_LEAD = (
    "Foreign Minister Ana Ruiz met the Premier of Ruritania, Tomas Berg, in Port Lark on Monday to"
    " discuss the harbour treaty and fishing rights."
)
_MORE = "The two sides agreed to set up a joint committee and to meet again before the end of the year."


def test_over_a_dateline() -> None:
    lines = ("Ruiz and Berg agree on the harbour treaty.", "Monday, March 3, 2031: " + _LEAD, _MORE)
    assert is_stopped_headline(lines, 0)


def test_title_cased_at_the_top() -> None:
    assert is_stopped_headline(("Minister Ruiz Welcomes the Premier.", _LEAD, _MORE), 0)


def test_in_a_headline_tense() -> None:
    assert is_stopped_headline(("Minister Ruiz meets the Premier of Ruritania in Port Lark.", _LEAD), 0)


def test_a_lead_in_the_past_is_no_headline() -> None:
    assert not is_stopped_headline((_LEAD, _MORE), 0)


def test_two_sentences_are_no_headline() -> None:
    line = "Minister Ruiz meets the Premier of Ruritania. They talk about the harbour treaty."
    assert not is_stopped_headline((line, _LEAD), 0)


def test_the_layout_leaves_a_headline_tense_line_to_the_header() -> None:
    """The layout asks without the tense: it picks no title from a sentence, so it keeps the line,
    and the header reads it as the headline (``top.header_lines``)."""
    headline = "Minister Ruiz meets the Premier of Ruritania in Port Lark."
    assert not is_stopped_headline((headline, _LEAD), 0, by_tense=False)
    dump = split_text_dump(["Home > News", headline, _LEAD, _MORE])
    assert (headline, _LEAD, _MORE) == dump.paragraphs
