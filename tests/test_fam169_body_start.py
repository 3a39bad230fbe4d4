"""Where a text dump's body starts and how it splits (#8, fam169): statements found with the right
words but counted at the wrong paragraph, on invented page text."""

from __future__ import annotations

from readoutlib.segment import split_text_dump


def test_a_site_sentence_above_a_headline_and_its_date_line_is_no_body_paragraph() -> None:
    """A blog's welcome (prose) and its image host's credit above the story's date line and headline:
    the report starts under the headline, which is the title."""
    lines = [
        "Thanks for dropping by, readers are welcome to leave a note below.",
        "Pictures hosted by Snapbox",
        "Tuesday, 4 March 2031",
        "Premier Lund and President Ardo hold video call",
        "The Premier and President Ardo spoke this evening about trade.",
        "They agreed to meet again in the spring.",
    ]
    dump = split_text_dump(lines)
    assert dump.title == lines[3]
    assert dump.paragraphs == tuple(lines[4:])


def test_a_headline_with_its_date_line_under_it_ends_the_header() -> None:
    """A wire's counter line (prose), the headline, then its published stamp: the body is what follows."""
    lines = [
        "Our desk has posted 1,204 stories in the last day and 90,551 this year.",
        "Velor minister holds friendly talks with Marland counterpart",
        "Published: 9 May 2031 10:15",
        "The foreign minister of Velor met her Marland counterpart on Friday in Port Avel.",
        "Both ministers agreed to open a consulate in each capital.",
    ]
    dump = split_text_dump(lines)
    assert dump.title == lines[1]
    assert dump.paragraphs == tuple(lines[3:])


def test_a_headline_over_a_dated_lead_ends_the_header() -> None:
    """The headline over a lead opening with its dateline ("VELOR, May 9 - ..."): the lead is the first
    paragraph; the prose above the headline is the site's."""
    lines = [
        "Our desk has posted 1,204 stories in the last day and 90,551 this year.",
        "Premier Lund speaks with Prime Minister of Marland Ivo Berg",
        "VELOR, May 9 - Yesterday, Premier Lund spoke with the Prime Minister of Marland, Ivo Berg.",
        "The two leaders agreed to remain in close contact.",
    ]
    dump = split_text_dump(lines)
    assert dump.title == lines[1]
    assert dump.paragraphs == tuple(lines[2:])


def test_a_short_line_between_paragraphs_with_no_date_beside_it_keeps_the_body() -> None:
    """A heading between two paragraphs, with no date line beside it and no dated lead under it, is no
    headline: the body starts at the first paragraph as before."""
    lines = [
        "Premier Lund and President Ardo hold video call",
        "The Premier and President Ardo spoke this evening about trade.",
        "Trade and investment in the region",
        "They agreed to meet again in the spring.",
    ]
    dump = split_text_dump(lines)
    assert dump.paragraphs[0] == lines[1]
