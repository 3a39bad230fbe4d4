"""Participant families of issue #8, task fam26 (names and countries of the sides), each on invented text."""

from __future__ import annotations

import readoutlib


def _sides(*lines: str) -> list[tuple[str, str | None]]:
    readout = readoutlib.parse("\n\n".join(lines) + "\n")
    return [(p.name, p.country) for p in readout.event.participants]


def test_offices_of_many_countries_named_by_a_later_list() -> None:
    """'Foreign ministers of Chile, Norway and Japan held a video conference', then a later sentence
    '... said that Ana Ruiz, Lars Berg and Kenji Sato met ...': the offices are those three people, in
    that order, not three nameless "Foreign Minister"s."""
    sides = _sides(
        "Chile, Norway, Japan hold video conference",
        "Foreign ministers of Chile, Norway and Japan held a video conference to discuss fisheries "
        "on 4 June.",
        "The Chilean Foreign Ministry said in a statement that Ana Ruiz, Lars Berg and Kenji Sato "
        "gathered online to review the results of an earlier summit.",
    )
    assert sides == [("Ana Ruiz", "CL"), ("Lars Berg", "NO"), ("Kenji Sato", "JP")]


def test_a_topic_discussed_as_two_people_met() -> None:
    """'Closer trade ties was one topic discussed as Ambassador X met with Minister Y': the passive
    "discussed" has no subject; the meeting is the clause after "as", with both its sides (en-o,
    Trinidad's Communications Minister)."""
    sides = _sides(
        "Indian Ambassador meets Minister",
        "Closer trade ties was one topic discussed as India’s Ambassador Ravi Kumar today met with "
        "Communications Minister Anna Berg.",
        "Minister Berg said she looked forward to working together.",
    )
    assert [name for name, _ in sides] == ["Ravi Kumar", "Anna Berg"]


def test_a_subject_that_discussed_keeps_its_own_clause() -> None:
    """'X discussed trade as Y met Z' is not rewritten: the first clause has its own subject."""
    sides = _sides(
        "Ambassador meets Minister",
        "Ambassador Ravi Kumar discussed trade with Minister Anna Berg as the fair opened on 3 May 2023.",
    )
    assert [name for name, _ in sides] == ["Ravi Kumar", "Anna Berg"]


def test_credentials_presented_without_a_possessive() -> None:
    """'Ambassador X has presented Letter of Credence to President Y of Kenya': the envoy's audience
    with no "his" before the letter is the opening all the same, with both its sides (en-o, New Mail)."""
    readout = readoutlib.parse(
        "Nigerian High Commissioner to Kenya, Ambassador Ola Bakare has presented Letter of Credence to "
        "President Jomo Otieno of Kenya.\n\nThe ceremony took place at State House, Nairobi, on Friday, "
        "August 18, 2017.\n\nAmbassador Bakare expressed confidence in the ties between the two countries.\n"
    )
    sides = [(p.name, p.country) for p in readout.event.participants]
    assert sides == [("Ola Bakare", "NG"), ("Jomo Otieno", "KE")]
    assert readout.event.kind.value == "meeting"
    assert not any(s.verb == "presented" for s in readout.statements)


def test_the_same_office_on_both_sides_of_and_is_two_people() -> None:
    """'The Prime Minister and Prime Minister Lind met': one office twice is two people, the
    publisher's own and the guest, not one "Prime Minister and Prime Minister Lind" (en-n, the White
    House's "The President and President Kikwete met")."""
    readout = readoutlib.parse(
        "The Prime Minister and Prime Minister Ana Lind of Norway met this afternoon in Oslo and "
        "discussed trade.\n"
    )
    sides = [(p.name, p.titles) for p in readout.event.participants]
    assert sides == [("The Prime Minister", ("Prime Minister",)), ("Ana Lind", ("Prime Minister",))]


def test_each_host_a_traveller_meets_later_in_the_visit() -> None:
    """'Foreign Minister X visited Colombia …', a meeting with the foreign minister, then two paragraphs
    on 'Minister X was received by the Colombian President Y': both hosts are sides of the visit
    (en-j, Türkiye's account of a Latin America trip), and so is a minister met later at a luncheon
    (fam147: a trip's every meeting is part of the visit; en-b's gold aligned)."""
    sides = _sides(
        "Foreign Minister Omar Demir visited Colombia on 26-27 April 2022 in order to hold bilaterals "
        "within the scope of his Latin America trip.",
        "On his first day in Bogota, Minister Demir had a meeting with Lucia Vargas, Minister of Foreign "
        "Affairs of Colombia, and discussed bilateral relations.",
        "Minister Demir emphasized that agreements were signed in the fields of education and sports.",
        "On April 27, Minister Demir was received by the Colombian President Pablo Rojas together with "
        "the Ministers of Health and Trade of Colombia.",
        "Minister Demir noted that cooperation would grow.",
        "Later, Minister Demir met with Ana Soto, Minister of Tourism of Colombia, at a working luncheon.",
    )
    assert [name for name, _ in sides] == ["Omar Demir", "Lucia Vargas", "Pablo Rojas", "Ana Soto"]


def test_a_call_readout_adds_no_later_meeting() -> None:
    """A phone call's readout that later recalls another meeting adds nobody: only a visit's later
    meetings are its own."""
    sides = _sides(
        "Foreign Minister Omar Demir held a phone call with Foreign Minister Lucia Vargas of Colombia "
        "on 3 May 2023.",
        "The ministers discussed trade and the situation in the region.",
        "Last year Minister Demir was received by President Pablo Rojas in Bogota.",
    )
    assert [name for name, _ in sides] == ["Omar Demir", "Lucia Vargas"]


def test_a_lowercase_office_with_its_demonym_opens_as_a_side() -> None:
    """'The Indian premier phoned Prime Minister X': a news page's lowercase office after a demonym is
    the caller, an Indian side named by the headline's family name and the body's full name (en-h,
    the Observer's account of a call from India's prime minister)."""
    sides = _sides(
        "Kumar phones Lind, pledges to work together",
        "The Indian premier phoned Prime Minister Ana Lind around 5:50 pm and extended greetings to her "
        "and the people of Norway.",
        "The Norwegian prime minister also extended greetings to Ravi Kumar and the people of India.",
    )
    assert sides == [("Ravi Kumar", "IN"), ("Ana Lind", "NO")]


def test_a_he_after_a_closing_source_is_the_source() -> None:
    """'…, the press secretary said.' then 'During the call, he said, both leaders …': the "he" is the
    press secretary, no principal, so no statement of a principal is read there (en-h, the
    Observer)."""
    readout = readoutlib.parse(
        "Prime Minister Ravi Kumar of India phoned Prime Minister Ana Lind of Norway on 3 May 2023.\n\n"
        "The Norwegian prime minister extended greetings to Ravi Kumar and the people of India, the "
        "press secretary said.\n\n"
        "During the telephone conversation, he said, both the leaders mentioned that their governments "
        "had taken initiatives on food production.\n"
    )
    said = [s for s in readout.statements if s.paragraph == 2 and s.verb == "said"]
    assert said == []
