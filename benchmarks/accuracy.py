"""Accuracy on real pages: hand-labelled feed samples and hand-made gold sets.

Everything measured here is a real published page. Pages from the shared bulk corpus are never copied
into the repository: a label or gold file names the page by its path inside the corpus folder
(``bulk/<source>/<file>``) and the page is read from there at run time; pages found elsewhere are
stored beside their gold, with their URL in the gold's ``source.url``.

    python benchmarks/accuracy.py sample us-state-rss --n 150 --seed 7      # draw a feed sample (paths)
    python benchmarks/accuracy.py feeds benchmarks/real/feeds/*.tsv         # recall, precision, kind
    python benchmarks/accuracy.py gold benchmarks/real/en                   # the `readout eval` table
    python benchmarks/accuracy.py dates benchmarks/real/en                  # dates, published, places
    python benchmarks/accuracy.py titles benchmarks/real/feeds-dev/*.tsv    # layout titles vs first lines
    python benchmarks/accuracy.py report --write docs/accuracy.md            # blind and after, every set
    python benchmarks/accuracy.py blind benchmarks/real/en-r                # the one blind run of a kept set

Feed labels are TSV files with a header ``path  label  kind  note``: ``label`` is ``readout`` (a
diplomatic readout: officials of different states or international bodies talked or met),
``domestic`` (a readout of a meeting or call with domestic actors only) or ``not``; ``kind`` is the
event kind of a readout (the model's values) and empty otherwise.

A gold set folder holds ``<stem>.gold.json`` files, each beside its page (``<stem>.txt`` /
``<stem>.html``) or named in the folder's ``bulk-pages.tsv`` (``stem  path``, the path inside the
corpus folder). The corpus folder is ``$READOUTLIB_CORPUS`` or ``shared/corpus`` beside an ancestor;
where it is absent the bulk-referenced pages are skipped, and the script says how many.

A gold set *kept blind* holds a file ``KEPT_BLIND.md``: it is to be measured once, on a session's final
parser, by ``blind``, which writes the set's ``BLIND.md``. Until that file exists, ``report`` shows the set
as not measured yet, and ``gold`` and ``dates`` refuse it (``dump_outputs.py`` leaves it out too), so that
nobody sees what the parser makes of its pages before the measurement.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import readoutlib
from readoutlib.errors import NotAReadoutError, ReadoutError
from readoutlib.evaluate import cases_in, evaluate, format_report, same_place
from readoutlib.model import Readout
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


#: The folder of the held-out feed sample: its figures are read, its misses never (issue #8).
HELD_OUT_FEEDS = "feeds"


def held_out(label_files: list[Path]) -> bool:
    """True when any of ``label_files`` belongs to the held-out feed sample."""
    return any(path.resolve().parent.name == HELD_OUT_FEEDS for path in label_files)


def feeds(
    label_files: list[Path], *, use_url: bool = True, scope_misses: bool = False, misses: bool = True
) -> str:
    """Parse every labelled feed page and report recall, precision and kind, per source and overall,
    then the scope line (diplomatic or domestic, as labelled) and, with ``misses``, the pages wrong;
    ``scope_misses`` lists the scope's misses too."""
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
            wrong += _check_readout(tally, path, label, kind, readout, scope_misses=scope_misses)
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
    lines += ["", _scope_line(tallies, total), ""]
    if misses:
        lines.extend(sorted(wrong))
    else:
        lines.append(f"({len(wrong)} pages wrong; not listed: the held-out sample's misses are not read)")
    return "\n".join(lines)


def _check_readout(
    tally: Counter[str], path: str, label: str, kind: str, readout: Readout, *, scope_misses: bool
) -> list[str]:
    """Count a parsed readout's kind and scope against its label; the misses, as lines."""
    misses = []
    tally["parsed_readout"] += 1
    tally["kind_checked"] += 1
    got = readout.event.kind.value
    if got == kind:
        tally["kind_right"] += 1
    else:
        misses.append(f"{path}\tkind\t{kind} != {got}")
    scope = "diplomatic" if label == "readout" else "domestic"
    if readout.event.scope == scope:
        tally["scope_right"] += 1
    elif scope_misses:
        misses.append(f"{path}\tscope\t{scope} != {readout.event.scope}")
    return misses


def _scope_line(tallies: dict[str, Counter[str]], total: Counter[str]) -> str:
    """Scope on the parsed readouts and domestic readouts: diplomatic for `readout`, else domestic."""
    by_source = " · ".join(
        f"{name} {_ratio(t['scope_right'], t['kind_checked'])}" for name, t in sorted(tallies.items())
    )
    right, checked = total["scope_right"], total["kind_checked"]
    return f"scope: {_ratio(right, checked)} ({right}/{checked} parsed readouts as labelled; {by_source})"


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


def _gather(folder: Path, work: Path) -> int:
    """Copy a gold set's gold files and pages into ``work``, bulk-referenced pages from the corpus;
    return how many bulk-referenced pages were skipped because the corpus is not here."""
    root = corpus_dir()
    skipped = 0
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
    return skipped


def gold(folder: Path, *, misses: bool = False, use_url: bool = True) -> str:
    """The ``readout eval`` table for a gold set, with bulk-referenced pages read from the corpus."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        skipped = _gather(folder, work)
        report = evaluate(work, use_url=use_url)
        text = format_report(report, misses=misses)
    if skipped:
        text += f"\n{skipped} bulk-referenced pages skipped: the shared corpus is not here"
    return text


_SPACES = re.compile(r"[\s\u2060\u200b]+")


def titles(label_files: list[Path]) -> str:
    """Layout titles of labelled feed pages against each page's first line (the bulk text files
    start with the page's headline), with the pages where they differ."""
    from readoutlib.document import load
    from readoutlib.registry import detect, get_adapter

    root = _corpus()
    right, wrong = 0, []
    rows = _read_labels(label_files)
    for row in rows:
        path = root / row["path"]
        first = next((line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()), "")
        document = load(path)
        try:
            title = get_adapter(detect(document).winner).layout(document).title
        except ReadoutError as exc:
            title = f"(error: {exc.reason})"
        if _SPACES.sub(" ", title or "").strip() == _SPACES.sub(" ", first).strip():
            right += 1
        else:
            wrong.append(f"{row['path']}\t{first}\t{title}")
    return "\n".join([f"titles equal to the first line: {right}/{len(rows)}", "", *wrong])


def _iso(value: object) -> str:
    return "-" if value is None else str(value)


def dates(folder: Path, *, use_url: bool = True) -> str:
    """Event date (with its basis), publication date and location of every readout, against the gold.

    ``date`` is right where it equals a gold date (over readouts the gold dates), ``spurious`` counts
    dates given where the gold has none; ``published`` is right where it equals the gold's
    publication date or both are absent (over parsed readouts), and so is ``location``.
    """
    rows = [
        "| page | date (gold / got, basis) | published (gold / got) | location (gold / got) |",
        "|---|---|---|---|",
    ]
    tally: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        skipped = _gather(folder, work)
        for case in cases_in(work):
            want = case.gold
            if not want.is_readout:
                continue
            tally["readouts"] += 1
            tally["dated"] += want.date is not None
            url = want.source.url if use_url else None
            try:
                readout = readoutlib.parse(case.page, url=url, name=case.stem)
            except ReadoutError as exc:
                rows.append(f"| {case.stem} | not parsed: {exc.reason} | | |")
                continue
            event, published = readout.event, readout.source.published
            place_ok = same_place(want.location, event.location)
            right = (event.date == want.date, published == want.published, place_ok)
            tally["parsed"] += 1
            tally["date_ok"] += want.date is not None and right[0]
            tally["spurious"] += want.date is None and event.date is not None
            tally["published_ok"] += right[1]
            tally["location_ok"] += right[2]
            marks = ["" if ok else " ✗" for ok in right]
            basis = event.date_basis or "-"
            rows.append(
                f"| {case.stem} | {_iso(want.date)} / {_iso(event.date)} ({basis}){marks[0]} "
                f"| {_iso(want.published)} / {_iso(published)}{marks[1]} "
                f"| {_iso(want.location)} / {_iso(event.location)}{marks[2]} |"
            )
    t = tally
    rows += [
        "",
        f"date {_ratio(t['date_ok'], t['dated'])} ({t['date_ok']}/{t['dated']} dated readouts); "
        f"spurious dates {t['spurious']}/{t['readouts'] - t['dated']}; "
        f"published {_ratio(t['published_ok'], t['parsed'])} ({t['published_ok']}/{t['parsed']} parsed); "
        f"location {_ratio(t['location_ok'], t['parsed'])} ({t['location_ok']}/{t['parsed']})",
    ]
    if skipped:
        rows.append(f"{skipped} bulk-referenced pages skipped: the shared corpus is not here")
    return "\n".join(rows)


#: The sets of benchmarks/real, in the order the report shows them: (folder, what it is).
FEED_SETS = (
    ("feeds", "held-out feed sample: 600 pages, 150 from each of four feeds, never tuned on"),
    ("feeds-dev", "development feed sample: 400 pages (rules were written on it)"),
    ("feeds-dev2", "second development feed sample: 300 pages (rules were written on it)"),
    ("feeds-dev3", "third development feed sample: 300 pages (rules were written on it)"),
    ("feeds-dev4", "fourth development feed sample: 350 pages (rules were written on it)"),
    ("feeds-dev5", "fifth development feed sample: 300 pages (rules were written on it)"),
    ("feeds-dev6", "sixth development feed sample: 300 pages (rules were written on it)"),
    ("feeds-dev7", "seventh development feed sample: 300 pages (rules were written on it)"),
    ("feeds-dev8", "eighth development feed sample: 260 pages (rules were written on it)"),
    ("feeds-dev9", "ninth development feed sample: 300 pages, five sources (rules were written on it)"),
    ("feeds-dev10", "tenth development feed sample: 250 pages, three sources (rules were written on it)"),
    ("feeds-dev11", "eleventh development feed sample: 250 pages, three sources (rules were written on it)"),
    ("feeds-dev12", "twelfth development feed sample: 200 pages, three sources (rules were written on it)"),
    (
        "feeds-dev13",
        "thirteenth development feed sample: 200 pages, three sources (rules were written on it)",
    ),
    (
        "feeds-dev14",
        "fourteenth development feed sample: 200 pages, three sources (rules were written on it)",
    ),
    (
        "feeds-dev15",
        "fifteenth development feed sample: 200 White House briefing-room pages (rules were written on it)",
    ),
    (
        "feeds-dev16",
        "sixteenth development feed sample: 200 State Department pages (rules were written on it)",
    ),
    (
        "feeds-dev17",
        "seventeenth development feed sample: 200 pages, two sources (rules were written on it)",
    ),
    (
        "feeds-dev18",
        "eighteenth development feed sample: 200 pages, two sources (rules were written on it)",
    ),
    (
        "feeds-dev19",
        "nineteenth development feed sample: the 125 pages the stop hook flags, not a random sample",
    ),
    (
        "feeds-dev20",
        "twentieth development feed sample: 200 pages, two sources (rules were written on it)",
    ),
    (
        "feeds-dev21",
        "twenty-first development feed sample: 200 pages, two sources (rules were written on it)",
    ),
    (
        "feeds-dev22",
        "twenty-second development feed sample: 200 pages, two sources (rules were written on it)",
    ),
    (
        "feeds-dev23",
        "twenty-third development feed sample: 200 pages, two sources (rules were written on it)",
    ),
    (
        "feeds-dev24",
        "twenty-fourth development feed sample: 200 briefing-room pages (rules may be written on it)",
    ),
    (
        "feeds-dev25",
        "twenty-fifth development feed sample: 200 briefing-room pages (rules may be written on it)",
    ),
    (
        "feeds-dev26",
        "twenty-sixth development feed sample: 200 briefing-room pages (rules may be written on it)",
    ),
    (
        "feeds-dev27",
        "twenty-seventh development feed sample: 200 briefing-room pages (rules may be written on it)",
    ),
    (
        "feeds-dev28",
        "twenty-eighth development feed sample: 200 briefing-room pages (rules may be written on it)",
    ),
    (
        "feeds-dev29",
        "twenty-ninth development feed sample: 200 briefing-room pages (rules may be written on it)",
    ),
    (
        "feeds-dev30",
        "thirtieth development feed sample: 200 briefing-room pages (rules may be written on it)",
    ),
    (
        "feeds-dev31",
        "thirty-first development feed sample: 200 briefing-room pages (rules may be written on it)",
    ),
)
GOLD_SETS = (
    ("en-a", "English readouts, part A (22 pages, 10 publishers)"),
    ("en-b", "English readouts, part B (23 pages, 14 publishers)"),
    ("en-c", "English readouts, part C (20 pages, 15 publishers, measured blind after en-a and en-b)"),
    ("en-d", "English readouts, part D (20 pages, 17 publishers, measured blind after en-c's rules)"),
    ("en-e", "English readouts, part E (22 pages, 16 publishers, measured blind after en-d's rules)"),
    ("en-f", "English readouts, part F (22 pages, 16 publishers, measured blind after en-e's rules)"),
    ("en-g", "English readouts, part G (20 pages, 14 publishers, measured blind after en-f's rules)"),
    ("en-h", "English readouts, part H (22 pages, 19 publishers, measured blind after en-g's rules)"),
    ("en-i", "English readouts, part I (30 pages, 26 publishers, measured blind on a final parser)"),
    ("en-j", "English readouts, part J (29 pages, 22 publishers, measured blind on a final parser)"),
    ("en-k", "English readouts, part K (29 pages, 25 publishers, measured blind on a final parser)"),
    ("en-l", "English readouts, part L (29 pages, 26 publishers, measured blind on a final parser)"),
    ("en-m", "English readouts, part M (26 pages, 23 publishers, measured blind on main before its rules)"),
    ("en-n", "English readouts, part N (29 pages, 25 publishers, measured blind on a final parser)"),
    ("en-o", "English readouts, part O (29 pages, 25 publishers, measured blind on a final parser)"),
    ("en-p", "English readouts, part P (29 pages, 20 publishers, measured blind on a final parser)"),
    ("en-q", "English readouts, part Q (29 pages, 22 publishers, measured blind on a final parser)"),
    ("en-r", "English readouts, part R (29 pages, 20 publishers, measured blind on a final parser)"),
    ("en-s", "English readouts, part S (30 pages, 22 publishers, measured blind on a final parser)"),
    ("en-t", "English readouts, part T (29 pages, 25 publishers, measured blind on a final parser)"),
    ("en-u", "English readouts, part U (29 pages, 24 publishers, measured blind on a final parser)"),
    ("en-v", "English readouts, part V (29 pages, 22 publishers, measured blind on a final parser)"),
    ("en-w", "English readouts, part W (29 pages, 25 publishers, measured blind on a final parser)"),
    ("en-x", "English readouts, part X (29 pages, 23 publishers, measured blind on a final parser)"),
    ("en-y", "English readouts, part Y (29 pages, 22 publishers, measured blind on a final parser)"),
    ("en-z", "English readouts, part Z (29 pages, 24 publishers, measured blind on a final parser)"),
    ("en-aa", "English readouts, part AA (29 pages, 22 publishers, measured blind on a final parser)"),
    ("en-ab", "English readouts, part AB (29 pages, 20 publishers, measured blind on a final parser)"),
    ("en-ac", "English readouts, part AC (31 pages, 23 publishers, measured blind on a final parser)"),
    ("en-ad", "English readouts, part AD (29 pages, 22 publishers, measured blind on a final parser)"),
    ("en-ae", "English readouts, part AE (30 pages, 23 publishers, measured blind on a final parser)"),
    ("en-af", "English readouts, part AF (30 pages, 27 publishers, measured blind on a final parser)"),
    ("en-ag", "English readouts, part AG (34 pages, 24 publishers, measured blind on a final parser)"),
    ("en-ah", "English readouts, part AH (30 pages, 29 publishers, measured blind on a final parser)"),
    ("en-ai", "English readouts, part AI (31 pages, 22 publishers, measured blind on a final parser)"),
    ("en-aj", "English readouts, part AJ (30 pages, 29 publishers, measured blind on a final parser)"),
    ("en-ak", "English readouts, part AK (31 pages, 26 publishers, measured blind on a final parser)"),
    ("en-al", "English readouts, part AL (32 pages, 28 publishers, measured blind on a final parser)"),
    ("en-am", "English readouts, part AM (31 pages, 28 publishers, measured blind on a final parser)"),
    ("en-an", "English readouts, part AN (30 pages, 20 publishers, measured blind on a final parser)"),
    ("en-ao", "English readouts, part AO (31 pages, 16 publishers, measured blind on a final parser)"),
    ("en-ap", "English readouts, part AP (32 pages, 26 publishers, measured blind on a final parser)"),
    ("en-aq", "English readouts, part AQ (34 pages, 23 publishers, measured blind on a final parser)"),
    ("en-ar", "English readouts, part AR (32 pages, 19 publishers, measured blind on a final parser)"),
    ("en-as", "English readouts, part AS (33 pages, 26 publishers, measured blind on a final parser)"),
    ("en-at", "English readouts, part AT (30 pages, 29 publishers, measured blind on a final parser)"),
    ("en-au", "English readouts, part AU (30 pages, 27 publishers, measured blind on a final parser)"),
    ("en-av", "English readouts, part AV (29 pages, 22 publishers, measured blind on a final parser)"),
    ("en-aw", "English readouts, part AW (30 pages, 22 publishers, measured blind on a final parser)"),
    ("en-ax", "English readouts, part AX (32 pages, 25 publishers, measured blind on a final parser)"),
    ("en-ay", "English readouts, part AY (30 pages, 25 publishers, measured blind on a final parser)"),
    ("en-az", "English readouts, part AZ (31 pages, 29 publishers, measured blind on a final parser)"),
    ("en-ba", "English readouts, part BA (30 pages, 23 publishers, measured blind on a final parser)"),
    ("en-bb", "English readouts, part BB (31 pages, 26 publishers, measured blind on a final parser)"),
    ("en-bc", "English readouts, part BC (30 pages, 27 publishers, measured blind on a final parser)"),
    ("en-bd", "English readouts, part BD (30 pages, 23 publishers, measured blind on a final parser)"),
    ("en-be", "English readouts, part BE (31 pages, 30 publishers, measured blind on a final parser)"),
    ("en-bf", "English readouts, part BF (29 pages, 18 publishers, measured blind on a final parser)"),
    ("en-bg", "English readouts, part BG (29 pages, 21 publishers, measured blind on a final parser)"),
    ("en-bh", "English readouts, part BH (30 pages, 25 publishers, measured blind on a final parser)"),
    ("en-bi", "English readouts, part BI (29 pages, 25 publishers, measured blind on a final parser)"),
    ("en-bj", "English readouts, part BJ (27 pages, 21 publishers, measured blind on a final parser)"),
    ("en-bk", "English readouts, part BK (30 pages, 27 publishers, measured blind on a final parser)"),
    ("en-bl", "English readouts, part BL (29 pages, 24 publishers, measured blind on a final parser)"),
    ("en-bm", "English readouts, part BM (31 pages, 25 publishers, measured blind on a final parser)"),
    ("en-bn", "English readouts, part BN (30 pages, 27 publishers, measured blind on a final parser)"),
    ("en-bo", "English readouts, part BO (30 pages, 28 publishers, measured blind on a final parser)"),
    ("en-bp", "English readouts, part BP (28 pages, 25 publishers, measured blind on a final parser)"),
    ("en-bq", "English readouts, part BQ (29 pages, 25 publishers, measured blind on a final parser)"),
    ("en-br", "English readouts, part BR (29 pages, 25 publishers, measured blind on a final parser)"),
    ("ru", "Russian readouts"),
    ("fr", "French readouts (10 readouts and 2 non-readouts, measured blind on the first French pack)"),
    ("de", "German readouts (12 readouts and 3 non-readouts, measured blind on the first German pack)"),
    ("de-b", "German readouts, part B (7 readouts, 3 non-readouts, measured blind on the final German pack)"),
    ("zh", "Chinese readouts"),
    ("ja", "Japanese readouts"),
    ("ja-b", "Japanese readouts, part B (12 pages, measured blind after the rules were written on ja)"),
    ("ja-c", "Japanese readouts, part C (13 pages, measured blind after the rules were written on ja-b)"),
    ("ja-d", "Japanese readouts, part D (7 pages, measured blind after the rules were written on ja-c)"),
)


#: The file that marks a gold set as kept blind (see the module docstring).
KEPT_BLIND = "KEPT_BLIND.md"


def kept_blind(folder: Path) -> bool:
    """Whether ``folder`` is a gold set kept blind that has not had its one measurement yet."""
    return (folder / KEPT_BLIND).is_file() and not (folder / "BLIND.md").is_file()


def _git(*args: str) -> str:
    """What ``git`` prints for ``args`` in this checkout, or '' where git is not available."""
    try:
        done = subprocess.run(
            ["git", "-C", str(Path(__file__).resolve().parent), *args],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def blind(folder: Path) -> str:
    """The one measurement of a set kept blind: write its ``BLIND.md`` (the commit, the time, the
    command and the table with every miss, verbatim) and return the table. Refuses a set that is not
    kept blind or that was measured already, so that the first measurement stays the blind one."""
    if not (folder / KEPT_BLIND).is_file():
        sys.exit(f"accuracy: {folder} is not a set kept blind (it has no {KEPT_BLIND})")
    if (folder / "BLIND.md").is_file():
        sys.exit(f"accuracy: {folder} was measured already, see {folder / 'BLIND.md'}")
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        sys.exit(f"accuracy: {folder} holds no .gold.json file")
    kinds = [json.loads(path.read_text(encoding="utf-8"))["event"]["kind"] for path in golds]
    refused = kinds.count("not_readout")
    table = gold(folder, misses=True)
    commit = _git("rev-parse", "--short", "HEAD") or "unknown"
    changed = _git("status", "--porcelain", "--", "src", "plugins")
    state = (
        "with uncommitted changes under src/ or plugins/"
        if changed
        else "nothing uncommitted under src/ or plugins/"
    )
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = "\n".join(
        [
            f"# Blind measurement: {folder.as_posix()}",
            "",
            f"Measured once, on the parser of commit `{commit}` ({state}). Nothing was tuned on this set:",
            "every gold file was written by hand from the page, and the parser had not run on these pages",
            "before this measurement.",
            "",
            "Command (from the worktree root, venv active):",
            "",
            "```",
            f"python benchmarks/accuracy.py blind {folder.as_posix()}",
            "```",
            "",
            f"Run {when} on the whole set ({len(golds) - refused} readouts, {refused} non-readouts).",
            "",
            "Output, verbatim:",
            "",
            "```",
            table,
            "```",
            "",
        ]
    )
    (folder / "BLIND.md").write_text(text, encoding="utf-8")
    return table


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
        rows = now[2 : now.index("")]  # a row per source (any number of them), then "all"
        scope = next(line for line in now if line.startswith("scope: "))
        out += [f"### `{name}`: {what}", "", now[0], now[1]]
        out += ["| **blind** " + _blind_line(folder, "| all |").removeprefix("| all "), *rows, ""]
        blind_scope = _blind_line(folder, "scope:")
        out += [f"Scope now: {scope.removeprefix('scope: ')}", ""]
        if blind_scope != "-":
            out += [f"Scope blind: {blind_scope.removeprefix('scope: ')}", ""]
    out += [
        "## Gold pages: every field",
        "",
        "Columns as `readout eval` prints them (see docs/cli.md): parsed readouts, refused non-readouts,",
        "kind, date, location, participant precision/recall/F1, country, statement precision/recall/F1,",
        "speaker, verb and attributed-statement F1. The gold follows `GOLD_SCHEMA.md` and, where it",
        "leaves a case open, `benchmarks/real/CONVENTIONS.md`.",
        "",
    ]
    for name, what in GOLD_SETS:
        folder = real / name
        if not folder.is_dir():
            continue
        if kept_blind(folder):
            out += [
                f"### `{name}`: {what}",
                "",
                "Not measured yet: the set is kept blind for one run on a session's final parser",
                f"(`python benchmarks/accuracy.py blind benchmarks/real/{name}` writes its `BLIND.md`).",
                "",
            ]
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
    two.add_argument("--scope", action="store_true", help="list the pages whose scope is not their label's")
    two.add_argument(
        "--held-out-misses",
        action="store_true",
        help="list the misses even of the held-out sample (benchmarks/real/feeds/), which nobody should read",
    )
    three = sub.add_parser("gold", help="the eval table for a gold set folder")
    three.add_argument("folder", type=Path, help="a gold set folder")
    three.add_argument("--misses", action="store_true", help="list every miss")
    three.add_argument("--no-url", action="store_true", help="parse without the gold URLs")
    four = sub.add_parser("report", help="blind and current figures of every set, as Markdown")
    four.add_argument("--write", type=Path, help="write the Markdown to this file instead of stdout")
    five = sub.add_parser("dates", help="event date, its basis, publication date and location per readout")
    five.add_argument("folder", type=Path, help="a gold set folder")
    five.add_argument("--no-url", action="store_true", help="parse without the gold URLs")
    six = sub.add_parser("titles", help="layout titles of labelled feed pages against their first line")
    six.add_argument("labels", nargs="+", type=Path, help="label TSV files")
    seven = sub.add_parser("blind", help="the one measurement of a set kept blind: writes its BLIND.md")
    seven.add_argument("folder", type=Path, help="a gold set folder holding KEPT_BLIND.md")
    args = parser.parse_args(argv)
    if args.command in ("gold", "dates") and kept_blind(args.folder):
        sys.exit(
            f"accuracy: {args.folder} is kept blind until its one measurement: run "
            f"`python benchmarks/accuracy.py blind {args.folder}`, which writes its BLIND.md"
        )
    if args.command == "report":
        text = report(Path(__file__).parent / "real")
        if args.write:
            args.write.write_text(text + "\n", encoding="utf-8")
        else:
            print(text)
    elif args.command == "sample":
        print("\n".join(sample(args.source, args.n, args.seed)))
    elif args.command == "feeds":
        shown = args.held_out_misses or not held_out(args.labels)
        print(feeds(args.labels, use_url=not args.no_url, scope_misses=args.scope and shown, misses=shown))
    elif args.command == "titles":
        print(titles(args.labels))
    elif args.command == "dates":
        print(dates(args.folder, use_url=not args.no_url))
    elif args.command == "blind":
        print(blind(args.folder))
        print(f"\nwritten: {args.folder / 'BLIND.md'}")
    else:
        print(gold(args.folder, misses=args.misses, use_url=not args.no_url))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
