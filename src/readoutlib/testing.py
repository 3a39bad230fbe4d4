"""The public test kit: golden-file checks that every format plugin reuses.

A plugin's golden test is a few lines::

    from pathlib import Path
    import pytest  # lazy: the kit's other functions work without pytest
    from readoutlib.testing import Case, cases_in, check_case, check_corpus

    CASES = cases_in(Path(__file__).parent / "cases")

    @pytest.mark.parametrize("case", CASES, ids=str)
    def test_fixture(case: Case) -> None:
        \"\"\"Each fixture page parses to its gold.\"\"\"
        check_case(case)

    def test_corpus() -> None:
        \"\"\"The publisher's real pages in the shared corpus meet the accuracy targets.\"\"\"
        check_corpus("cn-mfa")

Checks raise ``AssertionError`` listing every mismatch at once, so one run shows all that is wrong.
The matching rules are those of ``readoutlib.evaluate`` (the figures ``readout eval`` prints).
Human gold files are only ever read here; ``write_snapshot`` writes machine snapshots elsewhere.
pytest is imported only by the functions that need it (``corpus_params``, ``check_corpus``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import attrs

from .api import parse
from .document import load
from .errors import NotAReadoutError, ReadoutError
from .evaluate import (
    GOLD_SUFFIX,
    Case,
    Gold,
    Miss,
    Tally,
    cases_in,
    match_statements,
    normalize_name,
    same_name,
    same_place,
    same_speaker,
    same_verb,
    score_case,
    speaker_name,
)
from .model import Readout
from .registry import GENERIC, adapter_names, detect
from .serialize import dumps, loads

__all__ = [
    "CORPUS_ENV",
    "Case",
    "cases_in",
    "check_case",
    "check_corpus",
    "corpus_cases",
    "corpus_dir",
    "corpus_params",
    "expected_adapter",
    "snapshot",
    "write_snapshot",
]

#: Environment variable naming the shared corpus folder (or its ``cases`` folder).
CORPUS_ENV = "READOUTLIB_CORPUS"
_CORPUS_PARTS = ("shared", "corpus")
#: Sub-folders of the corpus that hold cases (pages beside their gold files).
_CASE_FOLDERS = ("cases", "html")


# ------------------------------------------------------------------------------------------- corpus


def corpus_dir() -> Path | None:
    """The shared corpus folder, or None when it is not there.

    ``$READOUTLIB_CORPUS`` wins (the corpus folder, or its ``cases`` folder); otherwise the first
    ancestor of the current directory, then of this package, that holds ``shared/corpus/cases``.
    """
    env = os.environ.get(CORPUS_ENV)
    if env:
        path = Path(env)
        return path if path.is_dir() else None
    starts = (Path.cwd().resolve(), Path(__file__).resolve().parent)
    for start in starts:
        for folder in (start, *start.parents):
            candidate = folder.joinpath(*_CORPUS_PARTS)
            if (candidate / "cases").is_dir():
                return candidate
    return None


def _absent_reason() -> str:
    env = os.environ.get(CORPUS_ENV)
    if env:
        return f"shared corpus not found: ${CORPUS_ENV} is {env!r}, which is not a folder"
    return (
        "shared corpus not found: set $READOUTLIB_CORPUS or run from a checkout with "
        "shared/corpus/cases beside an ancestor folder"
    )


def corpus_cases(publisher: str | None = None) -> list[Case]:
    """The shared corpus's cases (of one publisher if given); empty when the corpus is absent."""
    root = corpus_dir()
    if root is None:
        return []
    folders = [root / name for name in _CASE_FOLDERS if (root / name).is_dir()] or [root]
    cases = [case for folder in folders for case in cases_in(folder)]
    if publisher is None:
        return cases
    return [case for case in cases if case.gold.source.publisher == publisher]


def corpus_params(publisher: str) -> list[Any]:
    """The shared corpus cases of ``publisher`` as ``pytest.param``s, for ``parametrize``.

    When the corpus is absent, or holds no case of the publisher, the list is one param skipped
    with a reason saying so (a silent empty parametrization would hide it).
    """
    import pytest  # lazy: the kit's other functions work without pytest

    if corpus_dir() is None:
        return [pytest.param(None, id=f"{publisher}-corpus", marks=pytest.mark.skip(reason=_absent_reason()))]
    cases = corpus_cases(publisher)
    if not cases:
        reason = f"the shared corpus has no case of publisher {publisher!r}"
        return [pytest.param(None, id=f"{publisher}-corpus", marks=pytest.mark.skip(reason=reason))]
    return [pytest.param(case, id=case.stem) for case in cases]


# -------------------------------------------------------------------------------------------- cases


def expected_adapter(gold: Gold) -> str:
    """The adapter that should claim a case: its publisher's, or generic where no plugin has it."""
    publisher = gold.source.publisher
    return publisher if publisher in adapter_names() else GENERIC


def _show(value: object) -> str:
    if value is None:
        return "null"
    return value.isoformat() if isinstance(value, dt.date) else repr(value)


def _check_detection(case: Case, gold: Gold, expected: str, errors: list[str]) -> None:
    try:
        document = load(case.page, url=gold.source.url, name=case.stem)
    except ReadoutError as exc:
        errors.append(f"load failed: {exc.reason}")
        return
    detection = detect(document)
    if detection.winner != expected:
        scores = ", ".join(f"{name} {score:.2f}" for name, score in detection.scores if score > 0)
        errors.append(
            f"detection: expected {expected!r}, got {detection.winner!r} ({detection.reason}; "
            f"scores: {scores or 'all 0'})"
        )


def _round_trip_diff(readout: Readout, back: Readout) -> str:
    fields = [f.name for f in attrs.fields(Readout) if getattr(readout, f.name) != getattr(back, f.name)]
    return ", ".join(fields) or "equality"


def _check_round_trips(readout: Readout, errors: list[str]) -> None:
    for syntax in ("json", "xml"):
        try:
            back = loads(dumps(readout, syntax), syntax)
        except Exception as exc:  # any failure of a serializer is a finding to list
            errors.append(f"{syntax} round trip failed: {type(exc).__name__}: {exc}")
            continue
        if back != readout:
            errors.append(f"{syntax} round trip changed the readout: {_round_trip_diff(readout, back)}")


def _parse(case: Case, gold: Gold, adapter: str, errors: list[str]) -> Readout | None:
    """Parse with the expected adapter; record what is wrong; None when there is no readout."""
    try:
        readout = parse(case.page, url=gold.source.url, format=adapter, name=case.stem)
    except NotAReadoutError as exc:
        if gold.is_readout:
            errors.append(f"parse: expected a readout, got NotAReadoutError: {exc.reason}")
        return None
    except ReadoutError as exc:
        errors.append(f"parse failed: {type(exc).__name__}: {exc.reason}")
        return None
    if not gold.is_readout:
        errors.append(
            f"parse: expected NotAReadoutError, got a readout ({readout.event.kind.value}, "
            f"{len(readout.event.participants)} participants)"
        )
    return readout


def _same(errors: list[str], field: str, expected: object, got: object) -> None:
    """Note a mismatch of one field."""
    if expected != got:
        errors.append(f"{field}: expected {_show(expected)}, got {_show(got)}")


def _check_fields(gold: Gold, readout: Readout, errors: list[str]) -> None:
    """Every gold field of a readout: the event, the participants, the mentioned, the statements."""
    _same(
        errors,
        "title",
        gold.title and " ".join(gold.title.split()),
        readout.title and " ".join(readout.title.split()),
    )
    _same(errors, "published", gold.published, readout.source.published)
    _same(errors, "event.kind", gold.kind, readout.event.kind.value)
    _same(errors, "event.date", gold.date, readout.event.date)
    if not same_place(gold.location, readout.event.location):
        _same(errors, "event.location", gold.location, readout.event.location)
    _check_participants(gold, readout, errors)
    _check_mentioned(gold, readout, errors)
    _check_statements(gold, readout, errors)


def _check_participants(gold: Gold, readout: Readout, errors: list[str]) -> None:
    """The principals in order, and the country and titles of each one whose name is right."""
    got = readout.event.participants
    names_ok = len(got) == len(gold.participants) and all(
        same_name(g.name, p.name) for g, p in zip(gold.participants, got, strict=True)
    )
    if not names_ok:
        errors.append(
            f"participants: expected {[g.name for g in gold.participants]}, got {[p.name for p in got]}"
        )
    for g, p in zip(gold.participants, got, strict=False):
        if not same_name(g.name, p.name):
            continue
        _same(errors, f"country of {g.name}", g.country, p.country)
        _same(errors, f"titles of {g.name}", list(g.titles), list(p.titles))


def _check_mentioned(gold: Gold, readout: Readout, errors: list[str]) -> None:
    """The people mentioned, as a set of folded names."""
    want = {normalize_name(name): name for name in gold.mentioned}
    have = {normalize_name(name): name for name in readout.mentioned}
    missing = sorted(want[k] for k in want.keys() - have.keys())
    extra = sorted(have[k] for k in have.keys() - want.keys())
    if missing or extra:
        errors.append(f"mentioned: missing {missing}, extra {extra}")


def _check_statements(gold: Gold, readout: Readout, errors: list[str]) -> None:
    """Statements matched to the gold's: speaker and verb of each pair, then the missing and the extra."""
    pairs = match_statements(gold.statements, readout)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    for gi, pi in pairs:
        gs, s = gold.statements[gi], readout.statements[pi]
        speaker = speaker_name(readout, s)
        where = f"statement {gi} (p{gs.paragraph} {gs.starts[:40]!r})"
        if not same_speaker(gs.speaker, speaker):
            errors.append(f"{where} speaker: expected {gs.speaker!r}, got {speaker!r}")
        if not same_verb(gs.verb, s.verb):
            errors.append(f"{where} verb: expected {gs.verb!r}, got {s.verb!r}")
    for gi, gs in enumerate(gold.statements):
        if gi not in matched_gold:
            errors.append(f"statement {gi} missing: p{gs.paragraph} {gs.speaker} {gs.verb!r}: {gs.starts!r}")
    for pi, s in enumerate(readout.statements):
        if pi not in matched_pred:
            errors.append(
                f"statement extra: p{s.paragraph} {speaker_name(readout, s)} {s.verb!r}: {s.text[:60]!r}"
            )


def check_case(case: Case, *, adapter: str | None = None) -> None:
    """Check one case strictly: detection, every gold field, and both round trips.

    Args:
        case: the page and its gold.
        adapter: the adapter that must claim the page (default: the gold publisher's, or generic
            where no plugin is installed for it). The fields are checked on that adapter's parse.

    Raises:
        AssertionError: listing every mismatch.
    """
    gold = case.gold
    expected = adapter or expected_adapter(gold)
    errors: list[str] = []
    _check_detection(case, gold, expected, errors)
    readout = _parse(case, gold, expected, errors)
    if readout is not None:
        if gold.is_readout:
            _check_fields(gold, readout, errors)
        _check_round_trips(readout, errors)
    if errors:
        listing = "\n".join(f"  - {e}" for e in errors)
        raise AssertionError(
            f"{case.stem}: {len(errors)} mismatch(es) with {case.gold_path.name}:\n{listing}"
        )


def check_corpus(publisher: str, *, participant_f1: float = 0.95, statement_f1: float = 0.90) -> None:
    """Check a publisher's cases in the shared corpus as a whole (skips when the corpus is absent).

    Every case must be claimed by the publisher's adapter and survive both round trips; a page the
    gold marks as not a readout must be refused, and a readout must not be; over the publisher's
    English readouts, participant F1 and attributed-statement F1 (found with the right
    speaker) must reach the thresholds. Field-level misses do not fail this check by themselves;
    they are listed when a threshold is missed.

    Raises:
        AssertionError: listing every failure, the figures and the misses.
    """
    import pytest  # lazy: the kit's other functions work without pytest

    if corpus_dir() is None:
        pytest.skip(_absent_reason())
    cases = corpus_cases(publisher)
    if not cases:
        pytest.skip(f"the shared corpus has no case of publisher {publisher!r}")
    errors: list[str] = []
    english = Tally()
    misses: list[str] = []
    for case in cases:
        found, tally, case_misses = _corpus_case(case)
        errors.extend(f"{case.stem}: {e}" for e in found)
        if case.gold.source.language == "en":
            english.add(tally)
            misses.extend(f"{m.case}: {m.field}: expected {m.expected}, got {m.got}" for m in case_misses)
    figures = english.figures()
    for name, threshold in (("participant_f1", participant_f1), ("attributed_f1", statement_f1)):
        value = figures[name]
        if value is not None and value < threshold:
            errors.append(f"{name} over English readouts is {value:.3f}, below {threshold}")
    if errors:
        summary = ", ".join(f"{k} {v:.3f}" for k, v in figures.items() if v is not None)
        lines = [f"{publisher}: {len(errors)} failure(s) on the shared corpus", *(f"  - {e}" for e in errors)]
        lines.append(f"figures (English readouts): {summary}")
        if misses:
            lines.append("misses:")
            lines.extend(f"  {m}" for m in misses)
        raise AssertionError("\n".join(lines))


def _corpus_case(case: Case) -> tuple[list[str], Tally, list[Miss]]:
    """One case of ``check_corpus``: its failures, its tally and its field-level misses."""
    gold = case.gold
    expected = expected_adapter(gold)
    found: list[str] = []
    _check_detection(case, gold, expected, found)
    readout: Readout | None = None
    error: str | None = None
    try:
        readout = parse(case.page, url=gold.source.url, format=expected, name=case.stem)
    except NotAReadoutError:
        error = "not a readout"
    except ReadoutError as exc:
        error = exc.reason
    if readout is not None:
        _check_round_trips(readout, found)
    if gold.is_readout and readout is None:
        found.append(f"a readout was refused: {error}")
    if not gold.is_readout and readout is not None:
        found.append("not a readout, but it was parsed as one")
    tally, case_misses = score_case(case.stem, gold, readout, error)
    return found, tally, case_misses


# ---------------------------------------------------------------------------------------- snapshots


def snapshot(case: Case) -> dict[str, Any]:
    """The case's parse as JSON data (a machine snapshot, unlike the human gold).

    Raises:
        ReadoutError: the page does not parse.
    """
    gold = case.gold
    readout = parse(case.page, url=gold.source.url, name=case.stem)
    data: dict[str, Any] = json.loads(dumps(readout, "json"))
    return data


def write_snapshot(case: Case, path: Path) -> Path:
    """Write ``snapshot(case)`` to ``path`` (indented JSON); refuse to touch a gold file or the page.

    Raises:
        ValueError: ``path`` is the case's gold file, the page, or any ``*.gold.json``.
    """
    path = Path(path)
    target = path.resolve()
    if path.name.endswith(GOLD_SUFFIX) or target in (case.gold_path.resolve(), case.page.resolve()):
        raise ValueError(f"{path}: gold files and pages are human work; snapshots go elsewhere")
    text = json.dumps(snapshot(case), indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return path
