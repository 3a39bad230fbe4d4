"""Accuracy beyond the shared corpus: three sets of pages written by us, apart from the corpus tuning.

``tests/heldout``, ``tests/heldout_b`` and ``tests/heldout_c`` each hold 30 pages (27 readouts and
3 pages that are not readouts) in the layouts of the nine publishers with a plugin and of
publishers without one (those must go to the generic adapter), each beside its ``.gold.json``.
Each set was first measured blind, before any rule was changed for it (the figures are in the
issue notes); its misses then guided general rules, so the sets now guard against regressions
rather than measure blind generalisation. The thresholds are the issue's targets for English
readouts; a figure below its target fails the test and prints the report with every miss.
Nothing here is skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutlib.evaluate import Report, evaluate, format_report

SETS = [Path(__file__).parent / name for name in ("heldout", "heldout_b", "heldout_c")]

#: Figure name -> minimum over the English readouts (detected adapters).
TARGETS: dict[str, float] = {
    "kind": 0.95,
    "date": 0.95,
    "participant_f1": 0.95,
    "country": 0.95,
    "attributed_f1": 0.90,
    "rejected": 1.0,
}
#: With the generic adapter forced on every page.
GENERIC_TARGETS: dict[str, float] = {"attributed_f1": 0.80}


def _shortfalls(report: Report, targets: dict[str, float]) -> list[str]:
    """The figures of the English line below their targets, as readable lines."""
    figures = report.english.figures()
    lines = []
    for name, target in targets.items():
        value = figures[name]
        if value is None:
            lines.append(f"{name}: nothing measured (target {target})")
        elif value < target:
            lines.append(f"{name} = {value:.3f} < {target}")
    return lines


def _explain(report: Report, shortfalls: list[str]) -> str:
    return "\n".join(["below target: " + "; ".join(shortfalls), format_report(report, misses=True)])


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_heldout_set_is_complete(folder: Path) -> None:
    """Each held-out folder holds its 30 cases, readouts and pages that are not readouts as annotated."""
    report = evaluate(folder)
    # heldout_c's one-way message (a minister's congratulations to a new counterpart) is not a readout:
    # greetings and congratulations with no exchange reported are not, as the real-feed labels have it.
    readouts = {"heldout_c": 26}.get(folder.name, 27)
    expected = (30, readouts, 30 - readouts, ())
    assert expected == (
        report.overall.cases,
        report.overall.readouts,
        report.overall.not_readouts,
        report.crashes,
    )


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_heldout_targets(folder: Path) -> None:
    """With adapters detected, the English held-out readouts meet every accuracy target."""
    report = evaluate(folder)
    shortfalls = _shortfalls(report, TARGETS)
    expected: list[str] = []
    assert expected == shortfalls, _explain(report, shortfalls)


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_heldout_generic_targets(folder: Path) -> None:
    """With the generic adapter forced on every page, attributed-statement F1 meets its target."""
    report = evaluate(folder, format="generic")
    shortfalls = _shortfalls(report, GENERIC_TARGETS)
    expected: list[str] = []
    assert expected == shortfalls, _explain(report, shortfalls)
