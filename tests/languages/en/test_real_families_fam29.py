"""Families of spurious statements and statements a paragraph off (issue #8, task fam29), each on
invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str, url: str | None = None) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n", url=url)


def _statements(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_caption_whose_image_credit_ends_with_a_full_stop_is_no_paragraph() -> None:
    """'Ruiz with Minister Berg. Image: Foreign Ministry.' above the report is a caption, not paragraph 0."""
    readout = _page(
        "Freedonia: Minister Ruiz received a senior Ruritanian official",
        "Ruiz with Minister Berg. Image: Freedonian Foreign Ministry.",
        "The Minister of Foreign Affairs of Freedonia, Ana Ruiz, held a meeting with the Foreign Minister of"
        " Ruritania, Tomas Berg, on Monday.",
        "Minister Ruiz and Minister Berg agreed on the importance of closer ties in fisheries.",
    )
    expected = [(1, "both", "agreed on", "the importance of closer ties in fisheries.")]
    assert expected == _statements(readout)


def test_a_follow_us_line_above_the_report_is_no_paragraph() -> None:
    """A news site's 'Follow us on Instagram and subscribe to our channel …' line is no body paragraph."""
    readout = _page(
        "Follow us on Instagram and subscribe to our Telegram channel for the latest updates.",
        "STRELSAU, May 4 — Prime Minister Ana Ruiz received a telephone call from Ruritanian Prime Minister"
        " Tomas Berg today.",
        "In their conversation, Ruiz and Berg both expressed their commitment to closer ties in trade.",
    )
    expected = [(1, "both", "expressed", "their commitment to closer ties in trade.")]
    assert expected == _statements(readout)


def test_headlines_of_other_stories_after_an_agency_sign_off_are_no_paragraphs() -> None:
    """A news agency's report ends '… tonight.- Newswire'; the other stories' headlines listed under it
    (no full stop, some long) are no body paragraphs and report nothing."""
    readout = _page(
        "STRELSAU: Prime Minister Ana Ruiz paid a courtesy call on Ruritanian Prime Minister Tomas Berg"
        " here on Saturday.",
        "Ruiz, in a post on her page, said the meeting also discussed the fisheries quotas.",
        "Berg is also scheduled to attend a state banquet tonight.- Newswire",
        "Ruiz congratulates Lena for winning gold, setting new national record",
        "Port workers end strike after talks with the harbour board and the city council in Strelsau",
        "Floods: rivers rise in the north, ministry warns farmers to move their herds to higher ground",
    )
    expected = (3, [(1, "ana-ruiz", "said")])
    assert expected == (len(readout.paragraphs), [s[:3] for s in _statements(readout)])
