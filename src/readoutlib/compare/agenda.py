"""Agenda items one statement on each side names: rule 2 of the alignment convention.

Rule 2 (docs/compare.md, "Alignment: agreement between annotators") links statements on the same
agenda item even when their words differ, and says: "where each side has a single statement on
the issue, link them". Words alone miss these: "Vladimir Putin outlined ... Russia's approach to
resolving the internal Ukraine conflict" and "The Prime Minister also underscored the importance of
Ukrainian sovereignty" share no content word but the third country they are about. An agenda item
is recognised here by what names it without paraphrase: a third country (``@UA``, as the
comparison's words carry it) or a proper name that is no principal, office, place of the event or
side's country ("Mariupol", "Kashmir", "the Senate"). A key that exactly one statement of each side
names joins those two statements.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from ..analysis.folding import fold

__all__ = ["AGENDA_KEYS", "COUNTRY", "FIGURE", "NAME", "SUBJECT", "agenda_keys", "single_item_links"]

#: Kinds of agenda key: a third country, a proper name, a figure ("=2060"), a subject of
#: :mod:`.subjects` ("#energy").
COUNTRY, NAME, FIGURE, SUBJECT = "country", "name", "figure", "subject"
#: The kinds that name an agenda item (chosen leave-one-batch-out, ``benchmarks/alignment_lobo.py``:
#: figures and subjects are shared by statements on different items too often).
AGENDA_KEYS: frozenset[str] = frozenset({COUNTRY, NAME})

_MARKS = {COUNTRY: "@", FIGURE: "=", SUBJECT: "#"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _proper(text: str, stem: int) -> frozenset[str]:
    """The capitalised words of a sentence past its first word, folded and cut to ``stem`` letters."""
    words = [m.group(0) for m in _WORD.finditer(text)][1:]
    return frozenset(fold(word)[:stem] for word in words if word[0].isupper())


def agenda_keys(text: str, words: frozenset[str], kinds: Collection[str], stem: int) -> frozenset[str]:
    """The agenda keys of a sentence: those of its comparison ``words`` of the ``kinds`` asked.

    ``words`` are the sentence's words as the comparison reads them (names of the principals,
    offices, the place and the sides' countries already left out); a name is one of them written
    with a capital inside the sentence.
    """
    marks = tuple(_MARKS[kind] for kind in kinds if kind in _MARKS)
    keys = {word for word in words if word.startswith(marks)} if marks else set()
    if NAME in kinds:
        keys |= words & _proper(text, stem)
    return frozenset(keys)


def _single(keys: Mapping[int, frozenset[str]]) -> frozenset[str]:
    """The keys exactly one sentence names."""
    counts: dict[str, int] = {}
    for found in keys.values():
        for key in found:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, count in counts.items() if count == 1)


def single_item_links(
    keys_a: Mapping[int, frozenset[str]],
    keys_b: Mapping[int, frozenset[str]],
    score: Callable[[int, int], float],
    taken: tuple[set[int], set[int]],
) -> list[tuple[int, int, float]]:
    """Pairs of statements, one a side, that are each side's single statement naming a key.

    ``keys_a`` and ``keys_b`` map each statement (a point that states something) of a side to its
    agenda keys; ``score`` orders the candidates after the number of keys they share; ``taken``
    holds the points of each side linked already, which are skipped and to which the pairs chosen
    are added. Returns (point of A, point of B, score), one to one.
    """
    only = _single(keys_a) & _single(keys_b)
    ranked: Sequence[tuple[int, float, int, int]] = sorted(
        (
            (len(shared), score(i, j), i, j)
            for i, ka in keys_a.items()
            for j, kb in keys_b.items()
            if (shared := ka & kb & only)
        ),
        key=lambda t: (-t[0], -t[1], t[2], t[3]),
    )
    used_a, used_b = taken
    links = []
    for _count, value, i, j in ranked:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        links.append((i, j, value))
    return links
