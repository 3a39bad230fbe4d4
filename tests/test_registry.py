"""Tests of the registry: run-time registration, entry-point loading, and how detection picks a winner."""

from __future__ import annotations

import math
import numbers
import re
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import cast

import attrs
import pytest

import readoutlib
from readoutlib import markers, registry
from readoutlib.adapter import FormatAdapter, Layout
from readoutlib.document import Document, load
from readoutlib.errors import FormatNotFoundError
from readoutlib.model import Readout, Source
from readoutlib.registry import GENERIC, MIN_SCORE, TIE_MARGIN, PluginWarning

PAGE = load("A test page about nothing in particular.\nIt has two lines.", url="https://tests.invalid/a/1")
NO_URL = load("A test page about nothing in particular.\nIt has two lines.")


class _StubBase(FormatAdapter):
    """An adapter whose detect is a function given at creation; its layout is the lines."""

    publisher = "tests"
    description = "A stub adapter for registry tests."
    score_of: Callable[[Document], object] = staticmethod(lambda _doc: 0.0)

    def detect(self, document: Document) -> float:
        """Whatever the stub's function returns (deliberately unchecked)."""
        return cast(float, type(self).score_of(document))

    def layout(self, document: Document) -> Layout:
        """The document's non-empty lines as paragraphs."""
        return Layout(None, tuple(line for line in document.lines if line))


def stub(name: str, score: object, urls: tuple[str, ...] = ()) -> type[FormatAdapter]:
    """A new adapter class named ``name``: detect returns ``score``, raises it, or calls it."""

    def score_of(document: Document) -> object:
        if isinstance(score, BaseException):
            raise score
        if callable(score):
            return score(document)
        return score

    attributes = {"name": name, "url_patterns": urls, "score_of": staticmethod(score_of)}
    return cast(type[FormatAdapter], type(f"Stub_{name.replace('-', '_')}", (_StubBase,), attributes))


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A registry without installed plugins: only generic and what the test registers."""
    registry.reset()
    monkeypatch.setattr(registry, "_entry_points", {})
    monkeypatch.setattr(registry, "_runtime", {})
    yield
    registry.reset()


def scores(detection: registry.Detection) -> dict[str, float]:
    """Detection scores as a dict."""
    return dict(detection.scores)


# --- run-time registration -------------------------------------------------------------------------


@pytest.mark.usefixtures("isolated")
def test_register_class_then_unregister() -> None:
    """A registered class is instantiated, listed and returned; after unregister it is gone."""
    adapter = readoutlib.register(stub("t-one", 0.0))
    listed = readoutlib.adapter_names()
    same = readoutlib.get_adapter("t-one") is adapter
    readoutlib.unregister("t-one")
    expected = (["generic", "t-one"], True, ["generic"])
    assert expected == (listed, same, readoutlib.adapter_names())
    with pytest.raises(FormatNotFoundError):
        readoutlib.get_adapter("t-one")


@pytest.mark.usefixtures("isolated")
def test_register_instance() -> None:
    """A registered instance is the very object get_adapter returns."""
    instance = stub("t-inst", 0.0)()
    expected = (instance, instance)
    assert expected == (readoutlib.register(instance), readoutlib.get_adapter("t-inst"))


@pytest.mark.usefixtures("isolated")
def test_register_duplicate_needs_replace() -> None:
    """A taken name is refused unless replace=True, which swaps the adapter."""
    readoutlib.register(stub("t-dup", 0.0))
    with pytest.raises(ValueError, match="already registered"):
        readoutlib.register(stub("t-dup", 0.5))
    second = readoutlib.register(stub("t-dup", 0.5), replace=True)
    assert second is readoutlib.get_adapter("t-dup")


@pytest.mark.usefixtures("isolated")
def test_register_generic_needs_replace() -> None:
    """The fallback's name is taken from the start."""
    with pytest.raises(ValueError, match="already registered"):
        readoutlib.register(stub(GENERIC, 0.0))


@pytest.mark.usefixtures("isolated")
def test_register_needs_a_name() -> None:
    """An adapter without a name is refused."""
    with pytest.raises(ValueError, match="non-empty name"):
        readoutlib.register(stub("", 0.0))


@pytest.mark.usefixtures("isolated")
def test_unregister_unknown_is_ignored() -> None:
    """Unregistering a name never registered changes nothing."""
    readoutlib.unregister("never-registered")
    expected = ["generic"]
    assert expected == readoutlib.adapter_names()


@pytest.mark.usefixtures("isolated")
def test_get_adapter_unknown() -> None:
    """An unknown name raises FormatNotFoundError listing the known names."""
    with pytest.raises(FormatNotFoundError, match=r"no format named 'nope' \(known: generic\)"):
        readoutlib.get_adapter("nope")


@pytest.mark.usefixtures("isolated")
def test_generic_is_always_there() -> None:
    """Without any entry point, generic is still listed and loads the core's GenericAdapter."""
    from readoutlib.generic import GenericAdapter

    adapter = readoutlib.get_adapter(GENERIC)
    expected = (["generic"], True)
    assert expected == (readoutlib.adapter_names(), isinstance(adapter, GenericAdapter))


# --- score sanitising ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (0.5, 0.5),
        (5.0, 1.0),
        (-2.0, 0.0),
        (1, 1.0),
    ],
    ids=["in-range", "above", "below", "int"],
)
@pytest.mark.usefixtures("isolated")
def test_scores_are_clamped(raw: object, clean: float) -> None:
    """Whatever number detect returns, the registry uses a score in [0, 1] (NaN counts as 0)."""
    readoutlib.register(stub("t-clamp", raw))
    assert clean == scores(readoutlib.detect(PAGE))["t-clamp"]


class UnfloatableReal(numbers.Real):
    """A ``numbers.Real`` whose ``float()`` raises (issue 11, P4); nothing else of it is used."""

    def __float__(self) -> float:
        raise ArithmeticError("no float")

    __abs__ = __add__ = __ceil__ = __floor__ = __floordiv__ = __le__ = __lt__ = __mod__ = __mul__ = None  # type: ignore[assignment]
    __neg__ = __pos__ = __pow__ = __radd__ = __rfloordiv__ = __rmod__ = __rmul__ = __round__ = None  # type: ignore[assignment]
    __rpow__ = __rtruediv__ = __truediv__ = __trunc__ = __eq__ = __hash__ = None  # type: ignore[assignment]


@pytest.mark.parametrize(
    ("bad", "warning"),
    [
        (RuntimeError("boom"), "'t-broken' raised in detect: RuntimeError: boom"),
        (KeyError("x"), "'t-broken' raised in detect: KeyError"),
        (RecursionError(), "'t-broken' raised in detect: RecursionError"),
        ("0.9", "'t-broken' returned str from detect, not a number"),
        (None, "'t-broken' returned NoneType from detect, not a number"),
        (0.9j, "'t-broken' returned complex from detect, not a number"),
        # issue 11, P4: True and infinity are no confidence (they used to count as 1.0 and win)
        (True, "'t-broken' returned bool from detect, not a number"),
        (math.inf, "'t-broken' returned inf from detect, not a score"),
        (-math.inf, "'t-broken' returned -inf from detect, not a score"),
        (math.nan, "'t-broken' returned nan from detect, not a score"),
        (lambda _doc: UnfloatableReal(), "'t-broken' returned a score float() refuses: ArithmeticError"),
        # issue 11, P2: sys.exit() in a plugin does not end the caller's program
        (SystemExit(3), "'t-broken' raised in detect: SystemExit: 3"),
    ],
    ids=[
        "runtime-error",
        "key-error",
        "recursion",
        "str",
        "none",
        "complex",
        "bool",
        "inf",
        "-inf",
        "nan",
        "unfloatable",
        "sys-exit",
    ],
)
@pytest.mark.usefixtures("isolated")
def test_broken_detect_scores_zero_with_warning(bad: object, warning: str) -> None:
    """An exception or a non-number from detect scores 0, warns naming the adapter, and others still win."""
    readoutlib.register(stub("t-broken", bad))
    readoutlib.register(stub("t-fine", 0.8))
    with pytest.warns(PluginWarning, match=re.escape(warning)):
        detection = readoutlib.detect(PAGE)
    expected = ("t-fine", 0.0)
    assert expected == (detection.winner, scores(detection)["t-broken"])


@pytest.mark.usefixtures("isolated")
def test_invalid_url_pattern_is_a_warning() -> None:
    """An adapter whose URL pattern does not compile warns when registered, matches no URL, and
    detection goes on."""
    with pytest.warns(PluginWarning, match=r"'t-badurl': url_patterns\[0\] does not compile"):
        readoutlib.register(stub("t-badurl", 0.2, urls=("(unclosed",)))
    readoutlib.register(stub("t-fine", 0.8))
    detection = readoutlib.detect(PAGE)
    expected = ("t-fine", False)
    assert expected == (detection.winner, readoutlib.get_adapter("t-badurl").matches_url(PAGE.url))


# --- choosing the winner ---------------------------------------------------------------------------


@pytest.mark.usefixtures("isolated")
def test_highest_score_wins() -> None:
    """The adapter with the clearly highest score wins, and every score is reported with generic last."""
    readoutlib.register(stub("t-low", 0.4))
    readoutlib.register(stub("t-high", 0.9))
    detection = readoutlib.detect(PAGE)
    expected = ("t-high", (("t-high", 0.9), ("t-low", 0.4), (GENERIC, 0.0)))
    assert expected == (detection.winner, detection.scores)


@pytest.mark.usefixtures("isolated")
def test_url_narrowing() -> None:
    """An adapter whose URL pattern matches wins over a higher content score from one that does not."""
    readoutlib.register(stub("t-url", 0.4, urls=(r"^https://tests\.invalid/",)))
    readoutlib.register(stub("t-content", 0.9))
    with_url = readoutlib.detect(PAGE)
    without_url = readoutlib.detect(NO_URL)
    expected = ("t-url", "best by URL and content", "t-content", "best by content")
    assert expected == (with_url.winner, with_url.reason, without_url.winner, without_url.reason)


@pytest.mark.usefixtures("isolated")
def test_a_deciding_url_match_scores_the_others_only_when_asked() -> None:
    """When the URL's adapter wins, the others are scored only when every score is read."""
    asked: list[str] = []

    def other(document: Document) -> float:
        asked.append(document.text)
        return 0.5

    readoutlib.register(stub("t-url", 0.4, urls=(r"^https://tests\.invalid/",)))
    readoutlib.register(stub("t-other", other))
    detection = readoutlib.detect(PAGE)
    before = len(asked)
    expected = ("t-url", "best by URL and content", 0, (("t-other", 0.5), ("t-url", 0.4), (GENERIC, 0.0)), 1)
    assert expected == (detection.winner, detection.reason, before, detection.scores, len(asked))


@pytest.mark.usefixtures("isolated")
def test_url_match_under_min_score_is_not_trusted() -> None:
    """A URL match whose adapter scores under MIN_SCORE does not narrow: all adapters compete."""
    readoutlib.register(stub("t-url", MIN_SCORE / 2, urls=(r"tests\.invalid",)))
    readoutlib.register(stub("t-content", 0.9))
    expected = "t-content"
    assert expected == readoutlib.detect(PAGE).winner


@pytest.mark.usefixtures("isolated")
def test_url_patterns_are_case_insensitive() -> None:
    """URL patterns are searched case-insensitively, and no URL matches nothing."""
    cls = stub("t-case", 0.0, urls=(r"tests\.invalid/A/",))
    expected = (True, False)
    assert expected == (cls.matches_url("HTTPS://TESTS.INVALID/a/1"), cls.matches_url(None))


@pytest.mark.usefixtures("isolated")
def test_low_score_falls_back_to_generic() -> None:
    """A best score under MIN_SCORE falls back to generic and says which adapter came closest."""
    readoutlib.register(stub("t-weak", MIN_SCORE - 0.01))
    detection = readoutlib.detect(PAGE)
    expected = (GENERIC, f"no format scored {MIN_SCORE} or more (best: t-weak {MIN_SCORE - 0.01:.2f})")
    assert expected == (detection.winner, detection.reason)


@pytest.mark.usefixtures("isolated")
def test_every_score_zero_names_no_best() -> None:
    """When every adapter scores 0 the reason says nothing matched, and names no "best" adapter."""
    readoutlib.register(stub("t-a", 0.0))
    readoutlib.register(stub("t-b", 0.0))
    detection = readoutlib.detect(PAGE)
    reason = "no format recognised the page: no URL pattern or marker of any format matched"
    expected = (GENERIC, reason)
    assert expected == (detection.winner, detection.reason)


@pytest.mark.usefixtures("isolated")
def test_no_adapters_means_generic() -> None:
    """With no adapter but generic, generic wins."""
    detection = readoutlib.detect(PAGE)
    expected = (GENERIC, ((GENERIC, 0.0),), "no format plugin is installed")
    assert expected == (detection.winner, detection.scores, detection.reason)


@pytest.mark.usefixtures("isolated")
def test_near_tie_falls_back_to_generic() -> None:
    """Two adapters closer than TIE_MARGIN tie: generic wins and the reason names both."""
    readoutlib.register(stub("t-a", 0.8))
    readoutlib.register(stub("t-b", 0.8 - TIE_MARGIN / 2))
    detection = readoutlib.detect(PAGE)
    expected = (GENERIC, f"near tie between t-a 0.80, t-b {0.8 - TIE_MARGIN / 2:.2f}")
    assert expected == (detection.winner, detection.reason)


@pytest.mark.usefixtures("isolated")
def test_margin_at_least_tie_margin_is_a_win() -> None:
    """A lead of TIE_MARGIN or more is a win, not a tie."""
    readoutlib.register(stub("t-a", 0.8))
    readoutlib.register(stub("t-b", 0.7))
    expected = "t-a"
    assert expected == readoutlib.detect(PAGE).winner


@pytest.mark.usefixtures("isolated")
def test_near_tie_warning_reaches_the_readout() -> None:
    """parse() on a near tie uses generic and records the tie, naming the candidates, in warnings."""
    readoutlib.register(stub("t-a", 0.9))
    readoutlib.register(stub("t-b", 0.9))

    class FixedGeneric(FormatAdapter):
        """A stand-in for generic that returns a fixed readout (isolates this test from the analysis)."""

        name = GENERIC

        def extract(self, document: Document) -> Readout:
            """A readout with only a source."""
            return Readout(source=Source(adapter=GENERIC))

    readoutlib.register(FixedGeneric, replace=True)
    readout = readoutlib.parse("Some page text.\nMore text.")
    expected = ("format detection fell back to generic: near tie between t-a 0.90, t-b 0.90",)
    assert expected == readout.warnings


# --- entry points -----------------------------------------------------------------------------------


def fake_distribution(root: Path, dist: str, entry_points: dict[str, str], modules: dict[str, str]) -> Path:
    """Write an installed-looking distribution (dist-info with entry points, plus modules) under ``root``."""
    info = root / f"{dist.replace('-', '_')}-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n", encoding="utf-8")
    lines = "".join(f"{name} = {value}\n" for name, value in entry_points.items())
    (info / "entry_points.txt").write_text(f"[{registry.ENTRY_POINT_GROUP}]\n{lines}", encoding="utf-8")
    for module, source in modules.items():
        (root / f"{module}.py").write_text(source, encoding="utf-8")
    return root


GOOD_MODULE = '''
from readoutlib.adapter import FormatAdapter, Layout


class GoodAdapter(FormatAdapter):
    """A test plugin."""

    name = "t-entry"
    publisher = "tests"

    def detect(self, document):
        return 0.9 if "entry point" in document.text else 0.0

    def layout(self, document):
        return Layout(None, document.lines)
'''


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """Registry state forgotten before and after the test (entry points are rediscovered)."""
    registry.reset()
    yield monkeypatch
    registry.reset()


def test_entry_point_is_listed_without_import(tmp_path: Path, fresh_registry: pytest.MonkeyPatch) -> None:
    """An installed plugin is listed from metadata alone; its module is imported when first needed."""
    fake_distribution(
        tmp_path,
        "readoutlib-t-entry",
        {"t-entry": "t_entry_plugin:GoodAdapter"},
        {"t_entry_plugin": GOOD_MODULE},
    )
    fresh_registry.syspath_prepend(str(tmp_path))
    fresh_registry.delitem(sys.modules, "t_entry_plugin", raising=False)
    listed = "t-entry" in readoutlib.adapter_names()
    imported_by_listing = "t_entry_plugin" in sys.modules
    winner = readoutlib.detect(load("Found through an entry point.\nSecond line.")).winner
    expected = (True, False, "t-entry", True)
    assert expected == (listed, imported_by_listing, winner, "t_entry_plugin" in sys.modules)


BAD_ROW_MODULE = '''
from readoutlib.plugin import FormatAdapter


class BadRowAdapter(FormatAdapter):
    """A test plugin with one marker that does not compile beside one that does."""

    name = "t-badrow"
    publisher = "tests"
    markers = ((r"entry point", 0.9), (r"(entry", 0.5))
'''


def test_entry_point_with_a_bad_row_warns_at_load(tmp_path: Path, fresh_registry: pytest.MonkeyPatch) -> None:
    """An installed plugin's regex that does not compile is one warning at load naming the plugin, its
    distribution and the row; the plugin still wins its page with the other marker."""
    fake_distribution(
        tmp_path,
        "readoutlib-t-badrow",
        {"t-badrow": "t_badrow_plugin:BadRowAdapter"},
        {"t_badrow_plugin": BAD_ROW_MODULE},
    )
    fresh_registry.syspath_prepend(str(tmp_path))
    fresh_registry.delitem(sys.modules, "t_badrow_plugin", raising=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        winner = readoutlib.detect(load("Found through an entry point.\nSecond line.")).winner
    expected = (
        ["format plugin 't-badrow' (readoutlib-t-badrow 0.1): markers[1] does not compile"],
        "t-badrow",
    )
    actual = (
        [str(w.message).split(" (missing")[0] for w in caught if issubclass(w.category, PluginWarning)],
        winner,
    )
    assert expected == actual


def test_entry_point_that_is_not_an_adapter(tmp_path: Path, fresh_registry: pytest.MonkeyPatch) -> None:
    """An entry point naming something that is not a FormatAdapter is one warning, and not found."""
    fake_distribution(
        tmp_path,
        "readoutlib-t-odd",
        {"t-odd": "t_odd_plugin:NOT_AN_ADAPTER"},
        {"t_odd_plugin": "NOT_AN_ADAPTER = 3\n"},
    )
    fresh_registry.syspath_prepend(str(tmp_path))
    with pytest.warns(
        PluginWarning, match=r"'t-odd' \(readoutlib-t-odd 0\.1\) failed to load: TypeError"
    ) as caught:
        with pytest.raises(FormatNotFoundError):
            readoutlib.get_adapter("t-odd")
        with pytest.raises(FormatNotFoundError):
            readoutlib.get_adapter("t-odd")
    expected = 1
    assert expected == len([w for w in caught if issubclass(w.category, PluginWarning)])


def test_entry_point_registered_twice(tmp_path: Path, fresh_registry: pytest.MonkeyPatch) -> None:
    """Two distributions registering one name: a warning, and the first one is kept."""
    fake_distribution(tmp_path / "a", "readoutlib-t-twice-a", {"t-twice": "t_twice_a:GoodAdapter"}, {})
    fake_distribution(tmp_path / "b", "readoutlib-t-twice-b", {"t-twice": "t_twice_b:GoodAdapter"}, {})
    fresh_registry.syspath_prepend(str(tmp_path / "b"))
    fresh_registry.syspath_prepend(str(tmp_path / "a"))
    with pytest.warns(PluginWarning, match="'t-twice' is registered twice; keeping t_twice_a:GoodAdapter"):
        names = readoutlib.adapter_names()
    expected = 1
    assert expected == names.count("t-twice")


# --- issue 11: broken plugins are contained ---------------------------------------------------------


@pytest.mark.usefixtures("isolated")
def test_failing_detect_warns_once_per_process() -> None:
    """W1: a plugin whose detect fails is one warning for the process, not one per page."""
    readoutlib.register(stub("t-broken", RuntimeError("boom")))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            readoutlib.detect(PAGE)
    expected = ["format 't-broken' raised in detect: RuntimeError: boom"]
    assert expected == [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]


NAME_RAISES_MODULE = GOOD_MODULE.replace(
    'name = "t-entry"', "@property\n    def name(self):\n        raise RuntimeError('no name')"
)


@pytest.mark.parametrize(
    ("module", "warning"),
    [
        (NAME_RAISES_MODULE, "'t-bad' (readoutlib-t-bad 0.1) failed to load: RuntimeError: no name"),
        ("import sys\nsys.exit(2)\n", "'t-bad' (readoutlib-t-bad 0.1) failed to load: SystemExit: 2"),
        (
            GOOD_MODULE,
            "'t-bad' (readoutlib-t-bad 0.1) failed to load: TypeError: its adapter is named 't-entry'",
        ),
    ],
    ids=["name-raises", "sys-exit-at-import", "name-differs"],
)
def test_plugin_that_breaks_on_load_is_contained(
    tmp_path: Path, fresh_registry: pytest.MonkeyPatch, module: str, warning: str
) -> None:
    """P1/P2: a plugin whose name raises, or that calls sys.exit() at import, is a warning; parse works."""
    fake_distribution(
        tmp_path, "readoutlib-t-bad", {"t-bad": "t_bad_plugin:GoodAdapter"}, {"t_bad_plugin": module}
    )
    fresh_registry.syspath_prepend(str(tmp_path))
    fresh_registry.delitem(sys.modules, "t_bad_plugin", raising=False)
    with pytest.warns(PluginWarning, match=re.escape(warning)):
        readout = readoutlib.parse(
            "Foreign Minister Ana Lind had a phone call with Foreign Minister Jon Berg."
        )
    expected = "generic"
    assert expected == readout.source.adapter


def test_third_party_generic_is_refused(tmp_path: Path, fresh_registry: pytest.MonkeyPatch) -> None:
    """P6: a distribution registering "generic" does not replace the core's fallback; a warning says so."""
    fake_distribution(
        tmp_path, "readoutlib-t-usurper", {"generic": "t_usurper:GoodAdapter"}, {"t_usurper": GOOD_MODULE}
    )
    fresh_registry.syspath_prepend(str(tmp_path))
    with pytest.warns(
        PluginWarning, match=re.escape("readoutlib-t-usurper 0.1 registers a format named 'generic'")
    ):
        adapter = readoutlib.get_adapter(GENERIC)
    expected = "readoutlib.generic.GenericAdapter"
    assert expected == f"{type(adapter).__module__}.{type(adapter).__qualname__}"


def test_a_detection_with_scores_left_to_a_scorer_is_an_ordinary_value() -> None:
    """A Detection whose scores a function gives shows them, compares and evolves like one given them."""
    scores = (("t-a", 0.9), (GENERIC, 0.0))
    lazy = registry.Detection("t-a", lambda: scores, "best by URL and content")
    given = registry.Detection("t-a", scores, "best by URL and content")
    evolved = attrs.evolve(lazy, reason="r")
    expected = (repr(given), True, scores, "r")
    assert expected == (repr(lazy), lazy == given, evolved.scores, evolved.reason)


class _Declared(FormatAdapter):
    """An adapter of declarations only: the default detect over one marker and a URL pattern."""

    name = "t-declared"
    url_patterns = (r"^https://tests\.invalid/",)
    markers = ((r"two lines", 0.5),)
    url_weight = 0.8


@pytest.mark.usefixtures("isolated")
def test_a_url_alone_decides_without_reading_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The one adapter a URL names, with the default detect, wins before any marker is searched."""
    searched: list[str] = []
    real = markers.marker_score

    def counting(text: str, pairs: Sequence[tuple[str, float]]) -> float:
        searched.append(text)
        return real(text, pairs)

    monkeypatch.setattr(markers, "marker_score", counting)
    readoutlib.register(_Declared)
    readoutlib.register(stub("t-other", 0.5))
    detection = readoutlib.detect(PAGE)
    before = len(searched)
    every = (("t-declared", 0.9), ("t-other", 0.5), (GENERIC, 0.0))
    expected = ("t-declared", "best by URL and content", 0, every)
    assert expected == (detection.winner, detection.reason, before, detection.scores)


@pytest.mark.usefixtures("isolated")
def test_a_url_weight_under_min_score_does_not_decide_alone() -> None:
    """A URL adapter whose url_weight alone is under MIN_SCORE and whose markers miss does not win."""
    weak = type("Weak", (_Declared,), {"url_weight": MIN_SCORE / 2, "markers": ((r"not on the page", 0.5),)})
    readoutlib.register(cast(type[FormatAdapter], weak))
    readoutlib.register(stub("t-content", 0.9))
    detection = readoutlib.detect(PAGE)
    expected = ("t-content", "best by content")
    assert expected == (detection.winner, detection.reason)
