"""Corpus-scale conversion: inputs, outputs, resume, parallel runs and the batch CLI."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import readoutlib
from readoutlib import cli
from readoutlib.batch import canonical_url, parse_many, tables

ROOT = Path(__file__).resolve().parents[1]
CASES = {
    "uk": ROOT / "plugins/readoutlib-uk-fcdo/tests/cases/uk-fcdo-20220309-truss-marsudi-call.html",
    "us": ROOT / "plugins/readoutlib-us-state/tests/cases/us-state-20240311-blinken-kuleba-call.html",
    "cn": ROOT
    / "plugins/readoutlib-cn-mfa/tests/cases/cn-mfa-20210415-wang-yi-lindqvist-call-template-a.html",
    "ru": ROOT / "plugins/readoutlib-ru-mid/tests/cases/ru-mid-20200303-liferay-lavrov-haavisto-call.html",
}

# A readout in a plain-text dump layout, written for these tests (the people are invented).
READOUT_PAGE = """\
Foreign Minister Ana Kovac Holds Phone Call with Norwegian Foreign Minister Tomas Berg

On March 3, 2024, Foreign Minister Ana Kovac held a phone call with Norwegian Foreign Minister Tomas Berg.

Ana Kovac said that the two countries share a long record of working together on fisheries and shipping.

Tomas Berg noted that Norway values the partnership and hopes to expand trade in clean energy.
"""

# Not a readout: a notice about opening hours, written for these tests.
NOTICE_PAGE = """\
Visitor information

The reading room of the archive is open from nine until five on weekdays.
Bags and coats must be left in the lockers by the entrance.
"""

# An HTML readout that names its own URL, written for these tests.
CANONICAL_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Call</title>
<link rel="canonical" href="https://example.org/news/kovac-berg-call">
</head><body><h1>Foreign Minister Ana Kovac Holds Phone Call with Tomas Berg</h1>
<p>On March 3, 2024, Foreign Minister Ana Kovac held a phone call with
Norwegian Foreign Minister Tomas Berg.</p>
<p>Ana Kovac said that the two countries share a long record of working together on fisheries.</p>
</body></html>
"""

# Why the library refuses NOTICE_PAGE.
REFUSAL = "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _warc(path: Path, records: list[tuple[str, str, bytes]]) -> Path:
    """Write a WARC.gz of HTTP responses: (URL, Content-Type, body)."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    return path


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _table(folder: Path, name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(folder / name).to_pylist()
    key = "id" if name == "readouts" else "readout_id"
    return sorted(rows, key=lambda r: (r[key], r.get("position", 0)))


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


# ------------------------------------------------------------------------------------------- inputs


def test_folder_is_walked_with_include_and_exclude(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder is read recursively, in name order, through --include and --exclude patterns."""
    site = tmp_path / "site"
    _write(site / "b" / "call.txt", READOUT_PAGE)
    _write(site / "a" / "call.txt", READOUT_PAGE)
    _write(site / "a" / "notes.md", READOUT_PAGE)
    _write(site / "drafts" / "call.txt", READOUT_PAGE)
    _write(site / "index.tsv", "a\tb\n")
    code = cli.main(["convert", "-q", "-j", "1", str(site), "--exclude", "drafts", "--include", "*.txt"])
    inputs = [json.loads(line)["input"] for line in capsys.readouterr().out.splitlines()]
    expected = (0, [str(site / "a" / "call.txt"), str(site / "b" / "call.txt")])
    assert expected == (code, inputs)


def test_from_list_reads_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--from-list FILE converts the paths it lists; blank lines and comments are skipped."""
    first = _write(tmp_path / "one.txt", READOUT_PAGE)
    second = _write(tmp_path / "two.txt", NOTICE_PAGE)
    listing = _write(tmp_path / "list.txt", f"# pages\n{first}\n\n{second}\n")
    code = cli.main(["convert", "-q", "-j", "1", "--from-list", str(listing)])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = (0, [(str(first), "readout"), (str(second), "not_readout")])
    assert expected == (code, [(r["input"], r["status"]) for r in records])


def test_from_list_on_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--from-list - reads the list from standard input."""
    page = _write(tmp_path / "one.txt", READOUT_PAGE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{page}\n"))
    code = cli.main(["convert", "-q", "--from-list", "-"])
    expected = (0, [str(page)])
    assert expected == (code, [json.loads(line)["input"] for line in capsys.readouterr().out.splitlines()])


def test_one_url_for_many_inputs_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--url with several pages is a usage error that points to --url-map."""
    first = _write(tmp_path / "one.txt", READOUT_PAGE)
    second = _write(tmp_path / "two.txt", READOUT_PAGE)
    code = cli.main(["convert", str(first), str(second), "--url", "https://example.org/x"])
    expected = (
        2,
        [
            "readout: error: --url gives one page's URL and there are several pages; "
            "give each its own with --url-map FILE"
        ],
    )
    assert expected == (code, capsys.readouterr().err.splitlines())


def test_url_map_gives_each_page_its_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--url-map TSV gives each page its own URL, matched by path (relative or absolute)."""
    first = _write(tmp_path / "one.txt", READOUT_PAGE)
    second = _write(tmp_path / "two.txt", READOUT_PAGE)
    url_map = _write(
        tmp_path / "urls.tsv", f"{first}\thttps://example.org/1\n{second}\thttps://example.org/2\n"
    )
    code = cli.main(["convert", "-q", "-j", "1", str(first), str(second), "--url-map", str(url_map)])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = (
        0,
        ["https://example.org/1", "https://example.org/2"],
        ["https://example.org/1", "https://example.org/2"],
    )
    assert expected == (code, [r["url"] for r in records], [r["readout"]["source"]["url"] for r in records])


def test_canonical_url_is_used_when_none_is_given(tmp_path: Path) -> None:
    """A page's <link rel="canonical"> is its URL when the caller gives none."""
    page = _write(tmp_path / "call.html", CANONICAL_PAGE)
    [result] = parse_many([page], jobs=1)
    expected = ("https://example.org/news/kovac-berg-call", "https://example.org/news/kovac-berg-call")
    assert expected == (result.url, result.readout.source.url if result.readout else None)


def test_warc_records_carry_url_and_charset(tmp_path: Path) -> None:
    """A WARC's responses are pages with their URLs; the HTTP charset decodes a page that declares none."""
    cyrillic = READOUT_PAGE.replace("Ana Kovac said", "Ana Kovac said (Москва)")
    archive = _warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://example.org/a", "text/plain; charset=windows-1251", cyrillic.encode("cp1251")),
            ("https://example.org/logo.png", "image/png", PNG),
            ("https://example.org/notice", "text/plain", NOTICE_PAGE.encode()),
        ],
    )
    results = list(parse_many([archive], jobs=1))
    paragraphs = results[0].readout.paragraphs if results[0].readout else ()
    expected = (
        [("https://example.org/a", "readout"), ("https://example.org/notice", "not_readout")],
        True,
    )
    assert expected == ([(r.input, r.status) for r in results], any("(Москва)" in p for p in paragraphs))


def test_torn_warc_is_one_error_after_its_pages(tmp_path: Path) -> None:
    """An archive cut short gives the pages read before the cut, then one error naming the archive."""
    archive = _warc(
        tmp_path / "crawl.warc.gz", [("https://example.org/a", "text/plain", READOUT_PAGE.encode())] * 2
    )
    torn = _write(tmp_path / "torn.warc.gz", archive.read_bytes()[: archive.stat().st_size * 3 // 4])
    results = list(parse_many([torn], jobs=1))
    expected = [("https://example.org/a", "readout", None), (f"{torn}#2", "error", "InputError")]
    assert expected == [(r.input, r.status, r.error) for r in results]


# ------------------------------------------------------------------------------------------ outputs


def test_per_page_files_mirror_the_folders(tmp_path: Path) -> None:
    """Per-page files keep the input folders, so two index pages never collide."""
    site = tmp_path / "site"
    _write(site / "a" / "index.html", CASES["uk"].read_bytes())
    _write(site / "b" / "index.html", CASES["us"].read_bytes())
    out = tmp_path / "out"
    code = cli.main(["convert", "-q", "-j", "1", str(site), "-o", str(out)])
    expected = (0, [".readout-manifest.jsonl", "a/index.json", "b/index.json"])
    assert expected == (code, _files(out))


def test_rerun_skips_done_pages_and_keeps_hand_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A rerun into the same folder skips pages done (a hand-edited output stays); --force redoes them."""
    site = tmp_path / "site"
    _write(site / "a.txt", READOUT_PAGE)
    _write(site / "b.txt", READOUT_PAGE)
    out = tmp_path / "out"
    cli.main(["convert", "-q", "-j", "1", str(site), "-o", str(out)])
    (out / "a.json").write_text("edited by hand\n", encoding="utf-8")
    _write(site / "c.txt", READOUT_PAGE)
    code = cli.main(["convert", "-j", "1", str(site), "-o", str(out)])
    summary = capsys.readouterr().err.splitlines()[0]
    after_rerun = (out / "a.json").read_text(encoding="utf-8")
    cli.main(["convert", "-q", "-j", "1", "--force", str(site), "-o", str(out)])
    expected = (0, "edited by hand\n", True, readoutlib.parse(site / "a.txt"))
    actual = (
        code,
        after_rerun,
        " 1 readouts, 0 not readouts, 0 errors, 2 skipped (done before)" in summary,
        readoutlib.loads((out / "a.json").read_text(encoding="utf-8")),
    )
    assert expected == actual


def test_a_file_readout_did_not_write_is_not_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An output file in the way that readout did not write is kept, and the page fails saying so."""
    page = _write(tmp_path / "site" / "a.txt", READOUT_PAGE)
    _write(tmp_path / "site" / "b.txt", READOUT_PAGE)
    mine = _write(tmp_path / "out" / "a.json", "mine\n")
    code = cli.main(["convert", "-q", "-j", "1", str(tmp_path / "site"), "-o", str(tmp_path / "out")])
    expected = (
        1,
        "mine\n",
        [f"readout: {page}: output {mine} exists and readout did not write it; --force overwrites"],
    )
    assert expected == (code, mine.read_text(encoding="utf-8"), capsys.readouterr().err.splitlines())


def test_jsonl_records_refusals_and_errors(tmp_path: Path) -> None:
    """--to jsonl writes a record per page: the readout, or the status and reason of a refusal or error."""
    good = _write(tmp_path / "site" / "a.txt", READOUT_PAGE)
    notice = _write(tmp_path / "site" / "b.txt", NOTICE_PAGE)
    empty = _write(tmp_path / "site" / "c.txt", b"")
    out = tmp_path / "pages.jsonl"
    code = cli.main(["convert", "-q", "-j", "1", str(tmp_path / "site"), "--to", "jsonl", "-o", str(out)])
    records = _jsonl(out)
    expected = (
        1,
        [
            (str(good), "readout", None, None),
            (str(notice), "not_readout", "NotAReadoutError", REFUSAL),
            (str(empty), "error", "InputError", "empty input"),
        ],
        readoutlib.parse(good),
        [{"input": str(empty), "url": None, "archive": None, "error": "InputError", "reason": "empty input"}],
    )
    actual = (
        code,
        [(r["input"], r["status"], r["error"], r["reason"]) for r in records],
        readoutlib.loads(json.dumps(records[0]["readout"])),
        _jsonl(tmp_path / "pages.errors.jsonl"),
    )
    assert expected == actual


def test_record_carries_hash_and_version(tmp_path: Path) -> None:
    """Each record carries the input, a content hash of the page and the readoutlib version."""
    page = _write(tmp_path / "a.txt", READOUT_PAGE)
    [result] = parse_many([page], jobs=1)
    import hashlib

    text = readoutlib.load(page).text
    expected = (str(page), hashlib.sha256(text.encode()).hexdigest(), readoutlib.__version__)
    assert expected == (result.input, result.sha256, result.version)


def test_jsonl_resume_cuts_a_torn_line(tmp_path: Path) -> None:
    """A JSON Lines file torn by a kill is cut back to its last whole record, and the rerun completes it."""
    site = tmp_path / "site"
    for name in ("a", "b", "c"):
        _write(site / f"{name}.txt", READOUT_PAGE)
    clean, resumed = tmp_path / "clean.jsonl", tmp_path / "resumed.jsonl"
    cli.main(["convert", "-q", "-j", "1", str(site), "-o", str(clean)])
    lines = clean.read_text(encoding="utf-8").splitlines(keepends=True)
    resumed.write_text(lines[0] + lines[1][:40], encoding="utf-8")  # what a kill mid-write leaves
    cli.main(["convert", "-q", "-j", "1", str(site), "-o", str(resumed)])
    assert clean.read_text(encoding="utf-8") == resumed.read_text(encoding="utf-8")


def test_csv_tables_join(tmp_path: Path) -> None:
    """--to csv writes readouts, participants and statements CSV tables joined by the readout id."""
    page = _write(tmp_path / "site" / "a.txt", READOUT_PAGE)
    _write(tmp_path / "site" / "b.txt", NOTICE_PAGE)
    out = tmp_path / "csv"
    code = cli.main(["convert", "-q", "-j", "1", str(tmp_path / "site"), "--to", "csv", "-o", str(out)])
    import csv

    def read(name: str) -> list[dict[str, str]]:
        with (out / f"{name}.csv").open(encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    readouts, statements = read("readouts"), read("statements")
    readout = readoutlib.parse(page)
    expected = (
        0,
        ["readout", "not_readout"],
        [(readouts[0]["id"], s.speaker, s.verb, s.text) for s in readout.statements],
    )
    actual = (
        code,
        [r["status"] for r in readouts],
        [(s["readout_id"], s["speaker"], s["verb"], s["text"]) for s in statements],
    )
    assert expected == actual


def test_two_jobs_write_what_one_does(tmp_path: Path) -> None:
    """--jobs 2 writes byte for byte the JSON Lines a serial run writes."""
    site = tmp_path / "site"
    for index, case in enumerate(sorted(CASES.values()) * 3):
        _write(site / f"{index:02d}" / "index.html", case.read_bytes())
    _write(site / "zz" / "notice.txt", NOTICE_PAGE)
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"
    cli.main(["convert", "-q", "-j", "1", str(site), "-o", str(serial)])
    cli.main(["convert", "-q", "-j", "2", str(site), "-o", str(parallel)])
    assert serial.read_text(encoding="utf-8") == parallel.read_text(encoding="utf-8")


def test_parse_many_in_processes_equals_parse(tmp_path: Path) -> None:
    """parse_many with 2 jobs yields, in input order, the readouts parse() gives, and errors as records."""
    pages = [_write(tmp_path / f"{name}.html", path.read_bytes()) for name, path in CASES.items()]
    broken = _write(tmp_path / "broken.html", PNG)
    results = list(parse_many([*pages, broken], jobs=2))
    own = [canonical_url(readoutlib.load(p)) for p in pages]  # what parse_many uses, as no URL is given
    expected = (
        [*(readoutlib.parse(p, url=u) for p, u in zip(pages, own, strict=True)), None],
        ("binary data, not a text or HTML page"),
    )
    assert expected == ([r.readout for r in results], results[-1].reason)


# ---------------------------------------------------------------------------- exit status, summary


def test_summary_by_publisher_and_outcome(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The end summary counts pages by publisher and outcome, gives pages/s and names the errors file."""
    site = tmp_path / "site"
    _write(site / "a.html", CASES["uk"].read_bytes())
    _write(site / "b.html", CASES["cn"].read_bytes())
    _write(site / "c.txt", NOTICE_PAGE)
    _write(site / "d.txt", b"")
    out = tmp_path / "out"
    code = cli.main(["convert", "-j", "1", str(site), "--to", "parquet", "-o", str(out)])
    err = capsys.readouterr().err.splitlines()
    head = err[1].split(" pages in ")[0], err[1].split("pages/s): ")[1]
    expected = (
        1,
        f"readout: {site / 'd.txt'}: empty input",
        ("readout: 4", "2 readouts, 1 not readouts, 1 errors, 0 skipped (done before)"),
        [
            ["publisher", "readouts", "not", "readouts", "errors", "skipped"],
            ["(none)", "0", "0", "1", "0"],
            ["cn-mfa", "1", "0", "0", "0"],
            ["generic", "0", "1", "0", "0"],
            ["uk-fcdo", "1", "0", "0", "0"],
        ],
        f"readout: errors: {out / 'errors.jsonl'}",
    )
    assert expected == (code, err[0], head, [line.split() for line in err[2:7]], err[7])


def test_strict_counts_refusals_as_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Refusals exit 0 and stay quiet in a batch; with --strict they exit 1, each on one line."""
    site = tmp_path / "site"
    _write(site / "a.txt", READOUT_PAGE)
    notice = _write(site / "b.txt", NOTICE_PAGE)
    plain = cli.main(["convert", "-q", "-j", "1", str(site), "-o", str(tmp_path / "o1.jsonl")])
    plain_err = capsys.readouterr().err
    strict = cli.main(["convert", "-q", "-j", "1", "--strict", str(site), "-o", str(tmp_path / "o2.jsonl")])
    expected = (0, "", 1, [f"readout: {notice}: {REFUSAL}"])
    assert expected == (plain, plain_err, strict, capsys.readouterr().err.splitlines())


def test_no_progress_bar_when_piped(tmp_path: Path) -> None:
    """Run as a pipe, convert draws no progress bar: stderr has the summary lines only."""
    site = tmp_path / "site"
    _write(site / "a.txt", READOUT_PAGE)
    _write(site / "b.txt", READOUT_PAGE)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "readoutlib",
            "convert",
            "-j",
            "1",
            str(site),
            "-o",
            str(tmp_path / "o.jsonl"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = run.stderr.splitlines()
    expected = (0, False, 3, "readout: 2 pages in ")
    assert expected == (run.returncode, "\r" in run.stderr, len(lines), lines[0][:20])


# ------------------------------------------------------------------------ output paths (issue #11)


def test_output_through_a_symlink_loop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o through a symbolic link loop is one line naming the output and the loop (finding C1)."""
    page = _write(tmp_path / "p.txt", READOUT_PAGE)
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    target = tmp_path / "loop1" / "x.json"
    code = cli.main(["convert", str(page), "-o", str(target)])
    expected = (1, [f"readout: {page}: cannot write {target}: {tmp_path / 'loop1'} is a symbolic link loop"])
    assert expected == (code, capsys.readouterr().err.splitlines())


def test_output_under_a_regular_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An output path under a regular file names the output and the file in the way (finding C2)."""
    page = _write(tmp_path / "p.txt", READOUT_PAGE)
    blocker = _write(tmp_path / "f", "x")
    target = blocker / "x.json"
    code = cli.main(["convert", str(page), "-o", str(target)])
    expected = (1, [f"readout: {page}: cannot write {target}: {blocker} is a file, not a folder"])
    assert expected == (code, capsys.readouterr().err.splitlines())


def test_read_only_output_names_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder that refuses new files gives a message naming the output, not the temporary (finding C2)."""
    page = _write(tmp_path / "p.txt", READOUT_PAGE)
    target = tmp_path / "x.json"
    import tempfile

    def refused(*args: object, dir: str, prefix: str, suffix: str) -> tuple[int, str]:  # noqa: A002
        # what mkstemp raises in a read-only folder (root is not refused by chmod, so it is simulated)
        raise PermissionError(13, "Permission denied", os.path.join(dir, f"{prefix}abc{suffix}"))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    code = cli.main(["convert", str(page), "-o", str(target)])
    expected = (1, [f"readout: {page}: cannot write {target}: permission denied"], [])
    assert expected == (code, capsys.readouterr().err.splitlines(), list(tmp_path.glob("*.tmp")))


# ------------------------------------------------------------------------------- the crawl-shaped run


def _crawl(root: Path) -> tuple[Path, Path]:
    """A site mirror with duplicate names, non-readouts and broken files, and a WARC of the same site."""
    site = root / "site"
    _write(site / "uk" / "news" / "index.html", CASES["uk"].read_bytes())
    _write(site / "us" / "news" / "index.html", CASES["us"].read_bytes())
    _write(site / "cn" / "news" / "index.html", CASES["cn"].read_bytes())
    _write(site / "cn" / "about" / "index.html", NOTICE_PAGE)
    _write(site / "dumps" / "index.txt", READOUT_PAGE)
    _write(site / "broken" / "index.html", PNG)
    _write(site / "broken" / "empty.txt", b"")
    _write(site / "assets" / "style.css", "body { color: black }")
    archive = _warc(
        root / "crawl.warc.gz",
        [
            ("https://www.mid.ru/en/press/1", "text/html; charset=utf-8", CASES["ru"].read_bytes()),
            ("https://www.mid.ru/logo.png", "image/png", PNG),
            ("https://www.mid.ru/en/visitors", "text/plain", NOTICE_PAGE.encode()),
        ],
    )
    return site, archive


# Run in a child process: convert the crawl to Parquet, parts of 3 pages, and kill -9 the process in
# the middle of committing its second part (its participants file in place, its statements file still
# temporary, its readouts file not written).
KILLED_RUN = textwrap.dedent(
    """
    import os, signal, sys
    from readoutlib.batch import files, sinks
    from readoutlib import cli

    renames = 0
    real_replace = os.replace

    def replace_then_die(src, dst):
        global renames
        renames += 1
        if renames == 5:  # the second part's participants file is in place; its statements file not
            os.kill(os.getpid(), signal.SIGKILL)
        real_replace(src, dst)

    files.os.replace = replace_then_die
    real_init = sinks.ParquetSink.__init__

    def small_parts(self, folder, force=False, part_pages=1000):
        real_init(self, folder, force=force, part_pages=3)

    sinks.ParquetSink.__init__ = small_parts
    sys.exit(cli.main(sys.argv[1:]))
    """
)


def test_crawl_killed_and_resumed_gives_the_tables_of_a_clean_run(tmp_path: Path) -> None:
    """A crawl (folders, duplicate names, non-readouts, broken files, a WARC) to Parquet, killed and resumed.

    The resumed tables equal, row by row, those of a run that was never killed, and nothing torn,
    duplicated or temporary is left.
    """
    site, archive = _crawl(tmp_path)
    args = ["convert", "-q", "-j", "1", str(site), str(archive), "--to", "parquet"]
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_RUN, *args, "-o", str(tmp_path / "resumed")],
        capture_output=True,
        text=True,
        check=False,
    )
    left = _files(tmp_path / "resumed")
    resumed_code = cli.main([*args, "-j", "2", "-o", str(tmp_path / "resumed")])
    clean_code = cli.main([*args, "-o", str(tmp_path / "clean")])
    readouts = _table(tmp_path / "resumed", "readouts")
    expected_pages = [
        (str(site / "broken" / "empty.txt"), "error", None),
        (str(site / "broken" / "index.html"), "error", None),
        (str(site / "cn" / "about" / "index.html"), "not_readout", "generic"),
        (str(site / "cn" / "news" / "index.html"), "readout", "cn-mfa"),
        (str(site / "dumps" / "index.txt"), "readout", "generic"),
        (str(site / "uk" / "news" / "index.html"), "readout", "uk-fcdo"),
        (str(site / "us" / "news" / "index.html"), "readout", "us-state"),
        ("https://www.mid.ru/en/press/1", "readout", "ru-mid"),
        ("https://www.mid.ru/en/visitors", "not_readout", "ru-mid"),
    ]
    # the resumed run exits 0: the two broken pages failed in the killed run and are rows already
    expected = (-9, True, 0, 1, expected_pages)
    actual = (
        killed.returncode,
        any(name.endswith(".tmp") for name in left),
        resumed_code,
        clean_code,
        sorted((r["input"], r["status"], r["publisher"]) for r in readouts),
    )
    assert expected == actual
    for name in tables.TABLES:
        assert _table(tmp_path / "clean", name) == _table(tmp_path / "resumed", name)
    finished = _files(tmp_path / "resumed")
    parts = {
        name: sorted(p.split("/")[1] for p in finished if p.startswith(name + "/")) for name in tables.TABLES
    }
    assert ([], parts["readouts"], parts["readouts"]) == (
        [p for p in finished if p.endswith(".tmp")],
        parts["participants"],
        parts["statements"],
    )


def test_parallel_results_keep_input_order_past_the_window(tmp_path: Path) -> None:
    """With one page per task and more tasks than are in flight, 2 workers give a serial run's results."""
    from readoutlib.batch.pages import expand
    from readoutlib.batch.run import results
    from readoutlib.batch.work import Job

    site = tmp_path / "site"
    for index in range(16):
        case = sorted(CASES.values())[index % len(CASES)]
        _write(site / f"{index:02d}.html", case.read_bytes() if index % 5 else NOTICE_PAGE.encode())
    serial = [(r.input, r.status, r.readout) for r in results(expand([str(site)]), Job(), jobs=1)]
    parallel = [(r.input, r.status, r.readout) for r in results(expand([str(site)]), Job(), jobs=2, chunk=1)]
    assert serial == parallel


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """With stderr on a terminal, convert draws a progress bar (redrawn in place) before its summary."""
    import fcntl
    import pty
    import struct
    import termios

    site = tmp_path / "site"
    _write(site / "a.txt", READOUT_PAGE)
    _write(site / "b.txt", READOUT_PAGE)
    parent, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a terminal has a size
    command = [
        sys.executable,
        "-m",
        "readoutlib",
        "convert",
        "-j",
        "1",
        str(site),
        "-o",
        str(tmp_path / "o.jsonl"),
    ]
    code = subprocess.run(command, stderr=child, stdout=subprocess.DEVNULL, check=False).returncode
    os.close(child)
    seen = b""
    while True:
        try:
            chunk = os.read(parent, 65536)
        except OSError:  # the terminal's other end is closed: everything is read
            break
        if not chunk:
            break
        seen += chunk
    os.close(parent)
    text = seen.decode("utf-8", "replace")
    expected = (0, True, True)
    assert expected == (
        code,
        "\r" in text and " pages" in text.split("readout: 2 pages in")[0],
        "readout: 2 pages in" in text,
    )


def test_csv_resume_drops_rows_of_an_uncommitted_page(tmp_path: Path) -> None:
    """CSV torn by a kill (a page's statements written, not its readouts row) resumes to a clean run's."""
    site = tmp_path / "site"
    _write(site / "a.txt", READOUT_PAGE)
    _write(site / "b.txt", READOUT_PAGE.replace("Ana Kovac", "Ana Horvat"))
    clean, resumed = tmp_path / "clean", tmp_path / "resumed"
    cli.main(["convert", "-q", "-j", "1", str(site), "--to", "csv", "-o", str(clean)])
    resumed.mkdir()
    readouts = (clean / "readouts.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    statements = (clean / "statements.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    participants = (clean / "participants.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    # what a kill leaves: page a committed; page b's statements and participants written, its row torn
    (resumed / "readouts.csv").write_text("".join(readouts[:2]) + readouts[2][:30], encoding="utf-8")
    (resumed / "statements.csv").write_text("".join(statements), encoding="utf-8")
    (resumed / "participants.csv").write_text("".join(participants), encoding="utf-8")
    (resumed / ".readouts.csv.readout-x.tmp").write_text("torn", encoding="utf-8")
    code = cli.main(["convert", "-q", "-j", "1", str(site), "--to", "csv", "-o", str(resumed)])
    expected = (0, _files(clean), [(clean / f"{t}.csv").read_text(encoding="utf-8") for t in tables.TABLES])
    assert expected == (
        code,
        _files(resumed),
        [(resumed / f"{t}.csv").read_text(encoding="utf-8") for t in tables.TABLES],
    )


def test_missing_list_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--from-list naming no file is a usage error (exit 2) that writes nothing."""
    out = tmp_path / "out"
    code = cli.main(["convert", "--from-list", str(tmp_path / "nope.txt"), "--to", "parquet", "-o", str(out)])
    expected = (2, False, [f"readout: error: --from-list {tmp_path / 'nope.txt'}: no such file"])
    assert expected == (code, out.exists(), capsys.readouterr().err.splitlines())
