"""Readouts to pair or compare, from pages, readout JSON files, JSON Lines data sets or folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..api import parse
from ..errors import InputError, ReadoutError
from ..model import Readout
from ..serialize import loads

__all__ = ["PAGE_SUFFIXES", "read_inputs", "read_one"]

#: Files a folder is searched for: pages, readout JSON, and JSON Lines data sets of readouts.
PAGE_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")


def read_one(path: Path, *, url: str | None = None) -> Readout:
    """One readout: a readout JSON file (as ``readout convert`` writes it) is read back, a page parsed.

    Raises:
        ReadoutError: the page is not a readout, or cannot be read; the message names the file.
    """
    if path.suffix == ".json":
        try:
            return loads(path.read_bytes(), "json")
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", source=str(path)) from None
        except ReadoutError as exc:
            raise exc.with_source(str(path)) from None
    return parse(path, url=url, name=str(path))


def _dataset(path: Path) -> Iterator[tuple[str, Readout | ReadoutError]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield str(path), InputError(f"cannot read: {exc}", source=str(path))
        return
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        name = f"{path}:{number}"
        try:
            yield name, loads(line, "json")
        except ReadoutError as exc:
            yield name, exc.with_source(name)


def read_inputs(paths: list[Path]) -> Iterator[tuple[str, Readout | ReadoutError]]:
    """Every readout named by ``paths``, each with its name, or the error that kept it out.

    A folder is walked (sorted, its pages and readout files); a ``.jsonl`` file is a data set of
    one readout JSON per line.
    """
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in PAGE_SUFFIXES)
            yield from read_inputs(found)
        elif path.suffix == ".jsonl":
            yield from _dataset(path)
        else:
            try:
                yield str(path), read_one(path)
            except ReadoutError as exc:
                yield str(path), exc
