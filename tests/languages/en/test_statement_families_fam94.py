"""Statement families of task fam94 (issue #8, en-af's older Asian and African pages), each on
invented text seen failing first on main 86ea1685."""

from __future__ import annotations

import readoutlib


def _statements(*paragraphs: str) -> list[tuple[int, str, str, str]]:
    readout = readoutlib.parse("\n\n".join(paragraphs) + "\n")
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_parenthetical_printed_without_its_commas_leaves_the_verb_its_subject() -> None:
    """'Minister Ruiz on her part said …', 'Tan yet again said …', 'The Prime Minister on the occasion
    said …': wire copy drops the commas around the phrase; the clause still reports its subject."""
    found = _statements(
        "Freedonia and Sylvania hold talks",
        "Port Tan, 3 March 2011 - Prime Minister Eko Tan held talks with Sylvanian Foreign Minister Ana "
        "Ruiz on bilateral issues.",
        "Minister Ruiz on her part said the discussion was successful.",
        "Eko Tan yet again said that the key to progress is trade.",
        "The Prime Minister on the occasion said Freedonia is keen to deepen ties.",
    )
    assert found == [
        (1, "ana-ruiz", "said", "the discussion was successful."),
        (2, "eko-tan", "said", "the key to progress is trade."),
        (3, "eko-tan", "said", "Freedonia is keen to deepen ties."),
    ]


def test_a_fronted_after_or_following_the_event_without_a_comma_leaves_the_subject() -> None:
    """'Following the meeting Foreign Secretary said …', 'After the talks President Tan said …': what
    came after the event opens the sentence, with no comma, before the speaker (as 'During the
    meeting X said' does)."""
    found = _statements(
        "Foreign Secretary meets President of Freedonia",
        "Foreign Secretary William Hague discussed trade with President Eko Tan of Freedonia when he met "
        "him in London.",
        "Following the meeting Foreign Secretary said the talks were good.",
        "After the talks President Tan said the harbour deal was close.",
    )
    assert found == [
        (1, "william-hague", "said", "the talks were good."),
        (2, "eko-tan", "said", "the harbour deal was close."),
    ]


def test_a_line_of_a_stray_mark_is_no_paragraph() -> None:
    """A line holding only a mark ('?' where the page lost a character, '***') is no body paragraph,
    so the quotation an attribution line announces below it keeps its paragraph (gov.uk's older pages)."""
    readout = readoutlib.parse(
        "\n".join(
            (
                "Foreign Secretary meets President of Freedonia",
                "Foreign Secretary William Hague discussed trade with President Eko Tan of Freedonia when he "
                "met him in London.",
                "?",
                "Following the meeting Foreign Secretary said:",
                "“I would like to congratulate Freedonia on its elections.”",
                "***",
                "Trade between the two countries is growing.",
            )
        )
        + "\n"
    )
    assert len(readout.paragraphs) == 3
    assert [(s.paragraph, s.speaker) for s in readout.statements] == [(1, "william-hague")]


def test_the_person_told_before_a_colon_is_not_the_words() -> None:
    """'Ruiz told Tan : “It is always …”': the quotation after the colon is what was told; the person
    told is not its first word (as in 'told Tan that …')."""
    found = _statements(
        "Tan and Ruiz meet",
        "Port Tan : Freedonian President Eko Tan and Sylvanian Prime Minister Ana Ruiz met here Friday.",
        "Ruiz told Tan : “It is always a great pleasure to meet you.”",
        'Tan told reporters: "We agreed on trade."',
    )
    assert found == [
        (1, "ana-ruiz", "told", "“It is always a great pleasure to meet you.”"),
        (2, "eko-tan", "told", '"We agreed on trade."'),
    ]


def test_welcoming_a_guest_by_a_participle_is_a_greeting() -> None:
    """'Tan opened the meeting by welcoming Ruiz and the accompanying delegation to Freedonia': a
    guest welcomed is a greeting, as 'welcomed Ruiz' is; welcoming a plan still reports."""
    lead = "Port Tan, 3 March 2011 - Freedonian President Eko Tan met Sylvanian Emir Ana Ruiz here."
    found = _statements(
        "Tan meets Ruiz",
        lead,
        "Tan opened the meeting by welcoming Ruiz and the accompanying delegation to Freedonia. Tan "
        "thanked Ruiz for choosing Freedonia.",
    )
    assert found == [(1, "eko-tan", "thanked", "Ruiz for choosing Freedonia.")]
    found = _statements(
        "Tan meets Ruiz", lead, "Tan opened the meeting by welcoming Ruiz’s plan for a harbour."
    )
    assert found == [(1, "eko-tan", "welcoming", "Ruiz’s plan for a harbour.")]


def test_both_before_a_hung_participle_makes_it_the_two_principals() -> None:
    """'The two leaders shook hands …, both voicing confidence in …': the participle after 'both' is
    the two principals' report, whoever the clause named."""
    lead = "Port Tan, 3 March 2011 - Freedonian President Eko Tan met Sylvanian Prime Minister Ana Ruiz here."
    found = _statements(
        "Tan meets Ruiz",
        lead,
        "The two leaders shook hands warmly on the sidelines of the summit, both voicing confidence in "
        "the future of ties.",
        "Tan met Ruiz again at the dinner, both stressing the need for trade.",
    )
    assert found == [
        (1, "both", "voicing", "confidence in the future of ties."),
        (2, "both", "stressing", "the need for trade."),
    ]


def test_a_related_story_cut_short_between_paragraphs_is_no_paragraph() -> None:
    """'Freedonia and Narnia to hold … in Cair Para...' between two paragraphs is the link to another
    story, cut off with dots: the statements below it keep the paragraphs the page's prose gives."""
    readout = readoutlib.parse(
        "\n\n".join(
            (
                "Freedonia and Sylvania hold talks",
                "PORT TAN, May 6: Foreign Minister Eko Tan and visiting Foreign Minister of Sylvania, "
                "Ana Ruiz, held bilateral talks on Sunday.",
                "This is Ruiz’s first visit to Freedonia.",
                "Freedonia and Narnia to hold foreign minister-level meeting in Cair Para...",
                "Talking to reporters after the meeting, Tan said that they discussed trade.",
            )
        )
        + "\n"
    )
    assert len(readout.paragraphs) == 3
    assert [(s.paragraph, s.speaker, s.text) for s in readout.statements] == [
        (2, "eko-tan", "they discussed trade.")
    ]
