"""The event of a readout: where the report opens, what kind of event, when and where it happened.

Every rule reads generic English phrasing ("had a phone conversation", "met with", "held talks",
"today" against the publication date). Publisher phrasing arrives through the Profile
(``kind_patterns``, ``dateline_patterns``, ``not_readout_patterns``); nothing here names a publisher.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

import attrs

from ...analysis.countries import (
    capital_names,
    city_of_seat,
    country_from_demonym,
    country_from_name,
    country_of_capital,
)
from ...analysis.profile import Profile
from ...dates import DateMatch, find_dates, url_date, url_year_month
from ...model import EventKind
from ...rules import (
    Gated,
    GatedAlternation,
    Table,
    compile_rows,
    first_letter_branches,
    lead_gated,
    load_table,
)
from ...segment.datelines import Dateline, full_date, numeric_date
from ...segment.datelines import strip_dateline as _segment_strip_dateline
from ...segment.top import is_caption
from .genre import GenreRule, event_title, lead_genre, other_page_title, title_genre
from .lexicon import NAME_HONORIFICS
from .names import is_title_word
from .text import split_sentences as sentences_of
from .text import wordset as _wordset

__all__ = [
    "BYLINE_BEFORE",
    "OTHER_EVENT_AFTER",
    "OTHER_EVENT_DATES",
    "REQUEST_PATTERNS",
    "EventDate",
    "Opening",
    "arrived_in",
    "attending_city",
    "capital_by_people",
    "capital_dateline_place",
    "capital_retold",
    "clause_tense",
    "complete_day_month",
    "date_in_lead",
    "date_sentence",
    "discussions_named_kind",
    "event_clause",
    "event_date",
    "event_dates",
    "event_held_on_below",
    "event_kind",
    "event_location",
    "find_opening",
    "first_channel",
    "following_channel",
    "framed_encounter",
    "full_date",
    "has_event_words",
    "held_in",
    "held_in_later",
    "held_on",
    "kind_of",
    "later_report_kind",
    "later_virtual_channel",
    "lead_kind",
    "met_after_arrival",
    "named_again_kind",
    "next_report_kind",
    "not_readout_reason",
    "numeric_date",
    "one_way_message",
    "own_channel_text",
    "own_words_channel",
    "readout_title",
    "readout_title_opening",
    "request_phrase",
    "sidelines_city",
    "site_visit",
    "split_sentences",
    "strip_dateline",
    "tells_trip",
    "travel_over_one_meeting",
    "trip_with_hosts",
    "trip_with_meetings",
    "weekday_dated",
    "weekday_in_lead",
    "weekday_told_below",
    "welcomed_on_arrival",
    "year_from_page",
]


_I = re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# The event vocabulary: rule tables of the English pack (readoutlib/languages/en/*.toml)


def _table(filename: str) -> Table:
    # Read through ``readoutlib.languages`` so that loading a table does not import the English pack,
    # which imports this module.
    return load_table("readoutlib.languages", f"en/{filename}")


def _per_label(filename: str, *, gated: bool = False) -> tuple[tuple[Gated, str], ...]:
    """One pattern per label of a table (its rows in file order), labels in first-seen order.

    Each is searched only in texts holding one of the words every match of it holds: most rows open
    with no literal the regex engine could skip to, and most texts hold no word of most labels.
    With ``gated``, its rows are also grouped behind a lookahead of the letter their matches open
    with (``rules.first_letter_branches``, else ``rules.first_character_gate``): for the tables
    searched in every lead sentence, since reading the letters from the rows costs about as much as
    compiling them, once per process.
    """
    table = _table(filename)
    if not gated:
        return tuple(
            (Gated.of(re.compile(table.alternation(label), table.flags)), label) for label in table.labels()
        )
    # Grouped by first letter: at a word's start only the rows that can open with its letter are
    # tried (the past clause, searched in every lead sentence, in 0.4 of the time); and row by row,
    # only the rows whose words stand (``rules.GatedAlternation``: most texts hold one row's words
    # or none, and the whole pattern's words are too many, or too common, to turn a text away).
    found: list[tuple[Gated, str]] = []
    for label in table.labels():
        rows = [row.pattern for row in table.rows if row.label == label]
        whole = re.compile(first_letter_branches(rows, table.flags), table.flags)
        found.append((GatedAlternation.of_rows(whole, rows), label))
    return tuple(found)


def _kinds(filename: str) -> tuple[tuple[Gated, EventKind], ...]:
    return tuple((pattern, EventKind(label)) for pattern, label in _per_label(filename, gated=True))


#: How the principals talked (video, courtesy call, phone, message): decides first.
_CHANNELS = _kinds("kind_channels.toml")
#: The event's noun in a headline ("X's Visit to Y", "Russian-Greek talks"): read where the opening
#: names no kind.
_HEADLINE_NOUNS = _kinds("kind_headlines.toml")
#: The encounter itself (talks, meeting, conversation, visit): the opening's first, all of it last.
_ENCOUNTERS = _kinds("kind_encounters.toml")
_VISIT_VERB = _per_label("kind_visits.toml")[0][0]
#: A visit to a site, not a country or city ("visited the Golden Monastery"): no trip; a meeting when
#: two principals made it together.
_SITE_VISIT = dict((label, p) for p, label in _per_label("kind_visits.toml"))["meeting"]
#: A headline's visit ("X's Visit to Y"): a trip, which the meetings of its opening do not undo.
_HEADLINE_VISITS = tuple(rule for rule in _HEADLINE_NOUNS if rule[1] is EventKind.VISIT)
#: The encounters an opening reports in its own words (talks, a meeting, a conversation): the body's
#: account of the event, which beats the headline's other nouns ("held talks" over "met with").
_MEETING_KINDS = tuple(rule for rule in _ENCOUNTERS if rule[1] is not EventKind.VISIT)
_OPENING_TALKS = tuple(rule for rule in _ENCOUNTERS if rule[1] is EventKind.TALKS)
#: A round the headline names by its format ("Strategic Dialogue"): talks, unless a channel says otherwise.
_HEADLINE_ROUNDS = _kinds("kind_rounds.toml")
#: The opening's verb of meeting in person ("met"): beats a channel only the headline names.
_LEAD_VERBS = _kinds("kind_lead_verbs.toml")
_VIDEO_RE = dict((kind, p) for p, kind in _CHANNELS)[EventKind.VIDEO_CALL]
_TALKS_RE = dict((kind, p) for p, kind in _ENCOUNTERS)[EventKind.TALKS]
_MEETING_RE = dict((kind, p) for p, kind in _ENCOUNTERS)[EventKind.MEETING]
_CLAUSES = dict((label, p) for p, label in _per_label("event_clauses.toml", gated=True))
#: A past-tense (or headline present) report of an event between people.
_PAST_CLAUSE = _CLAUSES["past"]
#: The same clause announced for the future: a statement about a meeting still to come.
_FUTURE_CLAUSE = _CLAUSES["future"]

# The names other modules imported before the vocabulary was public (core's page header, the
# participants stage); kept until they call ``event_clause`` / ``has_event_words``.
_EVENT_CLAUSE = _PAST_CLAUSE
_KIND_RULES = _CHANNELS + _ENCOUNTERS


#: Phrases saying which side asked for the event ("at the latter's request", "received a call from
#: X"), regex sources in order: the rows of ``languages/en/request_phrases.toml``.
REQUEST_PATTERNS: tuple[str, ...] = tuple(row.pattern for row in _table("request_phrases.toml").rows)
_REQUESTS = _table("request_phrases.toml").compiled()


def request_phrase(text: str) -> str | None:
    """What the first request phrase in ``text`` names: "side", "who" or "unnamed"; None for none."""
    return next((label for pattern, label in _REQUESTS if pattern.search(text)), None)


def event_clause(text: str) -> re.Match[str] | None:
    """The first clause in ``text`` that reports an event ("held talks", "spoke with", "met"), or None."""
    return past_clause(text)


def event_clause_from(text: str, pos: int) -> re.Match[str] | None:
    """``event_clause`` searched from ``pos`` on: a later clause of the same sentence, its offsets the
    sentence's."""
    return _PAST_CLAUSE.search(text, pos)


@lru_cache(maxsize=1024)  # the opening and the lead's sentences are asked about by several stages
def past_clause(text: str) -> re.Match[str] | None:
    """``event_clause``, searched once per text (a Match is read-only); cleared with the page caches.

    A clause that opens inside a recurring series ("weekly coordination calls with ...") is passed over.
    """
    found = _PAST_CLAUSE.search(text)
    while found is not None:
        series = next((m for m in _SERIES.finditer(text) if m.start() <= found.start() < m.end()), None)
        if series is None:
            return found
        found = _PAST_CLAUSE.search(text, series.end())
    return None


#: A recurring series of encounters a page cites, not one it reports: "has led weekly deputy
#: minister-level coordination calls with Transatlantic Allies ... since March 19" (the State
#: Department's 2020 fact sheet on transatlantic COVID-19 cooperation, en-o). A clause opening before
#: the series keeps its verb ("held their weekly call with").
_SERIES = re.compile(
    r"\b(?:weekly|daily|monthly|fortnightly|bi-?weekly|regular|periodic|routine|recurring|frequent)\s+"
    r"(?:[\w.’'-]+\s+){0,4}?(?:calls|meetings|conversations|consultations|video\s*conferences"
    r"|teleconferences)\s+with\b",
    _I,
)


def has_event_words(text: str) -> bool:
    """Whether ``text`` reports an event or names one (a call, a meeting, a visit): a headline test."""
    return event_clause(text) is not None or any(p.search(text) for p, _ in _KIND_RULES)


#: An agreement reached, its content a later event: "The ministers on Monday agreed that their countries
#: will hold a trilateral summit" (issue #8, en-ae, Arab News Japan's report of the ministers' meeting).
#: The simple past with "that" only: a plan "have agreed to hold" and "announced that ... will" stay
#: announcements.
_AGREED_THAT = re.compile(
    r"(?<!\bhave\s)(?<!\bhas\s)\bagreed\s+(?:[\w,-]+\s+){0,3}?that\s+[^.;:]{0,120}$", _I
)


def clause_tense(text: str) -> str | None:
    """ "past" when ``text`` reports an event, "future" when it first announces one, else None."""
    future = _FUTURE_CLAUSE.search(text)
    if future is not None and _AGREED_THAT.search(text, 0, future.start()):
        future = None  # "on Monday agreed that their countries will hold a summit": agreed at this event
    past = past_clause(text)
    if future and (past is None or future.start() <= past.start()):
        return "future"
    return "past" if past else None


def kind_of(text: str) -> EventKind:
    """The kind of event one text (a headline or a sentence) reports, by the generic rules."""
    return event_kind(text, text, _GENERIC)


_GENERIC = Profile()

_READOUT_WORD = re.compile(r"\breadout\b", _I)
# "China Daily: ...?" / "Q: ..." lines of a question-and-answer transcript.
_QA_LINE = re.compile(r"^(?:Q|A|Question|Answer|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s*:\s+\S")


#: A speaker label opening a transcript paragraph: "SECRETARY REED:", "MR. OKAFOR:", "MODERATOR:".
_CAPS_LABEL = re.compile(
    r"^(?:(?:[A-Z][A-Z.’'-]*\s+){1,4}[A-Z][A-Z.’'-]+|QUESTION|MODERATOR|PARTICIPANT|OPERATOR|SPOKESPERSON)"
    r"\s*:\s+\S"
)
#: "Ana Ruiz, Official Spokesperson: ..." — a named speaker with an office, as a transcript label.
_NAMED_LABEL = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w’'-]*,\s+(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*:\s+\S"
)
#: Audience reactions printed in speech transcripts.
# Gated (``rules.Gated``): searched in many texts, each holding one of its words first.
_AUDIENCE = Gated.of(re.compile(r"\((?:Applause|Laughter|Inaudible|Crosstalk)\.?\)", _I))


#: A speech's headline: "<Speaker> at the <Occasion>" ("Minister Ruiz at the Opening of the Trade Forum").
_SPEECH_TITLE = re.compile(
    r"\bat\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+|of\s+|the\s+|and\s+|[\w.-]+-\w+\s+){0,8}"
    r"(?:Forum|Session|Conference|Ceremony|Dinner|Reception|Luncheon|Launch|Opening|Event|Gala|Symposium"
    r"|Seminar|Roundtable|Graduation|Commencement|Celebration)\b"
)
_NOT_SPEECH_TITLE = re.compile(r"\b(?:with|meets?|call|talks|and)\b", _I)
#: The page's author narrating in the first person: "Yesterday I spoke with", "we agreed".
_AUTHOR_FIRST_PERSON = re.compile(r"(?:^|\W)(?:I|[Ww]e)\s+(?:\w+ly\s+|also\s+|have\s+|had\s+)?$")


def _speech_narration(title: str | None, opening: Opening | None) -> bool:
    """True when a speech-like headline tops first-person narration of the event."""
    if not title or opening is None:
        return False
    if not _SPEECH_TITLE.search(title) or _NOT_SPEECH_TITLE.search(title):
        return False
    clause = event_clause(opening.sentence)
    return clause is not None and bool(_AUTHOR_FIRST_PERSON.search(opening.sentence[: clause.start()]))


def _transcript_shape(paragraphs: Sequence[str], reported: int | None = None) -> bool:
    """True when paragraphs read as a transcript: capitalised speaker labels, named speaker labels
    that recur, or audience reactions (only up to the paragraph ``reported``, a lead under an event
    headline, when given). A one-word "NEW DELHI:" dateline is not a label."""
    head = paragraphs[:15]
    caps = [p for p in head if _CAPS_LABEL.match(p)]
    if len(caps) >= 2 or any(_label_is_speaker(p) for p in caps):
        return True
    if sum(1 for p in head if _NAMED_LABEL.match(p)) >= 2:
        return True
    upto = paragraphs if reported is None else paragraphs[: reported + 1]
    return any(_AUDIENCE.search(p) for p in upto)


_SPEAKER_WORDS = _wordset(
    """
    SECRETARY MINISTER PRESIDENT AMBASSADOR SPOKESPERSON SPOKESMAN MODERATOR QUESTION PARTICIPANT
    OPERATOR MR. MS. MRS. DR. PRIME CHANCELLOR SENATOR GENERAL ADMIRAL STAFF
    """
)


def _label_is_speaker(paragraph: str) -> bool:
    label = paragraph.split(":", 1)[0]
    return any(word in _SPEAKER_WORDS for word in label.split())


def _compiled(patterns: Sequence[str]) -> tuple[re.Pattern[str], ...]:
    """A profile's patterns, compiled case-insensitively; one that does not compile is left out with
    a ``PluginWarning`` (once per process: the result is cached)."""
    return _compile_tuple(tuple(patterns))


@lru_cache(maxsize=256)
def _compile_tuple(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(pattern for pattern, _ in compile_rows(patterns, owner="a publisher's Profile", flags=_I))


# ---------------------------------------------------------------------------------------------
# Sentences and the opening


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of ``text`` as the event stage reads them (a semicolon ends one), from
    ``text.split_sentences``; kept for callers that unpack pairs."""
    return list(sentence_pairs(text))


@lru_cache(maxsize=256)  # the genre and event checks split the lead paragraphs again and again
def sentence_pairs(text: str) -> tuple[tuple[int, str], ...]:
    """``split_sentences`` of ``text``, split once per text; cleared with the page caches."""
    return tuple((sentence.start, sentence.text) for sentence in sentences_of(text, semicolons=True))


def strip_dateline(text: str, profile: Profile) -> Dateline | None:
    """Find a dateline at the start of ``text``: the profile's patterns first, then the generic one.

    The one dateline mechanism is the segment stage's (``readoutlib.segment.strip_dateline``);
    this reads the publisher's patterns and date order from the profile.
    """
    return _segment_strip_dateline(
        text, _compiled(profile.dateline_patterns), month_first=profile.month_first
    )


#: A sentence end: a stop, perhaps inside a closing quote, perhaps with a stray comma after it (".,").
_PROSE_END = re.compile(r"[.!?][\"”’)]?,?$")


def _ends_prose(text: str) -> bool:
    """True when ``text``, trailing spaces aside, ends as a sentence does (``_PROSE_END``).

    The pattern spans two characters at most and is anchored at the end, so it is searched in the
    last three only: searched from the start, the engine tries it at every character of a paragraph.
    """
    end = text.rstrip()
    return _PROSE_END.search(end, max(0, len(end) - 3)) is not None


@attrs.frozen
class Opening:
    """Where the report of the event opens.

    Attributes:
        paragraph: index of the opening paragraph in the paragraphs given.
        sentence: the opening sentence (dateline removed).
        offset: where ``sentence`` starts in that paragraph.
        dateline: the dateline found at the start of the paragraph, if any.
        future: True when the first event clause announces a future event.
    """

    paragraph: int
    sentence: str
    offset: int
    dateline: Dateline | None
    future: bool = False


#: A list item ("- New visa restrictions ...", "• On June 7, ..."): a fact sheet's bullet.
_LIST_ITEM = re.compile(r"^\s*[-•–*]\s+\S")
#: A dash alone at a paragraph's start: a news agency's dateline dash whose place the copy dropped
#: ("– The Minister on June 7 held telephone talks with ..."), or one item of a dashed list.
_DASH_LED = re.compile(r"^\s*[-–]\s+\S")


def _list_items(paragraphs: Sequence[str]) -> frozenset[int]:
    """The paragraphs that are list items: a bullet, or a dash-led paragraph next to another item. A
    dash-led paragraph alone between prose is a lead behind a dropped dateline's dash (en-am, a news
    agency's call report), not a fact sheet's list: a list has two items at least."""
    marked = [False, *(bool(_LIST_ITEM.match(p)) for p in paragraphs), False]
    return frozenset(
        i
        for i, para in enumerate(paragraphs)
        if marked[i + 1] and (not _DASH_LED.match(para) or marked[i] or marked[i + 2])
    )


#: A sentence that frames its author's own words with an earlier exchange ("As I told Sheikh Mohammed
#: yesterday during our phone call, the United States is determined ..."): it states a position, and
#: the exchange it recalls is not the page's event (feeds-dev10 White House 1649).
_RECALLED_WORDS = re.compile(r"^\s*as\s+(?:I|we)\s+(?:told|said\s+to|assured|mentioned\s+to)\b", _I)


def find_opening(paragraphs: Sequence[str], profile: Profile, *, limit: int = 8) -> Opening | None:
    """The first sentence among the first paragraphs that reports an event (or announces one).

    Prose is preferred: a line with no sentence end (a headline repeated in the body, a summary
    line, a photo caption) is taken only when no prose paragraph after it reports the event. A list
    item is never the opening. A lead that announces an encounter yields to the next prose paragraph
    when that one reports an encounter held just now (``_held_below``).
    """
    found = _first_opening(paragraphs, profile, limit=limit)
    if found is not None and found.future:
        return _held_below(paragraphs, found, profile) or found
    letters = _letters_lead(paragraphs, profile)
    if letters is None:
        return found
    ceremony, dialogue = letters
    if found is None or found.paragraph > ceremony.paragraph + _DIALOGUE_REACH:
        # the ceremony is the lead's event: a readout only where the sides talked (fam46, fam55)
        return ceremony if dialogue else None
    return found


#: An envoy's letters presented: "has presented his letter of introduction to the government",
#: "presented a copy of her credentials". The past rows read those presented to a named head as the
#: audience itself; these are read only where the page reports a dialogue (``_letters_with_dialogue``).
_LETTERS_PRESENTED = re.compile(
    r"\b(?:presented|accepted)\s+(?:(?:his|her|their|the|a)\s+)?(?:cop(?:y|ies)\s+of\s+(?:(?:his|her|their|the)\s+)?)?"
    r"(?:letters?\s+of\s+(?:introduction|credence|credentials?|accreditation)|credentials)\b",
    _I,
)
#: The sides talking: "used the occasion to discuss issues", "exchanged views", "agreed to strengthen".
_DIALOGUE = re.compile(
    r"\b(?:discuss(?:ed|es|ing|ions?)?|exchanged\s+views|agreed|held\s+talks|talked|conversation)\b", _I
)


#: How many paragraphs after the letters' lead may report the sides' dialogue.
_DIALOGUE_REACH = 3


def _letters_lead(paragraphs: Sequence[str], profile: Profile) -> tuple[Opening, bool] | None:
    """The lead's sentence telling an envoy's letters presented or accepted (``_LETTERS_PRESENTED``), and
    whether one of the next three paragraphs reports a dialogue ("both countries used the occasion to
    discuss issues of mutual concern and agreed ...": en-r, the Solomon Islands government's letter of
    introduction): the audience is then a meeting. Letters accepted with no dialogue reported are a
    protocol notice, a credentials ceremony, even where the President's address is summarised below
    (en-w, the Kremlin's 2008 ceremony of twelve ambassadors). None when the lead tells no letters."""
    for index, para in enumerate(paragraphs[:2]):
        if not _ends_prose(para) or _LIST_ITEM.match(para):
            continue
        dateline = strip_dateline(para, profile)
        shift = dateline.length if dateline else 0
        for offset, sentence in split_sentences(para[shift:])[:2]:
            if not _LETTERS_PRESENTED.search(sentence):
                continue
            after = paragraphs[index + 1 : index + 1 + _DIALOGUE_REACH]
            dialogue = any(_DIALOGUE.search(p) for p in after)
            return Opening(index, sentence, offset + shift, dateline), dialogue
    return None


#: When an encounter told below an announcing lead was held: just now ("yesterday", "on Tuesday",
#: "last Friday", "this morning", "upon his arrival"), not years ago.
_JUST_NOW = re.compile(
    r"\b(?:today|yesterday|tonight|last\s+night|earlier\s+(?:today|this\s+week)"
    r"|this\s+(?:morning|afternoon|evening)|(?:up)?on\s+(?:his|her|their)\s+arrival"
    r"|(?:on|last)\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    _I,
)


def _held_below(paragraphs: Sequence[str], lead: Opening, profile: Profile) -> Opening | None:
    """The first sentence of the prose paragraph after an announcing lead that reports an encounter
    held just now ("The minister arrived yesterday and held talks with his peer" under "X continues
    today his visit, during which he will meet Y": en-r, Radio Ciudad Habana): the page reports that
    one. None when that paragraph reports none, or only one held long ago."""
    index = lead.paragraph + 1
    if index >= len(paragraphs) or not _ends_prose(paragraphs[lead.paragraph]):
        return None
    para = paragraphs[index]
    if not _ends_prose(para) or _LIST_ITEM.match(para):
        return None
    dateline = strip_dateline(para, profile)
    shift = dateline.length if dateline else 0
    for offset, sentence in split_sentences(para[shift:])[:1]:
        clause = past_clause(sentence)
        # a past verb reports it ("held talks"); a noun alone ("the timing for a phone conversation on
        # Tuesday", in a quotation: en-m, Yonhap's call preview) still plans it
        held = clause is not None and sentence[:1].isalpha() and _PAST_VERB.search(clause.group(0))
        if held and clause_tense(sentence) == "past" and _JUST_NOW.search(sentence):
            return Opening(index, sentence, offset + shift, dateline)
    return None


def _first_opening(paragraphs: Sequence[str], profile: Profile, *, limit: int) -> Opening | None:
    """``find_opening``'s first sentence that reports or announces an event, prose first."""
    fallback: Opening | None = None
    gallery = _gallery(paragraphs[:limit])
    items = _list_items(paragraphs[: limit + 1])
    for index, para in enumerate(paragraphs[:limit]):
        if index in items or index in gallery:
            continue  # a fact sheet's bullet is no lead: a readout opens with its own sentence
        dateline = strip_dateline(para, profile)
        body = para[dateline.length :] if dateline else para
        shift = dateline.length if dateline else 0
        # a photo caption ("… arrived on Wednesday. (Photo: Wire)") tells the event only as a last resort
        prose = (_ends_prose(body) or _dated_lead(dateline)) and not is_caption(body)
        for offset, sentence in split_sentences(body)[:3]:
            tense = None if _RECALLED_WORDS.match(sentence) else clause_tense(sentence)
            if tense is None:
                continue
            found = Opening(index, sentence, offset + shift, dateline, future=tense == "future")
            if prose or _announces_points(body, sentence):
                return found
            fallback = fallback or found
            break
    return fallback


def _dated_lead(dateline: Dateline | None) -> bool:
    """True when a paragraph opens with a dateline that carries a date ("KATHMANDU, Jan 7: …"): the
    report's lead, even where the copy lost its full stop (fam187, issue #8, en-bc, a Nepali daily)."""
    return dateline is not None and (dateline.date is not None or dateline.day_month is not None)


def _announces_points(paragraph: str, sentence: str) -> bool:
    """True when ``paragraph`` ends on a colon after ``sentence``, a whole sentence of its own: a lead
    announcing the points below it ("… held a meeting with X. An outline of the meeting is as follows:",
    en-r, mofa.go.jp), prose though its last character is no sentence end (a headline or a caption
    never ends so)."""
    whole = paragraph.strip()
    return whole.endswith(":") and _ends_prose(sentence) and len(sentence) < len(whole)


#: A caption that opens on its label ("Photo: October 18, 2031. Council Meets on …").
_LABELLED_CAPTION = re.compile(r"^\s*(?:Photo|Picture|Image)s?\s*:", _I)


def _gallery(paragraphs: Sequence[str]) -> frozenset[int]:
    """The paragraphs of a photo strip: two or more captions that open on their label ("Photo: <date>.
    Council Meets on …", a blog's sidebar above a message, en-q). Each tells another event, so none
    is the page's opening, not even as a last resort; one caption alone still may be."""
    labelled = frozenset(i for i, para in enumerate(paragraphs) if _LABELLED_CAPTION.match(para))
    return labelled if len(labelled) >= 2 else frozenset()


#: A title of the readout genre itself ("Readout of ...", "Joint Readout by ..."): the publisher says
#: the page reports an event, so an opening told in the past is that report even when it names the
#: encounter in no event clause ("Today, the Vice President convened twelve mayors", "The leaders
#: reaffirmed ...").
_READOUT_TITLE = re.compile(r"^\s*(?:joint\s+)?readouts?(?:\s+(?:of|from|by|on)\b|\s*:)", _I)
#: A headline naming one side's encounter with the other as a noun: "Secretary X's Meeting With President
#: Y", "Minister X's Phone Call with Y" (en-v, State via allAfrica): a readout's title as "Readout of" is.
_ENCOUNTER_NOUN_TITLE = re.compile(
    r"['’]s\s+(?:(?:tele)?phone\s+|video\s+)?(?:meeting|call|conversation|talks)\s+with\b", _I
)
#: A past verb (lower case: "United States" is no verb) or one of the common irregular ones.
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|met|held|spoke|took|led|made|gave|joined|sat|saw|heard|told|brought|began|was|were)\b"
)
#: Remarks delivered are a speech, not an encounter, whatever the title calls the occasion.
_REMARKS_OPENING = re.compile(r"\b(?:remarks|keynote|speech|addressed)\b", _I)


def readout_title(title: str | None) -> bool:
    """True when the publisher titles the page a readout ("Readout of ...", "Joint Readout by ...")."""
    return bool(title and _READOUT_TITLE.search(title))


def readout_title_opening(
    title: str | None, paragraphs: Sequence[str], found: Opening | None, profile: Profile
) -> Opening | None:
    """The opening of a page under a readout title (or one naming a side's encounter as a noun,
    ``_ENCOUNTER_NOUN_TITLE``): ``found`` when it reports an event, else the
    first of the lead's first two sentences told in the past (before any future clause), unless
    remarks are delivered first; ``found`` otherwise. The lead is the first paragraph whose first
    sentence ends as prose (a subtitle line or a bullet is not)."""
    if (found is not None and not found.future) or not title:
        return found
    # an encounter named as a noun only under a title of no other genre (not "Statement by the Press
    # Secretary on the President's Meeting with X", a preview: feeds round 12)
    named = _ENCOUNTER_NOUN_TITLE.search(title) is not None and title_genre(title) is None
    if not _READOUT_TITLE.search(title) and not named:
        return found
    for index, para in enumerate(paragraphs[:3]):
        dateline = strip_dateline(para, profile)
        shift = dateline.length if dateline else 0
        sentences = split_sentences(para[shift:])[:2]
        if _LIST_ITEM.match(para) or not sentences or not _ends_prose(sentences[0][1]):
            continue
        told = _told_in_past(sentences)
        return found if told is None else Opening(index, told[1], told[0] + shift, dateline)
    return found


def _told_in_past(sentences: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    """The first sentence with a past verb before any future clause; None once remarks come first."""
    for offset, sentence in sentences:
        if _REMARKS_OPENING.search(sentence):
            return None
        future = _FUTURE_CLAUSE.search(sentence)
        if _PAST_VERB.search(sentence[: future.start()] if future else sentence):
            return offset, sentence
    return None


def not_readout_reason(
    title: str | None, paragraphs: Sequence[str], opening: Opening | None, profile: Profile
) -> str | None:
    """Why the page is not a readout, or None when it reads as one.

    A readout reports, near its top, a call, meeting, talks, visit or message between principals
    in the past tense. A press conference or briefing (by title, or by its question-and-answer
    shape), a speech or weekly address, and a statement announcing a future meeting are not.
    """
    shape = _page_shape_reason(title, paragraphs, opening, profile)
    if shape is not None:
        return shape
    if opening is None:
        return _no_opening_reason(title, paragraphs)
    if opening.future:
        return "the opening announces a future event instead of reporting one"
    if _arrival_preview(paragraphs, opening):
        return "the opening reports an arrival and the lead announces its encounters for later"
    if _SOUGHT_NOT_HELD.search(opening.sentence):
        return "the opening tells an encounter one side sought and the other did not take up: not held"
    if _speech_to_a_body(paragraphs, opening):
        return "the opening reports a speech at a multilateral body's meeting, not an encounter"
    if _BRIEFING_LEAD.search(opening.sentence):
        return "the opening reports a spokesperson's press conference or briefing, not an encounter"
    genre = _genre_reason(title, paragraphs, opening)
    if genre is None and _signatories_declare(title, paragraphs, opening):
        return 'the opening is its signatories\' own declaration ("We, the …, met"), not a readout'
    return genre


#: The signatories' preamble in their own voice, an appositive naming them: "We, the Prime Ministers of A,
#: B and C, met in …".
_WE_THE_MET = re.compile(r"^\W*We,\s+the\s+[^.;]{3,300}?,\s+(?:\w+\s+)?(?:met|gathered|convened)\b")


def _signatories_declare(title: str | None, paragraphs: Sequence[str], opening: Opening) -> bool:
    """True when the opening is a group's preamble in its own voice ("We, the Prime Ministers of A, B and C,
    met …") and the next sentence goes on in it ("We call on …"), under no headline that reports the
    event: the signatories' declaration, whatever its title (benchmarks/real/CONVENTIONS.md, fam133 and
    fam205: "We, the Leaders of …" followed by the signatories' own "We …"; fam230, issue #8, en-br, LRT's
    Baltic prime ministers' statement, read as a meeting before)."""
    if event_title(title) is not None or not _WE_THE_MET.match(opening.sentence):
        return False
    rest = paragraphs[opening.paragraph][opening.offset + len(opening.sentence) :]
    after = [sentence for _, sentence in split_sentences(rest)]
    after += [
        sentence
        for para in paragraphs[opening.paragraph + 1 : opening.paragraph + 2]
        for _, sentence in split_sentences(para)[:1]
    ]
    return bool(after) and _SIGNATORIES_VOICE.match(after[0]) is not None


#: An opening told by a spokesperson at a press conference or a briefing ("X led the delegation to the
#: meeting, the ministry's spokeswoman Y said at a press conference on Friday"; "Speaking at a regular
#: daily briefing, Y said the Secretary told Z in a recent call that …"): the page reports the briefing,
#: where the event is only mentioned (fam212, issue #8, en-bi VietnamPlus, en-bj a Reuters copy). Only a
#: spokesperson's, or a briefing's: a leader "speaking at a joint press conference" after the talks
#: (en-r, en-bf) reports the talks, and never opens the page.
_BRIEFING_LEAD = Gated.of(
    re.compile(
        r"\b(?:spokes(?:wo)?man|spokesperson)\b[^.;]{0,120}?\b(?:said|stated|told\s+(?:reporters|journalists))"
        r"\s+(?:at|during)\s+(?:an?|the|his|her|its)\s+(?:(?:regular|daily|weekly|routine|press|news)\s+){0,3}"
        r"(?:press\s+conference|news\s+conference|briefing)\b"
        r"|^\W*(?:Speaking|Answering\s+(?:[\w-]+\s+){0,3}?questions?)\s+(?:at|during)\s+(?:an?|the|his|her|its)\s+"
        r"(?:(?:regular|daily|weekly|routine|press|news)\s+){0,3}briefing\b",
        _I,
    )
)


#: Words said at a body's session ("said at a meeting of the Council of Heads of State of …"), not at
#: a meeting with someone; and the next paragraph going on with them as a speech ("In his speech, …").
_SAID_AT_A_BODY = re.compile(
    r"\b(?:said|noted|stated|stressed|declared|emphasi[sz]ed)\s+(?:at|during)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:meeting|session|summit|sitting)\s+of\s+the\s+(?-i:[A-Z])",
    _I,
)
_SPEECH_GOES_ON = re.compile(r"^\W*(?:In|During)\s+(?:his|her|their)\s+(?:speech|address|remarks)\b", _I)


def _speech_to_a_body(paragraphs: Sequence[str], opening: Opening) -> bool:
    """True when the opening quotes a principal at a multilateral body's session and the next paragraph
    goes on with his speech (fam180, issue #8, en-ba: a president's words to a regional organisation's
    summit held by videoconference): a speech, not a call or meeting between principals."""
    below = paragraphs[opening.paragraph + 1 : opening.paragraph + 2]
    return bool(_SAID_AT_A_BODY.search(opening.sentence) and below and _SPEECH_GOES_ON.match(below[0]))


#: An encounter one side sought and the other did not take up, in one sentence: "X wanted to have a
#: telephone conversation with Y, but the latter did not respond", "tried to meet Y …, but her office
#: declined" (fam180, issue #8, en-ay: a call left unanswered). The wish alone, with no refusal after
#: its "but", is no attempt that failed.
_SOUGHT_NOT_HELD = re.compile(
    r"\b(?:wanted|tried|sought|attempted|wished|hoped|intended|planned)\s+to\s+"
    r"(?:have|hold|call|phone|ring|reach|speak|talk|meet)\b[^.;]*?\bbut\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:did\s+not|didn[’']t|never|failed|refused|declined|rejected|ignored|could\s+not|couldn[’']t"
    r"|was\s+not|wasn[’']t)\b",
    _I,
)


#: The clause of an arrival ("has arrived in Colombia") or of a visit begun ("has kicked off his official
#: visit to X", "began a state visit"): a traveller there, no encounter yet.
_ARRIVAL_CLAUSE = re.compile(
    r"arrived\s+(?:in|at|into|to(?=\s+(?-i:[A-Z])))\b"
    r"|(?:began|started|launched|commenced|kicked\s+off)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit\b",
    _I,
)


def _arrival_preview(paragraphs: Sequence[str], opening: Opening) -> bool:
    """True when the opening reports only an arrival ("X has arrived in Colombia to highlight ...") and
    the next paragraphs announce the encounters ("In Bogota, he will hold talks with President Y") and
    report none held: an arrival note, a preview (feeds/README: arrival notes are no readouts; en-r,
    gov.uk's "Foreign Secretary visits Colombia")."""
    clause = past_clause(opening.sentence)
    if clause is None or not _ARRIVAL_CLAUSE.match(clause.group(0)):
        return False
    if event_clause_from(opening.sentence, clause.end()) is not None:
        return False
    if _welcomed_by_host(paragraphs, opening):
        return False
    tenses = {
        _preview_tense(sentence)
        for para in paragraphs[opening.paragraph + 1 : opening.paragraph + 4]
        for _, sentence in split_sentences(para)
    }
    return "future" in tenses and "past" not in tenses


def _preview_tense(sentence: str) -> str | None:
    """A lead sentence's tense for ``_arrival_preview``: "history" for the background, "arrival" for
    the arrival told again ("X arrived in Astana for the meeting slated for May 21", under "has kicked
    off his visit"), which reports no encounter; else ``clause_tense``."""
    if _LONG_AGO.search(sentence):
        return "history"
    tense = clause_tense(sentence)
    clause = past_clause(sentence) if tense == "past" else None
    told_again = clause is not None and _ARRIVAL_CLAUSE.match(clause.group(0)) is not None
    if told_again and clause is not None and event_clause_from(sentence, clause.end()) is None:
        return "arrival"
    return tense


#: A sentence about the background, long before the page's event: "since official talks began ...
#: three years ago", "met in 2019", "last year".
_LONG_AGO = re.compile(r"\b(?:ago|since|in\s+(?:19|20)\d\d|last\s+year|previously)\b", _I)


def _page_shape_reason(
    title: str | None, paragraphs: Sequence[str], opening: Opening | None, profile: Profile
) -> str | None:
    """Why the page's shape says it is no readout: the publisher's pattern, a press-conference or
    speech title, a question-and-answer or transcript layout, a speaker narrating; else None."""
    for pattern in _compiled(profile.not_readout_patterns):
        if (title and pattern.search(title)) or any(pattern.search(p) for p in paragraphs[:2]):
            return "the page matches the publisher's pattern for pages that are not readouts"
    other = other_page_title(title)
    if other is not None and not _READOUT_WORD.search(title or ""):
        return f"the title names another kind of page ({other!r})"
    qa = [p for p in paragraphs[:12] if _QA_LINE.match(p)]
    if len(qa) >= 2 and any("?" in p for p in qa):
        return "the page is a question-and-answer transcript"
    # Under a headline that reports the event, a transcript that follows the lead's report is the
    # publisher's record of the event (an event page), not the page's genre.
    reported = opening.paragraph if opening is not None and event_title(title) is not None else None
    if _transcript_shape(paragraphs, reported):
        return "the page is a transcript (speaker labels or audience reactions)"
    if _speech_narration(title, opening):
        return "the page is a speech: its author narrates the event in the first person"
    return None


def _no_opening_reason(title: str | None, paragraphs: Sequence[str] = ()) -> str | None:
    """Why a page whose body reports no event is not a readout; None when its title reports one."""
    genre = title_genre(title)
    if genre is not None and not genre.soft and not _READOUT_WORD.search(title or ""):
        return f"the title names another kind of page ({genre.family})"
    # A quotation headline's clause names the venue of remarks ("... - President during a meeting
    # with students"), not an event the page reports.
    quoted = genre is not None and genre.family == "quotation headline"
    if title and event_clause(title) and not _FUTURE_CLAUSE.search(title) and not quoted:
        if paragraphs and _REACTION_LEAD.search(paragraphs[0]):
            return "the lead welcomes, commends or condemns an event its headline names: a statement"
        return None
    # A spokesperson's statement titled by the encounter ("Statement by the Press Secretary on the
    # President's Meeting with G7 Leaders") whose body tells only what was agreed: the title reports
    # it, unless the lead looks ahead ("looks forward to welcoming ...; the leaders will discuss").
    told = event_title(title) if genre is not None and genre.family == "statement" else None
    ahead = any(_FUTURE_CLAUSE.search(p) or _LOOKS_AHEAD.search(p) for p in (title or "", *paragraphs[:2]))
    if told is not None and told.family in _ENCOUNTER_TITLES and not ahead:
        return None
    return "no past-tense report of a call, meeting or talks between principals in the opening"


#: A lead that reacts, in the present, to the event its headline names: "The United States welcomes the
#: talks held July 17-18 between ..." (a statement on other parties' talks titled "Senior Leaders from X
#: Hold Peace Talks", feeds-dev18 State 384). Only where the body reports no event itself.
_REACTION_LEAD = re.compile(
    r"^\W*(?:The\s+United\s+States|We|[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,4})"
    r"\s+(?:warmly\s+|strongly\s+|also\s+)?(?:welcomes|commends|applauds|condemns|congratulates|deplores)\b"
)
#: The head of state or government briefed by his own staff: "A and B have briefed the President on the
#: attack", "The President was briefed on the storm" (feeds-dev25 White House briefings 1896).
_HEAD_BRIEFED = re.compile(
    r"\b(?:briefed|updated|informed)\s+(?:the\s+)?(?:President|Prime\s+Minister|Chancellor)\s+(?:on|about|of)\b"
    r"|\b(?:President|Prime\s+Minister|Chancellor)(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?:was|has\s+been|had\s+been)"
    r"\s+(?:briefed|updated|informed)\b"
)
#: A headline's encounter noun: a statement on the head's own meeting or briefing names it.
_TITLE_ENCOUNTER = re.compile(
    r"\b(?:meeting|call|briefing|conversation|talks|discussion|roundtable|session|visit)s?\b", _I
)
#: A lead that looks ahead to the event: "looks forward to welcoming the Prime Minister on May 16".
_LOOKS_AHEAD = re.compile(r"\blooks?\s+forward\s+to\b", _I)
#: Families of event titles that name the encounter itself (not a visit, not "discussed").
_ENCOUNTER_TITLES = frozenset(("meeting or talks", "call or conversation"))


#: A lead that only frames a quotation: "This was stated by the President during ...", "He noted this
#: at ...", "The Minister said this in his statement for the media": the page reports remarks.
_QUOTATION_LEAD = Gated.of(
    re.compile(
        r"^(?:this|these\s+words|that)\s+(?:was|were|is)\s+(?:\w+\s+)?(?:stated|said|noted|announced"
        r"|emphasi[sz]ed|declared|stressed|mentioned)\b"
        r"|\b(?:said|stated|noted|emphasi[sz]ed|stressed|declared|announced|mentioned|made|told)\s+this(?:\s+statement)?\b"
        r"|\b(?:spoke|talked)\s+about\s+this\b|\bduring\s+this\s+(?:address|speech|interview)\b"
        # views voiced in a speech at a social function ("expressed these views while speaking during a
        # farewell reception hosted in his honour by …"): a guest's words at a party, no encounter
        r"|\b(?:expressed|shared|voiced)\s+(?:these|those)\s+(?:views|remarks|sentiments)\s+(?:while\s+)?"
        r"(?:speaking|addressing)\s+(?:at|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:reception|dinner|luncheon|banquet|ceremony|function|gathering|seminar)\b",
        _I,
    )
)


#: The author telling the event in the first person ("Today, I met with ..."): a statement in its
#: author's voice, not a readout of the event.
#: Not folded into ``event_clauses.toml``: its verbs stand bare after "I"/"We" ("We welcomed the
#: decision", "I called for restraint" count), while the table's rows read each verb only in an event
#: context ("welcomed his counterpart", "called" not before "for"), so the table would change which
#: openings count as told in the first person.
_FIRST_PERSON_EVENT = re.compile(
    r"(?:^|[\s,;])(?:I|[Ww]e)(?:,\s+the\s+[^.;]{3,300}?,?)?\s+(?:\w+ly\s+|also\s+|have\s+|had\s+|just\s+)?"
    r"(?:met|spoke|held|hosted|welcomed|talked|called|convened|received|visited)\b"
)


def _reports_first(
    title: str | None, genre: GenreRule | None, paragraphs: Sequence[str], opening: Opening
) -> bool:
    """True when the lead opens with the event itself: what lets a soft title (a statement, an
    announcement) yield to it."""
    # ... and, told in the author's first person, only when the headline itself reports the event
    # ("Statement by the President on his Phone Call with X": a readout in the President's voice).
    first_person = _FIRST_PERSON_EVENT.search(opening.sentence) is not None
    own_voice = event_title(title) is not None or _two_signatories_met(title, genre, opening)
    reported = _opens_with(paragraphs, opening) and (not first_person or own_voice)
    if reported and genre is not None and genre.family in _ACT_FAMILIES:
        return not _lead_repeats(genre, paragraphs, opening)
    if reported and genre is not None and genre.family == "joint statement":
        return not _signatories_speak(paragraphs, opening)
    return reported


#: A joint statement's title naming its two signatories by their states: "Joint Statement by President X of
#: A and Prime Minister Y of B" (each "of" a capitalised state before the "and" and after it).
_TWO_SIGNATORIES = re.compile(
    r"^Joint\s+Statement\s+(?:by|of|from|between)\s+[^;]{3,120}?\bof\s+(?:the\s+)?[A-Z][^;]{1,80}?"
    r"\s+and\s+[^;]{3,120}?\bof\s+(?:the\s+)?[A-Z]"
)
#: The signatories' bare "We met" (no appositive "We, the Leaders of ..."), the meeting's report.
_WE_MET = re.compile(r"^\W*We\s+(?:met|held\s+talks)\b")


def _two_signatories_met(title: str | None, genre: GenreRule | None, opening: Opening) -> bool:
    """True when a joint statement of two named leaders of two states opens in their own voice with
    their meeting ("We met today to commemorate 200 years of relations ...": feeds-dev17 White House
    1011): the two report their meeting (feeds/README's joint statement line); a grouping's "We, the
    Leaders of the G7, met today" stays a declaration."""
    if genre is None or genre.family != "joint statement" or not title:
        return False
    return _TWO_SIGNATORIES.match(title) is not None and _WE_MET.match(opening.sentence) is not None


#: The statement proper told by its signatories: "We applauded ...", "We, the ministers, reaffirm ...".
_SIGNATORIES_VOICE = re.compile(r"^\W*We\b")
#: A preamble whose subject is a group of a grouping's members, not named people: "Representatives of A,
#: B, C ... met", "The Heads of Delegation of the Friends of X met virtually".
_GROUP_SUBJECT = re.compile(
    r"^\W*(?:the\s+)?(?:representatives|heads\s+of\s+delegations?|delegations|leaders|(?:foreign\s+)?ministers"
    r"|(?:special\s+)?envoys|senior\s+officials|members|participants)\b",
    _I,
)


def _signatories_speak(paragraphs: Sequence[str], opening: Opening) -> bool:
    """True when the opening's subject is a group ("Representatives of A, B, C ... met in X") and the
    first sentence after it (past a "Begin Text." line) is told in the signatories' first person plural:
    the joint statement is then their declaration, not a report of the meeting (the leaders' "We, the
    Heads of State ... met" of ``_FIRST_PERSON_EVENT``, told in the third person first). Two leaders
    named in the preamble ("President X and President Y met today ... We reaffirmed") report their
    meeting: a bilateral joint statement on the day's meeting is a readout."""
    if not _GROUP_SUBJECT.match(opening.sentence):
        return False
    rest = paragraphs[opening.paragraph][opening.offset + len(opening.sentence) :]
    after = [sentence for _, sentence in split_sentences(rest)]
    for para in paragraphs[opening.paragraph + 1 : opening.paragraph + 3]:
        after += [sentence for _, sentence in split_sentences(para)[:2]]
    told = next((s for s in after if not _FRAMING.match(s.strip())), None)
    return told is not None and _SIGNATORIES_VOICE.match(told) is not None


#: An opening set in an earlier time than the page's ("Last year, on this day, ...", "A year ago, ...",
#: "Two years ago today, ..."): under a title of another genre (a statement on an anniversary, bulk
#: White House 1828) it recalls an earlier event, not one the page reports.
_EARLIER_FRAME = re.compile(
    r"^(?:(?:this\s+time\s+)?last\s+(?:year|month)|(?:a|one|two|three|four|five|ten|\d+)\s+(?:years?|decades?)\s+ago)\b",
    _I,
)


#: An opening that counts more than three governments among those who met: "representatives from the
#: United States and nine other governments", "convened … with over 25 countries", "the Defence Ministers
#: of ten states". Under a joint statement's title it is the statement of a group or of its meeting's
#: hosts, never the readout of an encounter of named principals (CONVENTIONS, fam205 and fam224).
_MANY_GOVERNMENTS = re.compile(
    r"\b(?:four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty)(?:-\w+)?"
    r"|dozens\s+of|[4-9]|[1-9]\d+)\s+(?:(?:other|partner|member|more|(?-i:[A-Z]{2,5}))\s+){0,2}"
    r"(?:governments|countries|nations|states|economies)\b",
    _I,
)


def _many_governments(genre: GenreRule, opening: Opening) -> bool:
    """True when a joint statement's opening counts more than three governments (``_MANY_GOVERNMENTS``)."""
    return genre.family == "joint statement" and _MANY_GOVERNMENTS.search(opening.sentence) is not None


def _title_yields(title: str | None, genre: GenreRule, paragraphs: Sequence[str], opening: Opening) -> bool:
    """True when a title of another genre yields to the lead: a soft genre whose lead reports the event
    first, or an announcement whose next paragraph tells the call held just now (``_told_below_a_wish``).
    A joint statement whose opening counts more than three governments never yields."""
    if _many_governments(genre, opening):
        return False
    # "Last year, on this day, I traveled to X": an anniversary statement recalls an earlier event.
    earlier = _EARLIER_FRAME.match(opening.sentence) is not None
    # "Statement … on the Trilateral Meeting …": "The Secretary-General welcomes the … Meeting, hosted
    # by …" reacts to others' meeting; the participle that tells it reports nothing of the author's
    reacts = genre.family == "statement" and _REACTION_LEAD.search(opening.sentence) is not None
    # "Statement by the Press Secretary on the Rocket Attack at X": "A and B have briefed the President
    # on the attack" is how the head learnt the news the statement is on, not an event it reports
    informed = (
        genre.family == "statement"
        and event_title(title) is None
        and _TITLE_ENCOUNTER.search(title or "") is None
        and _HEAD_BRIEFED.search(opening.sentence) is not None
    )
    reported = (
        _reports_first(title, genre, paragraphs, opening) and not earlier and not reacts and not informed
    )
    return (
        (genre.soft and reported)
        or _told_below_a_wish(genre, paragraphs, opening)
        or (genre.family == "arrival" and _welcomed_by_host(paragraphs, opening))
        or (genre.family == "quotation headline" and _reports_before_source(title))
    )


#: A news headline's source after a dash: "… - White House", "… – Kremlin".
_SOURCE_DASH = re.compile(r"\s[-–—]\s+[^-–—]+$")


def _reports_before_source(title: str | None) -> bool:
    """True when a headline read as a quotation ("<claim> - <Speaker>") reports the encounter itself
    before its dash ("A, B security advisers discuss summit prospects - White House"): the words after
    the dash name the source of a news report, not a speaker quoted (issue #8, en-aq, a wire copy of a
    White House readout). Not a claim set after a fronted adverbial that names the event ("As a result
    of talks with A, B expects … - <Speaker>")."""
    dash = _SOURCE_DASH.search(title or "")
    if dash is None or not title or _FRONTED_SETTING.match(title):
        return False
    return event_title(title[: dash.start()]) is not None


#: A headline opening on an adverbial that sets the event as the scene of a claim: "As a result of talks
#: with A, B expects …", "During the meeting, …", "After talks, …" (feeds-dev Ukraine 489: a quotation).
_FRONTED_SETTING = re.compile(
    r"^\W*(?:as|after|following|during|before|in|at|on|amid|despite|since|while|when|if)\b", _I
)


#: A host, named, who welcomed the arrived visitor: "was accorded a warm welcome by Mr. X", "was
#: welcomed at the airport by State Minister X", "State Minister X and the Ambassador welcomed the
#: delegation". A name is two capitalised words (after a style or an office), not a body ("welcomed by
#: the Council") nor a pronoun.
_NAMED = r"(?-i:(?:(?:Mr|Mrs|Ms|Dr|H\.\s?E)\.?\s+)?(?:[A-Z][\w’'-]+\s+){1,4}[A-Z][\w’'-]+)"
_WELCOMED_BY_HOST = re.compile(
    r"\b(?:was|were)\s+(?:(?:warmly|cordially)\s+)?(?:welcomed|received|greeted"
    r"|accorded\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:welcome|reception))"
    r"\s+(?:[\w-]+\s+){0,6}?by\s+(?:the\s+)?"
    + _NAMED
    + r"|^\W*"
    + _NAMED
    + r"(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?[\w-]+)?"
    r"\s+(?:(?:warmly\s+)?(?:welcomed|received|greeted)\s+(?:the|him|her|them)\b"
    r"|accorded\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:welcome|reception)\s+to\b)"
    # the visitor's counterpart, unnamed: "was received by his Freedonian counterpart"
    r"|\b(?:was|were)\s+(?:(?:warmly|cordially)\s+)?(?:welcomed|received|greeted)\s+(?:[\w-]+\s+){0,6}?by\s+"
    r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?counterparts?\b",
    _I,
)


def welcomed_on_arrival(paragraphs: Sequence[str], opening: Opening | None) -> bool:
    """True when the opening reports an arrival and the lead tells a host's welcome of the visitor
    (``_welcomed_by_host``): the visit's first encounter, its host a side even where unnamed."""
    return opening is not None and _welcomed_by_host(paragraphs, opening)


def _welcomed_by_host(paragraphs: Sequence[str], opening: Opening) -> bool:
    """True when a paragraph of the three after an arrival opening tells a named host's welcome of the
    visitor: the arrival is then the visit's first encounter, not an arrival note (issue #8, en-aj: an
    Eritrean and a Sri Lankan news page; the dev feeds' arrival notes name no one who welcomed)."""
    clause = past_clause(opening.sentence)
    if clause is None or not _ARRIVAL_CLAUSE.match(clause.group(0)):
        return False
    return any(
        _WELCOMED_BY_HOST.search(sentence)
        for para in paragraphs[opening.paragraph : opening.paragraph + 4]
        for _, sentence in split_sentences(para)
    )


def _genre_reason(title: str | None, paragraphs: Sequence[str], opening: Opening) -> str | None:
    """Why the title's genre says the page is not a readout (see ``genre``), or None.

    A title of another genre refuses the page unless it is a soft genre (a statement, an
    announcement) whose lead reports the event; a title that reports no event at all needs the
    event in the lead too, not somewhere further down the page.
    """
    genre = title_genre(title)
    if (
        genre is not None
        and not _title_yields(title, genre, paragraphs, opening)
        and not _READOUT_WORD.search(title or "")
    ):
        return f"the title names another kind of page ({genre.family})"
    lead = lead_genre(opening.sentence) if genre is not None else None
    if lead is not None and not _READOUT_WORD.search(title or ""):
        return f"the lead tells another kind of event ({lead.family})"
    below = _below_lead_reason(title, paragraphs, opening)
    if below is not None:
        return below
    if title and event_title(title) is None and _author_speaks_first(paragraphs[: opening.paragraph]):
        return "the page is its author's own statement: the lead speaks in the first person, no event"
    if _frames_quotation(paragraphs, opening) and not _READOUT_WORD.search(title or ""):
        return "the page reports remarks: its lead frames a quotation, not the event"
    return None


#: The author's own voice in a lead paragraph: "I have no higher priority than ...", "My team and I
#: constantly review ...".
_AUTHOR_SPEAKS = re.compile(r"(?:^|[.!?;:]\s+|,\s+|\band\s+)I\s+(?-i:[a-z])|^\W*My\s+\w+\s+and\s+I\b")


def _below_lead_reason(title: str | None, paragraphs: Sequence[str], opening: Opening) -> str | None:
    """Why an opening told below the lead (past its first two prose paragraphs) reports no event of
    the page, or None: under a title that reports none, or under no title when the opening is history
    ("the last summit took place in November last year": background to an invitation, issue #8,
    en-ad). An opening that places the lead's remarks at its encounter is the page's event wherever
    it stands (``_ties_remarks_to``)."""
    if opening.paragraph <= _second_prose(paragraphs) or _ties_remarks_to(opening.sentence):
        return None
    if title and event_title(title) is None:
        return "the title reports no event and the lead reports none either"
    if not title and _YEARS_PAST.search(opening.sentence):
        return "the page has no title and its lead reports no event, only one long past"
    return None


#: A sentence dated a year or more before the page: "took place in November last year", "two years ago".
_YEARS_PAST = re.compile(r"\b(?:last\s+year|(?:\w+\s+)?years\s+ago|a\s+year\s+ago)\b", _I)


def _author_speaks_first(before: Sequence[str]) -> bool:
    """True when a prose paragraph before the opening speaks in its author's first person singular and
    reports no event: a statement in an official's own voice (the Secretary's "Operations at U.S.
    Embassy Kyiv", whose second paragraph only recalls "President Biden's call with President Putin",
    State 687 in the issue's bulk check). Only under a title that reports no event."""
    return any(_ends_prose(p) and _AUTHOR_SPEAKS.search(p) and past_clause(p) is None for p in before)


#: Where remarks were made: a frame near the lead that names one ("He stated this in an interview")
#: says the page reports remarks, even when the opening sentence reads as an event.
_REMARKS_VENUE = re.compile(
    r"\b(?:interview|media|press|journalists|reporters|address|speech|briefing|telethon|marathon|TV"
    r"|television|column|article|podcast)\b",
    _I,
)


#: Answers given to the media (or a talk with students) framing the quotations of the lead: "Answering
#: questions from the media after a meeting with X, ...", "..., said the President during a
#: conversation with media representatives after talks with X".
_MEDIA_FRAME = Gated.of(
    re.compile(
        r"\banswering\s+(?:the\s+)?(?:\w+\s+)?questions\s+(?:from|of)\b"
        r"|\b(?:during|in|at)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:conversation|meeting|communication|talk)s?"
        r"\s+with\s+(?:the\s+)?(?:media|journalists|reporters|press|students)\b",
        _I,
    )
)


def _frames_quotation(paragraphs: Sequence[str], opening: Opening) -> bool:
    """True when the lead frames a quotation: the opening sentence does ("This was stated by ..."),
    or the sentence after it or one of the first paragraph's first two sentences frames remarks made
    in an interview, an address or to the media; or the opening sentence gives answers to the media."""
    if _MEDIA_FRAME.search(opening.sentence):
        return True
    if _QUOTATION_LEAD.search(opening.sentence) and not _frame_at_encounter(opening.sentence):
        return True
    after = paragraphs[opening.paragraph][opening.offset :]
    near = [sentence for _, sentence in split_sentences(after)[1:2]]
    near += [sentence for _, sentence in split_sentences(paragraphs[0])[:2]] if paragraphs else []
    return any(_QUOTATION_LEAD.search(s) and _REMARKS_VENUE.search(s) for s in near)


#: Soft families named by an act the publisher reports (an announcement, a signing): where the lead's
#: first sentence tells that act and the event comes only in the sentence after it ("X announced new
#: aid at the Solidarity Event. The event was co-hosted by ..."), the page reports the act.
_ACT_FAMILIES = frozenset(("announcement", "signing"))


#: A remarks frame told at an encounter: "X noted this when he received the envoys ...", "stated this
#: after talks with ...": the clause after the conjunction reports the meeting (issue #8, en-bd). Not
#: "while"/"during": "said this while participating in a meeting of a committee" gives remarks made
#: at a session (feeds-dev, a head of office's words to a foreign parliament's committee); only "while
#: meeting <someone>", the encounter's own participle ("He stressed this while meeting New Zealand's
#: Deputy Leader of Opposition, …", fam224, en-bk FijiLive).
_AT_ENCOUNTER = re.compile(r"\bthis\s+(?:when|after|following|while(?=\s+meeting\s))\s", _I)


def _frame_at_encounter(sentence: str) -> bool:
    """True when the quotation frame of ``sentence`` is followed by the encounter its event clause
    reports, and names no venue of remarks (an interview, the press)."""
    tie = _AT_ENCOUNTER.search(sentence)
    if tie is None or _REMARKS_VENUE.search(sentence, tie.end()):
        return False
    return event_clause_from(sentence, tie.end()) is not None


def _lead_repeats(genre: GenreRule, paragraphs: Sequence[str], opening: Opening) -> bool:
    """True when a sentence of the opening's paragraph before the opening tells the title's act."""
    before = paragraphs[opening.paragraph][: opening.offset]
    return any(genre.gated.search(sentence) for _, sentence in split_sentences(before))


def _told_below_a_wish(genre: GenreRule | None, paragraphs: Sequence[str], opening: Opening) -> bool:
    """True under an announcing title ("X keen to meet Y in Z") when the first prose paragraph reports
    no event (the leader's wish) and the opening, the next prose paragraph's first sentence, reports
    one held just now ("The High Commissioner relayed this during a courtesy call to the Prime Minister
    last Friday": en-x, SIBC): the page reports the call at which the wish was conveyed."""
    if genre is None or not genre.family.startswith("announcement") or not _JUST_NOW.search(opening.sentence):
        return False
    prose = [i for i, p in enumerate(paragraphs) if _ends_prose(p) and not _FRAMING.match(p)][:2]
    if len(prose) < 2 or opening.paragraph != prose[1] or opening.offset > _DATELINE_SLACK:
        return False
    return all(clause_tense(sentence) != "past" for _, sentence in split_sentences(paragraphs[prose[0]]))


def _opens_with(paragraphs: Sequence[str], opening: Opening, sentences: int = 2) -> bool:
    """True when the opening is among the first sentences of the first prose paragraph."""
    first = next((i for i, p in enumerate(paragraphs) if _ends_prose(p) and not _FRAMING.match(p)), None)
    if first is None or opening.paragraph != first:
        return False
    starts = [offset for offset, _ in split_sentences(paragraphs[first])[:sentences]]
    return any(abs(opening.offset - start) <= _DATELINE_SLACK for start in starts)


#: A line that introduces the text that follows ("Following is the text of a joint statement by ...",
#: "The following is the joint statement released by ...": feeds-dev13 State 1924).
_FRAMING = re.compile(
    r"(?:the\s+)?following\s+is\s+the\s+(?:full\s+)?text|begin\s+text|the\s+(?:full\s+)?text\s+of\s+the\b"
    r"|the\s+following\s+(?:is\s+(?:a|the)\s+)?(?:joint\s+)?statement\b|the\s+below\s+is\s+attributable",
    _I,
)
#: How far a sentence's start may move when a dateline is cut from the paragraph's start.
_DATELINE_SLACK = 80


#: A bare marker before a released text ("Begin text.", "Begin Text:"): furniture, not a paragraph of the
#: lead, whether it ends with a colon or a full stop (feeds-dev12, State 430).
_BEGIN_TEXT = re.compile(r"begin\s+(?:the\s+)?text\s*[.:]?", _I)


#: A sentence placing the remarks the lead quotes at an encounter: "X made these remarks right after A met
#: with B", "..., the ministry said in a statement after A met B", "told reporters following talks with".
#: Told below the lead, it still reports the page's event: the lead gives what was said there (issue #8,
#: en-af, a wire report of a spokesman's remarks after his minister's meeting with an ambassador).
_REMARKS_AT_EVENT = re.compile(
    r"\b(?:(?:made|gave|delivered|offered)\s+(?:these|those|the|his|her|their)\s+(?:remarks|comments)"
    r"|said\s+in\s+a\s+statement|told\s+(?:reporters|journalists|the\s+(?:media|press)))"
    r"\s+(?:right\s+|shortly\s+|soon\s+|just\s+|immediately\s+)?(?:after|following|during)\s",
    _I,
)


def _ties_remarks_to(sentence: str) -> bool:
    """True when ``sentence`` places remarks at the encounter its event clause, further on, reports."""
    tie = _REMARKS_AT_EVENT.search(sentence)
    return tie is not None and event_clause_from(sentence, tie.end()) is not None


def _second_prose(paragraphs: Sequence[str]) -> int:
    """Index of the second paragraph that reads as prose (the lead is the first two)."""
    seen = 0
    for index, para in enumerate(paragraphs):
        if _ends_prose(para) and not _BEGIN_TEXT.fullmatch(para.strip()):
            seen += 1
            if seen == 2:
                return index
    return len(paragraphs)


# ---------------------------------------------------------------------------------------------
# Kind


def event_kind(title: str | None, opening: str | None, profile: Profile) -> EventKind:
    """The kind of event from the title and the opening sentence.

    The opening is read up to a future clause after its event clause (``_reported_part``). The body's
    account of the event decides, the headline only where the opening names no kind
    (GOLD_SCHEMA; ``benchmarks/real/feeds/README.md``, "Headline against lead"). In order: a video
    channel the opening names; the profile's patterns; a channel (video, courtesy call, phone,
    message) the opening names; a round the headline names ("Strategic Dialogue": talks, or the
    headline's channel); a headline's visit; a visit the opening reports before any meeting or talks;
    a video channel the headline names, unless the opening says "met"; talks the opening names; the
    opening's "met"; a channel the headline names; the opening's other encounters (meeting,
    conversation; a call read only from "spoke with" yields to a headline's "met"); then
    ``_late_kind``: the headline's noun; the encounter anywhere; a conversation held with an
    office-holder (a call); else OTHER.
    """
    opening = _reported_part(opening)
    texts = [t for t in (title, opening) if t]
    own = own_channel_text(opening)
    if own and _VIDEO_RE.search(own):
        return EventKind.VIDEO_CALL  # the channel the opening names wins over a headline's "Talks with"
    joined = "  ".join(texts)
    return (
        _profile_kind(texts, profile)
        or _first_kind(_CHANNELS, own)
        or _headline_round(title)
        or _headline_trip(title, opening)
        or _visit_first(opening)
        or _headline_video(title, opening)
        or _first_kind(_OPENING_TALKS, opening)
        or _first_kind(_LEAD_VERBS, opening)
        or _first_kind(_CHANNELS, title)
        or _opening_encounter(title, opening)
        or _late_kind(title, opening, joined)
    )


def _late_kind(title: str | None, opening: str | None, joined: str) -> EventKind:
    """``event_kind``'s last readings, where neither the opening's own words nor a channel decided: a
    site visit, the headline's noun, a host's reception, the encounter anywhere, a conversation held
    with an office-holder (a call); else OTHER."""
    return (
        (EventKind.MEETING if site_visit(opening) else None)
        or _conversation_under_talks(title, opening)
        or _first_kind(_HEADLINE_NOUNS, title)
        or _host_reception(opening)
        or _first_kind(_ENCOUNTERS, joined)
        or _conversation_call(opening)
        or EventKind.OTHER
    )


def _reported_part(opening: str | None) -> str | None:
    """The opening up to the first future clause after its event clause: an event still to come that
    the opening mentions ("has spoken with X about his visit where he will take part in the ministerial
    meeting next month", en-aa, State via UrduPoint) is no kind of the event it reports."""
    past = past_clause(opening) if opening else None
    if opening is None or past is None:
        return opening
    future = _FUTURE_CLAUSE.search(opening, past.end())
    return opening[: future.start()] if future else opening


def _headline_video(title: str | None, opening: str | None) -> EventKind | None:
    """A video channel the headline names ("Readout of X Virtual Meeting With Y"): it beats the
    opening's talks or round ("hosted the fourth iteration of the U.S.-U.K. Defense Dialogue", en-ac,
    DoD), as a video channel beats any noun (docs/languages.md, "The channel decides first"); the
    opening's "met" still beats it (``kind_lead_verbs.toml``)."""
    if not title or not _VIDEO_RE.search(title) or _first_kind(_LEAD_VERBS, opening) is not None:
        return None
    return EventKind.VIDEO_CALL


def _opening_encounter(title: str | None, opening: str | None) -> EventKind | None:
    """The opening's own encounter (talks, a meeting, a conversation); a call read only from "spoke
    with" or "talked with" (no channel named: readouts say "met" of a meeting in person) yields to a
    headline that says the two met ("Vucic and the U.S. Ambassador met" above "Vučić talked with
    Ambassador Hill about …", en-r, B92)."""
    kind = _first_kind(_MEETING_KINDS, opening)
    if kind is EventKind.PHONE_CALL and _first_kind(_LEAD_VERBS, title) is EventKind.MEETING:
        return EventKind.MEETING
    return kind


#: A conversation held with an office-holder, no place or occasion named: a call (en-h, Andina: "held a
#: conversation with U.S. Secretary of State …, in which they reiterated …"), its manner perhaps quoted
#: ('had a “constructive conversation” with', en-au, RT). Read last, where neither
#: the opening nor the headline names a kind: a headline's "Meeting with" above "had a lengthy
#: conversation with" (Kremlin) is that meeting.
_CONVERSATION_WITH = re.compile(
    r"\b(?:held|had)\s+an?\s+[“\"‘]?(?:[\w-]+\s+){0,2}?conversation[”\"’]?\s+with\s+"
    r"(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?counterparts?\b|(?:the\s+)?(?-i:[A-Z]))"
    r"(?![^.;]*\b(?:in\s+person|face[\s-]to[\s-]face|on\s+the\s+(?:sidelines|margins)\s+of|following\s+the"
    r"|after\s+the)\b)",
    _I,
)


def _conversation_call(opening: str | None) -> EventKind | None:
    """A call when the opening held a conversation with an office-holder (``_CONVERSATION_WITH``)."""
    return EventKind.PHONE_CALL if opening and _CONVERSATION_WITH.search(opening) else None


def _conversation_under_talks(title: str | None, opening: str | None) -> EventKind | None:
    """A call when the opening held a conversation with an office-holder (``_CONVERSATION_WITH``) under a
    headline whose only kind is "talks" ("X held talks with Y and Z" above "X had a conversation with Y and
    Z", en-at, Vestnik Kavkaza on the Kremlin): talks name no channel, so the opening's conversation, told
    with no place, decides as it does with no headline; a headline's "Meeting with" still makes it that
    meeting."""
    if not title or _conversation_call(opening) is None:
        return None
    headline = _first_kind(_HEADLINE_NOUNS, title) or _first_kind(_ENCOUNTERS, title)
    return EventKind.PHONE_CALL if headline is EventKind.TALKS else None


#: A headline in the future of headlines ("PM to use Aust foreign minister's visit to strengthen
#: relations", "Ruiz to raise trade during Berg's visit"): the visit it names is the setting of a plan.
_HEADLINE_TO_COME = re.compile(r"^(?:(?!visit\b)[\w’'.-]+\s+){1,5}?to\s+(?!visit\b|pay\b)(?-i:[a-z]+)\b", _I)


#: A headline whose trip is the setting of its event: "Official talks held during Foreign Minister's trip
#: to X", "PM meets Y during visit to X" (en-l, The Edition): the event is what was held during it.
_HEADLINE_DURING_TRIP = re.compile(r"\bduring\s+(?:[\w.’'-]+\s+){0,4}?(?:visit|trip)\b", _I)


#: An opening told inside one meeting: "In a meeting in Hanoi on Sunday, X and his counterpart Y
#: pledged …" (en-l, Vietnam's government): the page reports that meeting, not the headline's trip.
_FRONTED_MEETING = re.compile(
    r"^(?:in|at|during)\s+(?:an?|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?meeting\b", _I
)


def _headline_trip(title: str | None, opening: str | None) -> EventKind | None:
    """A visit when the headline names a trip as its event, unless the opening is told inside one
    meeting (a trip's page that reports one encounter is that encounter: docs/languages.md, "Kinds"), or
    the opening's visit is to a person, the host ("X Visits Bildt" above "X visited his new Swedish
    counterpart Carl Bildt here in Stockholm": en-x, Sveriges Radio); a meeting when the opening tells
    the host receiving the visitor by name (``_HOST_RECEIVED``)."""
    if opening and (_FRONTED_MEETING.match(opening) or _VISITED_COUNTERPART.search(opening)):
        return None
    kind = _first_kind(_HEADLINE_VISITS, _not_to_come(title))
    if kind is EventKind.VISIT and opening and (_HOST_RECEIVED.search(opening) or _HOST_MEAL.search(opening)):
        return EventKind.MEETING
    if kind is EventKind.VISIT and opening and _HOST_WELCOMED_TO.search(opening):
        return _first_kind(_OPENING_TALKS, opening) or EventKind.MEETING
    if kind is EventKind.VISIT and opening and _visits_over_met(title, opening):
        return EventKind.MEETING
    return kind


#: A headline that tells the trip in the present, "X visits <Place>", or names it as a noun, "(Official)
#: Visit to <Place> of/by X" (fam205: a joint statement "on the Official Visit to Chile of the Minister …"
#: over "The Ministers … met today in Santiago", en-ao), and the reciprocal "met" the noun needs.
_VISITS_VERB = re.compile(r"\bvisits\s+(?:the\s+)?(?-i:[A-Z])", _I)
_VISIT_NOUN = re.compile(r"\bvisit\s+to\s+(?:the\s+)?(?-i:[A-Z])", _I)
#: "met" with no object: "met today in Santiago", "met in Port Vell on …".
_MET_RECIPROCAL = re.compile(r"\s+(?:today|yesterday|here|in|on|at|virtually)\b", _I)


def _visits_over_met(title: str | None, opening: str) -> bool:
    """True when a headline "X visits <Place>" (or "Visit to <Place> of X") stands over an opening whose
    own event is "met (with)" someone: the opening's encounter gives the kind before the headline does,
    a meeting (benchmarks/real/CONVENTIONS.md, fam128: en-al's NATO "Secretary General visits Washington
    DC" over "met with A and B", en-af's "delegation visits Ethiopia" over "met recently with"; an
    opening that "visited Moscow" stays the visit, en-t)."""
    clause = past_clause(opening)
    if not (title and clause and clause.group(0).lower().startswith("met")):
        return False
    if _VISITS_VERB.search(title):
        return True
    # The noun's trip keeps its kind over a lead listing the officials met during it ("X's Visit to Kyiv"
    # over "X met with A, B and C in Kyiv": feeds-dev trip line); the two sides meeting, told with no
    # object ("The Ministers of A and B met today in <City>"), report that one meeting.
    return bool(_VISIT_NOUN.search(title) and _MET_RECIPROCAL.match(opening, clause.end()))


#: The host receiving the visitor by name as the opening's event: "President X received on Wednesday
#: Chinese Foreign Minister Y at the presidential residence" below "China's Foreign Minister Visits
#: Uruguay" (en-u, LAHT): the page reports that one reception, a meeting. Not "was received by" (the
#: visitor's side, often one stop of a trip), nor "received a call", nor "received the Harbour
#: Accreditation" (a thing, after "the"). A venue set off by commas after the day may stand before the
#: guest ("received on Sunday, at the ministry's seat, Ambassador Y": fam187, en-bb, a news page on a
#: minister's audience).
_HOST_RECEIVED = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)\b(?:received|welcomed|hosted)\s+"
    r"(?:(?:on|this|last)\s+(?-i:[A-Z])[a-z]+day\s*,?\s+|in\s+(?:this|the)\s+capital\s+|here\s+)?"
    r"(?:(?<=,\s)(?:at|in)\s+(?:the|his|her|their)\s+[^,;.]{1,60},\s+)?(?-i:[A-Z])",
    _I,
)


#: The host welcoming the guest "to <Place>" as the opening's event: "Prime Minister X welcomed the Prime
#: Minister of Y, the Hon Z, to Australia for bilateral talks in Canberra today" below "Visit to Australia
#: by the Prime Minister of Y" (en-am, Australia's PM): the opening's encounter gives the kind before the
#: headline's trip (benchmarks/real/CONVENTIONS.md, fam128), its talks where it names them. The guest
#: may follow "the" ("the Prime Minister of Y"), unlike ``_HOST_RECEIVED``: the place after "to" tells a
#: guest, not a thing welcomed ("welcomed the decision to …" has no capitalised place).
_HOST_WELCOMED_TO = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)\bwelcomed\s+(?:the\s+)?(?-i:[A-Z])[^.;:]{0,160}?\bto\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)*\s+(?:for|on|today|yesterday)\b",
    _I,
)


#: A meal the host gave for the guest or his visit: "hosted a state dinner to honor the official visit of
#: President X" (fam230, issue #8, en-bo, West Africa Wire: gold `meeting`, read as the headline's visit),
#: "hosted a luncheon in honour of the visiting President": the host's reception, as "received" is.
_HOST_MEAL = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)\b(?:hosted|gave|offered)\s+an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dinner|luncheon|lunch|banquet|breakfast)\s+"
    r"(?:for\s+(?:the\s+)?(?:visiting\s+)?(?-i:[A-Z])|in\s+(?:(?:his|her|their)\s+)?honou?r\b"
    r"|to\s+(?:honou?r|welcome|celebrate)\b)",
    _I,
)


def _host_reception(opening: str | None) -> EventKind | None:
    """A meeting when the opening, naming no other encounter, tells the host receiving a guest by name
    ("President X welcomed in this capital President Y, who is on an official visit": en-u, Prensa
    Latina), or giving a meal in the guest's honour (``_HOST_MEAL``); the guest's visit in a relative
    clause only sets the scene (benchmarks/real/CONVENTIONS.md)."""
    if opening and (_HOST_RECEIVED.search(opening) or _HOST_MEAL.search(opening)):
        return EventKind.MEETING
    return None


#: A visit to the host in person, the opening's object: "visited his new Swedish counterpart".
_VISITED_COUNTERPART = re.compile(r"\bvisited\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?counterparts?\b", _I)


def _not_to_come(title: str | None) -> str | None:
    """The headline, unless it tells what someone is to do or names the trip only as the setting of its
    event (then None: its visit noun is no report)."""
    if title and (_HEADLINE_TO_COME.match(title) or _HEADLINE_DURING_TRIP.search(title)):
        return None
    return title


#: A trip the lead frames the event with: "During her June 13 visit to X", "X is on a working visit to Y";
#: not a guest's visit told in a relative clause ("met with X, who is on a visit to Y").
_TRIP_FRAME = re.compile(
    r"\bduring\s+(?:his|her|their|the|an?)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to\b"
    r"|(?<!\bwho\s)\b(?:is|was|are|were)\s+on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\s+to\b"
    r"|\bduring\s+(?:his|her|their)\s+stay\s+in\b",
    _I,
)
#: An encounter with someone the lead reports: "met with President X", "During a meeting with X",
#: "held a round table with X".
_ENCOUNTER_WITH = re.compile(r"\b(?:met|meetings?|round\s*table|roundtable|talks|conversation)\s+with\s+", _I)
#: The capitalised run after "with" (its connectives included): its last word tells one interlocutor
#: from another ("Prime Minister of the Czech Republic Petr Fiala": "Fiala"); "with media" has none.
_WHO_RUN = re.compile(r"(?:(?:the|of|for)\s+)*[A-Z][\w.’'-]*(?:\s+(?:(?:the|of|for)\s+)*[A-Z][\w.’'-]*)*")


#: The people an encounter is "with", as a list: up to the topic ("on", "about") or the sentence's end.
#: (An abbreviation's point, "Gen. X", ends nothing: the opening is one sentence.)
_WITH_LIST = re.compile(
    r"(?:[^.;]|\.(?=\s+[A-Z]))*?(?=\s+(?:on|about|regarding|to|in|at|during|for)\s|\.(?!\s+[A-Z])|;|$)"
)
#: A list's separators: ", ", ", and ", " and ".
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


#: Two hosts met, then the trip they were met in: "has met his Sylvanian counterpart and Sylvanian prime
#: minister as part of his visit to Sylvania" (en-d, Anadolu). ``who``: the people met. Not "during their
#: visit": a host who met visiting ministers during theirs held one meeting (fam18's guard).
_HOSTS_THEN_TRIP = re.compile(
    r"\bmet\s+(?:with\s+)?(?P<who>[^.;]{3,160}?)\s+(?:as\s+part\s+of|during|in\s+the\s+course\s+of)\s+"
    r"(?:his|her)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\s+(?:to|in)\b",
    _I,
)
#: One of the people a list names: "his Sylvanian counterpart", "the Prime Minister", "Prime Minister X".
_LISTED_PERSON = re.compile(r"^(?:(?:his|her|their|the)\s|[A-Z])")


def _hosts_then_trip(opening: str) -> bool:
    """True when the opening reports meeting two people (a list joined by "and") as part of, or during,
    the traveller's own visit: the trip, a visit (the held-out trip rule); one host stays a meeting."""
    found = _HOSTS_THEN_TRIP.search(opening)
    if found is None:
        return False
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", found.group("who"))
    return len(parts) >= 2 and all(_LISTED_PERSON.match(part) for part in parts)


def trip_with_hosts(opening: str | None) -> bool:
    """True when the opening first frames the event as the traveller's trip ("During his stay in Y")
    and then reports one encounter with a list of two or more people ("met and held talks with A, B, and C"),
    or reports meeting two people as part of the trip (``_hosts_then_trip``): the trip, a visit (the
    held-out trip rule; en-l, allAfrica's Eritrean visit)."""
    if opening is not None and _hosts_then_trip(opening):
        return True
    frame = _TRIP_FRAME.search(opening or "")
    if frame is None or opening is None:
        return False
    # the frame before the encounter: the traveller's meetings, not a host's with visitors "during
    # their visit to our country" (bulk, Ukraine's presidency)
    for m in _ENCOUNTER_WITH.finditer(opening, frame.end()):
        listed = _WITH_LIST.match(opening, m.end())
        text = listed.group(0) if listed else ""
        parts = [p for p in _LIST_SEPARATOR.split(text) if p[:1].isupper()]
        if len(parts) >= 2 and re.search(r"\sand\s+[A-Z]", text):
            return True
    return False


def trip_with_meetings(paragraphs: Sequence[str], opening: Opening) -> bool:
    """True when the lead frames the event as the traveller's trip (in the opening sentence or the one
    before it) and reports meetings with two different people in the opening's paragraph and the next:
    a trip readout, a visit (the held-out trip rule), not the one meeting of a visit."""
    para = paragraphs[opening.paragraph]
    before = [s for _, s in split_sentences(para[: opening.offset])][-1:]
    if not any(_TRIP_FRAME.search(s) for s in (*before, opening.sentence)):
        return False
    lead = " ".join(paragraphs[opening.paragraph : opening.paragraph + 2])
    met = set()
    for m in _ENCOUNTER_WITH.finditer(lead):
        who = _WHO_RUN.match(lead, m.end())
        if who is not None:
            met.add(who.group(0).split()[-1].strip(".,;:’'"))
    return len(met) >= 2


#: A headline naming the trip as the State Department's travel: "X Travel to Y", "X's Travel to Y".
_TRAVEL_HEADLINE = re.compile(
    r"^(?!.*\bstatement\b).*(?:['’]s|(?-i:[A-Z][\w.’'-]*))\s+(?-i:Travel)\s+to\b", _I
)


def travel_over_one_meeting(title: str | None, paragraphs: Sequence[str], opening: Opening) -> bool:
    """True when a headline "X Travel to Y" stands over an opening whose own event is "met (with)"
    someone on one day ("Today, …", ``_JUST_NOW``) and the lead reports no other encounter (the
    sentences after the opening in its paragraph and the next two): a trip's page that reports the
    day's one meeting is that meeting (benchmarks/real/CONVENTIONS.md, fam155: en-ah's and feeds-dev11's
    "Satterfield Travel to Ethiopia", the envoy "is in Ethiopia … to meet" officials, then "Today, the
    Special Envoy met with" two AU officials). A lead that reports a second encounter, or a trip's
    meetings undated within it ("This week, X was in New Delhi … X met with A, B, C, D and E", a trip
    done: the dev feeds' White House 393), keeps the headline's visit."""
    clause = past_clause(opening.sentence)
    met = clause is not None and clause.group(0).lower().startswith("met")
    if not (title and _TRAVEL_HEADLINE.search(title) and met and clause is not None):
        return False
    if event_clause_from(opening.sentence, clause.end()) is not None or not _JUST_NOW.search(
        opening.sentence
    ):
        return False
    rest = paragraphs[opening.paragraph][opening.offset + len(opening.sentence) :]
    later = [rest, *paragraphs[opening.paragraph + 1 : opening.paragraph + 3]]
    return all(clause_tense(sentence) != "past" for text in later for _, sentence in split_sentences(text))


#: Where an opening mentions another event than its own: a leading adverbial ("Following the
#: emergency session of the Council (via videoconference), A and B spoke on the phone") or agreements
#: "reached during a video conference on May 4", or an earlier event the lead follows up ("spoke today
#: with X, to follow up on their February 11 call and the President's February 11 video call", feeds-dev22
#: State 685; "as follow up to the May 26, 2023 call between ..., led a delegation to meet with",
#: feeds-dev19 White House briefings 2520; a year after a date's comma stays in the span), or an earlier
#: event the encounter follows, told after it ("met in X today, their meetings follow a telephone
#: conversation between the presidents", fam212, issue #8, en-bh Somali Dispatch). A channel
#: there is that event's (feeds-dev10 Kremlin 265, feeds-dev2 Ukraine 189).
_OTHER_EVENT_SPANS = re.compile(
    r"^\s*(?:following|after)\s+(?:the|an?|their|his|her|its)\s+[^,]*,"
    r"|\b(?:follows?|followed|came\s+after|comes?\s+after)\s+(?:on\s+(?:from\s+)?)?"
    r"(?:an?|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}?(?:(?:tele)?phone|video|virtual|online)?\s*"
    r"(?:call|conversation|talks|meeting|videoconference|summit)\b[^,.;]*"
    r"|\b(?:agreements?|arrangements?|decisions?|understandings?)\s+(?:(?:reached|made|taken|adopted)\s+)?"
    r"(?:during|at|in\s+the\s+course\s+of)\s+(?:an?|the|their|his|her|its)\s+[^,.;]*"
    r"|\b(?:to\s+follow\s+up\s+on|(?:as|in)\s+(?:a\s+)?follow[\s-]?up\s+(?:to|on|of))\s+"
    r"(?:the|an?|their|his|her|its)\s+(?:[^,.;]|,\s*\d{4}\b)*",
    _I,
)
#: Its required words ("following", "after", "agreement" ...): an opening without one holds no span.
_OTHER_EVENT_GATE = Gated.of(_OTHER_EVENT_SPANS)


#: An encounter the opening tells as the cause of what it reports, done by someone it has named ("… accused
#: President X of meddling after he met with opposition leaders", en-u, Reuters): that earlier meeting is
#: not the event.
_CAUSE_MET = re.compile(r"\b(?:after|since|when|because)\s+(?:he|she|they)\s+(?:had\s+)?met\b[^,.;]*", _I)


def met_only_as_cause(opening: str | None) -> bool:
    """Whether the opening's one encounter is an earlier meeting told as a cause ("… after he met with
    …"), so that the sentence after it may give the event's kind."""
    if not opening or "met" not in opening:
        return False
    rest = _CAUSE_MET.sub(" ", opening)
    if rest == opening:
        return False
    return not any(rule.search(rest) for rule, _ in (*_CHANNELS, *_ENCOUNTERS, *_LEAD_VERBS))


def own_channel_text(opening: str | None) -> str | None:
    """The opening without the spans that tell another event, where what is left still names an
    encounter of its own (else the whole opening: "Following a video call, the leaders agreed ..."
    reports that call)."""
    if not opening or _OTHER_EVENT_GATE.absent(opening):
        return opening
    rest = _OTHER_EVENT_SPANS.sub(" ", opening)
    if rest == opening:
        return opening
    if any(rule.search(rest) for rule, _ in (*_CHANNELS, *_ENCOUNTERS, *_LEAD_VERBS)):
        return rest
    return opening


def _headline_round(title: str | None) -> EventKind | None:
    """Talks when the headline names a round by its format, or the channel the headline gives it."""
    if _first_kind(_HEADLINE_ROUNDS, title) is None:
        return None
    return _first_kind(_CHANNELS, title) or EventKind.TALKS


def _profile_kind(texts: Sequence[str], profile: Profile) -> EventKind | None:
    """The kind the publisher's first matching ``kind_patterns`` row names, if a valid kind."""
    for pattern_text, kind in profile.kind_patterns:
        compiled = _compiled((pattern_text,))
        if compiled and any(compiled[0].search(t) for t in texts):
            try:
                return EventKind(kind)
            except ValueError:
                continue
    return None


def _first_kind(rules: Sequence[tuple[Gated, EventKind]], text: str | None) -> EventKind | None:
    """The kind of the first rule that matches the text; None for no text."""
    if not text:
        return None
    return next((kind for rule, kind in rules if rule.search(text)), None)


#: A lead sentence whose subject is the event itself: "The meeting enabled the two leaders to …",
#: "Today's telephone conversation focused on …" (not "essential to meeting our obligations").
_EVENT_SUBJECT = re.compile(
    r"^(?:the|this|their|today['’]s|yesterday['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|discussions|conversation|call|videoconference|video\s+conference)\b",
    _I,
)


#: The sentence after the opening that gives the event's channel: "The event was held as a video
#: conference.", "The meeting took place via videoconference." (feeds-dev6 Ukraine 673).
_HELD_BY = re.compile(
    r"^(?:the|this|today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:event|meeting|talks|session|conversation|consultations)\s+"
    r"(?:was|were)\s+(?:held|conducted|organi[sz]ed)\b|^(?:the|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:event|meeting|talks|session|conversation|consultations)\s+took\s+place\b",
    _I,
)


def first_channel(opening: str | None) -> EventKind | None:
    """The channel the opening names for its own event (video, courtesy call, phone, message), if any."""
    return _first_kind(_CHANNELS, own_channel_text(opening))


#: Who took part in "the virtual meeting": the event the lead just told, held by video (feeds-dev10
#: White House 2024: "A, B and C ... participated in the virtual meeting."); or what was said "During
#: the virtual meeting," (feeds-dev18 White House briefings 68, under a lead that "convened" a task force).
_JOINED_VIRTUAL = re.compile(
    r"(?:\b(?:participated|took\s+part|joined)\s+(?:in\s+)?|(?:^\s*|[.!?]\s+)(?:during|at|in)\s+)the\s+"
    r"(?:virtual|video|online)\s+(?:meeting|summit|conference|session|call|talks|forum)\b",
    _I,
)


#: The event named again after the opening, "held" through a channel: "… at the second round of the
#: Strategic Dialogue held via video link on July 7" (en-n, a copy of China's MFA on a trilateral
#: dialogue). The channel rows then read the words after it.
_HELD_THROUGH = re.compile(
    r"\b(?:dialogue|meeting|talks|consultations|session|conference|discussions|summit|round)\s+"
    r"(?:(?:was|were)\s+)?held\s+(?=(?:via|by|through|over|as\s+an?)\s)"
    # the heads of delegations who "led the consultations via video conference" (en-ah, The Nation)
    r"|\b(?:led|headed|co-?chaired|chaired|conducted)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dialogue|meeting|talks|consultations|session|discussions|round)\s+(?=(?:via|through|over)\s)",
    _I,
)
#: How far after "held" the channel of ``_HELD_THROUGH`` may be read.
_HELD_THROUGH_REACH = 40


def following_channel(text: str) -> EventKind | None:
    """The channel the sentences after a channel-less opening give the event: the first one naming
    the event as its subject ("The event was held as a video conference."), or the event "held via
    video link", or one saying who "participated in the virtual meeting" (``text``: the rest of the
    opening's paragraph and the first sentence of the next)."""
    first = next((sentence for _, sentence in split_sentences(text.strip())), "")
    if _HELD_BY.match(first):
        return _first_kind(_CHANNELS, first)
    through = _HELD_THROUGH.search(first)
    if through is not None:
        return _first_kind(_CHANNELS, first[through.end() : through.end() + _HELD_THROUGH_REACH])
    return EventKind.VIDEO_CALL if _JOINED_VIRTUAL.search(text) else None


#: The event named again further down the lead as held online, with the definite article of an event
#: already told: "During the virtual event, officials highlighted …" or "Another focus of the virtual
#: meeting was …" below an opening that "hosted" or "convened" a group (feeds-dev31 White House briefings,
#: feeds-dev30; CONVENTIONS: the channel named decides). Not "ahead of the virtual summit" nor "the upcoming
#: virtual meeting" (another event).
_LATER_VIRTUAL = re.compile(
    r"(?<!\bahead\s)\b(?:during|at|of|in)\s+the\s+"
    # not another event: "the upcoming virtual meeting", "the original virtual meeting"
    r"(?:(?!(?:upcoming|next|coming|planned|future|original|previous|last)\b)[\w-]+\s+){0,3}?"
    r"(?:virtual|online)(?:,?\s+[\w-]+){0,2}?\s+"
    r"(?:event|meeting|convening|gathering|session|roundtable|conference|forum)\b",
    _I,
)


def later_virtual_channel(paragraphs: Sequence[str]) -> EventKind | None:
    """A video call where a later paragraph of the lead names the event as virtual (``_LATER_VIRTUAL``);
    else None (``paragraphs``: the lead's paragraphs after the opening's)."""
    return EventKind.VIDEO_CALL if any(_LATER_VIRTUAL.search(p) for p in paragraphs) else None


#: A principal's own words in the lead naming the channel of the encounter just told: "Today, I had a
#: productive video call with the Minister of Defense of X" below "held talks with his X counterpart" (fam230,
#: issue #8, en-br, UNN quoting the minister's post): the channel decides first (docs/languages.md,
#: "Kinds"). Not a call told as another, earlier one ("I had a call with him last week").
_OWN_WORDS_CHANNEL = re.compile(
    r"(?:^|[.!?:“\"‘]\s*|,\s+)(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening))\s*,?\s+)?"
    r"(?:I|[Ww]e)\s+(?:have\s+|had\s+|just\s+)?(?:had|held)\s+(?:an?|the|my|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:video\s*(?:call|conference|link)|videoconference|virtual\s+(?:meeting|talks)"
    r"|(?:tele)?phone\s+(?:call|conversation))\s+with\b"
    r"(?![^.;]*\b(?:last|ago|earlier|previous|previously|before)\b)",
)


def own_words_channel(paragraphs: Sequence[str]) -> EventKind | None:
    """The channel a principal's own words in the lead give the encounter (``_OWN_WORDS_CHANNEL``), read
    by the channel rows; else None (``paragraphs``: the lead's paragraphs after the opening's)."""
    for paragraph in paragraphs:
        found = _OWN_WORDS_CHANNEL.search(paragraph)
        if found is not None:
            return _first_kind(_CHANNELS, found.group(0))
    return None


def next_report_kind(text: str) -> EventKind | None:
    """The kind the sentence right after an opening that names none gives, where it reports the
    encounter itself: "X discussed the summit, Y and Z with the Secretary on Thursday. X spoke with
    Secretary W by phone." (en-o, ERR) is a call. Read by the channel rows, then the meeting rows (no
    visit: a trip told after the opening frames it). ``text``: the rest of the opening's paragraph and
    the first sentence of the next."""
    first = next((sentence for _, sentence in split_sentences(text.strip())), "")
    if not first:
        return None
    if past_clause(first) is None:
        # no encounter verb, but the sentence may open on the encounter as its frame
        return framed_encounter(first)
    return _first_kind(_CHANNELS, first) or _first_kind(_MEETING_KINDS, first) or framed_encounter(first)


#: An opening that tells what was talked over, not how: "X discussed with Y", "X has conferred with Y".
_DISCUSSED_WITH = re.compile(r"\b(?:discussed|conferred|consulted)\b[^.;]*?\bwith\b", _I)


def later_report_kind(opening: str | None, paragraphs: Sequence[str]) -> EventKind | None:
    """The kind a later sentence of the lead gives a discussion the opening tells with no word of its
    kind ("X discussed with A and B …" and two paragraphs down "'I have held productive phone
    discussions with A and B,' X wrote"; CONVENTIONS, fam142: *discussed* gives no kind, the page's
    other words decide): the first sentence that reports an encounter by a channel (a call, a video
    link) or a meeting word, channels first; None where none does, or the opening is no discussion."""
    if not opening or not _DISCUSSED_WITH.search(opening):
        return None
    for paragraph in paragraphs:
        for _, sentence in split_sentences(paragraph):
            if past_clause(sentence) is None:
                continue
            kind = _first_kind(_CHANNELS, sentence) or _first_kind(_MEETING_KINDS, sentence)
            if kind is not None:
                return kind
    return None


#: The sentence after a kindless opening framed by the encounter: "During informal talks at Villa X, A and
#: B agreed …" (en-p, Kremlin), "At a press briefing following their talks in Rabat, A said …" (en-q,
#: News Ghana), "After the meeting, A told reporters …".
_FRAMED_ENCOUNTER = re.compile(
    r"^(?:[\w’'-]+\s+){0,5}?(?:during|following|after|at\s+the\s+end\s+of)\s+(?:the\s+|their\s+|these\s+)?"
    r"(?:[\w-]+\s+)?(?P<kind>talks|negotiations|meeting)\b",
    _I,
)


def framed_encounter(sentence: str) -> EventKind | None:
    """Talks or a meeting the sentence opens on as its frame (``_FRAMED_ENCOUNTER``); else None."""
    m = _FRAMED_ENCOUNTER.match(sentence)
    if m is None:
        return None
    return EventKind.MEETING if m.group("kind").lower() == "meeting" else EventKind.TALKS


#: Where and why the event was held, set off between it and its verb: "The meeting, held ahead of the
#: summit, covered …" (fam226: en-as, Jordan's royal court).
_HELD_SET_OFF = r"(?:\s*,\s*(?:held|which\s+was\s+held|(?:which|that)\s+took\s+place)\b[^,.;]{0,120},)?"
#: The lead naming the event again after the opening: "During the meeting, they reviewed …", "During
#: their meeting in Osaka", "They met in Osaka on Saturday", "The meeting, held …, covered" (a meeting:
#: en-ac, Business Line) or "The discussions encompassed …", "Their discussions focused on …" (the
#: discussions: talks).
_EVENT_NAMED_AGAIN = re.compile(
    r"\b(?:during|at|after|before|following|throughout)\s+(?:the|their)\s+(?P<meeting>meeting)\b"
    r"|^\W*(?:they|the\s+two(?:\s+[\w-]+)?)\s+(?P<meeting3>met)\s+(?:in|at|on)\b"
    r"|\bthe\s+meeting" + _HELD_SET_OFF + r"\s+(?:was|took|focused|covered|ended|lasted)\b(?P<meeting2>)"
    r"|\b(?:the|their|these)\s+(?:[\w-]+\s+)?(?:discussions|talks)\b"
    # the leaders who "led their respective delegations in bilateral talks" (fam230: en-bo, a Somali news
    # site, below an opening that tells the guest's welcome)
    r"|\b(?:in|into)\s+(?:bilateral|official|formal)\s+talks\b"
    r"|\b(?:during|in|throughout)\s+(?:the|their)\s+(?P<phone>telephonic|telephone|phone)\s+(?:conversation|call)\b",
    _I,
)
#: Discussions held, also in the singular with no article ("held discussion with", fam230: en-bo's
#: Horn Diplomat copy of FANA, then "During the meeting which took place yesterday in …").
_DISCUSSIONS = re.compile(r"\bdiscussions?\b", _I)
_TALKS_NOUN = re.compile(r"\b(?:talks|negotiations|consultations|dialogue)\b", _I)


def discussions_named_kind(opening: str | None, after: Sequence[str]) -> EventKind | None:
    """The kind the lead gives an opening that names its event only as "discussions" held ("held
    discussions with X in New York on Sunday"), by first naming it again: "During the meeting, they
    reviewed …" (en-m, Seychelles News Agency), a meeting; "During the telephonic conversation, Y
    appreciated …" (en-ac, a news site's copy of a finance ministers' call), a phone call; else None. A
    lead that first says "The discussions encompassed …" keeps them talks (en-h, Guyana)."""
    if not opening or not _DISCUSSIONS.search(opening) or _TALKS_NOUN.search(opening):
        return None
    for paragraph in after:
        named = _EVENT_NAMED_AGAIN.search(paragraph)
        if named is not None:
            kind = _named_again(named)
            return None if kind is EventKind.TALKS else kind
    return None


def _named_again(named: re.Match[str]) -> EventKind:
    """The kind an ``_EVENT_NAMED_AGAIN`` match names: a meeting, a phone call, else talks."""
    if any(named.group(g) is not None for g in ("meeting", "meeting2", "meeting3")):
        return EventKind.MEETING
    return EventKind.PHONE_CALL if named.group("phone") else EventKind.TALKS


def named_again_kind(paragraphs: Sequence[str]) -> EventKind | None:
    """The kind the lead below a kindless opening gives by first naming the event again: "The meeting
    was initiated by Y." or "During the meeting, …" (a meeting: en-q, a ru-mid account copied by a news
    site, "X discussed the situation with Ambassador Y"), "Their talks focused on …" (talks); else None.
    ``paragraphs``: the few after the opening's."""
    for paragraph in paragraphs:
        named = _EVENT_NAMED_AGAIN.search(paragraph)
        if named is not None:
            return _named_again(named)
        if _MEAL_WITH.search(paragraph):
            return EventKind.MEETING
    return None


#: A meal the principal shared with someone, told in the lead below a kindless opening: "he had lunch
#: with Y and was later joined by …" (en-u, Dominica News Online, below "X has congratulated Y"): met in
#: person, a meeting.
_MEAL_WITH = re.compile(
    r"\b(?:had|held|hosted|attended|joined\s+\w+\s+for)\s+(?:an?\s+)?(?:(?:working|private|official|informal)\s+)?"
    r"(?:lunch|luncheon|dinner|breakfast)\s+with\s+(?-i:[A-Z]|(?:his|her|their)\s)",
    _I,
)


def lead_kind(paragraphs: Sequence[str]) -> EventKind | None:
    """The kind a lead sentence before the opening gives by naming the event as its subject, for an
    opening that names none: "The meeting enabled the two leaders to discuss …" above "Prime Minister
    X said …" (en-g, Fiji). Read by the channel and encounter rows (no visit: a trip frames events)."""
    for para in paragraphs:
        for _, sentence in split_sentences(para):
            subject = _EVENT_SUBJECT.match(sentence)
            if subject is not None:
                noun = subject.group()
                talks = EventKind.TALKS if re.search(r"talks|discussions", noun, _I) else None
                return _first_kind(_CHANNELS, noun) or talks or _first_kind(_MEETING_KINDS, noun)
    return None


#: An opening whose event is a courtesy sent one way: a message, letter or cable of congratulation,
#: condolence or greeting sent, or a principal who congratulated, felicitated or condoled another.
_ONE_WAY_COURTESY = re.compile(
    r"\b(?:sent|sends|conveyed|addressed|dispatched)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:message|letter|cable|greetings|congratulations|condolences|felicitations)\b"
    r"|\b(?:congratulated|felicitated|condoled)\b",
    _I,
)
#: The other side's answer, or messages sent both ways: an exchange, which is the kind `message`.
_EXCHANGE = re.compile(r"\bexchanged\b|\bin\s+(?:reply|response)\s+to\b|\b(?:replied|responded)\b", _I)
#: An encounter the headline or the lead names, in which the congratulations may have been given: "Meeting
#: with NATO Secretary General" over "the Prime Minister had congratulated …. Their discussion focused on
#: …" (en-an), "holds first conversation with" (en-au): that encounter, not a message.
_ENCOUNTER_NAMED = re.compile(
    r"(?:\b|(?<=\d))(?:meeting|met|meets|conversation|discussion|talks|spoke|visit|audience"
    r"|(?:tele)?phone|video|call\s+with|called)\b",
    _I,
)
#: How many paragraphs from the opening's may tell the exchange or name the encounter.
_EXCHANGE_REACH = 2


def one_way_message(
    title: str | None, paragraphs: Sequence[str], opening: Opening | None, kind: EventKind
) -> bool:
    """True when the page reports only a message one principal sent another (congratulations, condolences,
    greetings) and no exchange: the opening's event is that courtesy (``_ONE_WAY_COURTESY``), no call,
    meeting or other encounter gave the kind (``kind`` is `message` or `other`) nor is named in the
    headline or the lead (``_ENCOUNTER_NAMED``), and the lead tells no reply
    (benchmarks/real/CONVENTIONS.md, "A one-way message of congratulation, condolence or greeting":
    `not_readout`)."""
    if kind not in (EventKind.MESSAGE, EventKind.OTHER) or opening is None:
        return False
    if not _ONE_WAY_COURTESY.search(opening.sentence):
        return False
    lead = (title or "", *paragraphs[opening.paragraph : opening.paragraph + _EXCHANGE_REACH])
    return not any(_EXCHANGE.search(p) or _ENCOUNTER_NAMED.search(p) for p in lead)


def site_visit(opening: str | None) -> bool:
    """True when the opening reports a visit to a site ("visited the Golden Monastery"), not a trip."""
    return bool(opening) and _SITE_VISIT.search(opening or "") is not None


#: The host meeting the visitor, named by a pronoun, in the sentence after an arrival ("… arrived in
#: Tbilisi on a visit. Prime Minister X met with him and …"), or that sentence telling what the two did
#: at their one meeting ("… traveled to Washington. During their meeting, they reviewed …": feeds-dev16
#: State 1212, a joint statement on a foreign minister's trip at the Secretary's invitation), or the
#: visitor meeting one host by name ("… arrived in Samoa … for his visit. He met with Mata'afa on Friday
#: morning in Apia": en-x, PINA), no second host listed after it.
_HOST_MEETS_VISITOR = re.compile(
    r"\b(?:met(?:\s+with)?|received|welcomed|hosted)\s+(?:him|her|them)\b"
    r"|^\W*during\s+their\s+(?:\w+\s+)?meeting\b"
    r"|^\W*(?-i:He|She)\s+(?:then\s+|later\s+)?met(?:\s+with)?\s+(?-i:[A-Z])"
    r"(?![^.;]*(?:,|\band)\s+(?:with\s+)?(?:the\s+)?(?-i:[A-Z]))",
    _I,
)


#: A day's visit to the one who invited it: "At the invitation of President X, Prime Minister Y visited
#: Paris today", "Today, the President visited the U.K. at the invitation of the Prime Minister".
_INVITED = re.compile(r"\bat\s+the\s+invitation\s+of\b", _I)
_VISITED = re.compile(r"\bvisited\b", _I)


def visit_is_one_meeting(title: str | None, opening: str | None, after: str) -> bool:
    """True when the opening reports only a visitor's trip (no headline names a visit) and either the
    next sentence (the first of ``after``) tells the host meeting the visitor, or the trip is a day's
    visit at its host's invitation: the page reports that one meeting, with its host
    (docs/languages.md, "Kinds")."""
    if _first_kind(_HEADLINE_VISITS, title) is not None or _visit_first(opening) is None:
        return False
    if opening and _INVITED.search(opening) and _VISITED.search(opening) and _TODAY.search(opening):
        return True
    first = next((sentence for _, sentence in split_sentences(after.strip())), "")
    return _HOST_MEETS_VISITOR.search(first) is not None


#: A visit the opening closes (or opens) with one encounter: "wrapped up her visit to Washington today by
#: meeting with the Secretary of State" (en-p, Mexico's SRE), "started his one-day visit to Bucharest with
#: a meeting, at the government headquarters, with the Romanian Prime Minister" (en-z, Mediafax) reports
#: that meeting.
_VISIT_CLOSED_BY = re.compile(
    r"\b(?:wrapped\s+up|concluded|ended|closed|capped|rounded\s+off|began|started|opened)\s+"
    r"(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stay)\b[^;]{0,80}?"
    r"(?:\bby\s+(?:meeting|holding\s+(?:talks|a\s+meeting))|\bwith\s+an?\s+(?:[\w-]+\s+){0,2}?meeting)\b",
    _I,
)


#: A visit whose own sentence names, after "where", the one encounter held there with one host: "visited
#: Zambia on Tuesday where he held talks with President X aimed at …" (fam230, issue #8, en-bo, Malawi24:
#: gold `talks`); the page reports those talks (docs/languages.md, "Kinds": a visit whose page reports one
#: meeting, with its host, is that meeting). Not hosts listed ("where he held meetings with A, B and C").
_VISIT_WHERE_ONE = re.compile(
    r"\bvisited\s+(?-i:[A-Z])[^.;]{0,60}?\bwhere\s+(?:he|she|they)\s+(?:also\s+)?"
    r"(?:held\s+(?:[\w-]+\s+){0,2}?talks|met)\s+with\s+(?:his|her|their|the\s+|(?-i:[A-Z]))"
    r"(?![^.;]*(?:,\s+|\band\s+)(?:with\s+)?(?:the\s+)?(?-i:[A-Z])[\w’'-]+\s+(?-i:[A-Z]))",
    _I,
)


def _visit_first(opening: str | None) -> EventKind | None:
    """A visit when the opening reports one before any talks or meeting ("visited Abuja, and met"), unless
    it closes or opens the visit by the meeting (``_VISIT_CLOSED_BY``) or names the one encounter held
    there (``_VISIT_WHERE_ONE``), or tells the host's meal for the visitor (``_HOST_MEAL``)."""
    if not opening or any(rule.search(opening) for rule in (_VISIT_CLOSED_BY, _VISIT_WHERE_ONE, _HOST_MEAL)):
        return None
    visit = _VISIT_VERB.search(opening)
    other = [m.start() for rule in (_TALKS_RE, _MEETING_RE) for m in [rule.search(opening)] if m]
    return EventKind.VISIT if visit is not None and all(visit.start() < at for at in other) else None


# ---------------------------------------------------------------------------------------------
# Date

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today)\b", _I)
_YESTERDAY = re.compile(r"\b(?<!day\sbefore\s)(?:yesterday|last\s+night)\b", _I)
#: Two days back: "the day before yesterday".
_DAY_BEFORE = re.compile(r"\bthe\s+day\s+before\s+yesterday\b", _I)
#: The day of another event still to come: "ahead of the Ministers Meeting to be held today" (en-r, the
#: Cook Islands' ministry: the meeting reported took place "yesterday"); left out of the day words.
_HELD_LATER = re.compile(
    r"\b(?:to|will)\s+be\s+(?:held|hosted|convened)\s+(?:[^,;.]{0,60}?\s)?"
    r"(?:today|tonight|this\s+(?:morning|afternoon|evening))\b",
    _I,
)


#: A Hijri date in a URL ("/details/1443/08/13/"): Gulf ministries date their pages so.
_URL_HIJRI = re.compile(r"/(1[34]\d\d)/(\d\d?)/(\d\d?)(?:/|$)")


def _url_hijri_date(url: str | None) -> dt.date | None:
    """The Gregorian day of a Hijri date in a URL, by the arithmetic (tabular) Islamic calendar.

    Official calendars (Umm al-Qura) differ from the tabular one by a day or two, so this only
    gives a year to a day and month the page prints; it never dates an event by itself.
    """
    m = _URL_HIJRI.search(url or "")
    if m is None:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    julian_day = (11 * year + 3) // 30 + 354 * year + 30 * month - (month - 1) // 2 + day + 1948440 - 385
    return dt.date.fromordinal(julian_day - 1721425)


def complete_day_month(
    day_month: tuple[int, int] | None, url: str | None, published: dt.date | None = None
) -> dt.date | None:
    """A day and month printed without a year ("Doha - Information Office - March 16", "JAN 17")
    dated by the page's publication date or the year of its URL date (Gregorian or Hijri); None
    when nothing completes it."""
    if day_month is None:
        return None
    anchors = [d for d in (published, url_date(url), _url_hijri_date(url)) if d is not None]
    month, day = day_month
    filed = url_year_month(url)
    if not anchors and filed is not None and filed[1] == month:
        # a URL filing the article by month ("/2024/06/slug/"): a day of that month is of that year
        try:
            return dt.date(filed[0], month, day)
        except ValueError:
            return None
    return _complete(DateMatch(None, month, day, 0, 0), anchors)


def year_from_page(day_month: tuple[int, int] | None, texts: Sequence[str]) -> dt.date | None:
    """A day and month with no year on a page that shows no publication date ("Baku, December 8,
    AZERTAC"), dated by a full date printed near it in the text ("the statement of 10 November,
    2020"): the year that puts the two within two months of each other; None when none does."""
    if day_month is None:
        return None
    month, day = day_month
    for text in texts:
        for found in event_dates(text):  # not another event's ("relations established on 2 October 1991")
            if found.year is None or found.date is None:
                continue
            for year in (found.year, found.year + 1, found.year - 1):
                try:
                    candidate = dt.date(year, month, day)
                except ValueError:
                    continue
                if abs((candidate - found.date).days) <= 62:
                    return candidate
    return None


def _complete(found: DateMatch, anchors: Sequence[dt.date]) -> dt.date | None:
    """Give a year to a day and month from a date the page shows (the publication date).

    The day must fall on or shortly before the anchor; a day and month far from every anchor
    stays undated rather than guessed.
    """
    for anchor in anchors:
        for year in (anchor.year, anchor.year - 1):
            try:
                candidate = dt.date(year, found.month, found.day)
            except ValueError:
                continue
            lag = (anchor - candidate).days
            if -2 <= lag <= 62:
                return candidate
    return None


#: A weekday written beside a day and month ("This Tuesday January 26", "Monday, 5 March", "26
#: January (Tuesday)"): the weekday fixes the year.
_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\W{0,3}$")
_WEEKDAY_AFTER = re.compile(r"^\W{0,3}\(?(" + "|".join(_WEEKDAYS) + r")\b")
#: A year a page prints: in its URL ("/news/2021/…") or its text ("in the spring of 2021").
_PAGE_YEAR = re.compile(r"(?<![\d])((?:19|20)\d\d)(?![\d])")


#: A year that names a thing of its own, after "the" or "of" and before a capitalised noun ("the spirit
#: of 1971 Liberation War", "the 2030 Agenda"): a year of that thing, not of the page.
_NAMING_YEAR = re.compile(r"\b(?:the|of)\s+(?:19|20)\d\d\s+(?=[A-Z][a-z])")


def weekday_year(text: str, texts: Sequence[str], url: str | None) -> dt.date | None:
    """The first day and month in ``text`` written with its weekday and no year ("This Tuesday January
    26"), dated by the one year printed on the page (in ``texts`` or the URL) in which that day falls
    on that weekday; None when no year, or more than one, agrees."""
    partial = next((d for d in event_dates(text) if d.year is None), None)
    if partial is None:
        return None
    named = _WEEKDAY_BEFORE.search(text[max(0, partial.start - 14) : partial.start]) or _WEEKDAY_AFTER.search(
        text[partial.end : partial.end + 14]
    )
    if named is None:
        return None
    weekday = _WEEKDAYS.index(named.group(1))
    printed = {int(y) for t in (url or "", *texts) for y in _PAGE_YEAR.findall(_NAMING_YEAR.sub("", t))}
    agree = set()
    # the printed years themselves: one either side would fit a year named for another time too (the
    # "2028 Olympics" on a page of 7 February 2024 would give 2029)
    for year in printed:
        with contextlib.suppress(ValueError):
            if (day := dt.date(year, partial.month, partial.day)).weekday() == weekday:
                agree.add(day)
    return agree.pop() if len(agree) == 1 else None


def weekday_dated(text: str, texts: Sequence[str]) -> dt.date | None:
    """The day an opening's "on <Weekday>" names on a page that prints no date of its own, settled by
    the one full date printed elsewhere on the page (a photo caption's "Aug. 28, 2019") that falls on
    that weekday; None when the weekday is the account's ("said on Wednesday") or no date, or more
    than one, agrees."""
    # "on Thursday", or a bare weekday that is not the account's ("their dinner meeting Thursday", fam225)
    m = _WEEKDAY.search(text) or next(
        (b for b in _BARE_WEEKDAY.finditer(text) if not _NOT_EVENT_WEEKDAY.search(text, 0, b.start())), None
    )
    if m is None or _REPORTED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None
    weekday = _WEEKDAYS.index(m.group(1))
    agree = {
        found.date
        for t in texts
        for found in event_dates(t)
        if found.year is not None and found.date is not None and found.date.weekday() == weekday
    }
    return agree.pop() if len(agree) == 1 else None


@attrs.frozen
class EventDate:
    """When the event happened, how that was found (a ``DATE_BASES`` value) and, if unsure, why."""

    date: dt.date | None = None
    basis: str | None = None
    warning: str | None = None


#: "on Sunday", "on Monday evening", "last Friday": a day of the week the publication date resolves.
_WEEKDAY = re.compile(r"\b(?:[Oo]n|[Ll]ast|[Tt]his\s+past)\s+(" + "|".join(_WEEKDAYS) + r")\b")


#: A weekday written without "on" ("got a phone call Thursday from", "Cafiero Friday agreed").
_BARE_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
#: What before a bare weekday makes it another day than the event's: when the account came out
#: ("said Friday"), a deadline or a day to come ("by Friday", "next Monday").
_NOT_EVENT_WEEKDAY = re.compile(
    r"\b(?:said|says|stated|announced|reported|added|told|by|until|till|before|after|from|since|next|"
    r"coming|following|this|every)\s+(?:on\s+)?$",
    _I,
)


def _on_weekday(sentence: str, anchor: dt.date) -> dt.date | None:
    """The latest day named by "on <Weekday>" (or a bare weekday that is not the day the account came
    out, "said Friday") on or before ``anchor`` (at most six days before)."""
    on = _WEEKDAY.search(sentence)
    while on is not None and _given_another_event(sentence, on.start(1)):
        # another event's weekday ("ahead of the forum to take place on Monday May 22")
        on = _WEEKDAY.search(sentence, on.end())
    bare = next(
        (
            b
            for b in _BARE_WEEKDAY.finditer(sentence)
            if not _NOT_EVENT_WEEKDAY.search(sentence, 0, b.start())
            and not _given_another_event(sentence, b.start())
        ),
        None,
    )
    # a bare weekday before "on <Weekday>" is the event's: "X met here Sunday with Y, who attended the
    # opening on Friday night" (en-ag, a wire's report)
    m = bare if bare is not None and (on is None or bare.start() < on.start()) else on
    if m is None:
        return None
    back = (anchor.weekday() - _WEEKDAYS.index(m.group(1))) % 7
    return anchor - dt.timedelta(days=back)


#: A day of the week told after the opening for the event itself: "In the phone call, which was made
#: Friday, …", "The meeting took place on Monday".
_HELD_ON = re.compile(
    r"\b(?:(?:took\s+place|was\s+(?:held|made|conducted)|were\s+held)\s+(?:(?:on|last)\s+)?"
    # the event told again with its length ("Cho and Kamikawa spoke for over 30 minutes on Tuesday")
    r"|(?:spoke|met|talked)\s+for\s+(?:[\w-]+\s+){1,4}?(?:minutes|hours?)\s+(?:on|last)\s+)(?P<day>"
    + "|".join(_WEEKDAYS)
    + r")\b"
)


#: The event named again as held on a weekday, further down the page: "The meeting held on Monday
#: centred on …", "X held the meeting on Wednesday in his capacity as …", "During the talks, which took
#: place in Delhi on Friday, …". The definite noun ("the meeting") makes it the readout's own event.
_EVENT_NOUN = r"(?:meeting|talks|call|conversation|discussions?|consultations)"
_EVENT_HELD_ON = re.compile(
    r"\b(?:(?i:the|their|this)\s+(?:[\w-]+\s+){0,2}?" + _EVENT_NOUN + r"\b,?\s+(?:which\s+)?"
    r"(?:was\s+|were\s+)?(?:held|took\s+place)"
    r"|\bheld\s+the\s+(?:[\w-]+\s+){0,2}?" + _EVENT_NOUN + r")\b"
    r"(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s+(?:on|last)\s+(?P<day>" + "|".join(_WEEKDAYS) + r")\b"
)


def event_held_on_below(paragraphs: Sequence[str], anchor: dt.date | None) -> EventDate | None:
    """The day of the event from a later sentence that names it again with "the meeting" (talks,
    call …) as held on a weekday, resolved against ``anchor`` (the page's date); None without
    ``anchor`` or such a sentence."""
    if anchor is None:
        return None
    for paragraph in paragraphs:
        m = _EVENT_HELD_ON.search(paragraph)
        if m is not None:
            back = (anchor.weekday() - _WEEKDAYS.index(m.group("day"))) % 7
            return EventDate(anchor - dt.timedelta(days=back), "relative")
    return None


def weekday_told_below(sentences: Sequence[str], anchor: dt.date | None) -> EventDate | None:
    """The day of the event told again below an undated opening with its weekday, in a sentence that
    reports it ("Upon his arrival on Saturday, X was received by his counterpart", below "X has met his
    counterpart as part of his visit" in an agency's report of the next day), resolved against ``anchor``
    (the page's date); a weekday of the account ("the ministry said on Monday") is none. None without
    ``anchor`` or such a sentence."""
    if anchor is None:
        return None
    for sentence in sentences:
        if past_clause(sentence) is None:
            continue
        m = _WEEKDAY.search(sentence)
        front = _FRONTED_EARLIER.match(sentence)
        if m is not None and front is not None and m.start() < front.end():
            # "Following X's call with Z on Monday, Y spoke to W on 14 June": the fronted clause's weekday
            # is the earlier call's, the main clause's own date the event's (fam231: en-bp, uk-fcdo 2011)
            own = _own_date_after(sentence, front.end(), anchor)
            if own is not None:
                return own
        if m is not None and not _NOT_EVENT_WEEKDAY.search(sentence, 0, m.start(1)):
            back = (anchor.weekday() - _WEEKDAYS.index(m.group(1))) % 7
            return EventDate(anchor - dt.timedelta(days=back), "relative")
        # "… met the Foreign Minister at the hotel, yesterday (13)" (en-am, Sri Lanka's President's Media)
        told = _days_back_told(sentence)
        if told and not _ARRIVAL_CLAUSE.search(sentence):  # arrived yesterday, and met on the page's day
            return EventDate(anchor - dt.timedelta(days=told), "relative")
    return None


#: A clause fronted by "Following" or "After", up to its comma: what it tells came before the event.
_FRONTED_EARLIER = re.compile(r"^\W*(?:following|after)\b[^,;.]*,", _I)


def _own_date_after(sentence: str, start: int, anchor: dt.date) -> EventDate | None:
    """The first date after ``start`` in ``sentence``, within a week before ``anchor``: a full date (basis
    ``text``) or a day and month completed by ``anchor`` (``relative``); else None."""
    for found in event_dates(sentence):
        if found.start < start:
            continue
        day = found.date if found.year is not None else _complete(found, [anchor])
        if day is not None and 0 <= (anchor - day).days <= _HELD_DAYS_BEFORE:
            return EventDate(day, "text" if found.year is not None else "relative")
        return None
    return None


def _days_back_told(sentence: str) -> int | None:
    """How many days before the page's date "yesterday" or "the day before yesterday" puts the event a
    sentence tells; None when it says neither, or says it of the account ("said yesterday that"). A
    possessive day ("welcomed yesterday's talks between A and B") names an encounter as a thing the
    sentence speaks of, not the event it tells: none either."""
    for pattern, days_back in ((_DAY_BEFORE, 2), (_YESTERDAY, 1)):
        m = pattern.search(sentence)
        if m is None or _POSSESSIVE_AFTER.match(sentence, m.end()):
            continue
        if not _REPORTED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            return days_back
    return None


#: An apostrophe and "s" right after a day word: "yesterday's".
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def met_after_arrival(opening: str | None, below: Sequence[str], arrived: dt.date | None) -> EventDate | None:
    """The day of the encounter the sentence right after an arrival tells by its own weekday ("Peters
    arrived in Samoa late Thursday night for his visit. He met with Mata'afa on Friday morning in Apia":
    en-x, PINA): the first such weekday on or after the arrival's day ``arrived``, the date the opening
    gave. None when the opening tells no arrival, or the next sentence no encounter on a weekday."""
    if arrived is None or not opening or not _ARRIVAL_CLAUSE.search(opening) or not below:
        return None
    sentence = below[0]
    m = _WEEKDAY.search(sentence)
    if m is None or _ARRIVAL_CLAUSE.search(sentence) or _NOT_EVENT_WEEKDAY.search(sentence, 0, m.start(1)):
        return None
    if past_clause(sentence) is None and not _HOST_MEETS_VISITOR.search(sentence):
        return None
    ahead = (_WEEKDAYS.index(m.group(1)) - arrived.weekday()) % 7
    return EventDate(arrived + dt.timedelta(days=ahead), "relative")


def weekday_in_lead(lead: str, anchor: dt.date | None) -> EventDate | None:
    """The day of the event a news story's lead above the opening gives by "on <Weekday>" ("A and her
    counterpart B on Thursday discussed ways to …" above "At a press briefing following their talks, A
    said …": en-q, News Ghana's copy of MAP; a wire's bare weekday, "A and B agreed Wednesday to …"
    above "During the dialogue in X, A said …": en-ab, Jiji Press), resolved against ``anchor`` (the
    page's date); a weekday of the account ("the ministry said on Monday") is none. ``lead``: the first
    sentence of the body's first paragraph, where the opening is in a later one. None without
    ``anchor`` or such a weekday."""
    if anchor is None or not _ends_prose(lead):
        return None
    m = _WEEKDAY.search(lead) or _BARE_WEEKDAY.search(lead)
    if m is None and not _ARRIVAL_CLAUSE.search(lead):
        # "X called on Y yesterday on the sidelines of …" above "During the meeting, …" (en-ag,
        # Pakistan's MOFA)
        back = _days_back_told(lead)
        return EventDate(anchor - dt.timedelta(days=back), "relative") if back else None
    if m is None or _NOT_EVENT_WEEKDAY.search(lead, 0, m.start()):
        return None
    back = (anchor.weekday() - _WEEKDAYS.index(m.group(1))) % 7
    return EventDate(anchor - dt.timedelta(days=back), "relative")


def date_in_lead(lead: str) -> EventDate | None:
    """The full date a lead sentence above the opening gives its encounter, on a page with no date of
    its own ("A and B held the trade meeting in Northtown on 6th May 2031." above "Mr. X, Minister of
    …, and Mr. Y … co-chaired the meeting."): only where the lead tells an event and the date is not
    another event's. None otherwise."""
    if not _ends_prose(lead) or not has_event_words(lead):
        return None
    found = next((d.date for d in event_dates(lead) if d.year is not None and d.date is not None), None)
    return EventDate(found, "text") if found is not None else None


#: An optional weekday before the date: "The ceremony took place at State House, Accra, on Friday,
#: August 18, 2017".
_WEEKDAY_BEFORE_DATE = r"(?:(?:" + "|".join(_WEEKDAYS) + r")\s*,?\s+)?$"
#: The event named again with its city: "Speaking after the discussion in Dakar on December 19, 2013".
_EVENT_IN_CITY_ON = (
    r"|\b(?:after|following|during|at)\s+the\s+(?:meeting|talks|discussions?|conversation|audience|ceremony)"
    r"\s+in\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}\s+on\s+$"
)
#: What stands before a date after the opening that gives it the event told again: "… the Dialogue
#: held via video link on July 7", "the talks took place on 3 March" (en-n, China's MFA copied); not
#: "the attack conducted by X … on 16 January" (en-n, Pakistan's MFA): the event is named.
_HELD_BEFORE_DATE = re.compile(
    r"\b(?:dialogue|meeting|talks|consultations|conversation|call|session|conference|discussions|summit|round"
    r"|ceremony|audience)\s+(?:(?:was|were)\s+)?(?:held|took\s+place|conducted)\b[^.;:]{0,60}?\s(?:on|of)\s+"
    + _WEEKDAY_BEFORE_DATE
    + _EVENT_IN_CITY_ON,
    _I,
)
#: The same for a page with no date of its own, where no week bounds the date: only the event itself
#: named again with its article ("The ceremony took place at State House, Accra, on Friday, August 18,
#: 2017"; "The event took place at State Lodge in X on November 19, 2031", fam231; "after the discussion
#: in Dakar on December 19, 2013"), not a gathering of its own ("his annual
#: news conference held on December 23, 2021").
_TOLD_AGAIN_BEFORE_DATE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:meeting|talks|discussions?|conversation|call|audience|ceremony|event)\s+"
    r"(?:(?:was|were)\s+)?(?:held|took\s+place)\b[^.;:]{0,60}?\s(?:on|of)\s+"
    + _WEEKDAY_BEFORE_DATE
    + _EVENT_IN_CITY_ON,
    _I,
)
#: How many days before the page's date an event told again after the opening may be: a gathering
#: "held" earlier than that is another one ("the conference held in Strelsau on January 12").
_HELD_DAYS_BEFORE = 7


#: What a sentence of a date alone may hold besides the date: "On", a weekday, commas, a full stop.
_DATE_SENTENCE_REST = re.compile(r"^\W*(?:on\W+)?(?:(?:" + "|".join(_WEEKDAYS) + r")\W*)?$", _I)


def date_sentence(sentence: str) -> EventDate | None:
    """The full date of a sentence that is that date alone ("On Tuesday, May 28, 2024."), written
    right after an opening that gives none: the opening's day (basis ``text``); else None."""
    dates = [d for d in event_dates(sentence) if d.year is not None and d.date is not None]
    if len(dates) != 1:
        return None
    found = dates[0]
    rest = sentence[: found.start] + " " + sentence[found.end :]
    return EventDate(found.date, "text") if _DATE_SENTENCE_REST.match(rest) else None


def held_on(text: str, anchor: dt.date | None) -> EventDate | None:
    """The event's day from a sentence after the opening that says when it "took place" or "was
    made/held", or tells how long the sides spoke ("spoke for over 30 minutes on Tuesday"), by its
    weekday, resolved against ``anchor`` (the publication date), or by a date at most a week before
    ``anchor`` ("held via video link on July 7"); else None. Without ``anchor`` (a page with no date
    of its own) only a full date is read ("after the discussion in Dakar on December 19, 2013")."""
    if anchor is None:
        return _held_on_date(text, None)
    m = _HELD_ON.search(text)
    if m is None:
        return _held_on_date(text, anchor)
    back = (anchor.weekday() - _WEEKDAYS.index(m.group("day"))) % 7
    return EventDate(anchor - dt.timedelta(days=back), "relative")


def _held_on_date(text: str, anchor: dt.date | None) -> EventDate | None:
    """The first date of ``text`` that "held … on" gives the event, within a week before ``anchor``:
    a full date (``text``) or a day and month completed by it (``relative``); without ``anchor``, a
    full date only; else None."""
    before = _HELD_BEFORE_DATE if anchor is not None else _TOLD_AGAIN_BEFORE_DATE
    for found in event_dates(text):
        if not before.search(text, max(0, found.start - 100), found.start):
            continue
        if anchor is None:
            if found.year is not None and found.date is not None:
                return EventDate(found.date, "text")
            continue
        day = found.date if found.year is not None else _complete(found, [anchor])
        if day is not None and 0 <= (anchor - day).days <= _HELD_DAYS_BEFORE:
            return EventDate(day, "text" if found.year is not None else "relative")
    return None


#: What stands right before a date the text gives ANOTHER event, never the readout's own (each row:
#: the words before the date, and an example). The window before a date is bounded, so this is linear.
OTHER_EVENT_DATES: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:scheduled|slated|planned|set|due|expected|postponed|rescheduled)\s+(?:for|on|to)\s+$",
        "discussed the summit scheduled for December 9, 2019",
    ),
    (
        r"\b(?:will|to|would)\s+(?:be\s+)?(?:held|hosted|host|take\s+place|convene|begin|start|open)\b"
        r"[^.;:]{0,60}?\s(?:on|in|from)\s+$",
        "invited him to the conference that he will host in New York on 23 September 2031",
    ),
    (
        r"\b(?:next|upcoming|forthcoming|coming)\s+(?:\w+\s+){0,3}?(?:on|in)\s+$",
        "prepared the upcoming ministerial meeting on 12 March",
    ),
    (
        r"\b(?:attacks?|strikes?|use|bombings?|shootings?|explosions?|elections?|votes?|referendum|"
        r"incident|anniversary|coup|invasion|ceasefire|agreement)\s+(?:on|of)\s+(?:the\s+)?$",
        "condemned the chemical weapons use on April 4th",
    ),
    (
        r"\b(?:since|until|till|ahead\s+of|before|after)\s+$",
        "the fighting that has gone on since March 1, 2031",
    ),
    (
        # an earlier meeting the event follows up (en-e, MercoPress)
        r"\b(?:previous|earlier|prior|follow-?up\s+(?:on|to))\b"
        r"(?:(?!\b(?:met|meets|held|holds|spoke|speaks|talked)\b)[^.;:,]){0,60}?\s(?:on|in)\s+$",
        "a follow-up to the previous gathering in Buenos Aires on Feb. 16",
    ),
    (
        # a gathering the event comes before, or after, set off after the clause that tells the event
        # ("ahead of the summit on 9 December", "on the eve of the summit on", "…, following their
        # meeting in Paris on 1 December"; not a leading "Following the talks on 5 December, …")
        r"(?:\b(?:ahead|eve)\s+of|,\s+(?:following|after))\s+(?:the|an?|their|his|her|its)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:summit|meeting|talks|call|conversation|visit|conference|session|forum|elections?|vote|referendum)\b"
        r"[^.;:]{0,60}?\s(?:on|of|in)\s+$",
        "spoke by phone today ahead of the summit on 9 December",
    ),
    (
        # a document or an office dated by its own act ("the agreement signed on", "elected on")
        r"\b(?:signed|adopted|concluded|ratified|inaugurated|elected|appointed|sworn\s+in|established|founded)"
        r"\s+(?:on|of)\s+$",
        "reviewed the implementation of the agreement signed on 5 May 2030",
    ),
    (
        # an earlier encounter the event recalls ("who last met on", "Recalling their meeting of")
        r"\b(?:last\s+(?:met|spoke|talked)|recall(?:ing|ed)\b[^.;:]{0,40}?\b(?:meeting|talks|visit|call))"
        r"\s+(?:\w+\s+){0,3}?(?:on|of|in)\s+$",
        "Recalling their meeting of 12 February 2031, the ministers spoke by phone",
    ),
    (
        # an earlier gathering the event came after (en-m, Pakistan's Foreign Office: "received a
        # telephone call ... after the successful Gulf Cooperation Council Summit held at Al-Ula ... on")
        r"\b(?:after|following)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:summit|conference|meeting|session|"
        r"forum|congress|elections?)\s+(?:was\s+)?held\b[^.;:]{0,70}?\s(?:on|in)\s+$",
        "called him after the Regional Council Summit held at Strelsau in Ruritania on January 5",
    ),
    (
        # an agency's credit line opening the text: the date the page went out, not the event's
        r"\([^()]{1,60}?\s[-–—]\s*$",
        "Jeddah (Forum News - 13th September, 2021) The Chair received a call",
    ),
)
_OTHER_EVENT_WINDOW = 130

#: What stands right AFTER a date that names another event by it ("the 13 November terrorist
#: attacks", "the 5 May elections"): the date is that event's, never the readout's own.
OTHER_EVENT_AFTER: tuple[tuple[str, str], ...] = (
    (
        r"\s+(?:[a-z]+\s+){0,2}?(?:attacks?|bombings?|shootings?|explosions?|massacres?|elections?|"
        r"earthquakes?|floods?|referendum|tragedy|disaster|crash|coup)\b",
        "presented his condolences to the families of the victims of the 13 November terrorist attacks",
    ),
)


@lru_cache(maxsize=1)
def _other_event_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, _I) for pattern, _example in OTHER_EVENT_DATES)


@lru_cache(maxsize=1)
def _other_event_after() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, _I) for pattern, _example in OTHER_EVENT_AFTER)


#: A weekday written before a date ("to take place on Monday May 22", "scheduled for Tuesday, 20 May"):
#: the words before it give the date to an event.
_WEEKDAY_ENDS = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\s*,?\s+$")


def _given_another_event(text: str, end: int) -> bool:
    """True when the words before ``end`` (a date's or a weekday's start) give what follows to another
    event ("scheduled for", "to take place on"), a weekday right before ``end`` looked past."""
    start = max(0, end - _OTHER_EVENT_WINDOW)
    weekday = _WEEKDAY_ENDS.search(text, start, end)
    ends = (end, weekday.start()) if weekday is not None else (end,)
    return any(p.search(text, start, at) for at in ends for p in _other_event_patterns())


def _of_another_event(text: str, found: DateMatch) -> bool:
    """True when the words before ``found`` give it to another event ("scheduled for", "use on", with
    or without its weekday: "to take place on Monday May 22"), or the words right after it name one
    ("the 13 November attacks")."""
    if _given_another_event(text, found.start):
        return True
    return any(p.match(text, found.end) for p in _other_event_after())


#: A byline right before a date: "By Qatar Day - ", "By Staff Reporter | " (a capital "By": a title's
#: "Visit by President X – 12 March" names the visitor, and its date is the event's).
BYLINE_BEFORE = re.compile(r"\bBy\s+(?:[A-Z][\w.’'-]*\s+){1,4}[-–—|]\s*$")


def event_dates(text: str) -> list[DateMatch]:
    """The dates in ``text`` that may be the event's: those the text gives another event are left out."""
    return [found for found in find_dates(text) if not _of_another_event(text, found)]


def event_date(
    sentence: str | None,
    title: str | None,
    *,
    published: dt.date | None,
    url: str | None = None,
) -> EventDate:
    """The day the event happened, how it was found, and a warning when it could not be told.

    Order: a full date in the opening sentence, then in the title (basis ``text``); a day and month
    in the opening, "today", "yesterday" or "on <Weekday>" resolved against the page's publication
    date or its URL's date (``relative``); else that publication date itself (``published``: the
    body gives no date, and a readout is published the day of its event). A day and month that no
    date on the page completes, or a relative date with nothing to resolve it, stays undated.
    """
    sentence = sentence or ""
    dates = event_dates(sentence)
    title = title or ""
    # a news site's headline line that ends in its byline and date ("… By Qatar Day - August 28,
    # 2021"): the page's date, which the opening's "on Friday" is resolved against
    title_dates = [d for d in event_dates(title) if not BYLINE_BEFORE.search(title, 0, d.start)]
    from_url = url_date(url)
    anchor = published or from_url
    full = _full_event_date(sentence, dates, title_dates, anchor)
    if full is not None:
        return full
    partial = dates[0] if dates else (title_dates[0] if title_dates else None)
    relative = _relative_date(sentence, anchor)
    if partial is not None:
        completed = _completed_date(partial, anchor, from_url)
        # a day and month no page date completes (a meeting still to come: "in the perspective of
        # the Council of December 7" in an opening dated 2 December) leaves "on Wednesday" to date it
        return relative if completed.date is None and relative and relative.date else completed
    if relative is not None:
        return relative
    if anchor is not None and _EARLIER_UNDATED.search(sentence):
        return EventDate(warning="the event was told as earlier than the page's date, with no day")
    if anchor is not None:
        return EventDate(anchor, "published")
    return EventDate(warning="no event date in the text")


#: An opening that tells its event before the page's day without naming that day ("X last week met
#: Y", en-u, Islands Business under a date line): the date line does not date it.
_EARLIER_UNDATED = re.compile(r"\b(?:last|earlier\s+this)\s+(?:week|month)\b", _I)


def _full_event_date(
    sentence: str, dates: list[DateMatch], title_dates: list[DateMatch], anchor: dt.date | None
) -> EventDate | None:
    """The first full date of the opening, then of the title (basis ``text``), unless a page date
    line glued to the opening or a "today" of another day dates the event; None without a full date.
    (A headline's date after a byline, "… By Qatar Day - August 28, 2021", is the page's, not a title
    date: ``core.byline_date``; the opening's weekday then resolves against it.)"""
    if dates and dates[0].year is None and _LEADING_DATE.match(sentence[: dates[0].start]):
        # "On Friday, 29 November, X hosted Y and invited them to the opening on 17 January 2014": the
        # day leading the opening is the event's; a full date after it is another event's
        dates = [d for d in dates if d.year is None]
        title_dates = []
    for found in (*dates, *title_dates):
        if found.year is not None:
            glued = _glued_page_date(sentence, found) if found in dates else None
            if glued is None and found in dates and found.date is not None:
                glued = _today_beats(sentence, found.date, anchor)
            return glued or EventDate(found.date, "text")
    return None


#: The words before a day and month that leads the opening as its adverbial: "On Friday, ", "On ",
#: "Friday, " (not nothing: "May 8: The consultations were held on 07 May 2021" opens with a dateline).
_LEADING_DATE = re.compile(
    r"^\s*(?:on\s+(?:(?:" + "|".join(_WEEKDAYS) + r")\s*,?\s+)?|(?:" + "|".join(_WEEKDAYS) + r")\s*,?\s+)"
    r"(?:the\s+)?$",
    _I,
)


def _completed_date(partial: DateMatch, anchor: dt.date | None, from_url: dt.date | None) -> EventDate:
    """A day and month with no year, completed by the publication date or the URL's (``relative``),
    else undated with a warning."""
    completed = _complete(partial, [anchor]) if anchor else None
    if completed is None and from_url and (from_url.month, from_url.day) == (partial.month, partial.day):
        completed = from_url
    if completed is not None:
        return EventDate(completed, "relative")
    return EventDate(warning="the event's day and month are given without a year; no date set")


#: What before "today" makes it the day the account was given, not the event's ("said today that").
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|stated|announced|reported|added|noted|confirmed|disclosed|revealed|told\s+\w+"
    r"|informed\s+\w+)\s+$",
    _I,
)


def _today_beats(sentence: str, found: dt.date, anchor: dt.date | None) -> EventDate | None:
    """The day "today" or "yesterday" names in an opening that also prints a full date of another day
    ("The leaders, who last met on 5 May 2030 in Paris, spoke by phone today"): the full date is then
    another event's, and the relative day, resolved against the publication date, is the event's.
    None when the sentence says neither, says it of the account ("said today that …"), or the two
    agree within a day (a release dated the morning after)."""
    if anchor is None:
        return None
    for pattern, days_back in ((_TODAY, 0), (_YESTERDAY, 1), (_DAY_BEFORE, 2)):
        m = pattern.search(sentence)
        if m is None or _REPORTED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        day = anchor - dt.timedelta(days=days_back)
        return EventDate(day, "relative") if abs((day - found).days) > 1 else None
    return None


#: What stands before a date the text gives the event ("met on June 7, 2022", "the call of June 7").
_DATE_OF_TEXT = re.compile(r"\b(?:on|of|in|dated|since|from|until|by|for|at)\s+(?:\w+\s+)?$", _I)


def _glued_page_date(sentence: str, found: DateMatch) -> EventDate | None:
    """A page's date line run into the opening ("… Office of the Spokesperson June 7, 2022 Secretary X
    spoke yesterday with …", a page stored as one line): no preposition gives the date to anything, and
    "today", "yesterday" or a weekday after it dates the event against it (``relative``); else None."""
    if found.date is None or _DATE_OF_TEXT.search(sentence, max(0, found.start - 30), found.start):
        return None
    rest = sentence[found.end :]
    relative = _relative_date(rest, found.date)
    if relative is not None:
        return relative
    # "March 31, 2021 (Wire)—On March 30 the leaders held …": the day and month the report gives,
    # dated by the page's date glued before it
    partial = next((d for d in event_dates(rest) if d.year is None), None)
    completed = _complete(partial, [found.date]) if partial is not None else None
    return EventDate(completed, "relative") if completed is not None else None


#: The day a gathering opened, told in a clause on it: "on the sidelines of COP28, which kicked off
#: yesterday" (en-at, The Filipino Times): the gathering's first day, not the encounter's.
_GATHERING_OPENED = re.compile(
    r"\b(?:which|that)\s+(?:has\s+|had\s+)?(?:kicked\s+off|opened|began|begun|started|commenced|"
    r"got\s+under\s*way)\s+(?:[^,;.]{0,40}?\s)?(?:yesterday|today|this\s+(?:morning|afternoon|evening)"
    r"|on\s+(?:" + "|".join(_WEEKDAYS) + r"))\b",
    _I,
)


#: The day of something else told in a relative clause on a noun that is no event: "to express his
#: condolences over the storm that struck the coast yesterday evening" (en-ay, Shafaqna: the call came the
#: next day; the weekday bracketed after it is that day too). The clause's verb follows "which"/"that"
#: at once (not "said that they met yesterday"), and its noun is not the meeting or call itself ("the talks
#: that took place yesterday" date the event).
_OTHER_CLAUSE_DAY = re.compile(
    r"(?<!\bmeeting\s)(?<!\btalks\s)(?<!\bcall\s)(?<!\bconversation\s)(?<!\bdiscussion\s)(?<!\bdiscussions\s)"
    r"(?<!\bvisit\s)(?<!\bconsultations\s)(?<!\bnegotiations\s)(?<!\bsession\s)(?<!\bdialogue\s)"
    r"\b(?:which|that)\s+(?!(?:the|a|an|they|he|she|it|we|both|his|her|their|its|was|were|is|are|has|have|had"
    r"|earlier|later|also|on|last|this|yesterday|today)\b)"
    r"[a-z]+\s+[^,;.()]{0,40}?\b(?:yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?\b"
    # and its weekday in brackets after it: "yesterday evening (Monday)"
    r"(?:\s*\((?:" + "|".join(_WEEKDAYS) + r")\))?",
)
#: Searched behind its first letters' gate (``rules.lead_gated``): its lookbehinds tested there only.
_OTHER_CLAUSE_DAY = lead_gated(_OTHER_CLAUSE_DAY)


def _relative_date(sentence: str, anchor: dt.date | None) -> EventDate | None:
    """ "today", "yesterday", "on Sunday" against ``anchor``; None when the sentence says none of them."""
    sentence = _OTHER_CLAUSE_DAY.sub(" ", _GATHERING_OPENED.sub(" ", _HELD_LATER.sub(" ", sentence)))
    offsets = (
        (_TODAY, 0, "today"),
        (_YESTERDAY, 1, "yesterday"),
        (_DAY_BEFORE, 2, "the day before yesterday"),
    )
    for pattern, days_back, word in offsets:
        if pattern.search(sentence):
            if anchor is None:
                warning = f"the event is dated '{word}' but the page shows no publication date"
                return EventDate(warning=warning)
            return EventDate(anchor - dt.timedelta(days=days_back), "relative")
    if anchor is not None:
        weekday = _on_weekday(sentence, anchor)
        if weekday is not None:
            return EventDate(weekday, "relative")
    return None


# ---------------------------------------------------------------------------------------------
# Location

#: A capital letter, accented ones included ("Élysée", "Łódź", "Škofja Loka").
_CAPITAL = "A-ZÀ-ÖØ-ÞĆČĐŁŃŐŒŘŚŠŰŹŻŽ"
#: A lowercase article joined to the next word by a hyphen belongs to the place: "Sharm el-Sheikh",
#: "Ras al-Khaimah"; "es" joins the words of "Dar es Salaam" (fam231: en-bo, ohhornnews).
_PLACE = (
    rf"(?P<place>[{_CAPITAL}][\w’'.-]*"
    rf"(?:\s+(?:de|del|da|am|upon|es|-|[a-z]{{2}}-)?\s*[{_CAPITAL}][\w’'.-]*){{0,3}})"
)
#: The city named as a capital: "in the capital city of Ulan Bator" (en-o, Berlin Global), "in the
#: Lithuanian capital Vilnius", "in the capital, Tripoli", "in the capital of Ukraine, Kyiv"; skipped, so
#: that the city after it is read. A port, city, town or resort named so is read alike: "in the South
#: Korean port of Busan" (en-t, Vietnam.vn), "in the Chinese city of Xiamen"; a state's capital named by
#: the state's possessive too: "in Ethiopia's capital, Addis Ababa" (en-af, Gulf News Journal), or by the
#: country's: "in the nation's capital, Abu Dhabi" (fam231: en-bo, Horn Diplomat).
_CAPITAL_OF = (
    rf"(?:(?:[{_CAPITAL}][\w-]+(?:[’']s)?\s+|(?:nation|country)[’']s\s+){{0,2}}(?:capital(?:\s+city)?"
    rf"(?:\s+of\s+(?:the\s+)?[{_CAPITAL}][\w-]+(?:\s+[{_CAPITAL}][\w-]+){{0,2}},|\s+of)?"
    # "the Kyrgyz resort city of Cholpon-Ata" (en-ad, News.tj), "the port city of X"
    rf"|(?:(?:resort|port|border|coastal|historic|ancient|mountain|seaside)\s+)?(?:port|city|town|resort)\s+of"
    # a city named by its kind without "of" after a people's or a place's word: "in the Colombian border
    # city Cucuta" (en-aa, Colombia Reports), "the Chinese port city Xiamen"
    rf"|(?:(?:border|port|coastal|northern|southern|eastern|western|central)\s+)?(?:city|town)(?=\s+[{_CAPITAL}])"
    # a city named with its quarter's word: "in downtown Lima", "in central Northport"
    rf"|(?:downtown|central)(?=\s+[{_CAPITAL}]))"
    rf"(?:,?\s+|\s+[-–—]\s+)(?=[{_CAPITAL}]))?"
)
#: "in Valletta"; a guest "visiting Cape Town" or "on a (working) visit to Kyiv" ("on her working and
#: informal visit to Ljubljana", en-r, STA) is met there. A
#: guest styled after "visiting" ("received … visiting H.E. John Key") is a person, not a place.
_IN_PLACE = re.compile(
    rf"\b(?:in|(?<!the )visiting(?!\s+(?:H\.\s?E\b|HE\b|His\b|Her\b|Mr\.?\s|Mrs\.?\s|Ms\.?\s|Dr\.?\s))"
    rf"|on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?visit\s+to)\s+(?:the\s+)?{_CAPITAL_OF}{_PLACE}"
)
#: A place opening the sentence, set off by a comma or followed by the day: "In New York on 25 September, X
#: met Y" (fam191: en-bb, the EU's trade pages), "In Lindoro, X met Y".
_OPENING_IN_PLACE = re.compile(
    rf"^\s*In\s+(?:the\s+)?{_CAPITAL_OF}{_PLACE}(?=\s*,|\s+(?:on|this|last|yesterday|today)\b)"
)
#: What a city's written name may go on with after a comma ("in Washington, D.C."): kept as written.
_CITY_SUFFIX = re.compile(r",\s*D\.\s?C\.|,?\s+DC\b")
_AT_PLACE = re.compile(rf"\bat\s+(?:the\s+)?{_PLACE}")
#: The destination of a visit: "visited Abuja", "a visit to Colombo", "travelled to Kyiv".
_TO_PLACE = re.compile(
    rf"\b(?:(?i:visited|visit\s+to|trav(?:el|ell)ed\s+to|arrived\s+in|trip\s+to))\s+(?:the\s+)?{_CAPITAL_OF}{_PLACE}"
)
#: A meeting held during a guest's visit, in the city visited: "met X, during his visit to Brussels"
#: (en-k, Belgium's FPS Foreign Affairs), or one that closed or opened it ("wrapped up her visit to
#: Washington, D.C. today by meeting with …", en-p), or one held "upon his visit to Beijing … to attend
#: the APEC Ministerial Meeting" (en-r, Japan's MOFA). Read after "in" and "at": "during his visit to Y,
#: in Z" is in Z.
#: A trip "to the Zaporizhzhia region" names no city (bulk, Ukraine's presidency).
_DURING_VISIT = re.compile(
    # or on one of its days: "On the second and last day of his work visit to Vienna, X had a meeting …"
    rf"\b(?i:during|upon|in\s+the\s+course\s+of|wrapped\s+up|concluded|ended|capped|began|started"
    r"|on\s+the\s+(?:[\w-]+\s+){1,3}?day\s+of"
    # or at its end or start: "At the end of a two-day visit to Tbilisi, X met Y" (fam231: en-br, PanARMENIAN)
    r"|at\s+the\s+(?:end|close|conclusion|start|beginning|outset)\s+of)\s+"
    rf"(?i:his|her|their|the|an?)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?i:visit|trip)\s+to\s+(?:the\s+)?(?>{_PLACE})"
    r"(?!\s+(?i:region|oblast|province|district|county|area|governorate)\b)"
)
#: The host's welcome of the guest to his city: "whom he welcomed to Northport for the Minister's first
#: official visit", "welcomed the Prime Minister to Northport" (fam214: en-bh, State's Blinken–Lapid). A
#: country after "to" names no city and sets nothing.
_WELCOMED_TO = re.compile(
    rf"\b(?i:welcomed)\s+(?:(?:him|her|them|[{_CAPITAL}][\w.’'-]*|the|of|and)\s+){{0,8}}?to\s+{_PLACE}"
)
_NOT_PLACE_BEFORE = re.compile(
    r"(?:situation|crisis|conflict|war|issues?|developments?|peace|security|stability|events|efforts|"
    r"interests?|people|cooperation|relations|presence|role)\s+$",
)
_NOT_PLACE_WORDS = _wordset(
    """
    January February March April May June July August September October November December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday Request Initiative Invitation Phone Telephone
    """
)


#: Last words of a gathering's name ("the NATO Summit", "the Annual Meeting"): an event, no place; the
#: city after it is the place ("in the NATO Summit in Madrid": en-i, Agerpres).
_GATHERING_WORDS = _wordset(
    """
    Summit Summits Conference Forum Session Assembly Congress Dialogue Meeting Meetings Games Olympics
    G7 G8 G20 Talks Consultations Negotiations Discussions
    """
)


#: Continents and world regions: "few other countries in Europe" names no place of the event. The
#: labels of ``languages/en/world_regions.toml``, one row per region as written.
_REGIONS = frozenset(_table("world_regions.toml").labels())


def region_named(text: str) -> str | None:
    """The longest world region ``text`` names (a ``world_regions.toml`` label: "Southeast Asia" in
    "… in Southeast Asia"), None when it names none; the probe of that table."""
    found = [label for pattern, label in _table("world_regions.toml").compiled() if pattern.search(text)]
    return max(found, key=len, default=None)


#: Last words of a building's or a compound's name: a venue, which a city in the same sentence beats. "the
#: Pentagon" is a building's whole name (fam231: en-br, "held talks … in the Pentagon" under a dateline).
_BUILDING_WORDS = _wordset(
    """
    Palace House Hall Castle Residence Guesthouse Building Chancellery Kremlin Office Centre Center
    Hotel Villa Street Mansion Lodge Pavilion Complex Headquarters Secretariat Ministry Opera Theatre
    Theater Museum Stadium Arena Barracks Department Directorate Pentagon
    """
)
#: First words of a building's or a compound's name: "Villa Roma", "Camp X", "Muaskar X" (an Omani
#: military camp: en-as, Oman Observer, "at the headquarters of the Ministry of Defence in Muaskar …").
_BUILDING_FIRST = ("Villa", "Casa", "Schloss", "Camp", "Muaskar")


def _is_building(place: str) -> bool:
    words = place.split()
    return bool(words) and (words[-1] in _BUILDING_WORDS or words[0] in _BUILDING_FIRST)


#: Building words that only ever end a building's name, which a city may follow with no comma ("State House
#: Entebbe"); "Villa Roma", "Hotel Continental", "Centre Pompidou" open one.
_NAME_END_BUILDINGS = ("House", "Palace", "Hall", "Castle", "Residence", "Guesthouse", "Lodge", "Mansion")


#: A named building and its city after a comma, a hyphen or a space ("at State House, Nairobi", "at State
#: House-Entebbe", "at the UN headquarters, New York": en-z, China's MFA; "at State House Entebbe": en-af,
#: two Ugandan pages): the city is the place, unless it is a room or a part of the building
#: (``_is_venue``: "at the White House Rose Garden").
_BUILDING_CITY = re.compile(
    rf"\bat\s+(?:the\s+)?(?:[{_CAPITAL}][\w’'-]*\s+){{0,3}}(?:{'|'.join(sorted(_BUILDING_WORDS))}|headquarters)"
    rf"(?:,\s+|\s?[-–]\s?|(?:{'|'.join(f'(?<={w})' for w in _NAME_END_BUILDINGS)})\s+){_PLACE}"
)
#: Last words of a room's or a part's name in a building: no city after the building's name.
_ROOM_WORDS = _wordset("Garden Gardens Room Lawn Wing Suite Chamber Courtyard Library Auditorium Terrace")


def _is_venue(place: str) -> bool:
    """True for a building's or a room's name ("Rose Garden", "Oval Office"): no city after a building."""
    return _is_building(place) or place.rsplit(maxsplit=1)[-1] in _ROOM_WORDS


#: An opening that places the event away from home (a trip, a summit): the dateline then says where the
#: release was written, not where the meeting was. A meeting "on the sidelines of" a session is not
#: told so: a release dated where the session sits was written there ("New York : X met Y on the
#: sidelines of the General Assembly", en-f; on en-a..en-q no dateline of a sidelines meeting is home).
_AWAY = re.compile(
    r"\bvisit(?:s|ing|ed)?\b|\btrip\b|\btour\b|\btrav(?:el|ell)(?:ed|ing)\b"
    r"|\b(?-i:abroad)\b|\bsummit\b|\bconference\b|\bforum\b",  # "Abroad" in an office's name is no trip
    _I,
)


#: A guest's visit to the host ("who paid him a farewell visit"): the host is at home, where the
#: dateline was written.
_GUEST_VISIT = re.compile(r"\bpaid\s+(?:him|her|them)\s+an?\s+(?:[\w-]+\s+){0,2}visit\b", _I)
#: A visit paid to someone, not somewhere: "paid a (courtesy) visit to Chief of Army Staff X" (a call on
#: the host at home, where the dateline was written), when a title or a style follows "to".
_VISIT_TO_WHOM = re.compile(
    r"\bpaid\s+an?\s+(?:[\w-]+\s+){0,2}visit\s+to\s+(?:the\s+)?(?P<next>[\w.’'-]+)", _I
)


#: A visit to a building ("visited Headquarters of the Northern Army and met …", "visited the Ministry of
#: Defence"): a call on an office where the dateline was written, no trip (fam209: en-ah, a BEIJING
#: dateline over "visited Headquarters of People's Liberation Army"). A seat of government named so ("visited
#: the White House") is read as its city elsewhere and kept.
_VISITED_BUILDING = re.compile(
    rf"\bvisit(?:s|ed|ing)?\s+(?:the\s+)?(?P<what>(?:[{_CAPITAL}][\w’'-]*\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(_BUILDING_WORDS))})\b(?:\s+of(?:\s+the)?(?:\s+[{_CAPITAL}][\w’'-]*){{1,4}})?)"
)


def _without_guest_visits(sentence: str) -> str:
    """``sentence`` without its guest's visits to the host (``_GUEST_VISIT``, ``_VISIT_TO_WHOM``) and its
    visits to a building (``_VISITED_BUILDING``)."""
    sentence = _VISITED_BUILDING.sub(lambda m: m.group(0) if city_of_seat(m["what"]) else "", sentence)
    return _VISIT_TO_WHOM.sub(
        lambda m: "" if is_title_word(m["next"]) or m["next"].rstrip(".") in _NAME_STYLES else m.group(0),
        _GUEST_VISIT.sub("", sentence),
    )


def _dateline_city(place: str | None) -> str | None:
    """The city of a dateline ("ISLAMABAD" → "Islamabad", "Washington, DC" → "Washington"); None for
    a country or a name that is no place."""
    if not place:
        return None
    city = place.split(",")[0].strip()
    if city and country_from_name(city) and (seat := city_of_seat(city)) is not None:
        return seat  # "SINGAPORE:", "Luxembourg, 3 May": a state that is its own city
    if not city or country_from_name(city) or is_title_word(city.split()[0]):
        return None
    if city.title() in _REGIONS or city in _REGIONS:
        return None  # "Africa" over the date line: a section's name, no city
    if city.isupper() and len(city) <= 4:
        # "MOFA, Seoul": an office's acronym, not a city.
        return None
    if city.isupper():
        city = " ".join(w.capitalize() for w in city.split())
    return city


#: A dateline in capitals closed by a colon opening the sentence: "KUALA LUMPUR: Prime Minister X paid a
#: courtesy call ..." (en-k, Bernama). A colon after words in Title Case is a label far more often ("Photo:",
#: "Source:"), so only capitals are read, and the speakers' and editors' labels of the set below are not.
_CAPS_COLON = re.compile(r"^\s*(?P<place>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2})\s?:\s+(?=[A-Z])")
_CAPS_LABELS = _wordset(
    """
    QUESTION ANSWER MODERATOR PARTICIPANT OFFICIAL SPEAKER PRESS NOTE NOTES PHOTO PHOTOS VIDEO WATCH READ
    UPDATE UPDATED BREAKING EXCLUSIVE SOURCE SOURCES EDITOR EDITORS RELATED ALSO MORE THE READOUT STATEMENT
    TRANSCRIPT REMARKS MEDIA CONTACT ADVISORY
    """
)


def colon_dateline_place(sentence: str) -> str | None:
    """The city of a dateline in capitals closed by a colon at the start of ``sentence`` ("KUALA LUMPUR:
    ..." → "Kuala Lumpur"), or None; a label ("QUESTION:", "PHOTO:") or a country is no city."""
    m = _CAPS_COLON.match(sentence) or _SPACED_COLON.match(sentence)
    if m is None:
        capital = _CAPITAL_COLON.match(sentence)
        # any city, where the sentence tells the event as held "here" ("Northtown: X called on Y at the
        # State House here": fam191, en-bd); otherwise only a state's capital
        here = capital is not None and _HERE.search(sentence) is not None
        return (
            capital.group("place")
            if capital and (here or country_of_capital(capital.group("place")))
            else None
        )
    if any(word.upper() in _CAPS_LABELS for word in m.group("place").split()):
        return None
    return _dateline_city(m.group("place"))


#: A capital city in Title Case closed by a colon, perhaps after a release's dashed labels: "New Delhi:
#: The Minister met …" (in-mea), "Press Release – State House – Banjul: President X received …" (en-y, the
#: Gambia's State House), the colon perhaps glued to the next word ("Northport:The envoy called on …",
#: fam225: en-bn). Only a state's capital is read (``country_of_capital``): "Source:", "Photo:" and the
#: other labels in Title Case name none.
_CAPITAL_COLON = re.compile(
    r"^\s*(?:[^:.]{0,60}?\s[-–—|]\s+)?(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):\s*(?=[A-Z])"
)


#: A state's capital opening a paragraph, closed by a comma, a colon, a full stop (perhaps with a dash:
#: ".-"), a spaced dash or a slash, before a capitalised word: the dateline of a news agency's lead ("Doha, HE
#: the Minister met …", en-ak; "Moscow.- Russian Foreign Minister …", "Dar es Salaam. The President …", en-aj;
#: "Ankara/ Information Office/ 26 February 2015/ The Minister met here today …", fam191: en-bb).
_CAPITAL_LEAD = re.compile(
    r"^\s*(?P<place>[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,2})"
    r"(?:\s*[,:]|\.(?:\s*[-–—])?|\s+[-–—]|\s*/)\s+(?P<next>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)


def capital_dateline_place(paragraph: str) -> str | None:
    """The state's capital that opens ``paragraph`` as its dateline ("Lisbon, The Minister …" →
    "Lisbon"), or None; a capital before another state's name or capital ("Lisbon, Madrid and Rome
    signed …", "Lisbon, Portugal's partners …") is the subject of a list, not a dateline."""
    m = _CAPITAL_LEAD.match(paragraph)
    if m is None or country_of_capital(m.group("place")) is None:
        return None
    following = m.group("next")
    words = (following, following.split()[0])
    if any(country_of_capital(w) or country_from_name(re.sub(r"[’']s$", "", w)) for w in words):
        return None
    return m.group("place")


#: A dateline in Title Case whose colon stands apart from it: "New York : Dr. X, the Minister of Foreign
#: Affairs, met …" (en-f, Bahrain's MFA via a news site). The space before the colon sets it off from a
#: label ("Source:"); the labels of ``_CAPS_LABELS`` are still no place.
_SPACED_COLON = re.compile(r"^\s*(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s+:\s+(?=[A-Z])")


#: The rest of a state's formal name after its first words ("Republic" + " of Ghana").
_OF_NAME = re.compile(rf"\s+of\s+(?:the\s+)?{_PLACE}")


#: The rest of a state's two-part name after its first part ("St Kitts" + " and Nevis").
_AND_NAME = re.compile(rf"\s+and\s+{_PLACE}")


def _country_of(place: str, sentence: str, end: int) -> bool:
    """Whether ``place`` opens a country's formal name ("the Republic of Ghana", "the Kingdom of Tonga")
    or its two-part name ("Trinidad and Tobago", "St Kitts and Nevis")."""
    rest = _OF_NAME.match(sentence, end)
    if rest is not None and country_from_name(f"{place} of {rest.group('place')}") is not None:
        return True
    pair = _AND_NAME.match(sentence, end)
    return pair is not None and country_from_name(f"{place} and {pair.group('place')}") is not None


#: A principal's journey told in a lead: "on the first day of the minister's tour of the region", "during
#: her trip to the Gulf". A visit is not read so: a guest "visiting" the dateline's city was met there.
_JOURNEY = re.compile(
    r"\b(?:tour|trip|journey)\s+(?:of|to|through)\b|\btrav(?:el|ell)(?:ed|ing|s)\s+to\b", _I
)


def tells_trip(text: str) -> bool:
    """True when ``text`` tells a principal's journey ("on the first day of the minister's tour of the
    region"), not one that came "here": the encounter it tells was held away from its dateline."""
    return _JOURNEY.search(text) is not None and _HERE.search(text) is None


def event_location(
    sentence: str | None, kind: EventKind, *, dateline: str | None = None, travelling: bool = False
) -> str | None:
    """Where a meeting, talks or visit took place ("in Valletta", "at Villa Roma"); None for calls.

    The location is a city: a country alone ("who is visiting Ruritania") says where the guest
    travelled, not where the meeting was, and gives None; so does a venue alone ("at Hofdi house",
    "at the Peace Palace"). "in" is preferred to "at" ("at the Royal Palace in Oslo" → "Oslo"); for a
    visit, its destination comes first. A seat of government gives its city ("in the Kremlin" →
    "Moscow"; the language pack keeps it only where the page writes that city), and a city beats a
    building. A
    meeting or talks whose opening names no city took place where the dateline was written
    ("Islamabad, 4 May 2025: X called on the Prime Minister at his office today"); and, where the
    publisher dates its pages where the principal is (``travelling``: ``Profile.dateline_travels``),
    one at a summit or on a trip too.
    """
    if not sentence or kind not in _PLACED_KINDS:
        return None
    cities, abroad = _cities(sentence, kind)
    city = next((c for c in cities if not _is_building(c)), None)
    if city is not None:
        return city
    if kind is EventKind.VISIT:
        # "ASTANA. X thanked the President for his reception during his visit to Kazakhstan": the capital
        # of the country visited, where the dateline was written (fam209: en-ai)
        home = _dateline_city(dateline)
        return home if home is not None and _visited_home(sentence, home, dateline or "") else None
    if (named := _city_of_named_meeting(sentence)) is not None:
        return named
    home = _dateline_city(dateline)
    if home is not None and _visited_home(sentence, home, dateline or ""):
        return home  # "X met Y, who is on an official visit to Ruritania" under "RURITOWN, …"
    away = _AWAY.search(_without_guest_visits(sentence)) and not _HERE.search(sentence)
    if not abroad and (travelling or not away):
        return _with_district(home, dateline or "")
    return None


#: The district a dateline writes after its city: "Washington, DC -", "WASHINGTON, D.C., May 3".
_DATELINE_DISTRICT = re.compile(r"^(?P<city>[^,]+?)(?P<district>,\s*D\.\s?C\.|,?\s+DC)(?=\s*(?:,|$))")


def _with_district(city: str | None, dateline: str) -> str | None:
    """The dateline's city with the district the dateline writes after it ("Washington, DC"), as
    written (CONVENTIONS.md, fam125: the place as the page writes it, district included)."""
    m = _DATELINE_DISTRICT.match(dateline.strip())
    if city is None or m is None or m.group("city").strip().lower() != city.lower():
        return city
    return city + m.group("district")


#: A capital named by its people's word alone: "met in the Iraqi capital on Sunday" (en-as, Kurdistan 24), or
#: as where the guest came: "who is currently on a visit to the Singaporean capital" (fam225: en-bn).
#: A name after it ("the Lithuanian capital Vilnius", "the Iraqi capital of Baghdad") is read by
#: ``_CAPITAL_OF``.
_PEOPLE_CAPITAL = re.compile(
    rf"\b(?:in|visit\s+to)\s+the\s+(?P<people>[{_CAPITAL}][\w-]+)\s+capital\b(?!\s+(?:city\s+)?(?:of\s+)?[{_CAPITAL}])"
)


def capital_by_people(sentence: str | None, kind: EventKind) -> str | None:
    """The capital the sentence names by its people's word ("in the Iraqi capital" → "Baghdad"), as the
    English pack first writes it, or None (also for a call). The page must write that name too: the
    language pack reads this only where nothing else places the event, and keeps a city it writes."""
    if not sentence or kind not in _PLACED_KINDS:
        return None
    m = _PEOPLE_CAPITAL.search(sentence)
    code = country_from_demonym(m.group("people")) if m else None
    names = capital_names(code) if code else ()
    return names[0] if names else None


#: The event told as held "here", where the dateline was written: "X and visiting Y agreed here Tuesday
#: to …", "the two met here on Monday" (agency copy under "Place [Country], Mon D (Wire):"): a visit the
#: sentence names is the guest's, to the dateline's place. A gathering named by its capitalised name as
#: "here" places its margins there too: "on the sidelines of the Harbour Forum Special Meeting here today"
#: (en-ay, Malay Mail under "RIYADH, April 29 —").
_HERE = re.compile(
    r"\b(?:[a-z]{2,}ed|met|held|spoke|talks|meeting|[A-Z]\w*\s+(?i:meeting|summit|forum|conference|session)"
    # a building named as "here": "called on the Governor at the Raj Bhavan here" (fam191: en-bd)
    r"|at\s+the\s+(?:[A-Z][\w’'-]*\s+){1,4}?(?:[A-Z][\w’'-]*))"
    r"\s+here\b"
)


#: The country a sentence names as a visit's destination or as where someone is: "who is on his visit
#: to Ruritania", "who visited Ruritania to attend …", "in the Republic of Ruritania".
_VISITED_COUNTRY = re.compile(
    rf"\b(?:visit(?:s|ing|ed)?\s+(?:to\s+)?|in\s+)(?:the\s+)?(?:(?:[\w-]+\s+){{0,4}}?of\s+(?:the\s+)?)?{_PLACE}"
)


#: A guest's stay in the host's country named by a common noun ("who is visiting the country", "during his
#: visit to the Kingdom"): the country of the dateline's capital (en-ak, Qatar's press).
_VISITING_HOST = re.compile(
    r"\bvisit(?:s|ing|ed)?\s+(?:to\s+)?the\s+(?:country|kingdom|state|emirate|sultanate)\b", _I
)


#: A gathering named after its city that the principal attends: "who is participating in the Munich Security
#: Conference" (en-o), "to attend the Beijing Summit of …" (en-v), "met on the margins of the Munich Security
#: Conference" (en-z, State), also opening the sentence ("On the sidelines of the Munich Security Conference,
#: X met Y", en-ba eume). Only a security or strategic gathering ("on the margins of the Lakeside Strategic
#: Forum", fam209: en-az) or a state's capital is read as a city there: "the Pacific Islands Forum", "the
#: Global Education Summit" name none. Taking part in one places it too, its article perhaps dropped ("who is
#: taking part in Munich Security Conference", fam209: en-as). A capital's gathering may carry a name of its
#: own between the city and its kind ("on the sidelines of the Tbilisi Silk Road Forum", fam231: en-br).
_CITY_NAMED_MEETING = re.compile(
    r"\b(?:participat(?:es|ed|ing|e)\s+in|(?:tak(?:es|ing|e|en)|took)\s+part\s+in|attend(?:s|ed|ing)?|at"
    r"|[Oo]n\s+the\s+(?:sidelines|margins|fringes)\s+of)"
    r"\s+(?:the\s+)?"
    r"(?P<city>[A-Z][a-z]+)\s+(?P<what>(?:Security|Strategic)\s+(?:Conference|Forum)"
    r"|(?:[A-Z][a-z]+\s+){0,2}?(?:Summit|Conference|Forum))\b"
)


#: Words opening a gathering's name that name no town: "the Global Strategic Forum", "the Annual Security
#: Conference" (fam209).
_GATHERING_QUALIFIERS = _wordset(
    """
    Global International Annual World Regional National Joint Ministerial Youth Economic Strategic Security
    Defence Defense Maritime Cyber High Special
    """
)


def _city_of_named_meeting(sentence: str) -> str | None:
    """The city a gathering the sentence names is named after ("the Munich Security Conference" → "Munich"),
    or None."""
    for m in _CITY_NAMED_MEETING.finditer(sentence):
        city = m.group("city")
        if (
            m.group("what").startswith(("Security", "Strategic"))
            and city not in _GATHERING_QUALIFIERS
            and city not in _REGIONS
            and not country_from_name(city)
            and not country_from_demonym(city)
        ):
            return city
        if country_of_capital(city):
            return city
    return None


def _visited_home(sentence: str, city: str, dateline: str) -> bool:
    """True when the dateline's ``city`` is the capital of the country the sentence says was visited
    (or is where the event was), or the dateline names that country after the city ("THIMPU, Velor":
    "met Sunday in Velor"): the meeting was where the release was written. A city the dateline names
    alone is read only as a capital: a city elsewhere in the country says nothing of where it was."""
    after = dateline.split(",")[1].strip() if dateline.count(",") == 1 else ""
    country = country_of_capital(city) or (country_from_name(after) if after else None)
    if country is None:
        return False
    if country_of_capital(city) and _VISITING_HOST.search(sentence):
        return True  # "met today with X, who is visiting the country" under its capital's dateline
    places = (m.group("place") for m in _VISITED_COUNTRY.finditer(sentence))
    return any(country_from_name(place) == country for place in places)


#: A venue told after the opening: "The audience took place at the Headquarters in Addis Ababa".
#: Told in the present too: "The meeting is taking place on the sidelines of the 78th UN General Assembly
#: in New York" (en-s, a news site on Russia's MFA); the city perhaps named as a capital or by its quarter:
#: "takes place at the ministry's headquarters in downtown Lima" (fam225: en-bl, Andina).
_HELD_IN = re.compile(
    r"(?:\b(?:took\s+place|was\s+held|were\s+held|(?:is|are)\s+(?:taking\s+place|being\s+held)|takes\s+place)"
    # the meeting's noun and a participle: "The first bilateral meeting between the two held in London
    # focussed on …" (en-ac, DCI Contracts)
    r"|\b(?:meeting|talks|consultations)\s+(?:between\s+(?:the\s+two|[^.;,]{1,40}?)\s+)?held"
    rf"|,\s+held)\b[^.;]{{0,80}}?\bin\s+(?:the\s+)?{_CAPITAL_OF}{_PLACE}"
)
#: The event held at a locality set in a country's subdivision: "the meeting that took place at Orlava in
#: Veskini Parish" (fam197: en-az, Latvia's MFA); read before ``_HELD_IN``, which passes the subdivision over.
_HELD_AT_LOCALITY = re.compile(
    rf"\b(?:took\s+place|was\s+held|were\s+held)\s+at\s+{_PLACE}"
    rf"(?=\s+in\s+(?:[{_CAPITAL}][\w’'-]*\s+){{1,3}}(?:Parish|District|County|Municipality)\b)"
)
#: The guest's stay, told after the opening: "Minister Song is visiting Singapore at the invitation of …"
#: (en-e, Singapore's MFA): the guest was met in the city visited.
_VISITING = re.compile(rf"\b(?:is|are)\s+(?:currently\s+)?visiting\s+(?:the\s+)?{_PLACE}")
#: The guests' stay told as their presence: "President X and delegation are in Brazzaville to attend the
#: inauguration" (en-k, Liberia's government); a country there ("is in Velor for talks") names no city. The
#: city may be named as its state's capital: "Leaders of the bloc are in the Velorian capital of Northport
#: for the events", below a meeting on that gathering's sidelines (en-at, The Straits Times). Told in the
#: past too: "Both were in London for the State Funeral" (en-bf, Canada's PM), "Y was in Athens for a
#: trilateral meeting" (en-bf, iefimerida), below an opening that names no city.
_STAYING_IN = re.compile(
    rf"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+|also\s+)?in\s+(?:the\s+)?{_CAPITAL_OF}{_PLACE}"
    rf"(?=,?\s+(?:to\s+[a-z]|for\s+(?:the|an?|talks)\b))"
)

#: The guest's arrival told after the opening, with what the guest came for: "Brnabic arrived in Zagreb
#: to attend the Assembly" (en-aa, N1 Info), as "is in Brazzaville to attend" tells the stay.
_ARRIVED_IN = re.compile(
    rf"\barrived\s+in\s+(?:the\s+)?{_CAPITAL_OF}{_PLACE}(?=,?\s+(?:to\s+[a-z]|for\s+(?:the|an?|talks)\b))"
)

#: A venue and its city told after the opening: "The ceremony took place at the Flagstaff House, Accra,
#: Ghana" (en-o, New Mail): the city after the building's name.
_HELD_AT_BUILDING = re.compile(
    rf"(?:\b(?:took\s+place|was\s+held|were\s+held)|,\s+held)\s+(?:[^.;]{{0,40}}?\s)?{_BUILDING_CITY.pattern}"
)
#: The event named again with its city: "Speaking to the press after the discussion in Dakar on …"
#: (en-n, Living in Rwanda), "following their talks in the Moroccan capital Rabat" (en-q, News Ghana).
_AFTER_EVENT_IN = re.compile(
    rf"\b(?i:after|following|during)\s+(?i:the|their)\s+(?i:meeting|talks|discussions?|conversation|audience)\s+in\s+"
    rf"(?:the\s+)?{_CAPITAL_OF}{_PLACE}"
)


#: A day of the guest's stay told in its city: "On his first day in Bogota, Minister X had a meeting with …"
#: (en-j, Türkiye's MFA, below "visited Colombia on 26-27 April"), "During her stay in Y", "While in Y".
_STAY_IN = re.compile(
    rf"\b(?i:(?:on|during)\s+(?:his|her|their)\s+(?:(?:first|second|third|last|final|two-day|three-day)\s+)?"
    rf"(?:day|stay|visit)|while)\s+in\s+(?:the\s+)?{_PLACE}"
)


#: The encounter retold with its city: "X, met with Y, on the margins of the … Meeting in Suva, Fiji" (en-t,
#: Solomon Islands' MFA) or "A and B on Thursday hold talks in Phnom Penh" (en-s, TASS via Big Asia),
#: below a one-sentence opening ("Foreign Minister X meets with Y.") that names no place.
_RETOLD_IN = re.compile(
    r"\b(?:met|meets?|(?:held|holds?)\s+(?:talks|an?\s+(?:[\w-]+\s+)?meeting|discussions))\b"
    rf"[^.;]{{0,200}}?\bin\s+(?:the\s+)?{_CAPITAL_OF}{_PLACE}"
)


#: The encounter placed at a gathering's city: "X met Y on the sidelines of the Defence Ministers' Meeting in
#: Northport, Velor", "During the meeting on the margins of the Dialogue in Y". A sentence that tells
#: another meeting ("the meeting between A and B on the sidelines of …", one held "weeks after" another)
#: is passed over.
_SIDELINES_IN = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+[^.;]{0,120}?\bin\s+(?:the\s+)?"
    rf"{_CAPITAL_OF}{_PLACE}"
)
_SIDELINES_ENCOUNTER = re.compile(r"\b(?:met|meets?|meeting|talks|discussions|exchanged\s+views)\b", _I)
_ANOTHER_ENCOUNTER = re.compile(
    r"\b(?:between|after|follow(?:s|ed|ing)|heels|earlier|previous|last|will|to\s+be|ahead)\b", _I
)
#: How many paragraphs from the opening's a gathering's city is read in.
_SIDELINES_PARAGRAPHS = 3


#: The encounter placed on a gathering's sidelines, with no city in that sentence: "X met Y on the sidelines
#: of the Ninth Speakers' Summit (P20)".
_SIDELINES_OF = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+(?:the\s+)?[A-Z]")
#: The gathering named again in a later sentence with its city: "The summit was hosted by the Parliament of
#: Velor in cooperation with the Union in Northport under the theme …" (fam191: en-bd, a wire's copy).
_GATHERING_HOSTED_IN = re.compile(
    r"^\s*(?:The|This)\s+(?i:summit|conference|forum|meeting|session|assembly|gathering)\s+"
    r"(?:was|is|were|had\s+been)\s+(?:being\s+)?(?:hosted|held|organi[sz]ed|convened)\b[^.;]{0,120}?"
    rf"\bin\s+(?:the\s+)?{_CAPITAL_OF}{_PLACE}"
)


def sidelines_city(paragraphs: Sequence[str], kind: EventKind) -> str | None:
    """The city of the gathering on whose sidelines the encounter was held, told in the opening's
    paragraph or the next two ("Dr X met Mr Y on the sidelines of the Ministers' Meeting in Northport"):
    every development page that says so of its own encounter has that city as its location, also where
    a later sentence names the gathering again as hosted in it ("The summit was hosted … in Northport").
    None for a call, a country, or a sentence that tells another meeting or a meeting still to come."""
    if kind not in _PLACED_KINDS:
        return None
    pending = False  # the encounter was on a gathering's sidelines that named no city
    for paragraph in paragraphs[:_SIDELINES_PARAGRAPHS]:
        for _, sentence in split_sentences(paragraph):
            if pending and (hosted := _first_city(sentence, (_GATHERING_HOSTED_IN,))) is not None:
                return hosted
            m = _SIDELINES_IN.search(sentence)
            if m is None:
                side = _SIDELINES_OF.search(sentence)
                before = sentence[: side.start()] if side else ""
                pending = pending or bool(
                    side and _SIDELINES_ENCOUNTER.search(before) and not _ANOTHER_ENCOUNTER.search(before)
                )
                continue
            before = sentence[: m.start()]
            if not _SIDELINES_ENCOUNTER.search(before) or _ANOTHER_ENCOUNTER.search(before):
                continue
            place = _first_city(sentence[m.start() :], (_SIDELINES_IN,))
            if place is not None and place.split()[0] not in _NOT_PLACE_WORDS:
                return place
    return None


#: A principal at a gathering in a city, told as going on: "X is participating in the 78th Session of the
#: General Assembly in New York" (a lead above her meetings there, under a dateline written at home).
_ATTENDING_IN = re.compile(
    r"\b(?:is|are)\s+(?:currently\s+)?(?:participating|taking\s+part|attending)\s+(?:in\s+)?[^.;]{0,120}?"
    rf"\bin\s+(?:the\s+)?{_CAPITAL_OF}{_PLACE}"
)


def attending_city(paragraphs: Sequence[str], kind: EventKind) -> str | None:
    """The city where a principal is attending a gathering, as the lead down to the opening's paragraph
    tells it ("Accra, Sept. 24 – X is participating in the … Session … in New York."), or None; a
    country is none."""
    if kind not in _PLACED_KINDS:
        return None
    return next((city for p in paragraphs if (city := _first_city(p, (_ATTENDING_IN,))) is not None), None)


def retold_in(sentence: str, kind: EventKind) -> str | None:
    """The city of the encounter a sentence below a bare opening tells again ("X met with Y … in Suva"),
    or None; a country there ("in Fiji") is none."""
    if kind not in _PLACED_KINDS:
        return None
    return _first_city(sentence, (_RETOLD_IN,))


#: A country the opening places the encounter in: "During the meeting in Velor of A and B", "met in Velor".
_MET_IN_COUNTRY = re.compile(rf"\b(?:meeting|talks|met|meets)\s+in\s+(?:the\s+)?{_PLACE}")


def capital_retold(opening: str | None, paragraphs: Sequence[str], kind: EventKind) -> str | None:
    """The capital of the country the opening places the encounter in ("During the meeting in Velor of A
    and B …"), where a later sentence tells the encounter again in that capital ("A met with B in Northport
    …", fam225: en-bm, Galpost); None when the opening names no country or no sentence retells it so."""
    if not opening or kind not in _PLACED_KINDS:
        return None
    countries = {country_from_name(m.group("place")) for m in _MET_IN_COUNTRY.finditer(opening)} - {None}
    if not countries:
        return None
    for paragraph in paragraphs:
        for _, sentence in split_sentences(paragraph):
            city = retold_in(sentence, kind)
            if city is not None and country_of_capital(city) in countries:
                return city
    return None


def held_in(text: str, kind: EventKind) -> str | None:
    """The city a sentence after the opening says the event "took place" or "was held" in (or at a
    building in), or the guest "is visiting" or "is in ... to attend", or the event named again in
    ("after the talks in Dakar"), or a day of the guest's stay in ("On his first day in Bogota"), or
    the guest "arrived in" to attend or for the talks; or None."""
    if kind not in _PLACED_KINDS:
        return None
    return _first_city(
        text,
        (
            _HELD_AT_LOCALITY,
            _HELD_IN,
            _HELD_AT_BUILDING,
            _VISITING,
            _STAYING_IN,
            _ARRIVED_IN,
            _AFTER_EVENT_IN,
            _STAY_IN,
        ),
    )


#: A headline's "in <city>": "Foreign Ministers meet in Bogotá to assess ..." (en-j, Ecuador's MFA).
_HEADLINE_IN = re.compile(rf"\bin\s+(?:the\s+)?{_PLACE}")
#: A headline's visit: "Secretary General visits Washington DC" (en-al, NATO).
_VISITS_CAPITAL = re.compile(rf"\bvisits\s+{_PLACE}")


def headline_city(headline: str | None, kind: EventKind) -> str | None:
    """The city a headline places the event in ("Ministers meet in Bogotá to ..."), read when neither the
    opening nor the sentences after it name one; a country or a region ("meet in Kenya") is none, and a
    headline in Title Case is not read."""
    if not headline or kind not in _PLACED_KINDS or _title_cased(headline):
        return None
    found = _first_city(headline, (_HEADLINE_IN,))
    if found is None:
        # "Secretary General visits Washington DC": a capital the headline's subject visits
        m = _VISITS_CAPITAL.search(headline)
        place = _place_at(headline, m) if m else None
        found = place if place and country_of_capital(place.split(",")[0].removesuffix(" DC")) else None
    return found


#: Short words a Title Case headline leaves in lower case.
_HEADLINE_SMALL = _wordset("a an and as at but by for from in into of on or per the to via vs with")


def _title_cased(headline: str) -> bool:
    """True for a headline in Title Case ("... an Economic Comeback in Communities Across the Country"):
    its capitals mark no names, so "in" + capitalised words there is no city."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", headline) if w not in _HEADLINE_SMALL]
    return all(w[0].isupper() for w in words)


def _first_city(text: str, patterns: Sequence[re.Pattern[str]]) -> str | None:
    """The first city (or seat's city) the ``patterns`` find in ``text``, countries passed over."""
    for pattern in patterns:
        for m in pattern.finditer(text):
            place = _place_at(text, m)
            if place and ((pattern is _HELD_AT_BUILDING and _is_venue(place)) or _SUBDIVISION.search(place)):
                continue
            if place and _credited_seat(text, m):
                continue  # "…, according to the foreign ministry in Northport": the ministry's seat (fam214)
            seat = city_of_seat(place) if place else None
            if seat:
                return seat  # "Singapore" and "Luxembourg" are states and their cities
            if place and not country_from_name(place) and not _country_of(place, text, m.end("place")):
                return place
    return None


#: A sentence whose subject is the event itself: "The meeting, held at OAS headquarters in Washington".
_EVENT_SUBJECT = re.compile(
    r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|audience|consultations|discussions?|encounter|event)\b"
)


def held_in_later(paragraphs: Sequence[str], kind: EventKind) -> str | None:
    """The city a later sentence about the event itself says it was held in ("The meeting, held at OAS
    headquarters in Washington, DC, was also …"), or None. Only a sentence whose subject is the event
    ("The meeting", "The talks") is read: another meeting told further down has its own subject."""
    if kind not in _PLACED_KINDS:
        return None
    for paragraph in paragraphs:
        for _, sentence in split_sentences(paragraph):
            if _EVENT_SUBJECT.match(sentence):
                place = held_in(sentence, kind)
                if place:
                    return place
    return None


#: A principal's arrival in a city: "Abe and his Foreign Minister arrived in Tehran on Wednesday" (en-as,
#: The Iran Project). A country ("arrived in Samoa") names no city.
_ARRIVED_IN = re.compile(rf"\barrived\s+in\s+(?:the\s+)?{_CAPITAL_OF}{_PLACE}")
#: How many paragraphs from the opening's an arrival is read in.
_ARRIVAL_PARAGRAPHS = 4


def arrived_in(paragraphs: Sequence[str], kind: EventKind) -> str | None:
    """The city a principal arrived in, told in the first paragraphs from the opening's, where nothing
    else places the encounter: on every development set that names such a city the encounter was held
    there (en-ae, en-ak, en-ar, en-as); None for a call, a country or a building."""
    if kind not in _PLACED_KINDS:
        return None
    for paragraph in paragraphs[:_ARRIVAL_PARAGRAPHS]:
        for m in _ARRIVED_IN.finditer(paragraph):
            # the sentence may end on the place: "arrived in Kosovo. At the meeting …"
            place = re.split(r"\.\s", m.group("place"), maxsplit=1)[0].rstrip(".")
            if (
                not country_from_name(place)
                and not _is_building(place)
                and place.split()[0] not in _NOT_PLACE_WORDS
            ):
                return place
    return None


#: The kinds of event that happen somewhere (a call or a message has no place).
_PLACED_KINDS = frozenset((EventKind.MEETING, EventKind.TALKS, EventKind.VISIT, EventKind.OTHER))


def _cities(sentence: str, kind: EventKind) -> tuple[list[str], bool]:
    """The cities (or venues) the sentence places the event in, in order, and whether it names a
    country as the place (a guest who is abroad). A visit's destination is looked for first."""
    cities: list[str] = []
    abroad = False
    patterns = (
        (_TO_PLACE, _IN_PLACE, _BUILDING_CITY, _AT_PLACE)
        if kind is EventKind.VISIT
        else (_IN_PLACE, _OPENING_IN_PLACE, _BUILDING_CITY, _AT_PLACE, _DURING_VISIT, _WELCOMED_TO)
    )
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            place = _place_at(sentence, m)
            if (
                place is None
                or _no_city_after_building(pattern, sentence, m, place)
                or _SUBDIVISION.search(place)
            ):
                continue
            # a seat's city first: "Singapore" and "Luxembourg" are states and their cities
            seat = city_of_seat(place)
            if seat is None and (country_from_name(place) or _country_of(place, sentence, m.end("place"))):
                abroad = abroad or pattern is not _WELCOMED_TO  # "welcomed him to Velor": no city, no trip
            elif pattern is _AT_PLACE:
                # "at Urugwiro Village", "at Hofdi house": a venue names no city, unless it is a seat
                # whose city is known ("at the Kremlin"; kept where the page writes that city), or a
                # place its country follows ("at Putrajaya, Malaysia": en-ac, ETV Bharat)
                if seat or (
                    (
                        _country_follows(sentence, m.end("place"))
                        or _SUBDIVISION_FOLLOWS.match(sentence, m.end("place"))
                    )
                    and not _is_building(place)
                ):
                    cities.append(seat or place)
            else:
                cities.append(seat or place)
        if cities:
            break
    return cities, abroad


#: A capitalised word after a place: the name runs on.
_CAPITALISED_NEXT = re.compile(rf"\s+[{_CAPITAL}]")


def _no_city_after_building(pattern: re.Pattern[str], sentence: str, m: re.Match[str], place: str) -> bool:
    """True when what ``_BUILDING_CITY`` read after a building is no city: a room or a venue, or the start of
    a name or title the building's name runs into (``_runs_on_after_building``)."""
    return pattern is _BUILDING_CITY and (_is_venue(place) or _runs_on_after_building(sentence, m, place))


def _runs_on_after_building(sentence: str, m: re.Match[str], place: str) -> bool:
    """True when the words a building's name runs into with no comma or dash are cut short of a
    capitalised word: they open the next name or title ("received at Al Noor Palace Liberal Party Senator
    X"), not a city ("at State House Entebbe on Monday")."""
    start = m.start("place")
    if sentence[start - 1 : start] != " " or sentence[start - 2 : start - 1] in ",-–":
        return False
    return _CAPITALISED_NEXT.match(sentence, start + len(place)) is not None


#: A country's subdivision below its regions, named by its noun: "in Veskini Parish", "Tarnu District". It
#: names no city (fam197: en-az, Latvia's MFA, "at Silene in Skudraliena Parish of Daugavpils District").
_SUBDIVISION = re.compile(r"\s(?:Parish|District|County|Municipality)$")
#: A locality set in such a subdivision: "at Orlava in Veskini Parish" places the event at Orlava, as a
#: country after a comma does.
_SUBDIVISION_FOLLOWS = re.compile(
    rf"\s+in\s+(?:[{_CAPITAL}][\w’'-]*\s+){{1,3}}(?:Parish|District|County|Municipality)\b"
)


#: A country's name after a comma, closing a place: "at Putrajaya, Malaysia".
_COMMA_COUNTRY = re.compile(
    rf",\s+(?P<country>[{_CAPITAL}][\w’'-]*(?:\s+[{_CAPITAL}][\w’'-]*){{0,2}})(?![\w’'-])"
)


def _country_follows(sentence: str, end: int) -> bool:
    """True when a country's name follows the place that ends at ``end`` after a comma ("at Putrajaya,
    Malaysia"): a city takes its country so, a building or a venue does not."""
    m = _COMMA_COUNTRY.match(sentence, end)
    if m is None:
        return False
    words = m.group("country").split()
    return any(country_from_name(" ".join(words[:n])) for n in range(len(words), 0, -1))


_POSSESSIVE_END = re.compile(r"[’']s$")
#: A state named by its region's or people's adjective: "a visit to the East African nation" (en-q, the
#: Liberian presidency), "the Gulf state"; a format of talks named after a city: "meetings in the Astana
#: format" (en-s, SMM Syria), "the Normandy format": the words before it are no place.
_NOT_PLACE_AFTER = re.compile(r"\s+(?:nation|country|state|kingdom|republic|archipelago|format)\b")
#: A year and capitalised words after a would-be place: "in the BRICS 2024 Foreign Ministerial Session"
#: names a gathering (when its last word is a gathering's), no place (fam191: en-bc). Group ``words``.
_YEAR_GATHERING_AFTER = re.compile(r"\s+(?:19|20)\d\d(?P<words>(?:\s+(?-i:[A-Z])[\w-]*){1,5})")


def _not_place_after(sentence: str, end: int) -> bool:
    """True when the words after a would-be place ending at ``end`` say it is none: a common noun it
    qualifies ("the East African nation", "the Astana format"), or a year and then the capitalised name
    of a gathering ("the BRICS 2024 Foreign Ministerial Session")."""
    if _NOT_PLACE_AFTER.match(sentence, end):
        return True
    m = _YEAR_GATHERING_AFTER.match(sentence, end)
    return m is not None and any(w in _GATHERING_WORDS for w in m.group("words").split())


def _country_before_title(words: Sequence[str], cut: int) -> int:
    """Where a place of ``words[:cut]`` ends before a title that follows a country: "in Sudan President
    Isaias Afwerki met" is in Sudan, the title starting the sentence's subject; ``cut`` without one."""
    for i, word in enumerate(words[1:cut], 1):
        if is_title_word(word) and (country_from_name(" ".join(words[:i])) or _office_title(words, i, cut)):
            return i
    return cut


def _office_title(words: Sequence[str], i: int, cut: int) -> bool:
    """True when ``words[i:]`` opens an office-holder's title, two title words in a row ("… Acting Foreign
    Minister", "… Foreign Minister Tomas"): "in Velor Acting Foreign Minister X held" is in Velor, and
    "visiting Bordurian Foreign Minister X" is a person."""
    return i + 1 < cut and is_title_word(words[i + 1])


#: The longest acronym read as an office's, not a place's ("GHQ", "MOFA").
_ACRONYM = 4


def _office_acronym(place: str) -> bool:
    """True for a short word in capitals that names no country ("GHQ", "MOFA"; not "UAE")."""
    return place.isupper() and len(place) <= _ACRONYM and not country_from_name(place)


def _place_at(sentence: str, m: re.Match[str]) -> str | None:
    """The place a location pattern found, as written; None when it is no place ("the Minister",
    "Kenya's", "the situation in X")."""
    words = _to_sentence_end(m.group("place").rstrip(".,’'").split())
    # "in Riyadh February 17": a month or weekday ends the place.
    cut = _country_before_title(
        words, next((i for i, w in enumerate(words) if w.strip(",.") in _NOT_PLACE_WORDS), len(words))
    )
    place = " ".join(words[:cut]).rstrip(".,")
    if not place or place.endswith(("’s", "'s")) or is_title_word(place.split()[0]):
        return None
    if len(place.split()) > 1 and is_title_word(_POSSESSIVE_END.sub("", place.split()[0])):
        return None  # "at the President’s Office": an office-holder's premises, no place
    if place.split()[-1] in _GATHERING_WORDS or place in _REGIONS:
        return None  # "in the NATO Summit": a gathering, not where it was held; "in Europe": a region
    if country_from_demonym(place) and not country_from_name(place):
        return None  # "in the Colombian capital": a people's adjective, no place
    if cut == len(words) and _not_place_after(sentence, m.end("place")):
        return None  # "a visit to the East African nation", "in the BRICS 2024 … Session": no place
    if (place in _BUILDING_WORDS or _office_acronym(place)) and city_of_seat(place) is None:
        # "in the Ministry of …" names a building, no place ("the Kremlin" is a seat); so does an
        # office's or a headquarters' acronym ("in GHQ", "at MOFA")
        return None
    suffix = _CITY_SUFFIX.match(sentence, m.end("place")) if cut == len(words) else None
    if suffix:
        place += suffix.group(0)
    return None if _no_place_in_context(sentence, m, words) else place


def _to_sentence_end(words: list[str]) -> list[str]:
    """The words up to a full stop that ends a sentence ("in Kyiv. After the meeting" → "Kyiv"): a word of
    four or more letters closed by a full stop, with no other full stop in it, is no abbreviation ("St.",
    "D.C." stay)."""
    for index, word in enumerate(words[:-1]):
        stem = word[:-1]
        if word.endswith(".") and len(stem) > 3 and "." not in stem:
            return [*words[:index], stem]
    return words


def _no_place_in_context(sentence: str, m: re.Match[str], words: Sequence[str]) -> bool:
    """True when the words before the place say it is none ("the situation in X", the
    ``not_place_before.toml`` rows) or the place runs on into a person's name (``_place_runs_into_name``)."""
    before = sentence[: m.start()]
    return bool(
        _NOT_PLACE_BEFORE.search(before)
        or _not_place_row(sentence, m.start())
        or _place_runs_into_name(before, words)
    )


#: The styles a person's name may open with ("Dr", "H.E."), without a full stop.
_NAME_STYLES = frozenset(style.rstrip(".") for style in NAME_HONORIFICS)


def _known_place(text: str) -> bool:
    return bool(text in _REGIONS or country_from_name(text) or country_of_capital(text) or city_of_seat(text))


def _place_runs_into_name(before: str, words: Sequence[str]) -> bool:
    """True when "in X" is the tail of a name or title written in capitals ("the Conference on … Measures
    in Asia", "Representative to the UN in Ruritown") and the capitals run on into the person's name
    after it ("… in Asia Ana Ruiz", "… in Ruritown Dr. Eko Tan"): the place is part of how that person is
    named, not where the encounter was."""
    previous = before.rstrip().split()[-1:]  # the word before "in"
    if not previous or not previous[0][:1].isupper() or len(words) < 3:
        return False
    for k in range(1, len(words) - 1):
        if words[k].rstrip(".") in _NAME_STYLES or (
            _known_place(" ".join(words[:k])) and all(w[:1].isupper() for w in words[k:])
        ):
            return True
    return False


@lru_cache(maxsize=1)
def _not_place_rows() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = _table("not_place_before.toml")
    return tuple((re.compile(row.pattern, table.flags), row.label) for row in table.rows)


def _not_place_row(text: str, at: int) -> str | None:
    """The label of the ``not_place_before.toml`` row whose words end right before ``at`` (where "in X"
    starts), or None."""
    start = max(0, at - 80)
    for pattern, label in _not_place_rows():
        if any(found.end() == at for found in pattern.finditer(text, start, at + 3)):
            return label
    return None


def _credited_seat(text: str, m: re.Match[str]) -> bool:
    """True when the place ``m`` found is the seat of the body the report is credited to ("according to
    the foreign ministry in Northport"): a ``not_place_before.toml`` "credited-source" row before its "in"."""
    at = text.rfind("in", m.start(), m.start("place"))
    return at >= 0 and _not_place_row(text, at) == "credited-source"


def place_set_aside(text: str) -> str | None:
    """Why the first "in X" of ``text`` is no place of the event (a ``not_place_before.toml`` label:
    "topic", "post"), or None (the table's probe)."""
    m = _IN_PLACE.search(text)
    return _not_place_row(text, m.start()) if m else None


# ---------------------------------------------------------------------------------------------
# A photo caption of the encounter

#: A person's place in a photo ("(R)", "(L)", "(2nd L)", "(C)"): the line is a photo's caption.
_PHOTO_PLACE = re.compile(r"\((?:\d(?:st|nd|rd|th)\s+)?[RLC]\)")
#: The encounter the photo shows: "meets with", "holds talks with", "shakes hands with".
_PHOTO_ENCOUNTER = re.compile(r"\b(?:meets|met|(?:holds|held)\s+talks|shakes\s+hands|talks)\s+with\b", _I)
#: How many days before the page's date a caption's own date may be and still show the page's encounter
#: (a wire photo of the day before; an older one is a file photo of another occasion).
_CAPTION_DAYS = 3


def _encounter_caption(paragraph: str, published: dt.date) -> dt.date | None:
    """The date of a photo caption showing an encounter (``_PHOTO_PLACE``, ``_PHOTO_ENCOUNTER``) held up to
    ``_CAPTION_DAYS`` before ``published``, or None."""
    if not _PHOTO_PLACE.search(paragraph) or not _PHOTO_ENCOUNTER.search(paragraph):
        return None
    for found in find_dates(paragraph):
        if found.year is not None and found.date is not None:
            days = (published - found.date).days
            return found.date if 0 <= days <= _CAPTION_DAYS else None
    return None


def caption_date(body: Sequence[str], published: dt.date | None) -> dt.date | None:
    """The day a photo caption in the body gives the encounter ("Minister X (R) meets with Y (L) at the
    Foreign Ministry in Beijing March 16, 2010. REUTERS/…": en-z, CCTV), read where the body gives no date
    but the page's own; None without a page date to check the caption against."""
    if published is None:
        return None
    return next((day for p in body if (day := _encounter_caption(p, published)) is not None), None)


def caption_city(body: Sequence[str], published: dt.date | None, kind: EventKind) -> str | None:
    """The city a photo caption of the encounter (``caption_date``) places it in ("… in Beijing March 16,
    2010"), or None."""
    if published is None or kind not in _PLACED_KINDS:
        return None
    for paragraph in body:
        if _encounter_caption(paragraph, published) is not None:
            return _first_city(paragraph, (_HEADLINE_IN,))
    return None
