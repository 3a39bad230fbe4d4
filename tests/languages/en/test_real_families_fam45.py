"""Families of statement misses on en-r, en-s and en-t (issue #8, after their one blind run), each on
invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _statements(readout: Readout) -> list[tuple[int, str, str]]:
    return [(s.paragraph, s.speaker or "", s.verb) for s in readout.statements]


def test_a_cut_copy_of_the_title_glued_to_a_section_name_is_no_body_paragraph() -> None:
    """A breadcrumb that repeats the title after its section's name and is cut with dots
    ("Press WingThe Visit of ... with Foreign...") is furniture: the body opens under it."""
    readout = _page(
        "Harbour Talks: Foreign Minister Ana Ruiz Telephone Call with Foreign Minister Tomas Berg",
        "Press WingHarbour Talks: Foreign Minister Ana Ruiz Telephone Call with Foreign...",
        "Foreign Minister Ana Ruiz received a telephone call from Foreign Minister Tomas Berg of Ruritania.",
        "Foreign Minister Ruiz stressed the importance of open sea lanes.",
    )
    assert _statements(readout) == [(1, "ana-ruiz", "stressed")]


def test_a_standfirst_that_a_later_paragraph_repeats_is_no_body_paragraph() -> None:
    """A sentence under the title that a body paragraph after the opening repeats word for word
    and goes on from ("The two leaders agreed to meet again." above "... The two leaders agreed to
    meet again and to ...") is the standfirst: no body paragraph, no statement of its own."""
    readout = _page(
        "Presidents Ruiz and Berg hold talks in Geneva",
        "The two leaders agreed to deepen trade.",
        "President Ana Ruiz has met with President Tomas Berg of Ruritania in Geneva.",
        "President Ruiz stressed the importance of open sea lanes.",
        "The two leaders agreed to deepen trade and to meet again next year.",
    )
    assert [(s.paragraph, s.verb) for s in readout.statements] == [(1, "stressed"), (2, "agreed")]


def test_an_as_aside_after_the_verb_is_no_part_of_the_content() -> None:
    """ "pledged, as the newly accredited Ambassador of Ruritania to Borduria, to ..." reports what
    follows the aside: the speaker's capacity set off by commas is no part of what was said."""
    readout = _page(
        "Foreign Minister Ana Ruiz meets Ambassador Tomas Berg",
        "Foreign Minister Ana Ruiz received Ambassador Tomas Berg of Ruritania on Monday.",
        "Ambassador Berg pledged, as the newly accredited Ambassador of Ruritania to Borduria, to deepen"
        " trade between the two countries.",
    )
    assert [s.text for s in readout.statements] == ["to deepen trade between the two countries."]


def test_on_after_the_principal_addressed_opens_the_content() -> None:
    """ "explained to Minister Berg on the results of the talks" reports "the results ...": "on"
    after the principal addressed introduces the topic, as "about" does."""
    readout = _page(
        "Telephone talks between Foreign Ministers Ana Ruiz and Tomas Berg",
        "Foreign Minister Ana Ruiz held telephone talks with Foreign Minister Tomas Berg of Ruritania.",
        "Minister Ruiz explained to Minister Berg on the results of the talks held in Vienna.",
    )
    assert [s.text for s in readout.statements] == ["the results of the talks held in Vienna."]
