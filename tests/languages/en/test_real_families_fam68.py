"""Layout families of en-x after its blind run (fam68, issue #8): every page here is invented."""

from __future__ import annotations

from tests.languages.en.layout_kit import page_statements as _statements


def test_a_read_more_link_between_paragraphs_is_no_body_paragraph() -> None:
    """'READ MORE: …' between two paragraphs links another story, like 'READ: …': counted as a body
    paragraph it moved every statement below it one paragraph down."""
    found = _statements(
        "Lind and Otto meet in Osland",
        "Vastrian Foreign Minister Ana Lind and Oslandic Foreign Minister Tomas Otto met in Osland City "
        "on Monday.",
        "READ MORE: Lind in Vastria City: Trade must come first, says the minister",
        "Mr Otto said the new ferry line would open in the spring.",
    )
    assert found == [(1, "tomas-otto", "said", "the new ferry line would open in the spring.")]


def test_a_newsletter_invitation_between_paragraphs_is_no_body_paragraph() -> None:
    """'Are you getting our free newsletter?' and 'Subscribe to … our free weekly newsletter …': a news
    site's invitation set between the paragraphs, counted as two body paragraphs."""
    found = _statements(
        "Lind and Otto meet in Osland",
        "Vastrian Foreign Minister Ana Lind and Oslandic Foreign Minister Tomas Otto met in Osland City "
        "on Monday.",
        "Are you getting our free newsletter?",
        "Subscribe to The Daily's 'Morning Brief', our free weekly newsletter sent to you every Friday.",
        "Mr Otto said the new ferry line would open in the spring.",
    )
    assert found == [(1, "tomas-otto", "said", "the new ferry line would open in the spring.")]


def test_a_line_saying_who_released_the_readout_is_an_attribution_line() -> None:
    """'The Press Office released the following readout of the President's call …:' introduces the
    readout as 'The following is a readout …:' does: no body paragraph."""
    found = _statements(
        "Premier Otto calls President Lind",
        "The Press Office released the following readout of the President's phone call today with Premier "
        "Otto:",
        '"Premier Tomas Otto of Osland called President Ana Lind today.  During the call, the two leaders '
        'discussed the ferry line.  President Lind reiterated the importance of the ferry agreement. "',
    )
    assert [(para, speaker, verb) for para, speaker, verb, _ in found] == [(0, "ana-lind", "reiterated")]
