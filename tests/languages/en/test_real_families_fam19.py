"""Families behind en-n's participant misses (issue #8, fam19), invented pages.

Each test is one family, written as a page or sentence of our own; each was seen failing before its rule.
"""

from __future__ import annotations

from tests.languages.en.layout_kit import analyze_parts as _analyze


def _people(headline: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    readout = _analyze(headline, paragraphs)
    return [(p.name, p.country) for p in readout.event.participants]


def test_amir_between_two_name_words_is_part_of_the_name() -> None:
    """'Reza Amir Karimi': the Persian 'Amir' between two name words is a name word, not a style that
    cuts the name to its given name (en-n, Pakistan's and Uzbekistan's pages on Iran's minister)."""
    people = _people(
        "Foreign Minister holds phone call with Iranian counterpart",
        [
            "Foreign Minister of Uzbekistan Olek Varga had a telephone conversation with the Minister of "
            "Foreign Affairs of Iran Reza Amir Karimi."
        ],
    )
    assert ("Reza Amir Karimi", "IR") in people
    assert ("Reza", "IR") not in people


def test_amir_before_a_name_stays_a_style() -> None:
    """The guard: 'Amir' before a name is still the ruler's style, not a given name."""
    people = _people(
        "Amir receives Foreign Minister",
        ["The Amir of Qatar Omar Haddad received the Foreign Minister of Uzbekistan Olek Varga."],
    )
    assert ("Omar Haddad", "QA") in people


def test_excellence_before_a_name_is_a_style() -> None:
    """'His Excellence Olek Varga': the common misspelling of 'Excellency' is the same style, dropped
    from the name (en-n, a Rwandan news page)."""
    people = _people(
        "President meets President",
        ["The President of Rwanda His Excellence Olek Varga met with the Senegalese President Piet Berg."],
    )
    assert ("Olek Varga", "RW") in people


def test_an_apostrophe_abbreviation_before_a_name_is_not_part_of_it() -> None:
    """'Somali Federal Gov’t Olek Abdi Varga': a word shortened with an apostrophe ('Gov’t', 'Int'l',
    'Nat'l') is never a name word, so the name starts after it (en-n, a Somaliland news page)."""
    people = _people(
        "PM meets President",
        [
            "The Prime Minister of Somali Federal Gov’t Olek Abdi Varga on Monday held a meeting with the "
            "President of Djibouti Piet Berg."
        ],
    )
    assert ("Olek Abdi Varga", "SO") in people


def test_names_with_an_apostrophe_stay_names() -> None:
    """The guard: names put a capital or several letters after their apostrophe ('O’Neil', 'Ma’ruf')."""
    from readoutlib.languages.en.names import scan_people

    found = scan_people("Vice President Ma’ruf Amin met Senator Dan O’Neil and Minister Ja'far Karimi.")
    assert [m.name for m in found.people] == ["Ma’ruf Amin", "Dan O’Neil", "Ja'far Karimi"]
