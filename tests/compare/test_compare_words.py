"""The comparison spells no English word list: its words are rows of the English pack's table."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

import readoutlib
from readoutlib.compare import align, persons, subjects
from readoutlib.compare.words import words
from tests.source_literals import literals as module_literals

_COMPARE = Path(readoutlib.__file__).parent / "compare"

#: Words the comparison's modules used to spell in their code, each now in a row of
#: ``languages/en/compare_words.toml``: one of each list or pattern that moved.
_MOVED = (
    "american",  # frame word
    "commencing",  # event word
    "whose",  # function word
    "situation",  # filler
    "commitment",  # position
    "follows",  # announces
    "taoiseach",  # office word
    "teleconference",  # video
    "ransomware",  # subject: cyber
)


@pytest.mark.parametrize("module", sorted(p.name for p in _COMPARE.glob("*.py")))
def test_compare_module_spells_no_moved_word(module: str) -> None:
    """No string in the module's code spells a word that moved to the English pack's table."""
    literals = module_literals(_COMPARE / module)
    expected: list[str] = []
    actual = sorted({word for word in _MOVED for text in literals if re.search(rf"\b{word}\b", text, re.I)})
    assert expected == actual


def test_the_comparison_reads_the_pack_rows() -> None:
    """The word lists, patterns and subjects the comparison reads come from the table's rows, as written."""
    expected = (True, True, True, True, False, True, frozenset({"#cyber", "#diplomacy"}))
    actual = (
        words("function word") == align.FUNCTION_WORDS and "whose" in align.FUNCTION_WORDS,
        "taoiseach" in persons.OFFICE_WORDS,
        bool(align.POSITION.search("They stressed THE NEED TO act.")),
        bool(align.FIRST_PERSON.search("We met him.")),
        bool(align.FIRST_PERSON.search("i met him.")),
        bool(importlib.import_module("readoutlib.compare.pair")._VIDEO.search("Virtual Meeting")),
        subjects.subjects_of("a separate dialogue on ransomware"),
    )
    assert expected == actual


#: The comparison's modules that read a language only through ``readoutlib.languages.compare_words``
#: (``persons.py``, the pairing's name matching, still reads the English pack's name functions);
#: ``languages.packtables``, the table reader every pack shares, is no pack.
_PACK_FREE = ("__init__.py", "agenda.py", "align.py", "evidence.py", "subjects.py", "vectors.py", "words.py")
_PACK_IMPORT = re.compile(r"^\s*(?:from|import)\s+(?:\.\.|readoutlib\.)languages\.(?!packtables\b)\w+", re.M)


@pytest.mark.parametrize("module", _PACK_FREE)
def test_alignment_module_imports_no_language_pack(module: str) -> None:
    """The alignment's modules import no language pack: the packs' words and grammar reach them
    through the pack API (``LanguagePack.compare_words``), and the English lexicon's topic verbs,
    reporting verbs and sentence abbreviations are the English pack's ``compare_words()``."""
    source = (_COMPARE / module).read_text(encoding="utf-8")
    expected: list[str] = []
    actual = _PACK_IMPORT.findall(source)
    assert expected == actual


def test_the_packs_give_the_comparison_their_grammar() -> None:
    """Through ``compare_words()`` the English pack gives its table, the words of who spoke how, the
    topic-verb and reported-clause patterns and the splitter's abbreviations; the Russian pack its
    script, lemmas and country spans; the Chinese pack a script written without spaces."""
    from readoutlib.languages import compare_words

    packs = dict(compare_words())
    english, russian, chinese = packs["en"], packs["ru"], packs["zh"]
    expected = (True, True, True, True, True, "отношение", True, True, True)
    actual = (
        english.table is not None and any(row.label == "filler" for row in english.table.rows),
        "reiterated" in english.point_words and "counterpart" in english.point_words,
        bool(re.search(english.topic, "They held a call today to discuss trade.", re.I)),
        bool(re.search(english.reported, "It was agreed that talks go on.", re.I)),
        "u.s" in english.abbreviations or "mr" in english.abbreviations,
        russian.lemma("отношений") if russian.lemma else None,
        russian.country_spans is not None and bool(russian.country_spans("с Украиной")),
        chinese.spaceless and not english.spaceless,
        bool(align.TOPIC.search("spoke today with the Prime Minister about trade")),
    )
    assert expected == actual
