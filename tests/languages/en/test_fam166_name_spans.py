"""fam166 (issue #8): name spans the name scan cut or missed, on invented sentences in each layout.

Each case is a construction seen on development pages, written here in our own words: a family name
that is a place noun after a courtesy style, a country's name used as a given name after a courtesy
style, a spaced lowercase Arabic article opening a name after an office, a given name that reads as a
country's name with an "s", and a family name that is a country's name.
"""

from __future__ import annotations

import pytest

from readoutlib.languages.en.names import find_mentions


def _names(text: str) -> list[str | None]:
    return [m.name for m in find_mentions(text, offices=False)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place noun written first as the family name, after a style (jp-mofa's "H.E. Dr. ...")
        ("The minister spoke with H.E. Dr. Park Min, the envoy of Korea.", "Park Min"),
        ("The minister later met Mr. Hill Woo on the side of the summit.", "Hill Woo"),
    ],
)
def test_place_noun_family_name_after_a_style(text: str, name: str) -> None:
    assert name in _names(text)


def test_place_noun_after_a_style_stays_a_place_without_a_short_given_name() -> None:
    # "Mr. Park" alone, or before a long word that names a place, is not a family-first name
    assert "Park Avenue" not in _names("Ms. Ruiz walked to Park Avenue with Mr. Berg.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The minister held a call with H.E. Mr. Jordan PELL, Minister of Trade.", "Jordan PELL"),
        ("Later Ms. Chad Okoro thanked the hosts.", "Chad Okoro"),
    ],
)
def test_country_name_as_given_name_after_a_courtesy_style(text: str, name: str) -> None:
    assert name in _names(text)


def test_country_after_a_style_before_an_office_stays_a_country() -> None:
    # the country opens no name when an office, not a name word, follows it
    names = _names("The note thanked Mr. Berg and H.E. Jordan Ambassador Tomas Ruiz for the visit.")
    assert not any(n and n.startswith("Jordan") for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lavrov and his Sudanese counterpart al Rashid Osman Idris discussed the crisis.",
            "al Rashid Osman Idris",
        ),
        ("He later met Foreign Minister al Hadi al Nur in the capital.", "al Hadi al Nur"),
        ("The envoy met Deputy Prime Minister el Tayeb Saleh on Monday.", "el Tayeb Saleh"),
    ],
)
def test_spaced_lowercase_article_opens_a_name_after_an_office(text: str, name: str) -> None:
    assert name in _names(text)


def test_spaced_article_after_a_plain_word_opens_no_name() -> None:
    # only an office or a counterpart before it shows the article starts a person's name
    assert "al Nur" not in _names("The talks were held in al Nur Hall on Monday.")


def test_given_name_shaped_as_a_country_plural() -> None:
    names = _names("A dialogue with the Secretary of Trade Ms. Frances Holloway and Vice Minister Tomas Ito.")
    assert "Frances Holloway" in names


def test_peoples_plural_is_still_no_name() -> None:
    assert _names("The Kenyans and the Armenians welcomed the decision.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The President met the Portuguese Prime Minister, Rui Montenegro with whom he talked on trade.",
            "Rui Montenegro",
        ),
        ("The President received Ambassador Lia Chad, who presented her credentials.", "Lia Chad"),
    ],
)
def test_country_name_as_family_name_after_a_titled_given_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_country_after_a_name_in_a_title_case_headline_stays_a_country() -> None:
    # a capitalised word after the country: a headline's words, not the end of a name
    names = _names("Prime Minister Ruiz Montenegro Visit Set For Friday")
    assert "Ruiz Montenegro" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place noun or a royal style inside a three-part name, before its last word and a clause's end
        (
            "Ms. Nora T. Queen Vale, Regional Affairs Adviser, paid a courtesy call on the minister.",
            "Nora T. Queen Vale",
        ),
        ("The envoy met Foreign Minister Marta Hill Ocampo.", "Marta Hill Ocampo"),
        (
            "The Secretary held an audience with Foreign Minister of Peru Marta Hill Ocampo.",
            "Marta Hill Ocampo",
        ),
    ],
)
def test_place_noun_or_style_inside_a_titled_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Marta Ruiz Hill Station Road was closed.",
        "The minister thanked Ana Ruiz Palace Guards on Friday.",
    ],
)
def test_place_noun_inside_a_run_without_a_clause_end_stays_out(text: str) -> None:
    assert not any(n and ("Hill" in n or "Palace" in n) for n in _names(text))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("The Foreign Secretary also called on DFM Lev Orlov in the capital.", "Lev Orlov", "DFM"),
        ("The call was joined by NSA Ravi Menon and his deputy.", "Ravi Menon", "NSA"),
    ],
)
def test_abbreviated_office_before_a_name_is_no_name_word(text: str, name: str, title: str) -> None:
    found = [(m.name, m.titles) for m in find_mentions(text, offices=False)]
    assert (name, (title,)) in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The minister met Deputy Prime Minister Mullah Abdul Rahim Karimi in the capital.",
            "Abdul Rahim Karimi",
        ),
        ("He later met Mullah Karimi at the airport.", "Karimi"),
    ],
)
def test_a_clerics_rank_is_a_style_not_a_name_word(text: str, name: str) -> None:
    assert name in _names(text)
