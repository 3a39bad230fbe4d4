"""Chinese statements: "<speaker>[adverbs]<verb>，<content>", run to the next top-level report.

A clause (the start of a sentence, or after a comma) that opens with a principal's name (offices
before or after it allowed; or the name's first character with an office or a verb right after it,
"王外长表示"), a joint subject ("双方", "两国外长") or a pronoun ("他"), and reaches a reporting verb
within the clause, starts a statement. What it says starts after the verb and its comma ("王毅表示，
中方…"), or at the verb's object put before it ("博雷利对…表示慰问"). A verb that takes an object
("感谢", "祝贺", "欢迎") lets the next clauses of the sentence add statements of the same speaker
("…，强调…"); after a verb of speech the rest of the sentence is what was said. A topic verb
("交换意见") makes no statement but ends the one before, and so does a principal's clause narrating
the event ("王毅同…通电话"). Every statement runs to the next such clause of its paragraph, or to the
paragraph's end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import attrs

from ...model import BOTH, Statement
from .tables import alternation, compiled, table
from .text import clause_starts, fold, sentences

__all__ = ["Speaker", "find_statements"]

#: How far into a clause the reporting verb may stand after its subject ("马朝旭星期三…会面时认为").
_VERB_WITHIN = 40
#: How long the offices before a subject's name may be.
_OFFICES_WITHIN = 30
_TRAILING = "，,、；;：: \u3000"


@attrs.frozen
class Speaker:
    """A principal who may speak: the participant's id and the name as the page writes it."""

    id: str
    name: str


@attrs.frozen
class _Found:
    speaker: str
    verb: str
    clause: int  # where the reporting clause starts: the statement before ends here
    start: int  # where what was said starts


@cache
def _verbs() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern of every verb row (a group per row, longest verbs tried first) and the labels."""
    rows = sorted(table("verbs.toml"), key=lambda row: -len(row.pattern))
    source = "|".join(f"(?P<v{i}>{row.pattern})" for i, row in enumerate(rows))
    return re.compile(source), tuple(row.label for row in rows)


@cache
def _adverbs() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{alternation('adverbs.toml')})*")


@cache
def _objects() -> re.Pattern[str]:
    return re.compile(alternation("objects.toml"))


@cache
def _subjects() -> tuple[tuple[re.Pattern[str], str], ...]:
    return compiled("subjects.toml")


@cache
def _heads() -> re.Pattern[str]:
    return re.compile(alternation("titles.toml", "head"))


@cache
def _office_after() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation('titles.toml', 'head')})?")


_PUNCTUATION = re.compile(r"[，,。；;：:]")


@cache
def _event_words() -> re.Pattern[str]:
    return re.compile(alternation("kinds.toml"))


def _clause_end(folded: str, at: int, end: int) -> int:
    stop = _PUNCTUATION.search(folded, at, end)
    return stop.start() if stop else end


class _Reader:
    """One page's statements: the speakers, the last one named, and the clauses found so far."""

    def __init__(self, speakers: Sequence[Speaker]) -> None:
        names = [(fold(s.name), s.id) for s in speakers if len(s.name) >= 2]
        # "马尔科·卢比奥" is "卢比奥" once introduced: the part after the last middle dot
        family = [
            (re.split(r"[·・]", name)[-1], speaker) for name, speaker in names if re.search(r"[·・]", name)
        ]
        names += [(part, speaker) for part, speaker in family if len(part) >= 2]
        self.names = sorted(names, key=lambda n: -len(n[0]))
        # "王外长表示", "赵表示": a name's first character stands for it when no other principal's
        # name starts with that character
        firsts = [name[0] for name, _ in names]
        self.firsts = {name[0]: speaker for name, speaker in names if firsts.count(name[0]) == 1}
        self.last: str | None = None  # the last single principal subject, for "他"

    def subject(self, folded: str, at: int) -> tuple[str, int] | None:
        """The speaker id (or BOTH) whose subject opens the clause at ``at``, and where it ends."""
        while at < len(folded) and folded[at].isspace():
            at += 1
        for pattern, label in _subjects():
            match = pattern.match(folded, at)
            if match is None:
                continue
            if label == "both":
                return BOTH, match.end()
            if self.last is not None:
                return self.last, match.end()
        for start in self._name_starts(folded, at):
            for name, speaker in self.names:
                if folded.startswith(name, start):
                    self.last = speaker
                    office = _office_after().match(folded, start + len(name))
                    return speaker, office.end() if office else start + len(name)
        return self._first_character(folded, at)

    def _first_character(self, folded: str, at: int) -> tuple[str, int] | None:
        """A principal named by the first character of the name, with an office, a reporting verb or
        a verb's object right after it ("王外长表示", "赵首先感谢", "埃对此表示赞赏")."""
        speaker = self.firsts.get(folded[at : at + 1])
        if speaker is None:
            return None
        office = _heads().match(folded, at + 1)
        after = _adverbs().match(folded, office.end() if office else at + 1)
        verb_at = after.end() if after else at + 1
        opens = _verbs()[0].match(folded, verb_at) or _objects().match(folded, at + 1)  # "奥对此表示…"
        if office is None and opens is None:
            return None
        self.last = speaker
        return speaker, office.end() if office else at + 1

    @staticmethod
    def _name_starts(folded: str, at: int) -> list[int]:
        """Where a name may start: the clause's start, or right after an office ("外交部长王毅")."""
        limit = at + _OFFICES_WITHIN
        stop = _PUNCTUATION.search(folded, at, limit)
        return [at, *(m.end() for m in _heads().finditer(folded, at, stop.start() if stop else limit))]

    def clause(self, para: str, folded: str, at: int, end: int, speaker: str) -> tuple[_Found | None, str]:
        """The statement a clause makes after its subject (ending at ``at``), and the verb's label."""
        pattern, _labels = _verbs()
        match = pattern.search(folded, at, min(end, at + _VERB_WITHIN))
        if match is None and _event_words().search(folded, at, _clause_end(folded, at, end)):
            return _Found(speaker, "", at, -1), "event"  # "王毅同…通电话": narration ends a statement
        if match is None or folded.startswith("的", at) or _PUNCTUATION.search(folded, at, match.start()):
            return None, ""
        if _heads().search(folded, at, match.start()):
            return None, ""  # "王毅…外交部发言人毛宁表示": the verb is another office-holder's
        return _statement(para, folded, _Clause(at, end, speaker), match)

    def chained(self, para: str, folded: str, at: int, end: int, speaker: str) -> tuple[_Found | None, str]:
        """A clause that opens with a verb ("，强调…"): a statement of the sentence's speaker."""
        pattern, _labels = _verbs()
        start = _adverbs().match(folded, at)
        match = pattern.match(folded, start.end() if start else at, end)
        if match is None:
            return None, ""
        return _statement(para, folded, _Clause(at, end, speaker), match)


@attrs.frozen
class _Clause:
    at: int  # where the clause's words after its subject start
    end: int  # the sentence's end
    speaker: str


def _statement(para: str, folded: str, clause: _Clause, match: re.Match[str]) -> tuple[_Found | None, str]:
    """The statement a reporting verb (``match``) makes in a clause, and the verb's label."""
    _pattern, labels = _verbs()
    label = labels[int(str(match.lastgroup)[1:])]
    if label == "topic":
        return _Found(clause.speaker, "", clause.at, -1), label
    verb_end = match.end() + (1 if folded.startswith("了", match.end()) else 0)
    verb = para[match.start() : verb_end]
    ahead = _objects().search(folded, clause.at, match.start())
    if ahead is not None:
        return _Found(clause.speaker, verb, clause.at, ahead.start()), "act"
    content = verb_end
    while content < clause.end and folded[content] in _TRAILING:
        content += 1
    return _Found(clause.speaker, verb, clause.at, content), label


def find_statements(paragraphs: Sequence[str], speakers: Sequence[Speaker]) -> tuple[Statement, ...]:
    """The statements of a Chinese report's body, in order, with paragraph offsets."""
    reader = _Reader(speakers)
    out: list[Statement] = []
    for index, para in enumerate(paragraphs):
        found = _paragraph(reader, para)
        for item, after in zip(found, [*found[1:], None], strict=False):
            if item.start < 0:
                continue  # a topic clause: no statement
            end = after.clause if after is not None else len(para)
            while end > item.start and para[end - 1] in _TRAILING:
                end -= 1
            if end > item.start:
                out.append(Statement(item.speaker, item.verb, para[item.start : end], index, item.start, end))
    return tuple(out)


def _paragraph(reader: _Reader, para: str) -> list[_Found]:
    folded = fold(para)
    found: list[_Found] = []
    for s0, s1 in sentences(folded):
        speaker: str | None = None
        chain = False
        for at in clause_starts(folded, s0, s1):
            subject = reader.subject(folded, at)
            if subject is not None:
                speaker, after = subject
                item, label = reader.clause(para, folded, after, s1, speaker)
                # a narrated event's whole sentence ("6月1日，赵明同…通电话") is not the statement before
                begins = s0 if label == "event" else at
                item = attrs.evolve(item, clause=begins) if item is not None else None
            elif speaker is not None and chain:
                item, label = reader.chained(para, folded, at, s1, speaker)
            else:
                continue
            chain = label != "say"
            if item is not None:
                found.append(item)
            if label == "say":
                break  # the rest of the sentence is what was said
    return found
