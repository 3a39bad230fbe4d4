"""Probes: what one reading of the pack makes of a sentence, for the rule-table tests.

Each function reads a table's example the way the pack does and returns the label the row should
yield, so ``tests/test_rule_rows.py`` checks the row in place, not only that its pattern matches.
"""

from __future__ import annotations

from .countries import country_in
from .people import title_spans
from .reader import event_kind, not_readout_reason
from .statements import verb_labels
from .tables import first_label

__all__ = ["country", "genre", "kind", "opening", "subject", "title", "verb"]


def country(text: str) -> str:
    """The first country the text names ("" when none)."""
    return country_in(text) or ""


def genre(text: str) -> str:
    """Why a page with this headline is not a readout ("readout" when it may be one)."""
    return not_readout_reason(text, ()) or "readout"


def kind(text: str) -> str:
    """The event kind the text reports."""
    return event_kind(None, text).value


def opening(text: str) -> str:
    """The form of the opening clause the text has."""
    return first_label("opening.toml", text) or ""


def subject(text: str) -> str:
    """Whether the subject before the text's first verb speaks for both sides."""
    return first_label("subjects.toml", text) or ""


def title(text: str) -> str:
    """The first office the text gives, in the nominative and without its country."""
    spans = title_spans(text)
    return spans[0].title if spans else ""


def verb(text: str) -> str:
    """The label of the first reporting or topic verb in the text."""
    labels = verb_labels(text)
    return labels[0] if labels else ""
