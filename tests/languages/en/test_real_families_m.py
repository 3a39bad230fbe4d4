"""Families of misses of en-m's blind run (issue #8, task genm), each on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str, url: str | None = None) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n", url=url)


def _statements(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_responded_that_resolved_to_and_was_clear_that_start_statements() -> None:
    """'In response, X responded that …', 'the leaders resolved to …' and 'X was clear that …' report."""
    readout = _page(
        "Foreign Minister Ana Ruiz speaks with Foreign Minister Tomas Berg",
        "Foreign Minister Ana Ruiz held a telephone conversation with Foreign Minister Tomas Berg of"
        " Ruritania on Monday.",
        "Minister Ruiz stated that the port talks should resume soon. Minister Berg responded that Ruritania"
        " would send a delegation in May.",
        "Minister Ruiz was clear that a settlement of the border dispute was in everyone's interest.",
        "Finally, the ministers resolved to continue to work together on fisheries.",
    )
    expected = [
        (1, "ana-ruiz", "stated", "the port talks should resume soon."),
        (1, "tomas-berg", "responded", "Ruritania would send a delegation in May."),
        (2, "ana-ruiz", "was clear", "a settlement of the border dispute was in everyone's interest."),
        (3, "both", "resolved", "to continue to work together on fisheries."),
    ]
    assert expected == _statements(readout)


def test_calling_a_president_named_with_a_demonym_is_a_phone_call() -> None:
    """'X called Ruritanian President Y this evening to congratulate …' reports a call."""
    readout = _page(
        "Vice President Ana Ruiz called Ruritanian President Tomas Berg this evening to congratulate the"
        " government for holding elections. The Vice President signaled continued support for the courts"
        " in Ruritania. The Vice President and President Berg also reaffirmed their shared commitment to"
        " the border pact.",
    )
    assert readout.event.kind == "phone_call"


def test_a_telephone_communication_is_a_phone_call() -> None:
    """'X had, today afternoon, a telephone communication with Y' is a call between principals."""
    readout = _page(
        "Written statement by the Government Spokesman",
        "The President of the Republic Mr Tomas Berg had, today afternoon, a telephone communication with"
        " the Vice President of Ruritania Mr Ana Ruiz.",
        "President Berg and Vice President Ruiz discussed the bilateral relations between the two countries.",
        "President Berg and Vice President Ruiz agreed to meet in the near future.",
    )
    expected = ("phone_call", ["Tomas Berg", "Ana Ruiz"])
    assert expected == (readout.event.kind, [p.name for p in readout.event.participants])


def test_a_photographers_name_in_a_caption_credit_is_no_participant() -> None:
    """'(Newswire/Lia Kovac)' and '… Lia Kovac / Presidential Court' credit a photo: no principal."""
    readout = _page(
        "Ruritanian FM meets Freedonian counterpart",
        "Ruritanian Foreign Minister Ana Ruiz meets with Freedonian Foreign Minister Tomas Berg in Strelsau,"
        " Nov. 7, 2023. (Newswire/Lia Kovac)",
        "STRELSAU, Nov. 7 (Newswire) -- Ruritanian Foreign Minister Ana Ruiz on Tuesday met with Freedonian"
        " Foreign Minister Tomas Berg in Strelsau.",
        "Ruiz said that the two countries enjoy a long friendship.",
        "Minister Berg is received by Minister Ruiz at the airport. Eko Tan / Foreign Ministry",
    )
    expected = ["Ana Ruiz", "Tomas Berg"]
    assert expected == [p.name for p in readout.event.participants]


def test_a_post_posed_tag_naming_officials_is_no_statement() -> None:
    """'They also discussed X, said officials.': the officials are a source; the topic reports nothing."""
    readout = _page(
        "President Ana Ruiz speaks with Freedonia's Tomas Berg",
        "President Ana Ruiz and President Tomas Berg of Freedonia reviewed efforts to bolster bilateral ties"
        " during a phone call on Friday.",
        "They also discussed a number of regional issues, said officials.",
        "The President said he was pleased to discuss relations with Freedonia.",
    )
    expected = [(2, "ana-ruiz", "said", "he was pleased to discuss relations with Freedonia.")]
    assert expected == _statements(readout)


def test_a_date_that_names_an_attack_or_an_earlier_summit_is_not_the_events() -> None:
    """'the 13 November attacks' and 'after the Summit held in X on January 5' date other events."""
    attacks = _page(
        "Readout of the Secretary-General's telephone call with President Tomas Berg",
        "The Secretary-General called President Tomas Berg of Ruritania this morning, to present his"
        " condolences to the families of the victims of the 13 November terrorist attacks in Strelsau.",
        "He reiterated his condemnation of these attacks.",
        url="https://example.org/2031/11/19/readout-of-the-secretary-generals-call/",
    )
    summit = _page(
        "Foreign Minister Ana Ruiz received a telephone call from the Foreign Minister of Ruritania"
        " Tomas Berg after the successful Regional Council Summit held at Strelsau in the Kingdom of"
        " Ruritania on January 5.",
        "Foreign Minister Ruiz congratulated her counterpart on the successful summit.",
        url="https://example.org/08-Jan-2031/ruritania-fm-calls-ruiz",
    )
    expected = [("2031-11-19", "relative"), ("2031-01-08", "published")]
    assert expected == [(str(r.event.date), r.event.date_basis) for r in (attacks, summit)]


def test_a_fronted_during_the_conversation_with_no_comma_leaves_the_subject_after_it() -> None:
    """'During the telephone talk the sides expressed …': the sides speak, the phrase is no subject."""
    readout = _page(
        "Foreign Minister Ana Ruiz had a telephone conversation with Foreign Minister Tomas Berg of"
        " Ruritania on Monday.",
        "During the telephone talk the sides expressed satisfaction with the development of trade relations.",
        "During the conversation Minister Ruiz expressed her satisfaction with the recent statements.",
    )
    expected = [
        (1, "both", "expressed", "satisfaction with the development of trade relations."),
        (2, "ana-ruiz", "expressed", "her satisfaction with the recent statements."),
    ]
    assert expected == _statements(readout)


def test_offices_of_the_opening_are_named_by_the_pair_the_next_paragraph_names() -> None:
    """'the Maltese Foreign Minister held a call with his Chilean counterpart', then 'Tomas Berg and
    Ana Ruiz reviewed …': the two offices are those two people, in that order."""
    readout = _page(
        "Maltese and Chilean Foreign Ministers discuss relations",
        "On Monday, March 24, the Maltese Foreign Minister held a telephone conversation with his Chilean"
        " counterpart. Both ministries reported this on their websites.",
        "During the conversation, Tomas Berg and Ana Ruiz reviewed current aspects of the bilateral agenda.",
        "The ministers also touched on issues of the regional agenda.",
    )
    expected = [("Tomas Berg", "MT"), ("Ana Ruiz", "CL")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_the_weekday_of_a_call_told_again_with_its_length_after_the_opening_dates_it() -> None:
    """'… held a phone call with Y.' then 'X and Y spoke for over 30 minutes on Tuesday': Tuesday."""
    readout = _page(
        "Foreign minister Tomas Berg held his first phone call since taking office with his Ruritanian"
        " counterpart, Ana Ruiz, to discuss bilateral relations.According to the ministry, Berg and Ruiz"
        " spoke for over 30 minutes on Tuesday afternoon to discuss the relations of the two nations.",
        "They agreed to continue close cooperation.",
        url="https://example.org/news/2031/01/17/berg-ruiz-call",
    )
    expected = ("2031-01-14", "relative")
    assert expected == (str(readout.event.date), readout.event.date_basis)


def test_a_briefing_room_section_label_over_a_call_is_no_briefing() -> None:
    """'Briefing room' as the page's first line names the site's section, not a press briefing."""
    readout = _page(
        "Briefing room",
        "Prime Minister Tomas Berg received a phone call today from Prime Minister Ana Lind of Ruritania, in"
        " which she expressed her sincere congratulations on the formation of the new government.",
        "For his part, the Prime Minister expressed his sincere thanks to the Prime Minister of Ruritania.",
    )
    expected = ("phone_call", ["Tomas Berg", "Ana Lind"])
    assert expected == (readout.event.kind, [p.name for p in readout.event.participants])


def test_clear_as_an_adjective_of_a_noun_reports_nothing() -> None:
    """'to reiterate the firm and clear opposition to X' has no reporting verb 'clear'."""
    readout = _page(
        "Foreign Minister Ana Ruiz spoke today with Foreign Minister Tomas Berg of Ruritania, to reiterate"
        " the firm and clear opposition of her government to the blockade.",
        "Minister Ruiz stressed the need for calm.",
    )
    expected = [(1, "ana-ruiz", "stressed", "the need for calm.")]
    assert expected == _statements(readout)


def test_a_caption_whose_photo_credit_ends_with_a_full_stop_is_no_paragraph() -> None:
    """'… arrived on an official visit. (Photo: Studio).' above the report is a caption, not paragraph 0."""
    readout = _page(
        "President Ana Ruiz arrived in Ruritania on Wednesday on an official visit. (Photo: Studio Lumen).",
        "The President of Ruritania, Tomas Berg, on Thursday afternoon received the President of Freedonia,"
        " Ana Ruiz, at the Palace of the Revolution.",
        "During the meeting the two leaders reaffirmed the will to promote political ties.",
    )
    expected = [(1, "both", "reaffirmed", "the will to promote political ties.")]
    assert expected == _statements(readout)


def test_an_opening_whose_subject_is_a_lone_surname_takes_the_full_name_given_before() -> None:
    """A newswire's 'Berg held a telephone conversation with …' under 'Ruritanian president Tomas Berg …'."""
    readout = _page(
        "STRELSAU, March 21 (Newswire) -- Ruritanian president Tomas Berg and his Freedonian counterpart on"
        " Thursday agreed to closely coordinate their actions.",
        "Berg held a telephone conversation with Freedonian president Ana Ruiz, according to the palace.",
        "Berg thanked Ruiz for her personal contributions to the relations.",
    )
    expected = (["Tomas Berg", "Ana Ruiz"], [(2, "tomas-berg", "thanked")])
    assert expected == (
        [p.name for p in readout.event.participants],
        [(s.paragraph, s.speaker, s.verb) for s in readout.statements],
    )
