"""Event kinds read "other" on the development sets (issue #8, fam142): a host's welcome told as a fronted
participle, and a discussion the opening places "here" or in a named city; on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.event import kind_of
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_fronted_welcome_of_a_new_envoy_is_a_meeting() -> None:
    """The host welcomed the envoy and spoke to him: they met, though no "met" is written."""
    readout = _page(
        "Freedonia and Sylvania to deepen trade ties",
        "Welcoming the new Sylvanian Ambassador, Foreign Minister Ana Berg congratulated Ambassador Ivo"
        " Brand on his appointment on Tuesday and promised him the support of her ministry.",
        "Ambassador Brand thanked the Minister and said the two countries would deepen their trade ties.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_welcome_of_a_decision_is_no_encounter() -> None:
    """A fronted welcome of a thing, not a guest, names no encounter."""
    assert kind_of("Welcoming the decision of the council, the Minister said the harbour would reopen.") is (
        EventKind.OTHER
    )


def test_a_welcome_inside_a_later_clause_does_not_make_the_opening_a_meeting() -> None:
    """Only the opening's own fronted participle counts: the row is anchored at its start."""
    text = "The Minister said in a statement, welcoming the new Sylvanian law, that trade would grow."
    assert kind_of(text) is EventKind.OTHER


def test_a_discussion_held_here_with_a_delegation_is_a_meeting() -> None:
    """ "discussed here … with": the publisher's own place, so the sides were together."""
    readout = _page(
        "Foreign Minister discusses with Sylvanian delegation",
        "(Port Ruiz, May 3)--Foreign Minister Ana Berg discussed here late Sunday with a delegation led by"
        " Sylvanian Trade Minister Ivo Brand. Berg on the occasion expressed her country's wish to widen"
        " the harbour agreement.",
        "Minister Brand said his government would send engineers next year.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_discussion_in_a_named_city_is_a_meeting() -> None:
    text = "The Minister discussed in Port Ruiz on Monday with her Sylvanian counterpart the tariffs."
    assert kind_of(text) is EventKind.MEETING


def test_a_discussion_in_detail_names_no_place() -> None:
    """ "in detail" is no place: the row asks for a capitalised city after "in"."""
    assert kind_of("The Minister discussed in detail with her Sylvanian counterpart the tariffs.") is not (
        EventKind.MEETING
    )


def test_a_summit_being_prepared_is_a_topic_not_the_event() -> None:
    """The trip's purpose names a summit still to be held: the opening's visit stays the kind."""
    assert (
        kind_of(
            "Foreign Minister Ana Berg visited Sylvania on 7 May to discuss the relations between the two"
            " countries and the preparations of the 3rd Freedonia-Sylvania Intergovernmental Summit."
        )
        is EventKind.VISIT
    )


def test_a_summit_held_is_still_a_meeting() -> None:
    assert kind_of("The summit of the two presidents ended with a joint declaration.") is EventKind.MEETING


def test_a_host_welcoming_the_guest_for_talks_under_a_visit_headline_is_talks() -> None:
    """The host's welcome "to <Country> for bilateral talks" is the opening's event: talks, not the trip."""
    readout = _page(
        "Visit to Freedonia by the Prime Minister of Sylvania",
        "Prime Minister Ana Berg welcomed the Prime Minister of Sylvania, the Hon Ivo Brand MP, to Freedonia"
        " for bilateral talks in Port Ruiz today.",
        "The leaders agreed to deepen cooperation on fisheries and harbour security.",
    )
    assert readout.event.kind is EventKind.TALKS


def test_a_host_welcoming_the_guest_with_no_talks_named_is_a_meeting() -> None:
    readout = _page(
        "Visit to Freedonia by the Prime Minister of Sylvania",
        "Prime Minister Ana Berg welcomed the Prime Minister of Sylvania, Ivo Brand, to Freedonia on Monday.",
        "The leaders agreed to deepen cooperation on fisheries and harbour security.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_welcomed_decision_under_a_visit_headline_leaves_the_visit() -> None:
    """A thing welcomed ("the Sylvanian decision to …") has no capitalised place after "to"."""
    readout = _page(
        "Visit to Sylvania by the Prime Minister of Freedonia",
        "Prime Minister Ana Berg arrived in Sylvania today and welcomed the Sylvanian decision to reopen the"
        " harbour, after President Ivo Brand greeted her at the palace.",
        "The two leaders agreed to deepen cooperation on fisheries.",
    )
    assert readout.event.kind is EventKind.VISIT


def test_a_meeting_held_virtually_is_a_video_call() -> None:
    """ "was held virtually" names the channel as "met virtually" does."""
    readout = _page(
        "Port Ruiz: The first deputy harbour advisers' meeting was held virtually between Freedonia and"
        " Sylvania on Wednesday, chaired by Deputy Adviser Ana Berg with Deputy Adviser Ivo Brand.",
        "Deputy Adviser Berg said the two harbours would share their shipping data.",
    )
    assert readout.event.kind is EventKind.VIDEO_CALL
