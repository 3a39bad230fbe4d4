"""Joint statements of two governments that report the encounter just held are its readout; a group's or
an occasion's declaration is not (fam205, issue #8; benchmarks/real/CONVENTIONS.md, "Joint statements").
The kind test was seen failing first on main 7dee6b48; the readout-or-not tests pin fam133's rule, which
main already followed, on the shapes of the three gold pages aligned (numbered points, a byline block)."""

from __future__ import annotations

import readoutlib
from readoutlib.model import EventKind


def _parse(text: str) -> readoutlib.Readout | None:
    try:
        return readoutlib.parse(text, url="https://news.example.org/story/4711")
    except readoutlib.NotAReadoutError:
        return None


def test_a_noun_visit_headline_over_an_opening_that_met_is_that_meeting() -> None:
    """ "Joint Statement on the Official Visit to Velor of the Minister …" over "The Ministers … met today
    in Port Vell": the opening's own event gives the kind, as under "X visits <Place>" (fam128)."""
    text = (
        "Joint Statement on the Official Visit to Velor of the Minister of Foreign Affairs of Ostland\n\n"
        "Tuesday, March 4, 2031\n\n"
        "The Ministers of Foreign Affairs of Velor and Ostland met today in Port Vell to review the "
        "bilateral agenda.\n\n"
        "Both Ministers highlighted the growth of trade between the two countries.\n"
    )
    readout = _parse(text)
    assert readout is not None
    assert readout.event.kind is EventKind.MEETING


def test_a_noun_visit_headline_over_a_lead_listing_officials_met_stays_the_visit() -> None:
    """ "Adviser X's Visit to Port Vell" over "X met with A, B and others in Port Vell": the trip's
    officials listed, the visit keeps its kind (the feeds' trip line); only a reciprocal "met" ends it."""
    text = (
        "Statement on Adviser Tomas Berg’s Visit to Port Vell, Velor\n\n"
        "Adviser Tomas Berg met with Velorian President Ana Ruiz, Defense Minister Marco Osten and others in "
        "Port Vell today to underline support for Velor.\n"
    )
    readout = _parse(text)
    assert readout is not None
    assert readout.event.kind is EventKind.VISIT


def test_a_leaders_joint_statement_in_numbered_points_reporting_their_dialogue_is_a_readout() -> None:
    """Numbered points under a byline block, the first telling the round held: the readout of that round."""
    text = (
        "Velor-Ostland Annual Leaders' Dialogue\n\nJoint statement\nPrime Minister Ana Ruiz\n"
        "Prime Minister of Velor\n"
        "  1. Prime Minister Ana Ruiz and Prime Minister Tomas Berg held the third Velor-Ostland Annual "
        "Leaders' Dialogue on 4 March 2031 in Port Vell.\n"
        "  2. Leaders acknowledged the close ties between the two countries. The Prime Ministers reaffirmed "
        "their commitment to the partnership.\n"
    )
    readout = _parse(text)
    assert readout is not None
    assert readout.event.kind is EventKind.TALKS


def test_ministers_speaking_as_we_on_the_occasion_of_a_meeting_make_no_readout() -> None:
    """ "On the occasion of the meeting …, we, the Ministers …": the meeting is the occasion of the
    signatories' declaration, no encounter reported."""
    text = (
        "Joint Statement by the Foreign Ministers of Velor, Ostland and Nordmark\n\n"
        "On the occasion of the meeting of the Lake Triangle in Port Vell on 4 March 2031, we, the "
        "Ministers of Foreign Affairs of Velor, Ostland and Nordmark, reaffirm our determination to "
        "deepen our cooperation.\n\n"
        "We will intensify our coordination within the Lake Triangle.\n"
    )
    assert _parse(text) is None


def test_a_co_verb_before_an_objects_title_is_no_part_of_it() -> None:
    """ "X co-hosted Minister A and Minister B": "co-hosted" ends the title phrase before A (a hyphenated
    lowercase word otherwise goes on a title leftwards, "vice-chairman"), so A is a side; an all-caps
    family name first or last reads as any name."""
    text = (
        "Secretary Tomas Berg and Secretary Lina Vale co-hosted Norway’s Minister for Foreign Affairs RUIZ "
        "Ana and Minister of Trade Marco OSTEN for the first ministerial meeting of the Committee on "
        "March 4, 2031. The Ministers affirmed their shared resolve to deepen trade.\n"
    )
    readout = _parse(text)
    assert readout is not None
    names = [p.name for p in readout.event.participants]
    assert names == ["Tomas Berg", "Lina Vale", "RUIZ Ana", "Marco OSTEN"]
