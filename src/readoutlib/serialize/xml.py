"""The XML form of a readout, through lxml, checked against the shipped XSD.

The document mirrors the JSON form: root ``<readout xmlns="urn:readoutlib:1" schema="readoutlib/1">``,
one element per field, lists as a container of repeated items (``<paragraphs><p>..</p></paragraphs>``).
A field that is None is an omitted element and an empty string is an empty element, so the two
stay distinct. Text is written exactly: leading and trailing spaces and newlines are kept, and a
carriage return is written as the character reference ``&#13;`` (a literal one would be turned
into a newline by every XML parser), so it round-trips too.

XML 1.0 has no form for control characters other than tab, newline and carriage return, for lone
surrogates, or for U+FFFE and U+FFFF. Page text should not carry them into a readout; if one
does, :func:`dumps` raises ``SchemaError`` naming the field rather than writing a document that no
parser would read.

Reading is defensive: the parser never loads a DTD, resolves an entity or touches the network,
and a document with a DOCTYPE is refused outright (``UnsafeInputError``) before it is parsed, so
entity bombs and external entities cost nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from typing import Any, TypeVar, cast

from lxml import etree

from ..errors import SchemaError, UnsafeInputError
from ..model import Event, EventKind, Participant, Readout, Source, Statement
from . import NOT_XML_CHAR, SCHEMA

__all__ = ["NAMESPACE", "dumps", "loads", "validate", "xsd_text"]

#: The XML namespace of the readoutlib/1 form.
NAMESPACE = "urn:readoutlib:1"

_NS = "{" + NAMESPACE + "}"


#: A DOCTYPE in the raw bytes, in the encodings a parser would detect without a declaration.
_DOCTYPE_MARKERS = tuple(
    re.compile(re.escape("<!DOCTYPE".encode(codec)), re.IGNORECASE)
    for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)

_REFUSED = "XML with a DOCTYPE is refused: readoutlib never loads DTDs or expands entities"

_T = TypeVar("_T")

_local = threading.local()


def xsd_text() -> str:
    """Return the XML Schema (XSD 1.0) of the XML form, as shipped with the package."""
    return resources.files("readoutlib").joinpath("schemas", "readout.xsd").read_text("utf-8")


def _safe_parser(encoding: str | None = None) -> etree.XMLParser:
    # A fresh parser per call: lxml parsers are not safe to share between threads.
    return etree.XMLParser(
        encoding=encoding,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _xml_schema() -> etree.XMLSchema:
    """The compiled XSD, one per thread (lxml validators are not safe to share between threads)."""
    schema: etree.XMLSchema | None = getattr(_local, "schema", None)
    if schema is None:
        document = etree.fromstring(xsd_text().encode("utf-8"), _safe_parser())
        schema = etree.XMLSchema(document)
        _local.schema = schema
    return schema


# -- writing ------------------------------------------------------------------------------------


def _checked(text: str, where: str) -> str:
    bad = NOT_XML_CHAR.search(text)
    if bad is not None:
        raise SchemaError(
            f"{where}: character U+{ord(bad.group()):04X} at position {bad.start()} cannot be written "
            "in XML 1.0 (no control characters other than tab, newline and carriage return, "
            "no lone surrogates, no U+FFFE or U+FFFF)"
        )
    return text


def _leaf(parent: etree._Element, name: str, text: str | None, where: str) -> None:
    """Add ``<name>text</name>``, or nothing for None (so None and "" stay distinct)."""
    if text is None:
        return
    element = etree.SubElement(parent, _NS + name)
    element.text = _checked(text, where)


def _items(parent: etree._Element, name: str, item: str, values: Iterable[str], where: str) -> None:
    container = etree.SubElement(parent, _NS + name)
    for index, value in enumerate(values):
        _leaf(container, item, value, f"{where}[{index}]")


def _iso(date: dt.date | None) -> str | None:
    return None if date is None else date.isoformat()


def _build_tree(readout: Readout) -> etree._Element:
    # lxml-stubs type nsmap keys as str, but None (the default namespace) is what lxml documents.
    root = etree.Element(_NS + "readout", nsmap={None: NAMESPACE})  # type: ignore[dict-item]
    root.set("schema", SCHEMA)

    source = etree.SubElement(root, _NS + "source")
    src = readout.source
    _leaf(source, "url", src.url, "source.url")
    _leaf(source, "publisher", src.publisher, "source.publisher")
    _leaf(source, "adapter", src.adapter, "source.adapter")
    _leaf(source, "language", src.language, "source.language")
    _leaf(source, "published", _iso(src.published), "source.published")
    _leaf(source, "input", src.input, "source.input")
    _leaf(source, "readoutlib_version", src.readoutlib_version, "source.readoutlib_version")

    _leaf(root, "title", readout.title, "title")

    event = etree.SubElement(root, _NS + "event")
    _leaf(event, "kind", readout.event.kind.value, "event.kind")
    _leaf(event, "date", _iso(readout.event.date), "event.date")
    _leaf(event, "date_basis", readout.event.date_basis, "event.date_basis")
    _leaf(event, "location", readout.event.location, "event.location")
    participants = etree.SubElement(event, _NS + "participants")
    for index, person in enumerate(readout.event.participants):
        where = f"event.participants[{index}]"
        element = etree.SubElement(participants, _NS + "participant")
        _leaf(element, "id", person.id, f"{where}.id")
        _leaf(element, "name", person.name, f"{where}.name")
        _leaf(element, "country", person.country, f"{where}.country")
        _items(element, "titles", "title", person.titles, f"{where}.titles")
        _leaf(element, "requested", "true" if person.requested else "false", f"{where}.requested")
        if person.aliases:
            _items(element, "aliases", "alias", person.aliases, f"{where}.aliases")
        _leaf(element, "key", person.key, f"{where}.key")
    _leaf(event, "scope", readout.event.scope, "event.scope")

    statements = etree.SubElement(root, _NS + "statements")
    for index, statement in enumerate(readout.statements):
        where = f"statements[{index}]"
        element = etree.SubElement(statements, _NS + "statement")
        _leaf(element, "speaker", statement.speaker, f"{where}.speaker")
        _leaf(element, "verb", statement.verb, f"{where}.verb")
        _leaf(element, "text", statement.text, f"{where}.text")
        _leaf(element, "paragraph", str(statement.paragraph), f"{where}.paragraph")
        _leaf(element, "start", str(statement.start), f"{where}.start")
        _leaf(element, "end", str(statement.end), f"{where}.end")

    _items(root, "paragraphs", "p", readout.paragraphs, "paragraphs")
    _items(root, "mentioned", "name", readout.mentioned, "mentioned")
    _items(root, "warnings", "warning", readout.warnings, "warnings")
    return root


def dumps(readout: Readout) -> str:
    """Serialize a readout as an XML document (UTF-8 declaration, indented).

    Raises:
        SchemaError: a string in the readout holds a character XML 1.0 cannot represent.
    """
    root = _build_tree(readout)
    data: bytes = etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)
    return data.decode("utf-8")


# -- reading ------------------------------------------------------------------------------------


def _tidy(message: str) -> str:
    """Drop the namespace from lxml's element names: "Element 'kind'" reads better."""
    return message.replace(_NS, "").rstrip(".")


def _raw_bytes(data: str | bytes) -> tuple[bytes, etree.XMLParser]:
    """The bytes to parse and the safe parser for them (a str is already decoded: UTF-8)."""
    if isinstance(data, str):
        try:
            raw = data.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise SchemaError(f"not XML: the text holds a lone surrogate at position {exc.start}") from exc
        # The text is already decoded: whatever encoding its declaration names no longer applies.
        return raw, _safe_parser("utf-8")
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data), _safe_parser()
    raise SchemaError(f"not XML: expected str or bytes, got {type(data).__name__}")


def _check_root(root: etree._Element) -> None:
    """No DTD; the root is readoutlib's, of the schema version this release reads."""
    docinfo = root.getroottree().docinfo
    doctype: object = getattr(docinfo, "doctype", None)  # missing from lxml-stubs, hence getattr
    if docinfo.internalDTD is not None or docinfo.externalDTD is not None or doctype:
        raise UnsafeInputError(f"{_REFUSED} (the document declares one)")
    if root.tag != _NS + "readout":
        raise SchemaError(
            f"line {root.sourceline}: the root element is {_tidy(str(root.tag))!r} "
            f'(namespace {etree.QName(root).namespace!r}), expected <readout xmlns="{NAMESPACE}">'
        )
    version = root.get("schema")
    if version != SCHEMA:
        raise SchemaError(
            f"line {root.sourceline}: schema: "
            + ("missing" if version is None else f"unsupported version {version!r}")
            + f" (this readoutlib reads {SCHEMA!r})"
        )


def _parse(data: str | bytes) -> etree._Element:
    """Parse untrusted XML safely; refuse DOCTYPEs; check the root names readoutlib/1."""
    raw, parser = _raw_bytes(data)
    for marker in _DOCTYPE_MARKERS:
        if marker.search(raw):
            raise UnsafeInputError(f"{_REFUSED} (found <!DOCTYPE)")
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else 1
        if "amplification" in (exc.msg or ""):  # libxml2's own entity-bomb guard tripped
            raise UnsafeInputError(f"{_REFUSED} (entity amplification)") from exc
        raise SchemaError(f"line {line}: malformed XML: {_tidy(exc.msg or str(exc))}") from exc
    except ValueError as exc:  # lxml refuses some inputs before parsing
        raise SchemaError(f"line 1: malformed XML: {exc}") from exc
    if root is None:
        raise SchemaError("line 1: malformed XML: the document is empty")
    _check_root(root)
    return root


def _validate_tree(root: etree._Element) -> None:
    schema = _xml_schema()
    if not schema.validate(root):
        errors: list[Any] = list(schema.error_log)  # type: ignore[call-overload]  # stubs lack __iter__
        first = errors[0]
        raise SchemaError(f"line {first.line}: {_tidy(str(first.message))}")


def validate(data: str | bytes) -> None:
    """Check that XML text is a valid readoutlib/1 document (safe parse, then the XSD).

    Raises:
        UnsafeInputError: the document has a DOCTYPE.
        SchemaError: malformed XML or a schema violation; the message names the line and reason.
    """
    _validate_tree(_parse(data))


def _text(element: etree._Element) -> str:
    # itertext joins the text around removed comments; an empty element is "".
    return "".join(cast("Iterator[str]", element.itertext()))


def _child(parent: etree._Element, name: str) -> etree._Element | None:
    return parent.find(_NS + name)


def _optional_text(parent: etree._Element, name: str) -> str | None:
    element = _child(parent, name)
    return None if element is None else _text(element)


def _strings(parent: etree._Element, name: str, item: str) -> tuple[str, ...]:
    container = _child(parent, name)
    if container is None:
        return ()
    return tuple(_text(element) for element in container.iterfind(_NS + item))


def _date(parent: etree._Element, name: str) -> dt.date | None:
    element = _child(parent, name)
    if element is None:
        return None
    value = _text(element).strip()  # xs:date collapses whitespace
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise SchemaError(f"line {element.sourceline}: {name}: not an ISO date: {value!r}") from exc


def _int(parent: etree._Element, name: str) -> int:
    element = parent.find(_NS + name)
    assert element is not None  # required by the XSD, which has been checked
    value = _text(element).strip()
    try:
        return int(value)
    except ValueError as exc:  # more digits than Python converts
        raise SchemaError(f"line {element.sourceline}: {name}: not a usable integer") from exc


def _make(element: etree._Element, build: Callable[[], _T]) -> _T:
    """Run a model constructor; turn a validator's complaint into a SchemaError naming the line."""
    try:
        return build()
    except (ValueError, TypeError) as exc:
        tag = etree.QName(element).localname
        raise SchemaError(f"line {element.sourceline}: <{tag}>: {exc}") from exc


def _participant(element: etree._Element) -> Participant:
    requested = _optional_text(element, "requested")
    key = _optional_text(element, "key")  # absent in files written by 0.1: derived from name and country
    return _make(
        element,
        lambda: Participant(
            id=_optional_text(element, "id") or "",
            name=_optional_text(element, "name") or "",
            country=_optional_text(element, "country"),
            titles=_strings(element, "titles", "title"),
            requested=requested is not None and requested.strip() in ("true", "1"),
            aliases=_strings(element, "aliases", "alias"),
            **({} if key is None else {"key": key}),
        ),
    )


def _statement(element: etree._Element) -> Statement:
    paragraph, start, end = _int(element, "paragraph"), _int(element, "start"), _int(element, "end")
    return _make(
        element,
        lambda: Statement(
            speaker=_optional_text(element, "speaker") or "",
            verb=_optional_text(element, "verb") or "",
            text=_optional_text(element, "text") or "",
            paragraph=paragraph,
            start=start,
            end=end,
        ),
    )


def _readout(root: etree._Element) -> Readout:
    source_el = _child(root, "source")
    source = Source()
    if source_el is not None:
        published = _date(source_el, "published")
        source = Source(
            url=_optional_text(source_el, "url"),
            publisher=_optional_text(source_el, "publisher"),
            adapter=_optional_text(source_el, "adapter"),
            language=_optional_text(source_el, "language"),
            published=published,
            input=_optional_text(source_el, "input"),
            readoutlib_version=_optional_text(source_el, "readoutlib_version"),
        )

    event_el = _child(root, "event")
    event = Event()
    if event_el is not None:
        kind = _optional_text(event_el, "kind")
        date = _date(event_el, "date")
        container = _child(event_el, "participants")
        people = (
            ()
            if container is None
            else tuple(_participant(element) for element in container.iterfind(_NS + "participant"))
        )
        event = _make(
            event_el,
            lambda: Event(
                kind=EventKind.OTHER if kind is None else EventKind(kind),
                date=date,
                date_basis=_optional_text(event_el, "date_basis"),
                location=_optional_text(event_el, "location"),
                participants=people,
                scope=_optional_text(event_el, "scope"),
            ),
        )

    statements_el = _child(root, "statements")
    statements = (
        ()
        if statements_el is None
        else tuple(_statement(element) for element in statements_el.iterfind(_NS + "statement"))
    )
    return _make(
        root,
        lambda: Readout(
            source=source,
            title=_optional_text(root, "title"),
            event=event,
            statements=statements,
            paragraphs=_strings(root, "paragraphs", "p"),
            mentioned=_strings(root, "mentioned", "name"),
            warnings=_strings(root, "warnings", "warning"),
        ),
    )


def loads(data: str | bytes) -> Readout:
    """Read a readout from XML text, after checking it against the XSD.

    Raises:
        UnsafeInputError: the document has a DOCTYPE (DTDs and entities are never processed).
        SchemaError: malformed XML, a schema violation, or data the model rejects; the message
            names the line.
    """
    root = _parse(data)
    _validate_tree(root)
    return _readout(root)
