"""Families of statement misses on en-y and en-z (round 69 of issue #8, post-blind), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout

_LEAD = "President Ana Ruiz of Peru met Foreign Minister Tomas Berg of Chile in Lima on Wednesday."


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.verb, s.text.rstrip(". ")) for s in readout.statements]


def test_the_leaders_of_the_countries_are_both_sides() -> None:
    """'The leaders of the countries' (no number) are both sides, as 'the leaders of the two countries'."""
    readout = _page(_LEAD, "The leaders of the countries reaffirmed their wish to deepen trade ties.")
    assert _said(readout) == [("both", "reaffirmed", "their wish to deepen trade ties")]


def test_an_adverb_may_split_the_infinitive_after_a_stance_phrase() -> None:
    """'took the opportunity to personally express Y' reports Y, as 'took the opportunity to express Y'."""
    readout = _page(_LEAD, "Berg took the opportunity to personally express his sympathy to flood victims.")
    assert _said(readout) == [("tomas-berg", "express", "his sympathy to flood victims")]


def test_a_closing_tag_may_go_on_with_any_participle() -> None:
    """'Y, she said, highlighting Z' reports Y, as 'Y, she said, stressing Z' does."""
    readout = _page(
        _LEAD,
        "Ruiz welcomed the harbour plan.",
        "The harbour works are moving ahead well, she said, highlighting the willingness of Chile to help.",
    )
    assert ("ana-ruiz", "said", "The harbour works are moving ahead well") in _said(readout)


def test_a_principals_own_meeting_with_its_day_may_open_the_sentence() -> None:
    """'In his meeting today the Foreign Minister voiced Y' (no comma) reports Y, as 'During the meeting
    the Foreign Minister voiced Y' does."""
    readout = _page(_LEAD, "In his meeting today the Foreign Minister also voiced support for the reforms.")
    assert _said(readout) == [("tomas-berg", "voiced", "support for the reforms")]


def test_honble_with_a_curly_apostrophe_is_a_style_before_the_subject() -> None:
    """'The Hon’ble Prime Minister acknowledged Y' (South Asian style, curly or straight apostrophe)
    reports Y, as 'The Honourable Prime Minister acknowledged Y' does."""
    readout = _page(
        "Foreign Minister Tomas Berg of Chile called on Hon’ble Prime Minister Ana Ruiz in Lima on Monday.",
        "The Hon’ble Prime Minister acknowledged Chile's help with the harbour.",
        "Both Hon'ble Prime Minister and the Foreign Minister recalled their long partnership.",
    )
    assert _said(readout) == [
        ("ana-ruiz", "acknowledged", "Chile's help with the harbour"),
        ("both", "recalled", "their long partnership"),
    ]


def test_an_infinitive_after_assured_is_no_person_briefed() -> None:
    """'assured to continue supporting X's aim of Y' reports from 'to continue', not from Y after 'of';
    'assured Z of Y' still reports Y."""
    readout = _page(
        _LEAD,
        "Berg assured to continue supporting Peru's aim of becoming a trade hub.",
        "Ruiz assured Berg of her support.",
    )
    assert _said(readout) == [
        ("tomas-berg", "assured", "to continue supporting Peru's aim of becoming a trade hub"),
        ("ana-ruiz", "assured", "her support"),
    ]


def test_his_highness_written_short_is_a_style() -> None:
    """'H.H.' and 'HH' (His Highness) are styles as 'H.E.' and 'HE' are: dropped from a name, and a
    subject of their own ('HH the Amir thanked …') opens a new statement."""
    named = _page(
        "Prime Minister Ana Ruiz held a telephone talk with H.H. Sheikh Omar bin Khalid Al Haddad, Amir of"
        " the State of Qatar.",
        "Amir Omar said that the relationship with Peru was important.",
    )
    assert [p.name for p in named.event.participants] == ["Ana Ruiz", "Omar bin Khalid Al Haddad"]
    amir = _page(
        "HH the Amir Sheikh Omar Al Haddad received a phone call from President Ana Ruiz of Peru.",
        "Ruiz promised to visit soon. HH the Amir thanked President Ruiz for her call.",
    )
    assert [(s, v) for s, v, _ in _said(amir)] == [("ana-ruiz", "promised"), ("omar-al-haddad", "thanked")]


def test_characterized_as_is_a_report() -> None:
    """'characterized X as Y' (either spelling) reports, as 'described X as Y' does."""
    readout = _page(
        _LEAD,
        "Ruiz characterized Chile as a close partner. Berg characterised the talks as frank.",
    )
    assert _said(readout) == [
        ("ana-ruiz", "characterized", "Chile as a close partner"),
        ("tomas-berg", "characterised", "the talks as frank"),
    ]


def test_a_present_verb_after_a_past_report_opened_by_its_subject_continues_the_content() -> None:
    """'Wang Yi said, China supports X, believes Y, and opposes Z': 'believes' is China's, inside the
    report (its tense is not that of 'said'); 'Wang Yi said X, and stressed Y' still reports twice."""
    lead = "On March 3, 2031, Foreign Minister Wang Yi held talks in Beijing with Foreign Minister Ana Ruiz."
    nested = _page(
        lead,
        "Wang Yi said, China supports Peru's government in its reforms, believes that the Peruvian people"
        " can manage their own affairs, and opposes interference.",
    )
    assert [(s, v) for s, v, _ in _said(nested)] == [("wang-yi", "said")]
    twice = _page(lead, "Wang Yi said that ties are good, and stressed that trade matters.")
    assert [(s, v) for s, v, _ in _said(twice)] == [("wang-yi", "said"), ("wang-yi", "stressed")]
