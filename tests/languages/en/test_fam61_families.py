"""Families of participant and country misses on en-u..en-w after fam56-59 (#8, fam61), on invented pages."""

from __future__ import annotations

from tests.languages.en.layout_kit import text_page as _page


def _names(readout: object) -> list[str]:
    return sorted(p.name for p in readout.event.participants)  # type: ignore[attr-defined]


def test_an_order_of_the_british_empire_after_a_name_is_no_part_of_it() -> None:
    """ "Dame Ana Ruiz DBE", "Sir Ivo Brand KBE": the honour's letters follow the name as "MP" or "OBE"
    do; the person is "Ana Ruiz"."""
    readout = _page(
        "Regional chiefs meet",
        "",
        "The Director of the Coral Sea Institute, Sir Ivo Brand KBE, this morning received the Secretary"
        " General of the Reef Council, Dame Ana Ruiz DBE, at the Institute in Suva.",
        "The two discussed fisheries and ocean science.",
    )
    assert _names(readout) == ["Ana Ruiz", "Ivo Brand"]


def test_a_style_word_after_an_office_and_before_two_name_words_is_a_given_name() -> None:
    """ "acting Foreign Minister Amir Omar Karimi": "Amir" after an office and before a two-word name is
    the first of three name words, not a second title."""
    readout = _page(
        "Ministers meet in Doha",
        "",
        "Velorian Foreign Minister Ana Ruiz and the acting Foreign Minister Amir Omar Karimi held talks in"
        " Doha on Monday.",
        "Emir Ivo Haddad received both ministers later in the day.",
    )
    assert "Amir Omar Karimi" in _names(readout)


def test_a_style_word_that_opens_the_phrase_stays_a_style() -> None:
    """ "Amir Ivo Haddad received …" with no office before it: the style of the ruler, not his name."""
    readout = _page(
        "Amir receives Velorian minister",
        "",
        "Amir Ivo Haddad received Foreign Minister Ana Ruiz of Velor in Doha on Monday.",
        "The two discussed trade and energy.",
    )
    assert _names(readout) == ["Ana Ruiz", "Ivo Haddad"]


def test_an_envoys_posting_to_a_region_is_no_person() -> None:
    """ "U.S. Consul General to the Tarsa Region Ivo Brand": "Tarsa" is the posting's place, the consul is
    the name after the place noun."""
    readout = _page(
        "Prime Minister receives consul",
        "",
        "Prime Minister Ana Ruiz received U.S. Consul General to the Tarsa Region Ivo Brand and his"
        " accompanying delegation.",
        "They discussed the political situation in the region.",
    )
    assert _names(readout) == ["Ana Ruiz", "Ivo Brand"]


def test_an_acronym_with_a_plural_s_is_no_name_word() -> None:
    """ "VRSs Ruiz meets Forum chief": a headline writes the state's acronym with an "s" and no apostrophe
    ("FSMs" for "FSM's"); the person is the body's "Ana Ruiz", not "VRSs Ruiz"."""
    readout = _page(
        "VRSs Ruiz meets Forum SG, Sir Ivo Brand",
        "",
        "PALIKIR, VRS — Velorian Republic of the Seas (VRS) President Ana Ruiz last week met with Sir Ivo"
        " Brand, Secretary General of the Islands Forum, in Palikir.",
        "Ruiz welcomed Brand and thanked him for the visit.",
    )
    assert _names(readout) == ["Ana Ruiz", "Ivo Brand"]


def test_a_place_noun_after_a_titled_given_name_is_the_family_name() -> None:
    """ "received the Velorian Ambassador, Ivo Hill." and "Ambassador Lars Hall": a place noun right after
    one given name that follows a title ends the name; it is the family name, not a place."""
    readout = _page(
        "President receives the Velorian Ambassador",
        "",
        "Today, the President of Tarsa, Ana Ruiz, received the Velorian Ambassador, Ivo Hill.",
        "The President and Ambassador Hill discussed trade.",
    )
    assert _names(readout) == ["Ana Ruiz", "Ivo Hill"]
