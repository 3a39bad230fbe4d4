"""fam222 (issue #8): principals missed or mistaken after the blind run, read on invented pages and lines."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.languages.en.event import clause_tense
from readoutlib.segment.furniture import furniture_kind


def _people(text: str) -> list[tuple[str, str | None]]:
    """(name, country) of every participant the parser reads on a plain-text page."""
    readout = readoutlib.parse(text)
    return [(p.name, p.country) for p in readout.event.participants]


@pytest.mark.parametrize(
    "line",
    [
        # an agency's or a paper's credit of one to three words, in brackets, closing the caption
        "President Ana Ruiz welcomes former Minister Tomas Berg to Strelsau (Newswire photo)",
        "Minister Ana Ruiz and Minister Tomas Berg shake hands (Strelsau Daily Photo).",
        # a date and the agency's bare credit closing it
        "Minister Ana Ruiz (L) meets Minister Tomas Berg in Strelsau on June 29, 2017. (Newswire)",
        "Minister Ana Ruiz greets Minister Tomas Berg, Nov. 7, 2023. (Newswire)",
    ],
)
def test_a_photo_caption_closed_by_a_credit_is_furniture(line: str) -> None:
    """A caption told by the agency's credit that ends it is dropped as boilerplate."""
    expected = "boilerplate"
    assert expected == furniture_kind(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ministers discussed the new photo exhibition (see photo).",
        "Minister Ana Ruiz said the talks, held on June 29, 2017, went well (Newswire).",
        "The two ministers met in Strelsau on June 29, 2017.",
    ],
)
def test_a_paragraph_without_a_credit_stays(line: str) -> None:
    """A body sentence that mentions a photo, or ends in a source but no date, is no caption."""
    dropped = "boilerplate"
    assert dropped != furniture_kind(line)


@pytest.mark.parametrize(
    "text",
    [
        'Minister Ana Ruiz and Minister Tomas Berg held "frank" and "serious" discussions on Thursday.',
        "Minister Ana Ruiz and Minister Tomas Berg held ‘useful’ talks in Strelsau.",
    ],
)
def test_a_quoted_word_before_the_event_noun_keeps_the_clause(text: str) -> None:
    """Words quoted before 'discussions' or 'talks' do not hide the past event clause."""
    expected = "past"
    assert expected == clause_tense(text)


def test_the_blue_house_said_is_no_participant() -> None:
    """The Korean name of Seoul's presidential office, said as a spokesman is, names no principal."""
    page = (
        "Ruiz and Berg hold phone talks\n\n"
        "President Ana Ruiz and Freedonian President Tomas Berg held a telephone conversation on Saturday, "
        "Cheong Wa Dae said.\n\nThe two leaders discussed the border.\n"
    )
    expected = ["Ana Ruiz", "Tomas Berg"]
    assert expected == [name for name, _ in _people(page)]


def test_a_two_word_demonym_counterpart_is_named_by_the_body() -> None:
    """'his Saudi Arabian counterpart' is the other side, named by the body's holder of the office."""
    page = (
        "Minister in Riyadh\n\nMarch 23, 2022\n\n"
        "Mexican Foreign Minister Ana Ruiz met his Saudi Arabian counterpart on Wednesday in Riyadh.\n\n"
        "The two sides discussed tourism, Ruiz told Foreign Minister Prince Tomas bin Berg Al Saud.\n"
    )
    expected = [("Ana Ruiz", "MX"), ("Tomas bin Berg Al Saud", "SA")]
    assert expected == _people(page)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "High Commissioner Ana Ruiz called on Prime Minister Tomas Berg to congratulate him on his "
            "assumption of office.",
            "past",
        ),
        ("The envoy called on President Tomas Berg to bid him farewell.", "past"),
        # a demand stays none
        ("The opposition leader called on Prime Minister Tomas Berg to resign.", None),
    ],
)
def test_a_call_on_a_host_to_congratulate_him_is_a_visit(text: str, expected: str | None) -> None:
    """'called on X to congratulate him' reports the courtesy visit; 'called on X to resign' a demand."""
    assert expected == clause_tense(text)


def test_a_capitalised_al_keeps_the_family_name_after_it() -> None:
    """A capitalised 'Al' before a family name keeps the name whole, though the word is a verb ('Said')."""
    page = (
        "Sultan receives minister\n\n"
        "Sultan Ana bin Tomas Al Said, Sultan of Oman, received Foreign Minister Lia Berg on Wednesday.\n\n"
        "They discussed the region.\n"
    )
    expected = ["Ana bin Tomas Al Said", "Lia Berg"]
    assert expected == [name for name, _ in _people(page)]
