"""Families of misses found on real pages measured blind in round 3 (en-e, with en-c and en-d), each on
invented text."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, " ".join(s.text.split()[:4])) for s in readout.statements]


def test_a_phone_call_on_a_weekday_is_no_courtesy_call() -> None:
    """'had a phone call on Friday': the weekday after 'call on' names no host, so it stays a phone call."""
    readout = _page(
        "Premier Ruiz spoke with President Berg",
        "Premier Ana Ruiz of Spain and President Tomas Berg of Portugal had a phone call on Friday, 3 March "
        "2023.",
        "The two leaders discussed the harvest.",
    )
    expected = ("phone_call", dt.date(2023, 3, 3))
    assert expected == (readout.event.kind, readout.event.date)


def test_a_bare_weekday_in_the_opening_is_resolved_against_the_date_line() -> None:
    """'got a phone call Thursday from': a weekday without 'on' dates the event; 'said Friday' does not."""
    readout = _page(
        "Premier receives call from President",
        "March 3, 2023",
        "Premier Ana Ruiz of Spain got a phone call Thursday from President Tomas Berg of Portugal, her "
        "office "
        "said Friday.",
        "The two leaders discussed the harvest.",
    )
    expected = (dt.date(2023, 3, 2), "relative")
    assert expected == (readout.event.date, readout.event.date_basis)


def test_a_weekday_the_report_was_made_on_does_not_date_the_event() -> None:
    """'her office said Friday' is when the account came out: with nothing else, the date line dates it."""
    readout = _page(
        "Premier receives call from President",
        "March 3, 2023",
        "Premier Ana Ruiz of Spain got a phone call from President Tomas Berg of Portugal, her office said "
        "Friday.",
        "The two leaders discussed the harvest.",
    )
    expected = (dt.date(2023, 3, 3), "published")
    assert expected == (readout.event.date, readout.event.date_basis)


def test_a_relative_clause_on_the_event_reports_for_its_subject() -> None:
    """'held talks …, during which they agreed to …': 'they' after 'during which' or 'where' is both sides."""
    readout = _page(
        "Premier meets President",
        "Premier Ana Ruiz of Spain held talks with President Tomas Berg of Portugal on Friday, during which "
        "they "
        "agreed to expand trade.",
        "The two leaders later held a closed-door meeting where they reaffirmed their commitment to the "
        "treaty.",
    )
    expected = [
        (0, "both", "agreed", "to expand trade."),
        (1, "both", "reaffirmed", "their commitment to the"),
    ]
    assert expected == _said(readout)


def _sides(readout: Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def test_an_appositive_office_between_two_coordinated_principals() -> None:
    """'X, Secretary (West) in the Ministry of Trade, and Y held talks': X is a side, her office aside."""
    readout = _page(
        "Spain, Portugal hold talks",
        "Ana Ruiz, Secretary (West) in the Ministry of Foreign Affairs of Spain, and Foreign Secretary of "
        "Portugal Tomas Berg held talks in Madrid on Friday, 3 March 2023.",
        "The two sides reviewed trade.",
    )
    expected = [("Ana Ruiz", "ES"), ("Tomas Berg", "PT")]
    assert expected == _sides(readout)


def test_told_about_starts_at_the_topic_and_an_adverbial_after_the_verb_is_skipped() -> None:
    """'told X about Y' starts at Y, as 'briefed X about Y'; 'conveyed, at the start of the call, Y' at Y."""
    readout = _page(
        "Premier Ruiz spoke with President Berg",
        "Premier Ana Ruiz of Spain had a phone call with President Tomas Berg of Portugal on 3 March 2023.",
        "Premier Ruiz told President Berg about the new harbour rules. President Berg conveyed, at the "
        "start of "
        "the call, the greetings of his government.",
    )
    expected = [
        (1, "ana-ruiz", "told", "the new harbour rules."),
        (1, "tomas-berg", "conveyed", "the greetings of his"),
    ]
    assert expected == _said(readout)


def test_sentences_run_together_without_a_space_are_split() -> None:
    """'… trade.Ruiz also said …': a stop between a lowercase and a capitalised word ends a sentence."""
    readout = _page(
        "Premier meets President",
        "Premier Ana Ruiz of Spain met President Tomas Berg of Portugal in Madrid on 3 March 2023 and "
        "discussed "
        "trade.Ruiz also said she hopes the two nations will expand the harbour.The President added that his "
        "country will help.",
    )
    expected = [
        (0, "ana-ruiz", "said", "she hopes the two"),
        (0, "tomas-berg", "added", "his country will help."),
    ]
    assert expected == _said(readout)


def test_a_briefing_object_does_not_run_past_that() -> None:
    """'told X that, to follow up on this call, …': the 'on' after 'that,' makes no briefing topic."""
    readout = _page(
        "Premier Ruiz spoke with President Berg",
        "Premier Ana Ruiz of Spain had a phone call with President Tomas Berg of Portugal on 3 March 2023.",
        "Premier Ruiz told President Berg that, to follow up on this call, her envoy would travel to Lisbon.",
    )
    expected: list[str] = []
    assert expected == [s.text for s in readout.statements if s.text.startswith("this call")]


def test_a_city_after_a_named_building_and_no_bare_building_as_the_place() -> None:
    """'at State House, Nairobi' is in Nairobi; 'in the Ministry of Trade' names a building, not a place."""
    at_house = _page(
        "President hosts Premier",
        "President Tomas Berg of Portugal on Wednesday held talks with Premier Ana Ruiz of Spain at State "
        "House, "
        "Porto, on 3 March 2023.",
    )
    in_ministry = _page(
        "Spain, Portugal hold talks",
        "Ana Ruiz, Director in the Ministry of Trade of Spain, and Tomas Berg, Director General of "
        "Portugal, held "
        "talks on 3 March 2023.",
    )
    expected = ("Porto", None)
    assert expected == (at_house.event.location, in_ministry.event.location)


def test_top_diplomats_of_both_countries_and_answered_report() -> None:
    """'the top diplomats of both countries reiterated …' is both sides; 'Ruiz answered that …' reports."""
    readout = _page(
        "Premier Ruiz spoke with President Berg",
        "Foreign Minister Ana Ruiz of Spain had a phone call with Foreign Minister Tomas Berg of Portugal on "
        "3 March 2023.",
        "The top diplomats of both countries reiterated their commitment to the treaty.",
        "Berg invited Ruiz to visit Lisbon, and Ruiz answered that she hopes to come in May.",
    )
    expected = [
        (1, "both", "reiterated", "their commitment to the"),
        (2, "tomas-berg", "invited", "Ruiz to visit Lisbon"),
        (2, "ana-ruiz", "answered", "she hopes to come"),
    ]
    assert expected == _said(readout)


def test_called_on_and_hosted_is_a_visit_not_a_demand() -> None:
    """'X called on and was hosted to lunch by Y': 'to lunch' makes no demand: 'called on' reports nothing."""
    readout = _page(
        "Minister Berg calls on Minister Ruiz",
        "Minister of Trade of Portugal Tomas Berg called on and was hosted to lunch by Minister for Foreign "
        "Affairs Dr Ana Ruiz today.   Minister Berg is visiting Spain at the invitation of Minister Ruiz.",
        "The two Ministers reaffirmed the close ties between their countries.",
    )
    expected = [(1, "both", "reaffirmed", "the close ties between")]
    assert expected == _said(readout)


def test_an_office_elect_in_lowercase_is_a_title() -> None:
    """'US President-elect Tomas Berg': 'President-elect' is his title, and 'the President-elect' is him."""
    readout = _page(
        "Premier Ruiz spoke with President-elect Berg",
        "Premier Ana Ruiz of Spain spoke on 3 March 2023 with US President-elect Tomas Berg. In a warm "
        "conversation, the President-elect reiterated his commitment to the alliance.",
    )
    expected = (("President-elect",), [(0, "tomas-berg", "reiterated", "his commitment to the")])
    assert expected == (readout.event.participants[1].titles, _said(readout))


def test_a_weekday_the_next_sentence_gives_the_call_dates_it() -> None:
    """'In the phone call, which was made Friday, …' after an opening with no date dates the call."""
    readout = _page(
        "Premier Ruiz spoke with President Berg",
        "March 4, 2023",
        "Premier Ana Ruiz of Spain held telephone talks with President Tomas Berg of Portugal, her office "
        "said "
        "Saturday.",
        "In the phone call, which was made Friday, the two leaders praised the harbour works.",
    )
    expected = (dt.date(2023, 3, 3), "relative")
    assert expected == (readout.event.date, readout.event.date_basis)


def test_an_opening_naming_the_sides_by_surname_takes_their_full_names_from_the_page() -> None:
    """'Ruiz and Berg met Friday in Porto' after a paragraph naming them in full: the sides, in full."""
    readout = _page(
        "Spain and Portugal: Ministers agree on a summit",
        "March 4, 2023",
        "Foreign Ministers Ana Ruiz of Spain and Tomas Berg of Portugal Friday agreed to prepare a summit "
        "in April.",
        "Ruiz and Berg met Friday in Porto in the framework of the treaty's anniversary.",
    )
    expected = [("Ana Ruiz", "ES"), ("Tomas Berg", "PT")]
    assert expected == _sides(readout)


def test_the_date_of_an_earlier_meeting_the_event_follows_up_is_not_its_date() -> None:
    """'a follow-up on the one they had in Lisbon on Feb. 16', 'the previous gathering on …': another date."""
    readout = _page(
        "The meeting between Ruiz and Berg was a follow-up on the one they had in Lisbon on Feb. 16",
        "March 4, 2023",
        "Foreign Minister Ana Ruiz of Spain met Foreign Minister Tomas Berg of Portugal Friday in Porto, a "
        "follow-up to the previous gathering in Lisbon on Feb. 16.",
    )
    expected = (dt.date(2023, 3, 3), "relative")
    assert expected == (readout.event.date, readout.event.date_basis)


def test_an_earlier_call_before_the_event_clause_leaves_the_event_date() -> None:
    """'After an earlier call Minister X met Minister Y on 3 March 2023': the date is the meeting's own."""
    readout = _page(
        "Ministers Ruiz and Berg meet",
        "After an earlier call Minister Ana Ruiz met Minister Tomas Berg on 3 March 2023 in Porto.",
    )
    expected = (dt.date(2023, 3, 3), "text")
    assert expected == (readout.event.date, readout.event.date_basis)


def test_a_yearless_date_line_takes_its_year_from_a_full_date_nearby_on_the_page() -> None:
    """'Lisbon, December 8, AGENCY' with 'the statement of 10 November, 2020' in the body: 8 December 2020."""
    readout = _page(
        "Lisbon, December 8, AGENCY",
        "Foreign Minister Tomas Berg of Portugal has had a telephone conversation with his Spanish "
        "counterpart Ana Ruiz.",
        "The ministers discussed the statement of 10 November, 2020 on the harbour.",
    )
    expected = (dt.date(2020, 12, 8), "published")
    assert expected == (readout.event.date, readout.event.date_basis)


def test_an_office_set_off_by_a_comma_after_a_name_is_that_persons_title() -> None:
    """'met with H.E. Tomas Berg, Secretary of Welfare and Works of Portugal and incoming Chair of the (X)
    Council': the office after the comma is Berg's, not another side."""
    readout = _page(
        "Premier meets Secretary",
        "Lisbon, Nov. 27 -- Premier of Spain, Dr. Ana Ruiz, today met with H.E. Tomas Berg, Secretary of "
        "Social Welfare and Development of the Republic of Portugal and incoming Chair of the Iberian "
        "Socio-Cultural Community (ISCC) Council, in Lisbon.",
    )
    expected = ["Ana Ruiz", "Tomas Berg"]
    assert expected == [p.name for p in readout.event.participants]


def test_a_mongolian_date_line_dates_yesterday() -> None:
    """A date line written the Mongolian way ('2023 оны 3 сарын 4') resolves 'Yesterday (3rd March)'."""
    readout = _page(
        "Minister Berg meets President",
        "2023 оны 3 сарын 4",
        "Yesterday (3rd March), President Ana Ruiz of Spain met Foreign Minister Tomas Berg of Portugal "
        "in Madrid.",
    )
    expected = (dt.date(2023, 3, 3), "relative", dt.date(2023, 3, 4))
    assert expected == (readout.event.date, readout.event.date_basis, readout.source.published)


def test_sides_named_with_their_country_and_a_weekday_before_the_verb() -> None:
    """'Ministers X of Spain and Y of Portugal Friday agreed …': both sides; country and day set aside."""
    readout = _page(
        "Ministers talk",
        "Foreign Minister Ana Ruiz of Spain had a phone call with Foreign Minister Tomas Berg of Portugal on "
        "3 March 2023.",
        "Foreign Ministers Ana Ruiz of Spain and Tomas Berg of Portugal Friday agreed to prepare a summit.",
        "Ruiz of Spain said the summit would be in Porto.",
    )
    expected = [(1, "both", "agreed", "to prepare a summit."), (2, "ana-ruiz", "said", "the summit would be")]
    assert expected == _said(readout)


def test_a_quotation_closed_without_a_comma_then_the_speaker_and_verb() -> None:
    """'“We will build the harbour together.” Ruiz stated': Ruiz's statement is the quotation before."""
    readout = _page(
        "Ministers talk",
        "Foreign Minister Ana Ruiz of Spain had a phone call with Foreign Minister Tomas Berg of Portugal on "
        "3 March 2023.",
        "“We will build the harbour together. It will be ready in May.” Ruiz stated",
    )
    expected = [(1, "ana-ruiz", "stated", "“We will build the")]
    assert expected == _said(readout)


def test_a_page_date_glued_before_the_opening_resolves_its_yesterday() -> None:
    """'… Readout Office of the Spokesperson June 7, 2022 Minister X spoke yesterday with Y': June 6."""
    readout = _page(
        "HomeOffice of the SpokespersonPress Releases...Minister Ruiz's Call with Minister Berg hide Readout "
        "Office of the Spokesperson June 7, 2022 Foreign Minister Ana Ruiz of Spain spoke yesterday with "
        "Foreign Minister Tomas Berg of Portugal about the harbour. The two ministers agreed to meet soon.",
    )
    expected = (dt.date(2022, 6, 6), "relative")
    assert expected == (readout.event.date, readout.event.date_basis)


def test_considered_it_important_reports_a_view() -> None:
    """'The presidents considered it important to …' reports a view; 'considered the budget' is a topic."""
    readout = _page(
        "Presidents talk",
        "President Ana Ruiz of Spain had a phone call with President Tomas Berg of Portugal on 3 March 2023.",
        "The presidents considered it important to cooperate on the harbour. They also considered the "
        "budget.",
    )
    expected = [(1, "both", "considered", "it important to cooperate")]
    assert expected == _said(readout)


def test_answered_questions_reports_nothing() -> None:
    """'The two presidents answered journalists' questions' is no statement; 'answered that …' is."""
    readout = _page(
        "Presidents talk",
        "President Ana Ruiz of Spain met President Tomas Berg of Portugal in Porto on 3 March 2023.",
        "The two presidents answered journalists' questions. Ruiz answered that the harbour would open.",
    )
    expected = [(1, "ana-ruiz", "answered", "the harbour would open.")]
    assert expected == _said(readout)


def test_an_office_in_an_appositive_does_not_take_the_rest_as_coordination() -> None:
    """'…, Deputy Assistant to the President for Trade and Equity, as well as X': the President is no side."""
    readout = _page(
        "Officials host roundtable",
        "Yesterday, White House officials Ana Ruiz, Deputy Assistant to the President and Executive Director "
        "of the Trade Council, and Tomas Berg, Deputy Assistant to the President for Harbour Justice and "
        "Equity, as well as Assistant Secretary of Health Admiral Lena Holm, hosted the first-ever White "
        "House roundtable with harbour workers.",
    )
    expected = False
    assert expected == ("The President" in [p.name for p in readout.event.participants])
