"""Tests of the plugin scaffold: what it writes, what it refuses, and that its output installs and passes."""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from readoutlib.scaffold import create_plugin, validate_format_id

FORMAT_ID = "zz-example-mfa"


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_writes_a_complete_distribution(tmp_path: Path) -> None:
    """The scaffold writes the project file, README, package, marker, test and an empty cases folder."""
    root = create_plugin(FORMAT_ID, tmp_path)
    expected = {
        "pyproject.toml",
        "README.md",
        "src/readoutlib_zz_example_mfa/__init__.py",
        "src/readoutlib_zz_example_mfa/py.typed",
        "tests/test_zz_example_mfa.py",
        "tests/cases/.gitkeep",
    }
    assert (tmp_path / "readoutlib-zz-example-mfa", expected) == (root, _files(root))


def test_pyproject_registers_the_adapter(tmp_path: Path) -> None:
    """pyproject.toml names the distribution, depends on readoutlib and registers the entry point."""
    root = create_plugin(FORMAT_ID, tmp_path)
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    expected = (
        "readoutlib-zz-example-mfa",
        ["readoutlib"],
        {FORMAT_ID: "readoutlib_zz_example_mfa:ZzExampleMfaAdapter"},
    )
    actual = (project["name"], project["dependencies"], project["entry-points"]["readoutlib.formats"])
    assert expected == actual


def test_adapter_module_declares_the_contract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The generated adapter imports and declares name, publisher, description, URL patterns and languages."""
    root = create_plugin(FORMAT_ID, tmp_path)
    monkeypatch.syspath_prepend(str(root / "src"))
    monkeypatch.delitem(sys.modules, "readoutlib_zz_example_mfa", raising=False)
    module = importlib.import_module("readoutlib_zz_example_mfa")
    try:
        adapter = module.ZzExampleMfaAdapter()
        expected = (FORMAT_ID, True, True, True, ("en",))
        actual = (
            adapter.name,
            bool(adapter.publisher),
            bool(adapter.description),
            bool(adapter.url_patterns),
            adapter.languages,
        )
        assert expected == actual
    finally:
        sys.modules.pop("readoutlib_zz_example_mfa", None)


@pytest.mark.parametrize(
    "bad_id",
    ["", "Xx-mfa", "xx_mfa", "-xx", "xx-", "xx--mfa", "1xx", "xx mfa", "xx/../yy", "x" * 65, "generic"],
)
def test_rejects_invalid_ids(tmp_path: Path, bad_id: str) -> None:
    """An id that cannot name a plugin (or is reserved) is refused before anything is written."""
    with pytest.raises(ValueError, match="invalid format id"):
        create_plugin(bad_id, tmp_path)
    assert set() == _files(tmp_path)


def test_accepts_valid_ids() -> None:
    """Lowercase letters and digits joined by single hyphens make a valid id."""
    ids = ["cn-mfa", "x", "ru-mid2", "a1-b2-c3"]
    assert ids == [validate_format_id(i) for i in ids]


def test_never_overwrites(tmp_path: Path) -> None:
    """An existing plugin folder is left as it is and the scaffold raises FileExistsError."""
    target = tmp_path / f"readoutlib-{FORMAT_ID}"
    target.mkdir()
    (target / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError, match="already exists"):
        create_plugin(FORMAT_ID, tmp_path)
    assert ({"readoutlib-zz-example-mfa/mine.txt"}, "keep me") == (
        _files(tmp_path),
        (target / "mine.txt").read_text(encoding="utf-8"),
    )


def test_second_scaffold_of_same_id_fails(tmp_path: Path) -> None:
    """Scaffolding the same id twice into one folder fails the second time."""
    create_plugin(FORMAT_ID, tmp_path)
    with pytest.raises(FileExistsError):
        create_plugin(FORMAT_ID, tmp_path)


def test_dest_must_be_a_folder(tmp_path: Path) -> None:
    """A destination that is a file is refused with ValueError."""
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="not a folder"):
        create_plugin(FORMAT_ID, not_a_folder)


def test_creates_missing_dest(tmp_path: Path) -> None:
    """A destination that does not exist yet is created."""
    root = create_plugin(FORMAT_ID, tmp_path / "new" / "plugins")
    assert tmp_path / "new" / "plugins" / f"readoutlib-{FORMAT_ID}" == root


def _pip_install(project: Path, target: Path) -> subprocess.CompletedProcess[str]:
    """Install ``project`` into ``target`` with pip, offline when the build backend is at hand."""
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target)]
    if importlib.util.find_spec("hatchling") is not None:
        # offline: build with the hatchling installed here instead of fetching one
        command += ["--no-build-isolation", "--no-index"]
    command.append(str(project))
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_scaffolded_plugin_installs_lists_and_passes_its_tests(tmp_path: Path) -> None:
    """Installed, the new plugin is listed by `readout formats` and its own generated tests pass."""
    root = create_plugin(FORMAT_ID, tmp_path / "src")
    site = tmp_path / "site"
    installed = _pip_install(root, site)
    expected_rc = 0
    assert expected_rc == installed.returncode, installed.stdout + installed.stderr
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(site), env.get("PYTHONPATH", "")) if p)

    formats = subprocess.run(
        [sys.executable, "-m", "readoutlib", "formats"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    expected = (0, True)
    assert expected == (formats.returncode, FORMAT_ID in formats.stdout), formats.stdout + formats.stderr

    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    summary = tests.stdout.strip().splitlines()[-1] if tests.stdout.strip() else ""
    assert expected == (tests.returncode, "4 passed" in summary), tests.stdout + tests.stderr


GUIDE = Path(__file__).resolve().parents[1] / "docs" / "writing-a-plugin.md"
_GUIDE_BLOCK = re.compile(r"<!-- (scaffold|example): (\S+) -->\n```[a-z]*\n(.*?)```", re.DOTALL)


def guide_blocks(kind: str) -> dict[str, str]:
    """The code blocks of the plugin guide marked ``<!-- kind: path -->``, by path."""
    return {
        path: body
        for found, path, body in _GUIDE_BLOCK.findall(GUIDE.read_text(encoding="utf-8"))
        if found == kind
    }


def test_guide_shows_the_scaffold_output(tmp_path: Path) -> None:
    """The adapter the plugin guide shows as the scaffold's output is what the scaffold writes."""
    root = create_plugin("xx-mfa", tmp_path)
    shown = guide_blocks("scaffold")
    expected = {path: (root / path).read_text(encoding="utf-8") for path in shown}
    assert (expected, True) == (shown, bool(shown))


def test_guide_worked_example_installs_and_passes(tmp_path: Path) -> None:
    """The guide's worked example, put into a fresh scaffold and installed, passes its tests and its case."""
    root = create_plugin("xx-mfa", tmp_path / "src")
    example = guide_blocks("example")
    test_file = root / "tests" / "test_xx_mfa.py"
    test_source = test_file.read_text(encoding="utf-8")
    start, end = test_source.index("SAMPLE_URL = "), test_source.index("\n\n\ndef test_registered")
    test_file.write_text(
        test_source[:start] + example.pop("sample").rstrip("\n") + test_source[end:], encoding="utf-8"
    )
    for path, body in example.items():
        (root / path).write_text(body, encoding="utf-8")
    site = tmp_path / "site"
    installed = _pip_install(root, site)
    expected_rc = 0
    assert expected_rc == installed.returncode, installed.stdout + installed.stderr
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(site), env.get("PYTHONPATH", "")) if p)
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    summary = tests.stdout.strip().splitlines()[-1] if tests.stdout.strip() else ""
    expected = (0, "5 passed")
    assert expected == (tests.returncode, summary.split(" in ")[0]), tests.stdout + tests.stderr


def test_readme_names_what_the_adapter_has(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scaffold's README names only attributes the adapter has, and links to no page on the web."""
    root = create_plugin(FORMAT_ID, tmp_path)
    readme = (root / "README.md").read_text(encoding="utf-8")
    fill_in = readme.split("## What to fill in", 1)[1]
    named = set(re.findall(r"`([A-Za-z_]\w*)`", fill_in)) - {"ZzExampleMfaAdapter"}
    monkeypatch.syspath_prepend(str(root / "src"))
    monkeypatch.delitem(sys.modules, "readoutlib_zz_example_mfa", raising=False)
    adapter = importlib.import_module("readoutlib_zz_example_mfa").ZzExampleMfaAdapter
    sys.modules.pop("readoutlib_zz_example_mfa", None)
    expected = ({n for n in named if hasattr(adapter, n)}, [])
    assert expected == (named, re.findall(r"https?://\S+", readme))
