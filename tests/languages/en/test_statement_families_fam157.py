"""Statement families of fam157 (issue #8), on invented text: offices told in other words than the
principal's title."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.verb, s.text.rstrip(". ")) for s in readout.statements]


def test_an_office_whose_words_stand_in_the_title_in_another_order_is_its_holder() -> None:
    """'the Norwegian foreign minister' for a principal titled 'Minister of the Interior and of Foreign
    Affairs': every word of the office stands in the title, its head noun before the complement."""
    readout = _page(
        "Tomas Berg, Minister of the Interior and of Foreign Affairs of Norway, met with Ana Ruiz,"
        " Ambassador of Kenya, in Harbourtown on Monday.",
        "The Norwegian foreign minister stressed the value of the new ferry line.",
    )
    assert ("tomas-berg", "stressed", "the value of the new ferry line") in _said(readout)


def test_a_lowercase_office_shortening_a_principal_title_is_its_holder() -> None:
    """'the state minister' for a principal titled 'State Minister for Trade of Norway': the
    lowercase office is the title without its complement."""
    readout = _page(
        "Tomas Berg, State Minister for Trade of Norway, held talks with Ana Ruiz, Special Envoy of Kenya,"
        " in Harbourtown on Monday.",
        "During the talks, the state minister reaffirmed the wish to reopen the northern ferry line.",
    )
    expected = ("tomas-berg", "reaffirmed", "the wish to reopen the northern ferry line")
    assert expected in _said(readout)


def test_an_office_whose_head_is_no_word_of_the_title_names_nobody() -> None:
    """'the Norwegian prime minister' is not a principal titled 'Minister of Foreign Affairs': the
    head of the office phrase ('minister') matches, but 'prime' stands nowhere in the title."""
    readout = _page(
        "Tomas Berg, Minister of Foreign Affairs of Norway, met with Ana Ruiz, Ambassador of Kenya,"
        " in Harbourtown on Monday.",
        "The Norwegian prime minister stressed the value of the new ferry line.",
    )
    assert not [s for s in readout.statements if s.paragraph == 1]


def test_a_capitalised_tenure_word_before_a_demonym_and_office_is_passed() -> None:
    """'The Acting Norwegian Foreign Minister conveyed …': 'Acting' says how the principal holds the
    office, written capitalised before the demonym; the office and country still name him."""
    readout = _page(
        "Foreign Minister Ana Ruiz of Kenya held a telephone call with Tomas Berg, Acting Foreign Minister"
        " of Norway, on Monday.",
        "The Acting Norwegian Foreign Minister also conveyed his good wishes for the harvest festival.",
    )
    assert ("tomas-berg", "conveyed", "his good wishes for the harvest festival") in _said(readout)


def test_new_zealand_stays_a_country_before_an_office() -> None:
    """'New' opens a country's name ('the New Zealand Foreign Minister'), not a tenure."""
    readout = _page(
        "Foreign Minister Ana Ruiz of Kenya held a telephone call with Foreign Minister Tomas Berg of New"
        " Zealand on Monday.",
        "The New Zealand Foreign Minister conveyed his good wishes for the harvest festival.",
    )
    assert ("tomas-berg", "conveyed", "his good wishes for the harvest festival") in _said(readout)


def test_a_summary_of_what_an_unnamed_office_said_above_the_opening_is_no_paragraph() -> None:
    """A page with no headline whose first line tells, before the opening names anyone, what 'the
    foreign minister said': the page's standfirst. The body starts at the opening, so every
    statement's paragraph counts from it, and the summary reports nothing of its own."""
    readout = _page(
        "The foreign minister said the two countries would reopen the northern ferry line before winter.",
        "After meeting his Kenyan counterpart, Ana Ruiz, Tomas Berg, Minister of Foreign Affairs of Norway,"
        " said the ferry line would carry grain and timber. He added that a second port would follow.",
    )
    assert readout.paragraphs[0].startswith("After meeting")
    assert [(s.paragraph, s.verb) for s in readout.statements] == [(0, "said"), (0, "added")]


def test_a_first_line_telling_of_the_visit_itself_stays_the_body() -> None:
    """'The foreign minister has arrived in …' above the opening reports the visit, not a statement:
    the page's lead, a body paragraph."""
    readout = _page(
        "The foreign minister has arrived in Nairobi for the first stop of a tour of East Africa.",
        "Tomas Berg, Minister of Foreign Affairs of Norway, met with his Kenyan counterpart Ana Ruiz in"
        " Nairobi on Monday. He said the ferry line would carry grain and timber.",
    )
    assert readout.paragraphs[0].startswith("The foreign minister has arrived")


def test_a_summary_line_under_a_headline_stays_the_body() -> None:
    """With a headline above it, a first line telling what the minister said is the report's lead."""
    readout = readoutlib.parse(
        "Norway and Kenya to reopen ferry line\n\n"
        "The foreign minister said the two countries would reopen the northern ferry line before winter.\n\n"
        "After meeting his Kenyan counterpart, Ana Ruiz, Tomas Berg, Minister of Foreign Affairs of Norway,"
        " said the ferry line would carry grain and timber.\n"
    )
    assert readout.paragraphs[0].startswith("The foreign minister said")


def test_an_office_told_as_its_body_then_its_head_is_its_holder() -> None:
    """'the Forum SG' and 'the TFC President': the body the office heads (a word of it, or its
    initials) before the office itself (or its initials) name the principal whose title is '<office>
    of <body>'."""
    readout = _page(
        "Secretary General of the Harbour Trade Forum Tomas Berg met with President of the Transitional"
        " Ferry Council Ana Ruiz in Nairobi on Monday.",
        "During the meeting, the Forum SG thanked the president for her time.",
        "The TFC President added that the ferry line would reopen before winter.",
    )
    said = _said(readout)
    assert ("tomas-berg", "thanked", "the president for her time") in said
    assert ("ana-ruiz", "added", "the ferry line would reopen before winter") in said


def test_a_country_initials_before_an_office_is_no_body() -> None:
    """'The US President' is a country's office, not a body's: no principal titled '<office> of <body>'
    is named by it."""
    readout = _page(
        "Secretary General of the Harbour Trade Forum Tomas Berg met with President of the Transitional"
        " Ferry Council Ana Ruiz in Nairobi on Monday.",
        "The US President stressed that the ferry line should reopen before winter.",
    )
    assert not [s for s in readout.statements if s.paragraph == 1]


def test_the_principal_shared_with_before_the_content_is_passed() -> None:
    """'shared with the president her plans for …': the person shared with, a principal named by a
    lowercase office or by name, stands before the content, as 'conveyed to him' does."""
    readout = _page(
        "Foreign Minister Tomas Berg of Norway met with President Ana Ruiz of Kenya in Nairobi on Monday.",
        "Berg shared with the president his plans for a second ferry line.",
        "He also shared with President Ruiz the results of the harbour survey.",
    )
    said = _said(readout)
    assert ("tomas-berg", "shared", "his plans for a second ferry line") in said
    assert ("tomas-berg", "shared", "the results of the harbour survey") in said
