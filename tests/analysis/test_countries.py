"""Tests for the country, demonym and organisation lookups."""

from __future__ import annotations

import re

import pytest

from readoutlib.analysis.countries import (
    COUNTRY_PATTERN,
    DEMONYM_PATTERN,
    country_from_demonym,
    country_from_name,
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
