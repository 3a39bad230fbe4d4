"""The adapter registry: entry points discovered once and lazily, plus run-time registrations.

Listing names reads entry-point metadata only; a plugin's module is imported the first time its
adapter is needed. The core distrusts plugins: one that fails to import (even by calling
``sys.exit``), has no usable ``name``, or raises in ``detect`` becomes a warning naming it (once
per process) and scores 0; scores are clamped to [0, 1]; ``generic`` is always the core's own. A
declared regex that does not compile is a warning naming the plugin and the row when the adapter
is loaded or registered, and the adapter runs without that row.
"""

from __future__ import annotations

import logging
import math
import numbers
import threading
import warnings
from collections.abc import Callable, Iterator
from importlib import metadata

import attrs

from ._detection import GENERIC, MIN_SCORE, TIE_MARGIN
from ._entrypoints import by_name, distribution_label
from .adapter import FormatAdapter, declaration_problems, without_bad_rows
from .document import Document
from .errors import FormatNotFoundError, PluginWarning, TimeLimitError

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


Scores = tuple[tuple[str, float], ...]
ScoresOrScorer = Scores | Callable[[], Scores]


def _boxed(value: ScoresOrScorer | list[ScoresOrScorer]) -> list[ScoresOrScorer]:
    """The scores (or their scorer) in a box that scoring fills in; a box is kept (``attrs.evolve``)."""
    return value if isinstance(value, list) else [value]


def _resolved(box: list[ScoresOrScorer]) -> Scores:
    """The scores in ``box``, scored now if they were left to a scorer."""
    value = box[0]
    if callable(value):
        value = value()
        box[0] = value
    return value


@attrs.frozen(repr=False)
class Detection:
    """The outcome of detection: every candidate's score and the winner.

    ``scores`` may be given as a function that scores them: when a URL match decides, the
    adapters the URL does not name are only scored if a caller asks for every score (``readout
    detect`` does, ``parse`` does not).
    """

    winner: str
    _scores: list[ScoresOrScorer] = attrs.field(converter=_boxed, alias="scores", eq=_resolved)
    reason: str

    @property
    def scores(self) -> Scores:
        """Every candidate's score, best first (ties by name), generic last."""
        return _resolved(self._scores)

    def __repr__(self) -> str:
        return f"Detection(winner={self.winner!r}, scores={self.scores!r}, reason={self.reason!r})"


_lock = threading.RLock()
_entry_points: dict[str, metadata.EntryPoint] | None = None
_loaded: dict[str, FormatAdapter] = {}
_runtime: dict[str, FormatAdapter] = {}
_failed: set[str] = set()
_warned: set[str] = set()
#: The core's own fallback, as its entry point names it: no other distribution may take its name.
_GENERIC_TARGET = "readoutlib.generic:GenericAdapter"


def _usurper(ep: metadata.EntryPoint) -> str | None:
    if ep.name == GENERIC and ep.value != _GENERIC_TARGET:
        return f"{distribution_label(ep)} registers a format named {GENERIC!r}; the core's is kept"
    return None


def _discover() -> dict[str, metadata.EntryPoint]:
    global _entry_points
    with _lock:
        if _entry_points is None:
            _entry_points = by_name(ENTRY_POINT_GROUP, "format", _usurper)
        return _entry_points


def _warn(message: str, *, once: str | None = None) -> None:
    """Warn about a plugin; with ``once``, only the first time that key is seen in this process."""
    if once is not None:
        with _lock:
            if once in _warned:
                return
            _warned.add(once)
    warnings.warn(message, PluginWarning, stacklevel=3)


def reset() -> None:
    """Forget discovered entry points and loaded adapters (tests use it after installs)."""
    global _entry_points
    with _lock:
        _entry_points = None
        _loaded.clear()
        _failed.clear()
        _warned.clear()


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
        _runtime[instance.name] = _checked(instance, f"format {instance.name!r}")
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
            if adapter.name != name:
                raise TypeError(f"its adapter is named {adapter.name!r}, not {name!r} as its entry point")
        # SystemExit too: a plugin calling sys.exit() at import must not end the caller's program
        except (Exception, SystemExit) as exc:  # a broken plugin must not break the run
            _failed.add(name)
            who = f"format plugin {name!r} ({distribution_label(ep)})"
            _warn(f"{who} failed to load: {type(exc).__name__}: {exc}")
            raise FormatNotFoundError(f"format {name!r} failed to load: {exc}") from None
        _loaded[name] = _checked(adapter, f"format plugin {name!r} ({distribution_label(ep)})")
        return adapter


def _checked(adapter: FormatAdapter, who: str) -> FormatAdapter:
    """``adapter`` without its declared regexes that do not compile, each one a warning naming it."""
    problems = declaration_problems(adapter)
    for problem in problems:
        _warn(f"{who}: {problem}; the row is left out")
    return without_bad_rows(adapter) if problems else adapter


def iter_adapters() -> Iterator[FormatAdapter]:
    """Yield every adapter that loads, in name order; plugins that fail become warnings."""
    for _name, adapter in _named_adapters():
        yield adapter


def _named_adapters() -> Iterator[tuple[str, FormatAdapter]]:
    """Every adapter that loads with the name it is registered under (never read from the plugin)."""
    for name in adapter_names():
        try:
            yield name, get_adapter(name)
        except FormatNotFoundError:
            continue


def _score(name: str, adapter: FormatAdapter, document: Document) -> float:
    try:
        raw = adapter.detect(document)
    except TimeLimitError as exc:  # the page's time ran out: not the plugin's fault
        raise exc.with_source(document.name) from None
    except (Exception, SystemExit) as exc:  # the core distrusts plugins
        _warn(f"format {name!r} raised in detect: {type(exc).__name__}: {exc}", once=f"{name} detect")
        return 0.0
    # a str "0.9", None or a bool is a bug, not a score
    if not isinstance(raw, numbers.Real) or isinstance(raw, bool):
        _warn(f"format {name!r} returned {type(raw).__name__} from detect, not a number", once=f"{name} type")
        return 0.0
    try:
        score = float(raw)
    except Exception as exc:  # a numbers.Real whose float() raises
        _warn(f"format {name!r} returned a score float() refuses: {type(exc).__name__}", once=f"{name} float")
        return 0.0
    if not math.isfinite(score):  # NaN or infinity is no confidence
        _warn(f"format {name!r} returned {score} from detect, not a score", once=f"{name} finite")
        return 0.0
    return min(1.0, max(0.0, score))


def _matches_url(name: str, adapter: FormatAdapter, url: str | None) -> bool:
    try:
        return bool(adapter.matches_url(url))
    except (Exception, SystemExit) as exc:  # an invalid pattern in a plugin must not break detection
        _warn(f"format {name!r} failed to match URLs: {type(exc).__name__}: {exc}", once=f"{name} url")
        return False


def detect(document: Document) -> Detection:
    """Score the adapters on ``document`` and pick the winner.

    The URL first: adapters whose URL patterns match the document's URL are scored, and if any
    of them scores at least ``MIN_SCORE`` the best of them wins (its content did not contradict
    the URL); the other adapters are then scored only if a caller reads ``Detection.scores``.
    Otherwise every adapter is scored. A best score under ``MIN_SCORE``, or a near tie between
    two adapters, falls back to generic.
    """
    adapters = [(name, adapter) for name, adapter in _named_adapters() if name != GENERIC]
    by_url = [(name, adapter) for name, adapter in adapters if _matches_url(name, adapter, document.url)]
    if len(by_url) == 1 and _url_decides(by_url[0][1]):
        # The one adapter the URL names scores at least its url_weight whatever its markers find:
        # it wins, and every score (its own too) is left to a caller who reads them.
        def all_scores() -> Scores:
            every = {name: _score(name, adapter, document) for name, adapter in adapters}
            return (*_ranked(every), (GENERIC, 0.0))

        return Detection(by_url[0][0], all_scores, "best by URL and content")
    known = {name: _score(name, adapter, document) for name, adapter in by_url}
    url_ranked = _ranked(known)
    if url_ranked and url_ranked[0][1] >= MIN_SCORE:

        def every_score() -> Scores:
            rest = {name: _score(name, adapter, document) for name, adapter in adapters if name not in known}
            return (*_ranked({**known, **rest}), (GENERIC, 0.0))

        return _decide(url_ranked, every_score, "URL and content")
    scores = {
        name: known[name] if name in known else _score(name, adapter, document) for name, adapter in adapters
    }
    ranked = _ranked(scores)
    return _decide(ranked, (*ranked, (GENERIC, 0.0)), "content")


def _number(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)


def _url_decides(adapter: FormatAdapter) -> bool:
    """Whether a URL match alone makes ``adapter`` score ``MIN_SCORE`` or more, markers unread.

    True for an adapter that keeps the default ``detect`` and ``matches_url`` (its score is
    ``1 - (1 - url_weight) * (1 - markers)``, never below ``url_weight``) with a ``url_weight`` of
    at least ``MIN_SCORE`` and numbers for its markers' weights (so scoring cannot fail). An adapter
    with a ``detect`` of its own may let content contradict its URL: it is scored.
    """
    cls = type(adapter)
    if cls.detect is not FormatAdapter.detect or "detect" in vars(adapter):
        return False
    if getattr(cls.matches_url, "__func__", None) is not vars(FormatAdapter)["matches_url"].__func__:
        return False
    if "matches_url" in vars(adapter) or not _number(adapter.url_weight) or adapter.url_weight < MIN_SCORE:
        return False
    weights = (*adapter.markers, *adapter.supporting_markers)
    return all(isinstance(pair, tuple) and len(pair) == 2 and _number(pair[1]) for pair in weights)


def _ranked(scores: dict[str, float]) -> list[tuple[str, float]]:
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def _decide(ranked_pick: list[tuple[str, float]], all_scores: ScoresOrScorer, basis: str) -> Detection:
    """The winner among ``ranked_pick`` (best first), or generic with the reason why none."""
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
