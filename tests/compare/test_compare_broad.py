"""The bulk pairing run (benchmarks/compare_broad.py) never reads a blind batch's bulk pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from readoutlib.model import Readout

from .kit import load_script, make_readout

SCRIPTS = Path(__file__).resolve().parents[2] / "benchmarks"

load_script(SCRIPTS / "alignment_scoring.py", "alignment_scoring")
broad = load_script(SCRIPTS / "compare_broad.py", "compare_broad")


def _bulk(tmp_path: Path) -> Path:
    """A bulk folder of one publisher with three indexed pages (their text is never read here)."""
    folder = tmp_path / "bulk" / "ru-kremlin-en-peiyizhuo"
    folder.mkdir(parents=True)
    rows = ["n\tfile\ttitle\tdate\turl"]
    for n in (1, 2, 3):
        (folder / f"{n}.txt").write_text(f"Telephone conversation number {n}\n", encoding="utf-8")
        rows.append(
            f"{n}\t{n}.txt\tTelephone conversation {n}\t2022-03-0{n}T10:00:00Z\thttp://example.org/{n}"
        )
    (folder / "index.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path / "bulk"


def test_readouts_skips_the_blind_pages_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page named in ``skip`` is neither parsed nor returned; the others are, in index order."""
    bulk = _bulk(tmp_path)
    parsed: list[str] = []

    def parse(path: Path, **_: Any) -> Readout:
        parsed.append(path.name)
        return make_readout("ru-kremlin", path.name, [("Ann Lee", "RU"), ("Bo Kim", "IN")])

    monkeypatch.setattr(broad, "FOLDERS", ("ru-kremlin-en-peiyizhuo",))
    monkeypatch.setattr(broad.readoutlib, "parse", parse)
    found = broad._readouts(bulk, skip=frozenset({"bulk/ru-kremlin-en-peiyizhuo/2.txt"}))
    kept = ["bulk/ru-kremlin-en-peiyizhuo/1.txt", "bulk/ru-kremlin-en-peiyizhuo/3.txt"]
    expected = (["1.txt", "3.txt"], kept)
    assert expected == (parsed, [name for name, _ in found])


def test_main_skips_the_gold_files_blind_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``main`` passes the blind batches' pages (``blind_paths`` of the gold file) as ``skip``."""
    seen: list[frozenset[str]] = []

    def readouts(bulk: Path, *, every: bool = False, skip: frozenset[str] = frozenset()) -> list[Any]:
        seen.append(skip)
        return []

    (tmp_path / "bulk").mkdir()
    monkeypatch.setattr(broad, "corpus_dir", lambda: tmp_path)
    monkeypatch.setattr(broad, "_readouts", readouts)
    broad.main([])
    expected = [broad.blind_paths(broad.GOLD)]
    assert expected == seen
