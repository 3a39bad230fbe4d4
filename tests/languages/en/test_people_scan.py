"""The name scan split in two: the people a text names, then the offices named without a person."""

from __future__ import annotations

from readoutlib.languages.en.names import find_mentions, scan_people, with_offices

# Written for this test: people with titles before and after their names, an office named without
# a person before and after them.
TEXT = (
    "The Prime Minister welcomed Foreign Minister Ana Ruiz of Peru and Mr. Tom Reed, the "
    "Deputy Secretary of State. Later she met Chancellor Karl Weber, and the President joined them."
)


def test_people_then_offices_are_find_mentions() -> None:
    """The people's scan and the offices read from it give what one whole scan gives."""
    assert find_mentions(TEXT) == with_offices(scan_people(TEXT))


def test_people_alone_are_the_named_mentions() -> None:
    """Without offices, the scan gives the named mentions of the whole scan, in order."""
    expected = [(m.name, m.start) for m in find_mentions(TEXT) if m.name]
    actual = [(m.name, m.start) for m in find_mentions(TEXT, offices=False)]
    assert expected == actual


def test_offices_read_from_a_people_scan_change_nothing_in_it() -> None:
    """Reading the offices from a scan twice gives the same offices (the scan is not changed)."""
    found = scan_people(TEXT)
    first = with_offices(found)
    assert first == with_offices(found)


def test_the_text_names_its_people_and_offices() -> None:
    """The whole scan finds the three people and the two offices of the text, in order."""
    expected = [
        (None, "The Prime Minister"),
        ("Ana Ruiz", "Foreign Minister Ana Ruiz of Peru"),
        ("Tom Reed", "Mr. Tom Reed, the Deputy Secretary of State"),
        ("Karl Weber", "Chancellor Karl Weber"),
        (None, "the President"),
    ]
    assert expected == [(m.name, TEXT[m.start : m.end]) for m in find_mentions(TEXT)]
