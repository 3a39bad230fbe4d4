"""Tests for the model's own rules (the validators the serializers rely on)."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutlib.model import DATE_BASES, Event, Participant, participant_key


@pytest.mark.parametrize(
    ("date", "basis", "message"),
    [
        (dt.date(2024, 3, 5), "guessed", "date_basis must be one of"),
        (None, "published", "date_basis is set but the event has no date"),
    ],
)
def test_event_date_basis_is_checked(date: dt.date | None, basis: str, message: str) -> None:
    """A basis outside DATE_BASES, or a basis without a date, is refused."""
    with pytest.raises(ValueError, match=message):
        Event(date=date, date_basis=basis)


def test_event_date_basis_values() -> None:
    """Every documented basis is accepted beside a date."""
    expected = list(DATE_BASES)
    actual = [Event(date=dt.date(2024, 3, 5), date_basis=basis).date_basis for basis in DATE_BASES]
    assert expected == actual


@pytest.mark.parametrize(
    ("name", "country", "key"),
    [
        ("Sergey Lavrov", "RU", "RU:sergey-lavrov"),
        ("  Sergey   LAVROV ", "RU", "RU:sergey-lavrov"),
        ("José Núñez", "ES", "ES:jose-nunez"),
        ("S. Jaishankar", "IN", "IN:s-jaishankar"),
        ("Jean-Noël Barrot", "FR", "FR:jean-noel-barrot"),
        ("The Prime Minister", None, "?:the-prime-minister"),
        ("Сергей Лавров", "RU", "RU:сергей-лавров"),
        ("王毅", "CN", "CN:王毅"),
        ("ガガ・タロウ", "JP", "JP:ガガ-タロウ"),
        ("Antonio Guterres", "UN", "UN:antonio-guterres"),
    ],
)
def test_participant_key(name: str, country: str | None, key: str) -> None:
    """The key is the country, a colon and the folded name; Latin accents go, other scripts stay."""
    assert key == participant_key(name, country)


def test_participant_key_is_derived_unless_given() -> None:
    """A participant built without a key gets participant_key(name, country); a given key is kept."""
    expected = ("PL:jan-kowalski", "mine")
    actual = (
        Participant(id="jan", name="Jan Kowalski", country="PL").key,
        Participant(id="jan", name="Jan Kowalski", country="PL", key="mine").key,
    )
    assert expected == actual
