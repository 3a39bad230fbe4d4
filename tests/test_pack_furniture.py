"""Page furniture comes from the language packs: their rows are dropped on any page; the core spells none."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from readoutlib import languages
from readoutlib.errors import PluginWarning
from readoutlib.languages import LanguagePack
from readoutlib.rules import Table, parse_table
from readoutlib.segment.dump import split_text_dump
from readoutlib.segment.furniture import furniture_kind
from readoutlib.segment.vocabulary import FURNITURE, furniture_patterns

#: An invented language's pack, in a package of its own beside its ``page_furniture.toml``.
_PACK = '''
"""A toy pack of an invented language: only its page furniture matters here."""

from readoutlib.languages import LanguagePack


class ToyPack(LanguagePack):
    code = "tlh"
    name = "Toy"
    description = "A toy pack for the furniture tests."
'''

_TABLE = """
[table]
name = "tlh-page-furniture"
flags = "i"
probe = "readoutlib.segment.furniture:furniture_kind"

[[row]]
pattern = 'qaleghbej vighitlh\\b'
label = "boilerplate"
example = "Qaleghbej vIghItlh ghoS Daq wa'DIch naDev je."
note = "an invented share line"

[[row]]
pattern = 'ghitlh qel vighro\\b'
label = "footer"
example = "ghItlh qel vIghro' DaH je Qo'noS naDev ngeH."
"""

_LINES = [
    "Minister Holds Talks with Envoy",
    "",
    "The Minister held talks with the Envoy in the capital on Monday about trade and security.",
    "Qaleghbej vIghItlh ghoS Daq wa'DIch naDev je.",
    "The two sides agreed to meet again next year and to deepen their cooperation.",
    "ghItlh qel vIghro' DaH je Qo'noS naDev ngeH.",
    "Ruritania Avenue 1, Capital City, and the rest of the footer that runs on for a while.",
]


def _install(root: Path) -> None:
    """Install the toy pack as a distribution: a package with its furniture table, an entry point."""
    info = root / "readoutlib_lang_tlh-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: readoutlib-lang-tlh\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[{languages.ENTRY_POINT_GROUP}]\ntlh = toy_tlh_pack:ToyPack\n")
    package = root / "toy_tlh_pack"
    package.mkdir()
    (package / "__init__.py").write_text(_PACK, encoding="utf-8")
    (package / languages.FURNITURE_TABLE).write_text(_TABLE, encoding="utf-8")


def test_installed_pack_furniture_rows_are_dropped(installed: Path) -> None:
    """A pack's furniture rows (its page_furniture.toml) are dropped on a page once it is installed."""
    before = split_text_dump(_LINES).paragraphs
    _install(installed)
    languages.reset()
    after = split_text_dump(_LINES).paragraphs
    expected = (
        (
            "The Minister held talks with the Envoy in the capital on Monday about trade and security.",
            "Qaleghbej vIghItlh ghoS Daq wa'DIch naDev je.",
            "The two sides agreed to meet again next year and to deepen their cooperation.",
            "ghItlh qel vIghro' DaH je Qo'noS naDev ngeH.",
            "Ruritania Avenue 1, Capital City, and the rest of the footer that runs on for a while.",
        ),
        (
            "The Minister held talks with the Envoy in the capital on Monday about trade and security.",
            "The two sides agreed to meet again next year and to deepen their cooperation.",
        ),
    )
    assert expected == (before, after)


def test_installed_pack_table_is_read_by_the_probe(installed: Path) -> None:
    """The toy pack's table is the pack's one furniture table, and each example reads as its row's label."""
    _install(installed)
    languages.reset()
    tables = [table for code, table in languages.furniture_tables() if code == "tlh"]
    probe = furniture_kind
    actual = [
        (table.name, table.probe, [(r.label, probe(r.example)) for r in table.rows]) for table in tables
    ]
    expected = [
        (
            "tlh-page-furniture",
            "readoutlib.segment.furniture:furniture_kind",
            [("boilerplate", "boilerplate"), ("footer", "footer")],
        )
    ]
    assert expected == actual


_BAD_ROWS = """
[[row]]
pattern = '(?P<who>minister) shares'
label = "boilerplate"
example = "Minister shares"

[[row]]
pattern = '(?i)ghitlh'
label = "footer"
example = "ghItlh"

[[row]]
pattern = 'qa published on .{6,30}'
label = "republished-date"
example = "qa published on 3 May 2024"
"""


def _split_with(pack_class: type[LanguagePack]) -> tuple[list[warnings.WarningMessage], tuple[str, ...]]:
    """The warnings raised and the paragraphs kept when the invented lines are split with ``pack_class``
    registered (and unregistered after)."""
    pack = languages.register_language(pack_class)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            paragraphs = split_text_dump(_LINES).paragraphs
    finally:
        languages.unregister_language(pack.code)
    return caught, tuple(paragraphs)


class _BadRowsPack(LanguagePack):
    """A pack registered at run time whose furniture table has rows the segment stage cannot use."""

    code = "tlb"
    name = "Toy with bad rows"

    def furniture_tables(self) -> tuple[Table, ...]:
        """One table: a good boilerplate row, then rows of an unknown label, a named group where none
        is read, a global flag inside the pattern, and a republished-date row without its date."""
        text = _TABLE.replace('"footer"', '"sidebar"').replace("tlh-page", "tlb-page") + _BAD_ROWS
        return (parse_table(text, "toy/page_furniture.toml"),)


def test_unusable_furniture_rows_are_warnings_and_left_out() -> None:
    """Each pack row the stage cannot use is a PluginWarning naming the pack and the row; the rest work."""
    caught, paragraphs = _split_with(_BadRowsPack)
    where = "language pack 'tlb' (toy/page_furniture.toml) row"
    expected = (
        [
            f"{where} 2: unknown furniture label 'sidebar' (known: boilerplate, footer, attribution, "
            "site-notice, meta-label, headline-word, headline-mark, not-label, breadcrumb-start, not-place, "
            "outlet-place, republished-date); the row is left out",
            f"{where} 3: a boilerplate row takes no named group; the row is left out",
            f"{where} 4: pattern '(?i)ghitlh' does not compile: global flags not at the start of the "
            "expression at position 3; the row is left out",
            f"{where} 5: a republished-date row takes the one named group date; the row is left out",
        ],
        (
            "The Minister held talks with the Envoy in the capital on Monday about trade and security.",
            "The two sides agreed to meet again next year and to deepen their cooperation.",
            "ghItlh qel vIghro' DaH je Qo'noS naDev ngeH.",
            "Ruritania Avenue 1, Capital City, and the rest of the footer that runs on for a while.",
        ),
    )
    assert expected == ([str(w.message) for w in caught if w.category is PluginWarning], paragraphs)


class _BrokenTablePack(LanguagePack):
    """A pack registered at run time whose furniture table is malformed."""

    code = "tlx"
    name = "Toy with a broken table"

    def furniture_tables(self) -> tuple[Table, ...]:
        """A table with no rows: ``parse_table`` raises."""
        return (parse_table('[table]\nname = "tlx-page-furniture"\n', "toy/page_furniture.toml"),)


def test_pack_whose_furniture_fails_to_load_is_a_warning() -> None:
    """A pack whose furniture tables raise adds none, with a PluginWarning naming it; pages still split."""
    caught, paragraphs = _split_with(_BrokenTablePack)
    expected = (
        [
            "language pack 'tlx': its page furniture is left out: RuleError: toy/page_furniture.toml: "
            "needs at least one [[row]]"
        ],
        (
            "The Minister held talks with the Envoy in the capital on Monday about trade and security.",
            "Qaleghbej vIghItlh ghoS Daq wa'DIch naDev je.",
            "The two sides agreed to meet again next year and to deepen their cooperation.",
            "ghItlh qel vIghro' DaH je Qo'noS naDev ngeH.",
            "Ruritania Avenue 1, Capital City, and the rest of the footer that runs on for a while.",
        ),
    )
    assert expected == ([str(w.message) for w in caught if w.category is PluginWarning], paragraphs)


def test_unregistered_pack_rows_are_no_longer_furniture() -> None:
    """Once the pack is unregistered its rows are gone from the segment stage's patterns."""
    pack = languages.register_language(_BadRowsPack)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PluginWarning)
            registered = "qaleghbej vighitlh\\b" in furniture_patterns().boilerplate
    finally:
        languages.unregister_language(pack.code)
    expected = (True, False)
    assert expected == (registered, "qaleghbej vighitlh\\b" in furniture_patterns().boilerplate)


def _words(pattern: str) -> list[str]:
    """The runs of two letters or more a pattern spells, once escapes (\\s, \\w) and inline flags are gone."""
    bare = re.sub(r"\\[A-Za-z]|\(\?[A-Za-z-]+[:)]", " ", pattern)
    return re.findall(r"[^\W\d_]{2,}", bare)


def test_core_furniture_rows_spell_no_word() -> None:
    """The core's furniture.toml keeps only marks and shapes: no pattern spells a word of any language."""
    expected: list[tuple[str, list[str]]] = []
    assert expected == [(row.example, _words(row.pattern)) for row in FURNITURE.rows if _words(row.pattern)]


def test_builtin_packs_give_the_words_the_core_table_had() -> None:
    """Each built-in pack gives its furniture table, with the rows of its own language."""
    expected = {
        "en": ("en-page-furniture", 111),
        "ja": ("ja-page-furniture", 5),
        "ru": ("ru-page-furniture", 3),
        "zh": ("zh-page-furniture", 9),
    }
    actual = {
        code: (table.name, len(table.rows))
        for code, table in languages.furniture_tables()
        if code in expected
    }
    assert expected == actual
