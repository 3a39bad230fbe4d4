"""What each of the pack's rule tables yields on a text: the probes ``tests/test_rule_rows.py`` runs on
every row's example, each through the code that reads pages (so a row is tested as it is used)."""

from __future__ import annotations

import datetime as dt

from .event import dateline_day, event_date, event_kind, find_opening, requester
from .genre import future_event, refusal
from .people import mentions
from .statements import Speaker, find_statements
from .tables import compiled
from .text import fold

__all__ = [
    "addressee", "adverb", "date_form", "dateline", "future", "genre", "kind", "object", "place", "request",
    "subject", "title", "transcript", "verb",
]  # fmt: skip

#: The invented people the tables' examples name.
_SPEAKERS = (Speaker("zhao", "赵明"), Speaker("olsen", "奥尔森"), Speaker("li", "李安"))
_ANCHOR = dt.date(2024, 3, 31)


def kind(text: str) -> str:
    """The event kind of an opening sentence."""
    return event_kind(text).value


def _statements(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.verb, s.text) for s in find_statements([text], _SPEAKERS)]


def verb(text: str) -> str:
    """'say' when the sentence's statement starts after its verb and the clause after it adds none;
    'act' when the verb's object is a statement and a verb after a comma adds another; 'topic' when
    the subject's clause makes no statement."""
    found = _statements(text)
    if not found:
        return "topic"
    chained = _statements(text.rstrip("。") + "，并强调合作重要。")
    return "act" if len(chained) > len(found) else "say"


def subject(text: str) -> str:
    """'both' when the statement's speaker is both sides, 'pronoun' when it is the last speaker."""
    found = find_statements(["赵明表示，合作重要。", text], _SPEAKERS)
    speakers = [s.speaker for s in found if s.paragraph == 1]
    if speakers == ["both"]:
        return "both"
    return "pronoun" if speakers == ["zhao"] and not text.startswith("赵明") else "none"


def adverb(text: str) -> str:
    """'adverb' when a clause opened by adverbs before its verb adds a statement of the same speaker."""
    return "adverb" if len(_statements(text)) >= 2 else "none"


def object(text: str) -> str:  # noqa: A001 - the table's label
    """'object' when the statement starts at a phrase before its verb, not after the verb."""
    found = find_statements([text], _SPEAKERS)
    return "object" if found and found[0].start < text.index(found[0].verb) else "none"


def title(text: str) -> str:
    """'spouse' for a spouse's office, 'join' for an office joined by '与' / '和', 'head' for any
    other office; 'not_name' when no one is named (the words before the office are part of it)."""
    found = list(mentions(text))
    if not found:
        return "not_name"
    if found[0].spouse:
        return "spouse"
    return "join" if any(ch in found[0].titles[-1] for ch in "与和") else "head"


def place(text: str) -> str:
    """The country code of the first person named with an office."""
    found = list(mentions(text))
    return (found[0].country or "none") if found else "none"


def request(text: str) -> str:
    """'other' when the side not named first asked; 'named' when the request names who asked."""
    opening = find_opening([text])
    if opening is None:
        return "none"
    for pattern, label in compiled("requests.toml"):
        if pattern.search(fold(text)) and requester(text, opening.sides) is not None:
            return label
    return "none"


def genre(text: str) -> str:
    """Why a page with this headline is not a readout."""
    return refusal(text, ()) or "readout"


def date_form(text: str) -> str:
    """Which of the table's date forms dates the sentence ('parser' when the date parser does)."""
    if event_date(text, _ANCHOR) is None:
        return "none"
    folded = fold(text)
    return next((label for pattern, label in compiled("dates.toml") if pattern.search(folded)), "parser")


def dateline(text: str) -> str:
    """'dateline' when the sentence opens with an agency's dateline."""
    return "dateline" if dateline_day(text, _ANCHOR)[0] else "none"


def addressee(text: str) -> str:
    """'addressee' when the opening's second side is the person a message is sent to, named with no
    office of their own before the name (so only the sending verb finds them)."""
    opening = find_opening([text])
    named = {m.name for m in mentions(text)}
    return "addressee" if opening is not None and opening.sides[1].name not in named else "none"


def transcript(text: str) -> str:
    """The refusal of a page made of two such lines."""
    return refusal(None, [text, text]) or "readout"


def future(text: str) -> str:
    """The refusal of a page whose opening announces a coming event."""
    opening = find_opening([text])
    if opening is None:
        return "none"
    first = opening.sides[0].name_start - opening.start
    return "a coming event, announced" if future_event(text[opening.start : opening.end], first) else "none"
