"""The robustness campaign's long run: mutated pages, the attack catalogue, the encoding matrix,
broken plugin distributions (the engine is ``tests/fuzz/campaign.py``; CI runs a short sample).

    python benchmarks/fuzz.py                                  # 2,000 pages + the three catalogues
    nice -n 10 python benchmarks/fuzz.py --count 100000 --seeds ../shared/corpus/cases \\
        --seeds ../shared/corpus/bulk --sample 2000 --report fuzz-0.json
    python benchmarks/fuzz.py --sum fuzz-0.json fuzz-1.json   # add split runs together

Input ``i`` of ``--seed s`` depends only on ``(s, i)`` and the seed pages, so a long run can be split
into ranges (``--start``, ``--count``) run apart, and any failure is reproduced with
``--start i --count 1``. Pages in ``--seeds`` folders are read, never copied anywhere.

The exit code is 0 when nothing failed: no exception outside ``ReadoutError``, no failed round trip
or offset check, no input over ``--limit`` seconds of CPU time (wall time on a shared machine
measures other users' load; it is printed beside), every attack refused, every encoding case
read correctly or refused with a reason, every broken plugin contained.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzz import campaign


def _seeds(folders: list[str], sample: int, seed: int) -> list[bytes]:
    pages = campaign.load_seeds()
    for folder in folders:
        paths = sorted(
            p for p in Path(folder).rglob("*") if p.suffix in (".txt", ".html", ".htm") and p.is_file()
        )
        if sample and len(paths) > sample:
            paths = sorted(random.Random(seed).sample(paths, sample))
        pages.extend(p.read_bytes() for p in paths)
    return pages


def _mutations(args: argparse.Namespace) -> dict[str, object]:
    seeds = _seeds(args.seeds, args.sample, args.seed)
    tally = campaign.Tally()
    started = time.perf_counter()
    done = 0

    def report() -> dict[str, object]:
        return {
            "seed": args.seed,
            "start": args.start,
            "count": done,  # inputs start .. start + count - 1 have run
            "seed_pages": len(seeds),
            "seconds": round(time.perf_counter() - started, 1),
            "counts": dict(tally.counts),
            "refusals": dict(tally.refusals),
            "over_limit": tally.over_limit,
            "slowest": [[round(s, 3), label] for s, label in tally.slowest],
            "slowest_wall": round(tally.slowest_wall, 3),
            "failures": tally.failures,
        }

    for index, outcome, used in campaign.run_mutations(
        seeds, seed=args.seed, count=args.count, start=args.start, timeout=args.timeout
    ):
        tally.add(outcome, f"seed {args.seed} input {index} ({used})", args.limit)
        done = index - args.start + 1
        if args.progress and done % args.progress == 0:
            elapsed = time.perf_counter() - started
            print(f"  {done:,} inputs, {elapsed:.0f} s, {dict(tally.counts)}", file=sys.stderr, flush=True)
            if args.report:  # a checkpoint: a run stopped early still reports the inputs it finished
                _write(args.report, report())
    final = report()
    if args.report:
        _write(args.report, final)
    return final


def _write(path: str, report: dict[str, object]) -> None:
    temp = Path(path + ".tmp")
    temp.write_text(json.dumps(report, indent=1), encoding="utf-8")
    temp.replace(path)


def _print_mutations(report: dict[str, object], limit: float) -> bool:
    counts = Counter(report["counts"])  # type: ignore[arg-type]
    failures: list[str] = report["failures"]  # type: ignore[assignment]
    total = sum(counts.values())
    print(f"mutated pages: {total:,} in {report['seconds']} s from {report['seed_pages']} seed pages")
    print(
        f"  readouts {counts['ok']:,} (each checked: offsets, JSON and XML round trips), "
        f"refused with a ReadoutError {counts['refused']:,}, time budget {counts['timeout']:,}"
    )
    refusals = ", ".join(f"{k} {v:,}" for k, v in Counter(report["refusals"]).most_common())  # type: ignore[arg-type]
    print(f"  refusals: {refusals}")
    print(f"  exceptions outside ReadoutError: {counts['escape']:,}; failed checks: {counts['broken']:,}")
    slowest = report["slowest"][:3]  # type: ignore[index]
    print(f"  inputs over {limit:g} s of CPU: {report['over_limit']}; slowest (CPU s): {slowest}")
    print(f"  longest wall time of any input: {report.get('slowest_wall', 0)} s (machine load included)")
    for line in failures[:50]:
        print(f"  FAIL {line}")
    return not failures and not report["over_limit"]


def _catalogues(limit: float) -> bool:
    ok = True
    attacks = campaign.run_attacks(limit=limit)
    refused = [a for a in attacks if a[1].startswith("refused") and "slow" not in a[1]]
    print(
        f"attack catalogue: {len(refused)}/{len(attacks)} refused; "
        f"slowest {max(s for *_, s in attacks):.2f} s"
    )
    for name, outcome, seconds in attacks:
        if (name, outcome, seconds) not in refused:
            print(f"  {name}: {outcome}")
            ok = ok and name in campaign.HARMLESS_ATTACKS and outcome == "accepted"
    matrix = campaign.run_encoding_matrix()
    verdicts = Counter(outcome.split(":")[0] for _, outcome in matrix)
    print(f"encoding matrix: {len(matrix)} cases: {dict(verdicts)}")
    for case, outcome in matrix:
        if outcome != "correct":
            print(f"  {case}: {outcome}")
            ok = ok and outcome.startswith("refused")
    plugins = campaign.run_broken_plugins()
    contained = [p for p in plugins if p[1].startswith("contained")]
    print(f"broken plugin distributions: {len(contained)}/{len(plugins)} contained")
    for name, outcome in plugins:
        print(f"  {name}: {outcome}")
    return ok and len(contained) == len(plugins)


def _sum(paths: list[str], limit: float) -> int:
    reports = [json.loads(Path(p).read_text(encoding="utf-8")) for p in paths]
    total: dict[str, object] = {
        "seed_pages": reports[0]["seed_pages"],
        "seconds": round(sum(r["seconds"] for r in reports), 1),
        "counts": dict(sum((Counter(r["counts"]) for r in reports), Counter())),
        "refusals": dict(sum((Counter(r["refusals"]) for r in reports), Counter())),
        "over_limit": sum(r["over_limit"] for r in reports),
        "slowest_wall": max(r.get("slowest_wall", 0) for r in reports),
        "slowest": sorted((s for r in reports for s in r["slowest"]), reverse=True)[:10],
        "failures": [f for r in reports for f in r["failures"]],
    }
    ranges = ", ".join(
        f"seed {r['seed']} inputs {r['start']}..{r['start'] + r['count'] - 1}" for r in reports
    )
    print(f"summed: {ranges}")
    return 0 if _print_mutations(total, limit) else 1


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; print the figures; exit 1 if anything failed."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=0, help="the run's seed (default 0)")
    parser.add_argument("--start", type=int, default=0, help="first input index (default 0)")
    parser.add_argument("--count", type=int, default=2000, help="mutated pages to run (default 2000)")
    parser.add_argument(
        "--seeds", action="append", default=[], help="a folder of more seed pages (repeatable)"
    )
    parser.add_argument(
        "--sample", type=int, default=0, help="at most this many pages from each --seeds folder"
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="parse's wall-time budget per page (default 60)"
    )
    parser.add_argument(
        "--limit", type=float, default=10.0, help="CPU seconds an input may take (default 10)"
    )
    parser.add_argument("--report", help="also write the mutation figures as JSON here (for --sum)")
    parser.add_argument(
        "--progress", type=int, default=0, help="every N inputs: a progress line, and --report written so far"
    )
    parser.add_argument("--no-catalogues", action="store_true", help="mutated pages only")
    parser.add_argument("--sum", nargs="+", metavar="REPORT", help="add up --report files and print them")
    args = parser.parse_args(argv)
    if args.sum:
        return _sum(args.sum, args.limit)
    ok = True
    if not args.no_catalogues:
        with campaign.quiet():
            ok = _catalogues(args.limit)
    report = _mutations(args) if args.count else None
    if report is not None:
        ok = _print_mutations(report, args.limit) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
