"""Statement families of task fam223 (issue #8, after the blind run of en-bk, en-bl, en-bm, en-bn): the
occasion used and the next point gone on to, a perfect coordinated with a perfect, verbs that keep their
preposition, emphasis laid, the details of the call itself, and photo captions that moved every statement
under them. Invented pages, each seen failing first on main bc4b2ee5."""

from __future__ import annotations

import readoutlib

_HEAD = "Freedonian Minister meets Sylvanian Minister\n\nMarch 4, 2024\n\n"
_LEAD = "Foreign Minister Eko Tan held a phone call with Foreign Minister Ana Ruiz on Monday.\n\n"


def _statements(body: str) -> list[tuple[int, str, str, str]]:
    readout = readoutlib.parse(_HEAD + _LEAD + body + "\n\nThe two ministers also discussed fisheries.\n")
    return [(s.paragraph, s.speaker, s.verb, s.text[:24]) for s in readout.statements]


def test_the_occasion_used_to_outline_is_a_statement_and_the_verb_after_it_coordinates() -> None:
    """'used the occasion to also outline X and indicated Y': two statements, the base form after the
    stance phrase (as 'took the opportunity to'), with the phrase's past tense that 'indicated' shares."""
    body = "Ms. Tan used the occasion to also outline the plans of Freedonia and indicated the wish to help."
    assert _statements(body) == [
        (1, "eko-tan", "outline", "the plans of Freedonia"),
        (1, "eko-tan", "indicated", "the wish to help."),
    ]


def test_going_on_to_a_reporting_verb_reports_and_going_on_to_visit_does_not() -> None:
    """'went on to congratulate X' is a statement at the base form; 'went on to visit' is none."""
    said = "Tan went on to congratulate Ruiz on her new post."
    visited = "Tan went on to visit the harbour."
    assert [_statements(said), _statements(visited)] == [
        [(1, "eko-tan", "congratulate", "Ruiz on her new post.")],
        [],
    ]


def test_a_perfect_coordinated_with_a_perfect_is_a_second_statement() -> None:
    """'has congratulated X and has acknowledged Y': the second perfect is the same speaker's report,
    not the first one's content; 'has said ties have grown and have deepened' stays content."""
    coordinated = (
        "Tan has today congratulated Ruiz on her election and has acknowledged outgoing Minister Lia Berg."
    )
    content = "Tan has said the two states have signed a pact and have agreed to meet again."
    assert [_statements(coordinated), _statements(content)] == [
        [
            (1, "eko-tan", "congratulated", "Ruiz on her election"),
            (1, "eko-tan", "acknowledged", "outgoing Minister Lia Be"),
        ],
        [(1, "eko-tan", "said", "the two states have sign")],
    ]


def test_told_about_and_apprised_on_keep_their_preposition() -> None:
    """'told about Y' and 'apprised on Y' with no one named between keep the preposition, as 'informed
    about' does; 'told Ruiz about Y' stays 'told'."""
    body = (
        "Tan told about the work on the harbour. Tan apprised on the aid given to the port. "
        "Tan told Ruiz about the quay."
    )
    assert _statements(body) == [
        (1, "eko-tan", "told about", "the work on the harbour."),
        (1, "eko-tan", "apprised on", "the aid given to the por"),
        (1, "eko-tan", "told", "the quay."),
    ]


def test_emphasis_laid_on_is_a_statement() -> None:
    """'laid emphasis on X' reports X, as 'stressed on X' does."""
    body = "The two ministers laid emphasis on sustaining the talks."
    assert _statements(body) == [(1, "both", "laid emphasis on", "sustaining the talks.")]


def test_the_details_of_the_call_itself_are_no_statement() -> None:
    """'revealed the details of a phone call he held' names the event; 'revealed that' still reports."""
    details = "Tan revealed the details of a phone call he held with Ruiz on Monday."
    content = "Tan revealed that the harbour would open."
    assert [_statements(details), _statements(content)] == [
        [],
        [(1, "eko-tan", "revealed", "the harbour would open.")],
    ]


def test_a_photo_caption_with_a_place_mark_and_a_credit_is_no_paragraph() -> None:
    """'Minister X (L) greets … on May 3, 2019. (Newswire)' under the lead, and a caption closed by an
    agency's '(NNA photo)', are page furniture: the statement under them stays in paragraph 1."""
    body = (
        "Foreign Minister Eko Tan (L) greets Foreign Minister Ana Ruiz in Strelsau on March 4, 2024. "
        "(Newswire)\n\n"
        "Minister Tan welcomes Minister Ruiz to Freedonia (NNA photo)\n\n"
        "Tan stressed that the harbour would stay open."
    )
    assert _statements(body) == [(1, "eko-tan", "stressed", "the harbour would stay o")]


_REAL_LEAD = (
    "Estonian Foreign Minister Eko Tan held talks in Tallinn with Chilean Foreign Minister Ana Ruiz "
    "on Monday.\n\n"
)


def _real_statements(body: str) -> list[tuple[int, str, str, str]]:
    readout = readoutlib.parse(
        _HEAD + _REAL_LEAD + body + "\n\nThe two ministers also discussed fisheries.\n"
    )
    return [(s.paragraph, s.speaker, s.verb, s.text[:24]) for s in readout.statements]


def test_a_reflexive_commitment_is_a_statement() -> None:
    """'committed themselves to further strengthen X': the pledge, its infinitive in the content."""
    body = "The two ministers committed themselves to further strengthen the harbour link."
    assert _statements(body) == [(1, "both", "committed themselves", "to further strengthen th")]


def test_a_principal_inside_a_source_report_dated_before_that() -> None:
    """'The ministry said on Saturday that Ruiz offered X': the date before 'that' is the telling's
    own, and the principal's clause inside the source's report is her statement."""
    body = "Chile's Ministry of Foreign Affairs said on Saturday that Ruiz offered her condolences to them."
    assert _real_statements(body) == [(1, "ana-ruiz", "offered", "her condolences to them.")]


def test_a_quotation_in_single_quotes_over_two_sentences_is_reported_whole() -> None:
    """ "‘X. Y’, said the minister.": the statement starts where the single quote opens; an apostrophe
    ("the leaders’ summit") closes no quotation."""
    body = "‘The harbour is open. The quay is ready’, said the Estonian minister."
    assert _real_statements(body) == [(1, "eko-tan", "said", "‘The harbour is open. Th")]
