"""Families of spurious statements and statements a paragraph off (issue #8, task fam29), each on
invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str, url: str | None = None) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n", url=url)


def _statements(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_caption_whose_image_credit_ends_with_a_full_stop_is_no_paragraph() -> None:
    """'Ruiz with Minister Berg. Image: Foreign Ministry.' above the report is a caption, not paragraph 0."""
    readout = _page(
        "Freedonia: Minister Ruiz received a senior Ruritanian official",
        "Ruiz with Minister Berg. Image: Freedonian Foreign Ministry.",
        "The Minister of Foreign Affairs of Freedonia, Ana Ruiz, held a meeting with the Foreign Minister of"
        " Ruritania, Tomas Berg, on Monday.",
        "Minister Ruiz and Minister Berg agreed on the importance of closer ties in fisheries.",
    )
    expected = [(1, "both", "agreed on", "the importance of closer ties in fisheries.")]
    assert expected == _statements(readout)


def test_a_follow_us_line_above_the_report_is_no_paragraph() -> None:
    """A news site's 'Follow us on Instagram and subscribe to our channel …' line is no body paragraph."""
    readout = _page(
        "Follow us on Instagram and subscribe to our Telegram channel for the latest updates.",
        "STRELSAU, May 4 — Prime Minister Ana Ruiz received a telephone call from Ruritanian Prime Minister"
        " Tomas Berg today.",
        "In their conversation, Ruiz and Berg both expressed their commitment to closer ties in trade.",
    )
    expected = [(1, "both", "expressed", "their commitment to closer ties in trade.")]
    assert expected == _statements(readout)


def test_headlines_of_other_stories_after_an_agency_sign_off_are_no_paragraphs() -> None:
    """A news agency's report ends '… tonight.- Newswire'; the other stories' headlines listed under it
    (no full stop, some long) are no body paragraphs and report nothing."""
    readout = _page(
        "STRELSAU: Prime Minister Ana Ruiz paid a courtesy call on Ruritanian Prime Minister Tomas Berg"
        " here on Saturday.",
        "Ruiz, in a post on her page, said the meeting also discussed the fisheries quotas.",
        "Berg is also scheduled to attend a state banquet tonight.- Newswire",
        "Ruiz congratulates Lena for winning gold, setting new national record",
        "Port workers end strike after talks with the harbour board and the city council in Strelsau",
        "Floods: rivers rise in the north, ministry warns farmers to move their herds to higher ground",
    )
    expected = (3, [(1, "ana-ruiz", "said")])
    assert expected == (len(readout.paragraphs), [s[:3] for s in _statements(readout)])


def test_two_verbs_sharing_one_object_make_one_statement_at_the_second() -> None:
    """'Ruiz "acknowledged and extended her gratitude to …"': the first verb reports nothing of its own
    (no statement 'and extended her gratitude …'); the statement is the second verb's."""
    readout = _page(
        "President Ana Ruiz held discussions with the Ruritanian Minister of State Tomas Berg in Strelsau on"
        " Sunday.",
        "Furthermore, Ruiz “acknowledged and extended her gratitude to Ruritania for the continuous"
        " support.”",
    )
    expected = [(1, "ana-ruiz", "extended", "her gratitude to Ruritania for the continuous support.”")]
    assert expected == _statements(readout)


def test_a_demonym_title_and_another_persons_name_is_not_that_countrys_principal() -> None:
    """'Peruvian Press Secretary Jan Kowal remarked …' is the press secretary, no principal: not the
    one Peruvian principal, whose titles the page never gives."""
    readout = _page(
        "Kenyan President Ana Ruiz has had a telephone conversation with her Peruvian counterpart Tomas"
        " Berg, the news agency reports.",
        "The leaders highlighted the importance of the upcoming talks in Lima.",
        "To note, Peruvian Presidential Press Secretary Jan Kowal remarked that Peru is looking forward"
        " to the state visit.",
    )
    expected = [(1, "both", "highlighted", "the importance of the upcoming talks in Lima.")]
    assert expected == _statements(readout)


def test_a_counterpart_named_in_apposition_before_the_subject_is_not_a_joint_subject() -> None:
    """'After meeting her counterpart, Tomas Berg, Ana Ruiz said …': two names with only a comma between
    them are an apposition and the subject, not both sides."""
    readout = _page(
        "Foreign Minister Ana Ruiz met Peruvian Foreign Minister Tomas Berg in Lima on Monday.",
        "After meeting her Peruvian counterpart, Tomas Berg, Ana Ruiz said few other countries are affected"
        " to such an extent.",
        "Ruiz and Berg agreed to meet again in May.",
    )
    expected = [
        (1, "ana-ruiz", "said", "few other countries are affected to such an extent."),
        (2, "both", "agreed", "to meet again in May."),
    ]
    assert expected == _statements(readout)


def test_a_post_posed_said_after_the_speakers_own_report_adds_no_second_statement() -> None:
    """'She hopes X, said Ruiz.': the sentence is Ruiz's report at "hopes"; the closing "said Ruiz" makes
    no second statement of the same words ("said: She hopes X")."""
    readout = _page(
        "Foreign Minister Ana Ruiz held talks with Foreign Minister Tomas Berg in Lima on Wednesday.",
        "Ruiz urged the two sides to implement the results of the summit. She hopes Berg's visit will"
        " further enhance mutual trust between the two countries, said Ruiz.",
    )
    expected = [
        (1, "ana-ruiz", "urged", "the two sides to implement the results of the summit."),
        (1, "ana-ruiz", "hopes", "Berg's visit will further enhance mutual trust between the two countries"),
    ]
    assert expected == _statements(readout)


def test_a_past_perfect_verb_inside_a_principals_that_clause_is_nested() -> None:
    """'She stated that President Jan Kowal, during his visit to Lima, had regretted X and said that Y':
    what the third person had done is the content of her statement, not her own reports."""
    readout = _page(
        "Foreign Minister Ana Ruiz received a telephone call from Foreign Minister Tomas Berg of Peru on"
        " Sunday.",
        "Foreign Minister Ruiz reiterated concerns at the tensions. She stated that President Jan Kowal,"
        " during his recent visit to Lima, had regretted the latest situation and said that Peru had hoped"
        " diplomacy could avert a conflict. Foreign Minister Ruiz emphasized that diplomacy was"
        " indispensable.",
    )
    expected = [
        (1, "ana-ruiz", "reiterated"),
        (1, "ana-ruiz", "stated"),
        (1, "ana-ruiz", "emphasized"),
    ]
    assert expected == [s[:3] for s in _statements(readout)]


def test_a_post_posed_said_naming_a_spokesman_by_role_and_name_is_no_statement() -> None:
    """'…, said communications manager, Lena Holm, of the Office.' and '…, said spokesman Jan Kowal.' tag
    the sentence with its source (kept in the statement's text, as '…, said officials.' is); "said" reports
    nothing of a principal's there."""
    readout = _page(
        "President Ana Ruiz called Prime Minister Tomas Berg on Thursday afternoon.",
        "Ruiz said she looked forward to meeting the Prime Minister after the summit, said communications"
        " manager, Lena Holm, of the Prime Minister's Office to the newspaper.",
        "Berg stressed the need for calm, said spokesman Jan Kowal.",
        "Berg welcomed the plan, said the press secretary, Jan Kowal.",
    )
    expected = [(1, "ana-ruiz", "said"), (2, "tomas-berg", "stressed"), (3, "tomas-berg", "welcomed")]
    assert expected == [s[:3] for s in _statements(readout)]


def test_a_closing_tag_of_a_quotation_the_speaker_already_reports_adds_no_statement() -> None:
    """'As Ruiz stated after the call: "I explained X. I stressed Y", Ruiz noted.': the quotation is one
    statement, at "stated"; "Ruiz noted" closing it does not start a second one at "I stressed"."""
    readout = _page(
        "President Ana Ruiz held a telephone conversation with President Tomas Berg over the summit.",
        "As President Ruiz stated after the call: “I explained to Berg the outcome of the summit. I stressed"
        " our unity to President Berg and the importance of our relations”, Ruiz noted.",
    )
    expected = [(1, "ana-ruiz", "stated")]
    assert expected == [s[:3] for s in _statements(readout)]


def test_a_restrictive_relative_clause_inside_a_statement_is_nested() -> None:
    """'The pair noted the outcome of last month's summit at which leaders committed to X': the leaders'
    commitment is part of what the pair noted; "during which they agreed" after a meeting still reports."""
    readout = _page(
        "The Prime Minister met the Secretary General, Ana Ruiz, in Downing Street yesterday.",
        "The pair noted the positive outcome of last month's summit at which leaders committed to ensuring 12"
        " years of quality education, and the Secretary General welcomed the UK's leadership.",
        "The two held talks, during which they agreed to meet again in May.",
    )
    expected = [(1, "both", "noted"), (1, "ana-ruiz", "welcomed"), (2, "both", "agreed")]
    assert expected == [s[:3] for s in _statements(readout)]
