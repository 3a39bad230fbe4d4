"""Probes: what one reading of the pack makes of a sentence, for the rule-table tests.

Each function reads a table's example the way the pack does and returns the label the row should
yield, so ``tests/test_rule_rows.py`` checks the row in place, not only that its pattern matches.
"""

from __future__ import annotations

from ..tablepack import country_probe, first_probe, genre_probe, kind_probe, label_probe
from .countries import country_in
from .people import title_spans
from .reader import event_kind, not_readout_reason
from .statements import verb_labels
from .tables import first_label

__all__ = ["country", "genre", "kind", "opening", "subject", "title", "verb"]

country = country_probe(country_in)
genre = genre_probe(not_readout_reason)
kind = kind_probe(lambda text: event_kind(None, text))
opening = label_probe(first_label, "opening.toml")
subject = label_probe(first_label, "subjects.toml")
verb = first_probe(verb_labels)


def title(text: str) -> str:
    """The first office the text gives, in the nominative and without its country."""
    spans = title_spans(text)
    return spans[0].title if spans else ""
