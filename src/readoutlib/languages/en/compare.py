"""What the comparison of two readouts reads of English beyond the table ``compare_words.toml``.

The comparison (``readoutlib.compare``) knows no language; the English pack gives it, through
``EnglishPack.compare_words``, the words of its lexicon that say who spoke and how rather than what
about, the pattern of a verb that only names a topic, the pattern of a reported clause and what its
sentence splitter needs. Each is built from the lexicon the parser reads, so the two never part.
"""

from __future__ import annotations

import re

from .. import CompareWords
from . import lexicon as lx
from .statements import canonical_title
from .text import ABBREVIATIONS, MONTH_ABBREVIATIONS, NAME_SUFFIXES, fold, spell_out_title, surname

__all__ = ["english_compare_words"]


def point_words() -> frozenset[str]:
    """Words the pack knows as offices, person nouns, reporting and topic verbs and adverbs.

    They say who spoke and how ("Prime Minister", "counterpart", "reiterated", "discussed", "also"),
    not what about: a sentence point drops them.
    """
    groups = (
        lx.OFFICE_NOUNS,
        lx.HEAD_OF_STATE_TITLES,
        lx.PERSON_NOUNS,
        lx.REPORTING_VERBS,
        lx.TOPIC_VERBS,
        lx.FRAME_NOUNS,
        lx.ADVERBS,
    )
    return frozenset(fold(word) for group in groups for entry in group for word in entry.split())


def topic_pattern() -> str:
    """The topic verbs ("discussed", "focused on", "exchanged views") as one pattern, with the
    infinitive of a one-word verb after "to" ("a call today to discuss", "met to review") and a verb
    "about" with its partner between ("spoke today with the Prime Minister about ...")."""
    forms = {r"\s+".join(re.escape(word) for word in label.split()) for label in lx.TOPIC_VERBS}
    for label in lx.TOPIC_VERBS:
        if " " not in label and label.endswith("ed"):
            forms.add(rf"to\s+(?:{re.escape(label[:-2])}|{re.escape(label[:-1])})")
        verb, _, particle = label.partition(" ")
        if particle == "about":
            forms.add(rf"{re.escape(verb)}\s+(?:\w+\s+)?with\s+[^.;:]{{1,120}}?\s+about")
    return r"\b(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b"


def reported_pattern() -> str:
    """The one-word reporting verbs followed by "that" ("It was agreed that ...", "emphasised that ...")."""
    verbs = sorted({label for label in lx.REPORTING_VERBS if " " not in label}, key=len, reverse=True)
    return r"\b(?:" + "|".join(map(re.escape, verbs)) + r")\s+that\b"


def office_levels() -> tuple[tuple[str, frozenset[str]], ...]:
    """The offices that stand for a level ("the leaders of France and Italy" are each country's head
    of state or government, whichever the other side names), with the titles of the pack's
    ``offices.toml`` roles."""
    state = lx.ROLE_OFFICES["head of state"]
    government = lx.ROLE_OFFICES["head of government"]
    return (
        ("leader", frozenset(state + government)),
        ("head of state", frozenset(state)),
        ("head of government", frozenset(government)),
    )


def english_compare_words(base: CompareWords) -> CompareWords:
    """``base`` (the pack's table) with the lexicon's words and patterns and the splitter's words."""
    return CompareWords(
        table=base.table,
        point_words=point_words(),
        topic=topic_pattern(),
        reported=reported_pattern(),
        abbreviations=ABBREVIATIONS,
        suffixes=NAME_SUFFIXES,
        before_figures=MONTH_ABBREVIATIONS,
        surname=surname,
        canonical_title=canonical_title,
        spell_out_title=spell_out_title,
        office_levels=office_levels(),
    )
