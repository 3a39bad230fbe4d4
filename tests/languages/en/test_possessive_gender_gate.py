"""Issue #14 (speed26): the possessive-gender reading (fam172) splits only the paragraphs holding a
possessive ("his", "her" before a word): a sentence's possessive stands in its paragraph too, so the
others are not split into sentences. The genders read stay the same. Invented paragraphs."""

from __future__ import annotations

import pytest

from readoutlib.analysis.profile import Profile
from readoutlib.languages.en import statements
from readoutlib.languages.en.statements import _Finder
from readoutlib.model import Participant

RUIZ = Participant(id="ana-ruiz", name="Ana Ruiz", country="ES", titles=("Foreign Minister",))
BERG = Participant(id="tomas-berg", name="Tomas Berg", country="NO", titles=("Foreign Minister",))


def _finder() -> _Finder:
    return _Finder([RUIZ, BERG], Profile())


def test_a_paragraph_without_a_possessive_is_not_split(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_split(*_args: object, **_kwargs: object) -> list[object]:
        raise AssertionError("split")

    monkeypatch.setattr(statements, "split_sentences", no_split)
    paragraphs = ["Ana Ruiz met Tomas Berg in Oslo. They discussed trade and thanked the hosts for it."]
    assert _finder()._possessive_genders(paragraphs) == {}


@pytest.mark.parametrize(
    ("paragraph", "genders"),
    [
        ("Ana Ruiz held talks with her counterparts in Oslo. Tomas Berg spoke later.", {"ana-ruiz": {"f"}}),
        ("The talks went well. Tomas Berg thanked his hosts.", {"tomas-berg": {"m"}}),
        ("Ana Ruiz thanked her for the visit.", {}),
        ("Ana Ruiz and Tomas Berg thanked his hosts.", {}),
    ],
)
def test_the_genders_read_are_as_before(paragraph: str, genders: dict[str, set[str]]) -> None:
    assert _finder()._possessive_genders(["No possessive stands here.", paragraph]) == genders
