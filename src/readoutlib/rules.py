"""Rule tables: vocabulary and phrasing as rows a reader can find, test and delete.

A rule is a row, not a branch inside a loop. Each table is a TOML file that ships with the code that
reads it (a language pack's ``kinds.toml``, ``verbs.toml``)::

    [table]
    name = "event-kinds"
    description = "What kind of event a title or opening sentence reports."
    flags = "i"                                   # re flags: i (IGNORECASE), m, s, x
    probe = "readoutlib.languages.en:kind_of"      # optional: text -> label, run on every example

    [[row]]
    pattern = '\\bphone call\\b'
    label = "phone_call"
    example = "The two ministers held a phone call on Monday."
    # expect = "phone_call"   (optional: what the probe yields on the example, when not ``label``)

Every row's keys are validated when its table loads; its pattern is compiled when the table's
patterns are first used (compiling some five hundred rows up front cost a fresh process a tenth of a
second), and a pattern that does not compile is then a ``RuleError`` naming the file and the row,
never a silent miss (spaCy's pattern validation is the model). ``tests/test_rule_rows.py`` compiles
every row of every table, so a bad row fails the tests before it ships. Rows a
plugin adds go through :func:`compile_rows`, which turns a bad row into a ``PluginWarning`` naming
the plugin and drops that row only. ``tests/test_rule_rows.py`` runs every row of every table: the
pattern finds something in its example, and the table's probe, where it has one, yields what the
row says.
"""

from __future__ import annotations

import importlib
import re
import tomllib
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from importlib import resources

import attrs

from .errors import PluginWarning

__all__ = [
    "Row",
    "RuleError",
    "Table",
    "compile_rows",
    "first_letter_alternation",
    "iter_tables",
    "load_table",
    "parse_table",
]

_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}


class RuleError(ValueError):
    """A rule table or row is malformed: the message names the file and the row."""


@attrs.frozen
class Row:
    """One rule: a pattern, what it yields, and an example sentence it must read.

    Attributes:
        pattern: regular-expression source.
        label: what the row yields (an event kind, a genre, "verb").
        example: a sentence, in our own words, that the row is for.
        expect: what the table's probe yields on ``example``, when that is not ``label`` (a row that
            only contributes to a larger reading, or one that a row before it must win over).
        note: why the row exists, for a reader.
    """

    pattern: str
    label: str
    example: str
    expect: str | None = None
    note: str | None = None

    @property
    def expected(self) -> str:
        """What the probe must yield on the example."""
        return self.label if self.expect is None else self.expect


@attrs.frozen
class Table:
    """A validated rule table.

    Attributes:
        name: the table's name ("event-kinds").
        origin: where it was read from ("readoutlib.languages.en/kinds.toml").
        rows: the rows, in file order (order matters where the first match wins).
        flags: the ``re`` flags every pattern is compiled with.
        probe: dotted path ``module:function`` of a function ``text -> label`` that the row test runs
            on each example, or None.
        description: what the table is for.
    """

    name: str
    origin: str
    rows: tuple[Row, ...]
    flags: int = 0
    probe: str | None = None
    description: str = ""

    def compiled(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        """``(pattern, label)`` for every row, compiled once per table.

        Raises:
            RuleError: a row's pattern does not compile (the message names the file and the row).
        """
        return _compile_table(self)

    def labels(self) -> tuple[str, ...]:
        """The distinct labels, in first-seen order."""
        return tuple(dict.fromkeys(row.label for row in self.rows))

    def alternation(self, label: str | None = None) -> str:
        """One regex source matching any row's pattern (of one ``label``, if given)."""
        parts = [row.pattern for row in self.rows if label is None or row.label == label]
        return "|".join(f"(?:{p})" for p in parts) if parts else "(?!)"

    def probe_function(self) -> Callable[[str], object] | None:
        """The probe, imported; None when the table has none."""
        if not self.probe:
            return None
        module, _, name = self.probe.partition(":")
        function: Callable[[str], object] = getattr(importlib.import_module(module), name)
        return function


def _compile_row(table: Table, index: int, row: Row) -> re.Pattern[str]:
    try:
        return re.compile(row.pattern, table.flags)
    except re.error as exc:
        where = f"{table.origin} row {index + 1} ({row.label})"
        raise RuleError(f"{where}: pattern does not compile: {exc}") from None


@cache
def _compile_table(table: Table) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((_compile_row(table, i, row), row.label) for i, row in enumerate(table.rows))


def _flags(spec: object, origin: str) -> int:
    if not isinstance(spec, str) or any(ch not in _FLAGS for ch in spec):
        raise RuleError(f"{origin}: flags must be letters among {''.join(_FLAGS)}, not {spec!r}")
    value = 0
    for ch in spec:
        value |= _FLAGS[ch]
    return value


def _row(data: object, origin: str, index: int) -> Row:
    where = f"{origin} row {index + 1}"
    if not isinstance(data, dict):
        raise RuleError(f"{where}: a row is a table of keys")
    unknown = set(data) - {"pattern", "label", "example", "expect", "note"}
    if unknown:
        raise RuleError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("pattern", "label", "example"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise RuleError(f"{where}: {key!r} must be a non-empty string")
    for key in ("expect", "note"):
        if key in data and not isinstance(data[key], str):
            raise RuleError(f"{where}: {key!r} must be a string")
    return Row(data["pattern"], data["label"], data["example"], data.get("expect"), data.get("note"))


def parse_table(text: str, origin: str) -> Table:
    """Validate a table's TOML text (its patterns compile on first use: ``Table.compiled``).

    Raises:
        RuleError: the TOML is malformed or a row's keys are missing or of the wrong type.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{origin}: not valid TOML: {exc}") from None
    head = data.get("table")
    if not isinstance(head, dict) or not isinstance(head.get("name"), str):
        raise RuleError(f"{origin}: needs a [table] with a name")
    flags = _flags(head.get("flags", ""), origin)
    rows = data.get("row", [])
    if not isinstance(rows, list) or not rows:
        raise RuleError(f"{origin}: needs at least one [[row]]")
    probe = head.get("probe")
    if probe is not None and (not isinstance(probe, str) or ":" not in probe):
        raise RuleError(f"{origin}: probe must be 'module:function'")
    return Table(
        name=head["name"],
        origin=origin,
        rows=tuple(_row(row, origin, i) for i, row in enumerate(rows)),
        flags=flags,
        probe=probe,
        description=str(head.get("description", "")),
    )


@cache
def load_table(package: str, filename: str) -> Table:
    """Load and validate a table shipped inside ``package`` (read once per process).

    Raises:
        RuleError: see :func:`parse_table`.
    """
    text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    return parse_table(text, f"{package}/{filename}")


def iter_tables(package: str) -> Iterator[Table]:
    """Every ``*.toml`` table in ``package`` and its subpackages, sorted by file name."""
    root = resources.files(package)
    stack = [(root, package)]
    while stack:
        folder, dotted = stack.pop()
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir() and (entry / "__init__.py").is_file():
                stack.append((entry, f"{dotted}.{entry.name}"))
            elif entry.name.endswith(".toml"):
                yield load_table(dotted, entry.name)


def compile_rows(
    rows: Iterable[str | tuple[str, str]], *, owner: str, flags: int = 0
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compile rows a plugin declares (patterns, or ``(pattern, label)`` pairs).

    A row that does not compile is a ``PluginWarning`` naming ``owner`` and the row; the other rows
    still work.
    """
    out: list[tuple[re.Pattern[str], str]] = []
    for row in rows:
        pattern, label = (row, "") if isinstance(row, str) else row
        try:
            out.append((re.compile(pattern, flags), label))
        except (re.error, TypeError) as exc:
            warnings.warn(
                f"{owner}: rule {pattern!r} does not compile and is ignored: {exc}",
                PluginWarning,
                stacklevel=2,
            )
    return tuple(out)


def first_letter_alternation(sources: Sequence[str]) -> str:
    """Regex source matching what ``"|".join(sources)`` matches, its alternatives grouped by first letter.

    ``said|stated|told`` becomes ``s(?:aid|tated)|t(?:old)``: at each position the engine tries the
    one group of the letter there instead of every alternative, which counts where a list has
    hundreds of phrases (reporting verbs, country names). Each source is one alternative (an
    escaped phrase, no top-level ``|``). The order within a group is kept, and an alternative with
    another first letter cannot match where a group's letter stands, so the match is the flat
    list's. Where that is not assured (a source that does not start with an ASCII letter or digit
    standing for itself, or two first letters that differ only in case, which a case-insensitive
    pattern would try both of), the flat alternation is returned.
    """
    firsts = {source[:1] for source in sources}
    literal = all(
        first.isascii() and first.isalnum() and source[1:2] not in ("*", "+", "?", "{")
        for source in sources
        for first in (source[:1],)
    )
    if not literal or len({first.lower() for first in firsts}) < len(firsts):
        return "|".join(sources)
    groups: dict[str, list[str]] = {}
    for source in sources:
        groups.setdefault(source[0], []).append(source[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
