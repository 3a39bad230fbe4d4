"""readoutlib: diplomatic readouts (accounts of calls and meetings) turned into typed data.

Typical use::

    import readoutlib
    readout = readoutlib.parse(pathlib.Path("page.html"), url="https://...")
    print(readoutlib.dumps(readout, to="json"))

The public API is exactly what ``__all__`` names here, plus these modules, each with its own
``__all__`` (imported on first use, so ``import readoutlib`` alone reaches them):

- ``readoutlib.model``: the model classes, with ``DATE_BASES`` and ``participant_key``.
- ``readoutlib.layout``, ``readoutlib.dates``: the helpers a format adapter declares its page
  layout with; ``readoutlib.registry``: plugin discovery; ``readoutlib.scaffold``: new plugins.
- ``readoutlib.testing``, ``readoutlib.evaluate``: golden-file tests and accuracy against gold.
- ``readoutlib.serialize`` with ``.json`` and ``.xml``: the two serialized forms and their schemas.
- ``readoutlib.cli``: the ``readout`` command.
- ``readoutlib.batch``: many pages at once (files, folders, WARC archives) into per-page files or
  data sets, in parallel, resumable; ``readoutlib.dask``: the same on a Dask cluster.

Every other module is internal.
"""

import importlib as _importlib
import sys as _sys
import types as _types
import typing as _typing
from importlib import metadata as _metadata

from .adapter import FormatAdapter, Layout
from .analysis import Profile, analyze
from .api import parse
from .batch import parse_many

# The function takes the package's name: ``readoutlib.compare(a, b)`` as the design has it. Import the
# package's modules with ``from readoutlib.compare.<module> import ...`` (``import readoutlib.compare.x
# as y`` resolves ``readoutlib.compare`` to the function and fails).
from .compare import Comparison, PairedEvent, compare, pair
from .document import Document, load
from .errors import (
    AdapterError,
    DecodeError,
    FormatNotFoundError,
    InputError,
    NotAReadoutError,
    ReadoutError,
    SchemaError,
    TimeLimitError,
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

#: The public modules reached as ``readoutlib.<name>`` without importing them first.
_PUBLIC_MODULES = frozenset(
    {
        "batch",
        "cli",
        "dask",
        "dates",
        "evaluate",
        "layout",
        "model",
        "registry",
        "scaffold",
        "serialize",
        "testing",
    }
)


class _Package(_types.ModuleType):
    """readoutlib's module type: imports a public module on first access (``readoutlib.layout``).

    A method of the module's class rather than a module-level ``__getattr__``, so that neither
    help() nor a type checker sees a catch-all among the public names.
    """

    def __getattr__(self, name: str) -> _types.ModuleType:
        if name in _PUBLIC_MODULES:
            return _importlib.import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_sys.modules[__name__].__class__ = _Package

if _typing.TYPE_CHECKING:  # what type checkers need to know of the modules reached that way
    from . import batch as batch
    from . import cli as cli
    from . import dask as dask
    from . import dates as dates
    from . import evaluate as evaluate
    from . import layout as layout
    from . import model as model
    from . import registry as registry
    from . import scaffold as scaffold
    from . import serialize as serialize
    from . import testing as testing

__all__ = [
    "BOTH",
    "AdapterError",
    "Comparison",
    "DecodeError",
    "Document",
    "Event",
    "EventKind",
    "FormatAdapter",
    "FormatNotFoundError",
    "InputError",
    "Layout",
    "NotAReadoutError",
    "PairedEvent",
    "Participant",
    "Profile",
    "Readout",
    "ReadoutError",
    "SchemaError",
    "Source",
    "Statement",
    "TimeLimitError",
    "UnsafeInputError",
    "UnsupportedLanguageError",
    "__version__",
    "adapter_names",
    "analyze",
    "compare",
    "detect",
    "dumps",
    "get_adapter",
    "load",
    "loads",
    "pair",
    "parse",
    "parse_many",
    "register",
    "unregister",
]
