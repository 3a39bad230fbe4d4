"""Every row of every rule table: its pattern reads its example; the table's probe yields the row's label.

Tables ship inside the language packs (``readoutlib.languages.<code>``); each row is one test case, so
a failing row is named by its table and its example.
"""

from __future__ import annotations

import warnings

import pytest

from readoutlib import languages
from readoutlib.errors import PluginWarning
from readoutlib.rules import DATA_FILES, Row, RuleError, Table, compile_rows, iter_tables, parse_table

#: The core's own tables outside the language packs: the segment stage's furniture.
CORE_PACKAGES = ("readoutlib.segment",)


def _packages() -> dict[str, str]:
    """Where each table-holding package is: the core's, then each installed language pack's."""
    found = {package: package for package in CORE_PACKAGES}
    for code in languages.language_codes():
        module = type(languages.language_pack(code)).__module__
        found[code] = module if module.count(".") >= 2 else module.rsplit(".", 1)[0]
    return found


def _tables() -> dict[str, list[Table]]:
    out: dict[str, list[Table]] = {}
    for owner, package in _packages().items():
        try:
            out[owner] = list(iter_tables(package))
        except (ModuleNotFoundError, TypeError, FileNotFoundError):  # a third-party pack in one module
            out[owner] = []
    return out


TABLES = _tables()


def _rows() -> list[tuple[Table, Row]]:
    return [(table, row) for tables in TABLES.values() for table in tables for row in table.rows]


ROWS = _rows()


def test_every_shipped_pack_and_the_segment_have_tables() -> None:
    """The segment's tables and each built-in pack's are found: the row test below never runs empty."""
    expected = {"readoutlib.segment", "en", "ja", "ru", "zh"}
    assert expected == {owner for owner, tables in TABLES.items() if tables} & expected


@pytest.mark.parametrize(
    ("table", "row"), ROWS, ids=[f"{t.name}:{r.label}:{r.example[:40]}" for t, r in ROWS] or None
)
def test_row_reads_its_example(table: Table, row: Row) -> None:
    """The row's pattern finds something in its example, and the probe yields the row's label (or expect)."""
    pattern = dict(zip((r.pattern for r in table.rows), (p for p, _ in table.compiled()), strict=True))[
        row.pattern
    ]
    assert pattern.search(row.example) is not None, f"{table.origin}: {row.pattern!r} misses {row.example!r}"
    probe = table.probe_function()
    if probe is not None:
        assert row.expected == probe(row.example)


TOY = """
[table]
name = "toy-kinds"
flags = "i"
probe = "readoutlib.rules:parse_table"

[[row]]
pattern = '\\bphone call\\b'
label = "phone_call"
example = "They held a phone call."
"""


def test_table_is_read_with_its_flags() -> None:
    """A table's rows, flags and probe are read as written."""
    table = parse_table(TOY, "toy.toml")
    expected = ("toy-kinds", ("phone_call",), True, "readoutlib.rules:parse_table")
    actual = (
        table.name,
        table.labels(),
        table.compiled()[0][0].search("A PHONE CALL") is not None,
        table.probe,
    )
    assert expected == actual


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (TOY.replace('label = "phone_call"', ""), "toy.toml row 1: 'label' must be a non-empty string"),
        (TOY.replace('flags = "i"', 'flags = "q"'), "toy.toml: flags must be letters among imsx"),
        (TOY.replace("[table]", "[tabel]"), "toy.toml: needs a [table] with a name"),
        (TOY + 'colour = "red"\n', "toy.toml row 1: unknown keys ['colour']"),
        (TOY.replace("[[row]]", "[[row]"), "toy.toml: not valid TOML"),
    ],
)
def test_bad_table_is_an_error_naming_file_and_row(text: str, message: str) -> None:
    """A malformed table or row is a RuleError naming the file and the row, never a silent miss."""
    with pytest.raises(RuleError) as caught:
        parse_table(text, "toy.toml")
    assert message == str(caught.value)[: len(message)]


def test_row_that_does_not_compile_is_an_error_naming_it() -> None:
    """A row whose pattern does not compile is a RuleError naming the file and the row, on first use."""
    table = parse_table(TOY.replace("\\bphone call\\b", "(phone"), "toy.toml")
    with pytest.raises(RuleError) as caught:
        table.compiled()
    expected = "toy.toml row 1 (phone_call): pattern does not compile"
    assert expected == str(caught.value)[: len(expected)]


def test_plugin_row_that_does_not_compile_is_a_warning() -> None:
    """A plugin's bad row is a PluginWarning naming the plugin; its other rows still work."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows = compile_rows([("(unclosed", "meeting"), (r"\bcall\b", "phone_call")], owner="format 'xx-test'")
    expected = (["phone_call"], [PluginWarning], True)
    actual = (
        [label for _, label in rows],
        [w.category for w in caught],
        str(caught[0].message).startswith("format 'xx-test': rule '(unclosed' does not compile"),
    )
    assert expected == actual


def test_pack_data_files_are_no_rule_tables() -> None:
    """The packs' data files (romanisation, function words, date words) are read by their own methods:
    the walk over rule tables passes them by, and it still finds every pack's rule tables."""
    data = {languages.ROMANISATION_FILE, languages.FUNCTION_WORDS_FILE, languages.DATE_WORDS_FILE}
    names = {table.name for table in iter_tables("readoutlib.languages")}
    assert (data <= DATA_FILES, "en-page-furniture" in names) == (True, True)
