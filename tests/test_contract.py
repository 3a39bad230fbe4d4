"""The contract test: walks the whole registry, every installed adapter and every case, as users install them.

- every adapter declares its metadata and scores documents in [0, 1];
- every case (each plugin's tests/cases and the shared corpus) is claimed by its own adapter with the top
  score, shown as a confusion matrix on failure;
- hiding any one plugin leaves the core and the others exactly as they were;
- a plugin that fails to import is one PluginWarning naming its distribution, and the rest works;
- listing formats and printing the version import no plugin.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

import readoutlib
from readoutlib import registry
from readoutlib.analysis.profile import Profile
from readoutlib.document import Document, load
from readoutlib.errors import FormatNotFoundError
from readoutlib.registry import GENERIC, PluginWarning
from readoutlib.testing import Case, cases_in, corpus_cases, corpus_dir, expected_adapter

REPO = Path(__file__).resolve().parents[1]
ADAPTER_NAMES = registry.adapter_names()  # entry-point metadata only: imports no plugin
PLUGIN_NAMES = [name for name in ADAPTER_NAMES if name != GENERIC]
_LANGUAGE = re.compile(r"[a-z]{2,3}")

# Documents of several shapes, written for this test, on which every adapter must give a sane score.
SAMPLE_DOCUMENTS = {
    "text": load("Short text that is nobody's readout.\nA second line."),
    "html": load(
        "<!DOCTYPE html><html><head><title>Some page</title></head><body><nav>Home &gt; News</nav>"
        "<article><h1>Some page</h1><p>A paragraph of an unrelated page.</p></article>"
        "<footer>© Somebody</footer></body></html>",
        url="https://www.example.org/news/1.html",
    ),
    "chinese": load("外交部长同外长通电话。\n双方就双边关系交换了意见。"),
    "cyrillic-html": load(
        "<html><body><div class='text'><p>Министр провёл телефонный разговор с коллегой.</p></div>"
        "</body></html>",
        url="https://example.org/ru/1",
    ),
    "one-char": Document(text="x"),
    "empty-html": Document(text="<html></html>", is_html=True),
}


# --------------------------------------------------------------------------------------- metadata


def _metadata_problems(name: str) -> list[str]:
    adapter = readoutlib.get_adapter(name)
    problems: list[str] = []
    if adapter.name != name:
        problems.append(f"name {adapter.name!r} differs from the entry-point name {name!r}")
    for attribute in ("publisher", "description"):
        value = getattr(adapter, attribute)
        if not isinstance(value, str) or not value.strip() or "\n" in value:
            problems.append(f"{attribute} must be one non-empty line, is {value!r}")
    patterns = adapter.url_patterns
    if not isinstance(patterns, tuple) or not all(isinstance(p, str) for p in patterns):
        problems.append(f"url_patterns must be a tuple of str, is {patterns!r}")
    else:
        for pattern in patterns:
            try:
                re.compile(pattern, re.IGNORECASE)
            except re.error as exc:
                problems.append(f"url pattern {pattern!r} does not compile: {exc}")
        if name != GENERIC and not patterns:
            problems.append("a publisher's adapter needs URL patterns (detection narrows by URL first)")
    languages = adapter.languages
    if (
        not isinstance(languages, tuple)
        or not languages
        or not all(isinstance(lang, str) and _LANGUAGE.fullmatch(lang) for lang in languages)
    ):
        problems.append(f"languages must be a non-empty tuple of BCP-47 primary tags, is {languages!r}")
    if not isinstance(adapter.profile, Profile):
        problems.append(f"profile must be a Profile, is {type(adapter.profile).__name__}")
    return problems


@pytest.mark.parametrize("name", ADAPTER_NAMES)
def test_adapter_declares_its_metadata(name: str) -> None:
    """Every adapter has its entry-point name, a publisher, a description, URL patterns and languages."""
    expected: list[str] = []
    assert expected == _metadata_problems(name)


@pytest.mark.parametrize("name", PLUGIN_NAMES)
def test_plugin_distribution_is_named_after_the_format(name: str) -> None:
    """A plugin's distribution is readoutlib-<id> and its entry point names a readoutlib_<id_> module."""
    ep = registry.entry_point(name)
    assert ep is not None
    dist = getattr(ep, "dist", None)
    expected = (f"readoutlib-{name}", "readoutlib_" + name.replace("-", "_"))
    assert expected == (dist.name if dist is not None else None, ep.module.split(".")[0])


@pytest.mark.parametrize("name", ADAPTER_NAMES)
def test_detect_returns_a_score_in_range(name: str) -> None:
    """detect() itself, before the registry clamps it, returns a number in [0, 1] on pages of every shape."""
    adapter = readoutlib.get_adapter(name)
    bad = {}
    for label, document in SAMPLE_DOCUMENTS.items():
        try:
            score = adapter.detect(document)
        except Exception as exc:  # report every failure, not just the first
            bad[label] = f"raised {type(exc).__name__}: {exc}"
            continue
        ok = isinstance(score, float | int) and not isinstance(score, bool) and not math.isnan(score)
        if not ok or not 0.0 <= score <= 1.0:
            bad[label] = repr(score)
    expected: dict[str, str] = {}
    assert expected == bad


# ---------------------------------------------------------------------------------- confusion matrix


def _plugin_roots() -> dict[str, Path]:
    """Source folders of the installed plugins: from each distribution's install record, else plugins/*."""
    roots: dict[str, Path] = {}
    for name in PLUGIN_NAMES:
        ep = registry.entry_point(name)
        dist = getattr(ep, "dist", None)
        record = dist.read_text("direct_url.json") if dist is not None else None
        if record:
            url = json.loads(record).get("url", "")
            if url.startswith("file:"):
                roots[name] = Path(unquote(urlparse(url).path))
                continue
        folder = REPO / "plugins" / f"readoutlib-{name}"
        if folder.is_dir():
            roots[name] = folder
    return roots


def fixture_cases() -> list[Case]:
    """Every case in the tests/cases folder of every installed plugin (and of the repo's plugins)."""
    folders = {root / "tests" / "cases" for root in _plugin_roots().values()}
    folders |= set((REPO / "plugins").glob("*/tests/cases"))
    seen: dict[Path, Case] = {}
    for folder in sorted(folders):
        for case in cases_in(folder):
            seen.setdefault(case.page.resolve(), case)
    return list(seen.values())


def _claims(cases: list[Case]) -> tuple[dict[str, str], dict[str, str], str]:
    """Expected and actual claimant per case, and a report: the confusion matrix and every miss's scores."""
    expected: dict[str, str] = {}
    actual: dict[str, str] = {}
    misses: list[str] = []
    for case in cases:
        gold = case.gold
        want = expected_adapter(gold)
        detection = readoutlib.detect(load(case.page, url=gold.source.url, name=case.stem))
        scores = dict(detection.scores)
        top = max(scores.values())
        got = detection.winner
        if got == want and want != GENERIC and scores[want] < top:
            got = f"{got} (not top score)"
        expected[case.stem], actual[case.stem] = want, got
        if got != want:
            shown = ", ".join(f"{n} {s:.2f}" for n, s in detection.scores if s > 0) or "all 0"
            misses.append(f"  {case.stem}: expected {want}, got {got} ({detection.reason}; {shown})")
    return expected, actual, _matrix(expected, actual) + "\n" + "\n".join(misses)


def _matrix(expected: dict[str, str], actual: dict[str, str]) -> str:
    """Rows: the adapter that should claim a case; columns: the one that did."""
    counts = Counter((expected[stem], actual[stem].split(" ")[0]) for stem in expected)
    rows = sorted({e for e, _ in counts})
    cols = sorted({a for _, a in counts})
    corner = "expected \\ got"
    left = max(len(n) for n in [*rows, corner])
    lines = [" ".join([corner.ljust(left), *cols])]
    for row in rows:
        cells = [str(counts[(row, c)] or ".").rjust(len(c)) for c in cols]
        lines.append(" ".join([row.ljust(left), *cells]))
    return "\n".join(lines)


def test_fixture_cases_are_claimed_by_their_own_adapter() -> None:
    """Every plugin fixture is detected as its publisher's format, with the top score (matrix on failure)."""
    cases = fixture_cases()
    assert cases, "no plugin fixture cases found"
    expected, actual, report = _claims(cases)
    assert expected == actual, report


def test_corpus_cases_are_claimed_by_their_own_adapter() -> None:
    """Every shared corpus page is detected as its publisher's format (or generic), with the top score."""
    if corpus_dir() is None:
        pytest.skip("shared corpus not found (set $READOUTLIB_CORPUS or run beside shared/corpus)")
    expected, actual, report = _claims(corpus_cases())
    assert expected == actual, report


# -------------------------------------------------------------------------------- removing a plugin

# Runs in a fresh interpreter: hides one plugin (its entry point dropped, its package made
# unimportable), then detects and parses every fixture and one generic page, and prints the outcomes.
_HIDE_ONE = r"""
import json, sys, warnings
from pathlib import Path

hidden, package, cases_file = sys.argv[1], sys.argv[2], sys.argv[3]
if hidden:
    sys.modules[package] = None  # any import of the hidden plugin now fails
from readoutlib import load, parse, registry
from readoutlib.errors import NotAReadoutError, ReadoutError

if hidden:
    registry._discover()
    registry._entry_points.pop(hidden)

def outcome(document, format=None):
    try:
        readout = parse(document, format=format)
    except NotAReadoutError:
        return "not a readout"
    except ReadoutError as exc:
        return f"{type(exc).__name__}: {exc.reason}"
    return json.loads(__import__("readoutlib").dumps(readout))

results = {}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for stem, page, url in json.loads(Path(cases_file).read_text()):
        document = load(Path(page), url=url, name=stem)
        results[stem] = [registry.detect(document).winner, outcome(document)]
    generic_page = "Minister Ana Example spoke with Minister Ben Sample on the phone.\nThey agreed to meet."
    results["(generic)"] = ["generic", outcome(generic_page, format="generic")]
    results["(formats)"] = [registry.adapter_names(), ""]
warned = [str(w.message) for w in caught if issubclass(w.category, registry.PluginWarning)]
print(json.dumps({"results": results, "warnings": warned}))
"""


def _run_hidden(hidden: str, package: str, cases_file: Path) -> dict[str, object]:
    run = subprocess.run(
        [sys.executable, "-c", _HIDE_ONE, hidden, package, str(cases_file)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def removal_setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], dict[str, object]]:
    """The fixture list on disk, each case's publisher, and the outcomes with every plugin present."""
    cases = fixture_cases()
    cases_file = tmp_path_factory.mktemp("contract") / "cases.json"
    cases_file.write_text(
        json.dumps([[c.stem, str(c.page), c.gold.source.url] for c in cases]), encoding="utf-8"
    )
    publishers = {c.stem: c.gold.source.publisher for c in cases}
    return cases_file, publishers, _run_hidden("", "", cases_file)


@pytest.mark.parametrize("hidden", PLUGIN_NAMES)
def test_removing_one_plugin_leaves_the_others_working(
    hidden: str, removal_setup: tuple[Path, dict[str, str], dict[str, object]]
) -> None:
    """With one plugin hidden, the other plugins' fixtures and generic give exactly what they gave before."""
    cases_file, publishers, baseline = removal_setup
    ep = registry.entry_point(hidden)
    assert ep is not None
    run = _run_hidden(hidden, ep.module.split(".")[0], cases_file)
    before = baseline["results"]
    after = run["results"]
    assert isinstance(before, dict)
    assert isinstance(after, dict)
    others_before = {k: v for k, v in before.items() if publishers.get(k) != hidden and k != "(formats)"}
    others_after = {k: v for k, v in after.items() if publishers.get(k) != hidden and k != "(formats)"}
    own_claimed = sorted(k for k, v in after.items() if publishers.get(k) == hidden and v[0] == hidden)
    expected_names = [n for n in before["(formats)"][0] if n != hidden]
    no_warnings: list[str] = []
    none_claimed: list[str] = []
    generic_reads = isinstance(after["(generic)"][1], dict)  # a serialized readout, not an error
    expected = (others_before, no_warnings, none_claimed, expected_names, True)
    assert expected == (others_after, run["warnings"], own_claimed, after["(formats)"][0], generic_reads)


# ---------------------------------------------------------------------------------- a broken plugin


@pytest.fixture
def broken_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An installed-looking distribution whose module raises ImportError, on sys.path for one test."""
    info = tmp_path / "readoutlib_broken_example-0.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: readoutlib-broken-example\nVersion: 0.3\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[readoutlib.formats]\nbroken-example = readoutlib_broken_example:BrokenExampleAdapter\n",
        encoding="utf-8",
    )
    (tmp_path / "readoutlib_broken_example.py").write_text(
        "raise ImportError(\"No module named 'some_missing_dependency'\")\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "readoutlib_broken_example", raising=False)
    registry.reset()
    yield "broken-example"
    registry.reset()


def test_broken_plugin_is_one_warning_naming_its_distribution(broken_plugin: str) -> None:
    """A plugin that fails to import is listed, warns once naming its distribution; everything else works."""
    listed = broken_plugin in readoutlib.adapter_names()
    fixtures = fixture_cases()
    with pytest.warns(PluginWarning) as caught:
        winners = [
            readoutlib.detect(load(c.page, url=c.gold.source.url)).winner == expected_adapter(c.gold)
            for c in fixtures
        ]
        with pytest.raises(FormatNotFoundError):
            readoutlib.get_adapter(broken_plugin)
        generic = readoutlib.parse(
            "Minister Ana Example spoke with Minister Ben Sample.\nThey agreed.", format="generic"
        )
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    expected = (True, 1, True, True, GENERIC)
    actual = (
        listed,
        len(messages),
        "readoutlib-broken-example 0.3" in " ".join(messages),
        all(winners),
        generic.source.adapter,
    )
    assert expected == actual, messages


# --------------------------------------------------------------------------------- nothing imported


_IMPORTS_AFTER = r"""
import contextlib, io, json, sys
from readoutlib.cli import main

with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "output": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def _plugin_modules_imported(modules: list[str]) -> list[str]:
    plugin_modules = {
        ep.module.split(".")[0] for ep in metadata.entry_points(group=registry.ENTRY_POINT_GROUP)
    }
    plugin_modules.discard("readoutlib")
    return sorted(m for m in modules if m.split(".")[0] in plugin_modules)


def test_version_imports_no_plugin() -> None:
    """`readout --version` reads package metadata only: it imports no plugin."""
    run = subprocess.run(
        [sys.executable, "-c", _IMPORTS_AFTER, "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    nothing: list[str] = []
    expected = (0, nothing)
    assert expected == (result["code"], _plugin_modules_imported(result["modules"])), result["output"]


def test_adapter_names_imports_no_plugin() -> None:
    """Listing the adapters' names (`readoutlib.adapter_names()`) reads entry-point metadata only."""
    code = (
        "import json, sys, readoutlib; print(json.dumps([readoutlib.adapter_names(), sorted(sys.modules)]))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stderr
    names, modules = json.loads(run.stdout.strip().splitlines()[-1])
    nothing: list[str] = []
    expected = (sorted(ADAPTER_NAMES), nothing)
    assert expected == (sorted(names), _plugin_modules_imported(modules))


@pytest.mark.parametrize("argv", [["formats"], ["formats", "--json"]], ids=" ".join)
def test_formats_lists_every_adapter(argv: list[str]) -> None:
    """`readout formats` lists every installed adapter (loading each to show its publisher)."""
    run = subprocess.run(
        [sys.executable, "-c", _IMPORTS_AFTER, *argv], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    missing = [name for name in ADAPTER_NAMES if name not in result["output"]]
    nothing: list[str] = []
    expected = (0, nothing)
    assert expected == (result["code"], missing), result["output"]
