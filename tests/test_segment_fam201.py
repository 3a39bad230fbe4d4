"""Lines a page sets into its body that are no paragraph, so statements keep their paragraph (fam201,
issue #8): text written here."""

from __future__ import annotations

from readoutlib.segment import split_text_dump


def test_a_pictures_text_built_from_the_headline_and_its_caption_are_no_paragraphs() -> None:
    """The headline repeated with a picture's number ("<headline> - image 1"), and the caption with no
    sentence end under it, stand between the lead and the report: neither is a paragraph."""
    lines = [
        "Minister hosts farewell talks for Velorian envoy",
        "(NEWSWIRE) - Minister Ana Ruiz received the departing Velorian envoy Eko Tan on Friday.",
        "Minister hosts farewell talks for Velorian envoy - image 1",
        "Minister Ana Ruiz receives the departing Velorian envoy Eko Tan",
        "Ruiz thanked the envoy for his work and wished him success in his next post.",
        "Tan said Velor would keep deepening its ties with the country.",
    ]
    assert split_text_dump(lines).paragraphs == (lines[1], lines[4], lines[5])


def test_a_pictures_text_with_no_caption_under_it_leaves_the_next_paragraph() -> None:
    """The headline with a picture's number alone goes; the sentence under it is a paragraph."""
    lines = [
        "Minister hosts farewell talks for Velorian envoy",
        "(NEWSWIRE) - Minister Ana Ruiz received the departing Velorian envoy Eko Tan on Friday.",
        "Minister hosts farewell talks for Velorian envoy  - photo 2",
        "Ruiz thanked the envoy for his work and wished him success in his next post.",
        "Tan said Velor would keep deepening its ties with the country.",
    ]
    assert split_text_dump(lines).paragraphs == (lines[1], lines[3], lines[4])


def test_a_line_numbering_something_else_under_the_lead_stays() -> None:
    """A line that is not the headline, closing on a number, is left to the other rules: a paragraph."""
    lines = [
        "Minister hosts farewell talks for Velorian envoy",
        "(NEWSWIRE) - Minister Ana Ruiz received the departing Velorian envoy Eko Tan on Friday.",
        "The two sides signed agreements on trade and fisheries - 2",
        "Ruiz thanked the envoy for his work and wished him success in his next post.",
    ]
    assert split_text_dump(lines).paragraphs == tuple(lines[1:])


def test_an_invitation_to_follow_the_site_on_a_social_network_is_no_paragraph() -> None:
    """A line inviting the reader to follow the site on a social network is furniture, not a paragraph."""
    lines = [
        "Minister hosts farewell talks for Velorian envoy",
        "Minister Ana Ruiz received the departing Velorian envoy Eko Tan in Portville on Friday.",
        "Ruiz thanked the envoy for his work and wished him success in his next post.",
        "Follow Portville Daily Online on Twitter and Facebook to join the conversation.",
        "Tan said Velor would keep deepening its ties with the country.",
    ]
    assert split_text_dump(lines).paragraphs == (lines[1], lines[2], lines[4])
