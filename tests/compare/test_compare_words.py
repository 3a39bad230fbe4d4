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
