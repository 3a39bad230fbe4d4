"""Reading WARC archives: warcio against FastWARC, beside the cost of parsing the same pages.

Builds a WARC.gz of bulk-corpus pages (HTTP responses, as a crawler writes them) in a temporary
folder, then times, in one run: reading every response's URL, Content-Type and payload with warcio
(what ``readout convert`` uses), the same with FastWARC (``pip install fastwarc``; skipped if
absent), and ``readoutlib.parse`` over the same pages. The question it answers: would a faster WARC
reader show in a conversion?

Usage::

    python benchmarks/bench_warc.py            # 2,000 pages of us-state-rss
    python benchmarks/bench_warc.py --pages 500
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_BULK = HERE.parent.parent / "shared" / "corpus" / "bulk"


def build(paths: list[Path], target: Path) -> None:
    """Write the pages as HTTP responses into a gzipped WARC."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with target.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number, path in enumerate(paths):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            payload = io.BytesIO(path.read_bytes())
            url = f"https://www.example.gov/page/{number}"
            writer.write_record(
                writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
            )


def read_warcio(archive: Path) -> int:
    """Read every response with warcio; return the payload bytes."""
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    with archive.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                record.rec_headers.get_header("WARC-Target-URI")
                record.http_headers.get_header("Content-Type")
                total += len(record.content_stream().read())
    return total


def read_fastwarc(archive: Path) -> int:
    """Read every response with FastWARC; return the payload bytes."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    total = 0
    with archive.open("rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            record.headers.get("WARC-Target-URI")
            record.http_headers.get("Content-Type")
            total += len(record.reader.read())
    return total


def timed(action: object, *args: object) -> float:
    """Best of three wall times of one call."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        action(*args)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Build the archive, time the readers and the parser, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bulk", type=Path, default=Path(os.environ.get("READOUTLIB_BULK", DEFAULT_BULK)))
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args(argv)
    folder = args.bulk / "us-state-rss"
    if not folder.is_dir():
        print(f"no bulk corpus at {args.bulk}", file=sys.stderr)
        return 1
    paths = sorted(folder.glob("*.html"))[: args.pages]
    import readoutlib

    with tempfile.TemporaryDirectory(prefix="bench-warc-") as temp:
        archive = Path(temp) / "pages.warc.gz"
        build(paths, archive)
        rows = [("warcio (readout convert's reader)", timed(read_warcio, archive))]
        try:
            rows.append(("FastWARC", timed(read_fastwarc, archive)))
        except ImportError:
            print("FastWARC is not installed: pip install fastwarc to compare", file=sys.stderr)
        sample = paths[:200]
        start = time.perf_counter()
        for path in sample:
            with contextlib.suppress(readoutlib.ReadoutError):
                readoutlib.parse(path)
        parse_all = (time.perf_counter() - start) * len(paths) / len(sample)
        rows.append((f"readoutlib.parse (200 pages, scaled to {len(paths)})", parse_all))
    print(f"{len(paths)} pages, {archive.name}")
    print(f"{'run':48} {'seconds':>8} {'pages/s':>9} {'of parse':>9}")
    for name, seconds in rows:
        print(f"{name:48} {seconds:8.3f} {len(paths) / seconds:9.0f} {seconds / parse_all:9.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
