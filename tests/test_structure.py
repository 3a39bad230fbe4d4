"""The package's structure: no module imports another's private names, and no import cycles."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import readoutlib

ROOT = Path(readoutlib.__file__).parent
PLUGINS = Path(__file__).resolve().parents[1] / "plugins"


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


def _sources() -> Iterator[Path]:
    yield from (path for _, path in _modules())
    yield from sorted(PLUGINS.glob("*/src/**/*.py"))


def _absolute(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    base = package[: len(package) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            found.extend(
                f"{path.name}:{node.lineno} {alias.name}"
                for alias in node.names
                if alias.name.startswith("_") and not alias.name.startswith("__")
            )
    return found


def test_no_module_imports_private_names() -> None:
    """No module of the core or of a plugin imports a name another module keeps private."""
    expected: list[str] = []
    assert expected == [hit for path in _sources() for hit in _private_imports(path)]


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(module: str, path: Path, names: set[str]) -> set[str]:
    """The package modules ``module`` imports anywhere: at import time or inside a function (a lazy
    import is a dependency too), but not under ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and _type_checking(node)
        for inner in ast.walk(node)
    }
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            target = _absolute(module, path, node)
            submodules = {f"{target}.{alias.name}" for alias in node.names} & names
            out |= submodules or ({target} & names)
        elif isinstance(node, ast.Import):
            out |= {alias.name for alias in node.names} & names
    return out - {module}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of ``graph`` (a list of modules, the first repeated at the end), or []."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_no_import_cycles() -> None:
    """The modules' dependencies form no cycle, lazy imports included (a package's own __init__ aside)."""
    modules = dict(_modules())
    names = set(modules)
    graph = {name: _imports(name, path, names) for name, path in modules.items()}
    # A subpackage importing its parent package's __init__ is how Python imports it anyway.
    graph = {name: {d for d in deps if not name.startswith(f"{d}.")} for name, deps in graph.items()}
    expected: list[str] = []
    assert expected == _cycle(graph)
