"""fam174 (issue #8): participants read together or missed, on invented sentences in each layout.

Each case is a construction seen on development pages, written here in our own words: an office named
again with "the" and joined by "and" to another titled person ("the Envoy and Foreign Minister X"),
where the sentence gave that office to someone else before: two people, not one person's two offices.
"""

from __future__ import annotations

import pytest

from readoutlib.languages.en.names import find_mentions


def _people(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(m.name, m.titles) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "office", "person"),
    [
        (
            "On Special Envoy Mara Lind's tour of the region, the Special Envoy and Trade Minister"
            " Tomas Berg held talks on Monday.",
            "Special Envoy",
            ("Tomas Berg", ("Trade Minister",)),
        ),
        (
            "As part of Deputy Secretary of Commerce Ana Ruiz's visits, the Deputy Secretary and"
            " Foreign Minister Olu Ade spoke on Friday.",
            "Deputy Secretary",
            ("Olu Ade", ("Foreign Minister",)),
        ),
    ],
)
def test_office_named_again_before_and_is_another_person(
    text: str, office: str, person: tuple[str, tuple[str, ...]]
) -> None:
    people = _people(text)
    assert (None, (office,)) in people
    assert person in people


def test_two_offices_of_one_person_stay_together_when_not_named_before() -> None:
    # "the Deputy Prime Minister and Foreign Minister X" with no earlier holder of the first office
    people = _people("The envoy thanked the Deputy Prime Minister and Foreign Minister Ivo Marr today.")
    assert people == [("Ivo Marr", ("Deputy Prime Minister", "Foreign Minister"))]


def test_office_named_before_needs_the_article() -> None:
    # without "the" the run is one person's titles even when an earlier person held the first office
    people = _people("After Envoy Lea Holm arrived, Envoy and Foreign Minister Ivo Marr met her.")
    assert ("Ivo Marr", ("Envoy", "Foreign Minister")) in people


def test_state_after_of_the_is_no_office_named_again() -> None:
    # "Prime Minister of the DRC and Ruler of Kivu": the "DRC" named before is the complement's state,
    # not an office said again, so the "and" splits nothing there
    text = (
        "King Ole of Norland met with DRC President Sheikh Ivo Marr and Sheikh Ali Sami, Vice President"
        " and Prime Minister of the DRC and Ruler of Kivu, on the sidelines of the summit."
    )
    assert [m.office for m in find_mentions(text) if m.office] == []
