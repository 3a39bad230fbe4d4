"""Where a page without a plugin starts and cuts its body paragraphs (fam188, issue #8): text written here."""

from __future__ import annotations

from readoutlib.segment import split_text_dump


def test_a_call_to_click_a_link_between_paragraphs_is_no_paragraph() -> None:
    """An invitation to follow a link ("Click here to ...") between the paragraphs is furniture."""
    lines = [
        "Minister Ruiz meets the Velorian envoy",
        "Minister Ana Ruiz met the Velorian envoy Eko Tan in Portville on Monday.",
        "Feeling curious? Click here to try our weekly puzzle and win a prize!",
        "Ruiz urged the envoy to open a consulate in the northern province.",
    ]
    assert split_text_dump(lines).paragraphs == (lines[1], lines[3])


def test_a_caption_closed_by_a_credit_label_is_no_paragraph() -> None:
    """A photo caption whose last sentence is followed by "Credit: <source>" is furniture."""
    lines = [
        "Minister Ruiz meets the Velorian envoy",
        "Minister Ana Ruiz met the Velorian envoy Eko Tan in Portville on Monday.",
        "Minister Ana Ruiz (right) with envoy Eko Tan at the harbour in May. Credit: Newswire",
        "Ruiz urged the envoy to open a consulate in the northern province.",
    ]
    assert split_text_dump(lines).paragraphs == (lines[1], lines[3])


def test_a_caption_naming_the_pictured_officials_between_paragraphs_is_no_paragraph() -> None:
    """A line of offices and names with no sentence end, between two paragraphs of prose, is the
    caption of a photo set into the report (one word of action at most: "in talks with")."""
    lines = [
        "Minister Ruiz meets the Velorian envoy",
        "Minister Ana Ruiz met the Velorian envoy Eko Tan in Portville on Monday.",
        "Minister of Foreign Affairs and Trade Ana Ruiz",
        "Ruiz urged the envoy to open a consulate in the northern province.",
        "Foreign Minister, Hon. Ana Ruiz in talks with the Envoy of Velor, H.E. Eko Tan",
        "The envoy promised to take the request to his government.",
    ]
    assert split_text_dump(lines).paragraphs == (lines[1], lines[3], lines[5])


def test_a_sentence_that_lost_its_full_stop_between_paragraphs_stays() -> None:
    """A line telling what someone did, its full stop lost, is a paragraph still."""
    lines = [
        "Minister Ruiz meets the Velorian envoy",
        "Minister Ana Ruiz met the Velorian envoy Eko Tan in Portville on Monday.",
        "Earlier this month, Minister Ruiz visited Velor at the invitation of President Eko Tan",
        "The envoy promised to take the request to his government.",
    ]
    assert split_text_dump(lines).paragraphs == tuple(lines[1:])


def test_a_caption_above_a_dated_headline_and_its_release_block_is_no_paragraph() -> None:
    """A photo's caption (prose) above the headline and its date, with the release's own block under
    them (the headline again, a stamp, a label, a date), leaves the report to start under the block."""
    lines = [
        "The ministry's main hall on Harbour Street. Built in 1921. Home to three departments.",
        "Readout of Minister Ruiz's Meeting with Velorian Envoy Eko Tan",
        "Mar 4, 2031",
        "Readout of Minister Ruiz's Meeting with Velorian Envoy Eko Tan",
        "Trade promotion",
        "FOR IMMEDIATE RELEASE",
        "Tuesday, March 4, 2031",
        "Today, Minister Ana Ruiz welcomed the Velorian envoy Eko Tan to Portville.",
        "Ruiz urged the envoy to open a consulate in the northern province.",
    ]
    assert split_text_dump(lines).paragraphs == tuple(lines[7:])


def test_a_labelled_source_line_between_paragraphs_is_no_caption() -> None:
    """A "Source: ..." line of names is left to the source reading, which keeps its names."""
    lines = [
        "Minister Ruiz meets the Velorian envoy",
        "Minister Ana Ruiz met the Velorian envoy Eko Tan in Portville on Monday.",
        "Source: Foreign Minister Ana Ruiz on Facebook, as reported by Harbour News",
        "Ruiz urged the envoy to open a consulate in the northern province.",
    ]
    parts = split_text_dump(lines)
    assert parts.paragraphs == (lines[1], lines[3])
    assert parts.summary == lines[2]
