"""Where results go, and what an earlier run into the same output already did (resume).

Each sink knows the ids of the pages already in its output (``done``) and writes so that a run
killed at any moment (``kill -9``) leaves nothing torn, duplicated or stray for the next run:
files appear whole through a rename, appended records are cut back to the last whole one, and a
page's rows are committed by its ``readouts`` row, written last.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import uuid
from pathlib import Path
from typing import IO, Any, Protocol

from .files import OutputError, append_lines, check_dir, remove_temps, write_atomic
from .tables import COLUMNS, LIST_COLUMNS, TABLES, arrow_schema, json_record, rows
from .work import PageResult

__all__ = ["CsvSink", "JsonlSink", "PageFilesSink", "ParquetSink", "SingleFileSink", "Sink", "StdoutSink"]

MANIFEST = ".readout-manifest.jsonl"


class Sink(Protocol):
    """An output: what is already in it, and how a result is added."""

    done: frozenset[str]

    def write(self, result: PageResult) -> None:
        """Add one page's result (a readout, a refusal or a failure)."""

    def close(self) -> None:
        """Commit whatever is buffered."""


# ------------------------------------------------------------------------------- per-page files


def _same_file(target: Path, source: str | None) -> bool:
    if source is None:
        return False
    try:
        return os.path.samefile(target, source)
    except (OSError, ValueError):
        return False


class StdoutSink:
    """Each readout on standard output (one page: its JSON or XML; JSON Lines for several)."""

    done: frozenset[str] = frozenset()

    def __init__(self, lines: bool) -> None:
        self.lines = lines

    def write(self, result: PageResult) -> None:
        """Print the page's JSON Lines record, or its serialized readout."""
        if self.lines:
            text = (result.text or json_record(result)) + "\n"
        elif result.text is not None:
            text = result.text
        else:
            return
        sys.stdout.write(text)
        sys.stdout.flush()

    def close(self) -> None:
        """Nothing is buffered."""


class SingleFileSink:
    """One page's readout to the file named by ``-o`` (never the input itself)."""

    done: frozenset[str] = frozenset()

    def __init__(self, target: Path) -> None:
        self.target = target
        remove_temps(target.parent)  # what a killed run left beside its output

    def write(self, result: PageResult) -> None:
        """Write the readout whole, or raise OutputError."""
        if result.text is None:
            return
        if _same_file(self.target, result.input):
            raise OutputError(f"output {self.target} is an input file; not overwriting it")
        write_atomic(self.target, result.text)

    def close(self) -> None:
        """Nothing is buffered."""


class PageFilesSink:
    """One file per page under a folder, mirroring the input folders; a manifest makes reruns resume.

    The manifest (``.readout-manifest.jsonl``) has a line per page done: its id, input, content hash
    and output file (none for a refused page). A page whose id is there and whose file exists is
    skipped; a file that is in the way and that readout did not write is not overwritten unless
    ``force``.
    """

    def __init__(self, folder: Path, suffix: str, force: bool = False) -> None:
        self.folder, self.suffix, self.force = folder, suffix, force
        check_dir(folder)
        remove_temps(folder, recursive=True)
        self.manifest = folder / MANIFEST
        lines, keep = ([], 0) if force else append_lines(self.manifest)
        outputs: dict[str, str | None] = {}
        for line in lines:
            try:
                entry = json.loads(line)
                outputs[str(entry["id"])] = entry.get("out")
            except (ValueError, KeyError, TypeError):
                continue
        self.ours = {out for out in outputs.values() if out}
        self.done = frozenset(key for key, out in outputs.items() if out is None or (folder / out).is_file())
        try:
            self._handle: IO[str] = open(self.manifest, "r+" if keep else "w", encoding="utf-8")  # noqa: SIM115
            self._handle.truncate(keep)
            self._handle.seek(keep)
        except OSError as exc:
            raise OutputError(f"cannot write {self.manifest}: {exc.strerror or exc}") from None

    def write(self, result: PageResult) -> None:
        """Write the page's file (if it has a readout), then note it in the manifest."""
        out = None
        if result.text is not None:
            out = f"{result.out or 'page'}.{self.suffix}"
            target = self.folder / out
            if _same_file(target, result.input):
                raise OutputError(f"output {target} is an input file; not overwriting it")
            if not self.force and out not in self.ours and os.path.lexists(target):
                raise OutputError(f"output {target} exists and readout did not write it; --force overwrites")
            write_atomic(target, result.text)
        elif result.status != "not_readout":
            return  # a failure is retried by the next run
        entry = {"id": result.id, "input": result.input, "sha256": result.sha256, "out": out}
        self._handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self) -> None:
        """Close the manifest."""
        self._handle.close()


# ------------------------------------------------------------------------------------ data sets


def _records_done(lines: list[str], key: str) -> set[str]:
    done = set()
    for line in lines:
        try:
            done.add(str(json.loads(line)[key]))
        except (ValueError, KeyError, TypeError):
            continue
    return done


class JsonlSink:
    """JSON Lines in one file, a record per page, appended; a rerun skips the pages in it."""

    def __init__(self, target: Path, force: bool = False) -> None:
        check_dir(target.parent)
        remove_temps(target.parent)
        lines, keep = ([], 0) if force else append_lines(target)
        self.done = frozenset(_records_done(lines, "id"))
        try:
            self._handle: IO[str] = open(target, "r+" if keep else "w", encoding="utf-8")  # noqa: SIM115
            self._handle.truncate(keep)
            self._handle.seek(keep)
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
        self.target = target

    def write(self, result: PageResult) -> None:
        """Append the page's record (a whole line; flushed)."""
        self._handle.write((result.text or json_record(result)) + "\n")
        self._handle.flush()

    def close(self) -> None:
        """Close the file."""
        self._handle.close()


class _Buffered:
    """Rows collected a part at a time, so memory stays flat whatever the number of pages."""

    def __init__(self, part_pages: int) -> None:
        self.part_pages = part_pages
        self.buffer: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self.pages = 0

    def write(self, result: PageResult) -> None:
        """Add the page's rows; commit a part when enough pages are buffered."""
        for name, table_rows in (result.rows or rows(result)).items():
            self.buffer[name].extend(table_rows)
        self.pages += 1
        if self.pages >= self.part_pages:
            self.close()

    def close(self) -> None:
        """Commit the buffered rows."""
        if self.pages:
            self.commit(self.buffer)
        self.buffer = {name: [] for name in TABLES}
        self.pages = 0

    def commit(self, buffer: dict[str, list[dict[str, Any]]]) -> None:
        raise NotImplementedError


class ParquetSink(_Buffered):
    """Parquet tables ``readouts/``, ``participants/`` and ``statements/`` under a folder, in parts.

    Each table is a folder of ``part-*.parquet`` files (a Parquet data set, as Dask writes it);
    read one with ``pyarrow.parquet.read_table(folder / "readouts")``. A part is committed by
    renaming its ``readouts`` file last; a ``participants`` or ``statements`` part without its
    ``readouts`` part is what a kill left, and the next run removes it.
    """

    def __init__(self, folder: Path, force: bool = False, part_pages: int = 1000) -> None:
        super().__init__(part_pages)
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise OutputError("--to parquet needs pyarrow: pip install 'readoutlib[parquet]'") from None

        self.folder = folder
        self.run = uuid.uuid4().hex[:8]
        for name in TABLES:
            check_dir(folder / name)
            remove_temps(folder / name)
        committed = {p.name for p in (folder / "readouts").glob("part-*.parquet")}
        done: set[str] = set()
        for name in TABLES:
            for part in sorted((folder / name).glob("part-*.parquet")):
                if force or part.name not in committed:
                    part.unlink()
                elif name == "readouts":
                    done.update(str(v) for v in pq.read_table(part, columns=["id"]).column("id").to_pylist())
        self.done = frozenset(done)
        self.sequence = 0 if force else len(committed)

    def commit(self, buffer: dict[str, list[dict[str, Any]]]) -> None:
        """Write one part of each table; ``readouts`` last, as the commit."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        name = f"part-{self.sequence:05d}-{self.run}.parquet"
        for table in ("participants", "statements", "readouts"):
            data = pa.Table.from_pylist(buffer[table], schema=arrow_schema(table))
            sink = io.BytesIO()
            pq.write_table(data, sink)
            write_atomic(self.folder / table / name, sink.getvalue())
        self.sequence += 1


def _cell(name: str, value: Any) -> Any:
    if name in LIST_COLUMNS:
        value = "; ".join(value or ())
    if isinstance(value, str):
        # one row a line, always: a break inside a text becomes a space
        return " ".join(value.splitlines()) if "\n" in value or "\r" in value else value
    return "" if value is None else value


class CsvSink(_Buffered):
    """CSV tables ``readouts.csv``, ``participants.csv`` and ``statements.csv`` under a folder.

    Rows are appended a part at a time, ``readouts.csv`` last; a rerun cuts torn lines and drops
    the rows of pages whose ``readouts`` row was never written, then skips the pages done.
    """

    def __init__(self, folder: Path, force: bool = False, part_pages: int = 200) -> None:
        super().__init__(part_pages)
        check_dir(folder)
        remove_temps(folder)
        self.paths = {name: folder / f"{name}.csv" for name in TABLES}
        done: set[str] = set()
        if not force:
            lines, _ = append_lines(self.paths["readouts"])
            done = {row["id"] for row in csv.DictReader(lines)}
        self.done = frozenset(done)
        for name, path in self.paths.items():
            kept: list[str] = []
            if not force:
                lines, _ = append_lines(path)
                key = "id" if name == "readouts" else "readout_id"
                kept = (
                    [
                        lines[0],
                        *(
                            line
                            for line, row in zip(lines[1:], csv.DictReader(lines), strict=False)
                            if row.get(key) in done
                        ),
                    ]
                    if lines
                    else []
                )
            header = ",".join(COLUMNS[name]) + "\n"
            write_atomic(path, "\n".join(kept) + "\n" if kept else header)

    def commit(self, buffer: dict[str, list[dict[str, Any]]]) -> None:
        """Append the buffered rows, ``readouts`` last, as the commit."""
        for table in ("participants", "statements", "readouts"):
            if not buffer[table]:
                continue
            text = io.StringIO()
            writer = csv.writer(text, lineterminator="\n")
            for row in buffer[table]:
                writer.writerow([_cell(name, row[name]) for name in COLUMNS[table]])
            try:
                with open(self.paths[table], "a", encoding="utf-8") as handle:
                    handle.write(text.getvalue())
            except OSError as exc:
                raise OutputError(f"cannot write {self.paths[table]}: {exc.strerror or exc}") from None
