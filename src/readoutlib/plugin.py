"""The one module a format plugin imports from: the adapter base, its declarations and helpers.

A plugin is a declaration (see ``docs/writing-a-plugin.md``)::

    from readoutlib.plugin import DumpRules, FormatAdapter, HtmlRules, Profile

    class ExampleAdapter(FormatAdapter):
        name = "example-mfa"
        url_patterns = (r"^https?://(?:www\\.)?mfa\\.example/news/",)
        language_by_url = ((r"/fr/", "fr"),)
        markers = ((r"(?-i:example-article__body)", 0.6),)
        rules = DumpRules(drop=(r"Print this page$",))
        html = HtmlRules(title=("h1.article-title",), body=("div.example-article__body",))
        profile = Profile(home_country="EX")

Everything here is part of readoutlib's public API and keeps its name across releases; the core
modules these names come from may move. A plugin that needs code (a layout the declarations
cannot say) overrides ``FormatAdapter.layout``, calls ``super().layout(document)`` and changes
the ``Layout`` it gets with ``evolve``, using the helpers below to read the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs

from .adapter import FormatAdapter, Layout, declaration_problems
from .analysis.profile import OwnPrincipal, Profile
from .dates import parse_date
from .document import Document
from .errors import PluginWarning
from .model import Readout
from .segment import (
    DumpRules,
    HtmlRules,
    is_prose,
    meta_content,
    parse_stamp,
    select,
    select_one,
    select_text,
    split_page,
)

_T = TypeVar("_T", bound=attrs.AttrsInstance)
# attrs' mypy plugin checks evolve() calls itself and rejects a type variable: call it untyped.
_attrs_evolve: Callable[..., Any] = attrs.evolve

__all__ = [
    "Document",
    "DumpRules",
    "FormatAdapter",
    "HtmlRules",
    "Layout",
    "OwnPrincipal",
    "PluginWarning",
    "Profile",
    "Readout",
    "declaration_problems",
    "evolve",
    "is_prose",
    "meta_content",
    "parse_date",
    "parse_stamp",
    "select",
    "select_one",
    "select_text",
    "split_page",
]


def evolve(declared: _T, **changes: Any) -> _T:
    """A copy of ``declared`` (a ``Layout``, a ``Profile``, ``DumpRules``) with ``changes`` made.

    ``evolve(layout, published=date)`` is how a ``layout`` override changes what the default found
    without dropping any other field.
    """
    return cast(_T, _attrs_evolve(declared, **changes))
