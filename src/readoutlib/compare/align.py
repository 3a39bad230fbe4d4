"""Comparison: two readouts of one event, statement against statement.

Each statement is reduced to its content words (function words, diplomatic filler, the two sides'
country names and the principals' names dropped, each word cut to a short stem so "sanctions" meets
"sanction"), the third countries and figures it names ("@IR", "=2060"), and the subjects it touches
(:mod:`.subjects`: "economic measures" and "sanctions" are both deterrence); rapidfuzz scores
every pair of statements across the two sides, and pairs are linked best first, one to one, above a
threshold. A statement already linked may take a second partner only on a much closer match: one
side often reports in one sentence what the other reports in two.
What is left on each side is what only that side reports. Around the statements the comparison sets
side by side the kind, the date, the place, who asked for the call and who is named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..analysis.countries import COUNTRY_PATTERN, DEMONYM_PATTERN, country_from_demonym
from ..languages.en.names import fold
from ..model import BOTH, Readout, Statement
from .model import Attribution, Comparison, Fact, PersonMatch, StatementLink
from .pair import dated
from .persons import match_persons, name_key, persons_of
from .subjects import subjects_of

__all__ = [
    "ANCHORED",
    "MIN_SCORE",
    "MIN_SHARED",
    "SECOND_LINK_SCORE",
    "STEM",
    "compare",
    "content_words",
    "similarity",
]

#: Length a content word is cut to: a stem without a stemmer ("responsibility" and "respond" part).
STEM = 7
#: The least similarity (0-100) for two statements to be on the same subject.
MIN_SCORE = 50.0
#: The least number of stems two statements must share to be linked at all.
MIN_SHARED = 2
#: The least similarity for a statement already linked to take a second partner.
SECOND_LINK_SCORE = 70.0


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that say who, not what: every statement of a bilateral readout names the two countries.
FRAME_WORDS = _words(
    """united states president presidents leader leaders allies partners side sides country countries
    head state american"""
)

#: Words that carry no subject.
FUNCTION_WORDS = _words(
    """a an the and or but nor of to in on at by for from with without as into onto upon about
    that this these those it its it's their them they he she his her him we our us you your i me my
    is are was were be been being has have had do does did will would shall should can could may
    might must not no also both all any each other such than then there here which who whom whose
    what when where while if so very more most same two sides side well further including between
    over under again once only just own toward towards through during before after above below up down
    out off"""
)

#: The filler of diplomatic prose: words every readout uses whatever it reports.
DIPLOMATIC_FILLER = _words(
    """importance important continue continued continuing continuous close closely need needs necessity
    ensure efforts effort issues issue current recent recently latest ongoing today yesterday week weeks
    days coming ahead forward look looked looking shared share work working together view views regard
    situation matters number areas range wide broad various full new way ways steps step role"""
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_COUNTRY = re.compile(f"(?<![\\w])(?:{COUNTRY_PATTERN}|{DEMONYM_PATTERN})(?![\\w])")
#: Figures: a year, an amount ("$500 million", "USD 225 million"), a count with two digits or more.
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")


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

    return _COUNTRY.sub(cut, text), frozenset(third)


def _numbers(text: str) -> frozenset[str]:
    figures = (m.group(0).replace(",", "") for m in _NUMBER.finditer(text))
    return frozenset("=" + f for f in figures if len(f.split(".")[0]) >= 2)


def content_words(
    text: str, names: frozenset[str] = frozenset(), sides: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The stems of a statement's content words, the third countries, figures and subjects it touches.

    ``names`` are folded words of the principals' names, dropped like the country names of
    ``sides`` (the principals' countries): they say who spoke or was thanked, not what about.
    """
    rest, third = _countries(text, sides)
    words = (fold(w) for w in _WORD.findall(rest))
    stems = {
        w[:STEM]
        for w in words
        if len(w) > 2
        and w not in FUNCTION_WORDS
        and w not in FRAME_WORDS
        and w not in DIPLOMATIC_FILLER
        and w not in names
    }
    return frozenset(stems) | third | _numbers(text) | subjects_of(text)


def _name_words(*readouts: Readout) -> frozenset[str]:
    return frozenset(
        fold(word) for r in readouts for p in r.event.participants for word in _WORD.findall(p.name)
    )


def _side_countries(*readouts: Readout) -> frozenset[str]:
    return frozenset(p.country for r in readouts for p in r.event.participants if p.country)


#: Shared evidence that makes two statements one subject however long they are: a figure or a third
#: country counts two, any other shared word or subject one.
ANCHORED = 4


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
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


def _speaker_key(readout: Readout, speaker: str) -> str:
    if speaker == BOTH:
        return BOTH
    participant = readout.participant(speaker)
    return name_key(participant.name) if participant is not None else speaker


def _speaker_name(readout: Readout, speaker: str) -> str:
    participant = readout.participant(speaker)
    return participant.name if participant is not None else speaker


def _link(a: Readout, b: Readout) -> list[StatementLink]:
    names = _name_words(a, b)
    sides = _side_countries(a, b)
    words_a = [content_words(s.text, names, sides) for s in a.statements]
    words_b = [content_words(s.text, names, sides) for s in b.statements]
    scored = sorted(
        ((similarity(wa, wb), i, j) for i, wa in enumerate(words_a) for j, wb in enumerate(words_b)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    links = []
    for score, i, j in scored:
        if score < MIN_SCORE:
            break
        if j in used_b or (i in used_a and score < SECOND_LINK_SCORE):
            continue
        used_a.add(i)
        used_b.add(j)
        sa, sb = a.statements[i], b.statements[j]
        links.append(
            StatementLink(
                a=i,
                b=j,
                score=round(score, 1),
                speaker_a=_speaker_name(a, sa.speaker),
                speaker_b=_speaker_name(b, sb.speaker),
                same_speaker=_speaker_key(a, sa.speaker) == _speaker_key(b, sb.speaker),
            )
        )
    return sorted(links, key=lambda link: (link.a, link.b))


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


def _attributions(side: str, readout: Readout, other: Readout, unmatched: Sequence[int]) -> list[Attribution]:
    """Unmatched statements this side gives to the other side's own principal (named first there)."""
    others = persons_of(other)
    if not others or (persons_of(readout) and persons_of(readout)[0].key == others[0].key):
        return []
    theirs = others[0].key
    found = []
    for index in unmatched:
        statement = readout.statements[index]
        if _speaker_key(readout, statement.speaker) == theirs:
            name = _speaker_name(readout, statement.speaker)
            found.append(Attribution(side, index, name, statement.text))
    return found


def compare(a: Readout, b: Readout) -> Comparison:
    """Align two readouts of one event.

    Returns a :class:`Comparison`: the principals both name, the event's facts as each side has
    them, the statements linked across the sides, the statements only one side reports, and among
    those the statements one side gives to the other side's principal that the other's own readout
    does not report.
    """
    persons = match_persons(a, b)
    links = _link(a, b)
    only_a = tuple(i for i in range(len(a.statements)) if i not in {link.a for link in links})
    only_b = tuple(j for j in range(len(b.statements)) if j not in {link.b for link in links})
    attributions = _attributions("a", a, b, only_a) + _attributions("b", b, a, only_b)
    return Comparison(
        a=a,
        b=b,
        persons=persons,
        facts=tuple(_facts(a, b, persons)),
        links=tuple(links),
        only_a=only_a,
        only_b=only_b,
        attributions=tuple(attributions),
    )
