"""The results of pairing and comparing readouts: typed, frozen, and serializable to JSON.

A :class:`PairedEvent` is one event as several publishers read it, with the evidence that joined
them; a :class:`Comparison` sets two of those readouts side by side, statement against statement.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..model import EventKind, Readout

__all__ = [
    "Attribution",
    "Comparison",
    "Fact",
    "MatchEvidence",
    "PairedEvent",
    "PersonMatch",
    "Point",
    "Related",
    "StatementLink",
]


@attrs.frozen
class PersonMatch:
    """One principal found in both readouts, as each writes the name."""

    a: str
    b: str
    #: where the name was found in each readout: "participants", "title", "lead", "office", or "country
    #: and office" (names in two scripts no key compares, matched by country and level of office)
    basis: str


@attrs.frozen
class MatchEvidence:
    """Why two readouts (by their index in :attr:`PairedEvent.readouts`) report the same event."""

    a: int
    b: int
    persons: tuple[PersonMatch, ...]
    date_a: dt.date
    date_b: dt.date
    #: what each date rests on: the event's ``date_basis`` ("text", "relative", "published"), "event"
    #: for an event date of unknown basis, or "published" where the readout has only its page's date
    date_basis_a: str
    date_basis_b: str
    kind_a: EventKind = attrs.field(converter=EventKind)
    kind_b: EventKind = attrs.field(converter=EventKind)


@attrs.frozen
class PairedEvent:
    """One event and every readout of it found, one per publisher.

    An event of one readout is a readout that nothing else matched with confidence; its
    ``evidence`` is empty.
    """

    readouts: tuple[Readout, ...]
    evidence: tuple[MatchEvidence, ...] = ()


@attrs.frozen
class Point:
    """One point a readout reports: a sentence of its text, with who it gives the sentence to.

    ``text`` is ``paragraphs[paragraph][start:end]`` of its readout. A sentence holding a statement
    of the parser carries that statement's speaker (as the readout names the person, "both" for a
    joint statement), verb and index into ``Readout.statements``; a sentence the parser gives to no
    one (what was discussed, the call's purpose, a statement it did not read) has ``speaker`` None.
    """

    paragraph: int
    start: int
    end: int
    text: str
    speaker: str | None = None
    verb: str | None = None
    statement: int | None = None


@attrs.frozen
class StatementLink:
    """A point of side A and one of side B on the same subject (indexes into the sides' points)."""

    a: int
    b: int
    #: similarity in [0, 100]: for a link of ``basis`` "statements", rapidfuzz's token-set ratio of
    #: the two statements' content words; of basis "sentences", the rarity-weighted Dice overlap of
    #: the two points' content words; of basis "positions", the token-set ratio of a position's
    #: words and the other point's; of basis "agenda", the two points' weighted Dice overlap; of
    #: basis "evidence", the link model's probability (times 100)
    score: float
    #: the speaker of each point as its own side names it ("both" for joint statements, "" for none)
    speaker_a: str
    speaker_b: str
    #: whether both sides give the point to the same person (or both to "both"); False where either
    #: side gives it to no one
    same_speaker: bool
    #: which pass linked the two: "statements" (the parser's statements in them), "sentences",
    #: "positions" (a position the parser does not read as a statement), "agenda" (each side's single
    #: statement naming an agenda item, :mod:`readoutlib.compare.agenda`), or "evidence" (the opt-in
    #: last pass, :mod:`readoutlib.compare.evidence`)
    basis: str = "statements"


@attrs.frozen
class Fact:
    """One property of the event as each side reports it."""

    field: str
    a: str | None
    b: str | None
    same: bool


@attrs.frozen
class Attribution:
    """A statement one side gives to the other side's own principal, which that side does not report.

    The headline finding of a comparison: "A says B's leader said X; B's own readout has no X".
    """

    side: str
    #: index into that side's points
    point: int
    speaker: str
    text: str


@attrs.frozen
class Related:
    """A point no link joins whose subject the other side also names, in other words.

    Not "only one side reports": the other side's ``partner`` (an index into its points) is on the
    same subject. ``basis`` says why: "margin" (the second pass scored the two on one subject but
    left them unlinked because one of them is about as close to another point), "taken" (the
    partner was already linked more closely), or, where set on (off by default), "agenda" (both
    name the same third country or proper name) or "words" (they share enough rare content words).
    """

    point: int
    partner: int
    basis: str


@attrs.frozen
class Comparison:
    """Two readouts of one event, aligned point by point."""

    a: Readout
    b: Readout
    persons: tuple[PersonMatch, ...]
    facts: tuple[Fact, ...]
    #: every point each side reports, in reading order
    points_a: tuple[Point, ...]
    points_b: tuple[Point, ...]
    links: tuple[StatementLink, ...]
    #: points (indexes into ``points_a`` / ``points_b``) the other side has no match for
    only_a: tuple[int, ...]
    only_b: tuple[int, ...]
    attributions: tuple[Attribution, ...] = ()
    #: points no link joins that are on a subject the other side also names, in other words (each
    #: with its partner); they are not listed in ``only_a`` / ``only_b``
    related_a: tuple[Related, ...] = ()
    related_b: tuple[Related, ...] = ()
    #: points no link joins that only name a topic ("The leaders also discussed Afghanistan"): no
    #: statement, so no difference between the accounts; listed apart, not in ``only_a`` / ``only_b``
    topics_a: tuple[int, ...] = ()
    topics_b: tuple[int, ...] = ()
