"""Rules for names, principals and countries found missing on real pages (issue #8), on invented sentences."""

from __future__ import annotations

import pytest

from readoutlib.analysis.profile import Profile
from readoutlib.languages.en.event import find_opening
from readoutlib.languages.en.names import find_mentions
from readoutlib.languages.en.participants import (
    Principal,
    assign_countries,
    find_mentioned,
    find_principals,
)
from readoutlib.languages.en.text import may_be_same_person

GENERIC = Profile()


def _people(text: str) -> list[tuple[str | None, tuple[str, ...], str | None]]:
    return [(m.name, m.titles, m.country) for m in find_mentions(text)]


def _principals(title: str | None, paragraphs: list[str]) -> list[Principal]:
    opening = find_opening(paragraphs, GENERIC)
    return find_principals(title, opening, paragraphs, GENERIC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Styles are not part of the name: "Makhdoom", "Amb.".
        (
            "Foreign Minister Makhdoom Ali Raza spoke with Amb. Kim Jae-won today.",
            [("Ali Raza", ("Foreign Minister",), None), ("Kim Jae-won", (), None)],
        ),
        # A post-nominal ("MP") is part of its mention and never an office of its own.
        (
            "The Hon. Jane Doyle MP, Minister for Trade, met the Rt Hon Tom Reed MP.",
            [("Jane Doyle", ("MP", "Minister for Trade"), None), ("Tom Reed", ("MP",), None)],
        ),
        # A country's possessive opens an appositive: its country is the person's.
        (
            "Ana Ruiz spoke with Tom Reed, the United Kingdom’s Secretary of State for Trade, today.",
            [("Ana Ruiz", (), None), ("Tom Reed", ("Secretary of State for Trade",), "GB")],
        ),
        # "Britannic" is a demonym; "Counterpart" names a relation, not a person.
        ("Call between Ana Ruiz and her Britannic Counterpart", [("Ana Ruiz", (), None)]),
        # A legislature is a title's complement, never a name; "of the Federal Republic of
        # Germany" gives the country and leaves the title.
        (
            "He met President of the Bundestag of the Federal Republic of Germany Eva Lund in Kyiv.",
            [("Eva Lund", ("President of the Bundestag",), "DE")],
        ),
        # An institution named by its country gives the country: "of the Chilean Senate".
        (
            "She met the President of the Chilean Senate",
            [(None, ("President of the Chilean Senate",), "CL")],
        ),
        # An envoy's post "to" a country is part of the title; the demonym is the person's country.
        (
            "He met outgoing Peruvian Ambassador to China Omar Haddad.",
            [("Omar Haddad", ("Ambassador to China",), "PE")],
        ),
        # A place after a place preposition is not a person, even after a title.
        (
            "Ana Ruiz met with the Prime Minister of Luxembourg in Kyiv",
            [("Ana Ruiz", (), None), (None, ("Prime Minister of Luxembourg",), "LU")],
        ),
        # A post "for" a country names its remit, not the holder's country.
        (
            "Special Representative for the DPRK Tom Reed met them.",
            [("Tom Reed", ("Special Representative for the DPRK",), None)],
        ),
        # "the <Title> of <Place>, <Name>": the place is the title's, the person follows the comma.
        (
            "He met the Crown Prince of Ras Tanura, Sheikh Omar bin Sultan Al Rashid, in May.",
            [("Omar bin Sultan Al Rashid", ("Crown Prince of Ras Tanura", "Sheikh"), None)],
        ),
        # Organisations and countries of several words before a title, and organs of an organisation.
        (
            "He met African Union Commission Chairperson Omar Haddad and President of the European "
            "Council Jan Smit and United States Chairman of the Joint Chiefs Tom Reed.",
            [
                ("Omar Haddad", ("Commission Chairperson",), "AU"),
                ("Jan Smit", ("President",), "EU"),
                ("Tom Reed", ("Chairman of the Joint Chiefs",), "US"),
            ],
        ),
        # A country inside a longer title ends where its lowercase words start.
        (
            "She called Adviser to the Prime Minister of the Czech Republic on Trade Jan Novak.",
            [("Jan Novak", ("Adviser to the Prime Minister of the Czech Republic on Trade",), "CZ")],
        ),
        # Words of organisations' names ("Service", "Board", "Territory") are not part of a name.
        (
            "He met Head of the Federal Financial Monitoring Service Yury Petrov.",
            [("Yury Petrov", ("Head of the Federal Financial Monitoring Service",), None)],
        ),
        # An office completing an organisation's name is not a person; nor is a confederation.
        (
            "She met the staff of the Office of the President, then President of the General "
            "Confederation of Chilean Industry Jan Smit.",
            [("Jan Smit", ("President of the General Confederation of Chilean Industry",), "CL")],
        ),
        # With no title, only a demonym right before the name gives a country.
        ("After the CSTO Summit, Ana Ruiz held talks.", [("Ana Ruiz", (), None)]),
        # "on <topic>" is a title's complement; the demonym in it is the remit, the acronym before the
        # title the person's country.
        (
            "He called PRC Special Representative on Korean Peninsula Affairs Li Wen today.",
            [("Li Wen", ("Special Representative on Korean Peninsula Affairs",), "CN")],
        ),
        # An organisation's acronym in brackets stays inside the title.
        (
            "He met Secretary General of the Sea Economic Cooperation (SEC) Omar Haddad.",
            [("Omar Haddad", ("Secretary General of the Sea Economic Cooperation (SEC)",), None)],
        ),
        # Greenland is a country of its own (ISO GL).
        ("She met Premier of Greenland Aaja Egede.", [("Aaja Egede", ("Premier",), "GL")]),
        # In a Title Case headline only a title or a style marks a person; its verbs are no names.
        ("Administration Takes Action to Prohibit Medical Bills from Credit Reports", []),
        ("President Ana Ruiz Travels to Little Rock, Arkansas", [("Ana Ruiz", ("President",), None)]),
        # ... but a list of names and titles is not a headline's Title Case.
        (
            "President of Peru Ana Ruiz and President-Elect of Peru Omar Ruiz",
            [("Ana Ruiz", ("President",), "PE"), ("Omar Ruiz", ("President-Elect",), "PE")],
        ),
        # A hyphenated word of title words is a title; a name may start with one ("Amir-").
        (
            "He met President-Elect Sami Haddad and Foreign Minister Omar Amir-Rahimi.",
            [("Sami Haddad", ("President-Elect",), None), ("Omar Amir-Rahimi", ("Foreign Minister",), None)],
        ),
        # A list of offices of different countries before a name: only the last is the person's.
        (
            "Talks were held between the President of Peru, President of Chile Ana Ruiz and others.",
            [("Ana Ruiz", ("President of Chile",), "CL")],
        ),
        # ... but an organisation's office beside a state's is one person's double role, and the
        # state is the side (en-t gold: the Pacific Islands Forum's chair, Prime Minister of the Cook
        # Islands, is CK; fam52).
        (
            "He met Chairperson of the African Union, President of Senegal Omar Haddad.",
            [("Omar Haddad", ("Chairperson of the African Union", "President"), "SN")],
        ),
        # "Crown Prince of <place>" is one title; the place after "of" is not a person.
        (
            "Sheikh Omar bin Rashid Al Nahyan, Crown Prince of Ras Tanura and Commander of the UAE "
            "Navy, spoke with King Carl.",
            [
                (
                    "Omar bin Rashid Al Nahyan",
                    ("Sheikh", "Crown Prince of Ras Tanura", "Commander of the UAE Navy"),
                    "AE",
                ),
                ("Carl", ("King",), None),
            ],
        ),
    ],
)
def test_mention_rules(text: str, expected: list[tuple[str | None, tuple[str, ...], str | None]]) -> None:
    """Styles, post-nominals, possessive countries and relation nouns are read as the table says."""
    assert expected == _people(text)


def test_byline_run_into_the_opening_is_not_a_principal() -> None:
    """A byline with no full stop before the opening ("by Press Desk The President ...") is no subject."""
    paragraphs = [
        "Posted on 3 May by PNA Lima The President, Mr. Ana Ruiz, received a call from "
        "the Prime Minister of Norway, Mr. Jonas Berg."
    ]
    expected = ["Ana Ruiz", "Jonas Berg"]
    assert expected == [p.name for p in _principals(None, paragraphs)]


def test_author_named_in_the_headline_is_not_a_principal() -> None:
    """ "Statement by Spokesperson X on Y's Call with Z": X wrote the page; Y and Z are the sides."""
    title = "Statement by NSC Spokesperson Eva Lund on Minister Ana Ruiz’s Call with President Jonas Berg"
    paragraphs = ["Minister Ana Ruiz spoke today with President Jonas Berg of Norway."]
    expected = ["Ana Ruiz", "Jonas Berg"]
    assert expected == [p.name for p in _principals(title, paragraphs)]


def test_office_in_the_opening_is_the_person_named_before() -> None:
    """ "The Minister and the Secretary ..." refers back to the Minister and the Secretary named earlier."""
    paragraphs = [
        "1. Foreign Minister Ana Ruiz talked to Secretary of State Tom Reed of the US on May 3.",
        "2. The telephone conversation between the Minister and the Secretary came after the summit.",
    ]
    expected = [("Ana Ruiz", None), ("Tom Reed", "US")]
    assert expected == [(p.name, p.country) for p in _principals(None, paragraphs)]


def test_office_stays_unnamed_when_two_people_hold_it_earlier() -> None:
    """Two earlier ministers: "The Minister" cannot be told apart, so it stays an office."""
    paragraphs = [
        "Minister Ana Ruiz and Minister Eva Lund opened the forum.",
        "The Minister met President Jonas Berg of Norway.",
    ]
    expected = [(None, "Minister"), ("Jonas Berg", None)]
    assert expected == [(p.name, p.office) for p in _principals(None, paragraphs)]


def test_countries_of_two_sides_come_from_their_own_mentions() -> None:
    """Each side keeps the country its own mention gives; the other side's comes from the rest."""
    paragraphs = [
        "The Honourable Ana Ruiz, Minister of Foreign Affairs, today spoke with Tom Reed, "
        "the United Kingdom’s Secretary of State for Trade.",
        "They affirmed the importance of the Canada-United Kingdom partnership for Canada.",
    ]
    found = _principals("Canada – Minister Ruiz speaks with Tom Reed, Secretary of State", paragraphs)
    assign_countries(found, paragraphs, GENERIC, None)
    expected = [("Ana Ruiz", "CA"), ("Tom Reed", "GB")]
    assert expected == [(p.name, p.country) for p in found]


def test_headline_title_of_another_country_is_not_added() -> None:
    """A headline title with another country than the body gives is the other side's ("X, King of Y")."""
    paragraphs = ["Sheikh Omar bin Rashid, Commander of the UAE Navy, spoke today with King Carl of Sweden."]
    found = _principals("Sheikh Omar bin Rashid, King of Spain discuss ties", paragraphs)
    expected = [("Omar bin Rashid", ["Sheikh", "Commander of the UAE Navy"], "AE"), ("Carl", ["King"], "SE")]
    assert expected == [(p.name, p.titles, p.country) for p in found]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A one-word complement after "of the" is an organisation's name ("the Farmers’ Party").
        ("They discussed talks with Omar Haddad, Deputy Chairman of the Farmers’ Party.", ("Omar Haddad",)),
        # A name after a title's possessive is the holder's thing ("the Speaker’s Lunch").
        ("Later the President attended the traditional Speaker’s Lunch on Capitol Hill.", ()),
        # The end of a longer proper noun is not a person.
        ("She praised the Declaration Against Arbitrary Detention in State Relations.", ()),
        ("They remembered the victims at Naval Air Station Pensacola last week.", ()),
        # ... but a name after an institution is a person.
        (
            "He met members of the Chilean Senate Tomas Lindqvist and Eva Lund.",
            ("Tomas Lindqvist", "Eva Lund"),
        ),
        ("They discussed the U.S.-Palau Compact Review and other matters.", ()),
        # Regional adjectives and houses of worship are not names.
        ("Singapore was the first Southeast Asian nation to join the accord.", ()),
        ("They discussed Masjid al-Aqsa and the holy sites.", ()),
        # Abstract nouns ("-tion", "-ship", "-ity", "-ogy") are never names; "Clement" is one.
        (
            "They spoke of Environmental Protection, Civil Society and the Basketball Championship "
            "with Clement Dubois.",
            ("Clement Dubois",),
        ),
        # A byline run into the text names the page's author.
        ("Posted On: 24 MAR 2026 8:48PM by PNA Lima The minister spoke with the envoy today.", ()),
        # A family name written first ("Teo" of "Teo Wei Ming") is the full name found elsewhere.
        (
            "Deputy Prime Minister Teo Wei Ming will join Deputy Prime Minister Teo’s meetings in Lima.",
            ("Teo Wei Ming",),
        ),
    ],
)
def test_mentioned_people_only(paragraph: str, expected: tuple[str, ...]) -> None:
    """Mentioned people are people: organisations, events, places and bylines are left out."""
    principals = [Principal("Ana Ruiz", [], None), Principal("Jonas Berg", [], None)]
    assert expected == find_mentioned([paragraph], principals, GENERIC)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Two people on one side share the country the other on that side has.
        (
            "Ana Ruiz and Commander of the Armed Forces of Peru Omar Haddad spoke with Tom Reed of Chile.",
            [("Ana Ruiz", "PE"), ("Omar Haddad", "PE"), ("Tom Reed", "CL")],
        ),
        # A side the text gives a country to passes it on to the rest of that side.
        (
            "President Ana Ruiz of Peru met a delegation of the US Congress, which included "
            "senators Tom Reed, Jan Smit and Eva Lund.",
            [("Ana Ruiz", "PE"), ("Tom Reed", "US"), ("Jan Smit", "US"), ("Eva Lund", "US")],
        ),
        # A side of two countries: the opening does not group by country, nothing is shared.
        (
            "On the initiative of President Ana Ruiz and President of Chile Tom Reed, the meeting between "
            "Minister of Trade of Peru Jan Smit and Minister of Trade of Chile Eva Lund was held.",
            [("Ana Ruiz", None), ("Tom Reed", "CL"), ("Jan Smit", "PE"), ("Eva Lund", "CL")],
        ),
        # Two subjects and no object are the two sides: nothing is shared (Reed is no Peruvian; a bare
        # Secretary of State is the US's since fam76).
        (
            "Ana Ruiz, Foreign Minister of Peru, and Tom Reed, Secretary of State, spoke by telephone.",
            [("Ana Ruiz", "PE"), ("Tom Reed", "US")],
        ),
    ],
)
def test_one_side_shares_its_country(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    """A side named by several people takes the country its other members give."""
    found = _principals(None, [sentence])
    assign_countries(found, [sentence], GENERIC, None)
    assert expected == [(p.name, p.country) for p in found]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
        ("Hussain", "Hishamuddin Hussein", True),
        ("Ana Lund", "Eva Lunde", False),
        ("Mohammed bin Zayed", "Mohamed bin Zayed Al Nahyan", True),
        ("Ana Ruiz", "Ana Ruis", False),
    ],
)
def test_one_letter_transliterations_are_one_name(a: str, b: str, expected: bool) -> None:
    """Long family names one letter apart are one person's, given the same given name or none."""
    assert expected == may_be_same_person(a, b)


def test_headline_title_goes_to_the_side_it_fits() -> None:
    """ "Sheikh X, King of Spain discuss": "King of Spain" gives its country to the body's King."""
    paragraphs = [
        "Sheikh Omar bin Rashid, Commander of the UAE Navy, spoke today with His Majesty King Carl."
    ]
    found = _principals("Sheikh Omar bin Rashid, King of Spain discuss ties", paragraphs)
    expected = [("Omar bin Rashid", "AE"), ("Carl", "ES")]
    assert expected == [(p.name, p.country) for p in found]


def test_spokesperson_reporting_the_call_is_not_a_side() -> None:
    """ "X spoke with Y, Spokesman Z said in a statement": Z reports the call."""
    paragraphs = [
        "Foreign Minister Ana Ruiz on Sunday spoke with Secretary of State Tom Reed, "
        "Spokesman for the Foreign Ministry Omar Haddad said in a statement."
    ]
    expected = ["Ana Ruiz", "Tom Reed"]
    assert expected == [p.name for p in _principals(None, paragraphs)]


def test_father_and_son_in_one_sentence_are_two_people() -> None:
    """Two full names with one family name and other given names in the opening are two principals."""
    paragraphs = ["Ana Lund spoke with President Omar Haddad and President-Elect Sami Haddad of Jordan."]
    expected = ["Ana Lund", "Omar Haddad", "Sami Haddad"]
    assert expected == [p.name for p in _principals(None, paragraphs)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A domestic meeting on a publisher that declares its country: everyone is of it.
        (
            "President Ana Ruiz met Governor Omar Haddad in the capital.",
            [("Ana Ruiz", "PE"), ("Omar Haddad", "PE")],
        ),
        # Another country named in the lead: nothing is filled in.
        (
            "President Ana Ruiz met Governor Omar Haddad to discuss exports to Chile.",
            [("Ana Ruiz", "PE"), ("Omar Haddad", None)],
        ),
    ],
)
def test_domestic_meeting_shares_the_home_country(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    """With a declared home country, a meeting naming no other country is among its own people."""
    profile = Profile(home_country="PE")
    opening = find_opening([sentence], profile)
    found = find_principals(None, opening, [sentence], profile)
    assign_countries(found, [sentence], profile, None)
    assert expected == [(p.name, p.country) for p in found]


def test_event_as_an_adverbial_phrase() -> None:
    """ "X thanked Y ... in a meeting at Z": the subject and the object of "thanked" are the principals."""
    paragraphs = [
        "Secretary General Ana Ruiz thanked President Tom Reed for his support in a meeting at the palace."
    ]
    expected = ["Ana Ruiz", "Tom Reed"]
    assert expected == [p.name for p in _principals(None, paragraphs)]
