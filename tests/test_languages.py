"""Language packs: found through entry points like format plugins, listed, and distrusted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import readoutlib
from readoutlib import languages
from readoutlib.cli import main
from readoutlib.errors import PluginWarning, UnsupportedLanguageError

TOY = '''
"""A toy Spanish pack: enough to read one phrasing of a phone call."""

import re

from readoutlib.languages import EventReading, Genre, LanguagePack, People, Statements
from readoutlib.model import EventKind, Participant


class SpanishPack(LanguagePack):
    code = "es"
    name = "Spanish"
    description = "A toy pack for the tests."

    def genre(self, page, profile):
        opening = page.paragraphs[0]
        reason = None if "conversación" in opening else "no es un informe"
        return Genre(reason, headline=page.title, body=page.paragraphs, opening=opening)

    def event(self, page, genre, profile):
        kind = EventKind.PHONE_CALL if "telefónica" in (genre.opening or "") else EventKind.OTHER
        return EventReading(kind)

    def participants(self, page, genre, event, profile):
        names = re.findall(r"(?:ministra|homólogo) ([A-Z][^\\W\\d_]+ [A-Z][^\\W\\d_]+)", genre.opening or "")
        return People(tuple(Participant(id=f"p{i + 1}", name=n) for i, n in enumerate(names)))

    def statements(self, genre, people, profile):
        return Statements()
'''

# A language no shipped pack reads (French has its own pack since issue #8).
SPANISH_PAGE = (
    "Conversación telefónica\n\n"
    "La ministra Marta Díaz mantuvo esta mañana una conversación telefónica con su homólogo Hans Weber. "
    "Los dos ministros abordaron la cooperación entre sus países y la situación en Europa.\n"
)


def _fake_distribution(root: Path, dist: str, entry_points: dict[str, str], modules: dict[str, str]) -> None:
    info = root / f"{dist.replace('-', '_')}-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n", encoding="utf-8")
    lines = "".join(f"{name} = {value}\n" for name, value in entry_points.items())
    (info / "entry_points.txt").write_text(f"[{languages.ENTRY_POINT_GROUP}]\n{lines}", encoding="utf-8")
    for module, source in modules.items():
        (root / f"{module}.py").write_text(source, encoding="utf-8")


def test_builtin_packs_are_entry_points() -> None:
    """English and Japanese ship registered through the core's own entry points."""
    expected = {"en": "readoutlib.languages.en:EnglishPack", "ja": "readoutlib.languages.ja:JapanesePack"}
    infos = {i.code: i.entry_point for i in languages.language_info() if i.code in expected}
    assert expected == infos


def test_installed_toy_pack_reads_its_language(installed: Path) -> None:
    """A third party's pack, installed as a distribution, reads its language; the core is untouched."""
    _fake_distribution(
        installed, "readoutlib-lang-es", {"es": "toy_es_pack:SpanishPack"}, {"toy_es_pack": TOY}
    )
    readout = readoutlib.parse(SPANISH_PAGE)
    expected = ("es", "phone_call", ("Marta Díaz", "Hans Weber"))
    actual = (
        readout.source.language,
        readout.event.kind.value,
        tuple(p.name for p in readout.event.participants),
    )
    assert expected == actual


def test_languages_command_lists_an_installed_pack(
    installed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`readout languages --json` lists the toy pack with its distribution, beside the built-in packs."""
    _fake_distribution(
        installed, "readoutlib-lang-es", {"es": "toy_es_pack:SpanishPack"}, {"toy_es_pack": TOY}
    )
    status = main(["languages", "--json"])
    rows = {row["code"]: row for row in json.loads(capsys.readouterr().out)}
    expected = {
        "code": "es",
        "name": "Spanish",
        "description": "A toy pack for the tests.",
        "distribution": "readoutlib-lang-es",
        "version": "0.1",
        "entry_point": "toy_es_pack:SpanishPack",
        "loaded": "True",
    }
    assert (0, expected) == (status, rows["es"])


def test_without_a_pack_the_language_is_named(installed: Path) -> None:
    """With no Spanish pack installed, a Spanish page is refused with an error naming Spanish."""
    with pytest.raises(UnsupportedLanguageError) as caught:
        readoutlib.parse(SPANISH_PAGE)
    expected = ("es", True)
    assert expected == (caught.value.language, "Spanish (es)" in caught.value.reason)


def test_broken_pack_is_a_warning_naming_it(installed: Path) -> None:
    """A pack that fails to import is a PluginWarning naming its distribution; its language is refused."""
    _fake_distribution(
        installed,
        "readoutlib-lang-broken",
        {"es": "broken_xx_pack:Pack"},
        {"broken_xx_pack": "raise ImportError('no')"},
    )
    with (
        pytest.warns(
            PluginWarning, match=r"language pack 'es' \(readoutlib-lang-broken 0\.1\) failed to load"
        ),
        pytest.raises(UnsupportedLanguageError) as caught,
    ):
        readoutlib.parse(SPANISH_PAGE)
    expected = "es"
    assert expected == caught.value.language


def test_register_language_at_run_time() -> None:
    """A pack registered at run time reads its language until it is unregistered."""
    namespace: dict[str, object] = {}
    exec(compile(TOY, "toy_es_pack", "exec"), namespace)
    pack = languages.register_language(namespace["SpanishPack"])  # type: ignore[arg-type]
    try:
        expected = "es"
        assert expected == readoutlib.parse(SPANISH_PAGE).source.language
    finally:
        languages.unregister_language(pack.code)
    with pytest.raises(UnsupportedLanguageError):
        readoutlib.parse(SPANISH_PAGE)
