"""The principals of a readout, who asked for the call, and the other people it names.

Principals come from the opening sentence (its subject and the people the event verb joins it
with, in order) and the headline, merged by surname or by office; people who "joined the call"
later are added. A principal's country comes from the mention ("Russian", "of Japan", "France's"),
else the publisher's home country (Profile or the URL's country domain), else the country the text
pairs with the other side ("Spain-Kenya relations", "the Kenyan side"). Nothing here names a
publisher or a person.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from urllib.parse import urlsplit

import attrs

from ...analysis.countries import (
    COUNTRY_PATTERN,
    COUNTRY_WORD_GATE,
    DEMONYM_PATTERN,
    ORGANISATION_CODES,
    country_from_demonym,
    country_from_name,
    country_from_squashed_name,
    country_of_capital,
    state_of_word,
)
from ...analysis.profile import OwnPrincipal, Profile
from ...budget import check
from ...model import EventKind, Participant
from ...rules import Gated, GatedRows, Table, clear_text_index, compile_rows, load_table, table_rows
from . import lexicon as lx
from .event import (
    REQUEST_PATTERNS,
    Opening,
    clause_tense,
    event_clause,
    event_clause_from,
    past_clause,
    sentence_pairs,
)
from .genre import event_title, title_genre
from .names import (
    PARTICLES,
    Mention,
    People,
    clear_page_memos,
    country_matches,
    first_honorific,
    is_title_word,
    normalise_title,
    scan_people,
    slug,
    state_office_country,
    state_offices,
    with_offices,
)
from .sides import UNCODED_STATE, private_person, without_enemies, without_moved, without_topics
from .text import (
    clear_sentences,
    fold,
    initials,
    may_be_same_person,
    near_spelling,
    spell_out_title,
    split_sentences,
    surname,
)
from .text import wordset as _wordset

__all__ = [
    "Principal",
    "add_own_principal",
    "assign_countries",
    "find_mentioned",
    "find_principals",
    "group_office",
    "name_unnamed_offices",
    "office_country",
    "to_participants",
    "without_states",
]


_I = re.IGNORECASE


@attrs.define
class Principal:
    """A principal while it is being assembled (mutable; frozen into a Participant at the end)."""

    name: str | None
    titles: list[str]
    country: str | None
    office: str | None = None
    requested: bool = False
    from_title: bool = False
    first_person: bool = False
    #: 0 for the opening's subjects, 1 for the people the event verb joins them with.
    side: int | None = None
    #: named by a plural office and its country only ("the leaders of France and Italy"): no
    #: person the page names is this principal, and its office is no twin of a named one's.
    listed: bool = False
    #: the opening's "his Chilean counterpart" (or its bare "The foreign minister"), never named there:
    #: kept only if the text names it.
    counterpart: bool = False

    @property
    def label(self) -> str:
        """The participant name: the person's name, or "The <office>" for an unnamed office-holder."""
        if self.name:
            return self.name
        office = self.office or (self.titles[0] if self.titles else "Official")
        return f"The {spell_out_title(office)}"


# ---------------------------------------------------------------------------------------------
# Principals

# Between two coordinated mentions: "X and Y", "X, Y and Z".
# Only a space between two mentions is no coordination: a byline runs into the sentence
# ("Posted by Press Desk The Prime Minister ... received a call").
#: Two sides joined: "X and Y", "X, Y", "X and his Peruvian counterpart Y", "X and Samoan counterpart Y",
#: "X and his South African counterpart, Y", "X and his Argentine peer, Y".
_COORDINATION = re.compile(
    # a stray comma may follow the "and" of a list's two items: "X, and, Y met"; the preposition may
    # stand again after it: "met with X, and with Y" (issue #8, en-bb)
    r"^\s*(?:,\s*(?:and(?:\s*,|\s+with\b)?|as\s+well\s+as|&|(?:together|along)\s+with)?|(?:and|as\s+well\s+as|&))\s*"
    # a word for a fresh or passing term may follow "the": "X and the new (newly appointed, incoming)
    # Ruritanian Prime Minister Y spoke by phone" (issue #8, en-aa: a call with a leader just in office)
    r"(?:the\s+(?:(?:new|newly\s+(?:appointed|elected|named)|incoming|outgoing|acting|interim)\s+)?"
    # a lowercase particle may open the counterpart's name the mention leaves out: "X and his Sudanese
    # counterpart al Y" (issue #8, en-ab: a news agency's relay of a ministry's call)
    r"|(?:(?:his|her|their)\s+)?(?:[\w’'-]+\s+){0,2}?(?:counterpart|colleague|peer),?\s+"
    r"(?:(?-i:al|el|bin|ibn|de|da|van|von)\s+)?"
    r"|(?<=and\s)(?:(?-i:[A-Z])[\w’'-]*\s+){1,4}"
    # a host and his guest styled as visiting: "X and visiting Ruritanian Foreign Minister Y held a
    # joint press conference" (issue #8, en-x's press conference at the end of talks)
    r"|(?<=and\s)(?:the\s+)?visiting\s+(?:(?-i:[A-Z])[\w’'-]*\s+){0,4}"
    # a people's word and a news report's lowercase office the mention leaves out: "X met with Ruritanian
    # defense minister A and Velorian defense minister B" (fam216, issue #8: en-ax, err's third minister)
    r"|(?<=and\s)(?:(?-i:[A-Z])[\w’'-]*\s+){0,2}(?:(?-i:[a-z])[\w-]*\s+){0,2}"
    r"(?-i:minister|secretary|ambassador|envoy|president|premier|chancellor|commander|governor|speaker)\s+"
    # a country's possessive before a lowercase office word the mention leaves out: "A, Ruritania's
    # acting Foreign Minister B and C" (issue #8, en-w's three-way meeting)
    r"|(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?-i:[A-Z])[\w-]*[’']s\s+(?:acting|interim|caretaker|outgoing|incoming)\s+)?$",
    _I,
)
# After a named person, the rest of an appositive office may stand before the comma ("X, Secretary
# (East) in the Ministry of External Affairs, and Y"): a bracketed word and "in/of/for/at <Capitalised …>".
_APPOSITIVE_COORDINATION = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:in|of|for|at)\s+(?:the\s+)?(?-i:[A-Z])[^,;.()]{0,60}?(?=,))?"
    # a semicolon sets apart each named person's office in a list: "Mr. A, Prime Minister of X;  Mr. B,
    # Speaker of …: and Mr. C" (issue #8, en-v: the UN chief's meetings with a country's officials)
    r"(?:,\s*(?:and|as\s+well\s+as|&)?|(?:and|as\s+well\s+as|&)|;\s*(?:and\b)?|:\s*and\b)\s*"
    r"(?:the\s+|(?:(?:his|her|their)\s+)?(?:[\w’'-]+\s+){0,2}?(?:counterpart|colleague|peer),?\s+)?$",
    _I,
)


#: A Title Case "Counterpart" the mention itself opens: "X and his Rwandan Counterpart President Y"
#: (issue #8, en-af: a news site's capitalised office word, read as part of the next mention's title).
_TITLE_CASE_COUNTERPART = re.compile(
    r"\s*(?:,\s*)?(?:and|&)\s+(?:his|her|their)\s+(?:[A-Z][\w-]*\s+){0,2}?Counterpart\b"
)


def _coordinated(sentence: str, prev: Mention, m: Mention) -> bool:
    """Whether ``m`` is coordinated with the mention before it ("X and Y", "X, Secretary of Z, and Y")."""
    between = sentence[prev.end : m.start]
    if _COORDINATION.match(between) or (prev.name and _APPOSITIVE_COORDINATION.match(between)):
        return True
    found = _TITLE_CASE_COUNTERPART.match(sentence, prev.end)
    return found is not None and m.start <= found.end() <= m.name_start


# The three searches of the text before a mention are rules.Gated: most texts hold none of their words.
_NOT_PRINCIPAL_BEFORE = Gated.of(
    re.compile(
        r"(?:on\s+behalf\s+of|invitation\s+of|greetings\s+(?:of|from)|message\s+from|envoy\s+of|"
        r"sent\s+by|representing|(?:accompanied|supported|assisted)\s+by|in\s+the\s+presence\s+of|decision\s+(?:by|of))"
        r"\s+(?:the\s+)?$"
        # the sender named after the word for him: "a message from his Ruritanian counterpart, X"
        r"|\bmessage\s+from\s+(?:his|her|their)\s+(?:[\w’'-]+\s+){0,3}?counterpart,?\s+$"
        # a principal's relative beside him: "the President and his wife X arrived"
        r"|\b(?:his|her|their)\s+(?:wife|husband|spouse|son|daughter|sons|daughters|children)\s+$"
        # the one whose death the calls or the visit mourn: "condolences on the passing of Sheikh X"
        r"|\b(?:passing|death|demise)\s+of\s+(?:the\s+late\s+)?$",
        _I,
    )
)
#: Only a coordination between two mentions ("X and Y", "X, and Y"; a lone comma may end a
#: fronted phrase: "At the invitation of X, Y traveled").
_AND_ONLY = re.compile(r"\s*,?\s*and\s+", _I)
#: Where a trip went: an untitled name right after it is the place ("visited Buenos Aires and met
#: with ..."), not a side.
_PLACE_BEFORE = re.compile(
    r"\b(?:visited|visiting|travell?ed\s+to|arrived\s+in|(?:trip|visit|travel)\s+to)\s+$", _I
)
#: A reporting verb right after a mention: that person is the source of the report, not a side; also after
#: the comma closing the mention's office in apposition ("X, Spokesperson of the Department, said": fam211).
_SAID_AFTER = re.compile(r",?\s+(?:said|says|stated|told|added|announced)\b", _I)
_FIRST_PERSON = re.compile(
    r"(?:^|[,;]\s*|\b(?:Today|Yesterday|today|yesterday)\s+)I\s+(?:\w+ly\s+|also\s+|have\s+|had\s+)?$"
)
_JOINED = Gated.of(  # searched in every paragraph: most hold no "join"
    re.compile(r"\bjoin(?:ed|s)?\s+(?:the|this|their)\s+(?:call|conversation|meeting|talks|discussion)", _I)
)
#: The sentence after a readout's body that lists the event's participants ("Participants in the call
#: included Prime Minister X of Canada, …": the White House's many-leader calls; "Participants included
#: X, Y and Z" under a convening, feeds-dev10's bulk check): every person it names is a principal, though
#: "participants" is an attendee's word. Not "included representatives from" a list of organisations.
_LISTED = Gated.of(
    re.compile(
        r"^(?:the\s+)?participants\s+(?:(?:in|on|of|at)\s+(?:the|this|today’s|today's)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:call|conversation|meeting|talks|discussion|conference|summit|convening|roundtable|session)\s+)?"
        r"included\s+(?!representatives\b)",
        _I,
    )
)
#: People who attended: ministers who "also took part in the talks", "were present", "accompanied"
#: a principal or made up a delegation are mentioned, not principals.
_ATTENDEES = re.compile(
    r"\b(?:took|take|takes|taking)\s+part\b|\bparticipated\b|\battend(?:ed|s|ing)\b"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\b|\bpresent\s+(?:at|were|was)\b|\baccompan(?:ied|ying)\b"
    r"|\bdelegations?\s+(?:included|comprised|consisted)\b|\balso\s+joined\b|\bsat\s+in\b",
    _I,
)


def clear_page_caches() -> None:
    """Forget the memoised names and mentions: they serve one page (where the same sentences and
    names are read by several stages), and a benchmark parsing the same pages again must not find
    them remembered."""
    _found_mentions.cache_clear()
    _found_people.cache_clear()
    past_clause.cache_clear()
    sentence_pairs.cache_clear()
    title_genre.cache_clear()
    event_title.cache_clear()
    _name_part.cache_clear()
    _country_words.cache_clear()
    _text_mentions.cache_clear()
    fold.cache_clear()
    surname.cache_clear()
    clear_page_memos()
    clear_sentences()
    clear_text_index()


@lru_cache(maxsize=256)
def _profile_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """A profile's patterns, compiled once (case-insensitive); one that does not compile is a
    PluginWarning, and the others still work."""
    return tuple(pattern for pattern, _ in compile_rows(patterns, owner="a publisher profile", flags=_I))


@lru_cache(maxsize=256)
def _request_rows(patterns: tuple[str, ...]) -> GatedRows:
    """``_profile_patterns`` as ``GatedRows``: each searched only where one of its words stands."""
    return GatedRows(Gated.of(pattern) for pattern in _profile_patterns(patterns))


def _mentions(text: str, profile: Profile) -> list[Mention]:
    """The mentions in ``text`` with the profile's titles and honorifics (scanned once per page)."""
    return list(_found_mentions(text, profile.title_words, profile.honorifics))


@lru_cache(maxsize=4096)
def _found_mentions(text: str, titles: tuple[str, ...], honorifics: tuple[str, ...]) -> tuple[Mention, ...]:
    return tuple(with_offices(_found_people(text, titles, honorifics)))


def _named_mentions(text: str, profile: Profile) -> list[Mention]:
    """The mentions in ``text`` that name a person, as ``_mentions`` finds them.

    The stages that read only names (the others mentioned, full names, office holders) read the
    body's paragraphs without the scan for offices named without a person (a tenth of a paragraph's
    scan); the scan for people is shared with ``_mentions``, so a text is scanned once either way.
    """
    return sorted(_found_people(text, profile.title_words, profile.honorifics).people, key=_start_of)


@lru_cache(maxsize=4096)  # the stages read the same sentences and paragraphs again: scanned once
def _found_people(text: str, titles: tuple[str, ...], honorifics: tuple[str, ...]) -> People:
    return scan_people(text, extra_titles=titles, extra_honorifics=honorifics)


def _start_of(mention: Mention) -> int:
    return mention.start


def _clause_mentions(sentence: str, profile: Profile) -> list[Mention]:
    """The subject(s) and object(s) of the event clause in the opening sentence, in order."""
    subjects, objects = _clause_sides(sentence, profile)
    return subjects + objects


def _styled(sentence: str, m: Mention) -> bool:
    """Whether the mention opens with a style ("H.E. John Key"): a person, never a trip's place
    ("received … at the Peace Palace visiting H.E. John Key, Former Prime Minister of New Zealand")."""
    style = first_honorific(sentence[m.start : m.end])
    return bool(style) and sentence.startswith(style, m.start)


def _possible_principals(sentence: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less those no principal: after "on behalf of", "the decision by" (and the people
    coordinated with them: "the decision by X and Y to establish ..."), and a trip's place."""
    kept: list[Mention] = []
    after: int | None = None  # the end of the last mention left out for what stood before it
    for m in mentions:
        before = sentence[: m.start]
        if _NOT_PRINCIPAL_BEFORE.search(before) or (
            after is not None and _AND_ONLY.fullmatch(sentence[after : m.start])
        ):
            after = m.end
            continue
        after = None
        if m.name and not m.titles and _PLACE_BEFORE.search(before) and not _styled(sentence, m):
            continue
        kept.append(m)
    return kept


def _clause_sides(sentence: str, profile: Profile) -> tuple[list[Mention], list[Mention]]:
    """The subjects and the objects of the event clause; with no clause, every mention is a subject."""
    mentions = _possible_principals(sentence, _mentions(sentence, profile))
    if not mentions:
        return [], []
    clause = event_clause(sentence)
    if not clause:
        return mentions, []
    clause = _clause_after_topic(sentence, clause, mentions)
    before = [m for m in mentions if m.end <= clause.start()]
    after = [m for m in mentions if m.start >= clause.start()]
    if _AT_MEETING.match(clause.group()) and before and after:
        # "X praised ... at a meeting with Y": the sentence's subject and the clause's object.
        return _leading_group(sentence, before), _objects(sentence, after)
    if _ADVERBIAL.match(clause.group()) and len(before) >= 2:
        # "X thanked Y for ... in a meeting at ...": the event is an adverbial phrase; the
        # sentence's own verb joins its subject and its object, both before it.
        first = _leading_group(sentence, before)
        return first, _leading_group(sentence, before[len(first) :])
    if not before and (sides := _meeting_of_sides(sentence, clause, after)):
        return sides
    before = list(_outside_relative(sentence, before, clause.start()))
    after = [m for m in after if not _closing_reporter(sentence, clause.end(), m)]
    return _appositive_subject(sentence, before, _subjects(sentence, before)), _objects(sentence, after)


#: The words of a closing reporting clause before its speaker: '…," a spokeswoman of the Council ' (a
#: comma, a closing quote mark, up to six words of office).
_REPORTER_BEFORE = re.compile(r"[,;][\"”’']?\s+(?:[\w.’'-]+\s+){0,6}$")
#: The clause's own words before that comma: two words at least ("agreed in their call to stay in touch").
_CLAUSE_WORDS = re.compile(r"\S+\s+\S+")


def _closing_reporter(sentence: str, clause_end: int, m: Mention) -> bool:
    """True when ``m`` speaks a reporting clause that closes the sentence after the event's own words
    ("A and B agreed in their telephone call to stay in touch, the Council's spokeswoman X said"): X
    reports the event and is no side of it (issue #8, en-aq, a wire copy of a White House readout).
    Not a name right after the clause and its comma ("During the talks, X said"): that one took part."""
    if not _SAID_AFTER.match(sentence, m.end):
        return False
    gap = sentence[clause_end : m.start]
    reporter = _REPORTER_BEFORE.search(gap)
    return reporter is not None and _CLAUSE_WORDS.search(gap, 0, reporter.start()) is not None


#: A meeting named with its sides before its verb: "the meeting of X with Y took place" (issue #8, en-y:
#: a ministry's passive report of a meeting on the sidelines). A word or two of style may precede X.
_MEETING_OF = re.compile(
    r"(?:meeting|talks|conversation|negotiations|consultations)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){0,2}",
    _I,
)
_WITH_SIDE = re.compile(r"\s*,?\s*with\s+(?:the\s+|his\s+|her\s+)?", _I)


def _meeting_of_sides(
    sentence: str, clause: re.Match[str], after: Sequence[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """X and Y of "the meeting of X with Y …" when the clause opens on that noun; else None."""
    opened = _MEETING_OF.match(sentence, clause.start())
    if opened is None or len(after) < 2 or not opened.start() <= after[0].start <= opened.end():
        return None
    if not _WITH_SIDE.fullmatch(sentence, after[0].end, after[1].start):
        return None
    return [after[0]], _objects(sentence, after[1:])


#: A subordinate clause after a passive topic: "Trade was one topic discussed as X met with Y".
_AS_CLAUSE = re.compile(r"\s*(?:as|when|while)\s+", _I)


def _clause_after_topic(sentence: str, clause: re.Match[str], mentions: Sequence[Mention]) -> re.Match[str]:
    """The event clause whose sides the sentence names: where the first one ("discussed") has no
    mention before it and an "as"/"when" clause follows it at once, that clause's own event verb
    ("… topic discussed as Ambassador X today met with Minister Y": en-o, Trinidad's Communications
    Minister); else the first."""
    if any(m.end <= clause.start() for m in mentions):
        return clause
    verb = re.match(r"[\w’'-]+", clause.group())
    opened = _AS_CLAUSE.match(sentence, clause.start() + (verb.end() if verb else 0))
    if opened is None:
        return clause
    later = event_clause_from(sentence, opened.end())
    if later is None or not any(opened.end() <= m.start and m.end <= later.start() for m in mentions):
        return clause
    return later


#: A relative clause set off after the subject: "X, who is leading the delegation to …, received".
_RELATIVE_OPEN = re.compile(r",\s+(?:who|whose)\s", _I)


def _outside_relative(sentence: str, before: Sequence[Mention], verb: int) -> Sequence[Mention]:
    """The mentions before the event clause less those inside a relative clause that closes, with a
    comma, right before it: "Foreign Minister X, who is leading the delegation to the Meeting of the
    Non-Aligned Movement in Kampala, received a call from Y" has X as its subject, not a name inside."""
    if not sentence[:verb].rstrip().endswith(","):
        return before
    for found in _RELATIVE_OPEN.finditer(sentence, 0, verb):
        outside = [m for m in before if m.end <= found.start()]
        if outside:
            return outside
    return before


#: What stands between a named subject and the offices set off after it by a comma, when those
#: offices are an appositive: "Ana Ruiz, Assistant to the President and National Economic Advisor".
_OFFICE_APPOSITIVE = re.compile(r",\s*(?:(?-i:[A-Z])[\w-]*\s+)+(?:to|of)\s+(?:the\s+)?")
#: The same with a first office whole before "and": "Omar Haddad, <City> Crown Prince and Deputy Supreme
#: Commander of …" (en-as, a Gulf daily; fam158). Group ``head``: the first office's last word, which
#: must be a title's.
_FIRST_OFFICE_AND = re.compile(r",\s*(?:(?-i:[A-Z])[\w-]*\s+)*(?P<head>(?-i:[A-Z])[\w-]*)\s+(?:and|&)\s+")


def _appositive_subject(sentence: str, before: Sequence[Mention], subjects: list[Mention]) -> list[Mention]:
    """The named person whose offices the subjects are ("Ana Ruiz, Assistant to the President and
    National Economic Advisor convened …"), with those offices as one title; else the subjects."""
    if not subjects or any(m.name for m in subjects):
        return subjects
    k = before.index(subjects[0])
    prev = before[k - 1] if k else None
    if prev is None or prev.name is None or any(m.name for m in before[: k - 1]):
        # several people named with their offices ("X, …, Y, …, and Z, Assistant to the …"): the
        # name reader's spans are not to be trusted there; leave the subjects as read
        return subjects
    gap = _OFFICE_APPOSITIVE.fullmatch(sentence, prev.end, subjects[0].start)
    first = _FIRST_OFFICE_AND.fullmatch(sentence, prev.end, subjects[0].start)
    if gap is None and (first is None or not is_title_word(first.group("head"))):
        return subjects
    office = sentence[prev.end : subjects[-1].end].strip(" ,")
    return [attrs.evolve(prev, titles=(*prev.titles, office))]


def _subjects(sentence: str, before: Sequence[Mention]) -> list[Mention]:
    """The last mention before the event clause and those coordinated with it ("X and Y met")."""
    subjects: list[Mention] = list(before[-1:])
    for prev in reversed(before[:-1]):
        if not _coordinated(sentence, prev, subjects[0]):
            break
        subjects.insert(0, prev)
    return subjects


def _objects(sentence: str, after: Sequence[Mention]) -> list[Mention]:
    """The first mention after the event clause and those coordinated with it ("... with X and Y")."""
    objects: list[Mention] = []
    for m in after:
        if objects and not _coordinated(sentence, objects[-1], m):
            break
        if objects and _SAID_AFTER.match(sentence, m.end):
            # "... with Minister X, Spokesman Y said in a statement": Y reports the event.
            break
        objects.append(m)
    return objects


#: An event clause that is an adverbial phrase ("in a meeting at", "in a phone call with").
_ADVERBIAL = re.compile(r"in\s", _I)
#: An event clause that is a place in a meeting ("at a meeting with"): its object is the other side.
_AT_MEETING = re.compile(r"at\s", _I)


def _leading_group(sentence: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The first mention and those coordinated with it ("X and Y")."""
    group = list(mentions[:1])
    for m in mentions[1:]:
        if not _coordinated(sentence, group[-1], m):
            break
        group.append(m)
    return group


def _kin(p: Principal, m: Mention) -> bool:
    """Two full names in one sentence with one family name but other given names are two people
    ("Gurbanguly Berdimuhamedov and Serdar Berdimuhamedov")."""
    a, b = (p.name or "").split(), (m.name or "").split()
    if len(a) < 2 or len(b) < 2:
        return False
    given_a, given_b = fold(a[0]), fold(b[0])
    return given_a != given_b and not near_spelling(given_a, given_b)


def _same_person(a: Principal, b: Mention) -> bool:
    """True when a named mention can be a named principal."""
    if a.name and b.name:
        return may_be_same_person(a.name, b.name)
    return False


_ABBREVIATION = re.compile(r"[A-Z]{2,5}(?:/[A-Z]{2,5})*")


#: Spelled-out and inverted forms of one office (title_synonyms.toml, as the statement finder reads
#: them): "Minister for Foreign Affairs of Peru" and a headline's "Foreign Minister of Peru" are one.
_TITLE_SYNONYMS = load_table("readoutlib.languages", "en/title_synonyms.toml").compiled()


def _one_spelling(title: str) -> str:
    """A folded title, its office in one spelling ("minister for foreign affairs" → "foreign minister")."""
    for pattern, office in _TITLE_SYNONYMS:
        title = pattern.sub(office, title)
    return title


def _titles_compatible(titles: Sequence[str], office: str) -> bool:
    """True when an office ("PM", "EAM", "the Foreign Minister") fits one of ``titles``.

    An abbreviation fits a title with the same initials; one part of a double title fits it
    ("High Representative" and "High Representative/Vice-President").
    """
    bare = office.strip()
    if bare[:4].lower() == "the ":
        bare = bare[4:]
    if _ABBREVIATION.fullmatch(bare) and any(
        initials(t) == bare or bare in initials(t).split("/") for t in titles
    ):
        return True
    # each as written and in one spelling ("Foreign Minister of Peru" fits "Minister for Foreign
    # Affairs of Peru"; "Minister" still fits "Minister of Foreign Affairs, African Cooperation …")
    wants = {normalise_title(bare), _one_spelling(normalise_title(bare))}
    for title in titles:
        folded = {normalise_title(p) for p in (title, *title.split("/"))}
        for have in folded | {_one_spelling(f) for f in folded}:
            for want in wants:
                if have == want or have.startswith(want + " ") or want.startswith(have + " "):
                    return True
                if have.endswith(" " + want) or want.endswith(" " + have):
                    return True
    return False


_OFFICE_FILLER = frozenset(("of", "for", "the", "and", "&", "affairs"))


def _office_key(title: str) -> frozenset[str]:
    """The words of an office in any order, without its country: "Minister of Foreign Affairs of
    Kenya" and "Foreign Minister" give the same key."""
    parts = re.split(r"\s+of\s+", title)
    for cut in range(1, len(parts)):
        if country_from_name(re.sub(r"^the\s+", "", " of ".join(parts[cut:]), flags=_I)):
            parts = parts[:cut]
            break
    words = normalise_title(" of ".join(parts)).replace("/", " ").split()
    return frozenset(w for w in words if w not in _OFFICE_FILLER)


def _add_titles(
    principal: Principal, titles: Sequence[str], *, headline: bool = False, first: bool = False
) -> None:
    """Add titles not already covered: "Secretary" adds nothing to "Secretary of State".

    A headline's wording of a title the body already gives ("Foreign Minister" for "Minister of
    Foreign Affairs") is the same office and is not added.
    """
    inserted = 0
    for title in titles:
        if principal.titles and re.fullmatch(r"[A-Z/.&-]+", title.replace(" ", "")):
            # "PM", "HR/VP", "EAM": an abbreviation of a title the principal already has.
            continue
        norm = normalise_title(title)
        if any(norm in normalise_title(t) for t in principal.titles):
            continue
        if headline and any(_office_key(title) == _office_key(t) for t in principal.titles):
            continue
        if first:
            # A lead line printed above the body: its titles come first in page order.
            principal.titles.insert(inserted, title)
            inserted += 1
        else:
            principal.titles.append(title)


def _from_mention(m: Mention, *, from_title: bool = False) -> Principal:
    """A new principal from a mention."""
    return Principal(m.name, list(m.titles), m.country, office=m.office, from_title=from_title)


#: A byline run into the text: "Posted On: 24 MAR 2026 8:48PM by Press Desk The Minister ...".
_BYLINE_BEFORE = Gated.of(
    re.compile(r"\b(?:posted|published|issued|released|written)\b[^.!?]{0,60}?\bby\s+$", _I)
)


def _byline_before(text: str) -> bool:
    """Whether ``text`` ends with a byline's "... by " (searched only where it ends with "by" and a
    space, which every match does: most names have no "by" before them)."""
    return text[-1:].isspace() and text.rstrip()[-2:].lower() == "by" and bool(_BYLINE_BEFORE.search(text))


#: The author of a statement named in its headline ("Statement by NSC Spokesperson Ana Ruiz on
#: the President's Call with ...") wrote the page; they are not a side of the event.
_AUTHOR_BEFORE = Gated.of(
    re.compile(
        r"\b(?:statement|remarks|readout|comments?|note|posted|issued|released)\s+(?:\w+\s+){0,2}?by\s+"
        r"(?:the\s+)?(?:[A-Z]{2,}\s+)?$"
        # "Readout from NSC Spokesperson X on …", "Statement From Senior Advisor and Chief Spokesperson X
        # on …": "from" right after the genre word names the author too, whose offices may be two
        r"|\b(?:statement|readout)\s+from\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+(?:and\s+)?){0,4}$"
        # a headline that is the reporter's byline ("By A B, Agency": issue #8, en-al's GNA copy)
        r"|^\s*by\s+$",
        _I,
    )
)


def _title_mentions(title: str, profile: Profile) -> list[Mention]:
    """People in the headline, without its author, without names the page's encoding garbled
    ("Mevl�t �avu?o?lu") and without a sender or a principal's proxy ("PM Appreciates Greetings from
    President X": issue #8, en-ad), as in the body; the profile's title patterns narrow the search."""
    people = _title_people(title, profile)
    return [
        m
        for at, m in people
        if not _authored(title, at, m)
        and not _garbled(title, at + m.start, at + m.end)
        and not _NOT_PRINCIPAL_BEFORE.search(title[: at + m.start])
    ]


def _authored(title: str, at: int, m: Mention) -> bool:
    """True when the headline names ``m`` as the page's author: before the mention, or before its name
    where the mention's offices run back into the genre word ("Statement From Senior Advisor and Chief
    Spokesperson X on …" is one mention from "Statement")."""
    if _AUTHOR_BEFORE.search(title[: at + m.start]):
        return True
    name_at = title.find(m.name, at + m.start, at + m.end) if m.name else -1
    return name_at > at + m.start and bool(_AUTHOR_BEFORE.search(title[:name_at]))


def _name_first_person(principals: Sequence[Principal], title: str, profile: Profile) -> None:
    """An author telling the event as "I" ("I held a telephone talk with ...") is the author the
    headline names ("Press Statement by Prime Minister Ana Ruiz on ...", "Statement by the
    President on ..."), where the headline gave the first person no other name."""
    author = next((p for p in principals if p.first_person and p.name is None and p.office is None), None)
    if author is None:
        return
    for at, m in _title_people(title, profile):
        if _AUTHOR_BEFORE.search(title[: at + m.start]) and not _garbled(title, at + m.start, at + m.end):
            author.name, author.office = m.name, (None if m.name else m.office)
            _add_titles(author, m.titles)
            author.country = author.country or m.country
            return


def _name_first_person_by_byline(principals: Sequence[Principal], byline: str, profile: Profile) -> None:
    """An author telling the event as "I" whom the headline does not name is the office or person
    the page's byline names first ("[Source] Prime Minister of Japan and His Cabinet": the Prime
    Minister of Japan)."""
    author = next((p for p in principals if p.first_person and p.name is None and p.office is None), None)
    m = next(iter(_mentions(byline, profile)), None) if author is not None else None
    if author is None or m is None:
        return
    author.name, author.office = m.name, (None if m.name else m.office)
    _add_titles(author, m.titles)
    author.country = author.country or m.country


def _garbled(text: str, start: int, end: int) -> bool:
    """True when a mention (or the character after it) holds an encoding's replacement mark."""
    return "\ufffd" in text[start : end + 1]


def _title_people(title: str, profile: Profile) -> list[tuple[int, Mention]]:
    """Headline mentions, each with the offset of the text it was found in."""
    for pattern in _profile_patterns(profile.title_patterns):
        m = pattern.search(title)
        if not m:
            continue
        found: list[tuple[int, Mention]] = []
        for group in ("a", "b"):
            if group in pattern.groupindex and m.group(group):
                found.extend((m.start(group), x) for x in _mentions(m.group(group), profile))
        if found:
            return found
    return [(0, x) for x in _mentions(title, profile)]


def find_principals(
    title: str | None,
    opening: Opening | None,
    paragraphs: Sequence[str],
    profile: Profile,
    *,
    summary: str | None = None,
    byline: str | None = None,
) -> list[Principal]:
    """The principals from the opening sentence, then the headline, then anyone who joined.

    A ``byline`` (who issued the page) names an author telling the event as "I" where the
    headline does not."""
    principals = _first_principals(title, opening, paragraphs, profile)
    if summary:
        # A lead line the layout kept apart ("The UK Foreign Secretary Ana Ruiz and ... met"):
        # it may name a principal the body calls only by office.
        _merge_title(principals, _clause_mentions(summary, profile), append=False)
    if title:
        mentions = [m for m in _title_mentions(title, profile) if not _menu_words(m, paragraphs)]
        mentions = _nicknames_named(mentions, principals, paragraphs)
        _merge_title(principals, _without_role_holders(title, mentions, principals), headline=True)
        _name_first_person(principals, title, profile)
        _add_headline_guest(principals, title, paragraphs, profile)
    if byline:
        _name_first_person_by_byline(principals, byline, profile)
    _add_joiners(principals, paragraphs, profile)
    if opening is not None:
        _add_members_met(principals, opening, paragraphs, profile)
        _add_group_members(principals, opening, paragraphs, profile)
        _add_listed_envoys(principals, opening, paragraphs, profile)
        _add_participants_listed(principals, opening, paragraphs, profile)
        _add_group_callers(principals, opening, paragraphs, profile)
        _name_listed_by_later(principals, opening, paragraphs, profile)
        _add_meetings_list(principals, opening, paragraphs, profile)
        _add_semicolon_list(principals, opening, paragraphs, profile)
    if opening is not None and sum(1 for p in principals if p.name) == 1:
        _add_trip_inviter(principals, opening, paragraphs, profile)
        _add_other_side_head(principals, opening, paragraphs, profile)
    if opening is not None and not any(p.name for p in principals):
        _add_unnamed_sides(principals, opening, paragraphs, profile)
    if opening is not None:
        _add_gathering_members(principals, opening, paragraphs, profile)
    if opening is not None and not principals:
        _add_event_roles(principals, opening, paragraphs, profile)
    _full_names(principals, paragraphs, profile)
    _own_offices(principals, paragraphs, profile)
    if opening is not None:
        _name_offices_around(principals, (title, summary), opening, paragraphs, profile)
    elif paragraphs:
        # No opening ("A meeting between X and Serbian President Y is held …"): the headline's office
        # ("… met with Serbian President") is the one person the lead names with its title.
        _name_offices(principals, paragraphs[:1], profile)
        # … and, as after an opening, the one holder the body then calls by that office ("Receives
        # Sylvanian Ambassador", the lead's verb no opening, then "Ambassador Ruiz said").
        if _name_later_offices(principals, paragraphs[:8], profile):
            _full_names(principals, paragraphs, profile)
    _name_offices_by_next_name(principals, (title, *paragraphs[:_NEXT_NAME_PARAGRAPHS]), profile)
    _part_joint_offices(principals, paragraphs)
    kept = _without_named_office_holders(
        _without_office_twins(_kept_principals(principals)), paragraphs, profile
    )
    return _offices_of_untitled(kept)


def _offices_parted(first: str, second: str, paragraphs: Sequence[str]) -> bool:
    """True when the body writes the two offices each with its own article, joined: "the Chancellor and
    the Prime Minister" (two people), not "the Chancellor and Prime Minister" (one or two)."""
    words = [r"\s+".join(map(re.escape, office.split())) for office in (first, second)]
    parted = re.compile(rf"\bthe\s+{words[0]}\s+and\s+the\s+{words[1]}\b", _I)
    return any(parted.search(paragraph) for paragraph in paragraphs)


def _part_joint_offices(principals: list[Principal], paragraphs: Sequence[str]) -> None:
    """A name the lead gave two offices joined before it ("The Chancellor and Prime Minister X"), that
    the body then writes as two people ("the Chancellor and the Prime Minister welcomed …"): the name
    keeps the office next to it; the first is another principal, unnamed, on the same side (issue #8,
    en-be: a Taoiseach and a Prime Minister met)."""
    for p in list(principals):
        if p.name is None or len(p.titles) != 2 or not _offices_parted(p.titles[0], p.titles[1], paragraphs):
            continue
        first = p.titles[0]
        if any(q.name is None and q.office and _titles_compatible([q.office], first) for q in principals):
            continue
        p.titles = p.titles[1:]
        principals.insert(principals.index(p), Principal(None, [first], None, office=first, side=p.side))


#: How many body paragraphs ``_name_offices_by_next_name`` reads: a courtesy call names its visitor early.
_NEXT_NAME_PARAGRAPHS = 6
#: The most words between an office and its holder's name ("Minister of Economy, Trade, and Industry
#: of Japan Saito Ken": the rest of a portfolio, a country, a posting, a style).
_NEXT_NAME_GAP_WORDS = 12
#: The lower-case words an office's complement or posting holds between it and its holder's name.
_GAP_GLUE = frozenset(("of", "the", "in", "to", "for", "on", "at", "and", "&", ","))


def _office_words(office: str) -> re.Pattern[str]:
    """The office as written anywhere, in any case, hyphen or space between its words ("Consul
    General", "Consul-General", "the Cuban ambassador")."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", office.strip()) if w]
    return re.compile(r"\b" + r"[\s-]+".join(words) + r"\b", _I)


def _holder_gap(gap: str) -> bool:
    """True for what may stand between an office and its holder's name: the rest of its title, a
    country, a posting, a style ("of Japan", ", Trade, and Industry of Japan", "in Chennai,"): only
    capitalised words and the glue of a title, never a verb, and no "and" right before the name
    ("the Minister and Ana Ruiz" names two people)."""
    words = gap.replace(",", " , ").split()
    if len(words) > _NEXT_NAME_GAP_WORDS:
        return False
    if not all(w in _GAP_GLUE or w[:1].isupper() for w in words):
        return False
    last = next((w for w in reversed(words) if w != ","), None)
    return last not in ("and", "&", "of", "to", "for", "the")


def _next_name_holders(p: Principal, texts: Sequence[str | None], profile: Profile) -> list[Mention]:
    """The people the ``texts`` name right after ``p``'s office, with no title of their own: "the
    Consul-General of Ruritania in Brisbane Dr Ana Ruiz", "the Cuban ambassador in Argentina, Ana Ruiz"."""
    pattern = _office_words(p.office or "")
    holders: list[Mention] = []
    for text in texts:
        if not text or not pattern.search(text):
            continue
        for sentence in (s.text for s in split_sentences(text)):
            named = [m for m in _named_mentions(sentence, profile) if m.name]
            for found in pattern.finditer(sentence):
                after = [m for m in named if _name_start(m) >= found.end()]
                if not after or after[0].titles or p.country not in (None, after[0].country or p.country):
                    continue
                if _holder_gap(sentence[found.end() : _name_start(after[0])]):
                    holders.append(after[0])
    return holders


def _name_start(m: Mention) -> int:
    return m.name_start if m.name_start >= 0 else m.start


def _name_offices_by_next_name(
    principals: list[Principal], texts: Sequence[str | None], profile: Profile
) -> None:
    """Name a principal the page calls only by office ("The Consul General also invited …") by the
    one person it names right after that office, with nothing but the office's complement, posting or
    a style between ("The U.S. Consul General in Chennai, Ana Ruiz, called on …"): a courtesy call
    names its visitor once, then uses the office."""
    for p in principals:
        if p.name is not None or not p.office or p.listed:
            continue
        holders = [
            m
            for m in _next_name_holders(p, texts, profile)
            if not any(q.name and may_be_same_person(q.name, m.name or "") for q in principals)
        ]
        office = p.office
        if _give_holder(p, holders) is not None:
            p.titles = p.titles or [office]


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@lru_cache(maxsize=1)
def _counted_group_pattern() -> re.Pattern[str]:
    """A counted plural office the opening met, its countries unnamed there: "met today with four
    Central Asian foreign ministers"."""
    return re.compile(
        rf"\bwith\s+(?:the\s+|his\s+|her\s+)?(?P<count>{'|'.join(_COUNTS)}|\d{{1,2}})\s+"
        rf"(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}(?P<office>{_GROUP_OFFICES.alternation()})\b",
        _I,
    )


@lru_cache(maxsize=1)
def _counted_list_pattern() -> re.Pattern[str]:
    """The countries of a counted group, listed later: "Welcoming ministers from A, B, C and D"."""
    return re.compile(
        r"\b(?:ministers|leaders|counterparts|presidents|heads\s+of\s+\w+)\s+(?:from|of)\s+"
        rf"(?P<countries>{_LISTED_COUNTRY}(?:\s*,\s*(?:and\s+)?{_LISTED_COUNTRY}|\s+and\s+{_LISTED_COUNTRY})+)",
        _I,
    )


def _add_counted_group(principals: list[Principal], opening: Opening, paragraphs: Sequence[str]) -> None:
    """The members of a counted plural office the opening met ("met with four Central Asian foreign
    ministers"), one per country, when the opening's paragraph then lists exactly that many countries
    for them ("Welcoming ministers from A, B, C and D"): each named by the office, as a listed group is."""
    found = _counted_group_pattern().search(opening.sentence)
    if found is None or any(p.listed for p in principals) or not 0 <= opening.paragraph < len(paragraphs):
        return
    count = _COUNTS.get(found.group("count").lower()) or int(found.group("count"))
    listed = _counted_list_pattern().search(paragraphs[opening.paragraph], opening.offset + found.end())
    if listed is None:
        return
    codes = [country_from_name(c.group()) for c in _LISTED_ONE.finditer(listed.group("countries"))]
    if len(codes) != count or None in codes or len(set(codes)) != count:
        return
    office = _group_office_label(found.group("office"))
    principals.extend(Principal(None, [office], code, office=office, side=1, listed=True) for code in codes)


#: A letter or message from one person carried by another: "received a letter from Emir X, delivered by
#: Foreign Minister Y".
_CARRIED_LETTER = re.compile(
    r"\b(?:letter|message)\s+from\s+(?P<sender>[^.;]{3,160}?),?\s+"
    r"(?:delivered|conveyed|carried|handed\s+over|brought)\s+by\s+",
    _I,
)


def _bearer_for_sender(principals: list[Principal], sentence: str, profile: Profile) -> None:
    """The person who carried a letter the opening's principal received is the side met, not its
    sender, who is only mentioned ("received a letter from Emir X, delivered by Foreign Minister Y":
    Y, not X)."""
    carried = _CARRIED_LETTER.search(sentence)
    if carried is None:
        return
    mentions = [m for m in _named_mentions(sentence, profile) if m.start >= carried.start("sender")]
    sender = next((m for m in mentions if m.start < carried.end("sender")), None)
    bearer = next((m for m in mentions if m.start >= carried.end()), None)
    # names compared whole: sender and bearer may share a family name ("… Al Sabah")
    if sender is None or bearer is None or any(p.name == bearer.name for p in principals):
        return
    at = next((k for k, p in enumerate(principals) if p.name == sender.name), None)
    if at is not None:
        principals[at] = attrs.evolve(_from_mention(bearer), side=principals[at].side)


#: What ends an office's words before its holder's name: a lowercase word that is none of an office's
#: description's ("of", "at the", "in charge of", "accredited to", "designated as representative to"):
#: a clause's verb ("The President expressed his … over X"), "with", a relative; a semicolon or
#: bracket; a sentence's end (not an abbreviation's point: "Dr.", "U.S.").
_LONG_TITLE_STOP = re.compile(
    r"\b(?!(?:of|the|at|in|for|to|on|and|charge|accredited|designated|as|representative)\b)(?-i:[a-z])[\w’'-]*"
    r"|[;:()]|(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.!?](?:\s|$)",
    _I,
)
#: A titled holder set off after the office's description ("… of Sylvania at the OSCE, Ambassador
#: Ana Ruiz"); "and" there joins another person ("the Minister of Sylvania and President Ruiz").
_APPOSED_GAP = re.compile(r"(?:(?!\band\b)[^,])*,\s*", _I)
#: The styles and comma between a long office and its holder's name ("…, H E", " Dr.").
_STYLE_AFTER_TITLE = re.compile(r"(?:[\s,]+(?:H\.?\s?E\.?|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?))*[\s,]*$")
#: The most words an office's own description may run before its holder's name.
_LONG_TITLE_WORDS = 14


def _own_start(text: str, m: Mention) -> int:
    """Where ``m``'s own words start: its first title's, else its name's."""
    if m.titles:
        at = text.find(m.titles[0], m.start, m.end)
        return m.start if at < 0 else at
    return m.start if m.name_start < 0 else m.name_start


def _long_title_holder(text: str, office: str, mentions: Sequence[Mention]) -> tuple[Mention, str] | None:
    """The person named right after ``office`` in ``text`` once the office's own description ends
    ("Under Secretary for Policy at the Department of Home Affairs H E Ana Ruiz", "Secretary of
    State in charge of Tourism Ana Ruiz", "the new Ambassador of Sylvania accredited to Ruritania,
    Ana Ruiz"): the first untitled named mention after it, or a titled one set off by a comma, with
    no verb, relative or sentence end between, and the office's long form as written. None when the
    text has no such mention."""
    for found in re.finditer(rf"\b{re.escape(office)}\b", text, _I):
        for m in mentions:
            # a mention may start at words the scan took for no title ("… Security H E", "Council, ")
            at = _own_start(text, m)
            if at < found.end() or not m.name:
                continue
            gap = text[found.end() : at]
            # a country's own lowercase words stop nothing ("… of the Republic of Côte d’Ivoire, X")
            bare = re.sub(COUNTRY_PATTERN, "Country", gap)
            if len(gap.split()) > _LONG_TITLE_WORDS or _LONG_TITLE_STOP.search(bare):
                break
            if not m.titles or _APPOSED_GAP.fullmatch(gap):
                return m, _STYLE_AFTER_TITLE.sub("", text[found.start() : at])
    return None


def _name_offices_by_long_title(principals: list[Principal], later: Sequence[str], profile: Profile) -> bool:
    """Name a principal the page calls only by office by the person its office's long form names in
    the opening or the body ("held a meeting with Under Secretary for Policy at the Department of
    Home Affairs H E Ana Ruiz": the scan's title stops at "at the", so Ruiz stood untitled and the
    bare office stayed a participant; fam153)."""
    done = False
    for p in principals:
        if p.name is not None or not p.office:
            continue
        for text in later:
            office = p.office.removeprefix("the ").removeprefix("The ")
            found = _long_title_holder(text, office, _named_mentions(text, profile))
            if found is None:
                continue
            m, title = found
            if m.country not in (None, p.country) or any(
                q.name and may_be_same_person(q.name, m.name or "") for q in principals
            ):
                continue
            p.name = m.name
            p.office = None
            # the office's long form as the page writes it ("… at the Department of Home Affairs")
            p.titles = [title if t.lower() == office.lower() else t for t in p.titles]
            _add_titles(p, m.titles)
            p.country = p.country or m.country or _title_named_country(p, ())
            done = True
            break
    return done


#: A one-word nickname in quotes right after a name's last word: "Pushpa Kamal Dahal 'Prachanda'".
_NICKNAME = re.compile(r"((?-i:[A-Z])[\w’'-]+)\s+[‘'\"“]((?-i:[A-Z])[\w-]+)[’'\"”]")


def _nicknames_named(
    mentions: Sequence[Mention], principals: Sequence[Principal], paragraphs: Sequence[str]
) -> list[Mention]:
    """The headline's mentions, one that calls a principal by the nickname the body quotes after
    that principal's name ("… Calls On Prime Minister Prachanda") renamed to the principal, the
    body's country standing (a headline's country words are the other side's as often as not)."""
    nicknames: dict[str, str] = {}
    for para in paragraphs[:3]:
        for found in _NICKNAME.finditer(para):
            for p in principals:
                if p.name and p.name.split()[-1] == found.group(1):
                    nicknames.setdefault(found.group(2), p.name)
    return [
        attrs.evolve(m, name=nicknames[m.name], country=None) if m.name in nicknames else m for m in mentions
    ]


def _add_unnamed_sides(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The sides of an opening that names nobody: the people its "They" stands for, else the hosts."""
    _add_pronoun_pair(principals, opening, paragraphs, profile)
    if not any(p.name for p in principals):
        _add_attendees(principals, opening, paragraphs, profile)
    if not principals:
        # no side at all, not even an office the later names would fill ("the Russian Foreign Minister")
        principals.extend(_following_subjects(opening, paragraphs, profile))
    if not principals:
        principals.extend(_listed_countries_named_later(opening, paragraphs, profile))
    if not any(p.name for p in principals):
        _add_hosts(principals, opening, paragraphs, profile)


#: What may stand before a sentence's subject: nothing, or one short phrase set off by a comma
#: ("During the talks, ", "On that occasion, ").
_SET_OFF_LEAD = re.compile(r"\W*(?:[^,.;:]{1,40},\s*)?")


def _following_subjects(opening: Opening, paragraphs: Sequence[str], profile: Profile) -> list[Principal]:
    """The sides of an opening that names nobody ("The heads of two diplomacies met on Monday to
    discuss …"), named by the next sentence as its joint subject: "During the talks, Minister X and
    Minister Y agreed …" (two or more people named in full, joined by "and", then their verb in
    the past; issue #8, en-ao)."""
    for sentence in _following_sentences(opening, paragraphs, limit=2):
        mentions = _mentions(sentence, profile)
        if not mentions or _SET_OFF_LEAD.fullmatch(sentence, 0, _start_of(mentions[0])) is None:
            continue
        group = _leading_group(sentence, mentions)
        if len(group) < 2 or not all(m.name and len(m.name.split()) >= 2 for m in group):
            continue
        if _PAST_VERB_AFTER.match(sentence, group[-1].end):
            return [attrs.evolve(_from_mention(m), side=min(index, 1)) for index, m in enumerate(group)]
    return []


#: How many sentences after an opening of listed countries' offices may name their holders.
_LISTED_HOLDER_SENTENCES = 6


def _listed_countries_named_later(
    opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> list[Principal]:
    """The sides of an opening that names only an office of listed countries ("Defence ministers from
    A, B and C met …"), when the next sentences name one titled holder from each of those countries
    ("A-ian Defence Minister X said …, inviting B-ian Defence Minister Y and …"): every country found,
    else none (issue #8)."""
    listed = _counted_list_pattern().search(opening.sentence)
    if listed is None:
        return []
    codes = [country_from_name(c.group()) for c in _LISTED_ONE.finditer(listed.group("countries"))]
    if None in codes or len(set(codes)) != len(codes):
        return []
    holders: dict[str, Mention] = {}
    for sentence in _following_sentences(opening, paragraphs, _LISTED_HOLDER_SENTENCES, reach=2):
        for m in _mentions(sentence, profile):
            if m.name and m.titles and len(m.name.split()) >= 2 and m.country and m.country in codes:
                holders.setdefault(m.country, m)
    if len(holders) != len(codes):
        return []
    return [attrs.evolve(_from_mention(holders[c]), side=min(i, 1)) for i, c in enumerate(codes) if c]


#: The event "attended by" its sides, told after an opening whose subject is two bodies.
_ATTENDED_BY = re.compile(r"\b(?:attended|co-chaired)\s+by\s")


def _add_attendees(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The sides of an opening that names nobody ("The two foreign ministries held consultations
    on Monday."), named by the next sentence as the event's attendees: "The consultations, attended
    by Deputy Minister X and Deputy Minister Y, focused on ..." (two people at least, joined by "and")."""
    for sentence in _following_sentences(opening, paragraphs, limit=2):
        bys = list(_ATTENDED_BY.finditer(sentence))
        if not bys:
            continue
        named = [m for m in _mentions(sentence, profile) if m.name and m.start >= bys[0].end()]
        if len(named) >= 2 and " and " in sentence[named[0].end : named[1].start]:
            if len(bys) == 1:
                principals.extend(attrs.evolve(_from_mention(m), side=k) for k, m in enumerate(named[:2]))
            else:
                principals.extend(_chairs_of_each_side(sentence, bys, named))
            return


def _chairs_of_each_side(
    sentence: str, bys: Sequence[re.Match[str]], named: Sequence[Mention]
) -> list[Principal]:
    """The people each "co-chaired by" of one sentence names, two at most, each group a side: "The A
    side was co-chaired by W and X, while the B side was co-chaired by Y and Z" (a State Department
    dialogue's page in the bulk sample, fam227)."""
    ends = [by.start() for by in bys[1:]] + [len(sentence)]
    found: list[Principal] = []
    for side, (by, end) in enumerate(zip(bys, ends, strict=True)):
        group = [m for m in named if by.end() <= m.start < end][:2]
        found.extend(attrs.evolve(_from_mention(m), side=min(side, 1)) for m in group)
    return found


#: The gathering's own members as a clause's subject: "[A, B and C] attended the conference", "[…]
#: took part in the videoconference"; not "also attended" (those who came with a side).
_ATTENDED_GATHERING = Gated.of(  # searched in the sentences after every opening: gated on its verbs
    re.compile(
        r"(?<!\balso)\s+(?:(?:attended|took\s+part\s+in|participated\s+in|(?:are|were)\s+taking\s+part\s+in)"
        r"\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:conference|meeting|meet|summit|session|talks|call|videoconference|video\s+conference)\b"
        # the gathering the sentence before named: "A of P, B of Q, C of R are taking part in it"
        r"|(?:are|were)\s+taking\s+part\s+in\s+it\b)",
        _I,
    )
)
#: Who chaired the gathering: "the meeting was chaired by X", "held under the chairmanship of X".
_CHAIRED_BY = Gated.of(
    re.compile(
        r"\b(?:(?:was|were|and)\s+(?:co-)?(?:chaired|presided\s+over)\s+by|under\s+the\s+chairmanship\s+of)\s",
        _I,
    )
)
#: The gathering's members told in the passive, after it: "The meeting was attended by [A, B and C]";
#: not "was also attended by" (those who came beside its members).
_GATHERING_ATTENDED_BY = re.compile(
    r"\b(?:conference|meeting|meet|summit|session|talks|call|videoconference|video\s+conference)\s+"
    r"(?:was|were)\s+attended\s+by\s",
    _I,
)
#: The gathering's members told after it, inverted: "Present at the virtual meeting were [A, B and C]".
_PRESENT_AT_GATHERING = re.compile(
    r"\bPresent\s+at\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:conference|meeting|meet|summit|session|talks|call|videoconference|video\s+conference)\s+"
    r"were\s+(?:also\s+)?",
    _I,
)
#: A state's member named by whom it sends: "Ruritania is represented by X, the Speaker" (issue #8,
#: en-bi: a regional leaders' meeting one state attended through its speaker).
_REPRESENTED_BY = Gated.of(
    re.compile(rf"\b(?:{COUNTRY_PATTERN})\s+(?:is|was|were)\s+(?:being\s+)?represented\s+by\s")
)
_GATHERING_REACH = 6


def _add_gathering_members(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The members of a gathering whose opening names none of them ("Leaders of the G20 held the
    virtual summit", "The first meeting of deputy advisers was held between A, B and C"), named by the
    next sentences as its chair ("the meeting was chaired by X") and as those who attended it ("X,
    Y and Z attended the conference": two people at least, joined by "and"), in the order told.

    Nothing changes where the sides found so far name anyone else."""
    found = [
        (sentence, m)
        for sentence in _following_sentences(opening, paragraphs, limit=_GATHERING_REACH, reach=2)
        for m in _gathering_members(sentence, profile)
    ]
    # the opening's own chairs ("… held online and chaired by A and his counterpart B") are members too
    known = [m for _, m in found] + _gathering_members(opening.sentence, profile) if found else []
    if len(found) < 2 or any(p.name and not any(_same_person(p, m) for m in known) for p in principals):
        return
    # the opening's office words no member fills were no one's ("held the Extraordinary Summit")
    principals[:] = [p for p in principals if p.name or p.listed]
    for sentence, m in found:
        _add_member(principals, m, m.country or _item_country(sentence, m))


def _add_member(principals: list[Principal], m: Mention, country: str | None) -> None:
    """One member of a gathering, of ``country``: a side already found gets the country; a listed
    office of that country gets the name ("The presidents of A, B and C met", then "The presidents of
    A, X, B, Y …": X holds A's office); anyone else is a new side."""
    same = next((p for p in principals if _same_person(p, m)), None)
    if same is not None:
        same.country = same.country or country
        return
    office = next((p for p in principals if p.listed and not p.name and p.country == country), None)
    if office is None:
        principals.append(attrs.evolve(_from_mention(m), country=country, side=1))
    else:
        office.name, office.listed = m.name, False
        _add_titles(office, m.titles)


def _gathering_members(sentence: str, profile: Profile) -> list[Mention]:
    """The people one sentence names as a gathering's chair, then as those who attended it."""
    chair = _CHAIRED_BY.search(sentence)
    attended = _ATTENDED_GATHERING.search(sentence)
    by = _GATHERING_ATTENDED_BY.search(sentence) or _PRESENT_AT_GATHERING.search(sentence)
    sent = _REPRESENTED_BY.search(sentence)
    if chair is None and attended is None and by is None and sent is None:
        return []  # the phrases first: most sentences hold none, and need no name scan here
    named = [m for m in _mentions(sentence, profile) if m.name]
    members = _chairs(sentence, [m for m in named if m.start >= chair.end()]) if chair else []
    members += _listed_members(sentence, named, attended, by)
    members += [m for m in named if sent and m.start >= sent.end()][:1]
    return members


def _listed_members(
    sentence: str, named: Sequence[Mention], attended: re.Match[str] | None, by: re.Match[str] | None
) -> list[Mention]:
    """The list before "attended the meeting" and the list after "was attended by"."""
    before = [m for m in named if attended and m.end <= attended.start()]
    after = [m for m in named if by and m.start >= by.end()]
    return [
        *(before if _member_list(sentence, before) else ()),
        *(after if _member_list(sentence, after) else ()),
    ]


def _member_list(sentence: str, named: Sequence[Mention]) -> bool:
    """Whether ``named`` is a list of people: two joined by "and", or three or more set apart by commas
    alone ("Presidents A of P, B of Q, C of R are taking part")."""
    if len(named) < 2:
        return False
    return len(named) >= 3 or re.search(r"\band\s", sentence[named[-2].end : named[-1].start]) is not None


#: Between a chair and a co-chair: "… and his Chinese counterpart …".
_CO_CHAIR = re.compile(r"\s*and\s+(?:his|her)\s+\w+\s+counterpart\s*")


def _chairs(sentence: str, after: Sequence[Mention]) -> list[Mention]:
    """The gathering's chair named first after "chaired by", and a co-chair joined to him by "and"
    ("chaired by A and his Chinese counterpart B")."""
    if len(after) >= 2 and _CO_CHAIR.fullmatch(sentence[after[0].end : after[1].start]):
        return list(after[:2])
    return list(after[:1])


#: Where one item of a list of people ends: a comma, a semicolon, "and".
_ITEM_EDGE = re.compile(r".*(?:[,;]|\band\s)", re.S)


def _item_country(sentence: str, m: Mention) -> str | None:
    """The country the words of ``m``'s own list item give before the name ("Sri Lanka's Army head
    General X", "Maldives' Secretary of the office X"), when the mention itself has none."""
    head = sentence[: m.name_start]
    edge = _ITEM_EDGE.match(head)
    item = head[edge.end() if edge else 0 :]
    for word in _LISTED_BEFORE_ONE.finditer(item):
        code = country_from_name(word.group()) or country_from_demonym(word.group())
        if code is not None:
            return code
    # a list of countries each followed by its person: "The presidents of Chile, X, Colombia, Y"
    before = _COUNTRY_ITEM_BEFORE.search(head) if not item.strip() else None
    return country_from_name(before.group("country")) if before else None


_COUNTRY_ITEM_BEFORE = re.compile(rf"(?P<country>{COUNTRY_PATTERN})\s*,\s*$")


#: An opening whose subject is the two sides as a pronoun: "They spoke for 20 minutes on Friday".
_PRONOUN_PAIR = re.compile(r"^\W*They\s")


def _add_pronoun_pair(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The people an opening's "They" stands for, where the opening names nobody: those the first
    sentence of the paragraph before it names ("X agreed with his counterpart Y to discuss … later."
    above "They spoke for 20 minutes on Friday": issue #8, en-x, UNN)."""
    if opening.paragraph == 0 or not _PRONOUN_PAIR.match(opening.sentence):
        return
    first = next((s.text for s in split_sentences(paragraphs[opening.paragraph - 1])), "")
    named = [m for m in _mentions(first, profile) if m.name]
    if len(named) >= 2:
        principals.extend(attrs.evolve(_from_mention(m), side=k) for k, m in enumerate(named[:2]))


def _kept_principals(principals: Sequence[Principal]) -> list[Principal]:
    """The principals less an unnamed counterpart or first person of no office, two others' names run
    together, and a head's spouse."""
    return [
        p
        for p in principals
        if (p.name is not None or not (p.counterpart or (p.first_person and p.office is None)))
        and not _run_together(p, principals)
        and not _spouse(p)
    ]


#: A head of state's or government's spouse's title: "First Lady", "Second Gentleman".
_SPOUSE_TITLE = re.compile(r"(?:the\s+)?(?:first|second)\s+(?:lady|gentleman)", re.IGNORECASE)


def _spouse(p: Principal) -> bool:
    """True for a principal whose every title is a head's spouse's ("President X and First Lady Y
    hosted a state dinner for …"): the host's company, named but no side; every development gold
    keeps the spouse `mentioned` (en-af, en-aj, en-bn, en-bo ×2, en-u; fam234)."""
    return bool(p.titles) and all(_SPOUSE_TITLE.fullmatch(t.strip()) for t in p.titles)


def _menu_words(m: Mention, paragraphs: Sequence[str]) -> bool:
    """True when a headline's mention is a site's menu on the headline's line, no person: four or
    more untitled capitalised words whose last the body never uses ("Skriv Dela Texten Större Texten
    Mindre", a Swedish "Print Share Text Larger Text Smaller")."""
    words = m.name.split() if m.name and not m.titles else []
    if len(words) < 4:
        return False
    last = re.compile(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])")
    return not any(last.search(text) for text in paragraphs)


def _run_together(p: Principal, principals: Sequence[Principal]) -> bool:
    """True when ``p`` is two other principals' names run together, no person: untitled, each of its
    two or three words a word of another principal's name, two of them at least ("Bush Manmohan meet
    concludes" above "Prime Minister Manmohan Singh met US President George Bush")."""
    words = fold(p.name).split() if p.name and not p.titles else []
    if not 2 <= len(words) <= 3:
        return False
    owners: set[int] = set()
    for word in words:
        found = [k for k, q in enumerate(principals) if q is not p and word in fold(q.name or "").split()]
        if not found:
            return False
        owners.update(found)
    return len(owners) >= 2


#: What a headline's event verb may stand before its object: a bare family name ("Meets Nguesso,"),
#: perhaps after "with"/"to" ("Speaks with Berg").
_HEADLINE_GUEST = re.compile(
    r"\S+(?:\s+(?:talks\s+)?(?:with|to))?\s+((?-i:[A-Z])[\w’'-]+)(?![\w’'-]|\s+(?-i:[A-Z]))"
)


def _add_headline_guest(
    principals: list[Principal], title: str, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The other side of a news headline "Weah Meets Nguesso" whose event verb follows a principal's
    family name and takes a bare family name: the one person the body names in full with it ("Congo's
    President, Denis Sassou Nguesso"), with that mention's titles and country."""
    clause = event_clause(title)
    guest = _HEADLINE_GUEST.match(title, clause.start()) if clause else None
    if clause is None or guest is None:
        return
    before = title[: clause.start()].split()
    families = {surname(p.name) for p in principals if p.name}
    if not before or fold(before[-1]) not in families or fold(guest.group(1)) in families:
        return
    named = {
        m.name: m
        for text in paragraphs[:8]
        for m in _named_mentions(text, profile)
        if m.name and len(m.name.split()) >= 2 and surname(m.name) == fold(guest.group(1))
    }
    if len(named) == 1:
        m = max(
            (m for text in paragraphs[:8] for m in _named_mentions(text, profile) if m.name in named),
            key=lambda m: (m.country is not None, len(m.titles)),
        )
        principals.append(attrs.evolve(_from_mention(m), side=1))


def _without_role_holders(
    text: str, mentions: Sequence[Mention], principals: Sequence[Principal]
) -> list[Mention]:
    """The mentions less an unnamed role ("Head of state meets ...": a role of ``offices.toml``) that a
    principal holds one of the role's offices of ("President Petro Hnatenko"): the role is that
    principal, never an office-holder of its own ("The Head")."""
    kept: list[Mention] = []
    for m in mentions:
        if m.name is None:
            at = text[m.start :].lower()
            role = next((r for r in lx.ROLE_OFFICES if at.startswith(r)), None)
            if role is not None and any(_holds_role(p, role) for p in principals):
                continue
        kept.append(m)
    return kept


def _holds_role(p: Principal, role: str) -> bool:
    """True when ``role`` is a role of ``offices.toml`` ("head of state", any case, "the" before it
    or not) and one of the principal's titles holds one of its offices ("President")."""
    folded = role.strip().lower()
    offices = lx.ROLE_OFFICES.get(folded[4:] if folded.startswith("the ") else folded)
    return offices is not None and any(f" {o} " in f" {t.lower()} " for t in p.titles for o in offices)


def _first_principals(
    title: str | None, opening: Opening | None, paragraphs: Sequence[str], profile: Profile
) -> list[Principal]:
    """The opening's principals; where it names nobody, the people its subjects' surnames stand for,
    else the joint subject of a sentence before it, else a plural office's pair of surnames in the
    headline or lead ("between Presidents Ruiz and Berg")."""
    if opening is None:
        return _headline_office_pair(title, paragraphs, profile)
    principals = _opening_principals(opening, paragraphs, profile)
    _bearer_for_sender(principals, opening.sentence, profile)
    _add_counted_group(principals, opening, paragraphs)
    texts = [t for t in (title, *paragraphs[:12]) if t]
    if not any(p.name for p in principals):
        principals += _surname_subjects(opening, texts, profile)
    elif all(p.side == 1 for p in principals):
        principals[:0] = _lone_surname_subject(opening, texts, profile)
    if not any(p.name for p in principals):
        principals = _earlier_subjects(opening, paragraphs, profile) or principals
    if not any(p.name for p in principals):
        # a headline or lead naming both by a plural office and surnames, the opening neither
        principals[:0] = _headline_office_pair(title, paragraphs, profile)
    return principals


def _name_offices_around(
    principals: list[Principal],
    heads: tuple[str | None, str | None],
    opening: Opening,
    paragraphs: Sequence[str],
    profile: Profile,
) -> None:
    """Name the principals known only by office from the headline, summary and text before the
    opening, then from the paragraphs after it ("Ambassador Chung", later "Julie Chung")."""
    earlier = [*paragraphs[: opening.paragraph], paragraphs[opening.paragraph][: opening.offset]]
    _name_offices(principals, [t for t in (*heads, *earlier) if t], profile)
    if paragraphs:
        _name_office_by_lead_pair(principals, paragraphs[0], profile)
    if heads[0] and paragraphs:
        _name_office_by_headline_pair(principals, heads[0], paragraphs, profile)
    if _name_later_offices(principals, paragraphs[opening.paragraph : opening.paragraph + 8], profile):
        _full_names(principals, paragraphs, profile)
    _name_offices_by_later_pair(principals, opening, paragraphs, profile)
    _name_rest_by_later_pair(principals, opening, paragraphs, profile)
    _name_office_by_lone_reporter(principals, paragraphs[opening.paragraph + 1 : opening.paragraph + 8])
    _name_offices_by_long_title(principals, paragraphs[opening.paragraph : opening.paragraph + 8], profile)


#: Capitalised sentence subjects that are no one's name: pronouns, quantifiers and the newswire's
#: unnamed sources ("They said", "Both agreed", "Officials said").
_NO_NAME_SUBJECTS = frozenset(
    {
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "both",
        "each",
        "all",
        "this",
        "these",
        "those",
        "there",
        "one",
        "officials",
        "sources",
    }
)


@lru_cache(maxsize=1)
def _lone_reporter_pattern() -> re.Pattern[str]:
    """One capitalised word opening a sentence before a reporting verb ("Marek thanked …", "Marek
    also briefed …")."""
    verbs = sorted({verb.split()[0] for verb in lx.REPORTING_VERBS}, key=len, reverse=True)
    return re.compile(
        r"(?-i:(?P<word>[A-Z][\w’'-]+))\s+(?:(?:also|further|then|later)\s+)?"
        rf"(?:{'|'.join(map(re.escape, verbs))})\b"
    )


def _lone_reporter_words(later: Sequence[str]) -> set[str]:
    """The single capitalised words that open a sentence of ``later`` as a reporting verb's subject."""
    pattern = _lone_reporter_pattern()
    found = (pattern.match(s.text) for text in later for s in split_sentences(text))
    return {m.group("word") for m in found if m is not None}


def _no_person_word(word: str, text: str) -> bool:
    """Whether ``word`` stands for no one the page names by it alone: a pronoun or source, a
    country, its demonym or capital, an organisation, or a word the page also writes lowercase."""
    return (
        word.lower() in _NO_NAME_SUBJECTS
        or word.upper() in ORGANISATION_CODES
        or any(find(word) for find in (country_from_name, country_from_demonym, country_of_capital))
        or re.search(rf"\b{re.escape(word.lower())}\b", text) is not None
    )


def _name_office_by_lone_reporter(principals: list[Principal], later: Sequence[str]) -> None:
    """Name the one principal the opening calls only by office ("Ruritania's Minister of Foreign
    Affairs has held a phone conversation with his Freedonian counterpart Ana Lind") by the one bare
    family name the paragraphs after it make a reporting verb's subject ("Marek thanked Freedonia
    …"), where the page gives that name to no one else: a newswire writes the office first and the
    name by itself after."""
    office, named = _sole_office(principals)
    if office is None or not later:
        return
    text = "\n".join(later)
    words = {
        word
        for word in _lone_reporter_words(later)
        if not _no_person_word(word, text) and not any(surname(p.name or "") == fold(word) for p in named)
    }
    if len(words) != 1:
        return
    word = words.pop()
    longer = rf"(?-i:[A-Z])[\w’'-]*[^\S\n]+{re.escape(word)}\b|\b{re.escape(word)}[^\S\n]+(?-i:[A-Z])"
    if re.search(longer, text):
        return  # part of a longer name somewhere: another person's, or one the scan reads already
    office.name, office.office = word, None


#: "with his Armenian counterpart": the other side's country, named by its demonym only.
_DEMONYM_COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+(?P<demonym>(?-i:[A-Z])[\w-]+)\s+counterparts?\b", _I
)


def _name_offices_by_later_pair(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """Name an opening that calls its sides by office only ("the Russian Foreign Minister held a
    telephone conversation with his Armenian counterpart") by the two people a following sentence
    names as its joint subject ("Sergey Lavrov and Ararat Mirzoyan reviewed …"), in that order; the
    counterpart the opening names by a demonym alone is the second of them. Offices of more countries
    ("Foreign ministers of Turkey, Germany, France and the U.K. held …") take a later group of as
    many people, in order."""
    if not principals or any(p.name or p.first_person for p in principals):
        return
    wanted = max(2, len(principals))
    following = _following_sentences(opening, paragraphs)
    if following and _name_offices_by_subject_and_object(principals, following[0], profile):
        return
    for sentence in following:
        if _name_offices_by_between_pair(principals, sentence, profile):
            return
        group = _reported_group(sentence, _mentions(sentence, profile))
        if len(group) != wanted or not all(m.name and len(m.name.split()) >= 2 for m in group):
            if _name_offices_by_clause_sides(principals, sentence, profile):
                return
            continue
        if _PAST_VERB_AFTER.match(sentence, group[-1].end) is None:
            continue
        if len(principals) == 1:
            other = _DEMONYM_COUNTERPART.search(opening.sentence)
            if other is None:
                return
            country = country_from_demonym(other.group("demonym"))
            principals.append(Principal(None, list(principals[0].titles), country, side=1))
        for p, m in zip(principals, group, strict=True):
            p.name = m.name
            p.office = None
            _add_titles(p, m.titles)
        return
    _name_offices_by_later_between_pair(principals, opening, paragraphs, profile, len(following))


def _name_offices_by_later_between_pair(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile, seen: int
) -> None:
    """A "between" pair one paragraph further on, past the ``seen`` sentences already read: "The
    leaders of Ruritania and Arkadia spoke …", a paragraph that restates the offices ("the presidents
    of … held a telephone conversation"), then "The talks between Ana Ruiz and Tomas Berg covered …"
    (en-bj, a news copy of a Kremlin call; fam211). Only the pair names them, no looser group."""
    for sentence in _following_sentences(opening, paragraphs, reach=2)[seen:]:
        if _name_offices_by_between_pair(principals, sentence, profile):
            return


def _name_rest_by_later_pair(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The offices still unnamed after others were named, by the joint subject of a following
    sentence whose other members are those named, in order: "The presidents of Ruritania and Arkadia
    held a phone call", then "Ruritanian President Ana Ruiz and his Arkadian counterpart Tomas Berg
    also exchanged views" (the first office named by its title already; en-bj, an agency's copy; fam211)."""
    if len(principals) < 2 or all(p.name for p in principals) or not any(p.name for p in principals):
        return
    if any(p.first_person or (p.name is None and not p.office) for p in principals):
        return
    for sentence in _following_sentences(opening, paragraphs):
        group = _reported_group(sentence, _mentions(sentence, profile))
        if len(group) != len(principals) or not all(m.name and len(m.name.split()) >= 2 for m in group):
            continue
        if _PAST_VERB_AFTER.match(sentence, group[-1].end) is not None:
            _name_rest_by_group(list(zip(principals, group, strict=True)))
            return


def _name_rest_by_group(pairs: Sequence[tuple[Principal, Mention]]) -> None:
    """Name each unnamed office by its mention, when every named one is its mention's person and
    every other mention may hold its office."""
    if all(may_be_same_person(p.name, m.name or "") if p.name else _may_hold(m, p) for p, m in pairs):
        for p, m in pairs:
            if p.name is None:
                p.name, p.office = m.name, None
                _add_titles(p, m.titles)


#: "between" right before the first of two people ("The talks between Ana Ruiz and Tomas Berg …").
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", _I)
#: What joins the two people of a "between" pair.
_BETWEEN_AND = re.compile(r"\s+and\s+", _I)


def _name_offices_by_between_pair(principals: list[Principal], sentence: str, profile: Profile) -> bool:
    """Name the two offices of an opening ("The Deputy Foreign Minister of Ruritania and the Envoy of the
    United Nations met …") by the two full-named people a following sentence puts "between" ("The talks
    between Ana Ruiz and Tomas Berg focused on …"), the only people it names: the two sides, in the
    opening's order, where each fits its office (else the other way round). True when they were named."""
    if len(principals) != 2:
        return False
    pair = [m for m in _named_mentions(sentence, profile) if m.name]
    if len(pair) != 2 or not all(len((m.name or "").split()) >= 2 for m in pair):
        return False
    first, second = pair
    if not _BETWEEN_BEFORE.search(sentence, 0, _start_of(first)):
        return False
    if not _BETWEEN_AND.fullmatch(sentence, first.end, _start_of(second)):
        return False
    if may_be_same_person(first.name or "", second.name or ""):
        return False
    return _name_offices_in_either_order(principals, pair)


def _name_offices_in_either_order(principals: list[Principal], pair: list[Mention]) -> bool:
    """Give two offices the names of two mentions, in the given order or the other way round, the
    first order where each mention may hold its office. True when they were named."""
    for order in (pair, pair[::-1]):
        if all(_may_hold(m, p) for p, m in zip(principals, order, strict=True)):
            for p, m in zip(principals, order, strict=True):
                p.name, p.office = m.name, None
                _add_titles(p, m.titles)
                p.country = p.country or m.country
            return True
    return False


def _name_offices_by_subject_and_object(principals: list[Principal], sentence: str, profile: Profile) -> bool:
    """Name the two offices of an opening ("The Taoiseach and the Prime Minister spoke by phone") by
    the next sentence when it opens with one full-named person as the subject of a past verb and names
    one other person after it ("Leo Varadkar offered his congratulations to Mr Johnson …"): the two
    sides, in the opening's order, where each fits its office. True when they were named."""
    if len(principals) != 2:
        return False
    mentions = [m for m in _mentions(sentence, profile) if m.name]
    if len(mentions) != 2 or sentence[: _start_of(mentions[0])].strip():
        return False
    subject, other = mentions
    if len((subject.name or "").split()) < 2 or _PAST_VERB_AFTER.match(sentence, subject.end) is None:
        return False
    if may_be_same_person(subject.name or "", other.name or ""):
        return False
    if not all(_may_hold(m, p) for p, m in zip(principals, mentions, strict=True)):
        return False
    for p, m in zip(principals, mentions, strict=True):
        p.name, p.office = m.name, None
        _add_titles(p, m.titles)
        p.country = p.country or m.country
    return True


def _name_offices_by_clause_sides(principals: list[Principal], sentence: str, profile: Profile) -> bool:
    """Name two offices of an opening (a headline taken for the opening: "Finnish Foreign Minister Calls
    the Foreign Minister.") by the one full-named subject and one full-named object of a following
    sentence's event clause ("Foreign Minister X spoke to the Foreign Minister Y of Finland"), each to
    the office whose country and titles fit (the headline may tell the sides the other way round).
    True when they were named."""
    if len(principals) != 2 or event_clause(sentence) is None:
        return False
    subjects, objects = _clause_sides(sentence, profile)
    if len(subjects) != 1 or len(objects) != 1:
        return False
    pair = [subjects[0], objects[0]]
    if not all(m.name and len(m.name.split()) >= 2 for m in pair):
        return False
    return _name_offices_in_either_order(principals, pair)


#: A reported clause's start ("The ministry said in a statement that X, Y and Z met …").
_THAT_BEFORE = re.compile(r"\bthat\s+$", _I)


def _reported_group(sentence: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The sentence's leading group ("X and Y reviewed …"), or else the group that opens a clause
    reported after "that" ("The ministry said that X, Y and Z gathered …": three ministers an opening
    named by office only, en-o's four-minister video call)."""
    group = _leading_group(sentence, mentions)
    if len(group) >= 2 or not mentions:
        return group
    for i, m in enumerate(mentions):
        if _THAT_BEFORE.search(sentence, 0, m.start):
            return _leading_group(sentence, mentions[i:])
    return group


def _opening_principals(opening: Opening, paragraphs: Sequence[str], profile: Profile) -> list[Principal]:
    """The sides the opening sentence names: its subjects, then the people its event verb joins
    them with; a first-person author ("Today I spoke with ...") stands for the headline's name."""
    principals: list[Principal] = []
    clause = event_clause(opening.sentence)
    if clause and _FIRST_PERSON.search(opening.sentence[: clause.start()]):
        # "Today I spoke with ...": the author, named by the headline ("Minister Okafor's call").
        principals.append(Principal(None, [], None, first_person=True))
    subjects, objects = _clause_sides(opening.sentence, profile)
    listed = _listed_principals(opening.sentence, clause, objects, subjects)
    if listed:
        lo, hi = listed[0]
        objects = [m for m in objects if not lo <= m.start < hi]
    previous: tuple[Mention, Principal] | None = None
    for side, seen in [*((0, m) for m in subjects), *((1, m) for m in objects)]:
        if previous is not None and _appositive_office(opening.sentence, previous[0], seen):
            # "met with H.E. Rex Gatchalian, Secretary of Social Welfare and Development of …": his office
            _add_titles(previous[1], seen.titles)
            continue
        m = _holder_of_both_titles(opening.sentence, seen, profile)
        same = next((p for p in principals if m.name and _same_person(p, m) and not _kin(p, m)), None)
        if same is None:
            same = _from_mention(m)  # a new principal: its side set in place, not copied by attrs.evolve
            same.side = side
            _lowercase_office_before(opening.sentence, m, same)
            principals.append(same)
        previous = (m, same)
    if listed:
        principals.extend(listed[1])
    elif len(subjects) >= 2 and len(principals) >= len(subjects):
        # "Foreign Ministers of A and B, X and Y, met …": the offices and countries are theirs, in order
        _offices_of_listed_names(opening.sentence[: subjects[0].name_start], principals[: len(subjects)])
    principals[:0] = _lowercase_office_subject(opening.sentence, clause, subjects)
    _add_missing_sides(principals, opening, clause, objects, paragraphs=paragraphs, profile=profile)
    return principals


def _add_missing_sides(
    principals: list[Principal],
    opening: Opening,
    clause: re.Match[str] | None,
    objects: Sequence[Mention],
    *,
    paragraphs: Sequence[str],
    profile: Profile,
) -> None:
    """The other side of an opening that names one: its unnamed counterpart, a side outside the
    event clause, the counterparts of a trip, the host's joiners of other countries."""
    if clause and len(principals) == 1:
        principals.extend(_unnamed_counterpart(opening.sentence, clause, principals[0]))
    if clause and len(principals) == 1 and not objects:
        principals.extend(_bare_surname_object(opening.sentence, clause, principals[0], paragraphs, profile))
    if clause and len(principals) == 1:
        _add_side_outside_clause(principals, opening, clause, objects, paragraphs=paragraphs, profile=profile)
    if len(principals) < 2:
        _add_counterparts_of_trip(principals, opening, paragraphs, profile)
    if clause and len(objects) >= 2:
        _add_series_goes_on(principals, opening, paragraphs, profile)
    if len(principals) == 1:
        _add_passive_host(principals, opening, paragraphs, profile)
    if len(principals) == 1:
        _add_joined_by(principals, opening, paragraphs, profile)


#: A sentence that goes on with the opening's series of encounters, its subject a pronoun for the
#: opening's: "Later he spoke with A, B and C", "Then, in the evening, she met …".
_SERIES_GOES_ON = re.compile(
    r"^\W*(?:later|then|afterwards|subsequently)\b(?:\s+(?:that|in\s+the)\s+(?:day|evening|afternoon|night))?"
    r"\s*,?\s+(?:he|she)\s+(?:also\s+)?",
    _I,
)


def _add_series_goes_on(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The people of the sentences right after an opening of several encounters ("X spoke with A, B
    and C") that go on with the series, its subject a pronoun ("Later he spoke with D and E"): each
    is a side of the event, as the opening's are (a set of encounters: CONVENTIONS.md, "A page's
    other encounters"; en-as, a prime minister's calls with European leaders in one paragraph;
    fam158). Named in full with an office, as a trip's later hosts are."""
    if not 0 <= opening.paragraph < len(paragraphs):
        return
    text = paragraphs[opening.paragraph]
    rest = text[opening.offset + len(opening.sentence) :]
    for sentence in (s.text for s in split_sentences(rest, semicolons=False)):
        if _SERIES_GOES_ON.match(sentence) is None or event_clause(sentence) is None:
            return
        _, objects = _clause_sides(sentence, profile)
        for m in _later_sides(sentence, objects):
            if not any(_same_person(p, m) for p in principals):
                principals.append(attrs.evolve(_from_mention(m), side=1))


#: The traveller's host as the agent of a passive in the sentence after a visit's opening: "He was
#: briefed by H.E. X, President of the Commission", "The Minister was welcomed by Y" (issue #8, en-ad,
#: a regional commission's account of its chair's working visit to its headquarters). Read only where the
#: opening names the traveller alone; "was welcomed by" alone is no event clause ("the plan was welcomed
#: by ..."), so it counts only here.
_HOST_PASSIVE = re.compile(
    r"\b(?:was|were)\s+(?:warmly\s+|cordially\s+|later\s+|then\s+)?(?:received|welcomed|greeted|hosted|briefed)"
    r"(?:\s+(?:to|at|for)\s+(?:a|an|the)(?:\s+(?-i:[a-z][\w-]*)){1,3})?\s+by\s+",
    _I,
)
#: The passive's subject: the traveller by name, office or pronoun, the sentence's first words.
_HOST_PASSIVE_REACH = 2


def _add_passive_host(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The host named as the agent of a passive whose subject is the traveller, in one of the two
    sentences after a visit's opening (``_HOST_PASSIVE``): the first named person after "by"."""
    traveller = principals[0]
    if not _TRIP_OPENING.search(opening.sentence):
        return
    for sentence in _following_sentences(opening, paragraphs, reach=2)[:_HOST_PASSIVE_REACH]:
        passive = _HOST_PASSIVE.search(sentence)
        if passive is None or not _names_subject(traveller, sentence[: passive.start()], profile):
            continue
        after = [m for m in _named_mentions(sentence, profile) if m.start >= passive.end() and m.name]
        host = after[0] if after else None
        if host is not None and not _same_person(traveller, host):
            added = attrs.evolve(_from_mention(host), side=1)
            added.country = added.country or _one_visited_country(opening.sentence, traveller)
            principals.append(added)
        return


def _one_visited_country(opening: str, traveller: Principal) -> str | None:
    """The one country a trip's opening names other than the traveller's ("X arrived in Fiji for an
    official visit"): the host's, when the passive naming them gives none."""
    codes = {country_from_demonym(m.group()) for m in _country_words(opening)} - {None, traveller.country}
    states = {code for code in codes if code and len(code) == 2}
    return states.pop() if len(states) == 1 else None


#: A pronoun standing for the traveller as a passive's subject.
_SUBJECT_PRONOUN = re.compile(r"^\s*(?:he|she|they)\s*$", _I)


def _names_subject(traveller: Principal, subject: str, profile: Profile) -> bool:
    """Whether the words before a passive name the traveller: a pronoun, a mention of them, or
    "the" and a title of theirs ("The visiting Prime Minister")."""
    if _SUBJECT_PRONOUN.match(subject):
        return True
    if _titled_subject(traveller, subject):
        return True
    return any(_names_traveller(traveller, m) for m in _named_mentions(subject, profile))


#: A subject told by an office: "the", at most two words ("visiting", "PNG"), then the office.
_OFFICE_SUBJECT_EXTRA_WORDS = 2


def _titled_subject(traveller: Principal, subject: str) -> bool:
    """Whether the subject is "the" and one of the traveller's titles ("The visiting Prime Minister")."""
    words = fold(subject).split()
    if not words or words[0] != "the":
        return False
    for title in traveller.titles:
        office = fold(title).split()
        short = len(words) <= 1 + len(office) + _OFFICE_SUBJECT_EXTRA_WORDS
        if office and short and words[-len(office) :] == office:
            return True
    return False


#: The event's object named by one capitalised word right after its clause: "met Sato", "held talks with
#: Sato" (not "with Sato Kenji": a word of a longer name).
_BARE_OBJECT = re.compile(
    r"(?:(?:\s+(?-i:[a-z]+)){0,3}?\s+with)?\s+(?-i:[A-Z])[\w’'-]+(?![\w’'-]|\s+(?-i:[A-Z]))"
)


def _bare_surname_object(
    sentence: str, clause: re.Match[str], subject: Principal, paragraphs: Sequence[str], profile: Profile
) -> list[Principal]:
    """The other side of an opening that names it by surname alone ("X held discussions with Sato at
    her office", issue #8, en-aa: a visitor named in full in the lines before), under the one full name
    the page gives that surname."""
    m = _BARE_OBJECT.match(sentence, clause.end())
    if m is None:
        return []
    found = _surnames_in(sentence, m.start(), m.end(), paragraphs, profile)[:1]
    if not found or (subject.name and may_be_same_person(subject.name, found[0].name or "")):
        return []
    return [attrs.evolve(found[0], side=1)]


#: "… his Jordanian counterpart " right before a name: the name holds the host's office.
_COUNTERPART_BEFORE = re.compile(r"\bcounterpart,?\s+$", _I)
#: A sentence telling who joined the opening's one side: "He was joined by his Jordanian counterpart …".
_JOINED_BY = re.compile(r"\b(?:was|were)\s+(?:later\s+|also\s+)?joined\s+by\s+", _I)


def _add_joined_by(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The other sides of an opening that names its host alone ("The meeting was hosted by Egypt's
    Foreign Minister X"), from the next sentence's "He was joined by his Jordanian counterpart Y and
    his Iraqi counterpart Z": each person named after "joined by" with a country of their own. One of
    the host's country (an aide, a deputy) is of the host's delegation, no side."""
    host = principals[0]
    if host.country is None:
        return
    for sentence in _following_sentences(opening, paragraphs, limit=1):
        joined = _JOINED_BY.search(sentence)
        if joined is None:
            continue
        rest = sentence[joined.end() :]
        for m in _mentions(rest, profile):
            known = any(_same_person(p, m) for p in principals)
            if m.name is None or m.country in (None, host.country) or known:
                continue
            added = attrs.evolve(_from_mention(m), side=1)
            if not added.titles and _COUNTERPART_BEFORE.search(rest, 0, _start_of(m)):
                _add_titles(added, host.titles)  # "his Jordanian counterpart Y": the host's office
            principals.append(added)


#: The event clause's object as a counterpart named by country only: "[met] his Malaysian counterpart",
#: "[spoke] with her Chilean counterpart on Friday"; not one a name follows ("his Chilean counterpart,
#: Ana Ruiz", "… counterpart Ana Ruiz").
_UNNAMED_COUNTERPART = re.compile(
    # a demonym of two words too: "his Saudi Arabian counterpart", "her South African counterpart"
    r"\s*(?:with\s+|to\s+)?(?:his|her|their)\s+(?P<demonym>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)"
    r"\s+counterpart\b"
    r"(?!,?\s+(?:(?-i:[A-Z])|the\b))",
    _I,
)


def _unnamed_counterpart(sentence: str, clause: re.Match[str], subject: Principal) -> list[Principal]:
    """The other side an opening gives as "his <demonym> counterpart" after its event clause ("The
    Turkish foreign minister has met his Malaysian counterpart"): an office-holder of that country
    with the subject's office, for the body to name ("… was received by … Minister Zambry Abdul
    Kadir"); dropped if the body names no one so."""
    found = _UNNAMED_COUNTERPART.match(sentence, clause.end())
    office = subject.office or (subject.titles[0] if subject.titles else None)
    code = country_from_demonym(found.group("demonym")) if found else None
    if found is None or office is None or code is None or len(code) != 2 or code == subject.country:
        return []
    return [Principal(None, [office], code, office=office, side=1, counterpart=True)]


def _add_counterparts_of_trip(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The other side from the sentences after the opening; on a trip, its later hosts too."""
    _add_counterparts(principals, opening, paragraphs, profile)
    if len(principals) >= 2 and _TRIP_OPENING.search(opening.sentence):
        _add_later_hosts(principals, opening, paragraphs, profile)


def _lowercase_offices() -> str:
    """ "the <Demonym> <office>" with the office nouns as written in lowercase, longest first."""
    offices = "|".join(
        re.escape(o).replace(r"\ ", r"\s+") for o in sorted(lx.OFFICE_NOUNS, key=len, reverse=True)
    )
    return r"the\s+(?P<demonym>(?-i:[A-Z])[\w’'-]+)\s+(?P<office>(?-i:" + offices + r"))"


@lru_cache(maxsize=1)
def _lowercase_office_pattern() -> re.Pattern[str]:
    return re.compile(r"^\s*[“\"]?\s*" + _lowercase_offices() + r"\s*$", _I)


@lru_cache(maxsize=1)
def _lowercase_office_set_off() -> re.Pattern[str]:
    return re.compile(r"\b" + _lowercase_offices() + r",\s*$", _I)


@lru_cache(maxsize=1)
def _lowercase_office_of_set_off() -> re.Pattern[str]:
    """ "the <office>( general) of (the) <Country or Organisation> (<acronym>)," right before a name."""
    offices = "|".join(
        re.escape(o).replace(r"\ ", r"[\s-]+") for o in sorted(lx.OFFICE_NOUNS, key=len, reverse=True)
    )
    return re.compile(
        r"\bthe\s+(?P<office>(?-i:" + offices + r")(?:[\s-]general)?)\s+of\s+"
        r"(?P<body>(?:the\s+)?(?-i:[A-Z])[\w’'.-]*"
        r"(?:\s+(?:of\s+|and\s+|the\s+)*(?-i:[A-Z])[\w’'.-]*){0,6})(?:\s*\((?-i:[A-Z]{2,8})\))?,\s*"
        # a style between the comma and the name ("…, Dr. X")
        r"(?:(?-i:[A-Z])[\w.]{0,4}\s+)?$",
        _I,
    )


def _lowercase_office_before(sentence: str, m: Mention, p: Principal) -> None:
    """Give ``p`` the office and country a news page sets off before the name in lowercase after a
    demonym ("met the Norwegian prime minister, Lars Berg, …") or with the state or body after it ("the
    secretary-general of the Gulf Cooperation Council (GCC), X"), where the name came with neither."""
    if not m.name or m.start < 0:
        return
    # Set off before the whole mention, its style too ("…, Sheikh Hasina Wazed").
    found = _lowercase_office_set_off().search(sentence, max(0, m.start - 80), m.start)
    code = country_from_demonym(found.group("demonym")) if found else None
    if found is None or code is None or len(code) != 2:
        # the mention may open at the office ("The secretary-general of …, Dr. X"): up to its name
        at = max(m.start, m.name_start)
        found = _lowercase_office_of_set_off().search(sentence, max(0, at - 140), at)
        code = country_from_name(found.group("body")) if found else None
    if found is None or code is None or m.country not in (None, code):
        return
    p.country = code
    # "secretary-general" → "Secretary-General"
    office = " ".join(found.group("office").split())
    office = re.sub(r"(?:^|(?<=[\s-]))\w", lambda c: c.group().upper(), office)
    _add_titles(p, [office])


def _lowercase_office_subject(
    sentence: str, clause: re.Match[str] | None, subjects: Sequence[Mention]
) -> list[Principal]:
    """The subject a news page writes as a demonym and a lowercase office, with no name ("The Indian
    premier phoned Prime Minister X": en-h, the Observer's account of a call): an office-holder of
    that country, for the headline or the body to name; else nobody."""
    if clause is None or subjects:
        return []
    found = _lowercase_office_pattern().match(sentence[: clause.start()])
    code = country_from_demonym(found.group("demonym")) if found else None
    if found is None or code is None or len(code) != 2:
        return _bare_office_subject(sentence[: clause.start()])
    office = " ".join(w.capitalize() for w in found.group("office").split())
    return [Principal(None, [office], code, office=office, side=0)]


#: A subject written as "The <office>" in lowercase, no demonym ("The foreign minister arrived ...").
_BARE_OFFICE = re.compile(
    r"^\s*the\s+(?P<office>(?-i:"
    + "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in sorted(lx.OFFICE_NOUNS, key=len, reverse=True))
    + r"))\s*$",
    _I,
)


def _bare_office_subject(before: str) -> list[Principal]:
    """The subject "The foreign minister" with no name and no country (a news page's account below a
    lead that named him: en-r, Radio Ciudad Habana): an office-holder for the text before the opening
    to name, kept only if it does (as an unnamed counterpart is)."""
    found = _BARE_OFFICE.match(before)
    if found is None:
        return []
    office = " ".join(w.capitalize() for w in found.group("office").split())
    return [Principal(None, [office], None, office=office, side=0, counterpart=True)]


#: An opening that tells a trip ("X visited Colombia", "began his official visit to"): its later
#: paragraphs may tell more meetings of the same trip.
_TRIP_OPENING = re.compile(r"\b(?:visited|(?:official|working|state)\s+visit|(?:visit|trip)\s+to)\b", _I)
#: How many paragraphs after the opening's a visit's later meetings are read in.
_LATER_HOSTS_REACH = 4


def _add_later_hosts(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The other hosts of a trip whose opening names the traveller alone and whose first meeting gave
    one host: each later sentence whose event clause has the traveller on one side ("On April 27,
    Minister X was received by the Colombian President Y") adds the people named in full with an office
    on its other side (en-j, Türkiye's account of a visit to Colombia; every meeting of a trip since
    fam147)."""
    traveller = principals[0]
    first = opening.paragraph + 1
    for text in paragraphs[first + 1 : first + 1 + _LATER_HOSTS_REACH]:
        for sentence in (s.text for s in split_sentences(text, semicolons=True)):
            for piece in _later_meetings(traveller, sentence, profile):
                for m in piece:
                    if not any(_same_person(p, m) for p in principals):
                        principals.append(attrs.evolve(_from_mention(m), side=1))


#: Where a sentence joins a second meeting to its first with no new subject: "…, and later on the
#: same day met with …", "…, and then held talks with …".
_NEXT_MEETING = re.compile(r",\s+(?:and\s+)?(?=(?:(?:then|later|afterwards|subsequently|also)\b))", _I)

#: "his Portuguese counterpart Ana Ruiz": the person the traveller's own office meets, named.
_NAMED_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?:(?-i:[A-Z])[\w-]+\s+)?counterparts?\s*,?\s*$", _I)


def _later_meetings(traveller: Principal, sentence: str, profile: Profile) -> list[list[Mention]]:
    """The people a later sentence of a trip has the traveller meet, clause by clause: a clause with no
    subject of its own ("…, and later on the same day met with …") keeps the one before's. Each is
    named with an office, or as the traveller's counterpart ("met with his Portuguese counterpart Y"):
    a trip's every meeting is part of the visit, the ministers met at a luncheon as the Prime
    Minister who received him (issue #8, fam147: CONVENTIONS.md, "A page's other encounters")."""
    found: list[list[Mention]] = []
    ours_before = False
    for piece in _NEXT_MEETING.split(sentence):
        if not event_clause(piece):
            continue
        subjects, objects = _clause_sides(piece, profile)
        ours_subject = any(_names_traveller(traveller, m) for m in subjects) or (not subjects and ours_before)
        if ours_subject:
            found.append(_later_sides(piece, objects))
        elif any(_names_traveller(traveller, m) for m in objects):
            found.append(_later_sides(piece, subjects))
        ours_before = ours_subject
    return found


def _later_sides(piece: str, pool: Sequence[Mention]) -> list[Mention]:
    """The people of one side of a later clause who count (``_later_side``)."""
    return [side for side in (_later_side(piece, m, pool) for m in pool) if side is not None]


def _later_side(piece: str, m: Mention, pool: Sequence[Mention]) -> Mention | None:
    """A later clause's other side, if it counts: named in full, and with an office before the name
    ("the Colombian President Y"), set off after it ("Y, Minister of Tourism": given to the name) or
    as the traveller's counterpart; a name alone may be no official at all."""
    if m.name is None or len(m.name.split()) < 2:
        return None
    if m.titles:
        return m
    office = _apposed_office(piece, m, pool)
    if office is not None:
        return attrs.evolve(m, titles=office.titles, end=office.end)
    return m if _NAMED_COUNTERPART.search(piece, 0, m.start) else None


def _apposed_office(piece: str, m: Mention, pool: Sequence[Mention]) -> Mention | None:
    """The nameless office mention set off by a comma right after ``m`` ("Y, Minister of Tourism")."""
    after = (o for o in pool if o.name is None and o.titles and o.start > m.end)
    return next((o for o in after if not piece[m.end : o.start].strip(" ,")), None)


def _names_traveller(traveller: Principal, m: Mention) -> bool:
    """Whether a mention is the traveller: the same person, or a bare family name of theirs."""
    if m.name is None:
        return False
    family = surname(traveller.name) if traveller.name else None
    return _same_person(traveller, m) or family == fold(m.name)


_EVENT_ROLES = load_table("readoutlib.languages", "en/event_roles.toml")
#: "joined the convening", "gave keynote remarks": a named person took part (event_roles.toml).
_EVENT_ROLE = Gated.of(re.compile(_EVENT_ROLES.alternation(), _EVENT_ROLES.flags))


def event_role(text: str) -> str | None:
    """The event-roles table's probe: "took part" where the text tells a person took part."""
    return "took part" if _EVENT_ROLE.search(text) else None


def _add_event_roles(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The principals of an event whose opening names no one ("the White House convened more than 80
    state legislators"): the named people a following sentence of the lead says took part in it
    ("Vice President X joined the convening", "Y and Z provided remarks at the event"), each named
    with an office."""
    for sentence in _following_sentences(opening, paragraphs)[:3]:
        role = _EVENT_ROLE.search(sentence)
        if role is None:
            continue
        before = [m for m in _mentions(sentence, profile) if m.end <= role.start()]
        group = _leading_group(sentence, _possible_principals(sentence, before))
        named = [m for m in group if m.name and m.titles]  # office-holders, not a bare name
        if named:
            principals.extend(attrs.evolve(_from_mention(m), side=0) for m in named)
            return


def _add_side_outside_clause(
    principals: list[Principal],
    opening: Opening,
    clause: re.Match[str],
    objects: Sequence[Mention],
    *,
    paragraphs: Sequence[str],
    profile: Profile,
) -> None:
    """The other side of an opening that names one person outside its event clause: the main
    clause's subject after a fronted adverbial that tells the event, or the person a pronoun object
    ("… made a farewell call on him") stands for."""
    if not opening.sentence[: clause.start()].strip():
        _add_main_subject(principals, opening.sentence, objects, profile)
    pronoun = _PRONOUN_OBJECT.match(opening.sentence, clause.end()) or _PARTICIPLE_THEN_PRONOUN.match(
        opening.sentence
    )
    if len(principals) == 1 and pronoun:
        _add_lead_subject(principals, opening, paragraphs, profile)


#: Words that join a title's words ("head of office", "the Minister for Trade").
_GLUE = frozenset(("the", "of", "for", "and"))
#: A pronoun as the event's other side: "made a farewell call on him", "met her".
_PRONOUN_OBJECT = re.compile(r"\s+(?:(?:on|upon|with|to)\s+)?(?:him|her)\b")

#: A fronted participle that tells the event, then a pronoun as the main clause's subject: "Talking to
#: X in a virtual meeting on Thursday, he said …" (the person the text before names).
_PARTICIPLE_THEN_PRONOUN = re.compile(r"\W*(?-i:[A-Z])[a-z]+ing\s[^;]*?,\s*(?:he|she)\s+(?-i:[a-z])", _I)


def _add_lead_subject(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The person a pronoun object of the opening stands for ("The minister made the urge when X made
    a farewell call on him"): the first person the text before the opening names, put first."""
    before = [*paragraphs[: opening.paragraph], paragraphs[opening.paragraph][: opening.offset]]
    for text in before:
        # not a name inside brackets: a dateline's source and date ("(Agency News-Sept 30th, 2022)")
        brackets = [b.span() for b in re.finditer(r"\([^()]*\)", text)]
        found = next(
            (
                m
                for m in _mentions(text, profile)
                if m.name and not any(lo < m.start < hi for lo, hi in brackets)
            ),
            None,
        )
        if found is not None:
            if not any(_same_person(p, found) for p in principals):
                principals.insert(0, attrs.evolve(_from_mention(found), side=0))
            return


def _add_main_subject(
    principals: list[Principal], sentence: str, objects: Sequence[Mention], profile: Profile
) -> None:
    """The subject of the main clause after an opening's fronted adverbial that tells the event
    ("During a courtesy call … by Prime Minister X July 13, President Dr Y said …"): the other side."""
    comma = sentence.find(",", max((m.end for m in objects), default=0))
    if comma < 0:
        return
    for m in _mentions(sentence, profile):
        if m.start > comma and m.name:
            # the subject right after the comma, not a name further in ("…, X conveyed words from Y")
            between = sentence[comma + 1 : m.start].split()
            subject = all(w.lower() in _GLUE or is_title_word(w.capitalize()) for w in between)
            if subject and not any(_same_person(p, m) for p in principals):
                principals.append(attrs.evolve(_from_mention(m), side=0))
            return


_GROUP_OFFICES = load_table("readoutlib.languages", "en/group_offices.toml")
_LISTED_COUNTRY = rf"(?:the\s+)?(?:{COUNTRY_PATTERN})"


#: A word of a day's date set off before a plural office ("on Thursday, May 28, the Ambassadors of").
_DAY_WORD = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|\d{1,4}(?:st|nd|rd|th)?)\b"
)


#: A weekday named with no "on" ("met Saturday with"), its capital kept.
_WEEKDAY = r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"


#: A gathering the group is the members of: "[hosted on Friday] a convening of [the foreign ministers of]".
_GATHERING_OF = (
    r"\s+(?i:an?\s+(?:[\w-]+\s+){0,2}?(?:meeting|convening|gathering|conference|call|session)"
    r"\s+(?:of|with)\b)"
)
#: A count of countries named before their list: "[the foreign ministers from] five Central Asian
#: countries, including [A, B and C]", "[of] three states: [A, B and C]".
_COUNTRIES_NAMED_AS = (
    r"(?:(?i:the\s+)?(?:[\w-]+\s+){0,3}?(?i:countries|states|nations)"
    r"(?:\s*,?\s*(?i:including|namely)\s+|\s*:\s*))?"
)


@lru_cache(maxsize=2)
def _group_pattern(*, day: bool = False) -> re.Pattern[str]:
    """A plural office of two or more listed countries, right after the event clause or its object:
    "[spoke] to the leaders of the United States, France and Germany", "[with X] and the foreign
    ministers of Estonia and Latvia". Country names keep their case ("Chad", not "chad")."""
    return re.compile(
        # a time or a gathering between the verb and the group: "met today with", "met Saturday with",
        # "hosted on Friday a convening of the foreign ministers of"
        rf"(?:\s+(?i:today|yesterday|on\s+{_DAY_WORD}|{_WEEKDAY}))?"
        rf"(?:{_GATHERING_OF}|(?i:\s*,?\s*(?:and|as\s+well\s+as|with|to)\b))?"
        # a day set off between the verb and the group: "received on Thursday, 28 May, the Ambassadors of"
        + (rf"(?:\s*(?:(?i:on)\s+)?{_DAY_WORD}(?:\s*,?\s*{_DAY_WORD}){{0,3}}\s*,)?" if day else "")
        + r"\s*(?i:the\s+)?"
        # a word for a fresh term: "New ambassadors from A, B and C presented their credentials"
        + r"(?i:(?:new|newly\s+(?:appointed|accredited)|incoming|outgoing)\s+)?"
        rf"(?P<office>(?i:{_GROUP_OFFICES.alternation()}))\s+(?i:of|from)\s+{_COUNTRIES_NAMED_AS}"
        rf"(?P<countries>{_LISTED_COUNTRY}(?:\s*,\s*(?:and\s+|&\s+)?{_LISTED_COUNTRY}"
        rf"|\s+(?:and|&)\s+{_LISTED_COUNTRY})+)"
    )


_LISTED_ONE = re.compile(_LISTED_COUNTRY)
#: A country or its demonym in a list before a plural office ("Somalia and South Sudan Presidents").
_LISTED_BEFORE = rf"(?:{COUNTRY_PATTERN}|{DEMONYM_PATTERN})"
_LISTED_BEFORE_ONE = re.compile(_LISTED_BEFORE)


@lru_cache(maxsize=1)
def _group_before_pattern() -> re.Pattern[str]:
    """Two or more listed countries before a plural office, right after the event clause or its
    object: "[held talks] with Somalia and South Sudan Presidents", "[met] the French and German
    foreign ministers"."""
    return re.compile(
        r"(?i:\s*,?\s*(?:and|as\s+well\s+as|with|to)\b)?\s*(?i:the\s+)?"
        rf"(?P<countries>{_LISTED_BEFORE}(?:\s*,\s*{_LISTED_BEFORE})*\s*,?\s+(?:and|&)\s+{_LISTED_BEFORE})"
        rf"\s+(?P<office>(?i:{_GROUP_OFFICES.alternation()}))\b"
    )


def _group_office_label(office: str) -> str:
    """The singular office of a plural office phrase ("foreign ministers" -> "Foreign Minister")."""
    return next(label for pattern, label in _GROUP_OFFICES.compiled() if pattern.search(office))


def _listed_principals(
    sentence: str, clause: re.Match[str] | None, objects: Sequence[Mention], subjects: Sequence[Mention]
) -> tuple[tuple[int, int], list[Principal]] | None:
    """The principals an opening names only by a plural office and countries: one per country,
    named by the office ("the leaders of the United States, France and Italy" -> "The Leader" of
    US, FR and IT), with the span of the phrase; None when the opening has no such phrase.

    The phrase must follow the event clause, or its object with "and" ("spoke with President
    Ruiz and the leaders of ..."); a country a subject is already of is that subject's side."""
    if clause is None:
        return None
    found = _listed_group(sentence, clause, objects, subjects)
    if found is None:
        return None
    office = _group_office_label(found.group("office"))
    own = {m.country for m in subjects if m.country}
    codes: list[str] = []
    for item in _LISTED_BEFORE_ONE.finditer(found.group("countries")):
        code = country_from_name(item.group()) or country_from_demonym(item.group())
        if code is not None and code not in own and code not in codes:
            codes.append(code)
    principals = [Principal(None, [office], code, office=office, side=1, listed=True) for code in codes]
    lo = min(found.start("office"), found.start("countries"))
    return (lo, found.end()), principals


def _listed_group(
    sentence: str, clause: re.Match[str], objects: Sequence[Mention], subjects: Sequence[Mention]
) -> re.Match[str] | None:
    """The phrase of a plural office and its listed countries after the event clause (or its object),
    or, where no one is named before the clause, as its whole subject ("The prime ministers of the
    Netherlands and the UK have held a phone call", "The Lithuanian and Polish prime ministers had a
    telephone conversation")."""
    patterns = (_group_pattern(), _group_before_pattern())
    end = clause.end()
    while 0 < end < len(sentence) and sentence[end - 1].isalnum() and sentence[end].isalnum():
        end -= 1  # a clause whose guest's first letter ended it inside a word ("received on Thursday, M")
    for pattern in (_group_pattern(day=True), patterns[1]):
        for start in (end, *(m.end for m in objects[-1:])):
            found = pattern.match(sentence, start)
            if found:
                return found
    if subjects:
        return None
    fronted = _FRONTED_WHEN.match(sentence) or _SOURCE_CREDIT.match(sentence)
    for pattern in patterns:
        found = pattern.match(sentence, fronted.end() if fronted else 0)
        # (a slice: a group that runs into the clause leaves an empty gap, as "and Uzbekistan convened")
        if found and _WHEN_GAP.fullmatch(sentence[found.end() : clause.start()]):
            return found
    return None


#: What may stand between a group subject and its verb: nothing, or a day ("The presidents of Ruritania
#: and Arkadia on Thursday held a phone call", en-bj, an agency's copy; fam211).
_WHEN_GAP = re.compile(
    rf"[\s,]*(?:(?i:today|yesterday|on\s+{_DAY_WORD}(?:\s*,?\s*{_DAY_WORD}){{0,3}}|{_WEEKDAY})[\s,]*)?"
)


#: A source's name in brackets, then a dash, before an opening's subject: "(Wire) – The ministers …".
_SOURCE_CREDIT = re.compile(r"\(\s*(?-i:[A-Z])[\w .&-]{1,30}\)\s*[–—-]\s*")
#: A fronted time phrase before an opening's subject: "On 28th of July [the ministers … met]", "On
#: Thursday,", "Earlier today".
_FRONTED_WHEN = re.compile(
    r"(?:On|Earlier|Later|Today|Yesterday|Last|This)\b(?:\s+(?:the\s+)?[\w’'-]+){0,4}?\s*,?(?=\s+the\s)"
)


def group_office(sentence: str) -> str:
    """The office an opening's plural office of listed countries gives each of them ("Leader"), or "".

    The probe of ``group_offices.toml``: the sentence's event clause is read as the opening's is."""
    clause = event_clause(sentence)
    listed = _listed_principals(sentence, clause, [], [])
    return listed[1][0].office or "" if listed and listed[1] else ""


#: A capitalised word that ends a run of them: a surname standing alone in an opening's subject
#: ("Ruiz and Berg met"), not a word inside a longer name ("the Bipartisan Safer Communities Act").
_CAPITALISED = re.compile(r"(?-i:[A-Z])[\w’'-]+(?!\s+(?-i:[A-Z]))")


#: A passive agent right before the event clause: "The statement was conveyed by Anru [in a telephone
#: conversation with …]": the agent is the clause's subject.
_PASSIVE_AGENT = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?\w+ed\s+by\s+((?-i:[A-Z])[\w’'-]+)$")

#: A surname alone as the subject, the clause inside its predicate: "Rabuka highlighted this following
#: [an introductory call from …]": lowercase words only between the two.
_SURNAME_THEN_PREDICATE = re.compile(r"((?-i:[A-Z])[\w’'-]+)(?:\s+(?-i:[a-z])[\w’'-]*)+")


def _called(m: Mention, word: str, text: str) -> bool:
    """Whether the person ``m`` names is called ``word``: the family name, or the short name the text
    gives in brackets right after the full one ("Ana Ruiz (Anru)")."""
    assert m.name is not None
    if fold(m.name.split()[-1]) == fold(word):
        return True
    after = re.match(r"\s*\(([^()]{2,30})\)", text[m.end :])
    return after is not None and fold(after.group(1).strip()) == fold(word)


def _lone_surname_subject(opening: Opening, texts: Sequence[str], profile: Profile) -> list[Principal]:
    """The subject of an opening that is one surname alone ("Putin held a telephone conversation with
    …", a newswire's second paragraph), under the one full name the page gives it ("Russian president
    Vladimir Putin"); [] when the opening's subject is anything else or the surname fits no one or two."""
    clause = event_clause(opening.sentence)
    if clause is None:
        return []
    word = opening.sentence[: clause.start()].strip()
    agent = _PASSIVE_AGENT.search(word) or _SURNAME_THEN_PREDICATE.fullmatch(word)
    word = agent.group(1) if agent else word
    if not _CAPITALISED.fullmatch(word) or country_from_name(word) is not None:
        return []
    full = {
        m.name: m
        for text in texts
        for m in _mentions(text, profile)
        if m.name and len(m.name.split()) >= 2 and _called(m, word, text)
    }
    if len(full) != 1:
        return []
    return [attrs.evolve(_from_mention(next(iter(full.values()))), side=0)]


def _surname_subjects(opening: Opening, texts: Sequence[str], profile: Profile) -> list[Principal]:
    """The sides of an opening that names them by surname only ("Bustillo and Cafiero met Friday"),
    under the full names the page gives them elsewhere ("Foreign Ministers Francisco Bustillo of
    Uruguay and Santiago Cafiero of Argentina"); a surname two people share names neither."""
    clause = event_clause(opening.sentence)
    if clause is None:
        return []
    found = _surnames_in(opening.sentence, 0, clause.start(), texts, profile)
    if len(found) >= 2:
        return found
    paired = _office_pair_subject(opening.sentence[: clause.start()], texts, profile)
    if paired:
        return paired
    if not _NOUN_CLAUSE.fullmatch(clause.group()):
        return []
    # a call named in passing ("In a statement after a one-hour phone call, the presidency said Varga
    # told Reed …"): the surnames the sentence reports after it, the first the subject's side
    found = _surnames_in(opening.sentence, clause.end(), len(opening.sentence), texts, profile)[:2]
    return [attrs.evolve(p, side=min(index, 1)) for index, p in enumerate(found)] if len(found) == 2 else []


@lru_cache(maxsize=1)
def _office_pair_pattern() -> re.Pattern[str]:
    """A subject that is a plural office and two surnames alone: "Presidents Ruiz and Berg",
    "the Prime Ministers Ruiz and Berg"."""
    return re.compile(
        rf"(?<![\w’'-])(?i:the\s+)?(?P<office>(?i:{_GROUP_OFFICES.alternation()}))\s+"
        r"(?P<first>(?-i:[A-Z])[\w’'-]+)\s+(?:and|&)\s+(?P<second>(?-i:[A-Z])[\w’'-]+)"
        r"(?![\w’'-]|\s+(?-i:[A-Z]))"
    )


def _office_pair_subject(subject: str, texts: Sequence[str], profile: Profile) -> list[Principal]:
    """The two sides of an opening whose subject is a plural office and two surnames ("Presidents Ruiz
    and Berg spoke for an hour"), each under the one full name the page gives that surname, else the
    surname alone (GOLD_SCHEMA: a person the page names by surname only is named so); the office in
    the singular is each one's title. [] for any other subject."""
    found = _office_pair_pattern().fullmatch(subject.strip(" ,"))
    return _office_pair(found, texts, profile)


def _headline_office_pair(title: str | None, paragraphs: Sequence[str], profile: Profile) -> list[Principal]:
    """Where no opening names anyone: the two people a headline or lead names by a plural office and
    surnames ("Readout of the Call between Presidents Ruiz and Berg"), as ``_office_pair`` reads them."""
    texts = [t for t in (title, *paragraphs[:12]) if t]
    for text in [t for t in (title, *paragraphs[:1]) if t]:
        paired = _office_pair(_office_pair_pattern().search(text), texts, profile)
        if paired:
            return paired
    return []


def _office_pair(found: re.Match[str] | None, texts: Sequence[str], profile: Profile) -> list[Principal]:
    """The two people a match of ``_office_pair_pattern`` names, as ``_office_pair_subject`` reads them."""
    if found is None:
        return []
    office = _group_office_label(found.group("office"))
    full = [m for text in texts for m in _mentions(text, profile) if m.name and len(m.name.split()) >= 2]
    principals: list[Principal] = []
    for index, word in enumerate((found.group("first"), found.group("second"))):
        if country_from_name(word) is not None:
            return []
        named = {m.name: m for m in full if m.name and fold(m.name.split()[-1]) == fold(word)}
        if len(named) == 1:
            principal = _from_mention(next(iter(named.values())))
        else:
            principal = Principal(word, [office], None, office=office)
        principals.append(attrs.evolve(principal, side=min(index, 1)))
    return principals


#: An event clause that is a noun alone ("phone call", "talks"): it names no side itself.
_NOUN_CLAUSE = re.compile(r"(?:[\w-]+\s+)?(?:call|conversation|talks|meeting)", _I)


def _surnames_in(
    sentence: str, start: int, end: int, texts: Sequence[str], profile: Profile
) -> list[Principal]:
    """The people whose bare surnames ``sentence[start:end]`` gives, under the full names the page
    gives them elsewhere ``texts``; a surname two people share names neither."""
    full = [m for text in texts for m in _mentions(text, profile) if m.name and len(m.name.split()) >= 2]
    # not a word of a name no principal's there ("the decision by President X and President Y")
    every = _mentions(sentence, profile)
    possible = {(m.start, m.end) for m in _possible_principals(sentence, every)}
    spans = [(m.start, m.end) for m in every if m.name and (m.start, m.end) not in possible]
    found: list[Principal] = []
    for hit in _CAPITALISED.finditer(sentence, start, end):
        if any(lo <= hit.start() < hi for lo, hi in spans):
            continue
        word = hit.group()
        named = {m.name: m for m in full if m.name and fold(m.name.split()[-1]) == fold(word)}
        if len(named) == 1 and not any(p.name in named for p in found):
            found.append(attrs.evolve(_from_mention(next(iter(named.values()))), side=0))
    return found


#: What follows a sentence's subject: a verb in the past ("arrived", "flew"), perhaps after an adverb.
_PAST_VERB_AFTER = re.compile(
    # a perfect's auxiliary too: "X and his Latvian counterpart Y have discussed …" (en-l, Azernews)
    # an adverb before the verb: "X and his Russian counterpart Y also exchanged views" (en-bj; fam211)
    r"\s+(?:(?:today|yesterday)\s+)?(?:(?:have|has|had)\s+)?(?:(?-i:[a-z]+ly|also|then|again)\s+)?"
    r"(?:(?-i:[a-z]+ed)|flew|went|came|took|rode|drove|saw)\b",
    _I,
)


#: An unnamed group ending a joint subject of named people: "A, B and leaders of some other countries
#: have reaffirmed …" (issue #8, en-aj: a many-leader video call told by one side's broadcaster).
_UNNAMED_GROUP_TAIL = re.compile(
    r"\s*,?\s+and\s+(?:the\s+)?(?:leaders|heads|representatives|ministers|officials)\s+(?:of|from)\s+"
    r"(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?:countries|nations|states|governments)\b",
    _I,
)


def _earlier_subjects(opening: Opening, paragraphs: Sequence[str], profile: Profile) -> list[Principal]:
    """The sides a sentence before the opening names as its joint subject, for an opening that names
    nobody ("X and President of B Y arrived at the site." then "The presidents of A and B visited
    …"): two or more people named in full (or by title and surname, one at least in full), joined by
    "and" and followed by their verb."""
    earlier = [*paragraphs[: opening.paragraph], paragraphs[opening.paragraph][: opening.offset]]
    for text in earlier:
        for sentence in (s.text for s in split_sentences(text, semicolons=True)):
            group = _leading_group(sentence, _mentions(sentence, profile))
            # a titled surname may stand among full names ("Prime Minister X Y and Prime Minister Z")
            if len(group) < 2 or not all(m.name and (len(m.name.split()) >= 2 or m.titles) for m in group):
                continue
            if not any(m.name and len(m.name.split()) >= 2 for m in group):
                continue
            tail = _UNNAMED_GROUP_TAIL.match(sentence, group[-1].end)
            if _PAST_VERB_AFTER.match(sentence, tail.end() if tail else group[-1].end):
                found = [attrs.evolve(_from_mention(m), side=min(index, 1)) for index, m in enumerate(group)]
                _offices_of_listed_names(sentence[: group[0].name_start], found)
                return found
    return []


@lru_cache(maxsize=1)
def _listed_before_names_pattern() -> re.Pattern[str]:
    """A plural office and its countries set before the names of its holders, and the first one's
    title: "Foreign Ministers from Australia, New Zealand and Fiji, Senator " (then "X, Y and Z …")."""
    return re.compile(
        r"^\s*(?i:the\s+)?(?P<office>(?i:" + _GROUP_OFFICES.alternation() + r"))\s+(?i:of|from)\s+"
        rf"(?P<countries>{_LISTED_COUNTRY}(?:\s*,\s*{_LISTED_COUNTRY})*\s*,?\s+(?:and|&)\s+{_LISTED_COUNTRY})"
        r"\s*,\s*(?:[\w.’'-]+\s+){0,3}$"
    )


def _offices_of_listed_names(before: str, principals: Sequence[Principal]) -> None:
    """Give the people a sentence names after a plural office of listed countries ("Foreign Ministers
    from Australia, New Zealand and Fiji, Senator X, the Hon Y and Z …") the office (not a role's
    "Leader") and, in order, the countries: as many countries as names, else nothing."""
    found = _listed_before_names_pattern().match(before)
    if found is None:
        return
    codes = [country_from_name(c.group()) for c in _LISTED_ONE.finditer(found.group("countries"))]
    if len(codes) != len(principals) or None in codes:
        return
    office = _group_office_label(found.group("office"))
    # a role ("The leaders of A and B, X and Y"): its holders' own offices are not said
    role = office == "Leader" or office.lower() in lx.ROLE_OFFICES
    for p, code in zip(principals, codes, strict=True):
        p.country = p.country or code
        if not role:
            _add_titles(p, [office])


#: What stands between an unnamed office and the next title of the same person: the rest of the office's
#: complement the scan left out ("[Director of the Office] of the CCP Central Foreign Affairs Commission"),
#: then "and".
_REST_OF_OFFICE_AND = re.compile(r"(?:\s+of\s+[^,;.()]{1,80}?)?\s+and\s+")
#: "the" right before an unnamed office: the article of the titles "and" joins after it.
_ARTICLE_BEFORE = re.compile(r"\bthe\s+$", _I)


def _holder_of_both_titles(sentence: str, m: Mention, profile: Profile) -> Mention:
    """The named person an unnamed office ``m`` is the first title of ("met with the Director of the
    Office of X and China's Foreign Minister Wang Yi": one person, not an office beside him), with
    both titles; else ``m``."""
    if m.name is not None:
        return m
    after = next((n for n in _named_mentions(sentence, profile) if n.start >= m.end), None)
    if after is None:
        return m
    if not (_one_article_two_titles(sentence, m, after) or _listed_titles(sentence, m, after)):
        return m
    return attrs.evolve(after, titles=(*m.titles, *after.titles))


def _one_article_two_titles(sentence: str, previous: Mention, m: Mention) -> bool:
    """An unnamed office with an "of" complement after "the", joined by "and" to a named person whose
    title a country opens ("the Director of the Office of the X Commission and China's Foreign Minister
    Wang Yi"): one article for both titles, the one person's two offices."""
    return (
        previous.name is None
        and " of " in (previous.office or "")
        and m.name is not None
        and m.country is not None
        and previous.country in (None, m.country)
        and bool(m.titles)
        and _rest_of_office_and(sentence, previous, m)
        and (
            _ARTICLE_BEFORE.search(sentence, 0, previous.start) is not None
            or sentence[previous.start : previous.start + 4].lower() == "the "
        )
    )


#: The same, "the" repeated before the second title: "the Vice-President of X and the Minister of Y, Name".
_REST_OF_OFFICE_AND_THE = re.compile(r"(?:\s+of\s+[^,;.()]{1,80}?)?\s+and\s+the\s+")
#: A comma right before a name: it stands in apposition to the titles before it.
_COMMA_THEN_NAME = re.compile(r",\s*$")


def _rest_of_office_and(sentence: str, previous: Mention, m: Mention) -> bool:
    """True when only the rest of the office ``previous`` and "and" stand before ``m``'s titles; a
    second "the" only where the name follows both titles after a comma ("the Vice-President of the
    Council of Ministers and the Minister of Foreign Affairs of X, Ana Ruiz": one person's two offices,
    en-ba)."""
    if _REST_OF_OFFICE_AND.fullmatch(sentence, previous.end, m.start) is not None:
        return True
    return (
        _REST_OF_OFFICE_AND_THE.fullmatch(sentence, previous.end, m.start) is not None
        and m.name_start > m.start
        and _COMMA_THEN_NAME.search(sentence, m.start, m.name_start) is not None
    )


#: Between two titles of one person: an ampersand ("Deputy Prime Minister & Foreign Minister"), or ", and"
#: closing a list of titles ("Party Politburo Member, Director of the X Office, and Foreign Minister").
_TITLES_JOINED = re.compile(r"\s*&\s*|,\s+and\s+")
#: A comma right before an unnamed office: it stands in a list of titles.
_COMMA_BEFORE = re.compile(r",\s*$")


def _listed_titles(sentence: str, previous: Mention, m: Mention) -> bool:
    """An unnamed office with no article joined to a named, titled person with no article between by an
    ampersand, or by ", and" where a comma stands before the office too: the person's titles in a row,
    one person ("… with Party Politburo Member, Director of the X Office, and Foreign Minister Wang Yi";
    "with Deputy Prime Minister & Foreign Minister Y"), not an office beside him."""
    joint = _TITLES_JOINED.fullmatch(sentence, previous.end, m.start)
    if previous.name is not None or m.name is None or not m.titles or joint is None:
        return False
    if _ARTICLE_BEFORE.search(sentence, 0, previous.start) or sentence.startswith(
        ("the ", "The "), previous.start
    ):
        return False
    return "&" in joint.group() or _COMMA_BEFORE.search(sentence, 0, previous.start) is not None


def _appositive_office(sentence: str, previous: Mention, m: Mention) -> bool:
    """An office with no name and no article right after a named person and a comma ("X, Secretary of
    Y of Z"): that person's office set off by commas, not another side ("X, the Prime Minister and …")."""
    return (
        previous.name is not None
        and m.name is None
        and m.office is not None
        and sentence[previous.end : m.start].strip() == ","
    )


def _without_office_twins(principals: list[Principal]) -> list[Principal]:
    """The principals without an unnamed office that is also a named principal's title in the
    same text: that office is the person (when more than two principals were found)."""
    named = [p for p in principals if p.name]
    kept: list[Principal] = []
    for p in principals:
        # of two, only a headline's office after the named one holding it
        if p.name is None and p.office and not p.listed and (len(principals) > 2 or p.from_title):
            office = p.office
            if any(
                _titles_compatible(q.titles, office)
                and (p.country is None or q.country in (None, p.country))
                and (len(principals) > 2 or q is principals[0])
                for q in named
            ):
                continue
        kept.append(p)
    return kept


def _without_named_office_holders(
    principals: list[Principal], paragraphs: Sequence[str], profile: Profile
) -> list[Principal]:
    """The principals without an unnamed office the body gives a named principal with his name: "Senator
    Berg met the leaders. The Senator spoke with …" (the office is Berg, whatever title the lead gave
    him; State's trip of a former senator, bulk). Only an office the page writes before that same
    person's name goes, and only when the lead gave him another: "The Prime Minister spoke to Prime
    Minister Trudeau" names two prime ministers."""
    offices = [p for p in principals if p.name is None and p.office and not p.listed]
    if not offices or not any(p.name for p in principals):
        return principals
    holders: list[Mention] = []
    for para in paragraphs[:6]:
        holders.extend(m for m in _named_mentions(para, profile) if m.name and m.titles)
    twins = {id(p) for p in offices if any(_holds_office_otherwise(p, m, principals) for m in holders)}
    return [p for p in principals if id(p) not in twins]


def _holds_office_otherwise(office: Principal, m: Mention, principals: Sequence[Principal]) -> bool:
    """True when mention ``m`` writes the unnamed ``office`` before the name of a principal the lead
    titled otherwise ("Senator Berg" for the Special Advisor Lars Berg)."""
    title = office.office or ""
    # One title only: "The Prime Minister and President Kenyatta" is read as one mention with two.
    if (
        len(m.titles) != 1
        or not _titles_compatible(m.titles, title)
        or office.country not in (None, m.country or office.country)
    ):
        return False
    return any(
        q.name and may_be_same_person(q.name, m.name or "") and not _titles_compatible(q.titles, title)
        for q in principals
    )


def _offices_of_untitled(principals: list[Principal]) -> list[Principal]:
    """An unnamed office found after the one principal named with no title who can hold it is that
    person's ("Ivan Petrov congratulated X ... The President of Russia also sent a message": Petrov
    is the President of Russia), when no titled principal holds the office: the person takes the
    office's title and country, and the office goes. Not an office the opening joins as a side
    ("Ivan Petrov met the Prime Minister"). An office of a known state is also the one untitled principal
    of that state named after it, a side of the opening or not (``_untitled_of_state_after``)."""
    kept: list[Principal] = []
    for i, p in enumerate(principals):
        if p.name is None and p.office and not p.listed and not p.first_person:
            office = p.office
            titled = [
                q
                for q in principals
                if q.name and _titles_compatible(q.titles, office) and q.country in (None, p.country)
            ]
            earlier = [
                q for q in principals[:i] if q.name and not q.titles and q.country in (None, p.country)
            ]
            untitled = (earlier if p.side is None else []) + _untitled_of_state_after(
                principals[i + 1 :], p.country
            )
            if not titled and len(untitled) == 1:
                holder = untitled[0]
                holder.titles = list(p.titles) or [office]
                holder.country = holder.country or p.country
                holder.requested = holder.requested or p.requested
                continue
        kept.append(p)
    return kept


def _untitled_of_state_after(later: Sequence[Principal], state: str | None) -> list[Principal]:
    """The principals named after an unnamed office with no title and the office's own known state
    ("Latvian Prime Minister visited Estonia." then "… met his Latvian counterpart Tom Hale"): the
    headline's and the opening's office is the person the body then names with his state (fam234:
    en-br Report.az)."""
    if state is None:
        return []
    return [q for q in later if q.name and not q.titles and q.country == state]


def _name_offices(principals: list[Principal], earlier: Sequence[str], profile: Profile) -> None:
    """Name a principal the opening calls only by office ("The Minister and the Secretary met") by
    the one person the text before it names with that title ("Foreign Minister Ana Ruiz talked to
    Secretary of State Tom Reed"): a definite office refers back to its holder."""
    offices = [p for p in principals if p.name is None and p.office and not p.listed]
    if not offices:
        return
    named = [m for text in earlier for m in _named_mentions(text, profile) if m.name]
    for p in offices:
        holder = _give_holder(p, _office_holders(p, named, principals))
        if holder is not None:
            p.country = p.country or holder.country
    if len(offices) == 1 and offices[0].name is None:
        _name_by_summary(offices[0], principals, earlier, profile)


def _name_by_summary(
    p: Principal, principals: Sequence[Principal], earlier: Sequence[str], profile: Profile
) -> None:
    """Name the opening's one office ("the Prime Minister held a video conference with President
    Obama, …") by the one person a summary above it names bare, before the same others ("David
    Cameron holds talks with President Obama, …"): the publisher's own head, whom its readers know."""
    for text in earlier:
        mentions = [m for m in _named_mentions(text, profile) if m.name]
        known = [m for m in mentions if any(_same_person(q, m) for q in principals)]
        bare = [m for m in mentions if not m.titles and m not in known]
        if len(bare) == 1 and known and bare[0].start < min(m.start for m in known):
            _give_holder(p, bare)
            return


def _name_office_by_lead_pair(principals: list[Principal], lead: str, profile: Profile) -> None:
    """Name the one principal known only by office by the person the lead's first sentence opens
    with beside the other principal, as the event's two sides ("Sir Keir Starmer and Donald Trump
    discussed …" above a quoted readout's "The Prime Minister spoke to President Trump"): the name
    the page itself gives, where that person's titles and country fit the office (never a list of
    office-holders)."""
    office, named = _sole_office(principals)
    holder = _lead_pair_other(lead, named, profile) if office is not None else None
    if office is not None and holder is not None:
        _give_office_name(office, [holder])


#: A headline that opens with two family names joined by "and" ("Ruiz and Berg agree to meet soon").
_HEADLINE_PAIR = re.compile(r"^\s*([A-Z][\w'’-]+)\s+and\s+([A-Z][\w'’-]+)\s")


def _name_office_by_headline_pair(
    principals: list[Principal], title: str, paragraphs: Sequence[str], profile: Profile
) -> None:
    """Name the one principal known only by office by the family name the headline pairs with the
    other principal's ("Starmer and Trump stress close ties" above "The Prime Minister spoke to
    President Trump"), as the body writes that person in full ("Sir Keir Starmer"), where the
    person's titles and country fit the office."""
    office, named = _sole_office(principals)
    family = _headline_pair_other(title, named) if office is not None else None
    if office is None or family is None:
        return
    holders = [
        m
        for text in paragraphs[:8]
        for m in _named_mentions(text, profile)
        if m.name and surname(m.name) == family
    ]
    _give_office_name(office, holders)


def _sole_office(principals: Sequence[Principal]) -> tuple[Principal | None, list[Principal]]:
    """The one principal known only by office (None where there are none or several), and the
    named principals."""
    offices = [p for p in principals if p.name is None and p.office and not p.listed]
    named = [p for p in principals if p.name]
    return (offices[0] if len(offices) == 1 and named else None), named


def _headline_pair_other(title: str, named: Sequence[Principal]) -> str | None:
    """The family name (folded) of an "X and Y" (or "X phones Y": two family names on either side of
    the headline's event verb) that opens the headline that is no ``named`` principal's, where the
    other is; else None."""
    pair = _HEADLINE_PAIR.match(title)
    names = pair.groups() if pair else _headline_event_pair(title)
    if names is None:
        return None
    words = [fold(w) for w in names if not any(surname(p.name or "") == fold(w) for p in named)]
    return words[0] if len(words) == 1 else None


#: A headline's family name before its event verb: "Modi phones Hasina", "Ruiz meets Berg".
_HEADLINE_SUBJECT = re.compile(r"^\s*((?-i:[A-Z])[\w'’-]+)\s+$")


def _headline_event_pair(title: str) -> tuple[str, str] | None:
    """The two family names of a headline "X phones Y", its event verb (as the event clause reads it)
    between them; else None."""
    clause = event_clause(title)
    subject = _HEADLINE_SUBJECT.match(title[: clause.start()]) if clause else None
    guest = _HEADLINE_GUEST.match(title, clause.start()) if clause else None
    if subject is None or guest is None:
        return None
    return subject.group(1), guest.group(1)


def _give_office_name(office: Principal, holders: Sequence[Mention]) -> None:
    """Name ``office`` by the fullest of ``holders`` (mentions of one person), where every one of
    them fits the office."""
    if not holders or not all(_may_hold(m, office) for m in holders):
        return
    holder = max(holders, key=lambda m: len((m.name or "").split()))
    office.name, office.office = holder.name, None
    _add_titles(office, holder.titles)
    office.country = office.country or holder.country


def _lead_pair_other(lead: str, named: Sequence[Principal], profile: Profile) -> Mention | None:
    """The person of an "X and Y" that opens the lead's first sentence who is not one of the
    ``named`` principals, where the other is one of them; else None."""
    sentence = next((s.text for s in split_sentences(lead)), "")
    mentions = _named_mentions(sentence, profile)[:2]
    if len(mentions) < 2 or sentence[: mentions[0].start].strip() or not _coordinated(sentence, *mentions):
        return None  # not "X and Y" opening the lead
    others = [m for m in mentions if not any(_same_person(p, m) for p in named)]
    return others[0] if len(others) == 1 else None


def _may_hold(m: Mention, office: Principal) -> bool:
    """Whether the named mention's country and titles (if any) fit the principal's office."""
    if m.country not in (None, office.country):
        return False
    return not m.titles or _titles_compatible(m.titles, office.office or "")


def _name_later_offices(principals: list[Principal], later: Sequence[str], profile: Profile) -> bool:
    """Name a principal the opening calls only by office ("The US Ambassador to Sri Lanka called on
    the President") by the one person the body then calls by that office ("Ambassador Chung said").
    An office of no known country is named so on a publisher's page ("The Prime Minister spoke
    to …", then "Prime Minister Berg underlined …" on gov.uk) by a holder of no other country;
    elsewhere by a holder the body gives no country either ("The Secretary-General has been meeting
    …", then "Secretary-General Ana Ruiz said"), an office no other principal holds."""
    home = profile.home_country
    offices = [p for p in principals if p.name is None and p.office]
    if not offices:
        return False
    named = [
        m
        for text in later
        for m in _plural_office_list(text, _named_mentions(text, profile))
        if m.name and m.titles and not _former(text, m)
    ]
    done = False
    while offices:
        # an office named leaves its holder out of the others' ("Prime Minister Starmer", of no
        # country, stood beside "Dutch Prime Minister Dick Schoof" until the British office took him)
        given = [
            p for p in offices if _give_holder(p, _later_holders(p, named, principals, home)) is not None
        ]
        if not given:
            break
        done = True
        offices = [p for p in offices if all(p is not q for q in given)]
    return done


#: A plural office that opens a list of people ("Presidents" in "Presidents A of X, B of Y, and C of Z").
_PLURAL_OFFICE = re.compile(rf"(?i:{_GROUP_OFFICES.alternation()})")
#: What stands between two people of one list: a comma (the first one's mention holds it), "and".
_LIST_GAP = re.compile(r"\s*,?\s*(?:(?:and|&)\s+)?")


def _plural_office_list(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions``, each of a list that a plural office opens given that office as its title, where
    the scan gave it none: "Presidents Sadyr Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan, and
    …" names a President of each country (en-s, a news copy of Akorda's page, under an opening that
    named them only as "The presidents of Kazakhstan, Kyrgyzstan, …")."""
    out = list(mentions)
    i = 0
    while i < len(out):
        first = out[i]
        before = text[first.start : first.name_start].strip() if first.name_start > first.start else ""
        plural = _PLURAL_OFFICE.fullmatch(before) if before and not first.titles else None
        if plural is None:
            i += 1
            continue
        office = _group_office_label(plural.group(0))
        j = i
        while j < len(out) and not out[j].titles and out[j].name:
            if j > i and not _LIST_GAP.fullmatch(text[out[j - 1].end : out[j].start]):
                break
            out[j] = attrs.evolve(out[j], titles=(office,))
            j += 1
        i = max(j, i + 1)
    return out


#: Words before an office that say its holder no longer holds it ("former President X").
_FORMER_BEFORE = re.compile(r"\b(?:former|late|ex-?|then-?)\s*$", _I)


def _former(text: str, m: Mention) -> bool:
    """True for a mention styled as a past holder of its office ("such as former President Ana Ruiz")."""
    return _FORMER_BEFORE.search(text, 0, _start_of(m)) is not None


def _give_holder(p: Principal, holders: Sequence[Mention]) -> Mention | None:
    """Name ``p`` by its office's one holder (mentions of one surname; the fullest of them), if
    there is one: the holder's name and titles replace the office. The holder, or None."""
    if len({surname(m.name or "") for m in holders}) != 1:
        return None
    holder = max(holders, key=lambda m: len((m.name or "").split()))
    p.name = holder.name
    p.office = None
    _add_titles(p, holder.titles)
    return holder


def _later_holders(
    p: Principal, named: Sequence[Mention], principals: Sequence[Principal], home: str | None
) -> list[Mention]:
    """``_office_holders`` for ``_name_later_offices``: for an office of no known country, only for the
    opening's subject (the page's own office-holder: "The Secretary-General has been meeting …"), none
    another principal holds, and only holders of no country either (a delegation's "Mr. X, Minister of
    Foreign Affairs" names no other side's bare office); a state's head's office only by a known leader."""
    holders = _office_holders(p, named, principals, home)
    if (p.country or home) is not None:
        return holders
    office = p.office or ""
    if any(q is not p and _titles_compatible(q.titles, office) for q in principals):
        return []
    if _leaders_office(office):
        return _known_leader_holders(holders)
    if p.side != 0:
        return []
    return [m for m in holders if m.country is None]


def _known_leader_holders(holders: Sequence[Mention]) -> list[Mention]:
    """The holders of a state's head's bare office of no known country when they are all one known head
    of state or government ("The President spoke to …", then "President Obama also updated …"): the
    leader says whose office it is; an unknown holder says nothing."""
    countries = {leader_country(m.name or "") for m in holders}
    return list(holders) if len(countries) == 1 and None not in countries else []


@lru_cache(maxsize=256)
def _leaders_office(office: str) -> bool:
    """True for a state's head's office ("President", "Prime Minister"): every state has one, so a
    page of no known country cannot tell whose its bare office is."""
    leaders = {t for titles in lx.ROLE_OFFICES.values() for t in titles}
    bare = office.removeprefix("the ").removeprefix("The ")
    if _ABBREVIATION.fullmatch(bare):
        # "PM" is the Prime Minister's office as surely as the words are
        return any(initials(t) == bare for t in leaders)
    return bare.lower() in {t.lower() for t in leaders}


def _office_holders(
    p: Principal, named: Sequence[Mention], principals: Sequence[Principal], home: str | None = None
) -> list[Mention]:
    """The named mentions whose titles fit ``p``'s office and country (the publisher's ``home`` for an
    office of no known country), and who are no principal yet."""
    office = p.office or ""
    country = p.country or home
    return [
        m
        for m in named
        if _titles_compatible(m.titles, office)
        and (country is None or m.country in (None, country))
        and not any(q.name and may_be_same_person(q.name, m.name or "") for q in principals)
    ]


def _full_names(principals: list[Principal], paragraphs: Sequence[str], profile: Profile) -> None:
    """Name a principal known only by a surname ("Baerbock" from a headline) by the longest form of
    the name the body gives ("Foreign Minister Annalena Baerbock"), when no other principal has it;
    and one named without a middle name or initial by the form with it (``_fuller_forms``)."""
    _fuller_forms(principals, paragraphs, profile)
    _given_names_before(principals, paragraphs, profile)
    short = [p for p in principals if p.name and len(p.name.split()) == 1]
    if not short:
        return
    for para in paragraphs[:12]:
        if not any(fold(p.name or "") in fold(para) for p in short):
            continue
        for m in _named_mentions(para, profile):
            if m.name is not None and len(m.name.split()) >= 2:
                _lengthen_names(short, principals, m.name, m)


def _given_names_before(principals: list[Principal], paragraphs: Sequence[str], profile: Profile) -> None:
    """Name a principal known by a family name that opens with a particle ("Le Drian", "Van Rompuy",
    "Von der Leyen", from a headline or a sentence's capitalised opening) by the body's form with the
    given names before it ("Jean-Yves Le Drian"), the same words in any case; not when another principal
    could be that person. (A given name and family name, "Ana Ruiz", is no family name alone: a word
    before it may be a misspelt title, "Presidnet Ana Ruiz"; so any other name of two words or more is
    lengthened only by a form the scan found a title or a style before, "Foreign Minister Ana Tavo Reyes"
    for "Tavo Reyes", whose given name is then plainly a name's word: fam234.)"""
    family = [p for p in principals if p.name and len(p.name.split()) >= 2]
    for para in paragraphs[:12] if family else ():
        for m in _named_mentions(para, profile):
            hit = _lengthened_by(family, m, para)
            if len(hit) == 1 and not any(q.name == m.name for q in principals):
                hit[0].name = m.name
                _add_titles(hit[0], m.titles)
                hit[0].country = hit[0].country or m.country
                family.remove(hit[0])


def _lengthened_by(family: Sequence[Principal], m: Mention, para: str) -> list[Principal]:
    """The principals of ``family`` the mention ``m`` of ``para`` writes with given names before their
    name: a family name opening with a particle, or any name when the mention carries a title or a style
    and its first words do not follow an office's "of" (``_given_names_before``)."""
    whole = fold(m.name or "").split()
    styled = (bool(m.titles) or m.name_start > m.start) and not _after_of(para, m.name_start)
    return [
        p
        for p in family
        if (_particle_opens(p.name or "") or (styled and _given_words_before(m.name or "", p.name or "")))
        and _ends_with_words(whole, fold(p.name or "").split())
    ]


def _after_of(para: str, start: int) -> bool:
    """True when the words at ``start`` follow an "of" ("President of Freedonia Eko Tan"): the first of
    them are the office's complement (a state, a body), never given names to lengthen a name with."""
    return para[:start].rstrip().lower().endswith((" of", "\u00a0of"))


def _given_words_before(full: str, family: str) -> bool:
    """True when the words ``full`` writes before ``family`` are given names, none an initial or an
    abbreviation ("M." of a French copy's "S.E. M. Tom Hale" is a style the scan left in the name)."""
    extra = full.split()[: -len(family.split())]
    return bool(extra) and all(len(w) > 2 and not w.endswith(".") for w in extra)


def _particle_opens(name: str) -> bool:
    """True when a name's first word is a particle of family names, in any case ("Van Rompuy")."""
    return name.split(maxsplit=1)[0].lower() in PARTICLES


def _ends_with_words(whole: Sequence[str], tail: Sequence[str]) -> bool:
    """True when the words ``whole`` are the words ``tail`` with more before them."""
    return len(whole) > len(tail) and list(whole[-len(tail) :]) == list(tail)


def _fuller_forms(principals: list[Principal], paragraphs: Sequence[str], profile: Profile) -> None:
    """Name a principal by the fullest form of the name the page gives: "Antony Blinken" in the lead,
    "Antony J. Blinken" in the statement it quotes, is one person, "Antony J. Blinken" (the same first
    and last words, more between); not when another principal could be that fuller name."""
    named = [p for p in principals if p.name and len(p.name.split()) >= 2]
    for para in paragraphs[:12] if named else ():
        if not any(p.name and p.name.split()[-1] in para for p in named):
            continue
        for m in _named_mentions(para, profile):
            fuller = [p for p in principals if p.name and m.name and _fuller_form(p.name, m.name)]
            if len(fuller) == 1 and not any(q.name == m.name for q in principals):
                fuller[0].name = m.name


def _fuller_form(name: str, full: str) -> bool:
    """True when ``full`` is ``name`` with more words between its first and last ("Antony J. Blinken"
    for "Antony Blinken"), its own middle words kept in order."""
    short, long = name.split(), full.split()
    if len(long) <= len(short) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long[1:-1])
    return all(word in rest for word in short[1:-1])


def _own_offices(principals: Sequence[Principal], paragraphs: Sequence[str], profile: Profile) -> None:
    """Give a principal named bare ("Ana Ruiz at a summit …" in a headline) the titles and country of
    the body's first mention of the same full name ("President of Moldova Ana Ruiz"): the person's own
    office says the country before any guess from the countries the text names."""
    bare = [p for p in principals if p.name and not p.titles and p.country is None]
    for para in paragraphs[:12] if bare else ():
        for m in _named_mentions(para, profile):
            hit = [p for p in bare if m.name and fold(m.name) == fold(p.name or "")]
            if hit and m.titles and m.country:
                _add_titles(hit[0], m.titles)
                hit[0].country = m.country
                bare.remove(hit[0])


def _lengthen_names(
    short: Sequence[Principal], principals: Sequence[Principal], full: str, m: Mention
) -> None:
    """Give the full name ``full`` (of mention ``m``) to the one-word principal it belongs to."""
    for p in short:
        if p.name is None or not may_be_same_person(p.name, full):
            continue
        if any(q is not p and q.name and may_be_same_person(q.name, full) for q in principals):
            continue
        if len(full.split()) > len(p.name.split()):
            p.name = full
            _add_titles(p, m.titles)
            p.country = p.country or m.country


def _following_sentences(
    opening: Opening, paragraphs: Sequence[str], limit: int = 4, *, reach: int = 1
) -> list[str]:
    """The sentences after the opening one: the rest of its paragraph, then the next ``reach``
    paragraphs."""
    out: list[str] = []
    index = opening.paragraph
    if 0 <= index < len(paragraphs):
        end = opening.offset + len(opening.sentence)
        out.extend(s.text for s in split_sentences(paragraphs[index][end:], semicolons=True))
    for paragraph in paragraphs[index + 1 : index + 1 + reach]:
        out.extend(s.text for s in split_sentences(paragraph, semicolons=True))
    return out[:limit]


def _nobody_next(
    principals: Sequence[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> bool:
    """Whether the paragraph after the opening's names no person, not even the traveller by surname
    (the trip's purpose, as a ministry said it)."""
    index = opening.paragraph + 1
    if index >= len(paragraphs) or _named_mentions(paragraphs[index], profile):
        return False
    words = set(re.findall(r"[\w’'-]+", paragraphs[index]))
    return not any(p.name and p.name.split()[-1] in words for p in principals)


def _add_counterparts(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The other side of an opening that names one person ("X travelled to Lima."): the first
    following sentence with an event clause ("He was received by ...", "During the visit, the
    Minister held a meeting with ...") gives it. An office that fits a principal's title
    ("EAM", "the Minister") is that principal, not a new one. A trip's talks may come a paragraph
    later, after one on the trip's purpose ("has paid a working visit to A." / "The ministry said …" /
    "She held separate meetings with X, the President of A and Y": issue #8, en-ak's GNA copy)."""
    trip = _TRIP_OPENING.search(opening.sentence)
    reach = 2 if trip and _nobody_next(principals, opening, paragraphs, profile) else 1
    pieces = _following_sentences(opening, paragraphs, limit=_LISTED_REACH, reach=reach)
    for index, sentence in enumerate(pieces[:4]):
        if not event_clause(sentence):
            continue
        # sides only after an opening that named its subject alone ("X travelled to Lima.")
        sided = bool(principals) and all(p.side == 0 for p in principals)
        objects = _add_clause_sides(principals, sentence, profile, sided=sided)
        if objects is None:
            continue
        if objects and sentence.rstrip().endswith(";"):
            _share_piece_country([p for p in principals if any(_same_person(p, m) for m in objects)])
            _add_listed_after(principals, pieces[index + 1 :], 1 if sided else None, profile)
        return


def _add_clause_sides(
    principals: list[Principal], sentence: str, profile: Profile, *, sided: bool
) -> list[Mention] | None:
    """Add the sides of the sentence's event clause that are no principal yet (``sided``: on the side
    the sentence puts them); the clause's objects, or None where it added nobody."""
    added = False
    subjects, objects = _clause_sides(sentence, profile)
    for side, m in [*((0, m) for m in subjects), *((1, m) for m in objects)]:
        if m.name and any(_same_person(p, m) for p in principals):
            continue
        if m.name is None and m.office and any(_fits_office(p, m.office) for p in principals):
            continue
        # on the side the sentence puts them ("He and Y met with Z": Y with him, Z the other)
        principals.append(attrs.evolve(_from_mention(m), side=side if sided else None))
        added = True
    return objects if added else None


#: How many semicolon-set pieces after the opening a list of the people met may run to.
_LISTED_REACH = 24


def _add_listed_after(
    principals: list[Principal], pieces: Sequence[str], side: int | None, profile: Profile
) -> None:
    """The rest of a list of the people met that semicolons set apart ("spoke to Prime Minister A of X;
    President B of Y; and Prime Minister C of Z."): each piece after the event clause's is one or two
    titled people with no clause of its own; they are on the side of the clause's objects. The list
    ends with the piece that does not end in a semicolon."""
    for piece in pieces:
        if event_clause(piece):
            return
        listed = [m for m in _named_mentions(piece, profile) if m.name and m.titles]
        if not listed:
            return
        for m in listed:
            if not any(_same_person(p, m) for p in principals):
                principals.append(attrs.evolve(_from_mention(m), side=side))
        _share_piece_country([p for p in principals if any(_same_person(p, m) for m in listed)])
        if not piece.rstrip().endswith(";"):
            return


def _share_piece_country(people: Sequence[Principal]) -> None:
    """The people of one piece of a list set apart by semicolons are of the one country the piece
    names ("Prime Minister A and President B of Russia;": A too is Russian)."""
    known = {p.country for p in people if p.country}
    if len(known) == 1:
        code = known.pop()
        for p in people:
            p.country = p.country or code


#: The opening's other side is a plural group the page names meeting by meeting: "held telephonic
#: talks with his Turkish and Afghan counterparts", "met separately today with a range of Singaporean
#: leaders" (issue #8, en-w: one page telling two calls; the UN chief's separate meetings).
_PLURAL_GROUP_MET = re.compile(
    # or the verb's own object: "met several world leaders in London" (issue #8, en-at)
    r"\b(?:with|met)\s+(?:(?:his|her|their|a\s+range\s+of|several|various|some\s+of\s+(?:his|her|their))\s+)"
    r"(?:[\w’'-]+\s+){0,4}?(?:counterparts|leaders|officials)\b",
    _I,
)
#: A sentence telling one of those meetings: "In his conversation with X, …", "During the meeting with X, …".
_ONE_MEETING_WITH = re.compile(
    r"^(?:In|During)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:meeting|conversation|call|talks?|discussion|exchange)\s+with\s+",
    _I,
)


def _members_met(sentence: str, profile: Profile) -> list[Mention]:
    """The people one sentence tells a meeting with: "In his meeting with X, …", an event clause's object."""
    opener = _ONE_MEETING_WITH.match(sentence)
    if opener:
        after = [m for m in _named_mentions(sentence, profile) if m.start >= opener.end()]
        return [after[0]] if after and after[0].start - opener.end() <= 12 else []
    if clause_tense(sentence) != "past":
        return []  # none, or a meeting still to come ("will also have a discussion with X")
    return [m for m in _clause_sides(sentence, profile)[1] if m.name]


#: The purpose of a trip told as a list of the people met: "Visiting London for meetings with A, B
#: and C", "in Rome for talks with A and B".
_FOR_MEETINGS_WITH = re.compile(
    r"\bfor\s+(?:(?:bilateral|separate|further|official)\s+)?(?:meetings|talks|consultations)\s+with\s+", _I
)


def _add_meetings_list(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """Everyone of the list a lead sentence gives as a trip's purpose ("for meetings with A, B and C")
    when one of them is a principal already: the list names the visit's hosts, each titled and
    named in full (issue #8, en-ad: a NATO chief's London visit, whose opening named the first)."""
    for paragraph in paragraphs[opening.paragraph : opening.paragraph + 2]:
        for sentence in (s.text for s in split_sentences(paragraph, semicolons=True)):
            found = _FOR_MEETINGS_WITH.search(sentence)
            if found is None:
                continue
            listed: list[Mention] = []
            for m in (m for m in _named_mentions(sentence, profile) if m.start >= found.end()):
                if listed and not _coordinated(sentence, listed[-1], m):
                    break
                listed.append(m)
            if not any(_same_person(p, m) for p in principals for m in listed):
                continue
            for m in listed:
                full = m.name is not None and len(m.name.split()) >= 2 and bool(m.titles)
                if full and not any(_same_person(p, m) for p in principals):
                    principals.append(attrs.evolve(_from_mention(m), side=1))


def _add_members_met(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The members of a plural group the opening met ("with his Turkish and Afghan counterparts"),
    each named by a later sentence telling one meeting: each is a principal, in the text's order."""
    if not _PLURAL_GROUP_MET.search(opening.sentence):
        return
    for paragraph in paragraphs[opening.paragraph :]:
        for sentence in split_sentences(paragraph, semicolons=True):
            if sentence.text == opening.sentence:
                continue
            for m in _members_met(sentence.text, profile):
                if not any(_same_person(p, m) for p in principals):
                    principals.append(attrs.evolve(_from_mention(m), side=1))


#: The opening's other side is a plural group of leaders whose members a later sentence lists: "received
#: phone calls from a number of heads of state", "convened a teleconference with several African Heads
#: of State" (issue #8, en-aj, en-ak: condolence calls, a regional chair's teleconference).
_LEADERS_GROUP_MET = re.compile(
    r"\b(?:with|from)\s+(?:a\s+number\s+of|a\s+range\s+of|several|various|many|some|a\s+group\s+of)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:leaders|heads\s+of\s+(?:state|government)|presidents|counterparts)\b",
    _I,
)
#: The sentence that lists the group's members: "Among those conveying their sympathies were A; B; and C",
#: "The teleconference comprised A, B (Kenya) and C".
_MEMBERS_LISTED = re.compile(
    r"^(?:Among\s+(?:those|them|the\s+(?:callers|leaders|participants))\b[^.;:]{0,60}?\s+(?:were|was)\s+"
    r"|(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:calls?|teleconference|videoconference|video\s+conference|"
    r"conference|meeting|summit|session)\s+(?:comprised|included|brought\s+together|involved)\s+"
    # the group itself as the subject: "These included A, B and C" (issue #8, en-bi: a leader's
    # bilateral meetings with several other leaders at a summit)
    r"|(?:These|They|Those)\s+included\s+)",
    _I,
)


def _group_paragraph(opening: Opening, paragraphs: Sequence[str]) -> int | None:
    """The paragraph whose event names the plural group of leaders met: the opening's, or the lead
    paragraph before it when the opening is a later encounter ("X rounded off the summit with bilateral
    meetings with several other leaders", then "X also called on Y": issue #8, en-bi)."""
    if _LEADERS_GROUP_MET.search(opening.sentence):
        return opening.paragraph
    lead = _ENCOUNTERS_WITH_GROUP.search(paragraphs[0]) if opening.paragraph > 0 else None
    return 0 if lead is not None and _LEADERS_GROUP_MET.match(paragraphs[0], lead.start("group")) else None


#: The lead's encounters with a group: "with bilateral meetings with several other leaders".
_ENCOUNTERS_WITH_GROUP = re.compile(
    r"\b(?:meetings|talks|calls|conversations|discussions)\s+(?P<group>with)\s", _I
)


def _add_group_members(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The members of a plural group of leaders the opening met or heard from, listed by a sentence
    after it in the opening's paragraph or the next ("Among those … were A, President of X; B, …; and C";
    "The teleconference comprised A, B (Kenya) and C"): each named in full is a principal."""
    start = _group_paragraph(opening, paragraphs)
    if start is None:
        return
    for paragraph in paragraphs[start : start + 2]:
        for sentence in (s.text for s in split_sentences(paragraph)):
            opener = _MEMBERS_LISTED.match(sentence)
            if opener is None or sentence == opening.sentence:
                continue
            for m in _named_mentions(sentence, profile):
                full = m.start >= opener.end() and m.name is not None and len(m.name.split()) >= 2
                if full and not any(_same_person(p, m) for p in principals):
                    principals.append(attrs.evolve(_from_mention(m), side=1))
            return


#: The opening names a group of envoys as a whole: "Nine Heads of Diplomatic Mission paid courtesy calls
#: on X", "X received five envoys" (issue #8, en-bg: a vice-president's courtesy calls).
_ENVOYS = r"(?:envoys|ambassadors|high\s+commissioners|heads\s+of\s+(?:diplomatic\s+)?missions?|diplomats)"
_ENVOY_GROUP = re.compile(rf"\b{_ENVOYS}\b", _I)
#: A later sentence listing the group's members: "The nine Heads of Mission who called on X were …",
#: "The envoys also included …".
_ENVOYS_LISTED = re.compile(
    rf"^(?:The|These|Those|Other)\s+(?:[\w-]+\s+){{0,3}}?{_ENVOYS}\b[^.;:]{{0,80}}?\s+(?:were|are|included|include)\s+",
    _I,
)
#: The office right after a listed envoy's name, and the state it is of: "[A] Ambassador of the Republic
#: of P,", "[B] the High Commissioner of Q and".
_ENVOY_OFFICE_AFTER = re.compile(
    r"^\s*,?\s*(?:the\s+)?(?P<office>(?:Deputy\s+)?(?:Ambassador|High\s+Commissioner|Envoy|"
    r"Charg[ée]\s+d[’']\s*Affaires|Consul[\s-]+General))\s+(?:of|from)\s+(?P<state>[^,;]{3,80})",
    _I,
)
#: How many paragraphs from the opening's may list the envoys the opening counts.
_ENVOYS_LISTED_REACH = 4


def _envoy_after(after: str) -> tuple[str, str] | None:
    """The office and country right after a listed envoy's name ("Ambassador of the Republic of P, ..."),
    or None when the words there are no envoy's office of a named state."""
    found = _ENVOY_OFFICE_AFTER.match(after)
    if found is None:
        return None
    state = _LISTED_ONE.match(found.group("state"))
    code = country_from_name(state.group()) if state else None
    return (" ".join(found.group("office").split()), code) if code else None


def _add_listed_envoys(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The members of a group of envoys the opening names as a whole, listed by a later sentence ("The
    nine Heads of Mission who called on X were A Ambassador of P, B the High Commissioner of Q and …"):
    each listed name with an envoy's office of a state right after it is a principal, that office its
    title and that state its country."""
    if not _ENVOY_GROUP.search(opening.sentence):
        return
    reach = paragraphs[opening.paragraph : opening.paragraph + _ENVOYS_LISTED_REACH]
    for sentence in (s.text for paragraph in reach for s in split_sentences(paragraph)):
        opener = _ENVOYS_LISTED.match(sentence)
        if opener is None or sentence == opening.sentence:
            continue
        listed = [m for m in _named_mentions(sentence, profile) if m.start >= opener.end() and m.name]
        for m, nxt in zip(listed, [*(x.name_start for x in listed[1:]), len(sentence)], strict=True):
            envoy = _envoy_after(sentence[m.end : nxt])
            known = any(_same_person(p, m) for p in principals)
            if envoy is None or len((m.name or "").split()) < 2 or known:
                continue
            principals.append(Principal(m.name, [envoy[0]], envoy[1], side=1))


#: A sentence that lists the event's participants, inverted: "NB8 participants at Monday's meeting, at
#: X's invitation, were A, B …", "Attending the meeting were A, B and C" (issue #8, en-bi: a ministers'
#: meeting and a three-way meeting of vice ministers, each told by its list); not "Also attending …".
_PARTICIPANTS_WERE = Gated.of(
    re.compile(
        r"^(?:(?:[\w-]+\s+){0,2}?participants\s+(?:at|in|of)\s+[^.;:]{0,60}?\s+(?:were|included)\s+(?!also\b)"
        # "In attendance for the Leaders' Summit aside from A was B; C; …" (issue #8, en-am)
        r"|In\s+attendance\s+(?:for|at)\s+the\s+[^.;:]{0,80}?\s+(?:was|were)\s+"
        r"|(?:Attending|Taking\s+part\s+in|Participating\s+in)\s+the\s+(?:[\w-]+\s+){0,2}?"
        r"(?:conference|meeting|meet|summit|session|talks|call|videoconference|video\s+conference)\s+were\s+(?!also\b))",
        _I,
    )
)
#: The opening's third parties: "between A and B, with the mediation and participation of C (P), D (Q)
#: and E" (issue #8, en-bi: a video conference of two ministers and their mediators).
_WITH_PARTICIPATION = Gated.of(re.compile(r"\bwith\s+the\s+(?:[\w-]+\s+and\s+)?participation\s+of\s+", _I))
#: A listed person's country in brackets right after the name: "A (Russia), B (France)".
_BRACKETED_COUNTRY = re.compile(rf"^\s*\((?P<country>{COUNTRY_PATTERN}|USA|US|UK)\)")


def _add_listed_people(principals: list[Principal], sentence: str, listed: Sequence[Mention]) -> None:
    """Each person of a list of the event's participants named in full is a principal, of the country
    his item gives (a demonym or a possessive before him, a bracketed country after him)."""
    for m in listed:
        if m.name is None or len(m.name.split()) < 2 or any(_same_person(p, m) for p in principals):
            continue
        bracket = _BRACKETED_COUNTRY.match(sentence[m.end :])
        bracketed = country_from_name(bracket.group("country")) if bracket else None
        principals.append(
            attrs.evolve(
                _from_mention(m), country=m.country or bracketed or _item_country(sentence, m), side=1
            )
        )


def _add_participants_listed(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The people a sentence lists as the event's participants ("Participants at the meeting were A, B
    and C", "Attending the meeting were A and B"), and the third parties the opening adds ("with the
    participation of A, B and C"): each named in full is a principal."""
    joined = _WITH_PARTICIPATION.search(opening.sentence)
    if joined is not None:
        after = [m for m in _named_mentions(opening.sentence, profile) if m.start >= joined.end()]
        _add_listed_people(principals, opening.sentence, after)
    for paragraph in paragraphs[opening.paragraph :]:
        for sentence in (s.text for s in split_sentences(paragraph)):
            found = _PARTICIPANTS_WERE.search(sentence)
            if found is not None and sentence != opening.sentence:
                after = [m for m in _named_mentions(sentence, profile) if m.start >= found.end()]
                _add_listed_people(principals, sentence, after)


#: An opening whose subject is a counted or plural group of callers: "Three African leaders have called
#: President X", "Several heads of state phoned X" (issue #8, en-bh: a spokesman's report of three calls).
_GROUP_CALLED = re.compile(
    r"^\W*(?:two|three|four|five|six|several|some|many|a\s+number\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|counterparts)\s+"
    r"(?:have\s+|had\s+)?(?:called|phoned|telephoned|spoken\s+(?:to|with)|spoke\s+(?:to|with))\b",
    _I,
)
#: A member of that group telling his own call right after his name: "[A of P] called X on Tuesday",
#: "[B] in a goodwill phone call to X, thanked …".
_CALLER_AFTER = re.compile(
    r"\s*,?\s*(?:(?:also|later|then|similarly)\s+)?(?:called|phoned|telephoned|"
    r"in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:phone|telephone)\s+(?:call|conversation)\s+(?:to|with))\b",
    _I,
)
#: How many paragraphs from the opening's may tell the group's calls one by one.
_GROUP_CALLS_REACH = 8


def _add_group_callers(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The members of a group of callers the opening counts ("Three African leaders have called X"),
    each told by a later sentence as calling ("President A of P called X", "B in a phone call to X"):
    each named in full is a principal."""
    if not _GROUP_CALLED.match(opening.sentence):
        return
    reach = paragraphs[opening.paragraph + 1 : opening.paragraph + _GROUP_CALLS_REACH]
    for sentence in (s.text for paragraph in reach for s in split_sentences(paragraph)):
        if not _CALLER_AFTER.search(sentence):
            continue  # the phrase first: most sentences hold none, and need no name scan here
        callers = [m for m in _named_mentions(sentence, profile) if _CALLER_AFTER.match(sentence, m.end)]
        _add_listed_people(principals, sentence, callers)


#: How many paragraphs after the opening's may name the holders of its plural office one by one.
_LISTED_NAMED_REACH = 4


def _listed_office_before(before: str, office: str) -> str | None:
    """The country of "<office> of <country>[ a few words], " right before a name ("the Ambassador of
    Ruritania in our country, X"), or None."""
    found = re.search(rf"\b{re.escape(office)}\s+of\s+([^,.;]{{1,60}}),\s*$", before, _I)
    if found is None:
        return None
    country = _LISTED_ONE.search(found.group(1))
    return country_from_name(country.group()) if country else None


def _listed_holder(m: Mention, before: str, office: str) -> str | None:
    """The country whose ``office`` a named mention holds, by its titles or the words before it."""
    if m.country and any(t.lower().startswith(office.lower()) for t in m.titles):
        return m.country
    return _listed_office_before(before, office)


def _name_listed_by_later(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """Name the holders of the opening's plural office of listed countries ("received the Ambassadors
    of A, B and C") whom later paragraphs name one by one ("The Ambassador of B, X, …"; "Y, Ambassador
    of C, said …"): each listed country's principal takes the full name that holds its office there."""
    unnamed = [p for p in principals if p.listed and p.name is None and p.country and p.office]
    if len(unnamed) < 2:
        return
    later = paragraphs[opening.paragraph + 1 : opening.paragraph + 1 + _LISTED_NAMED_REACH]
    for sentence in (s.text for paragraph in later for s in split_sentences(paragraph)):
        for m in _named_mentions(sentence, profile):
            if m.name is None or len(m.name.split()) < 2 or any(_same_person(p, m) for p in principals):
                continue
            for p in unnamed:
                office = p.office or ""
                if p.name is None and _listed_holder(m, sentence[: _start_of(m)], office) == p.country:
                    p.name, p.listed = m.name, False
                    break


def _add_semicolon_list(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """An opening cut at a semicolon that sets apart its object's office ("met with Mr. A, Prime
    Minister of X;  Mr. B, Speaker of …: and Mr. C, …"): the people the whole sentence's event
    clause joins to the first are principals too."""
    if not opening.sentence.rstrip().endswith(";") or not 0 <= opening.paragraph < len(paragraphs):
        return
    paragraph = paragraphs[opening.paragraph]
    whole = next((x.text for x in split_sentences(paragraph) if x.start <= opening.offset < x.end), None)
    if whole is None:
        return
    for m in _clause_sides(whole, profile)[1]:
        # a full name each, as such lists give: a lone capitalised word is an office's word
        # ("… High Electoral Commission")
        if m.name and " " in m.name and not any(_same_person(p, m) for p in principals):
            principals.append(attrs.evolve(_from_mention(m), side=1))


def _fits_office(p: Principal, office: str) -> bool:
    """True when an office ("EAM", "the Minister") fits the principal's titles or office, or is a
    role one of them holds ("the Head of State" after "President X chaired …": fam226)."""
    return (
        _titles_compatible(p.titles, office)
        or (p.office is not None and _titles_compatible([p.office], office))
        or _holds_role(p, office)
    )


def _merge_title(
    principals: list[Principal], mentions: Sequence[Mention], *, append: bool = True, headline: bool = False
) -> None:
    """Merge headline (or lead-line) mentions into the body's principals: names, titles, countries."""
    matched: set[int] = set()
    for m in mentions:
        if m.name is not None:
            _merge_named(principals, m, matched, append=append, headline=headline)
    # An office adds a side only to a body that found fewer than two.
    add_offices = append and len(principals) < 2
    for m in mentions:
        if m.name is None:
            _merge_office(principals, m, matched, append=add_offices)


def _merge_named(
    principals: list[Principal], m: Mention, matched: set[int], *, append: bool, headline: bool
) -> None:
    """Merge a named headline mention into the principal it names, or add it (``append``)."""
    hit = _principal_named_by(principals, m, matched)
    if hit is None:
        again = next((i for i in sorted(matched) if _same_person(principals[i], m)), None)
        if again is not None:
            # The headline names the same person twice ("… Call on Minister Ruiz -As Minister Ruiz
            # Hails …"): one principal, with both titles.
            _add_titles(principals[again], m.titles, headline=headline, first=not append)
            return
        if append:
            principals.append(_from_mention(m, from_title=True))
            matched.add(len(principals) - 1)
        return
    matched.add(hit)
    p = principals[hit]
    if m.country and p.country and m.country != p.country:
        # "Sheikh Ana Ruiz, King of Spain discuss ...": a headline listing two sides with commas;
        # the title after the comma is the other side's, the body's country stands.
        _give_title_country(principals, p, m)
        return
    name = m.name or ""
    shorter = p.name is not None and len(name.split()) < len(p.name.split())
    if ((len(name.split()) >= 2 and not shorter) or p.name is None) and not _okina_in_body(p.name, name):
        # The headline's full name wins ("Tom Reed" over the body's "Thomas Reed").
        p.name = name
    _add_titles(p, m.titles, headline=headline, first=not append)
    p.country = p.country or m.country


#: The ʻokina, a letter of Samoan, Tongan and Hawaiian names, and the apostrophes pages print for it.
_OKINA, _OKINA_STAND_INS = "ʻ", str.maketrans({"’": "ʻ", "'": "ʻ", "‘": "ʻ"})


def _okina_in_body(body: str | None, headline: str) -> bool:
    """True when the body writes the name with the ʻokina and the headline with an apostrophe in its
    place ("Kaʻupu", "Ka’upu"): the body's letter stands (issue #8, fam227)."""
    return body is not None and _OKINA in body and body == headline.translate(_OKINA_STAND_INS)


def _principal_named_by(principals: Sequence[Principal], m: Mention, matched: set[int]) -> int | None:
    """The index of the unmatched principal a named mention is: the same person, else the unnamed
    office its titles fit ("Secretary Reed's call" where the body says "The Secretary"), else a
    first-person author."""
    free = [i for i in range(len(principals)) if i not in matched]
    for i in free:
        if _same_person(principals[i], m):
            return i
    for i in free:
        p = principals[i]
        if p.name is None and p.office and _titles_compatible(m.titles, p.office):
            return i
    return next((i for i in free if principals[i].first_person and principals[i].name is None), None)


def _merge_office(principals: list[Principal], m: Mention, matched: set[int], *, append: bool) -> None:
    """Merge a headline office into the unmatched principal it fits (a named one last), or add it."""
    office = m.office or ""
    candidates = [
        i
        for i, p in enumerate(principals)
        if i not in matched
        and (_titles_compatible(p.titles, office) or (p.office and _titles_compatible([p.office], office)))
        and (m.country is None or p.country in (None, m.country))
    ]
    candidates += [
        i
        for i, p in enumerate(principals)
        if p.first_person and p.name is None and p.office is None and i not in matched
    ]
    # A principal the body already gives the office's country holds it ("PM call with Prime Minister
    # of Greece" is Prime Minister Mitsotakis of Greece, not the publisher's own "The Prime Minister");
    # else an unnamed one before a named one.
    candidates.sort(
        key=lambda i: (
            m.country is None or principals[i].country != m.country,
            principals[i].name is not None,
            i,
        )
    )
    if candidates:
        matched.add(candidates[0])
        p = principals[candidates[0]]
        # a country another principal (the guest the body names "his Chilean counterpart") already
        # holds is the complement's, not the host's whose title merely fits the office
        p.country = p.country or (None if _held_by_guest(principals, p, m) else m.country)
    elif _title_untitled(principals, m, matched):
        return
    elif append:
        principals.append(_from_mention(m, from_title=True))
        matched.add(len(principals) - 1)


def _held_by_guest(principals: Sequence[Principal], p: Principal, m: Mention) -> bool:
    """True when the office's country is already a joined principal's and ``p`` is the opening's
    subject: the complement's country, not the host's whose title merely fits the office."""
    return p.side == 0 and any(q is not p and q.side == 1 and q.country == m.country for q in principals)


def _title_untitled(principals: Sequence[Principal], m: Mention, matched: set[int]) -> bool:
    """A headline office that fits no principal ("Prime Minister Meets Head of …" over "Giorgi
    Kvirikashvili held a meeting with …") is the title of the one named principal the page gives
    none; True when it was given."""
    untitled = [
        i for i, p in enumerate(principals) if i not in matched and p.name and not p.titles and not p.office
    ]
    if len(untitled) != 1 or not m.titles or m.start > 0:
        return False  # only an office that opens the headline: its subject, not a complement's holder
    if m.country and principals[untitled[0]].country not in (None, m.country):
        # "Head of Estonia's diplomacy talks with ..." over a body that makes the untitled one
        # Chilean: the office is another side's
        return False
    matched.add(untitled[0])
    _add_titles(principals[untitled[0]], m.titles)
    principals[untitled[0]].country = principals[untitled[0]].country or m.country
    return True


def _give_title_country(principals: Sequence[Principal], owner: Principal, m: Mention) -> None:
    """Give a headline title "<Title> of <Country>" that is not ``owner``'s to the one other
    principal without a country whose titles fit it ("King of Spain" to "King Felipe")."""
    for title in m.titles:
        head, _, rest = title.partition(" of ")
        code = country_from_name(rest) if rest else None
        if code is None or code == owner.country:
            continue
        fits = [
            q
            for q in principals
            if q is not owner and q.country is None and _titles_compatible(q.titles, head)
        ]
        if len(fits) == 1:
            fits[0].country = code


#: A person who opened, chaired or hosted the gathering the page reports ("Coordinator Ana Ruiz opened
#: today's convening"). Read only where the opening names no one (an office "hosted a convening"):
#: then the lead's host or chair is the principal the page names.
_HOSTED = re.compile(
    r"\b(?:opened|chaired|co-?chaired|moderated|hosted|convened|led)\s+(?:today['’]s\s+|the\s+|this\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:convening|meeting|roundtable|session|discussion|forum|summit|webinar|event"
    r"|dialogue|consultations|delegation)s?\b"
    r"|\b(?:provided|delivered|gave|made)\s+(?:the\s+)?(?:opening|welcoming|introductory)\s+remarks\b",
    _I,
)
#: Who opened a gathering "along with" its co-chairs: "X provided opening remarks along with the
#: Co-Chairs of the Council, Governor A and Governor B" (feeds-dev10's bulk check, a domestic council).
_ALONG_WITH = re.compile(r"\s+along\s+with\s+(?:the\s+)?(?:co-?chairs?|chairs?|hosts?|co-?hosts?)\b", _I)
#: A side's head in a round the opening names by governments only: "X represented the United States
#: and Y represented the European Union".
_REPRESENTED = re.compile(r"\brepresented\s+(?:the\s+)?[A-Z]")


#: A gathering's own noun, before the passive that names who chaired or led it.
_GATHERING = (
    r"(?:meeting|briefing|session|roundtable|discussion|dialogue|consultation|convening|talk|call"
    r"|conversation|forum|summit)s?"
)


#: The passive of hosting: "The meeting was co-chaired by X and Y", "It was hosted by X", and its
#: appositive ("The meetings, co-chaired by X and Y, highlighted …"); "led by" only after the gathering
#: itself ("The briefing was led by X and Y": a delegation "led by" X is one side's, not the meeting's).
_HOSTED_BY = re.compile(
    r"(?:\b(?:was|were)\s+|\b" + _GATHERING + r",\s+)(?:jointly\s+)?"
    r"(?:chaired|co-?chaired|hosted|co-?hosted|convened)\s+by\b"
    r"|\b" + _GATHERING + r"\s+(?:was|were)\s+(?:jointly\s+)?(?:co-?)?led\s+by\b",
    _I,
)


#: The head of one side's delegation: "The delegation of X was led by A, and the Y delegation was
#: headed by B", "The Indian side was led by A". Read only where the opening names no person
#: (ministries "held consultations").
_DELEGATION_HEAD = re.compile(
    r"\b(?:delegations?|sides?)\b[^.;]{0,80}?\b(?:was|were)\s+(?:led|headed)\s+by\s+", _I
)


def _add_delegation_heads(principals: list[Principal], sentence: str, profile: Profile) -> None:
    """The person named right after each delegation's "was led/headed by" in ``sentence``, of the
    country its delegation phrase names ("the Chilean delegation", "of the Peruvian Ministry")."""
    mentions = [m for m in _mentions(sentence, profile) if m.name]
    begin = 0
    for found in _DELEGATION_HEAD.finditer(sentence):
        phrase = sentence[max(begin, found.start() - 40) : found.end()]
        codes = [country_from_demonym(w.group()) for w in _country_words(phrase)]
        begin = found.end()
        # the name that ends the head's phrase, after any long title before it ("led by Director
        # General of the Narcotics Control Bureau of the PRC Ministry of Public Security Wei Xiaojun and")
        stop = _HEAD_PHRASE_END.search(sentence, begin)
        head = [m for m in mentions if begin <= m.start < (stop.start() if stop else len(sentence))]
        if head and not any(_same_person(p, head[-1]) for p in principals):
            principals.append(_from_mention(head[-1]))
            principals[-1].country = principals[-1].country or next((c for c in reversed(codes) if c), None)


def _add_other_side_head(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The head of a side the opening's paragraph names after its one named person ("Today, Adviser X
    convened the Group … The Israeli side was led by Minister Y and Adviser Z": a White House page of
    the bulk sample, fam90's bulk-eye file): the side's head is the other principal."""
    for whole in (s.text for s in split_sentences(paragraphs[opening.paragraph])):
        if _DELEGATION_HEAD.search(whole) and not _HOSTED_BY.search(whole):
            _add_delegation_heads(principals, whole, profile)


#: Where the phrase naming a delegation's head ends: a comma, "and" or the sentence's end.
_HEAD_PHRASE_END = re.compile(r",|\s(?:and|with|who)\s|[.;]")


def _add_hosts(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The named people of the lead (the opening's paragraph and the two after it) who opened, chaired,
    led or hosted the gathering ("X chaired the meeting", "it was chaired by X and Y", "X and Y led the
    Strategic Dialogue") or represented a side ("X represented Freedonia"), for a page whose opening
    names no person."""
    for para in paragraphs[opening.paragraph : opening.paragraph + 3]:
        for whole in (s.text for s in split_sentences(para)):
            by = _HOSTED_BY.search(whole)
            if by is not None:
                # "It was chaired by X and Y", "convened by X, <office>; Y, <office>; and Z": the
                # people named after "by", to the sentence's end.
                for m in (m for m in _mentions(whole, profile) if m.start >= by.end()):
                    if (
                        m.name
                        and len(m.name.split()) >= 2
                        and not any(_same_person(p, m) for p in principals)
                    ):
                        principals.append(_from_mention(m))
                continue
            _add_delegation_heads(principals, whole, profile)
            for sentence in (s.text for s in split_sentences(whole, semicolons=True)):
                _add_representatives(principals, sentence, profile)
                _add_host_of(principals, sentence, profile)


def _add_host_of(principals: list[Principal], sentence: str, profile: Profile) -> None:
    """The named subject of "X chaired the meeting" in ``sentence``, if no principal yet."""
    found = _HOSTED.search(sentence)
    if found is None:
        return
    along = _ALONG_WITH.match(sentence, found.end())
    for m in _mentions(sentence, profile):
        # the subject before the verb, named in full (a lone capitalised word may be a place's), and
        # the co-chairs named "along with" it
        if m.name is None or len(m.name.split()) < 2:
            continue
        if m.end > found.start() and not (along is not None and m.start >= along.end()):
            continue
        if not any(_same_person(p, m) for p in principals):
            principals.append(_from_mention(m))


def _add_representatives(principals: list[Principal], sentence: str, profile: Profile) -> None:
    """The person named, in full, right before each "represented the <side>" of the sentence."""
    starts = [m.start() for m in _REPRESENTED.finditer(sentence)]
    if not starts:
        return
    mentions = [m for m in _mentions(sentence, profile) if m.name and len(m.name.split()) >= 2]
    for start in starts:
        before = [m for m in mentions if m.end <= start]
        if before and not any(_same_person(p, before[-1]) for p in principals):
            principals.append(_from_mention(before[-1]))


def _add_joiners(principals: list[Principal], paragraphs: Sequence[str], profile: Profile) -> None:
    """People who joined the call or meeting later in the text ("invited him to join the call"), and
    those a sentence lists as its participants ("Participants in the call included …")."""
    for para in paragraphs:
        if not (_JOINED.search(para) or _LISTED.search(para)):
            continue
        for sentence in (s.text for s in split_sentences(para, semicolons=True)):
            joined = _JOINED.search(sentence) and not _ATTENDEES.search(sentence)
            if not (joined or _LISTED.search(sentence)):
                continue
            for m in _mentions(sentence, profile):
                if m.name is None or any(_same_person(p, m) for p in principals):
                    continue
                principals.append(_from_mention(m))


# ---------------------------------------------------------------------------------------------
# Requests


def _resolve(who: str, principals: Sequence[Principal], profile: Profile) -> int | None:
    """The principal a request phrase names: by country, by name or office, or by a country inside it."""
    who = who.strip()
    code = country_from_name(who) or country_from_demonym(who)
    if code:
        hit = [i for i, p in enumerate(principals) if p.country == code]
        return hit[0] if hit else None
    mentions = _mentions(who, profile)
    for m in mentions:
        for i, p in enumerate(principals):
            if _same_person(p, m):
                return i
        if m.office:
            for i, p in enumerate(principals):
                if _titles_compatible(p.titles, m.office) and (m.country is None or m.country == p.country):
                    return i
    # "the US side", "the Foreign Minister of Australia": a country inside the phrase.
    for word_match in _country_words(who):
        code = country_from_demonym(word_match.group())
        hit = [i for i, p in enumerate(principals) if p.country == code]
        if hit:
            return hit[0]
    return None


def mark_requested(
    principals: list[Principal], title: str | None, opening: Opening | None, profile: Profile
) -> None:
    """Set ``requested`` on the side that asked for the call or meeting."""
    if len(principals) < 2:
        return
    texts = [t for t in ((opening.sentence if opening else None), title) if t]
    index = _requester_by_phrase(principals, texts, profile)
    if index is None:
        index = _requester_by_call(principals, texts, profile)
    if index is not None:
        principals[index].requested = True


def _requester_by_phrase(
    principals: Sequence[Principal], texts: Sequence[str], profile: Profile
) -> int | None:
    """The side a request phrase names ("at the request of the Kenyan side", "at the latter's
    initiative"): the first phrase that resolves to a principal, the profile's phrases first."""
    rows = _request_rows(tuple(profile.requested_patterns) + REQUEST_PATTERNS)
    for text in texts:
        for row in rows.candidates(text):  # the phrases whose words ("request", ...) stand in it
            m = rows.patterns[row].regex.search(text)
            if not m:
                continue
            index = _requester_of(m.groupdict(), principals, profile)
            if index is not None:
                return index
    return None


def _requester_of(
    groups: Mapping[str, str | None], principals: Sequence[Principal], profile: Profile
) -> int | None:
    """The principal a request phrase's groups name: "latter"/"former", a country, a name or office."""
    side = groups.get("side")
    if side:
        return 1 if side.lower() == "latter" else 0
    who = groups.get("country") or groups.get("name") or groups.get("who")
    if who:
        return _resolve(who, principals, profile)
    # A bare "at request": the other side (not the subject) asked.
    return 1


def _requester_by_call(principals: Sequence[Principal], texts: Sequence[str], profile: Profile) -> int | None:
    """ "X called Y" / "U.S. Secretary of State Calls the Foreign Minister": the caller asked."""
    for text in texts:
        m = _CALLED.search(text)
        if not m:
            continue
        before = _mentions(text[: m.start()], profile)
        if before:
            index = _resolve(before[-1].name or before[-1].office or "", principals, profile)
            if index is not None:
                return index
    return None


_CALLED = re.compile(r"\b(?:called|calls|phoned|telephoned|rang)\s+(?:the\s+)?[A-Z]")


# ---------------------------------------------------------------------------------------------
# Countries

_COUNTRY_WORDS = re.compile(f"{COUNTRY_WORD_GATE}(?:{COUNTRY_PATTERN}|{DEMONYM_PATTERN})")

#: US states spelt as a country: the state after a place and a comma ("Atlanta, Georgia", "Florida,
#: Georgia") or after "state of" ("the US state of Georgia") is no country.
_STATE_NAMES = _wordset("Georgia")
#: Places of the country Georgia that a comma may put before its name ("Tbilisi, Georgia").
_GEORGIAN_PLACES = _wordset(
    """
    Tbilisi Batumi Kutaisi Rustavi Gori Zugdidi Poti Telavi Mtskheta Abkhazia Ossetia Adjara
    """
)
_STATE_OF = re.compile(r"\bstate\s+of\s+$", _I)
_PLACE_COMMA = re.compile(r"(?P<place>[A-Z][\w.’'-]*),\s+$")
_COUNTRY_COMMA = re.compile(rf"(?:{COUNTRY_PATTERN}|{DEMONYM_PATTERN}),\s+$")


def _us_state(text: str, m: re.Match[str]) -> bool:
    """True when the country word ``m`` is a US state of that name: after a place that is neither a
    country nor in that country and a comma ("Clarkston, Georgia"), or after "state of"."""
    if m.group() not in _STATE_NAMES:
        return False
    before = text[max(0, m.start() - 60) : m.start()]
    if _STATE_OF.search(before):
        return True
    place = _PLACE_COMMA.search(before)
    return place is not None and place["place"] not in _GEORGIAN_PLACES and not _COUNTRY_COMMA.search(before)


#: "New" before a country's name makes another place's name ("New Mexico" is a US state): a country
#: name that itself begins with "New" ("New Zealand") is matched from that word, never after it.
_NEW_PLACE = re.compile(r"\bNew\s+$")


@lru_cache(maxsize=1024)  # a dozen rules read the same paragraphs' country words, once per principal
def _country_words(text: str) -> tuple[re.Match[str], ...]:
    """The country names and demonyms of ``text``, but a US state spelt as a country, a country inside
    a state's name before its office ("New Mexico Governor") and a place named "New" after a country
    ("New Mexico communities")."""
    states = [found.span() for found, _code in state_offices(text)]
    return tuple(
        m
        for m in country_matches(text)  # the name scan's search of the same text
        if not _us_state(text, m)
        and not any(a <= m.start() < b for a, b in states)
        and not _NEW_PLACE.search(text, max(0, m.start() - 8), m.start())
    )


def without_states(text: str | None) -> str | None:
    """The text with the country words that name no country (``_country_words``: "New Mexico", a US
    state "Georgia") blanked to spaces, for the scope stage's reading of the countries named."""
    if not text:
        return text
    kept = {m.span() for m in _country_words(text)}
    spans = [m.span() for m in country_matches(text) if m.span() not in kept]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_SIDE_AFTER = re.compile(r"\s+side\b|['’]s?\s+side\b", _I)

#: Country-code top-level domains that differ from the ISO code.
_TLD_EXCEPTIONS = {"uk": "GB", "eu": "EU"}
_GENERIC_TLDS = _wordset(
    """
    com org net gov edu int info news biz io co tv me eu
    """
)


def url_country(url: str | None) -> str | None:
    """The country of a URL's country-code domain ("example.ru" → "RU", "example.gov.uk" → "GB"), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return None
    labels = host.lower().rstrip(".").split(".")
    if len(labels) < 2:
        return None
    tld = labels[-1]
    if tld in ("gov", "mil"):
        # These two generic domains are reserved for the United States' government.
        return "US"
    if tld in _TLD_EXCEPTIONS:
        return _TLD_EXCEPTIONS[tld]
    if len(tld) != 2 or tld in _GENERIC_TLDS or not tld.isalpha():
        return None
    return tld.upper()


#: A host label of a state's mission abroad, named for the state: "saudiembassy", "chinese-embassy",
#: "indianembassyusa", "serbianconsulate", "chinamission". Group ``state``: the state's word before it.
_MISSION_LABEL = re.compile(r"(?P<state>[a-z]{2,}?)-?(?:embassy|consulate|mission)")


def mission_state(url: str | None) -> str | None:
    """The state whose embassy, consulate or mission a URL's host is named for ("www.saudiembassy.net"
    → "SA", "is.china-embassy.org" → "CN"), or None: that state's own page, whatever country its
    domain is registered in or its text names most."""
    try:
        host = urlsplit(url if url and "//" in url else "//" + (url or "")).hostname or ""
    except ValueError:
        return None
    for label in host.split("."):
        m = _MISSION_LABEL.match(label)
        word = m.group("state") if m else ""
        code = country_from_demonym(word) or (country_from_demonym(word.upper()) if len(word) == 2 else None)
        if code is not None and len(code) == 2:
            return code
    return _named_abroad(host)


def _named_abroad(host: str) -> str | None:
    """The state a host under another state's country domain is named for, by its name alone
    ("www.ruritania.org.xy": Ruritania's embassy in Xy's site), or None."""
    labels = host.lower().split(".")
    # only under a country's own two-letter domain: "georgia.gov" is a US state's
    abroad = url_country(host) if len(labels[-1]) == 2 else None
    for label in labels[:-1]:
        code = country_from_squashed_name(label)
        if code is not None and abroad is not None and code != abroad:
            return code
    return None


#: How many country mentions either side of one can lie within the six-word pairing gap.
_PAIR_REACH = 7


#: Before a country word, what makes it the talk's topic, not a side's country: "a settlement in Syria", "the
#: developments in Iraq", "the situation around Syria", "an intra-Syrian dialogue" (issue #8, en-af: a
#: minister given the country he discussed). Not "the situation in X" nor "the election in X": a host's own
#: country is often talked about so ("the political situation in the Maldives" on its president's page).
_TOPIC_BEFORE = re.compile(
    r"(?:\b(?:settlement|developments?|crisis|conflict|war)\s+(?:in|around|on|over)\s+(?:the\s+)?"
    r"|\bsituation\s+around\s+(?:the\s+)?|\bconcerns?\s+(?:over|about)\s+(?:the\s+)?|\bintra-)$",
    _I,
)
#: After a country word, what makes it the talk's topic: "the Cuban regime", "the Syrian crisis", "Cuban
#: political prisoners" (issue #8, en-ae: a secretary given the country his page condemned), "Iran's nuclear
#: program", "the Iranian program" (en-z: a minister given the country whose programme he discussed).
_TOPIC_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:regime|crisis|conflict|settlement|issue|question|opposition|(?:political\s+)?prisoners|"
    r"(?:nuclear\s+)?program(?:me)?)\b",
    _I,
)


def _topic_country(sentence: str, m: re.Match[str]) -> bool:
    """True when the country word ``m`` names the talk's topic, not a side's country."""
    before = sentence[max(0, m.start() - 40) : m.start()]
    return bool(_TOPIC_BEFORE.search(before) or _TOPIC_AFTER.match(sentence, m.end()))


#: One country mention of a sentence, as ``_text_scores`` reads it: its code, start, end, whether it is a
#: body's word only (no state's: counted only with ``bodies``) and whether "side" follows it.
_Mention = tuple[str, int, int, bool, bool]

#: Between a country's name and its short form in brackets right after it: " (".
_SHORT_FORM_GAP = re.compile(r"\s*\(\s*")


def _short_form(sentence: str, found: Sequence[_Mention], code: str, m: re.Match[str]) -> bool:
    """True when ``m`` is the short form in brackets of the country named right before it ("the Republic of
    X (ROX)"): one mention, not two."""
    return (
        bool(found)
        and found[-1][0] == code
        and bool(_SHORT_FORM_GAP.fullmatch(sentence, found[-1][2], m.start()))
    )


def _mention_code(sentence: str, m: re.Match[str], found: Sequence[_Mention]) -> str | None:
    """The two-letter code a country word ``m`` of ``sentence`` ties to a side, or None: none for a topic
    ("the crisis in X") or for the short form in brackets of the name before it."""
    code = country_from_demonym(m.group())
    if not code or len(code) != 2 or _topic_country(sentence, m) or _short_form(sentence, found, code, m):
        return None
    return code


@lru_cache(maxsize=8)  # the text's guesses read the same texts once per principal still without a country
def _text_mentions(texts: tuple[str, ...]) -> tuple[tuple[str, tuple[_Mention, ...]], ...]:
    """Each sentence of ``texts`` with the country mentions that tie to a side, as ``_text_scores`` counts
    them whatever the sides hold. A country named as the enemy is blanked first ("Sylvania's
    aggression", "the fight against Sylvania"): the subject of the talk, never a side's (issue #8: a
    leader's own guests were given the invader's country); and so are a country's people being moved
    ("Sylvanian evacuees"), never their helpers' country (fam203: a church leader given the
    evacuees')."""
    out: list[tuple[str, tuple[_Mention, ...]]] = []
    blanked = (without_moved(without_enemies(text)) for text in texts)
    for sentence in (s.text for text in blanked for s in split_sentences(text, semicolons=True)):
        found: list[_Mention] = []
        for m in _country_words(sentence):
            code = _mention_code(sentence, m, found)
            if code is None:
                continue
            body_only = code in ORGANISATION_CODES and state_of_word(m.group()) is None
            found.append((code, m.start(), m.end(), body_only, bool(_SIDE_AFTER.match(sentence, m.end()))))
        out.append((sentence, tuple(found)))
    return tuple(out)


def _text_scores(texts: Sequence[str], others: set[str], *, bodies: bool = True) -> Counter[str]:
    """How strongly the text ties each country to a side: mentions, "X side", pairs with the other side.
    ``bodies``: an organisation's words count too (for a holder of a body's kind of office)."""
    scores: Counter[str] = Counter()
    for sentence, found in _text_mentions(tuple(texts)):
        for code, _start, _end, body_only, side in found:
            if not bodies and body_only:
                # a body named in the text is no guess for a state's office-holder (issue #8: a
                # minister in New York for the UN General Assembly is not the UN's), but still
                # pairs with a state beside it
                continue
            scores[code] += 1
            if side:
                scores[code] += 2
        # Paired with the other side nearby: "China-Japan relations", "the US and France",
        # "its relationship with Australia". Only neighbours in the list can be six words
        # apart, which keeps this linear on sentences naming thousands of countries.
        paired: set[str] = set()
        for index, (code, start, end, _body, _side) in enumerate(found):
            if code in others or code in paired:
                continue
            for other, o_start, o_end, _b, _s in found[max(0, index - _PAIR_REACH) : index + _PAIR_REACH + 1]:
                if other not in others:
                    continue
                gap = sentence[end:o_start] if o_start >= end else sentence[o_end:start]
                if len(gap.split()) <= 6:
                    paired.add(code)
                    break
        for code in paired - ORGANISATION_CODES:
            # a body of states beside the other side's country is a partner, not a side's
            # country ("partnering with Senegal and the African Union")
            scores[code] += 2
    return scores


#: Offices and institutions of one state only (national_offices.toml): "Taoiseach" is IE.
_NATIONAL_OFFICES = load_table("readoutlib.languages", "en/national_offices.toml")


def office_country(text: str) -> str | None:
    """The state whose own office or institution ``text`` names ("Taoiseach" → "IE"), or None.

    The probe of ``national_offices.toml``.
    """
    found = table_rows(_NATIONAL_OFFICES).first(text)
    return None if found is None else _NATIONAL_OFFICES.rows[found].label


#: An office for a state's people abroad, in a title or set off before a name: "Minister of Foreign Affairs
#: and Egyptians Abroad", "…, African Cooperation and Moroccan Expatriates, X" (issue #8, en-ab: a North
#: African ministry's title, the only word of its country on the page near that minister).
_PEOPLE_ABROAD = re.compile(
    rf"\b(?P<demonym>{DEMONYM_PATTERN})s?\s+(?:(?:Living|Residing|Nationals)\s+)?(?:Abroad|Expatriates|Diaspora)\b"
)
_NAME_AFTER_OFFICE = re.compile(r"(?:\s+Affairs)?,?\s+(?:(?-i:[A-Z])[\w.]*\s+){0,2}$")


def _people_abroad_country(p: Principal, texts: Sequence[str]) -> str | None:
    """The state whose people abroad an office of ``p`` serves, in a title of ``p`` or right before the
    name, or None."""
    for title in p.titles:
        if m := _PEOPLE_ABROAD.search(title):
            return country_from_demonym(m.group("demonym"))
    if not p.name:
        return None
    for text in texts:
        at = text.find(p.name)
        if at < 0:
            continue
        for m in _PEOPLE_ABROAD.finditer(text, max(0, at - 120), at):
            if _NAME_AFTER_OFFICE.fullmatch(text, m.end(), at):
                return country_from_demonym(m.group("demonym"))
    return None


def _office_countries(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """A principal whose title is an office of one state only is of that state, unless the title names
    another country itself ("Special Envoy of Sri Lankan President and Minister of External Affairs")
    or a demonym stands right before it ("the Sri Lankan Minister of External Affairs"): an office of
    one state's name may be another's too."""
    for p in principals:
        if p.country is None:
            office = next(filter(None, (office_country(t) for t in p.titles)), None)
            office = office or _office_before_title(p, texts) or _office_at_body(p, texts)
            named = office and (_title_named_country(p, texts) or office)
            p.country = named or _people_abroad_country(p, texts)


#: How far before a title the words of a state's own institution that the title leaves out may start.
_INSTITUTION_BEFORE_TITLE = 12


#: How far after a title the holder's name may follow, past the body "at" which he holds it.
_BODY_AFTER_TITLE = 100


def _office_at_body(p: Principal, texts: Sequence[str]) -> str | None:
    """The state of an institution of one state "at" which a title is held, between the title and the
    holder's name: "Political Director at the <UK foreign ministry's name> Sir X" (fam228, issue #8: a
    British official met in Washington given the US by the meeting's place), or None."""
    for title in p.titles if p.name else ():
        for text in texts:
            at = text.find(f"{title} at ") if title else -1
            name_at = (
                text.find(p.name or "", at + len(title), at + len(title) + _BODY_AFTER_TITLE)
                if at >= 0
                else -1
            )
            code = office_country(text[at + len(title) : name_at]) if name_at > 0 else None
            if code is not None:
                return code
    return None


def _office_before_title(p: Principal, texts: Sequence[str]) -> str | None:
    """The state of an institution of one state whose first word the title read leaves out, right before
    it in the text: "the White House Coordinator for … X", read as "House Coordinator for …" (fam221:
    en-bl, an American official given no state), or None."""
    for title in p.titles:
        for text in texts:
            at = text.find(title) if title else -1
            if at > 0:
                code = office_country(text[max(0, at - _INSTITUTION_BEFORE_TITLE) : at + len(title)])
                if code is not None:
                    return code
    return None


#: A body's name ending in a country glued on by a dash ("Security Assistance Group–Ukraine", "Task
#: Force-Iraq"): group ``word``, the capitalised word before the dash.
_DASHED_BODY_END = re.compile(r"(?P<word>(?-i:[A-Z])[a-z]+)[–—-]$")


def _ends_body_name(text: str, m: re.Match[str]) -> bool:
    """True for a country word glued by a dash to a capitalised word that names no country: the end of
    a body's name ("Commander of Security Assistance Group–Ukraine"), the country the body works in,
    not the office-holder's (fam228, issue #8: en-ax, two US generals given Ukraine)."""
    before = _DASHED_BODY_END.search(text, max(0, m.start() - 40), m.start())
    return before is not None and not _country_words(before.group("word"))


def _title_named_country(p: Principal, texts: Sequence[str]) -> str | None:
    """The country a title of ``p`` names by a demonym or name inside it or right before it, or None."""
    for title in p.titles:
        for m in _country_words(title):
            code = (
                None
                if _ends_body_name(title, m)
                else country_from_demonym(m.group()) or country_from_name(m.group())
            )
            if code is not None:
                return code
    for text in texts:
        for m in _country_words(text):
            after = text[m.end() : m.end() + 80]
            if any(_title_at(after, title) for title in p.titles if title):
                return country_from_demonym(m.group())
    return None


def _title_at(after: str, title: str) -> bool:
    """True when ``after`` opens with a space and the whole ``title``: "SCO Defence Ministers’ meeting" holds
    a gathering's name, not the office "Defence Minister" right after the body's word."""
    return after.startswith(f" {title}") and not after[len(title) + 1 : len(title) + 2].isalnum()


#: Heads of state and government known by family name alone (known_leaders.toml): "Obama" is US.
_KNOWN_LEADERS = load_table("readoutlib.languages", "en/known_leaders.toml")
#: Foreign and defence ministers known by name (known_ministers.toml): "Wang Yi" is CN.
_KNOWN_MINISTERS = load_table("readoutlib.languages", "en/known_ministers.toml")


#: A generational suffix after a name ("…, Jr.", "… Sr.", "… III"): no part of whom the name stands for.
_GENERATION = re.compile(r",?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$")


#: A known leader's official: "President Biden’s National Security Advisor" before the official's name;
#: the group ``leader`` is the name before the possessive, up to four capitalised words.
_LEADERS_OFFICIAL = re.compile(
    r"(?P<leader>(?-i:[A-Z][\w.-]+)(?:\s+(?-i:[A-Z][\w.-]+)){0,3})[’']s\s+(?:(?-i:[A-Z][\w-]*)\s+){1,6}$"
)


#: Right after a principal's name, the letter or message he brings from a leader: "X, who passed a written
#: letter on from His Majesty King Y", "X delivered a message from President Y to …". Group ``leader``: the
#: capitalised words after "from" (styles and titles first), up to six.
_MESSAGE_FROM = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:(?:has|had|also|then)\s+)?(?:passed|delivered|handed|conveyed|carried|carrying|bearing|brought|bringing)\b[^.;]{0,40}?"
    r"\b(?:letter|message)\b[^.;]{0,20}?\bfrom\s+(?:the\s+)?"
    r"(?P<leader>(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,5})",
    _I,
)
#: How far after a name his letter's sender may be named.
_MESSAGE_REACH = 120


def _leaders_messengers(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """A principal with no country who brings a letter or message from a known leader ("X, who passed a
    written letter on from His Majesty King Y") is of the leader's state: an envoy carries his own
    head's letters (fam221: en-bl, a Jordanian minister received by a sultan given no state)."""
    for p in principals:
        if p.country is not None or not p.name:
            continue
        for text in texts:
            at = text.find(p.name)
            m = (
                _MESSAGE_FROM.match(text, at + len(p.name), at + len(p.name) + _MESSAGE_REACH)
                if at >= 0
                else None
            )
            # a sentence glued on after a full stop ("King Y II.The letter …") is no part of the name
            code = _leader_in(re.split(r"\s+|(?<=\.)(?=[A-Z][a-z])", m.group("leader"))) if m else None
            if code is not None:
                p.country = code
                break


#: Right after a principal's name, set off by a comma or a bracket, his office serving a leader: "X (special
#: envoy of President Y)", "X, diplomatic counselor to French President Y". Group ``leader``: the capitalised
#: words after "of"/"to" (styles and titles first), up to six.
_ENVOY_OF = re.compile(
    r"\s*[,(]\s*(?:the\s+|a\s+)?(?:(?:special|personal|diplomatic|senior|chief|presidential)\s+){0,2}"
    r"(?:envoy|adviser|advisor|counsell?or|emissary|representative)\s+(?:of|to)\s+(?:the\s+)?"
    r"(?P<leader>(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,5})",
    _I,
)


def _leaders_envoys(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """A principal with no country set off as a known leader's envoy or adviser ("X (special envoy of
    President Y)", "X, diplomatic counselor to French President Y") is of the leader's state: he serves
    that head, also where his own office is a former one (fam234: en-bo Zambian Observer, en-bq People's
    Daily)."""
    for p in principals:
        if p.country is not None or not p.name:
            continue
        for text in texts:
            at = text.find(p.name)
            m = _ENVOY_OF.match(text, at + len(p.name)) if at >= 0 else None
            code = _leader_in(re.split(r"\s+|(?<=\.)(?=[A-Z][a-z])", m.group("leader"))) if m else None
            if code is not None:
                p.country = code
                break


def _leader_in(words: Sequence[str]) -> str | None:
    """The state of the known leader some run of ``words`` names whole (the styles and titles before his
    name, the sentence after it left out: "His Majesty King Y. The"), or None."""
    spans = ((i, j) for j in range(len(words), 0, -1) for i in range(j))
    return next(filter(None, (leader_country(" ".join(words[i:j]).rstrip(".,")) for i, j in spans)), None)


def _leaders_officials(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """A principal named as a known leader's official ("President Biden’s National Security Advisor Jake
    Sullivan traveled to Mexico") is of the leader's state: the office serves him, whatever country the
    page names near the official."""
    for p in principals:
        if p.country is not None or not p.name:
            continue
        for text in texts:
            at = text.find(p.name)
            found = _LEADERS_OFFICIAL.search(text, max(0, at - 120), at) if at > 0 else None
            words = found.group("leader").split() if found else []
            # the leader's name without a title before it ("President Biden" → "Biden")
            code = next(filter(None, (leader_country(" ".join(words[i:])) for i in range(len(words)))), None)
            if code is not None:
                p.country = code
                break


def leader_country(name: str, on: dt.date | None = None) -> str | None:
    """The country of the head of state or government ``name`` names whole ("Merkel" → "DE"), or None;
    with ``on``, only while a term of the leader's holds that day (a row's since/until).

    The probe of ``known_leaders.toml``.
    """
    return _office_holder_country(_KNOWN_LEADERS, name, on)


def minister_country(name: str, on: dt.date | None = None) -> str | None:
    """The country of the foreign or defence minister ``name`` names whole ("Wang Yi" → "CN"), or None;
    with ``on``, only while a tenure of the minister's holds that day (a row's since/until).

    The probe of ``known_ministers.toml``.
    """
    return _office_holder_country(_KNOWN_MINISTERS, name, on)


def known_holder_country(name: str, on: dt.date | None = None) -> str | None:
    """The country of the known head of state or government, else foreign or defence minister, ``name``
    names whole, or None (``on`` as :func:`leader_country`)."""
    return leader_country(name, on) or minister_country(name, on)


def _office_holder_country(table: Table, name: str, on: dt.date | None) -> str | None:
    """The label of the first row of ``table`` (office-holders with terms) naming ``name`` whole, in
    term on ``on`` where given, or None."""
    rows = table_rows(table)  # only the rows whose name stands in ``name`` are tried
    # the name as written ("Abdullah II" is a row), else without a generational suffix ("Joseph R.
    # Biden, Jr." is "Joseph R. Biden")
    for form in dict.fromkeys((name, _GENERATION.sub("", name))):
        found = (i for i in rows.candidates(form) if rows.patterns[i].regex.fullmatch(form))
        held = (i for i in found if on is None or table.rows[i].holds_on(on))
        code = next((table.rows[i].label for i in held), None)
        if code is not None:
            return code
    return None


_NAME_STYLES = load_table("readoutlib.languages", "en/name_styles.toml")


def name_style_country(style: str) -> str | None:
    """The country whose names keep the style ``style`` as a name word ("Sheikh" → "BD"), or None.

    The probe of ``name_styles.toml``.
    """
    rows = table_rows(_NAME_STYLES)
    found = (i for i in rows.candidates(style) if rows.patterns[i].regex.fullmatch(style))
    return next((_NAME_STYLES.rows[i].label for i in found), None)


def _styles_into_names(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """Put back into the name a style that is a name word in the principal's own country and that the
    page writes right before the name ("Prime Minister Sheikh Hasina" of Bangladesh is "Sheikh
    Hasina"; "Sheikh Tamim" of Qatar stays Tamim, styled Sheikh)."""
    for p in principals:
        styles = [t for t in p.titles if p.name and p.country and name_style_country(t) == p.country]
        style = next((t for t in styles if any(f"{t} {p.name}" in text for text in texts)), None)
        if style and p.name:
            p.name = f"{style} {p.name}"
            p.titles.remove(style)


#: A Secretary of State's title with no portfolio: the US's (the UK's, Spain's and France's carry theirs,
#: "Secretary of State for Foreign Affairs", "… in charge of the Francophonie"; measured: 48 of 48 gold
#: principals so titled are American).
_BARE_SECRETARY_OF_STATE = re.compile(r"(?:(?:Deputy|Under)\s+)?Secretary\s+of\s+State")


def _bare_secretary_of_state(p: Principal) -> str | None:
    """ "US" for a principal titled a Secretary of State with no portfolio and none other, else None."""
    bare = [t for t in p.titles if _BARE_SECRETARY_OF_STATE.fullmatch(t)]
    return "US" if bare and all(t in bare or t == "Secretary" for t in p.titles) else None


#: A title of the state with no name of it: "President of the Republic" (on its government's own site).
_OF_THE_REPUBLIC = re.compile(r"\bof\s+the\s+Republic$")
#: A Secretary-General's title with no body named.
_BARE_SECRETARY_GENERAL = re.compile(r"Secretary[- ]General")


def _home_republic(principals: Sequence[Principal], home: str | None) -> None:
    """ "The President of the Republic" beside the minister who took the home country is of the same
    republic (a foreign ministry's own page: "The Minister of Foreign Affairs … accompanied the President
    of the Republic, Gabriel Boric")."""
    for p in principals if home else ():
        p.country = p.country or (home if any(_OF_THE_REPUBLIC.search(t) for t in p.titles) else None)


def _title_only_country(p: Principal) -> str | None:
    """The body or state a title alone gives, where nothing else did: a bare Secretary of State (US), an
    unnamed bare Secretary-General (UN)."""
    return _bare_secretary_of_state(p) or _unnamed_secretary_general(p)


def _unnamed_secretary_general(p: Principal) -> str | None:
    """ "UN" for "The Secretary-General" never named nor tied to a body (a UN readout relayed: "The
    Secretary-General met with …"), else None. A named one is left alone: other bodies' secretaries-general
    are named on their pages (the 12 unnamed gold "The Secretary-General" are all the UN's)."""
    bare = p.name is None and _bare_secretary_general(p)
    return "UN" if bare else None


#: "… reaffirmed <Country>'s commitment": the state whose commitment, position or support a principal
#: reaffirms in a sentence he is the subject of is his own (fam104, issue #8: en-af's relayed ru-mid page,
#: whose other countries are topics). Group ``country``: the name before the possessive.
_REAFFIRMED_OWN = re.compile(
    r"\b(?:reaffirmed|reiterated|underlined|confirmed)\s+"
    r"(?P<country>(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2})['’]s\s+(?:\w+\s+){0,2}?"
    r"(?:commitment|position|readiness|support|willingness|determination)\b"
)
#: How far into a sentence its subject's name may start ("Foreign Minister Sergey Lavrov …").
_SUBJECT_REACH = 60


def _late_title_countries(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """Countries no home went to first: a Secretary of State with no portfolio ("Secretary of State Kerry
    and Foreign Minister Lavrov spoke" relayed by a blog) is the US's; an unnamed bare Secretary-General
    the UN's; a principal reaffirming a state's commitment that state's."""
    for p in principals:
        p.country = p.country or _title_only_country(p) or _own_state_reaffirmed(p, principals, texts)


def _own_state_reaffirmed(p: Principal, principals: Sequence[Principal], texts: Sequence[str]) -> str | None:
    """The state whose commitment (position, support) ``p`` reaffirms in a sentence that opens with his
    name and names no other principal ("Sergey Lavrov yet again said … and reaffirmed Russia's commitment
    to …"), or None."""
    if not p.name:
        return None
    others = [o.name.split()[-1] for o in principals if o is not p and o.name]
    for text in texts:
        for sentence in (s.text for s in split_sentences(text)):
            at = sentence.find(p.name.split()[-1])
            m = _REAFFIRMED_OWN.search(sentence) if 0 <= at <= _SUBJECT_REACH else None
            if m is None or any(o in sentence[: m.start()] for o in others):
                continue
            code = country_from_name(m.group("country"))
            if code is not None and len(code) == 2:
                return code
    return None


def _leader_named(p: Principal) -> bool:
    """Whether a principal is named as a known leader could be: titled, or named with a given name
    besides the family name ("Vladimir Putin" in a list of leaders no title stands before)."""
    return p.name is not None and (bool(p.titles) or len(p.name.split()) >= 2)


def _known_leader(p: Principal) -> str | None:
    """The country of a principal named as a known head of state or government, or None
    (:func:`_leader_named`: titled, or named with a given name)."""
    return known_holder_country(p.name) if p.name and _leader_named(p) else None


def _known_leaders_over_guesses(
    principals: Sequence[Principal], guessed: Sequence[Principal], when: dt.date | None
) -> None:
    """A titled known head of state or government, on a page dated inside his term, takes his own state
    over one a weaker guess gave him (``guessed``: the principals the text named no state for before
    the guesses from the publisher, the dateline, the other side, the places named). A state the text
    gives him (his office's, a demonym's) stays, and so does a body's code; out of term, or on a page
    with no date, the known leader is the last guess only (a former leader may have moved on). On pages
    of any number of sides: the compare stage no longer takes a state only a many-sided account lists
    for a side's (fam163; fam160 had kept this to one or two sides for it)."""
    if when is None:
        return
    for p in guessed:
        own = known_holder_country(p.name, when) if p.name and _leader_named(p) else None
        if own and p.country != own and p.country not in ORGANISATION_CODES:
            p.country = own


#: "of A, B and C – X, Y and Z –": a list of countries, then a list set off by dashes or brackets.
_SET_OFF_LIST = re.compile(r"\bof\s+([^–—()\n]+?)\s+[–—(]\s*([^–—()\n]+?)\s*[–—)]")
#: The separators of a list: commas, then "and".
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _set_off_list_countries(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """Give the people of a list set off right after a list of as many countries ("The foreign
    ministers of Chile, Norway and Japan – Ana Ruiz, Lars Berg and Kenji Sato – held talks") the
    countries in order, where a principal has none."""
    for text in texts:
        if "(" not in text and "–" not in text and "—" not in text:
            continue  # no list set off: the search would read on from every "of" to the text's end
        for m in _SET_OFF_LIST.finditer(text):
            places = _LIST_SEPARATOR.split(m.group(1))
            people = _LIST_SEPARATOR.split(m.group(2))
            if len(places) < 2 or len(places) != len(people):
                continue
            codes = [country_from_name(re.sub(r"^the\s+", "", c, flags=_I)) for c in places]
            if None in codes:
                continue
            for name, code in zip(people, codes, strict=True):
                for p in principals:
                    if p.country is None and p.name and fold(p.name) == fold(name):
                        p.country = code


#: Envoys of several states, each state before its envoy's name: "the Ambassadors of A, X, B, Y and C, Z".
_ENVOYS_OF = re.compile(
    r"\b(?:Ambassadors|Envoys|High\s+Commissioners|Charg[ée]s\s+d['’]\s?Affaires)\s+of\s+(?P<list>[^.;:()\n]{5,300})"
)
#: One pair of that list: a state, a comma, then the envoy's name. Groups ``state`` and ``name``.
_STATE_THEN_NAME = re.compile(
    rf"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<state>{COUNTRY_PATTERN}),\s+(?P<name>[A-Z][^,]*?)(?=\s*,|\s+and\s|$)"
)


def _interleaved_envoys(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """Give each envoy of a list that names every state right before its envoy ("received the Ambassadors
    of Freedonia, Ana Ruiz, Sylvania, Tomas Berg and the Czech Republic, Karl Lund") that state, where he
    has none (issue #8, en-aq, Iraq's parliament; fam155)."""
    for text in texts:
        for m in _ENVOYS_OF.finditer(text):
            for pair in _STATE_THEN_NAME.finditer(m.group("list")):
                code = country_from_name(pair.group("state"))
                name = fold(pair.group("name"))
                for p in principals:
                    if code is not None and p.country is None and p.name and fold(p.name) == name:
                        p.country = code


#: "of A and B, X and Y": two countries, then two names set off by a comma, one each, in order.
_PAIRED_LIST = re.compile(
    r"\bof\s+(?:the\s+)?([A-Z][^,;:()\n]{1,40}?)\s+and\s+(?:the\s+)?([A-Z][^,;:()\n]{1,40}?),\s+"
    r"([A-Z][^,;:()\n]{1,60}?)\s+and\s+([A-Z][^,;:()\n]{1,60}?)(?=\s*[,.;]|\s+(?:in|at|on)\b)"
)


def _paired_list_offices(principals: list[Principal], texts: Sequence[str]) -> None:
    """Name the unnamed offices of a plural office of two countries by the two names set off right
    after it ("the Foreign Ministers of Norway and Chile, Lars Berg and Ana Ruiz"), in order: each
    name takes its country and the office's titles, and the office it names is dropped."""
    for text in texts:
        for m in _PAIRED_LIST.finditer(text):
            codes = [country_from_name(m.group(i)) for i in (1, 2)]
            if None in codes or codes[0] == codes[1]:
                continue
            for code, name in zip(codes, (m.group(3), m.group(4)), strict=True):
                _pair_office_with_name(principals, code, name)


def _pair_office_with_name(principals: list[Principal], code: str | None, name: str) -> None:
    """``_paired_list_offices`` for one country and name (the office named so where the name is no
    principal yet)."""
    person = next((p for p in principals if p.name and fold(p.name) == fold(name)), None)
    office = next((p for p in principals if p.name is None and p.country == code), None)
    if person is None:
        if office is not None:
            office.name, office.office = name, None
        return
    if person.country not in (None, code):
        return
    person.country = code
    if office is not None:
        _add_titles(person, office.titles)
        principals.remove(office)


def assign_countries(
    principals: list[Principal],
    texts: Sequence[str],
    profile: Profile,
    url: str | None,
    opening: str | None = None,
    *,
    dateline: str | None = None,
    when: dt.date | None = None,
) -> None:
    """Fill in countries the mentions did not give: an office of one state, home country, URL
    domain, the story's dateline, then the text (where the opening's subject travels to is not the
    subject's country); a known leader in office on ``when`` (the event's or the page's date) keeps his
    own state over those guesses."""
    for p in principals:
        # a title naming the state's own nationals abroad is that state's, over any country read nearby
        p.country = _nationals_office(p) or p.country
    _appositive_peoples(principals, texts[:3])
    _bodies_offices(principals, texts[:3])
    _appositive_states(principals, texts[:3])
    _envoys_own_states(principals, texts[:3])
    _ordered_pair_countries(principals, texts[:2])
    _delegation_leaders(principals, texts[:3])
    _office_countries(principals, texts[:3])
    _leaders_officials(principals, texts[:3])
    _leaders_messengers(principals, texts[:3])
    _leaders_envoys(principals, texts[:3])
    _paired_list_offices(principals, texts[:3])
    _set_off_list_countries(principals, texts[:3])
    _interleaved_envoys(principals, texts[:3])
    for p in principals:
        # "new British Prime minister Liz Truss": a demonym right before the name, before any guess
        # and before the publisher's country, which goes to a side no demonym names ("Mozambican
        # special envoy Mr X paid a courtesy call on President Y" on a Zimbabwean site: en-i)
        p.country = p.country or _demonym_before(p, texts[:3]) or _counterpart_from(p, texts[:3])
    _demonym_counterpart(principals, texts[:3])
    guessed = [p for p in principals if p.country is None]  # what follows is guessing
    code = url_country(url)
    home = profile.home_country or mission_state(url)
    home = home or (code if _government_host(url) else _relayed_home(code, principals, texts))
    if home and all(p.country != home or private_person(p.name, texts[:2]) for p in principals):
        # a private guest of the home country ("Iranian-American activist X") is no side of it: the
        # publisher's own official still takes it, not the country the guest's cause names
        _give_home(principals, home, profile)
    _home_delegation(principals, profile.home_country)
    _home_republic(principals, home)
    if home is None:
        _dateline_state(principals, dateline, texts)
    for p in principals:
        # "Y arrived in Uganda … at the invitation of President X": the host is of the country visited
        p.country = p.country or _host_by_invitation(p, texts[:3])
    _thanked_for_visit(principals, texts[:6])
    _joined_in_meeting(principals, opening)
    _hosts_of_a_group(principals, opening)
    _share_sides(principals)
    _one_country(principals, texts[:2], profile.home_country)
    _trip_countries(principals, texts, opening, homeless=home is None, own_site=profile.home_country)
    _late_title_countries(principals, texts)
    for p in principals:
        # the last guess: a known head of state or government is of his own state (a presidency's page
        # that never names its country: "President Abdel Fattah El-Sisi received a phone call …"; a
        # statement on "President Biden's Meeting with G7 Leaders" whose one principal he is; the host
        # of a three-sided courtesy call)
        p.country = p.country or _known_leader(p)
    _known_leaders_over_guesses(principals, guessed, when)
    _styles_into_names(principals, texts)


#: A run of capitalised words, with the small words a body's name keeps inside it ("Organization for
#: Security and Co-operation in Europe"); its suffixes are tried as the body's name.
_CAPITALISED_RUN = re.compile(
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?:of|for|on|and|in|the)\s+)*(?-i:[A-Z])[\w'’.-]*)*(?:\s*\((?-i:[A-Z]{2,8})\))?"
)
#: A short form in brackets after a body's name: "International Monetary Fund (IMF)".
_BRACKETED_CODE = re.compile(r"\s*\((?P<code>(?-i:[A-Z]{2,8}))\)$")
#: An honorific between an office and the name: "…, Dr Jane Roe".
_NAME_HONORIFIC = r"(?:(?:Dr|Mr|Ms|Mrs|Prof|H\.\s?E)\.?\s+)?"
#: Between "<office> of the <Body>" and the holder's name: a comma ("Secretary-General of the Council, Dr X").
_AFTER_BODY_OF = re.compile(rf"\s*,\s*{_NAME_HONORIFIC}")
#: Between a body's name and its holder's: the office's words ("Health Body (HB) director-general Dr X").
_AFTER_BODY_OFFICE = re.compile(rf"\s+(?P<office>(?:[A-Za-z][\w-]*\s+){{1,3}}?){_NAME_HONORIFIC}")
#: A body named again by the last word of its name, its office then the holder's name: "the Agency’s
#: Executive Director, Dr X". Groups ``head`` (the word) and ``office``.
_BODY_AGAIN_OFFICE = re.compile(
    rf"\bthe\s+(?P<head>(?-i:[A-Z])[a-z]+)['’]s\s+(?P<office>(?:(?-i:[A-Z])[\w-]*\s*){{1,3}}?),?\s*{_NAME_HONORIFIC}$"
)
#: How far before a name the body whose office the name holds may be written.
_BODY_REACH = 120


def _body_of_run(run: str) -> str | None:
    """The body a run of capitalised words ends with (its bracketed short form, else its longest suffix
    that names a body), or None: "Macron and World Body (WB)" → the body, never a state."""
    m = _BRACKETED_CODE.search(run)
    if m is not None and m.group("code") in ORGANISATION_CODES:
        return m.group("code")
    words = (run[: m.start()] if m else run).split()
    for k in range(len(words)):
        code = country_from_name(" ".join(words[k:]))
        if code is not None:
            return code if code in ORGANISATION_CODES else None
    return None


def _body_named_before(text: str, head: str) -> str | None:
    """The body last named in full in ``text`` whose name ends in the word ``head`` ("the International
    Energy Agency" for "the Agency"), or None."""
    found = None
    for m in _CAPITALISED_RUN.finditer(text):
        run = _BRACKETED_CODE.sub("", m.group())
        if run.split()[-1] == head and len(run.split()) > 1:
            found = _body_of_run(run) or found
    return found


def _body_before_name(text: str, at: int) -> str | None:
    """The body whose office the words right before ``at`` name: "<office> of the <Body>, <name>" or
    "<Body> <office> <name>", or None."""
    window = text[max(0, at - _BODY_REACH) : at]
    again = _BODY_AGAIN_OFFICE.search(window)
    if again is not None and all(is_title_word(w) for w in again.group("office").split()):
        return _body_named_before(text[: at - len(window) + again.start()], again.group("head"))
    for m in _CAPITALISED_RUN.finditer(window):
        rest = window[m.end() :]
        of_form = re.search(r"\bof\s+(?:the\s+)?$", window[: m.start()]) and _AFTER_BODY_OF.fullmatch(rest)
        office = _AFTER_BODY_OFFICE.fullmatch(rest)
        titled = office is not None and all(is_title_word(w.title()) for w in office.group("office").split())
        if (of_form or titled) and (code := _body_of_run(m.group())) is not None:
            return code
    return None


#: An office of a body right after its holder's name, set off by a comma or by nothing: "X, Director of the
#: Fund, said", "Y the Deputy Director of the Fund's Asia Department". Groups ``office`` (capitalised words)
#: and ``body`` (the capitalised run after "of (the)", up to a possessive, a punctuation mark or a
#: lowercase word).
_OFFICE_OF_BODY_AFTER = re.compile(
    r"\A,?\s+(?:the\s+)?(?P<office>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})\s+of\s+(?:the\s+)?"
    r"(?P<body>(?-i:[A-Z])[\w.-]*(?:\s+(?:(?:of|for|on|and|in|the)\s+)*(?-i:[A-Z])[\w.-]*){0,7}?)"
    r"(?=['’]s\b|\s*[,;.(]|\s+(?-i:[a-z])|\s*$)"
)


def _body_after_name(text: str, end: int) -> str | None:
    """The body whose office the words right after a name (ending at ``end``) name, or None: only a body,
    never a state ("X, Ambassador of <State> to the Union" is no office of the Union)."""
    m = _OFFICE_OF_BODY_AFTER.match(text[end : end + 160])
    if m is None or not all(is_title_word(w) for w in m.group("office").split()):
        return None
    return _body_of_run(m.group("body"))


def _bodies_offices(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """A principal with no country whose title or the words right before (or after) his name name an
    office of a body is the body's ("the Managing Director of the Fund (F), Ms X", "Health Body (HB)
    director-general Dr Y", "Z the Deputy Director of the Fund's Asia Department", "the Agency's Executive
    Director, Dr W" after the Agency's full name): the office's own body, before the publisher's home or
    the text's guess gives him a state the page is about (issue #8: en-al, en-aj, en-aq, fam191 en-bb, a
    body's official given his host's country or none)."""
    for p in principals:
        if p.country is not None or not p.name:
            continue
        for title in p.titles:
            m = re.search(r"\bof\s+(?:the\s+)?(?P<body>.+)$", title)
            code = _body_of_run(m.group("body")) if m else None
            if code is not None:
                p.country = code
                break
        for text in texts if p.country is None else ():
            at = text.find(p.name)
            code = _body_before_name(text, at) if at > 0 else None
            code = code or (_body_after_name(text, at + len(p.name)) if at >= 0 else None)
            if code is not None:
                p.country = code
                break


#: An appositive after a name that ends in the holder's state: ", Chief of Defence Forces (CDF) <State>
#: called on …", ", Secretary of Commerce, <State> co-chaired …", ", Minister of Trade, Government of <State>
#: and …", ", Deputy Minister of Defence in the sisterly Kingdom of <State> (KSA)". Group ``office``: the
#: office's words (the first a title word); ``state``: the state's name, set off from the office by a
#: bracketed short form or a comma (a state the office's remit names, "for Caribbean Affairs and
#: <State>", is no holder's) or as the kingdom or republic the office is "in" (en-as, an Omani daily;
#: fam158), and followed by the appositive's end.
_APPOSITIVE_STATE = re.compile(
    r"\A,\s+(?:the\s+)?(?P<office>(?-i:[A-Z])[\w-]*(?:\s+(?:of|for|and|&|the|(?-i:[A-Z])[\w-]*)){0,7}?)"
    r"(?:(?:\s*\((?-i:[A-Z]{2,8})\)\s*,?|\s*,)\s+(?:(?:Government|Republic)\s+of\s+)?(?:the\s+)?"
    r"|\s+in\s+the\s+(?:(?-i:[a-z])\w+\s+)?(?:Kingdom|Republic|State|Sultanate|Federation)\s+of\s+)"
    rf"(?P<state>{COUNTRY_PATTERN})(?=\s*(?:[,;.()]|and\b|(?-i:[a-z])))"
)


#: An appositive after a name that opens with the holder's people's word, perhaps after an office set off
#: by a comma: ", U.S. Ambassador to <State>", ", Secretary-General, French Ministry for …", ", Secretary,
#: Australian Department of …" (fam214: en-bh, en-bi). Group ``people``: the people's word; ``next``: the
#: word after it, an office's or a ministry's.
_APPOSITIVE_PEOPLE = re.compile(
    r"\A,\s+(?P<office>(?-i:[A-Z])[\w-]*(?:\s+(?:of|the|(?-i:[A-Z])[\w-]*)){0,3},\s+)?(?:the\s+)?"
    rf"(?P<people>{DEMONYM_PATTERN})\s+(?P<next>(?-i:[A-Z])[\w-]*)"
)


def _appositive_peoples(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """A principal whose appositive opens with a people's word and an office or a ministry ("Ambassador X,
    U.S. Ambassador to <State>"; "X, Secretary, <People> Department of …") is of that people's state, the
    nearest words to his name, over the countries read around him (fam214: en-bh, the White House's
    ambassador given the state he is posted to; en-bi, two co-chairs given each other's states)."""
    for p in principals:
        code = next((c for text in texts if p.name for c in _appositive_people(text, p.name)), None)
        p.country = code or p.country


def _appositive_people(text: str, name: str) -> Iterator[str]:
    """The states of the people's words that open an appositive after ``name`` in ``text``, in order."""
    at = text.find(name)
    while at >= 0:
        window = text[at + len(name) : at + len(name) + 160]
        m = _APPOSITIVE_PEOPLE.match(window)
        if m is not None and _office_ends(m, window[m.start("next") :]):
            code = country_from_demonym(m.group("people"))
            if code is not None and len(code) == 2:
                yield code
        at = text.find(name, at + len(name))


#: An envoy's office after the people's word, then his remit: "Ambassador to", "Special Envoy for".
_ENVOY_REMIT = re.compile(r"(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:Ambassador|Envoy|Representative)\s+(?:to|for)\s")
#: A ministry after the people's word, then its remit: "Ministry for", "Department of".
_MINISTRY_REMIT = re.compile(r"(?:Ministry|Department|Embassy|Mission)\s+(?:of|for|in)\s")


def _office_ends(m: re.Match[str], rest: str) -> bool:
    """True when the people's word opens the name's own appositive: an envoy's office and his remit
    ("U.S. Ambassador to …"), or, after the holder's office set off by commas, a ministry and its remit
    ("Secretary-General, French Ministry for …"). A list's next item ("US Secretary of State Y", "the
    Slovenian Prime Minister, Dr Y") and a ministry credited with the report ("Turkmen Foreign Ministry
    reports") are not."""
    if m.group("office"):
        return _MINISTRY_REMIT.match(rest) is not None
    return _ENVOY_REMIT.match(rest) is not None


def _appositive_states(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """A principal with no country whose appositive ends in a state ("Air Marshal X, Chief of Defence
    Forces (CDF) <State> called on General Y") is of that state: the nearest words to his name, before the
    publisher's home goes to the first side it finds (issue #8, en-aq: a visiting chief given his host's
    state and the hosts his; a visiting secretary given the publisher's)."""
    for p in principals:
        if p.country is not None or not p.name:
            continue
        for text in texts:
            at = text.find(p.name)
            after = text[at + len(p.name) : at + len(p.name) + 160] if at >= 0 else ""
            m = _APPOSITIVE_STATE.match(after)
            titled = m is not None and is_title_word(m.group("office").split()[0])
            code = country_from_name(m.group("state")) if m and titled else _lowercase_office_state(after)
            if code is not None and len(code) == 2:
                p.country = code
                break


#: An appositive office written in lowercase, then the state or capital it is of: ", the crown prince of
#: <Capital> and …", ", the foreign minister of <State>,". Groups ``office`` and ``place``.
_LOWERCASE_OFFICE_OF = re.compile(
    r"\A,\s+the\s+(?P<office>(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,3}?)\s+of\s+(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})"
)


def _lowercase_office_state(after: str) -> str | None:
    """The state of a lowercase office set off after a name, its last word a title word, of a state or
    of its capital ("X, the crown prince of Abu Dhabi and …": fam221, en-bl, a Jordanian daily's caller
    given Jordan and the King the caller's state), or None."""
    m = _LOWERCASE_OFFICE_OF.match(after)
    if m is None or not is_title_word(m.group("office").split()[-1].capitalize()):
        return None
    place = m.group("place")
    return country_from_name(place) or country_of_capital(place)


#: An envoy's post before his name, his own state then the state he serves in: "Ambassador of <A> accredited
#: to <B> X", "Chargé d'Affaires ad Interim of the Republic of <A> in <B> X". Groups ``own`` and ``post``.
_ENVOY_OF_STATE = re.compile(
    r"\b(?:Ambassador|Envoy|High\s+Commissioner|Consul(?:[\s-]General)?|Charg[ée]\s+d['’]\s?Affaires)"
    r"(?:\s+(?i:ad\s+interim|a\.\s?i\.))?\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|State)\s+of\s+)?"
    rf"(?P<own>{COUNTRY_PATTERN})\s+(?:(?:accredited\s+)?to|in)\s+(?:the\s+)?(?P<post>{COUNTRY_PATTERN}),?\s+"
    rf"{_NAME_HONORIFIC}$"
)


def _envoys_own_states(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """An envoy named right after "<post> of <State A> (accredited) to / in <State B>" is of A, where he
    holds none or B, the state nearest his name (issue #8: en-am, en-v: an ambassador and a chargé
    d'affaires given the state they serve in, and their host the envoy's own)."""
    for p in principals:
        if not p.name:
            continue
        for text in texts:
            at = text.find(p.name)
            m = _ENVOY_OF_STATE.search(text, max(0, at - 160), at) if at > 0 else None
            own = country_from_name(m.group("own")) if m else None
            post = country_from_name(m.group("post")) if m else None
            if own is not None and own != post and p.country in (None, post):
                p.country = own
                break


#: A ministry's remit over its own state's nationals abroad, in an office's title: "Minister of Foreign
#: Affairs, Migration and Tunisians Abroad", "… and Moroccan Expatriates". Group ``demonym``.
_NATIONALS_ABROAD = re.compile(r"\b(?P<demonym>[A-Z][a-z]+?)s?\s+(?:Living\s+)?(?:Abroad|Expatriates)\b")


def _nationals_office(p: Principal) -> str | None:
    """The state whose nationals abroad an office of ``p`` serves ("Gambians Abroad" → "GM"), or None: the
    office-holder's own state, whatever other country the words near his name give (issue #8, en-y: a
    Tunisian minister given the last of his counterparts' countries; en-ak: a Gambian minister given
    his guest's)."""
    for title in p.titles:
        m = _NATIONALS_ABROAD.search(title)
        code = country_from_demonym(m.group("demonym")) if m else None
        if code is not None and len(code) == 2:
            return code
    return None


#: The district a dateline writes after its city ("Washington, DC", "Washington, D.C.", "Washington DC").
_CITY_DISTRICT = re.compile(r"(?:,\s*D\.\s?C\.|,?\s+DC)$")


def _dateline_state(principals: Sequence[Principal], place: str | None, texts: Sequence[str] = ()) -> None:
    """Of a page with no publisher's country, the one principal with none is of the state whose capital
    (or own name) the story's dateline gives, where every other principal holds a country and none holds
    that one: "ALGIERS – President of the Republic X held talks with his French counterpart Y" (a news
    agency's story told from its own capital; issue #8, en-ak). Beside a body's official, only the
    opening's first principal: a capital that seats the body ("JAKARTA – The Secretary-General of ASEAN
    met the new ambassador of …") is the official's, not his guest's (en-c, en-d). A bare capital is
    weaker than the text: where the text ties one state no principal holds clearly to the sides (a
    prime minister "in Washington" talking of support for his own country, en-al), the text's guess
    decides; a dateline naming its state too ("Majuro, Marshall Islands") stays stronger (en-u)."""
    # "Washington, DC": the city's state, the district left out
    place = _CITY_DISTRICT.sub("", place.strip()) if place else place
    state = (country_of_capital(place) or state_of_word(place)) if place else None
    bare = state is not None and _bare_capital_holds(principals, texts, state)
    bare = bare and not (place and _gathering_in(place, texts))
    state = (state if bare else None) or (_capital_and_state(place) if place else None)
    lacking = [p for p in principals if p.country is None]
    if state is None or len(principals) < 2 or len(lacking) != 1:
        return
    body = any(p.country in ORGANISATION_CODES for p in principals)
    if all(p.country != state for p in principals) and (not body or principals[0] is lacking[0]):
        lacking[0].country = state


#: The lead's "here", which puts the event in the dateline's city: "X called on Foreign Minister Y here on
#: Thursday" (fam221: en-bn, the host's state stronger than the country the talks were about).
_HERE = re.compile(r"\bhere\b(?=\s+(?:on|today|yesterday|this|last|in|at)\b|\s*[.,;])", _I)


#: A gathering's name after the words that put the sides at it: "attending the Nuclear Security Summit".
_GATHERING = r"(?:Summit|Conference|Forum|Assembly|Meeting|Games)\b"


def _bare_capital_holds(principals: Sequence[Principal], texts: Sequence[str], state: str) -> bool:
    """True when a bare capital's ``state`` holds against the text: the lead says the event was "here",
    or the text ties no other state clearly to the sides."""
    return any(_HERE.search(t) for t in texts[:2]) or not _clear_unheld_state(principals, texts, state)


def _gathering_in(city: str, texts: Sequence[str]) -> bool:
    """True when the text puts the sides in the dateline's ``city`` for a gathering ("The two leaders are
    in Seoul attending the … Summit", "on the sidelines of the … Summit in Seoul", "The summit was hosted
    by … in Seoul"): the city is the event's venue, no side's capital (issue #8, en-an: a prime minister
    given the summit host's state; fam202, en-bd: a speaker given the host's state)."""
    name = re.escape(city.strip())
    attending = rf"\bin\s+{name}\s+(?:attending|to\s+attend|for)\s+the\s+[^.;]{{0,60}}?{_GATHERING}"
    sidelines = rf"\bsidelines\s+of\s+the\s+[^.;]{{0,60}}?{_GATHERING}[^.;]{{0,20}}?\bin\s+{name}\b"
    # the gathering named again as hosted there: "The summit was hosted by the Parliament of X … in Y"
    hosted = (
        rf"\bThe\s+(?:summit|conference|forum|assembly)\s+(?:was|is)\s+(?:hosted|held|organi[sz]ed|convened)\b"
        rf"[^.;]{{0,120}}?\bin\s+{name}\b"
    )
    pattern = re.compile(f"{attending}|{sidelines}|{hosted}", _I)
    return any(pattern.search(t) for t in texts)


def _clear_unheld_state(principals: Sequence[Principal], texts: Sequence[str], state: str) -> bool:
    """True when the text ties one state other than the dateline's ``state``, held by no principal,
    to the sides at least twice and more than any other (as the text's guess counts)."""
    held = {p.country for p in principals if p.country}
    scores = _text_scores(texts, held, bodies=False)
    ranked = [(c, n) for c, n in scores.most_common() if c not in held and c not in ORGANISATION_CODES][:2]
    if not ranked or ranked[0][0] == state or ranked[0][1] < 2:
        return False
    return len(ranked) == 1 or ranked[0][1] > ranked[1][1]


def _capital_and_state(place: str) -> str | None:
    """The state of a dateline naming a capital and then its own state ("Lisbon, Portugal"), or None
    where the city is no capital of the state named after it (a resort or a summit's town)."""
    city, comma, rest = place.rpartition(",")
    code = country_of_capital(city.strip()) if comma else None
    return code if code is not None and code == state_of_word(rest.strip()) else None


#: "A joined B in his meeting with C": the one joined hosts the meeting A sits in on. Group ``joined``:
#: from B's words up to the meeting.
_JOINED_IN = re.compile(
    r"\bjoined\s+(?P<joined>[^.;]{1,80}?)\s+in\s+(?:his|her|their)\s+(?:\w+\s+)?(?:meeting|talks|call|discussions?)\b"
)


def _joined_in_meeting(principals: Sequence[Principal], opening: str | None) -> None:
    """The one a principal joins in his own meeting ("Minister A joined President B in his meeting with
    C") is on the joiner's side: of the joiner's country, not the guest's (issue #8, en-ao)."""
    found = _JOINED_IN.search(opening or "")
    if found is None:
        return
    before, joined = opening[: found.start()] if opening else "", found.group("joined")
    joiners = {p.country for p in principals if p.name and p.name in before and p.country}
    if len(joiners) != 1:
        return
    _fill_country([p for p in principals if p.name and p.name in joined], joiners.pop())


def _give_home(principals: Sequence[Principal], home: str, profile: Profile) -> None:
    """The publisher's own official takes the home country: an office-holder first, else the first
    unnamed-country side; of two sides, then the one whose own name or title is of the home state ("King
    X … President Biden" on the White House: the President, not the king named before him). A known
    leader of another state is never the publisher's own ("President Obama" on gov.uk), nor an official
    of a state with no code ("President of Abkhazia X": he has none)."""
    lacking = [
        p
        for p in principals
        if p.country is None and _known_leader(p) in (None, home) and not _of_uncoded_state(p)
    ]
    pair = len(principals) == 2
    lacking.sort(
        key=lambda p: (p.name is not None and not _home_title(p, profile), pair and _own_state(p) != home)
    )
    if lacking:
        lacking[0].country = home


#: "… led the U.S. delegation", "… led the Thai side": the leaders' state, by its demonym.
_LED_DELEGATION = re.compile(rf"\bled\s+the\s+(?P<demonym>{DEMONYM_PATTERN})\s+(?:delegation|side|team)\b")
#: Where the clause of the leaders before "led" begins: a sentence's end, a semicolon, "while"/"whereas".
_LEADERS_CLAUSE_START = re.compile(r"[.;:]\s|\b(?:while|whereas)\s")


def _home_delegation(principals: Sequence[Principal], home: str | None) -> None:
    """The publisher's own subjects: where the publisher declares its ``home`` country and one of the
    opening's subjects holds it, the other subjects with no country are of it too when they are one
    side, not the two ("A, B and C hosted …", "A and B met with members of …"): three subjects or more,
    or two with another side beside them. The text's guess gave them the topic's country instead
    (domestic White House briefings on Haitian migrants and on Afghan evacuees, feeds-dev 219, 730)."""
    if home is None:
        return
    subjects = [p for p in principals if p.side == 0]
    if not any(p.country == home for p in subjects):
        return
    if len(subjects) >= _DELEGATION_SIZE or 1 < len(subjects) < len(principals):
        for p in subjects:
            p.country = p.country or _known_leader(p) or (None if _of_uncoded_state(p) else home)


#: How many subjects make one side of the opening with no other side named ("A, B and C hosted …").
_DELEGATION_SIZE = 3


def _delegation_leaders(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """Principals with no country named in the clause before "led the <Demonym> delegation" are of that
    state ("A and B led the U.S. delegation while C and D led the Thai delegation": the two Americans
    were given the state the later words name, State 1418), before any guess from the text."""
    for text in texts:
        for m in _LED_DELEGATION.finditer(text):
            code = country_from_demonym(m.group("demonym"))
            start = max((b.end() for b in _LEADERS_CLAUSE_START.finditer(text, 0, m.start())), default=0)
            clause = text[start : m.start()]
            for p in principals:
                if code and p.country is None and p.name and p.name in clause:
                    p.country = code
    _sides_led_by(principals, texts)


#: "The Japanese side was co-chaired by", "the Chilean delegation was led by": the people named next,
#: up to the clause's end, are of that state.
_SIDE_LED_BY = re.compile(
    rf"\b(?P<demonym>{DEMONYM_PATTERN})\s+(?:side|delegation|team)\s+(?:was|were)\s+"
    r"(?:co-?)?(?:chaired|led|headed)\s+by\b"
)
#: Where the clause of a side's heads after "was led by" ends: another clause ("while", "whereas").
_HEADS_CLAUSE_END = re.compile(r"\b(?:while|whereas)\s")


def _sides_led_by(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """Principals named in the clause after "the <Demonym> side was co-chaired by" are of that state, over
    any guess and over the publisher's own ("The Ruritanian side was co-chaired by A and B, while the U.S.
    side was co-chaired by C": A was given the publisher's state, bulk us-state-rss 1760)."""
    for text in texts:
        if "by" not in text:
            continue
        for sentence in (s.text for s in split_sentences(text, semicolons=True)):
            for m in _SIDE_LED_BY.finditer(sentence):
                code = country_from_demonym(m.group("demonym"))
                stop = _HEADS_CLAUSE_END.search(sentence, m.end())
                clause = sentence[m.end() : stop.start() if stop else len(sentence)]
                for p in principals:
                    if code and p.country is None and p.name and p.name in clause:
                        p.country = code


#: "his U.S. counterpart", "her Chilean counterpart": the other side's state, by its demonym.
_COUNTERPART_DEMONYM = re.compile(rf"\b(?:his|her|their)\s+(?P<demonym>{DEMONYM_PATTERN})\s+counterparts?\b")


def _demonym_counterpart(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """Of two sides, the one with no country is of the state the page's "his <demonym> counterpart" names,
    where the other side holds another ("X discussed Syria with his U.S. counterpart … X and Y spoke":
    Y is the US's, not the topic's; issue #8, en-ae)."""
    if len(principals) != 2:
        return
    known = [p for p in principals if p.country]
    lacking = [p for p in principals if not p.country]
    if len(known) != 1 or len(lacking) != 1:
        return
    found = (m.group("demonym") for t in texts for m in _COUNTERPART_DEMONYM.finditer(t))
    codes = {country_from_demonym(word) for word in found}
    codes.discard(known[0].country)
    code = codes.pop() if len(codes) == 1 else None
    if code is not None and len(code) == 2:
        lacking[0].country = code


#: An opening's two states in order before its two principals are named: "The leaders of Argentina and
#: Chile", "The foreign minister of Iran and his Uzbek counterpart".
_ORDERED_PAIR = re.compile(
    rf"\b[Tt]he\s+(?:[A-Za-z-]+\s+){{1,3}}?of\s+(?:the\s+)?(?P<first>{COUNTRY_PATTERN})\s+and\s+"
    rf"(?:(?:his|her)\s+(?P<demonym>{DEMONYM_PATTERN})\s+counterparts?\b|(?:the\s+)?(?P<second>{COUNTRY_PATTERN})(?!\w))"
)

#: Two demonyms in order before a plural office and the two names: "Uzbek and Japanese foreign ministers,
#: A and B" (issue #8, en-ab: a news agency's report of two ministers' talks at a third country's meeting).
_ORDERED_DEMONYMS = re.compile(
    rf"\b(?P<first>{DEMONYM_PATTERN})\s+and\s+(?P<second>{DEMONYM_PATTERN})\s+(?:[A-Za-z-]+\s+){{0,2}}?"
    r"(?:ministers|leaders|presidents|premiers|counterparts|FMs),?\s+(?-i:[A-Z])"
)


def _ordered_pair_codes(text: str) -> tuple[str | None, str | None] | None:
    """The two states an opening names in order before its two principals, or None."""
    m = next((m for m in _ORDERED_PAIR.finditer(text) if not _names_own_state(m)), None)
    if m is not None:
        first = country_from_name(m.group("first"))
        if m.group("demonym"):
            return first, country_from_demonym(m.group("demonym"))
        return first, country_from_name(m.group("second"))
    d = _ORDERED_DEMONYMS.search(text)
    if d is not None:
        return country_from_demonym(d.group("first")), country_from_demonym(d.group("second"))
    return None


def _names_own_state(m: re.Match[str]) -> bool:
    """True where the words before "of" and the first state are one state's own long name ("the United
    States of America and the Kingdom of Saudi Arabia"): two states named, not an office of the first."""
    long_name = m.group(0)[: m.end("first") - m.start()].removeprefix("the ").strip()
    return country_from_name(long_name) is not None


def _own_state(p: Principal) -> str | None:
    """A principal's country by its own name or titles alone (a known leader, a state's office), or None."""
    return _known_leader(p) or next(filter(None, (state_office_country(t) for t in p.titles)), None)


def _ordered_pair_countries(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """Two named principals with no country yet, after an opening that names two states in order ("The
    foreign minister of Iran and his Uzbek counterpart … Zarif and Kamilov talked"): the first named (in
    the text, not in the list: a caller is listed first) is of the first state, the second of the
    other, before any guess from the countries the later lines name near them (condolences to the
    people of Uzbekistan do not make Zarif Uzbek); or two demonyms before a plural office ("Uzbek and
    Japanese foreign ministers, Kamilov and Kishida")."""
    if len(principals) != 2 or any(p.country or not p.name for p in principals):
        return
    for text in texts:
        codes = _ordered_pair_codes(text)
        if codes is None:
            continue
        first, second = codes
        if first and second and first != second:
            named_first, named_second = _in_order_named(principals, " ".join(texts))
            if first == _own_state(named_second) or second == _own_state(named_first):
                # a person's own name or title tells his state before the order the page names them in
                named_first, named_second = named_second, named_first
            named_first.country, named_second.country = first, second
        return


def _in_order_named(principals: Sequence[Principal], text: str) -> tuple[Principal, Principal]:
    """The two principals in the order ``text`` first names them by surname ("Duda assured Poroshenko"
    though Poroshenko, who called, is listed first); the listed order where a surname is not written."""
    spots: list[int] = []
    for p in principals:
        m = re.search(rf"\b{re.escape(p.name.split()[-1])}\b", text) if p.name else None
        if m is None:
            return principals[0], principals[1]
        spots.append(m.start())
    if spots[1] < spots[0]:
        return principals[1], principals[0]
    return principals[0], principals[1]


#: Host labels of a government's own site ("mfai.gov.ck", "www.gov.uk", "pmo.govt.nz").
_GOVERNMENT_LABELS = frozenset(("gov", "govt", "gouv", "gob", "government"))


def _government_host(url: str | None) -> bool:
    """True for a government's own site by its host: its domain's country is the publisher's, however
    often the page names the country its principal visits ("Suva, Fiji" on the Cook Islands' MFA)."""
    host = urlsplit(url if url and "//" in url else "//" + (url or "")).hostname or ""
    return bool(_GOVERNMENT_LABELS.intersection(host.split(".")))


def _relayed_home(code: str | None, principals: Sequence[Principal], texts: Sequence[str]) -> str | None:
    """The URL domain's country ``code`` as the publisher's, unless the page is relayed from another:
    it never names ``code`` (by name or demonym) but ties a country no principal holds to a side again
    and again (a Philippine agency's story on a ".tw" blog, Xinhua's on a ".cn" site: at least
    _RELAYED_TIES). A government's own page that names its guests' countries and a topic or two
    keeps its domain's."""
    if code is None or any(country_from_demonym(m.group()) == code for t in texts for m in _country_words(t)):
        return code
    # the countries the principals hold, a known leader's too ("President Ramaphosa" on a ".za" page)
    held = {c for c in (p.country or _known_leader(p) for p in principals) if c}
    if code in held:
        return code
    scores = _text_scores(texts, held)
    unheld = (c for c, n in scores.items() if n >= _RELAYED_TIES and c not in held)
    return None if any(c not in ORGANISATION_CODES for c in unheld) else code


#: How strongly a relayed page ties the country of its own principal (mentions and pairs, as the text's
#: guesses count them): twice what a guess needs.
_RELAYED_TIES = 4


#: A counted group the opening's subjects met ("met with 16 CEOs of major companies", "spoke with more
#: than 40 mayors", "met with a group of students"): unnamed people, the other side of the event.
_MET_A_GROUP = re.compile(
    r"\b(?:met|spoke|meeting|conversation|call)\s+(?:virtually\s+|today\s+)?with\s+(?:more\s+than\s+|over\s+|nearly\s+|"
    r"almost\s+|some\s+|about\s+)?(?:\d[\d,]*|dozens\s+of|hundreds\s+of|a\s+group\s+of|several|(?:twenty|thirty|forty|fifty)"
    r"(?:-\w+)?)\s+(?-i:[a-zA-Z])",
    _I,
)


def _hosts_of_a_group(principals: Sequence[Principal], opening: str | None) -> None:
    """The subjects the opening lists together are one side when what they met is a counted group and
    no principal stands on the other side ("Secretary A, Secretary B, Advisor C and Director D met with
    16 CEOs"): they share the one country known among them, the publisher's, before the text's topics
    (a war, a country the talk is about) are guessed as theirs (feeds-dev15 White House briefings 381)."""
    if not opening or any(p.side != 0 for p in principals) or len(principals) < 2:
        return
    if not _MET_A_GROUP.search(opening):
        return
    known = {p.country for p in principals if p.country}
    if len(known) == 1:
        _fill_country(principals, known.pop())


def _trip_countries(
    principals: Sequence[Principal],
    texts: Sequence[str],
    opening: str | None,
    *,
    homeless: bool = False,
    own_site: str | None = None,
) -> None:
    """The text's guesses, knowing the trip the opening reports: its country is the hosts', and the
    travellers (with their companions) are one delegation. ``homeless``: neither the publisher's
    profile nor its URL gives the publisher's country; ``own_site``: the country the profile gives (a
    government's own pages, where a guess must be named beside its holder or paired with that country:
    ``_tied_to_guest``)."""
    # (only with another side named: a lone traveller's country is left to the text, as before)
    visited = _visited_by_subject(opening, principals) if opening and len(principals) > 1 else set()
    travelling = _travelling(principals, opening, visited)
    if len(visited) == 1:
        # the other side of a trip to one country is of it ("visited Algeria … met President X and FM Y")
        hosts = [p for p in principals if p.side == 1 and id(p) not in travelling and not _international(p)]
        _fill_country(hosts, next(iter(visited)))
    venue = _joint_venue(opening, principals) if opening else frozenset()
    if opening and len(principals) == 1:
        venue |= _group_side(opening, principals[0]) | _lone_trip(opening, principals)
    _guess_from_text(
        principals, texts, visited, travelling, homeless=homeless, own_site=own_site, venue=venue
    )
    # "X traveled to A, along with Y", "X, Y and Z traveled to A": one delegation, X's country.
    travellers = {q.country for q in principals if q.side == 0 and q.country}
    if len(travellers) == 1:
        _fill_country([p for p in principals if id(p) in travelling], next(iter(travellers)))


#: A country named as the place of the event: "in Suriname", with the clause going on or ending after
#: it ("in Suriname on Sunday", "in Suriname."), not a noun it qualifies ("in the U.S. state of …").
_IN_COUNTRY = re.compile(
    rf"\bin\s+(?:the\s+)?(?P<country>{COUNTRY_PATTERN})(?=\s*(?:[.,;:)]|$)|\s+(?:on|at|to|and|for|this|last|next)\b)"
)


def _joint_venue(opening: str, principals: Sequence[Principal]) -> frozenset[str]:
    """The country the opening's sides, all of them its joint subject, met in ("X and Guyana President
    Y held bilateral discussions in Suriname on Sunday"): a summit's host, the country of neither as
    far as the text's guesses go (a host receiving a guest is the object, not a joint subject)."""
    clause = event_clause(opening) if len(principals) > 1 and all(p.side == 0 for p in principals) else None
    if clause is None:
        return frozenset()
    found = (country_from_name(m.group("country")) for m in _IN_COUNTRY.finditer(opening, clause.end()))
    return frozenset(code for code in found if code)


#: An unnamed group of one state as the event's other side: "a delegation of the US embassy", "government
#: officials of Saudi Arabia", "a Kenyan delegation". Group ``of`` or ``demonym``: the state's word.
_GROUP_OF_STATE = re.compile(
    rf"\b(?:delegation|officials|representatives)\s+of\s+(?:the\s+)?(?P<of>{COUNTRY_PATTERN})"
    rf"|\b(?P<demonym>{DEMONYM_PATTERN})\s+(?:embassy\s+|government\s+)?(?:delegation|officials)\b"
)


def _group_side(opening: str, lone: Principal) -> frozenset[str]:
    """The state of an unnamed group the opening sets against its one named principal ("A delegation of
    the US embassy called on Minister X", "X held talks with officials of Saudi Arabia"): the group's,
    not his, however often the text names it (issue #8, en-ac, en-h). None where he leads it."""
    found = _GROUP_OF_STATE.search(opening)
    if found is None or not lone.name or re.search(r"\b(?:led|headed|leading|heading)\b", opening, _I):
        return frozenset()
    code = country_from_demonym(found.group("of") or found.group("demonym"))
    return frozenset((code,)) if code and code != lone.country else frozenset()


def _travelling(principals: Sequence[Principal], opening: str | None, visited: set[str]) -> set[int]:
    """The ids of the principals on the trip the opening reports: the subject's side on a trip to a
    country, and the subject's companions on any trip."""
    # A companion on a trip to no country ("traveled to Atlanta, Georgia, along with Y") travels too.
    trip = bool(visited) or bool(opening and len(principals) > 1 and _VISIT_TO.search(opening))
    return {id(p) for p in principals if (visited and p.side == 0) or (trip and _companion(opening or "", p))}


def _fill_country(principals: Sequence[Principal], code: str) -> None:
    """Give ``code`` to those of ``principals`` who have no country."""
    for p in principals:
        p.country = p.country or code


#: How many countries the sides hold for a page to be many-sided, its text's bodies set aside.
_MANY_SIDES = 3


def _guess_from_text(
    principals: Sequence[Principal],
    texts: Sequence[str],
    visited: set[str],
    travelling: set[int],
    *,
    homeless: bool = False,
    own_site: str | None = None,
    venue: frozenset[str] = frozenset(),
) -> None:
    """The countries the text ties most strongly to each side still without one. On a trip the
    hosts go first, and a traveller's (or a bystander's) guess is made only once a host's country is
    known, with the trip's countries set aside. On a page whose publisher's country is unknown
    (``homeless``), the one country a bilateral page names beside the other side's is enough."""
    for p in sorted(principals, key=lambda q: id(q) in travelling):
        if p.country is not None or _international(p):
            continue
        away = id(p) in travelling or (bool(visited) and p.side != 1)
        if away and not any(q.country for q in principals if q.side == 1 and id(q) not in travelling):
            continue  # no host's country known: the text names the trip's topics, not this person's
        trip = (visited if away else set()) | venue
        # what the person is says more than the words around him: a bare Secretary of State is the US's,
        # never the topic the text names most ("… condemned the Cuban missions … Cuban prisoners", issue #8,
        # en-ae). (A known leader stays the last guess: filling leaders here moved the compare stage's pairs.)
        guess = _title_only_country(p) or _site_text_guess(
            p, principals, texts, trip, homeless=homeless, own_site=own_site
        )
        if guess in ORGANISATION_CODES and len({q.country for q in principals if q.country}) >= _MANY_SIDES:
            # Where the sides hold three countries or more already (a many-leader teleconference), the
            # body the text names most is the meeting's forum, not one more side's (issue #8, en-aj:
            # "the current African Union (AU) chair" gave the AU to two leaders); a state it names
            # stays a guess (a minister's separate meetings with three others: en-y)
            continue
        if guess is not None:
            p.country = guess
            # The rest of this side ("senators A, B and C") is from the same country.
            _share_sides(principals)


def _site_text_guess(
    p: Principal,
    principals: Sequence[Principal],
    texts: Sequence[str],
    trip: set[str],
    *,
    homeless: bool,
    own_site: str | None,
) -> str | None:
    """The text's guess (``_text_guess``); on a government's own site (``own_site``, its country) only one
    the text ties to the guest (``_tied_to_guest``): there the country named most is often what its own
    people met on (evacuees helped at home, a crisis abroad; issue #8, fam235: feeds-dev White House
    briefings 208, 219, 251, 1184, a faith leader, a Congresswoman, a company chair given the topic's
    country)."""
    guess = _text_guess(p, principals, texts, trip, homeless=homeless)
    if own_site and guess is not None and not _tied_to_guest(p, guess, own_site, texts):
        return None
    return guess


def _text_guess(
    p: Principal, principals: Sequence[Principal], texts: Sequence[str], trip: set[str], *, homeless: bool
) -> str | None:
    """The country the text ties most strongly to ``p``, the countries held and set aside (and the
    ``trip``'s) left out: one named at least twice and more often than any other, or, on a page whose
    publisher's country is unknown (``homeless``), the one other country a bilateral page names; None
    when neither holds."""
    others = {q.country for q in principals if q.country}
    scores = _text_scores(texts, others, bodies=_body_office(p))
    for code in _set_aside(p, principals, others) | trip | _sent_to(p) | _claimed_by_others(p, texts):
        scores.pop(code, None)
    if _bare_secretary_general(p):
        # a bare Secretary-General is a body's (103 of the gold sets' 104): the state the text names
        # most is his guest's or the topic's, never his (issue #8, en-y: the UN's chief given Niger)
        scores = Counter({code: n for code, n in scores.items() if code in ORGANISATION_CODES})
    ranked = scores.most_common(2)
    clear = bool(ranked) and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
    only = homeless and len(ranked) == 1 and _only_other_named(p, principals, ranked[0][0], texts)
    return ranked[0][0] if clear or only else None


def _tied_to_guest(p: Principal, code: str, home: str, texts: Sequence[str]) -> bool:
    """True when the text ties ``code`` to the guest ``p`` of a government's own page (its country
    ``home``), not only to the topic: named in a sentence naming him (``_named_beside``), or paired with
    the home country as the other side ("the U.S.-UAE agenda", "between the United States and the
    United Kingdom": a real foreign principal keeps his country, fam235's feeds-dev White House
    briefings 550, 789, 856)."""
    return _named_beside(p, code, texts) or _paired_with_home(code, home, texts)


def _paired_with_home(code: str, home: str, texts: Sequence[str]) -> bool:
    """True when a sentence names ``code`` and ``home`` as a pair, outside a topic's phrase
    (``without_topics``): joined by a hyphen ("U.S.-UAE") or as "between A and B"."""
    for text in texts:
        for sentence in (s.text for s in split_sentences(without_topics(text), semicolons=True)):
            found = [(country_from_demonym(m.group()), m.start(), m.end()) for m in _country_words(sentence)]
            for (c1, s1, e1), (c2, s2, _e2) in pairwise(found):
                joined = {c1, c2} == {code, home} and _PAIR_GAP.fullmatch(sentence, e1, s2)
                hyphen = sentence[e1:s2].strip() in {"-", "–", "/"}
                if joined and (hyphen or _BETWEEN_BEFORE.search(sentence, 0, s1)):
                    return True
    return False


#: Between two countries named as a pair: a hyphen or a slash ("U.S.-UAE"), or "and" ("between A and B").
_PAIR_GAP = re.compile(r"\s*[-–/]\s*|\s+and\s+(?:the\s+)?")
#: Before the first of a pair joined by "and": "between (the)".
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$")


def _named_beside(p: Principal, code: str, texts: Sequence[str]) -> bool:
    """True when a sentence holding ``p``'s surname (or his office, unnamed) names the country ``code``
    outside a topic's phrase (``without_topics``: "Haitian-American", "support for the Haitian people"),
    or ``code`` is a body's: the text ties the country to him, not only to what was discussed."""
    if code in ORGANISATION_CODES:
        return True
    words = [w for w in ((p.name or "").split()[-1:] or [p.office or ""]) if w]
    for text in texts:
        if not any(w in text for w in words):
            continue
        for sentence in (s.text for s in split_sentences(without_topics(text), semicolons=True)):
            if any(w in sentence for w in words) and any(
                country_from_demonym(m.group()) == code for m in _country_words(sentence)
            ):
                return True
    return False


#: After a country word, an office and its holder's name: "… Foreign Minister Jane Roe", "…'s Ambassador,
#: Dr Jane Roe". Group ``run``: the capitalised words, office and name together.
_OFFICE_HOLDER_AFTER = re.compile(
    r"(?:['’]s)?\s+(?P<run>(?:(?-i:[A-Z])[\w'’.-]*,?\s+){1,7}(?-i:[A-Z])[\w'’.-]*)"
)


#: Before an office-holder, what makes him the one a principal serves or goes with, not a counterpart:
#: "the special envoy of French President X", "on behalf of", "accompanied by".
_SUPERIOR_BEFORE = re.compile(r"\b(?:of|by)\s+(?:the\s+)?$", _I)


def _claimed_by_others(p: Principal, texts: Sequence[str]) -> set[str]:
    """The countries a sentence naming ``p`` gives, as a demonym or a possessive before an office and a
    name, to a person other than ``p`` ("X is in Lima to talk with Peruvian Foreign Minister Jane Roe"):
    that country is his counterpart's, however often the text names it (issue #8: a traveller given his
    host's country, a host his guest's). Only beside ``p``'s name: a colleague named elsewhere ("after
    Chilean President Y's visit") is of ``p``'s own state as often as not. A person whose words hold
    ``p``'s surname is ``p``."""
    surname = (p.name or "").split()[-1:]
    found: set[str] = set()
    for text in texts if surname else ():
        if surname[0] not in text:
            continue
        for sentence in (s.text for s in split_sentences(text, semicolons=True)):
            if surname[0] in sentence:
                found |= _office_holders_states(sentence, surname[0])
    return found


def _office_holders_states(sentence: str, surname: str) -> set[str]:
    """The states of the demonyms and possessives before an office and a name in ``sentence`` whose words
    do not hold ``surname``."""
    found: set[str] = set()
    for m in _country_words(sentence):
        after = _OFFICE_HOLDER_AFTER.match(sentence, m.end())
        if after is None or _SUPERIOR_BEFORE.search(sentence, max(0, m.start() - 24), m.start()):
            continue
        words = [w.strip(",") for w in after.group("run").split()]
        if not is_title_word(words[0]) or surname in words:
            continue
        if sum(not is_title_word(w) for w in words[1:]) >= 2:
            code = country_from_demonym(m.group())
            if code is not None:
                found.add(code)
    return found


#: The kinds of office an international body's officials hold, with no body named ("Secretary-General",
#: "Special Envoy", "Commissioner"): the text's words of a body may be their country; a state's office
#: ("Minister of Foreign Affairs", "President") is never a body's for that.
_BODY_OFFICE = re.compile(
    r"\b(?:Secretary[- ]General|Envoy|Representative|Commissioner|Coordinator|Rapporteur|Mediator)\b"
)


def _bare_secretary_general(p: Principal) -> bool:
    """True when every title of ``p`` is a bare "Secretary-General", naming neither body nor ministry."""
    return bool(p.titles) and all(_BARE_SECRETARY_GENERAL.fullmatch(t) for t in p.titles)


def _body_office(p: Principal) -> bool:
    """True when a title of ``p`` is of the kind an international body's officials hold, or ``p`` has
    no title read at all (nothing says his office is a state's)."""
    return not p.titles or any(_BODY_OFFICE.search(t) for t in p.titles)


def _only_other_named(p: Principal, principals: Sequence[Principal], code: str, texts: Sequence[str]) -> bool:
    """True when ``code`` is the one country a bilateral page names beside the other side's, by its
    name ("NATO was pleased Albania was moving ahead" on a page of a call between a prime minister
    and NATO's chief): the principal without a country is the publisher's own, whom its readers need
    no country for, and of it. Only a name that acts, as a possessor or a subject ("Guyana's
    needs") or its government ("the South Korean government's diplomacy"); a place or topic ("the
    situation in Burma", "the war with Chile") is no guess, nor is a demonym ("the Palestinian
    issue"). Only where the publisher's country is unknown: where it is known its own principal has
    it already, and a country the page names beside a domestic guest's ("Representative X" at the
    White House, on China) is a topic."""
    other = [q for q in principals if q is not p]
    if len(other) != 1 or other[0].country is None:
        return False
    if any(re.search(r"\bof\b", title) for title in p.titles):
        # a title with its own body ("Secretary-General of the Forum of Nations", "Minister of
        # Housing") is no publisher's bare "President": a country praised on the page is not theirs
        return False
    return any(
        _acts(text, m, code)
        or (country_from_demonym(m.group()) == code and _GOVERNMENT_AFTER.match(text, m.end()))
        for text in texts
        for m in _country_words(text)
    )


def _acts(text: str, m: re.Match[str], code: str) -> bool:
    """True when the country word ``m`` is ``code``'s name acting ("Guyana's needs")."""
    return country_from_name(m.group()) == code and _ACTOR_AFTER.match(text, m.end()) is not None


#: After a country's name or demonym, its government, which acts as the country does ("the South
#: Korean government's diplomacy"): a demonym naming a topic ("the Palestinian issue") is no actor.
_GOVERNMENT_AFTER = re.compile(r"\s+(?:government|administration)\b", _I)


#: After a country's name, what makes it an actor ("Guyana's needs", "Macedonia was moving ahead"),
#: not a place or a topic ("the situation in Burma", "to out-compete China").
_ACTOR_AFTER = re.compile(
    r"['’]s\b|\s+(?:is|was|has|had|will|would|can|could|remains|remained|continues|continued)\b"
)


#: An envoy's title and the state he is sent to: "Special Envoy to Syria", "Ambassador to Palau".
_SENT_TO = re.compile(
    rf"\b(?:Envoy|Ambassador|Representative|Coordinator)\s+(?:to|for|on)\s+(?:the\s+)?(?P<country>{COUNTRY_PATTERN})"
)


def _sent_to(p: Principal) -> set[str]:
    """The states ``p``'s titles send him to ("Special Envoy to Syria"): never his own, whatever the text
    says of them (issue #8, en-af: the UN's envoy given the country his call discussed)."""
    found = (country_from_name(m.group("country")) for t in p.titles for m in _SENT_TO.finditer(t))
    return {code for code in found if code}


def _set_aside(p: Principal, principals: Sequence[Principal], held: set[str]) -> set[str]:
    """The countries of ``held`` the text's guess for ``p`` sets aside: those held on the other side.
    One held only on ``p``'s own side is not ("the President of Chile held meetings with … X had
    brief meetings with …"); subjects with no object ("X and Y spoke") are two sides, not one (as in
    _share_sides)."""
    sided = p.side is not None and {0, 1} <= {q.side for q in principals}
    own = {q.country for q in principals if q.country and sided and q.side == p.side}
    own -= {q.country for q in principals if q.country and q.side != p.side}
    return held - own


#: An office of an international body ("President of the International Federation of ...", "Director
#: of the World Food Programme"): its holder is of no state, so the countries the text names are no guess.
_INTERNATIONAL_OFFICE = re.compile(r"\bof\s+the\s+(?:International|World|Global|United\s+Nations)\b")


def _international(p: Principal) -> bool:
    """True for the holder of an office of an international body (of no state)."""
    return any(_INTERNATIONAL_OFFICE.search(t) for t in p.titles)


#: A trip in an opening: "During her visit to", "visited", "traveled to".
_VISIT_TO = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|trip|travel(?:l?ed|s|l?ing)?|journey)\s+(?:to\s+)?"
    # "during his stay in Sudan": a stay in a named place (not "stay in touch") is a trip there
    r"|\bstay\s+in\s+(?=(?:the\s+)?(?-i:[A-Z]))",
    _I,
)
#: Where a companion's phrase ends: the sentence's next clause.
_TRIP_END = re.compile(r"[.;]|\s(?:and\s+)?(?:met|held|spoke|discussed)\b|\swhere\b", _I)
#: The destination of a trip: capitalised place words joined by commas, "and" and a state's "of"
#: ("Mogadishu, Somalia", "the United Kingdom and Italy", "the Republic of South Africa"), up to the
#: first other word ("Chile, May 3-5, to …").
_DESTINATION = re.compile(
    r"(?:(?:the\s+)?(?-i:[A-Z])[\w.’'-]*"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+of\s+(?=(?:the\s+)?[A-Z])|\s+|$))+"
)


def _visited_by_subject(opening: str, principals: Sequence[Principal]) -> set[str]:
    """The countries the opening's subject travels to, before it names the other side ("During her
    visit to Mogadishu, Somalia, X met with Y", "X visited Lima, Peru, and met …"): the hosts'
    country, not the traveller's. A visit after the other side ("Y, who is on a visit to …") is theirs."""
    hosts = [opening.find(p.name) for p in principals if p.side == 1 and p.name and p.name in opening]
    limit = min(hosts) if hosts else len(opening)
    codes: set[str] = set()
    for trip in _VISIT_TO.finditer(opening, 0, limit):
        found = _DESTINATION.match(opening, trip.end(), limit)
        codes |= _destination_codes(found.group() if found else "")
    return codes


def _destination_codes(destination: str) -> set[str]:
    """The states a trip's destination names, by a country's word or its capital."""
    codes = {code for word in _country_words(destination) if (code := country_from_demonym(word.group()))}
    return {code for code in codes if len(code) == 2} | _capitals_in(destination)


#: A traveller's arrival at a place: "X arrived in Kabul on a visit".
_ARRIVED_IN = re.compile(r"\barriv(?:ed|es|ing)\s+in\s+", _I)


def _lone_trip(opening: str, principals: Sequence[Principal]) -> frozenset[str]:
    """The states the opening's one principal travels to or arrives in ("X arrived in Lima on a visit",
    "X visited Peru"): the hosts', never his, however often the text names them (a headline's "X in
    Peru" and a visit's talk name the host most; issue #8, en-aj)."""
    if len(principals) != 1:
        return frozenset()
    codes: set[str] = set()
    for trip in (*_VISIT_TO.finditer(opening), *_ARRIVED_IN.finditer(opening)):
        found = _DESTINATION.match(opening, trip.end())
        codes |= _destination_codes(found.group() if found else "")
    return frozenset(codes)


#: Between the places of a trip's destination: "Moscow, Russia", "Hanoi and Beijing".
_PLACE_BREAK = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _capitals_in(destination: str) -> set[str]:
    """The states whose capitals a trip's destination names ("visited Moscow from April 1-2": Russia),
    as a country's name there does."""
    places = (place.strip() for place in _PLACE_BREAK.split(destination))
    return {code for code in map(country_of_capital, places) if code}


#: "at the invitation of", "in the invitation of", "upon the invitation of": who invited the traveller.
_INVITATION = re.compile(r"\b(?:at|on|in|upon)\s+the\s+invitation\s+of\s+", _I)
#: The host named after the invitation: a few title words and the name ("of President X Y").
_WORDS_AFTER = re.compile(r"(?:[\w.’'-]+,?\s*){1,6}")
#: A trip's verb before its destination: "arrived in", and the visit words of ``_VISIT_TO``.
_TRIP_TO = re.compile(rf"\barriv(?:ed|es|ing)\s+in\s+|{_VISIT_TO.pattern}", _I)
#: A visitor's stay on a visit, as a trip's verb before the host country: "President Y is in Uganda on a
#: private visit at the invitation of President X" (issue #8, en-af, UG Post).
_STAYING_IN = re.compile(
    r"\b(?:is|was|are|were)\s+in\s+(?=(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:on|for)\s+(?:an?\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+){0,2}?visit\b)",
    _I,
)


def _add_trip_inviter(
    principals: list[Principal], opening: Opening, paragraphs: Sequence[str], profile: Profile
) -> None:
    """The host who invited the one principal named: in the opening, or, on a trip, in the sentences
    after it ("… during the visit to China by Minister X." then "This visit is being conducted on the
    invitation of Chinese Foreign Minister Y.")."""
    _add_inviter(principals, opening.sentence, profile)
    if sum(1 for p in principals if p.name) == 1 and _TRIP_TO.search(opening.sentence):
        for sentence in _following_sentences(opening, paragraphs, limit=2):
            _add_inviter(principals, sentence, profile)


def _add_inviter(principals: list[Principal], sentence: str, profile: Profile) -> None:
    """The host named right after "at the invitation of" in the opening ("At the invitation of French
    President X, Prime Minister Y visited Paris"), where the opening names one person: the other
    side, first where the sentence names it first."""
    for invitation in _INVITATION.finditer(sentence):
        near = _WORDS_AFTER.match(sentence, invitation.end())
        end = near.end() if near else invitation.end()
        for m in _mentions(sentence, profile):
            if (
                m.name
                and invitation.end() <= m.start < end
                and not any(_same_person(p, m) for p in principals)
            ):
                named = [sentence.find(p.name) for p in principals if p.name and p.name in sentence]
                first = bool(named) and m.start < min(named)
                principals.insert(0 if first else len(principals), _from_mention(m))
                principals[0 if first else -1].side = 1
                return


def _host_by_invitation(p: Principal, texts: Sequence[str]) -> str | None:
    """The country a visitor came to at ``p``'s invitation ("President Y arrived in Uganda yesterday
    for a working visit in the invitation of President X": X is Ugandan), when the sentence names one
    destination country before the invitation and ``p``'s surname stands within a few title words
    after it; else None."""
    last = surname(p.name) if p.name else None
    if not last:
        return None
    for text in texts:
        for sentence in (s.text for s in split_sentences(text, semicolons=True)):
            for invitation in _INVITATION.finditer(sentence):
                invited_by = _WORDS_AFTER.match(sentence, invitation.end())
                words = re.findall(r"[\w’'-]+", invited_by.group()) if invited_by else []
                if last not in {fold(word) for word in words}:
                    continue
                codes: set[str] = set()
                trips = (*_TRIP_TO.finditer(sentence, 0, invitation.start()), *_STAYING_IN.finditer(sentence))
                for trip in (t for t in trips if t.end() <= invitation.start()):
                    found = _DESTINATION.match(sentence, trip.end(), invitation.start())
                    for word in _COUNTRY_WORDS.finditer(found.group() if found else ""):
                        code = country_from_demonym(word.group())
                        if code and len(code) == 2:
                            codes.add(code)
                if len(codes) == 1:
                    return codes.pop()
    return None


#: A guest thanked for a visit to a country: "thanked Prime Minister X for his visit to Fiji".
#: Searched in every text of the page, only where "thanked" stands.
_THANKED_FOR_VISIT = Gated.of(
    re.compile(
        r"\bthanked\s+(?P<guest>(?:[\w.’'-]+\s+){1,6}?)for\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
        r"visit\s+to\s+",
        _I,
    )
)


def _thanked_for_visit(principals: Sequence[Principal], texts: Sequence[str]) -> None:
    """The host of two principals, by the guest thanked for a visit ("He thanked Prime Minister X
    for his visit to Fiji"): the other principal is of the one country the guest visited, when
    neither has a country that says otherwise."""
    if len(principals) != 2:
        return
    for text in texts:
        for m in _THANKED_FOR_VISIT.finditer(text):
            words = {fold(word) for word in re.findall(r"[\w’'-]+", m.group("guest"))}
            guests = [p for p in principals if p.name and surname(p.name) in words]
            found = _DESTINATION.match(text, m.end())
            codes = {
                code
                for word in _COUNTRY_WORDS.finditer(found.group() if found else "")
                if (code := country_from_demonym(word.group())) and len(code) == 2
            }
            if len(guests) != 1 or len(codes) != 1:
                continue
            code = codes.pop()
            host = next(p for p in principals if p is not guests[0])
            if guests[0].country != code:
                host.country = host.country or code
            return


#: Someone who travels with the subject: "X traveled to A, along with Y", "joined for talks by Y".
_COMPANION = re.compile(
    r"\b(?:along|together)\s+with\b|\baccompanied\s+by\b|\bjoined\s+(?:[\w-]+\s+){0,4}?by\b", _I
)


def _companion(opening: str, p: Principal) -> bool:
    """True when the opening names ``p`` as the subject's companion ("along with Y"), before any
    other clause ("… along with Y, and met Z": Y travels with the subject, Z does not)."""
    at = opening.find(p.name) if p.name else -1
    if at < 0:
        return False
    last = max((m.end() for m in _COMPANION.finditer(opening, 0, at)), default=None)
    return last is not None and _TRIP_END.search(opening, last, at) is None


#: A diplomatic mission's possessive between a demonym and its envoy's title ("Embassy's", "High
#: Commission's"): the envoy is of the demonym's state.
_MISSION_POSSESSIVE = r"(?:(?:Embassy|High\s+Commission|Consulate(?:\s+General)?|Mission)['’]s\s+)"


@lru_cache(maxsize=128)
def _demonym_then(size: int) -> re.Pattern[str]:
    """What may stand between a demonym and a name of ``size`` characters, matched against the name
    followed by the text after the demonym: the name is read off the front (``(?P=name)``), so one
    pattern serves every name of that length instead of one compiled per name and page (the cost of
    a page's first search of it, some 0.3 ms a page)."""
    # only words of a title between ("Prime minister"), no other clause ("New Zealand and Vice President X")
    # nor a headline glued to the lead ("… Meets British GuestChinese Vice Premier X": the guest's word)
    # a mission's possessive may come first, and a title word may hold an apostrophe ("Norwegian
    # Embassy's Chargé d'affaires X": en-ai, a Fijian site gave an Australian envoy its own country)
    return re.compile(
        rf"(?s:(?P<name>.{{{size}}}))"
        rf"\s+{_MISSION_POSSESSIVE}?(?:(?!(?:and|with|of|to|for)\s|[\w-]*(?-i:[a-z][A-Z]))[A-Za-z][\w-]*"
        # a comma may set the name off its title ("South African President, X": issue #8, en-aj)
        r"(?:['’]\w+)?(?:,(?=\s+(?P=name)\b))?\s+){0,3}?(?P=name)\b"
    )


#: A country's name made a possessive ("Chile's"), read as its demonym is.
_POSSESSIVE_S = re.compile(r"['’]s(?=\s)")
#: A country's name written as its initials ("U.K.", "US"), which stands before an office as a demonym does.
_INITIALS = re.compile(r"(?-i:(?:[A-Z]\.){2,3}|[A-Z]{2,3})")
#: "his counterpart from Norway, Mr Lars Berg": the counterpart's state, then the name (after the end).
_COUNTERPART_FROM = re.compile(
    rf"\b(?:counterparts?|opposite\s+numbers?)\s+from\s+(?:the\s+)?(?P<state>{COUNTRY_PATTERN}),?\s+{_NAME_HONORIFIC}"
)


def _counterpart_from(p: Principal, texts: Sequence[str]) -> str | None:
    """The state a principal is named the counterpart from ("his counterpart from Norway, Mr Lars
    Berg"), or None."""
    name = p.name or ""
    for text in texts if name else ():
        for m in _COUNTERPART_FROM.finditer(text) if name in text else ():
            if text.startswith(name, m.end()):
                return country_from_name(m.group("state"))
    return None


#: The words between a country's initials and a name that make an office as a title word would.
_COUNTERPART_WORDS = re.compile(r"\b(?:counterpart|opposite\s+number)\b", _I)


def _office_between(words: str) -> bool:
    """Whether the words between a country's possessive or initials and a name hold an office: a
    title word ("prime minister-designate") or a counterpart ("opposite number")."""
    return bool(_COUNTERPART_WORDS.search(words)) or any(
        is_title_word(w[:1].upper() + w[1:]) or _plural_office(w) for w in re.findall(r"[\w-]+", words)
    )


def _plural_office(word: str) -> bool:
    """Whether ``word`` is an office's in the plural ("leaders", "counterparts"), before a pair's names."""
    return word.endswith("s") and _office_word(word.removesuffix("s"))


#: A demonym, a plural office, then a first name and "and" right before a name: "their Chilean
#: counterparts X and <name>", "the Omani ministers X and <name>". Groups ``demonym`` and ``office``.
_PAIR_AFTER_DEMONYM = re.compile(
    rf"(?P<demonym>{DEMONYM_PATTERN})\s+(?P<office>(?:(?-i:[A-Za-z])[\w-]*\s+){{0,2}}?(?-i:[a-z])[\w-]*s)\s+"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}and\s+$"
)
#: How far before a name the demonym of a pair of office-holders may stand.
_PAIR_REACH = 100


def _second_of_a_pair(p: Principal, texts: Sequence[str]) -> str | None:
    """The country of a demonym before a plural office and two names, for the second of them ("together
    with their Chilean counterparts X and Y": fam221, en-bl, Y given the publisher's state), or None: the
    first is the demonym's already (``_demonym_before``)."""
    name = p.name or ""
    for text in texts if name else ():
        at = text.find(name)
        m = _PAIR_AFTER_DEMONYM.search(text, max(0, at - _PAIR_REACH), at) if at > 0 else None
        office = m.group("office").split()[-1] if m else ""
        if m and _office_word(office.removesuffix("s")):
            return country_from_demonym(m.group("demonym"))
    return None


def _verb_between(words: str) -> bool:
    """Whether the words between a demonym and a name hold a lowercase word that is neither an office's
    nor a counterpart's: a verb whose subject the demonym's office is, its object the name ("The
    Turkish President wished X good health", fam221: en-bm, a Kazakh site gave its own leader Turkey)."""
    return any(
        w[:1].islower() and not _office_word(w) and not _office_word(w.removesuffix("s"))
        for w in _COUNTERPART_WORDS.sub(" ", words).replace(",", " ").split()
        if "'" not in w and "’" not in w  # a title's own elision ("Chargé d'affaires")
    )


def _office_word(word: str) -> bool:
    """Whether a lowercase ``word`` is an office's or a counterpart's ("minister", "counterpart")."""
    return is_title_word(word[:1].upper() + word[1:]) or bool(_COUNTERPART_WORDS.fullmatch(word))


def _demonym_before(p: Principal, texts: Sequence[str]) -> str | None:
    """The country of a demonym a few words before a principal's name ("new British Prime minister
    Liz Truss"), or of a country's name made a possessive ("Norway's foreign minister, Lars Berg"),
    or of its initials ("his U.K. opposite number X"), which a title the name reader missed leaves
    unread; else the second of a pair after a demonym's plural office (``_second_of_a_pair``); None when
    there is none. A country's name written out is no demonym: it may end a clause ("… of New Zealand and
    Vice President X")."""
    if not p.name:
        return None
    then = _demonym_then(len(p.name))
    for text in texts:
        if p.name not in text:
            continue
        for word in _country_words(text):
            end = word.end()
            named = country_from_name(word.group()) is not None
            if named:
                owner = _POSSESSIVE_S.match(text, end)
                if owner is None and not _INITIALS.fullmatch(word.group()):
                    continue
                end = owner.end() if owner is not None else end
            # the name, then the text after the word: the pattern reads the name off the front (read
            # first: it fails for most words, and the office test reads every word up to the name);
            # it needs the name again after the word, looked for first
            at = text.find(p.name, end)
            if at < 0 or not then.match(p.name + text[end:]):
                continue
            if named and not _office_between(text[end:at]):
                continue  # "At Germany's initiative, X": a name's possessive owns an office only
            if _verb_between(text[end:at]):
                continue  # "The Turkish President wished X …": the demonym's office is the subject's
            code = country_from_demonym(word.group())
            if code is not None:
                return code
    return _second_of_a_pair(p, texts)


def _one_country(principals: Sequence[Principal], lead: Sequence[str], home: str | None) -> None:
    """A domestic meeting: when the publisher declares its country, every known side is of it and
    the headline and first paragraph name no other, the principals without a country are of it too
    ("President Omar Haddad met Governor Ana Ruiz" on the presidency's site). A country guessed from a
    site's domain is not enough: mirrors carry other countries' releases."""
    known = {p.country for p in principals if p.country}
    if home is None or known - {home} or all(p.country for p in principals):
        return
    code = home
    named = {country_from_demonym(m.group()) for text in lead for m in _country_words(text)}
    if named - {code, None}:
        return
    for p in principals:
        # a known leader is of their own state, not the publisher's ("President Obama, Chancellor
        # Merkel" in gov.uk's account of the Prime Minister's call are US and DE, not GB)
        p.country = p.country or _known_leader(p) or (None if _of_uncoded_state(p) else code)


def _of_uncoded_state(p: Principal) -> bool:
    """True for an official of a state with no code ("President of Abkhazia X"): of no country."""
    return any(UNCODED_STATE.search(t) for t in p.titles)


def _share_sides(principals: Sequence[Principal]) -> None:
    """People named together on one side of the opening ("X and Y spoke with Z") share its
    country when the others on that side agree on one: a better guess than the text's co-occurrence.
    Subjects with no object ("X and Y spoke by telephone") are the two sides, not one."""
    if not any(p.side == 0 for p in principals) or not any(p.side == 1 for p in principals):
        return
    groups = [[p for p in principals if p.side == side] for side in (0, 1)]
    if any(len({p.country for p in group if p.country}) > 1 for group in groups):
        # A side of two countries ("the meeting between the ministers of Ukraine and Poland"):
        # this opening does not group people by country.
        return
    for group in groups:
        known = {p.country for p in group if p.country}
        if len(known) == 1 and len(group) > 1:
            code = known.pop()
            for p in group:
                p.country = p.country or code


def _home_title(p: Principal, profile: Profile) -> bool:
    """True for an unnamed office the publisher's own principals hold (any, when the profile names none)."""
    if p.office is None:
        return False
    return any(_titles_compatible([t], p.office) for t in profile.home_titles) or not profile.home_titles


def to_participants(principals: Sequence[Principal]) -> tuple[Participant, ...]:
    """Freeze the principals into Participants with unique slug ids."""
    used: set[str] = set()
    out: list[Participant] = []
    for p in principals:
        base = slug(p.label)
        pid = base
        n = 2
        while pid in used or pid == "both":
            pid = f"{base}-{n}"
            n += 1
        used.add(pid)
        titles = tuple(dict.fromkeys(t for t in p.titles if t))
        if not titles and p.office:
            titles = (spell_out_title(p.office),)
        out.append(Participant(id=pid, name=p.label, country=p.country, titles=titles, requested=p.requested))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Mentioned people


@lru_cache(maxsize=65536)  # asked for every pair of names on a page: answered once per pair
def _name_part(word: str, name: str) -> bool:
    """True when a one-word name is the first or last word of ``name`` ("Ng" of "Ng Wei Lun")."""
    if len(word.split()) != 1:
        return False
    words = fold(name).replace(",", " ").split()
    return bool(words) and fold(word) in (words[0], words[-1])


def _full_forms(full: Sequence[str]) -> Callable[[str, str], str | None]:
    """A lookup of the first full name (in ``full``, in order) whose surname is ``key`` or whose
    first or last word is the one-word ``name``: what ``_name_part`` and a surname match find,
    indexed once instead of searched for every mention."""
    by_key: dict[str, int] = {}
    by_word: dict[str, int] = {}
    for index, name in enumerate(full):
        by_key.setdefault(surname(name), index)
        words = fold(name).replace(",", " ").split()
        if words:
            by_word.setdefault(words[0], index)
            by_word.setdefault(words[-1], index)

    def lookup(key: str, name: str) -> str | None:
        found = [i for i in (by_key.get(key), by_word.get(fold(name))) if i is not None]
        return full[min(found)] if found else None

    return lookup


def find_mentioned(
    paragraphs: Sequence[str], principals: Sequence[Principal], profile: Profile
) -> tuple[str, ...]:
    """Other named people in the body, full names as written, in order of first mention.

    A surname alone ("Vega") is given as the full name found elsewhere in the text, or as
    written when the page never gives one.
    """
    names: list[str] = []
    for para in paragraphs:
        check()
        if len(para.split()) < 5:
            continue
        for m in _named_mentions(para, profile):
            if m.name and not _byline_before(para[max(0, m.start - 80) : m.start]):
                names.append(m.name)
    full = _full_forms([n for n in names if len(n.split()) >= 2])
    principal_names = [p.name for p in principals if p.name]
    out: dict[str, str] = {}
    # One entry per surname (an entry is added only when none has its surname): an index, so a page
    # naming thousands of people is not compared name by name with every other (issue 11).
    by_surname: dict[str, str] = {}
    # Whether a name as written is a principal's, by name: a page names the same people again and again.
    principal: dict[str, bool] = {}
    for written in names:
        key = surname(written)
        if not key:
            continue
        if written not in principal:
            principal[written] = any(
                may_be_same_person(written, p) or _name_part(written, p) for p in principal_names
            )
        if principal[written]:
            continue
        name = written
        if len(name.split()) < 2:
            # "Teo" of "Teo Chee Hean": a family name written first is part of the full name too.
            name = full(key, name) or name
            key = surname(name)
        folded = fold(name)
        existing_key = by_surname.get(key)
        if existing_key is not None:
            # Keep the first full form; replace a bare surname seen earlier.
            if len(out[existing_key].split()) < len(name.split()):
                del out[existing_key]
                out[folded] = name
                by_surname[key] = folded
            continue
        out[folded] = name
        by_surname[key] = folded
    return tuple(out.values())


# ---------------------------------------------------------------------------------------------
# Office-holders named elsewhere (fam215)


def _holds_office(p: Principal, m: Mention) -> bool:
    """``m`` names the holder of ``p``'s office: the same office among its titles ("the General" and
    "China's General Xu"), or, for one of a plural office ("the defence ministers of A and B"), no title
    but ``p``'s state ("Australian counterpart David Johnston"); never a person of another state."""
    if p.country and m.country and p.country != m.country:
        return False
    office = (p.office or (p.titles[0] if p.titles else "")).removeprefix("the ").removeprefix("The ").lower()
    if not office:
        return False
    if any(t.lower() == office or t.lower().endswith(f" {office}") for t in m.titles):
        return True
    # untitled, only for one of a plural office's states: a stray capitalised phrase ("the UN's June
    # Rio+20 conference") is no holder of a named office
    return p.listed and not m.titles and p.country is not None and m.country == p.country


def _others_named(
    paragraphs: Sequence[str], taken: Sequence[str], profile: Profile
) -> dict[str, list[Mention]]:
    """The people the body names who are no principal, each with its mentions."""
    people: dict[str, list[Mention]] = {}
    for para in paragraphs:
        for m in _named_mentions(para, profile):
            if _FORMER_BEFORE.search(para, max(0, m.start - 12), m.start):
                continue  # a former holder ("former President Tomas Berg") holds no office now
            if m.name and not any(may_be_same_person(m.name, n) or _name_part(m.name, n) for n in taken):
                people.setdefault(m.name, []).append(m)
    return people


def _of_another_state(p: Principal, name: str, people: Mapping[str, Sequence[Mention]]) -> bool:
    """The person's mentions do not place them in ``p``'s state, or one places them in another
    ("Cameron" after "British Prime Minister David Cameron"): an office-holder of unknown state
    ("President Ruiz also updated …", fam44) names no office the opening left unnamed."""
    states = {m.country for other, seen in people.items() if may_be_same_person(other, name) for m in seen}
    return p.country is None or states - {None} != {p.country}


def _one_holder(p: Principal, people: Mapping[str, Sequence[Mention]]) -> str | None:
    """The one person of ``people`` who holds ``p``'s office (its fullest form), or None."""
    fits: list[str] = []
    for name, seen in people.items():
        if (
            any(_holds_office(p, m) for m in seen)
            and not _of_another_state(p, name, people)
            and not any(may_be_same_person(name, f) for f in fits)
        ):
            fits.append(name)
    if len(fits) != 1:
        return None
    return max((n for n in people if may_be_same_person(n, fits[0])), key=len)


def name_unnamed_offices(principals: list[Principal], paragraphs: Sequence[str], profile: Profile) -> None:
    """Give an office-holder the opening names only by office ("The Defence Minister met …", "the
    General held talks …") the name of the one other person the body names in that office (or, for
    one of a plural office, of that office's state). Two or none such: left as the office
    (GOLD_SCHEMA's unnamed office-holder); a person already a principal is never taken twice."""
    # one of a plural office's states ("the defence ministers of A and B") only with its state known
    unnamed = [p for p in principals if p.name is None and not p.first_person and (p.country or not p.listed)]
    if not unnamed:
        return
    people = _others_named(paragraphs, [p.name for p in principals if p.name], profile)
    for p in unnamed:
        p.name = _one_holder(p, people)
        if p.name is not None:
            people = {n: ms for n, ms in people.items() if not may_be_same_person(n, p.name)}


#: The events a publisher's own principal takes part in when the publisher reports them.
_OWN_EVENTS = frozenset({EventKind.PHONE_CALL, EventKind.VIDEO_CALL, EventKind.MEETING, EventKind.TALKS})


def _own_written(texts: Sequence[str], own: Sequence[OwnPrincipal], profile: Profile) -> list[Mention]:
    """The mentions in ``texts`` of any holder of the publisher's own office."""
    return [
        m
        for text in texts
        for m in _named_mentions(text, profile)
        if m.name and any(may_be_same_person(m.name, o.name) for o in own)
    ]


def _own_holder(
    written: Sequence[Mention], own: Sequence[OwnPrincipal], when: dt.date | None
) -> OwnPrincipal | None:
    """The term the page speaks of: of the holders it names, the one in office on ``when`` (or the one
    it names, where it names one only); naming none, the holder on ``when``."""
    rows = (
        [o for o in own if any(may_be_same_person(m.name or "", o.name) for m in written)]
        if written
        else list(own)
    )
    dated = [o for o in rows if when is not None and o.holds_on(when)]
    if dated:
        return dated[0]
    if written and len({o.name for o in rows}) == 1:
        return rows[0]
    return None


def _own_present(principals: Sequence[Principal], own: Sequence[OwnPrincipal]) -> bool:
    """No principal at all, or one of them a holder of the publisher's own office already."""
    return not principals or any(
        p.name and any(may_be_same_person(p.name, o.name) for o in own) for p in principals
    )


def _own_side_taken(principals: Sequence[Principal], home: str | None) -> bool:
    """An unnamed office-holder or a principal of the publisher's state stands for its side."""
    return any(p.name is None or (p.country and p.country == home) for p in principals)


def add_own_principal(
    principals: list[Principal], texts: Sequence[str], profile: Profile, kind: EventKind, when: dt.date | None
) -> None:
    """Add the publisher's own principal (``Profile.own_principals``) to a call or meeting it reports
    when the opening left them out: named only as an object ("… wished a happy birthday to President
    of Russia <Name>"), as the page writes them; named nowhere, the holder of ``when``, unless a
    principal of the publisher's state or an unnamed office-holder stands for them already."""
    own = profile.own_principals
    if not own or kind not in _OWN_EVENTS or _own_present(principals, own):
        return
    written = _own_written(texts, own, profile)
    if not written and _own_side_taken(principals, profile.home_country):
        return
    holder = _own_holder(written, own, when)
    if holder is None:
        return
    forms = [m for m in written if may_be_same_person(m.name or "", holder.name)]
    name = max((m.name or "" for m in forms), key=len) if forms else holder.name
    titles = list(forms[0].titles) if forms else [holder.office]
    principals.append(Principal(name, titles, profile.home_country))
