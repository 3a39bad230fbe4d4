"""fam177 (issue #8): participants' names on invented sentences, each a construction seen on pages.

- A photo caption glued with no space to the sentence after it ("… Minister BergThe talks were …"):
  the next sentence's capitalised opening word is no part of the name before it.
- Capitals joined by "&" ("Q&R") are an abbreviation, no initials of the name after them; one capital
  outside ASCII glued to a title ("PresidentŌ") is a mis-decoded space, dropped.
- A family name of several words ("Le Garde", "Van den Berg") is named by the body's form with the
  given names before it.
- Two sides as the subject of "spoke on the phone", no "with" ("The Chancellor and the Commission
  President spoke on the phone on Saturday"): the opening, as "spoke by phone" is.
"""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.languages.en.event import event_clause
from readoutlib.languages.en.names import find_mentions, tokenize


def _parse(title: str, *paragraphs: str) -> readoutlib.model.Readout:
    return readoutlib.parse(("\n\n".join((title, *paragraphs)) + "\n").encode())


def _names(readout: readoutlib.model.Readout) -> list[str | None]:
    return [p.name for p in readout.event.participants]


def test_a_caption_glued_to_the_next_sentence_ends_at_the_name() -> None:
    words = [t.text for t in tokenize("Minister Tomas BergThe call lasted an hour.")]
    assert words[:5] == ["Minister", "Tomas", "Berg", "The", "call"]


def test_a_brand_shaped_word_is_not_cut() -> None:
    words = [t.text for t in tokenize("a post on YouTube and on LinkedIn.")]
    assert "YouTube" in words and "LinkedIn" in words


def test_two_sides_that_spoke_on_the_phone_open_the_readout() -> None:
    readout = _parse(
        "Ruiz and Van den Berg held a call",
        "Sylvanian Prime Minister Ana Ruiz and Commission President Ilse van den Berg spoke on the"
        " phone on Saturday.",
        "Van den Berg said the call was excellent.",
    )
    names = _names(readout)
    assert "Ilse van den Berg" in names
    assert "Van den Berg" not in names


def test_spoke_on_the_phone_is_an_event_clause() -> None:
    assert event_clause("Ana Ruiz and Ilse Lind spoke on the phone on Saturday.") is not None
    assert event_clause("Ana Ruiz and Ilse Lind spoke on the telephone.") is not None


def test_capitals_joined_by_ampersand_are_no_initials() -> None:
    people = [
        (m.name, m.titles)
        for m in find_mentions("The Speaker met the Ambassador of Sylvania to Q&R Tomas Berg.")
    ]
    assert ("Tomas Berg", ("Ambassador of Sylvania to Q&R",)) in people
    assert all(name is None or ("&" not in name and name != "Q") for name, _ in people)


def test_a_stray_capital_glued_to_a_title_is_dropped() -> None:
    """A mis-decoded space shows as one capital outside ASCII after the title ("PresidentŌ Ana Ruiz")."""
    people = [(m.name, m.titles) for m in find_mentions("The envoy called PresidentŌ Ana Ruiz on Monday.")]
    assert people == [("Ana Ruiz", ("President",))]
    words = [t.text for t in tokenize("met Ministre Bérè and Sarkozé")]
    assert words == ["met", "Ministre", "Bérè", "and", "Sarkozé"]


@pytest.mark.parametrize(
    ("title", "lead", "later", "full"),
    [
        (
            "Ruiz meets Van den Berg",
            "Foreign Minister Ana Ruiz met Van den Berg in Arden on Monday.",
            "Ilse van den Berg said the talks covered trade.",
            "Ilse van den Berg",
        ),
        (
            "Ruiz meets Le Garde",
            "Foreign Minister Ana Ruiz met Sylvanian Foreign Minister Le Garde in Arden on Monday.",
            "Talks with Jean-Luc Le Garde covered trade.",
            "Jean-Luc Le Garde",
        ),
    ],
)
def test_a_family_name_of_several_words_takes_the_given_names(
    title: str, lead: str, later: str, full: str
) -> None:
    """A family name of several words ("Van den Berg", "Le Garde") is the person the body writes with
    given names before it, in any case ("Ilse van den Berg")."""
    names = _names(_parse(title, lead, later))
    assert full in names
    assert full.split(maxsplit=1)[1] not in names


def test_the_given_names_form_brings_its_country() -> None:
    """The body's full form of a particle family name carries its country ("X of France")."""
    readout = _parse(
        "Three ministers agree on trade",
        "The group's foreign ministers: Ministers Ana Ruiz of Spain, Jean-Luc Le Garde of France and Tomas"
        " Berg of Austria, found common ground in Madrid on Monday.",
        "Le Garde, who hosted the meeting, said the talks had been useful.",
    )
    people = {p.name: p.country for p in readout.event.participants}
    assert people.get("Jean-Luc Le Garde") == "FR"
