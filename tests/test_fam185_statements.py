"""Statement misses left after fam179 (#8, fam185), on invented page text."""

from __future__ import annotations

import readoutlib
from readoutlib.segment.top import is_caption


def test_a_caption_closed_by_its_copyright_credit_and_its_bare_copy_above_are_no_paragraphs() -> None:
    """A picture's text printed bare, then again with the agency's copyright credit and a note in
    brackets, above the lead: neither line is a body paragraph, so the lead is paragraph 0."""
    lines = [
        "Lund and Ardo Held Talks",
        "Lund receives Ardo at the lake house.",
        "Lund receives Ardo at the lake house. ©VELPRESS/TOMAS WEIL (archive picture)",
        "Premier Jon Lund and President Mia Ardo of Marland met at the lake house on Friday.",
        "Lund said that trade between the two countries had doubled.",
    ]
    readout = readoutlib.parse("\n\n".join(lines))
    assert [(s.verb, s.paragraph) for s in readout.statements] == [("said", 1)]


def test_a_family_name_opening_with_a_particle_names_the_speaker_at_a_sentence_start() -> None:
    """'Van der Berg spoke of …' (the particle capitalised at the sentence's start, lowercase in the
    full name) and 'da Costa said …' name the principals whose names end so."""
    text = (
        "Premier Jon Lund and Commissioner Ines van der Berg spoke on the phone on Saturday, joined "
        "later by Minister Rui da Costa.\n\n"
        "Lund said the talks had been useful. Van der Berg spoke of a very productive exchange. "
        "Minister da Costa said that the fisheries deal would be signed soon."
    )
    readout = readoutlib.parse(text)
    found = [(s.speaker, s.verb) for s in readout.statements]
    assert ("ines-van-der-berg", "spoke of") in found
    assert ("rui-da-costa", "said") in found


def test_a_body_line_closed_by_a_sites_copyright_notice_is_no_caption() -> None:
    """A long line of prose that a site's '© Crown Copyright' notice closes is no photo caption: only a
    short line closed by an agency and its photographer ('©AGENCY/NAME') is."""
    prose = " ".join(["The Minister said the talks on trade had gone well."] * 6)
    assert not is_caption(f"{prose} Notes are © Crown Copyright")
    assert is_caption("Lund receives Ardo at the lake house. ©VELPRESS/TOMAS WEIL")
