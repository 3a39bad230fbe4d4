"""Statement families of task fam189 (issue #8, after the blind run of en-bb, en-bc, en-bd): a courtesy
call whose purpose is a talk, "went on to say", an office after its body in lowercase ("the Maltese
Parliament speaker"), an office in lowercase welcomed as a guest. Invented pages, each seen failing first
on main b23b8135."""

from __future__ import annotations

import readoutlib

_LEAD = (
    "Maltese Minister meets Chilean Minister\n\n"
    "Foreign Minister Eko Tan of Malta met Foreign Minister Ana Ruiz of Chile in Valletta on Monday.\n\n"
)

_SPEAKERS = (
    "Speakers of Malta and Chile hold a call\n\n"
    "Maltese Parliament Speaker Eko Tan held a telephone conversation with Chilean Parliament Speaker Ana "
    "Ruiz on Friday.\n\n"
)


def _statements(text: str) -> list[tuple[int, str, str]]:
    readout = readoutlib.parse(text)
    return [(s.paragraph, s.speaker, s.verb) for s in readout.statements]


def test_a_courtesy_call_to_discuss_is_no_demand() -> None:
    """'called on Minister X to discuss …' and 'called on Minister X … and discussed …' tell a visit and
    its talk (fam39's purpose infinitive); 'called on X to <act>' still asks X to act."""
    text = (
        _LEAD + "Minister Tan called on Minister Ruiz to discuss the harbour plan.\n\n"
        "Earlier, Minister Tan called on Minister Ruiz on Thursday and discussed matters pertaining to "
        "trade.\n\n"
        "Minister Tan called on both sides to reopen the harbour.\n"
    )
    assert _statements(text) == [(3, "eko-tan", "called on")]


def test_went_on_to_say_reports() -> None:
    """'He went on to say that …' carries the principal's speech on, as 'added' does."""
    text = _LEAD + "Tan praised the harbour plan.\n\nHe went on to say that the quay would open in May.\n"
    assert _statements(text) == [(1, "eko-tan", "praised"), (2, "eko-tan", "went on to say")]


def test_an_office_in_lowercase_after_its_body_names_the_principal() -> None:
    """'Chilean Parliament speaker …' and 'The Maltese parliament speaker …': the demonym, the body, the
    office in lowercase name that country's principal, with or without 'the'."""
    text = (
        _SPEAKERS + "Chilean Parliament speaker strongly condemned the blockade of the port.\n\n"
        "The Maltese Parliament speaker further hoped that the port would reopen soon.\n"
    )
    assert _statements(text) == [(1, "ana-ruiz", "condemned"), (2, "eko-tan", "hoped")]


def test_an_office_in_lowercase_welcomed_is_a_guest() -> None:
    """'welcomed the deputy prime minister of Chile and …', 'welcomed the ambassador and …', 'welcomed the
    Chilean ambassador in Malta, X, who …': a person welcomed, a greeting (fam144); the verb coordinated
    with it still reports, and a proposal welcomed is content."""
    text = (
        _LEAD + "Tan warmly welcomed the deputy prime minister of Chile and expressed his pleasure at the "
        "visit.\n\n"
        "Minister Ruiz welcomed the ambassador and said that the two countries were old friends.\n\n"
        "Tan welcomed the Chilean ambassador in Malta, Rosa Vidal, who offered help with the port.\n\n"
        "Tan welcomed the minister's proposal to reopen the quay.\n"
    )
    expected = [(1, "eko-tan", "expressed"), (2, "ana-ruiz", "said"), (4, "eko-tan", "welcomed")]
    assert expected == _statements(text)


def test_a_progressive_with_an_adverb_and_a_perfect_spoken_report() -> None:
    """'They are also looking forward to …' is the progressive report with its adverb ('are looking
    forward to' already read); 'have spoken highly of' is 'spoke highly of' in the perfect."""
    text = (
        _LEAD + "Both ministers reaffirmed the ties between the two countries.\n\n"
        "They are also looking forward to working closely together on the harbour.\n\n"
        "Tan praised the ferry plan.\n\n"
        "Ruiz has spoken highly of the ferry line.\n"
    )
    expected = [
        (1, "both", "reaffirmed"),
        (2, "both", "looking forward to"),
        (3, "eko-tan", "praised"),
        (4, "ana-ruiz", "spoken highly of"),
    ]
    assert expected == _statements(text)


def test_the_occasion_between_agreed_and_its_infinitive_is_no_content() -> None:
    """'agreed in their first call on Monday to work …': the content is the infinitive; 'agreed in
    principle on …' keeps its words."""
    text = (
        _LEAD + "Tan and Ruiz agreed in their first phone call on Monday to work closely on the port.\n\n"
        "Tan and Ruiz agreed in principle on the ferry plan.\n"
    )
    readout = readoutlib.parse(text)
    expected = [(1, "both", "to work closely on the port."), (2, "both", "in principle on the ferry plan.")]
    assert expected == [(s.paragraph, s.speaker, s.text) for s in readout.statements]


def test_introduced_and_expected_report_and_people_introduced_do_not() -> None:
    """'introduced details of …' and 'expected growing trade' tell content (en-bd's annotation, en-w,
    en-ap); a delegation introduced to the host is a courtesy, 'is expected to' a passive, and the present
    'expects to speak with …' a plan (en-c)."""
    text = (
        _LEAD + "Tan introduced details of the harbour plan and the ferry line.\n\n"
        "Ruiz appreciated the help, and expected growing trade between the two ports.\n\n"
        "Tan introduced his delegation to Ruiz.\n\n"
        "Ruiz is expected to visit Malta in May.\n\n"
        "Tan expects to speak with the President of Chile soon.\n"
    )
    expected = [(1, "eko-tan", "introduced"), (2, "ana-ruiz", "appreciated"), (2, "ana-ruiz", "expected")]
    assert expected == _statements(text)


def test_a_clause_after_the_person_told_is_the_content() -> None:
    """'told the Minister she was leaving … with a deep sense of gratitude': the clause after the person
    told, with its own pronoun subject, is the content, not the words after a later 'of'."""
    text = _LEAD + "Ruiz told the Minister she was leaving Malta with a deep sense of gratitude.\n"
    readout = readoutlib.parse(text)
    expected = [(1, "ana-ruiz", "told", "she was leaving Malta with a deep sense of gratitude.")]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_ties_maintained_are_an_act_and_a_view_maintained_reports() -> None:
    """'have maintained close ties and carried out exchanges' tells what the sides did (en-bd); 'maintained
    that …' still reports."""
    text = (
        _LEAD + "Since then, Tan and Ruiz have maintained close ties and carried out exchanges in trade.\n\n"
        "Tan maintained that the quay was safe.\n"
    )
    assert _statements(text) == [(2, "eko-tan", "maintained")]


def test_the_counterpart_introduced_on_a_subject_is_told_it() -> None:
    """'introduced his Chilean counterpart on …' tells the counterpart (as 'briefed … on'): the content is
    what follows 'on' (en-ap)."""
    text = (
        _LEAD + "During the talk Tan introduced his Chilean counterpart on the pressures against the quay.\n"
    )
    readout = readoutlib.parse(text)
    expected = [(1, "eko-tan", "introduced", "the pressures against the quay.")]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]
