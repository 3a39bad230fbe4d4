"""Kinds and sides of visits and calls told in layouts the parser misread (issue #8, fam118), invented
pages: a visit's host named as the agent of a passive two paragraphs below the arrival, its subject
the traveller's office ("The visiting Premier was later hosted to a dinner by ...")."""

from __future__ import annotations

from readoutlib.model import EventKind
from tests.languages.en.layout_kit import text_page


def test_a_visit_host_named_in_a_passive_two_paragraphs_below_is_a_side() -> None:
    """The host of a visit, named only as the agent of a passive whose subject is the traveller's
    office, in the paragraph after the one that tells why the guest came, is the other side."""
    readout = text_page(
        "Premier Ana Ruiz arrived in Russia yesterday for her first official visit.",
        "Ruiz is in the country to attend a regional fisheries retreat this week with other leaders.",
        "The visiting Premier was later hosted to a welcome lunch by President, Eko Tan at the palace.",
        "The two leaders discussed fisheries and trade.",
    )
    sides = [(p.name, p.country) for p in readout.event.participants]
    assert sides == [("Ana Ruiz", None), ("Eko Tan", "RU")]


def test_discussions_named_again_as_a_telephone_conversation_are_a_phone_call() -> None:
    """An opening that names its event only as "discussions" held, and a lead below that first names it
    again as the telephonic conversation, reports a phone call."""
    readout = text_page(
        "Freedonian Finance Minister Ana Ruiz and Ruritanian Treasury Secretary Eko Tan on Monday held "
        "discussions on the economic outlook.",
        "Secretary Tan stressed Freedonia's role as a partner, the Treasury said in a statement.",
        "During the telephonic conversation, Tan welcomed Freedonia's support for the vaccine effort.",
    )
    assert readout.event.kind is EventKind.PHONE_CALL


def test_discussions_named_again_as_talks_stay_talks() -> None:
    """A guard: the same opening with a lead that first says "the discussions" keeps them talks."""
    readout = text_page(
        "Freedonian Finance Minister Ana Ruiz and Ruritanian Treasury Secretary Eko Tan on Monday held "
        "discussions on the economic outlook.",
        "The discussions covered trade, debt relief and the vaccine effort.",
    )
    assert readout.event.kind is EventKind.TALKS
