"""Families of misses pooled from the dev sets en-a..en-j (issue #8, round fam11), each on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _countries(readout: Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def test_a_visit_to_the_republic_of_a_country_makes_its_host_of_that_country() -> None:
    """'a working visit to the Republic of Ghana … received by President X': X is GH, not a guess."""
    readout = _page(
        "Chairperson Ruiz concludes working visit",
        "The Chairperson of the African Union Commission, Ana Ruiz, concluded a two day working visit to"
        " the Republic of Ghana today.",
        "The Chairperson was received by President Tomas Berg, where the two leaders held extensive"
        " consultations on a wide range of issues.",
        "They also discussed the coming elections in Nigeria and the situation in Sudan.",
    )
    expected = [("Ana Ruiz", "AU"), ("Tomas Berg", "GH")]
    assert expected == _countries(readout)


def test_the_one_country_a_bilateral_page_names_is_the_other_principals() -> None:
    """On a call with a known counterpart, the one other country the page names is the other side's."""
    readout = _page(
        "Berg - Ruiz phone conversation",
        "Prime Minister Tomas Berg held a phone conversation on Thursday with NATO Secretary General Ana"
        " Ruiz, who congratulated him on the agreement reached in parliament.",
        "Ruiz told PM Berg that NATO was pleased Albania was moving ahead with its reforms.",
    )
    expected = [("Tomas Berg", "AL"), ("Ana Ruiz", "NATO")]
    assert expected == _countries(readout)


def test_on_a_publishers_page_a_country_named_once_is_a_topic_not_a_guests_country() -> None:
    """On a site whose country is known, a domestic guest is given no country the page names once."""
    readout = readoutlib.parse(
        "Readout of President Ruiz's meeting with Representative Tomas Berg\n\n"
        "President Ana Ruiz met Representative Tomas Berg today to discuss China's growing fishing fleet.\n\n"
        "They discussed the jobs it puts at stake in his district.\n",
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2031/03/03/readout/",
    )
    expected = [("Ana Ruiz", "US"), ("Tomas Berg", None)]
    assert expected == _countries(readout)


def test_a_demonym_of_a_topic_gives_no_principal_a_country() -> None:
    """'the Palestinian issue' names a topic: the principal with no country stays without one."""
    readout = _page(
        "Today, President Tomas Berg received a phone call from French President Ana Ruiz.",
        "The call reviewed the latest regional developments and touched on the Palestinian issue.",
        "The two presidents agreed to continue their coordination.",
    )
    expected = [("Tomas Berg", None), ("Ana Ruiz", "FR")]
    assert expected == _countries(readout)


def test_spoke_of_gave_an_explanation_augured_and_paid_tribute_start_statements() -> None:
    """Four reporting phrasings of the dev sets' readouts each start a statement with its own verb."""
    readout = _page(
        "Foreign Minister Ana Ruiz meets Foreign Minister Tomas Berg",
        "Foreign Minister Ana Ruiz met Foreign Minister Tomas Berg of Ruritania in Strelsau on Monday.",
        "Minister Ruiz spoke of the need to normalise trade between the two countries.",
        "Minister Berg gave an explanation of his ideas on the port agreement.",
        "Minister Berg gave an explanation on the state of the border talks.",
        "The two ministers augured that the two countries will find new ways to cooperate.",
        "Minister Ruiz paid tribute to the courage of the rescue teams.",
    )
    expected = [
        (1, "ana-ruiz", "spoke of", "the need to normalise trade between the two countries."),
        (2, "tomas-berg", "gave an explanation of", "his ideas on the port agreement."),
        (3, "tomas-berg", "gave an explanation on", "the state of the border talks."),
        (4, "both", "augured", "the two countries will find new ways to cooperate."),
        (5, "ana-ruiz", "paid tribute to", "the courage of the rescue teams."),
    ]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_the_pair_is_both_sides() -> None:
    """'The pair agreed that …' after a call between two leaders is both sides' statement."""
    readout = _page(
        "Prime Minister's call with Prime Minister Tomas Berg",
        "Prime Minister Ana Ruiz spoke to Prime Minister Tomas Berg of Ruritania this morning.",
        "The pair agreed that there was more that could be done together on trade.",
    )
    expected = [(1, "both", "agreed", "there was more that could be done together on trade.")]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_the_chief_of_a_body_or_country_is_its_one_principal() -> None:
    """'The NATO chief also congratulated …' is said by the page's one NATO principal."""
    readout = _page(
        "Berg - Ruiz phone conversation",
        "Prime Minister Tomas Berg held a phone conversation with NATO Secretary General Ana Ruiz.",
        "The NATO chief also congratulated Berg on the successful accession talks.",
    )
    expected = [(1, "ana-ruiz", "congratulated", "Berg on the successful accession talks.")]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_perfect_tense_report_in_a_new_sentence_is_a_statement() -> None:
    """'… stressed X. President Y has agreed to …': the second sentence's report is Y's own statement."""
    readout = _page(
        "President Berg meets President Ruiz",
        "President Tomas Berg of Ghana met President Ana Ruiz of Peru in Accra on Monday.",
        "The two parties stressed the importance of regular contacts. President Ruiz has agreed to pay an"
        " official visit to Ghana as soon as possible.",
    )
    expected = [
        (1, "both", "stressed", "the importance of regular contacts."),
        (1, "ana-ruiz", "agreed", "to pay an official visit to Ghana as soon as possible."),
    ]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_perfect_tense_clause_inside_a_speech_of_several_sentences_is_its_content() -> None:
    """In a speech running on over sentences, 'The President of Peru has mentioned this' is content."""
    readout = _page(
        "President Berg meets President Ruiz",
        "President Tomas Berg of Ghana met President Ana Ruiz of Peru in Accra on Monday.",
        "President Berg said that the two governments would approve the road plan today. This is the fruit"
        " of long talks. The President of Peru has mentioned this as well.",
    )
    expected = [
        (
            1,
            "tomas-berg",
            "said",
            "the two governments would approve the road plan today. This is the fruit of long talks. The"
            " President of Peru has mentioned this as well.",
        )
    ]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_headline_office_spelt_short_fits_the_principal_whose_title_spells_it_out() -> None:
    """A headline's 'Foreign Minister of Peru' is the body's 'X, Minister for Foreign Affairs of Peru'."""
    readout = _page(
        "Foreign Minister of Peru met with US Secretary of State",
        "Ana Ruiz, Minister for Foreign Affairs of Peru, met with Tomas Berg, United States Secretary of"
        " State, in Washington DC yesterday. Security and trade featured high on the agenda.",
        "They discussed trade.",
    )
    expected = [("Ana Ruiz", "PE"), ("Tomas Berg", "US")]
    assert expected == _countries(readout)


def test_the_cambodian_styles_samdech_and_techo_are_no_part_of_a_name() -> None:
    """'Samdech Akka Moha Sena Padei Techo Sok Rath' is Sok Rath; so is 'Samdech Techo Prime Minister'."""
    readout = _page(
        "Prime Minister receives former Prime Minister of New Zealand",
        "Samdech Akka Moha Sena Padei Techo Sok Rath, Prime Minister of the Kingdom of Cambodia, received"
        " here this afternoon visiting H.E. Tomas Berg, Former Prime Minister of New Zealand.",
        "For his part, Samdech Techo Sok Rath said his leadership has given priority to education.",
        "Samdech Techo Prime Minister also briefed his guest on the coming commune elections.",
    )
    expected = (
        [("Sok Rath", "KH"), ("Tomas Berg", "NZ")],
        [
            (1, "sok-rath", "said", "his leadership has given priority to education."),
            (2, "sok-rath", "briefed", "the coming commune elections."),
        ],
    )
    assert expected == (
        _countries(readout),
        [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements],
    )


def test_a_summary_naming_the_subject_bare_names_the_office_of_the_opening() -> None:
    """'Ana Ruiz holds talks with President Obama, …' above 'the Prime Minister held … with President
    Obama, …' names the Prime Minister Ana Ruiz."""
    readout = readoutlib.parse(
        "Leaders' video conference\n\n"
        "Ahead of next week's summit, Ana Ruiz holds talks with President Obama, Chancellor Merkel and"
        " President Hollande.\n\n"
        "A Downing Street spokesperson said:\n\n"
        "Ahead of next week's summit, the Prime Minister held an hour long video conference with President"
        " Obama, Chancellor Merkel and President Hollande this evening to discuss his priorities.\n\n"
        "They discussed the situation in Syria.\n",
        url="https://www.gov.uk/government/news/pre-summit-video-conference",
    )
    expected = [("Ana Ruiz", "GB"), ("Obama", "US"), ("Merkel", "DE"), ("Hollande", "FR")]
    assert expected == _countries(readout)
