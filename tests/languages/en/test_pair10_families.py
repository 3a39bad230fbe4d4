"""Parser families behind the pairs #12's batch 8 still missed, read on invented sentences and pages."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.languages.en.names import find_mentions


def _people(text: str) -> list[tuple[str | None, tuple[str, ...], str | None]]:
    return [(m.name, m.titles, m.country) for m in find_mentions(text, offices=False) if m.name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruritanian Minister of Foreign Affairs Park Dal spoke with his counterpart.",
            [("Park Dal", ("Minister of Foreign Affairs",), None)],
        ),
        ("Foreign Minister Hill Soo congratulated the envoy.", [("Hill Soo", ("Foreign Minister",), None)]),
        ("Foreign minister Park Dal on Friday held a video conference.", [("Park Dal", (), None)]),
        ("Defence Minister Park Dong-ha met them.", [("Park Dong-ha", ("Defence Minister",), None)]),
    ],
)
def test_a_place_noun_between_a_title_and_a_short_given_name_is_a_family_name(
    text: str, expected: list[tuple[str | None, tuple[str, ...], str | None]]
) -> None:
    """An English place noun written first, after a title and before a short given name, is a family name."""
    assert expected == _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held at the Prime Minister House on Monday.",
        "The delegation arrived at the Governor House Lahore in the evening.",
        "Kremlin Palace staff prepared the rooms.",
        "The Foreign Minister Park will open in May.",
        "The Minister Hall Street office was closed.",
    ],
)
def test_a_place_noun_after_a_title_stays_a_place(text: str) -> None:
    """A place noun after a title, with no short given name after it, names nobody."""
    expected: list[tuple[str | None, tuple[str, ...], str | None]] = []
    assert expected == _people(text)


NEWS_REPORT = """Ruiz and Berg stress close ties and agree to meet soon

{lead} discussed the importance of close ties between the two countries and agreed to meet soon, in \
their first talks since the election, officials have said.

The two leaders held talks on trade after the president praised the Prime Minister for a very good start.

In a readout of the call, a spokesperson said: “The Prime Minister spoke to President Berg on Sunday.”
"""


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Dame Ana Ruiz and Tomas Berg", ["Ana Ruiz", "Tomas Berg"]),
        ("Tomas Berg and Ana Ruiz", ["Ana Ruiz", "Tomas Berg"]),
        ("Tomas Berg", ["The Prime Minister", "Tomas Berg"]),
        ("Foreign Minister Ana Ruiz and Tomas Berg", ["The Prime Minister", "Tomas Berg"]),
        ("Tomas Berg and the Prime Minister, asked about Lena Holt,", ["The Prime Minister", "Tomas Berg"]),
    ],
)
def test_a_principal_named_by_office_takes_the_name_the_lead_pairs_with_the_other(
    lead: str, expected: list[str]
) -> None:
    """The Prime Minister is the person the lead names beside the other side ("X and Y discussed"),
    unless that person's title is another office or the lead names no such pair."""
    readout = readoutlib.parse(NEWS_REPORT.format(lead=lead).encode())
    assert expected == [p.name for p in readout.event.participants]


HEADLINED = """{title} stress close ties and agree to meet soon

The two leaders discussed the importance of close ties between the two countries and agreed to meet \
soon, officials have said.

The two leaders held talks on trade after the president praised the Prime Minister for a very good start.

In a readout of the call, a spokesperson said: “The Prime Minister spoke to President Berg on Sunday.”

{later} has led the government since the spring.
"""


@pytest.mark.parametrize(
    ("title", "later", "expected"),
    [
        ("Ruiz and Berg", "Dame Ana Ruiz", ["Ana Ruiz", "Berg"]),
        ("Berg and Ruiz", "Dame Ana Ruiz", ["Ana Ruiz", "Berg"]),
        ("Ruiz and Berg", "Foreign Minister Ana Ruiz", ["The Prime Minister", "Berg"]),
        ("Holt and Berg", "Dame Ana Ruiz", ["The Prime Minister", "Berg"]),
        ("Ruiz and Holt", "Dame Ana Ruiz", ["The Prime Minister", "Berg"]),
    ],
)
def test_a_principal_named_by_office_takes_the_name_the_headline_pairs_with_the_other(
    title: str, later: str, expected: list[str]
) -> None:
    """The Prime Minister is the person whose family name the headline pairs with the other side's
    ("Ruiz and Berg …"), named in full by the body; not where the body gives that person another
    office, names no one of that family name, or the headline's pair holds no principal."""
    readout = readoutlib.parse(HEADLINED.format(title=title, later=later).encode())
    assert expected == [p.name for p in readout.event.participants]
