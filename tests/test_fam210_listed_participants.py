"""Participants of many-sided readouts listed after a group noun or in a sentence of their own (fam210,
issue #8; each seen failing first on main be1ce4d5). People, places and events are invented."""

from __future__ import annotations

import readoutlib

_URL = "https://example.org/news/2031/04/12/ministers-meeting.html"


def _people(page: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readoutlib.parse(page, url=_URL).event.participants]


def test_participants_listed_in_a_sentence_of_their_own() -> None:
    """ "Participants at Monday's meeting were A, B and C": each listed minister is a principal, of the
    country his demonym gives."""
    page = (
        "Foreign Minister Tomas Varga and the foreign ministers of the Danube states met with Austrian "
        "Foreign Minister Karl Lindner in Vienna on Monday.\n\n"
        "Varga thanked Lindner for hosting the meeting.\n\n"
        "Participants at Monday's meeting, at Lindner's invitation, were Hungarian Foreign Minister Tomas "
        "Varga, Slovak Foreign Minister Peter Kollar, Croatian Foreign Minister Ivan Horvat and Serbian "
        "Deputy Foreign Minister Marko Ilic.\n"
    )
    names = [name for name, _ in _people(page)]
    assert {"Peter Kollar", "Ivan Horvat", "Marko Ilic"} <= set(names)
    assert ("Ivan Horvat", "HR") in _people(page)


def test_attending_the_meeting_were() -> None:
    """ "Attending the meeting were A, B, and C": the officials the opening left unnamed."""
    page = (
        "Officials from Chile, Peru and Ecuador on Friday met in Lima to discuss fisheries.\n\n"
        "Attending the meeting were Chile's Vice Foreign Minister Ana Rojas, Peru's Deputy Minister "
        "Luis Quispe, and Ecuador's Vice Foreign Minister Jorge Mera, said a joint statement.\n"
    )
    names = [name for name, _ in _people(page)]
    assert {"Ana Rojas", "Luis Quispe", "Jorge Mera"} <= set(names)


def test_also_attending_names_no_participant() -> None:
    """ "Also attending the meeting were …" names the sides' company, not principals."""
    page = (
        "Foreign Minister Tomas Varga met with Austrian Foreign Minister Karl Lindner in Vienna on "
        "Monday.\n\n"
        "Also attending the meeting were Deputy Minister Peter Kollar and Ambassador Ivan Horvat.\n"
    )
    names = [name for name, _ in _people(page)]
    assert "Peter Kollar" not in names and "Ivan Horvat" not in names


def test_third_parties_with_the_participation_of() -> None:
    """ "between A and B, with the mediation and participation of C (Country), D (Country) and E": the
    mediators are principals too, of the bracketed countries."""
    page = (
        "A video conference was held on Tuesday between Sylvanian Foreign Minister Ivo Marek and "
        "Borduran Foreign Minister Emil Dravo, with the mediation and participation of Group Co-Chairs "
        "Pavel Orlov (Russia), Jean Morel (France) and Envoy Anna Berg.\n\n"
        "The ministers discussed the ceasefire.\n"
    )
    people = _people(page)
    names = [name for name, _ in people]
    assert {"Pavel Orlov", "Jean Morel", "Anna Berg"} <= set(names)
    assert ("Pavel Orlov", "RU") in people and ("Jean Morel", "FR") in people


def test_leaders_listed_after_these_included() -> None:
    """ "held bilateral meetings with several other leaders … These included A, B and C"."""
    page = (
        "Prime Minister Tan Wei Ming held bilateral meetings with several other leaders on the sidelines "
        "of the summit in Rome.\n\n"
        "These included Australian PM Jack Harlow, Dutch PM Pieter de Vries and Irish PM Sean Byrne.\n"
    )
    names = [name for name, _ in _people(page)]
    assert {"Jack Harlow", "Pieter de Vries", "Sean Byrne"} <= set(names)


def test_presidents_taking_part_in_it_and_a_state_represented_by() -> None:
    """ "Presidents A of P, B of Q, C of R are taking part in it. … S is represented by D": the
    gathering's members, a comma list with no "and", and the one a state sent."""
    page = (
        "ASTANA. KAZINFORM - The heads of the Caspian states are holding a working meeting in Astana.\n\n"
        "Presidents Arman Seitov of Kazakhstan, Dmitri Volkov of Russia, Reza Karimi of Iran are taking "
        "part in it. Azerbaijan is represented by Leyla Aliyeva, the Speaker of the Parliament.\n\n"
        '"We meet to solve our own issues," Arman Seitov said.\n'
    )
    people = _people(page)
    names = [name for name, _ in people]
    assert {"Arman Seitov", "Dmitri Volkov", "Reza Karimi", "Leyla Aliyeva"} <= set(names)
    assert ("Leyla Aliyeva", "AZ") in people


def test_callers_of_a_counted_group_told_one_by_one() -> None:
    """ "Three leaders have called President X", then each caller's own call: each is a principal."""
    page = (
        "Three African leaders have called President Kofi Mensah to wish him good health.\n\n"
        "According to his spokesman, President of Kenya, Daniel Kamau called on Tuesday to wish Mensah "
        "well.\n\n"
        "Also, President Musa Camara of Senegal in a goodwill phone call to President Mensah, thanked "
        "Ghana for its support.\n\n"
        "President Ali Hassan of Tanzania called President Mensah on the same day.\n"
    )
    names = [name for name, _ in _people(page)]
    assert {"Kofi Mensah", "Daniel Kamau", "Musa Camara", "Ali Hassan"} <= set(names)


def test_in_attendance_for_the_summit_was_a_semicolon_list() -> None:
    """ "In attendance for the Leaders' Summit aside from A was B; C and D": each listed leader."""
    page = (
        "Four island leaders, including our Prime Minister Hon. Tomas Kerei, concluded the 9th Coral Sea "
        "Leaders Summit in Port Vila yesterday after discussions on fisheries.\n\n"
        "In attendance for the Leaders' Summit aside from Prime Minister Tomas Kerei was Vanuatu's Prime "
        "Minister, Hon. Jean Tabi; Fiji's Prime Minister, Hon. Sefo Nadi and Samoa's Prime Minister, Hon. "
        "Lani Tuala.\n\n"
        "Prime Minister Kerei commended the meeting.\n"
    )
    names = [name for name, _ in _people(page)]
    assert {"Tomas Kerei", "Jean Tabi", "Sefo Nadi", "Lani Tuala"} <= set(names)


def test_met_several_leaders_then_each_meeting_but_not_one_to_come() -> None:
    """ "met several world leaders", then "met A and B", "also met C": principals; "will also have a
    discussion with D" is a meeting still to come, no principal."""
    page = (
        "LONDON: Prime Minister Ravi Sharma on Thursday met several world leaders in London on the sidelines "
        "of the summit.\n\n"
        "Prime Minister Sharma met his Fijian counterpart Jone Vula and Kenyan President Peter Otieno.\n\n"
        "He also met Ghanaian President Kwame Boateng and interacted with him.\n\n"
        "The Prime Minister will also have a one-on-one discussion with Australian Prime Minister "
        "Liam Ward.\n"
    )
    names = [name for name, _ in _people(page)]
    assert {"Ravi Sharma", "Jone Vula", "Peter Otieno", "Kwame Boateng"} <= set(names)
    assert "Liam Ward" not in names


def test_a_group_met_in_the_lead_before_a_later_opening() -> None:
    """The lead's "rounded off the summit with bilateral meetings with several other leaders" is no
    event clause, and the opening is a later call; "These included A, B and C" still lists them."""
    page = (
        "ROME • Prime Minister Tan Wei Ming rounded off the summit with bilateral meetings with several "
        "other leaders on the sidelines.\n\n"
        "These included Australian PM Jack Harlow, Dutch PM Pieter de Vries and Irish PM Sean Byrne.\n\n"
        "PM Tan also called on French President Paul Girard.\n"
    )
    names = [name for name, _ in _people(page)]
    assert {"Jack Harlow", "Pieter de Vries", "Sean Byrne", "Paul Girard"} <= set(names)


def test_attending_were_also_names_no_participant() -> None:
    """ "Attending the meeting were also A and B": the sides' company, as "Also attending"."""
    page = (
        "Foreign Minister Tomas Varga met with Austrian Foreign Minister Karl Lindner in Vienna on "
        "Monday.\n\n"
        "Attending the meeting were also Deputy Minister Peter Kollar and Ambassador Ivan Horvat.\n"
    )
    names = [name for name, _ in _people(page)]
    assert "Peter Kollar" not in names and "Ivan Horvat" not in names
