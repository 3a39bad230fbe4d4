"""Places, dates and countries after the blind run of en-ay, en-az and en-ba (fam181, issue #8; each
seen failing first on main 11e1cc53)."""

from __future__ import annotations

from readoutlib.segment.datelines import strip_dateline


def test_a_wire_name_after_the_place_and_a_full_stop_is_no_part_of_the_place() -> None:
    """ "NORTH HAVEN. WIRENEWS - …": the place in capitals, a full stop, then the agency's one name; the
    place is the city alone. An abbreviation's stop inside a city's name ("ST. MARTIN") is kept."""
    found = strip_dateline("NORTH HAVEN. WIRENEWS - The Foreign Minister met his counterpart on Friday.")
    assert found is not None
    assert found.place == "NORTH HAVEN"
    one = strip_dateline("PORTVILLE. WIRENEWS – The Foreign Minister met his counterpart on Friday.")
    assert one is not None and one.place == "PORTVILLE"
    saint = strip_dateline("ST. MARTIN - The Foreign Minister met his counterpart on Friday.")
    assert saint is not None and saint.place == "ST. MARTIN"
