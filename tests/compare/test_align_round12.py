"""Alignment, eleventh round (issue #12, task align12; docs/compare.md "Alignment, eleventh round"): a
French or German account of a call compared with an English one. The people and events are invented."""

from __future__ import annotations

import attrs
import pytest

from readoutlib.compare import compare
from readoutlib.compare.align import bare_topic, holds_position
from readoutlib.compare.model import Point
from readoutlib.compare.subjects import subjects_of
from readoutlib.model import Readout

from .kit import make_readout
from .test_across_languages import DAY


def _point(sentence: str) -> Point:
    return Point(0, 0, len(sentence), sentence)


def _french(readout: Readout) -> Readout:
    """The readout as the French pack gives it: its source's language is "fr"."""
    return attrs.evolve(readout, source=attrs.evolve(readout.source, language="fr"))


@pytest.mark.parametrize(
    ("phrase", "subjects"),
    [
        (
            "ont échangé des félicitations à l'occasion du 30e anniversaire des relations diplomatiques",
            {"#congratulations", "#war-memory", "#relationship", "#diplomacy"},
        ),
        ("la coopération dans la région Indo-Pacifique", {"#indo-pacific"}),
        ("une paix juste et durable au Moyen-Orient", {"#peace-process", "#middle-east"}),
        ("les visites de haut niveau entre les dirigeants", {"#contact"}),
        (
            "le soutien militaire nécessaire et une aide humanitaire",
            {"#defence", "#assistance", "#humanitarian"},
        ),
        ("An aide to the minister read the press release.", set()),
        ("The ferry was discussed in relation to the fishing season.", set()),
        ("The President of the State of Palestine called.", set()),
        ("The plant cut its CO2 output.", set()),
    ],
)
def test_french_phrasings_are_the_english_tables_subjects(phrase: str, subjects: set[str]) -> None:
    """A French phrasing names the English table's subject ("félicitations" congratulations,
    "Indo-Pacifique" the Indo-Pacific); a French or German row spells no English word ("aide" alone is
    a person in English, so only "aide humanitaire" and the like are assistance or humanitarian; "in
    relation to" is no relationship; "Palestine", a side's country, no subject; "CO2" not German)."""
    assert subjects == set(subjects_of(phrase))


@pytest.mark.parametrize(
    ("sentence", "holds", "topic"),
    [
        ("Les ministres « ont échangé des félicitations à l'occasion de la fête nationale ».", True, False),
        ("Ils se sont également accordés sur la réouverture de la ligne de ferry.", True, False),
        ("Les deux ministres ont souligné l’importance d’une solution politique.", True, False),
        ("« Je salue sa disponibilité à rouvrir le port », a écrit le ministre.", True, False),
        ("Les deux présidents ont également évoqué la situation au Soudan.", False, True),
        ("Ils ont procédé à un échange de vue sur la situation internationale.", False, True),
    ],
)
def test_french_positions_and_topics(sentence: str, holds: bool, topic: bool) -> None:
    """A joint verb of saying in the passé composé ("ont souligné", "se sont accordés sur"), a position's
    noun ("l'importance de") or a leader's first person states something; "ont évoqué", "ont procédé à
    un échange de vues sur" only name a topic, as "discussed" does."""
    expected = (holds, topic)
    assert expected == (holds_position(_point(sentence)), bare_topic(_point(sentence)))


# The invented Ruiz-Orlov call, as the Spanish side reports it in French and the Russian side in English.
FRENCH = _french(
    make_readout(
        "dd-presidency",
        "La Présidente Ruiz reçoit un appel de Pavel Orlov",
        [("Marta Ruiz", "ES"), ("Pavel Orlov", "RU")],
        date=DAY,
        said=[
            (
                "both",
                "« ont échangé",
                "des félicitations pour le 30e anniversaire des relations diplomatiques ».",
            ),
            ("both", "se sont accordés", "sur « les visites de haut niveau entre les dirigeants »."),
        ],
    )
)
ENGLISH = make_readout(
    "aa-kremlin",
    "Telephone conversation with President Ruiz",
    [("Pavel Orlov", "RU"), ("Marta Ruiz", "ES")],
    date=DAY,
    said=[
        ("Pavel Orlov", "and Marta Ruiz agreed", "to maintain contacts at various levels."),
        ("both", "exchanged", "greetings on the 30th anniversary of diplomatic relations."),
    ],
)


def _unsaid(readout: Readout) -> Readout:
    """The readout with no statement of the parser's: its sentences state what they state on their own."""
    return attrs.evolve(readout, statements=())


def test_a_french_account_is_linked_to_an_english_one_on_what_both_can_share() -> None:
    """The French side's two sentences, which the parser may give to no one (the communiqué's words in
    quotation marks), state positions; across languages they share their subjects with the English
    side's statements (greetings on an anniversary of relations; contacts at a high level)."""
    expected = [(0, 1), (1, 0)]
    assert expected == sorted((link.a, link.b) for link in compare(_unsaid(FRENCH), ENGLISH).links)


@pytest.mark.parametrize(
    ("phrase", "subjects"),
    [
        ("ein sofortiges Ende des Ukraine-Krieges", {"#military-operation", "#peace-process"}),
        ("Es muss schnellstmöglich einen Waffenstillstand geben.", {"#peace-process"}),
        ("die Lieferung von Waffen und die Lebensmittellage", {"#defence", "#humanitarian"}),
    ],
)
def test_german_phrasings_are_the_english_tables_subjects(phrase: str, subjects: set[str]) -> None:
    """A German phrasing names the English table's subject: the war in Ukraine is the military
    operation and its end the peace process, as "the special military operation" and "an end to the
    war" are; a ceasefire ("Waffenstillstand") is no weapon."""
    assert subjects == set(subjects_of(phrase))


def test_a_german_demand_to_end_the_war_is_linked_to_the_account_of_the_operation() -> None:
    """A German side's demand to end the war in Ukraine and the Russian side's account of the special
    military operation's aims and of the peace talks share two subjects across languages."""
    german = attrs.evolve(
        make_readout(
            "dd-chancellery",
            "Kanzlerin Ruiz telefoniert mit Orlov",
            [("Marta Ruiz", "DE"), ("Pavel Orlov", "RU")],
            date=DAY,
            said=[("Marta Ruiz", "forderte", "ein sofortiges Ende des Ukraine-Krieges.")],
        ),
        source=attrs.evolve(ENGLISH.source, language="de"),
    )
    english = make_readout(
        "aa-kremlin",
        "Telephone conversation with Chancellor Ruiz",
        [("Pavel Orlov", "RU"), ("Marta Ruiz", "DE")],
        date=DAY,
        said=[
            ("Pavel Orlov", "assessed", "the state of the talks with the Ukrainian representatives."),
            ("Pavel Orlov", "explained", "the aims of the special military operation and the peace process."),
        ],
    )
    expected = [(0, 1)]
    assert expected == [(link.a, link.b) for link in compare(german, english).links]


@pytest.mark.parametrize(
    ("sentence", "holds"),
    [
        ("“We welcome the kind messages from Minister Berg and his deputy,” the ministry said.", True),
        ('"I asked the minister to reopen the ferry line," Kovac said.', True),
        ("“The ferry line reopened in May,” the ministry said.", False),
    ],
)
def test_a_quoted_leader_speaking_in_the_first_person_holds_a_position(sentence: str, holds: bool) -> None:
    """A news report's quotation of a leader in the first person ("“We welcome …", "“I asked …") is
    that leader's own words, as the same sentence without quotation marks is."""
    assert holds == holds_position(_point(sentence))


@pytest.mark.parametrize(
    ("phrase", "subjects"),
    [
        ("congratulated him on securing a second term in office", {"#congratulations", "#election"}),
        ("congratulated her on her inauguration", {"#congratulations", "#election"}),
        ("to attend the inauguration of the new ferry terminal", set()),
        ("the leaders agreed to continue coordinating closely", {"#contact"}),
        ("they committed to continued close consultation", {"#contact", "#diplomacy"}),
    ],
)
def test_a_new_term_is_an_election_and_close_coordination_is_contact(phrase: str, subjects: set[str]) -> None:
    """A new term in office is the election subject and a person's inauguration is, a building's is
    not; continuing to coordinate or consult closely is keeping in contact, as "stay in close touch" is."""
    assert subjects == set(subjects_of(phrase))
