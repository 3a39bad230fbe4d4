"""Name and country families the feed and bulk checks of issue #8 found, each on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import scan_people

Found = list[tuple[str | None, str | None, tuple[str, ...]]]


def _scan(sentence: str) -> Found:
    return [(m.name, m.country, m.titles) for m in scan_people(sentence).people]


def _sides(*lines: str) -> list[tuple[str | None, str | None]]:
    readout = readoutlib.parse("\n\n".join(lines) + "\n")
    return [(p.name, p.country) for p in readout.event.participants]


def test_an_office_for_a_field_ends_before_the_name() -> None:
    """'Adviser for International Economics Dana Berg': the field is the office's, not the name's."""
    expected: Found = [("Dana Berg", None, ("Deputy Adviser for International Economics",))]
    assert expected == _scan("Deputy Adviser for International Economics Dana Berg visited Lima.")


def test_an_office_for_a_hemisphere_set_off_by_a_comma() -> None:
    """'Secretary of State for Western Hemisphere Affairs, Dana Berg': one office, one person."""
    expected: Found = [("Dana Berg", None, ("Assistant Secretary of State for Western Hemisphere Affairs",))]
    assert expected == _scan(
        "Assistant Secretary of State for Western Hemisphere Affairs, Dana Berg, met the envoy."
    )


def test_official_is_no_given_name() -> None:
    """'Senior Bureau Official Ana Ruiz' is Ana Ruiz; 'an Official Visit' names no office-holder."""
    expected: Found = [("Ana Ruiz", None, ())]
    assert expected == _scan("Bureau of Refugees Senior Bureau Official Ana Ruiz visited Lima.")
    sides = [("Tomas Berg", "CL"), ("Ana Ruiz", "PE")]
    assert sides == _sides(
        "Minister Berg concludes Official Visit to Peru",
        "The Minister of Foreign Affairs of Chile, Mr Tomas Berg, concluded an Official Visit to Peru on"
        " Monday, 24 March 2025, where he held talks with his counterpart, the Minister for Foreign Affairs"
        " of Peru, Ms Ana Ruiz, in Lima.",
    )


def test_a_month_of_observance_names_nobody() -> None:
    """'Black History Month' is a month, not a person called History Month."""
    nobody: Found = []
    assert nobody == _scan("The President hosted a convening as part of Black History Month celebrations.")


def test_a_headline_that_visits_a_place_names_nobody() -> None:
    """'Visiting Vostochny Cosmodrome' is a trip to a spaceport, not a participant."""
    nobody: Found = []
    assert nobody == _scan("Visiting Vostochny Cosmodrome")


def test_a_style_between_two_name_words_is_part_of_the_name() -> None:
    """'President Omar Sheikh Haddad' is one man; the style before a name is still a title."""
    expected: Found = [("Omar Sheikh Haddad", None, ("President",)), ("Ali", None, ("Sheikh",))]
    assert expected == _scan("President Omar Sheikh Haddad met Sheikh Ali.")


def test_a_country_set_off_by_commas_before_a_title_is_where_not_whose() -> None:
    """'visit to Mogadishu, Somalia, Under Secretary X': Somalia is the place, not X's country."""
    expected: Found = [("Ana Ruiz", None, ("Under Secretary for Political Affairs",))]
    assert expected == _scan(
        "During her visit to Mogadishu, Somalia, Under Secretary for Political Affairs Ana Ruiz"
        " met the envoy."
    )


def test_the_head_of_an_international_body_gets_no_country_from_the_text() -> None:
    """The president of an international federation is of no state, however often the text names one."""
    expected = [("Ana Ruiz", "CL"), ("Tomas Berg", None)]
    assert expected == _sides(
        "Meeting with President of the International Federation of Red Cross and Red Crescent Societies"
        " Tomas Berg",
        "President Ana Ruiz had a meeting, via videoconference, with President of the International"
        " Federation of Red Cross and Red Crescent (IFRC) Societies Tomas Berg.",
        "President of Chile Ana Ruiz: Mr Berg, the Chilean Red Cross and Chilean volunteers helped in Chile"
        " during the floods in Chile.",
    )


def test_the_country_a_subject_visits_is_the_hosts() -> None:
    """'X visited Mogadishu, Somalia, and met with Y': Somalia is Y's, however often the text names it."""
    expected = [("Ana Ruiz", "US"), ("Omar Haddad", "SO")]
    assert expected == _sides(
        "Support for Somalia",
        "On June 13, Under Secretary for Political Affairs Ana Ruiz visited Mogadishu, Somalia, and met with"
        " President Omar Haddad to offer U.S. support for his reform agenda. The Under Secretary also"
        " expressed continued U.S. support for Somali efforts.",
        "As Somalia faces drought, Under Secretary Ruiz held a round table with UN agencies in Somalia."
        " The Under Secretary noted U.S. plans to provide aid for Somalia.",
    )


def test_a_companion_of_the_traveller_is_of_the_travellers_country() -> None:
    """'X traveled to Atlanta and Macon, Georgia, along with Y': Y is X's, not Georgia's."""
    expected = [("Tomas Berg", "US"), ("Ana Ruiz", "US")]
    assert expected == _sides(
        "Readout of Deputy Secretary Meetings in Atlanta, Georgia",
        "On Thursday, Deputy Secretary of State Tomas Berg of the United States traveled to Atlanta and"
        " Macon, Georgia, along with Senior Adviser Ana Ruiz, and met with resettlement agency staff.",
        "Deputy Secretary Berg discussed the role of Georgia communities and Georgia partners in welcoming"
        " refugees.",
    )


def test_offices_set_off_after_a_name_are_that_persons() -> None:
    """'Ana Ruiz, Assistant to the President and National Economic Advisor convened': one person."""
    readout = readoutlib.parse(
        "Readout of White House Meeting on Competition Policy\n\n"
        "Yesterday, Ana Ruiz, Assistant to the President and National Economic Advisor convened a meeting"
        " with stakeholders to discuss competition in markets.\n\n"
        "In the meeting, participants discussed the risks of concentration.\n"
    )
    expected = [("Ana Ruiz", ("Assistant to the President and National Economic Advisor",))]
    assert expected == [(p.name, p.titles) for p in readout.event.participants]


def test_a_meeting_chaired_by_two_people_has_them_as_sides() -> None:
    """'It was chaired by X and Y' names the sides of a meeting whose opening names nobody."""
    expected = [("Ana Ruiz", "CL"), ("Tomas Berg", "PE")]
    assert expected == _sides(
        "Joint Statement on the Meeting of the Chile-Peru Working Group on Trade",
        "The first meeting of the Chile-Peru Working Group on Trade took place yesterday, May 25, in Lima,"
        " Peru. It was chaired by Chilean Deputy Minister for Trade, Ana Ruiz and Peru's Secretary of State"
        " for the Pacific, the Andes and Peruvians Abroad, Tomas Berg. Representatives of the ministries"
        " also participated.",
        "The meeting confirmed that both countries share the priorities of supporting trade.",
    )


def test_the_joint_subject_before_an_opening_that_names_nobody() -> None:
    """'X and President of B Y arrived at …', then 'The presidents of A and B visited …': X and Y."""
    expected = [("Tomas Berg", "PE"), ("Ana Ruiz", "CL")]
    assert expected == _sides(
        "Visiting the Spaceport",
        "On Navy Day, Tomas Berg and President of the Republic of Chile Ana Ruiz arrived at the spaceport.",
        "Both leaders flew over the territory in a helicopter and assessed the construction of the"
        " spaceport. The presidents of Peru and Chile subsequently visited the construction sites of a"
        " command centre.",
    )


def test_the_sides_of_the_sentence_after_a_lone_traveller() -> None:
    """'X traveled to Lima.' then 'She and Ambassador Y met with President Z': Y is with X, Z hosts."""
    expected = [("Ana Ruiz", "US"), ("Tomas Berg", "US"), ("Omar Haddad", "PE")]
    assert expected == _sides(
        "Readout of Homeland Security Advisor Ana Ruiz's Trip to Peru",
        "On June 10-11, Homeland Security Advisor Ana Ruiz traveled to Lima. On June 10, she and U.S."
        " Ambassador to Peru Tomas Berg met with President Omar Haddad. They discussed joint efforts to"
        " reduce irregular migration between Peru and the United States.",
        "Peru and the United States will meet again in Lima in Peru.",
    )


def test_a_trips_destination_is_its_place_words_only() -> None:
    """'traveled to Chile, May 3-5, to reaffirm ties between Chile and the United States': only Chile."""
    expected = [("Ana Ruiz", "US"), ("Lena Holt", "CL")]
    assert expected == _sides(
        "Under Secretary Ruiz's Travel to Chile",
        "Under Secretary of State Ana Ruiz traveled to Chile, May 3-5, to reaffirm the close ties between"
        " Chile and the United States. During the visit, she met with Foreign Minister Lena Holt.",
        "The Under Secretary welcomed Chile's view on the summit and the U.S. and Chile partnership in"
        " Chile.",
    )


def test_a_trip_with_no_host_named_gives_the_travellers_no_country_from_its_topics() -> None:
    """Envoys who visited Saudi Arabia for Yemen talks are of neither: with no host, no guess."""
    expected = [("Ana Ruiz", None), ("Tomas Berg", None)]
    assert expected == _sides(
        "Readout on Senior Official Travel to Saudi Arabia",
        "Coordinator for the Middle East Ana Ruiz and Special Coordinator for Energy Security Tomas Berg"
        " visited Saudi Arabia April 13 and 14 for Yemen-related engagements.",
        "They discussed the truce in Yemen, the humanitarian needs of Yemen and the future of Yemen.",
    )


def test_counterparts_take_no_side_after_an_opening_that_named_two() -> None:
    """'During the telephone conversation, X congratulated Y' then 'The President of A also sent …':
    X is not given Y's country; the later office is X's (no second principal: test_bugs8_families)."""
    expected = [("Tomas Berg", "CL"), ("Ana Ruiz", "PE")]
    assert expected == _sides(
        "Telephone conversation with President of Peru Ana Ruiz",
        "During the telephone conversation, Tomas Berg warmly congratulated President of the Republic of"
        " Peru Ana Ruiz on her convincing victory during the presidential elections. The President of"
        " Chile also sent a message of greetings to Ana Ruiz.",
    )


def test_the_hosts_of_a_trip_to_one_country_are_of_it() -> None:
    """'X visited Peru and met President Y and Foreign Minister Z': Y and Z are both Peru's."""
    expected = [("Ana Ruiz", "US"), ("Omar Haddad", "PE"), ("Lena Holt", "PE")]
    assert expected == _sides(
        "Secretary Ruiz's Visit to Peru",
        "Secretary of State Ana Ruiz visited Peru and met with President Omar Haddad and Foreign Minister"
        " Lena Holt to discuss U.S. support for the reform agenda.",
        "The Secretary reaffirmed U.S. support and the partnership between the people of the U.S. and"
        " the people of Peru.",
    )


def test_someone_who_joined_the_travellers_is_one_of_them() -> None:
    """'X visited Saudi Arabia, joined for Yemen talks by Y': Y travels with X, and hosts nothing."""
    expected = [("Ana Ruiz", None), ("Lena Holt", None)]
    assert expected == _sides(
        "Readout on Senior Official Travel to Saudi Arabia",
        "Coordinator for the Middle East Ana Ruiz visited Saudi Arabia April 13 and 14, joined for"
        " Yemen-related engagements by Special Envoy Lena Holt.",
        "They discussed the truce in Yemen, the humanitarian needs of Yemen and the future of Yemen.",
    )
