"""The ``readout`` command, run in-process through ``main([...])``."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import warnings
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

import readoutlib
from readoutlib import cli, registry
from readoutlib.adapter import FormatAdapter
from readoutlib.batch import work
from readoutlib.document import Document
from readoutlib.errors import NotAReadoutError
from readoutlib.model import Event, EventKind, Readout, Source
from readoutlib.registry import register, unregister
from readoutlib.serialize.json import json_schema
from readoutlib.serialize.xml import xsd_text

# A readout in a plain-text dump layout, written for these tests (the people are invented).
READOUT_PAGE = """\
Home > News
Foreign Minister Ana Kovac Holds Phone Call with Norwegian Foreign Minister Tomas Berg

On March 3, 2024, Foreign Minister Ana Kovac held a phone call with Norwegian Foreign Minister Tomas Berg.

Ana Kovac said that the two countries share a long record of working together on fisheries and shipping.

Tomas Berg noted that Norway values the partnership and hopes to expand trade in clean energy.

The two sides agreed to keep in close touch on questions of maritime safety.
"""

# Not a readout: a notice about opening hours, written for these tests.
NOT_A_READOUT_PAGE = """\
Visitor information

The reading room of the archive is open from nine until five on weekdays.
Bags and coats must be left in the lockers by the entrance.
Photography without flash is allowed in the main hall.
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz>&lol9;</lolz>
"""

TRUNCATED_HTML = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Minister holds talks with vis'
)

PNG_HEADER = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
)


def _expected(page: Path, to: str = "json", name: str | None = None) -> str:
    text = readoutlib.dumps(readoutlib.parse(page, name=name), to)  # type: ignore[arg-type]
    return text if text.endswith("\n") else text + "\n"


@pytest.fixture
def page(tmp_path: Path) -> Path:
    """A readout page in a temporary folder."""
    path = tmp_path / "kovac-berg-call.txt"
    path.write_text(READOUT_PAGE, encoding="utf-8")
    return path


@pytest.fixture
def other_page(tmp_path: Path) -> Path:
    """A second readout page (same text, other name)."""
    path = tmp_path / "second-call.txt"
    path.write_text(READOUT_PAGE, encoding="utf-8")
    return path


class _ToyAdapter(FormatAdapter):
    """A run-time adapter whose behaviour each test sets."""

    name = "toy-cli"
    publisher = "toy"
    description = "test adapter"
    url_patterns = (r"example\.org/toy/",)

    def __init__(self, mode: str = "ok") -> None:
        self.mode = mode

    def detect(self, document: Document) -> float:
        """Score 0.9 on its URLs."""
        return 0.9 if self.matches_url(document.url) else 0.0

    def extract(self, document: Document) -> Readout:
        """A fixed readout, a failure, or a warning, as the test asked."""
        if self.mode == "crash":
            raise RuntimeError("toy adapter broke")
        if self.mode == "not-readout":
            raise NotAReadoutError("no event in the text")
        if self.mode == "warn":
            warnings.warn("the dateline looks odd", UserWarning, stacklevel=1)
        return Readout(source=Source(adapter=self.name), title="toy", event=Event(kind=EventKind.MEETING))


@pytest.fixture
def toy() -> Iterator[_ToyAdapter]:
    """Register the toy adapter for one test."""
    adapter = _ToyAdapter()
    register(adapter, replace=True)
    yield adapter
    unregister(adapter.name)


def assert_exit(expected: int, code: int) -> None:
    """Assert an exit code (a helper so each test keeps one ``expected == actual`` per figure)."""
    assert expected == code


def _lines(text: str) -> list[str]:
    return text.splitlines()


# ------------------------------------------------------------------------------------------ convert


def test_convert_to_json_on_stdout(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One input with no -o writes the JSON readout to stdout."""
    code = cli.main(["convert", str(page)])
    out, err = capsys.readouterr()
    expected = (0, "", _expected(page))
    assert expected == (code, err, out)


def test_convert_to_xml_file(page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--to xml -o PATH writes the XML readout to PATH and nothing to stdout."""
    target = tmp_path / "out" / "call.xml"
    code = cli.main(["convert", str(page), "--to", "xml", "-o", str(target)])
    out, err = capsys.readouterr()
    expected = (0, "", "", _expected(page, "xml"))
    assert expected == (code, out, err, target.read_text(encoding="utf-8"))


def test_convert_json_reads_back(page: Path, tmp_path: Path) -> None:
    """The JSON the command writes reads back into the readout parse() gives."""
    target = tmp_path / "call.json"
    expected = 0
    assert expected == cli.main(["convert", str(page), "-o", str(target)])
    assert readoutlib.parse(page) == readoutlib.loads(target.read_text(encoding="utf-8"))


def test_convert_from_stdin(
    page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """'-' reads the page's bytes from standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.read_bytes())))
    code = cli.main(["convert", "-"])
    expected = (0, _expected(page, name="<stdin>"))
    assert expected == (code, capsys.readouterr().out)


def test_several_inputs_without_output_are_json_lines(
    page: Path, other_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several inputs without -o write one JSON Lines record per page on stdout, in input order."""
    code = cli.main(["convert", "-q", "-j", "1", str(page), str(other_page)])
    out = capsys.readouterr().out
    records = [json.loads(line) for line in _lines(out)]
    expected = (0, [(str(page), "readout"), (str(other_page), "readout")], readoutlib.parse(page))
    actual = (
        code,
        [(r["input"], r["status"]) for r in records],
        readoutlib.loads(json.dumps(records[0]["readout"])),
    )
    assert expected == actual


def test_several_inputs_as_json_on_stdout_is_a_usage_error(
    page: Path, other_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--to json for several pages without -o DIR is a usage error (exit 2) naming the way out."""
    code = cli.main(["convert", "--to", "json", str(page), str(other_page)])
    out, err = capsys.readouterr()
    expected = (
        2,
        "",
        ["readout: error: several pages as json need -o DIR (one file each); for one stream use --to jsonl"],
    )
    assert expected == (code, out, _lines(err))


def test_several_inputs_refuse_a_file_as_output(page: Path, other_page: Path, tmp_path: Path) -> None:
    """Several inputs with -o naming an existing file are a usage error."""
    existing = tmp_path / "existing.json"
    existing.write_text("{}", encoding="utf-8")
    expected = 2
    assert expected == cli.main(["convert", str(page), str(other_page), "-o", str(existing)])


def test_several_inputs_write_one_file_each(page: Path, other_page: Path, tmp_path: Path) -> None:
    """Several inputs with -o DIR write DIR/<stem>.json for each input."""
    out_dir = tmp_path / "out"
    code = cli.main(["convert", str(page), str(other_page), "-o", str(out_dir), "--to", "json"])
    written = sorted(p.name for p in out_dir.glob("*.json"))
    expected = (0, ["kovac-berg-call.json", "second-call.json"])
    assert expected == (code, written)
    assert _expected(page) == (out_dir / "kovac-berg-call.json").read_text(encoding="utf-8")


def test_output_with_trailing_slash_is_a_directory(page: Path, tmp_path: Path) -> None:
    """-o DIR/ with one input writes DIR/<stem>.json, creating DIR."""
    code = cli.main(["convert", str(page), "-o", f"{tmp_path / 'new'}/"])
    expected = (0, ["kovac-berg-call.json"])
    assert expected == (code, [p.name for p in (tmp_path / "new").glob("*.json")])


def test_never_overwrites_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An output path that is an input file is refused with one error line; the input is untouched."""
    source = tmp_path / "call.json"  # a page that happens to be named .json
    source.write_text(READOUT_PAGE, encoding="utf-8")
    code = cli.main(["convert", str(source), "-o", str(tmp_path)])
    err = capsys.readouterr().err
    expected = (1, READOUT_PAGE)
    assert expected == (code, source.read_text(encoding="utf-8"))
    expected_err = [f"readout: {source}: output {source} is an input file; not overwriting it"]
    assert expected_err == _lines(err)


def test_single_output_equal_to_input_is_refused(page: Path) -> None:
    """-o naming the input itself is refused."""
    expected = (1, READOUT_PAGE)
    assert expected == (cli.main(["convert", str(page), "-o", str(page)]), page.read_text())


def test_same_stem_twice_is_mirrored(tmp_path: Path) -> None:
    """Two inputs with the same name from different folders each get a file, under their folder's name."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "call.txt", tmp_path / "b" / "call.txt"
    first.write_text(READOUT_PAGE, encoding="utf-8")
    second.write_text(READOUT_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    code = cli.main(["convert", "-q", str(first), str(second), "-o", str(out)])
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    expected = (0, ["b/call.json", "call.json"])
    assert expected == (code, written)


def test_no_partial_file_when_writing_fails(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A write that fails leaves neither the output nor a temporary file behind."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device", dst)

    monkeypatch.setattr(os, "replace", broken_replace)
    code = cli.main(["convert", str(page), "-o", str(out_dir / "call.json")])
    err = _lines(capsys.readouterr().err)
    expected: tuple[int, list[Path], int] = (1, [], 1)
    assert expected == (code, list(out_dir.iterdir()), len(err))
    assert err[0].startswith(f"readout: {page}: cannot write")


def test_failed_input_does_not_stop_the_others(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One bad input gives exit 1, and the good inputs are still written."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out_dir = tmp_path / "out"
    code = cli.main(["convert", "-q", str(empty), str(page), "-o", str(out_dir)])
    err = _lines(capsys.readouterr().err)
    expected = (1, ["kovac-berg-call.json"], [f"readout: {empty}: empty input"])
    assert expected == (code, sorted(p.name for p in out_dir.glob("*.json")), err)


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty.txt": b"",
        "image.png": PNG_HEADER,
        "random.bin": os.urandom(20 * 1024 * 1024),
        "truncated.html": TRUNCATED_HTML.encode("utf-8"),
        "notice.txt": NOT_A_READOUT_PAGE.encode("utf-8"),
        "lolz.xml": BILLION_LAUGHS.encode("utf-8"),
    }
    paths = {}
    for name, data in files.items():
        paths[name] = tmp_path / name
        paths[name].write_bytes(data)
    return paths


@pytest.mark.parametrize(
    "name", ["empty.txt", "image.png", "random.bin", "truncated.html", "notice.txt", "lolz.xml"]
)
def test_bad_input_gives_one_line(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each kind of bad input gives one stderr line naming the file, no traceback, no output.

    The exit status is 1, but 0 for a page that is only not a readout (a refusal is not a failure).
    """
    path = _bad_inputs(tmp_path)[name]
    target = tmp_path / "out.json"
    code = cli.main(["convert", str(path), "-o", str(target)])
    out, err = capsys.readouterr()
    lines = _lines(err)
    refused = name in ("notice.txt", "truncated.html", "lolz.xml")  # read, but no readout in them
    expected = (0 if refused else 1, "", 1, False, False)
    assert expected == (code, out, len(lines), "Traceback" in err, target.exists())
    assert lines[0].startswith(f"readout: {path}: ")


def test_not_a_readout_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A page that is not a readout is reported as "not a readout" and exits 0; --strict makes it exit 1."""
    path = _bad_inputs(tmp_path)["notice.txt"]
    codes = (cli.main(["convert", str(path)]), cli.main(["convert", "--strict", str(path)]))
    err = _lines(capsys.readouterr().err)
    expected = ((0, 1), [True, True])
    assert expected == (codes, [line.startswith(f"readout: {path}: not a readout") for line in err])


def test_unknown_format_is_a_usage_error(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format naming no adapter is a usage error."""
    code = cli.main(["convert", str(page), "--format", "no-such-format"])
    expected = (2, True)
    assert expected == (code, "no format named 'no-such-format'" in capsys.readouterr().err)


def test_adapter_crash_is_one_line_and_verbose_shows_traceback(
    page: Path, toy: _ToyAdapter, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plugin that raises gives one line; -v adds the traceback."""
    toy.mode = "crash"
    code = cli.main(["convert", str(page), "--format", "toy-cli"])
    err = capsys.readouterr().err
    expected = (1, 1, False)
    assert expected == (code, len(_lines(err)), "Traceback" in err)
    assert "toy adapter broke" in err
    code = cli.main(["-v", "convert", str(page), "--format", "toy-cli"])
    expected_verbose = (1, True)
    assert expected_verbose == (code, "Traceback" in capsys.readouterr().err)


def test_verbose_after_the_command(page: Path, toy: _ToyAdapter, capsys: pytest.CaptureFixture[str]) -> None:
    """-v is accepted after the command name too."""
    toy.mode = "crash"
    expected = 1
    assert expected == cli.main(["convert", "-v", str(page), "--format", "toy-cli"])
    assert "Traceback" in capsys.readouterr().err


def test_internal_error_is_one_line(
    page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An exception outside the ReadoutError hierarchy is still one line, as an internal error."""

    def broken_parse(*args: object, **kwargs: object) -> Readout:
        raise ValueError("unexpected state")

    monkeypatch.setattr(work, "parse_document", broken_parse)
    code = cli.main(["convert", str(page)])
    err = capsys.readouterr().err
    expected = (1, [f"readout: {page}: internal error: ValueError: unexpected state"])
    assert expected == (code, _lines(err))


def test_keyboard_interrupt_exits_130(
    page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C ends the run with exit 130 and one line."""

    def interrupted(*args: object, **kwargs: object) -> Readout:
        raise KeyboardInterrupt

    monkeypatch.setattr(work, "parse_document", interrupted)
    expected = (130, ["readout: interrupted"])
    assert expected == (cli.main(["convert", str(page)]), _lines(capsys.readouterr().err))


def test_broken_pipe_is_quiet(
    page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reader that goes away (``| head``) ends the run without a traceback."""

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    code = cli.main(["convert", str(page)])
    expected = (1, "")
    assert expected == (code, capsys.readouterr().err)


def test_plugin_warning_is_one_line(page: Path, toy: _ToyAdapter, capsys: pytest.CaptureFixture[str]) -> None:
    """A Python warning from a plugin prints as one 'readout: warning:' line and the input succeeds."""
    toy.mode = "warn"
    code = cli.main(["convert", str(page), "--format", "toy-cli"])
    expected = (0, [f"readout: warning: {page}: the dateline looks odd"])
    assert expected == (
        code,
        _lines(capsys.readouterr().err),
    )


# ------------------------------------------------------------------------------- other commands


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the distribution's version."""
    code = cli.main(["--version"])
    expected = (0, f"readout {readoutlib.__version__}\n")
    assert expected == (code, capsys.readouterr().out)


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Running with no command is a usage error."""
    expected = 2
    assert expected == cli.main([])
    assert "usage:" in capsys.readouterr().err


def test_formats_shows_publisher_and_description(
    toy: _ToyAdapter, capsys: pytest.CaptureFixture[str]
) -> None:
    """formats lists each adapter's publisher, and its description on the line below."""
    assert_exit(0, cli.main(["formats"]))
    lines = _lines(capsys.readouterr().out)
    row = next(i for i, line in enumerate(lines) if line.startswith("toy-cli "))
    expected = (["toy-cli", "toy", "(registered", "at", "run", "time)", "-"], "test adapter")
    assert expected == (lines[row].split(), lines[row + 1].strip())


def test_formats_json_has_publisher_and_description(
    toy: _ToyAdapter, capsys: pytest.CaptureFixture[str]
) -> None:
    """formats --json gives each adapter's publisher and description."""
    assert_exit(0, cli.main(["formats", "--json"]))
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    expected = ("toy", "test adapter")
    assert expected == (rows["toy-cli"]["publisher"], rows["toy-cli"]["description"])


def test_formats_json_lists_generic(capsys: pytest.CaptureFixture[str]) -> None:
    """formats --json lists the core's generic adapter with its distribution and entry point."""
    assert_exit(0, cli.main(["formats", "--json"]))
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    expected = {
        "name": "generic",
        "publisher": "any",
        "description": "Fallback for pages no publisher plugin claims.",
        "distribution": "readoutlib",
        "version": readoutlib.__version__,
        "module": "readoutlib.generic",
        "entry_point": "readoutlib.generic:GenericAdapter",
    }
    assert expected == rows["generic"]


def test_formats_warns_about_a_missing_plugin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plugin whose module is not installed shows as a warning line, not a crash."""
    broken = metadata.EntryPoint("broken", "readoutlib_surely_not_installed:Adapter", "readoutlib.formats")
    monkeypatch.setattr(registry, "adapter_names", lambda: ["broken"])
    monkeypatch.setattr(registry, "entry_point", lambda name: broken)
    code = cli.main(["formats"])
    out, err = capsys.readouterr()
    expected_err = [
        "readout: warning: format plugin 'broken' (? ?) will not load: "
        "module 'readoutlib_surely_not_installed' is not installed"
    ]
    expected = (0, expected_err)
    assert expected == (code, _lines(err))
    assert "broken" in out


def test_detect_shows_scores_and_winner(
    page: Path, toy: _ToyAdapter, capsys: pytest.CaptureFixture[str]
) -> None:
    """detect prints every adapter's score and the winner with the reason."""
    code = cli.main(["detect", str(page), "--url", "https://example.org/toy/1"])
    lines = _lines(capsys.readouterr().out)
    expected = (0, "winner: toy-cli (best by URL and content)")
    assert expected == (code, lines[-1])
    assert "* toy-cli" in lines[0]


def test_detect_json(page: Path, toy: _ToyAdapter, capsys: pytest.CaptureFixture[str]) -> None:
    """detect --json gives the winner and the scores as data."""
    assert_exit(0, cli.main(["detect", str(page), "--url", "https://example.org/toy/1", "--json"]))
    data = json.loads(capsys.readouterr().out)
    expected = ("toy-cli", 0.9)
    assert expected == (data["winner"], data["scores"]["toy-cli"])


def test_detect_several_files(
    page: Path, other_page: Path, toy: _ToyAdapter, capsys: pytest.CaptureFixture[str]
) -> None:
    """detect takes several files and shows one table per file, headed by its name."""
    code = cli.main(["detect", str(page), str(other_page), "--url", "https://example.org/toy/1"])
    lines = _lines(capsys.readouterr().out)
    headers = [line for line in lines if line.endswith(":") and not line.startswith(("*", " "))]
    winners = [line for line in lines if line.startswith("winner:")]
    expected = (0, [f"{page}:", f"{other_page}:"], ["winner: toy-cli (best by URL and content)"] * 2)
    assert expected == (code, headers, winners)


def test_detect_json_several_files(
    page: Path, other_page: Path, toy: _ToyAdapter, capsys: pytest.CaptureFixture[str]
) -> None:
    """detect --json on several files gives a list, one object per file, in order."""
    code = cli.main(["detect", "--json", str(page), str(other_page), "--url", "https://example.org/toy/1"])
    data = json.loads(capsys.readouterr().out)
    expected = (0, [(str(page), "toy-cli"), (str(other_page), "toy-cli")])
    assert expected == (code, [(d["file"], d["winner"]) for d in data])


def test_detect_goes_on_after_a_missing_file(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file among several is one error line; the others are still scored; exit 1."""
    missing = tmp_path / "missing.txt"
    code = cli.main(["detect", "--json", str(missing), str(page)])
    out, err = capsys.readouterr()
    expected = (1, [f"readout: {missing}: no such file"], [str(page)])
    assert expected == (code, _lines(err), [d["file"] for d in json.loads(out)])


def test_detect_json_several_files_all_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With several files and none readable, --json still prints a list (empty), and exits 1."""
    code = cli.main(["detect", "--json", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    expected = (1, [])
    assert expected == (code, json.loads(capsys.readouterr().out))


def test_detect_says_when_nothing_matched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A page no adapter scores at all is left to generic with that reason, naming no "best" adapter."""
    notice = tmp_path / "notice.txt"
    notice.write_text(NOT_A_READOUT_PAGE, encoding="utf-8")
    assert_exit(0, cli.main(["detect", str(notice)]))
    expected = (
        "winner: generic (no format recognised the page: no URL pattern or marker of any format matched)"
    )
    assert expected == _lines(capsys.readouterr().out)[-1]


def test_detect_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """detect on a file that does not exist is one error line."""
    missing = tmp_path / "missing.txt"
    expected = (1, [f"readout: {missing}: no such file"])
    assert expected == (cli.main(["detect", str(missing)]), _lines(capsys.readouterr().err))


def test_schema_json(capsys: pytest.CaptureFixture[str]) -> None:
    """schema json prints the JSON Schema."""
    expected = 0
    assert expected == cli.main(["schema", "json"])
    assert json_schema() == json.loads(capsys.readouterr().out)


def test_schema_xml(capsys: pytest.CaptureFixture[str]) -> None:
    """schema xml prints the XSD."""
    expected = 0
    assert expected == cli.main(["schema", "xml"])
    assert xsd_text().rstrip("\n") == capsys.readouterr().out.rstrip("\n")


def test_schema_without_argument_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    """schema with no argument is a usage error whose usage line shows the missing argument's name."""
    code = cli.main(["schema"])
    expected = (
        2,
        [
            "usage: readout schema [-h] [-v] SYNTAX",
            "readout: error: the following arguments are required: SYNTAX",
        ],
    )
    assert expected == (code, _lines(capsys.readouterr().err))


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_subcommand_explains_itself() -> None:
    """Every subcommand has a description, and every positional argument a help text."""
    undescribed = sorted(name for name, sub in _subcommands().items() if not sub.description)
    unhelped = sorted(
        f"{name} {action.metavar or action.dest}"
        for name, sub in _subcommands().items()
        for action in sub._actions
        if not action.option_strings and not action.help
    )
    expected: tuple[list[str], list[str]] = ([], [])
    assert expected == (undescribed, unhelped)


def test_new_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """new-format creates a plugin and prints where."""
    code = cli.main(["new-format", "xx-test", "--dest", str(tmp_path)])
    out = capsys.readouterr().out
    expected = (0, f"{tmp_path / 'readoutlib-xx-test'}\n", True)
    assert expected == (
        code,
        out,
        (tmp_path / "readoutlib-xx-test").is_dir(),
    )


def test_new_format_bad_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """new-format with an invalid id is one error line and creates nothing."""
    code = cli.main(["new-format", "Bad Id", "--dest", str(tmp_path)])
    expected: tuple[int, int, list[Path]] = (1, 1, [])
    assert expected == (code, len(_lines(capsys.readouterr().err)), list(tmp_path.iterdir()))


# --- issue 11: bad input refused cleanly, the batch carries on ------------------------------------------


def test_fifo_and_device_are_refused_and_the_batch_goes_on(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """S3/S4: a FIFO with no writer and /dev/zero are one line each; the good input is still written."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    out_dir = tmp_path / "out"
    code = cli.main(["convert", str(fifo), "/dev/zero", str(page), "-o", str(out_dir)])
    err = _lines(capsys.readouterr().err)
    expected = (
        1,
        ["kovac-berg-call.json"],
        [
            f"readout: {fifo}: is a named pipe (FIFO), not a regular file",
            "readout: /dev/zero: is a character device, not a regular file",
        ],
    )
    written = sorted(p.name for p in out_dir.iterdir() if p.suffix == ".json")
    assert expected == (code, written, err[:2])


@pytest.mark.parametrize("url", ["https://x/\udcff", "https://x/\x00"], ids=["undecodable-byte", "nul"])
def test_invalid_url_is_one_line(page: Path, url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """F5: ``--url $'\\xff'`` (an undecodable byte in argv) is one line naming the input."""
    code = cli.main(["convert", str(page), "--url", url, "--to", "xml"])
    out, err = capsys.readouterr()
    char = "U+DCFF" if "\udcff" in url else "U+0000"
    expected = (
        1,
        "",
        [
            f"readout: {page}: invalid URL: character {char} at position 10 "
            "(a URL holds no control characters, spaces or undecodable bytes)"
        ],
    )
    assert expected == (code, out, _lines(err))
