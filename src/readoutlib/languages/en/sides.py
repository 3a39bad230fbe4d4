"""Principals who stand for no state (a businessman, an actor, the head of an industry body).

The feed labels call a leader's meeting with such people a domestic readout, wherever they come
from: their country is no side of the event. The scope stage (``analysis.scope``) reads the sides
from the principals and the countries the headline and the opening name; this module tells it which
principals to leave out and which descriptions ("American businessman") to blank. Words in
``private_sides.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...analysis.countries import country_from_demonym, country_from_name
from ...model import Participant
from ...rules import Gated, GatedAlternation, load_table
from .text import word_starts

__all__ = [
    "ENEMY",
    "MOVED",
    "TOPIC",
    "TOPICS",
    "UNCODED_OFFICE",
    "UNCODED_STATE",
    "private_person",
    "private_principals",
    "side_word",
    "without_enemies",
    "without_former_offices",
    "without_moved",
    "without_private",
    "without_topics",
]

#: The phrases that name a country as the topic of the event, the other side named with no
#: country, and the words of diplomacy (``scope_topics.toml``; read by the scope and country stages).
TOPICS = load_table("readoutlib.languages", "en/scope_topics.toml")
#: A country named as the enemy ("Sylvania's aggression", "sanctions against Sylvania", "the fight
#: against Sylvania").
ENEMY = re.compile(TOPICS.alternation("enemy"), TOPICS.flags)
#: A country's people being moved: its migrants, refugees, evacuees, their relocation ("Sylvanian
#: evacuees", "resettling our Sylvanian allies"); a topic, and no guess of anyone's country either.
MOVED = re.compile(TOPICS.alternation("moved"), TOPICS.flags)
#: A country named as the topic of the event: an enemy, a people moved, or a place or people the talk
#: is about ("the situation in Sylvania", "support for the Sylvanian people").
_TOPIC_LABELS = ("enemy", "moved", "topic")
TOPIC = re.compile("|".join(TOPICS.alternation(label) for label in _TOPIC_LABELS), TOPICS.flags)
#: ``TOPIC`` row by row, each searched only where one of its words stands: the rows' words together
#: are too many for one gate of the whole pattern, which then lets every text through.
_TOPIC_ROWS = GatedAlternation.of_rows(
    TOPIC, [row.pattern for label in _TOPIC_LABELS for row in TOPICS.rows if row.label == label]
)
_ENEMY_GATED = Gated.of(ENEMY)
_MOVED_GATED = Gated.of(MOVED)
#: A state with its own government but no ISO code ("Abkhazia", "South Ossetia"): its officials get no
#: country, and an office of one names another side.
UNCODED_STATE = re.compile(TOPICS.alternation("uncoded state"), TOPICS.flags)
#: An office of such a state before its holder or after its adjective ("President of the Republic of
#: Abkhazia", "Foreign Minister of South Ossetia").
UNCODED_OFFICE = Gated.of(
    re.compile(
        r"\b(?:(?:Vice[\s-])?President|Prime\s+Minister|(?:Foreign|Defen[cs]e)\s+Minister|Minister\s+of\s+"
        r"Foreign\s+Affairs|Head|Leader|Chairman|Speaker|Ambassador|Envoy)(?:[\s-]elect)?\s+of\s+"
        rf"(?:the\s+)?(?:Republic\s+of\s+)?(?:{UNCODED_STATE.pattern})",
        TOPICS.flags,
    )
)

_TABLE = load_table("readoutlib.languages", "en/private_sides.toml")
_PRIVATE = Gated.of(re.compile(_TABLE.alternation("private"), _TABLE.flags))
_BODY = Gated.of(re.compile(_TABLE.alternation("private body"), _TABLE.flags))
_OFFICE = Gated.of(re.compile(_TABLE.alternation("office"), _TABLE.flags))
_DESCRIBED = Gated.of(re.compile(_TABLE.alternation("described"), _TABLE.flags))
_FORMER_OFFICE = Gated.of(re.compile(_TABLE.alternation("former office"), _TABLE.flags))
_INCOMING = Gated.of(re.compile(_TABLE.alternation("incoming"), _TABLE.flags))
#: A former office right before its holder's name, with the courtesy "Ambassador" a former official
#: keeps after it ("Former National Security Adviser, Ambassador X"): the holder is a private person.
_FORMER_HOLDER = re.compile(
    rf"(?:{_TABLE.alternation('former office')})\s*"
    r"(?:,\s*(?-i:Ambassador)\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3})?$",
    _TABLE.flags,
)
#: How far before a name its description is read, and after it an appositive (", an American expert").
_REACH = 160
_APPOSITIVE = re.compile(r"\s*,\s+(?:an?|the)\s+([^.;]{1,120})")
_SENTENCE_END = re.compile(r"[.;!?]\s+(?=[A-Z\"“])")


def without_topics(text: str) -> str:
    """The text with every phrase that names a country as the topic blanked to spaces (offsets kept)."""
    if not text:
        return text
    return _TOPIC_ROWS.sub(lambda m: " " * len(m.group(0)), text)


def without_enemies(text: str) -> str:
    """The text with every phrase that names a country as the enemy blanked to spaces (offsets kept)."""
    if not text or _ENEMY_GATED.absent(text):
        return text
    return ENEMY.sub(lambda m: " " * len(m.group(0)), text)


def without_moved(text: str) -> str:
    """The text with every phrase that names a country's people being moved blanked to spaces (offsets
    kept): "Sylvanian evacuees" tells no one's country, however often the page names them."""
    if not text or _MOVED_GATED.absent(text):
        return text
    return MOVED.sub(lambda m: " " * len(m.group(0)), text)


def _last(pattern: Gated, text: str) -> re.Match[str] | None:
    """The pattern's last match in the text."""
    if pattern.absent(text):
        return None
    matches = list(pattern.regex.finditer(text))
    return matches[-1] if matches else None


def side_word(text: str) -> str | None:
    """The table's probe: "incoming" where someone is called his state's incoming leader, "described"
    where a country's adjective describes a private role, else the label of the last private role,
    private body or office the text names ("former office" for an office after "former"; None: none)."""
    if _INCOMING.search(text):
        return "incoming"
    if _DESCRIBED.search(text):
        return "described"
    last = [(m.end(), label) for label, p in _LABELLED if (m := _last(p, text))]
    label = max(last)[1] if last else None
    return "former office" if label == "office" and _FORMER_OFFICE.search(text) else label


_LABELLED = (("private", _PRIVATE), ("private body", _BODY), ("office", _OFFICE))


def _private_description(before: str, *, incoming: bool = False) -> bool:
    """True when the words before a name end in a private role or body with no office after it, or in a
    former office (not ``incoming``: the page calls someone his state's incoming leader)."""
    cut = list(_SENTENCE_END.finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    if not incoming and not _FORMER_OFFICE.absent(before) and _FORMER_HOLDER.search(before):
        return True
    private = max((m.end() for p in (_PRIVATE, _BODY) if (m := _last(p, before))), default=None)
    if private is None:
        return False
    return _OFFICE.regex.search(before, private) is None


def _private_appositive(after: str) -> bool:
    """True when an appositive after a name (", an American expert on …") opens with a private role."""
    m = _APPOSITIVE.match(after)
    if not m:
        return False
    clause = m.group(1)
    office = _OFFICE.search(clause)
    private = min((found.start() for p in (_PRIVATE, _BODY) if (found := p.search(clause))), default=None)
    return private is not None and (office is None or private < office.start())


def private_person(name: str | None, texts: Sequence[str | None]) -> bool:
    """True when the person of that name is private: the name holds a private role or body, or the
    texts describe the person as one before the name or in an appositive after it."""
    if not name:
        return False  # an office-holder the page does not name holds the office: no private person
    if _PRIVATE.search(name) or _BODY.search(name):
        return True
    surname = name.split()[-1]
    incoming = any(t and _INCOMING.search(t) for t in texts)
    for text in (t for t in texts if t):
        for start in word_starts(text, surname):
            before = text[max(0, start - _REACH) : start]
            after = text[start + len(surname) :]
            if _private_description(before, incoming=incoming) or _private_appositive(after):
                return True
    return False


def private_principals(participants: Sequence[Participant], texts: Sequence[str | None]) -> set[str]:
    """The ids of the principals the headline or the opening describe as private persons, and of those
    whose own titles, read with the name, hold a private body ("President of the Union of European" +
    "Football Associations": the body's name split between the two)."""
    return {
        p.id
        for p in participants
        if private_person(p.name, texts) or _BODY.search(" ".join((*p.titles, p.name)))
    }


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _blank_described(match: re.Match[str]) -> str:
    """Blank a private role described by its country: the adjective or the name before it ("American
    businessman", "US security lawyer") or the name after it ("activists from Burma")."""
    words = match.group(0).split()
    first = words[0].rstrip(",")
    named = country_from_demonym(first) or country_from_name(first) or country_from_name(words[-1])
    if not named and len(words) > 1:
        named = country_from_name(" ".join(words[-2:]))
    return _blank(match) if named else match.group(0)


def without_private(text: str | None) -> str | None:
    """The text with a private role's country adjective ("American businessman") and a private body's
    name ("the General Confederation of Italian Industry") blanked to spaces."""
    if not text:
        return text
    if not _DESCRIBED.absent(text):
        text = _DESCRIBED.regex.sub(_blank_described, text)
    if not _BODY.absent(text):
        text = _BODY.regex.sub(_blank, text)
    return text


def without_former_offices(text: str | None, texts: Sequence[str | None]) -> str | None:
    """The text with every former office blanked to spaces, with the state it was of ("former
    Director of the U.S. Treasury's Office X"): a former office-holder speaks for no state. Kept
    where ``texts`` (the headline and the opening) call someone the state's incoming leader ("to
    congratulate him on his party's victory"): the state he is about to lead is a side."""
    if not text or _FORMER_OFFICE.absent(text) or any(t and _INCOMING.search(t) for t in texts):
        return text
    return _FORMER_OFFICE.regex.sub(_blank, text)
