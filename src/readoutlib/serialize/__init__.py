"""Serializers: the model as JSON (through cattrs) and XML (through lxml, with a shipped XSD).

Both forms are part of the public contract, versioned by ``SCHEMA`` ("readoutlib/1").
"""

from __future__ import annotations

import importlib
import re
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Literal

from ..model import Readout

__all__ = ["NOT_XML_CHAR", "SCHEMA", "dumps", "loads"]

#: The schema version written into every serialized readout.
SCHEMA = "readoutlib/1"

#: One character XML 1.0 cannot hold (its ``Char`` production, complemented): C0 controls but
#: tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF. Both forms refuse them,
#: so a readout one form accepts the other can write.
NOT_XML_CHAR = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

Syntax = Literal["json", "xml"]


def dumps(readout: Readout, to: Syntax = "json") -> str:
    """Serialize a Readout as JSON or XML text."""
    if to == "json":
        from . import json as _json

        return _json.dumps(readout)
    if to == "xml":
        from . import xml as _xml

        return _xml.dumps(readout)
    raise ValueError(f"unknown serialization {to!r}: use 'json' or 'xml'")


def loads(data: str | bytes, syntax: Syntax = "json") -> Readout:
    """Read a Readout back from JSON or XML text.

    Raises:
        SchemaError: the text is not a valid serialized readout.
        UnsafeInputError: XML with a DTD or entities.
    """
    if syntax == "json":
        from . import json as _json

        return _json.loads(data)
    if syntax == "xml":
        from . import xml as _xml

        return _xml.loads(data)
    raise ValueError(f"unknown serialization {syntax!r}: use 'json' or 'xml'")


class _Package(ModuleType):
    """This package's module type: imports ``json`` or ``xml`` on first access (each loads its own
    libraries), hidden from help() and type checkers as a method of the module's class."""

    def __getattr__(self, name: str) -> ModuleType:
        if name in ("json", "xml"):
            return importlib.import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


sys.modules[__name__].__class__ = _Package

if TYPE_CHECKING:  # what type checkers need to know of the modules reached that way
    from . import json as json
    from . import xml as xml
