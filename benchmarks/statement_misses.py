"""Split the missed gold statements of `accuracy.py gold --misses` outputs by cause.

Usage: python benchmarks/statement_misses.py /tmp/base42/m-*.txt

A miss is a gold statement with no found statement (``expected: pN ... got: (none)``). Causes, first
that applies: the speaker is not found as a participant; the same text was found under another
paragraph index; the gold verb is no entry of the reporting-verb table (present tense included)
nor matched by a "report" row of verb_patterns.toml; the paragraph holding the text does not
contain the verb (a quote continued from an earlier paragraph); a joint subject ("both");
otherwise the sentence's shape was not read, split by whether the speaker's family name is
written in the 120 characters before the content (a named subject) or not (an office, a
description or a pronoun). Rough by design: a triage of the misses, not a score.
"""

from __future__ import annotations

import collections
import re
import sys
import tomllib
from pathlib import Path

_EN = Path(__file__).parent.parent / "src/readoutlib/languages/en"

_MISS = re.compile(r"^  (\S+)\tstatement\texpected: p(\d+) ([^:]+): (.*)\tgot: \(none\)$")
_GOT = re.compile(r"^  (\S+)\tstatement\texpected: \(none\)\tgot: p(\d+) (.+?): (.*)$")
_PART = re.compile(r"^  (\S+)\tparticipant\texpected: (.+?)\tgot: \(none\)$")


def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _present(label: str) -> set[str]:
    head, _, rest = label.partition(" ")
    forms = {label}
    if head.endswith("ed"):
        for stem in (head[:-2], head[:-1]):
            forms.add(" ".join(filter(None, (stem + "s", rest))))
    return forms


def _verbs() -> set[str]:
    known: set[str] = set()
    rows = tomllib.loads((_EN / "reporting_verbs.toml").read_text(encoding="utf-8"))["row"]
    for label in (row["label"] for row in rows):
        known |= _present(label)
    return known


def _split(pre: str, known: set[str]) -> tuple[str, str]:
    words = pre.split()
    for size in (4, 3, 2):
        if len(words) > size and " ".join(words[-size:]).lower() in known:
            return " ".join(words[:-size]), " ".join(words[-size:])
    return " ".join(words[:-1]), words[-1]


def _patterns() -> list[re.Pattern[str]]:
    rows = tomllib.loads((_EN / "verb_patterns.toml").read_text(encoding="utf-8"))["row"]
    return [re.compile(row["pattern"]) for row in rows if row["label"] == "report"]


def _known(verb: str, known: set[str], patterns: list[re.Pattern[str]]) -> bool:
    return verb.lower() in known or any(p.match(verb.lower()) for p in patterns)


def _page_text(setdir: Path, stem: str) -> str:
    path = setdir / f"{stem}.txt"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _classify(line: str, page: dict[str, list[str]], known: set[str], text: str) -> str:
    match = _MISS.match(line)
    assert match
    _stem, _p, pre, starts = match.groups()
    who, verb = _split(pre, known)
    if who != "both" and who in page["missing"]:
        return "speaker not a participant"
    head = _fold(starts)[:30]
    if any(_fold(got).startswith(head[:25]) for got in page["got"]):
        return "paragraph index (found elsewhere)"
    if not _known(verb, known, _PATTERNS):
        return "verb not read"
    for para in re.split(r"\n\s*\n", text):
        if _fold(starts)[:25] in _fold(para):
            if verb.split()[0].lower() not in para.lower():
                return "quote continuation (verb not in paragraph)"
            break
    if who == "both":
        return "joint subject, shape not read"
    return "sentence shape: " + _subject_kind(who, starts, text)


def _subject_kind(who: str, starts: str, text: str) -> str:
    """Whether the speaker's family name is written just before the content (a named subject) or
    not (an office, a description or a pronoun stands for the speaker)."""
    at = text.find(starts[:30])
    if at < 0:
        return "text not found"
    family = who.rsplit(maxsplit=1)[-1].lower() if who.split() else ""
    return (
        "named subject"
        if family and family in text[max(0, at - 120) : at].lower()
        else "office or pronoun subject"
    )


_PATTERNS = _patterns()


def main(paths: list[str]) -> int:
    known = _verbs()
    counts: collections.Counter[str] = collections.Counter()
    per_set: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for name in paths:
        setname = Path(name).stem.removeprefix("m-")
        setdir = Path("benchmarks/real") / setname
        lines = Path(name).read_text(encoding="utf-8").splitlines()
        pages: dict[str, dict[str, list[str]]] = collections.defaultdict(lambda: {"missing": [], "got": []})
        for line in lines:
            if part := _PART.match(line):
                pages[part[1]]["missing"].append(part[2])
            elif got := _GOT.match(line):
                pages[got[1]]["got"].append(got[4])
        for line in lines:
            if miss := _MISS.match(line):
                cause = _classify(line, pages[miss[1]], known, _page_text(setdir, miss[1]))
                counts[cause] += 1
                per_set[setname][cause] += 1
                if "-v" in sys.argv:
                    print(f"{setname}\t{cause}\t{line.strip()[:160]}")
    for cause, count in counts.most_common():
        print(f"{count:5d}  {cause}")
    print(f"{sum(counts.values()):5d}  all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main([a for a in sys.argv[1:] if a != "-v"]))
