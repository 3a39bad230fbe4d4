"""The exception hierarchy: everything readoutlib raises on bad input is a ReadoutError."""

from __future__ import annotations

__all__ = [
    "AdapterError",
    "DecodeError",
    "FormatNotFoundError",
    "InputError",
    "NotAReadoutError",
    "PluginWarning",
    "ReadoutError",
    "SchemaError",
    "TimeLimitError",
    "UnsafeInputError",
    "UnsupportedLanguageError",
]


class ReadoutError(Exception):
    """Base of every error readoutlib raises for bad input or a failed parse.

    ``source`` names the file (or other origin) when it is known, so a one-line report can say
    which input failed and why: ``str(error)`` is ``"<source>: <reason>"`` when a source is set.
    """

    def __init__(self, reason: str, *, source: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.source = source

    def with_source(self, source: str | None) -> ReadoutError:
        """Set the source name if none is set yet, and return self (for re-raising)."""
        if self.source is None:
            self.source = source
        return self

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}" if self.source else self.reason


class InputError(ReadoutError):
    """The input could not be read as a page: empty, binary, unreadable."""


class DecodeError(InputError):
    """The bytes could not be decoded to text."""


class NotAReadoutError(ReadoutError):
    """The page was read, but it is not a readout (a press conference, a speech, ...)."""


class UnsupportedLanguageError(NotAReadoutError):
    """The page is in a language readoutlib does not read yet; ``language`` is its BCP-47 code.

    A refusal like NotAReadoutError (a batch keeps it as data), but the page may well be a readout:
    the reason names the language, never "not a readout".
    """

    def __init__(self, reason: str, *, language: str, source: str | None = None) -> None:
        super().__init__(reason, source=source)
        self.language = language


class FormatNotFoundError(ReadoutError):
    """No adapter is registered under the requested name."""


class AdapterError(ReadoutError):
    """An adapter failed on a page in a way it did not report itself (a plugin bug)."""


class TimeLimitError(ReadoutError):
    """The page took longer than its time budget (``parse(..., timeout=...)``); the next page is
    unaffected."""


class SchemaError(ReadoutError):
    """Serialized JSON or XML does not match the readoutlib schema."""


class UnsafeInputError(SchemaError):
    """Serialized XML uses DTDs or entities, which readoutlib refuses to process."""


class PluginWarning(UserWarning):
    """A plugin (a format or a language pack) failed to load or misbehaved; the run goes on without it."""
