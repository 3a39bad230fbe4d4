"""Tests for the model's own rules (the validators the serializers rely on)."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutlib.model import DATE_BASES, Event


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
