"""Country names, demonyms and international organisations → ISO 3166-1 alpha-2 / short codes.

Readouts name a side by its country far more often than by anything else ("Russian Foreign
Minister", "President of Turkey", "France's Minister", "the US side", "России", "俄罗斯", "ロシア").
The names are the kept libraries': ``pycountry`` (ISO 3166-1 names, official and common names) in
English, and ``babel``'s CLDR territory names in the other languages we read (ru, zh, ja, or any other
babel knows), loaded the first time a language is asked for, each name in every form the language's
pack gives it (``LanguagePack.name_forms``: the Russian pack's case endings, "России", "Китаем").
The states and territories read as sides are country data (``sides.tsv``). What no library has is
each language pack's data, read beside its module without importing it: its demonyms
(``demonyms.tsv``: the English pack's "Japanese"), the aliases readouts print and the libraries
lack and the one-character abbreviations of Chinese and Japanese (``country_names.toml``: "UK",
"the United States", "DPRK", "США", "米国"; "中美", "米国務長官"), and the English pack's names of the
international organisations (their codes are kept here) and of the seats of government ("the
Kremlin": Moscow).

Organisations use their common short code ("UN", "EU", "ASEAN"); note that the African Union's
code "AU" is also Australia's ISO code, as the annotation schema prescribes.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import pycountry

from ..errors import PluginWarning
from ..languages import DEMONYMS_FILE, pack_file
from ..rules import first_letter_alternation

__all__ = [
    "COUNTRY_PATTERN",
    "COUNTRY_WORD_GATE",
    "DEMONYM_PATTERN",
    "ORGANISATION_CODES",
    "SIDE_CODES",
    "city_of_seat",
    "country_from_abbreviation",
    "country_from_demonym",
    "country_from_name",
    "country_from_squashed_name",
    "country_of_capital",
    "is_country_word",
    "organisation_of_title",
    "state_of_word",
]


def _lines(text: str) -> Iterator[str]:
    return (line for line in text.splitlines() if line and not line.startswith("#"))


def _load_demonyms() -> dict[str, tuple[str, ...]]:
    """code → demonyms: every side of ``sides.tsv`` (one state or territory a line, in its order)
    with the demonyms the English pack gives it (its ``demonyms.tsv``: code, a tab, demonyms
    separated by "|"; a code that is no side is left out). Read without importing the pack: its
    analysis imports this module."""
    sides = resources.files(__package__ or "readoutlib.analysis").joinpath("sides.tsv")
    found: dict[str, tuple[str, ...]] = {code: () for code in _lines(sides.read_text(encoding="utf-8"))}
    table = pack_file("en", DEMONYMS_FILE)
    for line in _lines(table.read_text(encoding="utf-8")) if table is not None else ():
        code, _, words = line.partition("\t")
        if code in found:
            found[code] = tuple(w for w in words.split("|") if w)
    return found


#: The states and territories read as sides, with their demonyms in English (the language of the
#: country words this module reads without one being named: pycountry's names are English).
_DEMONYMS: dict[str, tuple[str, ...]] = _load_demonyms()
#: ISO 3166-1 alpha-2 codes (and Kosovo's "XK") of the states and territories read as sides: the
#: ones ``COUNTRY_PATTERN`` finds in running text.
SIDE_CODES: frozenset[str] = frozenset(_DEMONYMS)

#: The file name of a pack's country names (``pack_file``): the aliases readouts in its language print
#: and the libraries lack ("UK", "США", "米国"), its one-character abbreviations ("米": US) and the
#: babel locales whose territory names are its (Chinese: both scripts).
COUNTRY_NAMES_FILE = "country_names.toml"


@cache
def _country_names(language: str) -> dict[str, Any]:
    """The pack for ``language``'s ``country_names.toml`` (read without importing the pack: its
    analysis imports this module), checked; empty when the pack ships none, and empty with a
    ``PluginWarning`` naming the pack when it is malformed."""
    found = pack_file(language, COUNTRY_NAMES_FILE)
    if found is None:
        return {}
    try:
        data = tomllib.loads(found.read_text(encoding="utf-8"))
        _check_country_names(data)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError) as error:
        warnings.warn(
            f"language pack {language!r}: its {COUNTRY_NAMES_FILE} is left out: {error}",
            PluginWarning,
            stacklevel=3,
        )
        return {}
    return data


#: The tables of a pack's country names that map a name to one string: (table, what it maps).
_NAME_TABLES = (
    ("seats", "a seat's name to its city"),
    ("capitals", "a city's name to its key in capitals.tsv"),
)


def _check_country_names(data: dict[str, Any]) -> None:
    """Raise ValueError where a country-names table is not as documented."""
    for key in ("aliases", "organisations", "organisation_adjectives", "organisation_title_names"):
        table = data.get(key, {})
        if not isinstance(table, dict) or not all(
            isinstance(names, list) and all(isinstance(n, str) and n for n in names)
            for names in table.values()
        ):
            raise ValueError(f"{key!r} must map codes to lists of names")
    abbreviations = data.get("abbreviations", {})
    if not isinstance(abbreviations, dict) or not all(
        len(k) == 1 and isinstance(v, str) for k, v in abbreviations.items()
    ):
        raise ValueError("'abbreviations' must map one character to a code")
    for key, what in _NAME_TABLES:
        table = data.get(key, {})
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise ValueError(f"{key!r} must map {what}")
    locales = data.get("locales", [])
    if not isinstance(locales, list) or not all(isinstance(v, str) for v in locales):
        raise ValueError("'locales' must be a list of babel locales")


def _aliases(language: str) -> dict[str, tuple[str, ...]]:
    """code → the names readouts in ``language`` print that the libraries lack (its pack's)."""
    return {code: tuple(names) for code, names in _country_names(language).get("aliases", {}).items()}


#: The international organisations read as sides, by their common short code; their names are each
#: language pack's (the English pack's ``country_names.toml``: "United Nations", "EU").
_ORGANISATION_CODES: tuple[str, ...] = (
    "UN",
    "EU",
    "ASEAN",
    "AU",
    "NATO",
    "OSCE",
    "OAS",
    "SCO",
    "WHO",
    "WTO",
    "IAEA",
    "IEA",
    "IMF",
    "GCC",
    "LAS",
    "OIC",
    "CIS",
    "EAEU",
    "CSTO",
    "SAARC",
    "ECOWAS",
    "CARICOM",
    "PIF",
    "WB",
    "ICRC",
    "COE",
    "UNICEF",
    "UNHCR",
    "OPCW",
    "OECD",
    "SICA",
    "SADC",
    "ECO",
    "PIDF",
    "GUAM",
    "COMSEC",
    "IPU",
    "CAN",
)  # fmt: skip


def _organisations() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(code, English names, English adjectives) of every organisation, from the English pack's
    ``country_names.toml`` (tables ``organisations`` and ``organisation_adjectives``)."""
    data = _country_names("en")
    names, adjectives = data.get("organisations", {}), data.get("organisation_adjectives", {})
    return tuple(
        (code, tuple(names.get(code, ())), tuple(adjectives.get(code, ()))) for code in _ORGANISATION_CODES
    )


# International organisations: (code, names, adjectives).
_ORGANISATIONS = _organisations()

#: Short codes of the international organisations known here.
ORGANISATION_CODES: frozenset[str] = frozenset(code for code, _, _ in _ORGANISATIONS)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_SPACE = re.compile(r"\s+")
_PARENTHESES = re.compile(r"\s*[(（]([^)）]*)[)）]")


@lru_cache(maxsize=16384)  # the same words are looked up for every token of every page
def _key(text: str) -> str:
    """Normalise a name for lookup: straight apostrophes, one space, no leading "the", no periods.

    Case is kept here; the lookups decide how much case matters.
    """
    text = _SPACE.sub(" ", text.translate(_APOSTROPHES)).strip(" ,;:")
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("s'"):
        text = text[:-1]
    return text.replace(".", "")


def _ascii(text: str) -> str:
    """``text`` without accents ("Côte d'Ivoire" → "Cote d'Ivoire")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _spellings(name: str) -> Iterator[str]:
    """The forms a library's name is printed in: "Korea, Republic of" → "Republic of Korea",
    "Myanmar (Burma)" → "Myanmar" and "Burma", "Bosnia & Herzegovina" → "Bosnia and Herzegovina",
    accents and none. Forms no one prints ("Congo - Kinshasa", "Taiwan, Province of China") are dropped."""
    inner = _PARENTHESES.findall(name)
    name = _PARENTHESES.sub("", name).strip()
    if " - " in name:
        return
    head, comma, tail = name.partition(", ")
    if comma:
        if not (tail.endswith(" of") or tail.endswith(" of the")):
            return
        name = f"{tail.removeprefix('The ')} {head}"
    for form in (name, *inner):
        for spelt in {form, form.replace(" & ", " and ")}:
            yield spelt
            if _ascii(spelt) != spelt:
                yield _ascii(spelt)
            if spelt.startswith(("St. ", "Saint ")):
                rest = spelt.partition(" ")[2]
                yield from (f"Saint {rest}", f"St {rest}", f"St. {rest}")


def _library_names(code: str, language: str) -> Iterator[str]:
    """The names pycountry (in English) or babel (in ``language``) gives a code, as printed.

    English comes from pycountry alone: babel's English data adds ten names readouts print (kept as
    aliases instead; a test checks that every English name babel gives a side is read) and costs
    every process 20-90 ms to load (``benchmarks/bench_first_page.py``), as the English tables are
    built on the analysis's first import.
    """
    if language == "en":
        country = pycountry.countries.get(alpha_2=code)
        for field in ("name", "official_name", "common_name"):
            value = getattr(country, field, None)
            if isinstance(value, str):
                yield from _spellings(value)
        return
    for locale in _country_names(language).get("locales") or (language,):
        name = _territories(locale).get(code)
        if name:
            yield from _spellings(name)


@cache
def _territories(locale: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError  # lazy: English needs none of babel's data

    try:
        return dict(Locale.parse(locale).territories)
    except (UnknownLocaleError, ValueError) as error:
        raise ValueError(f"no country names for language {locale!r}: {error}") from None


def _names(language: str) -> dict[str, tuple[str, ...]]:
    """code → every name of a side or organisation in ``language``: aliases first, then the libraries'.

    A library name two codes share ("刚果" for both Congos) is left out: it names neither for sure.
    """
    aliases = _aliases(language)
    owners: dict[str, set[str]] = {}
    for code in (*_DEMONYMS, *ORGANISATION_CODES):
        for name in _library_names(code, language) if code in _DEMONYMS or language != "en" else ():
            owners.setdefault(name, set()).add(code)
    found: dict[str, list[str]] = {code: list(aliases.get(code, ())) for code in (*_DEMONYMS, *_ORG_NAMES)}
    if language == "en":
        for code, names in _ORG_NAMES.items():
            found[code].extend(names)
    for name, codes in owners.items():
        if len(codes) == 1:
            found[next(iter(codes))].append(name)
    return {code: tuple(dict.fromkeys(names)) for code, names in found.items() if names}


_ORG_NAMES: dict[str, tuple[str, ...]] = {code: names for code, names, _ in _ORGANISATIONS}


def _is_acronym(text: str) -> bool:
    return text.replace(".", "").isupper() and len(text.replace(".", "")) <= 6


def _index(rows: Iterable[tuple[str, Iterable[str]]]) -> tuple[dict[str, str], dict[str, str]]:
    """(acronyms looked up exactly, other words looked up case-folded) → code; first row wins."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for code, words in rows:
        for word in words:
            key = _key(word)
            if _is_acronym(word):
                exact.setdefault(key, code)
            else:
                folded.setdefault(key.lower(), code)
    return exact, folded


_ENGLISH_NAMES = _names("en")
_NAME_EXACT, _NAME_FOLDED = _index(_ENGLISH_NAMES.items())
_TITLE_EXACT, _TITLE_FOLDED = _index(
    (code, names) for code, names in _country_names("en").get("organisation_title_names", {}).items()
)
_DEMONYM_EXACT, _DEMONYM_FOLDED = _index(
    [*_DEMONYMS.items(), *((code, adjectives) for code, _, adjectives in _ORGANISATIONS)]
)


def _lookup(text: str, exact: dict[str, str], folded: dict[str, str]) -> str | None:
    key = _key(text)
    if not key:
        return None
    # Acronyms ("US", "UN") are looked up exactly, so the pronoun "us" is not the United States.
    if key in exact:
        return exact[key]
    return folded.get(key.lower())


@lru_cache(maxsize=16384)  # asked for every capitalised word the name scan reads
def country_from_demonym(word: str) -> str | None:
    """The code for a demonym or adjective ("Russian" → "RU", "US" → "US", "EU" → "EU"), or None.

    Acronyms count only in capitals, so the pronoun "us" is not the United States.
    """
    code = _lookup(word, _DEMONYM_EXACT, _DEMONYM_FOLDED)
    if code is None:
        # An adjective may also be the bare name used attributively ("Japan side", "China-Russia").
        code = _lookup(word, _NAME_EXACT, _NAME_FOLDED)
    return code


_STATE_DEMONYM_EXACT, _STATE_DEMONYM_FOLDED = _index(_DEMONYMS.items())
#: An organisation's names, filed under its code beside a state's of the same code ("AU").
_ORGANISATION_NAMES = {
    _key(n).lower() for _, names, adjectives in _ORGANISATIONS for n in (*names, *adjectives)
}
_STATE_NAME_EXACT, _STATE_NAME_FOLDED = _index(
    (c, [n for n in names if _key(n).lower() not in _ORGANISATION_NAMES])
    for c, names in _ENGLISH_NAMES.items()
    if c in SIDE_CODES
)


@lru_cache(maxsize=4096)
def state_of_word(word: str) -> str | None:
    """The state or territory a demonym or name stands for ("Australian" → "AU"), or None for any
    other word, an organisation's ("African Union", "U.N.") among them: a caller that must tell a
    state from a body sharing its code (Australia and the African Union) asks this."""
    return _lookup(word, _STATE_DEMONYM_EXACT, _STATE_DEMONYM_FOLDED) or _lookup(
        word, _STATE_NAME_EXACT, _STATE_NAME_FOLDED
    )


def organisation_of_title(words: str) -> str | None:
    """The organisation whose office a title's words name by a name it goes by only there, or None.

    "the Commonwealth" (of "Secretary-General of the Commonwealth") and "the Commonwealth's" (before
    "Special Envoy") → "COMSEC": the English pack's ``organisation_title_names``, never read in running text.
    """
    return _lookup(words, _TITLE_EXACT, _TITLE_FOLDED)


def country_from_name(name: str, language: str = "en") -> str | None:
    """The code for a country or organisation name, or None.

    English: "the Russian Federation" → "RU", "United Nations" → "UN"; leading "the", a possessive
    "'s" and periods are ignored ("the U.S.'s" → "US"). Other languages by babel's names and our
    aliases: "俄罗斯", "ロシア", "Россия" → "RU"; in every form the language's pack gives a name in
    (Russian's oblique cases: "России", "Россией", "Соединенных Штатов"). Raises ValueError for a
    language babel has no names in.
    """
    if language == "en":
        return _lookup(name, _NAME_EXACT, _NAME_FOLDED)
    forms_of, fold = _pack_forms(language)
    return _indexed(language, forms_of, fold).get(_local_key(name, fold))


@cache
def _squashed_state_names() -> dict[str, str]:
    """A state's English name in lower case with its spaces and marks left out ("srilanka") → code."""
    found: dict[str, str] = {}
    for code, names in _ENGLISH_NAMES.items():
        for name in names if code in _DEMONYMS else ():
            found.setdefault(re.sub(r"[^a-z]", "", _ascii(name).lower()), code)
    return found


def country_from_squashed_name(label: str) -> str | None:
    """The state a word written as one of its English names is, spaces left out, in any case
    ("srilanka", a host name's label, → "LK"), or None."""
    return _squashed_state_names().get(label.lower()) if len(label) > 3 else None


def _local_key(name: str, fold: Callable[[str], str]) -> str:
    """The lookup key of a name: spaces collapsed, the ends stripped, lowercased, and the letters the
    language writes either way in one form (``LanguagePack.folded``: the Russian pack's "ё" as "е")."""
    return fold(_SPACE.sub(" ", name).strip(' ,;:.«»"').lower())


@cache
def _indexed(
    language: str, forms_of: Callable[[str], Iterable[str]], fold: Callable[[str], str]
) -> dict[str, str]:
    """Lookup key → code for a language other than English, with every form the language's pack
    gives a name in (``LanguagePack.name_forms``: the Russian pack's cases)."""
    index: dict[str, str] = {}
    for code, names in _names(language).items():
        for name in names:
            for form in _forms(name, forms_of, language):
                index.setdefault(_local_key(form, fold), code)
    return index


def _no_other_forms(name: str) -> tuple[str, ...]:
    return (name,)


def _as_written(text: str) -> str:
    return text


def _pack_forms(language: str) -> tuple[Callable[[str], Iterable[str]], Callable[[str], str]]:
    """The forms of a name in ``language`` and its folded spelling, as its installed pack gives them;
    the name alone, as written, when no pack reads the language."""
    from ..errors import UnsupportedLanguageError
    from ..languages import language_pack

    try:
        pack = language_pack(language)
    except UnsupportedLanguageError:
        return _no_other_forms, _as_written
    try:
        pack.folded("")
    except Exception as exc:  # a broken pack must not break every lookup
        warnings.warn(
            f"language pack {language!r}: its spellings are left out: {type(exc).__name__}: {exc}",
            PluginWarning,
            stacklevel=3,
        )
        return pack.name_forms, _as_written
    return pack.name_forms, pack.folded


def _forms(name: str, forms_of: Callable[[str], Iterable[str]], language: str) -> Iterable[str]:
    """``forms_of(name)``; the name alone, with a ``PluginWarning`` naming the pack, where it fails
    (a broken pack must not break every lookup)."""
    try:
        return forms_of(name)
    except Exception as exc:
        warnings.warn(
            f"language pack {language!r}: name_forms({name!r}) failed: {type(exc).__name__}: {exc}",
            PluginWarning,
            stacklevel=2,
        )
        return (name,)


def country_from_abbreviation(text: str, language: str) -> str | None:
    """The code for a one-character abbreviation ("米" → "US" in Japanese, "俄" → "RU" in Chinese)."""
    found = _country_names(language).get("abbreviations", {}).get(text)
    return found if isinstance(found, str) else None


@cache
def _seats() -> dict[str, str]:
    """Seats of government and state guesthouses that readouts name instead of their city ("held talks
    in the Kremlin"), by the key ``city_of_seat`` looks them up with: the English pack's (its
    ``country_names.toml``, table ``seats``)."""
    return {str(k): str(v) for k, v in _country_names("en").get("seats", {}).items()}


def city_of_seat(place: str) -> str | None:
    """The city of a seat of government or state guesthouse ("the Kremlin" → "Moscow"), or None."""
    decomposed = unicodedata.normalize("NFKD", _key(place))
    key = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _seats().get(key)


@cache
def _capitals(language: str) -> dict[str, str]:
    """A city's name in ``language`` (casefolded) → the code of the state it is the capital of: the
    pack's names (its ``country_names.toml``, table ``capitals``: name → the capital's key) joined to
    the country data's capitals (``capitals.tsv``: code, a tab, the capital's key). A name whose key
    is no capital there is left out."""
    table = resources.files(__package__ or "readoutlib.analysis").joinpath("capitals.tsv")
    rows = (line.partition("\t") for line in _lines(table.read_text(encoding="utf-8")))
    states = {key: code for code, _, key in rows}
    names = _country_names(language).get("capitals", {})
    return {_key(str(name)).casefold(): states[key] for name, key in names.items() if key in states}


@cache
def capital_names(code: str, language: str = "en") -> tuple[str, ...]:
    """The names ``language`` gives the capital of the state ``code`` ("UA" → ("Kyiv", "Kiev")), as the
    pack writes them, in the pack's order; empty when the state has none there."""
    table = resources.files(__package__ or "readoutlib.analysis").joinpath("capitals.tsv")
    rows = (line.partition("\t") for line in _lines(table.read_text(encoding="utf-8")))
    keys = {key for row_code, _, key in rows if row_code == code}
    names = _country_names(language).get("capitals", {})
    return tuple(str(name) for name, key in names.items() if key in keys)


def country_of_capital(place: str, language: str = "en") -> str | None:
    """The code of the state whose capital ``place`` is, as ``language`` writes it ("Moscow" → "RU"),
    or None."""
    return _capitals(language).get(_key(place).casefold())


def is_country_word(text: str) -> bool:
    """True when ``text`` is a country/organisation name or demonym (used to tell names from places)."""
    return country_from_demonym(text) is not None


def _entries(words: Iterable[str]) -> list[str]:
    """The entries of a pattern: without a leading "the", longest first."""
    return sorted({w[4:] if w.startswith("the ") else w for w in words}, key=lambda w: (-len(w), w))


def _alternation(words: Iterable[str]) -> str:
    parts = _entries(words)
    body = first_letter_alternation([re.escape(w).replace("'", "['’]") for w in parts])
    # Boundaries are built in, so the pattern can be dropped into other expressions as is.
    # Every entry starts with a capital: the lookahead lets the engine skip other positions fast.
    return rf"(?<![\w.])(?=[A-ZÀ-Þ])(?:{body})(?!\w)"


#: Regex source matching a demonym or attributive country word ("Russian", "U.S.", "EU").
#: Case-sensitive use is intended (compile without IGNORECASE so "us" is not "US").
_DEMONYM_WORDS = [
    *(w for words in _DEMONYMS.values() for w in words),
    *(w for _, _, ws in _ORGANISATIONS for w in ws),
]
DEMONYM_PATTERN: str = _alternation(_DEMONYM_WORDS)

#: Regex source matching a country or organisation name ("Russia", "the Russian Federation"
#: without "the", "United Nations"). Compile without IGNORECASE.
_COUNTRY_NAMES = [name for names in _ENGLISH_NAMES.values() for name in names]
COUNTRY_PATTERN: str = _alternation(_COUNTRY_NAMES)


def _word_gate(words: Iterable[str]) -> str:
    """``\\b`` and a lookahead of the entries' first letters, when every entry opens with a word
    character: each entry stands after no word character (its own lookbehind), so it opens where a
    word starts. Empty when an entry opens otherwise."""
    firsts = sorted({entry[0] for entry in _entries(words)})
    if not all(re.match(r"\w", first) for first in firsts):
        return ""
    return rf"\b(?=[{''.join(re.escape(first) for first in firsts)}])"


#: What a match of ``COUNTRY_PATTERN`` or ``DEMONYM_PATTERN`` opens with (case-sensitive): put in front
#: of ``(?:COUNTRY_PATTERN|DEMONYM_PATTERN)``, it turns most positions of a text away at one test
#: instead of one for each alternative (twice as fast a scan over a paragraph).
COUNTRY_WORD_GATE: str = _word_gate([*_DEMONYM_WORDS, *_COUNTRY_NAMES])
