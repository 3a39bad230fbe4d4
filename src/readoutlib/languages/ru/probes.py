"""Probes: what one reading of the pack makes of a sentence, for the rule-table tests.

Each function reads a table's example the way the pack does and returns the label the row should
yield, so ``tests/test_rule_rows.py`` checks the row in place, not only that its pattern matches.
"""

from __future__ import annotations

from .countries import country_in
from .morph import case_of, nominative_phrase
from .people import TOKEN, title_head
from .reader import event_kind, first_label, not_readout_reason, verb_labels

__all__ = [
    "country",
    "furniture",
    "genre",
    "kind",
    "opening",
    "own_office",
    "requested",
    "subject",
    "title",
    "verb",
]


def country(text: str) -> str:
    """The first country the text names ("" when none)."""
    return country_in(text) or ""


def furniture(text: str) -> str:
    """What kind of furniture line the text is ("" when body prose)."""
    return first_label("furniture.toml", text.strip()) or ""


def genre(text: str) -> str:
    """Why a page with this headline is not a readout ("readout" when it may be one)."""
    return not_readout_reason(text, ()) or "readout"


def kind(text: str) -> str:
    """The event kind the text reports."""
    return event_kind(text, None).value


def opening(text: str) -> str:
    """The form of the opening clause the text has."""
    return first_label("opening.toml", text) or ""


def own_office(text: str) -> str:
    """The own office a lead reports to ("" when none)."""
    return first_label("own_office.toml", text) or ""


def requested(text: str) -> str:
    """Whether the text says who asked for the call."""
    return first_label("requested.toml", text) or ""


def subject(text: str) -> str:
    """What kind of subject the text's reporting clause has."""
    return first_label("subjects.toml", text) or ""


def title(text: str) -> str:
    """The first title head in the text, in the nominative and lower case."""
    for token in TOKEN.finditer(text):
        head = title_head(text, token.start())
        if head is not None:
            words = head.group().split()
            return " ".join(nominative_phrase(words, case_of(words[-1]))).lower()
    return ""


def verb(text: str) -> str:
    """The label of the first reporting, passive or topic verb in the text."""
    labels = verb_labels(text)
    return labels[0] if labels else ""
