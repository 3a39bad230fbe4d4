"""Placeholder analysis (replaced by the shared analysis work): title and paragraphs only."""

from __future__ import annotations

from ..adapter import Layout
from ..model import Readout, Source
from .profile import Profile


def analyze(layout: Layout, *, source: Source, profile: Profile) -> Readout:
    """Build a Readout holding the layout's title and paragraphs."""
    return Readout(source=source, title=layout.title, paragraphs=layout.paragraphs)
