"""Sanity-check a gold set folder: JSON parses, every ``starts`` is verbatim in its page, every speaker is a
participant or "both". Bulk-referenced pages are read from the shared corpus.

    python benchmarks/real/en-b/check_gold.py benchmarks/real/en-b [/path/to/shared/corpus]
"""

import csv
import json
import sys
from pathlib import Path

folder = Path(sys.argv[1])
corpus = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/work/shared/corpus")
manifest = folder / "bulk-pages.tsv"
bulk = {}
if manifest.is_file():
    with manifest.open(encoding="utf-8", newline="") as handle:
        bulk = {row["stem"]: corpus / row["path"] for row in csv.DictReader(handle, delimiter="\t")}
problems = []
for gold_path in sorted(folder.glob("*.gold.json")):
    stem = gold_path.name.removesuffix(".gold.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = bulk.get(stem, folder / f"{stem}.txt").read_text(encoding="utf-8")
    names = {p["name"] for p in gold["participants"]}
    for st in gold["statements"]:
        if st["speaker"] != "both" and st["speaker"] not in names:
            problems.append(f"{stem}: speaker {st['speaker']!r} is not a participant")
        if st["starts"] not in text:
            problems.append(f"{stem}: starts not in page: {st['starts']!r}")
print("\n".join(problems) or f"ok: {len(list(folder.glob('*.gold.json')))} gold files")
sys.exit(1 if problems else 0)
