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
    "The two ministers agreed to further promote coordination",
    "Both sides agreed",
    "the two heads of state",
    "the leaders of the two countries",
    "the two leaders of hungary and china",
    "the leaders of hungary and china agreed",
    "his counterpart spoke",
    "the esteemed vice premiers",
    "the Hungarian visiting ministers",
    "the hungarian visiting head of state",
    "& the two leaders agreed",
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


def test_open_subjects_with_a_verb_are_skipped() -> None:
    """A word of an open subject ("two", "leaders") no longer keeps a phrase that has not its form."""
    finder = _finder()
    expected = {
        "The two ministers agreed to further promote coordination": False,
        "Both sides agreed": False,
        "his counterpart spoke": False,
        "the two visiting leaders": True,  # "(the) two <any> leaders"
        "his esteemed counterpart": True,  # "his <any> counterpart"
        "the Hungarian visiting ministers": True,  # a plural office: left to _resolve
        "& the two leaders agreed": True,  # a lone part that is not the phrase: left to _resolve
    }
    actual = {phrase: finder._may_name(phrase) for phrase in expected}
    assert expected == actual
