"""Issue #14: the searches for one principal's name compile no pattern per name.

``participants._demonym_before`` (a demonym a few words before a name) and ``sides.private_person``
(a private role described before a surname) built a regular expression around each principal's name
on every page: on a corpus of new pages ``re``'s cache keeps none of them, and compiling them cost
more than searching. One pattern per name length (the name read off the front of the string by a
back-reference) and a ``str.find`` loop now answer what those patterns answered; the properties
below check the answers against the patterns they replace, on texts drawn around invented names.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutlib.languages.en import participants, sides
from readoutlib.languages.en.participants import Principal, _demonym_before, _demonym_then
from readoutlib.languages.en.sides import private_person
from readoutlib.languages.en.text import word_starts

# Pieces that lie on both sides of the patterns' edges: hyphens and underscores glued to a word,
# accented and non-Latin letters and digits (word characters to ``\w``), apostrophes, commas.
_PIECES = [
    "Varga",
    "Varga-Lind",
    "Lind",
    "_Lind",
    "Lind2",
    "Líndé",
    "Ολα",
    "Freedonian",
    "Sylvanian",
    "British",
    "Prime",
    "minister",
    "Minister",
    "President",
    "and",
    "with",
    "of",
    "Embassy's",
    "Embassy’s",
    "Chargé",
    "d'affaires",
    "newVice",
    "the",
    "businessman",
    "investor",
    "an",
    "American",
    ",",
    ".",
    "-",
    "'",
    "",
]
_GAPS = [" ", "  ", "", ", ", "\n", "-"]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_PIECES), max_size=14))
    gaps = draw(st.lists(st.sampled_from(_GAPS), min_size=len(words), max_size=len(words)))
    return "".join(w + g for w, g in zip(words, gaps, strict=True))


_NAMES = st.sampled_from(["Lind", "Varga", "Varga-Lind", "Ana Lind", "Ολα", "Líndé", "d'affaires", "-", "_"])


@settings(max_examples=400, deadline=None)
@given(_texts(), _NAMES)
def test_word_starts_finds_what_the_per_word_pattern_found(text: str, word: str) -> None:
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    assert word_starts(text, word) == [m.start() for m in pattern.finditer(text)]


def test_word_starts_by_example() -> None:
    text = "Lind met Varga-Lind, then _Lind and Lind2; Lind."
    assert word_starts(text, "Lind") == [0, 43]
    assert word_starts("LindLind Lind", "Lind") == [9]
    assert word_starts("", "Lind") == []


def _old_then(name: str) -> re.Pattern[str]:
    """The pattern ``_demonym_before`` compiled for each name before issue #14's change."""
    mission = participants._MISSION_POSSESSIVE
    return re.compile(
        rf"\s+{mission}?(?:(?!(?:and|with|of|to|for)\s|[\w-]*(?-i:[a-z][A-Z]))[A-Za-z][\w-]*"
        rf"(?:['’]\w+)?(?:,(?=\s+{re.escape(name)}\b))?\s+){{0,3}}?{re.escape(name)}\b"
    )


@settings(max_examples=600, deadline=None)
@given(_texts(), _texts(), _NAMES)
def test_one_pattern_per_name_length_answers_as_the_name_pattern_did(
    before: str, after: str, name: str
) -> None:
    text = before + after
    for pos in range(len(text) + 1):
        old = _old_then(name).match(text, pos)
        new = _demonym_then(len(name)).match(name + text[pos:])
        assert (old is None) == (new is None), (text, pos)
        if old is not None and new is not None:
            assert old.end() - pos == new.end() - len(name)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The British Prime minister Ana Lind spoke.", "GB"),
        ("The Norwegian Embassy's Chargé d'affaires Ana Lind spoke.", "NO"),
        ("Talks with the French President, Ana Lind, ended.", "FR"),
        ("The French and British leaders met; Ana Lind spoke.", None),
        ("The German delegation and Ana Lind met.", None),
    ],
)
def test_a_demonym_before_the_name_still_gives_its_country(text: str, country: str | None) -> None:
    assert _demonym_before(Principal("Ana Lind", [], None), [text]) == country


def test_new_names_compile_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["The Freedonian Prime minister Ana Lind met Tom Berg, an investor from Sylvania."]
    _demonym_before(Principal("Ana Lind", [], None), texts)  # this length's one pattern, compiled once
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    for name in ("Ana Ruiz", "Ben Vold", "Cy Laine"):  # names of the length already compiled
        _demonym_before(Principal(name, [], None), texts)
        private_person(f"Tom {name.split()[1]}", texts)
    assert private_person("Tom Berg", texts)
    assert compiled == []
    assert sides.word_starts is word_starts
