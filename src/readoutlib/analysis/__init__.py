"""The shared, publisher-free analysis: from layout parts to a Readout.

``analyze`` is what ``FormatAdapter.extract`` calls; the stages it runs are in ``pipeline``.
Publisher knowledge arrives only through a ``Profile``, language knowledge through the language
packs (``readoutlib.languages``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .profile import Profile

if TYPE_CHECKING:
    from ..adapter import Layout
    from ..model import Readout, Source

__all__ = ["Profile", "analyze"]


#: The neutral profile: the generic analysis with no publisher phrasing.
DEFAULT_PROFILE = Profile()


def analyze(layout: Layout, *, source: Source, profile: Profile = DEFAULT_PROFILE) -> Readout:
    """Turn a page's layout parts into a Readout.

    Args:
        layout: title, paragraphs and dates as the adapter found them.
        source: where the page came from (``published`` is used to resolve "today").
        profile: the publisher's phrasing.

    Raises:
        NotAReadoutError: the text reports no call, meeting or other event between principals.
    """
    from .pipeline import analyze as _analyze

    return _analyze(layout, source=source, profile=profile)
