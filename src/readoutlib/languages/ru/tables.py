"""The pack's rule tables, loaded through ``readoutlib.rules`` and compiled once."""

from __future__ import annotations

from ..packtables import Rule
from ..tablepack import PackTables

__all__ = ["Rule", "first_label", "table"]

_TABLES = PackTables(__package__ or "readoutlib.languages.ru")
table = _TABLES.table
first_label = _TABLES.first_label
