"""Detection markers searched fast: one pass of required literals, then only the regexes that can match.

A marker is a regular expression searched case-insensitively. Most markers cannot match unless a
literal piece of them (``gem-c-govspeak``, ``The White House``, ``kremlin.ru/d/``) is in the text, and
on any one page nearly all of those pieces are absent. So every marker's required literals are
read from its parsed form once; one pass over the text (squeezed and lowercased once: an
Aho-Corasick automaton over the literals of every marker seen so far, shared by all adapters) finds
which literals are present; and only a marker whose literals are all present has its regex run,
once per text whichever adapters declare it. That search starts where a match could first be: a
marker whose matches are at most ``width`` characters long starts ``width`` characters before the
first of its literals; a marker opening with a multi-line ``^`` is searched from line break to line
break. The outcome is exactly that of searching every regex, only without the searches that cannot
succeed.

Literals are taken only where the check is sound for case-insensitive matching (see ``_usable``):
characters are compared lowercased; a line break inside a literal is never used. The few
non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter (``İ ı ſ K``) are read as
that letter in the lowercased text (``İ``, whose ``str.lower`` is two characters, too), so a text
holding one keeps the filter.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib import import_module
from operator import itemgetter
from typing import Any

__all__ = ["every_clause", "lowered", "marker_hits", "marker_score", "required_literals", "squeeze"]

# The regex parser and its case-fixing table: private modules of ``re`` that typeshed leaves out.
_parser: Any = import_module("re._parser")
_casefix: Any = import_module("re._casefix")
_sre: Any = import_module("re._constants")

#: Characters ``re.IGNORECASE`` matches to an ASCII letter although they are not ASCII.
ASCII_FOLDS = frozenset("\u0130\u0131\u017f\u212a")
#: Each of ``ASCII_FOLDS`` as the lowercase ASCII letter ``re.IGNORECASE`` matches it to: one
#: character for one (``"İ".lower()`` is two, which would shift every place after it).
_AS_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
#: Shorter literals would be present on nearly every page: no use as a filter.
MIN_LITERAL = 3

# Blank lines and the spaces around line breaks are squeezed before markers are searched (so that
# a ``(?m)^\s*...`` marker stays linear on pages padded with thousands of empty lines): every
# ``[ \t]*\n\s*`` becomes one line break. Done as the whitespace after each line break (a pattern
# that opens with a literal, which the regex engine skips to; ``\n\s+``, so that a line break with
# nothing after it to squeeze is not replaced by itself), then the spaces and tabs ending each line
# but the last (when a line break has a space or tab before it at all, found as a line break
# looking behind itself: again a pattern opening with a literal): the same text, without trying a
# match at every space of the page.
_AFTER_BREAK = re.compile(r"\n\s+")
_BLANK_BEFORE_BREAK = re.compile(r"\n(?<=[ \t]\n)")


def squeeze(text: str) -> str:
    """``text`` with every run of spaces around a line break made one line break."""
    if "\n" not in text:
        return text
    squeezed = _AFTER_BREAK.sub("\n", text)
    if _BLANK_BEFORE_BREAK.search(squeezed) is None:
        return squeezed
    lines = squeezed.split("\n")
    last = lines.pop()
    return "\n".join([*(line.rstrip(" \t") for line in lines), last])


#: Characters lowercased at once by ``lowered``; about this size was fastest on real-size pages.
LOWER_CHUNK = 2048


def _pieces(text: str, chunk: int = LOWER_CHUNK) -> list[str]:
    """``text`` cut into pieces of ``chunk`` characters (the last may be shorter)."""
    return [text[start : start + chunk] for start in range(0, len(text), chunk)]


def lowered(text: str, chunk: int = LOWER_CHUNK, *, cut: list[str] | None = None) -> str:
    """``text.lower()``, faster on a long text with a few non-ASCII characters.

    ``str.lower`` takes a per-character slow path over the whole of a text holding one non-ASCII
    character (a curly quote in 100 KB of markup: 0.24 ms); lowercased in pieces, only the pieces
    holding one take it (0.07 ms). Lowercasing is per character except for the capital sigma,
    whose form depends on its neighbours: a text holding one is lowercased whole.
    """
    if text.isascii() or "\u03a3" in text:
        return text.lower()
    return "".join([piece.lower() for piece in (cut or _pieces(text, chunk))])


def _usable(char: str) -> bool:
    """Whether a literal character can be looked for in the lowercased text.

    ``re.IGNORECASE`` matches a text character to a lowercase literal character when the text
    character's simple lowercase is that character, which ``str.lower`` also gives, except for the
    characters with extra case equivalents in ``re`` (ASCII ones are guarded by ``ASCII_FOLDS``)
    and the Greek sigma, which ``str.lower`` writes by its place in a word.
    """
    if char == "\n":
        return False
    lower = char.lower()
    if len(lower) != 1 or lower in "\u03c3\u03c2":
        return False
    return char.isascii() or ord(lower) not in _casefix._EXTRA_CASES


Clause = tuple[str, ...]


def _flush(current: list[str], clauses: list[Clause]) -> None:
    if current:
        clauses.append(("".join(current),))
        current.clear()


def _walk(items: Any, clauses: list[Clause], current: list[str], shortest: int = MIN_LITERAL) -> None:
    """Collect what every match of ``items`` (a parsed sequence) must contain, as clauses.

    A clause is a tuple of literals of which at least one is in every match: one literal for a
    plain run, one per alternative for a group of alternatives that each require one.
    """
    for op, av in items:
        if op is _sre.LITERAL and _usable(chr(av)):
            current.append(chr(av).lower())
            continue
        _flush(current, clauses)
        if op is _sre.SUBPATTERN:  # a group: its content is required
            _walk(av[3], clauses, current, shortest)
            _flush(current, clauses)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner: list[str] = []
            _walk(av[2], clauses, inner, shortest)  # required at least once; runs never span a repeat's edges
            _flush(inner, clauses)
        elif op is _sre.ATOMIC_GROUP:
            _walk(av, clauses, current, shortest)
            _flush(current, clauses)
        elif op is _sre.BRANCH:
            either: list[str] = []
            for alternative in av[1]:
                found: list[Clause] = []
                tail: list[str] = []
                _walk(alternative, found, tail, shortest)
                _flush(tail, found)
                best = [c[0] for c in found if len(c) == 1 and len(c[0]) >= shortest]
                if not best:
                    break  # an alternative that promises nothing: the branch promises nothing
                either.append(max(best, key=len))
            else:
                clauses.append(tuple(either))
        # anything else (classes, optional repeats, assertions) promises no literal


@lru_cache(maxsize=2048)
def required_literals(pattern: str) -> tuple[Clause, ...]:
    """What every match of ``pattern`` (searched case-insensitively) contains, lowercased.

    Clauses of literals: the clause has at least one of its literals in every match (the most
    selective one found is kept). Empty when nothing can be promised (then the regex is always run).
    """
    clauses = every_clause(pattern)
    return clauses[:1]


@lru_cache(maxsize=2048)
def every_clause(pattern: str, shortest: int = MIN_LITERAL) -> tuple[Clause, ...]:
    """Every clause of literals ``pattern``'s matches hold (see ``required_literals``), the most
    selective first: the clause of the longest literals is the rarest on a page. ``shortest`` is the
    length of the shortest literal kept (a line's rarer marks, "/", are worth a look there)."""
    try:
        parsed = _parser.parse(pattern, re.IGNORECASE)
    except Exception:  # an invalid marker fails later, where it is compiled, as before
        return ()
    clauses: list[Clause] = []
    current: list[str] = []
    _walk(parsed, clauses, current, shortest)
    _flush(current, clauses)
    kept = {c for c in clauses if all(len(lit) >= shortest for lit in c)}
    return tuple(sorted(kept, key=lambda c: (min(len(lit) for lit in c), c), reverse=True))


class _Index:
    """The literals of every marker seen and one automaton over them."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.literals: dict[str, int] = {}
        self.finder: Any = None

    def add(self, patterns: Sequence[str]) -> None:
        with self.lock:
            new = [
                lit
                for p in patterns
                for clause in required_literals(p)
                for lit in clause
                if lit not in self.literals
            ]
            if not new:
                return
            for lit in new:
                self.literals.setdefault(lit, len(self.literals))
            self.finder = _finder(self.literals)

    def present(self, lowered: str) -> tuple[frozenset[int], int]:
        """Ids of the literals present in ``lowered`` and how many literals were known when it was scanned.

        A literal added since (by another thread) has an id at or above that count and must be
        looked for again.
        """
        with self.lock:
            finder, literals = self.finder, dict(self.literals)
        found = finder(lowered) if finder is not None else _scan(lowered, literals)
        return found, len(literals)


def _scan(lowered: str, literals: dict[str, int]) -> frozenset[int]:
    return frozenset(i for lit, i in literals.items() if lit in lowered)


def _finder(literals: dict[str, int]) -> Any:
    """One pass over a text for all ``literals`` (ahocorasick-rs), or None to use ``in`` checks."""
    try:
        ahocorasick_rs = import_module("ahocorasick_rs")
    except ImportError:
        return None
    # the ids are 0, 1, 2 ... in the order the literals were added: a pattern's index is its id
    known = dict(literals)  # as they are now: the index adds to its own dict later
    automaton = ahocorasick_rs.AhoCorasick(sorted(known, key=known.__getitem__))

    def find(lowered: str) -> frozenset[int]:
        try:  # overlapping: every occurrence of every literal, so none hides another
            hits = automaton.find_matches_as_indexes(lowered, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate, which UTF-8 (the automaton's input) cannot hold
            return _scan(lowered, known)
        return frozenset(map(_first_item, hits))

    return find


_INDEX = _Index()
_first_item = itemgetter(0)
#: Widths at or above this are unbounded (``re``'s MAXREPEAT and sums of it).
_UNBOUNDED = 1 << 28


class _Plan:
    """How one marker is searched: its regex and the shortcuts it allows.

    ``width`` is the longest text a match can span, when the pattern bounds it: a match holds
    one of the required literals, so it starts no earlier than ``width`` characters before the
    first of them, and the search starts there. ``after_break`` is, for a pattern opening with a
    multi-line ``^`` (``(?m)^...``), the same pattern with that ``^`` written as a line break:
    the regex engine skips from line break to line break instead of trying every character (a
    match at the very start of the text is tried apart).
    """

    __slots__ = ("after_break", "anchor", "line_literal", "one_line", "regex", "width")

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern, re.IGNORECASE)
        parsed = _parser.parse(pattern, re.IGNORECASE)
        width = parsed.getwidth()[1]
        self.width: int | None = width if width < _UNBOUNDED else None
        self.after_break: re.Pattern[str] | None = None
        opening = parsed.data[0] if parsed.data else None
        multiline = parsed.state.flags & re.MULTILINE  # the parser writes ``^`` as AT_BEGINNING
        if pattern.startswith("(?m)^") and multiline and opening == (_sre.AT, _sre.AT_BEGINNING):
            self.after_break = re.compile("(?m)\n" + pattern[len("(?m)^") :], re.IGNORECASE)
        # A line-opening pattern whose lines open with its one required literal (``(?m)^\s*The White
        # House``): in the squeezed text no whitespace follows a line break, so a match after a
        # line break has the literal right after it, and the search may start just before the
        # literal's first place.
        clauses = required_literals(pattern)
        self.line_literal = (
            self.after_break is not None
            and len(clauses) == 1
            and len(clauses[0]) == 1
            and _leading_literal(pattern[len("(?m)^") :]).startswith(clauses[0][0])
        )
        # Nothing in the pattern matches a line break: every match lies within one line, the line
        # of one of its literals (see ``_Page._search``).
        flags = parsed.state.flags
        self.one_line = _within_a_line(parsed.data, bool(flags & re.MULTILINE), bool(flags & re.DOTALL))
        self.anchor = _anchor(parsed)

    def search(self, squeezed: str, start: int) -> bool:
        """Whether the regex matches ``squeezed``; no match starts before ``start``."""
        if self.width is not None:
            return self.regex.search(squeezed, max(0, start - self.width)) is not None
        if self.after_break is not None:
            if self.regex.match(squeezed) is not None:
                return True
            begin = max(0, start - 1) if self.line_literal else 0  # the line break before the literal
            return self.after_break.search(squeezed, begin) is not None
        return self.regex.search(squeezed) is not None


#: Categories (``\s``, ``\D``, ``\W`` ...) that hold the line break, and those known not to.
_BREAK_CATEGORIES = frozenset(
    getattr(_sre, f"CATEGORY_{name}")
    for name in ("SPACE", "NOT_DIGIT", "NOT_WORD", "LINEBREAK", "LOC_NOT_WORD", "UNI_SPACE", "UNI_NOT_DIGIT")
)
_BREAK_CATEGORIES |= {_sre.CATEGORY_UNI_NOT_WORD, _sre.CATEGORY_UNI_LINEBREAK}
_OTHER_CATEGORIES = frozenset(
    getattr(_sre, f"CATEGORY_{name}")
    for name in ("DIGIT", "NOT_SPACE", "WORD", "NOT_LINEBREAK", "LOC_WORD", "UNI_DIGIT", "UNI_NOT_SPACE")
)
_OTHER_CATEGORIES |= {_sre.CATEGORY_UNI_WORD, _sre.CATEGORY_UNI_NOT_LINEBREAK}
#: Assertions of a place that read the same in a line searched alone (``pos`` and ``endpos`` at its
#: ends) as in the whole text: ``^`` (the engine looks before ``pos``), ``\b``, ``\B``.
_LINE_SAFE_AT = frozenset(
    (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING, _sre.AT_BOUNDARY, _sre.AT_NON_BOUNDARY)
)


def _holds_break(items: Any) -> bool:
    r"""Whether a parsed set (``[...]``, ``\s``) matches a line break; True when unsure."""
    holds = False
    negate = False
    for op, av in items:
        if op is _sre.NEGATE:
            negate = True
        elif op is _sre.LITERAL:
            holds = holds or av == 10
        elif op is _sre.RANGE:
            holds = holds or av[0] <= 10 <= av[1]
        elif op is _sre.CATEGORY and (av in _BREAK_CATEGORIES or av in _OTHER_CATEGORIES):
            holds = holds or av in _BREAK_CATEGORIES
        else:
            return True
    return holds != negate


#: Parsed items that match one character or none, by what keeps them to a line: ``(av, multi-line
#: mode, dot-all mode) -> bool``. ``$`` is allowed only where it means a line's end; ``\Z`` never.
_LEAVES: dict[Any, Any] = {
    _sre.LITERAL: lambda av, _m, _s: av != 10,
    _sre.NOT_LITERAL: lambda av, _m, _s: av == 10,
    _sre.ANY: lambda _av, _m, dotall: not dotall,
    _sre.IN: lambda av, _m, _s: not _holds_break(av),
    _sre.AT: lambda av, multiline, _s: av in _LINE_SAFE_AT or (av is _sre.AT_END and multiline),
    _sre.GROUPREF: lambda _av, _m, _s: True,  # the group it repeats is read where it stands
}


def _within_a_line(items: Any, multiline: bool, dotall: bool) -> bool:
    """Whether no match of ``items`` (a parsed sequence) holds a line break, and each reads the same
    when the line it lies in is searched alone (``regex.search(text, line_start, line_end)``).

    Lookarounds are read as what they hold: what cannot match a line break sees the same from
    inside the line as from the whole text. Anything not known to keep to one line answers False.
    """
    return all(_item_within_a_line(op, av, multiline, dotall) for op, av in items)


def _item_within_a_line(op: Any, av: Any, multiline: bool, dotall: bool) -> bool:
    leaf = _LEAVES.get(op)
    if leaf is not None:
        return bool(leaf(av, multiline, dotall))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        return _within_a_line(av[2], multiline, dotall)
    if op is _sre.SUBPATTERN:
        _group, add, remove, inner = av
        multiline = (multiline or bool(add & re.MULTILINE)) and not remove & re.MULTILINE
        dotall = (dotall or bool(add & re.DOTALL)) and not remove & re.DOTALL
        return _within_a_line(inner, multiline, dotall)
    if op is _sre.ATOMIC_GROUP:
        return _within_a_line(av, multiline, dotall)
    if op is _sre.BRANCH:
        return all(_within_a_line(branch, multiline, dotall) for branch in av[1])
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return _within_a_line(av[1], multiline, dotall)
    if op is _sre.GROUPREF_EXISTS:
        _group, yes, no = av
        return _within_a_line(yes, multiline, dotall) and (
            no is None or _within_a_line(no, multiline, dotall)
        )
    return False


def _anchor(parsed: Any) -> tuple[str, int] | None:
    """The first literal run (lowercased) every match holds in the same place, and how far at most
    a match starts before it; None when the pattern has none with a bounded start, or opens with
    it (the regex engine skips ahead to the prefix it opens with by itself).

    Groups are read as their content in sequence; the run must stand in that sequence itself (not
    in a repeat, an alternative or a lookaround).
    """
    flat: list[tuple[Any, Any]] = []

    def flatten(items: Any) -> None:
        for op, av in items:
            if op is _sre.SUBPATTERN:
                flatten(av[3])
            else:
                flat.append((op, av))

    flatten(parsed.data)
    run: list[str] = []
    begin = 0
    for index, (op, av) in enumerate([*flat, (None, None)]):
        if op is _sre.LITERAL and _usable(chr(av)):
            if not run:
                begin = index
            run.append(chr(av).lower())
        elif len(run) >= MIN_LITERAL:
            break
        else:
            run = []
    if len(run) < MIN_LITERAL or begin == 0:
        return None  # a pattern opening with its literal: the regex engine skips ahead to it itself
    try:
        width = _parser.SubPattern(parsed.state, flat[:begin]).getwidth()[1]
    except Exception:  # what the parser cannot measure is not used
        return None
    return ("".join(run), width) if width < _UNBOUNDED else None


def _only_spaces(items: Any) -> bool:
    r"""Whether ``items`` (a parsed sequence) is one set of whitespace only (``\s``, ``[ \t]``)."""
    if len(items) != 1 or items[0][0] is not _sre.IN:
        return False
    return all(
        (op is _sre.CATEGORY and av is _sre.CATEGORY_SPACE) or (op is _sre.LITERAL and chr(av).isspace())
        for op, av in items[0][1]
    )


def _leading_literal(pattern: str) -> str:
    r"""What every match of ``pattern`` opens with after its spaces at a line's start (``\s*``,
    ``[ \t]*``): its leading literal characters, lowercased (those ``_usable`` allows), or ""."""
    try:
        items = list(_parser.parse(pattern, re.IGNORECASE).data)
    except Exception:
        return ""
    if items and items[0][0] in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _high, repeated = items[0][1]
        if low == 0 and _only_spaces(repeated.data):
            items = items[1:]  # squeezed: no space follows a line break
    opening: list[str] = []
    _opening_literals(items, opening)
    return "".join(opening)


def _opening_literals(items: Any, opening: list[str]) -> bool:
    """Add the literal characters ``items`` open with to ``opening``; True when that was all of them."""
    for op, av in items:
        if op is _sre.LITERAL and _usable(chr(av)):
            opening.append(chr(av).lower())
        elif op is not _sre.SUBPATTERN or not _opening_literals(av[3], opening):
            return False
    return True


@lru_cache(maxsize=2048)
def _plan(pattern: str) -> _Plan:
    return _Plan(pattern)


class _Page:
    """One text's search state: squeezed and lowercased once, literals scanned once, hits kept."""

    __slots__ = ("found", "hits", "known", "lowered", "missed", "scanned", "squeezed", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.squeezed = squeeze(text)
        # Characters ``re.IGNORECASE`` folds to ASCII letters are lowercased as those letters (so
        # ``İ``, whose lowercase is two characters long, keeps the places of the text); they are
        # looked for in the pieces that are not ASCII (squeezing removed only whitespace).
        cut = None if self.squeezed.isascii() else _pieces(self.squeezed)
        source = self.squeezed
        if cut is not None and any(
            char in piece for piece in cut if not piece.isascii() for char in ASCII_FOLDS
        ):
            cut = [piece if piece.isascii() else piece.translate(_AS_ASCII) for piece in cut]
            source = "".join(cut)
        self.lowered = lowered(source, cut=cut)
        self.found: frozenset[int] = frozenset()
        self.known = 0
        self.hits: dict[str, bool] = {}
        self.missed = 0
        self.scanned = False

    def scan(self) -> None:
        self.found, self.known = _INDEX.present(self.lowered)  # found first: see _first
        self.scanned = True

    def hit(self, pattern: str) -> bool:
        """Whether ``pattern`` is found in the squeezed text (searched once per text)."""
        known = self.hits.get(pattern)
        if known is None:
            known = self.hits[pattern] = self._search(pattern)
        return known

    def _search(self, pattern: str) -> bool:
        start = 0
        plan = _plan(pattern)
        clauses = required_literals(pattern)
        for clause in clauses:
            at = [self._first(lit) for lit in clause]
            firsts = [i for i in at if i >= 0]
            if not firsts:
                return False
            start = max(start, min(firsts))
        if plan.anchor is not None:
            return self._search_anchored(plan.regex, *plan.anchor)
        if plan.one_line and clauses:
            return self._search_lines(plan.regex, clauses[0])
        if plan.width is None and plan.after_break is None:
            # A search over the whole text: first, each other clause of literals must have one
            # in the text (one find each, faster than the regex engine's pass).
            for other in every_clause(pattern)[1:]:
                if not any(literal in self.lowered for literal in other):
                    return False
        return plan.search(self.squeezed, start)

    def _search_anchored(self, regex: re.Pattern[str], literal: str, width: int) -> bool:
        """Whether ``regex``, each of whose matches holds ``literal`` where it starts at most
        ``width`` characters after the match, matches: a match is tried at each of those places
        before each occurrence of the literal; past ``_ANCHORS_TRIED`` occurrences, the rest of
        the text is searched from the last place tried on."""
        text, lowered = self.squeezed, self.lowered
        tried = -1  # the last place tried: occurrences close together share places
        at = lowered.find(literal)
        for _ in range(_ANCHORS_TRIED):
            if at < 0:
                return False
            for place in range(max(0, at - width, tried + 1), at + 1):
                if regex.match(text, place) is not None:
                    return True
            tried = at
            at = lowered.find(literal, at + 1)
        return at >= 0 and regex.search(text, max(0, at - width, tried + 1)) is not None

    def _search_lines(self, regex: re.Pattern[str], clause: Clause) -> bool:
        """Whether ``regex``, whose matches each lie within one line and hold a literal of ``clause``,
        matches: only the lines holding one of those literals are searched, each alone."""
        text, lowered = self.squeezed, self.lowered
        for literal in clause:
            at = lowered.find(literal)
            while at >= 0:
                begin = text.rfind("\n", 0, at) + 1
                end = text.find("\n", at)
                end = len(text) if end < 0 else end
                if regex.search(text, begin, end) is not None:
                    return True
                at = lowered.find(literal, end)
        return False

    def _first(self, literal: str) -> int:
        """Where ``literal`` first occurs in the lowered text, or -1.

        Literals are looked for one by one (a page whose URL decided asks only for its adapter's,
        and finds most of them early in the text) until ``_MISSES_ALONE`` were missing; then the
        automaton scans the text once for all of them and rules out the absent ones.
        """
        if not self.scanned and self.missed >= _MISSES_ALONE:
            self.scan()
        ids = _INDEX.literals
        if ids[literal] < self.known and ids[literal] not in self.found:
            return -1
        at = self.lowered.find(literal)
        if at < 0:
            self.missed += 1
        return at


#: Occurrences of an anchoring literal a marker is tried at, each in Python, before the regex engine
#: searches the rest of the text (``_Page._search_anchored``).
_ANCHORS_TRIED = 16
#: Literals found missing one by one (each a pass over the whole text) before the automaton scans
#: the text once for all of them.
_MISSES_ALONE = 4


_last_page: list[_Page] = []


def _page(text: str) -> _Page:
    """The search state of ``text``: the last text's is kept (compared by identity)."""
    last = _last_page[0] if _last_page else None
    if last is not None and last.text is text:
        return last
    page = _Page(text)
    _last_page[:] = [page]
    return page


def marker_hits(text: str, patterns: Sequence[str]) -> list[bool]:
    """For each pattern, whether it is found in ``text`` with its line-break runs squeezed.

    Exactly ``[bool(re.search(p, squeeze(text), re.I)) for p in patterns]``; the squeezing, the
    lowercasing and the literal scan are done once per text and each pattern is searched once
    per text (the last text is remembered, by identity). A pattern whose literals are all
    present is searched from the first of them back by the longest match it allows.
    """
    _INDEX.add(patterns)
    page = _page(text)
    if page.scanned and page.known < len(_INDEX.literals):
        page.scan()  # literals added since: scan again, once
    return [page.hit(pattern) for pattern in patterns]


def marker_score(text: str, markers: Sequence[tuple[str, float]]) -> float:
    """Combine the weights of the markers (regexes) found in ``text``: 1 - prod(1 - weight).

    Independent evidence adds up without ever reaching 1; one weak marker stays weak. Blank lines
    and the spaces around line breaks are squeezed first, so a marker written ``(?m)^\\s*...`` stays
    linear on pages padded with thousands of empty lines. The search is ``marker_hits``:
    one literal pass for every adapter's markers, then only the regexes that can match.
    """
    miss = 1.0
    hits = marker_hits(text, [pattern for pattern, _weight in markers])
    for (_pattern, weight), hit in zip(markers, hits, strict=True):
        if hit:
            miss *= 1.0 - min(1.0, max(0.0, weight))
    return 1.0 - miss
