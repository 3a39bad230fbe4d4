"""readoutlib: diplomatic readouts (accounts of calls and meetings) turned into typed data.

Typical use::

    import readoutlib
    readout = readoutlib.parse(pathlib.Path("page.html"), url="https://...")
    print(readoutlib.dumps(readout, to="json"))

The public API is exactly what ``__all__`` names here, plus these modules, each with its own
``__all__`` (imported on first use, so ``import readoutlib`` alone reaches them):

- ``readoutlib.model``: the model classes, with ``DATE_BASES`` and ``participant_key``.
- ``readoutlib.plugin``: the one module a format plugin imports from (the adapter base, its
  declarations and helpers); ``readoutlib.segment``, ``readoutlib.dates``: the helpers behind
  them; ``readoutlib.registry``: plugin discovery; ``readoutlib.scaffold``: new plugins.
- ``readoutlib.languages``: the language packs (the contract a pack implements, the stage results,
  discovery); ``readoutlib.rules``: rule tables, a rule as a row with its example.
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

from ._version import __version__

#: The public modules reached as ``readoutlib.<name>`` without importing them first.
_PUBLIC_MODULES = frozenset(
    {
        "batch",
        "cli",
        "dask",
        "dates",
        "evaluate",
        "languages",
        "model",
        "plugin",
        "registry",
        "rules",
        "scaffold",
        "segment",
        "serialize",
        "testing",
    }
)
#: Where each public name lives: nothing is imported until a name is first used, so that
#: ``import readoutlib`` (and ``readout --version``) costs no attrs, lxml or analysis.
_NAMES = {
    "FormatAdapter": "adapter",
    "Layout": "segment",
    "Profile": "analysis",
    "analyze": "analysis",
    "parse": "api",
    "parse_many": "batch",
    "Comparison": "compare",
    "PairedEvent": "compare",
    "compare": "compare",
    "pair": "compare",
    "Document": "document",
    "load": "document",
    "AdapterError": "errors",
    "DecodeError": "errors",
    "FormatNotFoundError": "errors",
    "InputError": "errors",
    "NotAReadoutError": "errors",
    "ReadoutError": "errors",
    "SchemaError": "errors",
    "TimeLimitError": "errors",
    "UnsafeInputError": "errors",
    "UnsupportedLanguageError": "errors",
    "BOTH": "model",
    "Event": "model",
    "EventKind": "model",
    "Participant": "model",
    "Readout": "model",
    "Source": "model",
    "Statement": "model",
    "adapter_names": "registry",
    "detect": "registry",
    "get_adapter": "registry",
    "register": "registry",
    "unregister": "registry",
    "dumps": "serialize",
    "loads": "serialize",
}


class _Package(_types.ModuleType):
    """readoutlib's module type: imports a public module or name on first access.

    A method of the module's class rather than a module-level ``__getattr__``, so that neither
    help() nor a type checker sees a catch-all among the public names.
    """

    def __getattr__(self, name: str) -> _typing.Any:
        if name in _PUBLIC_MODULES:
            return _importlib.import_module(f"{__name__}.{name}")
        if name in _NAMES:
            value = getattr(_importlib.import_module(f"{__name__}.{_NAMES[name]}"), name)
            setattr(self, name, value)  # later lookups are plain attribute reads
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *_NAMES})

    # ``readoutlib.compare`` is the function, as the design has it, although a subpackage has the
    # same name: importing the subpackage (``from readoutlib.compare.x import y``) makes the import
    # system set the package's attribute to the module, which this property (a data descriptor,
    # looked up before the module's own attributes) ignores.
    @property
    def compare(self) -> _typing.Any:
        return _importlib.import_module(f"{__name__}.compare").compare

    @compare.setter
    def compare(self, value: object) -> None:
        pass


_sys.modules[__name__].__class__ = _Package

if _typing.TYPE_CHECKING:  # what type checkers (and the API reference) see of the lazy names
    from . import batch as batch
    from . import cli as cli
    from . import dask as dask
    from . import dates as dates
    from . import evaluate as evaluate
    from . import model as model
    from . import registry as registry
    from . import scaffold as scaffold
    from . import segment as segment
    from . import serialize as serialize
    from . import testing as testing
    from .adapter import FormatAdapter
    from .analysis import Profile, analyze
    from .api import parse
    from .batch import parse_many
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
    from .segment import Layout
    from .serialize import dumps, loads

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
