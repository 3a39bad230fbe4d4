"""The country data's capitals (capitals.tsv) and the English pack's names of them (issue #8, fam137)."""

from __future__ import annotations

import tomllib
from importlib import resources

import pycountry
import pytest

import readoutlib
from readoutlib.analysis.countries import country_of_capital

#: States left out of capitals.tsv on purpose, each for a reason its header gives.
_LEFT_OUT = {"BE", "ET", "IT", "LK", "BO", "BJ", "CI", "NL", "IL", "PS", "NR", "SC"}


def _rows() -> list[tuple[str, str]]:
    text = resources.files("readoutlib.analysis").joinpath("capitals.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert all(len(row) == 2 for row in rows), [row for row in rows if len(row) != 2]
    return [(code, key) for code, key in rows]


def _english_names() -> dict[str, str]:
    found = resources.files("readoutlib.languages.en").joinpath("country_names.toml")
    text = found.read_text(encoding="utf-8")
    return dict(tomllib.loads(text)["capitals"])


def test_each_state_has_one_capital_and_a_known_code() -> None:
    codes = [code for code, _ in _rows()]
    assert len(codes) == len(set(codes))
    assert all(pycountry.countries.get(alpha_2=code) for code in codes)


def test_the_states_left_out_are_those_the_header_names() -> None:
    """No state left out by the header's reasons is listed, and the states the data lacked are."""
    listed = {code for code, _ in _rows()}
    assert not listed & _LEFT_OUT
    # A sample of the states the data lacked before it was completed (Brunei among them).
    for code in ("BN", "TZ", "UG", "ZM", "SO", "SD", "SS", "RW", "SG", "PA", "VU", "IS", "ME", "TW"):
        assert code in listed, code


def test_every_english_name_points_to_a_listed_capital() -> None:
    """A name whose key is no row of capitals.tsv would be dropped without a word: none is."""
    keys = {key for _, key in _rows()}
    assert {name: key for name, key in _english_names().items() if key not in keys} == {}
    named = set(_english_names().values())
    assert {code for code, key in _rows() if key not in named} == set()


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Bandar Seri Begawan", "BN"),
        ("Dodoma", "TZ"),
        ("Kampala", "UG"),
        ("Mogadishu", "SO"),
        ("St. John's", "AG"),  # the stop and the possessive's apostrophe are normalised on both sides
        ("Sana’a", "YE"),  # a curly apostrophe is a straight one
        ("Port of Spain", "TT"),
        ("Victoria", None),  # left out: another place's name as often as the Seychelles' capital's
        ("Brussels", None),  # left out: a body's seat
    ],
)
def test_the_english_name_of_a_capital_gives_its_state(city: str, code: str | None) -> None:
    assert country_of_capital(city) == code


def test_a_trip_to_a_newly_listed_capital_makes_the_host_of_its_state() -> None:
    """'X visited <capital> and met Y': Y is the capital's state's, though the text names no country."""
    readout = readoutlib.parse(
        "Deputy Secretary visits Kampala\n\n"
        "On May 4, Deputy Secretary of State Tomas Berg visited Kampala and met with Foreign Minister"
        " Ana Ruiz to discuss trade and regional security.\n\n"
        "The Deputy Secretary thanked the Minister for the welcome.\n"
    )
    sides = {p.name: p.country for p in readout.event.participants}
    assert sides.get("Ana Ruiz") == "UG"
