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

import datetime as dt
import importlib
import re
import re._constants as sre  # type: ignore[import-not-found]  # the parser re itself uses (no stubs)
import re._parser as sre_parse  # type: ignore[import-not-found]
import sys
import threading
import tomllib
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import attrs

from .errors import PluginWarning

__all__ = [
    "DATA_FILES",
    "Gated",
    "GatedAlternation",
    "GatedRows",
    "Row",
    "RuleError",
    "Table",
    "clear_text_index",
    "compile_rows",
    "first_character_gate",
    "first_letter_alternation",
    "first_letter_branches",
    "iter_tables",
    "lead_gated",
    "load_table",
    "parse_table",
    "required_words",
    "table_rows",
]

_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}


class RuleError(ValueError):
    """A rule table or row is malformed: the message names the file and the row."""


@attrs.frozen(cache_hash=True)  # a table is hashed each time its compiled rows are looked up
class Row:
    """One rule: a pattern, what it yields, and an example sentence it must read.

    Attributes:
        pattern: regular-expression source.
        label: what the row yields (an event kind, a genre, "verb").
        example: a sentence, in our own words, that the row is for.
        expect: what the table's probe yields on ``example``, when that is not ``label`` (a row that
            only contributes to a larger reading, or one that a row before it must win over).
        note: why the row exists, for a reader.
        since: the first day the row's fact holds (a leader's term of office), where it has one.
        until: the day the row's fact ends (the term's last day, or the successor's first), where it has
            ended.
    """

    pattern: str
    label: str
    example: str
    expect: str | None = None
    note: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        """Whether the row's fact holds on ``day``: inside its span (a row with none always holds)."""
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)

    @property
    def expected(self) -> str:
        """What the probe must yield on the example."""
        return self.label if self.expect is None else self.expect


@attrs.frozen(cache_hash=True)  # ``compiled`` looks the table up by its hash: worked out once
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
    unknown = set(data) - {"pattern", "label", "example", "expect", "note", "since", "until"}
    if unknown:
        raise RuleError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("pattern", "label", "example"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise RuleError(f"{where}: {key!r} must be a non-empty string")
    for key in ("expect", "note"):
        if key in data and not isinstance(data[key], str):
            raise RuleError(f"{where}: {key!r} must be a string")
    for key in ("since", "until"):
        # a TOML date (1999-02-07), not a string or a date with a time
        if key in data and (not isinstance(data[key], dt.date) or isinstance(data[key], dt.datetime)):
            raise RuleError(f"{where}: {key!r} must be a date (YYYY-MM-DD)")
    since, until = data.get("since"), data.get("until")
    if since is not None and until is not None and until < since:
        raise RuleError(f"{where}: 'until' {until} is before 'since' {since}")
    return Row(
        data["pattern"], data["label"], data["example"], data.get("expect"), data.get("note"), since, until
    )


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


#: The TOML files a language pack ships beside its rule tables that are data, not rule tables (read by
#: ``readoutlib.languages.LanguagePack``'s methods of the same names, and by the core's country lookup):
#: ``iter_tables`` passes them by.
DATA_FILES = frozenset(
    {
        "romanisation.toml",
        "function_words.toml",
        "date_words.toml",
        "unpacked_date_words.toml",
        "spellings.toml",
        "country_names.toml",
    }
)


def iter_tables(package: str) -> Iterator[Table]:
    """Every ``*.toml`` table in ``package`` and its subpackages, sorted by file name (a language
    pack's data files, ``DATA_FILES``, aside)."""
    root = resources.files(package)
    stack = [(root, package)]
    while stack:
        folder, dotted = stack.pop()
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir() and (entry / "__init__.py").is_file():
                stack.append((entry, f"{dotted}.{entry.name}"))
            elif entry.name.endswith(".toml") and entry.name not in DATA_FILES:
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


#: How many characters a gate's class may hold (a pattern whose matches may open with more gains little).
_MOST_LEAD_CHARACTERS = 64
#: Zero-width items: they consume nothing, so the next item gives the first character.
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
#: Categories a gate's class can hold as they are written, compiled with the pattern's own flags.
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}
#: The categories of word characters only.
_WORD_CATEGORIES = frozenset((r"\d", r"\w"))
#: Categories too broad for a gate to save anything.
_BROAD_CATEGORIES = frozenset((r"\w", r"\s"))


class _Lead(NamedTuple):
    """What a piece of a pattern can open with."""

    #: The characters its first consumed character can be.
    characters: frozenset[str]
    #: It can match the empty string.
    empty: bool
    #: Every match of it opens where a word starts: after ``\\b``, or after a lookbehind refusing a
    #: word character (the opening character is then checked to be one).
    word_start: bool


def first_character_gate(source: str, flags: int = 0) -> str:
    """``source`` behind a lookahead for the characters its matches can open with, when they are sure.

    A search for a long alternation whose branches open with no literal the engine can skip to
    (``\\b(?:held|had)...|\\bmet\\b|...``, case-insensitive) tries every branch at every position of
    the text; ``(?=[hm...])`` in front turns most positions away at one test, and ``\\b`` before it
    the positions inside words, when every branch opens at a word's start. The lookahead is
    compiled with the same flags as the literals it lists, so it accepts exactly the characters they
    match, and a match's span, groups and chosen branch are the pattern's own (``\\d`` stands in the
    class as itself). Where the first characters are not sure or not few (a negated class, ``\\w``,
    ``\\s``, ``.``, a backreference, flags changed inside a group, a pattern that can match the empty
    string, verbose patterns), ``source`` is returned as it is.
    """
    if flags & re.VERBOSE:
        return source
    try:
        lead = _lead(list(sre_parse.parse(source, flags)))
    except (re.error, RecursionError):
        return source
    if lead is None or lead.empty or not lead.characters or len(lead.characters) > _MOST_LEAD_CHARACTERS:
        return source
    if lead.characters & _BROAD_CATEGORIES:
        return source  # a match may open with any word or space character: a gate turns little away
    characters = "".join(
        ch if ch in _CATEGORIES.values() else re.escape(ch) for ch in sorted(lead.characters)
    )
    word = re.compile(r"\w", flags)
    words = all(ch in _WORD_CATEGORIES or (len(ch) == 1 and word.match(ch)) for ch in lead.characters)
    boundary = r"\b" if lead.word_start and words else ""
    gated = f"{boundary}(?=[{characters}])(?:{source})"
    try:
        re.compile(gated, flags)
    except re.error:
        return source  # inline global flags ("(?i)...") stand only at the start
    return gated


def first_letter_branches(sources: Sequence[str], flags: int = 0) -> str:
    """Regex source for the alternation of ``sources`` (each one branch), its branches grouped by
    the letters their matches can open with, behind one lookahead per letter.

    ``\\bmet\\b|\\bheld\\s+talks|...`` becomes ``\\b(?=[hm])(?:(?=[h])(?:...)|(?=[m])(?:...))``: at
    each position the engine tests the letters instead of starting every branch (a branch opening
    with an assertion or a group is not skipped at its first character); with more than a few
    letters, their groups stand in a tree of lookaheads (``_letter_tree``). A branch that can open
    with several letters stands in each of their groups, in its order, so where a letter stands the branches
    that can match there are tried in the flat order: a match's span and chosen branch are those of
    the flat alternation, its numbered groups are not. A few branches whose first character is not
    sure to be an ASCII letter (``^\\W*during``, flags changed inside: at most one in
    ``_MOST_UNSURE``) stand in every letter's group, in their order, and alone where the letters'
    gate refuses, where no other branch can match: ``(?:\\b(?=[hm])(?:...)|(?!\\b(?=[hm]))(?:...))``.
    With more of them, or where the grouped pattern does not compile (a named group repeated), the
    flat alternation behind ``first_character_gate`` is returned instead.
    """
    leads = _letter_leads(sources, flags)
    grouped = _grouped_by_letter(sources, leads, flags) if leads else None
    if grouped is not None:
        return grouped
    return first_character_gate("|".join(f"(?:{source})" for source in sources), flags)


#: One branch in this many, at most, may open with characters not sure to be letters: each such
#: branch is tried at every letter of the text, so with more of them grouping saves little.
_MOST_UNSURE = 4


def _letter_leads(sources: Sequence[str], flags: int) -> list[_Lead | None] | None:
    """Each source's lead, None for one not sure to open with an ASCII letter; None for all when
    more than one in ``_MOST_UNSURE`` is not (or none is), or a source does not parse."""
    leads: list[_Lead | None] = []
    for source in sources:
        try:
            lead = _lead(list(sre_parse.parse(source, flags)))
        except (re.error, RecursionError):
            return None
        sure = lead is not None and not lead.empty and bool(lead.characters)
        if lead is None or not sure or not all(_is_ascii_letter(ch) for ch in lead.characters):
            lead = None
        leads.append(lead)
    unsure = leads.count(None)
    if unsure == len(leads) or unsure * _MOST_UNSURE > len(leads):
        return None
    return leads


def _is_ascii_letter(character: str) -> bool:
    return len(character) == 1 and character.isascii() and character.isalpha()


def _grouped_by_letter(sources: Sequence[str], leads: Sequence[_Lead | None], flags: int) -> str | None:
    """``first_letter_branches``' grouped source; None when it does not compile."""
    # Case-insensitive, a letter's lookahead accepts what the branches' letter of either case
    # accepts, so the letters are grouped folded; case-sensitive, as written.
    folded = bool(flags & re.IGNORECASE)
    sure = [lead for lead in leads if lead is not None]
    letters = sorted({ch.lower() if folded else ch for lead in sure for ch in lead.characters})
    # A branch not sure of its first letter may open with any: it stands in every group.
    keys = [
        set(letters) if lead is None else {ch.lower() if folded else ch for ch in lead.characters}
        for lead in leads
    ]
    branches = [f"(?:{source})" for source in sources]
    groups = {
        letter: f"(?=[{letter}])(?:{'|'.join(b for b, k in zip(branches, keys, strict=True) if letter in k)})"
        for letter in letters
    }
    boundary = r"\b" if all(lead.word_start for lead in sure) else ""
    gate = f"{boundary}(?=[{''.join(letters)}])"
    grouped = f"{gate}(?:{_letter_tree(letters, groups)})"
    others = [branch for branch, lead in zip(branches, leads, strict=True) if lead is None]
    if others:  # where the gate refuses, no other branch can match: they alone are tried there
        grouped = f"(?:{grouped}|(?!{gate})(?:{'|'.join(others)}))"
    try:
        re.compile(grouped, flags)
    except re.error:
        return None
    return grouped


#: How many letter groups ``_letter_tree`` tries one after the other, at most.
_LEAF_LETTERS = 3


def _letter_tree(letters: Sequence[str], groups: dict[str, str]) -> str:
    """The letters' groups as a tree of lookaheads: the first half behind one lookahead of its
    letters, then the second half, down to ``_LEAF_LETTERS`` groups tried in turn.

    At a word's start the engine tests a handful of lookaheads instead of one per letter (twenty or
    so for the past clause: a third of its search). A character passes the lookahead of at most one
    letter (each lookahead is compiled with the pattern's flags, and a class of letters accepts what
    one of them accepts), so only its letter's group can match there whatever the order of the
    groups: the match is the one-level alternation's.
    """
    if len(letters) <= _LEAF_LETTERS:
        return "|".join(groups[letter] for letter in letters)
    half = len(letters) // 2
    first, rest = letters[:half], letters[half:]
    return f"(?=[{''.join(first)}])(?:{_letter_tree(first, groups)})|{_letter_tree(rest, groups)}"


def _lead(items: Sequence[tuple[object, object]]) -> _Lead | None:
    """What a sequence of parsed items can open with; None when it is not sure."""
    found: set[str] = set()
    bounded = False  # a word-start assertion stands before the next consumed character
    word_start = True
    for item in items:
        if item[0] in _ZERO_WIDTH:
            bounded = bounded or _asserts_word_start(item)
            continue
        lead = _lead_item(item)
        if lead is None:
            return None
        found |= lead.characters
        word_start = word_start and (bounded or lead.word_start)
        if not lead.empty:
            return _Lead(frozenset(found), False, word_start)
    return _Lead(frozenset(found), True, False)


def _asserts_word_start(item: tuple[object, object]) -> bool:
    """True for ``\\b`` and for a lookbehind refusing a word character (``(?<![\\w-])``)."""
    op, av = item
    if op is sre.AT:
        return av is sre.AT_BOUNDARY
    if op is not sre.ASSERT_NOT or not isinstance(av, tuple) or av[0] != -1:
        return False
    inner = list(av[1])
    return (
        len(inner) == 1
        and inner[0][0] is sre.IN
        and (sre.CATEGORY, sre.CATEGORY_WORD) in inner[0][1]
        and (sre.NEGATE, None) not in inner[0][1]
    )


def _lead_item(item: tuple[object, object]) -> _Lead | None:
    """``_lead`` of one consuming item; None when it is not sure."""
    op, av = item
    if op is sre.LITERAL and isinstance(av, int):
        return _Lead(frozenset(chr(av)), False, False)
    if op is sre.IN and isinstance(av, list):
        return _lead_class(av)
    if op is sre.BRANCH and isinstance(av, tuple):
        return _lead_branches(av[1])
    if op is sre.SUBPATTERN and isinstance(av, tuple):
        _group, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _lead(list(inner))
    if op in _REPEATS and isinstance(av, tuple):
        least, _most, inner = av
        lead = _lead(list(inner))
        return None if lead is None else lead._replace(empty=lead.empty or least == 0)
    if op is sre.ATOMIC_GROUP and isinstance(av, sre_parse.SubPattern):
        return _lead(list(av))
    return None


def _lead_branches(branches: Sequence[Sequence[tuple[object, object]]]) -> _Lead | None:
    """``_lead`` of an alternation: every branch's first characters; empty if any branch can be."""
    leads = [_lead(list(branch)) for branch in branches]
    sure = [lead for lead in leads if lead is not None]
    if len(sure) < len(leads):
        return None
    return _Lead(
        frozenset().union(*(lead.characters for lead in sure)),
        any(lead.empty for lead in sure),
        all(lead.word_start for lead in sure),
    )


def _lead_class(members: Sequence[tuple[object, object]]) -> _Lead | None:
    """The members of a class of literals, small ranges and ``\\d``, ``\\w``, ``\\s``; None for a negated
    class or another category."""
    found: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL and isinstance(av, int):
            found.add(chr(av))
        elif op is sre.RANGE and isinstance(av, tuple) and av[1] - av[0] < _MOST_LEAD_CHARACTERS:
            found.update(chr(code) for code in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            found.add(_CATEGORIES[av])
        else:
            return None
    return _Lead(frozenset(found), False, False)


#: Letters that re's IGNORECASE matches with an ASCII letter although ``str.lower`` does not map them to
#: it ("ſ" matches "s", "ı" and "İ" match "i", the Kelvin sign matches "k"): a text holding one is
#: searched without the word test.
_CASE_ODD = ("ſ", "ı", "İ", "\u212a")
#: More alternatives than this make the word test cost more than it saves.
_MOST_WORDS = 48


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lowercase ASCII strings one of which every match of ``pattern`` holds; None when none is sure.

    Read from the pattern's source: a run of literal characters every match passes through, or, for
    an alternation, one such run in each branch. ``"(?:tele)?phone(?:call|talks)"`` gives
    ``("phone",)``; ``"met|visited"`` gives ``("met", "visited")``; ``"\\w+ly"`` gives ``("ly",)``,
    and ``"[a-z]+"`` None. Case is ignored (the strings are lowercase, to be looked for in the
    lowercased text), which keeps them true of case-sensitive patterns and case-insensitive ones
    alike. What the reader does not know for sure (verbose patterns, conditionals, escapes of
    character codes, classes, lookarounds) adds nothing: it only ever weakens the answer.
    """
    if flags & re.VERBOSE:
        return None
    try:
        re.compile(pattern, flags)
    except (re.error, RecursionError):
        return None
    return _words_of(pattern)


def _words_of(pattern: str) -> tuple[str, ...] | None:
    """``required_words`` of a pattern known to compile (not verbose)."""
    try:
        reader = _Reader(pattern)
        found = reader.alternation()
        if reader.at < len(pattern):
            return None  # a stray ")": re would have refused it; nothing is sure
    except (re.error, _Unsure, RecursionError):
        return None
    if found is None or "" in found:
        return None
    # A string holding a shorter one of the set adds nothing: "phone" is found where "phon" is.
    kept = sorted(word for word in found if not any(other != word and other in word for other in found))
    return tuple(kept) if len(kept) <= _MOST_WORDS else None


class _Unsure(Exception):
    """The pattern holds syntax the reader does not follow: it requires no word."""


#: Escapes that stand for no one literal character (classes, anchors, references, character codes).
_NOT_LITERAL_ESCAPES = frozenset("dDwWsSbBAZ0123456789xuUNntrfva")
#: A counted repetition: "{2}", "{1,3}", "{2,}", "{,4}".
_COUNT = re.compile(r"\{(\d*)(?:,(\d*))?\}")
_GROUP_FLAGS = re.compile(r"\(\?([aiLmsu]*)(?:-([imsx]*))?([:)])")


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements (its shortest string longer, then fewer strings)."""
    if a is None or "" in a:
        return b
    if b is None or "" in b:
        return a
    return max(a, b, key=lambda words: (min(map(len, words)), -len(words)))


class _Reader:
    """Reads a pattern's source left to right for the literal runs its matches must hold."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0

    def _peek(self, text: str) -> bool:
        return self.source.startswith(text, self.at)

    def alternation(self) -> frozenset[str] | None:
        """The requirement of branches up to a closing parenthesis or the end: one word of each."""
        branches = [self._sequence()]
        while self._peek("|"):
            self.at += 1
            branches.append(self._sequence())
        if any(words is None for words in branches):
            return None
        return frozenset().union(*(words for words in branches if words is not None))

    def _sequence(self) -> frozenset[str] | None:
        """The best requirement of one branch: its longest sure literal run or required group."""
        best: frozenset[str] | None = None
        run: list[str] = []
        while self.at < len(self.source) and not self._peek("|") and not self._peek(")"):
            literal, words = self._atom()
            low = self._repeat_min()
            if literal is not None and low is None:
                run.append(literal)
                continue
            if run:
                best = _better(best, frozenset(("".join(run),)))
                run = []
            if literal is not None:
                words = frozenset((literal,))
            best = _better(best, words if low != 0 else None)
        if run:
            best = _better(best, frozenset(("".join(run),)))
        return best

    def _repeat_min(self) -> int | None:
        """The least count of a quantifier after an atom (None without one), lazy/possessive marks read."""
        source, at = self.source, self.at
        low: int | None = None
        if at < len(source) and source[at] in "*?+":
            low = 1 if source[at] == "+" else 0
            at += 1
        elif at < len(source) and source[at] == "{":
            count = _COUNT.match(source, at)
            if count is None or (not count.group(1) and count.group(2) is None):
                raise _Unsure  # a literal "{" or "{}": re's reading is not worth guessing
            low = int(count.group(1) or 0)
            at = count.end()
        if low is not None and at < len(source) and source[at] in "?+":
            at += 1
        self.at = at
        return low

    def _atom(self) -> tuple[str | None, frozenset[str] | None]:
        """(a literal ASCII character, lowercased, or None; the requirement of a group, or None)."""
        char = self.source[self.at]
        self.at += 1
        if char == "(":
            return None, self._group()
        if char == "[":
            self._skip_class()
            return None, None
        if char == "\\":
            escaped = self.source[self.at]
            self.at += 1
            if escaped in _NOT_LITERAL_ESCAPES or not escaped.isascii():
                if escaped in "xuUN":
                    raise _Unsure  # a character code: its length is not read here
                return None, None
            return escaped.lower(), None
        if char in ".^$" or not char.isascii():
            return None, None
        return char.lower(), None

    def _group(self) -> frozenset[str] | None:
        """A parenthesised group after its "(": its content's requirement, None for a lookaround."""
        source = self.source
        if not self._peek("?"):
            return self._close(self.alternation())
        for lookaround in ("?=", "?!", "?<=", "?<!"):
            if self._peek(lookaround):
                self.at += len(lookaround)
                self._close(self.alternation())
                return None  # zero width: what it reads need not lie inside the match
        if self._peek("?P<"):
            self.at = source.index(">", self.at) + 1
            return self._close(self.alternation())
        if self._peek("?:") or self._peek("?>"):
            self.at += 2
            return self._close(self.alternation())
        flags = _GROUP_FLAGS.match(source, self.at - 1)
        if flags is None or "x" in (flags.group(2) or "") or "x" in flags.group(1):
            raise _Unsure  # a back-reference, a comment, a conditional, a verbose group
        self.at = flags.end()
        if flags.group(3) == ")":
            return None  # "(?i)": flags for the whole pattern, no characters
        return self._close(self.alternation())

    def _close(self, words: frozenset[str] | None) -> frozenset[str] | None:
        if not self._peek(")"):
            raise _Unsure
        self.at += 1
        return words

    def _skip_class(self) -> None:
        """Past a character class after its "[" ("[^]a-z\\]]" included)."""
        source, at = self.source, self.at
        if at < len(source) and source[at] == "^":
            at += 1
        if at < len(source) and source[at] == "]":
            at += 1
        while at < len(source) and source[at] != "]":
            at += 2 if source[at] == "\\" else 1
        if at >= len(source):
            raise _Unsure
        self.at = at + 1


class _WordIndex:
    """The shared scan of the texts a page's gates read: for each text, which of every gate's
    required words stand in it, found by one Aho-Corasick pass over the lowercased text (with
    overlapping matches: every occurrence of every word, so none hides another).

    Every ``Gated`` and ``GatedRows`` asks it about the same sentences and paragraphs (a page's
    texts are read by some hundred and forty gates, most texts many times over), where each gate
    lowered the text and looked for its own words again. The words of all gates are one vocabulary,
    each word a number; a text's answer is the set of the numbers of the words in it, remembered for
    the page (``clear_text_index``, called with a language pack's page caches, and bounded in
    size). A gate made after the automaton (a publisher profile's rows, first read on a page) adds
    its words and the automaton is made again, the answers forgotten. Pages read in threads share it:
    an answer found with an automaton another thread has since replaced is given but not kept.
    """

    #: Texts remembered before the index starts afresh (a page holds some hundred).
    MOST_TEXTS = 2048

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.seen: dict[str, frozenset[int]] = {}
        self._find: Callable[[str], Iterable[int]] | None = None
        self._lock = threading.Lock()

    def numbers_of(self, words: Iterable[str]) -> frozenset[int]:
        """The numbers of ``words``, each added to the vocabulary the first time."""
        numbers = self.numbers
        found = []
        with self._lock:
            for word in words:
                number = numbers.get(word)
                if number is None:
                    number = numbers[word] = len(numbers)
                    self._find = None  # the automaton lacks the word: made again at the next look
                    self.seen.clear()
                found.append(number)
        return frozenset(found)

    def words_in(self, text: str) -> frozenset[int]:
        """The numbers of the vocabulary's words that stand in ``text`` (lowercased)."""
        found = self.seen.get(text)
        if found is not None:
            return found
        with self._lock:
            find = self._find
            if find is None:
                find = self._find = _word_finder(tuple(self.numbers))
        found = frozenset(find(text.lower()))
        with self._lock:
            if find is self._find:  # no word added meanwhile: the answer holds every gate's words
                if len(self.seen) >= self.MOST_TEXTS:
                    self.seen.clear()
                self.seen[text] = found
        return found


_INDEX = _WordIndex()


def clear_text_index() -> None:
    """Forget the texts the gates have read (the words found in each): a page's texts serve that page."""
    _INDEX.seen.clear()


def _case_odd(text: str) -> bool:
    """True when ``text`` holds a letter of ``_CASE_ODD`` (its word test cannot be trusted)."""
    return not text.isascii() and any(odd in text for odd in _CASE_ODD)


@attrs.frozen
class Gated:
    """A compiled pattern searched only where one of its required words stands (``required_words``).

    Answers ``search`` and ``finditer`` exactly as the pattern does: a text (or the part between
    ``pos`` and ``endpos``) without any of the words holds no match, so the regular expression is not
    run over it. Most rule rows open with no literal the engine could skip to, and most texts hold none
    of their words.
    """

    regex: re.Pattern[str]
    words: tuple[str, ...] | None = attrs.field(default=None)
    #: The words' numbers in the shared index (``_WordIndex``); None with the words.
    numbers: frozenset[int] | None = attrs.field(init=False, eq=False, repr=False)
    #: What searches: ``regex``, or for a pattern opening with a lookbehind the same pattern behind
    #: its first characters' gate (``lead_gated``), made at the first search; None until then.
    _searcher: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        numbers = None if self.words is None else _INDEX.numbers_of(self.words)
        object.__setattr__(self, "numbers", numbers)
        object.__setattr__(self, "_searcher", None if _opens_looking_back(self.regex) else self.regex)

    def searcher(self) -> re.Pattern[str]:
        """The pattern to search with: its matches, spans and groups are ``regex``'s own."""
        found = self._searcher
        if found is None:
            found = lead_gated(self.regex)
            object.__setattr__(self, "_searcher", found)
        return found

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> Gated:
        """The pattern with its required words read from its source (``required_words``; compiled
        already, it is not compiled again to be checked)."""
        return cls(regex, None if regex.flags & re.VERBOSE else _words_of(regex.pattern))

    @property
    def pattern(self) -> str:
        """The pattern's source."""
        return self.regex.pattern

    def absent(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """True when none of the required words stands in ``text[pos:endpos]`` (so no match does):
        read from the shared index of the page's texts (``_WordIndex``)."""
        numbers = self.numbers
        if numbers is None or _case_odd(text):
            return False
        return numbers.isdisjoint(_INDEX.words_in(text[pos:endpos] if pos or endpos < len(text) else text))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``regex.search``, skipped where no required word stands."""
        if self.absent(text, pos, endpos):
            return None
        return (self._searcher or self.searcher()).search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """``regex.finditer``, skipped where no required word stands."""
        if self.absent(text, pos, endpos):
            return iter(())
        return (self._searcher or self.searcher()).finditer(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """``regex.sub``, skipped (``text`` itself returned) where no required word stands."""
        if self.absent(text):
            return text
        return (self._searcher or self.searcher()).sub(repl, text)


class GatedRows:
    """Rows of ``Gated`` patterns read in order (a table whose first matching row wins), each searched
    only where one of its required words stands: one pass over the lowercased text (Aho-Corasick,
    ``ahocorasick-rs``) tells which rows' words stand, instead of one lowering and one look per row.

    ``candidates`` names the rows ``Gated.absent`` does not rule out, in order, so searching them
    alone finds what searching every row finds: a row without required words, or any row in a text
    holding one of ``_CASE_ODD``, is always a candidate. Which words stand in a text is the shared
    index's answer (``_WordIndex``: one pass per text for every table and gate of the page).
    """

    def __init__(self, patterns: Iterable[Gated]) -> None:
        self.patterns = tuple(patterns)
        everyone = range(len(self.patterns))
        self._all = tuple(everyone)
        self._always = frozenset(i for i in everyone if self.patterns[i].words is None)
        rows_of: dict[int, set[int]] = {}
        for i in everyone:
            for number in self.patterns[i].numbers or ():
                rows_of.setdefault(number, set()).add(i)
        self._rows_of = {number: frozenset(rows) for number, rows in rows_of.items()}
        self._numbers = frozenset(rows_of)

    def candidates(self, text: str) -> tuple[int, ...]:
        """Indices of the rows that may match in ``text``, ascending."""
        if _case_odd(text):
            return self._all
        rows_of = self._rows_of
        found = set(self._always)
        for number in self._numbers.intersection(_INDEX.words_in(text)):
            found |= rows_of[number]
        return tuple(sorted(found))

    def first(self, text: str) -> int | None:
        """Index of the first row whose pattern ``search`` finds in ``text``, or None."""
        patterns = self.patterns
        return next((i for i in self.candidates(text) if patterns[i].searcher().search(text)), None)


@attrs.frozen
class GatedAlternation(Gated):
    """An alternation of rows (``regex``: ``"|".join`` of ``(?:row)`` in order, or the same rows
    grouped by ``first_letter_branches``) whose ``search`` and ``sub`` search only the rows whose
    required words stand in the text (``GatedRows.candidates``).

    A gate of the whole pattern does nothing once one row has no required word or the rows' words
    together pass ``_MOST_WORDS`` (``words`` is then None); each row's own gate still turns most
    texts away. A row that cannot match in the text adds no match to the alternation, and of the
    others the alternation takes the leftmost match of any row, the first row's where several start
    at the same place (each branch is tried at each position in order, and nothing follows the
    alternation to backtrack into it). So ``search`` gives the match's span and row that
    ``regex.search`` gives, and ``sub`` what ``regex.sub`` gives; the match given is the row's own,
    whose numbered groups are the row's (as ``first_letter_branches``' are not the rows' either).
    """

    rows: GatedRows = attrs.field(kw_only=True, eq=False)

    @classmethod
    def of_rows(cls, whole: re.Pattern[str], rows: Sequence[str]) -> GatedAlternation:
        """The alternation ``whole`` of ``rows`` (sources, compiled with ``whole``'s flags)."""
        gated = GatedRows(Gated.of(re.compile(row, whole.flags)) for row in rows)
        return cls(whole, None if whole.flags & re.VERBOSE else _words_of(whole.pattern), rows=gated)

    def _leftmost(self, text: str, chosen: Sequence[int], pos: int, endpos: int) -> re.Match[str] | None:
        best = None
        patterns = self.rows.patterns
        for i in chosen:
            m = patterns[i].searcher().search(text, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The match ``regex.search`` finds (its span, from the row it takes), searching only the
        rows that may match in ``text[pos:endpos]``."""
        if self.absent(text, pos, endpos):
            return None
        chosen = self.rows.candidates(text[pos:endpos] if pos or endpos < len(text) else text)
        if len(chosen) == len(self.rows.patterns):
            found = self.regex.search(text, pos, endpos)
            return None if found is None else self._rows_own(found, endpos)
        return self._leftmost(text, chosen, pos, endpos)

    def _rows_own(self, found: re.Match[str], endpos: int = sys.maxsize) -> re.Match[str]:
        """The row's own match for the whole alternation's ``found``: the first row matching where it
        starts is the branch the alternation took (its groups are the row's)."""
        for row in self.rows.patterns:
            own = row.regex.match(found.string, found.start(), endpos)
            if own is not None:
                return own
        return found  # not reached: some row matched there

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """``regex.sub(repl, text)``, searching only the rows that may match in ``text``; a string
        ``repl`` is expanded by the row's match (its group references are the row's)."""
        chosen = () if self.absent(text) else self.rows.candidates(text)
        if not chosen:
            return text
        if isinstance(repl, str) and "\\" in repl:
            return self.regex.sub(repl, text)  # group references: the whole pattern's
        if len(chosen) == len(self.rows.patterns):  # every row: the whole pattern finds, the row matches
            return self.regex.sub(repl if isinstance(repl, str) else lambda m: repl(self._rows_own(m)), text)
        rows = [self.rows.patterns[i].searcher() for i in chosen]
        found = [row.search(text) for row in rows]  # each row's next match, searched again once passed
        out: list[str] = []
        done = 0
        while True:
            best = None
            for i, row in enumerate(rows):
                m = found[i]
                if m is not None and m.start() < done:
                    m = found[i] = row.search(text, done)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                break
            if best.end() == best.start():
                return self.regex.sub(repl, text)  # an empty match: ``re``'s own rules for those
            out.append(text[done : best.start()])
            out.append(repl if isinstance(repl, str) else repl(best))
            done = best.end()
        out.append(text[done:])
        return "".join(out)


@cache
def table_rows(table: Table) -> GatedRows:
    """A table's rows (``Table.compiled``, in file order) as ``GatedRows``: built once per table."""
    return GatedRows(Gated.of(pattern) for pattern, _label in table.compiled())


def _opens_looking_back(regex: re.Pattern[str]) -> bool:
    """True for a pattern whose source opens with a lookbehind ("(?<!\\bis\\s)\\bmet\\b"), or with a group of
    lookbehinds, one of which must hold ("(?:(?<=\\bwhile\\s)|(?<=\\bwhen\\s))meeting": each is tried at
    every position as well)."""
    return regex.pattern.startswith(("(?<!", "(?<=", "(?:(?<!", "(?:(?<="))


@lru_cache(maxsize=4096)
def lead_gated(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` behind the lookahead of the characters its matches open with (``first_character_gate``)
    when its source opens with a lookbehind, else ``regex`` itself.

    The engine tries a pattern at every position of the text, and one that opens with lookbehinds
    ("(?<!\\bis\\s)(?<!\\bwas\\s)...\\bmet\\b") tests each of them there before its first letter: the
    gate turns most positions away at one test. Its matches are the pattern's own (span, groups,
    chosen branch), so ``finditer`` and ``sub`` find the same ones. Made once per pattern, at its
    first search: the gate reads and compiles the source (about a millisecond).
    """
    if not _opens_looking_back(regex):
        return regex
    gated = first_character_gate(regex.pattern, regex.flags)
    return regex if gated == regex.pattern else re.compile(gated, regex.flags)


def _word_finder(words: Sequence[str]) -> Callable[[str], Iterable[int]]:
    """Indices of the ``words`` that stand in a lowercased text: one Aho-Corasick pass, or one ``in``
    test per word where ``ahocorasick-rs`` is missing or the text holds a lone surrogate."""

    def each(lowered: str) -> Iterable[int]:
        return [i for i, word in enumerate(words) if word in lowered]

    if not words:
        return lambda lowered: ()
    try:
        automaton = importlib.import_module("ahocorasick_rs").AhoCorasick(list(words))
    except ImportError:
        return each

    def find(lowered: str) -> Iterable[int]:
        try:  # overlapping: every occurrence of every word, so none hides another ("talk" in "talks")
            hits = automaton.find_matches_as_indexes(lowered, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate, which UTF-8 (the automaton's input) cannot hold
            return each(lowered)
        return {hit[0] for hit in hits}

    return find
