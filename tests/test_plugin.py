"""Tests of the plugin API: declarations read by the default layout, and bad rows warned at load."""

from __future__ import annotations

import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

import readoutlib
from readoutlib import load as load_document
from readoutlib import registry
from readoutlib.plugin import (
    DumpRules,
    FormatAdapter,
    HtmlRules,
    PluginWarning,
    Profile,
    declaration_problems,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A registry without installed plugins: only generic and what the test registers."""
    registry.reset()
    monkeypatch.setattr(registry, "_entry_points", {})
    monkeypatch.setattr(registry, "_runtime", {})
    yield
    registry.reset()


class ToyAdapter(FormatAdapter):
    """A toy publisher that declares one bad regex in each kind of declaration, beside good ones."""

    name = "toy-bad-rows"
    publisher = "tests"
    description = "A toy adapter with regexes that do not compile."
    url_patterns: ClassVar[tuple[str, ...]] = (r"^https?://toy\.invalid/", r"(unclosed")
    language_by_url: ClassVar[tuple[tuple[str, str], ...]] = ((r"[z-a]", "fr"), (r"/fr/", "fr"))
    markers: ClassVar[tuple[tuple[str, float], ...]] = ((r"Toy Ministry", 0.6), (r"*Toy", 0.5))
    dateline: ClassVar[str | None] = r"^(?P<place>Toyville) - (?P<place>again)"
    rules: ClassVar[DumpRules | None] = DumpRules(drop=(r"Print this page$", r"Share("), stop=(r"Footer$",))
    html: ClassVar[HtmlRules | None] = HtmlRules(title_suffix=(r"\s*\|\s*Toy$", r"(?<=a+)b"))
    profile: ClassVar[Profile] = Profile(
        home_country="FR",
        kind_patterns=((r"\bphoned\b", "phone_call"), (r"\bmet(\b", "meeting")),
        not_readout_patterns=(r"^Digest\b", r"^(?P<x>Digest"),
    )


PAGE = (
    "Toy Ministry\n"
    "Minister Ana Ruiz Holds Phone Call with Minister Paul Kiptoo\n"
    "Print this page\n"
    "On 2 May 2022, Minister Ana Ruiz of France phoned Minister Paul Kiptoo of Kenya.\n"
    "Ana Ruiz said that the two countries share a long friendship.\n"
    "Footer\n"
)


def test_bad_rows_are_named() -> None:
    """Every declared regex that does not compile is named with where it is declared."""
    expected = [
        "url_patterns[1]",
        "markers[1]",
        "language_by_url[0]",
        "dateline",
        "profile.kind_patterns[1]",
        "profile.not_readout_patterns[1]",
        "rules.drop[1]",
        "html.title_suffix[1]",
    ]
    actual = [problem.split(" does not compile")[0] for problem in declaration_problems(ToyAdapter())]
    assert expected == actual


@pytest.mark.usefixtures("isolated")
def test_bad_rows_warn_at_load_naming_the_plugin() -> None:
    """Registering the toy adapter warns once per bad row, naming the plugin and the row."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        readoutlib.register(ToyAdapter)
    expected = [
        (PluginWarning, "format 'toy-bad-rows': url_patterns[1] does not compile"),
        (PluginWarning, "format 'toy-bad-rows': markers[1] does not compile"),
        (PluginWarning, "format 'toy-bad-rows': language_by_url[0] does not compile"),
        (PluginWarning, "format 'toy-bad-rows': dateline does not compile"),
        (PluginWarning, "format 'toy-bad-rows': profile.kind_patterns[1] does not compile"),
        (PluginWarning, "format 'toy-bad-rows': profile.not_readout_patterns[1] does not compile"),
        (PluginWarning, "format 'toy-bad-rows': rules.drop[1] does not compile"),
        (PluginWarning, "format 'toy-bad-rows': html.title_suffix[1] does not compile"),
    ]
    assert expected == [(w.category, str(w.message).split(" (")[0]) for w in caught]


@pytest.mark.usefixtures("isolated")
def test_adapter_runs_without_its_bad_rows() -> None:
    """After the warnings the toy adapter detects, lays out and parses with its good rows only."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginWarning)
        adapter = readoutlib.register(ToyAdapter)
    document = load_document(PAGE, url="https://toy.invalid/fr/1")
    readout = readoutlib.parse(PAGE, url="https://toy.invalid/fr/1")
    expected = (
        "toy-bad-rows",
        ((r"Toy Ministry", 0.6),),
        ((r"\bphoned\b", "phone_call"),),
        "fr",
        ("Minister Ana Ruiz Holds Phone Call with Minister Paul Kiptoo", 2),
        ("toy-bad-rows", "phone_call", ["Ana Ruiz", "Paul Kiptoo"]),
    )
    layout = adapter.layout(document)
    actual = (
        readoutlib.detect(document).winner,
        adapter.markers,
        adapter.profile.kind_patterns,
        layout.language,
        (layout.title, len(layout.paragraphs)),
        (readout.source.adapter, readout.event.kind.value, [p.name for p in readout.event.participants]),
    )
    assert expected == actual


def test_language_by_url_sets_the_default_language() -> None:
    """The first ``language_by_url`` row that matches the URL gives a Latin-script page its language;
    other URLs take the adapter's first language, and a page's script still wins."""

    class Bilingual(FormatAdapter):
        name = "toy-bilingual"
        languages: ClassVar[tuple[str, ...]] = ("en", "ru")
        language_by_url: ClassVar[tuple[tuple[str, str], ...]] = ((r"/ru/", "ru"), (r"/(?:ru|fr)/", "fr"))

    adapter = Bilingual()
    text = "Talks\nThe ministers held talks on trade and discussed the region at length today.\n"
    cyrillic = "Переговоры\nМинистры провели переговоры о торговле и обсудили положение в регионе.\n"
    expected = ["ru", "fr", "en", "ru"]
    actual = [
        adapter.layout(load_document(text, url="https://mfa.invalid/ru/1")).language,
        adapter.layout(load_document(text, url="https://mfa.invalid/fr/1")).language,
        adapter.layout(load_document(text, url="https://mfa.invalid/en/1")).language,
        adapter.layout(load_document(cyrillic, url="https://mfa.invalid/en/1")).language,
    ]
    assert expected == actual


def test_paragraph_prefix_is_cut() -> None:
    """A declared ``paragraph_prefix`` leaves every body paragraph, and an emptied one is dropped."""

    class Numbered(FormatAdapter):
        name = "toy-numbered"
        paragraph_prefix: ClassVar[str | None] = r"^\(?\d{1,2}[.)]\s*"

    text = (
        "Talks with a Minister\n"
        "1. The ministers held talks on trade and discussed the region at length today.\n"
        "(2) They agreed to stay in touch and to meet again next year in the capital.\n"
        "3.\n"
    )
    expected = (
        "The ministers held talks on trade and discussed the region at length today.",
        "They agreed to stay in touch and to meet again next year in the capital.",
    )
    assert expected == Numbered().layout(load_document(text)).paragraphs


def test_plugins_import_only_the_plugin_api() -> None:
    """Every plugin imports from ``readoutlib.plugin`` and from no other readoutlib module."""
    imports = {}
    for module in sorted((ROOT / "plugins").glob("*/src/*/*.py")):
        lines = module.read_text(encoding="utf-8").splitlines()
        heads = ("from readoutlib", "import readoutlib")
        found = sorted({line.split()[1] for line in lines if line.startswith(heads)})
        imports[module.parent.name] = found
    expected = {name: ["readoutlib.plugin"] for name in imports}
    assert expected == imports


def test_plugin_module_imports_alone() -> None:
    """``readoutlib.plugin`` imports on its own in a fresh interpreter (no import cycle)."""
    run = subprocess.run(
        [sys.executable, "-c", "import readoutlib.plugin as p; print(len(p.__all__))"],
        capture_output=True,
        text=True,
        check=False,
    )
    expected = (0, "")
    assert expected == (run.returncode, run.stderr)


def test_installed_plugins_declare_no_bad_row() -> None:
    """Every installed adapter's declared regexes compile (so loading them warns about nothing)."""
    problems = {
        name: declaration_problems(readoutlib.get_adapter(name)) for name in readoutlib.adapter_names()
    }
    expected = {name: [] for name in problems}
    assert expected == problems


def test_declared_header_line_is_not_a_place() -> None:
    """A section label the adapter declares furniture, above a date line, is not where the page was
    issued; the same layout without the declaration takes it for a place line."""

    class Sectioned(FormatAdapter):
        name = "toy-sectioned"
        rules: ClassVar[DumpRules | None] = DumpRules(header=(r"Examplia Relations$",))

    text = (
        "Examplia Relations\n"
        "March 4, 2024\n"
        "Foreign Ministers' Meeting\n"
        "The two foreign ministers held a meeting and discussed trade and the region at length.\n"
    )
    expected = (None, "Examplia Relations")
    actual = (
        Sectioned().layout(load_document(text)).place,
        FormatAdapter().layout(load_document(text)).place,
    )
    assert expected == actual
