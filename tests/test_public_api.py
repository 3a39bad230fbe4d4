"""The public surface: exactly ``__all__``, reachable after ``import readoutlib``, shown alike by help()."""

from __future__ import annotations

import inspect
import json
import pydoc
import re
import subprocess
import sys
from pathlib import Path

import readoutlib

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "reference.md"


def _reference_modules() -> list[str]:
    return re.findall(r"^::: ([\w.]+)[ \t]*$", REFERENCE.read_text(encoding="utf-8"), re.MULTILINE)


def _fresh(code: str) -> object:
    """What ``code`` prints as JSON, run in a new interpreter (no module imported beforehand)."""
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60)
    return json.loads(done.stdout)


def test_top_level_public_names_are_exactly_all() -> None:
    """After `import readoutlib`, its public names that are not modules are exactly `__all__`.

    The names are read with dir() and getattr(): the package resolves them on first use.
    """
    code = (
        "import json, types, readoutlib as r\n"
        "print(json.dumps(sorted(n for n in dir(r)"
        " if not n.startswith('_') and not isinstance(getattr(r, n), types.ModuleType))))"
    )
    expected = sorted(n for n in readoutlib.__all__ if not n.startswith("_"))
    assert expected == _fresh(code)


def test_every_documented_name_is_reachable_after_import_readoutlib() -> None:
    """Each name in the `__all__` of each module in the reference resolves from `import readoutlib`."""
    modules = _reference_modules()
    code = (
        "import functools, importlib, json, readoutlib\n"
        f"modules = {modules!r}\n"
        "missing = []\n"
        "for dotted in modules:\n"
        "    try:\n"
        "        module = functools.reduce(getattr, dotted.split('.')[1:], readoutlib)\n"
        "    except AttributeError as exc:\n"
        "        missing.append(f'{dotted}: {exc}')\n"
        "        continue\n"
        "    missing += [f'{dotted}.{n}' for n in module.__all__ if not hasattr(module, n)]\n"
        "print(json.dumps(missing))"
    )
    expected: list[str] = []
    assert expected == _fresh(code)


def test_reference_documents_the_package_and_each_public_module() -> None:
    """docs/reference.md documents readoutlib and exactly the public modules its docstring names."""
    named = re.findall(r"``(readoutlib\.[\w.]+)``", readoutlib.__doc__ or "")
    expected = ["readoutlib", *sorted({*named, "readoutlib.serialize.json", "readoutlib.serialize.xml"})]
    actual = ["readoutlib", *sorted(m for m in _reference_modules() if m != "readoutlib")]
    assert expected == actual


def _help_sections(text: str) -> dict[str, list[str]]:
    """The names pydoc's plain-text help lists under CLASSES, FUNCTIONS and DATA, by section."""
    entry = {"CLASSES": r"    class (\w+)\(", "FUNCTIONS": r"    (\w+)\(", "DATA": r"    (\w+) = "}
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        if re.fullmatch(r"[A-Z][A-Z ]+", line):
            current = line
            sections[current] = []
        elif current in entry and (m := re.match(entry[current], line)):
            sections[current].append(m[1])
    return sections


def test_help_documents_exactly_all_with_each_summary() -> None:
    """help(readoutlib) lists exactly `__all__` with each name's docstring summary, as the reference does."""
    text = pydoc.render_doc(readoutlib, renderer=pydoc.plaintext)
    sections = _help_sections(text)
    listed = sections["CLASSES"] + sections["FUNCTIONS"] + sections["DATA"]
    listed = [n for n in listed if n != "__all__"] + (["__version__"] if "VERSION" in sections else [])
    summaries = {
        name: (inspect.getdoc(getattr(readoutlib, name)) or "").splitlines()[0]
        for name in readoutlib.__all__
        if inspect.isclass(getattr(readoutlib, name)) or inspect.isfunction(getattr(readoutlib, name))
    }
    flat = " ".join(text.split())
    missing = sorted(name for name, summary in summaries.items() if " ".join(summary.split()) not in flat)
    expected = (sorted(readoutlib.__all__), [])
    assert expected == (sorted(listed), missing)
