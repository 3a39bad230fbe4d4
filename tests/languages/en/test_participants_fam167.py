"""Participants of many-sided pages and offices (round fam167 of issue #8): invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n")


def _sides(readout: Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


_BALTIC = [("The Foreign Minister", "EE"), ("The Foreign Minister", "LV"), ("The Foreign Minister", "LT")]


def test_a_plural_office_from_a_counted_list_of_countries_is_one_side_per_country() -> None:
    """'… hosted on Friday a convening of the foreign ministers from five Central Asian countries,
    including A, B, …' (Anadolu, en-ap C5+1): "from" lists the countries as "of" does, a count of
    countries may stand before the list ("including", "namely", a colon), and a time or a gathering
    may stand between the verb and the group."""
    for lead in (
        "Spanish Foreign Minister Ana Ruiz held a call with the foreign ministers from Estonia, Latvia"
        " and Lithuania.",
        "Spanish Foreign Minister Ana Ruiz hosted on Monday a meeting of the foreign ministers from three"
        " Baltic countries, including Estonia, Latvia, and Lithuania, the ministry said.",
        "Spanish Foreign Minister Ana Ruiz met today with the foreign ministers of three Baltic states:"
        " Estonia, Latvia and Lithuania.",
    ):
        readout = _parse("Ministers meet in Madrid", lead, "They discussed energy links in the region.")
        assert _sides(readout) == [("Ana Ruiz", "ES"), *_BALTIC]


def test_a_plural_office_of_one_country_stays_no_group() -> None:
    """One country after the count is no list: the group pattern wants two or more."""
    lead = (
        "Spanish Foreign Minister Ana Ruiz met today with the foreign ministers of three states,"
        " including Estonia."
    )
    readout = _parse("Ministers meet in Madrid", lead, "They discussed energy links in the region.")
    assert _sides(readout) == [("Ana Ruiz", "ES")]


def test_a_lone_surname_subject_with_the_event_inside_its_predicate_is_the_full_name() -> None:
    """'Prime Minister, Sitiveni Rabuka is confident …' as the page's first line, then 'Rabuka
    highlighted this following an introductory call from …' (FBC, en-ai): the opening's subject is a
    surname alone and the call sits inside its predicate; the one full name the page gives that
    surname is the side, and the sentences he leads are his."""
    page = (
        "\nPrime Minister, Ana Ruiz is confident that Spain and Chile will open new chances for all.",
        "Ruiz highlighted this following an introductory call from Chilean Ambassador Pedro Soto yesterday.",
        "Ruiz thanked Soto and his team for the chance to discuss trade.",
    )
    readout = _parse(*page)
    assert _sides(readout) == [("Ana Ruiz", "ES"), ("Pedro Soto", "CL")]
    # "is confident that" reports, as en-ai's gold counts it (fam232)
    assert [s.verb for s in readout.statements if s.speaker == "ana-ruiz"] == ["is confident", "thanked"]
    # two people the page calls by that surname: neither is the side
    other = (*page, "Marta Ruiz, his adviser, also attended.")
    assert [p.name for p in _parse(*other).event.participants] == ["Pedro Soto"]


def test_a_verb_whose_object_only_points_back_reports_nothing() -> None:
    """'Rabuka highlighted this following an introductory call …' (FBC, en-ai), 'X relayed this during a
    courtesy call …' (SIBC, en-x): "this" and then the occasion carries no content of its own (the
    content came before), so the gold holds no statement there; the statements around it stay."""
    readout = _parse(
        "Ministers meet in Madrid",
        "Spanish Foreign Minister Ana Ruiz met Chilean Foreign Minister Pedro Soto in Madrid on Monday.",
        "Ruiz said trade between Spain and Chile would grow.",
        "Ruiz stressed this during a press conference after the meeting.",
        "Soto said Chile welcomed more investment.",
    )
    assert [(s.speaker, s.verb) for s in readout.statements] == [("ana-ruiz", "said"), ("pedro-soto", "said")]


def test_the_members_a_gathering_s_next_sentences_name_are_its_sides() -> None:
    """'Leaders of the G20 … held the Extraordinary Virtual Summit …', then 'A, B, … and F attended the
    conference' and 'the meeting was chaired by X' (NewsUM, en-aj); 'The first … level meeting was held
    … between A, B and C', then 'held under the chairmanship of A's … X. B's … Y and C's … Z
    participated in the meet' (en-am): an opening that names no one, then its chair and its
    attendees named: those are the sides, in the order told, each of the country its own list item
    gives; the opening's office word ("the Special Remote Summit") is no one."""
    readout = _parse(
        "Summit: ministers agree to act on floods",
        "Ministers of the Rivers Forum held the Special Remote Summit on 3 May to agree a plan on floods.",
        "The meeting was attended by ministers of nine nations. Spanish Minister Ana Ruiz, Chilean"
        " Minister Pedro Soto and Peruvian Minister Rosa Vela attended the conference.",
        "The meeting was chaired by Finnish Minister Pekka Virtanen, who holds the forum's chair this year.",
    )
    assert _sides(readout) == [
        ("Ana Ruiz", "ES"),
        ("Pedro Soto", "CL"),
        ("Rosa Vela", "PE"),
        ("Pekka Virtanen", "FI"),
    ]
    readout = _parse(
        "Three states hold first river talks",
        "The first river commission level meeting was held online between Spain, Chile and Peru on Monday.",
        "The meeting was held under the chairmanship of Spain's water chief Ana Ruiz. Chile's deputy"
        " commissioner Pedro Soto and Peru's head of the river office Rosa Vela participated in the meet.",
    )
    assert _sides(readout) == [("Ana Ruiz", "ES"), ("Pedro Soto", "CL"), ("Rosa Vela", "PE")]


def test_a_list_of_countries_each_followed_by_its_member_gives_each_its_country() -> None:
    """'The presidents of A, B, C and D … met today …', then 'The presidents of A, W, B, X, C, Y and D,
    Z participated in the Business Summit …' (La Oferta, en-aw): each member is of the country
    before it in the list."""
    readout = _parse(
        "Leaders of the river bloc meet",
        "The presidents of Spain, Chile and Peru, the members of the River Bloc, met today in Lima.",
        "The presidents of Spain, Ana Ruiz, Chile, Pedro Soto and Peru, Rosa Vela took part in the"
        " Trade Summit of the bloc, held before its main summit.",
    )
    assert _sides(readout) == [("Ana Ruiz", "ES"), ("Pedro Soto", "CL"), ("Rosa Vela", "PE")]


def test_people_who_also_attended_a_meeting_are_no_members() -> None:
    """'X and Y also attended the meeting': those who came with a side, not the gathering's members."""
    readout = _parse(
        "Two ministries hold talks",
        "The foreign ministries of Spain and Chile held consultations in Madrid on Monday.",
        "Spanish adviser Ana Ruiz and Chilean adviser Pedro Soto also attended the meeting.",
    )
    assert ("Ana Ruiz", "ES") not in _sides(readout)


def test_a_pronoun_after_a_fronted_participle_is_the_person_named_before() -> None:
    """'(Agency / News-Sept 30th, 2022) Finance Minister X has reaffirmed …', then 'Talking to Y in a
    virtual meeting on Thursday, he said …' (UrduPoint, en-aq): the event is told by a fronted
    participle, its main subject is "he", who is the person the paragraph before names; a name
    inside a dateline's brackets is none."""
    readout = _parse(
        "Minister holds talks with lender",
        "MADRID: (Iberia Wire / Spain Point News-Sept 3rd, 2024) Finance Minister Ana Ruiz has restated the"
        " government's pledge to reform the tax system.",
        "Talking to Lender Mission Head Pedro Soto in a virtual meeting on Friday, she said that the"
        " government would cut the deficit.",
        "Soto said the lender would keep backing the reforms.",
    )
    assert [p.name for p in readout.event.participants] == ["Ana Ruiz", "Pedro Soto"]
    assert [s.speaker for s in readout.statements][:2] == ["ana-ruiz", "ana-ruiz"]


def test_a_long_office_set_off_by_commas_then_the_name_names_the_office() -> None:
    """'… held a bilateral meeting with Minister for Foreign Affairs, African Integration and the Diaspora
    of the Republic of Côte d’Ivoire, Kandia Camara …' (Lusaka Times, en-av): a country's own lowercase
    word ("d’Ivoire") does not end the office's description, so the name after it holds the office
    rather than "The Minister for Foreign Affairs" standing alone."""
    readout = _parse(
        "Ministers meet in Madrid",
        "Spanish Foreign Minister Ana Ruiz on Monday held a meeting with Minister for Foreign Affairs, Trade"
        " and Diaspora of the Republic of Côte d\u2019Ivoire, Awa Kone in Madrid.",
        "The two ministers discussed trade.",
    )
    assert _sides(readout) == [("Ana Ruiz", "ES"), ("Awa Kone", "CI")]


def test_the_bearer_of_a_letter_is_the_side_met_not_its_sender() -> None:
    """'King X on Monday received a letter from Emir Y, delivered by Foreign Minister Z' (Jordan News
    Gazette, en-as): Z came and was met; Y only wrote. Sender and bearer may share a family name."""
    readout = _parse(
        "King receives letter",
        "President Ana Ruiz on Monday received a letter from Chilean President Pedro Soto Vela, delivered by"
        " Chilean Foreign Minister Rosa Soto Vela.",
        "During the meeting, the two discussed trade.",
    )
    assert [p.name for p in readout.event.participants] == ["Ana Ruiz", "Rosa Soto Vela"]


def test_a_counted_group_met_is_one_side_per_country_its_paragraph_lists() -> None:
    """'… met today with four Central Asian foreign ministers … Welcoming ministers from A, B, C and D,
    the Secretary regretted that the Foreign Minister of E was unable …' (State, en-ap): the count the
    opening gives and the countries the paragraph lists agree, so each is a side named by the office;
    a list of another length names no one."""
    lead = (
        "Spanish Foreign Minister Ana Ruiz met today with three Baltic foreign ministers in Vienna. Greeting"
        " ministers from Estonia, Latvia and Lithuania, the Minister regretted that the Foreign Minister of"
        " Finland could not come."
    )
    readout = _parse("Minister meets Baltic counterparts", lead, "They discussed energy links in the region.")
    assert _sides(readout) == [("Ana Ruiz", "ES"), *_BALTIC]
    readout = _parse(
        "Minister meets Baltic counterparts",
        lead.replace("three Baltic", "four Baltic"),
        "They discussed energy links in the region.",
    )
    assert _sides(readout) == [("Ana Ruiz", "ES")]
