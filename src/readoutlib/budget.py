"""A per-page time budget: the analysis checks it in its loops and gives up when it runs out.

The check is cooperative (no signals, no threads), so it works in any thread and in library
code: ``parse`` opens a budget with ``time_budget`` and the analysis calls ``check`` as it goes.
Outside a budget ``check`` costs one context-variable read.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import TimeLimitError

__all__ = ["active", "check", "time_budget"]

_deadline: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar(
    "readoutlib_deadline", default=None
)


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the body under a budget of ``seconds`` of wall time (None: no budget).

    Raises:
        ValueError: ``seconds`` is not a positive number.
    """
    if seconds is None:
        yield
        return
    if not seconds > 0:
        raise ValueError(f"a time budget must be a positive number of seconds, not {seconds!r}")
    token = _deadline.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


def active() -> bool:
    """Whether a budget is running (``parse_document`` opens the default one only when none is)."""
    return _deadline.get() is not None


def check() -> None:
    """Raise ``TimeLimitError`` when the current budget has run out; otherwise return at once."""
    budget = _deadline.get()
    if budget is not None and time.monotonic() > budget[0]:
        raise TimeLimitError(f"gave up after the time budget of {budget[1]:g} s for one page")
