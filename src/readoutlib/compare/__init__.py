"""Both sides of one event: pair the readouts of a call or meeting, and compare their accounts.

``pair(readouts)`` groups readouts of the same event from different publishers; ``compare(a, b)``
aligns two of them point by point (their sentences) and lists what only one side reports. Both
return typed, frozen models that ``to_dict`` / ``dumps`` write as JSON; ``render_text`` and
``render_html`` show a comparison to a person.
"""

from __future__ import annotations

from .align import compare
from .model import (
    Attribution,
    Comparison,
    Fact,
    MatchEvidence,
    PairedEvent,
    PersonMatch,
    Point,
    Related,
    StatementLink,
)
from .pair import pair
from .serialize import comparison_to_dict, dumps, events_to_dict
from .view import render_html, render_text

__all__ = [
    "Attribution",
    "Comparison",
    "Fact",
    "MatchEvidence",
    "PairedEvent",
    "PersonMatch",
    "Point",
    "Related",
    "StatementLink",
    "compare",
    "comparison_to_dict",
    "dumps",
    "events_to_dict",
    "pair",
    "render_html",
    "render_text",
]
