"""Which states say who, not what, when one account of a many-sided call lists someone it only talked
about (fam163, issue #8; seen failing first on main 090a6c5d). The people and events are invented."""

from __future__ import annotations

from readoutlib.compare.align import _side_countries

from .kit import make_readout

_FOUR_LEADERS = make_readout(
    "other",
    "Leaders' call",
    [("Ana Lind", "SE"), ("Piet Vos", "NL"), ("Jan Kral", "CZ"), ("Ivan Petrov", "RU")],
)
_THREE_LEADERS = make_readout(
    "other", "Call with partners", [("Piet Vos", "NL"), ("Ana Lind", "SE"), ("Jan Kral", "CZ")]
)
_TWO_SIDES = make_readout("other", "Meeting", [("Oksana Bilyk", "UA"), ("Mark Dale", "US")])
_OWN_SIDE_ONLY = make_readout("other", "Meeting", [("Mark Dale", "US")])


def test_a_state_only_a_many_sided_account_lists_stays_a_third_country() -> None:
    """The leader the call was about, listed by one account of four states and by no participant of
    the other's, does not make his state a side: its name stays the subject both accounts share."""
    assert _side_countries(_FOUR_LEADERS, _THREE_LEADERS) == frozenset({"SE", "NL", "CZ"})


def test_an_account_of_two_states_keeps_both_sides() -> None:
    """Two states are the two sides: the other account may simply have missed its guest."""
    assert _side_countries(_TWO_SIDES, _OWN_SIDE_ONLY) == frozenset({"UA", "US"})
    assert _side_countries(_TWO_SIDES) == frozenset({"UA", "US"})
