"""The adapter registry: entry points discovered once and lazily, plus run-time registrations.

Listing names reads entry-point metadata only; a plugin's module is imported the first time its
adapter is needed. The core distrusts plugins: one that fails to import, or raises in ``detect``,
becomes a warning naming it and scores 0; scores are clamped to [0, 1].
"""

from __future__ import annotations

import logging
import math
import numbers
import threading
import warnings
from collections.abc import Iterator
from importlib import metadata

import attrs

from ._detection import GENERIC, MIN_SCORE, TIE_MARGIN
from .adapter import FormatAdapter
from .document import Document
from .errors import FormatNotFoundError

__all__ = [
    "ENTRY_POINT_GROUP",
    "GENERIC",
    "Detection",
    "PluginWarning",
    "adapter_names",
    "detect",
    "entry_point",
    "get_adapter",
    "register",
    "unregister",
]

log = logging.getLogger(__name__)

#: The entry-point group every format plugin registers under.
ENTRY_POINT_GROUP = "readoutlib.formats"


class PluginWarning(UserWarning):
    """A plugin failed to load or misbehaved; the run goes on without it."""


@attrs.frozen
class Detection:
    """The outcome of detection: every candidate's score and the winner."""

    winner: str
    scores: tuple[tuple[str, float], ...]
    reason: str


_lock = threading.RLock()
_entry_points: dict[str, metadata.EntryPoint] | None = None
_loaded: dict[str, FormatAdapter] = {}
_runtime: dict[str, FormatAdapter] = {}
_failed: set[str] = set()


def _discover() -> dict[str, metadata.EntryPoint]:
    global _entry_points
    with _lock:
        if _entry_points is None:
            found: dict[str, metadata.EntryPoint] = {}
            for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
                if ep.name in found:
                    _warn(f"format {ep.name!r} is registered twice; keeping {found[ep.name].value}")
                    continue
                found[ep.name] = ep
            _entry_points = found
        return _entry_points


def _warn(message: str) -> None:
    warnings.warn(message, PluginWarning, stacklevel=3)


def _distribution(ep: metadata.EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    return f"{dist.name} {dist.version}" if dist is not None else ep.value


def reset() -> None:
    """Forget discovered entry points and loaded adapters (tests use it after installs)."""
    global _entry_points
    with _lock:
        _entry_points = None
        _loaded.clear()
        _failed.clear()


def adapter_names() -> list[str]:
    """Names of all registered adapters, sorted; imports no plugin."""
    with _lock:
        names = set(_discover()) | set(_runtime) | {GENERIC}
    return sorted(names)


def entry_point(name: str) -> metadata.EntryPoint | None:
    """The entry point registered under ``name``, if any (imports nothing)."""
    return _discover().get(name)


def register(adapter: FormatAdapter | type[FormatAdapter], *, replace: bool = False) -> FormatAdapter:
    """Register an adapter at run time (for tests and notebooks).

    Args:
        adapter: an adapter instance or class (a class is instantiated without arguments).
        replace: allow replacing an adapter registered under the same name.

    Raises:
        ValueError: the adapter has no name, or the name is taken and ``replace`` is false.
    """
    instance = adapter() if isinstance(adapter, type) else adapter
    if not instance.name:
        raise ValueError("an adapter needs a non-empty name")
    with _lock:
        taken = instance.name in _runtime or instance.name in _discover() or instance.name == GENERIC
        if taken and not replace:
            raise ValueError(f"a format named {instance.name!r} is already registered")
        _runtime[instance.name] = instance
    return instance


def unregister(name: str) -> None:
    """Remove an adapter registered at run time; unknown names are ignored."""
    with _lock:
        _runtime.pop(name, None)


def get_adapter(name: str) -> FormatAdapter:
    """Return the adapter registered under ``name``, loading its plugin if needed.

    Raises:
        FormatNotFoundError: no such adapter, or its plugin failed to load.
    """
    with _lock:
        if name in _runtime:
            return _runtime[name]
        if name in _loaded:
            return _loaded[name]
        if name == GENERIC and name not in _discover():
            from .generic import GenericAdapter

            _loaded[name] = GenericAdapter()
            return _loaded[name]
        ep = _discover().get(name)
        if ep is None or name in _failed:
            known = ", ".join(adapter_names())
            raise FormatNotFoundError(f"no format named {name!r} (known: {known})")
        try:
            cls = ep.load()
            adapter = cls() if isinstance(cls, type) else cls
            if not isinstance(adapter, FormatAdapter):
                raise TypeError(f"{ep.value} is not a FormatAdapter")
        except Exception as exc:  # a broken plugin must not break the run
            _failed.add(name)
            _warn(f"format plugin {name!r} ({_distribution(ep)}) failed to load: {type(exc).__name__}: {exc}")
            raise FormatNotFoundError(f"format {name!r} failed to load: {exc}") from None
        _loaded[name] = adapter
        return adapter


def iter_adapters() -> Iterator[FormatAdapter]:
    """Yield every adapter that loads, in name order; plugins that fail become warnings."""
    for name in adapter_names():
        try:
            yield get_adapter(name)
        except FormatNotFoundError:
            continue


def _score(adapter: FormatAdapter, document: Document) -> float:
    try:
        raw = adapter.detect(document)
    except Exception as exc:  # the core distrusts plugins
        _warn(f"format {adapter.name!r} raised in detect: {type(exc).__name__}: {exc}")
        return 0.0
    if not isinstance(raw, numbers.Real):  # a str "0.9" or None is a bug, not a score
        _warn(f"format {adapter.name!r} returned {type(raw).__name__} from detect, not a number")
        return 0.0
    score = float(raw)
    if math.isnan(score):
        return 0.0
    return min(1.0, max(0.0, score))


def _matches_url(adapter: FormatAdapter, url: str | None) -> bool:
    try:
        return bool(adapter.matches_url(url))
    except Exception as exc:  # an invalid pattern in a plugin must not break detection
        _warn(f"format {adapter.name!r} failed to match URLs: {type(exc).__name__}: {exc}")
        return False


def detect(document: Document) -> Detection:
    """Score every adapter on ``document`` and pick the winner.

    Adapters whose URL patterns match the document's URL are scored first; if any of them
    scores at least ``MIN_SCORE`` the best of them wins. Otherwise every adapter is scored. A
    best score under ``MIN_SCORE``, or a near tie between two adapters, falls back to generic.
    """
    adapters = [a for a in iter_adapters() if a.name != GENERIC]
    scores = {a.name: _score(a, document) for a in adapters}
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    by_url = [a.name for a in adapters if _matches_url(a, document.url)]
    url_ranked = [(n, s) for n, s in ranked if n in by_url]
    if url_ranked and url_ranked[0][1] >= MIN_SCORE:
        ranked_pick = url_ranked
        basis = "URL and content"
    else:
        ranked_pick = ranked
        basis = "content"
    all_scores = (*ranked, (GENERIC, 0.0))
    if not ranked_pick or ranked_pick[0][1] <= 0.0:
        # naming a "best" among zeros would only name the first adapter in alphabetical order
        reason = "no format recognised the page: no URL pattern or marker of any format matched"
        return Detection(GENERIC, all_scores, reason if ranked_pick else "no format plugin is installed")
    if ranked_pick[0][1] < MIN_SCORE:
        best = f"best: {ranked_pick[0][0]} {ranked_pick[0][1]:.2f}"
        return Detection(GENERIC, all_scores, f"no format scored {MIN_SCORE} or more ({best})")
    if len(ranked_pick) > 1 and ranked_pick[0][1] - ranked_pick[1][1] < TIE_MARGIN:
        tied = ", ".join(f"{n} {s:.2f}" for n, s in ranked_pick[:2])
        return Detection(GENERIC, all_scores, f"near tie between {tied}")
    return Detection(ranked_pick[0][0], all_scores, f"best by {basis}")
