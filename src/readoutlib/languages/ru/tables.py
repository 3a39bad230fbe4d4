"""The pack's rule tables: TOML rows (pattern, label, example, expect) compiled once."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

import attrs

__all__ = ["Rule", "table"]


@attrs.frozen
class Rule:
    """One row: a compiled pattern and what it yields."""

    pattern: re.Pattern[str]
    label: str
    example: str
    expect: str | None = None


@functools.cache
def table(filename: str) -> tuple[Rule, ...]:
    """The rows of one of the pack's tables, compiled; a row that does not compile names the file."""
    text = resources.files(__package__).joinpath(filename).read_text("utf-8")
    rows = []
    for index, row in enumerate(tomllib.loads(text)["rows"]):
        try:
            pattern = re.compile(row["pattern"])
        except re.error as error:
            raise ValueError(f"{filename}: row {index} does not compile: {error}") from error
        rows.append(Rule(pattern, row["label"], row["example"], row.get("expect")))
    return tuple(rows)
