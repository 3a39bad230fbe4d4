"""Known participant and statement bugs of the real bulk pages, each as a family on invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.languages.en import _author
from readoutlib.languages.en.participants import Principal, _clause_sides, to_participants

Parts = list[tuple[str, str | None, tuple[str, ...]]]


def _participants(page: str) -> Parts:
    readout = readoutlib.parse(page)
    return [(p.name, p.country, p.titles) for p in readout.event.participants]


def _statements(page: str) -> list[tuple[str, str, str]]:
    readout = readoutlib.parse(page)
    return [(s.speaker, s.verb, s.text[:30]) for s in readout.statements]


def test_later_office_is_the_untitled_principal_before_it() -> None:
    """'The President of Russia' found after the untitled 'Ivan Petrov' is Petrov, not a second man."""
    page = (
        "Telephone conversation with President of Kazakhstan Omar Haddad\n\n"
        "During the telephone conversation, Ivan Petrov warmly congratulated President of Kazakhstan "
        "Omar Haddad on his victory in the presidential election. The parties reaffirmed their "
        "commitment to the strategic partnership. The President of Russia also sent a message of "
        "greetings to Omar Haddad.\n"
    )
    expected: Parts = [
        ("Ivan Petrov", "RU", ("President of Russia",)),
        ("Omar Haddad", "KZ", ("President",)),
    ]
    assert expected == _participants(page)


def test_office_the_opening_joins_stays_its_own_side() -> None:
    """'Ivan Petrov met the Prime Minister of Russia': the office is the other side, not Petrov."""
    page = (
        "Ivan Petrov Meets the Prime Minister\n\n"
        "Ivan Petrov met the Prime Minister of Russia in Moscow on Monday. They discussed trade.\n"
    )
    expected: Parts = [
        ("Ivan Petrov", None, ()),
        ("The Prime Minister of Russia", "RU", ("Prime Minister of Russia",)),
    ]
    assert expected == _participants(page)


def test_headline_head_of_state_is_the_president() -> None:
    """A headline 'Head of state meets ...' over a President's page adds no 'The Head'."""
    page = (
        "Head of state meets with representatives of the Council of Churches\n\n"
        "President of Ukraine Petro Hnatenko met with representatives of the Council of Churches. "
        "During the event, the head of state signed a law on chaplains.\n"
    )
    expected: Parts = [("Petro Hnatenko", "UA", ("President",))]
    assert expected == _participants(page)


def test_two_word_city_a_trip_visited_is_no_side() -> None:
    """'visited Kuala Lumpur and met with Foreign Minister Ana Ruiz': the city is the place, Ruiz the side,
    of the state whose capital it is (fam48)."""
    page = (
        "Readout of the Secretary's Travel\n\n"
        "Secretary of State Tom Reed visited Kuala Lumpur and met with Foreign Minister Ana Ruiz.\n"
    )
    # Reed: a Secretary of State with no portfolio is the US's (fam76; he had no country before)
    expected: Parts = [("Tom Reed", "US", ("Secretary of State",)), ("Ana Ruiz", "MY", ("Foreign Minister",))]
    assert expected == _participants(page)


def test_first_person_statements_are_the_headline_authors() -> None:
    """'I reiterated …', 'We condemned …' on a statement by the Prime Minister are hers."""
    page = (
        "Statement by Prime Minister Ana Ruiz on her call with President Tom Reed\n\n"
        "Today I spoke with President Tom Reed of Chile. I reiterated our support for the trade "
        "agreement. We condemned the attack on the embassy.\n"
    )
    expected = [
        ("ana-ruiz", "reiterated", "our support for the trade agre"),
        ("ana-ruiz", "condemned", "the attack on the embassy."),
    ]
    assert expected == _statements(page)


def test_first_person_statement_is_the_bylines_author() -> None:
    """A labelled source line names the 'I' of the body: the statement is that author's."""
    page = (
        "Readout of the call with the Chancellor\n"
        "Source: Prime Minister Ana Ruiz of Peru\n\n"
        "I had a phone call with Chancellor Tomas Berg of Austria today. I reiterated our support "
        "for the trade agreement.\n"
    )
    expected = [("ana-ruiz", "reiterated", "our support for the trade agre")]
    assert expected == _statements(page)


def test_first_person_inside_a_quotation_is_no_statement_of_its_own() -> None:
    """'"I reiterated our support," the President said': one statement, the President's."""
    page = (
        "Readout of the call\n\n"
        "President Tom Reed spoke with Chancellor Tomas Berg of Austria today. "
        '"I reiterated our support," the President said.\n'
    )
    expected = [("tom-reed", "said", '"I reiterated our support')]
    assert expected == _statements(page)


def test_a_side_named_by_its_country_speaks_through_its_principal() -> None:
    """'The Chinese side stated …', 'The Russian side noted …': each is that country's one principal."""
    page = (
        "Wang Yi Holds Talks with Russian Foreign Minister Ivan Petrov\n\n"
        "On May 4, Foreign Minister Wang Yi held talks with Foreign Minister Ivan Petrov of Russia in "
        "Beijing. The Chinese side stated that the two countries should deepen cooperation. The "
        "Russian side noted that relations are at their best. Both sides agreed to meet again.\n"
    )
    expected = [
        ("wang-yi", "stated", "the two countries should deepe"),
        ("ivan-petrov", "noted", "relations are at their best."),
        ("both", "agreed", "to meet again."),
    ]
    assert expected == _statements(page)


def test_a_side_of_a_country_with_no_principal_starts_no_statement() -> None:
    """'The U.S. side stressed' on a page with no US principal names nobody: no statement of its own."""
    page = (
        "Ivan Petrov met with Wang Yi\n\n"
        "Foreign Minister Ivan Petrov of Russia met with Foreign Minister Wang Yi of China in Moscow on "
        "May 4. The U.S. side stressed the importance of trade.\n"
    )
    expected: list[tuple[str, str, str]] = []
    assert expected == _statements(page)


_WORKING_GROUP = (
    "Joint Readout of the Inaugural Freedonia-Sylvania Energy Working Group Meeting\n\n"
    "In line with the 2022 Fredton Declaration and the historic decision by President Omar Haddad and "
    "President Kim Sung-ho to establish the bilateral Energy Working Group (EWG), the energy authorities "
    "of Freedonia and Sylvania launched the inaugural meeting of the Energy Working Group on May 4, "
    "2023, in Fredton. The group will be an enduring mechanism for cooperation.\n\n"
    "The inaugural meeting was convened by Dr. Ana Ruiz, Deputy Energy Minister of Freedonia; Mr. "
    "Tomas Berg, Coordinator for Energy at the Sylvanian Ministry of Economy; and Ms. Lena Holm, "
    "Director for Grids at the Ministry. Officials of both sides took part in the meeting.\n\n"
    "Both sides affirmed that the group will meet twice a year.\n"
)


def test_a_joint_readouts_conveners_are_its_principals() -> None:
    """'launched the inaugural meeting' opens the page; everyone it 'was convened by', across the
    semicolons, is a principal; the leaders whose earlier 'decision by' set the group up are not."""
    expected: Parts = [
        ("Ana Ruiz", None, ("Deputy Energy Minister of Freedonia",)),
        ("Tomas Berg", None, ("Coordinator for Energy",)),
        ("Lena Holm", None, ("Director for Grids",)),
    ]
    assert expected == _participants(_WORKING_GROUP)


def test_a_side_on_a_page_of_one_countrys_principals_names_nobody() -> None:
    """'The Freedonian side agreed' where the one principal's country may be wrong: no side is known."""
    page = (
        "Joint Statement on the Meeting of the Strategic Group\n\n"
        "Foreign Minister Ivan Petrov of Russia met with the delegation in Moscow on May 4. The Russian "
        "side agreed to take these concerns into account.\n"
    )
    expected: list[tuple[str, str, str]] = []
    assert expected == _statements(page)


def test_a_fronted_invitation_leaves_the_traveller_a_side() -> None:
    """'At the invitation of X, Y traveled to Z': Y (after a comma, no 'and') is the opening's subject."""
    sentence = (
        "At the invitation of Foreign Minister Ana Ruiz, Austrian Foreign Minister Tomas Berg "
        "traveled to Lima on Tuesday, April 12, 2022."
    )
    subjects, objects = _clause_sides(sentence, Profile())
    expected = (["Tomas Berg"], [])
    assert expected == ([m.name for m in subjects], [m.name for m in objects])


def test_first_person_author_is_the_one_the_headline_names_as_author() -> None:
    """A first-person principal the headline names as author speaks as 'I'; one it names only as the
    other side of the call ('Statement of the President on ... Call with President Ruiz') does not."""
    principals = [
        Principal("Ana Ruiz", ["President"], None, first_person=True),
        Principal(None, ["President"], None, office="President"),
    ]
    participants = to_participants(principals)
    expected = [None, "ana-ruiz", "ana-ruiz"]
    actual = [
        _author(
            principals,
            participants,
            "Statement of the President on the Summit and Call with President Ruiz",
            None,
        ),
        _author(principals, participants, "Statement by President Ana Ruiz on the Summit", None),
        _author(principals, participants, "Readout of the call", "President Ana Ruiz"),
    ]
    assert expected == actual
