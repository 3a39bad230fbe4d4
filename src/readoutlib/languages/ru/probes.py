"""Probes: what one reading of the pack makes of a sentence, for the rule-table tests.

Each function reads a table's example the way the pack does and returns the label the row should
yield, so ``tests/test_rule_rows.py`` checks the row in place, not only that its pattern matches.
"""

from __future__ import annotations

from ..tablepack import country_probe, first_probe, genre_probe, kind_probe, label_probe
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

country = country_probe(country_in)
genre = genre_probe(not_readout_reason)
kind = kind_probe(lambda text: event_kind(text, None))
opening = label_probe(first_label, "opening.toml")
own_office = label_probe(first_label, "own_office.toml")
requested = label_probe(first_label, "requested.toml")
subject = label_probe(first_label, "subjects.toml")
verb = first_probe(verb_labels)


def furniture(text: str) -> str:
    """What kind of furniture line the text is ("" when body prose)."""
    return first_label("furniture.toml", text.strip()) or ""


def title(text: str) -> str:
    """The first title head in the text, in the nominative and lower case."""
    for token in TOKEN.finditer(text):
        head = title_head(text, token.start())
        if head is not None:
            words = head.group().split()
            return " ".join(nominative_phrase(words, case_of(words[-1]))).lower()
    return ""
