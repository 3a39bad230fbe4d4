"""MkDocs hook: the API reference documents exactly each module's ``__all__``.

Every ``::: module`` line of ``reference.md`` gets the module's ``__all__`` as its ``members``
option, so mkdocstrings renders those names in that order and nothing else from the module. Once
the page is rendered, the hook checks that each module's section holds exactly those names (the
anchors mkdocstrings writes, ``id="module.name"``) and fails the build otherwise.
"""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

from mkdocs.exceptions import PluginError

PAGE = "reference.md"
_DIRECTIVE = re.compile(r"^::: (?P<module>[\w.]+)[ \t]*$", re.MULTILINE)
_ANCHOR = re.compile(r'id="(readoutlib[\w.]*)"')


def _with_members(match: re.Match[str]) -> str:
    module = importlib.import_module(match["module"])
    members = json.dumps(list(module.__all__))
    return f"{match[0]}\n    options:\n      members: {members}"


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Give each autodoc directive of the reference page its module's public names."""
    if page.file.src_uri != PAGE:
        return markdown
    return _DIRECTIVE.sub(_with_members, markdown)


def documented(html: str, modules: list[str]) -> dict[str, list[str]]:
    """The names each module's section of the rendered page documents, from the anchors."""
    anchors = set(_ANCHOR.findall(html))
    found: dict[str, list[str]] = {}
    for name in modules:
        children = {a[len(name) + 1 :] for a in anchors if a.startswith(name + ".")}
        found[name] = sorted(c for c in children if "." not in c and f"{name}.{c}" not in modules)
    return found


def on_post_page(output: str, page: Any, **_: Any) -> str:
    """Fail the build when the rendered reference differs from the modules' ``__all__``."""
    if page.file.src_uri != PAGE:
        return output
    modules = _DIRECTIVE.findall(page.file.content_string)
    expected = {m: sorted(importlib.import_module(m).__all__) for m in modules}
    actual = documented(output, modules)
    wrong = {m: (expected[m], actual[m]) for m in modules if expected[m] != actual[m]}
    if wrong:
        lines = [f"{m}: __all__ {e} but the page documents {a}" for m, (e, a) in wrong.items()]
        raise PluginError(f"{PAGE} does not match __all__:\n" + "\n".join(lines))
    return output
