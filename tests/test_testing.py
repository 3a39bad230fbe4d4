"""The public test kit ``readoutlib.testing``: case checks, corpus location and snapshots."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import readoutlib
from readoutlib import testing
from readoutlib.adapter import FormatAdapter
from readoutlib.document import Document
from readoutlib.errors import NotAReadoutError
from readoutlib.evaluate import Case
from readoutlib.model import BOTH, Event, EventKind, Participant, Readout, Source, Statement
from readoutlib.registry import register, unregister
from readoutlib.serialize import dumps

# A readout in the test adapter's "layout" (a marker line), written for these tests.
MARKER = "TOYKIT PAGE"
PARAGRAPHS = (
    "On May 5, 2024, Prime Minister Lena Ostrova met President Karl Mund in Vienna.",
    "Lena Ostrova said that trade between the two countries had doubled since the last visit.",
    "Karl Mund stressed that the rail link should be finished before the end of the decade.",
    "The two sides agreed to set up a joint working group on energy.",
)
READOUT_PAGE = f"{MARKER}\nOstrova Meets Mund\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
NOTICE_PAGE = f"{MARKER}\nNOTICE\n\nThe office is closed on public holidays.\n"


def statement(index: int, speaker: str, verb: str, prefix: str) -> Statement:
    """The statement of paragraph ``index`` that starts after ``prefix``."""
    start = len(prefix)
    text = PARAGRAPHS[index][start:]
    return Statement(speaker, verb, text, index, start, start + len(text))


READOUT = Readout(
    source=Source(publisher="toy-kit", adapter="toy-kit", language="en", published=dt.date(2024, 5, 6)),
    title="Ostrova Meets Mund",
    event=Event(
        kind=EventKind.MEETING,
        date=dt.date(2024, 5, 5),
        location="Vienna",
        participants=(
            Participant("lena-ostrova", "Lena Ostrova", "SI", ("Prime Minister",)),
            Participant("karl-mund", "Karl Mund", "AT", ("President",)),
        ),
    ),
    statements=(
        statement(1, "lena-ostrova", "said", "Lena Ostrova said that "),
        statement(2, "karl-mund", "stressed", "Karl Mund stressed that "),
        statement(3, BOTH, "agreed", "The two sides agreed "),
    ),
    paragraphs=PARAGRAPHS,
)


def gold_for(**changes: Any) -> dict[str, Any]:
    """The gold that READOUT satisfies, with ``changes`` applied at the top level."""
    gold: dict[str, Any] = {
        "source": {"url": None, "publisher": "toy-kit", "language": "en", "complete": True},
        "title": "Ostrova Meets Mund",
        "event": {"kind": "meeting", "date": "2024-05-05", "location": "Vienna"},
        "published": "2024-05-06",
        "participants": [
            {"name": "Lena Ostrova", "country": "SI", "titles": ["Prime Minister"]},
            {"name": "Karl Mund", "country": "AT", "titles": ["President"]},
        ],
        "mentioned": [],
        "statements": [
            {
                "speaker": "Lena Ostrova",
                "verb": "said",
                "paragraph": 1,
                "starts": "trade between the two countries",
            },
            {"speaker": "Karl Mund", "verb": "stressed", "paragraph": 2, "starts": "the rail link should be"},
            {
                "speaker": "both",
                "verb": "agreed",
                "paragraph": 3,
                "starts": "to set up a joint working group",
            },
        ],
    }
    gold.update(changes)
    return gold


NOTICE_GOLD = gold_for(
    title="NOTICE",
    event={"kind": "not_readout", "date": None, "location": None},
    published=None,
    participants=[],
    statements=[],
)


class _KitAdapter(FormatAdapter):
    """A run-time adapter: claims pages with the marker, returns READOUT or refuses the notice."""

    name = "toy-kit"
    publisher = "toy"
    description = "test adapter"

    def __init__(self) -> None:
        self.accept_notice = False

    def detect(self, document: Document) -> float:
        """Claim pages that carry the marker."""
        return 0.95 if document.text.startswith(MARKER) else 0.0

    def extract(self, document: Document) -> Readout:
        """The fixed readout; the notice is refused unless the test says otherwise."""
        if "NOTICE" in document.text and not self.accept_notice:
            raise NotAReadoutError("no event")
        return READOUT


@pytest.fixture
def adapter() -> Iterator[_KitAdapter]:
    """Register the test adapter for one test."""
    instance = _KitAdapter()
    register(instance, replace=True)
    yield instance
    unregister("toy-kit")


def make_case(folder: Path, stem: str, page: str, gold: dict[str, Any]) -> Case:
    """Write a page and its gold; return the case."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.txt").write_text(page, encoding="utf-8")
    (folder / f"{stem}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return Case(folder / f"{stem}.txt", folder / f"{stem}.gold.json")


def mismatches(case: Case, **kwargs: Any) -> list[str]:
    """The mismatch lines check_case reports (empty when it passes)."""
    try:
        testing.check_case(case, **kwargs)
    except AssertionError as exc:
        return [line.strip()[2:] for line in str(exc).splitlines()[1:]]
    return []


def corpus_failure(publisher: str) -> str:
    """The message check_corpus fails with ("" when it passes)."""
    try:
        testing.check_corpus(publisher)
    except AssertionError as exc:
        return str(exc)
    return ""


# -------------------------------------------------------------------------------------------- check_case


def test_check_case_passes_on_its_gold(tmp_path: Path, adapter: _KitAdapter) -> None:
    """A page whose parse matches its gold in every field passes."""
    case = make_case(tmp_path, "toy-kit-meeting", READOUT_PAGE, gold_for())
    expected: list[str] = []
    assert expected == mismatches(case)


def test_check_case_lists_every_mismatch(tmp_path: Path, adapter: _KitAdapter) -> None:
    """Every field that differs is listed, not only the first."""
    gold = gold_for(
        event={"kind": "meeting", "date": "2024-05-04", "location": "Vienna"},
        mentioned=["Otto Brenner"],
        participants=[
            {"name": "Lena Ostrova", "country": "SK", "titles": ["Prime Minister"]},
            {"name": "Karl Mund", "country": "AT", "titles": ["President"]},
        ],
        statements=[
            {
                "speaker": "Lena Ostrova",
                "verb": "noted",
                "paragraph": 1,
                "starts": "trade between the two countries",
            },
            {
                "speaker": "Lena Ostrova",
                "verb": "stressed",
                "paragraph": 2,
                "starts": "the rail link should be",
            },
        ],
    )
    case = make_case(tmp_path, "toy-kit-meeting", READOUT_PAGE, gold)
    expected = [
        "event.date: expected 2024-05-04, got 2024-05-05",
        "country of Lena Ostrova: expected 'SK', got 'SI'",
        "mentioned: missing ['Otto Brenner'], extra []",
        "statement 0 (p1 'trade between the two countries') verb: expected 'noted', got 'said'",
        "statement 1 (p2 'the rail link should be') speaker: expected 'Lena Ostrova', got 'Karl Mund'",
        "statement extra: p3 both 'agreed': 'to set up a joint working group on energy.'",
    ]
    assert expected == mismatches(case)


def test_check_case_not_a_readout(tmp_path: Path, adapter: _KitAdapter) -> None:
    """Gold kind not_readout passes when the parse refuses the page, and fails when it does not."""
    case = make_case(tmp_path, "toy-kit-notice", NOTICE_PAGE, NOTICE_GOLD)
    refused = mismatches(case)
    adapter.accept_notice = True
    accepted = mismatches(case)
    expected: tuple[list[str], list[str]] = (
        [],
        ["parse: expected NotAReadoutError, got a readout (meeting, 2 participants)"],
    )
    assert expected == (refused, accepted)


def test_check_case_checks_detection(tmp_path: Path, adapter: _KitAdapter) -> None:
    """A page the adapter does not claim is a detection mismatch (the fields are still checked)."""
    case = make_case(tmp_path, "toy-kit-unmarked", READOUT_PAGE.replace(MARKER, "Press release"), gold_for())
    found = mismatches(case)
    expected = (1, True)
    assert expected == (len(found), found[0].startswith("detection: expected 'toy-kit', got 'generic'"))


def test_check_case_adapter_override(tmp_path: Path, adapter: _KitAdapter) -> None:
    """``adapter=`` names the adapter that must claim the page, whatever the gold publisher."""
    gold = gold_for(source={"url": None, "publisher": "other-toy", "language": "en"})
    case = make_case(tmp_path, "other-toy-meeting", READOUT_PAGE, gold)
    expected: tuple[str, list[str]] = ("generic", [])
    assert expected == (testing.expected_adapter(case.gold), mismatches(case, adapter="toy-kit"))


def test_check_case_reports_a_broken_round_trip(
    tmp_path: Path, adapter: _KitAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A serializer that does not give the readout back is reported."""
    case = make_case(tmp_path, "toy-kit-meeting", READOUT_PAGE, gold_for())
    monkeypatch.setattr(testing, "loads", lambda data, syntax: Readout(paragraphs=PARAGRAPHS))
    expected = [
        "json round trip changed the readout: source, title, event, statements",
        "xml round trip changed the readout: source, title, event, statements",
    ]
    assert expected == mismatches(case)


# ------------------------------------------------------------------------------------------------ corpus


def test_corpus_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """$READOUTLIB_CORPUS names the corpus; a path that is not a folder means no corpus."""
    monkeypatch.setenv(testing.CORPUS_ENV, str(tmp_path))
    found = testing.corpus_dir()
    monkeypatch.setenv(testing.CORPUS_ENV, str(tmp_path / "missing"))
    expected = (tmp_path, None)
    assert expected == (found, testing.corpus_dir())


def test_corpus_params_skip_when_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a corpus, corpus_params is one skipped param whose reason says so."""
    monkeypatch.setenv(testing.CORPUS_ENV, str(tmp_path / "missing"))
    params = testing.corpus_params("toy-kit")
    marks = [mark.name for mark in params[0].marks]
    expected = (1, ["skip"], True)
    assert expected == (len(params), marks, "shared corpus not found" in params[0].marks[0].kwargs["reason"])


def test_corpus_params_lists_the_publishers_cases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, adapter: _KitAdapter
) -> None:
    """corpus_params gives one param per case of the publisher, with the stem as id."""
    make_case(tmp_path / "cases", "toy-kit-a", READOUT_PAGE, gold_for())
    make_case(tmp_path / "cases", "toy-kit-b", NOTICE_PAGE, NOTICE_GOLD)
    make_case(
        tmp_path / "cases", "other-c", READOUT_PAGE, gold_for(source={"url": None, "publisher": "other"})
    )
    monkeypatch.setenv(testing.CORPUS_ENV, str(tmp_path))
    expected = ["toy-kit-a", "toy-kit-b"]
    assert expected == [param.id for param in testing.corpus_params("toy-kit")]


def test_check_corpus_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, adapter: _KitAdapter) -> None:
    """A publisher whose corpus cases meet the thresholds passes check_corpus."""
    make_case(tmp_path / "cases", "toy-kit-a", READOUT_PAGE, gold_for())
    make_case(tmp_path / "cases", "toy-kit-b", NOTICE_PAGE, NOTICE_GOLD)
    monkeypatch.setenv(testing.CORPUS_ENV, str(tmp_path))
    expected = ""
    assert expected == corpus_failure("toy-kit")


def test_check_corpus_fails_below_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, adapter: _KitAdapter
) -> None:
    """Attributed-statement F1 under the threshold fails, naming the figure."""
    statements = gold_for()["statements"]
    statements[0]["speaker"] = "Karl Mund"
    statements[1]["speaker"] = "Lena Ostrova"
    make_case(tmp_path / "cases", "toy-kit-a", READOUT_PAGE, gold_for(statements=statements))
    monkeypatch.setenv(testing.CORPUS_ENV, str(tmp_path))
    with pytest.raises(AssertionError, match=r"attributed_f1 over English readouts is 0\.333, below 0\.9"):
        testing.check_corpus("toy-kit")


def test_check_corpus_fails_when_a_non_readout_is_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, adapter: _KitAdapter
) -> None:
    """A page the gold marks as not a readout must be refused, whatever the figures say."""
    adapter.accept_notice = True
    make_case(tmp_path / "cases", "toy-kit-a", READOUT_PAGE, gold_for())
    make_case(tmp_path / "cases", "toy-kit-b", NOTICE_PAGE, NOTICE_GOLD)
    monkeypatch.setenv(testing.CORPUS_ENV, str(tmp_path))
    with pytest.raises(AssertionError, match="toy-kit-b: not a readout, but it was parsed as one"):
        testing.check_corpus("toy-kit")


def test_check_corpus_skips_when_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a corpus, check_corpus skips with a reason instead of passing silently."""
    monkeypatch.setenv(testing.CORPUS_ENV, str(tmp_path / "missing"))
    with pytest.raises(pytest.skip.Exception, match="shared corpus not found"):
        testing.check_corpus("toy-kit")


def test_kit_imports_without_pytest() -> None:
    """readoutlib.testing imports where pytest is not installed."""
    code = "import sys; sys.modules['pytest'] = None; import readoutlib.testing; print('imported')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    expected = (0, "imported")
    assert expected == (done.returncode, done.stdout.strip())


# --------------------------------------------------------------------------------------------- snapshots


def test_write_snapshot(tmp_path: Path, adapter: _KitAdapter) -> None:
    """A snapshot is the parse as JSON data, written where asked."""
    case = make_case(tmp_path / "cases", "toy-kit-a", READOUT_PAGE, gold_for())
    path = testing.write_snapshot(case, tmp_path / "toy-kit-a.snapshot.json")
    # parse names the input (the case's stem) and readoutlib's version in the source
    source = attrs.evolve(READOUT.source, input="toy-kit-a", readoutlib_version=readoutlib.__version__)
    expected = json.loads(dumps(attrs.evolve(READOUT, source=source), "json"))
    assert expected == json.loads(path.read_text(encoding="utf-8"))


def test_write_snapshot_never_touches_gold(tmp_path: Path, adapter: _KitAdapter) -> None:
    """Writing a snapshot over a gold file is refused and the gold is unchanged."""
    case = make_case(tmp_path / "cases", "toy-kit-a", READOUT_PAGE, gold_for())
    before = case.gold_path.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="gold files and pages are human work"):
        testing.write_snapshot(case, case.gold_path)
    assert before == case.gold_path.read_text(encoding="utf-8")
