"""readoutlib.dask on a two-worker distributed.LocalCluster: the tables of a local run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

import readoutlib.dask  # noqa: E402 - after the skip: needs the extra
from readoutlib import cli  # noqa: E402
from readoutlib.batch import tables  # noqa: E402

from .test_batch import _crawl, _table  # noqa: E402


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A LocalCluster of two single-threaded worker processes, shared by this module's tests."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def test_tables_on_a_cluster_equal_a_local_run(cluster: Any, tmp_path: Path) -> None:
    """The Parquet tables written through a 2-worker LocalCluster equal readout convert's, row by row."""
    site, archive = _crawl(tmp_path)
    local = tmp_path / "local"
    cli.main(["convert", "-q", "-j", "1", str(site), str(archive), "--to", "parquet", "-o", str(local)])
    with distributed.Client(cluster) as client:
        readoutlib.dask.to_parquet([site, archive], tmp_path / "dask")
        workers = len(client.scheduler_info()["workers"])
    expected = {name: _table(local, name) for name in tables.TABLES}
    actual = {name: _table(tmp_path / "dask", name) for name in tables.TABLES}
    assert (2, expected) == (workers, actual)


def test_cli_dask_address(cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """readout convert --dask ADDRESS writes the tables from the cluster and sums them up."""
    site, archive = _crawl(tmp_path)
    out = tmp_path / "tables"
    code = cli.main(
        [
            "convert",
            str(site),
            str(archive),
            "--dask",
            cluster.scheduler_address,
            "--to",
            "parquet",
            "-o",
            str(out),
        ]
    )
    summary = capsys.readouterr().err.splitlines()[0].split("pages/s): ")[1]
    expected = (1, "5 readouts, 2 not readouts, 2 errors, 0 skipped (done before)", 9)
    assert expected == (code, summary, len(_table(out, "readouts")))
