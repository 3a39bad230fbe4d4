"""Families of readouts refused and non-readouts parsed on en-r, en-s and en-t, now dev sets (#8, fam46),
on invented pages."""

from __future__ import annotations

import pytest

from readoutlib.errors import NotAReadoutError
from readoutlib.languages.en.event import clause_tense
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import text_page as _page


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ivo Brand of Velor left Marland after bilateral meetings with Prime Minister Ana Loret.",
        "The Foreign Minister departed Harbour City on Sunday after talks with his Marlandian counterpart.",
    ],
)
def test_leaving_after_meetings_with_someone_reports_them(sentence: str) -> None:
    """ "X left <country> after bilateral meetings with Y": the departure tells meetings already held."""
    assert clause_tense(sentence) == "past"


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ana Loret, who resigned last week, was present with her counterparts Ivo Brand"
        " and Tomas Berg.",
        "The Minister was present together with his Velorian counterpart at the border crossing.",
    ],
)
def test_present_with_counterparts_reports_an_encounter(sentence: str) -> None:
    """ "was present with her counterparts A and B": the leaders met."""
    assert clause_tense(sentence) == "past"


def test_present_with_someone_else_is_no_encounter() -> None:
    """Present with family, staff or a crowd: no counterpart, no encounter."""
    assert clause_tense("The Minister was present with his wife at the opening of the bridge.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The President received on Monday, in Harbour City, a message from his Velorian counterpart.",
        "The President received a written message from President Ivo Brand of Velor.",
    ],
)
def test_a_message_received_from_a_counterpart_reports_it(sentence: str) -> None:
    """The host's side of a message sent by a counterpart (the sender's side, "sent a message to", is a
    clause already)."""
    assert clause_tense(sentence) == "past"


def test_a_message_from_citizens_still_reports_nothing() -> None:
    """A message from people named by no capital or counterpart word is no exchange between principals."""
    assert clause_tense("The Mayor received a message from citizens about the harbour.") is None


def test_a_lead_line_ending_in_a_stray_comma_is_still_the_lead() -> None:
    """A lead line that ends ".," (a stray comma after the full stop) and is shorter than a long
    passage still reads as the lead, not as a headline the layout sets aside."""
    readout = _page(
        "date 2031-05-09",
        "Harbour City, May 9 - The President of Velor, Ivo Brand, met on Wednesday, in Harbour City,"
        " the Foreign Minister of Marland, Ana Loret, to discuss relations between the two states.,",
        "The two sides reviewed cooperation in fisheries and trade.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_an_announced_meeting_the_body_reports_as_held_is_read() -> None:
    """A lead that announces meetings of a visit under way ("continues today his visit, during which he
    will meet ...") above a paragraph that reports talks held yesterday: the page reports those."""
    readout = _page(
        "date 2031-05-09 The Foreign Minister of Velor, Ivo Brand, continues today his official visit to"
        " Marland, during which he will meet with the Speaker of Parliament, Tomas Berg.",
        "The Foreign Minister held talks yesterday with his Marlandian counterpart, Ana Loret, at the"
        " Ministry of Foreign Affairs.",
        "The ministers noted the positive development of bilateral relations.",
    )
    assert readout.event.kind is EventKind.TALKS


def test_an_announced_meeting_with_only_history_below_is_still_a_preview() -> None:
    """Talks held years ago below an announcement do not make the announcement a report."""
    with pytest.raises(NotAReadoutError):
        _page(
            "date 2031-05-09 The Foreign Minister of Velor, Ivo Brand, will meet with his Marlandian"
            " counterpart, Ana Loret, in Harbour City next week.",
            "The two ministers held talks in 2029 in Port Brand on fisheries.",
            "The visit is the first by a Velorian minister since 2029.",
        )


_LETTER_LEAD = (
    "date 2031-05-09 The High Commissioner of Velor, Ivo Brand, has presented his letter of introduction"
    " to the government in Harbour City on Wednesday.",
    "Mr. Brand made his introduction to Prime Minister Ana Loret before having an audience with the"
    " Minister of Foreign Affairs, Tomas Berg.",
)


def test_a_letter_of_introduction_with_a_dialogue_is_a_meeting() -> None:
    """An envoy's letter of introduction presented in an audience where the sides discussed issues and
    agreed on something: the audience is a meeting."""
    readout = _page(
        *_LETTER_LEAD,
        "Both countries used the occasion to discuss issues of mutual concern and agreed to strengthen"
        " relations.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_letter_of_introduction_alone_is_no_readout() -> None:
    """The same presentation with no dialogue reported: a protocol notice, no readout."""
    with pytest.raises(NotAReadoutError):
        _page(*_LETTER_LEAD, "The High Commission of Velor is based in Port Brand.")


def test_the_sender_of_a_message_received_is_no_side() -> None:
    """ "received a message from his Velorian counterpart, X": X sent it and was not there."""
    readout = _page(
        "date 2031-05-09 The President of Marland, Ana Loret, received on Wednesday, in Harbour City, a"
        " message from her Velorian counterpart, Ivo Brand, on relations between the two states.",
        "The two states cooperate in fisheries.",
    )
    assert [p.name for p in readout.event.participants] == ["Ana Loret"]


def test_a_quoted_plan_below_an_announcement_is_no_report() -> None:
    """ "We're fine-tuning the timing for a phone conversation on Tuesday," below "will hold their first
    call this week": a call named by its noun, planned, not held."""
    with pytest.raises(NotAReadoutError):
        _page(
            "Foreign Minister Ana Loret and Secretary Ivo Brand will hold their first telephone conversation"
            " this week, a ministry official said Sunday.",
            '"We are fine-tuning the timing for a phone conversation between the two ministers on'
            ' Tuesday," the official said.',
            "The conversation would mark the first formal contact between the two.",
        )


def test_a_letter_of_introduction_presented_is_no_statement() -> None:
    """An envoy's letter of introduction is handed over, not said: no statement "presented: his letter"."""
    readout = _page(
        *_LETTER_LEAD,
        "Both countries used the occasion to discuss issues of mutual concern.",
    )
    assert [s.verb for s in readout.statements if s.verb.startswith("present")] == []


def test_a_bare_lowercase_office_subject_is_named_by_the_lead_above() -> None:
    """ "The foreign minister held talks yesterday with ..." below a lead naming "Cuban Foreign Minister,
    Ivo Brand": the subject is Brand."""
    readout = _page(
        "date 2031-05-09 Cuban Foreign Minister, Ivo Brand, continues today his official visit to Italy,"
        " during which he will meet with the Speaker of Parliament, Tomas Berg.",
        "The foreign minister held talks yesterday with his Italian counterpart, Ana Loret, at the Ministry"
        " of Foreign Affairs.",
        "The ministers noted the positive development of bilateral relations.",
    )
    assert [p.name for p in readout.event.participants] == ["Ivo Brand", "Ana Loret"]


_ARRIVAL = (
    "Foreign Minister visits Peru to support the peace process",
    "Foreign Minister Ivo Brand has arrived in Peru to highlight Canada's support for the country's peace"
    " process during visits to Lima and Cusco.",
    "Visiting Peru for the first time as Foreign Minister, Mr Brand is on the first stop of a tour of the"
    " region.",
)


def test_an_arrival_whose_meetings_are_all_still_to_come_is_a_preview() -> None:
    """ "X has arrived in <country> to highlight ...", the talks and meetings all told as to come ("will
    hold talks with President Y"): a visit preview, no readout."""
    with pytest.raises(NotAReadoutError):
        _page(
            *_ARRIVAL,
            "Canada has supported the peace process since official talks began three years ago.",
            "In Lima, the Foreign Minister will hold high-level talks with President Ana Loret and meet"
            " with the Minister for Defence.",
            "The two will discuss fisheries.",
        )


def test_an_arrival_with_talks_held_is_still_read() -> None:
    """The same arrival followed by talks reported held stays a readout."""
    readout = _page(
        *_ARRIVAL,
        "In Lima, the Foreign Minister held talks with President Ana Loret on the peace process.",
        "The two discussed fisheries.",
    )
    assert readout.event.kind is EventKind.VISIT


def test_a_welcome_at_an_airport_named_without_the_reports_the_encounter() -> None:
    """ "was welcomed at Port Brand International Airport by President X": the host's welcome on
    arrival, the airport named with no article."""
    sentence = "He was welcomed at Port Brand International Airport by President Ana Loret."
    assert clause_tense(sentence) == "past"
