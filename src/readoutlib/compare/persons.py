"""Is this the same person? Names compared across spellings, titles and scripts.

Two readouts of one event write their principals differently: "Joseph R. Biden, Jr." and "Joseph
Biden", "Zelensky" and "Zelenskyy", "Lavrov" and "Лавров". A name is reduced to a key — its family
name, transliterated to Latin letters, folded, and reduced to a consonant skeleton — and two names are
the same person when their keys agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

import attrs

from ..analysis.countries import country_from_name
from ..folding import fold
from ..languages import Romanisation, romanisation
from ..model import Readout
from .model import PersonMatch
from .words import FLAGS, PACKS, first_pack, rows, words

__all__ = [
    "OFFICE_LEVELS",
    "OFFICE_WORDS",
    "Person",
    "headline_names",
    "holds_office",
    "lead_names",
    "match_across_scripts",
    "match_persons",
    "name_key",
    "name_keys",
    "office_levels",
    "part_keys",
    "persons_of",
    "transliterate",
    "word_keys",
]

#: Letters that spellings of one name disagree on: vowels, y and the h of digraphs ("kh", "zh").
_SOFT = re.compile(r"[aeiouyh]")
_NOT_LETTER = re.compile(r"[^a-z]")


@cache
def _letters(table: Romanisation) -> tuple[dict[str, str], re.Pattern[str] | None, dict[str, str]]:
    """The romanisation's letters as a lookup, and a pattern of its alternative letters (either case)
    with their readings (None when it has none)."""
    alternatives = dict(table.alternatives)
    capitals = {letter.upper(): latin.capitalize() for letter, latin in alternatives.items()}
    readings = {**alternatives, **capitals}
    pattern = re.compile("|".join(map(re.escape, readings))) if readings else None
    return dict(table.letters), pattern, readings


def transliterate(text: str) -> str:
    """Latin letters for the letters of another script ("Лавров" → "Lavrov"), as the installed
    language packs romanise them (``LanguagePack.romanisation``); other text unchanged."""
    letters = _letters(romanisation())[0]
    out = []
    for ch in text:
        low = ch.lower()
        if low in letters:
            latin = letters[low]
            out.append(latin.capitalize() if ch != low else latin)
        else:
            out.append(ch)
    return "".join(out)


def name_key(name: str) -> str:
    """The key two spellings of one person share: "Zelenskyy" → "zlnsk", "Лавров" → "lvrv".

    The first letter is kept whole; after it, vowels, y and h are dropped and doubled letters
    collapse. Very short family names ("Yi", "Li") keep all their letters, so they stay distinct.
    """
    family = _NOT_LETTER.sub("", fold(transliterate(surname(name))))
    if len(family) <= 3:
        return family
    rest = _SOFT.sub("", family[1:])
    rest = re.sub(r"(.)\1+", r"\1", rest)
    return family[0] + rest


def name_keys(name: str) -> frozenset[str]:
    """Every key a name may share with another spelling of it: :func:`name_key`, and where the
    name holds a letter the packs' romanisation reads otherwise in borrowed names (Russian "х":
    "kh", and "h" in "Нетаньяху"), the key with every such letter read so ({"ntnk", "ntn"}, the
    second that of "Netanyahu")."""
    key = name_key(name)
    _, alternative, readings = _letters(romanisation())
    if alternative is None or not alternative.search(name):
        return frozenset({key})
    return frozenset({key, name_key(alternative.sub(lambda m: readings[m.group()], name))})


def word_keys(name: str) -> frozenset[str]:
    """The keys of every word of a name ("HAYASHI Yoshimasa" → {"hshi"..., "yshms"}).

    A family name written first ("HAYASHI Yoshimasa", "Chung Eui-yong") and the same name written
    in the other order agree here even where their family-name keys do not.
    """
    words = _NAME_WORD.findall(fold(transliterate(name)))
    return frozenset(name_key(word) for word in words if len(word) >= 3)


_NAME_WORD = re.compile(r"[a-z][a-z'’-]*")


def part_keys(name: str) -> frozenset[str]:
    """The keys of every word of a name, a hyphenated word read as its parts: "Bilawal
    Bhutto-Zardari" and "Bilawal Bhutto Zardari" agree here, where their family-name keys and
    :func:`word_keys` do not."""
    return word_keys(re.sub(r"[-‐‑–]", " ", name))


#: Codes of organisations, not states: a principal given one may be that body's official or simply
#: met at its venue ("on the sidelines of the United Nations General Assembly"), so it vetoes nothing.
ORGANISATIONS = frozenset(
    {"UN", "EU", "NATO", "AU", "ASEAN", "OSCE", "WHO", "IAEA", "OAS", "GCC", "SCO", "G7", "G20"}
)

#: Words of offices and honorifics: in a headline or lead they are never a principal's name
#: ("Prime Minister Boris Johnson" names Johnson; "Minister" is no one): the "office word" rows of
#: the English pack's ``compare_words.toml``.
OFFICE_WORDS = words("office word")


#: How names and titles are read, from the first installed pack that reads them
#: (``CompareWords.surname``, ``canonical_title``, ``spell_out_title``); without one, a name's
#: last word is its family name and a title is read as written.
surname: Callable[[str], str] = first_pack("surname") or (lambda name: fold((name.split() or [""])[-1]))
canonical_title: Callable[[str], str] = first_pack("canonical_title") or fold
spell_out_title: Callable[[str], str] = first_pack("spell_out_title") or (lambda title: title)

#: Offices that stand for a level rather than one title: "the leaders of France and Italy" are
#: each country's head of state or government, whichever the other side names ("President
#: Macron", "Prime Minister Draghi"): the packs' ``CompareWords.office_levels``, first pack first.
OFFICE_LEVELS: dict[str, frozenset[str]] = {
    office: titles for _, pack in reversed(PACKS) for office, titles in pack.office_levels
}


def holds_office(titles: frozenset[str], office: str) -> bool:
    """Whether a principal with ``titles`` (folded) holds ``office`` (folded): the same title (a
    country it ends in aside: "prime minister of japan" is "prime minister"; one office however
    spelt: "minister of foreign affairs" is "foreign minister"), or a title of the
    level the office names ("leader": any head of state or government; a "Vice President" is none)."""
    office = _without_country(office)
    held = {_without_country(t) for t in titles}
    if office in held or canonical_title(office) in {canonical_title(t) for t in held}:
        return True  # one office however spelt: "foreign minister", "minister of foreign affairs"
    level = OFFICE_LEVELS.get(office)
    return level is not None and bool(held & level)


def _without_country(title: str) -> str:
    """A title without the country it ends in ("prime minister of japan" -> "prime minister")."""
    head, _, rest = title.rpartition(" of ")
    return head if head and country_from_name(rest) is not None else title


def _office(name: str, titles: tuple[str, ...]) -> str | None:
    """The office a principal is named by, where the name is nothing but that office.

    "The Prime Minister" with the title "Prime Minister" is named by office, and so is "The Foreign
    Minister" with the title "FM" (the name spells the title out); "Boris Johnson" is not.
    """
    bare = re.sub(r"^the\s+", "", fold(name).strip())
    for title in titles:
        if bare in (fold(title).strip(), fold(spell_out_title(title)).strip()):
            return bare
    return None


@attrs.frozen
class Person:
    """A principal as one readout names it."""

    name: str
    key: str
    words: frozenset[str] = frozenset()
    country: str | None = None
    titles: frozenset[str] = frozenset()
    #: the office, where the readout names this principal by office alone ("The Prime Minister")
    office: str | None = None
    #: the keys of the name's words, hyphenated words read as their parts (:func:`part_keys`)
    parts: frozenset[str] = frozenset()
    #: every key the name may share with another spelling of it (:func:`name_keys`)
    keys: frozenset[str] = frozenset()

    @property
    def all_keys(self) -> frozenset[str]:
        """The name's keys, its own :attr:`key` among them."""
        return self.keys | {self.key}

    def full_name_of(self, other: Person) -> bool:
        """Both names have two words or more and agree word for word ("Donald Trump", "Дональд
        Трамп"): one person, whatever countries two parses gave them (a parse can give a principal
        the other's country; two people of one full name in one event's readouts are not met)."""
        return len(self.words) >= 2 and self.words == other.words

    def same(self, other: Person) -> bool:
        """One person: the family-name keys agree, or both names have the same two words or more
        (a hyphenated family name read as its parts, if need be: "Bhutto-Zardari", "Bhutto Zardari"),
        and the two are not given different countries (an organisation's code is no country here)
        unless their full names agree word for word (:meth:`full_name_of`).

        A principal named by office alone is the other side's principal of the same country
        holding that office ("The Prime Minister" of GB is "Prime Minister Boris Johnson").
        """
        if (
            self.country
            and other.country
            and self.country != other.country
            and not {self.country, other.country} & ORGANISATIONS
            and not self.full_name_of(other)
        ):
            return False  # one family name, two people: "Jill Biden" of one side is no "Biden" of the other
        if self.office is not None or other.office is not None:
            named, office = (other, self.office) if self.office is not None else (self, other.office)
            return (
                named.country is not None
                and named.country == (self.country if self.office is not None else other.country)
                and office is not None
                and holds_office(named.titles, office)
            )
        return (
            bool(self.all_keys & other.all_keys)
            or (len(self.words) >= 2 and self.words == other.words)
            or (len(self.parts) >= 2 and self.parts == other.parts)
        )


@cache
def _capitalised(table: Romanisation) -> re.Pattern[str]:
    """A capitalised word of a headline: a family-name candidate ("Biden", "Zelenskyy", "Лавров"),
    opening with a Latin capital or the capital of a letter the packs romanise."""
    capitals = sorted(
        {letter.upper() for letter, _ in table.letters} - {letter for letter, _ in table.letters}
    )
    return re.compile(rf"[A-Z{re.escape(''.join(capitals))}][\w'’-]+")


def persons_of(readout: Readout) -> tuple[Person, ...]:
    """The readout's principals (its participants), one per name key, in order."""
    found: dict[str, Person] = {}
    for participant in readout.event.participants:
        key = name_key(participant.name)
        office = _office(participant.name, participant.titles)
        # Principals named by one office are as many as their countries ("The Leader" of the
        # United States, of France, ...): the office's key is kept apart per country.
        at = f"{key}@{participant.country}" if office is not None else key
        if key and at not in found:
            found[at] = Person(
                participant.name,
                key,
                word_keys(participant.name),
                participant.country,
                frozenset(fold(title).strip() for title in participant.titles),
                office,
                part_keys(participant.name),
                name_keys(participant.name),
            )
    return tuple(found.values())


def headline_names(readout: Readout) -> dict[str, str]:
    """Name keys of the headline's capitalised words, each with the word as written.

    Read because a parse can miss or misname a principal that the headline names plainly
    ("Readout of President Biden's Call with President Zelenskyy of Ukraine").
    """
    return _capitalised_names(readout.title or "")


def _capitalised_names(text: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for found in _capitalised(romanisation()).findall(text):
        word = re.sub(r"['’]s$", "", found)
        if fold(word) in OFFICE_WORDS:
            continue
        for key in sorted(name_keys(word)):
            if len(key) >= 3:
                names.setdefault(key, word)
    return names


def lead_names(readout: Readout) -> dict[str, str]:
    """Name keys of the capitalised words of the lead (the first paragraph), as :func:`headline_names`.

    Read only for a readout whose parse found fewer than two principals: a lead such as "Prime
    Minister Rishi Sunak welcomed the President of the United States, Joe Biden" names both.
    """
    if len(readout.event.participants) >= 2 or not readout.paragraphs:
        return {}
    return _capitalised_names(readout.paragraphs[0])


def match_persons(a: Readout, b: Readout) -> tuple[PersonMatch, ...]:
    """The principals the two readouts share, each as both write it, with where it was found.

    A principal of one side counts when the other side has it among its participants, or — the
    parse of that side having missed it — names it in its headline, or (that parse having found
    fewer than two principals) in its lead. Each of the other side's participants is matched once:
    a parse that gives one person twice ("Vladimir Putin" and "The President of Russia") shares
    that person once; names are matched before offices.
    """
    persons_a, persons_b = persons_of(a), persons_of(b)
    title_a, title_b = headline_names(a), headline_names(b)
    lead_a, lead_b = lead_names(a), lead_names(b)
    partner = _partners(persons_a, persons_b)
    matches: list[PersonMatch] = []
    seen: set[str] = set()
    for index, person in enumerate(persons_a):
        other = partner.get(index)
        if other is not None:
            basis = "office" if person.office is not None or other.office is not None else "participants"
            matches.append(PersonMatch(person.name, other.name, basis))
            seen.add(other.key)
        elif person.office is not None:
            continue  # an office is matched only to the principal who holds it
        elif found := _named_in(person, title_b):
            matches.append(PersonMatch(person.name, found, "title"))
        elif found := _named_in(person, lead_b):
            matches.append(PersonMatch(person.name, found, "lead"))
        else:
            continue
        seen.add(person.key)
    for person in persons_b:
        if person.key in seen or person.office is not None:
            continue
        if found := _named_in(person, title_a):
            matches.append(PersonMatch(found, person.name, "title"))
        elif found := _named_in(person, lead_a):
            matches.append(PersonMatch(found, person.name, "lead"))
    return tuple(matches)


def _named_in(person: Person, names: dict[str, str]) -> str | None:
    """The word of a headline or lead (``names``, by key) that names ``person``, if one does."""
    keys = (person.key, *sorted(person.keys - {person.key}))
    return next((names[key] for key in keys if key in names), None)


def _partners(persons_a: Sequence[Person], persons_b: Sequence[Person]) -> dict[int, Person]:
    """Each principal of side a (by index) with the one of side b who is the same person, one to
    one: named principals first, then those named by office."""
    taken: set[int] = set()
    partner: dict[int, Person] = {}
    for offices in (False, True):
        for index, person in enumerate(persons_a):
            if (person.office is not None) != offices:
                continue
            found = next((i for i, p in enumerate(persons_b) if i not in taken and person.same(p)), None)
            if found is not None:
                taken.add(found)
                partner[index] = persons_b[found]
    return partner


#: The levels of office two scripts' titles are compared on: English titles through the English
#: pack's offices (:func:`holds_office`), others through the "office: <level>" rows of the packs'
#: ``compare_words.toml`` ("国家主席" and "председатель" are a head of state).
LEVELS = ("head of state", "head of government", "foreign minister")
_LEVEL_ROWS = tuple(
    (row.label.removeprefix("office: "), re.compile(f"(?:{row.pattern})", FLAGS)) for row in rows("office: ")
)


def office_levels(titles: Sequence[str]) -> frozenset[str]:
    """The levels of office (:data:`LEVELS`) a principal's titles name: "President" and "国家主席"
    are a head of state, "外长" and "Foreign Minister" a foreign minister; no title, no level."""
    found: set[str] = set()
    for title in titles:
        folded = fold(title).strip()
        found.update(level for level in LEVELS if holds_office(frozenset({folded}), level))
        found.update(level for level, rule in _LEVEL_ROWS if rule.fullmatch(title.strip().lower()))
    return frozenset(found)


def match_across_scripts(a: Readout, b: Readout) -> tuple[PersonMatch, ...]:
    """The principals of two readouts whose names no key can compare, matched by country and office.

    Where every principal of one side is named in a script without a Latin key (习近平, 普京) and
    every principal of the other has one (Xi Jinping, Vladimir Putin), each principal is the other
    side's principal of the same country when: both sides name the same countries, one principal
    each; no pair's offices disagree (both given a level of office, :func:`office_levels`, and none
    in common: a call of the foreign ministers is not the leaders' call of the same day); and at
    least one pair's offices agree. Anything less matches no one (basis "country and office").
    """
    people_a, people_b = a.event.participants, b.event.participants
    keyed_a = [bool(name_key(p.name)) for p in people_a]
    keyed_b = [bool(name_key(p.name)) for p in people_b]
    if (
        len(people_a) < 2
        or len(people_a) != len(people_b)
        or not ((not any(keyed_a) and all(keyed_b)) or (all(keyed_a) and not any(keyed_b)))
    ):
        return ()
    by_country = {p.country: p for p in people_b}
    countries_a = [p.country for p in people_a]
    if None in by_country or len(by_country) != len(people_b) or set(countries_a) != set(by_country):
        return ()
    agreed = 0
    matches = []
    for person in people_a:
        other = by_country[person.country]
        levels_a, levels_b = office_levels(person.titles), office_levels(other.titles)
        if levels_a and levels_b:
            if not levels_a & levels_b:
                return ()  # same countries, other offices: another event of the day
            agreed += 1
        matches.append(PersonMatch(person.name, other.name, "country and office"))
    return tuple(matches) if agreed else ()
