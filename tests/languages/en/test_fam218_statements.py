"""fam218 (issue #8): statements whose speaker is a principal the sentence names in another spelling."""

from __future__ import annotations

import pytest

from readoutlib.analysis.profile import Profile
from readoutlib.languages.en.statements import find_statements
from readoutlib.model import Participant

VARDANYAN = Participant(id="talal-vardanyan", name="Talal Vardanyan", country="PK", titles=("Minister",))
PELL = Participant(id="anna-pell", name="Anna Pell", country="GB", titles=("Home Secretary",))
KOVALENSKY = Participant(id="oleh-kovalensky", name="Oleh Kovalensky", country="UA", titles=("President",))
ABBASI = Participant(id="tariq-abbasi", name="Tariq Abbasi", country="PK", titles=("Minister",))


def triples(paragraphs: list[str], participants: list[Participant]) -> list[tuple[str, str, str]]:
    """(speaker, verb, text) of every statement found."""
    statements, _ = find_statements(paragraphs, participants, Profile())
    return [(s.speaker, s.verb, s.text) for s in statements]


@pytest.mark.parametrize(
    ("para", "participants", "expected"),
    [
        # a letter dropped from the family name, the given name as written
        (
            "Talal Vardanian stressed the need to curb smuggling.",
            [VARDANYAN, PELL],
            [("talal-vardanyan", "stressed", "the need to curb smuggling.")],
        ),
        # a letter added (one transliteration and another), the family name alone
        (
            "Kovalenskyy thanked the minister for the aid.",
            [KOVALENSKY, PELL],
            [("oleh-kovalensky", "thanked", "the minister for the aid.")],
        ),
        # a title before the variant
        (
            "President Kovalenski welcomed the new package.",
            [KOVALENSKY, PELL],
            [("oleh-kovalensky", "welcomed", "the new package.")],
        ),
        # a short name one letter apart is another person
        ("Abbas said the talks were useful.", [ABBASI, PELL], []),
        # another given name: someone else of a near family name
        ("Omar Vardanian said the border was calm.", [VARDANYAN, PELL], []),
    ],
)
def test_family_name_one_letter_apart(para: str, participants: list[Participant], expected: object) -> None:
    """A subject whose family name is one letter from exactly one principal's is that principal."""
    assert expected == triples([para], participants)


@pytest.mark.parametrize(
    ("para", "expected"),
    [
        (
            "Talal Vardanyan opined that the forum should meet every year.",
            [("talal-vardanyan", "opined", "the forum should meet every year.")],
        ),
        (
            "Anna Pell admired the host's work for the rural poor.",
            [("anna-pell", "admired", "the host's work for the rural poor.")],
        ),
        (
            "Anna Pell made special mention of the aid sent after the floods.",
            [("anna-pell", "made special mention of", "the aid sent after the floods.")],
        ),
        (
            "Talal Vardanyan gave a presentation on the new port authority.",
            [("talal-vardanyan", "gave a presentation on", "the new port authority.")],
        ),
        (
            "Anna Pell provided updates on the talks with the rebels.",
            [("anna-pell", "provided updates on", "the talks with the rebels.")],
        ),
    ],
)
def test_reporting_verbs_added(para: str, expected: object) -> None:
    """Each reporting verb the fam218 rows add opens a statement of the principal before it."""
    assert expected == triples([para], [VARDANYAN, PELL])
