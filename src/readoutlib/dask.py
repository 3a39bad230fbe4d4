"""Readouts on Dask: the pages of ``readout convert`` as a ``dask.bag``, the same Parquet tables out.

The same job runs on a laptop (Dask's local scheduler), on a ``distributed.LocalCluster``, or on a
cluster a user already has: connect a ``distributed.Client`` first, or give ``address``. Pages are
converted on the workers by the code ``readout convert`` runs (``readoutlib.batch``), so the tables
are those of a local run. Needs the ``dask`` extra: ``pip install 'readoutlib[dask]'``.

Example::

    from distributed import Client
    import readoutlib.dask

    with Client("tcp://scheduler:8786"):
        readoutlib.dask.to_parquet(["crawl/", "archive.warc.gz"], "tables/")
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .batch.pages import DEFAULT_INCLUDE, Page, Selection, expand
from .batch.tables import COLUMNS, LIST_COLUMNS, TABLES, arrow_schema
from .batch.work import Job, PageResult, run_chunk

__all__ = ["client", "results", "tables", "to_parquet"]

#: Pages per partition of the bag: a task of a few seconds.
PARTITION = 64


def _module(name: str) -> Any:
    # Dask is typed only in part; its modules are used here as the dynamic objects they are
    return importlib.import_module(name)


def _archive_pages(path: str) -> list[Page]:
    from .batch.warc import pages_of

    return list(pages_of(path))


def results(
    sources: Iterable[str | os.PathLike[str]],
    *,
    format: str | None = None,  # noqa: A002 - the keyword parse() has
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
    urls: Mapping[str, str] | None = None,
    rows: bool = False,
    partition_size: int = PARTITION,
) -> Any:
    """A ``dask.bag.Bag`` of ``PageResult``: one per page of the files, folders and WARC archives given.

    Files and folders are listed here; each WARC archive is read on a worker. With ``rows`` each
    result carries its table rows and not its readout (what ``tables`` needs).
    """
    db = _module("dask.bag")
    archives: list[str] = []
    selection = Selection(tuple(include), tuple(exclude))
    pages = list(expand((os.fspath(s) for s in sources), selection=selection, urls=urls, archives=archives))
    job = Job(format=format, syntax="rows" if rows else None, keep_readout=not rows)
    bags = []
    if pages:
        bags.append(db.from_sequence(pages, partition_size=partition_size))
    if archives:
        bags.append(db.from_sequence(archives, npartitions=len(archives)).map(_archive_pages).flatten())
    if not bags:
        return db.from_sequence([], npartitions=1)
    bag = db.concat(bags) if len(bags) > 1 else bags[0]
    return bag.map_partitions(run_chunk, job)


def _meta(table: str) -> Any:
    pd = _module("pandas")
    schema = arrow_schema(table)
    columns = {}
    for name in COLUMNS[table]:
        if name in LIST_COLUMNS or schema.field(name).type == "string":
            columns[name] = pd.Series([], dtype=object)
        else:
            columns[name] = pd.Series([], dtype=schema.field(name).type.to_pandas_dtype())
    return pd.DataFrame(columns)


def _table_rows(result: PageResult, table: str) -> list[dict[str, Any]]:
    return result.rows[table] if result.rows is not None else []


def tables(bag: Any) -> dict[str, Any]:
    """The three tables (``readouts``, ``participants``, ``statements``) of a ``results(..., rows=True)`` bag.

    Each is a ``dask.dataframe.DataFrame`` with the columns of ``readoutlib.batch.COLUMNS``.
    """
    return {table: bag.map(_table_rows, table).flatten().to_dataframe(meta=_meta(table)) for table in TABLES}


def to_parquet(
    sources: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    **options: Any,
) -> None:
    """Convert pages on the current Dask scheduler; write ``readouts``, ``participants``, ``statements``.

    The folders are Parquet data sets as ``readout convert --to parquet`` writes them, with the same
    columns and types; read one with ``pyarrow.parquet.read_table(output / "readouts")``.
    Keyword options are those of ``results``.
    """
    dask = _module("dask")
    frames = tables(results(sources, rows=True, **options))
    folder = Path(output)
    writes = [
        frame.to_parquet(folder / name, schema=arrow_schema(name), write_index=False, compute=False)
        for name, frame in frames.items()
    ]
    dask.compute(*writes)  # one pass: the pages are converted once for the three tables


def client(address: str) -> Any:
    """A ``distributed.Client`` for ``address``; ``"local"`` starts a ``LocalCluster`` on this machine."""
    distributed = _module("distributed")
    if address == "local":
        return distributed.Client(distributed.LocalCluster(processes=True))
    return distributed.Client(address)
