"""Person-name and title recognition in English readout text.

Readouts name their principals in a handful of shapes: a title before the name ("Chilean Foreign
Minister Ana Ruiz"), an appositive after it ("Mr. Kenji Sato, Minister for Trade of Japan,"), "the
<title>, <name>" ("the Austrian Chancellor, Eva Gruber"), the office alone ("The Prime
Minister"), a name with a country after it ("President Carlos Vega of Peru") and, on Japanese
pages, a capitalised surname first ("TANAKA Hiroshi"). This module finds those *mentions* with
a small token scanner over generic word lists (titles, honorifics, organisation words); it holds no
publisher's names. ``participants.py`` decides which mentions are principals.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import compress
from operator import and_, attrgetter, itemgetter, not_
from typing import NamedTuple, TypeVar

import attrs

from ...analysis.countries import (
    COUNTRY_PATTERN,
    COUNTRY_WORD_GATE,
    DEMONYM_PATTERN,
    ORGANISATION_CODES,
    country_from_demonym,
    country_from_name,
    country_of_capital,
    organisation_of_title,
)
from ...budget import check
from ...rules import Table, load_table, table_rows
from ..packtables import table_words
from .lexicon import NAME_HONORIFICS, OFFICE_NOUNS, STYLES_IN_NAMES
from .text import fold, is_abbreviation, spell_out_title, surname
from .text import wordset as _wordset

__all__ = [
    "Mention",
    "Token",
    "clear_page_memos",
    "find_mentions",
    "first_honorific",
    "first_title",
    "fold",
    "is_title_word",
    "name_runs",
    "normalise_title",
    "people_named",
    "slug",
    "state_office_country",
    "state_offices",
    "surname",
    "table_words",
    "tokenize",
]


def _table(filename: str) -> Table:
    """One of the English rule tables the name reader reads its word lists from."""
    # Read through ``readoutlib.languages``: the English pack imports the analysis, not the reverse.
    return load_table("readoutlib.languages", f"en/{filename}")


# ---------------------------------------------------------------------------------------------
# Word lists (generic English; extendable through Profile.title_words / Profile.honorifics)

#: Words that end a title: "Minister", "President", "Secretary". Singular only: "Ministers" is a group.
#: The "head" rows of ``languages/en/title_words.toml``.
TITLE_HEADS: frozenset[str] = table_words(_table("title_words.toml"), "head")

#: Words that may stand before a head inside a title ("Foreign", "Deputy", "Federal"): the
#: "modifier" rows of ``languages/en/title_words.toml``.
TITLE_MODIFIERS: frozenset[str] = table_words(_table("title_words.toml"), "modifier")

#: Nouns of the complement of a title ("of State", "for Foreign Affairs", "of the CPC Central
#: Committee"): the "complement" rows of ``languages/en/title_words.toml``.
COMPLEMENT_WORDS: frozenset[str] = table_words(_table("title_words.toml"), "complement")

#: Honorifics and courtesy styles dropped from names ("Mr.", "H.E.", "Shri", "Rt"): the "name" rows of
#: ``languages/en/honorifics.toml`` (a page's "Mr." or "Dato’" is read as "Mr" or "Dato").
HONORIFICS: frozenset[str] = frozenset(NAME_HONORIFICS)

#: Two-word styles whose first word alone is a common family name: "Tan Sri" is a style, "Tan" a name.
_STYLE_PAIRS: dict[str, frozenset[str]] = {"Tan": frozenset(("Sri", "Seri")), "Toh": frozenset(("Puan",))}
#: Styles written as initials with a space between them, two tokens: "H. E." (His or Her Excellency),
#: also without full stops ("Minister of State H E Sheikh Ali Haddad met …", a Gulf ministry's copy).
_SPACED_STYLES = frozenset((("H.", "E."), ("H", "E")))
#: Spaced initials that are a style only before another style, as they may be a name's initials: the
#: French "S. E." (Son Excellence) left in an English translation ("S. E. Dr. Omar Touray", en-g).
_SPACED_STYLES_BEFORE_STYLE = frozenset((("S.", "E."),))

#: Month names that are also given names ("Jan Novak", "Theresa May"): part of a name between names.
_MONTH_NAMES_OF_PEOPLE = frozenset(("Jan", "April", "May", "June", "August"))
#: Words before a month that make it a date ("in May", "since June", "early August").
_DATE_LEAD = _wordset(
    """
    in on of since until till by from early late mid last next this during through before after
    """
)

#: Last parts of hyphenated titles: "President-Elect", "Prime Minister-Designate".
_TITLE_SUFFIXES = frozenset(("Elect", "Designate", "Delegate"))

#: Particles after which the next word is a parent's name, whatever else it can be ("bin Sultan").
#: "al" before a family's name counts too, in either case ("Haitham bin Tarik al Said", "… Al Said": "Said" is
#: no verb there; fam222, en-bl, Petra).
_PATRONYMIC = frozenset(("bin", "ibn", "bint", "binti", "ben", "al", "Al"))

#: Family words after which a single given name is a person ("his daughter Mira").
KINSHIP: frozenset[str] = _wordset(
    """
    daughter son wife husband brother sister mother father widow widower uncle aunt cousin
    """
)

#: Lower-case particles inside names ("al-Rashid", "bin Khalid", "van der Berg", "da Costa").
PARTICLES: frozenset[str] = _wordset(
    """
    al el ad ash as bin bint ibn abu van von der den de da di du del della dos das la le ul ur ben
    """
)

#: Capitalised words that are never part of a person's name: headline verbs and nouns, names of
#: things ("Forum", "Initiative"), sentence-initial function words, generic page furniture: the words
#: the rows of ``languages/en/not_names.toml`` list.
NOT_NAME: frozenset[str] = table_words(_table("not_names.toml"))

#: Nouns of places and buildings ("Park", "Hill", "Hall"): never a name alone, but a family name
#: written first between a title and a short given name ("Foreign Minister Park Jin"): the "place"
#: row of ``languages/en/not_names.toml``.
PLACE_NOUNS: frozenset[str] = table_words(_table("not_names.toml"), "place")
#: Not-name words that may be a family name written first, right after a title: the place nouns and
#: the calendar words that are also family names ("Ambassador Sun Baohong").
_FAMILY_FIRST_NOUNS: frozenset[str] = PLACE_NOUNS | table_words(_table("not_names.toml"), "family")


_COUNTRY_SPANS = re.compile(f"{COUNTRY_WORD_GATE}(?:{COUNTRY_PATTERN}|{DEMONYM_PATTERN})")


class Token(NamedTuple):
    """A word or punctuation mark with its offsets in the scanned text.

    A name scan makes one for every word of a body and reads each many times over, so a token is
    a named tuple (quick to make), and what is read of its word is worked out once, by ``of``.
    """

    text: str
    start: int
    end: int
    #: The word without a possessive ending or a trailing period ("Gruber's" → "Gruber").
    bare: str
    #: True for "Gruber's" / "Powers'".
    possessive: bool
    #: True unless the token is punctuation.
    is_word: bool

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Token:
        """The token of ``text`` at ``start:end``."""
        return cls(text, start, end, *_word_facts(text))


@lru_cache(maxsize=16384)  # a page repeats its words: each is read once
def _word_facts(word: str) -> tuple[str, bool, bool]:
    """A token's bare word, whether it is possessive, whether it is a word (not punctuation)."""
    bare = word
    if bare.endswith(("'s", "’s")):
        bare = bare[:-2]
    elif bare.endswith(("s'", "s’")):
        bare = bare[:-1]
    if bare.endswith(".") and bare.count(".") == 1:
        bare = bare.rstrip(".")
    return bare, word.endswith(("'s", "’s", "s'", "s’")), word[0].isalnum()


#: How many characters ``tokenize`` reads between two checks of the time budget.
_CHECK_EVERY = 4096


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word and punctuation tokens with offsets.

    A period stays on a token only where it marks an abbreviation or an initial ("Mr.", "R.",
    "U.S."); a sentence's final period becomes its own token.
    """
    tokens: list[Token] = []
    append = tokens.append
    # The common case made here without the calls of Token.of and Token.__new__ (the same tuple).
    new, plain = tuple.__new__, _plain_facts
    checked = -1  # the time budget is checked every few thousand characters, not at every word
    for m in _WORD.finditer(text):
        word = m.group()
        start = m.start()
        if start > checked:
            check()
            checked = start + _CHECK_EVERY
        facts = plain(word)
        if facts is not None and start:  # most words: one look in the cache, no test below
            # A sum of tuples: the starred form builds a list first (about 0.3 us a token more).
            append(new(Token, (word, start, start + len(word)) + facts))  # noqa: RUF005
        else:
            _read_word(text, word, start, append)
    return tokens


def _read_word(text: str, word: str, start: int, append: Callable[[Token], None]) -> None:
    """Append the tokens of ``word`` (at ``start`` in ``text``) read step by step: what is glued to it
    cut off, a sentence's period apart from the word, a story's first word in capitals recased."""
    end = start + len(word)
    if "." in word:  # most words hold no period: no call
        word, start = _split_glued(word, start, append)
    if word[0].isupper() and len(word) > 4:
        word, start, end = _split_glued_end(word, start, end, append)
    if word[-1] == "." and len(word) > 1 and word[0].isalnum():
        stem = word[:-1]
        initial = len(stem) == 1 and stem.isupper()
        if not (is_abbreviation(stem) or initial or "." in stem or stem in HONORIFICS):
            append(Token.of(stem, start, end - 1))
            append(Token.of(".", end - 1, end))
            return
    if start == 0 and word.isupper() and _CAPS_OPENER.match(text, end):
        # "THE Prime Minister and …", as newspapers set a story's first word: read as written
        # in Title Case (an acronym such as "UN" is left alone: it is no title word or "The").
        cased = word.capitalize()
        word = cased if cased == "The" or cased in TITLE_HEADS or cased in TITLE_MODIFIERS else word
    append(Token.of(word, start, end))


@lru_cache(maxsize=16384)  # a page repeats its words: each is told once
def _plain_facts(word: str) -> tuple[str, bool, bool] | None:
    """``_word_facts`` of a word ``tokenize`` keeps whole and as written wherever it stands but at a
    text's first offset: no period in it, and nothing glued to its end (``_split_glued_end``); None
    for any other word, which ``tokenize`` reads step by step."""
    if "." in word:
        return None
    if word[0].isupper() and len(word) > 4 and _glued_end(word):
        return None
    return _word_facts(word)


def _glued_end(word: str) -> bool:
    """True when ``_split_glued_end`` cuts something off the capitalised ``word``."""
    return bool(_glued_opener(word)) or (word[-1].isupper() and _STRAY_CAPITAL.search(word) is not None)


def _split_glued_end(
    word: str, start: int, end: int, append: Callable[[Token], None]
) -> tuple[str, int, int]:
    """The rest of a capitalised ``word`` (and its start and end) once what is glued to its end is dealt
    with: a caption's last word before the next sentence's opening word ("BergThe") is appended as a
    token of its own; a decoding artefact ("PresidentĀ Ilham …") is dropped."""
    cut = _glued_opener(word)
    if cut:
        append(Token.of(word[:cut], start, start + cut))
        return word[cut:], start + cut, end
    if word[-1].isupper() and _STRAY_CAPITAL.search(word):
        return word[:-1], start, end - 1
    return word, start, end


def _split_glued(word: str, start: int, append: Callable[[Token], None]) -> tuple[str, int]:
    """Append the tokens glued before the rest of ``word`` by a period, and return that rest and its start.

    "Dr.Tax": the style, then the name read on its own; "Samaraweera.Sri": a sentence's end with no
    space, its word and period, then the next sentence's first word read apart.
    """
    glued = _glued_style(word)
    if glued:
        append(Token.of(word[:glued], start, start + glued))
        word, start = word[glued:], start + glued
    cut = _sentence_glue(word)
    if cut:
        append(Token.of(word[:cut], start, start + cut))
        append(Token.of(".", start + cut, start + cut + 1))
        word, start = word[cut + 1 :], start + cut + 1
    return word, start


#: A short style glued by its period to a capitalised word: "Dr.Tax", "Mr.Brand".
_GLUED_STYLE = re.compile(r"([A-Z][a-z]{1,3}\.)(?=[A-Z][a-z]+\.?$)")


#: An initial glued by its period to the family name after it: "R.Lamamra" (Russia MFA's English pages),
#: also where the sentence's full stop closes the name ("… to the President V.Putin."): that stop is
#: then cut from the name as after any other word.
_GLUED_INITIAL = re.compile(r"[A-Z]\.(?=[A-Z][a-z]{2,}\.?$)")


#: A sentence's last word glued by its period to the next sentence's capitalised first word
#: ("… Samaraweera.Sri Lanka and …"); the word before the period ends in two small letters, so an
#: initial or an acronym ("U.S.", "J.Smith") is not cut.
_SENTENCE_GLUE = re.compile(r"(?<=[a-z][a-z])\.(?=[A-Z][a-z])")


#: A caption's last word glued with no space to the next sentence's opening word ("… BergThe call
#: lasted …", a news page's photo caption run into its body): a capitalised article or pronoun after
#: two small letters ends the word, never a brand's inner capital ("YouTube", "LinkedIn").
_GLUED_OPENER = re.compile(r"(?<=[a-z]{2})(?:The|This|These|That|Those|He|She|They|We)$")


#: One letter outside ASCII (a capital: see ``tokenize``) glued after small ASCII letters at a word's
#: end ("PresidentĀ"): a mis-decoded space, no letter of the word (a name's letters are not mixed so).
_STRAY_CAPITAL = re.compile(r"(?<=[a-z]{3})(?-i:[^\x00-\x7f])$")


def _glued_opener(word: str) -> int:
    """Where a sentence's opening word is glued to the word before it ("BergThe"), else 0."""
    m = _GLUED_OPENER.search(word)
    return m.start() if m else 0


def _sentence_glue(word: str) -> int:
    """Where a sentence's period glues two words with no space ("Samaraweera.Sri"), else 0.

    A style or an abbreviation before the period ("Dr.", "Gen.") keeps its period: it is no sentence end.
    """
    m = _SENTENCE_GLUE.search(word)
    if m is None:
        return 0
    stem = word[: m.start()]
    if "." in stem or is_abbreviation(stem) or stem in HONORIFICS:
        return 0
    return m.start()


def _glued_style(word: str) -> int:
    """The length of a style (``HONORIFICS``) or an initial glued to the name after it with no space
    ("Dr.Tax", "R.Lamamra"), else 0."""
    if "." not in word or not word[0].isupper():
        return 0
    if _GLUED_INITIAL.match(word):
        return 2
    m = _GLUED_STYLE.match(word)
    return m.end() if m and m.group(1)[:-1] in HONORIFICS else 0


#: A Title Case word after a story's first word set in capitals ("THE Prime Minister").
_CAPS_OPENER = re.compile(r"\s+[A-Z][a-z]")


def slug(text: str) -> str:
    """A lowercase id: "Ana Ruiz" → "ana-ruiz", "The Prime Minister" → "the-prime-minister".

    Names in other scripts keep their letters: "山田花子" stays, "アンナ・シュミット" → "アンナ-シュミット".
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not value or len(value) < len(re.sub(r"\W", "", text)) // 2:
        value = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFKC", text).lower()).strip("-")
    return value or "participant"


def normalise_title(title: str) -> str:
    """A title with abbreviations spelt out and case folded, for comparing titles across mentions."""
    return fold(spell_out_title(title))


# ---------------------------------------------------------------------------------------------
# Word classes


@attrs.frozen
class Lexicon:
    """The word lists in force: the generic ones plus a profile's additions."""

    heads: frozenset[str]
    modifiers: frozenset[str]
    honorifics: frozenset[str]
    #: What ``_name_like`` and ``_is_honorific`` answer for a word in this lexicon: each depends on
    #: the word alone, and a page reads its words many times over (filled as words are read).
    name_words: dict[str, bool] = attrs.field(factory=dict, eq=False, repr=False)
    styles: dict[str, bool] = attrs.field(factory=dict, eq=False, repr=False)
    #: Whether a capitalised word may open a name run at all (``_may_open``), by word.
    openers: dict[str, bool] = attrs.field(factory=dict, eq=False, repr=False)


@lru_cache(maxsize=64)
def lexicon(extra_titles: tuple[str, ...] = (), extra_honorifics: tuple[str, ...] = ()) -> Lexicon:
    """The lexicon with a profile's extra title heads and honorifics (cached per profile)."""
    heads = set(TITLE_HEADS)
    modifiers = set(TITLE_MODIFIERS)
    for title in extra_titles:
        words = title.split()
        if words:
            heads.add(words[-1])
            modifiers.update(words[:-1])
    return Lexicon(frozenset(heads), frozenset(modifiers), HONORIFICS | frozenset(extra_honorifics))


def is_title_word(word: str, lex: Lexicon | None = None) -> bool:
    """True when ``word`` can be part of a title ("Minister", "Foreign", "Deputy")."""
    lex = lex or lexicon()
    return word in lex.heads or word in lex.modifiers


def _is_honorific(tok: Token, lex: Lexicon) -> bool:
    """True for a style, with or without its period or apostrophe ("Mr.", "Dato’")."""
    known = lex.styles.get(tok.text)
    if known is None:
        text = tok.text.replace("’", "'")
        honorifics = lex.honorifics
        known = text in honorifics or text.rstrip(".") in honorifics or text.rstrip("'") in honorifics
        _remember(lex.styles, tok.text, known)
    return known


_K = TypeVar("_K")
_V = TypeVar("_V")
#: A title phrase as ``_left_titles`` remembers it: its text, its tokens' (start, end) in that text,
#: and whether it is definite.
_TitlePhraseKey = tuple[str, tuple[tuple[int, int], ...], bool]
#: What ``_left_titles`` answered for each title phrase in each lexicon on this page: a page names
#: its people with the same titles again and again ("President", "the Prime Minister of India"),
#: and the answer reads nothing but the phrase. Forgotten with the page (``clear_page_memos``).
_LEFT_TITLES: dict[tuple[Lexicon, _TitlePhraseKey], tuple[tuple[str, ...], str | None]] = {}


def clear_page_memos() -> None:
    """Forget the title phrases and the country phrases read on the page (the participants stage's
    ``clear_page_caches``)."""
    _LEFT_TITLES.clear()
    country_matches.cache_clear()


#: How many words a lexicon remembers the answers for before it forgets them all (a long batch
#: meets new names without end).
_REMEMBERED = 65536


def _remember(known: dict[_K, _V], key: _K, answer: _V) -> None:
    if len(known) >= _REMEMBERED:
        known.clear()
    known[key] = answer


def _honorific_at(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True when the token at ``i`` is a style, not a name: an honorific ("Dato’", "Seri", "H.E."),
    or the first word of a two-word style ("Tan" in "Tan Sri", though "Tan" alone is a family name)."""
    if _is_honorific(tokens[i], lex):
        return True
    text = tokens[i].text
    if (len(text) == 1 or (len(text) == 2 and text[1] == ".")) and _spaced_style(tokens, i):
        return True
    follow = _STYLE_PAIRS.get(text)
    return follow is not None and i + 1 < len(tokens) and tokens[i + 1].bare in follow


def _spaced_style(tokens: Sequence[Token], i: int) -> bool:
    """True when the initial at ``i`` is one of a style's spaced initials ("H." or "E." of "H. E.")."""
    after = i + 1 < len(tokens) and (tokens[i].text, tokens[i + 1].text) in _SPACED_STYLES
    if after or (i >= 1 and (tokens[i - 1].text, tokens[i].text) in _SPACED_STYLES):
        return True
    return any(_style_before_style(tokens, first) for first in (i, i - 1))


def _style_before_style(tokens: Sequence[Token], first: int) -> bool:
    """True when the tokens from ``first`` are spaced initials that are a style before another style
    ("S. E. Dr. Omar Touray")."""
    if first < 0 or first + 2 >= len(tokens):
        return False
    pair = (tokens[first].text, tokens[first + 1].text)
    return pair in _SPACED_STYLES_BEFORE_STYLE and _is_honorific(tokens[first + 2], lexicon())


def _month_name_of_person(tokens: Sequence[Token], i: int, lex: Lexicon, *, inside: bool) -> bool:
    """True when a month word is a given name or family name: "Jan" before a name ("Jan Novak",
    not after "in" or a figure), "May" after one ("Theresa May", not before a figure)."""
    tok = tokens[i]
    if tok.bare not in _MONTH_NAMES_OF_PEOPLE:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and (
        nxt.text[0].isdigit() or (nxt.text == "," and i + 2 < len(tokens) and tokens[i + 2].text[0].isdigit())
    ):
        return False
    if inside:
        return True
    prev = tokens[i - 1] if i >= 1 else None
    if prev is not None and (prev.text.lower() in _DATE_LEAD or prev.text[0].isdigit()):
        return False
    if prev is not None and prev.bare in lex.heads and i >= 2 and tokens[i - 2].text[:1].isupper():
        return True  # a surname after a title of two words or more: "Prime Minister May", "PM May"
    return nxt is not None and not tok.possessive and _name_like(nxt, lex)


def _country_word(tok: Token) -> str | None:
    """The code when the token is a country, organisation or demonym word ("Russian", "France's")."""
    word = tok.text
    if not word[0].isupper():
        return None
    return country_from_demonym(word)


def _name_like(tok: Token, lex: Lexicon) -> bool:
    """True when a token can be part of a person's name."""
    known = lex.name_words.get(tok.text)
    if known is None:
        known = _read_name_like(tok, lex)
        _remember(lex.name_words, tok.text, known)
    return known


def _read_name_like(tok: Token, lex: Lexicon) -> bool:
    """``_name_like`` worked out: its answer depends on the token's word (``bare`` is the word's)."""
    word = tok.text
    if not word[0].isalpha() or "&" in word:  # "B&H": an abbreviation
        return False
    bare = tok.bare
    if not bare:
        return False
    if bare in NOT_NAME or bare in lex.heads or bare in lex.modifiers or bare in COMPLEMENT_WORDS:
        return False
    if _is_honorific(tok, lex):
        return False
    if "-" in bare and all(
        part in lex.heads or part in lex.modifiers or part in _TITLE_SUFFIXES for part in bare.split("-")
    ):
        # "President-Elect", "Minister-Counsellor": a title ("Amir-Abdollahian" is a name).
        return False
    return _name_word(word, bare)


@lru_cache(maxsize=8192)
def _name_word(word: str, bare: str) -> bool:
    """The context-free part of ``_name_like`` (memoised per word: it is called for every token)."""
    if bare.lower() in PARTICLES and word.islower():
        return True
    if "-" in bare and bare.split("-", maxsplit=1)[0].lower() in PARTICLES:
        return bare.split("-", 1)[1][:1].isupper()
    if "-" in bare and not all(part[:1].isupper() for part in bare.split("-") if part):
        # "Washington-based", "Good-neighborliness": a compound word, not a name.
        return False
    if not bare[0].isupper():
        return False
    if _common_word_shape(bare):
        return False
    if _ACRONYM_WITH_S.fullmatch(bare):
        return False  # "FSMs Mori meets …": an acronym's possessive without its apostrophe, or a plural
    if country_from_demonym(bare) is not None or country_from_name(bare) is not None:
        return False
    if (
        bare.endswith("s")
        and country_from_demonym(bare[:-1]) is not None
        and country_from_name(bare[:-1]) is None
    ):
        # "Armenians", "Kenyans": a people, not a person; a country's name with an "s" is no
        # people's word ("Frances" is a given name).
        return False
    # A hyphenated pair of countries ("China-Russia", "Pak-U.S.") is not a name.
    return not ("-" in bare and any(country_from_demonym(part) for part in bare.split("-")))


#: Capitals with an "s": an acronym's plural or its possessive written without the apostrophe ("FSMs").
_ACRONYM_WITH_S = re.compile(r"[A-Z]{2,}s")


#: A word shortened with an apostrophe before its last letter ("Gov't", "Int’l"); names put a capital
#: or several letters after theirs ("O'Neil", "Ma'ruf").
_APOSTROPHE_SHORT = re.compile(r"[A-Z][a-z]{1,5}['’][a-z]")


def _common_word_shape(bare: str) -> bool:
    """True for a capitalised word whose shape no personal name has."""
    if any(ch.isdigit() for ch in bare):
        return True
    if _APOSTROPHE_SHORT.fullmatch(bare):
        # "Gov't", "Int'l", "Nat'l": a word shortened with an apostrophe, never a name.
        return True
    # "Protection", "Championship", "Epidemiology", "Society": English nouns, never names.
    return len(bare) > 5 and bare.lower().endswith(_NOUN_ENDINGS)


#: Endings of English abstract nouns that no personal name has.
_NOUN_ENDINGS = ("tion", "sion", "ness", "ism", "ship", "ogy", "ity", "ities", "iety")
#: A given name of two syllables joined by a hyphen ("Tae-yul", "Jong-un"), after a family name, or a
#: family name of three ("Chan-o-cha": Thai names written with hyphens between their syllables).
_SYLLABLE_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}(?:-[a-z]{1,5})?")
#: Second parts of ordinary hyphenated English words ("Ruiz-led", "Oslo-based").
_COMPOUND_ENDS = _wordset("based led run term level owned like wide made born style type year day long")
#: Middle parts of English compounds of three ("face-to-face", "state-of-the-art", "run-in-chief").
_COMPOUND_MIDDLES = _wordset("to of in on and by the a for at or")


#: A hyphenated given name broken by the page after its hyphen ("Kyung- wha", a line-wrap's trace):
#: a capitalised syllable, the hyphen, one space and a lowercase syllable that ends the word and is
#: no English compound's ending or joining word ("Oslo- based", "Asia- and Europe-facing").
_SPACED_SYLLABLES = (
    r"(?-i:[A-Z][a-z]{1,4}-\x20(?!(?:"
    + "|".join(sorted(_COMPOUND_ENDS | _COMPOUND_MIDDLES | {"nor", "as", "with"}))
    + r")\b)[a-z]{1,5})(?![\w'’-])"
)

# A word: letters/digits with inner apostrophes, hyphens and (abbreviation) periods; a trailing
# apostrophe before a space is kept ("Shia'"), a trailing period is decided afterwards.
#: A word; capitals joined by "&" ("B&H", "AT&T") are one abbreviation, never initials of a name.
_WORD = re.compile(
    r"(?-i:[A-Z]{1,4}&[A-Z]{1,4})(?!\w)|"
    + _SPACED_SYLLABLES
    + r"|\w+(?:[-'’.]\w+)*(?:['’](?=\s)|\.)?|[^\w\s]"
)


def _syllable_name(word: str) -> bool:
    """True for a hyphenated given name with a lowercase syllable ("Tae-yul", "Chan-o-cha"), not
    "Oslo-based" or "Face-to-face"."""
    word = word.replace("- ", "-")  # "Kyung- wha" as the page broke it
    if not _SYLLABLE_NAME.fullmatch(word):
        return False
    parts = word.split("-")
    return parts[1] not in _COMPOUND_ENDS and not (len(parts) > 2 and parts[1] in _COMPOUND_MIDDLES)


def _is_initial(tok: Token) -> bool:
    """True for an initial: one capital and a period ("R.")."""
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text.endswith(".")


# ---------------------------------------------------------------------------------------------
# Name runs


@attrs.frozen
class Run:
    """A run of name tokens: ``tokens[first:last]`` (``last`` exclusive) and the name as written."""

    first: int
    last: int
    name: str
    start: int
    end: int


_end_of = attrgetter("end")
_TEXT, _IS_WORD = itemgetter(0), itemgetter(5)


@lru_cache(maxsize=1024)
def country_matches(text: str) -> tuple[re.Match[str], ...]:
    """The country, organisation and demonym phrases of ``text`` (``_COUNTRY_SPANS``), searched once
    per text on a page: the name scan's country tokens and the participants' country words read the
    same paragraphs (forgotten with the page, ``clear_page_memos``)."""
    return tuple(_COUNTRY_SPANS.finditer(text))


def country_tokens(tokens: Sequence[Token], text: str) -> set[int]:
    """Indices of tokens inside a country, organisation or demonym phrase ("United States of America")."""
    found: set[int] = set()
    i = 0
    for m in country_matches(text):
        check()
        a, b = m.start(), m.end()
        # The first token ending after ``a`` (the tokens' ends ascend): found by halving, not by a
        # step per word of the text between two country words.
        i = bisect_right(tokens, a, lo=i, key=_end_of)
        k = i
        while k < len(tokens) and tokens[k].start >= a and tokens[k].end <= b + 2:
            if tokens[k].is_word:
                # A comma after the country ("of Kenya, and") is not part of its name.
                found.add(k)
            k += 1
    return found


def name_runs(
    tokens: Sequence[Token], text: str, lex: Lexicon | None = None, countries: set[int] | None = None
) -> list[Run]:
    """Maximal runs of name-like tokens, with a ", Jr." suffix kept; no validity check yet."""
    lex = lex or lexicon()
    if countries is None:
        countries = country_tokens(tokens, text)
    runs: list[Run] = []
    i = 0
    # Punctuation and lowercase words open no name: the tokens that may, picked out in C (the
    # words not in lowercase), so the loop below visits only them.
    capitalised = map(not_, map(str.islower, map(_TEXT, tokens)))
    openers = compress(range(len(tokens)), map(and_, map(_IS_WORD, tokens), capitalised))
    may_open = lex.openers
    for index in openers:
        if index < i:
            continue  # inside the run just read
        i = index
        check()
        tok = tokens[i]
        may = may_open.get(tok.text)
        if may is None:
            may = _may_open(tok, lex)
            _remember(may_open, tok.text, may)
        if not may or not _opens_run(tokens, i, lex, countries):
            continue
        last = _run_end(tokens, i, lex, countries)
        if _one_word_of_a_title(tokens, i, last, lex):
            # "Minister for Sport", "Foreign Affairs and Emigration", "Chairman of the Workers’
            # Party": a one-word part of a title.
            i = last
            continue
        last = _with_name_suffix(tokens, last)
        if _second_company_before_name(tokens, i, last) or _body_name_end_before_name(tokens, i, last):
            # "board member of Tesla and SpaceX Kimbal Musk": the company goes to the title.
            i += 1
        if _posting_capital(tokens, i, last):
            # "Ambassador in Dhaka Ana Ruiz": the capital alone, the name a run of its own.
            last = i + 1
        if tokens[i].text == "U" and last - i >= 3:
            # "President U Win Myint": Myanmar's courtesy style, written without a period, is no
            # initial of the name
            i += 1
        if _article_opens_name(tokens, i, lex):
            # "his counterpart al Rashid Osman", "Foreign Minister al Hadi al Nur": the spaced article
            # before the first name word is the name's first word
            i -= 1
        if not _only_capitals(tokens[i:last]):
            runs.append(_run(tokens, text, i, last))
        i = last
    return runs


#: The Arabic article written as a lowercase word of its own before a name ("al Hadi al Nur"); the
#: other particles ("as", "ad", "de") are English or Romance words there too often to open a name.
_SPACED_ARTICLES = frozenset(("al", "el"))


def _article_opens_name(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True when the run at ``i`` follows a lowercase spaced article that itself follows an office's
    head, a courtesy style or a relation noun ("counterpart"): there only a person's name can
    start, and the article is its first word. After any other word ("in al Nur Hall") it stays out."""
    if i < 2 or tokens[i - 1].text not in _SPACED_ARTICLES:
        return False
    before = tokens[i - 2]
    return before.bare in lex.heads or before.bare in _RELATION_NOUNS or _is_honorific(before, lex)


def _second_company_before_name(tokens: Sequence[Token], i: int, last: int) -> bool:
    """True for a run of three words or more opened by a company's name in a brand's shape (capitals
    inside or throughout: "SpaceX", "IBM") after "of <Company> and": the second of two companies in
    the title before the name ("member of the board of Northwind and AeroX Ana Maria Ruiz")."""
    if last - i < 3 or i < 3 or tokens[i - 1].text != "and" or tokens[i - 3].text != "of":
        return False
    if not (tokens[i - 2].is_word and tokens[i - 2].text[:1].isupper()):
        return False
    return bool(_BRAND_SHAPE.fullmatch(tokens[i].text))


def _inside_body_name(tokens: Sequence[Token], run: Run) -> bool:
    """True for a one-word run inside a body's name "<Body> on/of/for <Word> and <Word>" ("the
    Committee on Ways and Means"): the body's words, part of the title of the holder named after."""
    i, j = run.first, run.last
    if j - i != 1:
        return False
    if i >= 4 and tokens[i - 1].text == "and" and _body_name_end_before_name(tokens, i, i + 3):
        return True  # "… on Ways and Means, Ana Ruiz": the body's last word
    if i < 2 or tokens[i - 1].text not in ("on", "of", "for") or tokens[i - 2].bare not in _BODY_NOUNS:
        return False
    return j + 1 < len(tokens) and tokens[j].text == "and" and tokens[j + 1].text[:1].isupper()


def _body_name_end_before_name(tokens: Sequence[Token], i: int, last: int) -> bool:
    """True for a run of three words opened by the last word of a body's name "<Body> on/of <Word>
    and <Word>" before the holder's two-word name ("Chairman of the Committee on Ways and Means Ana
    Ruiz"): that word goes to the title."""
    if last - i != 3 or i < 4 or tokens[i - 1].text != "and" or tokens[i - 3].text not in ("on", "of", "for"):
        return False
    return tokens[i - 2].text[:1].isupper() and tokens[i - 4].bare in _BODY_NOUNS


#: A company's name in a brand's shape: a capital after lowercase letters ("SpaceX", "YouTube") or
#: capitals throughout ("IBM"); a name's inner capital follows "Mc"/"Mac"/"O'" only.
_BRAND_SHAPE = re.compile(r"(?!Mc|Mac)[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,5}")


def _posting_capital(tokens: Sequence[Token], i: int, last: int) -> bool:
    """True for a run opened by a capital city right after an envoy's "in"/"to", with a name of two
    words or more after it: "US Ambassador in Dhaka Brent T Christensen" (en-ac, Prothom Alo); or by
    the one-word city of a consul's post before a two-word name ("Consul General in Tarsa Ana Ruiz")."""
    if last - i < 3 or i < 2 or tokens[i - 1].text not in ("in", "to"):
        return False
    if country_of_capital(tokens[i].bare) is not None and _envoy_before(tokens, i - 1):
        return True
    return _consuls_city(tokens, i, last)


#: Heads of a consul's post: a consulate stands in a city, seldom the capital.
_CONSUL_HEADS = frozenset(("Consul", "Consul-General"))


def _consuls_city(tokens: Sequence[Token], i: int, last: int) -> bool:
    """True for a three-word run right after a consul's "in": the post's one-word city, then the
    consul's two-word name ("Consul General in Tarsa Ana Ruiz Meets …"; en-bd, China's MFA)."""
    return last - i == 3 and tokens[i - 1].text == "in" and _envoy_before(tokens, i - 1, _CONSUL_HEADS)


def _may_open(tok: Token, lex: Lexicon) -> bool:
    """False when ``_opens_run`` is False for the word whatever stands around it: a word no name is
    made of (``_name_like``) that none of the context's readings can make a name's first word either
    (a month, a "-ness" surname, a family name that is a place noun, a style that is also a given
    name, a royal style before a patronymic, a pronoun-shaped family name, an initial). Most of a
    page's capitalised words ("The", "President", "United") are such words: told once per word."""
    bare = tok.bare
    return (
        _name_like(tok, lex)
        or bare in _MONTH_NAMES_OF_PEOPLE
        or bare.lower().endswith("ness")
        or bare in _FAMILY_FIRST_NOUNS
        or bare in STYLES_IN_NAMES
        or bare in _STYLE_HEADS
        or tok.text in _PRONOUN_NAMES
        or _is_initial(tok)
        or country_from_name(bare) is not None
    )


def _opens_run(tokens: Sequence[Token], i: int, lex: Lexicon, countries: set[int]) -> bool:
    """True when a name can start at ``i``: a capitalised name-like word that is no style or country."""
    tok = tokens[i]
    if tok.text.islower():
        return False  # the cheap tests first: most tokens are lowercase words
    if i in countries:
        return _country_as_given_name(tokens, i, lex, countries)
    if _body_acronym(tokens, i):
        return False
    starts = (
        _name_like(tok, lex)
        or _month_name_of_person(tokens, i, lex, inside=False)
        or _ness_surname(tokens, i, lex, inside=False)
        or _place_noun_surname(tokens, i, lex)
    )
    if _style_as_given_name(tokens, i, lex) or _title_word_before_patronymic(tokens, i, lex):
        return True
    if not starts and _pronoun_as_family_name(tokens, i, lex):
        return True
    if not starts and _word_shaped_initial(tokens, i, lex):
        return True
    return starts and not _honorific_at(tokens, i, lex) and not _plural_office_before_name(tokens, i, lex)


def _country_as_given_name(tokens: Sequence[Token], i: int, lex: Lexicon, countries: set[int]) -> bool:
    """True for a country's one-word name that is a person's given name: right after a courtesy style,
    which only a person takes, and before a name word ("H.E. Mr. Jordan Pell", "Ms. Chad Okoro").
    Before an office or anything but a name word ("H.E. Jordan Ambassador …") it stays the country."""
    tok = tokens[i]
    if i < 1 or i + 1 >= len(tokens) or tok.possessive or not _is_honorific(tokens[i - 1], lex):
        return False
    if country_from_name(tok.bare) is None or i - 1 in countries or i + 1 in countries:
        return False  # one word of its own, not a word of "United Kingdom"
    nxt = tokens[i + 1]
    return nxt.text[:1].isupper() and _name_like(nxt, lex) and not _honorific_at(tokens, i + 1, lex)


def _word_shaped_initial(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True for an initial shaped as a word ("A.", "I."), which opens a name before another initial
    ("A. H. Rao") or right after a title's head ("Minister A. Rao"): after anything else its period
    may end a sentence ("Plan A. Rao then …")."""
    if not _is_initial(tokens[i]) or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if _is_initial(nxt):
        return i + 2 < len(tokens) and _name_like(tokens[i + 2], lex)
    return i > 0 and tokens[i - 1].bare in lex.heads and _name_like(nxt, lex)


def _style_as_given_name(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True for a style that is also a given name ("Amir", "Sheikh": the table's styles inside names)
    right after an office and before exactly two name words: "Foreign Minister Amir Omar Karimi" is
    a minister with a three-word name, as a person carries no royal style after his office."""
    n = len(tokens)
    if tokens[i].bare not in STYLES_IN_NAMES or i + 2 >= n:
        return False
    head = _office_head_before(tokens, i, lex)
    if head is None:
        return False
    if tokens[head].bare in STYLES_IN_NAMES or tokens[head].bare in _STYLE_HEADS:
        return False  # "Crown Prince Sheikh Omar Haddad": a style after a royal style is a style
    if not (_plain_name_word(tokens, i + 1, lex) and _plain_name_word(tokens, i + 2, lex)):
        return False
    return i + 3 >= n or not (_name_like(tokens[i + 3], lex) or tokens[i + 3].text in _PATRONYMIC)


#: The particles of a patronymic chain that follow a given name ("Sultan bin Saad", "Nura bint Ali").
_SON_OF = frozenset(("bin", "ibn", "bint"))


def _title_word_before_patronymic(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True for a title word that is the given name of an Arabic patronymic chain: "Minister of State
    Sultan bin Saad Al Muraikhi". A ruler's title stands before a given name, never right before "bin";
    after another title word ("Crown Prince bin Salman") it is still the office; only a royal style
    (``_STYLE_HEADS``) is also a given name."""
    tok = tokens[i]
    if tok.bare not in _STYLE_HEADS:
        return False
    if i + 2 >= len(tokens) or tokens[i + 1].text not in _SON_OF or not _name_like(tokens[i + 2], lex):
        return False
    # "Crown Prince bin …" is the office; "Minister of State (for Foreign Affairs) Sultan bin …" ends an
    # office's complement
    k = i - 1
    while k >= 0 and tokens[k].bare in lex.modifiers:
        k -= 1
    if k == i - 1:
        return k < 0 or tokens[k].bare not in lex.heads
    return k >= 0 and tokens[k].text in ("of", "for")


def _office_head_before(tokens: Sequence[Token], i: int, lex: Lexicon) -> int | None:
    """The index of the office's head right before ``i``, or of the last head of an office set off by a
    comma ("the Acting Foreign Minister of the Interim Government of Afghanistan, Amir Khan Muttaqi":
    issue #8, en-af); None when no office stands there."""
    if i > 0 and tokens[i - 1].bare in lex.heads:
        return i - 1
    if i < 2 or tokens[i - 1].text != ",":
        return None
    for k in range(i - 2, max(-1, i - 10), -1):
        if tokens[k].text in _CLAUSE_MARKS:
            return None
        if tokens[k].bare in lex.heads:
            return k
    return None


_CLAUSE_MARKS = frozenset((",", ".", ";", ":", "(", ")"))


def _plain_name_word(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """True for a capitalised name word that is no style: "Omar" in "Amir Omar Karimi"."""
    tok = tokens[k]
    return tok.text[:1].isupper() and _name_like(tok, lex) and not _honorific_at(tokens, k, lex)


def _body_acronym(tokens: Sequence[Token], i: int) -> bool:
    """True for an acronym after "the" ("Ambassador to the OECS Ana Ruiz"): a body's short name,
    never the first word of the name after it."""
    tok = tokens[i]
    return i > 0 and tokens[i - 1].text == "the" and len(tok.bare) > 1 and tok.bare.isupper()


def _plural_office_before_name(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True for a plural office right before the names it lists: "Minsk Group Co-Chairs Igor Popov
    (Russia), ...", "Special Envoys Ana Ruiz and ..." (the first name starts after it)."""
    bare = tokens[i].bare
    return (
        bare[-1] == "s"
        and bare[:-1] in lex.heads
        and i + 1 < len(tokens)
        and tokens[i + 1].is_word
        and _name_like(tokens[i + 1], lex)
    )


def _ness_surname(tokens: Sequence[Token], i: int, lex: Lexicon, *, inside: bool) -> bool:
    """True when a word ending in "-ness", which reads as an English noun ("Readiness"), is a
    surname: after a given name ("Andrew Holness") or right after a title ("Prime Minister Holness").

    Only a stem of three letters or fewer that is no English adjective ("Hol-", "Fur-"): "Small
    Business", "Domain Awareness", "Loan Forgiveness" and "Expert Witness" stay nouns.
    """
    tok = tokens[i]
    if not (tok.text[:1].isupper() and tok.bare.lower().endswith("ness") and tok.bare[1:].islower()):
        return False
    stem = tok.bare[:-4].lower()
    if len(stem) > 3 or stem in _NESS_ADJECTIVES:
        return False
    return inside or (i >= 1 and tokens[i - 1].bare in lex.heads)


#: Short English adjectives that make "-ness" nouns ("Illness", "Witness", "Fitness").
_NESS_ADJECTIVES = frozenset(
    (
        *("ill", "wit", "fit", "wet", "sad", "hot", "red", "dim", "shy", "sly", "raw", "new"),
        *("odd", "low", "big", "dry", "fat", "mad", "bad", "apt", "coy", "wan", "fey", "lax"),
    )
)


def _place_noun_surname(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True when a noun of a place ("Park", "Hill") is a family name written first: right after a
    title ("Foreign Minister Park Jin", "Minister of Foreign Affairs Park Jin", "Foreign minister
    Park Jin") and before a short
    given name that ends the name ("Jin", "Chan-ho").

    East Asian names put the family name first, and some family names are English nouns. Alone
    after a title the noun stays a place ("the Prime Minister House", "Governor House Lahore": a
    city is no short given name).
    """
    tok = tokens[i]
    if tok.bare not in _FAMILY_FIRST_NOUNS or tok.possessive or i < 1 or i + 1 >= len(tokens):
        return False
    given = tokens[i + 1]
    if not _person_word_before(tokens, i, lex) or not _short_given_name(tok, given, lex):
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return after is None or not (after.text[:1].isupper() and _name_like(after, lex))


def _person_word_before(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True when what stands before ``i`` takes a person's name after it: a title's head, in a news
    report's lower case too ("Foreign minister Park Jin", "Foreign minister nominee Park Jin"), or
    the last word of its complement ("Minister of Foreign Affairs Park Jin"); a courtesy style, which
    only a person takes ("H.E. Dr. Park Jin", "Mr. Hill Woo"); or the last of a list of people ("Ana
    Ruiz, Lars Berg and Park Jin")."""
    before = tokens[i - 1]
    head = _head_word(before, lex) or (
        i >= 2 and before.bare.lower() in _NOMINEE_WORDS and _head_word(tokens[i - 2], lex)
    )
    return (
        head
        or _is_honorific(before, lex)
        or (before.bare in COMPLEMENT_WORDS and before.text[:1].isupper())
        or _after_person(tokens, i, lex)
    )


def _short_given_name(family: Token, given: Token, lex: Lexicon) -> bool:
    """True for the short given name after a family name written first ("Jin", "Chan-ho",
    "Heong-Joon"). A family name that is no place noun ("Sun") takes a given name of any length
    ("Sun Baohong"): no building's or city's name follows it as "House Lahore" follows a place noun."""
    short = (
        _syllable_name(given.bare)
        or bool(_CAPITAL_SYLLABLES.fullmatch(given.bare))
        or (
            (2 <= len(given.bare) <= 4 or family.bare not in PLACE_NOUNS)
            and given.bare[1:].islower()
            and _name_like(given, lex)
        )
    )
    return short and given.bare not in NOT_NAME


#: Words after an office's head that name its holder before taking office ("minister nominee").
_NOMINEE_WORDS = frozenset(("nominee", "designate", "elect"))


def _head_word(tok: Token, lex: Lexicon) -> bool:
    """True for an office's head, in a news report's lower case too ("Foreign minister")."""
    return tok.bare in lex.heads or tok.bare.capitalize() in lex.heads


#: A Korean given name of two syllables, each written with a capital ("Dae-Sung", "Seo-Yun").
_CAPITAL_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[A-Z][a-z]{1,4}")


def _after_person(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True when token ``i`` follows "and" (or a comma) after a person's two-word name ("Lars Berg
    and Park Jin"): a list of people goes on with a person."""
    if i < 3 or tokens[i - 1].bare not in ("and", ","):
        return False
    first, last = tokens[i - 3], tokens[i - 2]
    return all(
        t.text[:1].isupper() and t.bare not in NOT_NAME and t.bare not in PLACE_NOUNS and _name_like(t, lex)
        for t in (first, last)
    )


class _Step(enum.Enum):
    """What the next token does to a name run."""

    STOP = enum.auto()  # not part of the name
    TAKE = enum.auto()  # part of the name, which may go on
    TAKE_LAST = enum.auto()  # the name's last word ("Gruber's")


def _run_end(tokens: Sequence[Token], i: int, lex: Lexicon, countries: set[int]) -> int:
    """The index after the last token of the name run starting at ``i``."""
    j = i
    while j < len(tokens):
        step = _run_step(tokens, i, j, lex, countries)
        if step is _Step.STOP:
            break
        j += 1
        if step is _Step.TAKE_LAST:
            break
    return j


def _run_step(tokens: Sequence[Token], i: int, j: int, lex: Lexicon, countries: set[int]) -> _Step:
    """Whether the token at ``j`` continues the name run that starts at ``i``."""
    t = tokens[j]
    if j > i and t.text in _POST_NOMINALS:
        return _Step.STOP  # "Ana Ruiz DBE": the honour's letters close the name
    name_word = _Step.TAKE_LAST if t.possessive else _Step.TAKE
    if j == i or (
        j not in countries
        and (_month_name_of_person(tokens, j, lex, inside=True) or _ness_surname(tokens, j, lex, inside=True))
    ):
        return name_word
    if j == i + 1 and j in countries and _country_as_family_name(tokens, i, lex, countries):
        return _Step.TAKE_LAST
    if j not in countries and _name_like(t, lex) and not _honorific_at(tokens, j, lex):
        # A lower-case particle ("bin", "van") is part of a name only before another name word.
        return _Step.STOP if t.text.islower() and not _named_next(tokens, j, lex) else name_word
    if _place_noun_family_name(tokens, i, j, lex):
        return _Step.TAKE_LAST
    if j > i and _inner_name_noun(tokens, i, j, lex, countries):
        return _Step.TAKE
    return _Step.TAKE if _joins_run(tokens, i, j, lex, countries) else _Step.STOP


#: Words after which a family name that is a country's name ends the sentence's name: punctuation,
#: or a relative or a conjunction ("Prime Minister, Rui Montenegro with whom …").
_AFTER_NAME = frozenset((",", ".", ";", ":", ")", "with", "who", "whom", "whose", "and", "said", "says"))


def _country_as_family_name(tokens: Sequence[Token], i: int, lex: Lexicon, countries: set[int]) -> bool:
    """True for a country's one-word name that is the family name after a titled given name: the run
    at ``i`` follows an office's head (or the office set off by a comma) or a courtesy style, and a
    clause's end follows the country ("the Prime Minister, Rui Montenegro with whom …", "Ambassador
    Lia Chad, who …"). A headline's capitalised word after it ("Minister Ruiz Montenegro Visit")
    leaves the country out."""
    j = i + 1
    if tokens[i].possessive or tokens[j].possessive or country_from_name(tokens[j].bare) is None:
        return False
    if j + 1 < len(tokens) and (j + 1 in countries or tokens[j + 1].text not in _AFTER_NAME):
        return False
    if not _name_like(tokens[i], lex):
        return False
    return _office_head_before(tokens, i, lex) is not None or (i >= 1 and _is_honorific(tokens[i - 1], lex))


def _inner_name_noun(tokens: Sequence[Token], i: int, j: int, lex: Lexicon, countries: set[int]) -> bool:
    """True for a place noun or a royal style inside a titled name of three parts or more, between a
    name word (or an initial) and the name's last word, which a clause's end follows: "Foreign
    Minister Marta Hill Ocampo.", "Ms. Nora T. Queen Vale, Adviser": two-part family names whose
    first part is an English noun. Without the clause's end ("Ruiz Hill Station Road") it stays out."""
    t, before = tokens[j], tokens[j - 1]
    if t.possessive or before.possessive or (t.bare not in PLACE_NOUNS and t.bare not in _STYLE_HEADS):
        return False
    if not (_is_initial(before) or _name_like(before, lex)) or j + 1 >= len(tokens):
        return False
    last = tokens[j + 1]
    if j + 1 in countries or last.bare in PLACE_NOUNS or not last.text[:1].isupper():
        return False
    if not _name_like(last, lex) or _honorific_at(tokens, j + 1, lex):
        return False
    if j + 2 < len(tokens) and tokens[j + 2].text not in _AFTER_NAME:
        return False
    # a person's name: after an office, a courtesy style or the country of an office ("… of Peru")
    return _office_head_before(tokens, i, lex) is not None or (
        i >= 1 and (_is_honorific(tokens[i - 1], lex) or i - 1 in countries)
    )


def _place_noun_family_name(tokens: Sequence[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True for a place noun that ends a titled two-word name: "the Ambassador, Ivo Hill." or
    "Ambassador Ivo Hill in Belgrade" (one given name after the title, nothing name-like after the
    noun); a place's own name stands after "at" or "in", not after an office, nor after a courtesy
    style ("Mr Ivo Hill"), which only a person takes."""
    if j != i + 1 or i < 1 or tokens[j].bare not in PLACE_NOUNS or tokens[i].possessive:
        return False
    before = i - 2 if tokens[i - 1].text == "," and i >= 2 else i - 1
    if tokens[before].bare not in lex.heads and not _is_honorific(tokens[before], lex):
        return False
    return j + 1 >= len(tokens) or not _name_like(tokens[j + 1], lex)


def _named_next(tokens: Sequence[Token], j: int, lex: Lexicon) -> bool:
    """True when a name word follows ``j`` (or a capitalised word follows a patronymic particle)."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return _name_like(nxt, lex) or (tokens[j].text in _PATRONYMIC and nxt.text[:1].isupper())


def _joins_run(tokens: Sequence[Token], i: int, j: int, lex: Lexicon, countries: set[int]) -> bool:
    """True for the tokens inside a name that are not name words themselves.

    An initial before a name word ("R. Lowe"), a hyphenated given name with a lowercase syllable
    ("Cho Tae-yul", "Kim Jong-un"), a style between two name words ("Hassan Sheikh Mohamud"), and
    after a patronymic particle even a title word ("bin Sultan").
    """
    t = tokens[j]
    if _is_initial(t) and j + 1 < len(tokens) and _name_like(tokens[j + 1], lex):
        return True
    if j > i and j not in countries and _syllable_name(t.bare):
        return True
    if j > i and t.bare in STYLES_IN_NAMES and j + 1 < len(tokens) and _name_like(tokens[j + 1], lex):
        return not tokens[j - 1].possessive and _name_like(tokens[j - 1], lex)
    if j >= i + 2 and t.bare in STYLES_IN_NAMES:
        return _style_closes_name(tokens, i, j, lex)
    if j > i and _pronoun_as_given_name(tokens, j, lex):
        return True
    return j > i and t.text[:1].isupper() and tokens[j - 1].text in _PATRONYMIC


def _style_closes_name(tokens: Sequence[Token], i: int, j: int, lex: Lexicon) -> bool:
    """True for a style that is the family name closing a name of two name words or more, with no
    name word after it ("Minister for Housing, Omar Faruq Shaikh Monday": South Asian names end in
    it); before a name word it is the next person's style, and after one name word it stays out."""
    if any(tok.possessive or not _name_like(tok, lex) for tok in tokens[i:j]):
        return False
    return j + 1 >= len(tokens) or not _name_like(tokens[j + 1], lex)


#: Capitalised pronouns that are also given names (the Chinese "He"): inside a sentence, right after
#: a name word, the capital shows the name ("Vice Premier Liu He to discuss …").
_PRONOUN_NAMES = frozenset(("He",))


def _pronoun_as_given_name(tokens: Sequence[Token], j: int, lex: Lexicon) -> bool:
    """True for a pronoun-shaped given name: after a name word on the same line, before a
    lower-case word or punctuation (a Title Case headline's "Says He Will" is left alone)."""
    t, before = tokens[j], tokens[j - 1]
    if t.text not in _PRONOUN_NAMES or before.possessive or t.start - before.end != 1:
        return False
    if not _name_like(before, lex):
        return False
    return j + 1 >= len(tokens) or not tokens[j + 1].text[:1].isupper()


def _pronoun_as_family_name(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True for a pronoun-shaped family name that opens a name right after a title's head, before one
    given name and then a lower-case word or punctuation ("Vice Premier He Lifeng met …"; a Title Case
    headline's "Minister He Will Visit" is left alone)."""
    if tokens[i].text not in _PRONOUN_NAMES or i < 1 or i + 1 >= len(tokens):
        return False
    before, nxt = tokens[i - 1], tokens[i + 1]
    if before.bare not in lex.heads or tokens[i].start - before.end != 1 or nxt.start - tokens[i].end != 1:
        return False
    if not nxt.text[:1].isupper() or not _name_like(nxt, lex):
        return False
    return i + 2 >= len(tokens) or not tokens[i + 2].text[:1].isupper()


def _one_word_of_a_title(tokens: Sequence[Token], i: int, last: int, lex: Lexicon) -> bool:
    """True for a one-word run after a title's "for"/"of"/"and" ("Minister for Sport")."""
    glue = i - 2 if i >= 3 and tokens[i - 1].text == "the" else i - 1
    return (
        last - i == 1
        and glue >= 1
        and tokens[glue].text in ("for", "of", "and")
        and (tokens[glue - 1].bare in lex.heads or tokens[glue - 1].bare in COMPLEMENT_WORDS)
    )


def _with_name_suffix(tokens: Sequence[Token], last: int) -> int:
    """The run's end with a "Jr."/"Sr." suffix taken in: "Lowe, Jr." / "Lowe Jr."."""
    n = len(tokens)
    if last < n and tokens[last].text.rstrip(".") in ("Jr", "Sr"):
        return last + 1
    if last + 1 < n and tokens[last].text == "," and tokens[last + 1].text.rstrip(".") in ("Jr", "Sr"):
        return last + 2
    return last


def _only_capitals(words: Sequence[Token]) -> bool:
    """True for an acronym such as "CPC" or "ISIS": every word in capitals, not a name."""
    caps = [w for w in words if w.bare.isupper() and len(w.bare) > 1]
    return bool(caps) and len(caps) == len([w for w in words if w.is_word])


def _run(tokens: Sequence[Token], text: str, i: int, last: int) -> Run:
    """The run ``tokens[i:last]``, its name as written without a possessive ending."""
    name = text[tokens[i].start : tokens[last - 1].end]
    if tokens[last - 1].possessive:
        name = name[:-2] if name.endswith(("'s", "’s")) else name[:-1]
    return Run(i, last, name.strip(), tokens[i].start, tokens[i].start + len(name.strip()))


# ---------------------------------------------------------------------------------------------
# Mentions


@attrs.frozen
class Mention:
    """A person (or an unnamed office-holder) mentioned in a stretch of text.

    Attributes:
        name: the name as written, or None for an office named only by its title.
        titles: titles as written, in order.
        country: code from a demonym, "of <Country>" or "<Country>'s" in the mention, if any.
        start, end: character offsets of the whole mention in the scanned text.
        office: for an unnamed office-holder, the title that names it ("Prime Minister").
        first_token, last_token: token span of the mention.
    """

    name: str | None
    titles: tuple[str, ...]
    country: str | None
    start: int
    end: int
    office: str | None = None
    first_token: int = 0
    last_token: int = 0
    name_start: int = -1


#: Last words of names of organisations, buildings and places: the capitalised words before them
#: are part of that name, not a person ("Rescue Coordination Centre", "Thomas Shoal").
_ORG_WORDS = _wordset(
    """
    Centre Center Institute University College School Foundation Fund Bank Company Corporation
    Group Forum Council Committee Commission Agency Office Ministry Department Organization
    Organisation Union Alliance Association Programme Program Initiative Project Airport Palace
    Hall Hotel Shoal Shoals Reef Strait Sea Island Islands Bay Port Square Street Avenue Bridge
    Stadium Park Museum Library Hospital Authority Corridor Summit Conference Dialogue Declaration
    Agreement Treaty Doctrine Plan Strategy Award Prize Festival Games Cup Party Movement Front Day
    """
)

#: Offices that belong to one organisation whatever the text says around them.
_ORG_TITLES: tuple[tuple[str, str], ...] = (("High Representative", "EU"), ("HR/VP", "EU"))

_LEFT_GLUE = frozenset(("of", "for", "the", "and", "&", "on", "in", "/"))
#: Prepositions before a place: a name right after one is a place unless a title says otherwise.
_PLACE_PREPOSITIONS = frozenset(
    ("in", "at", "near", "into", "across", "via", "outside", "inside", "around", "throughout", "on")
)
#: Royal and religious styles that start a new title after another ("Foreign Minister Prince ...").
_STYLE_HEADS = _wordset(
    "Prince Princess Sheikh Sheikha Shaikh Shaikha Sayyid Sayyida Ratu King Queen Emir Amir Sultan Ayatollah"
)
#: Heads of posts accredited "to" a country ("Ambassador to China"): the country is the post's.
_ENVOY_HEADS = frozenset(
    ("Ambassador", "Envoy", "Representative", "Consul", "Consul-General", "Chargé", "Adviser", "Advisor")
)
#: Words before a style head that make one title with it ("Crown Prince", "Grand Duke", "Deputy King").
_STYLE_PREFIXES = frozenset(("Crown", "Grand", "Royal", "Deputy"))
_LEFT_STOPS = frozenset(("by", "with", "from", "to", "met", "and", "called", "between", "received"))


def _title_start(tok: Token, lex: Lexicon) -> bool:
    """True for a word a title can start with: a head or a modifier."""
    return tok.bare in lex.heads or tok.bare in lex.modifiers


def _has_head(tokens: Sequence[Token], lex: Lexicon) -> bool:
    """True when one of ``tokens`` is a title head ("Minister")."""
    return any(t.bare in lex.heads for t in tokens)


def _split_titles(tokens: Sequence[Token], text: str, lex: Lexicon) -> list[tuple[list[Token], str | None]]:
    """Split a title phrase at commas and "and" where a new title starts.

    Returns chunks of tokens, each with a country code from a leading demonym when it had one
    (the demonym itself is dropped from the chunk).
    """
    out: list[tuple[list[Token], str | None]] = []
    for raw in _title_chunks(tokens, lex):
        chunk, country = _title_of_chunk(raw, text, lex)
        if chunk and _has_head(chunk, lex):
            out.append((chunk, country))
    return out


def _title_chunks(tokens: Sequence[Token], lex: Lexicon) -> list[list[Token]]:
    """The title phrase cut where a new title starts; the cutting commas and "and"s dropped."""
    chunks: list[list[Token]] = [[]]
    for idx, tok in enumerate(tokens):
        nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
        if _starts_new_title(chunks[-1], tok, lex):
            chunks.append([tok])
            continue
        if tok.text in (",", "and", "&") and nxt is not None and chunks[-1]:
            # "Commonwealth and Development Affairs" continues; "and Foreign Minister" starts anew.
            starts_title = _title_start(nxt, lex) and _has_head(_until_complement(tokens[idx + 1 :]), lex)
            if (
                starts_title
                and _has_head(chunks[-1], lex)
                and not (tok.text == "and" and _serves_office(chunks[-1]))
            ):
                chunks.append([])
                continue
            if tok.text == "," and nxt.text == "and":
                continue
        chunks[-1].append(tok)
    return chunks


def _serves_office(chunk: Sequence[Token]) -> bool:
    """True when a title serves an office ("Assistant to the President"): a title joined to it by
    "and" is the same post's ("Assistant to the President and National Economic Advisor"), one title."""
    return any(
        chunk[j].text == "to" and chunk[j + 1].text == "the" and chunk[j - 1].bare in _SERVING_HEADS
        for j in range(1, len(chunk) - 1)
    )


def _starts_new_title(chunk: Sequence[Token], tok: Token, lex: Lexicon) -> bool:
    """True when ``tok`` opens another title after ``chunk`` with no comma between them.

    A royal style ("Foreign Minister Prince ...", but not "Crown Prince"), or a head right after
    a complement ("Minister for Trade Senator ...").
    """
    if not chunk:
        return False
    last = chunk[-1]
    style = (
        tok.bare in _STYLE_HEADS
        and last.text not in ("of", "for", "the")
        and last.bare not in _STYLE_PREFIXES
    )
    return style or (
        tok.bare in lex.heads
        and any(t.text in ("of", "for") for t in chunk[_country_name_opening(chunk) :])
        and last.text not in ("of", "for", "the", "and", "&", ",")
        and last.bare not in lex.heads
    )


def _country_name_opening(chunk: Sequence[Token]) -> int:
    """How many words of ``chunk`` a country's name of three to six words opens it with ("Democratic
    Republic of the Congo Foreign …", "the Republic of Korea …"): its "of" is the name's, no complement."""
    for size in range(min(len(chunk), 6), 2, -1):
        words = chunk[:size]
        if all(t.is_word for t in words) and country_from_name(" ".join(t.text for t in words)):
            return size
    return 0


_TRAILING_GLUE = (",", "and", "&", "the", "of", "for")


def _title_of_chunk(raw: Sequence[Token], text: str, lex: Lexicon) -> tuple[list[Token], str | None]:
    """A chunk without its glue and the words before the title, and the country those words name.

    "French Foreign Ministry Secretary General" → "Secretary General", FR; "the United Kingdom's
    Secretary" → "Secretary", GB.
    """
    chunk = _without_trailing_glue(raw)
    country: str | None = None
    dropped: list[Token] = []
    while chunk and not _is_title_core(chunk, lex) and not _serving_core(chunk, lex):
        # "During her visit to Mogadishu, Somalia, Under Secretary X": a country set off by a
        # comma before the title is where the sentence is, not whose the title is.
        code = None if len(chunk) > 1 and chunk[1].text == "," else _country_word(chunk[0])
        if chunk[0].text == ",":
            # "… and Turkish Cypriots, Slovak Foreign Minister X": what stands before a comma is
            # the sentence's, the demonym after it the title's.
            country = None
        if code and country is None:
            country = code
        dropped.append(chunk[0])
        chunk = chunk[1:]
    if len(dropped) > 1 and not any(t.text == "," for t in dropped):
        # A country's name in several words: "the United Kingdom's Secretary", "African Union
        # Commission Chairperson" (the organisation's words before the title's modifiers). The whole
        # name wins over its first word read as a demonym: "the Dominican Republic's President" is
        # the Dominican Republic's, not Dominica's ("Dominican").
        country = (
            country_from_name(_chunk_text(dropped, text)) or _possessive_name_ending(dropped, text) or country
        )
    if country is None and len(dropped) > 1:
        country = _name_ending_before_title(dropped, text)
    if country is None and dropped:
        country = _organisation_before_title(dropped, chunk, text)
    return _without_trailing_glue(chunk), country


def _possessive_name_ending(dropped: Sequence[Token], text: str) -> str | None:
    """The country whose name of two or three words ends the words ``dropped`` before a title on a
    possessive, longest first: "Welcoming Papua New Guinea's Ambassador X" is Papua New Guinea's, not
    Guinea's (the participle before the name is no part of it)."""
    if not dropped[-1].possessive:
        return None
    for size in (3, 2):
        words = dropped[-size:] if len(dropped) >= size else []
        if words and all(t.is_word for t in words):
            code = country_from_name(" ".join([*(t.text for t in words[:-1]), words[-1].bare]))
            if code:
                return code
    return None


def _name_ending_before_title(dropped: Sequence[Token], text: str) -> str | None:
    """The country or organisation whose name of two words or more ends the words ``dropped`` before a
    title, after their last comma, longest first: "(AGENCY) African Union Commission Chairperson X" is
    the African Union's, whatever a dateline or an agency's tag before it says."""
    start = max((i + 1 for i, t in enumerate(dropped) if t.text == ","), default=0)
    for first in range(start, len(dropped) - 1):
        if all(t.is_word for t in dropped[first:]):
            code = country_from_name(_chunk_text(dropped[first:], text))
            if code is not None:
                return code
    return None


def _organisation_before_title(dropped: Sequence[Token], chunk: Sequence[Token], text: str) -> str | None:
    """The organisation the words ``dropped`` before a title name, where they name no country, or None."""
    if not any(t.text == "," for t in dropped):
        # "the Commonwealth's Special Envoy": a name an organisation goes by only before its office
        code = organisation_of_title(_chunk_text(dropped, text))
        if code is not None:
            return code
    if chunk and dropped[-1].text != ",":
        # "European Commission President X": an organisation whose name runs into the title's words
        return country_from_name(_chunk_text([*dropped, chunk[0]], text))
    return None


def _without_trailing_glue(chunk: Sequence[Token]) -> list[Token]:
    """``chunk`` without the commas, articles and prepositions at its end."""
    end = len(chunk)
    while end and chunk[end - 1].text in _TRAILING_GLUE:
        end -= 1
    return list(chunk[:end])


def _own_titles(
    chunks: list[tuple[list[Token], str | None]], text: str
) -> list[tuple[list[Token], str | None]]:
    """The titles that are the person's: after the last one of another country.

    "between the President of the Russian Federation, President of the Republic of Azerbaijan
    Ilham Aliyev": the first office is another person's, named without a name.
    """
    codes = [demonym or _complement_country(chunk, text)[0] for chunk, demonym in chunks]
    last = codes[-1] if codes else None
    if last is None:
        return chunks
    start = 0
    for index, code in enumerate(codes[:-1]):
        # An organisation's office beside a state's ("Chairperson of the African Union, President
        # of Senegal") is one person's double role.
        if code is not None and code != last and not {code, last} & ORGANISATION_CODES:
            start = index + 1
    return chunks[start:]


def _is_title_core(chunk: Sequence[Token], lex: Lexicon) -> bool:
    """True when the words before the complement are all title words and end in a head."""
    core = _until_complement(chunk)
    return (
        bool(core) and all(t.text == "/" or _title_start(t, lex) for t in core) and core[-1].bare in lex.heads
    )


def _serving_core(chunk: Sequence[Token], lex: Lexicon) -> bool:
    """True when the words before the complement are title words ending in a staff head that serves the
    office after "to" ("Assistant to the President", "Deputy Assistant to the …"): "Assistant" heads
    a title only so, elsewhere a rank ("Assistant Secretary")."""
    core = _until_complement(chunk)
    return (
        bool(core)
        and len(core) < len(chunk)
        and chunk[len(core)].text == "to"
        and core[-1].bare in _SERVING_HEADS
        and all(_title_start(t, lex) for t in core)
    )


def _until_complement(tokens: Sequence[Token]) -> list[Token]:
    """The tokens of a title before its "of"/"for"/"to"/"on" complement, or an envoy's "in" post
    ("Consul General in Tarsa")."""
    out: list[Token] = []
    for tok in tokens:
        if tok.text in ("of", "for", "to", "on", ",", "and"):
            break
        if tok.text == "in" and out and out[-1].bare in _POSTED_WORDS:
            break
        out.append(tok)
    return out


#: The last word of an envoy's title that an "in" post may follow ("Consul General in Tarsa").
_POSTED_WORDS = _ENVOY_HEADS | frozenset(("General", "Commissioner"))


def _followed_by_comma(tok: Token, tokens: Sequence[Token]) -> bool:
    """True when ``tok`` is directly followed by a comma in ``tokens``."""
    for index, candidate in enumerate(tokens[:-1]):
        if candidate is tok:
            return tokens[index + 1].text == ","
    return False


def _complement_country(chunk: Sequence[Token], text: str) -> tuple[str | None, int | None]:
    """Country code of a trailing "of <Country>" in a title and the token index where it starts.

    An institution named by its country ("of the German Bundestag", "of the UAE Armed Forces")
    gives the country too, with no index: it stays part of the title.
    """
    # "Ambassador of A to B": the envoy is of A; the post's country B is no complement of the person.
    post = next(
        (i for i, t in enumerate(chunk) if t.text == "to" and _envoy_before(chunk, i, _POSTED_HEADS)), None
    )
    if post is not None:
        chunk = chunk[:post]
    for idx, tok in enumerate(chunk):
        if tok.text != "of":
            continue
        tail = text[chunk[idx + 1].start : chunk[-1].end] if idx + 1 < len(chunk) else ""
        code = country_from_name(_COURTESY.sub("", tail))
        if code is None and (code := organisation_of_title(tail)) is not None:
            # "Secretary-General of the Commonwealth": the whole complement is the organisation's name
            return code, None
        if code is None and tail.endswith(")"):
            # "of the Organization of American States (OAS)": an organisation, its acronym aside;
            # it stays part of the title, as an institution does
            code = country_from_name(_TRAILING_ACRONYM.sub("", tail))
            if code in ORGANISATION_CODES:
                return code, None
            code = None
        if code:
            return code, (idx if post is None else None)
    for_at = _minister_for_country(chunk, text)
    if for_at is not None:
        return for_at
    return _institution_country(chunk, text), None


def _minister_for_country(chunk: Sequence[Token], text: str) -> tuple[str, int] | None:
    """A minister's trailing "for <Country>": "Minister of Foreign Affairs for North Macedonia" is that
    state's minister (issue #8, en-aj), as "of <Country>" would say. Only a minister's office: an envoy's
    or a coordinator's "for <Country>" names the country of his brief, not his own ("Special Envoy for
    the Maldives" is a body's)."""
    for idx in range(len(chunk) - 2, 0, -1):
        if chunk[idx].text != "for":
            continue
        heads = {t.bare for t in chunk[:idx]}
        if "Minister" not in heads or heads & _ENVOY_HEADS:
            return None
        code = country_from_name(_COURTESY.sub("", text[chunk[idx + 1].start : chunk[-1].end]))
        return (code, idx) if code else None
    return None


def _institution_country(chunk: Sequence[Token], text: str) -> str | None:
    """The country of an institution in a title's "of" complement ("of the German Bundestag")."""
    for idx, tok in enumerate(chunk[:-2]):
        if tok.text != "of":
            continue
        rest = list(chunk[idx + 2 :] if chunk[idx + 1].text == "the" else chunk[idx + 1 :])
        # "Head of the Council of Europe Office": an organisation's name opening the institution
        for end in range(len(rest) - 1, 1, -1):
            code = country_from_name(_chunk_text(rest[:end], text))
            if code in ORGANISATION_CODES:
                return code
        size, code = _leading_country(rest, text)
        # its noun may be written in lowercase ("of the Estonian parliament": ``_LOWERCASE_BODIES``)
        if (
            code
            and not rest[size - 1].possessive
            and all(t.text[:1].isupper() or t.text in _LOWERCASE_BODIES for t in rest[size:])
        ):
            return code
        # "Adviser to the Prime Minister of the Czech Republic on Foreign Policy": the country
        # ends where the lowercase words of the rest of the title start.
        cut = next((k for k, t in enumerate(rest) if t.text[:1].islower()), len(rest))
        if 0 < cut < len(rest):
            code = country_from_name(_chunk_text(rest[:cut], text))
            if code:
                return code
    return None


#: How many words a state's name opening an institution's name may run ("United Arab Emirates").
_INSTITUTION_STATE_WORDS = 3


def _leading_country(rest: Sequence[Token], text: str) -> tuple[int, str | None]:
    """The number of tokens and the country of the state's word or name that opens an institution's name
    with at least one word after it: "German" of "German Bundestag", "United Arab Emirates" of "United
    Arab Emirates Armed Forces" (fam221: en-bl, a state of several words read as no state)."""
    for size in range(min(_INSTITUTION_STATE_WORDS, len(rest) - 1), 1, -1):
        code = country_from_name(_chunk_text(rest[:size], text))
        if code is not None and code not in ORGANISATION_CODES:
            return size, code
    return 1, (_country_word(rest[0]) if len(rest) > 1 else None)


_TRAILING_ACRONYM = re.compile(r"\s*\([^()]{1,12}\)\s*$")


def _chunk_text(chunk: Sequence[Token], text: str) -> str:
    """The text a run of tokens covers, without commas or spaces at its ends."""
    return text[chunk[0].start : chunk[-1].end].strip(" ,")


#: Words a title phrase does not start with (the glue between its parts, or a comma).
_LEFT_GLUE_OR_COMMA = _LEFT_GLUE | {","}


def _left_phrase(tokens: Sequence[Token], first: int, taken: set[int], lex: Lexicon) -> int:
    """Index of the first token of the title phrase (and honorifics) right before a name run.

    Walks left over title words, complement words, commas and glue words; stops at a verb or
    preposition, at another name, at a digit or at punctuation other than a comma.
    """
    # Honorifics stand between the title and the name: "Prime Minister Shri Rhea Das".
    k = first - 1
    while k >= 0 and _honorific_at(tokens, k, lex):
        k -= 1
    j = k
    while j >= 0 and j not in taken:
        step = _left_step(tokens, j)
        if not step:
            break
        j -= step
    # Trim to start at the first title word or demonym (drop sentence openers such as "On").
    span = list(range(j + 1, k + 1))
    while span and tokens[span[0]].text in _LEFT_GLUE_OR_COMMA:
        span = span[1:]
    first_word = tokens[span[0]] if span else None
    if (
        first_word
        and not first_word.possessive
        and _country_word(first_word)
        and _after_place_preposition(tokens, span[0])
    ):
        # "During his stay in Sudan President X": the country is where he stayed, not X's title's.
        while span and not _title_start(tokens[span[0]], lex):
            span = span[1:]
    if span and not _has_head([tokens[i] for i in span], lex):
        span = _reach_into_complement(tokens, j + 1, k, taken, lex) or span
    return span[0] if span else k + 1


def _left_step(tokens: Sequence[Token], j: int) -> int:
    """How many tokens left of ``j`` the title phrase goes on (0: it stops at ``j``)."""
    tok = tokens[j]
    word = tok.text
    if not tok.is_word:
        return _punctuation_step(tokens, j)
    if word[0].isdigit():
        return 0
    if word == "to" and _envoy_before(tokens, j):
        # "Ambassador to China Aires Ali", "Ambassador of the United Kingdom to Kazakhstan Kathy
        # Leach": the post's complement, not the person's country.
        return 1
    if (
        word == "in"
        and j + 1 < len(tokens)
        and country_of_capital(tokens[j + 1].bare)
        and _envoy_before(tokens, j)
    ):
        return 1  # "US Ambassador in Dhaka Brent Christensen": the post, as "to"
    if word in _LEFT_GLUE:
        return 1 if _glue_continues(tokens, j) else 0
    if _numbered_term(tokens, j):
        return 2
    if "-" in word and _JOINT_ACT.fullmatch(word):
        return 0  # "Secretary X co-hosted Minister Y": the verb, no part of Y's title
    return 1 if word[0].isupper() or "-" in word or word in _LOWERCASE_HEADS else 0


#: A verb of a joint act in the past, lowercase ("co-hosted", "co-chaired", "co-signed"): a hyphenated
#: word otherwise goes on a title phrase leftwards ("vice-chairman"), so the verb before an object's
#: title was read into it and the object lost (fam205: "co-hosted Japan's Minister for Foreign Affairs
#: HAYASHI Yoshimasa and Minister … HAGIUDA Koichi", bulk us-state-rss 1996).
_JOINT_ACT = re.compile(r"co-[a-z]+ed")


#: An ordinal: "74th", "3rd".
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: The terms of an office a body numbers: "President of the Assembly's 74th session".
_NUMBERED_TERMS = _wordset("session sessions term")


def _numbered_term(tokens: Sequence[Token], j: int) -> bool:
    """True at the term of "<office of a body>'s 74th session <name>": the title goes on over the
    term and its ordinal to the body's possessive."""
    if tokens[j].text not in _NUMBERED_TERMS or j < 2 or not _ORDINAL.fullmatch(tokens[j - 1].text):
        return False
    return tokens[j - 2].possessive and tokens[j - 2].text[:1].isupper()


#: Title heads written in lowercase: the French "d'Affaires" of a "Chargé d'Affaires".
_LOWERCASE_HEADS = frozenset(("d'Affaires", "d’Affaires"))


def _envoy_before(tokens: Sequence[Token], j: int, heads: frozenset[str] = _ENVOY_HEADS) -> bool:
    """True when an envoy's title ends right before the "to" at ``j``: its head, perhaps with an
    "of <Country>" complement ("Ambassador of the United Kingdom of Great Britain to")."""
    k = j - 1
    while k >= 0 and j - k <= _ENVOY_REACH:
        tok = tokens[k]
        if tok.bare in heads or (tok.bare == "Commissioner" and k >= 1 and tokens[k - 1].bare == "High"):
            # A High Commissioner is a Commonwealth country's ambassador to another ("Australian
            # High Commissioner to Bangladesh Julia Niblett" is Australia's).
            return True
        if not tok.is_word or not (tok.text[0].isupper() or tok.text in ("of", "the", "and")):
            return False
        k -= 1
    return False


#: Envoys posted to a country other than their own: "Ambassador of A to B" is of A. An adviser "to
#: the Prime Minister of X" is of X.
_POSTED_HEADS = _ENVOY_HEADS - {"Adviser", "Advisor"}
#: How many words an envoy's "of" complement may run before its "to".
_ENVOY_REACH = 12


def _punctuation_step(tokens: Sequence[Token], j: int) -> int:
    """How far left a title phrase goes over the punctuation mark at ``j`` (0: not at all)."""
    word = tokens[j].text
    before = tokens[j - 1] if j >= 1 else None
    if word == ",":
        # "the Prime Minister of Norway, Jonas Berg": a comma right before the name is fine;
        # further left, a comma separates titles ("Member of ..., State Councilor").
        if before is not None and before.text == ")" and j >= 3 and tokens[j - 3].text == "(":
            # "the Vice-President of the Commission of the African Union (AU), Mrs. X": the acronym
            # closes the title.
            return 1 if tokens[j - 2].bare.isupper() else 0
        return 1 if before is not None and before.is_word and before.text[0].isupper() else 0
    if word == "/" and before is not None and before.text[:1].isupper():
        return 1
    if word == ")" and j >= 2 and tokens[j - 2].text == "(":
        return _bracket_step(tokens[j - 1]) or _gloss_step(tokens, j)
    if word == ")":
        return _lowercase_gloss_step(tokens, j)
    return 0


def _gloss_step(tokens: Sequence[Token], j: int) -> int:
    """How far left a title phrase goes over a bracketed gloss of the body named before it ("of the
    Majlis (Parliament) of Iran"): 3 where the bracket holds one complement word right after a
    capitalised word, else 0."""
    inside, body = tokens[j - 1], tokens[j - 3] if j >= 3 else None
    if body is None or not body.is_word or not body.text[:1].isupper():
        return 0
    return 3 if inside.text[:1].isupper() and inside.bare in COMPLEMENT_WORDS else 0


#: How many words a lowercase gloss of a body may hold: "(consultative assembly)", "(lower house)".
_GLOSS_WORDS = 3


def _lowercase_gloss_step(tokens: Sequence[Token], j: int) -> int:
    """How far left a title phrase goes over a bracketed lowercase gloss of the body named before it
    ("Speaker of the Senate (upper chamber of parliament) of Ruritania, Ana Ruiz"): the bracket holds up to
    three lowercase words, the last a body's noun; a capitalised word stands right before it. 0 else."""
    opening = next((k for k in range(j - 2, max(j - _GLOSS_WORDS - 2, 0), -1) if tokens[k].text == "("), None)
    if opening is None or opening < 1:
        return 0
    inside, body = tokens[opening + 1 : j], tokens[opening - 1]
    if not body.is_word or not body.text[:1].isupper():
        return 0
    if not all(tok.is_word and tok.text.isalpha() and tok.text.islower() for tok in inside):
        return 0
    return j - opening + 1 if inside[-1].text.capitalize() in COMPLEMENT_WORDS else 0


def _bracket_step(inside: Token) -> int:
    """How far left a title phrase goes over a one-word bracket before a name (3: over it, or 0)."""
    # "Secretary General of the Black Sea Economic Cooperation (BSEC) Asaf Hajiyev"; "Lt Gen (Rtd)
    # Sir George Norton": an acronym closing the title, a retired officer's rank.
    return 3 if inside.bare.isupper() or inside.bare.lower() in _RETIRED else 0


#: The marks of a retired officer's rank, in brackets after it: "Lt Gen (Rtd)", "Col (retd.)".
_RETIRED = frozenset(("rtd", "retd", "ret", "retired", "ret’d", "ret'd"))


def _glue_continues(tokens: Sequence[Token], j: int) -> bool:
    """True when the glue word at ``j`` joins parts of one title; an "and" may join two people."""
    if tokens[j].text != "and":
        return True
    if not (j >= 1 and (tokens[j - 1].text[:1].isupper() or _serial_comma(tokens, j))):
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    # "The Foreign Secretary and Kenyan Foreign Minister Paul Kiptoo", "X, the Cabinet Secretary for
    # Foreign Affairs and Amb. Y": two people.
    return (
        not (
            nxt is not None
            and (nxt.text in ("the", "The") or _country_word(nxt) or _honorific_at(tokens, j + 1, lexicon()))
        )
        and not _office_repeated(tokens, j)
        and not _office_named_before(tokens, j)
        and not _bare_office_opening(tokens, j)
    )


def _bare_office_opening(tokens: Sequence[Token], j: int) -> bool:
    """True when a sentence opens "The <one head word> and" before the "and" at ``j``: "The Secretary
    and Foreign Minister Lavrov spoke" names two people, the publisher's own principal by the bare
    office (the definite article points back to the headline), not one person's two offices; those
    are written out ("The Deputy Prime Minister and Foreign Minister X")."""
    if j < 2 or tokens[j - 2].text != "The" or tokens[j - 1].bare not in TITLE_HEADS:
        return False
    return j == 2 or not tokens[j - 3].is_word or tokens[j - 3].text in (".", ":", ";")


def _serial_comma(tokens: Sequence[Token], j: int) -> bool:
    """True for the comma before the "and" at ``j`` that closes a list of three capitalised words or
    more ("Minister of Energy, Mining, and Industry"): the serial comma keeps the portfolios one title."""
    return (
        j >= 4
        and tokens[j - 1].text == ","
        and tokens[j - 2].text[:1].isupper()
        and tokens[j - 3].text == ","
        and tokens[j - 4].text[:1].isupper()
    )


def _office_named_before(tokens: Sequence[Token], j: int) -> bool:
    """True when the words between "the" and the "and" at ``j`` are an office the text gave a person
    earlier: "after Envoy Ana Ruiz's tour, the Envoy and Foreign Minister Li Wei met" names two people,
    the first by her office again (the definite article points back), not one person's two offices;
    so does "Envoy for Peace Ana Ruiz's tour" before "the Envoy and …"."""
    k = j - 1
    while k >= 0 and tokens[k].is_word and tokens[k].text[:1].isupper() and tokens[k].text != "The":
        k -= 1
    office = [t.text for t in tokens[k + 1 : j]]
    if not office or k < 0 or tokens[k].text not in ("the", "The"):
        return False
    if k >= 1 and tokens[k - 1].text in (
        "of",
        "for",
        "to",
    ):  # "Minister of the UAE and Ruler …": a complement
        return False
    size = len(office)
    return any([t.text for t in tokens[i : i + size]] == office for i in range(k - size + 1))


def _office_repeated(tokens: Sequence[Token], j: int) -> bool:
    """True when the capitalised words before the "and" at ``j`` open the words after it again: "The
    President and President Kikwete", "The Prime Minister and Prime Minister Lind" are two holders
    of one office (the White House's readout of a meeting, en-n), never one person's two offices."""
    before: list[str] = []
    k = j - 1
    while k >= 0 and len(before) < 4 and tokens[k].is_word and tokens[k].text[:1].isupper():
        before.insert(0, tokens[k].text)
        k -= 1
    while before and before[0] in ("The", "the"):
        before = before[1:]
    after = [t.text for t in tokens[j + 1 : j + 1 + len(before)]]
    return bool(before) and after == before


def _reach_into_complement(
    tokens: Sequence[Token], begin: int, k: int, taken: set[int], lex: Lexicon
) -> list[int]:
    """The span from a title head up to ``k`` across the lowercase words of its complement.

    "President of the Washington-based think tank Center ...": up to eight words back, stopping
    at a verb or preposition; empty when no head with "of"/"for" lies within reach.
    """
    ext = begin - 1
    steps = 0
    while (
        ext >= 0
        and steps < 8
        and ext not in taken
        and tokens[ext].is_word
        and tokens[ext].text not in _LEFT_STOPS
        and tokens[ext].text not in _PLACE_PREPOSITIONS
    ):
        if tokens[ext].bare in lex.heads and ext + 1 < len(tokens) and tokens[ext + 1].text in ("of", "for"):
            return list(range(ext, k + 1))
        ext -= 1
        steps += 1
    return []


def _right_appositive(
    tokens: Sequence[Token], last: int, lex: Lexicon, runs_at: set[int], countries: set[int]
) -> tuple[list[Token], int, list[Token]]:
    """Title tokens after a name: post-nominals ("MP") and ", Title of Country," appositives.

    Returns (post-nominal tokens, index after the appositive, appositive tokens).
    """
    i = last
    while i < len(tokens):
        if tokens[i].text in _POST_NOMINALS:
            i += 1
        elif _bracketed_post_nominal(tokens, i):
            i += 3  # "Lars Berg (MP)": the seat in brackets, as "Lars Berg MP" prints it bare
        else:
            break
    post = list(tokens[last:i])
    if not _opens_appositive(tokens, i, lex, countries):
        return post, i, []
    appositive: list[Token] = []
    k = i + 1
    while k < len(tokens):
        if (
            k in runs_at
            and not _complement_run(appositive)
            and not _office_words_run(tokens, k, appositive, lex)
        ):
            # The next person's name: the title words just before it are theirs. A name right
            # after "of" is the complement's place ("Crown Prince of Abu Dhabi"), after "to the"
            # the office a staff title serves ("Senior Advisor to the Domestic Policy Advisor").
            appositive = _before_next_person(tokens, i, k, appositive, lex)
            break
        if not _in_appositive(tokens, k, lex):
            break
        appositive.append(tokens[k])
        k += 1
    while appositive and appositive[-1].text in (",", "and", "the", "of", "for"):
        appositive.pop()
    if not appositive or not _has_head(appositive, lex):
        return post, i, []
    if _title_of_next(tokens, k, appositive, lex):
        return post, i, []
    return post, k, appositive


def _complement_run(appositive: Sequence[Token]) -> bool:
    """True when a name run right after ``appositive`` is its complement's, not the next person's."""
    return bool(appositive) and (
        appositive[-1].text in ("of", "for") or [t.text for t in appositive[-2:]] == ["to", "the"]
    )


def _office_words_run(tokens: Sequence[Token], k: int, appositive: Sequence[Token], lex: Lexicon) -> bool:
    """True when the name run at ``k`` inside a staff title that serves an office runs on into a title
    head ("X, Senior Advisor to the President and White House Intergovernmental Affairs Director,"):
    the office's words, no person's name."""
    if not _serves_office(appositive):
        return False
    j = k
    while j < len(tokens) and tokens[j].is_word and tokens[j].text[:1].isupper():
        if tokens[j].bare in lex.heads:
            return True
        j += 1
    return False


def _before_next_person(
    tokens: Sequence[Token], i: int, k: int, appositive: list[Token], lex: Lexicon
) -> list[Token]:
    """The appositive that opened at ``i``, cut before the next person's name at ``k``: up to the
    "and" before that person's style ("X, the Cabinet Secretary for Foreign Affairs and Amb. Y"),
    else up to its last comma (the title words just before the name are the next person's)."""
    styled = [a for a in range(i + 1, k - 1) if tokens[a].text == "and" and _honorific_at(tokens, a + 1, lex)]
    if styled:
        return list(tokens[i + 1 : styled[-1]])
    kept = list(appositive)
    while kept and kept[-1].text != ",":
        kept.pop()
    if not kept and appositive and appositive[-1].text == "and" and _serves_office(appositive):
        # "X, Assistant to the President and Director of the Council and Y, …": the staff title
        # before the "and" is X's (cut to its last comma, none, X lost every title)
        kept = list(appositive[:-1])
    return kept


def _title_of_next(tokens: Sequence[Token], k: int, appositive: Sequence[Token], lex: Lexicon) -> bool:
    """True when an appositive with "the" ends right before a styled name: "X, the Slovenian Prime
    Minister, Dr Y," gives the title to Y (without a style, "X, the Prime Minister, Y, the Foreign
    Minister" lists pairs)."""
    return (
        appositive[0].text == "the"
        and k + 1 < len(tokens)
        and tokens[k].text == ","
        and _honorific_at(tokens, k + 1, lex)
    )


#: Letters after a name that are honours or seats, kept as titles ("Ana Ruiz MP"): the grades of the
#: British orders a Commonwealth official signs with ("Dame Ana Ruiz DBE", "Sir Ivo Brand KCVO").
_POST_NOMINALS = frozenset(
    (
        *("MP", "MEP", "KC", "QC"),
        *("GBE", "KBE", "DBE", "CBE", "OBE", "MBE"),
        *("CMG", "KCMG", "DCMG", "GCMG"),
        *("KCB", "DCB", "GCB"),
        *("GCVO", "KCVO", "DCVO", "CVO", "LVO", "MVO"),
    )
)


def _bracketed_post_nominal(tokens: Sequence[Token], i: int) -> bool:
    """True when the tokens at ``i`` are a post-nominal in brackets: "(", "MP", ")"."""
    return (
        i + 2 < len(tokens)
        and tokens[i].text == "("
        and tokens[i + 1].text in _POST_NOMINALS
        and tokens[i + 2].text == ")"
    )


def _opens_appositive(tokens: Sequence[Token], i: int, lex: Lexicon, countries: set[int]) -> bool:
    """True when a comma at ``i`` opens a title: ", Minister of ...", ", the Australian Foreign
    Minister,", ", the United Kingdom's Foreign Secretary,"."""
    n = len(tokens)
    if not (i + 1 < n and tokens[i].text == ","):
        return False
    j = i + 1
    if tokens[j].text in ("the", "The"):
        j += 1
    # ", the newly appointed Ambassador of X,", and without "the": ", newly elected Chairperson of Y"
    while j + 1 < n and tokens[j].text in _NEWLY:
        j += 1
    if j + 1 < n and _country_word(tokens[j]) and _title_start(tokens[j + 1], lex):
        j += 1
    else:
        k = j
        while k < n and k in countries and not tokens[k].possessive:
            k += 1
        if k + 1 < n and k in countries and tokens[k].possessive and _title_start(tokens[k + 1], lex):
            j = k + 1
        elif j + 1 < k < n and _title_start(tokens[k], lex):
            # ", the European Commission President-Elect,": a name of two words or more before the office
            j = k
    return j < n and _title_start(tokens[j], lex)


def _in_appositive(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """True when the token at ``k`` goes on an appositive title: a capitalised word, a glue word,
    or a comma before another title or complement word."""
    tok = tokens[k]
    if tok.text == ",":
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return (
            nxt is not None
            and nxt.text[:1].isupper()
            and (nxt.bare in COMPLEMENT_WORDS or _title_start(nxt, lex))
        )
    if tok.text == "to":
        # "X, Chief Advisor to the President of Turkey": whose adviser X is, and so X's country (an
        # envoy's "to" names the post, another country: it ends the appositive).
        return (tokens[k - 1].bare in _ADVISER_HEADS and _leader_of_country(tokens, k + 1)) or (
            tokens[k - 1].bare in _SERVING_HEADS and _served_office(tokens, k + 1)
        )
    if not tok.is_word or tok.text[0].isdigit():
        return False
    return (
        tok.text[0].isupper()
        or tok.text in ("of", "for", "the", "and", "&")
        or tok.text in _LOWERCASE_HEADS  # ", Chargé d'Affaires of …" (fam221: en-bn)
        or tok.text in _NEWLY
        or (tok.text in _COURTESY_WORDS and tokens[k - 1].text == "the")
        or (tok.text in _LOWERCASE_BODIES and _demonym_of_the(tokens, k - 1))
    )


#: A state's bodies a title's complement may write in lowercase after a demonym ("Speaker of the
#: Estonian parliament", "Minister of the Latvian government"): the noun ends the title, not the demonym.
_LOWERCASE_BODIES = frozenset(("parliament", "government", "senate", "assembly", "cabinet", "army", "navy"))


def _demonym_of_the(tokens: Sequence[Token], k: int) -> bool:
    """True when the token at ``k`` is a demonym after "the" ("of the Estonian"), no country's name."""
    return (
        k >= 1
        and tokens[k - 1].text == "the"
        and _country_word(tokens[k]) is not None
        and country_from_name(tokens[k].text) is None
    )


#: Heads whose "to the <office> of <Country>" names their own country: an adviser's.
_ADVISER_HEADS = frozenset(("Adviser", "Advisor"))
#: Heads of a staff title that serves an office: "Senior Advisor to the President and Director of …",
#: "Deputy Assistant to the President": the office served is part of the title (not a person, not a post).
_SERVING_HEADS = frozenset(("Adviser", "Advisor", "Assistant", "Counselor", "Counsellor"))
#: How many title words an adviser's "to the <office> of <Country>" may hold before its "of".
_ADVISED_REACH = 4


def _served_office(tokens: Sequence[Token], k: int) -> bool:
    """True when ``tokens[k:]`` read "the <Office>" with no country ("the President", "the Office of
    Intergovernmental Affairs", "the Domestic Policy Advisor"): the office a staff title serves."""
    if k + 1 >= len(tokens) or tokens[k].text != "the":
        return False
    words = [t.text for t in tokens[k + 1 : k + 1 + _ADVISED_REACH] if t.is_word and t.text[:1].isupper()]
    return (
        bool(words)
        and tokens[k + 1].text[:1].isupper()
        and not any(country_from_name(" ".join(words[:size])) for size in range(len(words), 0, -1))
    )


def _leader_of_country(tokens: Sequence[Token], k: int) -> bool:
    """True when ``tokens[k:]`` read "the <Office> of [the] <Country>" ("the Prime Minister of the
    Netherlands"); not "the President" alone, whose adviser may be the page's own official."""
    if k >= len(tokens) or tokens[k].text != "the":
        return False
    stop = min(k + 2 + _ADVISED_REACH, len(tokens))
    of = next((j for j in range(k + 1, stop) if not tokens[j].text[:1].isupper()), None)
    if of is None or of == k + 1 or tokens[of].text != "of":
        return False
    words = [t.text for t in tokens[of + 1 : of + 5] if t.is_word]
    if words[:1] == ["the"]:
        words = words[1:]
    return any(country_from_name(" ".join(words[:size])) for size in range(len(words), 0, -1))


#: Words before an appositive title (after "the" or not) that say the office is new, or its holder a guest:
#: ", the newly appointed Ambassador of X,", ", the visiting Speaker of X,". Dropped from the title.
_NEWLY = frozenset(
    ("new", "newly", "recently", "appointed", "elected", "accredited", "incoming", "outgoing", "visiting")
)
#: Words of courtesy before a state in a title's complement, as Gulf and Arab offices write it ("President
#: of the sisterly State of Palestine", "of the brotherly Kingdom of Bahrain"): the country is the state.
_COURTESY_WORDS = frozenset(("sisterly", "brotherly", "friendly", "fraternal"))
_COURTESY = re.compile(r"^(?:the\s+)?(?:" + "|".join(sorted(_COURTESY_WORDS)) + r")\s+")


#: Nouns that name a person by relation, after a demonym: "her Polish counterpart Jan Novak".
_RELATION_NOUNS = frozenset(("counterpart", "colleague", "guest", "host", "visitor"))


def _counterpart_country(tokens: Sequence[Token], first: int) -> str | None:
    """The country of "<Demonym> counterpart <Name>" ("his new Polish counterpart Jan Novak" → PL)."""
    k = first - 1
    while k >= 1 and _honorific_at(tokens, k, lexicon()):
        k -= 1  # "his Papua New Guinea Counterpart, Sir Michael Somare"
    if k >= 1 and tokens[k].text == ",":
        k -= 1  # "his Italian counterpart, Giorgia Meloni"
    if tokens[k].bare.lower() not in _RELATION_NOUNS:
        return None
    for idx in range(k - 1, max(-1, k - 4), -1):
        tok = tokens[idx]
        # "his South African counterpart", "his Papua New Guinea counterpart": a name of two or three
        # words is read whole first
        code = _country_ending_at(tokens, idx) or _country_word(tok)
        if code:
            return code
        if not tok.is_word or tok.text.lower() in ("and", "with", "by", "to", "of"):
            return None
    return None


def _country_ending_at(tokens: Sequence[Token], idx: int) -> str | None:
    """The country (or demonym) of three or two words ending at token ``idx``, longest first."""
    for size in (3, 2):
        words = tokens[idx - size + 1 : idx + 1] if idx >= size - 1 else []
        if words and all(t.is_word for t in words):
            code = country_from_demonym(" ".join(t.text for t in words))
            if code:
                return code
    return None


def _place_of_title(tokens: Sequence[Token], run: Run, run_starts: set[int], lex: Lexicon) -> bool:
    """True for the place of "the Crown Prince of Abu Dhabi, Sheikh Omar Haddad" or "the Mayor
    of Lima, Ana Ruiz" ("of Lima City,"): a name after "<title> of" followed (after a noun of a seat
    such as "City") by a comma and the holder's name."""
    k = run.first - 1
    if k >= 1 and tokens[k].text == "the":
        k -= 1
    if k < 1 or tokens[k].text != "of" or tokens[k - 1].bare not in lex.heads:
        return False
    j = run.last
    if j < len(tokens) and tokens[j].bare in _SEAT_NOUNS:
        j += 1  # "the Mayor of Tarsa Metropolitan City, Ana Ruiz"
    if j >= len(tokens) or tokens[j].text != ",":
        return False
    j += 1
    while j < len(tokens) and (_honorific_at(tokens, j, lex) or tokens[j].bare in _STYLE_HEADS):
        j += 1
    return j in run_starts


def _place_of_lowercase_office(tokens: Sequence[Token], run: Run, lex: Lexicon) -> bool:
    """True for the place of an office written in lower case in an appositive after a person or after
    "with": "Ana Ruiz, mayor of Vel Marin, said", "…, the governor of Santa Ilda.", "Li meets with
    mayor of Vel Marin". A clause's mark (or the text's end) closes the place; an office in lower
    case opens no title of a person named after it."""
    k = run.first - 1
    if k >= 1 and tokens[k].text == "the":
        k -= 1
    if k < 2 or tokens[k].text != "of" or not tokens[k - 1].text.islower():
        return False
    if tokens[k - 1].text.capitalize() not in lex.heads:
        return False
    opening = k - 2 if tokens[k - 2].text != "the" else k - 3
    if opening < 0 or tokens[opening].text not in (",", "with"):
        return False
    return run.last >= len(tokens) or tokens[run.last].text in _CLAUSE_MARKS


#: Nouns after a place's name that make it a territory: "the Kurdistan Region", "the Tarsa Republic".
_TERRITORY_NOUNS = _wordset(
    "Region Republic Kingdom Federation Province Governorate Territory Territories Emirate"
)


#: Nouns after a place's name that close the seat of an office: "the Mayor of Tarsa City", "the
#: Governor of Tarsa Province".
_SEAT_NOUNS = _TERRITORY_NOUNS | _wordset("City County District Prefecture Municipality State")


def _envoys_posting(tokens: Sequence[Token], run: Run, run_starts: set[int], lex: Lexicon) -> bool:
    """True for the place of an envoy's posting before the envoy's name: "Consul General to the
    Tarsa Region Ivo Brand", "Ambassador to the Velor Republic Ana Ruiz"."""
    k = run.first - 1
    if k >= 1 and tokens[k].text == "the":
        k -= 1
    if k < 1 or tokens[k].text not in ("to", "in") or not _envoy_before(tokens, k):
        return False
    j = run.last
    if (
        j - run.first == 1
        and j in run_starts
        and (country_of_capital(tokens[run.first].bare) or _consuls_city(tokens, run.first, j + 2))
    ):
        return True  # "Ambassador in Dhaka Brent Christensen", "Consul General in Tarsa Ana Ruiz"
    if j + 1 < len(tokens) and tokens[j].text in _TERRITORY_NOUNS and j + 1 in run_starts:
        return True
    return _envoy_head_before(tokens, k) and _posting_closed(tokens, run.first, j, run_starts, lex)


def _envoy_head_before(tokens: Sequence[Token], k: int) -> bool:
    """True when a head posted to a place (no adviser, who is "to" a person) ends before the "to" or
    "in" at ``k``."""
    return _envoy_before(tokens, k, _POSTED_HEADS)


def _glued_word(tok: Token) -> bool:
    """True for a word with a capital after its first lower-case letter: two words that lost the space
    between them ("KyrgyzstanLesslie"; "McKeon" and "DeSantis" have theirs before any lower-case run
    of three)."""
    text = tok.text
    return any(c.isupper() for c in text[4:]) and text[1:4].islower()


def _posting_closed(tokens: Sequence[Token], start: int, j: int, run_starts: set[int], lex: Lexicon) -> bool:
    """True when what follows a run after an envoy's "to" or "in" (``j``) leaves it the place of the
    post: the text's end, a clause's mark ("Consul General to Tarsa, Ana Ruiz,") or a style that opens
    the envoy's own name ("Head of Post to Tarsa Mme. Ana Ruiz"; en-be, China's MFA). A holder's name
    never stands right after "to": the run is the place (issue #8, fam204)."""
    if j >= len(tokens) or tokens[j].text in _CLAUSE_MARKS:
        # a word with a capital inside ("to TarsaAna Ruiz.") is a place run into a name, no place alone
        return not any(_glued_word(t) for t in tokens[start:j])
    if not _honorific_at(tokens, j, lex):
        return False
    while j < len(tokens) and _honorific_at(tokens, j, lex):
        j += 1
    return j in run_starts


#: Nouns that close a body's name inside an office's complement ("the Tarsa Consultative Assembly").
_BODY_NOUNS = _ORG_WORDS | _wordset("Assembly Parliament Senate Congress Court Chamber")


def _nobody_word(tok: Token, lex: Lexicon) -> bool:
    """True for a capitalised word that names nobody and heads no office ("Islamic")."""
    return tok.text in NOT_NAME and tok.text[:1].isupper() and tok.bare not in lex.heads


def _complement_of_title(tokens: Sequence[Token], run: Run, lex: Lexicon) -> bool:
    """True for a name run inside the complement of an office, a place or a body and no person:
    "Special Envoy to the Horn of Africa", "Speaker of the Islamic Consultative Assembly Ana Ruiz".

    The run follows "<office> of/to/for the" and "of" continues it, or it follows capitalised words
    that name nobody there ("Islamic") and a body's noun continues it: a holder's name neither
    follows "the" inside a title nor goes on into "Assembly" ("of Tarsa" may follow a holder's name
    after a complement: "the Minister of the Interior Ana Ruiz of Tarsa").
    """
    k = run.first - 1
    while k >= 0 and _nobody_word(tokens[k], lex):
        k -= 1
    if k < 2 or tokens[k].text != "the" or tokens[k - 1].text not in ("of", "to", "for"):
        return False
    j = run.last
    if tokens[k - 2].bare not in lex.heads or j >= len(tokens):
        return False
    return tokens[j].bare in _BODY_NOUNS or (tokens[j].text == "of" and k == run.first - 1)


#: Short words a Title Case headline leaves in lower case.
_HEADLINE_SMALL = _wordset("a an and as at but by for from in into of on or per the to via vs with")


def _title_case(tokens: Sequence[Token], text: str) -> bool:
    """True for a headline in Title Case: no sentence end, its words (but the small ones) capitalised."""
    if text.rstrip().endswith((".", "!", "?")):
        return False
    words = [t.text for t in tokens if t.is_word and t.text[0].isalpha() and t.text not in _HEADLINE_SMALL]
    if len(words) < 5:
        return False
    # One of its words at least is a headline's noun or verb ("Readout", "Meeting", "Takes"):
    # a list of names and titles alone is not a headline.
    return all(w[0].isupper() for w in words) and any(w in NOT_NAME for w in words)


#: Capitalised words that join the parts of a proper noun's name ("Declaration Against ...").
_PROPER_NOUN_GLUE = frozenset(("Against", "For", "Of", "To", "On", "And", "In", "At", "With"))


def _inside_proper_noun(tokens: Sequence[Token], first: int, left: Sequence[Token], titled: bool) -> bool:
    """True when the run ends a longer proper noun rather than naming a person.

    The word before it is a title's possessive ("the Speaker’s Lunch"), a capitalised word of a
    complement or a joining word ("Naval Air Station Pensacola", "Declaration Against Arbitrary
    Detention"), or a pair of countries ("the U.S.-Palau Compact Review").
    """
    if left and left[-1].possessive:
        return True
    if titled or first < 1:
        return False
    before = tokens[first - 1]
    if not before.is_word or not before.text[0].isupper():
        return False
    if before.bare in _PROPER_NOUN_GLUE:
        # Two capitalised words before it: "the Senate Mitchell Reed" is a person after a title.
        return first >= 2 and tokens[first - 2].is_word and tokens[first - 2].text[0].isupper()
    if "-" in before.bare:
        return all(country_from_demonym(p) for p in before.bare.split("-"))
    # "U.S.-Palau" comes as three tokens.
    return first >= 3 and tokens[first - 2].text == "-" and _country_word(before) is not None


def find_mentions(
    text: str,
    *,
    extra_titles: Iterable[str] = (),
    extra_honorifics: Iterable[str] = (),
    offices: bool = True,
) -> list[Mention]:
    """Every person mention in ``text`` (one sentence or a headline), in order.

    Args:
        text: the text to scan.
        extra_titles: a profile's additional titles ("External Affairs Minister").
        extra_honorifics: a profile's additional honorifics.
        offices: also report offices named without a person ("The Prime Minister").
    """
    found = scan_people(text, extra_titles=extra_titles, extra_honorifics=extra_honorifics)
    return with_offices(found) if offices else sorted(found.people, key=_start_of)


class People(NamedTuple):
    """The people a text names, as its name scan found them: the first part of ``find_mentions``.

    A stage that reads only names stops here; one that reads offices too goes on with
    ``with_offices``, which reads the same scan, so a text is scanned for people once either way.
    """

    #: The person mentions in the order their names stand (``find_mentions`` sorts by start).
    people: tuple[Mention, ...]
    scan: _Scan


#: An abbreviation in brackets between a title and a name ("Prime Minister (PM) Ana Ruiz").
_TITLE_ABBREVIATION = re.compile(r"(?<=[a-z]) \((?P<initials>[A-Z]{2,4})\)(?= [A-Z][a-z])")


def _blank_office_initials(match: re.Match[str]) -> str:
    """Spaces for an office's own initials in brackets ("Prime Minister (PM)", "Foreign Minister
    (FM)"), the abbreviation left as it stands otherwise: an organisation's ("… Economic
    Cooperation (SEC)") is part of the title."""
    initials = match.group("initials")
    words = match.string[: match.start()].split()[-len(initials) :]
    if "".join(w[:1] for w in words) != initials or fold(words[-1]) not in _OFFICE_ENDS:
        return match.group()
    return " " * len(match.group())


#: The last word of an office whose initials may stand in brackets after it ("minister").
_OFFICE_ENDS = frozenset(fold(o.split()[-1]) for o in OFFICE_NOUNS)


def scan_people(
    text: str, *, extra_titles: Iterable[str] = (), extra_honorifics: Iterable[str] = ()
) -> People:
    """The person mentions in ``text`` (the arguments as for ``find_mentions``), with its scan."""
    # "Prime Minister (PM) Ana Ruiz": the office's abbreviation in brackets stands between the title
    # and the name; blanked to its length, so every offset stays the text's
    if " (" in text:  # the pattern's one literal: most texts hold no bracket
        text = _TITLE_ABBREVIATION.sub(_blank_office_initials, text)
    scan = _Scan.of(text, lexicon(tuple(extra_titles), tuple(extra_honorifics)))
    people: list[Mention] = []
    for run in scan.runs:
        check()
        mention = _person_mention(scan, run)
        if mention is not None:
            people.append(mention)
    if " of " in text and " and " in text:
        _countries_in_turn(scan, people)
    _state_office_holders(text, people)
    return People(tuple(people), scan)


#: A member state's name before one of its own offices (state_offices.toml): "New Mexico Governor".
_STATE_OFFICES = _table("state_offices.toml")


def state_offices(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each state office named with its state in ``text`` ("Michigan's Governor"), with the code of the
    state's federation, in order of the rows."""
    rows = table_rows(_STATE_OFFICES)
    for i in rows.candidates(text):
        for found in rows.patterns[i].regex.finditer(text):
            yield found, _STATE_OFFICES.rows[i].label


def state_office_country(text: str) -> str | None:
    """The federation whose member state's office ``text`` names ("New Mexico Governor" → "US"), or None.

    The probe of ``state_offices.toml``.
    """
    return next((code for _found, code in state_offices(text)), None)


def _state_office_holders(text: str, people: list[Mention]) -> None:
    """A person whose title is a state's office named with the state ("New Mexico Governor X",
    "Michigan's Governor X") is of the state's federation, not of a country the state's name holds or
    spells ("Mexico", "Georgia")."""
    for found, code in state_offices(text):
        for index, m in enumerate(people):
            if m.start < found.end() <= m.name_start and m.titles:
                people[index] = attrs.evolve(m, country=code)
            elif m.name_start < found.end() < m.end and m.titles:
                people[index] = _without_state(text, m, found.end(), code)


def _without_state(text: str, m: Mention, state_end: int, code: str) -> Mention:
    """The mention whose name run took in the state after its office ("Governor of Ohio Dana Holt"),
    with the name starting after the state; as it was when no name word is left."""
    full = m.name or ""
    rest = text[state_end : m.name_start + len(full)]
    name = rest.strip()
    if len(rest) != len(full) - (state_end - m.name_start) or not name[:1].isupper():
        return m
    return attrs.evolve(m, name=name, country=code, name_start=state_end + len(rest) - len(rest.lstrip()))


#: A list of two or more countries after "of" and before a name: "of Armenia and Azerbaijan Zohrab ...".
_LISTED_OF = re.compile(
    rf"\bof\s+(?P<countries>(?:the\s+)?(?:{COUNTRY_PATTERN})(?:\s*,\s*(?:the\s+)?(?:{COUNTRY_PATTERN}))*"
    rf"\s*,?\s+(?:and|&)\s+(?:the\s+)?(?:{COUNTRY_PATTERN}))\s+(?=[A-Z])"
)
_LISTED_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
#: What stands between two names of one list: a comma, an "and" or both.
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")
#: How many words before the "of" a plural office's head may stand ("Ministers of Foreign Affairs of").
_PLURAL_REACH = 5


def _countries_in_turn(scan: _Scan, people: list[Mention]) -> None:
    """A plural office of listed countries followed by as many names gives each name its country in
    turn: "Ministers of Foreign Affairs of Armenia and Azerbaijan Zohrab Mnatsakanyan and Elmar
    Mammadyarov" (the first is Armenia's, though Azerbaijan stands right before his name)."""
    for found in _LISTED_OF.finditer(scan.text):
        codes = [country_from_name(c) for c in _LISTED_SPLIT.split(found.group("countries"))]
        if None in codes or len(set(codes)) != len(codes) or not _plural_head_before(scan, found.start()):
            continue
        chain = _listed_names(scan.text, people, found.end(), len(codes))
        for index, code in zip(chain, codes, strict=False):
            people[index] = attrs.evolve(people[index], country=code)


def _plural_head_before(scan: _Scan, at: int) -> bool:
    """True when a capitalised plural of a title head stands a few words before offset ``at``."""
    words = [t for t in scan.tokens if t.end <= at][-_PLURAL_REACH:]
    return any(t.text[0].isupper() and t.text.endswith("s") and t.text[:-1] in scan.lex.heads for t in words)


def _listed_names(text: str, people: Sequence[Mention], at: int, size: int) -> list[int]:
    """The indices of ``size`` people named one after the other from offset ``at``, joined by commas
    and "and"; empty when the names there are not exactly so many."""
    chain: list[int] = []
    for index, m in enumerate(people):
        first = not chain and m.name_start == at
        if first or (chain and _LIST_GAP.fullmatch(text, people[chain[-1]].end, m.start)):
            chain.append(index)
        elif chain:
            break
    return chain if len(chain) == size else []


def with_offices(found: People) -> list[Mention]:
    """``find_mentions`` of the scanned text: its people and the offices named without a person,
    in order. The offices' scan reads the people's scan and changes nothing in it."""
    scan = found.scan
    offices = _office_mentions(scan.tokens, scan.text, scan.lex, scan.taken, scan.countries)
    mentions = [*found.people, *offices]
    mentions.sort(key=_start_of)
    return mentions


def _start_of(mention: Mention) -> int:
    return mention.start


@attrs.define
class _Scan:
    """One text being read for mentions: its tokens, name runs, and the tokens mentions took."""

    text: str
    lex: Lexicon
    tokens: list[Token]
    #: Tokens inside a country's, organisation's or demonym's name.
    countries: set[int]
    runs: list[Run]
    run_starts: set[int]
    #: A Title Case headline, where a capitalised word alone marks no name.
    headline_case: bool
    #: Tokens of name runs and of mentions found: an office is not read there again.
    taken: set[int]
    #: Tokens of mentions found: a name run there is a place inside an earlier mention's title.
    claimed: set[int] = attrs.Factory(set)

    @classmethod
    def of(cls, text: str, lex: Lexicon) -> _Scan:
        """Tokenize ``text`` and find its country words and name runs."""
        tokens = tokenize(text)
        countries = country_tokens(tokens, text)
        runs = name_runs(tokens, text, lex, countries)
        taken = {index for run in runs for index in range(run.first, run.last)}
        run_starts = {run.first for run in runs}
        return cls(text, lex, tokens, countries, runs, run_starts, _title_case(tokens, text), taken)


@attrs.frozen
class _Left:
    """What stands before a name run: its title phrase and styles."""

    #: Index of the phrase's first token (the run's first when nothing stands before it).
    begin: int
    #: The phrase's tokens without honorifics (but with a country's "Sri").
    tokens: list[Token]
    #: An honorific stands before the name ("Mr.", "H.E.").
    honorific: bool
    #: The title is definite or set off ("the Prime Minister of India Ana Ruiz"): it keeps its "of India".
    definite: bool


def _left_of_a_person(scan: _Scan, run: Run, left: _Left) -> tuple[list[str], str | None] | None:
    """The titles and country read before a run that may name a person, or None when the words around
    it make it no person's name: told before the titles are read (a third of the runs), or, once they
    are, the last word of a body's name after "of the" (fam199)."""
    if _plainly_not_a_person(scan.tokens, run, left) or _inside_a_title_phrase(scan, run, left):
        return None
    titles, country = _left_titles(scan, left)
    if _last_word_of_body(scan.tokens, run, left, titles):
        return None
    return titles, country


def _person_mention(scan: _Scan, run: Run) -> Mention | None:
    """The mention of the person a name run names, or None when the run names no person."""
    if (
        _place_of_title(scan.tokens, run, scan.run_starts, scan.lex)
        or _envoys_posting(scan.tokens, run, scan.run_starts, scan.lex)
        or _complement_of_title(scan.tokens, run, scan.lex)
        or _inside_body_name(scan.tokens, run)
    ):
        # Its words become part of the next person's title.
        scan.taken.difference_update(range(run.first, run.last))
        return None
    if run.first in scan.claimed or _place_of_lowercase_office(scan.tokens, run, scan.lex):
        # A place inside an earlier mention's appositive ("Crown Prince of Abu Dhabi", "Ana Ruiz,
        # mayor of Lima,").
        return None
    left = _read_left(scan, run)
    if _names_a_body(scan.tokens, run, left, scan.lex):
        # The portfolio's or the body's words become part of the title of the holder named after.
        scan.taken.difference_update(range(run.first, run.last))
        return None
    read = _left_of_a_person(scan, run, left)
    if read is None:
        return None
    titles, country = read
    country = country or _country_near(scan, run, left, titles)
    post, _after, appositive = _right_appositive(
        scan.tokens, run.last, scan.lex, scan.run_starts, scan.countries
    )
    titles.extend(t.text for t in post if t.text in _POST_NOMINALS)
    end_tok = run.last
    if appositive:
        more, code = _appositive_titles(scan, appositive)
        titles.extend(more)
        country = country or code
    else:
        # "President Carlos Vega of Peru", "King Harald of Norway's visit".
        code, end_tok = _country_after(scan, run)
        country = country or code
    if _not_a_person(scan, run, left, titles, end_tok):
        return None
    name, name_start = _given_name_style(scan.tokens, run, left, titles, bool(appositive))
    first_tok = left.begin if (left.tokens or left.honorific) else run.first
    if appositive:
        end_tok = max(end_tok, scan.tokens.index(appositive[-1], run.last) + 1)
    # Post-nominals ("MP") belong to the mention, so they are not read again as an office.
    end_tok = max(end_tok, run.last + len(post))
    scan.taken.update(range(first_tok, end_tok))
    scan.claimed.update(range(first_tok, end_tok))
    return Mention(
        name=name,
        titles=tuple(dict.fromkeys(titles)),
        country=country,
        start=scan.tokens[first_tok].start,
        end=scan.tokens[end_tok - 1].end,
        first_token=first_tok,
        last_token=end_tok,
        name_start=name_start,
    )


#: Styles that are also given names ("Amir Ohana"): one alone before a lone family name whose holder
#: an appositive gives another office is the name's first word (before a name it is otherwise the
#: ruler's style, title_words.toml).
STYLES_AS_GIVEN_NAMES = _wordset("Amir")


def _given_name_style(
    tokens: Sequence[Token], run: Run, left: _Left, titles: list[str], appositive: bool
) -> tuple[str, int]:
    """The name and where it starts: a style that is also a given name, alone before one family name
    whose holder an appositive gives another office, is the name's first word ("with Amir Ohana, the
    visiting Speaker of the Israeli Parliament,"); ``titles`` loses it. Else the run's."""
    style = left.tokens[0] if len(left.tokens) == 1 else None
    if (
        style is None
        or not appositive
        or run.last - run.first != 1
        or style.text not in STYLES_AS_GIVEN_NAMES
        or left.begin != run.first - 1
        or len(titles) < 2
    ):
        return run.name, run.start
    titles.remove(style.text)
    return f"{style.text} {run.name}", style.start


def _read_left(scan: _Scan, run: Run) -> _Left:
    """The title phrase and styles before a name run."""
    tokens = scan.tokens
    # _left_phrase only looks left of the run, so the run's own tokens in ``taken`` never matter.
    begin = _left_phrase(tokens, run.first, scan.taken, scan.lex)
    # Honorifics go, but not a word of a country's name ("Sri" in "of Sri Lanka").
    styles = [_honorific_at(tokens, index, scan.lex) for index in range(begin, run.first)]
    left = [
        t
        for index, (t, style) in enumerate(zip(tokens[begin : run.first], styles, strict=True), begin)
        if index in scan.countries or not style
    ]
    # "the Prime Minister of India Ana Ruiz" and "Prime Minister of India, Ana Ruiz" keep
    # "of India" in the title; "Prime Minister of India Ana Ruiz" does not.
    definite = (
        (bool(left) and left[0].text in ("the", "The"))
        or (bool(left) and begin >= 1 and tokens[begin - 1].text in ("the", "The", "visiting"))
        or any(t.text == "," for t in left[-1:])
    )
    honorific = any(styles) and not _possessive_pronoun_only(tokens, run, styles)
    return _Left(begin, left, honorific, definite)


#: Possessive pronouns that open a two-word style ("Her Excellency", "His Majesty"): alone right
#: before a capitalised run they are the pronoun ("… Hails Her Successful Tour").
_PRONOUN_STYLES = frozenset(("His", "Her"))


def _possessive_pronoun_only(tokens: Sequence[Token], run: Run, styles: Sequence[bool]) -> bool:
    """True when the one style before the run is a possessive pronoun standing right before it."""
    return sum(styles) == 1 and styles[-1] and tokens[run.first - 1].text in _PRONOUN_STYLES


def _left_titles(scan: _Scan, left: _Left) -> tuple[list[str], str | None]:
    """The person's titles in the phrase before the name, and the country they give.

    The answer depends on the phrase alone (its text, where its tokens stand in it, whether it is
    definite) and the lexicon: remembered for the page, so a title is read once however often the
    page's paragraphs and sentences name someone with it.
    """
    if not left.tokens:
        return [], None
    base = left.tokens[0].start
    key = (
        scan.lex,
        (
            scan.text[base : left.tokens[-1].end],
            tuple([(t.start - base, t.end - base) for t in left.tokens]),
            left.definite,
        ),
    )
    known = _LEFT_TITLES.get(key)
    if known is None:
        titles, country = _read_left_titles(scan, left)
        known = (tuple(titles), country)
        _remember(_LEFT_TITLES, key, known)
    return list(known[0]), known[1]


def _read_left_titles(scan: _Scan, left: _Left) -> tuple[list[str], str | None]:
    """``_left_titles`` worked out: it reads the text only inside the phrase."""
    titles: list[str] = []
    country: str | None = None
    for found, demonym in _own_titles(_split_titles(left.tokens, scan.text, scan.lex), scan.text):
        chunk = found
        code, at = _complement_country(chunk, scan.text)
        # A title set off by a comma is an appositive and keeps its country:
        # "Foreign Minister of Ruritania, Prince Ali Haddad".
        set_off = bool(chunk) and _followed_by_comma(chunk[-1], left.tokens)
        if code and at is not None and not left.definite and not set_off:
            # "Federal Chancellor of Austria Eva Gruber" → "Federal Chancellor".
            chunk = chunk[:at]
        country = _double_role_country(country, demonym or code)
        if chunk:
            titles.append(_chunk_text(chunk, scan.text))
    return titles, country


def _double_role_country(first: str | None, later: str | None) -> str | None:
    """The country of a person whose titles name ``first`` then ``later``: the first, unless it is
    a group's and the later a state's ("Chair of the Pacific Islands Forum and Prime Minister of
    Tonga": one person's double role, and the state is the side he speaks for)."""
    if first in ORGANISATION_CODES and later is not None and later not in ORGANISATION_CODES:
        return later
    return first or later


def _country_near(scan: _Scan, run: Run, left: _Left, titles: Sequence[str]) -> str | None:
    """A country the words around the title give: "Brazil's Minister Vieira", "his Polish
    counterpart Jan Novak", or the organisation an office belongs to ("High Representative")."""
    country = _country_before(scan.tokens, left.begin, run.first, titled=bool(titles))
    if country is None and left.begin >= 2:
        # "his South African counterpart, H.E Cyril Ramaphosa": a style or title may stand between.
        country = _counterpart_country(scan.tokens, left.begin)
    if country is None and run.first >= 2 and run.first != left.begin:
        # "his Greek Counterpart, Alexis Tsipras": the capitalised noun was read as a title before
        # the name (as "Prime Minister, Edi Rama" is), so the relation stands right before the name.
        country = _counterpart_country(scan.tokens, run.first)
    if country is None:
        # An organisation's own office: "High Representative" is the EU's.
        country = next((code for t in titles for key, code in _ORG_TITLES if t.startswith(key)), None)
    return country


def _country_before(tokens: Sequence[Token], begin: int, first: int, *, titled: bool) -> str | None:
    """A possessive country or a demonym right before the title: "Brazil's Minister Vieira".

    A country further off ("Ruritania: High Representative ...", a headline's topic) is not his.
    """
    for idx in range(max(0, begin - 2), first):
        t = tokens[idx]
        if idx < begin and not (t.possessive or idx == begin - 1):
            continue
        if not titled and idx < first - 1 and not t.possessive:
            # No title: only a demonym right before the name is the person's ("After the
            # CSTO Summit, Vladimir Putin" is not the CSTO's).
            continue
        if idx > begin and any(x.text in ("for", "to", "on") for x in tokens[begin:idx]):
            # "Special Representative for the DPRK Sung Kim": the post's remit, not his country.
            return None
        if _where_not_whose(tokens, idx, begin, first):
            continue
        code = _country_word(t)
        if code:
            return code
    return None


def _where_not_whose(tokens: Sequence[Token], idx: int, begin: int, first: int) -> bool:
    """True when the country word at ``idx``, before a title and the name at ``first``, is not his."""
    if idx + 1 < first and tokens[idx + 1].text == ",":
        return True  # "to Mogadishu, Somalia, Under Secretary X": where, not whose (_title_of_chunk)
    if tokens[idx].possessive:
        return False
    if idx < first - 1 and _title_after_comma(tokens, idx + 1, first):
        # "the Meeting of CARICOM Heads of Government in St Kitts, President X": a body before
        # the comma is the sentence's; the title after it is X's (issue #8, en-ai)
        return True
    if idx < begin and _after_place_preposition(tokens, idx):
        return True  # "during his stay in Sudan President X": where he stayed, not X's country
    return _posted_to(tokens, idx)  # "Chargé d'Affaires of the U.S. Embassy to Yemen Ana Ruiz": her posting


def _title_after_comma(tokens: Sequence[Token], start: int, first: int) -> bool:
    """True when a comma in ``tokens[start:first]`` has a title's head after it, before the name."""
    comma = next((k for k in range(first - 1, start - 1, -1) if tokens[k].text == ","), None)
    heads = lexicon().heads
    return comma is not None and any(t.bare in heads for t in tokens[comma + 1 : first])


#: Prepositions of place before a country that mark it as where, not whose ("stay in Sudan President X");
#: "on" is left out ("talks on Kenya President X's visit" may still be his).
_WHERE_PREPOSITIONS = _PLACE_PREPOSITIONS - {"on"}


#: Heads of a posting's title before its "to <Country>": an envoy's, or a mission's ("Embassy to").
_POSTING_HEADS = (
    _ENVOY_HEADS | _LOWERCASE_HEADS | frozenset(("Embassy", "Delegation", "Mission", "Consulate"))
)


def _posted_to(tokens: Sequence[Token], idx: int) -> bool:
    """True when the country word at ``idx`` is a posting's ("… of the U.S. Embassy to <Country>")."""
    before = idx - 1
    if before >= 0 and tokens[before].text == "the":
        before -= 1
    return before >= 1 and tokens[before].text == "to" and _envoy_before(tokens, before, _POSTING_HEADS)


def _after_place_preposition(tokens: Sequence[Token], idx: int) -> bool:
    """True when a place preposition (past a "the") stands right before the country word at ``idx``."""
    before = idx - 1
    if before >= 0 and tokens[before].text == "the":
        before -= 1
    return before >= 0 and tokens[before].text in _WHERE_PREPOSITIONS


def _appositive_titles(scan: _Scan, appositive: Sequence[Token]) -> tuple[list[str], str | None]:
    """The titles of an appositive after the name, and the country they give."""
    titles: list[str] = []
    country: str | None = None
    chunks = _split_titles(appositive, scan.text, scan.lex)
    for index, (found, demonym) in enumerate(chunks):
        chunk = found
        code, at = _complement_country(chunk, scan.text)
        last = len(chunks) > 1 and index == len(chunks) - 1
        if code and at is not None and (last or chunk[at].text == "for"):
            # A country after several titles belongs to them all: strip it; so is a minister's
            # "for <Country>", which names his state, not his portfolio.
            chunk = chunk[:at]
        country = _double_role_country(country, demonym or code)
        if chunk:
            titles.append(_chunk_text(chunk, scan.text))
    return titles, country


#: How many tokens after a name's "of" may name its country or body.
_NAME_AFTER_OF_WORDS = 9


def _country_after(scan: _Scan, run: Run) -> tuple[str | None, int]:
    """The country of "<name> of <Country>" or "<name> (<Country>)" and the token after it; (None,
    run end) without one."""
    tokens = scan.tokens
    if run.last + 2 < len(tokens) and tokens[run.last].text == "(":
        # "OSCE Minsk Group Co-Chairs Igor Popov (Russia), Stéphane Visconti (France)"
        close = next(
            (k for k in range(run.last + 1, min(run.last + 6, len(tokens))) if tokens[k].text == ")"), None
        )
        inside = scan.text[tokens[run.last + 1].start : tokens[close - 1].end] if close else ""
        # a two-letter code is a state's or a party's ("Mayor Eko Tan (PT)"), not a country's
        code = country_from_name(inside) if len(inside) > 2 else None
        if code and close:
            return code, close + 1
    if run.last + 1 < len(tokens) and tokens[run.last].text == "of":
        # the longest body's name runs eight words past "of" ("the Organization for Security and
        # Cooperation in Europe")
        tail = tokens[run.last + 1 : run.last + 1 + _NAME_AFTER_OF_WORDS]
        for size in range(len(tail), 0, -1):
            code = country_from_name(scan.text[tail[0].start : tail[size - 1].end])
            if code:
                return code, run.last + 1 + size
    return None, run.last


def _plainly_not_a_person(tokens: Sequence[Token], run: Run, left: _Left) -> bool:
    """True when ``_not_a_person`` is True whatever titles, country or appositive the run has: a place
    after its preposition, or a run with no title phrase before it that nothing marks as a name
    (``_unmarked_word`` reads the titles only when a title phrase stands before the run)."""
    if not left.honorific and _place_after_preposition(tokens, run.first):
        return True
    if _place_before_place_noun(tokens, run, left):
        return True
    if not left.tokens and _capital_dateline(tokens, run):
        return True
    if not left.honorific and _capital_closing_headline(tokens, run):
        return True
    return not left.tokens and _unmarked_word(tokens, run, left, ())


def _capital_closing_headline(tokens: Sequence[Token], run: Run) -> bool:
    """True for one word, a capital city, that ends its text with no stop after it: a headline's
    closing dateline ("Minister Telephones the Prime Minister Islamabad", en-bh, Pakistan's PID;
    fam211), never a person's name after the title before it."""
    return (
        run.last == len(tokens)
        and run.last - run.first == 1
        and country_of_capital(tokens[run.first].text) is not None
    )


def _last_word_of_body(tokens: Sequence[Token], run: Run, left: _Left, titles: Sequence[str]) -> bool:
    """True for one capitalised word right after "of the" with no title or style before it, ending a
    body's name ("the Coalition of the Willing, the Prime Minister …": no person, though an office is
    set off after it; en-bf, fam199)."""
    return (
        not titles
        and not left.honorific
        and run.last - run.first == 1
        and run.first >= 2
        and tokens[run.first - 1].text == "the"
        and tokens[run.first - 2].text.lower() == "of"
    )


def _inside_a_title_phrase(scan: _Scan, run: Run, left: _Left) -> bool:
    """True for one word that the phrase of capitalised words around it makes a body's, a cause's or a
    portfolio's, no person's name (``_ends_a_headless_phrase``, ``_inside_complement``)."""
    return _ends_a_headless_phrase(run, left, scan.lex) or _inside_complement(
        scan.tokens, run, left, scan.lex
    )


#: Words that join the parts of a phrase of capitalised words ("Coalition of the", "Peace and National").
_PHRASE_GLUE = frozenset(("of", "the", "and", "for", "&"))


def _ends_a_headless_phrase(run: Run, left: _Left, lex: Lexicon) -> bool:
    """True for one word after a phrase of capitalised and glue words that holds no office's head and
    no style: "Discussing the Coalition of the Willing, the Prime Minister …" (en-bf, a gov.uk copy),
    "The Founder of Peace and National Unity, Leader of the Nation, …" (en-ai, Tajikistan's agency).
    The word ends the name of a group, a cause or an honour; the office an appositive gives it after
    the comma is the next subject's (issue #8, fam204)."""
    return (
        run.last - run.first == 1
        and not left.honorific
        and any(t.text in _PHRASE_GLUE for t in left.tokens)
        and not _has_head(left.tokens, lex)
    )


#: Prepositions that open an office's complement ("Director of", "Envoy for", "Envoy to").
_COMPLEMENT_PREPOSITIONS = frozenset(("of", "for", "to"))


def _inside_complement(tokens: Sequence[Token], run: Run, left: _Left, lex: Lexicon) -> bool:
    """True for one word inside the complement of an office that goes on after it: a portfolio's word
    ("Director General for Asian and Oceanian Affairs Bureau X", feeds-dev10 State), or "for" and a
    word that is no state ("President of the National Endowment for Democracy", ua-president). A
    holder's name ends the title phrase; the complement's words run on past this one, so it is no one's
    name (issue #8, fam204). Not read: a body's noun after the word ("Security Assistance Group–Ukraine",
    en-ax), which finds the commander named after it but gives him the body's state."""
    if run.last - run.first != 1 or left.honorific or run.last + 1 >= len(tokens):
        return False
    heads = [i for i, t in enumerate(left.tokens) if t.bare in lex.heads]
    if not heads or not any(t.text in _COMPLEMENT_PREPOSITIONS for t in left.tokens[heads[0] :]):
        return False
    nxt, after = tokens[run.last], tokens[run.last + 1]
    if nxt.bare in lex.modifiers and nxt.bare not in lex.heads:
        return True
    return (
        nxt.text == "for"
        and after.text[:1].isupper()
        and _country_word(after) is None
        and country_from_name(after.bare) is None
    )


#: Lower-case nouns and adjectives of a place that follow its name: "Tarsa city", "Tarsa provincial".
_LOWERCASE_PLACE_NOUNS = _wordset(
    "city town village township province provincial prefecture prefectural county district municipality"
    " municipal oblast"
)


def _place_before_place_noun(tokens: Sequence[Token], run: Run, left: _Left) -> bool:
    """True for a run with no style before it that a place's noun in lower case follows: "A Tarsa
    provincial leaders' courtesy call", "in Tarsa city" (en-be, a Vietnamese province's paper). No
    person's name runs on into "city" or "provincial", whatever title stands before it (issue #8,
    fam204)."""
    return not left.honorific and run.last < len(tokens) and tokens[run.last].text in _LOWERCASE_PLACE_NOUNS


def _capital_dateline(tokens: Sequence[Token], run: Run) -> bool:
    """True for a capital of two words or more that opens a story before its colon, a dateline ("Abu
    Dhabi: His Highness …", en-as, a Gulf daily; fam158): a place, as "in Abu Dhabi" is."""
    if run.last - run.first < 2 or run.last >= len(tokens) or tokens[run.last].text != ":":
        return False
    words = tokens[run.first : run.last]
    return all(t.is_word for t in words) and country_of_capital(" ".join(t.text for t in words)) is not None


def _names_a_body(tokens: Sequence[Token], run: Run, left: _Left, lex: Lexicon) -> bool:
    """True for a run that names a portfolio or a body in the title of a holder named after it."""
    if left.honorific:
        return False
    return (
        _portfolio_after_and(tokens, run, left)
        or _portfolio_before_and_office(tokens, run, left, lex)
        or _body_with_acronym_before_office(tokens, run, lex)
        or _capital_before_office(tokens, run, lex)
    )


def _capital_before_office(tokens: Sequence[Token], run: Run, lex: Lexicon) -> bool:
    """True for a capital city written right before an office and its holder: "with Abu Dhabi Crown
    Prince X" (the place of the office, as a demonym would be: not a person)."""
    if run.last - run.first < 2 or run.last >= len(tokens) or not _title_start(tokens[run.last], lex):
        return False
    words = tokens[run.first : run.last]
    return all(t.is_word for t in words) and country_of_capital(" ".join(t.text for t in words)) is not None


def _body_with_acronym_before_office(tokens: Sequence[Token], run: Run, lex: Lexicon) -> bool:
    """True for a body's name glossed by its initials before an office of it: "Folke Tinget (FT)
    Speaker Dr Ana Ruiz" (the assembly's name, then its Speaker)."""
    j = run.last
    if j + 3 >= len(tokens) or tokens[j].text != "(" or tokens[j + 2].text != ")":
        return False
    initials = "".join(t.text[0] for t in tokens[run.first : run.last] if t.is_word)
    return tokens[j + 1].text == initials.upper() and tokens[j + 3].bare in lex.heads


def _portfolio_before_and_office(tokens: Sequence[Token], run: Run, left: _Left, lex: Lexicon) -> bool:
    """True for the last word of an office's remit with a second office after "and", one holder named
    after both: "Deputy Prime Minister for EU Funds and Minister of Finance Ana Ruiz" ("Funds" is no
    person: State, a delegation's leader, bulk). The remit is a body's initials and one word."""
    if run.last - run.first != 1 or run.last + 2 >= len(tokens) or tokens[run.last].text != "and":
        return False
    if not _title_start(tokens[run.last + 1], lex):
        return False
    words = [t.text for t in left.tokens]
    if len(words) < 4 or not (words[-1].isupper() and words[-1].isalpha() and len(words[-1]) >= 2):
        # A body's initials before the word ("EU Funds"); "Minister for Europe Berg and …" is Berg.
        return False
    return words[-2] in ("for", "of") and words[-3] in lex.heads


def _portfolio_after_and(tokens: Sequence[Token], run: Run, left: _Left) -> bool:
    """True for the second half of a portfolio joined by "and", its holder named after a comma:
    "the Minister of Roads and Inland Waterways, Minister of …, Mr X" ("Inland Waterways" no person)."""
    words = [t.text for t in left.tokens]
    if len(words) < 4 or words[-1] not in ("and", "&") or run.last >= len(tokens):
        return False
    if tokens[run.last].text != ",":
        return False
    k = len(words) - 2
    while k >= 0 and words[k][:1].isupper():
        k -= 1
    return k >= 1 and k < len(words) - 2 and words[k] == "of"


def _place_after_preposition(tokens: Sequence[Token], first: int) -> bool:
    """True when a place preposition stands before token ``first`` ("in Valletta"), also one that
    opens the sentence ("On Brexit, the Minister said …", "At Port Louis, …")."""
    if first < 1:
        return False
    word = tokens[first - 1].text
    if word in _PLACE_PREPOSITIONS or _named_capital(tokens, first):
        return True
    opens = first == 1 or tokens[first - 2].text in (".", ":", ";", '"', "“")
    return opens and word.lower() in _PLACE_PREPOSITIONS


#: Marks between "capital" and the city it names ("the Ethiopian capital - Addis Ababa").
_CAPITAL_MARKS = frozenset(("-", "–", "—", ",", ":"))


def _named_capital(tokens: Sequence[Token], first: int) -> bool:
    """True when token ``first`` opens the city a capital is named by: "the Chilean capital Santiago",
    "the Ethiopian capital - Addis Ababa", "the capital city of Ulan Bator", or a settlement's name
    after its noun and "of" ("the resort town of X")."""
    words = [t.text for t in tokens[max(0, first - 4) : first]]
    if words[-1:] and words[-1] in _CAPITAL_MARKS:
        words.pop()
    if words[-1:] == ["of"]:
        words.pop()
        if words[-1:] and words[-1] in _SETTLEMENT_NOUNS:
            # "the resort town of Tarsa el-Lumen", "the capital city of Ulan Bator"
            return True
    return words[-1:] == ["capital"]


#: Lower-case nouns of a settlement whose name follows "of": "the resort town of X" names a place.
_SETTLEMENT_NOUNS = _wordset("city town village resort port")


def _not_a_person(scan: _Scan, run: Run, left: _Left, titles: Sequence[str], end_tok: int) -> bool:
    """True when a name run with no title or style names a place, a thing or an organisation."""
    tokens = scan.tokens
    marked = bool(titles) or left.honorific
    if not left.honorific and _place_after_preposition(tokens, run.first):
        # "Prime Minister of Luxembourg in Kyiv": a place, even after a title.
        return True
    if not marked and (_region_of_place(tokens, run) or _capital_alone(tokens, run)):
        return True
    last_word = tokens[run.last - 1].bare
    if not marked and run.last - run.first > 1 and last_word.isupper() and len(last_word) > 1:
        # "Defeat ISIS", "Friends of NATO": a name ending in an acronym is an organisation's or a cause's.
        return True
    if not marked and _CUT_AT_INITIAL.search(run.name):
        # "Outgoing S. Korean FM": a word and an initial, the rest of the name cut off after it, is no
        # person's name as written (an abbreviated country's "S." for "South").
        return True
    if not marked and end_tok < len(tokens) and tokens[end_tok].bare in _ORG_WORDS:
        # "Rescue Coordination Centre", "Lowe Institute": part of an organisation's or a place's name.
        return True
    if _unmarked_word(tokens, run, left, titles):
        return True
    if _in_a_longer_name(tokens, run, left, scan.lex, marked=marked):
        return True
    # In a Title Case headline every word is capitalised: "Takes Action to Prohibit Medical Bills",
    # "Travels to Little Rock". Only a title or a style marks a person there.
    return scan.headline_case and not marked


def _in_a_longer_name(tokens: Sequence[Token], run: Run, left: _Left, lex: Lexicon, *, marked: bool) -> bool:
    """True when the run is part of a longer name or an office, not a person: a headline's clipped
    office, a proper noun it ends (unless a state's possessive stands before a full name), or the end
    of a programme's long name."""
    if _shortened_office(tokens, run, lex):
        return True
    if _inside_proper_noun(tokens, run.first, left.tokens, marked) and not _country_possessive_name(
        tokens, run, left
    ):
        return True
    return not marked and _ends_a_named_programme(tokens, run.first, lex)


def _shortened_office(tokens: Sequence[Token], run: Run, lex: Lexicon) -> bool:
    """True for a headline's shortened office: initials, then a clipped office word ("FA Min", "DP
    Sec.", "Peru FA Min meets …": Foreign Affairs Minister). The clipped word begins an office head
    of the lexicon and is not one itself, and a state's name stands right before (as a demonym before
    a title); a person's initials come before a full name ("KP Oli", "AK Sen")."""
    if run.last - run.first != 2 or run.first < 1 or _country_word(tokens[run.first - 1]) is None:
        return False
    initials, clipped = tokens[run.first].bare, tokens[run.last - 1].bare
    if not (initials.isupper() and initials.isalpha() and 2 <= len(initials) <= 3):
        return False
    if not (3 <= len(clipped) <= 4 and clipped[0].isupper() and clipped[1:].islower()):
        return False
    return clipped not in lex.heads and any(
        h.startswith(clipped) and len(h) > len(clipped) + 2 for h in lex.heads
    )


def _ends_a_named_programme(tokens: Sequence[Token], first: int, lex: Lexicon) -> bool:
    """True for an untitled run after "and"/"for" that ends a body's or a programme's long name opened
    by "the": "the National Programme of Mental Health and Psychosocial Support for War Victims" (no
    "Psychosocial Support", no "War Victims": President of Ukraine, bulk). The name has an "of"
    between capitalised words and no office or country word ("the Minister of Health and Ana Ruiz",
    "the Republic of Korea and Ana Ruiz" name people), four capitalised words or more before the run."""
    k = first - 1
    if k < 4 or tokens[k].text not in ("and", "for"):
        return False
    has_of = False
    capitals = 0
    while k >= 1:
        k -= 1
        tok = tokens[k]
        if tok.text in ("of", "and", "for"):
            has_of = has_of or tok.text == "of"
            continue
        if tok.text in ("the", "The"):
            break
        if not (tok.is_word and tok.text[:1].isupper()) or tok.bare in lex.heads or _country_word(tok):
            return False
        capitals += 1
    else:
        return False
    # Four capitalised words at least: "the Friends of Europe and Ana Ruiz" may name a person.
    return (
        has_of and capitals >= 4 and tokens[k + 1].text[:1].isupper() and tokens[first - 2].text[:1].isupper()
    )


def _country_possessive_name(tokens: Sequence[Token], run: Run, left: _Left) -> bool:
    """True for a person's full name after a state's possessive alone: "Ruritania's Ana Ruiz and
    Freedonia's Jan Novak met" (the state is hers, as a demonym before the name would be).

    A body, a programme or a thing after the possessive ("the Supreme Court", "Iron Dome") is no
    name: the run must be two or three words, each a name word, with no organisation word after it.
    """
    if len(left.tokens) != 1 or left.honorific or not left.tokens[0].possessive:
        return False
    if _country_word(left.tokens[0]) is None or not 2 <= run.last - run.first <= 3:
        return False
    words = tokens[run.first : run.last]
    if not all(t.is_word and t.text[:1].isupper() and not t.possessive for t in words):
        return False
    return run.last >= len(tokens) or tokens[run.last].bare not in _ORG_WORDS


#: A name run that ends in an initial: "Outgoing S." (a name is written with its family name last).
_CUT_AT_INITIAL = re.compile(r"\s(?-i:[A-Z])\.?$")


def _capital_alone(tokens: Sequence[Token], run: Run) -> bool:
    """True for a run that is a known capital's whole name and nothing else ("a delegation to Phnom
    Penh", "from Buenos Aires to …"): with no title or style before it, the words name the city."""
    words = tokens[run.first : run.last]
    if not words or not all(t.is_word for t in words):
        return False
    return country_of_capital(" ".join(t.bare for t in words)) is not None


def _region_of_place(tokens: Sequence[Token], run: Run) -> bool:
    """True for the region after a city: "in Indore, Madhya Pradesh." (a name with nothing marking
    it as a person, after "in/at <Place>," and ending its clause; not after an envoy's post)."""
    k = run.first
    if k < 3 or tokens[k - 1].text != "," or tokens[k - 3].text not in ("in", "at"):
        return False
    city = tokens[k - 2]
    ends = run.last >= len(tokens) or tokens[run.last].text in (".", ",", ";", ")")
    # "the Russian ambassador in Sofia, Anatoly Makarov,", "the Consul General in Lima, Ana Ruiz,":
    # the envoy's post, then the envoy
    posted = k >= 4 and (
        tokens[k - 4].bare.capitalize() in _ENVOY_HEADS
        or _envoy_before(tokens, k - 3)
        or _envoy_head_ends(tokens, k - 4)
    )
    return city.is_word and city.text[:1].isupper() and ends and not posted


def _envoy_head_ends(tokens: Sequence[Token], k: int) -> bool:
    """True when token ``k`` ends an envoy's title: "Ambassador", "Consul", also the postpositive
    "General" of "Consul General"."""
    word = tokens[k].bare.capitalize()
    if word == "General" and k >= 1:
        return tokens[k - 1].bare.capitalize() == "Consul"
    return word in _ENVOY_HEADS


def _unmarked_word(tokens: Sequence[Token], run: Run, left: _Left, titles: Sequence[str]) -> bool:
    """True for a run that nothing marks as a person's name.

    One word with no title, style or kinship word before it ("Lima"); a run after "a"/"an" or
    "the" with no title between ("a Boston company", "the Mitchell Reed").
    """
    single = run.last - run.first == 1 or (run.last - run.first == 3 and tokens[run.first + 1].text == ",")
    before = tokens[run.first - 1] if run.first >= 1 else None
    if single:
        kin = before is not None and before.text.lower() in KINSHIP
        if not ((bool(titles) and bool(left.tokens)) or left.honorific or kin):
            return True
    elif left.begin >= 1 and tokens[left.begin - 1].text.lower() in ("a", "an") and not left.tokens:
        return True
    if left.tokens:
        return False
    if not left.honorific and left.begin >= 1 and tokens[left.begin - 1].text in ("the", "The"):
        return True
    return before is not None and before.text in ("the", "The", "a", "an")


def _of_an_organisation(tokens: Sequence[Token], begin: int) -> bool:
    """True when the office at ``begin`` completes an organisation's name ("Office of the President")."""
    k = begin - 1
    if k >= 0 and tokens[k].text == "the":
        k -= 1
    return k >= 1 and tokens[k].text == "of" and tokens[k - 1].bare in _ORG_WORDS


def _office_mentions(
    tokens: Sequence[Token], text: str, lex: Lexicon, taken: set[int], countries: set[int]
) -> list[Mention]:
    """Offices named without a person: "The Prime Minister", "the President of United States of America"."""
    found: list[Mention] = []
    i = 0
    n = len(tokens)
    while i < n:
        if not i % 256:
            check()
        if i in taken or not tokens[i].text[0].isupper() or not _capitalised_title_word(tokens[i], lex):
            i += 1
            continue
        j = _office_head_end(tokens, i, lex, taken)
        if not tokens[i:j] or tokens[j - 1].bare not in lex.heads:
            i = j if j > i else i + 1
            continue
        begin, country = _office_lead(tokens, i, taken)
        if (
            _of_an_organisation(tokens, begin)
            or _in_longer_name(tokens, i, j, lex, taken)
            or _named_after_office(tokens, begin, j, lex)
        ):
            # "the Office of the President", "United Nations General Assembly": not a person.
            i = j
            continue
        end = j if tokens[j - 1].possessive else _office_complement_end(tokens, j, taken, countries)
        if not (tokens[i].text.endswith("s") and tokens[i].bare not in lex.heads) and not _after_plural_title(
            tokens, i, lex
        ):
            # A plural ("Ministers of ...", "Attorneys General") is a group, not an office-holder.
            found.append(_office_mention(tokens, text, begin, i, end, country=country))
        i = end
    return found


#: Words before an office's possessive that make it the holder's: "the King’s visit", "his Majesty’s".
_OWNER_WORDS = frozenset(("the", "his", "her", "their", "its", "our"))


def _named_after_office(tokens: Sequence[Token], begin: int, j: int, lex: Lexicon) -> bool:
    """True for a place or a body named after an office, the office's possessive with no article
    before it and a capitalised noun after it: "at King’s Bay Naval Base", "Queen’s College" (a
    name; "the King’s visit", "the President’s Guest House" are the holder's)."""
    if j >= len(tokens) or not tokens[j - 1].possessive:
        return False
    lead = tokens[max(0, begin - 1) : begin + 1]
    if any(t.text.lower() in _OWNER_WORDS or t.possessive for t in lead if t is not tokens[j - 1]):
        return False
    after = tokens[j]
    return (
        after.is_word and after.text[:1].isupper() and not after.possessive and not _title_start(after, lex)
    )


def _after_plural_title(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True when a capitalised plural of a title word stands right before ``i``: the postpositive
    "General" of "Attorneys General", "Inspectors General" (a group, not "the General")."""
    before = tokens[i - 1] if i >= 1 else None
    if before is None or not before.text[:1].isupper() or not before.text.endswith("s") or before.possessive:
        return False
    return is_title_word(before.bare[:-1], lex)


def _capitalised_title_word(tok: Token, lex: Lexicon) -> bool:
    """True for a title word written with a capital ("Minister", not "minister")."""
    return _title_start(tok, lex) and tok.text[0].isupper()


def _office_head_end(tokens: Sequence[Token], i: int, lex: Lexicon, taken: set[int]) -> int:
    """The index after the title words from ``i`` ("Foreign Minister"), a possessive the last."""
    j = i
    while j < len(tokens) and j not in taken and _capitalised_title_word(tokens[j], lex):
        j += 1
        if tokens[j - 1].possessive:
            break
    return j


def _office_lead(tokens: Sequence[Token], i: int, taken: set[int]) -> tuple[int, str | None]:
    """Where the office's mention begins, with a demonym and "the" before the title taken in,
    and the demonym's country: "the Kenyan Foreign Minister"."""
    begin = i
    country: str | None = None
    if begin >= 1 and begin - 1 not in taken:
        country = _country_word(tokens[begin - 1])
        if country:
            begin -= 1
    if begin >= 1 and tokens[begin - 1].text in ("the", "The") and begin - 1 not in taken:
        begin -= 1
    return begin, country


def _in_longer_name(tokens: Sequence[Token], i: int, j: int, lex: Lexicon, taken: set[int]) -> bool:
    """True when the title words ``tokens[i:j]`` are part of a longer proper noun: a capitalised
    word before them ("United Nations General Assembly") or after them ("Secretary Reed Act")."""
    before = tokens[i - 1] if i >= 1 else None
    after = tokens[j] if j < len(tokens) else None
    if (
        before is not None
        and before.text[:1].isupper()
        and before.text != "The"
        and i - 1 not in taken
        and not _country_word(before)
        and not _honorific_at(tokens, i - 1, lex)
    ):
        return True
    if after is not None and after.bare in _BODY_AFTER_TITLE:
        return True
    return (
        after is not None
        and not tokens[j - 1].possessive
        and after.text[:1].isupper()
        and after.bare not in NOT_NAME
        and j not in taken
    )


#: A body named by a title word before it: "the General Assembly" is no general.
_BODY_AFTER_TITLE = frozenset(("Assembly",))


def _office_complement_end(tokens: Sequence[Token], j: int, taken: set[int], countries: set[int]) -> int:
    """The index after an office's complement: "of State", "of United States of America", "for
    Foreign Affairs" (each "of"/"for" followed by capitalised complement words or a country)."""
    end = j
    k = j
    while k + 1 < len(tokens) and tokens[k].text in ("of", "for") and k not in taken:
        m = k + 1
        if tokens[m].text == "the":
            m += 1
        after = _complement_words_end(tokens, m, taken, countries)
        if after == m:
            break
        end = k = after
    return end


def _complement_words_end(tokens: Sequence[Token], m: int, taken: set[int], countries: set[int]) -> int:
    """The index after the capitalised complement words from ``m`` (a country's own "of" allowed)."""
    n = len(tokens)
    while (
        m < n
        and m not in taken
        and tokens[m].is_word
        and tokens[m].text[0].isupper()
        and (tokens[m].bare in COMPLEMENT_WORDS or m in countries)
    ):
        m += 1
        if tokens[m - 1].possessive:
            break
    # Allow the country name's own "of" ("United States of America").
    while m < n and m in countries:
        m += 1
    return m


def _office_mention(
    tokens: Sequence[Token], text: str, begin: int, i: int, end: int, *, country: str | None
) -> Mention:
    """The mention of the office ``tokens[i:end]`` (its lead from ``begin``)."""
    chunk = tokens[i:end]
    title = text[chunk[0].start : chunk[-1].end]
    if chunk[-1].possessive:
        title = title[:-2]
    code, _ = _complement_country(chunk, text)
    return Mention(
        name=None,
        titles=(title,),
        country=country or code,
        start=tokens[begin].start,
        end=chunk[-1].end,
        office=title,
        first_token=begin,
        last_token=end,
    )


# ---------------------------------------------------------------------------------------------
# Probes: what the rule-table tests run on each row's example (tests/test_rule_rows.py)


def first_honorific(text: str) -> str:
    """The first style in ``text`` as the honorific list holds it ("Mr." → "Mr"), or "" for none."""
    tokens = tokenize(text)
    lex = lexicon()
    for index, tok in enumerate(tokens):
        if _honorific_at(tokens, index, lex):
            word = tok.text.replace("’", "'")
            return next((w for w in (word, word.rstrip("."), word.rstrip("'")) if w in lex.honorifics), word)
    return ""


def people_named(text: str) -> str:
    """ "nobody" when ``text`` names no person, else the names it finds, joined by "; "."""
    found = [m.name for m in find_mentions(text, offices=False) if m.name]
    return "; ".join(found) or "nobody"


def first_title(text: str) -> str:
    """The titles of the first person ``text`` names, joined by "; " ("" when it names none)."""
    named = [m for m in find_mentions(text, offices=False) if m.name]
    return "; ".join(named[0].titles) if named else ""
