"""The German pack's rule tables, loaded through ``readoutlib.rules`` and compiled once."""

from __future__ import annotations

from ..packtables import Rule, first
from ..tablepack import PackTables

__all__ = ["Rule", "first", "first_label", "table"]

_TABLES = PackTables(__package__ or "readoutlib.languages.de")
table = _TABLES.table
first_label = _TABLES.first_label
