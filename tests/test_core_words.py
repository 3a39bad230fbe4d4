"""The core's segment stage holds no English label words: they are rows of the English pack."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import readoutlib
from tests.source_literals import literals as module_literals

_SRC = Path(readoutlib.__file__).parent

#: Words the header labels, site-notice verbs and mirror footers used to spell in the core; each is
#: now a row of ``languages/en/header_labels.toml``. The furniture words ("said", "she": a reporting
#: clause is no label; "you are here", "首页": a breadcrumb's start; "until": no dateline's place; "this
#: content": a mirror's dated footer) are rows of the packs' ``page_furniture.toml``. The Cyrillic
#: letters and their Latin ones (compare/persons.py) are the Russian pack's ``romanisation.toml``, the
#: English function words (analysis/language.py) the English pack's ``function_words.toml``, the
#: Russian case endings (analysis/countries.py) the Russian pack's ``name_forms`` and the aliases and
#: abbreviations readouts print (ibid.) the packs' ``country_names.toml``, the Russian "ё" read as "е"
#: (ibid.) the Russian pack's ``spellings.toml`` (and its ``lemma``, compare/words.py, which no longer
#: names the packs' tables but reads every installed pack's ``compare_words.toml``), the month words,
#: day ordinals, "of" and time marks (dates.py, segment/datelines.py) the English pack's
#: ``date_words.toml``. The marks around another language's month word ("1er", "5-го … года", "3 de
#: mayo de"), the numerals, date shapes and era names of Chinese and Japanese dates and the Mongolian
#: date line (dates.py) are the date_words.toml rows of the French, Russian, Japanese and Chinese
#: packs and of ``languages/unpacked_date_words.toml``.
_MOVED = {
    "segment/vocabulary.py": (
        "published",
        "posted",
        "last updated",
        "release date",
        "tues",
        "thurs",
        "telephoned",
        "public release",
    ),
    "segment/dump.py": ("source", "issued", "issuer", "this content"),
    "segment/datelines.py": ("published", "posted", "tues", "until", "during", "the", "st", "rd", "pm"),
    "segment/furniture.py": ("published", "telephoned", "public release", "said", "added", "she"),
    "segment/lines.py": ("homepage", "main page", "you are here", "首页", "当前位置"),
    "segment/top.py": ("photo", "courtesy", "left"),
    "compare/persons.py": ("щ", "shch", "х", "kh"),
    "compare/words.py": ("ё", "А-Я", "en/compare_words.toml", "ru/compare_words.toml"),
    "analysis/language.py": ("the", "which", "were"),
    "analysis/countries.py": (
        *("ому", "ством", "ами", "США", "米国", "俄联邦", "Britain", "zh_Hant"),
        *("United Nations", "African Union", "kremlin", "downing street", "ё"),
    ),
    "dates.py": (
        *("january", "sept", "dec", "of", "nd", "th"),
        *("er", r"de\\s", "º", "го", "года", "г", "оны", "сарын", "дугаар"),
        *("昭和", "平成", "令和", "元", "年", "月", "日", "〇", "十"),
    ),
}


@pytest.mark.parametrize("module", sorted(_MOVED))
def test_core_module_spells_no_moved_word(module: str) -> None:
    """No string in the module's code spells a word that moved to the English pack's tables."""
    literals = module_literals(_SRC / module)
    expected: list[str] = []
    actual = sorted(
        {word for word in _MOVED[module] for text in literals if re.search(rf"\b{word}\b", text, re.I)}
    )
    assert expected == actual


def test_core_sides_table_spells_no_demonym() -> None:
    """The core's table of sides holds codes only: their English demonyms are the English pack's."""
    rows = [line for line in (_SRC / "analysis" / "sides.tsv").read_text(encoding="utf-8").splitlines()]
    expected: list[str] = []
    actual = [row for row in rows if row and not row.startswith("#") and not re.fullmatch(r"[A-Z]{2}", row)]
    assert expected == actual
    assert not (_SRC / "analysis" / "demonyms.tsv").exists()


#: Words of a language no core module may spell in its code (docstrings and comments aside): month
#: and weekday names, Cyrillic letters of a romanisation, era names and the date marks of Chinese,
#: Japanese, Russian and Mongolian dates. A module that needs such words reads them
#: from the language packs. (The core's messages are English prose, so function words are not here:
#: ``_MOVED`` keeps them out of the language stage.)
_LANGUAGE_WORDS = (
    *("january", "february", "april", "june", "july", "august", "september", "october", "november"),
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("щ", "ъ", "ю", "shch"),
    *("昭和", "平成", "令和", "年", "月", "日", "года", "сарын"),
)


def _core_modules() -> list[str]:
    return sorted(
        str(path.relative_to(_SRC))
        for path in _SRC.rglob("*.py")
        if "languages" not in path.relative_to(_SRC).parts
    )


@pytest.mark.parametrize("module", _core_modules())
def test_no_core_module_spells_a_language_word(module: str) -> None:
    """No core module outside the language packs spells a month, a weekday or a letter of the Russian
    romanisation: each is a language pack's data."""
    literals = module_literals(_SRC / module)
    expected: list[str] = []
    actual = sorted(
        {
            word
            for word in _LANGUAGE_WORDS
            for text in literals
            if re.search(rf"(?<!\w){word}(?!\w)", text, re.I)
        }
    )
    assert expected == actual


@pytest.mark.parametrize("module", _core_modules())
def test_core_module_imports_no_language_pack(module: str) -> None:
    """No core module imports a language pack by name (``readoutlib.languages.<code>``): each asks
    the packs through the ``LanguagePack`` API, so a third party's pack is read the same way."""
    tree = ast.parse((_SRC / module).read_text(encoding="utf-8"))
    imported = [
        f"{'.' * node.level}{node.module or ''}:{','.join(a.name for a in node.names)}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    ]
    imported += [a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names]
    expected: list[str] = []
    actual = [
        name
        for name in imported
        if re.search(r"languages\.(?!packtables\b)[a-z]{2}\b|languages:[a-z]{2}\b", name)
    ]
    assert expected == actual
