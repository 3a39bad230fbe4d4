"""Kinds (issue #8, fam220), each family as a page of our own.

A headline whose two principals "meet" in the present is a meeting where the lead names no kind
(a participle "meeting his counterpart" names none); a headline's plan ("to meet") is not.
"""

from __future__ import annotations

from readoutlib.languages.en.event import kind_of
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze


def test_a_headline_where_two_principals_meet_is_a_meeting() -> None:
    readout = _analyze(
        "Freedonia: Ruiz, Berg Meet",
        [
            "Port Ruiz — President Ana Ruiz meeting her Sylvanian counterpart, Mr Tomas Berg, at the "
            "State House during the latter's working visit on May 4.",
            "The two leaders promised to keep nurturing the good relations between their countries.",
        ],
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_headline_meet_as_a_plan_or_a_single_subject_is_not_read() -> None:
    assert kind_of("Ruiz and Berg to meet in Port Ruiz") is EventKind.OTHER
    assert kind_of("Ruiz and Berg will meet on Monday") is EventKind.OTHER
    assert kind_of("Ruiz and Berg meet in Port Ruiz") is EventKind.MEETING
    assert kind_of("Ruiz and Berg Will Meet on Monday") is EventKind.OTHER
    assert kind_of("The leaders will first meet in Port Ruiz") is not EventKind.MEETING
    assert kind_of("Freedonian and Sylvanian leaders meet in Port Ruiz") is EventKind.MEETING
