"""Where a text dump's body starts and how it splits (#8, fam169): statements found with the right
words but counted at the wrong paragraph, on invented page text."""

from __future__ import annotations

import datetime as dt

from readoutlib.languages.en.participants import leader_country
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


def test_a_label_alone_between_paragraphs_is_no_paragraph() -> None:
    """ "Background:" and "Advertisement:" on lines of their own, between paragraphs: labels, not
    paragraphs, so the paragraphs under them keep their numbers."""
    lines = [
        "Velor and Marland ministers speak by phone",
        "The foreign minister of Velor spoke with her Marland counterpart on Monday.",
        "Advertisement:",
        "The ministers stressed the need to reopen the border crossing.",
        "Background:",
        "The crossing closed in the winter after heavy floods.",
    ]
    dump = split_text_dump(lines)
    assert dump.paragraphs == (lines[1], lines[3], lines[5])


def test_a_link_to_another_story_with_no_colon_is_no_paragraph() -> None:
    """ "Also Read <headline>" between paragraphs, its label capitalised and no colon after it."""
    lines = [
        "Premier Lund holds talks with visiting President Ardo",
        "Premier Lund on Thursday held talks with President Ardo at the palace.",
        "Also Read  Harbour board asks carriers to stop cancelling night routes",
        "The two leaders emphasized the need for regional solutions.",
    ]
    dump = split_text_dump(lines)
    assert dump.paragraphs == (lines[1], lines[3])


def test_a_source_line_in_the_body_is_no_paragraph_but_names_what_it_names() -> None:
    """ "Source: Premier Ana Ruiz on her channel, as a news site reports" under the lead: no paragraph;
    kept as the page's summary, where the premier's full name is."""
    lines = [
        "The premiers of Velor and Marland have held a phone call on the harbour treaty.",
        "Source: Velor Premier Ana Ruiz on her channel, as reported by the Avel Herald",
        "Details: Ruiz stated that she had just spoken with her Marland counterpart.",
    ]
    dump = split_text_dump(lines)
    assert dump.paragraphs == (lines[0], lines[2])
    assert dump.summary == lines[1]


def test_a_leader_with_a_common_family_name_is_known_by_the_full_name_only() -> None:
    """The body now starting under a blog's headline names a British prime minister of 2007-2010 from
    it: known by his full name in his term, never by the family name alone, which many people share."""
    assert leader_country("Gordon Brown", dt.date(2009, 11, 30)) == "GB"
    assert leader_country("Brown", dt.date(2009, 11, 30)) is None


def test_a_quotation_closed_by_a_comma_takes_its_attribution_from_the_next_line() -> None:
    """ "“We agreed …,”" and, on the next line, "- Ana Ruiz said.": one sentence broken before its
    attribution, so one paragraph, without the dash; the paragraph under it keeps its number."""
    lines = [
        "Premier Ana Ruiz met the visiting Secretary General on Monday.",
        "“We agreed that our close cooperation will go on as before,”",
        "- Ana Ruiz said.",
        "She noted that the visit mattered for the harbour treaty.",
    ]
    dump = split_text_dump(lines)
    assert dump.paragraphs == (lines[0], f"{lines[1]} Ana Ruiz said.", lines[3])
