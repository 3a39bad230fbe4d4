"""A head of state or government named later by his role, and a leader's own council on a
neighbour's border (fam226, issue #8). People, countries' officials and events are invented."""

from __future__ import annotations

import readoutlib


def _sides(page: str) -> tuple[list[tuple[str, str | None]], str]:
    readout = readoutlib.parse(page)
    return [(p.name, p.country) for p in readout.event.participants], readout.event.scope


def test_the_head_of_state_named_later_is_the_president_chairing() -> None:
    """ "President X chaired his council …. After that, the Head of State convened …": the role is
    the President, never a second principal "The Head of State"."""
    page = (
        "Council chaired by the President reviewed the harbour works\n\n"
        "President Tomas Berg of Norway chaired a meeting of the Harbour Council, which reviewed the "
        "state of the northern piers. After that, the Head of State convened a meeting of the "
        "council, at which two decisions were taken.\n\n"
        "The council said the piers would be rebuilt by spring.\n"
    )
    assert _sides(page) == ([("Tomas Berg", "NO")], "domestic")


def test_a_leaders_own_council_on_a_neighbours_border_is_domestic() -> None:
    """A president chairing his own council on "the state border with" a neighbour, and on "the
    Norwegian-Swedish border": the neighbour is the topic, not a side."""
    page = (
        "Council chaired by the President reviewed the Norwegian-Swedish border\n\n"
        "President Tomas Berg of Norway chaired a meeting of the Defence Council, which reviewed the "
        "situation on the state border with Sweden and heard reports from the ministers.\n\n"
        "The council said the border posts would be staffed through the winter.\n"
    )
    assert _sides(page) == ([("Tomas Berg", "NO")], "domestic")


def test_the_meeting_named_again_with_a_participle_set_off_is_a_meeting() -> None:
    """A kindless opening ("A and B, in Oslo on Monday, discussed …"), then "The meeting, held ahead
    of …, covered …": the lead names the event again, a meeting."""
    page = (
        "Norway, Sweden leaders in Oslo discuss ties\n\n"
        "Norwegian Prime Minister Tomas Berg and Swedish Prime Minister Ana Lind, in Oslo on Monday, "
        "discussed the long friendship between their countries.\n\n"
        "The meeting, held ahead of the northern ministers' conference, covered ways to widen trade "
        "across the border.\n\n"
        "Berg said the ferry link would reopen in spring.\n"
    )
    assert readoutlib.parse(page).event.kind.value == "meeting"


def test_a_headline_arrival_to_meet_leaves_the_body_to_tell_the_reception() -> None:
    """ "X arrives at the palace to meet with Y" over "Y received X … on Monday": the arrival headline
    announces nothing to come, the body reports the meeting."""
    page = (
        "Swedish Prime Minister arrives at the Royal Palace to meet with Norwegian counterpart\n\n"
        "Oslo, May 4. Norwegian Prime Minister Tomas Berg received his Swedish counterpart Ana Lind at "
        "the Royal Palace in Oslo on Monday afternoon.\n\n"
        "The two leaders reviewed the ferry link and trade across the border.\n"
    )
    assert readoutlib.parse(page).event.kind.value == "meeting"


def test_an_arrival_headline_over_talks_still_to_come_is_refused() -> None:
    """An arrival in a city "to meet" a counterpart, the talks only expected: no readout."""
    page = (
        "Swedish Prime Minister arrives in Oslo to meet with Norwegian counterpart\n\n"
        "Oslo, May 4. Swedish Prime Minister Ana Lind arrived in Oslo on Monday for a two-day visit.\n\n"
        "She is expected to hold talks with Norwegian Prime Minister Tomas Berg on Tuesday.\n"
    )
    try:
        readoutlib.parse(page)
    except readoutlib.NotAReadoutError as refused:
        reason = str(refused)
    else:
        reason = "parsed"
    assert reason.startswith("not a readout")
