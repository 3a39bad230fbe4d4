"""Families of participant misses on en-u and en-v after their blind run (#8, fam56), on invented pages."""

from __future__ import annotations

from tests.languages.en.layout_kit import text_page as _page


def _names(readout: object) -> list[str]:
    return sorted(p.name for p in readout.event.participants)  # type: ignore[attr-defined]


def test_offices_of_the_opening_are_named_by_the_next_sentences_subject_and_object() -> None:
    """An opening that calls both sides by office ("Velorian Foreign Minister calls the Foreign
    Minister.") and a next sentence whose event clause names them as subject and object ("Foreign
    Minister Ana Ruiz spoke to the Foreign Minister Ivo Brand of Velor"): the two people, each matched
    to the office of their country."""
    readout = _page(
        "Finnish Foreign Minister Calls the Foreign Minister.",
        "",
        "Foreign Minister Ana Maria Ruiz spoke to the Foreign Minister Ivo Brand of Finland today. This was"
        " their second call this month.",
        "The two Foreign Ministers discussed the coming trade fair and agreed to stay in touch.",
    )
    assert _names(readout) == ["Ana Maria Ruiz", "Ivo Brand"]


def test_a_style_glued_to_the_name_is_no_part_of_it() -> None:
    """ "Dr.Ruiz", "Mr.Brand" (no space after the style's period): the style and the name, as "Dr. Ruiz";
    the headline's person is the body's "Dr Ana Maria Ruiz"."""
    readout = _page(
        "Executive Secretary H.E Dr.Ruiz pays a courtesy call on Foreign Minister Hon. Ivo Brand",
        "",
        "The Executive Secretary of the Community, Dr Ana Maria Ruiz paid a courtesy call on the Foreign"
        " Minister of Botswana, Honourable Ivo Brand on 6 August 2018.",
        "Dr. Ruiz briefed the Minister on the situation in the region.",
    )
    assert _names(readout) == ["Ana Maria Ruiz", "Ivo Brand"]


def test_a_headline_courtesy_call_verb_is_no_part_of_the_name() -> None:
    """ "Ambassador Ana Ruiz Pays a Courtesy Call on …" in Title Case: "Pays" is the headline's verb, not
    the last word of the envoy's name."""
    readout = _page(
        "Chinese Ambassador to Chile Ana Ruiz Pays a Courtesy Call on Acting Prime Minister of Chile",
        "",
        "On 25 April, Ambassador Ruiz paid a courtesy call on Acting Prime Minister Ivo Brand.",
        "The two sides exchanged views on trade.",
    )
    assert "Ana Ruiz" in _names(readout)
