"""The statement finder's test before resolving an opening subject: it never skips one naming someone."""

from __future__ import annotations

from readoutlib.analysis.profile import Profile
from readoutlib.languages.en.statements import _Finder
from readoutlib.model import Participant

KOVACS = Participant(id="anna-kovacs", name="Anna Kovacs", country="HU", titles=("Foreign Minister",))
LI = Participant(id="li-ming", name="Li Ming", country="CN", titles=("Vice Premier", "Foreign Minister"))

#: Subject phrases with lowercase words, each of a way a phrase names principals, and phrases naming no one.
PHRASES = (
    "the two visiting leaders",
    "both sides",
    "his esteemed counterpart",
    "her Hungarian colleague",
    "the leaders of hungary and china",
    "the hungarian head of state",
    "the head of the hungarian delegation",
    "the foreign minister",
    "the minister",
    "the vice premier",
    "the foreign ministers",
    "our close partners",
    "the foreign minister and the vice premier",
    "Anna Kovacs and the foreign minister",
    "the Honorable Anna Kovacs",
    "anna kovacs",
    "the ministers",
    "vice premiers",
    "They",
    "they",
    "The Minister discussed trade",
    "They discussed the detrimental impacts these bills are",
    "Anna Kovacs, who arrived",
    "the foreign minister, who arrived",
)


def _finder() -> _Finder:
    finder = _Finder([KOVACS, LI], Profile(home_country="HU", joint_subjects=("our close partners",)))
    finder.last_single = "li-ming"
    return finder


def test_skipped_subjects_resolve_to_no_one() -> None:
    """Every phrase the test skips is one _resolve reads as no one; the others resolve as before."""
    finder = _finder()
    expected = [(phrase, finder._resolve(phrase)) for phrase in PHRASES]
    actual = [(phrase, finder._resolve(phrase) if finder._may_name(phrase) else None) for phrase in PHRASES]
    assert expected == actual


def test_phrases_with_a_verb_are_skipped() -> None:
    """A lowercase word no subject holds ("discussed", "arrived") in the first part: skipped."""
    finder = _finder()
    expected = {
        "The Minister discussed trade": False,
        "They discussed the detrimental impacts these bills are": False,
        "Anna Kovacs, who arrived": True,  # "who arrived" is a later list part: left to _resolve
        "the foreign minister": True,
        "our close partners": True,
    }
    actual = {phrase: finder._may_name(phrase) for phrase in expected}
    assert expected == actual
