"""Statement families of fam161 (issue #8), on invented text: speakers the parser did not find as a
principal."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.verb, s.text.rstrip(". ")) for s in readout.statements]


def test_a_lowercase_office_in_other_words_than_the_title_is_its_holder() -> None:
    """'the deputy premier' for a principal titled 'Deputy Prime Minister': the lowercase office is
    the title written with another word for the same office (the title-synonyms table)."""
    readout = _page(
        "Deputy Prime Minister and Minister of Trade Tomas Berg held a telephone call on Monday with"
        " Ana Ruiz, Foreign Minister of Kenya.",
        "The deputy premier welcomed the reopening of the northern ferry line.",
    )
    assert ("tomas-berg", "welcomed", "the reopening of the northern ferry line") in _said(readout)


def test_a_lowercase_office_in_other_words_than_no_title_names_nobody() -> None:
    """'the deputy premier' is nobody when no principal is a deputy prime minister."""
    readout = _page(
        "Minister of Trade Tomas Berg held a telephone call on Monday with Ana Ruiz, Foreign Minister"
        " of Kenya.",
        "The deputy premier welcomed the reopening of the northern ferry line.",
    )
    assert not [s for s in readout.statements if s.paragraph == 1]


def test_a_report_inside_guillemets_quoting_a_statement_has_its_speaker() -> None:
    """'«Berg also stressed …,» the statement says': the principal named at the opening of a
    quotation in guillemets is its speaker, as inside curly quotes."""
    readout = _page(
        "Foreign Minister Tomas Berg of Norway held a telephone call on Monday with Ana Ruiz, Foreign"
        " Minister of Kenya.",
        "«Tomas Berg also stressed the need to reopen the northern ferry line,» the statement says.",
    )
    found = [(s.speaker, s.verb) for s in readout.statements if s.paragraph == 1]
    assert found == [("tomas-berg", "stressed")]
