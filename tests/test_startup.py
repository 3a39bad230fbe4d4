"""Start-up: ``import readoutlib`` and ``readout --version`` / ``--help`` import nothing heavy."""

from __future__ import annotations

import subprocess
import sys

_HEAVY = ("attr", "cattrs", "lxml", "importlib.metadata", "readoutlib.analysis", "readoutlib.registry")


def _imported_after(code: str) -> list[str]:
    """The heavy modules present in a fresh interpreter after running ``code``."""
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {_HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_import_readoutlib_imports_nothing_heavy() -> None:
    """The package's import defers attrs, lxml, the analysis and the registry to first use."""
    expected: list[str] = []
    assert expected == _imported_after("import readoutlib; readoutlib.__version__")


def test_version_and_help_import_nothing_heavy() -> None:
    """``readout --version`` and ``readout --help`` import only the command-line module."""
    code = (
        "import contextlib, io\nfrom readoutlib.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n    main(['--version']); main(['--help'])"
    )
    expected: list[str] = []
    assert expected == _imported_after(code)


def test_lazy_names_are_the_modules_objects() -> None:
    """A public name reached through the package is the very object its module defines."""
    import readoutlib
    from readoutlib import api, model, serialize

    expected = (api.parse, model.Readout, serialize.dumps)
    assert expected == (readoutlib.parse, readoutlib.Readout, readoutlib.dumps)


def test_compare_stays_the_function_after_its_subpackage_is_imported() -> None:
    """``readoutlib.compare`` is the function even when the subpackage of that name was imported first."""
    code = (
        "import readoutlib.compare.inputs, readoutlib, types\n"
        "print(isinstance(readoutlib.compare, types.FunctionType), readoutlib.compare.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    expected = "True compare"
    assert expected == out.stdout.strip()
