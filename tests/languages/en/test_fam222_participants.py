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
    assert "boilerplate" == furniture_kind(line)


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
    assert "boilerplate" != furniture_kind(line)


@pytest.mark.parametrize(
    "text",
    [
        'Minister Ana Ruiz and Minister Tomas Berg held "frank" and "serious" discussions on Thursday.',
        "Minister Ana Ruiz and Minister Tomas Berg held ‘useful’ talks in Strelsau.",
    ],
)
def test_a_quoted_word_before_the_event_noun_keeps_the_clause(text: str) -> None:
    """Words quoted before 'discussions' or 'talks' do not hide the past event clause."""
    assert "past" == clause_tense(text)


def test_the_blue_house_said_is_no_participant() -> None:
    """The Korean name of Seoul's presidential office, said as a spokesman is, names no principal."""
    page = (
        "Ruiz and Berg hold phone talks\n\n"
        "President Ana Ruiz and Freedonian President Tomas Berg held a telephone conversation on Saturday, "
        "Cheong Wa Dae said.\n\nThe two leaders discussed the border.\n"
    )
    assert [("Ana Ruiz", None), ("Tomas Berg", None)] == [(n, None) for n, _ in _people(page)]


def test_a_two_word_demonym_counterpart_is_named_by_the_body() -> None:
    """'his Saudi Arabian counterpart' is the other side, named by the body's holder of the office."""
    page = (
        "Minister in Riyadh\n\nMarch 23, 2022\n\n"
        "Mexican Foreign Minister Ana Ruiz met his Saudi Arabian counterpart on Wednesday in Riyadh.\n\n"
        "The two sides discussed tourism, Ruiz told Foreign Minister Prince Tomas bin Berg Al Saud.\n"
    )
    assert [("Ana Ruiz", "MX"), ("Tomas bin Berg Al Saud", "SA")] == _people(page)
