"""The per-page memos of issue #14's speed33 work: each answer remembered must be the one a fresh
reading gives, whatever was asked before it on the page (invented sentences)."""

from __future__ import annotations

from readoutlib.analysis.profile import Profile
from readoutlib.languages.en import participants as en_participants
from readoutlib.languages.en.statements import find_statements
from readoutlib.model import Participant

KOVACS = Participant(id="anna-kovacs", name="Anna Kovacs", country="HU", titles=("Foreign Minister",))
ROSS = Participant(id="ella-ross", name="Ella Ross", country="AU", titles=("Foreign Minister",))
BERGMAN = Participant(id="lars-bergman", name="Lars Bergman", country="SE", titles=("Trade Minister",))


def speakers(paragraphs: list[str], participants: list[Participant]) -> list[tuple[int, str]]:
    """(paragraph, speaker) of every statement found."""
    statements, _ = find_statements(paragraphs, participants, Profile())
    return [(s.paragraph, s.speaker) for s in statements]


def test_a_title_phrase_remembered_for_each_country_it_names() -> None:
    """The same title with another demonym is another principal, paragraph after paragraph."""
    paragraphs = [
        "The Hungarian Foreign Minister said that the canal reopens in May.",
        "The Australian Foreign Minister said that wool prices would hold.",
        "The Hungarian Foreign Minister added that the ferries run again.",
    ]
    assert speakers(paragraphs, [KOVACS, ROSS]) == [(0, "anna-kovacs"), (1, "ella-ross"), (2, "anna-kovacs")]


def test_each_misspelt_surname_finds_its_own_principal() -> None:
    """Two family names spelt one letter off, each asked twice: each gives its own principal."""
    paragraphs = [
        "Kovacz noted that the bridge tolls fall next year.",
        "Bergmann stressed that grain exports must grow.",
        "Kovacz added that the tolls fund schools.",
        "Bergmann replied that the ports are ready.",
    ]
    expected = [(0, "anna-kovacs"), (1, "lars-bergman"), (2, "anna-kovacs"), (3, "lars-bergman")]
    assert speakers(paragraphs, [KOVACS, BERGMAN]) == expected


def test_the_texts_country_scores_do_not_depend_on_what_was_asked_before() -> None:
    """The mentions are read once for the page; the scores still follow each call's sides and bodies."""
    texts = [
        "The minister of Sylvania spoke at the United Nations in Geneva.",
        "Sylvania and Freedonia will talk again at the United Nations.",
    ]

    def fresh(others: set[str], *, bodies: bool) -> dict[str, int]:
        en_participants.clear_page_caches()
        return dict(en_participants._text_scores(texts, others, bodies=bodies))

    expected = [fresh(set(), bodies=True), fresh(set(), bodies=False), fresh({"UN"}, bodies=False)]
    assert expected[0] != expected[1]  # the United Nations counts only with bodies=True
    en_participants.clear_page_caches()
    asked = [
        dict(en_participants._text_scores(texts, set(), bodies=True)),
        dict(en_participants._text_scores(texts, set(), bodies=False)),
        dict(en_participants._text_scores(texts, {"UN"}, bodies=False)),
    ]
    assert asked == expected
