"""Statement families of task fam99 (issue #8, en-ad/en-af after their blind run): lines that are no
body paragraph, so every statement under them kept one paragraph too many. Invented pages, each seen
failing first on main 192fb0ec."""

from __future__ import annotations

import readoutlib


def _statements(text: str) -> list[tuple[int, str, str]]:
    readout = readoutlib.parse(text)
    return [(s.paragraph, s.speaker, s.verb) for s in readout.statements]


def test_a_headline_telling_a_call_in_the_present_with_a_full_stop_is_no_paragraph() -> None:
    """'Minister X calls Minister Y.' over the lead: a headline's present tense ('calls' a person, as
    'meets', 'receives'), printed with a full stop, heads the report and is not paragraph 0."""
    text = (
        "Foreign Minister of Sylvania calls Foreign Minister Eko Tan.\n\n"
        "Foreign Minister Eko Tan received a call from the Foreign Minister of Sylvania, Ana Ruiz.\n"
        "Minister Ruiz condemned the attack on the Freedonian embassy in Lark.\n"
        "Foreign Minister Tan thanked Sylvania for its solidarity.\n"
    )
    assert _statements(text) == [(1, "ana-ruiz", "condemned"), (2, "eko-tan", "thanked")]


def test_a_photo_caption_ending_in_an_agencys_initials_is_no_paragraph() -> None:
    """'Ana Ruiz and Prime Minister Eko Tan ( FNA)': a line naming people, with no sentence end, that
    ends in a news agency's initials in brackets is the photo's caption and credit, not a paragraph."""
    text = (
        "Tan discusses with Minister Ruiz\n\n"
        "(Port Tan March 3/2031)--Prime Minister Eko Tan discussed here on Sunday with a delegation led "
        "by Sylvanian Foreign Minister Ana Ruiz.\n\n"
        "Ana Ruiz and Acting prime minister Eko Tan of Freedonia ( FNA)\n"
        "He said the existing cooperation will be strengthened between the two countries.\n\n"
        "Minister Ruiz said the two countries will further boost their partnership.\n"
    )
    assert _statements(text) == [(1, "eko-tan", "said"), (2, "ana-ruiz", "said")]


def test_a_list_item_ending_in_initials_stays_a_paragraph() -> None:
    """A list's item naming a body by its initials ('- Ana Ruiz, Director, Harbour Fund (HF)') is no
    caption: it has a dash before it."""
    from readoutlib.segment.dump import split_text_dump

    items = (
        "- Ana Ruiz, Chief Financial Officer and Vice President, Harbour Fund of Sylvania (HFS)",
        "- Eko Tan, Chief Officer, Freedonian Port Authority (FPA)",
    )
    lead = "The Minister met the following leaders of the harbour trade in Port Lark on Monday."
    last = "The talks were held in the harbour office and lasted two hours."
    dump = split_text_dump(["Minister meets harbour leaders", lead, *items, last])
    assert dump.paragraphs == (lead, *items, last)
