"""The agreement benchmark's own logic (benchmarks/alignment_agreement/agreement.py) on invented links."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "alignment_agreement" / "agreement.py"


def _agreement() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agreement", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["agreement"] = module
    spec.loader.exec_module(module)
    return module


agreement = _agreement()


def test_subjects_join_points_linked_transitively() -> None:
    """A0–B0 and A1–B0 make one subject; A2–B3 another."""
    links = [frozenset({(0, 0)}), frozenset({(1, 0)}), frozenset({(2, 3)})]
    groups = agreement.subjects(links)
    partition = {frozenset(node for node in groups if groups[node] == number) for number in groups.values()}
    expected = {frozenset({("a", 0), ("b", 0), ("a", 1)}), frozenset({("a", 2), ("b", 3)})}
    assert expected == partition


def test_subject_score_forgives_a_partner_within_the_subject() -> None:
    """A1–B1 lies in the reference subject {A0, A1, B1}: right; A2–B1 does not; one of two subjects found."""
    reference = [frozenset({(0, 1)}), frozenset({(1, 1)}), frozenset({(4, 4)})]
    predicted = [frozenset({(1, 1)}), frozenset({(2, 1)})]
    expected = (2, 1, 2, 1)
    assert expected == agreement.subject_score(predicted, reference)


def test_count_causes_rejects_an_unclassified_disagreement(tmp_path: Path) -> None:
    """Every disagreement must be classified: a file that leaves one out is refused, naming the file."""
    found = [agreement.Disagreement(3, "gold", "x", "y"), agreement.Disagreement(3, "second", "p", "q")]
    path = tmp_path / "causes.json"
    entry = {"index": 3, "who": "gold", "a": "x", "b": "y", "cause": "split"}
    path.write_text(json.dumps({"disagreements": [entry]}), encoding="utf-8")
    with pytest.raises(SystemExit) as error:
        agreement.count_causes(path, found)
    assert f"{path}: 1 disagreements unclassified, e.g. pair 3 (second)" == str(error.value)
