"""Tests for the country, demonym and organisation lookups."""

from __future__ import annotations

import re

import pytest

from readoutlib.analysis.countries import (
    COUNTRY_PATTERN,
    DEMONYM_PATTERN,
    SIDE_CODES,
    country_from_abbreviation,
    country_from_demonym,
    country_from_name,
    state_of_word,
)


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Russian", "RU"),
        ("Australian", "AU"),
        ("US", "US"),
        ("U.S.", "US"),
        ("British", "GB"),
        ("Turkish", "TR"),
        ("EU", "EU"),
        ("Japan", "JP"),
    ],
)
def test_demonym_gives_code(word: str, code: str) -> None:
    """A demonym or attributive country word maps to its ISO or organisation code."""
    assert code == country_from_demonym(word)


def test_lowercase_us_is_a_pronoun() -> None:
    """The pronoun "us" is never read as the United States."""
    expected = None
    assert expected == country_from_demonym("us")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russia", "RU"),
        ("the Russian Federation", "RU"),
        ("United Nations", "UN"),
        ("the European Union", "EU"),
        ("Türkiye", "TR"),
        ("the U.S.'s", "US"),
        ("Canada’s", "CA"),
        ("the Republic of Korea", "KR"),
        ("Association of Southeast Asian Nations", "ASEAN"),
    ],
)
def test_name_gives_code(name: str, code: str) -> None:
    """Country and organisation names, with "the" or a possessive, map to their code."""
    assert code == country_from_name(name)


def test_unknown_name_is_none() -> None:
    """A word that names no country gives None."""
    expected = None
    assert expected == country_from_name("Springfield")


def test_demonym_pattern_finds_adjectives_only_as_whole_words() -> None:
    """The demonym pattern matches whole words, longest first, and not lowercase pronouns."""
    text = "The Canadian envoy met U.S. and South Korean officials; let us see the Canadians."
    expected = ["Canadian", "U.S.", "South Korean"]
    assert expected == re.findall(DEMONYM_PATTERN, text)


def test_country_pattern_finds_names() -> None:
    """The country pattern matches names inside hyphenated pairs and before a possessive."""
    text = "Talks on Brazil-Argentina trade and Kenya's role, not Brazilian coffee."
    expected = ["Brazil", "Argentina", "Kenya"]
    assert expected == re.findall(COUNTRY_PATTERN, text)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kosovo", "XK"),
        ("Burma", "MM"),
        ("Cote d'Ivoire", "CI"),
        ("Turkiye", "TR"),
        ("the Democratic Republic of the Congo", "CD"),
        ("Republic of Moldova", "MD"),
        ("St Lucia", "LC"),
        ("Saint Vincent and the Grenadines", "VC"),
        ("Hong Kong", "HK"),
    ],
)
def test_library_names_in_the_forms_readouts_print(name: str, code: str) -> None:
    """pycountry's and babel's names are read reordered, without brackets or accents, 'St' spelt out."""
    assert code == country_from_name(name)


@pytest.mark.parametrize(
    ("name", "language", "code"),
    [
        ("俄罗斯", "zh", "RU"),
        ("俄羅斯", "zh", "RU"),
        ("美利坚合众国", "zh", "US"),
        ("联合国", "zh", "UN"),
        ("ロシア", "ja", "RU"),
        ("米国", "ja", "US"),
        ("Россия", "ru", "RU"),
        ("России", "ru", "RU"),
        ("Россией", "ru", "RU"),
        ("Российской Федерации", "ru", "RU"),
        ("Соединённых Штатов Америки", "ru", "US"),
        ("Соединенным Штатам", "ru", "US"),
        ("Республики Корея", "ru", "KR"),
        ("Китаем", "ru", "CN"),
        ("Казахстане", "ru", "KZ"),
        ("Объединенных Арабских Эмиратов", "ru", "AE"),
        ("США", "ru", "US"),
        ("Франция", "fr", None),
        ("France", "fr", "FR"),
    ],
)
def test_names_in_the_languages_we_read(name: str, language: str, code: str | None) -> None:
    """Names in Chinese (both scripts), Japanese and Russian (oblique cases too) map to their code."""
    assert code == country_from_name(name, language)


def test_a_name_two_countries_share_names_neither() -> None:
    """'刚果' is babel's short name of both Congos once the bracket is cut, so it gives no code."""
    assert None is country_from_name("刚果", "zh")


def test_unknown_language_is_a_clear_error() -> None:
    """A language with no country names raises ValueError naming it."""
    with pytest.raises(ValueError, match="no country names for language 'xx'"):
        country_from_name("Frankreich", "xx")


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [("米", "ja", "US"), ("露", "ja", "RU"), ("俄", "zh", "RU"), ("米", "zh", None)],
)
def test_one_character_abbreviations(text: str, language: str, code: str | None) -> None:
    """The one-character country abbreviations of Japanese and Chinese."""
    assert code == country_from_abbreviation(text, language)


def test_japanese_names() -> None:
    """Japanese names come from babel's Japanese territory names and our aliases."""
    expected = ("CA", "US", "DE", None)
    actual = tuple(country_from_name(name, "ja") for name in ("カナダ", "米国", "ドイツ", "米"))
    assert expected == actual


def test_country_pattern_reads_the_libraries_names_only_for_sides() -> None:
    """New Jersey is no country: territories that are not sides (Jersey) stay out of the pattern."""
    text = "The Governor of New Jersey met the Ambassador of the Republic of Moldova and Kosovo."
    expected = ["Republic of Moldova", "Kosovo"]
    assert expected == re.findall(COUNTRY_PATTERN, text)


def test_every_english_name_babel_gives_a_side_is_read() -> None:
    """English names come from pycountry and our aliases: each of babel's English names of a side reads."""
    from babel import Locale

    territories = Locale("en").territories
    unread = {}
    for code in sorted(SIDE_CODES):
        name = territories.get(code, "")
        if " SAR " in name or " - " in name:
            continue  # the forms no one prints: "Hong Kong SAR China", "Congo - Kinshasa"
        plain = re.sub(r"\s*\(.*\)", "", name).replace(" & ", " and ")
        if name and country_from_name(plain) != code:
            unread[code] = name
    expected: dict[str, str] = {}
    assert expected == unread


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Australia", "AU"),
        ("Australian", "AU"),
        ("African Union", None),
        ("AU", None),
        ("U.N.", None),
        ("Korean", "KR"),
    ],
)
def test_state_of_word_tells_a_state_from_a_body_of_its_code(word: str, code: str | None) -> None:
    """Australia and the African Union share "AU": only the state's words are a state's."""
    assert state_of_word(word) == code
