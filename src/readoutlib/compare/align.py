"""Comparison: two readouts of one event, point against point.

A point is a sentence of a readout's text; one that holds a statement of the parser carries who
said it (:func:`points_of`). A user comparing two accounts needs every point each side reports,
not only the sentences the parser gives to a speaker: what was discussed, agreed and stressed.

Points are linked in four passes (a fifth opt-in), each one to one, best first:

1. **Statements.** Each statement is reduced to its content words (function words, diplomatic
   filler, the two sides' country names and the principals' names dropped, each word cut to a
   short stem so "sanctions" meets "sanction"), the third countries and figures it names ("@IR",
   "=2060") and the subjects it touches (:mod:`.subjects`: "economic measures" and "sanctions" are
   both deterrence); rapidfuzz's token-set ratio scores every pair of statements across the sides
   (:func:`statement_similarity`), and pairs from ``MIN_SCORE`` are linked. Each link lands on the
   two points holding the statements: the sentences they begin in (a statement the parser ran on
   over the sentence end is cut there, so the next sentence is not given to its speaker). A
   statement closer to a position of the other side's that the parser gives to no one (rule 3's
   positions, scored as that pass scores them) than to any statement left is linked to that
   position here, and the statement it would have taken is left to the next closest.
2. **Every sentence.** The points left are reduced the same way, also dropping the words that frame
   the event or say who spoke and how (offices, reporting and topic verbs from the English pack,
   "met", "today", the place), and scored by the weighted Dice overlap of their words, each word
   weighted by how rare it is among the two readouts' points (:func:`similarity`); pairs from
   ``MIN_POINT_SCORE`` are linked where at least one of the two points holds a statement and
   neither only names a topic (:func:`bare_topic`: "The leaders also discussed the situation in
   Afghanistan" is a topic, not a statement, under rule 1 of the alignment convention).
3. **Positions.** A sentence the parser gives to no one may still state where the sides stand:
   "discussed the importance of", "the need to", "their shared commitment to" (:data:`POSITION`),
   or a leader's own words in the first person (:data:`FIRST_PERSON`). The points left that do are
   scored against the points left on the other side that hold a statement or a position as the
   first pass scores statements, and pairs from ``POSITION_SCORE`` are linked (:func:`_position_links`).
4. **Agenda items** (:mod:`.agenda`): where a third country or a proper name ("Mariupol", "the
   Senate") is named by exactly one statement or position of each side, those two are on one agenda
   item whatever their other words (rule 2 of the alignment convention: "where each side has a
   single statement on the issue, link them"), and are linked if both are left.

5. **Every piece of evidence** (opt-in, ``model=``): the points left are linked where a logistic
   model of all the evidence for a link (:mod:`.evidence`: both scores, how close each point is to
   the other against its own closest, the statements held, their places, their speakers) reaches
   its threshold.

A point already linked may take a second partner only on a much closer match: one side often
reports in one sentence what the other reports in two. What is left on each side is what only that
side reports. Around the points the comparison sets side by side the kind, the date, the place, who
asked for the call and who is named.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence

from rapidfuzz import fuzz

from ..analysis.countries import COUNTRY_PATTERN, DEMONYM_PATTERN, country_from_demonym
from ..analysis.sentences import Sentence
from ..analysis.sentences import split_sentences as split_any
from ..folding import fold
from ..model import BOTH, Readout, Statement
from . import agenda
from . import words as pack
from .evidence import LinkModel, features, logit
from .model import Attribution, Comparison, Fact, PersonMatch, Point, Related, StatementLink
from .pair import dated
from .persons import match_persons, name_key, persons_of
from .subjects import subjects_of
from .vectors import WordVectors, centred, cosine, point_vector

__all__ = [
    "ANCHORED",
    "ANNOUNCES",
    "BELOW",
    "FIRST_PERSON",
    "FUNCTION_WORDS",
    "LINKED",
    "MARGIN",
    "MARGIN_LOST",
    "MIN_HAN_CHARACTERS",
    "MIN_POINT_SCORE",
    "MIN_POINT_WORDS",
    "MIN_SCORE",
    "MIN_SHARED",
    "POSITION",
    "POSITION_SCORE",
    "RELATED_KEYS",
    "RELATED_SCORE",
    "SECOND_LINK_SCORE",
    "SECOND_POINT_SCORE",
    "SEMANTIC_FLOOR",
    "STEM",
    "TAKEN",
    "TOPIC",
    "WORD_PATTERN",
    "bare_topic",
    "compare",
    "content_words",
    "holds_position",
    "link_evidence",
    "link_trace",
    "point_scorer",
    "point_words",
    "points_of",
    "position_scorer",
    "rarity",
    "related_points",
    "similarity",
    "statement_similarity",
]

#: Length a content word is cut to: a stem without a stemmer ("responsibility" and "respond" part).
STEM = 7
#: The least statement similarity (0-100) for two statements to be on the same subject.
MIN_SCORE = 50.0
#: The least number of stems two statements must share to be linked at all.
MIN_SHARED = 2
#: The least statement similarity for a statement already linked to take a second partner.
SECOND_LINK_SCORE = 70.0
#: The least point similarity (0-100) for two points to be on the same subject.
MIN_POINT_SCORE = 15.0
#: The least point similarity for a point already linked to take a second partner.
SECOND_POINT_SCORE = 30.0
#: With word vectors: the centred cosine (0-100) of two points' vectors beyond which it scores (less
#: this floor) where it exceeds their weighted Dice score.
SEMANTIC_FLOOR = 60.0
#: In the second pass, how many times the best other candidate of either point a link must score:
#: a sentence about as close to two sentences of the other side is linked to neither.
MARGIN = 1.5
#: The least statement similarity (0-100) for the positions pass to link a position the parser does
#: not read to a statement or position of the other side.
POSITION_SCORE = 45.0
#: The least number of content words a sentence the parser gives to no one needs to be a point.
MIN_POINT_WORDS = 2
#: The same for a Chinese sentence, written without spaces: the least number of Chinese characters.
MIN_HAN_CHARACTERS = 4
#: The least point similarity (weighted Dice, 0-100) with some point of the other side for a point
#: no link joins to be shown as "on the same subject, in other words" rather than as reported by
#: its side only. Off (above 100) by default: chosen leave-one-batch-out against the v2 gold, every
#: fold keeps it off (docs/compare.md, "Only one side reports, measured";
#: ``python benchmarks/compare_gold.py --alignments v2 --only --grid``).
RELATED_SCORE = 101.0
#: The kinds of agenda key (:mod:`.agenda`) a point no link joins may share with a point of the
#: other side to be shown as on the same subject (chosen with ``RELATED_SCORE``).
RELATED_KEYS: frozenset[str] = frozenset()
#: A sentence that only announces what follows ("The overview of the meeting is as follows.",
#: "The two leaders agreed on the following:"): page furniture, no point.
#: The "announces" rows of the English pack's ``compare_words.toml``.
ANNOUNCES = pack.pattern("announces")

#: Words that say who, not what: every statement of a bilateral readout names the two countries
#: (the "frame word" rows of the English pack's ``compare_words.toml``).
FRAME_WORDS = pack.words("frame word")

#: Words that frame the event rather than report a point: the call itself and when it was held
#: (the "event word" rows).
EVENT_WORDS = pack.words("event word")


#: Words a sentence point drops besides a statement's: the event's frame and who spoke how (the words
#: the packs know as offices, person nouns, reporting and topic verbs and adverbs: "Prime Minister",
#: "counterpart", "reiterated", "discussed", "also"; ``CompareWords.point_words``).
POINT_WORDS = EVENT_WORDS.union(*(words.point_words for _, words in pack.PACKS))

#: Words that carry no subject (the "function word" rows).
FUNCTION_WORDS = pack.words("function word")

#: The filler of diplomatic prose: words every readout uses whatever it reports (the "filler" rows).
DIPLOMATIC_FILLER = pack.words("filler")

WORD_PATTERN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_COUNTRY = re.compile(f"(?<![\\w])(?:{COUNTRY_PATTERN}|{DEMONYM_PATTERN})(?![\\w])")
#: (a letter of its script, the countries a text names) of every pack that reads its own script's
#: country names (a Russian page's in any case, "Украиной"; a Chinese page's).
_COUNTRY_SPANS = tuple(
    (re.compile(words.script), words.country_spans)
    for _, words in pack.PACKS
    if words.script and words.country_spans is not None
)
#: The packs of languages written without spaces between words, by code, with a letter of their script.
_SPACELESS = {
    code: re.compile(words.script) for code, words in pack.PACKS if words.spaceless and words.script
}
#: What the sentence splitter is given for the other languages: every pack's words.
_ABBREVIATIONS = frozenset().union(*(words.abbreviations for _, words in pack.PACKS))
_SUFFIXES = frozenset().union(*(words.suffixes for _, words in pack.PACKS))
_BEFORE_FIGURES = frozenset().union(*(words.before_figures for _, words in pack.PACKS))
#: Figures: a year, an amount ("$500 million", "USD 225 million"), a count with two digits or more,
#: an ordinal ("the 30th anniversary"), one written against Chinese characters ("80周年"); not a time
#: of day ("17:45", a page's dateline).
_NUMBER = re.compile(
    r"(?<![^\W\u3400-\u9fff]|[.:])\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?(?![^\W\u3400-\u9fff]|:\d)"
)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)$")


def _countries(text: str, sides: frozenset[str]) -> tuple[str, frozenset[str]]:
    """The text with country names cut out, and the third countries it names ("@IR").

    The sides' own countries say who, not what: every statement of a readout of a US-UK call names
    the two. A third country (Iran, Afghanistan) is what the statement is about.
    """
    third: set[str] = set()

    def cut(match: re.Match[str]) -> str:
        code = country_from_demonym(match.group(0))
        if code is not None and code not in sides:
            third.add("@" + code)
        return " "

    text = _COUNTRY.sub(cut, text)
    for script, spans in _COUNTRY_SPANS:
        if not script.search(text):  # a Russian page's countries in any case ("Украиной"), a Chinese page's
            continue
        for code, start, end in reversed(spans(text)):
            if code not in sides:
                third.add("@" + code)
            text = text[:start] + " " + text[end:]
    return text, frozenset(third)


def _numbers(text: str) -> frozenset[str]:
    figures = (_ORDINAL.sub("", m.group(0)).replace(",", "") for m in _NUMBER.finditer(text))
    return frozenset("=" + f for f in figures if len(f.split(".")[0]) >= 2)


def content_words(
    text: str,
    names: frozenset[str] = frozenset(),
    sides: frozenset[str] = frozenset(),
    *,
    drop: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The stems of a text's content words, the third countries, figures and subjects it touches.

    ``names`` are folded words of the principals' names, dropped like the country names of
    ``sides`` (the principals' countries): they say who spoke or was thanked, not what about.
    ``drop`` are more folded words to leave out (:data:`POINT_WORDS` for a sentence point).
    """
    rest, third = _countries(text, sides)
    words = (pack.lemma(fold(w)) for w in WORD_PATTERN.findall(rest))
    stems = {
        w[:STEM]
        for w in words
        if len(w) > 2
        and w not in FUNCTION_WORDS
        and w not in FRAME_WORDS
        and w not in DIPLOMATIC_FILLER
        and w not in names
        and w not in drop
    }
    return frozenset(stems) | third | _numbers(text) | subjects_of(text)


def _name_words(*readouts: Readout) -> frozenset[str]:
    return frozenset(
        pack.lemma(fold(word))
        for r in readouts
        for p in r.event.participants
        for word in WORD_PATTERN.findall(p.name)
    )


def _frame_words(*readouts: Readout) -> frozenset[str]:
    """Folded words of the principals' titles and of the event's place: who and where, for a point."""
    texts = [title for r in readouts for p in r.event.participants for title in p.titles]
    texts += [r.event.location for r in readouts if r.event.location]
    return frozenset(pack.lemma(fold(word)) for text in texts for word in WORD_PATTERN.findall(text))


def _side_countries(*readouts: Readout) -> frozenset[str]:
    """The states whose names say who, not what: every state a participant of the readouts holds, but
    a state that only an account of three or more states lists, and the other account lists no one of.

    A many-sided account is where a leader the call only talked about gets listed: his state must not
    turn from a third country ("@RU", the subject both accounts share) into a side's. An account of one
    or two states keeps all of them (the other account may have missed its second side).
    """
    held = [frozenset(p.country for p in r.event.participants if p.country) for r in readouts]
    if len(held) != 2 or not all(held):
        return frozenset().union(*held)
    a, b = held
    return (a & b) | (a if len(a) <= 2 else frozenset()) | (b if len(b) <= 2 else frozenset())


#: Shared evidence that makes two statements one subject however long they are: a figure or a third
#: country counts two, any other shared word or subject one.
ANCHORED = 4


def statement_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """How far two statements are on one subject, 0-100.

    rapidfuzz's token-set ratio of the two sets of stems; two long statements that share a figure
    ("=2060", "=500") or a third country ("@IR") and more score at least ``MIN_SCORE``, since the
    ratio alone drowns a few specific shared words in many unshared ones.
    """
    shared = a & b
    if len(shared) < MIN_SHARED:
        return 0.0
    score = float(fuzz.token_set_ratio(" ".join(sorted(a)), " ".join(sorted(b))))
    weight = sum(2 if word[0] in "=@" else 1 for word in shared)
    return max(score, MIN_SCORE) if weight >= ANCHORED else score


def rarity(word_sets: Sequence[frozenset[str]]) -> dict[str, float]:
    """Each word's weight among the points of two readouts: ``log(1 + n / df)``.

    ``n`` is the number of points and ``df`` the number that hold the word: a word every point of
    forty holds weighs 0.69, a word one of them holds ("salisbury") 3.7.
    """
    counts: dict[str, int] = {}
    for words in word_sets:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    n = len(word_sets)
    return {word: math.log(1 + n / df) for word, df in counts.items()}


def similarity(a: frozenset[str], b: frozenset[str], weights: Mapping[str, float] | None = None) -> float:
    """How far two points are on one subject, 0-100: the weighted Dice overlap of their words.

    ``2 * w(a & b) / (w(a) + w(b))`` with each word weighted by ``weights`` (its :func:`rarity`
    among the two readouts' points; 1 where not given).
    """
    shared = a & b
    if not shared:
        return 0.0

    def weight(words: frozenset[str]) -> float:
        return sum(weights.get(word, 1.0) for word in words) if weights is not None else float(len(words))

    return 100.0 * 2 * weight(shared) / (weight(a) + weight(b))


def _speaker_key(readout: Readout, speaker: str) -> str:
    if speaker == BOTH:
        return BOTH
    participant = readout.participant(speaker)
    return name_key(participant.name) if participant is not None else speaker


def _speaker_name(readout: Readout, speaker: str) -> str:
    participant = readout.participant(speaker)
    return participant.name if participant is not None else speaker


#: Objects that make a sentence state a position of the sides where the parser reads no statement in
#: it: a verb of discussion or reflection whose object is a position ("discussed the importance of",
#: "the need to", "their shared commitment to", "shared concerns about", "attached importance to")
#: rather than a topic ("discussed the situation in"): the "position" rows of the English pack's
#: ``compare_words.toml``.
POSITION = pack.pattern("position")
#: A sentence in the first person ("I reiterated ...", "We also confirmed ...", "At the outset, I
#: ..."): a leader's own statement, which the parser gives to no one. Read with case.
FIRST_PERSON = pack.pattern("first person")


def _packs_pattern(sources: Sequence[str]) -> re.Pattern[str]:
    """The packs' patterns of one kind as one, read case-blind (none: a pattern that never matches)."""
    return re.compile("|".join(source for source in sources if source) or "(?!)", re.IGNORECASE)


#: A verb that only names a topic ("discussed", "focused on", "to discuss", "spoke today with the
#: Prime Minister about ..."): the packs' ``CompareWords.topic`` (the English pack's topic verbs).
TOPIC = _packs_pattern([words.topic for _, words in pack.PACKS])
#: A reported clause ("It was agreed that ...", "emphasised that ..."): the packs'
#: ``CompareWords.reported`` (the English pack's one-word reporting verbs and "that").
REPORTED = _packs_pattern([words.reported for _, words in pack.PACKS])
#: A topic named by a noun rather than a verb ("had a sincere exchange of views over ...", "held a
#: thorough discussion on ..."): the "topic noun" rows of the English pack's ``compare_words.toml``.
TOPIC_NOUN = pack.pattern("topic noun")
#: A verb that only names a topic in a pack whose topic verbs are rows of its ``compare_words.toml``
#: (the Russian pack's "topic verb" rows: "Обсуждены вопросы ...", "Лидеры обсудили ...").
TOPIC_VERB = pack.pattern("topic verb")


def bare_topic(point: Point) -> bool:
    """Whether a point only names a topic: no statement of the parser's, no position
    (:data:`POSITION`), and a topic verb ("The leaders also discussed the situation in Afghanistan",
    "We also discussed ...", "held a call today to discuss a range of issues").

    Rule 1 of the alignment convention (docs/compare.md): a topic is not a statement, so the
    comparison links it to nothing; it is listed as what that side reports.
    """
    return (
        point.statement is None
        and not POSITION.search(point.text)
        and not REPORTED.search(point.text)
        and bool(TOPIC.search(point.text) or TOPIC_NOUN.search(point.text) or TOPIC_VERB.search(point.text))
    )


def holds_position(point: Point) -> bool:
    """Whether a point states something for alignment: a statement of the parser's, or a position
    (:data:`POSITION`) or first-person statement (:data:`FIRST_PERSON`) the parser does not read,
    short of a bare topic (:func:`bare_topic`: "We also discussed ...")."""
    if point.statement is not None:
        return True
    return not bare_topic(point) and bool(POSITION.search(point.text) or FIRST_PERSON.search(point.text))


def _positional(point: Point) -> bool:
    """A sentence that states a position or speaks in the first person, whoever the parser gives it to."""
    return bool(POSITION.search(point.text) or FIRST_PERSON.search(point.text))


def _within(statement: Statement, start: int, end: int) -> bool:
    """Whether a statement belongs to the sentence ``start``-``end``: it begins there.

    The parser runs a statement on over the sentence end ("... called for de-escalation and a return
    to diplomacy. The two presidents tasked their teams to follow up ..."); for alignment it is cut
    at the end of the sentence it begins in, so the next sentence is not given to its speaker.
    """
    return start <= statement.start < end


def _sentences(readout: Readout, paragraph: str) -> Sequence[Sentence]:
    """A paragraph's sentences as its language writes them: in a language written without spaces
    (``CompareWords.spaceless``: Chinese) they end at "。" with no space after (the project's
    splitter, spaceless, as the Chinese pack splits them); in any other, the project's splitter
    with every pack's abbreviations, name suffixes and words before figures (the English pack's)."""
    if readout.source.language in _SPACELESS:
        return split_any(paragraph, semicolons=True, spaceless=True)
    return split_any(
        paragraph, abbreviations=_ABBREVIATIONS, suffixes=_SUFFIXES, before_figures=_BEFORE_FIGURES
    )


def points_of(readout: Readout) -> tuple[Point, ...]:
    """Every point a readout reports: the sentences of its paragraphs, each with the statement in it.

    Every sentence is a point; one that a statement begins in carries the first such statement's
    speaker, verb and index (a statement the parser ran on into the next sentence is cut at the
    end of its own: the next sentence is not given to its speaker). A sentence the parser
    gives to no one with fewer than ``MIN_POINT_WORDS`` content words besides the event's frame
    (its people, offices, countries, place, date and figures: "On March 3, 2024, Foreign Minister
    Kovac held a phone call with Foreign Minister Berg") or a page's furniture ("Please enter your
    comment!") reports nothing and is left out.
    """
    names = _name_words(readout) | _frame_words(readout)
    sides = _side_countries(readout)

    def reports(text: str) -> bool:
        if ANNOUNCES.search(text):
            return False
        script = _SPACELESS.get(readout.source.language or "")
        if script is not None:  # no spaces: a word is no unit, a few characters are
            return len(script.findall(text)) >= MIN_HAN_CHARACTERS
        words = content_words(text, names, sides, drop=POINT_WORDS)
        return sum(1 for word in words if not word.startswith("=")) >= MIN_POINT_WORDS

    points = []
    for number, paragraph in enumerate(readout.paragraphs):
        for sentence in _sentences(readout, paragraph):
            holds = [
                (index, s)
                for index, s in enumerate(readout.statements)
                if s.paragraph == number and _within(s, sentence.start, sentence.end)
            ]
            if holds:
                index, statement = holds[0]
                speaker = "both" if statement.speaker == BOTH else _speaker_name(readout, statement.speaker)
                points.append(
                    Point(number, sentence.start, sentence.end, sentence.text, speaker, statement.verb, index)
                )
            elif reports(sentence.text):
                points.append(Point(number, sentence.start, sentence.end, sentence.text))
    return tuple(points)


def _point_key(readout: Readout, point: Point) -> str | None:
    if point.statement is None:
        return None
    return _speaker_key(readout, readout.statements[point.statement].speaker)


def _own_sentence(readout: Readout, statement: Statement) -> str:
    """A statement's text cut at the end of the sentence it begins in (see :func:`_within`)."""
    if not 0 <= statement.paragraph < len(readout.paragraphs):
        return statement.text
    for sentence in _sentences(readout, readout.paragraphs[statement.paragraph]):
        if _within(statement, sentence.start, sentence.end):
            return statement.text[: max(0, sentence.end - statement.start)]
    return statement.text


#: The first letter of the words any language can share: a subject ("#energy"), a third country
#: ("@UA") and a figure ("=175").
NEUTRAL = "#@="


def across_languages(a: Readout, b: Readout) -> bool:
    """Whether two readouts are written in different languages (each as its pack read it)."""
    return None not in (a.source.language, b.source.language) and a.source.language != b.source.language


def neutral(words: frozenset[str]) -> frozenset[str]:
    """The words of a point that two languages can share: its subjects, third countries and figures."""
    return frozenset(word for word in words if word[0] in NEUTRAL)


#: The kinds of agenda key the fourth pass reads across languages, where names cannot be matched
#: (their scripts differ) and a subject is the one thing besides a country that names an item.
ACROSS_AGENDA_KEYS: frozenset[str] = frozenset({agenda.COUNTRY, agenda.SUBJECT})


def _keeper(a: Readout, b: Readout) -> Callable[[frozenset[str]], frozenset[str]]:
    """What two readouts' points are compared on: all their words, or, across languages, only the
    words both can share (:func:`neutral`): a Russian word never meets an English one, and only
    dilutes the overlap of what the two do share."""
    return neutral if across_languages(a, b) else (lambda words: words)


def _statement_words(a: Readout, b: Readout) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Each statement's words as the first pass compares them (cut at the end of its own sentence)."""
    names = _name_words(a, b)
    sides = _side_countries(a, b)
    keep = _keeper(a, b)
    words_a = [keep(content_words(_own_sentence(a, s), names, sides)) for s in a.statements]
    words_b = [keep(content_words(_own_sentence(b, s), names, sides)) for s in b.statements]
    return words_a, words_b


#: A rival of the first pass's statement links: (score, side of the statement, the statement, the
#: other side's point holding a position the parser gives to no one).
_Rival = tuple[float, str, int, int]


def _statement_pairs(
    a: Readout, b: Readout, rivals: Sequence[_Rival] = ()
) -> tuple[list[tuple[float, int, int]], list[_Rival]]:
    """Pass 1: the statements of the two sides linked best first, one to one (with second links).

    ``rivals`` (:func:`_closer_positions`) are weighed among them: a statement closer to a position
    of the other side than to any statement left goes to that position, and the statements it would
    have taken stay free for the next closest. Returns the statement pairs and the rivals that won.
    """
    words_a, words_b = _statement_words(a, b)
    scored: list[tuple[float, int, int, _Rival | None]] = [
        (statement_similarity(wa, wb), i, j, None)
        for i, wa in enumerate(words_a)
        for j, wb in enumerate(words_b)
    ]
    scored += [(rival[0], -1, -1, rival) for rival in rivals]
    scored.sort(key=lambda t: (-t[0], t[3] is None, t[1], t[2]))
    used: dict[str, set[int]] = {"a": set(), "b": set()}
    reserved: set[tuple[str, int]] = set()
    pairs = []
    won = []
    for score, i, j, rival in scored:
        if score < MIN_SCORE:
            break
        if rival is not None:
            _value, side, statement, point = rival
            if statement not in used[side] and (side, point) not in reserved:
                used[side].add(statement)
                reserved.add((side, point))
                won.append(rival)
            continue
        if j in used["b"] or (i in used["a"] and score < SECOND_LINK_SCORE):
            continue
        used["a"].add(i)
        used["b"].add(j)
        pairs.append((score, i, j))
    return pairs, won


def _holding(points: Sequence[Point], statement: Statement) -> list[int]:
    """The point a statement begins in (none where that sentence is no point)."""
    return [
        n
        for n, p in enumerate(points)
        if p.paragraph == statement.paragraph and _within(statement, p.start, p.end)
    ]


def point_scorer(
    words_a: Sequence[frozenset[str]],
    words_b: Sequence[frozenset[str]],
    weights: Mapping[str, float],
    vectors: WordVectors | None,
) -> Callable[[int, int], float]:
    """The second pass's score of point ``i`` of A against point ``j`` of B, 0-100.

    The weighted Dice overlap of their words (:func:`similarity`); with word vectors, the centred
    cosine of the two points' vectors less ``SEMANTIC_FLOOR`` where that is higher (two sentences
    on one subject in different words).
    """
    if vectors is None:
        return lambda i, j: similarity(words_a[i], words_b[j], weights)
    vecs_a = centred([point_vector(w, vectors, weights) for w in words_a])
    vecs_b = centred([point_vector(w, vectors, weights) for w in words_b])

    def score(i: int, j: int) -> float:
        semantic = 100.0 * cosine(vecs_a[i], vecs_b[j])
        return max(similarity(words_a[i], words_b[j], weights), semantic - SEMANTIC_FLOOR)

    return score


def _runners_up(
    scored: Sequence[tuple[float, int, int]],
    alike: Callable[[str, int, int], bool] = lambda _side, _x, _y: False,
) -> dict[tuple[str, int], dict[int, float]]:
    """For each point (``("a", i)`` or ``("b", j)``) and each of its candidates, the best score among
    its other candidates: what a link of the two must beat by ``MARGIN``. A candidate ``alike``
    the one weighed (``alike(side of the candidates, one, other)``: the same words) is no rival."""
    by_point: dict[tuple[str, int], list[tuple[float, int]]] = {}
    for value, i, j in scored:
        by_point.setdefault(("a", i), []).append((value, j))
        by_point.setdefault(("b", j), []).append((value, i))
    found: dict[tuple[str, int], dict[int, float]] = {}
    for point, candidates in by_point.items():
        side = "b" if point[0] == "a" else "a"
        ranked = sorted(candidates, reverse=True)
        found[point] = {
            other: next((v for v, o in ranked if o != other and not alike(side, o, other)), 0.0)
            for _value, other in candidates
        }
    return found


#: What the second pass made of each pair of points it weighed: (point of A, point of B) -> (score, outcome).
Trace = dict[tuple[int, int], tuple[float, str]]

#: Links found so far: (point of A, point of B) -> (score, pass), with the points each side has linked.
_Found = tuple[dict[tuple[int, int], tuple[float, str]], set[int], set[int]]


def _closer_positions(
    a: Readout, b: Readout, points_a: Sequence[Point], points_b: Sequence[Point]
) -> list[_Rival]:
    """Each pair of a point holding a statement and a point of the other side holding a position the
    parser gives to no one (:func:`holds_position`), scored as the positions pass scores them: the
    rivals of the first pass's statement links (:func:`_statement_pairs`)."""
    score = position_scorer(a, b, points_a, points_b)

    def position(point: Point) -> bool:
        return point.statement is None and holds_position(point)

    rivals: list[_Rival] = []
    for i, pa in enumerate(points_a):
        for j, pb in enumerate(points_b):
            if pa.statement is not None and position(pb):
                rivals.append((score(i, j), "a", pa.statement, j))
            elif pb.statement is not None and position(pa):
                rivals.append((score(i, j), "b", pb.statement, i))
    return rivals


def _statement_links(
    a: Readout,
    b: Readout,
    points_a: Sequence[Point],
    points_b: Sequence[Point],
    similar: Callable[[int, int], float],
) -> _Found:
    """Pass 1: each link of two statements lands on the two points that hold them (the closest two).

    A statement closer to a position the other side's parser gives to no one (the sentence saying
    what the call was for, "spoke ... to underscore that ...") than to any statement left is linked
    to that position, as the positions pass would link the two, and the statement it would have
    taken is left to the next closest: two statements on one subject (an annexation both accounts
    name) otherwise pair the wrong way round, the first taking the only statement the second had.
    """
    found: dict[tuple[int, int], tuple[float, str]] = {}
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs, positions = _statement_pairs(a, b, _closer_positions(a, b, points_a, points_b))
    for value, side, statement, point in positions:
        own_points = _holding(
            points_a if side == "a" else points_b, (a if side == "a" else b).statements[statement]
        )
        for own in own_points[:1]:
            i, j = (own, point) if side == "a" else (point, own)
            found[(i, j)] = (value, "positions")
            used_a.add(i)
            used_b.add(j)
    for statement_score, sa, sb in pairs:
        holding = [
            (similar(i, j), i, j)
            for i in _holding(points_a, a.statements[sa])
            for j in _holding(points_b, b.statements[sb])
        ]
        if holding:
            _score, i, j = max(holding)
            found.setdefault((i, j), (statement_score, "statements"))
            used_a.add(i)
            used_b.add(j)
    return found, used_a, used_b


#: What the second pass made of each pair of points it weighed (``trace`` of :func:`_sentence_links`):
#: linked, or the first rule that kept the two apart.
LINKED, BELOW, MARGIN_LOST, TAKEN = "linked", "below threshold", "runner-up margin", "point taken"


def _weighable(pa: Point, pb: Point, *, both: bool) -> bool:
    """Whether the second pass weighs two points: one holds a statement, neither only names a topic,
    and, where ``both`` (across languages), each states something (:func:`holds_position`)."""
    if pa.statement is None and pb.statement is None:
        return False
    if bare_topic(pa) or bare_topic(pb):
        return False
    return not both or (holds_position(pa) and holds_position(pb))


def _alike(
    words: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]] | None,
) -> Callable[[str, int, int], bool]:
    """Whether two points of one side (``"a"`` or ``"b"``) have the very same words (none if no
    ``words``): a candidate alike the one weighed is no rival for the runner-up margin."""
    if words is None:
        return lambda _side, _x, _y: False
    sides = {"a": words[0], "b": words[1]}
    return lambda side, x, y: bool(sides[side][x]) and sides[side][x] == sides[side][y]


def _sentence_links(
    points_a: Sequence[Point],
    points_b: Sequence[Point],
    score: Callable[[int, int], float],
    found: _Found,
    trace: Trace | None = None,
    *,
    words: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]] | None = None,
    both: bool = False,
) -> None:
    """Pass 2: the points left linked best first, one to one, where one of the two holds a statement.

    A link needs ``MIN_POINT_SCORE`` and ``MARGIN`` times the best other candidate of either point;
    where ``words`` are given, a candidate with the very words of the one weighed is no rival (the
    two say one thing in the terms compared, so the choice between them is no ambiguity). Of pairs
    that score the same, the one whose points stand nearer the same place in their accounts is
    weighed first (two accounts of one call report in much the same order).
    ``trace``, where given, receives each pair weighed with its score and what became of it.
    """
    links, used_a, used_b = found
    scored = sorted(
        (
            (score(i, j), i, j)
            for i in range(len(points_a))
            for j in range(len(points_b))
            if _weighable(points_a[i], points_b[j], both=both)
        ),
        key=lambda t: (-t[0], abs(t[1] / len(points_a) - t[2] / len(points_b)), t[1], t[2]),
    )
    runner_up = _runners_up(scored, _alike(words))
    note = trace if trace is not None else {}
    for value, i, j in scored:
        if value < MIN_POINT_SCORE:
            note[(i, j)] = (value, BELOW)
        elif value < MARGIN * max(runner_up[("a", i)].get(j, 0.0), runner_up[("b", j)].get(i, 0.0)):
            note[(i, j)] = (value, MARGIN_LOST)
        elif (i, j) in links or j in used_b or (i in used_a and (both or value < SECOND_POINT_SCORE)):
            note[(i, j)] = (value, LINKED if (i, j) in links else TAKEN)
        else:
            used_a.add(i)
            used_b.add(j)
            links[(i, j)] = (value, "sentences")
            note[(i, j)] = (value, LINKED)


def position_scorer(
    a: Readout, b: Readout, points_a: Sequence[Point], points_b: Sequence[Point]
) -> Callable[[int, int], float]:
    """The positions pass's score of point ``i`` of A against point ``j`` of B, 0-100.

    The first pass's :func:`statement_similarity`: a point holding a statement by its statement's
    words, any other by its sentence's words less the event's frame (who spoke, where, how).
    """
    names = _name_words(a, b)
    frame = names | _frame_words(a, b)
    sides = _side_countries(a, b)

    def words(readout: Readout, point: Point) -> frozenset[str]:
        if point.statement is not None:
            return content_words(_own_sentence(readout, readout.statements[point.statement]), names, sides)
        return content_words(point.text, frame, sides, drop=POINT_WORDS)

    keep = _keeper(a, b)
    words_a = [keep(words(a, p)) for p in points_a]
    words_b = [keep(words(b, p)) for p in points_b]
    return lambda i, j: statement_similarity(words_a[i], words_b[j])


def _position_links(
    a: Readout, b: Readout, points_a: Sequence[Point], points_b: Sequence[Point], found: _Found
) -> None:
    """Pass 3: positions the parser does not read, linked as the first pass links statements.

    A point left that holds no statement of the parser's but states a position or speaks in the
    first person (:func:`holds_position`) is scored against each point left on the other side that
    does too, or holds a statement, by the first pass's :func:`statement_similarity`: a statement by
    its words, a position by its sentence's words less the event's frame (who spoke, where, how).
    Pairs from ``POSITION_SCORE`` are linked best first, one to one.
    """
    links, used_a, used_b = found
    score = position_scorer(a, b, points_a, points_b)
    left_a = [i for i, p in enumerate(points_a) if i not in used_a and holds_position(p)]
    left_b = [j for j, p in enumerate(points_b) if j not in used_b and holds_position(p)]
    scored = sorted(
        (
            (score(i, j), i, j)
            for i in left_a
            for j in left_b
            if points_a[i].statement is None
            or points_b[j].statement is None
            or _positional(points_a[i])
            or _positional(points_b[j])
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    for value, i, j in scored:
        if value < POSITION_SCORE:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        links[(i, j)] = (value, "positions")


def point_words(
    a: Readout, b: Readout, points_a: Sequence[Point], points_b: Sequence[Point]
) -> tuple[list[frozenset[str]], list[frozenset[str]], dict[str, float]]:
    """Each point's words as the second pass compares them, and each word's :func:`rarity`."""
    names = _name_words(a, b) | _frame_words(a, b)
    sides = _side_countries(a, b)
    keep = _keeper(a, b)
    words_a = [keep(content_words(p.text, names, sides, drop=POINT_WORDS)) for p in points_a]
    words_b = [keep(content_words(p.text, names, sides, drop=POINT_WORDS)) for p in points_b]
    return words_a, words_b, rarity(words_a + words_b)


def link_evidence(
    a: Readout,
    b: Readout,
    points_a: Sequence[Point],
    points_b: Sequence[Point],
    persons: Sequence[PersonMatch] = (),
) -> list[list[tuple[float, ...]]]:
    """The evidence pass's evidence for every pair of points (:func:`.evidence.features`)."""
    words_a, words_b, weights = point_words(a, b, points_a, points_b)
    statement_a, statement_b = _statement_words(a, b)
    same = {name_key(person.a): name_key(person.b) for person in persons}

    def statements(pa: Point, pb: Point) -> float:
        if pa.statement is None or pb.statement is None:
            return 0.0
        return statement_similarity(statement_a[pa.statement], statement_b[pb.statement])

    def speakers(pa: Point, pb: Point) -> int:
        key_a, key_b = _point_key(a, pa), _point_key(b, pb)
        key_a = same.get(key_a, key_a) if key_a is not None else None
        if key_a is None or key_b is None:
            return 0
        if key_a == key_b:
            return 1
        return -1 if BOTH not in (key_a, key_b) else 0

    return features(
        [[similarity(wa, wb, weights) for wb in words_b] for wa in words_a],
        [[statements(pa, pb) for pb in points_b] for pa in points_a],
        [p.statement is not None for p in points_a],
        [p.statement is not None for p in points_b],
        [[speakers(pa, pb) for pb in points_b] for pa in points_a],
    )


def _evidence_links(
    points_a: Sequence[Point],
    points_b: Sequence[Point],
    evidence: Sequence[Sequence[tuple[float, ...]]],
    model: LinkModel,
    found: _Found,
) -> None:
    """Pass 5 (opt-in): the points left linked best first, one to one, where one of the two holds a statement
    and the link model's log-odds reach its threshold."""
    links, used_a, used_b = found
    scored = sorted(
        (
            (logit(model, evidence[i][j]), i, j)
            for i in range(len(points_a))
            for j in range(len(points_b))
            if points_a[i].statement is not None or points_b[j].statement is not None
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    for value, i, j in scored:
        if value < model.threshold:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        links[(i, j)] = (100.0 / (1.0 + math.exp(-value)), "evidence")


def _agenda_links(
    points_a: Sequence[Point],
    points_b: Sequence[Point],
    score: Callable[[int, int], float],
    words: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]],
    found: _Found,
    *,
    kinds: frozenset[str] = agenda.AGENDA_KEYS,
) -> None:
    """Pass 4: each side's single statement naming an agenda item linked (:mod:`.agenda`, rule 2).

    Among the points that state something (:func:`holds_position`), a third country or proper name
    (``kinds``) that exactly one point of each side names links the two where neither is linked yet.
    """
    links, used_a, used_b = found
    keys_a = {
        i: agenda.agenda_keys(p.text, words[0][i], kinds, STEM)
        for i, p in enumerate(points_a)
        if holds_position(p)
    }
    keys_b = {
        j: agenda.agenda_keys(p.text, words[1][j], kinds, STEM)
        for j, p in enumerate(points_b)
        if holds_position(p)
    }
    for i, j, value in agenda.single_item_links(keys_a, keys_b, score, (used_a, used_b)):
        links[(i, j)] = (value, "agenda")


def _link(
    a: Readout,
    b: Readout,
    points_a: Sequence[Point],
    points_b: Sequence[Point],
    *,
    persons: Sequence[PersonMatch] = (),
    vectors: WordVectors | None = None,
    model: LinkModel | None = None,
    trace: Trace | None = None,
) -> list[StatementLink]:
    words_a, words_b, weights = point_words(a, b, points_a, points_b)
    found = _statement_links(
        a, b, points_a, points_b, lambda i, j: similarity(words_a[i], words_b[j], weights)
    )
    _sentence_links(
        points_a,
        points_b,
        point_scorer(words_a, words_b, weights, vectors),
        found,
        trace,
        words=(words_a, words_b),
        both=across_languages(a, b),
    )
    _position_links(a, b, points_a, points_b, found)
    _agenda_links(
        points_a,
        points_b,
        lambda i, j: similarity(words_a[i], words_b[j], weights),
        (words_a, words_b),
        found,
        kinds=ACROSS_AGENDA_KEYS if across_languages(a, b) else agenda.AGENDA_KEYS,
    )
    if model is not None:
        evidence = link_evidence(a, b, points_a, points_b, persons)
        _evidence_links(points_a, points_b, evidence, model, found)
    same = {name_key(person.a): name_key(person.b) for person in persons}
    links = []
    for (i, j), (value, basis) in sorted(found[0].items()):
        pa, pb = points_a[i], points_b[j]
        key_a, key_b = _point_key(a, pa), _point_key(b, pb)
        key_a = same.get(key_a, key_a) if key_a is not None else None
        links.append(
            StatementLink(
                a=i,
                b=j,
                score=round(value, 1),
                speaker_a=pa.speaker or "",
                speaker_b=pb.speaker or "",
                same_speaker=key_a is not None and key_a == key_b,
                basis=basis,
            )
        )
    return links


def related_points(
    points: tuple[Sequence[Point], Sequence[Point]],
    words: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]],
    weights: Mapping[str, float],
    unlinked: tuple[Sequence[int], Sequence[int]],
    trace: Trace | None = None,
) -> tuple[tuple[Related, ...], tuple[Related, ...]]:
    """The points no link joins whose subject the other side names too, in other words.

    A point of one side is related to the other side's point (linked or not) that the second pass
    would have linked it to but for the runner-up margin (basis "margin") or because that point
    was taken by a closer link (basis "taken"), as ``trace`` (:func:`link_trace`) records it: the
    pass found the two on one subject and left them unlinked only to avoid a wrong link. Failing
    that, to the point with which it shares an agenda key of :data:`RELATED_KEYS` (basis "agenda"),
    else to the one its weighted Dice overlap is highest with where that reaches
    :data:`RELATED_SCORE` (basis "words"; both off by default). Returns those of side A and of B.
    """
    close: dict[tuple[int, int], tuple[float, int, str]] = {}
    for (i, j), (value, status) in (trace or {}).items():
        if status not in (MARGIN_LOST, TAKEN):
            continue
        basis = "margin" if status == MARGIN_LOST else "taken"
        for key, partner in (((0, i), j), ((1, j), i)):
            if key not in close or (value, -partner) > (close[key][0], -close[key][1]):
                close[key] = (value, partner, basis)
    keys = [
        [agenda.agenda_keys(p.text, w, RELATED_KEYS, STEM) for p, w in zip(side, ws, strict=True)]
        for side, ws in zip(points, words, strict=True)
    ]
    found: list[tuple[Related, ...]] = []
    for this, other in ((0, 1), (1, 0)):
        related = []
        for i in unlinked[this]:
            if (this, i) in close:
                related.append(Related(i, close[(this, i)][1], close[(this, i)][2]))
                continue
            shared = [j for j, k in enumerate(keys[other]) if k & keys[this][i]]
            scores = [(similarity(words[this][i], w, weights), j) for j, w in enumerate(words[other])]
            if shared:
                best = max((scores[j][0], j) for j in shared)
                related.append(Related(i, best[1], "agenda"))
            elif scores and (best := max(scores, key=lambda t: (t[0], -t[1])))[0] >= RELATED_SCORE:
                related.append(Related(i, best[1], "words"))
        found.append(tuple(related))
    return found[0], found[1]


def link_trace(
    a: Readout, b: Readout
) -> tuple[tuple[Point, ...], tuple[Point, ...], list[StatementLink], Trace]:
    """Why two readouts' points are linked or not, as :func:`compare` links them by default.

    Returns the points of each side, the links, and for every pair of points the second pass
    weighed (one of the two holds a statement) its score and what became of it: :data:`LINKED`,
    :data:`BELOW` ``MIN_POINT_SCORE``, :data:`MARGIN_LOST` to a runner-up, or :data:`TAKEN` (a point
    already linked). A pair the second pass did not weigh is absent (neither point holds a statement).
    """
    points_a, points_b = points_of(a), points_of(b)
    trace: Trace = {}
    links = _link(a, b, points_a, points_b, persons=match_persons(a, b), trace=trace)
    return points_a, points_b, links, trace


def _names(readout: Readout) -> str | None:
    return "; ".join(p.name for p in readout.event.participants) or None


def _requested(readout: Readout) -> str | None:
    return "; ".join(p.name for p in readout.event.participants if p.requested) or None


def _keys(value: str | None) -> frozenset[str]:
    return frozenset(name_key(part) for part in (value or "").split("; ") if part)


def _date(readout: Readout) -> str | None:
    when = dated(readout)
    return f"{when[0].isoformat()} ({when[1]})" if when is not None else None


def _facts(a: Readout, b: Readout, persons: Sequence[PersonMatch]) -> list[Fact]:
    facts = [
        Fact("kind", a.event.kind.value, b.event.kind.value, a.event.kind == b.event.kind),
        Fact("date", _date(a), _date(b), (dated(a) or (None,))[0] == (dated(b) or (None,))[0]),
        Fact(
            "place",
            a.event.location,
            b.event.location,
            fold(a.event.location or "") == fold(b.event.location or ""),
        ),
        Fact("requested by", _requested(a), _requested(b), _keys(_requested(a)) == _keys(_requested(b))),
        Fact("principals named", _names(a), _names(b), _keys(_names(a)) == _keys(_names(b))),
    ]
    for person in persons:
        count_a = _count(a, a.statements, name_key(person.a))
        count_b = _count(b, b.statements, name_key(person.b))
        facts.append(Fact(f"statements given to {person.b}", str(count_a), str(count_b), count_a == count_b))
    joint_a = sum(1 for s in a.statements if s.speaker == BOTH)
    joint_b = sum(1 for s in b.statements if s.speaker == BOTH)
    facts.append(Fact("joint statements", str(joint_a), str(joint_b), joint_a == joint_b))
    return facts


def _count(readout: Readout, statements: Sequence[Statement], key: str) -> int:
    return sum(1 for s in statements if _speaker_key(readout, s.speaker) == key)


def _attributions(
    side: str, readout: Readout, other: Readout, points: Sequence[Point], unmatched: Sequence[int]
) -> list[Attribution]:
    """Unmatched points this side gives to the other side's own principal (named first there)."""
    others = persons_of(other)
    if not others or (persons_of(readout) and persons_of(readout)[0].key == others[0].key):
        return []
    theirs = others[0].key
    found = []
    for index in unmatched:
        point = points[index]
        if point.speaker is not None and _point_key(readout, point) == theirs:
            found.append(Attribution(side, index, point.speaker, point.text))
    return found


def _only_and_topics(
    points: Sequence[Point], unlinked: Sequence[int], related: Sequence[Related]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """One side's points no link joins and not related to the other side's: those it alone reports,
    and those that only name a topic (:func:`bare_topic`), listed apart."""
    near = {r.point for r in related}
    left = [i for i in unlinked if i not in near]
    topics = tuple(i for i in left if bare_topic(points[i]))
    return tuple(i for i in left if i not in topics), topics


def compare(
    a: Readout, b: Readout, *, vectors: WordVectors | None = None, model: LinkModel | None = None
) -> Comparison:
    """Align two readouts of one event.

    Returns a :class:`Comparison`: the principals both name, the event's facts as each side has
    them, every point each side reports (its sentences, with the parser's statements marking who
    said what), the points linked across the sides, the points only one side reports (a point
    that only names a topic, :func:`bare_topic`, is listed apart: naming a topic states nothing
    the other side could leave out), and among
    those the ones one side gives to the other side's principal that the other's own readout does
    not report. ``vectors`` adds word vectors to the second pass (:mod:`.vectors`); ``model`` adds
    the opt-in evidence pass (:mod:`.evidence`, :data:`.evidence.LINK_MODEL`). Neither is used by default.
    """
    persons = match_persons(a, b)
    points_a, points_b = points_of(a), points_of(b)
    trace: Trace = {}
    links = _link(a, b, points_a, points_b, persons=persons, vectors=vectors, model=model, trace=trace)
    unlinked_a = tuple(i for i in range(len(points_a)) if i not in {link.a for link in links})
    unlinked_b = tuple(j for j in range(len(points_b)) if j not in {link.b for link in links})
    words_a, words_b, weights = point_words(a, b, points_a, points_b)
    related_a, related_b = related_points(
        (points_a, points_b), (words_a, words_b), weights, (unlinked_a, unlinked_b), trace
    )
    only_a, topics_a = _only_and_topics(points_a, unlinked_a, related_a)
    only_b, topics_b = _only_and_topics(points_b, unlinked_b, related_b)
    attributions = _attributions("a", a, b, points_a, only_a) + _attributions("b", b, a, points_b, only_b)
    return Comparison(
        a=a,
        b=b,
        persons=persons,
        facts=tuple(_facts(a, b, persons)),
        points_a=points_a,
        points_b=points_b,
        links=tuple(links),
        only_a=only_a,
        only_b=only_b,
        attributions=tuple(attributions),
        related_a=related_a,
        related_b=related_b,
        topics_a=topics_a,
        topics_b=topics_b,
    )
