"""DOM to text: the visible text of HTML elements, CSS selection, and where a page's running text is.

Lines come out as a reader sees them: block elements on their own lines, source wrapping as spaces,
invisible elements (scripts, styles, buttons) left out.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Sequence
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .lines import collapse, is_boilerplate
from .vocabulary import BLOCK_TAGS, INVISIBLE_TAGS

if TYPE_CHECKING:
    from lxml import html as lxml_html

__all__ = [
    "BLOCK_TAGS",
    "css",
    "element_paragraphs",
    "element_text",
    "largest_text_block",
    "lines_between",
    "meta_content",
    "select",
    "select_one",
    "select_text",
    "selecting_in",
    "skipped_elements",
]


_BLANK_LINE = re.compile(r"[ \t]*\n\s*\n\s*")
_WRAP = re.compile(r"[ \t]*\n[ \t]*")


def _unwrap(text: str) -> str:
    """Source wrapping inside a text node becomes a space; a blank line stays a break."""
    if "\n" not in text:
        return text
    if text.isspace():  # indentation between tags, the commonest text of a page: a few kinds only
        return _unwrap_space(text)
    return "\n".join(_WRAP.sub(" ", piece) for piece in _BLANK_LINE.split(text))


@lru_cache(maxsize=1024)
def _unwrap_space(text: str) -> str:
    """``_unwrap`` of a text of whitespace only, remembered."""
    return "\n".join(_WRAP.sub(" ", piece) for piece in _BLANK_LINE.split(text))


#: What a tag means to visible text, by the tag as lxml gives it: whether its subtree is hidden,
#: what its start and end add (a line break for a block) and whether its lines are kept (``<pre>``).
_TAG_KINDS: dict[object, tuple[bool, str, int]] = {}
_ENTITY = (True, "", 0)  # an entity reference: no text


def _tag_kind(tag: object) -> tuple[bool, str, int]:
    """What ``tag`` (any case) means to visible text; remembered per tag as written."""
    kind = _TAG_KINDS.get(tag)
    if kind is None:
        if not isinstance(tag, str):  # an entity reference: no text
            return _ENTITY
        name = tag.lower()
        kind = (name in INVISIBLE_TAGS, "\n" if name in BLOCK_TAGS else "", 1 if name == "pre" else 0)
        if len(_TAG_KINDS) < 4096:  # a page of made-up tag names must not grow the table for ever
            _TAG_KINDS[tag] = kind
    return kind


#: Whitespace that is neither a line break nor one of ``lines.collapse``'s spaces: a text holding
#: one has its lines collapsed one by one.
_ODD_SPACE = re.compile("[\r\x1c-\x1f\x85\u1680\u2028\u2029\u205f]")


def _visible_lines(parts: list[str]) -> str:
    """The parts joined, cut at line breaks, each line's spaces collapsed, empty lines left out."""
    joined = "".join(parts)
    lines = joined.split("\n")
    if _ODD_SPACE.search(joined) is None:
        # Then the whitespace str.split splits at is collapse's spaces: collapse is split and join.
        return "\n".join(filter(None, [" ".join(line.split()) for line in lines]))
    return "\n".join(line for line in (collapse(x) for x in lines if x and not x.isspace()) if line)


def element_text(element: lxml_html.HtmlElement, *, skip: Iterable[lxml_html.HtmlElement] = ()) -> str:
    """Visible text of ``element``: block elements on their own lines, spaces collapsed.

    A line break inside a text node is only how the source was wrapped and reads as a space; a
    blank line inside a text node (old pages without ``<p>``) still separates paragraphs, and
    ``<pre>`` keeps its lines.

    Args:
        element: the element to read.
        skip: elements (boilerplate) whose text is left out.
    """
    if not isinstance(element.tag, str):
        return ""
    from lxml import etree  # local: keeps lxml out of import time

    skipped = set(skip)
    parts: list[str] = []
    append = parts.append
    inside_pre = 0  # how many <pre> elements are open around the current node
    left_out: object = None  # the element whose subtree was just skipped
    # lxml's walker (in C), not recursion: a page may nest 2,000 levels deep (see
    # document._parse_html); comments and processing instructions come as events for their tails.
    kinds = _TAG_KINDS
    walker = etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event == "start":
            hidden, mark, pre = kinds.get(el.tag) or _tag_kind(el.tag)
            if hidden or (skipped and el in skipped):
                left_out = el
                walker.skip_subtree()  # its "end" still comes, for the tail
                continue
            inside_pre += pre
            append(mark)
            text = el.text
            if text:
                append(text if inside_pre or "\n" not in text else _unwrap(text))
            continue
        if event == "end":
            if el is left_out:
                left_out = None
            else:
                _hidden, mark, pre = kinds.get(el.tag) or _tag_kind(el.tag)
                inside_pre -= pre
                append(mark)
        if el is not element:
            tail = el.tail
            if tail:
                append(tail if inside_pre or "\n" not in tail else _unwrap(tail))
    return _visible_lines(parts)


@lru_cache(maxsize=512)
def css(selector: str) -> object:
    """The compiled CSS selector for ``selector`` (cached): call it on an element.

    The XPath is lxml's translation (``CSSSelector(selector, translator="html")``) with each step
    that tests one attribute (``*[@class and contains(@class, 'x') and ...]``, ``*[@id = 'x']``)
    written as a step to that attribute and back (``*/@class[contains(., 'x') and ...]/parent::*``):
    the same elements, but libxml2 then tests only the elements that have the attribute, about
    three times faster on a real page.
    """
    from lxml import etree
    from lxml.cssselect import LxmlHTMLTranslator

    return etree.XPath(attribute_steps(LxmlHTMLTranslator().css_to_xpath(selector)))


#: A step that tests one attribute: ``*[@name and ...]`` or ``*[@name = ...]`` after an axis or a
#: slash (or opening the path).
_ATTRIBUTE_STEP = re.compile(r"(?:(?<=::)|(?<=/)|^)\*\[@(?P<name>[A-Za-z_][\w.-]*)(?P<op> and | = )")
#: What a predicate may hold to be rewritten: literals, attribute references, the string functions
#: and ``and``/``=`` (no ``or``, ``not``, ``position()``: the attribute must be required, and the
#: predicate must not depend on the element's position).
_PREDICATE_TOKEN = re.compile(
    r"""\s+|'[^']*'|"[^"]*"|@[A-Za-z_][\w.-]*|"""
    r"(?:contains|concat|normalize-space|starts-with|substring|string-length|translate)(?=\()|"
    r"and(?=\s)|[(),=\]]"
)
#: What may follow a rewritten step: the path's end, the next step, the end of an enclosing
#: predicate or function call, or a union (never a further predicate on the same step).
_STEP_END = ("", "/", "]", ")", " ")


def attribute_steps(xpath: str) -> str:
    """``xpath`` with every step testing one attribute written as a step to it and back (see ``css``)."""
    out: list[str] = []
    at = 0
    for m in _ATTRIBUTE_STEP.finditer(xpath):
        if m.start() < at:
            continue
        rewritten = _attribute_step(xpath, m)
        if rewritten is not None:
            text, end = rewritten
            out.append(xpath[at : m.start()] + text)
            at = end
    out.append(xpath[at:])
    return "".join(out)


def _attribute_step(xpath: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The step ``m`` opens rewritten, and where it ends in ``xpath``; None when it must stay."""
    name = "@" + m["name"]
    tokens: list[str] = []
    depth = 0
    pos = m.end()
    while True:
        token = _PREDICATE_TOKEN.match(xpath, pos)
        if token is None:
            return None
        pos = token.end()
        text = token.group()
        if text.startswith("@") and text != name:
            return None  # another attribute: not a test of this one alone
        if text == "]":
            if depth:
                return None
            break
        depth += (text == "(") - (text == ")")
        tokens.append("." if text == name else text)
    follows = xpath[pos : pos + 1]
    if follows not in _STEP_END or (follows == " " and xpath[pos : pos + 3] != " | "):
        return None
    condition = "".join(tokens)
    if m["op"] == " = ":
        condition = ". = " + condition
    return f"*/{name}[{condition}]/parent::*", pos


@lru_cache(maxsize=512)
def css_at_root(selector: str) -> object:
    """``css(selector)`` for a page's root element: a class then a descendant tag (``.topper h1``)
    is searched tag first (``descendant-or-self::h1[ancestor::*/@class[...]]``, the few ``h1`` and
    their ancestors instead of every class). From the root element every ancestor of an element
    is inside the search, so it finds the same elements; from any other element it would not.
    """
    from lxml import etree
    from lxml.cssselect import LxmlHTMLTranslator

    tag_first = _tag_first(attribute_steps(LxmlHTMLTranslator().css_to_xpath(selector)))
    return css(selector) if tag_first is None else etree.XPath(tag_first)


_STEP_THEN_TAG = re.compile(
    r"descendant-or-self::\*/(?P<step>@[A-Za-z_][\w.-]*\[.+\])/parent::\*/descendant::(?P<tag>[A-Za-z][\w-]*)"
)
_CURRENT_NODE = re.compile(r"\.(?![\w.])")


def _tag_first(xpath: str) -> str | None:
    """``xpath`` (an attribute step and a descendant tag, from the root) with the tag searched first,
    or None when it has another shape."""
    m = _STEP_THEN_TAG.fullmatch(xpath)
    if m is None:
        return None
    step = m["step"]
    depth = 0
    pos = step.index("[") + 1
    while pos < len(step):  # the step's predicate must close at its end: one step, one predicate
        token = _PREDICATE_TOKEN.match(step, pos) or _CURRENT_NODE.match(step, pos)
        if token is None or token.group().startswith("@"):
            return None
        pos = token.end()
        if token.group() == "]":
            if depth:
                return None
            break
        depth += (token.group() == "(") - (token.group() == ")")
    if pos != len(step) or not step.endswith("]"):
        return None
    return f"descendant-or-self::{m['tag']}[ancestor::*/{step}]"


#: While ``selecting_in(root)`` runs: that page's root, and every class name and id on the page.
_PAGE_NAMES: ContextVar[tuple[Any, frozenset[str], frozenset[str]] | None] = ContextVar(
    "_PAGE_NAMES", default=None
)
#: What XPath's normalize-space, which the class selectors use, takes for whitespace.
_XML_SPACE = re.compile(r"[ \t\r\n]+")


@contextlib.contextmanager
def selecting_in(root: lxml_html.HtmlElement) -> Iterator[None]:
    """Within the block, a selector naming a class or id that no element of ``root``'s page has
    finds nothing without searching the tree (the page must not change meanwhile).

    Each selector that names a class is otherwise a search of every element (about 0.1 ms on a
    real page); a layout tries a dozen, most of them written for the site's other generations.
    """
    page = root.getroottree().getroot()
    class_values, id_values = _attribute_values()
    # the values joined by a space split as each one would: one split instead of one per element,
    # and at spaces alone (str.split) when the values hold no other XML whitespace
    joined = " ".join(class_values(page))
    plain = "\t" not in joined and "\n" not in joined and "\r" not in joined
    classes = frozenset(joined.split(" ") if plain else _XML_SPACE.split(joined)) - {""}
    ids = frozenset(id_values(page))
    token = _PAGE_NAMES.set((page, classes, ids))
    try:
        yield
    finally:
        _PAGE_NAMES.reset(token)


@lru_cache(maxsize=1)
def _attribute_values() -> tuple[Any, Any]:
    """XPath searches for every class and id value of a page, as plain strings (no element proxies)."""
    from lxml import etree  # local: keeps lxml out of import time

    return etree.XPath("//@class", smart_strings=False), etree.XPath("//@id", smart_strings=False)


@lru_cache(maxsize=512)
def _named(selector: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The class names and ids every element ``selector`` matches (or its ancestors) must have;
    None when the selector is more than elements, classes, ids, attributes and combinators."""
    from cssselect import parse
    from cssselect.parser import Attrib, Class, CombinedSelector, Element, Hash, SelectorError

    try:
        parsed = parse(selector)
    except SelectorError:
        return None
    if len(parsed) != 1:
        return None
    classes: set[str] = set()
    ids: set[str] = set()
    pending: list[object] = [parsed[0].parsed_tree]
    while pending:
        node = pending.pop()
        if isinstance(node, Class):
            classes.add(node.class_name)
            pending.append(node.selector)
        elif isinstance(node, Hash):
            ids.add(node.id)
            pending.append(node.selector)
        elif isinstance(node, Attrib):
            pending.append(node.selector)
        elif isinstance(node, CombinedSelector):
            pending.extend((node.selector, node.subselector))
        elif not isinstance(node, Element):
            return None  # pseudo-classes, negation, functions: no shortcut
    return frozenset(classes), frozenset(ids)


def _found(selector: str, element: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The elements ``selector`` matches in ``element`` (itself included), in document order."""
    page = _PAGE_NAMES.get()
    if page is not None and page[0] is element.getroottree().getroot():
        named = _named(selector)
        if named is not None and not (named[0] <= page[1] and named[1] <= page[2]):
            return []
        if element is page[0]:
            return list(css_at_root(selector)(element))  # type: ignore[operator]
    return list(css(selector)(element))  # type: ignore[operator]


def select(root: lxml_html.HtmlElement, *selectors: str) -> list[lxml_html.HtmlElement]:
    """Elements matching the first CSS selector (of several, tried in order) that matches any."""
    for selector in selectors:
        found = _found(selector, root)
        if found:
            return found
    return []


def select_one(root: lxml_html.HtmlElement, *selectors: str) -> lxml_html.HtmlElement | None:
    """The first element matching the first CSS selector that matches, or None."""
    found = select(root, *selectors)
    return found[0] if found else None


def select_text(root: lxml_html.HtmlElement, *selectors: str) -> str | None:
    """Visible text (lines joined by spaces) of the first non-empty match, or None."""
    for selector in selectors:
        for el in _found(selector, root):
            text = collapse(element_text(el).replace("\n", " "))
            if text:
                return text
    return None


def meta_content(root: lxml_html.HtmlElement, *names: str) -> str | None:
    """Content of the first ``<meta name|property=...>`` among ``names`` that has one."""
    for name in names:
        for el in root.iter("meta"):
            if name in (el.get("name"), el.get("property"), el.get("itemprop")):
                content = collapse(el.get("content") or el.get("value") or "")
                if content:
                    return content
    return None


def element_paragraphs(
    element: lxml_html.HtmlElement,
    *,
    skip_selectors: Sequence[str] = (),
    drop: Sequence[re.Pattern[str]] = (),
) -> tuple[str, ...]:
    """Body paragraphs of a content element: each visible line, boilerplate removed.

    Args:
        element: the body container (``div#News_Body_Txt_A``, ``div.entry-content``, ...).
        skip_selectors: CSS selectors of elements inside it to leave out (share links, tooltips).
        drop: compiled patterns; a line that matches one is dropped.
    """
    lines = element_text(element, skip=skipped_elements(element, skip_selectors)).split("\n")
    return tuple(line for line in lines if line and not is_boilerplate(line, drop))


def skipped_elements(element: lxml_html.HtmlElement, selectors: Sequence[str]) -> list[lxml_html.HtmlElement]:
    """The elements inside ``element`` matching any of ``selectors``: text to leave out."""
    skipped: list[lxml_html.HtmlElement] = []
    for selector in selectors:
        skipped.extend(_found(selector, element))
    return skipped


def lines_between(
    root: lxml_html.HtmlElement, start: lxml_html.HtmlElement, end: lxml_html.HtmlElement | None = None
) -> tuple[str, ...]:
    """Visible lines between two elements in document order (old CMS pages mark their body so).

    Args:
        root: the page.
        start: the element after which the text starts (a marker such as a ``<meta>``).
        end: the element at which it ends; None reads to the end of the page.
    """
    parts: list[str] = []
    state = {"inside": False, "done": False}

    def walk(el: lxml_html.HtmlElement) -> None:
        if state["done"]:
            return
        if el is end:
            state["done"] = True
            return
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if el is start:
            state["inside"] = True
        elif tag and tag not in INVISIBLE_TAGS:
            block = tag in BLOCK_TAGS
            if block and state["inside"]:
                parts.append("\n")
            if el.text and state["inside"]:
                parts.append(el.text)
            for child in el:
                walk(child)
            if block and state["inside"]:
                parts.append("\n")
        if el.tail and state["inside"] and not state["done"]:
            parts.append(el.tail)

    walk(root)
    lines = (collapse(line) for line in "".join(parts).split("\n"))
    return tuple(line for line in lines if line)


def largest_text_block(
    root: lxml_html.HtmlElement, *, selectors: Sequence[str] = (), min_chars: int = 200
) -> lxml_html.HtmlElement | None:
    """The element holding the page's running text.

    A known container among ``selectors`` wins when it has ``min_chars`` of text; otherwise the
    parent of the most paragraph text (``<p>``, or ``<div>``/``<td>`` leaves on table pages).
    """
    for el in select(root, *selectors):
        if len(" ".join(el.itertext())) >= min_chars:
            return el
    totals: dict[lxml_html.HtmlElement, int] = {}
    for tag in ("p", "div", "td"):
        for block in root.iter(tag):
            if tag != "p" and any(isinstance(c.tag, str) and c.tag.lower() in BLOCK_TAGS for c in block):
                continue  # only leaf blocks: a wrapper would count its children twice
            text = collapse(block.text_content())
            if len(text) < 40 and tag != "p":
                continue
            parent = block.getparent()
            if parent is not None:
                totals[parent] = totals.get(parent, 0) + len(text)
    if totals:
        return max(totals, key=lambda el: totals[el])
    body = root.find("body")
    return body if body is not None else root
