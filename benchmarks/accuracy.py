"""Accuracy on real pages: hand-labelled feed samples and hand-made gold sets.

Everything measured here is a real published page. Pages from the shared bulk corpus are never copied
into the repository: a label or gold file names the page by its path inside the corpus folder
(``bulk/<source>/<file>``) and the page is read from there at run time; pages found elsewhere are
stored beside their gold, with their URL in the gold's ``source.url``.

    python benchmarks/accuracy.py sample us-state-rss --n 150 --seed 7      # draw a feed sample (paths)
    python benchmarks/accuracy.py feeds benchmarks/real/feeds/*.tsv         # recall, precision, kind
    python benchmarks/accuracy.py gold benchmarks/real/en                   # the `readout eval` table
    python benchmarks/accuracy.py report --write docs/accuracy.md            # blind and after, every set

Feed labels are TSV files with a header ``path  label  kind  note``: ``label`` is ``readout`` (a
diplomatic readout: officials of different states or international bodies talked or met),
``domestic`` (a readout of a meeting or call with domestic actors only) or ``not``; ``kind`` is the
event kind of a readout (the model's values) and empty otherwise.

A gold set folder holds ``<stem>.gold.json`` files, each beside its page (``<stem>.txt`` /
``<stem>.html``) or named in the folder's ``bulk-pages.tsv`` (``stem  path``, the path inside the
corpus folder). The corpus folder is ``$READOUTLIB_CORPUS`` or ``shared/corpus`` beside an ancestor;
where it is absent the bulk-referenced pages are skipped, and the script says how many.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import readoutlib
from readoutlib.errors import NotAReadoutError, ReadoutError
from readoutlib.evaluate import evaluate, format_report
from readoutlib.testing import corpus_dir

#: Labels that count as readouts for precision (a domestic readout is a readout, just not diplomacy).
READOUT_LABELS = frozenset({"readout", "domestic"})


def _corpus() -> Path:
    root = corpus_dir()
    if root is None:
        sys.exit("accuracy: the shared corpus is not here (set $READOUTLIB_CORPUS to shared/corpus)")
    return root


def _index(source_dir: Path) -> list[dict[str, str]]:
    with (source_dir / "index.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _page_file(row: dict[str, str]) -> str:
    """The text form of a bulk page where the source has one (title and body), else its file."""
    return row.get("txt") or row.get("file") or row["html"]


def sample(source: str, n: int, seed: int) -> list[str]:
    """``n`` page paths drawn at random (with ``seed``) from one bulk source, corpus-relative."""
    source_dir = _corpus() / "bulk" / source
    rows = _index(source_dir)
    chosen = random.Random(seed).sample(rows, min(n, len(rows)))
    return [f"bulk/{source}/{_page_file(row)}" for row in chosen]


def _urls(root: Path) -> dict[str, str]:
    """Corpus-relative page path -> the page's URL, from every bulk index."""
    urls: dict[str, str] = {}
    for index in sorted((root / "bulk").glob("*/index.tsv")):
        for row in _index(index.parent):
            if row.get("url"):
                urls[f"bulk/{index.parent.name}/{_page_file(row)}"] = row["url"]
    return urls


def _read_labels(paths: list[Path]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle, delimiter="\t"))
    return rows


def feeds(label_files: list[Path], *, use_url: bool = True) -> str:
    """Parse every labelled feed page and report recall, precision and kind, per source and overall."""
    root = _corpus()
    urls = _urls(root) if use_url else {}
    tallies: dict[str, Counter[str]] = {}
    wrong: list[str] = []
    for row in _read_labels(label_files):
        path, label, kind = row["path"], row["label"].strip(), (row.get("kind") or "").strip()
        source = path.split("/")[1]
        tally = tallies.setdefault(source, Counter())
        try:
            readout = readoutlib.parse(root / path, url=urls.get(path))
        except NotAReadoutError:
            readout = None
        except ReadoutError as exc:
            tally["errors"] += 1
            wrong.append(f"{path}\terror\t{exc.reason}")
            continue
        tally["pages"] += 1
        tally[f"label:{label}"] += 1
        if readout is None:
            if label == "readout":
                wrong.append(f"{path}\tmissed readout\t{kind}")
            continue
        tally["parsed"] += 1
        if label in READOUT_LABELS:
            tally["parsed_readout"] += 1
            tally["kind_checked"] += 1
            got = readout.event.kind.value
            if got == kind:
                tally["kind_right"] += 1
            else:
                wrong.append(f"{path}\tkind\t{kind} != {got}")
        else:
            wrong.append(f"{path}\tparsed non-readout\t{readout.title}")
        if label == "readout":
            tally["recalled"] += 1
    total: Counter[str] = Counter()
    for tally in tallies.values():
        total.update(tally)
    lines = [
        "| source | pages | readouts | domestic | not | parsed | recall | precision | kind |",
        "|---" * 9 + "|",
    ]
    for name, tally in [*sorted(tallies.items()), ("all", total)]:
        lines.append(_feed_row(name, tally))
    lines.append("")
    lines.extend(sorted(wrong))
    return "\n".join(lines)


def _ratio(num: int, den: int) -> str:
    return "-" if den == 0 else f"{num / den:.2f}"


def _feed_row(name: str, tally: Counter[str]) -> str:
    cells = [
        name,
        str(tally["pages"]),
        str(tally["label:readout"]),
        str(tally["label:domestic"]),
        str(tally["label:not"]),
        str(tally["parsed"]),
        _ratio(tally["recalled"], tally["label:readout"]),
        _ratio(tally["parsed_readout"], tally["parsed"]),
        _ratio(tally["kind_right"], tally["kind_checked"]),
    ]
    return "| " + " | ".join(cells) + " |"


def gold(folder: Path, *, misses: bool = False, use_url: bool = True) -> str:
    """The ``readout eval`` table for a gold set, with bulk-referenced pages read from the corpus."""
    root = corpus_dir()
    skipped = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for gold_path in sorted(folder.glob("*.gold.json")):
            shutil.copyfile(gold_path, work / gold_path.name)
        for page in [*folder.glob("*.txt"), *folder.glob("*.html")]:
            shutil.copyfile(page, work / page.name)
        manifest = folder / "bulk-pages.tsv"
        if manifest.is_file():
            with manifest.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle, delimiter="\t"):
                    if root is None:
                        skipped += 1
                        continue
                    page = root / row["path"]
                    shutil.copyfile(page, work / (row["stem"] + page.suffix))
        report = evaluate(work, use_url=use_url)
        text = format_report(report, misses=misses)
    if skipped:
        text += f"\n{skipped} bulk-referenced pages skipped: the shared corpus is not here"
    return text


#: The sets of benchmarks/real, in the order the report shows them: (folder, what it is).
FEED_SETS = (
    ("feeds", "held-out feed sample: 600 pages, 150 from each of four feeds, never tuned on"),
    ("feeds-dev", "development feed sample: 400 pages (rules were written on it)"),
    ("feeds-dev2", "second development feed sample (rules were written on it)"),
)
GOLD_SETS = (
    ("en-a", "English readouts, part A (22 pages, 10 publishers)"),
    ("en-b", "English readouts, part B (23 pages, 14 publishers)"),
    ("ru", "Russian readouts"),
    ("zh", "Chinese readouts"),
    ("ja", "Japanese readouts"),
)


def _blind_line(folder: Path, prefix: str) -> str:
    """The line of a set's BLIND.md that starts with ``prefix`` (its overall figures), or '-'."""
    blind = folder / "BLIND.md"
    if not blind.is_file():
        return "-"
    return next(
        (line.strip() for line in blind.read_text("utf-8").splitlines() if line.startswith(prefix)), "-"
    )


def report(real: Path) -> str:
    """Markdown with the blind and the current figures of every set under ``real``."""
    out = [
        "# Accuracy on real pages",
        "",
        "Every figure here comes from real published pages, labelled or annotated by hand (see each set's",
        "README under `benchmarks/real/`). *Blind* is the parser before any rule was written for the set",
        "(the set's `BLIND.md` gives the commit); *now* is this commit. Regenerate this page with",
        "`python benchmarks/accuracy.py report --write docs/accuracy.md` (needs the shared corpus).",
        "",
        "## Feed samples: is it a readout?",
        "",
        "Recall: diplomatic readouts parsed. Precision: of the pages parsed, the share that are readouts",
        "(diplomatic or domestic). Kind: the event kind on those readouts.",
        "",
    ]
    for name, what in FEED_SETS:
        folder = real / name
        if not folder.is_dir():
            continue
        now = feeds(sorted(folder.glob("*.tsv"))).splitlines()
        out += [f"### `{name}`: {what}", "", now[0], now[1]]
        out += ["| **blind** " + _blind_line(folder, "| all |").removeprefix("| all "), *now[2:7], ""]
    out += [
        "## Gold pages: every field",
        "",
        "Columns as `readout eval` prints them (see docs/cli.md): parsed readouts, refused non-readouts,",
        "kind, date, location, participant precision/recall/F1, country, statement precision/recall/F1,",
        "speaker, verb and attributed-statement F1.",
        "",
    ]
    for name, what in GOLD_SETS:
        folder = real / name
        if not folder.is_dir():
            continue
        table = gold(folder).splitlines()
        header = next(line for line in table if line.startswith("publisher"))
        now = next(line for line in table if line.startswith("overall: all cases"))
        blind = _blind_line(folder, "overall: all cases")
        out += [
            f"### `{name}`: {what}",
            "",
            "```",
            "      " + header,
            "blind " + blind,
            "now   " + now,
            "```",
            "",
        ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Run one of the subcommands; see the module docstring."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("sample", help="draw page paths at random from one bulk source")
    one.add_argument("source", help="a folder name under bulk/")
    one.add_argument("--n", type=int, default=150, help="how many pages")
    one.add_argument("--seed", type=int, required=True, help="the random seed (write it down)")
    two = sub.add_parser("feeds", help="recall, precision and kind on labelled feed samples")
    two.add_argument("labels", nargs="+", type=Path, help="label TSV files")
    two.add_argument("--no-url", action="store_true", help="parse without the pages' URLs")
    three = sub.add_parser("gold", help="the eval table for a gold set folder")
    three.add_argument("folder", type=Path, help="a gold set folder")
    three.add_argument("--misses", action="store_true", help="list every miss")
    three.add_argument("--no-url", action="store_true", help="parse without the gold URLs")
    four = sub.add_parser("report", help="blind and current figures of every set, as Markdown")
    four.add_argument("--write", type=Path, help="write the Markdown to this file instead of stdout")
    args = parser.parse_args(argv)
    if args.command == "report":
        text = report(Path(__file__).parent / "real")
        if args.write:
            args.write.write_text(text + "\n", encoding="utf-8")
        else:
            print(text)
    elif args.command == "sample":
        print("\n".join(sample(args.source, args.n, args.seed)))
    elif args.command == "feeds":
        print(feeds(args.labels, use_url=not args.no_url))
    else:
        print(gold(args.folder, misses=args.misses, use_url=not args.no_url))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
