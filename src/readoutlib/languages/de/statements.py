"""Statements in German: a principal's reporting verb and what it reports.

German puts the finite verb second: the subject stands before it ("Die Bundeskanzlerin dankte für …")
or right after it when something else comes first ("Ebenfalls bedauerten sie …", "Über den frühen
Zeitpunkt … freute sich Bundespräsident Wulff"). A participle ends a perfect or reported clause and
its content may stand before it ("Nehammer habe die Bereitschaft Österreichs bekräftigt"). A verb
joined by "und" shares the subject; a verb of the topic rows ("sprachen über", "erörterten") opens
no statement but gives its subject to the verbs joined to it. "Die beiden …", "Beide", two principals
joined, or "sie" with a plural verb speak for both sides.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ...model import BOTH, Participant, Statement
from ..tablepack import run_to_next, verb_matches
from .tables import first_label, table
from .text import sentences

__all__ = ["find_statements", "verb_labels"]

_AUX = re.compile(
    r"^\s*(?:hat|haben|habe|hätten|hätte|hatte|hatten|ist|sind|sei|seien|war|waren)\b\s*", re.IGNORECASE
)
#: An article and up to two adjectives before a principal's title ("der designierte").
_ARTICLE_WORDS = r"\b(?:der|die|den|dem)\s+(?:[\wäöüß-]+\s+){0,2}?"
_THAT = re.compile(
    r'\s*(?:(?:darin|darauf|dabei|zudem|auch|erneut|zuvor|ferner|außerdem|jedoch|allerdings|weiter)\b\s*)*,?\s*[„"“»«]?(?:dass\s+)?'
)
#: A phrase about the event itself before the content ("beim gemeinsamen Gespräch").
_FRAME = re.compile(
    r"(?:beim|im|bei\s+dem|in\s+dem|während\s+des|in\s+ihrem|in\s+seinem)\s+(?:[\wäöüß-]+\s+){0,2}?"
    r"(?:gespräch|telefonat|treffen|austausch|telefongespräch)\w*\s+",
    re.IGNORECASE,
)
#: How many words a separable verb's particle may stand after it and still end the verb.
_PARTICLE_GAP = 2
#: How many words before a verb whose subject follows it make a fronted object.
_FRONTED = 3
#: A reporting verb after the words it reports ("…, sagte Bundespräsident Wulff").
_POSTPOSED = re.compile(r"[,“”\"]\s*$")
#: The content of a post-posed report: the words since the last statement's sentence.
_RUN = -1
_QUOTED = re.compile(r'\s*[„"“»«]')
#: A demonstrative before the verb that stands for the sentence before ("Das vereinbarten die beiden").
_BACK = re.compile(r"\s*(?:Das|Dies|Dieses)\s*")
#: The words after a subject up to its clause's end.
_CLAUSE_REST = re.compile(r"(?:(?!\bund\b)[^,.;:])*")
_PASSIVE_AUX = re.compile(r"\b(?:wurden?|worden|waren|war|ist|sind|sei|seien)\b", re.IGNORECASE)
_ACTIVE_AUX = re.compile(r"\b(?:hat|haben|habe|hätten?|hatten?)\b", re.IGNORECASE)
#: The part of a compound office that is not its head ("Staatspräsident" is a "Präsident").
_BASE = re.compile(r"^(?:staats|bundes|minister|vize|regierungs)(?=\w{4})", re.IGNORECASE)
_WITH = re.compile(r"\b(?:mit|zu|an|von|gegenüber)\b", re.IGNORECASE)
_PREPOSITIONS = frozenset(
    {
        "in",
        "im",
        "an",
        "am",
        "auf",
        "aus",
        "bei",
        "beim",
        "mit",
        "nach",
        "seit",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
    }
    | {"über", "unter", "vor", "während", "wegen", "für", "gegen", "um", "durch"}
)
_AND = re.compile(r"\bund\b")
_PLURAL = re.compile(r"(?:en|ten|ierten)$|^(?:sind|waren|seien|wären|kamen|stimmten)$", re.IGNORECASE)
_OBJECT_WORD = re.compile(
    r"\b(?:die|der|das|den|dem|des|ein\w*|sein\w*|ihr\w*|dessen|deren)\b", re.IGNORECASE
)
#: Words that open a clause before the verb without being its content ("Dabei", "Außerdem").
_ADVERBIAL = re.compile(
    r"^(?:dabei|außerdem|ebenfalls|zudem|ferner|auch|anschließend|zuvor|darüber\s+hinaus|schließlich|zugleich)\b",
    re.IGNORECASE,
)


@functools.cache
def _verb_rows() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """Each row's verb where it stands, and after "und" (a verb sharing a subject)."""
    rows = []
    for row in table("verbs.toml"):
        part = row.pattern.pattern
        rows.append(
            (
                re.compile(rf"(?<![\w-])(?P<verb>{part})(?![\w-])", re.IGNORECASE),
                re.compile(rf"\bund\s+(?P<verb>{part})(?![\w-])", re.IGNORECASE),
                row.label,
            )
        )
    return tuple(rows)


def _verbs(sentence: str) -> list[tuple[re.Match[str], str, bool]]:
    """The verbs of a sentence in order: (match, label, joined by "und"); the first row wins at a place."""
    rows = ((((joined, True), (plain, False)), label) for plain, joined, label in _verb_rows())
    return sorted(verb_matches(rows, sentence), key=lambda f: f[0].start("verb"))


def verb_labels(sentence: str) -> list[str]:
    """The labels of the verbs a sentence has, in order."""
    return [label for _, label, _ in _verbs(sentence)]


def _references(participants: Sequence[Participant]) -> list[tuple[re.Pattern[str], str]]:
    """What names each principal: the name, the surname, and a title with its article where no other
    principal has that title ("die Bundeskanzlerin", "der designierte US-Präsident")."""
    refs = []
    titles: dict[str, set[str]] = {}
    for p in participants:
        words = [w for w in p.name.split() if len(w) > 2]
        for form in {p.name, *words[-1:]}:
            refs.append((re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])"), p.id))
        for t in p.titles:
            head = t.split()[0]
            for form in {head, _BASE.sub("", head).capitalize()}:
                titles.setdefault(form, set()).add(p.id)
    for title, ids in titles.items():
        if len(ids) == 1:
            pattern = rf"{_ARTICLE_WORDS}(?:[\wÄÖÜ]+-)?{re.escape(title)}(?:in|en)?(?![\w-])"
            refs.append((re.compile(pattern, re.IGNORECASE), next(iter(ids))))
            refs.append((re.compile(rf"^\s*{re.escape(title)}(?![\w-])"), next(iter(ids))))
    return refs


def _named(text: str, refs: list[tuple[re.Pattern[str], str]]) -> list[tuple[int, int, str]]:
    found = [(m.start(), m.end(), pid) for pattern, pid in refs for m in pattern.finditer(text)]
    return sorted(found)


_PRONOUN = re.compile(r"(?<![\w-])(sie|er)(?![\w-])", re.IGNORECASE)


def _pronoun(prefix: str, verb: str, last: str | None) -> tuple[str, int] | None:
    """A pronoun subject before the verb: "sie" with a plural verb is both sides ("Sie stimmten",
    "äußerten sie sich … und betonten"), "er" or "sie" with a singular one the last speaker."""
    m = _PRONOUN.search(prefix)
    if m is None:
        return None
    if m.group(1).lower() == "sie" and _PLURAL.search(verb.split(maxsplit=1)[0]):
        return BOTH, m.end()
    return (last, m.end()) if last else None


def _subject_before(prefix: str, refs: list[tuple[re.Pattern[str], str]]) -> tuple[str, int] | None:
    """The speaker the words before the verb name, and where the subject ends (None: none)."""
    clause = prefix.strip()
    if first_label("subjects.toml", clause) == "both":
        return BOTH, len(prefix)
    named = _named(prefix, refs)
    ids = {pid for _, _, pid in named}
    if len(ids) > 1 and not _WITH.search(prefix[named[0][1] : max(e for _, e, _ in named)]):
        return BOTH, max(e for _, e, _ in named)
    if ids:  # one principal, or one with the other after "mit" ("X hat … mit Y telefoniert")
        first = named[0][2]
        return first, max(e for _, e, pid in named if pid == first)
    return None


def _subject_after(
    sentence: str, at: int, verb: str, refs: list[tuple[re.Pattern[str], str]], last: str | None
) -> tuple[str, int] | None:
    """The subject right after the verb ("bedauerten sie", "freute sich Bundespräsident Wulff")."""
    window = sentence[at : at + 60]
    m = re.match(r"\s*(?:sich\s+)?(sie|er|beide|die\s+beiden)\b", window, re.IGNORECASE)
    if m:
        word = m.group(1).lower()
        if word.endswith(("beide", "beiden")) or (
            word == "sie" and _PLURAL.search(verb.split(maxsplit=1)[0])
        ):
            return BOTH, at + m.end()
        return (last, at + m.end()) if last else None
    for start, end, pid in _named(window, refs):
        if start <= 40 and not window[:start].count(","):
            return pid, at + end
    return None


def _particle_end(sentence: str, verb: re.Match[str]) -> int | None:
    """Where a separable verb's particle ends when it follows the verb within two words ("stimmten
    darin überein", "fügte lachend hinzu"): the content starts after it."""
    if "particle" not in verb.re.groupindex or verb.start("particle") < 0:
        return None
    between = sentence[verb.end("verb") : verb.start("particle")].split()
    return verb.end("particle") if len(between) <= _PARTICLE_GAP else None


def _has_object(middle: str) -> bool:
    """A noun phrase with its article or possessive between the subject and a participle that no
    preposition governs ("die Bereitschaft …", not "in seiner Rede")."""
    for m in _OBJECT_WORD.finditer(middle):
        before = middle[: m.start()].split()
        if not before or before[-1].lower() not in _PREPOSITIONS:
            return True
    return False


def _content(sentence: str, verb: re.Match[str], label: str, subject_end: int, before: bool) -> int:
    """Where the reported content starts in the sentence."""
    after = _particle_end(sentence, verb) or verb.end("verb")
    if label == "participle" and before:
        middle = _AUX.sub("", sentence[subject_end : verb.start("verb")], count=1)
        if _has_object(middle):
            return verb.start("verb") - len(middle)
    if not before and subject_end > after:
        after = subject_end
    skip = _THAT.match(sentence, after)
    start = skip.end() if skip else after
    frame = _FRAME.match(sentence, start)
    return frame.end() if frame else start


def _verb_text(verb: re.Match[str]) -> str:
    """The verb as the statement names it: with its particle ("lud ein"), without words between."""
    text = verb.group("verb")
    if "particle" in verb.re.groupindex and verb.start("particle") >= 0:
        text = f"{text} {verb.group('particle')}"
    return re.sub(r"\s+", " ", text)


#: The prepositions a reporting verb governs, fronted with their object ("Über den Besuch freute sich
#: X", "Für die Unterstützung dankte X").
_GOVERNED = re.compile(r"\s*(über|für|auf)\s", re.IGNORECASE)


def _fronted_preposition(sentence: str) -> str:
    """ " über" where a fronted object opens with a preposition the verb governs, else ""."""
    m = _GOVERNED.match(sentence)
    return f" {m.group(1).lower()}" if m else ""


def _passive(prefix: str) -> bool:
    """A participle after a form of "werden" or "sein" and no "haben" ("waren … eingeladen")."""
    return bool(_PASSIVE_AUX.search(prefix)) and not _ACTIVE_AUX.search(prefix)


def _speaker_of(
    text: str, m: re.Match[str], joined: bool, refs: list[tuple[re.Pattern[str], str]], last: str | None
) -> tuple[str, int, bool] | None:
    """The speaker of a sentence's first verb, where its subject ends, and whether it stands before."""
    prefix = text[: m.start("verb")]
    found = _subject_before(prefix, refs) or _pronoun(prefix, m.group("verb"), last)
    if found is not None:
        return found[0], found[1], True
    if joined:
        return None
    after = _subject_after(text, m.end("verb"), m.group("verb"), refs, last)
    return (after[0], after[1], False) if after else None


def _joined_at(text: str, m: re.Match[str], label: str, plain: bool, previous: int) -> int | None:
    """Where the verb's clause joined to the one before starts: the "und" before it ("und betonte";
    a participle ending a clause after "und": "… gratuliert und die Partnerschaft betont"), or None."""
    if plain:
        return m.start()
    if label != "participle" or previous < 0:
        return None
    joins = list(_AND.finditer(text, previous, m.start()))
    return joins[-1].start() if joins else None


def _content_at(text: str, m: re.Match[str], label: str, subject: tuple[int, bool], first: bool) -> int:
    """Where the content of the sentence's statement at ``m`` starts (``_RUN``: where the words no
    statement has taken start, for "…, sagte X.")."""
    subject_end, before = subject
    prefix = text[: m.start("verb")]
    if first and not before and _BACK.fullmatch(prefix):
        return _RUN  # "Das vereinbarten die beiden": what the sentence before says
    after = _CLAUSE_REST.match(text, subject_end)
    rest = len(after.group().split()) if after else 0
    if first and not before and rest < _FRONTED:
        if _POSTPOSED.search(prefix):
            return 0 if _QUOTED.match(text) else _RUN  # a quote is its own start
        if len(prefix.split()) >= _FRONTED and not _ADVERBIAL.match(text):
            return 0  # a fronted object is the content ("Über den Besuch freute sich X und …")
    return _content(text, m, label, subject_end, before)


def _sentence_statements(
    text: str, start: int, refs: list[tuple[re.Pattern[str], str]], last: str | None
) -> list[tuple[int, int, str, str]]:
    """(clause start, content start, speaker, verb) of each statement a sentence opens."""
    out: list[tuple[int, int, str, str]] = []
    speaker: str | None = None
    subject: tuple[int, bool] = (0, True)
    previous = -1
    for index, (m, label, plain) in enumerate(_verbs(text)):
        join = _joined_at(text, m, label, plain, previous)
        previous = m.end()
        if index == 0:
            found = _speaker_of(text, m, join is not None, refs, last)
            if found is None:
                break
            speaker, subject = found[0], (found[1], found[2])
        elif join is None:
            break
        else:
            subject = (join, True)
        if label == "topic" or (label == "participle" and _passive(text[: m.start("verb")])):
            continue
        content = _content_at(text, m, label, subject, index == 0 and join is None)
        clause = start + (join if join is not None else 0)
        verb = _verb_text(m) + (_fronted_preposition(text) if content == 0 and index == 0 else "")
        out.append((clause, content if content == _RUN else start + content, speaker or BOTH, verb))
    return out


def find_statements(body: Sequence[str], participants: Sequence[Participant]) -> tuple[Statement, ...]:
    """Every statement of the body, each running to the next one in its paragraph or its end."""
    refs = _references(participants)
    out: list[Statement] = []
    for index, para in enumerate(body):
        found: list[tuple[int, int, str, str]] = []
        last: str | None = None
        run = 0  # where the words no statement has taken yet start
        for s, e in sentences(para):
            for clause, content, speaker, verb in _sentence_statements(para[s:e], s, refs, last):
                item = (run, run, speaker, verb) if content == _RUN else (clause, content, speaker, verb)
                found.append(item)
                run = e
                last = item[2] if item[2] != BOTH else last
        out.extend(run_to_next(found, para, index))
    return tuple(out)
