"""Families of misses found on real pages in round 5 of issue #8 (en-f), each on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout

_LEAD = "President Tomas Berg of Portugal held a call with Prime Minister Ana Ruiz of Spain on 3 March 2023."


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, " ".join(s.text.split()[:4])) for s in readout.statements]


def test_a_premier_is_the_prime_minister() -> None:
    """'The Spanish Premier expressed …' names the principal whose title is Prime Minister."""
    readout = _page(
        "Premier speaks with President",
        _LEAD,
        "The Spanish Premier expressed her thanks for the invitation to Lisbon.",
        "The Premier hoped that the ferry would run again in May.",
    )
    expected = [
        (1, "ana-ruiz", "expressed", "her thanks for the"),
        (2, "ana-ruiz", "hoped", "the ferry would run"),
    ]
    assert expected == _said(readout)


def test_both_politicians_are_both_sides() -> None:
    """'Both politicians agreed that …' is a joint statement."""
    readout = _page(
        "Premier speaks with President", _LEAD, "Both politicians agreed that the ferry should run."
    )
    expected = [(1, "both", "agreed", "the ferry should run.")]
    assert expected == _said(readout)


def test_relayed_forwarded_greetings_and_warned_of_report() -> None:
    """'relayed that', 'forwarded her condolences' and 'warned of' report; a forwarded letter does not."""
    readout = _page(
        "Premier speaks with President",
        _LEAD,
        "Berg relayed that the ferry would run. Ruiz forwarded her condolences to the families.",
        "Berg warned of the danger of floods. Ruiz forwarded the letter to the ministry.",
    )
    expected = [
        (1, "tomas-berg", "relayed", "the ferry would run."),
        (1, "ana-ruiz", "forwarded", "her condolences to the"),
        (2, "tomas-berg", "warned of", "the danger of floods."),
    ]
    assert expected == _said(readout)


def test_a_courtesy_style_alone_stands_for_the_principal_it_styles() -> None:
    """'His Majesty stressed …' is the King the page styled so; with two styled so it names no one."""
    readout = _page(
        "King speaks with President",
        "His Majesty King Olav held a phone call with President Tomas Berg of Portugal on 3 March 2023.",
        "The call addressed the floods, with His Majesty stressing the need for calm.",
        "His Majesty warned of the danger of floods. His Majesty the King hoped that the ferry would run.",
    )
    expected = [
        (1, "olav", "stressing", "the need for calm."),
        (2, "olav", "warned of", "the danger of floods."),
        (2, "olav", "hoped", "the ferry would run."),
    ]
    assert expected == _said(readout)
    two_kings = _page(
        "Kings speak",
        "His Majesty King Olav held a phone call with His Majesty King Carl of Sweden on 3 March 2023.",
        "His Majesty warned of the danger of floods.",
    )
    nobody: list[tuple[int, str, str, str]] = []
    assert nobody == _said(two_kings)


def test_a_closing_reporting_clause_may_end_on_an_adjunct_of_the_telling() -> None:
    """'…, Berg said during a press briefing.' and '“…,” said Berg via a post' report what precedes."""
    readout = _page(
        "Premier speaks with President",
        _LEAD,
        "These talks are part of regular consultations, Berg said during a press briefing after the meeting.",
        "Portugal has played a role in the region, he added, stressing the readiness of his country.",
        "“Ruiz also shared information on the floods. I also thanked her,” said Berg via a post on his page.",
        "“We renew our commitment,” he said.",
        "Ruiz reiterated her support for the ferry, and congratulated the President on his re-election.",
    )
    expected = [
        (1, "tomas-berg", "said", "These talks are part"),
        (2, "tomas-berg", "added", "Portugal has played a"),
        (3, "tomas-berg", "said", "“Ruiz also shared information"),
        (4, "tomas-berg", "said", "“We renew our commitment"),
        (5, "ana-ruiz", "reiterated", "her support for the"),
        (5, "ana-ruiz", "congratulated", "the President on his"),
    ]
    assert expected == _said(readout)


def test_a_spaced_numeric_date_line_and_a_date_after_a_byline_date_the_page() -> None:
    """'10. 1. 2009 10:14' and 'By JT - Apr 08,2021 - …' are date lines: they date the event."""
    spaced = _page(
        "Prime Minister spoke on the phone with President Berg",
        "10. 1. 2009 10:14",
        "Prime Minister Ana Ruiz of Spain spoke on the phone with President Tomas Berg of Portugal.",
    )
    byline = _page(
        "Premier receives call from President",
        "By JT - Apr 08,2021 - Last updated at Apr 08,2021",
        "Premier Ana Ruiz of Spain on Thursday received a phone call from President Tomas Berg of Portugal.",
    )
    expected = [("2009-01-10", "published"), ("2021-04-08", "relative")]
    actual = [(str(r.event.date), r.event.date_basis) for r in (spaced, byline)]
    assert expected == actual


def test_an_organisation_in_a_title_and_a_counterpart_set_off_by_a_comma_give_countries() -> None:
    """'of the Organization of American States (OAS)' is OAS, not US; 'Head of the Council of Europe
    Office' is COE; 'his Italian counterpart, Ana Ruiz' is IT."""
    organisation = _page(
        "Secretary General meets Foreign Minister",
        "The Secretary General of the Organization of American States (OAS), Tomas Berg, met today with "
        "the Minister of Foreign Affairs of Chile, Ana Ruiz.",
    )
    office = _page(
        "Prime Minister meets Head of Office",
        "Prime Minister Tomas Berg of Georgia held a meeting with Ana Ruiz, the Head of the Council of "
        "Europe Office in Georgia, on 3 March 2023.",
    )
    counterpart = _page(
        "Prime Ministers speak",
        "Polish Prime Minister Tomas Berg spoke with his newly-elected Italian counterpart, Ana Ruiz on "
        "3 March 2023.",
    )
    expected = [[("Tomas Berg", "OAS"), ("Ana Ruiz", "CL")], [("Tomas Berg", "GE"), ("Ana Ruiz", "COE")]]
    expected.append([("Tomas Berg", "PL"), ("Ana Ruiz", "IT")])
    actual = [
        [(p.name, p.country) for p in r.event.participants] for r in (organisation, office, counterpart)
    ]
    assert expected == actual


def test_a_pronoun_after_a_spokesman_named_as_the_agent_is_the_spokesman() -> None:
    """'… by the government spokesman Jan Kowal. He reiterated that Berg thanked …': He is a source,
    so the principal's clause inside is Berg's statement; so is one inside 'The official revealed'."""
    readout = _page(
        "Premier speaks with President",
        _LEAD,
        "The call was mentioned again at a press conference by the government spokesman Jan Kowal.",
        "He reiterated that Berg thanked Ruiz for her support.",
        "The official also revealed that Berg extended an invitation to Ruiz to visit Lisbon.",
    )
    expected = [
        (2, "tomas-berg", "thanked", "Ruiz for her support."),
        (3, "tomas-berg", "extended", "an invitation to Ruiz"),
    ]
    assert expected == _said(readout)


def test_another_states_office_holder_named_later_is_named() -> None:
    """'The US Ambassador … called on President X' then 'Ambassador Chung said', 'Julie Chung added':
    the principal is Julie Chung, and her statements are hers."""
    readout = _page(
        "US Ambassador meets President",
        "The US Ambassador to Portugal called on President Tomas Berg of Portugal on 3 March 2023.",
        "Commenting on the meeting, Ambassador Chung said the ferry plan was sound.",
        "“Relations will flourish,” Julie Chung added.",
    )
    participants = [(p.name, p.country) for p in readout.event.participants]
    expected_said = [
        (1, "julie-chung", "said", "the ferry plan was"),
        (2, "julie-chung", "added", "“Relations will flourish"),
    ]
    expected_participants = [("Julie Chung", "US"), ("Tomas Berg", "PT")]
    assert expected_participants == participants
    assert expected_said == _said(readout)


def test_an_office_holders_premises_are_no_place_and_held_at_in_a_city_is() -> None:
    """'at the President’s Office this morning' names no place; 'The meeting, held at the ministry
    headquarters in Lisbon, …' places the meeting in Lisbon."""
    office = _page(
        "Premier meets President",
        "A meeting was held between Prime Minister Ana Ruiz of Spain and President Tomas Berg of Portugal "
        "at the President’s Office this morning.",
    )
    held = _page(
        "Premier meets President",
        "Prime Minister Ana Ruiz of Spain met President Tomas Berg of Portugal today.",
        "The meeting, held at the ministry headquarters in Lisbon, was also an opportunity to talk.",
    )
    expected = [None, "Lisbon"]
    assert expected == [office.event.location, held.event.location]


def test_an_organisations_acronym_keeps_the_title_and_a_country_before_one_gives_nothing() -> None:
    """'… of the Organization of American States (OAS)' stays the whole title; '… for the Democratic
    People’s Republic of Korea (DPRK)' is no complement naming the person's country."""
    organisation = _page(
        "Secretary General meets Foreign Minister",
        "The Secretary General of the Organization of American States (OAS), Tomas Berg, met today with "
        "the Minister of Foreign Affairs of Chile, Ana Ruiz.",
    )
    envoy = _page(
        "Special Representative meets Foreign Minister",
        "Special Representative for the Democratic People’s Republic of Korea (DPRK) Tomas Berg of the "
        "United States met Foreign Minister Ana Ruiz of Chile today.",
    )
    expected = [
        ("Secretary General of the Organization of American States (OAS)", "OAS"),
        ("Special Representative for the Democratic People’s Republic of Korea (DPRK)", "US"),
    ]
    actual = [
        (r.event.participants[0].titles[0], r.event.participants[0].country) for r in (organisation, envoy)
    ]
    assert expected == actual


def test_a_relative_clause_on_a_principal_and_a_time_opening_a_sources_report_give_statements() -> None:
    """'…, who reaffirmed X' is the principal's statement; so is 'The spokesperson said that during
    the call Ruiz had acknowledged X, condemned Y'."""
    relative = _page(
        "Premier receives call",
        "Prime Minister Ana Ruiz of Spain on 3 March 2023 received a phone call from President Tomas Berg "
        "of Portugal, who reaffirmed the full solidarity of Portugal with Spain.",
    )
    source = _page(
        "Premier speaks with President",
        _LEAD,
        "The spokesperson said that during the call Ruiz had acknowledged the support of Portugal, "
        "condemned the war and discussed prices.",
    )
    expected = [
        (0, "tomas-berg", "reaffirmed", "the full solidarity of"),
        (1, "ana-ruiz", "acknowledged", "the support of Portugal"),
        (1, "ana-ruiz", "condemned", "the war"),
    ]
    assert expected == _said(relative) + _said(source)


def test_an_office_before_a_listed_portfolio_names_its_holder() -> None:
    """'Minister of Foreign Affairs, African Cooperation and Expatriates, X' is 'the minister' and
    'the FM' later."""
    readout = _page(
        "Minister holds talks",
        "Minister of Foreign Affairs, African Cooperation and Expatriates, Ana Ruiz, on 3 March 2023 held "
        "talks in Madrid with her Portuguese counterpart, Tomas Berg.",
        '"We discussed many topics," the minister noted, adding that the visit was welcome.',
        "The FM also stressed that the visit of the King was useful.",
    )
    expected = [
        (1, "ana-ruiz", "noted", '"We discussed many topics'),
        (2, "ana-ruiz", "stressed", "the visit of the"),
    ]
    assert expected == _said(readout)


def test_wrote_reports_and_a_name_before_a_bare_relative_clause_is_the_subject() -> None:
    """'…, Ruiz wrote on her page, Agency reports.' reports the sentence; 'wrote that' reports; 'wrote a
    letter' does not; 'Ruiz who received the call said X' is Ruiz's statement."""
    readout = _page(
        "Premier speaks with President",
        "Prime Minister Ana Ruiz of Spain held a telephone conversation with President Tomas Berg of "
        "Portugal on 3 March 2023, Ruiz wrote on her Twitter page, Trend reports.",
        "Berg wrote a letter to the families. Ruiz wrote that the ferry would run.",
        "Ruiz who received the call from the Portuguese President said Berg followed the floods closely.",
    )
    expected = [
        (0, "ana-ruiz", "wrote", "Prime Minister Ana Ruiz"),
        (1, "ana-ruiz", "wrote", "the ferry would run."),
        (2, "ana-ruiz", "said", "Berg followed the floods"),
    ]
    assert expected == _said(readout)


def test_a_headline_office_that_fits_no_principal_titles_the_one_untitled_principal() -> None:
    """'Prime Minister Meets Head of Office' over 'Ana Ruiz held a meeting with Tomas Berg, the Head of
    …': Ruiz is the Prime Minister, so 'The Prime Minister stressed' is hers."""
    readout = _page(
        "Prime Minister Meets Head of the Council of Europe Office",
        "Ana Ruiz held a meeting with Tomas Berg, the Head of the Council of Europe Office in Spain, on "
        "3 March 2023.",
        "The Prime Minister stressed the close cooperation with the Council of Europe.",
    )
    titles = [(p.name, p.titles) for p in readout.event.participants]
    expected_titles = [
        ("Ana Ruiz", ("Prime Minister",)),
        ("Tomas Berg", ("Head of the Council of Europe Office",)),
    ]
    assert expected_titles == titles
    expected_said = [(1, "ana-ruiz", "stressed", "the close cooperation with")]
    assert expected_said == _said(readout)


def test_a_prepositional_aside_after_the_subject_keeps_the_subject() -> None:
    """'Ruiz, in conversation with Macron and the President of Portugal Tomas Berg, agreed …' is Ruiz's."""
    readout = _page(
        "Premier speaks with President",
        _LEAD,
        "Ruiz, in conversation with Emmanuel Macron and the President of Portugal Tomas Berg, agreed to "
        "continue supporting Ukraine.",
    )
    expected = [(1, "ana-ruiz", "agreed", "to continue supporting Ukraine.")]
    assert expected == _said(readout)


def test_a_demonym_a_few_words_before_a_name_gives_its_country() -> None:
    """'new British Prime minister Ana Ruiz' (a title the name reader does not read) is GB, not the
    country the text names most."""
    readout = _page(
        "Prime Ministers speak",
        "Ukraine dominated Polish Prime Minister Tomas Berg's Saturday telephone conversation with new "
        "British Prime minister Ana Ruiz on 3 March 2023.",
        "Both prime ministers agreed that support for Ukraine and for Ukraine's army would go on.",
    )
    expected = [("Tomas Berg", "PL"), ("Ana Ruiz", "GB")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_a_headline_office_inside_a_complement_titles_no_one() -> None:
    """'… with Ana Ruiz, Diplomatic Adviser to the Prime Minister of Italy': the Prime Minister is
    someone else, so the untitled principal gets no such title."""
    readout = _page(
        "Readout of President Berg's Call with Ana Ruiz, Diplomatic Adviser to the Prime Minister of Italy",
        "President Tomas Berg of Portugal spoke with Ana Ruiz on 3 March 2023.",
    )
    expected = [("Tomas Berg", ("President",)), ("Ana Ruiz", ())]
    assert expected == [(p.name, p.titles) for p in readout.event.participants]
