"""Probes: what one reading of the pack makes of a sentence, for the rule-table tests.

Each function reads a table's example the way the pack does and returns the label the row should
yield, so ``tests/test_rule_rows.py`` checks the row in place, not only that its pattern matches.
"""

from __future__ import annotations

from ..tablepack import reader_probes
from .countries import country_in
from .people import title_spans
from .reader import event_kind, not_readout_reason
from .statements import verb_labels
from .tables import first_label

__all__ = ["country", "genre", "kind", "opening", "subject", "title", "verb"]

country, genre, kind, opening, subject, verb = reader_probes(
    country_in, not_readout_reason, lambda text: event_kind(None, text), first_label, verb_labels
)


def title(text: str) -> str:
    """The first title the text gives, without its country."""
    spans = title_spans(text)
    return spans[0].text if spans else ""
