"""Evaluation: the matchers, the figures over a folder of cases, and ``readout eval``."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from readoutlib import cli
from readoutlib.adapter import FormatAdapter
from readoutlib.document import Document
from readoutlib.errors import NotAReadoutError
from readoutlib.evaluate import (
    GoldStatement,
    cases_in,
    evaluate,
    format_report,
    load_gold,
    match_statements,
    report_to_dict,
    same_name,
    same_speaker,
    score_case,
    speaker_name,
    starts_match,
)
from readoutlib.model import BOTH, Event, EventKind, Participant, Readout, Source, Statement
from readoutlib.registry import register, unregister

# A readout and a notice, written for these tests (the people are invented).
PARAGRAPHS = (
    "On March 3, 2024, Foreign Minister Ana Kovac held a phone call with Norwegian Foreign Minister "
    "Tomas Berg.",
    "Ana Kovac said that the two countries share a long record of working together on fisheries "
    "and shipping.",
    "Tomas Berg noted that Norway values the partnership and hopes to expand trade in clean energy.",
    "The two sides agreed to keep in close touch on questions of maritime safety.",
)
READOUT_PAGE = "Kovac Holds Phone Call with Berg\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
NOTICE_PAGE = "Visitor information\n\nThe reading room is open from nine until five on weekdays.\n"
CRASH_PAGE = "CRASH\n\nThis page makes the test adapter raise.\n"

READOUT_GOLD: dict[str, Any] = {
    "source": {"url": None, "publisher": "toy-eval", "language": "en", "complete": True},
    "title": "Kovac Holds Phone Call with Berg",
    "event": {"kind": "phone_call", "date": "2024-03-03", "location": None},
    "published": None,
    "participants": [
        {"name": "Ana Kovac", "country": "HR", "titles": ["Foreign Minister"]},
        {"name": "Tomas Berg", "country": "NO", "titles": ["Foreign Minister"]},
    ],
    "mentioned": [],
    "statements": [
        {
            "speaker": "Ana Kovac",
            "verb": "said",
            "paragraph": 1,
            "starts": "the two countries share a long record of",
        },
        {
            "speaker": "Tomas Berg",
            "verb": "noted",
            "paragraph": 2,
            "starts": "Norway values the partnership and hopes",
        },
        {
            "speaker": "both",
            "verb": "agreed",
            "paragraph": 3,
            "starts": "to keep in close touch on questions",
        },
    ],
}
NOTICE_GOLD: dict[str, Any] = {
    "source": {"url": None, "publisher": "toy-eval", "language": "en", "complete": True},
    "title": "Visitor information",
    "event": {"kind": "not_readout", "date": None, "location": None},
    "published": None,
    "participants": [],
    "mentioned": [],
    "statements": [],
}


def statement(paragraphs: tuple[str, ...], index: int, speaker: str, verb: str, text: str) -> Statement:
    """A statement whose offsets point at ``text`` in paragraph ``index``."""
    start = paragraphs[index].index(text)
    return Statement(speaker, verb, text, index, start, start + len(text))


def predicted_readout() -> Readout:
    """What the test adapter 'finds': some right, some wrong (see test_figures)."""
    return Readout(
        source=Source(publisher="toy-eval", adapter="toy-eval", language="en"),
        title="Kovac Holds Phone Call with Berg",
        event=Event(
            kind=EventKind.PHONE_CALL,
            date=dt.date(2024, 3, 3),
            location="Oslo",  # wrong: gold has none
            participants=(
                Participant("ana-kovac", "Ana Kovac", "HR", ("Foreign Minister",)),
                Participant("tomas-berg", "Tomas Berg", "SE", ("Foreign Minister",)),  # wrong country
            ),
        ),
        statements=(
            # matched with one word of slack, right speaker and verb
            statement(PARAGRAPHS, 1, "ana-kovac", "said", PARAGRAPHS[1][len("Ana Kovac said ") :]),
            # matched, wrong speaker, right verb
            statement(PARAGRAPHS, 2, "ana-kovac", "noted", PARAGRAPHS[2][len("Tomas Berg noted that ") :]),
            # wrong paragraph: an extra, and the gold joint statement is missed
            statement(PARAGRAPHS, 0, BOTH, "agreed", PARAGRAPHS[0][len("On March 3, 2024, ") :]),
        ),
        paragraphs=PARAGRAPHS,
    )


class _EvalAdapter(FormatAdapter):
    """A run-time adapter with fixed answers, so the figures are known in advance."""

    name = "toy-eval"
    publisher = "toy"
    description = "test adapter"

    def detect(self, document: Document) -> float:
        """Never claims a page by itself (the tests force it)."""
        return 0.0

    def extract(self, document: Document) -> Readout:
        """The fixed readout, a refusal for the notice, or a crash."""
        if document.text.startswith("CRASH"):
            raise RuntimeError("test adapter crashed")
        if document.text.startswith("Visitor information"):
            raise NotAReadoutError("no event")
        return predicted_readout()


@pytest.fixture
def adapter() -> Iterator[None]:
    """Register the test adapter for one test."""
    register(_EvalAdapter(), replace=True)
    yield
    unregister("toy-eval")


def write_case(folder: Path, stem: str, page: str, gold: dict[str, Any]) -> None:
    """Write a page and its gold file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.txt").write_text(page, encoding="utf-8")
    (folder / f"{stem}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    """A folder with one readout case and one non-readout case."""
    folder = tmp_path / "cases"
    write_case(folder, "toy-eval-20240303-kovac-berg-call", READOUT_PAGE, READOUT_GOLD)
    write_case(folder, "toy-eval-00000000-notice", NOTICE_PAGE, NOTICE_GOLD)
    return folder


EXPECTED_FIGURES = {
    "parsed": 1.0,
    "rejected": 1.0,
    "kind": 1.0,
    "date": 1.0,
    "spurious_dates": None,
    "location": 0.0,
    "participant_precision": 1.0,
    "participant_recall": 1.0,
    "participant_f1": 1.0,
    "country": 0.5,
    "statement_precision": 2 / 3,
    "statement_recall": 2 / 3,
    "statement_f1": 2 / 3,
    "speaker": 0.5,
    "verb": 1.0,
    "attributed_precision": 1 / 3,
    "attributed_recall": 1 / 3,
    "attributed_f1": 1 / 3,
}


# ------------------------------------------------------------------------------------------ matchers


@pytest.mark.parametrize(
    ("text", "starts", "expected"),
    [
        ("the need to act now", "the need to act now", True),
        ("on the need to act now and later", "the need to act now", True),  # one extra word in front
        ("that X is true", "X is true", True),  # "that" is within the slack
        ("he said that the need to act now", "the need to act now", False),  # four extra words
        ("need to act now", "the need to act now", True),  # gold starts a word earlier
        ("to act now", "the need to act now", True),  # two words missing: still within the slack
        ("act now", "the need to act now", False),  # three words missing
        ("The  need\nto ACT now, said he", "the need to act now", True),  # spacing and case ignored
        ("the need to wait", "the need to act now", False),
        ("“The need to act now,” he said", "the need to act now", True),  # opening quote mark ignored
        ("one island for all islanders", "one island for all islanders,", True),  # cut before the comma
        ("to keep in touch", "to keep in touch, and hoped to meet soon", True),  # cut at the next clause
        ("to keep in tou", "to keep in touch, and hoped to meet soon", False),  # cut inside a word
        ("to keep the long", "to keep the long-standing ties", False),  # cut inside a hyphenated word
    ],
)
def test_starts_match_slack(text: str, starts: str, expected: bool) -> None:
    """A predicted statement may start up to two words before or after the gold start."""
    assert expected == starts_match(text, starts)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Sergey  Lavrov", "sergey lavrov", True),
        ("J. R. Smith", "J R Smith", True),
        ("Wang Yi", "Wang Yu", False),
        ("", "", False),
    ],
)
def test_same_name(a: str, b: str, expected: bool) -> None:
    """Names match ignoring case, spacing and periods, and nothing else."""
    assert expected == same_name(a, b)


def test_statements_need_the_same_paragraph() -> None:
    """A statement in another paragraph does not match, however its text starts."""
    readout = predicted_readout()
    elsewhere = [GoldStatement("Tomas Berg", "noted", 3, "Norway values the partnership")]
    here = [GoldStatement("Tomas Berg", "noted", 2, "Norway values the partnership")]
    expected: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [(0, 1)])
    assert expected == (match_statements(elsewhere, readout), match_statements(here, readout))


def test_speaker_attribution() -> None:
    """A speaker id maps to its participant's name; "both" stays "both"."""
    readout = predicted_readout()
    expected = ["Ana Kovac", "Ana Kovac", "both"]
    assert expected == [speaker_name(readout, s) for s in readout.statements]
    expected_same = (True, False, True, False)
    assert expected_same == (
        same_speaker("ana kovac", "Ana Kovac"),
        same_speaker("both", "Ana Kovac"),
        same_speaker("both", "both"),
        same_speaker("Tomas Berg", "Ana Kovac"),
    )


def test_match_prefers_the_right_speaker() -> None:
    """When two predicted statements could match one gold, the one with the right speaker wins."""
    base = predicted_readout()
    paragraphs = base.paragraphs
    readout = Readout(
        source=base.source,
        event=base.event,
        paragraphs=paragraphs,
        statements=(
            statement(paragraphs, 2, "ana-kovac", "noted", "that Norway values the partnership"),
            statement(paragraphs, 2, "tomas-berg", "noted", "Norway values the partnership"),
        ),
    )
    gold = [GoldStatement("Tomas Berg", "noted", 2, "Norway values the partnership")]
    expected = [(0, 1)]
    assert expected == match_statements(gold, readout)


# ------------------------------------------------------------------------------------------- figures


def test_figures(cases: Path, adapter: None) -> None:
    """The figures over a readout and a non-readout are the ones worked out by hand."""
    report = evaluate(cases, format="toy-eval")
    expected = (EXPECTED_FIGURES, EXPECTED_FIGURES)
    assert expected == (report.english.figures(), report.overall.figures())
    expected_groups = [("toy-eval", "en")]
    assert expected_groups == [(pub, lang) for pub, lang, _ in report.groups]


def test_misses_are_listed(cases: Path, adapter: None) -> None:
    """Every miss is listed with its case, field, expected and got."""
    report = evaluate(cases, format="toy-eval")
    stem = "toy-eval-20240303-kovac-berg-call"
    expected = [
        (stem, "location", "(none)", "Oslo"),
        (stem, "country of Tomas Berg", "NO", "SE"),
        (
            stem,
            "speaker of statement p2 'Norway values the partnership and hopes'",
            "Tomas Berg",
            "Ana Kovac",
        ),
        (stem, "statement", "p3 both agreed: to keep in close touch on questions", "(none)"),
        (
            stem,
            "statement",
            "(none)",
            "p0 both agreed: Foreign Minister Ana Kovac held a phone call with Norwegian Foreign "
            "Minister ...",
        ),
    ]
    assert expected == [(m.case, m.field, m.expected, m.got) for m in report.misses]


def test_crash_is_counted_and_listed(tmp_path: Path, adapter: None) -> None:
    """A case whose parse crashes counts as a failed parse and is listed; evaluation goes on."""
    folder = tmp_path / "cases"
    write_case(folder, "toy-eval-crash", CRASH_PAGE, READOUT_GOLD)
    write_case(folder, "toy-eval-notice", NOTICE_PAGE, NOTICE_GOLD)
    with pytest.warns(UserWarning, match="test adapter crashed"):
        report = evaluate(folder, format="toy-eval")
    expected = (["toy-eval-crash"], 1, 0, 1, 1)
    assert expected == (
        [crash.case for crash in report.crashes],
        report.overall.readouts,
        report.overall.parsed,
        report.overall.crashed,
        report.overall.rejected,
    )
    expected_f1 = 0.0
    assert expected_f1 == report.overall.figure("attributed_f1")


def test_publisher_filter(cases: Path, adapter: None) -> None:
    """--publisher keeps only that publisher's cases."""
    expected = (2, 0)
    assert expected == (
        evaluate(cases, format="toy-eval", publisher="toy-eval").overall.cases,
        evaluate(cases, format="toy-eval", publisher="someone-else").overall.cases,
    )


def test_bad_gold_is_reported(tmp_path: Path) -> None:
    """A gold file that breaks the schema is named in the error and listed as a crash by evaluate."""
    folder = tmp_path / "cases"
    broken = dict(READOUT_GOLD, event={"kind": "phone_call", "date": "3 March", "location": None})
    write_case(folder, "toy-eval-bad-gold", READOUT_PAGE, broken)
    with pytest.raises(ValueError, match=r"toy-eval-bad-gold\.gold\.json: bad gold file: event\.date"):
        load_gold(folder / "toy-eval-bad-gold.gold.json")
    expected = ["toy-eval-bad-gold"]
    assert expected == [crash.case for crash in evaluate(folder).crashes]


def test_cases_in_pairs_pages_with_gold(tmp_path: Path) -> None:
    """cases_in takes pages that have a gold file beside them, by stem, and nothing else."""
    write_case(tmp_path, "b-case", READOUT_PAGE, READOUT_GOLD)
    write_case(tmp_path, "a-case", READOUT_PAGE, READOUT_GOLD)
    (tmp_path / "c-no-gold.txt").write_text(READOUT_PAGE, encoding="utf-8")
    (tmp_path / "d-no-page.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "e-html.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "e-html.gold.json").write_text("{}", encoding="utf-8")
    expected = ["a-case", "b-case", "e-html"]
    assert expected == [str(case) for case in cases_in(tmp_path)]


def test_format_report_shows_the_english_line(cases: Path, adapter: None) -> None:
    """The text report has a row per publisher and language and the English overall line."""
    text = format_report(evaluate(cases, format="toy-eval"))
    rows = [line.split()[:2] for line in text.splitlines()]
    expected = (True, True)
    assert expected == (["toy-eval", "en"] in rows, ["overall:", "English"] in rows)


def test_report_to_dict_is_json(cases: Path, adapter: None) -> None:
    """The report as data survives a JSON round trip with its figures."""
    data = report_to_dict(evaluate(cases, format="toy-eval"))
    expected = EXPECTED_FIGURES
    assert expected == json.loads(json.dumps(data))["english"]["figures"]


# ---------------------------------------------------------------------------------------- the command


def test_eval_command_json(cases: Path, adapter: None, capsys: pytest.CaptureFixture[str]) -> None:
    """readout eval --json prints the same figures, and exits 0."""
    code = cli.main(["eval", str(cases), "--format", "toy-eval", "--json"])
    data = json.loads(capsys.readouterr().out)
    expected = (0, EXPECTED_FIGURES)
    assert expected == (code, data["english"]["figures"])


def test_eval_command_misses(cases: Path, adapter: None, capsys: pytest.CaptureFixture[str]) -> None:
    """readout eval --misses lists each miss as case, field, expected and got."""
    code = cli.main(["eval", str(cases), "--format", "toy-eval", "--misses"])
    out = capsys.readouterr().out
    expected = (0, True)
    line = "  toy-eval-20240303-kovac-berg-call\tlocation\texpected: (none)\tgot: Oslo"
    assert expected == (code, line in out.splitlines())


def test_eval_command_crash_still_exits_0(
    tmp_path: Path, adapter: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crashing case is a finding in the report, not a failure of the command."""
    folder = tmp_path / "cases"
    write_case(folder, "toy-eval-crash", CRASH_PAGE, READOUT_GOLD)
    code = cli.main(["eval", str(folder), "--format", "toy-eval"])
    out = capsys.readouterr().out
    expected = (0, True)
    assert expected == (
        code,
        "  toy-eval-crash: crashed: format 'toy-eval' failed: RuntimeError: test adapter crashed"
        in out.splitlines(),
    )


def test_eval_command_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder that does not exist is one error line and exit 1."""
    missing = tmp_path / "nowhere"
    code = cli.main(["eval", str(missing)])
    expected = (1, [f"readout: {missing}: not a directory"])
    assert expected == (code, capsys.readouterr().err.splitlines())


def test_eval_command_unknown_publisher(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--publisher naming no publisher of the cases is a usage error listing the ones there."""
    code = cli.main(["eval", str(cases), "--publisher", "nope"])
    message = (
        f"readout: error: --publisher: no case in {cases} has publisher 'nope' (publishers there: toy-eval)"
    )
    expected = (2, "", [message])
    out, err = capsys.readouterr()
    assert expected == (code, out, err.splitlines())


EXAMPLE_CASES = Path(__file__).resolve().parent.parent / "examples" / "cases"


def test_example_cases_evaluate(capsys: pytest.CaptureFixture[str]) -> None:
    """`readout eval examples/cases` scores the shipped cases: every gold file loads, none crashes."""
    code = cli.main(["eval", str(EXAMPLE_CASES), "--json"])
    data = json.loads(capsys.readouterr().out)
    counts = data["overall"]["counts"]
    gold_side = {"cases": 3, "readouts": 2, "not_readouts": 1, "gold_participants": 4, "gold_statements": 7}
    expected = (0, [], gold_side)
    assert expected == (code, data["crashes"], {k: counts[k] for k in gold_side})


def test_evaluation_doc_example_is_a_shipped_gold_file() -> None:
    """The gold file docs/evaluation.md shows is, field for field, the shipped example it names."""
    doc = (EXAMPLE_CASES.parent.parent / "docs" / "evaluation.md").read_text(encoding="utf-8")
    shown = re.search(r"<!-- gold example -->\n```json\n(.*?)```", doc, re.DOTALL)
    named = re.search(r"`examples/cases/([\w.-]+\.gold\.json)`", doc)
    assert shown is not None and named is not None
    expected = json.loads((EXAMPLE_CASES / named[1]).read_text(encoding="utf-8"))
    assert expected == json.loads(shown[1])


@pytest.mark.parametrize(("scope", "rejected"), [("domestic", 1), ("diplomatic", 0)])
def test_a_non_readout_read_as_a_domestic_readout_counts_as_refused(
    tmp_path: Path, scope: str, rejected: int
) -> None:
    """Gold sets annotate diplomatic readouts (a leader's working meeting with his own governors is
    `not_readout` there, `domestic` in the feed labels: benchmarks/real/CONVENTIONS.md); a page the
    parser reads as a domestic readout is no diplomatic readout, so the gold's refusal is met. A
    diplomatic parse of it stays a miss."""
    path = tmp_path / "toy-eval-00000000-working-meeting.gold.json"
    path.write_text(json.dumps(NOTICE_GOLD), encoding="utf-8")
    readout = Readout(
        source=Source(publisher="toy-eval", adapter="toy-eval", language="en"),
        title="Working meeting with the Governor of Northshire",
        event=Event(
            kind=EventKind.MEETING,
            participants=(Participant("lena-moss", "Lena Moss", "XK", ("President",)),),
            scope=scope,
        ),
        statements=(),
        paragraphs=("President Lena Moss had a working meeting with Governor Paul Reed.",),
    )
    tally, misses = score_case(path.stem, load_gold(path), readout)
    assert (rejected, 1 - rejected) == (tally.rejected, len(misses))
