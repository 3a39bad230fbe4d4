"""Families of misses found on real pages in round fam14 of issue #8 (en-i, en-k), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import find_mentions
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_guest_welcomed_in_the_lead_is_no_statement() -> None:
    """In the lead, 'welcomed <the guest> to <place>' and 'extended a warm welcome today to <the guest>'
    are the meeting; 'welcomed X’s State Visit to …' stays a statement; below the lead a guest welcomed
    is a greeting, no statement (fam144, CONVENTIONS)."""
    lead = _page(
        "Prime Minister meets Foreign Minister of Sylvania",
        "Prime Minister Ana Ruiz welcomed Sylvanian Foreign and Trade Minister Tomas Berg to Freedonia"
        " yesterday during his visit.",
        "Ruiz welcomed the opening of the new rail link. She welcomed Minister Berg’s State Visit to Lima.",
    )
    extended = _page(
        "President meets Foreign Minister of Sylvania",
        "President Ana Ruiz extended a warm welcome today to Sylvania’s Foreign Minister, Tomas Berg, who"
        " is on an official visit.",
        "Ruiz extended a warm welcome to the Minister on his first visit.",
    )
    below = _page(
        "President meets Foreign Minister of Sylvania",
        "President Ana Ruiz met Sylvanian Foreign Minister Tomas Berg in Lima today.",
        "The President welcomed the Minister to the Palace and said the talks were timely.",
    )
    expected = (
        [
            (1, "ana-ruiz", "welcomed", "the opening of the new rail link."),
            (1, "ana-ruiz", "welcomed", "Minister Berg’s State Visit to Lima."),
        ],
        [],
        [(1, "ana-ruiz", "said", "the talks were timely.")],
    )
    assert expected == (_said(lead), _said(extended), _said(below))


def test_a_principal_welcomed_by_name_is_no_statement() -> None:
    """'Ruiz welcomed Berg and appreciated …': the welcome is the meeting, the appreciation is said."""
    readout = _page(
        "Prime Minister meets Foreign Minister of Sylvania",
        "Prime Minister Ana Ruiz met Sylvanian Foreign Minister Tomas Berg in Lima on Monday.",
        "Ruiz welcomed Berg and appreciated the chance to meet him again.",
        "Berg welcomed Sylvania and Freedonia’s new trade pact.",
    )
    expected = [
        (1, "ana-ruiz", "appreciated", "the chance to meet him again."),
        (2, "tomas-berg", "welcomed", "Sylvania and Freedonia’s new trade pact."),
    ]
    assert expected == _said(readout)


def test_a_misspelt_minister_is_still_the_office() -> None:
    """'Prime Minster X' (a typo for Minister) names the prime minister: the name is X, not 'Minster X'."""
    readout = _page(
        "PM call with Prime Minister of Sylvania",
        "This morning the Prime Minister spoke to Prime Minster Berg of Sylvania.",
        "The leaders agreed to stay in close touch.",
    )
    mentions = find_mentions("Foreign Minster Ana Ruiz met the envoy in York Minster.")
    expected = (["The Prime Minister", "Berg"], [("Ana Ruiz", ("Foreign Minster",))])
    assert expected == (
        [p.name for p in readout.event.participants],
        [(m.name, m.titles) for m in mentions if m.name],
    )


def test_a_timed_yearless_dateline_under_the_headline_is_no_paragraph() -> None:
    """'09:40 | Lima, Mar. 3.' under the headline is the news agency's dateline, not the first paragraph."""
    readout = _page(
        "Freedonia's Foreign Minister, Sylvanian counterpart discuss trade",
        "09:40 | Lima, Mar. 3.",
        "Freedonia's Foreign Minister Ana Ruiz on Sunday held a call with Sylvanian Foreign Minister Tomas"
        " Berg, in which they reaffirmed the good level of ties between the two countries.",
    )
    expected = ["Freedonia's Foreign Minister Ana Ruiz on Sunday held a call"]
    assert expected == [p[:59] for p in readout.paragraphs]
