"""Scaffold a new format plugin: a working distribution to fill in with a publisher's facts.

``create_plugin("xx-mfa", Path("plugins"))`` writes ``plugins/readoutlib-xx-mfa/`` with a
``pyproject.toml`` registering the adapter under the entry-point group, a small adapter built
on ``readoutlib.plugin``, ``py.typed``, a README, and a golden test over ``tests/cases`` that
passes before any case is added. The templates live in ``readoutlib/templates/plugin``.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from importlib import resources
from pathlib import Path

__all__ = ["create_plugin", "validate_format_id"]

# Lowercase words of letters and digits joined by single hyphens, starting with a letter, so
# the id also makes a valid package name and class name.
_FORMAT_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_RESERVED = frozenset({"generic"})
_MAX_ID_LENGTH = 64


def validate_format_id(format_id: str) -> str:
    """Return ``format_id`` if it can name a plugin; otherwise say why not.

    Raises:
        ValueError: the id is empty, malformed or reserved.
    """
    if not _FORMAT_ID.fullmatch(format_id):
        raise ValueError(
            f"invalid format id {format_id!r}: use lowercase letters, digits and single hyphens, "
            "starting with a letter (e.g. 'xx-mfa')"
        )
    if len(format_id) > _MAX_ID_LENGTH:
        raise ValueError(f"invalid format id {format_id!r}: longer than {_MAX_ID_LENGTH} characters")
    if format_id in _RESERVED:
        raise ValueError(f"invalid format id {format_id!r}: reserved for the core's fallback adapter")
    return format_id


def _names(format_id: str) -> dict[str, str]:
    package = "readoutlib_" + format_id.replace("-", "_")
    camel = "".join(part[:1].upper() + part[1:] for part in format_id.split("-"))
    class_name = camel + "Adapter"
    return {"__ID__": format_id, "__PACKAGE__": package, "__CLASS__": class_name}


def _render(template: str, names: dict[str, str]) -> str:
    text = (resources.files("readoutlib") / "templates" / "plugin" / template).read_text(encoding="utf-8")
    for placeholder, value in names.items():
        text = text.replace(placeholder, value)
    return text


def create_plugin(format_id: str, dest: Path) -> Path:
    """Create a plugin distribution ``dest/readoutlib-<format_id>/`` and return its path.

    The folder is written in full under a temporary name and then renamed, so a failure
    leaves nothing half-made; an existing folder is never touched.

    Args:
        format_id: the new format's id ("xx-mfa"): entry-point name and publisher id.
        dest: the folder to create the distribution in (created if missing).

    Raises:
        ValueError: the id is invalid or reserved, or ``dest`` is not a folder.
        FileExistsError: ``dest/readoutlib-<format_id>`` already exists.
    """
    validate_format_id(format_id)
    names = _names(format_id)
    dest = Path(dest)
    target = dest / f"readoutlib-{format_id}"
    if target.exists() or target.is_symlink():
        raise FileExistsError(f"{target} already exists; not overwriting it")
    if dest.exists() and not dest.is_dir():
        raise ValueError(f"{dest} is not a folder")
    dest.mkdir(parents=True, exist_ok=True)
    package = names["__PACKAGE__"]
    files = {
        "pyproject.toml": _render("pyproject.toml.tmpl", names),
        "README.md": _render("README.md.tmpl", names),
        f"src/{package}/__init__.py": _render("__init__.py.tmpl", names),
        f"src/{package}/py.typed": "",
        f"tests/test_{format_id.replace('-', '_')}.py": _render("test.py.tmpl", names),
        "tests/cases/.gitkeep": "",
    }
    staging = Path(tempfile.mkdtemp(prefix=f".readoutlib-{format_id}-", dir=dest))
    try:
        for relative, content in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
        staging.chmod(0o755)  # mkdtemp makes it private; the plugin folder is an ordinary one
        if target.exists():  # created meanwhile by someone else: still never overwrite
            raise FileExistsError(f"{target} already exists; not overwriting it")
        os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target
