"""What one line of page text reads as: prose, a headline, a breadcrumb, boilerplate.

These predicates hold on pages of every publisher; the segment stage's splitters combine them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from .vocabulary import furniture_patterns

__all__ = [
    "any_match",
    "clean_title",
    "collapse",
    "compile_patterns",
    "ends_sentence",
    "first_match",
    "first_word",
    "fold",
    "folds_starting_with",
    "folds_to",
    "guess_language",
    "has_headline_word",
    "is_boilerplate",
    "is_breadcrumb",
    "is_heading",
    "is_prose",
    "is_switcher",
    "looks_like_headline",
    "word_count",
]

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u3000]+")
#: A sentence end, perhaps inside closing quotes; a stray comma after a full stop (".,", a CMS artefact
#: at the end of a lead line: en-t, ANGOP via EIN Presswire) still ends the sentence.
_TERMINAL = re.compile(r"[.!?。！？…;；](?:[\"'”’»」』)\]）]*)(?:(?<=[.!?])(?<!\.\.),)?$")
_BREADCRUMB = re.compile(r"\s(?:>|»|›|/|>>)\s")
_MENU = re.compile(r"\s\|\s")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_BULLET_START = re.compile(r"^[•·▪◦■□◆]")
_NOT_WORD = re.compile(r"[\W_]+")


#: The whitespace ``str.split`` splits at that ``_SPACES`` leaves alone (line ends, separators).
_NOT_SPACES = ("\n", "\r", "\x1c", "\x1d", "\x1e", "\x1f")
_NOT_SPACES_WIDE = ("\x85", "\u1680", "\u2028", "\u2029", "\u205f")


def _single_spaced(text: str) -> bool:
    """Whether ``text`` is already collapsed: its only whitespace is single spaces between words.

    The one printable character ``str.isspace`` accepts is the space, so a printable text has no
    other whitespace; a few passes of C over the text, without building its words. On text that is
    not ASCII too: ``isprintable`` looks each character up in the Unicode tables, which measured 0.7
    us on a 500-character English line with a curly apostrophe (splitting and joining: 3.7 us) and
    on a Russian line (11.6 us), and no slower than splitting on Chinese and Japanese lines.
    """
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def collapse(text: str) -> str:
    """``text`` with runs of spaces (any width) as one space, stripped."""
    if _single_spaced(text):
        return text
    # str.split splits at exactly the characters of _SPACES and those above: without them in the
    # text (nearly every line), split and join is the same and does not try the class at every
    # character.
    if any(char in text for char in _NOT_SPACES) or (
        not text.isascii() and any(char in text for char in _NOT_SPACES_WIDE)
    ):
        return _SPACES.sub(" ", text).strip()
    return " ".join(text.split())


#: Each ASCII character, punctuation, spaces and controls (what ``_NOT_WORD`` matches in ASCII
#: text) as spaces: a translation table indexed by code point (a str: no dict lookup per character).
_ASCII_NOT_WORD = "".join(c if c.isalnum() else " " for c in map(chr, range(128)))


def fold(text: str) -> str:
    """``text`` lower-cased with punctuation as spaces: how two spellings of a line are compared."""
    if text.isascii():  # translate has a table fast path for ASCII; the class is tried per character
        return " ".join(text.translate(_ASCII_NOT_WORD).split()).lower()
    return _NOT_WORD.sub(" ", text).strip().lower()


_WORD_RUN = re.compile(r"[^\W_]+")


def folds_to(line: str, folded: str) -> bool:
    """``fold(line) == folded``, without folding a line whose first word already differs.

    A folded line's first word is its first run of word characters lowercased (alone, it lowercases
    as in the whole line: nothing stands before it, a space or nothing after it).
    """
    first = _WORD_RUN.search(line)
    if first is None:
        return folded == ""
    if first.group().lower() != folded.split(" ", 1)[0]:
        return False
    return fold(line) == folded


def first_word(line: str) -> str | None:
    """The first word of ``fold(line)`` (its first run of word characters, lowercased), or None when
    the line has no word character (then ``fold(line)`` is empty)."""
    first = _WORD_RUN.search(line)
    return None if first is None else first.group().lower()


def folds_starting_with(line: str, folded: str) -> bool:
    """``fold(line).startswith(folded)``, without folding a line whose first word already rules it out.

    As in ``folds_to``, the first word of ``fold(line)`` is the line's first run of word characters
    lowercased. Where ``folded`` goes on past its first word, that word must be the line's whole
    first word; where it is one word, the line's first word must start with it.
    """
    if folded:
        wanted, space, _rest = folded.partition(" ")
        word = first_word(line)
        if word is None or ((word != wanted) if space else not word.startswith(wanted)):
            return False
    return fold(line).startswith(folded)


@lru_cache(maxsize=256)
def word_count(line: str) -> int:
    """Length in words; CJK text (no spaces) counts about two characters a word."""
    if line.isascii():  # no CJK character: the count is the words alone
        return len(line.split())
    return len(line.split()) + len(_CJK.findall(line)) // 2


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends like a sentence (a full stop, perhaps inside closing quotes)."""
    return _TERMINAL.search(line) is not None


def has_headline_word(line: str) -> bool:
    """True when ``line`` holds a word that headlines about an event use ("Talks", "会谈")."""
    return furniture_patterns().headline.search(line) is not None


@lru_cache(maxsize=256)
def is_prose(line: str) -> bool:
    """True when a line reads as running text: a sentence (it ends like one) or a long passage."""
    stripped = line.strip()
    if _BULLET_START.match(stripped):
        return False
    size = word_count(stripped)
    if _TERMINAL.search(stripped) and size >= 5:
        return True
    return size >= 40


def is_breadcrumb(line: str) -> bool:
    """True for a navigation trail ("Home > China News", "Home » News » Readouts") or menu ("A | B | C")."""
    stripped = line.strip()
    if furniture_patterns().breadcrumb_start.match(stripped):
        return True
    if len(stripped.split(None, 16)) > 16:  # more words than a trail has (word_count counts at least these)
        return False
    segments = _BREADCRUMB.split(stripped)
    if len(segments) < 2:
        segments = _MENU.split(stripped)  # "Home | News | Contact": a menu reads like a trail
        if len(segments) < 3:
            return False
    return word_count(stripped) <= 16 and all(len(s.split()) <= 6 for s in segments)


def _scripts(line: str) -> set[str]:
    found: set[str] = set()
    for ch in line:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            found.add(name.split(" ")[0] if name else "?")
    return found


def is_switcher(line: str) -> bool:
    """A language switcher: a few short words in several scripts ("عربي Español 简体中文")."""
    tokens = line.split()
    # an ASCII line has one script at most (Latin letters): no switcher, whatever its words
    if line.isascii() or not 2 <= len(tokens) <= 10 or any(len(t) > 12 for t in tokens):
        return False
    return len(_scripts(line)) >= 3


def looks_like_headline(line: str) -> bool:
    """True when a line could be a headline: not a sentence, not navigation, of headline length."""
    stripped = line.strip()
    if _TERMINAL.search(stripped) and not stripped.endswith(("?", "!", "...")):
        return False
    if stripped.endswith((":", ",", ";")) or _BULLET_START.match(stripped) or is_breadcrumb(stripped):
        return False
    size = word_count(stripped)
    return 2 <= size <= 40 and not is_switcher(stripped)


def is_heading(line: str) -> bool:
    """A section heading or photo caption inside the body: a few words, no sentence end; or a caption
    that ends in its agency's initials in brackets ("Ana Ruiz and Prime Minister Eko Tan ( FNA)")."""
    if _TERMINAL.search(line) or line.endswith((":", "：", ",")):
        return False
    return word_count(line) <= 8 or (
        word_count(line) <= _CREDITED_CAPTION_WORDS
        and _AGENCY_CREDIT.search(line) is not None
        and not _LIST_ITEM.match(line)  # a list's item naming a body ("- Harbour Fund (HF)")
    )


#: A photo caption with no sentence end closed by an agency's initials in brackets ("… ( ENA)",
#: ethionetblog, en-af: fam99) has at most this many words.
_CREDITED_CAPTION_WORDS = 20
_AGENCY_CREDIT = re.compile(r"\(\s*[A-Z]{2,6}\s*\)\s*$")
#: A list's item: a dash, star, bullet or number before it.
_LIST_ITEM = re.compile(r"\s*(?:[-–—*•·▪◦■□◆]|\d{1,2}[.)])\s")


@lru_cache(maxsize=256)
def _compile(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def compile_patterns(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Compile regex source strings once, case-insensitive (cached by the tuple of sources)."""
    return _compile(tuple(patterns))


#: What a pattern's source may hold that would mean something else inside a combined pattern:
#: group references (numbered, named, conditional) and inline global flags.
_NOT_COMBINABLE = re.compile(r"\\[0-9]|\(\?P=|\(\?\(|\(\?[aiLmsux]+\)")


def any_match(patterns: Sequence[re.Pattern[str]]) -> Callable[[str], bool]:
    """A test equal to ``any(p.match(text) for p in patterns)``, as one regex where it can be.

    The patterns' alternation, compiled with their (common) flags, matches at a text's start exactly
    when one of them does; patterns with group references or inline global flags, or of different
    flags, are tried one by one. A pattern that does not open with literal text but needs some
    (``_gate``: ``.{0,80}\\bpublished this content on``, a file name ending ``.jpg``, a "/") is run
    apart, only on a text holding its literals: on a prose line such a pattern costs most of the
    test, backtracking to fail. The literals are looked for in the text lowercased, as ``markers``
    does (a text holding one of ``ASCII_FOLDS``, which lowercase unlike ``re`` folds them, is tried
    by the whole alternation instead).
    """
    from ..markers import ASCII_FOLDS

    gated = [p for p in patterns if _gated(p)]
    whole = _any_match(patterns)
    if not gated:
        return whole
    rest = _any_match([p for p in patterns if not _gated(p)])
    rare = _literal_gated(gated)
    folds = re.compile("[" + "".join(sorted(ASCII_FOLDS)) + "]")

    def test(text: str) -> bool:
        if not text.isascii() and folds.search(text) is not None:
            return whole(text)
        return rest(text) or rare(text, text.lower())

    return test


#: Single characters rare enough in running text for a pattern needing one to be worth a gate.
_RARE_MARKS = frozenset("/@|#_=+*^~<>[]{}\\")


def _gate(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The clauses of literals (``markers.every_clause``) every match of ``pattern`` holds, the most
    selective first, when ``pattern`` is worth running only on texts holding them: one clause of
    literals of two characters or more, or of a rare mark ("/", "@"), and the pattern does not open
    with literal text (such a pattern fails at a text's first character). Else ()."""
    from ..markers import every_clause

    if pattern.flags & re.VERBOSE or _opens_literally(pattern):
        return ()
    clauses = every_clause(pattern.pattern, 1)
    rare = [c for c in clauses if all(len(lit) >= 2 or lit in _RARE_MARKS for lit in c)]
    if not rare:
        return ()
    first = max(rare, key=lambda c: (min(map(len, c)), -len(c)))
    return (first, *(c for c in clauses if c is not first))


def _gated(pattern: re.Pattern[str]) -> bool:
    return bool(_gate(pattern))


def _opens_literally(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` opens with a literal character (of each alternative)."""
    from importlib import import_module  # the regex parser: private modules of ``re`` typeshed leaves out

    parser: Any = import_module("re._parser")
    sre: Any = import_module("re._constants")
    items = list(parser.parse(pattern.pattern, pattern.flags))
    while items and items[0][0] is sre.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    if op is sre.BRANCH:
        return all(len(branch) and branch[0][0] is sre.LITERAL for branch in av[1])
    return op is sre.LITERAL


def _literal_gated(gated: Sequence[re.Pattern[str]]) -> Callable[[str, str], bool]:
    """``any(p.match(text) for p in gated)`` on a text given with its lowercase: a pattern is run only
    where the text holds a literal of each of its clauses. One Aho-Corasick pass over the text looks
    for the most selective clause's literals of them all first; most lines hold none."""
    rows = [(p, _gate(p)) for p in gated]
    finder = _finder(sorted({lit for _p, clauses in rows for lit in clauses[0]}))

    def test(text: str, lowered: str) -> bool:
        if finder is not None:
            try:
                if not finder(lowered.encode("utf-8")):
                    return False
            except UnicodeEncodeError:  # a lone surrogate: the literals are looked for one by one
                pass
        for pattern, clauses in rows:  # loops, not generators: this runs on every line with a literal
            for literal in clauses[0]:
                if literal in lowered:
                    break
            else:
                continue
            if _met(clauses[1:], lowered) and pattern.match(text) is not None:
                return True
        return False

    return test


def _finder(literals: list[str]) -> Callable[[bytes], list[tuple[int, int, int]]] | None:
    """Where any of ``literals`` is in a UTF-8 text (ahocorasick-rs; a literal's UTF-8 bytes are in a
    text's exactly where the literal is), or None without the package."""
    from importlib import import_module

    try:
        ahocorasick_rs = import_module("ahocorasick_rs")
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    automaton = ahocorasick_rs.BytesAhoCorasick([lit.encode("utf-8") for lit in literals])
    finder: Callable[[bytes], list[tuple[int, int, int]]] = automaton.find_matches_as_indexes
    return finder


def _met(clauses: tuple[tuple[str, ...], ...], lowered: str) -> bool:
    """Whether ``lowered`` holds a literal of every clause (loops, not generators: run per line)."""
    for clause in clauses:
        for literal in clause:
            if literal in lowered:
                break
        else:
            return False
    return True


def _any_match(patterns: Sequence[re.Pattern[str]]) -> Callable[[str], bool]:
    """``any_match`` without the literal gates: one alternation where the patterns combine."""
    if not patterns:
        return lambda _text: False
    flags = {p.flags for p in patterns}
    if len(patterns) > 1 and len(flags) == 1 and not any(_NOT_COMBINABLE.search(p.pattern) for p in patterns):
        try:
            combined = re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags.pop())
        except re.error:
            pass
        else:
            return lambda text: combined.match(text) is not None
    return lambda text: any(p.match(text) for p in patterns)


def is_boilerplate(line: str, drop: Sequence[re.Pattern[str]]) -> bool:
    """True when a whole (stripped) line matches one of ``drop`` from its start."""
    stripped = line.strip()
    return any(p.match(stripped) for p in drop)


def first_match(lines: Sequence[str], pattern: re.Pattern[str]) -> int | None:
    """Index of the first line matching ``pattern`` from its start, or None."""
    for index, line in enumerate(lines):
        if pattern.match(line.strip()):
            return index
    return None


def clean_title(text: str, suffixes: Sequence[str] = ()) -> str:
    """A ``<title>`` without its site name: ``suffixes`` (regexes) removed, else the longest segment.

    "Weekly Address: X | example.gov" gives "Weekly Address: X".
    """
    title = collapse(text)
    for pattern in compile_patterns(suffixes):
        stripped = pattern.sub("", title).strip()
        if stripped != title and stripped:
            return stripped
    segments = [s.strip() for s in re.split(r"\s+[|–—-]\s+|\s*_\s*(?=\S)", title) if s.strip()]
    return max(segments, key=len) if len(segments) > 1 else title


def guess_language(paragraphs: Sequence[str], default: str | None = None) -> str | None:
    """BCP-47 primary language of text by script: "zh", "ja", "ko", "ru", else ``default``.

    Only scripts are told apart (Latin text returns ``default``): enough to tell a publisher's
    English pages from its pages in the home language. The rule is the language stage's own first
    step (``readoutlib.analysis.language.script_language``), which then reads the words.
    """
    if all(map(str.isascii, paragraphs)):  # no script but Latin: nothing to count
        return default
    from ..analysis.language import script_language

    return script_language(paragraphs) or default
