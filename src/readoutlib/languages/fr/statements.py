"""Statements in French: a principal's reporting verb in the passé composé and what follows it.

"La ministre a souligné que …", "Les deux ministres ont convenu de …", "Ils ont évoqué … et rappelé
…": the subject is the clause before the auxiliary (a principal by name, surname or title; "les deux
ministres", "ils" for both sides); a participle coordinated by "et" shares it. A verb of the topic
rows ("ont évoqué", "ont échangé") opens no statement. A verb after a comma with no auxiliary of its
own subject ("…, a indiqué l'agence") reports someone else and opens none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ...model import BOTH, Participant, Statement
from ..tablepack import run_to_next, verb_matches
from .countries import country_spans
from .tables import first_label, table
from .text import sentences

__all__ = ["find_statements", "verb_labels"]

_ADVERBS = (
    r"(?:(?:[a-zéèêàâôûç]+ment|également|aussi|encore|ensuite|enfin|notamment|toutefois|ainsi|déjà|bien|"
    r"par\s+ailleurs|en\s+outre|de\s+nouveau|pour\s+sa\s+part|pour\s+leur\s+part|d['’]abord|"
    r"tous\s+deux|toutes\s+deux|à\s+cet\s+égard|à\s+cette\s+occasion),?\s+){0,3}"
)
_AUX = r"(?:\b(?:a|ont|avait|avaient)\s+|\bs['’](?:est|sont|étai(?:en)?t)\s+|\bse\s+sont\s+)"
_THAT = re.compile(r"\s*(?:qu['’]|que\s+)?")


@functools.cache
def _verb_rows() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """Each row's participle after an auxiliary, and after "et" (a participle sharing a subject)."""
    rows = []
    for row in table("verbs.toml"):
        part = row.pattern.pattern
        flags = re.IGNORECASE
        rows.append(
            (
                re.compile(rf"{_AUX}{_ADVERBS}(?P<verb>{part})(?![\w-])", flags),
                re.compile(rf"\bet\s+{_ADVERBS}(?P<verb>{part})(?![\w-])", flags),
                row.label,
            )
        )
    return tuple(rows)


def _verbs(sentence: str) -> list[tuple[re.Match[str], str, bool]]:
    """The verbs of a sentence in order: (match, label, coordinated by "et").

    The first row wins at a place."""
    rows = ((((aux, False), (coordinated, True)), label) for aux, coordinated, label in _verb_rows())
    return sorted(verb_matches(rows, sentence), key=lambda f: f[0].start())


def verb_labels(sentence: str) -> list[str]:
    """The labels of the verbs a sentence has, in order."""
    return [label for _, label, _ in _verbs(sentence)]


def _references(participants: Sequence[Participant]) -> list[tuple[re.Pattern[str], str]]:
    """What names each principal in a subject: the name, the surname, each title, and a title's
    first words ("la ministre", "le Secrétaire d'État") where no other principal's title starts so."""
    refs = []
    heads: dict[str, set[str]] = {}
    for p in participants:
        words = [w for w in re.split(r"\s+", p.name) if len(w) > 2]
        forms = {p.name, *(words[-1:]), *(t for t in p.titles if t)}
        for form in forms:
            refs.append((re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])", re.IGNORECASE), p.id))
        for t in p.titles:
            heads.setdefault(_head(t), set()).add(p.id)
    for head, ids in heads.items():
        if len(ids) == 1 and head:
            refs.append(
                (
                    re.compile(rf"\b(?:le|la|l['’])\s*{re.escape(head)}(?![\w-])", re.IGNORECASE),
                    next(iter(ids)),
                )
            )
    return refs


def _head(title: str) -> str:
    """A title's leading words: "secrétaire d'État" of "secrétaire d'État", "ministre" of "ministre des …"."""
    m = re.match(r"\w+(?:[\s-]+(?:d['’]\w+|ministre))?", title.strip())
    return m.group().casefold() if m else ""


#: A short subject that is an office with its article ("Le chef de l'État sénégalais").
_OFFICE_CLAUSE = re.compile(r"(?:le|la|l['’])\s*\w[^,;:]*", re.IGNORECASE)
_OFFICE_WORDS = 6


def _by_country(clause: str, homes: dict[str, str]) -> set[str]:
    """The principal a short office subject names by its state ("Le chef de l'État sénégalais"),
    where that state is one principal's alone."""
    if not _OFFICE_CLAUSE.fullmatch(clause) or len(clause.split()) > _OFFICE_WORDS:
        return set()
    codes = {code for code, _s, _e in country_spans(clause)}
    return {homes[code] for code in codes if code in homes} if len(codes) == 1 else set()


def _speaker(
    prefix: str, refs: list[tuple[re.Pattern[str], str]], last: str | None, homes: dict[str, str]
) -> str | None:
    """Who the clause before a verb names: a principal, both sides, or the paragraph's last speaker."""
    clause = prefix.strip()
    if first_label("subjects.toml", clause) == "both":
        return BOTH
    named = {pid for pattern, pid in refs if pattern.search(clause)} or _by_country(clause, homes)
    if len(named) > 1:
        return BOTH
    if len(named) == 1:
        return named.pop()
    if re.fullmatch(r"(?:il|elle)(?:\s+.*)?", clause, re.IGNORECASE) and len(clause.split()) <= 3:
        return last
    return None


def _sentence_statements(
    text: str, start: int, refs: list[tuple[re.Pattern[str], str]], last: str | None, homes: dict[str, str]
) -> list[tuple[int, int, str, str]]:
    """(clause start, content start, speaker, verb) of each statement a sentence opens."""
    out: list[tuple[int, int, str, str]] = []
    speaker: str | None = None
    for index, (m, label, joined) in enumerate(_verbs(text)):
        if index == 0 and not joined:
            speaker = _speaker(text[: m.start()], refs, last, homes)
        elif not joined:
            break
        if speaker is None:
            break
        if label == "verb":
            content = m.end() + _THAT.match(text, m.end()).end() - m.end()  # type: ignore[union-attr]
            clause = start + (m.start() if joined else 0)
            out.append((clause, start + content, speaker, re.sub(r"\s+", " ", m.group("verb"))))
    return out


def find_statements(body: Sequence[str], participants: Sequence[Participant]) -> tuple[Statement, ...]:
    """Every statement of the body, each running to the next one in its paragraph or its end."""
    refs = _references(participants)
    countries = [p.country for p in participants if p.country]
    homes = {p.country: p.id for p in participants if p.country and countries.count(p.country) == 1}
    out: list[Statement] = []
    for index, para in enumerate(body):
        found: list[tuple[int, int, str, str]] = []
        last: str | None = None
        for s, e in sentences(para):
            for item in _sentence_statements(para[s:e], s, refs, last, homes):
                found.append(item)
                last = item[2] if item[2] != BOTH else last
        out.extend(run_to_next(found, para, index))
    return tuple(out)
