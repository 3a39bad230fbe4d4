"""Families of misses found on real pages in round 7 of issue #8 (en-h, its bulk check), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.event import clause_tense, kind_of
from readoutlib.languages.en.names import find_mentions, first_title
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_will_have_with_no_event_after_it_announces_nothing() -> None:
    """'will always have a partner', 'will have to work' announce no event; 'will have talks' does."""
    sentences = [
        "Sylvania will always have a reliable partner in Freedonia, says Ambassador Tomas Berg.",
        "“So, all countries will have to work in unison,” she said.",
        "The two leaders will have talks in Lima next week.",
        "The ministers will also have a working lunch on Friday.",
    ]
    expected = [None, None, "future", "future"]
    assert expected == [clause_tense(s) for s in sentences]


def test_a_page_opening_with_a_quoted_future_is_read_as_the_meeting_it_reports() -> None:
    """An envoy's 'will always have …, says X' before the meeting's report leaves the page a readout."""
    readout = _page(
        "Sylvania will always have a reliable partner in Freedonia, says Ambassador Tomas Berg.",
        "Ambassador Berg presented his credentials to Secretary-General Ana Ruiz on Monday at her office"
        " in Lima.",
        "The Secretary-General pointed out that Freedonia was the first partner of the Community.",
    )
    expected = ("meeting", ["Tomas Berg", "Ana Ruiz"])
    assert expected == (readout.event.kind.value, [p.name for p in readout.event.participants])


def test_the_dominican_republic_before_a_title_is_not_dominica() -> None:
    """'the Dominican Republic’s President X' is DO; 'Dominican Prime Minister Y' stays Dominica's."""
    mentions = find_mentions(
        "The Dominican Republic’s President Tomas Berg met Dominican Prime Minister Ana Ruiz in Lima."
    )
    expected = [("Tomas Berg", "DO"), ("Ana Ruiz", "DM")]
    assert expected == [(m.name, m.country) for m in mentions if m.name]


def test_a_farewell_call_on_a_host_is_a_meeting() -> None:
    """'made a farewell call on him at the ministry' is a visit in person, not a phone call."""
    sentences = [
        "The outgoing High Commissioner Tomas Berg made a farewell call on him at the ministry today.",
        "Ambassador Ana Ruiz paid an introductory call on the Minister on Monday.",
    ]
    expected = ["meeting", "meeting"]
    assert expected == [kind_of(s).value for s in sentences]


def test_lyonchhen_is_the_prime_ministers_title() -> None:
    """Bhutan's 'Lyonchhen' is a title before the name, not part of it."""
    readout = _page(
        "Ambassador calls on Prime Minister",
        "Lyonchhen Karma Dorji was called on by the Ambassador of Freedonia, Ms. Ana Ruiz, in Thimphu on"
        " 3 March 2023.",
        "Lyonchhen said the visit was timely.",
    )
    expected = ("Lyonchhen", ["Karma Dorji", "Ana Ruiz"], ["karma-dorji"])
    assert expected == (
        first_title("Lyonchhen Karma Dorji received the envoy."),
        [p.name for p in readout.event.participants],
        [s.speaker for s in readout.statements],
    )


def test_received_with_an_adverb_before_the_guest_reports_a_meeting() -> None:
    """'X, President of Freedonia, received today Y', 'received here this afternoon Y' report a meeting."""
    sentences = [
        "Ana Ruiz, President of Freedonia, received today Tomas Berg, President of Sylvania, at the palace.",
        "The Prime Minister received here this afternoon H.E. Tomas Berg at the palace.",
        "The President received today the Order of Merit.",
    ]
    expected = ["past", "past", None]
    assert expected == [clause_tense(s) for s in sentences]


def test_credentials_and_decorations_presented_are_no_statements() -> None:
    """Credentials and a decoration presented report nothing said; results presented do."""
    readout = _page(
        "Envoy presents credentials",
        "Ambassador Tomas Berg presented his credentials to Secretary-General Ana Ruiz on Monday at her"
        " office in Lima.",
        "Ruiz presented the envoy with the Grand Collar of the Order of Merit. Berg presented the results of"
        " the census.",
    )
    expected = [(1, "tomas-berg", "presented", "the results of the census.")]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_first_line_the_lead_restates_with_more_words_is_the_headline() -> None:
    """A sentence headline with its full stop, restated by the lead with more words, is no paragraph."""
    readout = _page(
        "President Ana Ruiz spoke with Prime Minister Tomas Berg on a phone line.",
        "President Ana Ruiz spoke with Prime Minister Tomas Berg yesterday evening on a phone line.",
        "Berg thanked Ruiz for the invitation.",
    )
    expected = [(1, "tomas-berg", "thanked", "Ruiz for the invitation.")]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_photo_caption_above_the_lead_is_no_paragraph() -> None:
    """'Talks: President Ana Ruiz (left) and …' with its full stop, above the lead, is furniture."""
    readout = _page(
        "Ruiz and Berg discuss trade",
        "Talks: President Ana Ruiz (left) and Prime Minister Tomas Berg in Lima.",
        "Photo: Freedonia Government.",
        "President Ana Ruiz and Prime Minister Tomas Berg held talks in Lima on 3 March 2023.",
        "The two leaders agreed to set up working groups.",
    )
    expected = [(1, "both", "agreed", "to set up working groups.")]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_high_commissioner_to_a_country_is_of_the_sending_country() -> None:
    """'Freedonian High Commissioner to Sylvania Tomas Berg' is Freedonia's envoy, posted to Sylvania."""
    mentions = find_mentions(
        "The minister met outgoing Australian High Commissioner to Bangladesh Tomas Berg today."
    )
    expected = [("Tomas Berg", "AU", ("High Commissioner to Bangladesh",))]
    assert expected == [(m.name, m.country, m.titles) for m in mentions if m.name]


def test_being_met_with_a_reaction_is_no_meeting() -> None:
    """'are being met with an unprecedented level of cooperation' reports no meeting; 'met with X' does."""
    sentences = [
        "The threats are being met with an unprecedented level of multilateral cooperation.",
        "The proposal was met with strong opposition in the assembly.",
        "The President met with the Chancellor in Lima.",
        "The President met the Chancellor in Lima.",
    ]
    expected = [None, None, "past", "past"]
    assert expected == [clause_tense(s) for s in sentences]


def test_the_region_after_a_city_is_no_person() -> None:
    """'… in Indore, Madhya Pradesh.' names a region, not a third principal."""
    readout = _page(
        "Ruiz and Berg hold talks",
        "President Ana Ruiz and Prime Minister Tomas Berg held talks on 3 March 2023 following the opening"
        " of the trade convention in Sarno, Alta Provincia.",
    )
    expected = ["Ana Ruiz", "Tomas Berg"]
    assert expected == [p.name for p in readout.event.participants]


def test_provided_an_update_on_reports_its_content() -> None:
    """'provided an update on Y' is a statement starting at Y, as 'briefed X on Y'."""
    readout = _page(
        "Ruiz meets Berg",
        "President Ana Ruiz met Prime Minister Tomas Berg in Lima on 3 March 2023.",
        "Ruiz also provided an update on the reconvening of the council.",
    )
    expected = [(1, "ana-ruiz", "provided an update on", "the reconvening of the council.")]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_city_joined_to_its_state_house_by_a_hyphen_is_the_place() -> None:
    """'at State House-Sarno' places the meeting in Sarno, as 'at State House, Sarno' does."""
    places = [
        _page(
            "Ruiz meets Berg",
            f"President Ana Ruiz met Prime Minister Tomas Berg at State House{sep}Sarno today.",
        ).event.location
        for sep in ("-", ", ")
    ]
    expected = ["Sarno", "Sarno"]
    assert expected == places


def test_a_surname_ending_in_ness_after_a_title_or_given_name() -> None:
    """'Prime Minister Tomas Holness', 'Prime Minister Holness' name a person; 'Readiness' does not."""
    found = [
        [(m.name, m.titles) for m in find_mentions(text) if m.name]
        for text in (
            "Vice President Ana Ruiz met Prime Minister Tomas Holness of Freedonia.",
            "Prime Minister Holness Invited to Meeting with Vice President Ruiz",
            "The Readiness Council met Ana Ruiz on Monday.",
            "Administrator Ana Ruiz of the Small Business Administration met Prime Minister Tomas Berg.",
        )
    ]
    expected = [
        [("Ana Ruiz", ("Vice President",)), ("Tomas Holness", ("Prime Minister",))],
        [("Holness", ("Prime Minister",)), ("Ruiz", ("Vice President",))],
        [("Ana Ruiz", ())],
        [("Ana Ruiz", ("Administrator",)), ("Tomas Berg", ("Prime Minister",))],
    ]
    assert expected == found


def test_a_report_ending_in_a_colon_reports_the_quotation_below() -> None:
    """'… Berg was very pleased with the meeting and said:' reports the quotation paragraph under it."""
    readout = _page(
        "Berg meets Ruiz",
        "Prime Minister Tomas Berg met Vice President Ana Ruiz in Lima on 3 March 2023.",
        "Prime Minister Berg was very pleased with the meeting and said:",
        "“Relations between our peoples are strong.”",
        "The two leaders agreed to meet again.",
    )
    expected = [
        (2, "tomas-berg", "said", "“Relations between our peoples are strong.”"),
        (3, "both", "agreed", "to meet again."),
    ]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]
