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


def test_two_verbs_sharing_one_object_make_one_statement_at_the_second() -> None:
    """'Ruiz "acknowledged and extended her gratitude to …"': the first verb reports nothing of its own
    (no statement 'and extended her gratitude …'); the statement is the second verb's."""
    readout = _page(
        "President Ana Ruiz held discussions with the Ruritanian Minister of State Tomas Berg in Strelsau on"
        " Sunday.",
        "Furthermore, Ruiz “acknowledged and extended her gratitude to Ruritania for the continuous"
        " support.”",
    )
    expected = [(1, "ana-ruiz", "extended", "her gratitude to Ruritania for the continuous support.”")]
    assert expected == _statements(readout)


def test_a_demonym_title_and_another_persons_name_is_not_that_countrys_principal() -> None:
    """'Peruvian Press Secretary Jan Kowal remarked …' is the press secretary, no principal: not the
    one Peruvian principal, whose titles the page never gives."""
    readout = _page(
        "Kenyan President Ana Ruiz has had a telephone conversation with her Peruvian counterpart Tomas"
        " Berg, the news agency reports.",
        "The leaders highlighted the importance of the upcoming talks in Lima.",
        "To note, Peruvian Presidential Press Secretary Jan Kowal remarked that Peru is looking forward"
        " to the state visit.",
    )
    expected = [(1, "both", "highlighted", "the importance of the upcoming talks in Lima.")]
    assert expected == _statements(readout)
