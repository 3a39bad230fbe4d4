"""Statements in a Japanese readout: the content comes before the verb.

A statement opens at a speaker phrase at the start of a clause: a principal named with or without
a title, "同長官" (the said Secretary), "両外相" (both), "先方" (the other side), followed by "は",
"から", "より", "からも", "が" ("山田大臣から，…旨述べました"). Its content starts right after the
marker and runs to the reporting predicate that closes it (``predicates.toml``): "…旨述べました",
"…につき説明がありました", "…ことで一致し，". One speaker's chain of predicates makes one statement
per predicate ("…を述べるとともに，…旨述べました", ``connectives.toml``); a predicate in "…た上で，"
is no clause end, so it hangs on the next one and makes no statement of its own; a topic-only
predicate ("意見交換を行い，") makes none and lets the content run on. A speaker phrase inside a
statement that is still open is nested and starts nothing. A sentence with no speaker of its own
that ends in a reporting predicate continues the paragraph's last speaker ("また，…ことを確認しました。").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import attrs

from ...model import BOTH, Participant, Statement
from ...rules import Table, load_table
from .event import sentences
from .names import find_mentions, same_person

__all__ = [
    "connective_probe",
    "find_statements",
    "opener_probe",
    "predicate_probe",
    "subject_probe",
]

#: Markers after a speaker phrase, longest first; "からの" is not one ("…大臣からのお見舞い").
#: "で" marks both sides' agreement ("双方で…一致しました"); after one person's name it does not occur.
_MARKER = re.compile(r"(?:からは|からも|から|よりも|より|は|も|が|で)(?!の)[，,、]?\s*")
_SPEAKER_MARKER = re.compile(r"(?:から|より|は)")
#: A topic before the speaker with no comma between: "シリアに関し安倍総理からは，…".
_TOPIC_LEAD = re.compile(r"[^，,、。]{1,24}?(?:に関し(?:ては|て)?|については|について|に関連して)")
#: "…とともに" closes a clause even without a comma after it ("…を表するとともに負傷者の…").
_TOGETHER = "とともに"
#: A list bullet or number at a paragraph's start.
_BULLET = re.compile(r"\s*(?:[-‐・●○■◆]|\d{1,2}[.．)]?|[(（]\d{1,2}[)）])?\s*")
#: The commas that separate clauses; those inside brackets or quotes do not.
_COMMAS = "，,、"
_OPEN_BRACKETS = "(（「『"
_CLOSE_BRACKETS = ")）」』"
#: Forms that end a clause without joining the next one: at a bare comma only the continuative
#: ("述べ，", "一致し，", "説明があり，") closes a statement.
_FINITE_ENDS = ("る", "た", "す", "ます", "ました", "だ", "です")
#: How long a speaker phrase may be.
_SPEAKER_MAX = 30
#: How far back from a clause's end a predicate is looked for.
_PREDICATE_TAIL = 40
#: A name written alone as a subject: katakana ("モリソン", "ル・ドリアン") or two to five kanji ("山田").
_BARE_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・=＝][\u30a1-\u30fa\u30fc]+)*|[\u4e00-\u9fff々]{2,5}")
#: "同長官": the principal whose title ends in 長官.
_SAME = re.compile(r"^同(?P<title>[\u4e00-\u9fff]{1,6})$")


@cache
def _table(name: str) -> Table:
    return load_table(__package__, name)


@cache
def _anchored(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A table's rows compiled to match only at the end of the text."""
    return tuple((re.compile(f"(?:{row.pattern})$"), row.label) for row in _table(name).rows)


@cache
def _opener() -> re.Pattern[str]:
    return re.compile(rf"(?:(?:{_table('openers.toml').alternation()})[，,、]?\s*)+")


def _at_end(name: str, text: str) -> tuple[re.Match[str], str] | None:
    """The longest row of a table matching at the end of ``text``, with its label."""
    tail = text[-_PREDICATE_TAIL:]
    best: tuple[re.Match[str], str] | None = None
    for pattern, label in _anchored(name):
        m = pattern.search(tail)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, label)
    return best


@attrs.frozen
class _Closing:
    """How a clause ends: a reporting predicate (its verb), a topic-only one, or none."""

    kind: str  # "report" | "joint" | "topic" | "none"
    verb: str = ""
    end: int = 0  # where the predicate ends, relative to the clause's text


def _closing(text: str, *, final: bool) -> _Closing:
    """How a clause's text ends; ``final`` when the sentence ends there (any form closes)."""
    body = text.rstrip(" 。")
    connective = _at_end("connectives.toml", body)
    joined = connective is not None
    if connective is not None:
        body = body[: len(body) - len(connective[0].group())]
    found = _at_end("predicates.toml", body)
    if found is None:
        return _Closing("none")
    match, label = found
    verb = match.group()
    if not final and not joined and verb.endswith(_FINITE_ENDS):
        return _Closing("none")  # "感謝する，" inside reported words
    return _Closing(label, verb, len(body))


def _clauses(para: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each clause of a sentence: split at commas outside brackets."""
    out: list[tuple[int, int]] = []
    depth = 0
    c0 = start
    for i in range(start, end):
        ch = para[i]
        if ch in _OPEN_BRACKETS:
            depth += 1
        elif ch in _CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif ch in _COMMAS and depth == 0:
            out.append((c0, i))
            c0 = i + 1
        elif depth == 0 and para.startswith(_TOGETHER, i) and para[i + len(_TOGETHER) : i + 5] not in _COMMAS:
            out.append((c0, i + len(_TOGETHER)))
            c0 = i + len(_TOGETHER)
    out.append((c0, end))
    return out


class _Speakers:
    """Resolves a speaker phrase to a participant id, "both", or None."""

    def __init__(self, participants: Sequence[Participant], joint: Sequence[str] = ()) -> None:
        self.people = tuple(participants)
        self.joint = frozenset(joint)

    def resolve(self, who: str) -> str | None:
        if who in self.joint:
            return BOTH
        for pattern, label in _table("subjects.toml").compiled():
            if pattern.search(who):
                return self._side(label)
        same = _SAME.match(who)
        if same:
            return self._unique([p for p in self.people if _has_title(p, same.group("title"))])
        if "と" in who:  # "山田大臣とリード長官は": both, when each names a different principal
            first, _, second = who.partition("と")
            pair = {self._named(first), self._named(second)}
            if None not in pair and len(pair) == 2:
                return BOTH
        return self._named(who)

    def _named(self, who: str) -> str | None:
        """A principal named with a title ("山田大臣"), by a title alone ("長官"), or bare ("山田")."""
        mention = next((m for m in find_mentions(who) if m.start == 0 and m.end == len(who)), None)
        if mention is not None:
            return self._unique([p for p in self.people if _names(mention.name, p.name)])
        if any(who in p.titles for p in self.people):
            return self._unique([p for p in self.people if who in p.titles])
        if _BARE_NAME.fullmatch(who):  # a bare name: "モリソン", "山田"
            return self._unique([p for p in self.people if _names(who, p.name)])
        return None

    def _side(self, label: str) -> str | None:
        if label == "both":
            return BOTH
        if label == "home" and self.people:
            return self.people[0].id
        if label == "counterpart" and len(self.people) == 2:
            return self.people[1].id
        return None

    @staticmethod
    def _unique(hits: Sequence[Participant]) -> str | None:
        return hits[0].id if len(hits) == 1 else None

    def at(self, para: str, start: int, end: int) -> tuple[str, int] | None:
        """The speaker whose phrase opens the clause at ``start`` (after openers), and where the
        content starts; None when the clause opens with no speaker."""
        opener = _opener().match(para, start, end)
        begin = opener.end() if opener else start
        found = self._after(para, begin, end)
        lead = _TOPIC_LEAD.match(para, begin, end)
        if found is None and lead is not None:  # "シリアに関し安倍総理からは，…"
            found = self._after(para, lead.end(), end)
        return found

    def _after(self, para: str, begin: int, end: int) -> tuple[str, int] | None:
        """The speaker whose phrase starts at ``begin``, and where the content starts."""
        for marker in _MARKER.finditer(para, begin, min(end, begin + _SPEAKER_MAX + 4)):
            who = para[begin : marker.start()].strip()
            if not who or len(who) > _SPEAKER_MAX:
                continue
            speaker = self.resolve(who)
            if speaker is not None:
                return speaker, marker.end()
        return None


def _has_title(person: Participant, title: str) -> bool:
    return any(t.endswith(title) for t in person.titles)


def _names(reference: str, name: str) -> bool:
    return same_person(reference, name) or same_person(name, reference)


@attrs.define
class _Open:
    speaker: str
    start: int
    joint_only: bool = False  # a subjectless sentence with no speaker before it: only "一致" reports


class _Paragraph:
    """Walks one paragraph's sentences and clauses, collecting its statements."""

    def __init__(self, para: str, index: int, speakers: _Speakers) -> None:
        self.para = para
        self.index = index
        self.speakers = speakers
        self.found: list[Statement] = []
        self.last: str | None = None

    def run(self) -> list[Statement]:
        lead = _BULLET.match(self.para)
        offset = lead.end() if lead else 0
        for s0, s1 in sentences(self.para):
            self._sentence(max(s0, offset), s1)
        return self.found

    def _emit(self, item: _Open, end: int, verb: str) -> None:
        start = item.start
        while start < end and self.para[start] in " \u3000，,、":
            start += 1
        if start < end:
            text = self.para[start:end]
            self.found.append(Statement(item.speaker, verb, text, self.index, start, end))

    def _sentence(self, s0: int, s1: int) -> None:
        clauses = _clauses(self.para, s0, s1)
        current = self._carried(clauses)
        free = True  # a speaker phrase may open a statement here
        for number, (c0, c1) in enumerate(clauses):
            if free:
                found = self.speakers.at(self.para, c0, c1)
                if found is not None:
                    current, free = _Open(found[0], found[1]), False
                    self.last = found[0]
            if current is None:
                continue
            begin = max(c0, current.start)
            closing = _closing(self.para[begin:c1], final=number == len(clauses) - 1)
            if closing.kind == "joint" or (closing.kind == "report" and not current.joint_only):
                self._emit(current, begin + closing.end, closing.verb)
                following = clauses[number + 1][0] if number + 1 < len(clauses) else s1
                current, free = _Open(current.speaker, following), True
            elif closing.kind == "topic":
                free = True

    def _carried(self, clauses: list[tuple[int, int]]) -> _Open | None:
        """A sentence that opens with no speaker of its own continues the paragraph's last speaker
        ("また，…ことを確認しました。"); one that opens with a person no principal is does not; with no
        speaker before it, a sentence that ends in agreeing ("…で一致しました") is both sides'."""
        for c0, c1 in clauses:
            opener = _opener().match(self.para, c0, c1)
            start = opener.end() if opener else c0
            if start >= c1:
                continue  # a clause of openers only ("また，")
            if self.speakers.at(self.para, c0, c1) is not None or _names_someone(self.para, start, c1):
                return None
            if self.last is None:  # "最後に，…で一致しました。": agreeing is both sides'
                return _Open(BOTH, start, joint_only=True)
            return _Open(self.last, start)
        return None


def _names_someone(para: str, start: int, end: int) -> bool:
    """True when the clause opens with a person named with a title and a speaker's marker ("ドウ大臣
    から"); "が" does not count, as it also marks the subject of a relative clause ("ドウ大統領が訪問
    した際に採択された…")."""
    head = para[start:end][: _SPEAKER_MAX + 4]
    return any(m.start == 0 and _SPEAKER_MARKER.match(head, m.end) for m in find_mentions(head))


def find_statements(
    paragraphs: Sequence[str], participants: Sequence[Participant], joint: Sequence[str] = ()
) -> tuple[Statement, ...]:
    """Every statement in the body paragraphs, in order; speakers are participant ids or "both".

    ``joint`` adds subjects that mean both sides (a publisher's profile: "両首脳").
    """
    if not participants:
        return ()
    speakers = _Speakers(participants, joint)
    out: list[Statement] = []
    for index, para in enumerate(paragraphs):
        out.extend(_Paragraph(para, index, speakers).run())
    return tuple(out)


def predicate_probe(text: str) -> str:
    """How a sentence's last clause ends: "report", "joint", "topic", or "none"."""
    return _closing(text, final=True).kind


def connective_probe(text: str) -> str:
    """The connective before a clause's closing comma: "and", or "none"."""
    found = _at_end("connectives.toml", text.rstrip(" ，,、"))
    return found[1] if found else "none"


def opener_probe(text: str) -> str:
    """ "opener" when the text starts with a sentence opener, else "none"."""
    return "opener" if _opener().match(text) else "none"


def subject_probe(text: str) -> str:
    """Which side a subject phrase names: "both", "counterpart", "home", or "none"."""
    for pattern, label in _table("subjects.toml").compiled():
        if pattern.search(text):
            return label
    return "none"
