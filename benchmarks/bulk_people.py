"""Who the parser names and who speaks, on every English bulk page: to count the pages a rule changes.

Usage (from the repository root, the corpus at ../shared/corpus or READOUTLIB_CORPUS)::

    python benchmarks/bulk_people.py OUT.jsonl              # one line per page
    python benchmarks/bulk_people.py --diff BEFORE.jsonl AFTER.jsonl

The first form parses every English page of ``../shared/corpus/bulk`` (the Chinese and Russian feeds
left out; of a feed that has both, the text form only) except the pages of the held-out feed sample
``benchmarks/real/feeds/*.tsv``, which no rule may be written for, and writes per page its
participants (id, name, country, titles) and statements (speaker, verb, the text's first 80
characters), or the error's class. ``--diff`` lists the pages whose lines differ, with the
participants and statements gained and lost, to be read page by page.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import readoutlib
from readoutlib.errors import ReadoutError
from readoutlib.testing import corpus_dir

ROOT = Path(__file__).resolve().parent.parent
NOT_ENGLISH = ("cn-", "ru-kremlin-ru")
BOTH_FORMS = ("us-state-rss", "us-whitehouse-rss")


def held_out() -> set[str]:
    """The bulk pages of the held-out feed sample, as ``<feed>/<page>``."""
    found: set[str] = set()
    for table in sorted((ROOT / "benchmarks" / "real" / "feeds").glob("*.tsv")):
        with table.open(encoding="utf-8") as handle:
            found.update(row["path"].removeprefix("bulk/") for row in csv.DictReader(handle, delimiter="\t"))
    return found


def pages(bulk: Path) -> list[Path]:
    """The English bulk pages outside the held-out sample, in a fixed order."""
    skip = held_out()
    chosen: list[Path] = []
    for feed in sorted(p for p in bulk.iterdir() if p.is_dir() and not p.name.startswith(NOT_ENGLISH)):
        for page in sorted(feed.iterdir()):
            text_only = feed.name in BOTH_FORMS and page.suffix == ".html"
            if page.suffix in (".txt", ".html") and not text_only and f"{feed.name}/{page.name}" not in skip:
                chosen.append(page)
    return chosen


def describe(page: Path) -> dict[str, object]:
    """One page's participants and statements, or its error."""
    name = f"{page.parent.name}/{page.name}"
    try:
        readout = readoutlib.parse(page)
    except ReadoutError as exc:
        return {"path": name, "error": type(exc).__name__}
    return {
        "path": name,
        "parts": [[p.id, p.name, p.country, list(p.titles)] for p in readout.event.participants],
        "st": [[s.speaker, s.verb, s.text[:80]] for s in readout.statements],
    }


def diff(before: Path, after: Path) -> str:
    """The pages whose lines differ, with what each gained and lost."""

    def read(path: Path) -> dict[str, dict[str, object]]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {row["path"]: row for row in map(json.loads, lines)}

    old, new = read(before), read(after)
    out: list[str] = []
    for name in sorted(set(old) & set(new)):
        a, b = old[name], new[name]
        if a == b:
            continue
        out.append(f"== {name}  {a.get('error') or ''} -> {b.get('error') or ''}")
        for key, mark in (("parts", "P"), ("st", "S")):
            was = {json.dumps(x) for x in a.get(key, [])}  # type: ignore[attr-defined]
            now = {json.dumps(x) for x in b.get(key, [])}  # type: ignore[attr-defined]
            out.extend(f"  {mark}- {x}" for x in sorted(was - now))
            out.extend(f"  {mark}+ {x}" for x in sorted(now - was))
    out.append(f"{len([n for n in out if n.startswith('==')])} of {len(set(old) & set(new))} pages changed")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    """Write the JSONL of every page, or compare two."""
    if argv[:1] == ["--diff"] and len(argv) == 3:
        print(diff(Path(argv[1]), Path(argv[2])))
        return 0
    corpus = corpus_dir()
    if corpus is not None and corpus.name == "cases":
        corpus = corpus.parent
    if len(argv) != 1 or corpus is None or not (corpus / "bulk").is_dir():
        print(__doc__)
        return 2
    with Path(argv[0]).open("w", encoding="utf-8") as out:
        for page in pages(corpus / "bulk"):
            out.write(json.dumps(describe(page)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
