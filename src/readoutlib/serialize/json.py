"""The JSON form of a readout, through a strict cattrs converter.

The JSON mirrors the model exactly (same field names, same nesting) under a top-level
``"schema": "readoutlib/1"``. Reading is strict on purpose: a serialized readout is a contract, so
a string where a number belongs, an unknown key or an unknown event kind is a ``SchemaError``
naming the field, never a silently coerced value. The JSON Schema that describes the same form
ships as ``readoutlib/schemas/readout.schema.json`` (see :func:`json_schema`).
"""

from __future__ import annotations

import datetime as dt
import json as _stdjson
import re
import types
from collections.abc import Callable
from importlib import resources
from typing import Any, Union, get_args, get_origin

import attrs
import cattrs
import orjson
from cattrs.errors import (
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.json import make_converter as _make_json_converter

from ..errors import SchemaError
from ..model import EventKind, Readout
from . import NOT_XML_CHAR, SCHEMA

__all__ = [
    "configure_converter",
    "dumps",
    "from_dict",
    "json_schema",
    "loads",
    "make_converter",
    "to_dict",
]

#: Dates are written and read as ISO 8601 calendar dates, exactly ``YYYY-MM-DD``.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

_KINDS = ", ".join(kind.value for kind in EventKind)

_converter: cattrs.Converter | None = None


def _json_type(value: Any) -> str:
    """Name a value's JSON type, for error messages about the data rather than Python."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _structure_str(value: Any, _type: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {_json_type(value)}: {value!r}")
    bad = NOT_XML_CHAR.search(value)
    if bad is not None:  # a lone surrogate or a control character: no text holds it, XML cannot write it
        raise ValueError(
            f"character U+{ord(bad.group()):04X} at position {bad.start()} is not text "
            "(no control characters other than tab, newline and carriage return, no lone surrogates, "
            "no U+FFFE or U+FFFF)"
        )
    return value


def _structure_int(value: Any, _type: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {_json_type(value)}: {value!r}")
    return value


def _structure_bool(value: Any, _type: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {_json_type(value)}: {value!r}")
    return value


def _structure_date(value: Any, _type: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {_json_type(value)}: {value!r}")
    if _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"not an ISO date: {value!r}")


def _structure_kind(value: Any, _type: Any) -> EventKind:
    if isinstance(value, str):
        try:
            return EventKind(value)
        except ValueError:
            pass
    raise ValueError(f"unknown event kind {value!r} (expected one of {_KINDS})")


def _is_optional(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) in (Union, types.UnionType) and len(args) == 2 and type(None) in args


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _optional_hook_factory(type_: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    inner = next(arg for arg in get_args(type_) if arg is not type(None))
    inner_hook = converter.get_structure_hook(inner)

    def structure_optional(value: Any, _type: Any) -> Any:
        return None if value is None else inner_hook(value, inner)

    return structure_optional


def _tuple_hook_factory(type_: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    # cattrs' own hook iterates any iterable, so "titles": "abc" would become ("a", "b", "c");
    # a JSON array is required here, and item errors keep their index for the message.
    inner = get_args(type_)[0]
    inner_hook = converter.get_structure_hook(inner)

    def structure_tuple(value: Any, _type: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected an array, got {_json_type(value)}")
        items: list[Any] = []
        for index, item in enumerate(value):
            try:
                items.append(inner_hook(item, inner))
            except Exception as exc:
                # Stop at the first bad item: the message names only the first problem, and
                # collecting a million of them ("mentioned": [1, 1, ...]) costs seconds and gigabytes.
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(f"Structuring {type_} @ index {index}", index, inner),
                ]
                raise IterableValidationError(f"While structuring {type_!r}", [exc], type_) from None
        return tuple(items)

    return structure_tuple


def _class_hook_factory(type_: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    # The generated hook assumes a mapping; anything else would fail with a Python-level message.
    generated = make_dict_structure_fn(type_, converter)

    def structure_class(value: Any, _type: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {_json_type(value)}")
        return generated(value, type_)

    return structure_class


def configure_converter(converter: cattrs.Converter) -> None:
    """Make a converter read and write readouts strictly: exact JSON types, ISO dates, kind values.

    Call it on a converter built on ``cattrs.preconf.json`` (as :func:`make_converter` does), so
    it can be reused by code that embeds readouts in its own cattrs-serialized structures.
    """
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook(EventKind, lambda kind: kind.value)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook(EventKind, _structure_kind)
    converter.register_structure_hook_factory(_is_optional, _optional_hook_factory)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook_factory)
    converter.register_structure_hook_factory(attrs.has, _class_hook_factory)


def make_converter() -> cattrs.Converter:
    """Build the converter used for the JSON form: cattrs' JSON preset, made strict.

    Detailed validation keeps the path of every error (``statements[2].end``); unknown keys are
    refused so a typo in a hand-edited file is reported instead of being dropped.
    """
    converter = _make_json_converter(detailed_validation=True, forbid_extra_keys=True)
    configure_converter(converter)
    return converter


def _default_converter() -> cattrs.Converter:
    global _converter
    if _converter is None:
        _converter = make_converter()
    return _converter


def to_dict(readout: Readout) -> dict[str, Any]:
    """Return the JSON-ready dict of a readout, ``"schema"`` first."""
    body = _default_converter().unstructure(readout, Readout)
    return {"schema": SCHEMA, **body}


def _format_leaf(exc: BaseException, _type: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown field{'s' if len(exc.extra_fields) > 1 else ''} " + ", ".join(
            repr(name) for name in sorted(exc.extra_fields)
        )
    if isinstance(exc, TypeError | ValueError) and str(exc):
        return str(exc)
    return f"invalid value ({type(exc).__name__})"


def _describe(exc: BaseValidationError) -> str:
    """Turn cattrs' error tree into one sentence: the first problem with its path."""
    problems = cattrs.transform_error(exc, path="$", format_exception=_format_leaf)
    sentences = []
    for problem in problems:
        message, _, path = problem.rpartition(" @ ")
        where = path.removeprefix("$").removeprefix(".") or "readout"
        sentences.append(f"{where}: {message}")
    if not sentences:
        return f"readout: {exc}"
    extra = len(sentences) - 1
    return sentences[0] + (f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else "")


def from_dict(data: Any) -> Readout:
    """Build a Readout from a decoded JSON value.

    Raises:
        SchemaError: the value is not a readoutlib/1 readout; the message names the field.
    """
    if not isinstance(data, dict):
        raise SchemaError(f"top level: expected a JSON object, got {_json_type(data)}")
    if "schema" not in data:
        raise SchemaError(f'schema: missing (expected "schema": {SCHEMA!r})')
    version = data["schema"]
    if version != SCHEMA:
        raise SchemaError(f"schema: unsupported version {version!r} (this readoutlib reads {SCHEMA!r})")
    body = {key: value for key, value in data.items() if key != "schema"}
    try:
        return _default_converter().structure(body, Readout)
    except BaseValidationError as exc:
        raise SchemaError(_describe(exc)) from exc
    except (TypeError, ValueError, KeyError, RecursionError) as exc:  # defensive: cattrs outside detail
        raise SchemaError(f"readout: {exc}") from exc


def dumps(readout: Readout, *, indent: int | None = 2) -> str:
    """Serialize a readout as JSON text (UTF-8 characters kept as they are, not escaped).

    The text is the standard library's ``json.dumps(..., indent=indent, ensure_ascii=False)``. With
    the default indent it is written by orjson, which makes the same characters (same escapes, same
    layout) about twenty times faster; a value orjson refuses (a lone surrogate, which only a
    hand-built readout can hold) is written by the standard library as before.
    """
    data = to_dict(readout)
    if indent == 2:
        try:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")
        except orjson.JSONEncodeError:
            pass
    return _stdjson.dumps(data, indent=indent, ensure_ascii=False)


def loads(data: str | bytes) -> Readout:
    """Read a readout from JSON text.

    Raises:
        SchemaError: invalid JSON, a missing or other schema version, a wrong type, an unknown
            key or kind, or data the model rejects (a statement whose text is not its slice).
    """
    try:
        decoded = _stdjson.loads(data)
    except _stdjson.JSONDecodeError as exc:
        raise SchemaError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    except UnicodeDecodeError as exc:
        raise SchemaError(
            f"not valid JSON: the bytes are not UTF-8, UTF-16 or UTF-32 ({exc.reason})"
        ) from exc
    except (ValueError, RecursionError) as exc:  # e.g. an integer with too many digits, deep nesting
        raise SchemaError(f"not valid JSON: {exc}") from exc
    return from_dict(decoded)


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the JSON form, as shipped with the package."""
    text = resources.files("readoutlib").joinpath("schemas", "readout.schema.json").read_text("utf-8")
    schema: dict[str, Any] = _stdjson.loads(text)
    return schema
