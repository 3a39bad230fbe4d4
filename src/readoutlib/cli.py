"""The ``readout`` command: a thin shell over the public API.

Every command is one public call (``parse``, ``detect``, ``adapter_names``, ``evaluate``, ...); this
module only reads arguments, writes files safely and reports. Exit codes: 0 when every input
succeeded, 1 when any failed (the others are still processed), 2 for usage errors, 130 when
interrupted. A failure is one line on stderr, ``readout: <file>: <reason>``; ``-v`` adds the
traceback. No input, however broken, gives a traceback without ``-v``.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ._detection import GENERIC, MIN_SCORE
from ._version import __version__
from .errors import NotAReadoutError, ReadoutError

if TYPE_CHECKING:
    from .registry import Detection

# The parser, the registry and the writers are imported by the commands that use them, so that
# ``readout --version`` and ``--help`` import nothing but this module (no attrs, lxml or plugins).

__all__ = ["main"]

PROG = "readout"
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
#: What ``-`` reads from, and what it is called in messages and output names.
STDIN = "-"
STDIN_NAME = "<stdin>"
STDIN_STEM = "stdin"


class UsageError(Exception):
    """Arguments that make no sense together (exit 2)."""


class _FileFailure(Exception):
    """A failure of one input that is not the parser's (an output path refused, say)."""


# ---------------------------------------------------------------------------------------- reporting


def _one_line(text: str) -> str:
    return " ".join(str(text).split()) or "failed"


def _say(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    print(f"{PROG}: {_one_line(message)}", file=sys.stderr)


def _warn_lines(caught: Sequence[warnings.WarningMessage], name: str | None, skip: str = "") -> None:
    seen: set[str] = set()
    for item in caught:
        text = _one_line(str(item.message))
        if text in seen or (skip and text in skip):
            continue
        seen.add(text)
        _say(f"warning: {name}: {text}" if name else f"warning: {text}")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, NotAReadoutError):
        detail = exc.reason.strip()
        if not detail or detail.lower().startswith("not a readout"):
            return detail or "not a readout"
        return f"not a readout: {detail}"
    if isinstance(exc, ReadoutError):
        return exc.reason
    if isinstance(exc, _FileFailure):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot write{where}: {exc.strerror or exc}"
    return f"internal error: {type(exc).__name__}: {exc}"


def _guarded(name: str | None, verbose: bool, action: Callable[[], None]) -> bool:
    """Run ``action`` for one input; report a failure as one line and return False.

    Warnings raised meanwhile become ``readout: warning: <name>: ...`` lines; one that only repeats
    the failure's reason is left out, so a failed input gives exactly one line.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            action()
        except (KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as exc:  # the promise: one line per failed input, never a traceback
            reason = _one_line(_reason(exc))
            if verbose:
                import traceback

                traceback.print_exc(file=sys.stderr)
            _warn_lines(caught, name, skip=reason)
            _say(f"{name}: {reason}" if name else reason)
            return False
    _warn_lines(caught, name)
    return True


# -------------------------------------------------------------------------------------- file output


def _file_mode() -> int:
    # mkstemp makes 0600 files; give the output the mode any new file would get
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` whole or not at all: a temporary file beside it, then a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    import tempfile

    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(temp, _file_mode())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _is_input(target: Path, inputs: Sequence[Path]) -> bool:
    resolved = target.resolve()
    for path in inputs:
        if resolved == path.resolve():
            return True
        with contextlib.suppress(OSError):
            if target.exists() and os.path.samefile(target, path):
                return True
    return False


def _stem(source: str) -> str:
    return STDIN_STEM if source == STDIN else Path(source).stem


def _stdout_write(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()


# ----------------------------------------------------------------------------------------- commands


def _check_format(name: str | None) -> None:
    from .registry import adapter_names

    if name is not None and name not in adapter_names():
        raise UsageError(f"--format: no format named {name!r} (known: {', '.join(adapter_names())})")


def _cmd_convert(args: argparse.Namespace) -> int:
    sources: list[str] = args.inputs
    if sources.count(STDIN) > 1:
        raise UsageError("'-' (standard input) can be given only once")
    _check_format(args.format)
    output = Path(args.output) if args.output else None
    out_dir: Path | None = None
    if len(sources) > 1:
        if output is None:
            raise UsageError("several inputs need -o DIR (one output file is written per input)")
        if output.exists() and not output.is_dir():
            raise UsageError(f"-o {output}: several inputs need a directory, and this is a file")
        out_dir = output
    elif output is not None and (output.is_dir() or args.output.endswith(("/", os.sep))):
        out_dir = output
    inputs = [Path(s) for s in sources if s != STDIN]
    written: dict[Path, str] = {}

    from .api import parse
    from .serialize import dumps

    def convert(source: str) -> None:
        data: Any = Path(source)
        if source == STDIN:
            data = getattr(sys.stdin, "buffer", sys.stdin)
        name = STDIN_NAME if source == STDIN else source
        readout = parse(data, url=args.url, format=args.format, name=name)
        text = dumps(readout, args.to)
        text = text if text.endswith("\n") else text + "\n"
        if output is None:
            _stdout_write(text)
            return
        target = out_dir / f"{_stem(source)}.{args.to}" if out_dir is not None else output
        if _is_input(target, inputs):
            raise _FileFailure(f"output {target} is an input file; not overwriting it")
        key = target.resolve()
        if key in written:
            raise _FileFailure(f"output {target} was already written for {written[key]}; not overwriting it")
        write_atomic(target, text)
        written[key] = source

    results = [
        _guarded(STDIN_NAME if s == STDIN else s, args.verbose, functools.partial(convert, s))
        for s in sources
    ]
    return EXIT_OK if all(results) else EXIT_FAILED


def _about(name: str) -> tuple[str, str]:
    """The adapter's publisher and description; a plugin that does not load says so instead."""
    from .registry import get_adapter

    try:
        adapter = get_adapter(name)
    except ReadoutError as exc:  # the registry has already warned, naming the distribution
        return "?", f"(does not load: {exc.reason})"
    return adapter.publisher, adapter.description


def _format_rows() -> list[dict[str, str]]:
    """One row per adapter: entry-point metadata, and the adapter's publisher and description.

    Showing the publisher and description imports each plugin; a plugin whose module is not even
    installed is reported from the metadata alone, without trying.
    """
    import importlib.util

    from .registry import adapter_names, entry_point, get_adapter

    rows = []
    for name in adapter_names():
        ep = entry_point(name)
        loadable = True
        if ep is not None:
            dist = getattr(ep, "dist", None)
            distribution = dist.name if dist is not None else "?"
            version = dist.version if dist is not None else "?"
            module, value = ep.module, ep.value
            top = module.split(".")[0]
            # find_spec of a top-level name locates the package without importing it
            if top and importlib.util.find_spec(top) is None:
                loadable = False
                warnings.warn(
                    f"format plugin {name!r} ({distribution} {version}) will not load: "
                    f"module {top!r} is not installed",
                    stacklevel=2,
                )
        else:
            # a run-time registration, or the built-in fallback: nothing from a plugin to import
            adapter = get_adapter(name)
            cls = type(adapter)
            distribution = "readoutlib" if name == GENERIC else "(registered at run time)"
            version = __version__ if name == GENERIC else "-"
            module, value = cls.__module__, f"{cls.__module__}:{cls.__qualname__}"
        publisher, description = _about(name) if loadable else ("?", f"(module {module!r} not installed)")
        rows.append(
            {
                "name": name,
                "publisher": publisher,
                "description": description,
                "distribution": distribution,
                "version": version,
                "module": module,
                "entry_point": value,
            }
        )
    return rows


def _cmd_formats(args: argparse.Namespace) -> int:
    rows: list[dict[str, str]] = []

    def collect() -> None:
        rows.extend(_format_rows())

    if not _guarded(None, args.verbose, collect):
        return EXIT_FAILED
    if args.json:
        _stdout_write(json.dumps(rows, indent=2))
        return EXIT_OK
    heads = ("name", "publisher", "distribution", "version")
    widths = [max([len(h), *(len(r[h]) for r in rows)]) for h in heads]
    lines = ["  ".join(h.upper().ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip()]
    for row in rows:
        lines.append("  ".join(row[h].ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip())
        lines.append(" " * (widths[0] + 2) + row["description"])  # under the publisher, a line of its own
    _stdout_write("\n".join(lines))
    return EXIT_OK


def _detection_lines(detection: Detection) -> list[str]:
    width = max(len(name) for name, _ in detection.scores)
    lines = [
        f"{'*' if name == detection.winner else ' '} {name.ljust(width)}  {score:.2f}"
        for name, score in detection.scores
    ]
    lines.append(f"winner: {detection.winner} ({detection.reason})")
    return lines


def _cmd_detect(args: argparse.Namespace) -> int:
    from .document import load
    from .registry import detect

    files: list[str] = args.files
    found: list[dict[str, Any]] = []

    def run(source: str) -> None:
        document = load(Path(source), url=args.url, name=source)
        detection = detect(document)
        data = {
            "file": source,
            "winner": detection.winner,
            "reason": detection.reason,
            "scores": dict(detection.scores),
        }
        if args.json:
            found.append(data)
            return
        lines = _detection_lines(detection)
        if len(files) > 1:  # say which file each table is about, one blank line between tables
            lines = [*([""] if found else []), f"{source}:", *lines]
            found.append(data)
        _stdout_write("\n".join(lines))

    results = [_guarded(s, args.verbose, functools.partial(run, s)) for s in files]
    if args.json and (found or len(files) > 1):  # one file: its object; several: a list, maybe empty
        _stdout_write(json.dumps(found[0] if len(files) == 1 else found, indent=2, ensure_ascii=False))
    return EXIT_OK if all(results) else EXIT_FAILED


def _cmd_schema(args: argparse.Namespace) -> int:
    def run() -> None:
        if args.syntax == "json":
            from .serialize.json import json_schema  # lazy: only this command needs it

            _stdout_write(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        else:
            from .serialize.xml import xsd_text  # lazy: only this command needs it

            _stdout_write(xsd_text())

    return EXIT_OK if _guarded(None, args.verbose, run) else EXIT_FAILED


def _cmd_new_format(args: argparse.Namespace) -> int:
    def run() -> None:
        from .scaffold import create_plugin  # lazy: only this command needs it

        try:
            path = create_plugin(args.id, Path(args.dest))
        except (ValueError, FileExistsError) as exc:
            raise _FileFailure(str(exc)) from None
        _stdout_write(str(path))

    return EXIT_OK if _guarded(None, args.verbose, run) else EXIT_FAILED


def _check_publisher(publisher: str | None, folder: Path) -> None:
    """A ``--publisher`` that no case in ``folder`` has would score nothing: a usage error."""
    if publisher is None:
        return
    from .evaluate import cases_in  # lazy: only eval needs it

    known: set[str] = set()
    for case in cases_in(folder):
        with contextlib.suppress(ValueError):  # a bad gold file is reported by the evaluation itself
            known.add(case.gold.source.publisher)
    if publisher not in known:
        raise UsageError(
            f"--publisher: no case in {folder} has publisher {publisher!r} "
            f"(publishers there: {', '.join(sorted(known)) or 'none'})"
        )


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import cases_in, evaluate, format_report, report_to_dict  # lazy: only eval needs it

    folder = Path(args.cases_dir)
    if not folder.is_dir():
        _say(f"{folder}: not a directory")
        return EXIT_FAILED
    if not cases_in(folder):
        _say(f"{folder}: no cases (a page beside its .gold.json) found")
        return EXIT_FAILED
    _check_format(args.format)
    _check_publisher(args.publisher, folder)

    def run() -> None:
        report = evaluate(folder, use_url=not args.no_url, format=args.format, publisher=args.publisher)
        if args.json:
            _stdout_write(json.dumps(report_to_dict(report), indent=2, ensure_ascii=False, default=str))
        else:
            _stdout_write(format_report(report, misses=args.misses))
        if args.verbose:
            for crash in report.crashes:
                print(f"--- {crash.case}\n{crash.traceback}", file=sys.stderr)

    return EXIT_OK if _guarded(None, args.verbose, run) else EXIT_FAILED


# ------------------------------------------------------------------------------------------- parser


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error raises instead of exiting, so ``main`` returns the code."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """The ``readout`` argument parser (public so docs and completions can be generated from it)."""
    common = _Parser(add_help=False)
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="show tracebacks of failures"
    )
    parser = _Parser(
        prog=PROG,
        description="Parse diplomatic readouts (accounts of calls and meetings) into JSON or XML.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    convert = commands.add_parser(
        "convert",
        parents=[common],
        help="parse pages and write them as JSON or XML",
        description=(
            "Parse each page and write the readout. One input goes to -o PATH or stdout; several "
            "inputs need -o DIR and write DIR/<input stem>.<json|xml>. An input file is never "
            "overwritten, and an output file appears whole or not at all."
        ),
    )
    convert.add_argument("inputs", nargs="+", metavar="FILE", help="a page (text or HTML); '-' reads stdin")
    convert.add_argument(
        "--to", choices=("json", "xml"), default="json", help="output syntax (default: json)"
    )
    convert.add_argument("--format", metavar="NAME", help="use this adapter instead of detecting one")
    convert.add_argument("--url", metavar="URL", help="where the page was published (helps detection)")
    convert.add_argument(
        "-o", "--output", metavar="PATH", help="output file, or directory for several inputs"
    )
    convert.set_defaults(handler=_cmd_convert)

    formats = commands.add_parser(
        "formats",
        parents=[common],
        help="list the installed format adapters",
        description=(
            "List every installed format adapter: its id (what --format takes), its publisher and "
            "description, and the distribution that provides it. A plugin that fails to load is "
            "listed with the reason, and reported as a warning."
        ),
    )
    formats.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    formats.set_defaults(handler=_cmd_formats)

    detect_cmd = commands.add_parser(
        "detect",
        parents=[common],
        help="show every adapter's score for pages, and the winner",
        description=(
            "Score each page with every installed format adapter and show which one would read it, "
            "and why: the adapters whose URL patterns match compete first; a best score under "
            f"{MIN_SCORE}, or a near tie, leaves the page to the generic adapter."
        ),
    )
    detect_cmd.add_argument("files", nargs="+", metavar="FILE", help="a page (text or HTML) to score")
    detect_cmd.add_argument("--url", metavar="URL", help="where the page was published (for every FILE)")
    detect_cmd.add_argument(
        "--json", action="store_true", help="print JSON instead of a table (a list for several files)"
    )
    detect_cmd.set_defaults(handler=_cmd_detect)

    schema = commands.add_parser(
        "schema",
        parents=[common],
        help="print the JSON Schema or the XSD",
        description=(
            "Print the schema the serialized form follows: the JSON Schema of `convert --to json` "
            "output, or the XSD of `convert --to xml` output."
        ),
    )
    schema.add_argument(
        "syntax",
        metavar="SYNTAX",
        choices=("json", "xml"),
        help="json for the JSON Schema, xml for the XSD",
    )
    schema.set_defaults(handler=_cmd_schema)

    new_format = commands.add_parser(
        "new-format",
        parents=[common],
        help="create a new format plugin distribution to fill in",
        description=(
            "Write DIR/readoutlib-ID/: a plugin distribution for the publisher ID with its "
            "pyproject.toml, an adapter to fill in with the publisher's facts, and tests that pass "
            "before you change anything. An existing folder is never overwritten."
        ),
    )
    new_format.add_argument(
        "id", metavar="ID", help="the format id: lowercase letters, digits and hyphens, e.g. xx-mfa"
    )
    new_format.add_argument("--dest", metavar="DIR", default=".", help="where to create it (default: .)")
    new_format.set_defaults(handler=_cmd_new_format)

    eval_cmd = commands.add_parser(
        "eval",
        parents=[common],
        help="measure the parser against annotated cases (page + .gold.json)",
        description=(
            "Parse every case in CASES_DIR (a page, <stem>.txt or <stem>.html, beside <stem>.gold.json "
            "saying what a perfect parse gives) and report how much of the gold the parser found, per "
            "publisher and language. docs/evaluation.md describes the gold format; examples/cases "
            "holds a few cases to try."
        ),
    )
    eval_cmd.add_argument(
        "cases_dir", metavar="CASES_DIR", help="a folder of pages, each beside its .gold.json"
    )
    eval_cmd.add_argument("--json", action="store_true", help="print the report as JSON")
    eval_cmd.add_argument("--misses", action="store_true", help="list every miss: case, field, expected, got")
    eval_cmd.add_argument("--format", metavar="NAME", help="force this adapter on every case")
    eval_cmd.add_argument("--no-url", action="store_true", help="do not pass the gold URL to the parser")
    eval_cmd.add_argument("--publisher", metavar="ID", help="only the cases of this publisher")
    eval_cmd.set_defaults(handler=_cmd_eval)
    return parser


def _exit_code(exc: SystemExit) -> int:
    if exc.code is None:
        return EXIT_OK
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=sys.stderr)
    return EXIT_FAILED


def _silence_stdout() -> None:
    # the reader went away (``readout convert ... | head``): stop writing, and keep Python's
    # final flush from failing again
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``readout`` command with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        _say(f"error: {exc}")
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version
        return _exit_code(exc)
    args.verbose = getattr(args, "verbose", False)
    try:
        code: int = args.handler(args)
    except UsageError as exc:
        _say(f"error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_FAILED
    except Exception as exc:  # last resort: a bug in readout itself, still one line
        if args.verbose:
            import traceback

            traceback.print_exc(file=sys.stderr)
        _say(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_FAILED
    return code
