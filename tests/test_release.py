"""Release artefacts, and a plugin written by a third party outside this repository.

The third party's steps run in a clean virtual environment in a temporary folder, with pip allowed
no package index: everything it installs comes from one folder of wheels. That folder is filled
first (the ``wheelhouse`` fixture) with the distributions built here and the wheels of their
dependencies, at the versions installed in the environment running the tests (pip's cache serves
them when it has them; otherwise pip fetches them once, like a third party's download step).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator, Sequence
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = sorted(p for p in (ROOT / "plugins").iterdir() if (p / "pyproject.toml").is_file())
#: What the third party needs beyond readoutlib's own dependencies: the scaffold's build backend
#: (with what it needs for an editable install), and the tools its README runs.
TOOLS = ("hatchling", "editables", "pytest", "ruff")
FORMAT_ID = "xx-test"
SAMPLE_URL = "https://www.example.org/readouts/2024/03/call.html"
# A page in the scaffold's example layout, written for this test.
SAMPLE_PAGE = """<!DOCTYPE html>
<html><head><title>Foreign Minister Ana Example Holds Phone Call</title></head>
<body><article>
<h1>Foreign Minister Ana Example Holds Phone Call with Foreign Minister Ben Sample</h1>
<p>On March 4, 2024, Foreign Minister Ana Example held a phone call with Foreign Minister Ben Sample.</p>
</article>
<footer>© Example Ministry of Foreign Affairs</footer>
</body></html>
"""


def _project(path: Path) -> tuple[str, str]:
    config = tomllib.loads((path / "pyproject.toml").read_text(encoding="utf-8"))
    project = config["project"]
    if "version" in project:
        return project["name"], project["version"]
    # a dynamic version: hatch reads it from the file [tool.hatch.version] names (``__version__ = "..."``)
    source = (path / config["tool"]["hatch"]["version"]["path"]).read_text(encoding="utf-8")
    found = re.search(r"""^__version__ = ["']([^"']+)["']""", source, re.MULTILINE)
    assert found is not None, f"no __version__ in {config['tool']['hatch']['version']['path']}"
    return project["name"], found.group(1)


def _artefact_names(path: Path) -> set[str]:
    name, version = _project(path)
    stem = f"{name.replace('-', '_')}-{version}"
    return {f"{stem}.tar.gz", f"{stem}-py3-none-any.whl"}


def _run(command: Sequence[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def _ok(result: subprocess.CompletedProcess[str], what: str) -> None:
    """Stop the test, saying what failed, when a preparation step exits non-zero."""
    if result.returncode != 0:
        pytest.fail(f"{what} failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")


def _pinned(tmp: Path) -> Path:
    """A constraints file pinning every distribution installed here, so pip fetches the same versions."""
    pins = sorted(
        f"{dist.metadata['Name']}=={dist.version}"
        for dist in metadata.distributions()
        if dist.metadata["Name"] and not dist.metadata["Name"].startswith("readoutlib")
    )
    path = tmp / "constraints.txt"
    path.write_text("\n".join(pins) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder with the core's and every plugin's sdist and wheel, and wheels of what they need."""
    folder = tmp_path_factory.mktemp("wheelhouse")
    for source in [ROOT, *PLUGINS]:
        built = _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", folder, source])
        _ok(built, f"python -m build {source}")
    requirements = [str(r) for r in metadata.requires("readoutlib") or () if "extra ==" not in r]
    download = [sys.executable, "-m", "pip", "download", "-q", "--dest", folder, "--only-binary", ":all:"]
    downloaded = _run([*download, "-c", _pinned(folder.parent), *requirements, *TOOLS])
    _ok(downloaded, "fetching the dependencies' wheels for the offline install (pip download)")
    yield folder


def test_every_distribution_builds_a_wheel_and_an_sdist(wheelhouse: Path) -> None:
    """`python -m build` makes an sdist and a wheel of the core and of each plugin."""
    expected = set().union(*(_artefact_names(p) for p in [ROOT, *PLUGINS]))
    actual = {p.name for p in wheelhouse.iterdir() if p.name.startswith("readoutlib")}
    assert expected == actual


def test_core_sdist_holds_the_core_alone(wheelhouse: Path) -> None:
    """The core's sdist carries the package, docs, README and licence, and no plugin or test."""
    import tarfile

    name = next(iter(n for n in _artefact_names(ROOT) if n.endswith(".tar.gz")))
    with tarfile.open(wheelhouse / name) as sdist:
        tops = {member.name.split("/")[1] for member in sdist.getmembers() if "/" in member.name}
    expected = {".gitignore", "LICENSE", "PKG-INFO", "README.md", "docs", "pyproject.toml", "src"}
    assert expected == tops


def _clean_env(venv: Path, wheelhouse: Path) -> dict[str, str]:
    """The environment of a user of ``venv`` whose pip knows no index, only ``wheelhouse``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(
        {
            "PATH": os.pathsep.join([str(venv / "bin"), env.get("PATH", "")]),
            "VIRTUAL_ENV": str(venv),
            "PIP_CONFIG_FILE": os.devnull,  # no site or user pip configuration: no index, no extra links
            "PIP_NO_INDEX": "1",
            "PIP_FIND_LINKS": str(wheelhouse),
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        }
    )
    return env


def test_third_party_plugin_outside_the_repository(wheelhouse: Path, tmp_path: Path) -> None:
    """A scaffolded plugin installs against the built core wheel with no index, and passes its checks."""
    assert not tmp_path.resolve().is_relative_to(ROOT)
    venv = tmp_path / "venv"
    made = _run([sys.executable, "-m", "venv", venv])
    _ok(made, "python -m venv")
    env = _clean_env(venv, wheelhouse)
    work = tmp_path / "work"
    work.mkdir()
    page = work / "call.html"
    page.write_text(SAMPLE_PAGE, encoding="utf-8")
    cn_case = next((ROOT / "plugins" / "readoutlib-cn-mfa" / "tests" / "cases").glob("*.html"))
    shutil.copy(cn_case, work / "cn.html")
    plugin = work / f"readoutlib-{FORMAT_ID}"
    python = venv / "bin" / "python"

    steps: list[tuple[str, list[str | Path], Path]] = [
        ("install core", [python, "-m", "pip", "install", "readoutlib", "readoutlib-cn-mfa"], work),
        ("where", [python, "-c", "import readoutlib; print(readoutlib.__file__)"], work),
        ("scaffold", ["readout", "new-format", FORMAT_ID], work),
        ("install plugin", [python, "-m", "pip", "install", "-e", f"{plugin}[test]"], work),
        ("formats", ["readout", "formats", "--json"], work),
        ("detect", ["readout", "detect", "--json", "--url", SAMPLE_URL, page], work),
        ("detect cn", ["readout", "detect", "--json", work / "cn.html"], work),
        ("plugin tests", [python, "-m", "pytest", "-q", "-p", "no:cacheprovider"], plugin),
        ("ruff check", ["ruff", "check", "--no-cache", "."], plugin),
        ("ruff format", ["ruff", "format", "--check", "--no-cache", "."], plugin),
    ]
    results: dict[str, subprocess.CompletedProcess[str]] = {}
    for name, command, cwd in steps:
        results[name] = _run(command, cwd=cwd, env=env)
        if results[name].returncode != 0:
            break
    failed = {n: r.stdout + r.stderr for n, r in results.items() if r.returncode != 0}
    expected_codes = {name: 0 for name, _, _ in steps}
    assert expected_codes == {n: r.returncode for n, r in results.items()}, failed

    formats = sorted(row["name"] for row in json.loads(results["formats"].stdout))
    winners = [json.loads(results[n].stdout)["winner"] for n in ("detect", "detect cn")]
    summary = results["plugin tests"].stdout.strip().splitlines()[-1].split(" in ")[0]
    installed = Path(results["where"].stdout.strip()).is_relative_to(venv)  # the wheel, not this checkout
    expected = (True, ["cn-mfa", "generic", FORMAT_ID], [FORMAT_ID, "cn-mfa"], "4 passed, 1 skipped")
    assert expected == (installed, formats, winners, summary)
