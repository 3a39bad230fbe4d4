"""Tests for names, titles, principals, countries, requests and mentioned people."""

from __future__ import annotations

import pytest

from readoutlib.analysis.profile import Profile
from readoutlib.errors import PluginWarning
from readoutlib.languages.en.event import find_opening
from readoutlib.languages.en.names import find_mentions, slug, surname
from readoutlib.languages.en.participants import (
    Principal,
    assign_countries,
    find_mentioned,
    find_principals,
    mark_requested,
    to_participants,
    url_country,
)
from readoutlib.languages.en.text import may_be_same_person

GENERIC = Profile()


def _people(text: str) -> list[tuple[str | None, tuple[str, ...], str | None]]:
    return [(m.name, m.titles, m.country) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean Foreign Minister Alberto van Klaveren met the envoy.",
            [("Alberto van Klaveren", ("Foreign Minister",), "CL")],
        ),
        (
            "The Premier met President Gustavo Petro of Colombia.",
            [(None, ("Premier",), None), ("Gustavo Petro", ("President",), "CO")],
        ),
        (
            "He met Mr. Kenji Sato, Minister for Trade of Japan, in the morning.",
            [("Kenji Sato", ("Minister for Trade of Japan",), "JP")],
        ),
        (
            "She met Ms Ana Ruiz MP, Minister for Health, Minister for Sport of Spain.",
            [("Ana Ruiz", ("MP", "Minister for Health", "Minister for Sport"), "ES")],
        ),
        (
            "The President called the Prime Minister of Norway, Jonas Gahr Store, today.",
            [(None, ("President",), None), ("Jonas Gahr Store", ("Prime Minister of Norway",), "NO")],
        ),
        (
            "He spoke with Prime Minister of Norway Jonas Gahr Store.",
            [("Jonas Gahr Store", ("Prime Minister",), "NO")],
        ),
        (
            "Deputy Premier and Finance Minister Li Wen spoke first.",
            [("Li Wen", ("Deputy Premier", "Finance Minister"), None)],
        ),
        (
            "President Mark T. Lowe, Jr. spoke with the envoy.",
            [("Mark T. Lowe, Jr.", ("President",), None)],
        ),
        (
            "Mr. TANAKA Hiroshi, Minister of Defense of Japan, met them.",
            [("TANAKA Hiroshi", ("Minister of Defense of Japan",), "JP")],
        ),
        (
            "Prime Minister Ahmed bin Khalid al-Rashid spoke.",
            [("Ahmed bin Khalid al-Rashid", ("Prime Minister",), None)],
        ),
        (
            "Sec. Hale Talks With Brazil's Minister Vieira",
            [("Hale", ("Sec.",), None), ("Vieira", ("Minister",), "BR")],
        ),
        (
            "Swiss Foreign Ministry State Secretary Eva Lang met them.",
            [("Eva Lang", ("State Secretary",), "CH")],
        ),
        (
            "The Chancellor spoke to the President of the United States Tom Reed.",
            [(None, ("Chancellor",), None), ("Tom Reed", ("President of the United States",), "US")],
        ),
    ],
)
def test_mention_shapes(text: str, expected: list[tuple[str | None, tuple[str, ...], str | None]]) -> None:
    """Names, titles as written and countries are read from every common mention shape."""
    assert expected == _people(text)


def test_things_after_the_are_not_people() -> None:
    """Capitalised names of things after "the" or "a" are not people."""
    expected: list[tuple[str | None, tuple[str, ...], str | None]] = []
    assert expected == _people("They praised the Green Corridor Plan and a New Era of Trade in Harbour City.")


def test_places_after_prepositions_are_not_people() -> None:
    """A capitalised word after "in" or "at" is a place, not a person."""
    expected: list[tuple[str | None, tuple[str, ...], str | None]] = []
    assert expected == _people("They met in Valletta and later at Port Louis.")


def test_family_word_makes_a_single_name_a_person() -> None:
    """A single given name after a family word ("his daughter Mira") is a person."""
    expected = [("Mira", (), None)]
    assert expected == _people("He spoke of his daughter Mira at length.")


def test_slug_and_surname() -> None:
    """Ids are ascii slugs; family names ignore suffixes and read capitalised Japanese surnames."""
    expected = ("jose-nunez", "lowe", "tanaka")
    assert expected == (slug("José Núñez"), surname("Mark T. Lowe, Jr."), surname("TANAKA Hiroshi"))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Ana Ruiz", "Ruiz", True),
        ("Erdoğan", "Recep Erdogan", True),
        ("Luiz Silva Lula", "Lula", True),
        ("Omar bin Zayed", "Omar bin Zayed Al Nahyan", True),
        ("Ana Ruiz", "Ana Lopez", False),
    ],
)
def test_may_be_same_person(a: str, b: str, expected: bool) -> None:
    """Names match by family name, accents folded, or as part of a longer form."""
    assert expected == may_be_same_person(a, b)


def _principals(title: str | None, paragraphs: list[str], profile: Profile = GENERIC) -> list[Principal]:
    opening = find_opening(paragraphs, profile)
    return find_principals(title, opening, paragraphs, profile)


def test_principals_in_order_of_the_opening() -> None:
    """Principals are the subject and object of the opening event, in that order."""
    found = _principals(
        "Kenyan Minister Talks with Minister Ruiz",
        [
            "On 2 May, Foreign Minister Ana Ruiz held talks with Kenyan Foreign Minister Paul Kiptoo. "
            "They agreed."
        ],
    )
    expected = [("Ana Ruiz", ["Foreign Minister"]), ("Paul Kiptoo", ["Foreign Minister"])]
    assert expected == [(p.name, p.titles) for p in found]


def test_two_subjects_before_the_verb() -> None:
    """ "X and Y met" gives both principals."""
    found = _principals(
        None, ["Finnish President Aino Virta and Estonian President Mart Kask met in Tallinn."]
    )
    expected = [("Aino Virta", "FI"), ("Mart Kask", "EE")]
    assert expected == [(p.name, p.country) for p in found]


def test_headline_full_name_and_extra_title() -> None:
    """The headline gives the full name and adds titles the body does not already cover; its
    wording of the same office ("Foreign Minister" for "Minister of Foreign Affairs") is not new."""
    found = _principals(
        "Secretary Reed's Call with Ghanaian Foreign Minister and Trade Envoy Kofi Mensah",
        ["Secretary of State Tom Reed spoke today with Ghanaian Minister of Foreign Affairs Kofi Mensah."],
    )
    expected = [
        ("Tom Reed", ["Secretary of State"]),
        ("Kofi Mensah", ["Minister of Foreign Affairs", "Trade Envoy"]),
    ]
    assert expected == [(p.name, p.titles) for p in found]


def test_unnamed_office_holder_is_a_participant() -> None:
    """An office the page never names becomes a participant named by the office."""
    principals = _principals(
        None, ["The Prime Minister spoke to the Chancellor of Austria, Eva Gruber, today."]
    )
    participants = to_participants(principals)
    expected = [
        ("the-prime-minister", "The Prime Minister", ("Prime Minister",)),
        ("eva-gruber", "Eva Gruber", ("Chancellor of Austria",)),
    ]
    assert expected == [(p.id, p.name, p.titles) for p in participants]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Prime Minister spoke to the leaders of Canada, Japan and Norway this morning about floods.",
            [
                ("The Prime Minister", ("Prime Minister",), None),
                ("The Leader", ("Leader",), "CA"),
                ("The Leader", ("Leader",), "JP"),
                ("The Leader", ("Leader",), "NO"),
            ],
        ),
        (
            "Foreign Minister Ana Ruiz held a call with the foreign ministers of Estonia and Latvia.",
            [
                ("Ana Ruiz", ("Foreign Minister",), None),
                ("The Foreign Minister", ("Foreign Minister",), "EE"),
                ("The Foreign Minister", ("Foreign Minister",), "LV"),
            ],
        ),
        (
            "President Tom Reed spoke with President Ana Rojas of Chile and the Presidents of Peru and Chad.",
            [
                ("Tom Reed", ("President",), None),
                ("Ana Rojas", ("President",), "CL"),
                ("The President", ("President",), "PE"),
                ("The President", ("President",), "TD"),
            ],
        ),
    ],
)
def test_plural_office_of_listed_countries_is_one_principal_per_country(
    sentence: str, expected: list[tuple[str, tuple[str, ...], str | None]]
) -> None:
    """ "The leaders of X, Y and Z" after the event clause: each country's principal, named by the office."""
    participants = to_participants(_principals(None, [sentence]))
    assert expected == [(p.name, p.titles, p.country) for p in participants]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Prime Minister Rhea Das met President Ana Rojas to prepare the meeting of the foreign ministers "
            "of Chile and Peru.",
            ["Rhea Das", "Ana Rojas"],
        ),
        ("Prime Minister Rhea Das spoke to the leaders of the two countries.", ["Rhea Das"]),
        (
            "Prime Minister Rhea Das and President Ana Rojas of Chile met today. The leaders of Peru and "
            "Bolivia sent greetings.",
            ["Rhea Das", "Ana Rojas"],
        ),
    ],
)
def test_plural_office_elsewhere_names_no_principal(sentence: str, expected: list[str]) -> None:
    """A plural office that is not the event's object, or lists no countries, adds no principal."""
    assert expected == [p.name for p in _principals(None, [sentence])]


def test_headline_names_the_office_holder() -> None:
    """ "The Secretary" in the body takes the name the headline gives."""
    found = _principals(
        "Secretary Reed's Call with Minister Kofi Mensah of Ghana",
        ["The Secretary spoke today with Minister Kofi Mensah of Ghana."],
    )
    expected = ["Reed", "Kofi Mensah"]
    assert expected == [p.name for p in found]


def test_headline_office_matches_a_named_principal() -> None:
    """An office in the headline ("PM") is matched to a principal, not added again."""
    found = _principals(
        "Telephone Conversation between PM and the President of Chile",
        ["Prime Minister Rhea Das had a telephone conversation with President Ana Rojas of Chile."],
    )
    expected = ["Rhea Das", "Ana Rojas"]
    assert expected == [p.name for p in found]


def test_someone_who_joined_the_call() -> None:
    """A person who joined the call later in the text is a principal."""
    paragraphs = [
        "President Tom Reed spoke with Prime Minister Ana Ruiz of Spain.",
        "The President invited His Majesty King Harald of Norway to join the call.",
    ]
    found = _principals(None, paragraphs)
    expected = [("Tom Reed", None), ("Ana Ruiz", "ES"), ("Harald", "NO")]
    assert expected == [(p.name, p.country) for p in found]


def test_first_person_author_named_by_headline() -> None:
    """ "Today I spoke with ..." takes the author's name from the headline."""
    found = _principals(
        "Minister Okafor's call with Irish Foreign Minister",
        ["Today I spoke with Irish Foreign Minister Sean Doyle about trade."],
    )
    expected = ["Okafor", "Sean Doyle"]
    assert expected == [p.name for p in found]


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        (
            "Press Statement by Prime Minister Ana Ruiz on the Telephone Talk with President Tom Reed",
            "A short while ago, I held a telephone talk with President Tom Reed of Chile.",
            [("Ana Ruiz", ["Prime Minister"]), ("Tom Reed", ["President"])],
        ),
        (
            "Statement by the Prime Minister on his Telephone Talk with President Tom Reed of Chile",
            "Today I had a telephone talk with President Tom Reed of Chile for about 30 minutes.",
            [(None, ["Prime Minister"]), ("Tom Reed", ["President"])],
        ),
    ],
)
def test_first_person_author_is_the_headlines_author(
    title: str, lead: str, expected: list[tuple[str | None, list[str]]]
) -> None:
    """ "I held a telephone talk with ..." under "Statement by Prime Minister X on ...": "I" is X."""
    found = _principals(title, [lead])
    assert expected == [(p.name, p.titles) for p in found]


def test_first_person_author_is_the_bylines_office() -> None:
    """ "I had a telephone talk with ..." under a headline naming no author: "I" is the byline's office."""
    paragraphs = ["A short while ago, I had a telephone talk with President Tom Reed of Chile."]
    found = find_principals(
        "(On a telephone talk with President Reed)",
        find_opening(paragraphs, GENERIC),
        paragraphs,
        GENERIC,
        byline="Prime Minister of Sweden and the Government Offices",
    )
    expected = [(None, ["Prime Minister of Sweden"], "SE"), ("Tom Reed", ["President"], "CL")]
    assert expected == [(p.name, p.titles, p.country) for p in found]


def test_a_statements_author_is_no_side_of_a_third_person_readout() -> None:
    """Under "Statement by Spokesperson X on the President's Call", a lead in the third person keeps X out."""
    found = _principals(
        "Statement by Spokesperson Ana Ruiz on the President's Call with President Tom Reed",
        ["President Eli Stone spoke today with President Tom Reed of Chile."],
    )
    expected = ["Eli Stone", "Tom Reed"]
    assert expected == [p.name for p in found]


@pytest.mark.parametrize(
    ("sentence", "requested"),
    [
        (
            "Minister Ana Ruiz spoke with Minister Paul Kiptoo of Kenya at the request of the Kenyan side.",
            "Paul Kiptoo",
        ),
        (
            "Minister Ana Ruiz spoke with Minister Paul Kiptoo of Kenya at the latter's request.",
            "Paul Kiptoo",
        ),
        ("Minister Ana Ruiz held phone talks at request with Minister Paul Kiptoo of Kenya.", "Paul Kiptoo"),
        ("At Kenya's initiative, Minister Ana Ruiz spoke with Minister Paul Kiptoo of Kenya.", "Paul Kiptoo"),
        ("Minister Ana Ruiz received a phone call from Minister Paul Kiptoo of Kenya.", "Paul Kiptoo"),
        ("Minister Ana Ruiz called Minister Paul Kiptoo of Kenya.", "Ana Ruiz"),
        ("Minister Ana Ruiz spoke with Minister Paul Kiptoo of Kenya.", None),
    ],
)
def test_requested(sentence: str, requested: str | None) -> None:
    """The side that asked for the call is marked from the generic request phrasings."""
    found = _principals(None, [sentence])
    mark_requested(found, None, find_opening([sentence], GENERIC), GENERIC)
    asked = [p.name for p in found if p.requested]
    expected = [requested] if requested else []
    assert expected == asked


def test_requested_profile_pattern() -> None:
    """A publisher's request pattern with a ``country`` group marks that side."""
    sentence = "Minister Ana Ruiz spoke with Minister Paul Kiptoo of Kenya (Kenya asked)."
    profile = Profile(requested_patterns=(r"\((?P<country>\w+) asked\)",))
    found = _principals(None, [sentence], profile)
    mark_requested(found, None, find_opening([sentence], profile), profile)
    expected = ["Paul Kiptoo"]
    assert expected == [p.name for p in found if p.requested]


def test_home_country_from_profile() -> None:
    """The publisher's own official gets the profile's home country."""
    found = _principals(None, ["Minister Ana Ruiz spoke with Minister Paul Kiptoo of Kenya."])
    assign_countries(found, [], Profile(home_country="ES"), None)
    expected = ["ES", "KE"]
    assert expected == [p.country for p in found]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.gov.uk/government/news/x", "GB"),
        ("http://en.example.ru/events/1", "RU"),
        ("https://www.example.com/a", None),
        ("not a url", None),
    ],
)
def test_url_country(url: str, expected: str | None) -> None:
    """A country-code domain names the publisher's country; generic domains name none."""
    assert expected == url_country(url)


def test_country_from_the_text_pairing() -> None:
    """Without a home country, the country the text pairs with the other side is used."""
    found = _principals(None, ["Minister Ana Ruiz spoke with Minister Paul Kiptoo of Kenya."])
    texts = ["They praised Spain-Kenya relations.", "The Spanish side hopes to expand trade with Kenya."]
    assign_countries(found, texts, GENERIC, None)
    expected = ["ES", "KE"]
    assert expected == [p.country for p in found]


def test_topic_countries_are_not_guessed() -> None:
    """A country named only as a topic is not given to a principal."""
    found = _principals(None, ["Minister Ana Ruiz spoke with Minister Paul Kiptoo of Kenya."])
    assign_countries(found, ["They discussed the situation in Sudan."], GENERIC, None)
    expected = [None, "KE"]
    assert expected == [p.country for p in found]


def test_participant_ids_are_unique() -> None:
    """Two principals with the same label get distinct ids."""
    principals = [
        Principal(None, ["Minister"], None, office="Minister"),
        Principal(None, ["Minister"], None, office="Minister"),
    ]
    expected = ["the-minister", "the-minister-2"]
    assert expected == [p.id for p in to_participants(principals)]


def test_mentioned_people() -> None:
    """Other people are listed once, full names where the text gives them, principals left out."""
    paragraphs = [
        "Minister Ana Ruiz met Minister Paul Kiptoo of Kenya in Nairobi.",
        "Ruiz conveyed greetings from President Carlos Vega. She said President Vega values the ties.",
        "Kiptoo recalled the visit of Chancellor Eva Gruber and the Blue Lake Accord.",
    ]
    found = _principals(None, paragraphs)
    expected = ("Carlos Vega", "Eva Gruber")
    assert expected == find_mentioned(paragraphs, found, GENERIC)


def test_mentioned_surname_without_full_name() -> None:
    """A person named only by title and surname is listed as written."""
    paragraphs = [
        "Minister Ana Ruiz met Minister Paul Kiptoo of Kenya. She praised President Vega's plan for peace."
    ]
    found = _principals(None, paragraphs)
    expected = ("Vega",)
    assert expected == find_mentioned(paragraphs, found, GENERIC)


def test_title_with_and_in_its_complement() -> None:
    """ "Minister of Trade and Fisheries Ola Berg" keeps one title and one person."""
    expected = [("Ola Berg", ("Minister of Trade and Fisheries",), None)]
    assert expected == _people("Minister of Trade and Fisheries Ola Berg met them.")


def test_royal_style_is_a_separate_title() -> None:
    """A style such as "Sheikh" after an office is its own title."""
    expected = [("Hamad Al Sabah", ("Foreign Minister", "Sheikh"), "KW")]
    assert expected == _people("Kuwaiti Foreign Minister Sheikh Hamad Al Sabah arrived.")


def test_headline_abbreviation_and_short_name_do_not_replace_the_body() -> None:
    """ "HR/VP Lena Holm" in the headline adds no abbreviated title; "Al Sabah" keeps the body's full name."""
    found = _principals(
        "Call between HR/VP Lena Holm and Minister Al Sabah",
        ["High Representative Lena Holm held a phone call with Kuwaiti Minister Hamad Al Sabah."],
    )
    expected = [("Lena Holm", ["High Representative"]), ("Hamad Al Sabah", ["Minister"])]
    assert expected == [(p.name, p.titles) for p in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Lee Min-jun met Chairman Kim Seo-yeon.", ["Lee Min-jun", "Kim Seo-yeon"]),
        ("Minister Ana Ruiz thanked the Oslo-based team.", ["Ana Ruiz"]),
    ],
)
def test_hyphenated_given_names(text: str, expected: list[str]) -> None:
    """A hyphenated given name with a lowercase syllable stays in the name; "Oslo-based" does not."""
    assert expected == [m.name for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title directly before the name drops "of <Country>"; the country is kept, even one
        # whose name contains an honorific word ("Sri").
        (
            "Foreign Minister of Sri Lanka Mr. Kumar Perera met him.",
            [("Kumar Perera", ("Foreign Minister",), "LK")],
        ),
        # Set off by a comma, the title keeps its country.
        (
            "He met the Interior Minister of Kenya, Prince Ali Haddad, today.",
            [("Ali Haddad", ("Interior Minister of Kenya", "Prince"), "KE")],
        ),
        # A bare title after a complement is another title; styles ("the Hon") are not titles.
        (
            "Minister for Trade Senator the Hon Mary Lowe spoke.",
            [("Mary Lowe", ("Minister for Trade", "Senator"), None)],
        ),
        # A headline topic before a colon is not the person's country; an EU office is the EU's.
        ("Peru: High Representative Ana Ruiz speaks", [("Ana Ruiz", ("High Representative",), "EU")]),
    ],
)
def test_title_and_country_rules(
    text: str, expected: list[tuple[str | None, tuple[str, ...], str | None]]
) -> None:
    """Titles keep "of <Country>" only when set off; countries come from the person's own mention."""
    assert expected == [(m.name, m.titles, m.country) for m in find_mentions(text) if m.name]


def test_office_never_ends_in_punctuation() -> None:
    """An office named with its country before a comma carries no trailing comma."""
    expected = [(None, ("Trade Minister of Ghana",), "GH")]
    assert expected == _people("I met the Trade Minister of Ghana, and we talked.")


def test_gov_domain_is_the_united_states() -> None:
    """The .gov and .mil domains belong to the United States government."""
    expected = ("US", "US")
    assert expected == (url_country("https://www.example.gov/news/1"), url_country("https://army.mil/x"))


def test_visit_counterpart_from_the_next_sentence() -> None:
    """A visit opening that names one person takes the other side from the next event clause;
    an abbreviation of the visitor's title ("TM") is the visitor, not a new participant."""
    found = _principals(
        None,
        [
            "Trade Minister Dr. Ana Ruiz paid a two-day visit to Accra on 3 May 2023.",
            "During the visit, TM held a meeting with Finance Minister of Ghana Mr. Kofi Mensah.",
        ],
    )
    expected = [("Ana Ruiz", ["Trade Minister"]), ("Kofi Mensah", ["Finance Minister"])]
    assert expected == [(p.name, p.titles) for p in found]


def test_received_by_counterpart_keeps_author_first() -> None:
    """ "X travelled to ... He was received by his <demonym> counterpart, Y": X first, then Y."""
    found = _principals(
        None,
        ["Ana Ruiz, Minister of Trade, travelled to Lima on 3 May 2023.", "She was received by Pedro Soto."],
    )
    expected = ["Ana Ruiz", "Pedro Soto"]
    assert expected == [p.name for p in found]


def test_mentioned_needs_a_person() -> None:
    """Peoples, organisation names, causes and a participant's one-word name are not mentioned people."""
    principals = [Principal("Li Wenbo", ["Premier"], "CN"), Principal("Ana Ruiz", ["President"], "PE")]
    paragraphs = [
        "The two leaders spoke about the Kenyans abroad and the Harbour Safety Coordination Centre.",
        "Li thanked the Global Partnership to Counter ISIS and the Chief Guest, Mr. Omar Haddad, for coming.",
    ]
    expected = ("Omar Haddad",)
    assert expected == find_mentioned(paragraphs, principals, GENERIC)


@pytest.mark.parametrize(("side", "expected"), [("latter", [False, True]), ("former", [True, False])])
def test_request_of_the_latter_or_former(side: str, expected: list[bool]) -> None:
    """ "at the request of the latter/former" marks the second/first side."""
    paragraphs = [f"President Ana Ruiz spoke with Prime Minister Jonas Berg at the request of the {side}."]
    opening = find_opening(paragraphs, GENERIC)
    principals = find_principals(None, opening, paragraphs, GENERIC)
    mark_requested(principals, None, opening, GENERIC)
    assert expected == [p.requested for p in principals]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malaysian Minister of Trade Dato’ Seri Utama Haji Rosli Karim spoke with him.",
            [("Rosli Karim", ("Minister of Trade",), "MY")],
        ),
        (
            "Minister for Health Dr Tan Wei Ming met Tan Sri Farid Omar.",
            [("Tan Wei Ming", ("Minister for Health",), None), ("Farid Omar", (), None)],
        ),
        ("He thanked H.E. Datuk Azman Salleh for the visit.", [("Azman Salleh", (), None)]),
        (
            "Bruneian Minister Dato Seri Setia Awang Haji Rahim Yusof met Sh. Ravi Kumar.",
            [("Rahim Yusof", ("Minister",), "BN"), ("Ravi Kumar", (), None)],
        ),
    ],
)
def test_styles_are_not_names(
    text: str, expected: list[tuple[str | None, tuple[str, ...], str | None]]
) -> None:
    """Styles (Dato’, Seri, Utama, Haji, Tan Sri, Datuk) are dropped; the country before them stays."""
    assert expected == _people(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met Minister of Defence of the Slovak Republic Jan Horvath in Riga.",
            [("Jan Horvath", ("Minister of Defence",), "SK")],
        ),
        (
            "Former Prime Minister Theresa May spoke in May 2019.",
            [("Theresa May", ("Prime Minister",), None)],
        ),
        (
            "In June Ana Ruiz met Paul Kiptoo on 3 Jan 2024.",
            [("Ana Ruiz", (), None), ("Paul Kiptoo", (), None)],
        ),
    ],
)
def test_month_words_in_names(
    text: str, expected: list[tuple[str | None, tuple[str, ...], str | None]]
) -> None:
    """A month word beside names is a name ("Jan Horvath"); after "in" or before a figure, a date."""
    assert expected == _people(text)


def test_counterpart_demonym_gives_the_country() -> None:
    """ "her new Dutch counterpart Pieter Smit": the demonym before "counterpart" is Smit's country."""
    expected = [("Eva Lund", ("Minister",), None), ("Pieter Smit", (), "NL")]
    assert expected == _people("Minister Eva Lund received her new Dutch counterpart Pieter Smit today.")


@pytest.mark.parametrize(
    ("later", "mentioned"),
    [
        (
            "Foreign Minister Eva Lund and Trade Minister Paul Kiptoo also took part in the talks.",
            ("Eva Lund", "Paul Kiptoo"),
        ),
        ("Defence Minister Eva Lund attended the meeting as well.", ("Eva Lund",)),
        (
            "Foreign Minister Eva Lund and her deputy Paul Kiptoo were also present at the meeting.",
            ("Eva Lund", "Paul Kiptoo"),
        ),
        ("Foreign Minister Eva Lund, who joined the meeting, was also in attendance.", ("Eva Lund",)),
        (
            "The delegation included Foreign Minister Eva Lund, who joined the meeting from Oslo.",
            ("Eva Lund",),
        ),
    ],
)
def test_attendees_are_not_principals(later: str, mentioned: tuple[str, ...]) -> None:
    """People who took part, attended, were present or formed a delegation are mentioned, not principals."""
    paragraphs = ["President Ana Ruiz held talks with President Omar Haddad in Lima.", later]
    found = _principals(None, paragraphs)
    expected = (["Ana Ruiz", "Omar Haddad"], mentioned)
    assert expected == ([p.name for p in found], find_mentioned(paragraphs, found, GENERIC))


def test_accompanying_person_in_the_opening_is_not_a_principal() -> None:
    """ "X, accompanied by Y, met Z": Y came along; the principals are X and Z."""
    found = _principals(None, ["President Ana Ruiz, accompanied by Minister Eva Lund, met King Omar Haddad."])
    expected = ["Ana Ruiz", "Omar Haddad"]
    assert expected == [p.name for p in found]


def test_headline_surname_takes_the_body_full_name() -> None:
    """A principal the headline names by surname is named by the full name the body gives."""
    paragraphs = [
        "The two ministers discussed trade on Monday.",
        "Foreign Minister Eva Lund said that the Nordic states stood together.",
    ]
    found = _principals("Foreign Minister Lund holds talks with Dutch Foreign Minister Smit", paragraphs)
    expected = [("Eva Lund", None), ("Smit", "NL")]
    assert expected == [(p.name, p.country) for p in found]


def test_headline_family_name_first_takes_the_full_name() -> None:
    """A family name written first ("Cho" of "Cho Min-jun") is completed from the body too."""
    paragraphs = ["The two sides discussed trade.", "Minister of Trade Cho Min-jun said that exports grew."]
    found = _principals("Minister Cho holds talks with Minister Smit of the Netherlands", paragraphs)
    expected = [("Cho Min-jun", None), ("Smit", "NL")]
    assert expected == [(p.name, p.country) for p in found]


def test_appositive_opening_with_a_demonym() -> None:
    """ "<Name>, Malaysian Minister of Defence," gives the title and the demonym's country."""
    expected = [(None, ("Premier",), None), ("Farid Omar", ("Minister of Defence",), "MY")]
    assert expected == _people(
        "The Premier met Tan Sri Farid Omar, Malaysian Minister of Defence, in Putrajaya."
    )


def test_a_profile_pattern_that_does_not_compile_is_a_warning() -> None:
    """A headline pattern that does not compile warns (PluginWarning); the profile's other patterns work."""
    profile = Profile(title_patterns=("(", r"^(?P<a>.+?) greets (?P<b>.+)$"))
    with pytest.warns(PluginWarning) as caught:
        found = find_principals("Minister Ana Ruiz greets Minister Omar Haddad", None, [], profile)
    message = "a publisher profile: rule '(' does not compile and is ignored: "
    expected = (["Ana Ruiz", "Omar Haddad"], [message + "missing ), unterminated subpattern at position 0"])
    assert expected == ([p.name for p in found], [str(w.message) for w in caught])


def test_three_sides_listed_with_a_possessive_country_and_acting_office() -> None:
    """ "A, Ruritania's acting Foreign Minister B and C held talks": the comma before a country's
    possessive and a lowercase "acting" still joins B to A (issue #8, en-w's three-way meeting)."""
    found = _principals(
        None,
        [
            "Nordic Foreign Minister Eva Lund, Ruritania's acting Foreign Minister Omar Haddad and "
            "Kenya's Foreign Minister Ali Bolat held an informal meeting in Nairobi on Monday."
        ],
    )
    assert [p.name for p in found] == ["Eva Lund", "Omar Haddad", "Ali Bolat"]


def test_plural_counterparts_are_named_by_the_later_meetings() -> None:
    """ "X held talks with his Ruritanian and Kenyan counterparts." then "In his conversation with
    <B>, …" and "Earlier, X had a telephone conversation with <C>.": B and C are the other sides
    (issue #8, en-w: one page telling two calls, and the UN chief's separate meetings)."""
    found = _principals(
        None,
        [
            "Foreign Minister Eva Lund yesterday held telephonic talks with his Ruritanian and Kenyan "
            "counterparts to discuss the regional situation. In his conversation with Ruritania's "
            "Foreign Minister Omar Haddad, Lund extended felicitations on the national day. "
            "The two ministers exchanged views on trade. Earlier, Foreign Minister Lund had a "
            "telephone conversation with Kenyan Foreign Minister Ali Bolat."
        ],
    )
    assert found[0].name == "Eva Lund"
    assert {"Omar Haddad", "Ali Bolat"} == {p.name for p in found[1:]}


def test_a_range_of_leaders_met_separately_are_each_a_side() -> None:
    """ "The Secretary-General met separately today with a range of Ruritanian leaders." then one
    paragraph per meeting: each leader met is a principal."""
    found = _principals(
        None,
        [
            "The Secretary-General met separately today with a range of Ruritanian leaders.",
            "In his meeting with H.E. Mr. Omar Haddad, the President of Ruritania, the two leaders "
            "discussed cooperation.",
            "In the meeting with H.E. Mr. Ali Bolat, the Prime Minister of Ruritania, the leaders "
            "exchanged views on trade.",
            "The Secretary-General also met H.E. Mr. K. Lindqvist, the Foreign Minister of Ruritania.",
        ],
    )
    assert [p.label for p in found] == ["The Secretary-General", "Omar Haddad", "Ali Bolat", "K. Lindqvist"]


def test_met_with_a_semicolon_list_of_named_officials() -> None:
    """ "met with Mr. A, office; Mr. B, office; and Mr. C, office": each is a side, the semicolons
    setting the offices apart (issue #8, en-v: the UN chief's meetings with a country's officials)."""
    found = _principals(
        None,
        [
            "The Secretary-General met today in Nairobi with Mr. Omar Haddad, Prime Minister of the "
            "Republic of Kenya;  Mr. Ali Bolat, Speaker of the National Assembly of Kenya; and "
            "Mr. Jon Lund, Minister for Foreign Affairs of the Republic of Kenya."
        ],
    )
    assert [p.label for p in found] == ["The Secretary-General", "Omar Haddad", "Ali Bolat", "Jon Lund"]
