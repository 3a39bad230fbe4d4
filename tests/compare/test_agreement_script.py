"""The agreement benchmark's own logic (benchmarks/alignment_agreement/agreement.py) on invented links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .kit import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "alignment_agreement" / "agreement.py"


agreement = load_script(SCRIPT, "agreement")


def test_count_causes_rejects_an_unclassified_disagreement(tmp_path: Path) -> None:
    """Every disagreement must be classified: a file that leaves one out is refused, naming the file."""
    found = [agreement.Disagreement(3, "gold", "x", "y"), agreement.Disagreement(3, "second", "p", "q")]
    path = tmp_path / "causes.json"
    entry = {"index": 3, "who": "gold", "a": "x", "b": "y", "cause": "split"}
    path.write_text(json.dumps({"disagreements": [entry]}), encoding="utf-8")
    with pytest.raises(SystemExit) as error:
        agreement.count_causes(path, found)
    assert f"{path}: 1 disagreements unclassified, e.g. pair 3 (second)" == str(error.value)
