"""readoutlib: diplomatic readouts (accounts of calls and meetings) turned into typed data.

Typical use::

    import readoutlib
    readout = readoutlib.parse(pathlib.Path("page.html"), url="https://...")
    print(readoutlib.dumps(readout, to="json"))
"""

from __future__ import annotations

from importlib import metadata as _metadata

from .adapter import FormatAdapter, Layout
from .analysis import Profile, analyze
from .api import parse
from .document import Document, load
from .errors import (
    AdapterError,
    DecodeError,
    FormatNotFoundError,
    InputError,
    NotAReadoutError,
    ReadoutError,
    SchemaError,
    UnsafeInputError,
    UnsupportedLanguageError,
)
from .model import BOTH, Event, EventKind, Participant, Readout, Source, Statement
from .registry import adapter_names, detect, get_adapter, register, unregister
from .serialize import dumps, loads

try:
    __version__ = _metadata.version("readoutlib")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "BOTH",
    "AdapterError",
    "DecodeError",
    "Document",
    "Event",
    "EventKind",
    "FormatAdapter",
    "FormatNotFoundError",
    "InputError",
    "Layout",
    "NotAReadoutError",
    "Participant",
    "Profile",
    "Readout",
    "ReadoutError",
    "SchemaError",
    "Source",
    "Statement",
    "UnsafeInputError",
    "UnsupportedLanguageError",
    "__version__",
    "adapter_names",
    "analyze",
    "detect",
    "dumps",
    "get_adapter",
    "load",
    "loads",
    "parse",
    "register",
    "unregister",
]
