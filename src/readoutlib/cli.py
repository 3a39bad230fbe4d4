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
    from .batch.work import PageResult
    from .model import Readout
    from .registry import Detection

# The parser, the registry and the writers are imported by the commands that use them, so that
# ``readout --version`` and ``--help`` import nothing but this module (no attrs, lxml or plugins).

__all__ = ["main"]

PROG = "readout"
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


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


def _stdout_write(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()


# ----------------------------------------------------------------------------------------- commands


def _check_format(name: str | None) -> None:
    from .registry import adapter_names

    if name is not None and name not in adapter_names():
        raise UsageError(f"--format: no format named {name!r} (known: {', '.join(adapter_names())})")


def _convert_report(verbose: bool, strict: bool) -> Callable[[PageResult, bool], list[str]]:
    """The stderr lines for one page: its warnings, then its failure (a refusal only for one page)."""

    def report(result: PageResult, many: bool) -> list[str]:
        lines = [f"{PROG}: warning: {result.input}: {note}" for note in result.notes]
        shown = result.status == "error" or (result.status == "not_readout" and (strict or not many))
        if shown:
            if verbose and result.trace:
                lines.append(result.trace.rstrip())
            lines.append(f"{PROG}: {result.input}: {_one_line(result.reason or 'failed')}")
        return lines

    return report


def _cmd_convert(args: argparse.Namespace) -> int:
    from . import batch  # local: only convert needs it

    try:
        summary = batch.convert(
            args.inputs,
            to=args.to,
            output=args.output,
            format=args.format,
            url=args.url,
            url_map=Path(args.url_map) if args.url_map else None,
            from_list=args.from_list,
            include=args.include,
            exclude=args.exclude,
            jobs=args.jobs,
            force=args.force,
            strict=args.strict,
            errors=Path(args.errors) if args.errors else None,
            progress=not args.quiet,
            report=_convert_report(args.verbose, args.strict),
            dask=args.dask,
        )
    except batch.BatchUsageError as exc:
        raise UsageError(str(exc)) from None
    except batch.OutputError as exc:
        _say(str(exc))
        return EXIT_FAILED
    if summary.pages > 1 and not args.quiet:
        for line in summary.lines():
            if line.startswith(" "):
                print(line, file=sys.stderr)  # the table under the summary line keeps its columns
            else:
                _say(line)
    return EXIT_FAILED if summary.failed else EXIT_OK


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


def _listing(
    args: argparse.Namespace, collect: Callable[[], list[dict[str, str]]], heads: Sequence[str]
) -> int:
    """Installed plugins as JSON (``--json``) or as a table, each description on a line of its own."""
    rows: list[dict[str, str]] = []
    if not _guarded(None, args.verbose, lambda: rows.extend(collect())):
        return EXIT_FAILED
    if args.json:
        _stdout_write(json.dumps(rows, indent=2))
        return EXIT_OK
    widths = [max([len(h), *(len(r[h]) for r in rows)]) for h in heads]
    lines = ["  ".join(h.upper().ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip()]
    for row in rows:
        lines.append("  ".join(row[h].ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip())
        lines.append(" " * (widths[0] + 2) + row["description"])  # under the first column, a line of its own
    _stdout_write("\n".join(lines))
    return EXIT_OK


def _cmd_formats(args: argparse.Namespace) -> int:
    return _listing(args, _format_rows, ("name", "publisher", "distribution", "version"))


def _language_rows() -> list[dict[str, str]]:
    import attrs

    from .languages import language_info

    rows = []
    for info in language_info():
        rows.append({k: str(v) for k, v in attrs.asdict(info).items()})
        if not info.loaded:
            _say(f"warning: {info.description}")
    return rows


def _cmd_languages(args: argparse.Namespace) -> int:
    return _listing(args, _language_rows, ("code", "name", "distribution", "version"))


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


def _cmd_pair(args: argparse.Namespace) -> int:
    from .compare import events_to_dict, pair
    from .compare.inputs import read_inputs

    names: dict[int, str] = {}
    readouts: list[Readout] = []
    ok = True
    for name, item in read_inputs([Path(p) for p in args.inputs]):
        if isinstance(item, ReadoutError):
            _say(f"{name}: {_reason(item)}")
            ok = False
            continue
        names[len(readouts)] = name
        readouts.append(item)
    by_id = {id(r): names[n] for n, r in enumerate(readouts)}
    events = pair(readouts)
    inputs = [[by_id[id(r)] for r in event.readouts] for event in events]
    if args.to == "json":
        text = json.dumps(events_to_dict(events, inputs), ensure_ascii=False, indent=2)
    else:
        text = _pair_summary(events, inputs)
    _write_output(args.output, text)
    return EXIT_OK if ok else EXIT_FAILED


def _pair_summary(events: Sequence[Any], inputs: Sequence[Sequence[str]]) -> str:
    lines = []
    paired = [n for n, e in enumerate(events) if len(e.readouts) > 1]
    lines.append(f"{len(paired)} events read by more than one publisher; {len(events) - len(paired)} alone")
    for n in paired:
        lines.append("")
        for name, readout in zip(inputs[n], events[n].readouts, strict=True):
            lines.append(f"  {readout.source.publisher or '?'}: {name}  {readout.title or ''}".rstrip())
        for evidence in events[n].evidence:
            persons = ", ".join(f"{p.a} = {p.b}" for p in evidence.persons)
            lines.append(
                f"    because: {persons}; {evidence.date_a} ({evidence.date_basis_a}) ~ "
                f"{evidence.date_b} ({evidence.date_basis_b}); {evidence.kind_a} ~ {evidence.kind_b}"
            )
    return "\n".join(lines)


def _cmd_compare(args: argparse.Namespace) -> int:
    from .compare import compare, comparison_to_dict, render_html, render_text
    from .compare.inputs import read_one

    sides = []
    for source, url in ((args.a, args.url_a), (args.b, args.url_b)):
        try:
            sides.append(read_one(Path(source), url=url))
        except ReadoutError as exc:
            if args.verbose:
                import traceback

                traceback.print_exc(file=sys.stderr)
            _say(f"{source}: {_reason(exc)}")
            return EXIT_FAILED
    comparison = compare(sides[0], sides[1])
    if args.to == "json":
        text = json.dumps(comparison_to_dict(comparison), ensure_ascii=False, indent=2)
    elif args.to == "html":
        text = render_html(comparison)
    else:
        text = render_text(comparison, width=args.width)
    _write_output(args.output, text)
    return EXIT_OK


def _write_output(output: str | None, text: str) -> None:
    from .batch.files import write_atomic

    if output is None:
        _stdout_write(text)
    else:
        write_atomic(Path(output), text if text.endswith("\n") else text + "\n")


# ------------------------------------------------------------------------------------------- parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


#: Adds one subcommand's parser (with the options every command shares) and returns it.
_AddCommand = Callable[..., argparse.ArgumentParser]


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

    def add(name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[common], **kwargs)

    for add_command in (
        _add_convert,
        _add_formats,
        _add_languages,
        _add_detect,
        _add_schema,
        _add_new_format,
        _add_eval,
        _add_pair,
        _add_compare,
    ):
        add_command(add)
    return parser


def _add_convert(add: _AddCommand) -> None:
    """The ``convert`` command's arguments."""
    convert = add(
        "convert",
        help="parse pages, folders or web archives into JSON, XML or data sets",
        description=(
            "Parse pages and write their readouts. Inputs are files, folders (recursive), WARC "
            "archives and lists of paths. One page goes to stdout or -o FILE; several go to -o DIR as "
            "one file each (mirroring the input folders), or to a data set: --to jsonl (one file, or "
            "stdout), --to parquet or --to csv (-o DIR: tables readouts, participants, statements). "
            "A rerun into the same output skips the pages already done. Exit status: 0 when every "
            "page was read or refused as not a readout, 1 when any failed (see --strict)."
        ),
    )
    convert.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="a page, a folder, a .warc[.gz] archive; '-' reads stdin"
    )
    convert.add_argument(
        "--to",
        choices=("json", "xml", "jsonl", "parquet", "csv"),
        help="output form (default: json; jsonl on stdout for several pages without -o)",
    )
    convert.add_argument("--format", metavar="NAME", help="use this adapter instead of detecting one")
    convert.add_argument("--url", metavar="URL", help="where the one page was published (helps detection)")
    convert.add_argument("--url-map", metavar="TSV", help="a file of 'path<TAB>url' lines: each page's URL")
    convert.add_argument(
        "-o", "--output", metavar="PATH", help="output file, or folder for several pages or tables"
    )
    convert.add_argument(
        "--from-list", metavar="FILE", help="also convert the paths listed in FILE, one a line ('-': stdin)"
    )
    convert.add_argument(
        "--include",
        metavar="GLOB",
        action="append",
        default=[],
        help="in folders, take files matching GLOB (repeatable; default: pages and .warc archives)",
    )
    convert.add_argument(
        "--exclude",
        metavar="GLOB",
        action="append",
        default=[],
        help="in folders, leave out GLOB (repeatable)",
    )
    convert.add_argument(
        "-j", "--jobs", metavar="N", type=_positive, help="worker processes (default: every core)"
    )
    convert.add_argument("--force", action="store_true", help="redo pages already in the output")
    convert.add_argument(
        "--strict", action="store_true", help="count pages that are not readouts as failures (exit 1)"
    )
    convert.add_argument("--errors", metavar="FILE", help="where the errors file goes (JSON Lines)")
    convert.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="convert on a Dask cluster (tcp://host:8786, or 'local' for one on this machine); --to parquet",
    )
    convert.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    convert.set_defaults(handler=_cmd_convert)


def _add_formats(add: _AddCommand) -> None:
    """The ``formats`` command's arguments."""
    formats = add(
        "formats",
        help="list the installed format adapters",
        description=(
            "List every installed format adapter: its id (what --format takes), its publisher and "
            "description, and the distribution that provides it. A plugin that fails to load is "
            "listed with the reason, and reported as a warning."
        ),
    )
    formats.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    formats.set_defaults(handler=_cmd_formats)


def _add_languages(add: _AddCommand) -> None:
    """The ``languages`` command's arguments."""
    languages = add(
        "languages",
        help="list the installed language packs",
        description=(
            "List every installed language pack: the language code it reads, the language's name, "
            "what it reads, and the distribution that provides it. A pack that fails to load is "
            "listed with the reason, and reported as a warning. A page in a language no pack reads "
            "is refused with an error naming the language."
        ),
    )
    languages.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    languages.set_defaults(handler=_cmd_languages)


def _add_detect(add: _AddCommand) -> None:
    """The ``detect`` command's arguments."""
    detect_cmd = add(
        "detect",
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


def _add_schema(add: _AddCommand) -> None:
    """The ``schema`` command's arguments."""
    schema = add(
        "schema",
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


def _add_new_format(add: _AddCommand) -> None:
    """The ``new-format`` command's arguments."""
    new_format = add(
        "new-format",
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


def _add_eval(add: _AddCommand) -> None:
    """The ``eval`` command's arguments."""
    eval_cmd = add(
        "eval",
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


def _add_pair(add: _AddCommand) -> None:
    """The ``pair`` command's arguments."""
    pair_cmd = add(
        "pair",
        help="group readouts of the same event from different publishers",
        description=(
            "Read pages, readout JSON files, JSON Lines data sets (.jsonl) or folders of them, and "
            "write the events found: readouts of one event from different publishers, with the "
            "evidence of each match. A readout nothing matches with confidence is an event of one."
        ),
    )
    pair_cmd.add_argument(
        "inputs",
        nargs="+",
        metavar="FILE|DIR|DATASET",
        help="pages, readout JSON files, JSON Lines data sets, or folders of them",
    )
    pair_cmd.add_argument(
        "--to", choices=("json", "text"), default="json", help="JSON events, or a summary (default: json)"
    )
    pair_cmd.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    pair_cmd.set_defaults(handler=_cmd_pair)


def _add_compare(add: _AddCommand) -> None:
    """The ``compare`` command's arguments."""
    compare_cmd = add(
        "compare",
        help="set two readouts of one event side by side",
        description=(
            "Align two readouts of one event (pages or readout JSON files): the event's facts as "
            "each side has them, points (sentences) on the same subject, what only one side reports."
        ),
    )
    compare_cmd.add_argument("a", metavar="A", help="one side's page or readout JSON file")
    compare_cmd.add_argument("b", metavar="B", help="the other side's page or readout JSON file")
    compare_cmd.add_argument(
        "--to",
        choices=("text", "json", "html"),
        default="text",
        help="two-column text, JSON, or a self-contained HTML page (default: text)",
    )
    compare_cmd.add_argument("--url-a", metavar="URL", help="where page A was published (helps detection)")
    compare_cmd.add_argument("--url-b", metavar="URL", help="where page B was published")
    compare_cmd.add_argument("--width", type=int, metavar="N", help="text width (default: the terminal's)")
    compare_cmd.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    compare_cmd.set_defaults(handler=_cmd_compare)


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
