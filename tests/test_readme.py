"""The README's promises: CI runs its test command, and its Python example works as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _console_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```console\n(.*?)```", text, re.DOTALL)]


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run executes exactly the test command the README's quick start gives."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(b for b in _console_blocks(readme) if "pytest" in b)
    expected = f"TEST_COMMAND='{test_command}'"
    actual = next(line for line in ci.splitlines() if line.startswith("TEST_COMMAND="))
    assert expected == actual


def test_quick_start_example_page_exists() -> None:
    """The page the first quick-start command converts is in the repository."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = _console_blocks(readme)[0]
    page = first.split("convert", 1)[1].split()[0]
    expected = [page]
    assert expected == [name for name in (page,) if (ROOT / name).is_file()]


def test_readme_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Python example in the README runs as written, from the repository root."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", readme, re.DOTALL)
    assert code is not None
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    exec(compile(code.group(1), "README.md", "exec"), namespace)
    readout = namespace["readout"]
    expected = "phone_call"
    assert expected == readout.event.kind.value  # type: ignore[attr-defined]
