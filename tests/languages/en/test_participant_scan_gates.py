"""Issue #14 (speed26): two participant rules read their cheap test before their costly one.

``_gathering_members`` (a gathering's chair and attendees) scanned every sentence after the opening
for names, and only then looked for "chaired by" or "attended the meeting": it now scans only a
sentence holding one of them. ``_demonym_before`` (a country word a few words before a name) read
every word from a country's possessive up to the name's next use for an office before testing that
the name stands within a few words of it: the cheap test now comes first. The answers stay the same.
Invented sentences.
"""

from __future__ import annotations

import pytest

from readoutlib.analysis.profile import Profile
from readoutlib.languages.en import participants
from readoutlib.languages.en.participants import Principal, _demonym_before, _gathering_members


def _no_scan(*_args: object) -> list[object]:
    raise AssertionError("scanned for names")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz and Tomas Berg discussed trade and the harbour project.",
        "The two sides agreed to meet again in Oslo next spring.",
    ],
)
def test_a_sentence_without_a_chair_or_attendees_is_not_scanned(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(participants, "_mentions", _no_scan)
    assert _gathering_members(sentence, Profile()) == []


def test_chair_and_attendees_are_still_found() -> None:
    profile = Profile()
    chaired = _gathering_members("The session was chaired by Minister Ana Ruiz of Ruritania.", profile)
    assert [m.name for m in chaired] == ["Ana Ruiz"]
    attended = _gathering_members(
        "Minister Tomas Berg, Minister Lia Varga and Minister Omar Haddad attended the summit.", profile
    )
    assert [m.name for m in attended] == ["Tomas Berg", "Lia Varga", "Omar Haddad"]


def test_an_office_is_looked_for_only_before_a_name_close_by(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "At Norway's request the talks moved to Bergen, where later that week Lars Berg spoke."
    monkeypatch.setattr(participants, "_office_between", _no_scan)
    assert _demonym_before(Principal("Lars Berg", [], None), [text]) is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Norway's foreign minister, Lars Berg, spoke.", "NO"),
        ("At Norway's initiative, Lars Berg spoke.", None),
        ("His U.K. opposite number Lars Berg spoke.", "GB"),
        ("The new British Prime minister Lars Berg spoke.", "GB"),
    ],
)
def test_the_country_before_a_name_is_read_as_before(text: str, country: str | None) -> None:
    assert _demonym_before(Principal("Lars Berg", [], None), [text]) == country


class _NoMatch:
    def match(self, _text: str) -> None:
        raise AssertionError("matched")


def test_no_pattern_is_run_where_the_name_does_not_follow_the_country(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(participants, "_demonym_then", lambda _size: _NoMatch())
    text = "Lars Berg thanked the British envoy and Norway's foreign minister."
    assert _demonym_before(Principal("Lars Berg", [], None), [text]) is None


def test_a_texts_country_words_are_read_once_per_page() -> None:
    text = "The Norwegian foreign minister met his counterpart from Chile in Oslo."
    first = participants._country_words(text)
    assert [m.group() for m in first] == ["Norwegian", "Chile"]
    assert participants._country_words(text) is first
    participants.clear_page_caches()
    assert participants._country_words(text) is not first
