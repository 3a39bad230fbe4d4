"""Families of statement misses on en-x after its blind measurement (#8, fam73), on invented pages."""

from __future__ import annotations

from readoutlib.languages.en.statements import verb_entry
from tests.languages.en.layout_kit import text_page as _page


def test_an_adverb_between_a_verb_and_its_preposition_keeps_the_preposition() -> None:
    """ "asked again for the release of …": "again" stands between the verb and the preposition it
    governs; the entry is "asked for", as without the adverb, and the object follows "for"."""
    assert verb_entry("Ana Lind asked again for the release of the fishermen.") == "asked for"
    assert verb_entry("Ana Lind called once more for calm in the region.") == "called for"
    assert verb_entry("Ana Lind called repeatedly for calm in the region.") == "called for"
    readout = _page(
        "Foreign Minister meets counterpart",
        "",
        "Foreign Minister Ana Lind met Foreign Minister Omar Haddad in Velor City on Monday.",
        "Ms Lind underlined the need for elections and asked again for the release of the detained"
        " fishermen.",
    )
    said = [(s.verb, s.text) for s in readout.statements if "fishermen" in s.text]
    assert said == [("asked for", "the release of the detained fishermen.")], said
