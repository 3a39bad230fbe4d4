"""Text primitives every English stage shares: one sentence splitter, one name folder, one initials.

The event stage (the opening sentence), the participants stage (the sentences after it) and the
statements stage (subjects and pronouns sentence by sentence) all read a paragraph as the same
sentences, so that a name suffix, an initial or an abbreviation is decided once. Names and titles
are compared in many places (principals merged by name, an office matched to a title, a speaker
resolved to a participant); each comparison goes through the functions here, so "Núñez" and
"NUNEZ", "EAM" and "External Affairs Minister" are the same thing everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...analysis.sentences import Sentence
from ...analysis.sentences import split_sentences as split
from ...folding import fold
from . import lexicon as lx

__all__ = [
    "ABBREVIATIONS",
    "MONTH_ABBREVIATIONS",
    "NAME_SUFFIXES",
    "TITLE_ABBREVIATIONS",
    "TITLE_CONNECTORS",
    "Sentence",
    "clear_sentences",
    "fold",
    "initials",
    "is_abbreviation",
    "may_be_same_person",
    "near_spelling",
    "spell_out_title",
    "split_sentences",
    "surname",
    "swapped_spelling",
    "word_starts",
    "wordset",
]

# ---------------------------------------------------------------------------------------------
# Name folding: ``fold`` is the core's (``readoutlib.folding``), the same for every language.


#: Suffixes that close a name and are no part of the family name ("Mark T. Lowe, Jr."), lowercase
#: without the period. Written with a period, they still end a sentence ("Marcos Jr. Secretary Lee
#: then said ...").
NAME_SUFFIXES: frozenset[str] = frozenset(lx.NAME_SUFFIXES)
#: Regnal numbers after a name ("Abdullah II") and suffixes: never the family name.
_NOT_SURNAMES = NAME_SUFFIXES | frozenset(("ii", "iii", "iv"))


#: Where one word of a name ends and the next begins: a space or comma, or an initial's period glued
#: to the capitalised word after it ("V.Lind").
_NAME_WORD_GAP = re.compile(r"[\s,]+|(?<=\b[A-Z]\.)(?=[A-Z][a-z])")


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    """The folded family name: "Mark T. Lowe, Jr." → "lowe", "TANAKA Hiroshi" → "tanaka"; an initial
    glued by its period to the family name is cut from it ("V.Lind" → "lind")."""
    words = [w for w in _NAME_WORD_GAP.split(name) if w and w.rstrip(".").lower() not in _NOT_SURNAMES]
    if not words:
        return ""
    # Japanese order: a surname in capitals comes first.
    for word in words:
        if len(word) > 1 and word.isupper() and word.isalpha():
            return fold(word)
    last = words[-1]
    return fold(last.split("-")[-1] if last.lower().startswith(("al-", "el-")) else last)


def near_spelling(a: str, b: str) -> bool:
    """True when two long folded words differ by one letter added, dropped or changed.

    "zelensky" / "zelenskyy", "hussain" / "hussein": one transliteration and another.
    """
    if len(a) < 5 or len(b) < 5 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    rest = a[i + 1 :] if len(a) == len(b) else a[i:]
    return rest == b[i + 1 :]


def swapped_spelling(a: str, b: str) -> bool:
    """True when two long folded words differ only by two neighbouring letters swapped ("meikeljohn" /
    "meiklejohn"): a page's typo of a name it spells right elsewhere (fam233)."""
    if len(a) < 5 or len(a) != len(b) or a == b:
        return False
    i = 0
    while a[i] == b[i]:
        i += 1
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def blended_names(words: Sequence[str]) -> list[str]:
    """The one-word forms a two-word name may be blended to: its given name and the start of its family
    name ("budiwi", "budiwib", … for "budi wibowo"), the press's short form of a leader's name."""
    if len(words) != 2 or len(words[0]) < 3:
        return []
    given, family = words
    return [given + family[:k] for k in range(2, len(family))]


def _blended_name(word: str, words: Sequence[str]) -> bool:
    """True for one word made of a two-word name's given name and its family name's start."""
    return word in blended_names(words)


def may_be_same_person(a: str, b: str) -> bool:
    """True when two written names can name one person (a loose match, for merging mentions).

    Same family name ("Ana Ruiz" / "Ruiz"), one spelling apart ("Zelensky" / "Zelenskyy"), or
    one name a part of the other ("Lula" / "Luiz Silva Lula", "Omar bin Zayed" / "Omar bin Zayed
    Al Nahyan"). ``readoutlib.evaluate.same_name`` is the strict match the scores use.
    """
    if _fathers_name_only(a, b) or _fathers_name_only(b, a):
        return False
    sa, sb = surname(a), surname(b)
    if sa and sa == sb:
        return True
    first_a, first_b = a.split(maxsplit=1), b.split(maxsplit=1)
    if near_spelling(sa, sb) and (len(first_a) == 1 or len(first_b) == 1 or first_a[0] == first_b[0]):
        return True
    wa, wb = fold(a).replace(",", " ").split(), fold(b).replace(",", " ").split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) == 1:
        return (
            (short[0] in long_ and len(short[0]) > 2)
            or _opening_short_family_name(short[0], long_)
            or _blended_name(short[0], long_)
        )
    # "Mohammed bin Zayed" / "Mohamed bin Zayed Al Nahyan": the same words, spelt one letter apart.
    return all(x == y or near_spelling(x, y) for x, y in zip(long_[: len(short)], short, strict=True))


def _opening_short_family_name(word: str, words: Sequence[str]) -> bool:
    """True for a family name of two letters written first that opens the longer name ("Ng" for "Ng
    Eng Hen", "Li" for "Li Keqiang"): East Asian names put the family name first, and the press calls
    the person by it alone ("Dr Ng"). Only first: a two-letter word later in a name is no family name."""
    return len(word) == 2 and word.isalpha() and len(words) >= 2 and words[0] == word


#: Particles of an Arabic name chain that say "son (daughter) of": the word after one is the father's.
_SON_OF = frozenset(("bin", "ibn", "bint"))


def _fathers_name_only(one: str, chain: str) -> bool:
    """True when ``one`` is a single name that ``chain`` holds only as the father's, right after "bin"
    ("Abdullah" in "Hussein bin Abdullah II"): the father, not the son (en-as: King Abdullah and his
    son the Crown Prince, one page; fam158)."""
    words = fold(one).split()
    links = fold(chain).replace(",", " ").split()
    if len(words) != 1 or words[0] not in links:
        return False
    at = [i for i, w in enumerate(links) if w == words[0]]
    return all(i > 0 and links[i - 1] in _SON_OF for i in at)


# ---------------------------------------------------------------------------------------------
# Titles

#: Words a title's initials skip ("Minister of Foreign Affairs" → "MFA").
TITLE_CONNECTORS: frozenset[str] = frozenset(("of", "for", "and", "the", "&"))
_TITLE_WORD_SPLIT = re.compile(r"[\s-]+")


def initials(title: str, connectors: frozenset[str] = TITLE_CONNECTORS) -> str:
    """The initials of a title's words, skipping ``connectors``: "External Affairs Minister" → "EAM".

    Hyphenated words give one initial per part and a double office keeps its slash:
    "High Representative/Vice-President" → "HR/VP".
    """
    parts = (
        "".join(w[0] for w in _TITLE_WORD_SPLIT.split(part) if w and w not in connectors)
        for part in title.split("/")
    )
    return "/".join(parts).upper()


#: Abbreviated titles and what they stand for ("PM Ana Ruiz" is "Prime Minister Ana Ruiz").
TITLE_ABBREVIATIONS: dict[str, str] = {
    "PM": "Prime Minister",
    "FM": "Foreign Minister",
    "Sec.": "Secretary",
    "Sec": "Secretary",
}


def spell_out_title(title: str) -> str:
    """A title with its abbreviated words spelt out: "PM" → "Prime Minister"."""
    return " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in title.split())


# ---------------------------------------------------------------------------------------------
# Abbreviations

#: Words written with a period that ends no sentence and stays on the word ("Mr.", "Gen.", "Inc."),
#: lowercase without the period: the lexicon's ``SENTENCE_ABBREVIATIONS``.
ABBREVIATIONS: frozenset[str] = frozenset(lx.SENTENCE_ABBREVIATIONS)


#: Abbreviated months, whose period ends no sentence before the day ("on Dec. 5, the …", "Sept. 12").
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
)


def is_abbreviation(word: str) -> bool:
    """True for a word (without its period) that is written with one: "Mr", "Gen", "vs", "Jr"; a word
    in capitals ("NO", "CO", "JR") is read as a word."""
    lower = word.lower()
    return (lower in ABBREVIATIONS or lower in NAME_SUFFIXES) and not word.isupper()


# ---------------------------------------------------------------------------------------------
# Sentences


def split_sentences(text: str, start: int = 0, *, semicolons: bool = False) -> list[Sentence]:
    """English sentences of ``text`` with their offsets: the project's one splitter
    (``readoutlib.analysis.sentences``) with the English abbreviations and name suffixes.

    "the U.S. Secretary of State" is one sentence; "Marcos Jr. Secretary Lee then said" two.
    """
    return list(_split_once(text, start, semicolons))


@lru_cache(maxsize=1024)  # the event, participants and statements stages split the same paragraphs
def _split_once(text: str, start: int, semicolons: bool) -> tuple[Sentence, ...]:
    """``split_sentences``' answer, worked out once per page (``clear_sentences`` forgets it): each
    caller gets a list of its own."""
    return tuple(
        split(
            text,
            start,
            semicolons=semicolons,
            abbreviations=ABBREVIATIONS,
            suffixes=NAME_SUFFIXES,
            before_figures=MONTH_ABBREVIATIONS,
        )
    )


def clear_sentences() -> None:
    """Forget the sentences split on the page (the participants stage's ``clear_page_caches``)."""
    _split_once.cache_clear()


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block (keeps long word lists readable)."""
    return frozenset(text.split())


def _glues(char: str) -> bool:
    """True for a character that would join a word written beside it: a word character (``re``'s
    ``\\w``: ``str.isalnum`` or "_") or a hyphen."""
    return char.isalnum() or char in "_-"


def word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` with no word character or hyphen against it, in order: what
    ``re.finditer(rf"(?<![\\w-]){re.escape(word)}(?![\\w-])", text)`` finds (its starts), without a
    pattern compiled for each word. A name's pattern compiled per page costs more than its search,
    and ``re``'s cache of 512 patterns keeps none of them for long over a corpus of new names."""
    found: list[int] = []
    size = len(word)
    if not size:
        return found
    at = text.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not _glues(text[at - 1])) and (end == len(text) or not _glues(text[end])):
            found.append(at)
            at = text.find(word, end)  # matches do not overlap, as ``finditer``'s do not
        else:
            at = text.find(word, at + 1)
    return found
