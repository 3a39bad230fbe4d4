"""Measure the parser against annotated pages: the figures behind ``readout eval``.

A case is a page (``<stem>.txt`` or ``<stem>.html``) beside its human annotation
(``<stem>.gold.json``, see the corpus's GOLD_SCHEMA.md). ``evaluate`` parses every case and scores it
per publisher and language, and overall; the English readouts are what the accuracy targets are
judged on, so they get their own overall line.

The matching rules live here, once, and ``readoutlib.testing`` reuses them:

- participants match by name: case-folded, spaces collapsed, periods ignored;
- a predicted statement matches a gold one when both are in the same paragraph and the predicted
  text (whitespace collapsed) starts at the gold ``starts``, with a slack of at most two words
  either way ("on the need ..." matches gold "the need ..."; "that X" matches "X");
- a statement is attributed when it matches and its speaker is the gold one (a participant name,
  or "both").
"""

from __future__ import annotations

import datetime as dt
import json
import re
import traceback
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from .api import parse
from .errors import AdapterError, NotAReadoutError, ReadoutError
from .model import BOTH, Readout, Statement

__all__ = [
    "NOT_READOUT",
    "SLACK_WORDS",
    "Case",
    "Crash",
    "Gold",
    "GoldParticipant",
    "GoldSource",
    "GoldStatement",
    "Miss",
    "Report",
    "Tally",
    "cases_in",
    "evaluate",
    "format_report",
    "load_gold",
    "match_participants",
    "match_statements",
    "normalize_name",
    "report_to_dict",
    "same_name",
    "score_case",
    "speaker_name",
    "starts_match",
]

#: The gold ``event.kind`` of a page that is not a readout.
NOT_READOUT = "not_readout"
#: How many words a predicted statement may start before or after the gold ``starts``.
SLACK_WORDS = 2
#: A predicted statement shorter than the gold ``starts`` still matches when it has this many words.
MIN_SHORT_WORDS = 3
#: Page suffixes a case may have, in the order they are looked for.
PAGE_SUFFIXES = (".txt", ".html", ".htm")
GOLD_SUFFIX = ".gold.json"

_SPACES = re.compile(r"\s+")
# Quote marks and punctuation a statement may open with ("said: “We ...”"); not part of its words.
#: What may follow a shorter statement's last word in the gold's ``starts``: the end, a space, or the
#: punctuation that closes a clause (never a hyphen or a letter: that is a word cut in two).
_WORD_ENDS = ("", " ", ",", ";", ":", ".", "!", "?", "”", "’", '"')
_OPENING_MARKS = " \"'“”‘’«»„:;,.-–—("
_WORD_STARTS = re.compile(r"(?:^|(?<= ))\S")


# --------------------------------------------------------------------------------------------- gold


@attrs.frozen
class GoldSource:
    """Where the annotated page came from."""

    url: str | None
    publisher: str
    language: str
    complete: bool = True


@attrs.frozen
class GoldParticipant:
    """A principal as the annotator wrote it."""

    name: str
    country: str | None
    titles: tuple[str, ...] = ()


@attrs.frozen
class GoldStatement:
    """A statement as the annotator wrote it: where it is and how its content starts."""

    speaker: str
    verb: str
    paragraph: int
    starts: str


@attrs.frozen
class Gold:
    """What a perfect parser extracts from one page."""

    source: GoldSource
    title: str | None
    kind: str
    date: dt.date | None
    location: str | None
    published: dt.date | None
    participants: tuple[GoldParticipant, ...]
    mentioned: tuple[str, ...]
    statements: tuple[GoldStatement, ...]

    @property
    def is_readout(self) -> bool:
        """False for a page the annotator marked as not a readout."""
        return self.kind != NOT_READOUT


def _opt_str(value: Any, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"{where} must be a string or null, not {type(value).__name__}")


def _str(value: Any, where: str) -> str:
    if isinstance(value, str):
        return value
    raise ValueError(f"{where} must be a string, not {type(value).__name__}")


def _opt_date(value: Any, where: str) -> dt.date | None:
    text = _opt_str(value, where)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{where} is not an ISO date: {text!r}") from None


def _gold_from_dict(data: Any) -> Gold:
    if not isinstance(data, dict):
        raise ValueError("a gold file holds one JSON object")
    source = data.get("source") or {}
    event = data.get("event") or {}
    participants = tuple(
        GoldParticipant(
            name=_str(p.get("name"), f"participants[{i}].name"),
            country=_opt_str(p.get("country"), f"participants[{i}].country"),
            titles=tuple(_str(t, f"participants[{i}].titles") for t in p.get("titles") or ()),
        )
        for i, p in enumerate(data.get("participants") or ())
    )
    statements = []
    for i, s in enumerate(data.get("statements") or ()):
        paragraph = s.get("paragraph")
        if not isinstance(paragraph, int) or paragraph < 0:
            raise ValueError(f"statements[{i}].paragraph must be a non-negative integer")
        statements.append(
            GoldStatement(
                speaker=_str(s.get("speaker"), f"statements[{i}].speaker"),
                verb=_str(s.get("verb"), f"statements[{i}].verb"),
                paragraph=paragraph,
                starts=_str(s.get("starts"), f"statements[{i}].starts"),
            )
        )
    return Gold(
        source=GoldSource(
            url=_opt_str(source.get("url"), "source.url"),
            publisher=_str(source.get("publisher"), "source.publisher"),
            language=_opt_str(source.get("language"), "source.language") or "und",
            complete=bool(source.get("complete", True)),
        ),
        title=_opt_str(data.get("title"), "title"),
        kind=_str(event.get("kind"), "event.kind"),
        date=_opt_date(event.get("date"), "event.date"),
        location=_opt_str(event.get("location"), "event.location"),
        published=_opt_date(data.get("published"), "published"),
        participants=participants,
        mentioned=tuple(_str(m, "mentioned") for m in data.get("mentioned") or ()),
        statements=tuple(statements),
    )


def load_gold(path: Path) -> Gold:
    """Read a ``.gold.json`` file.

    Raises:
        ValueError: the file is not valid JSON or does not follow the gold schema (the message
            names the file).
    """
    try:
        return _gold_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, AttributeError, TypeError) as exc:
        raise ValueError(f"{path}: bad gold file: {exc}") from None


@attrs.frozen
class Case:
    """One annotated page: the page file and the gold file beside it."""

    page: Path
    gold_path: Path

    @property
    def stem(self) -> str:
        """The case's name: the file name without ``.txt`` / ``.html``."""
        return self.page.name[: -len(self.page.suffix)]

    @property
    def gold(self) -> Gold:
        """The annotation, read from disk (never written: gold files are human work)."""
        return load_gold(self.gold_path)

    def __str__(self) -> str:
        return self.stem


def cases_in(folder: Path) -> list[Case]:
    """Every ``<stem>.txt`` / ``<stem>.html`` in ``folder`` with ``<stem>.gold.json`` beside it, by stem.

    A folder that does not exist holds no cases.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    cases = []
    for gold_path in sorted(folder.glob("*" + GOLD_SUFFIX)):
        stem = gold_path.name[: -len(GOLD_SUFFIX)]
        for suffix in PAGE_SUFFIXES:
            page = folder / (stem + suffix)
            if page.is_file():
                cases.append(Case(page, gold_path))
                break
    return cases


# ---------------------------------------------------------------------------------------- matchers


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def normalize_name(name: str) -> str:
    """A name as participants are compared: case-folded, spaces collapsed, periods ignored."""
    return _collapse(name.replace(".", " ")).casefold()


def same_name(a: str, b: str) -> bool:
    """True when two participant names match: only case, spacing and periods may differ."""
    left = normalize_name(a)
    return bool(left) and left == normalize_name(b)


def _word_offsets(text: str, limit: int) -> list[int]:
    """Offsets of the first ``limit + 1`` words of collapsed ``text`` (0 is always first)."""
    offsets = [m.start() for m in _WORD_STARTS.finditer(text)]
    return offsets[: limit + 1] or [0]


def _begins(have: str, want: str) -> bool:
    """``have`` begins with ``want``; or ``have`` is a shorter statement (three words or more)
    that is all of the start of ``want`` up to a word's end (a statement cut short by the next
    reporting clause, before the space or the comma that ends the word: "…for all Libyans," in the
    gold's ``starts``, "…for all Libyans" cut before ", and both ministers agreed")."""
    if have.startswith(want):
        return True
    return (
        len(have.split(" ")) >= MIN_SHORT_WORDS
        and want.startswith(have)
        and want[len(have) : len(have) + 1] in _WORD_ENDS
    )


def starts_match(text: str, starts: str, *, slack: int = SLACK_WORDS) -> bool:
    """True when ``text`` begins with ``starts``, allowing ``slack`` words either way.

    Whitespace is collapsed, case and opening quote marks ignored on both sides. Extra words at
    the front of ``text`` ("that ...", "on the need ...") or missing words from the front of
    ``starts`` are both tolerated, up to ``slack`` words, so a reporting clause cut a word early or
    late still matches.
    """
    have = _collapse(text).casefold().lstrip(_OPENING_MARKS)
    want = _collapse(starts).casefold().lstrip(_OPENING_MARKS)
    if not want or not have:
        return False
    for offset in _word_offsets(have, slack):
        if _begins(have[offset:], want):
            return True
    for offset in _word_offsets(want, slack)[1:]:
        # never let the whole of ``starts`` be skipped: at least two words must remain
        rest = want[offset:]
        if len(rest.split(" ")) >= 2 and _begins(have, rest):
            return True
    return False


def match_participants(gold: Sequence[GoldParticipant], predicted: Sequence[Any]) -> list[tuple[int, int]]:
    """Pair gold and predicted participants by name, one to one, in order of first mention.

    ``predicted`` items need a ``name`` attribute (model ``Participant``s).
    Returns ``(gold_index, predicted_index)`` pairs.
    """
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if pi not in used and same_name(g.name, p.name):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def speaker_name(readout: Readout, statement: Statement) -> str:
    """The speaker as the gold writes it: the participant's name, or ``"both"``."""
    if statement.speaker == BOTH:
        return BOTH
    participant = readout.participant(statement.speaker)
    return participant.name if participant is not None else statement.speaker


def same_speaker(gold_speaker: str, predicted_speaker: str) -> bool:
    """True when a predicted speaker name (or "both") is the gold one."""
    if BOTH in (gold_speaker, predicted_speaker):
        return gold_speaker == predicted_speaker
    return same_name(gold_speaker, predicted_speaker)


def match_statements(gold: Sequence[GoldStatement], readout: Readout) -> list[tuple[int, int]]:
    """Pair gold and predicted statements one to one (the rule in the module docstring).

    Where two predicted statements could match one gold statement, the one with the right speaker
    is preferred, then the earlier one. Returns ``(gold_index, predicted_index)`` pairs.
    """
    predicted = readout.statements
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        candidates = [
            pi
            for pi, p in enumerate(predicted)
            if pi not in used and p.paragraph == g.paragraph and starts_match(p.text, g.starts)
        ]
        if not candidates:
            continue
        right = [pi for pi in candidates if same_speaker(g.speaker, speaker_name(readout, predicted[pi]))]
        pick = (right or candidates)[0]
        used.add(pick)
        pairs.append((gi, pick))
    return pairs


def same_verb(gold: str, predicted: str) -> bool:
    """True when two reporting verbs are the same words (case and spacing ignored)."""
    return _collapse(gold).casefold() == _collapse(predicted).casefold()


def same_place(gold: str | None, predicted: str | None) -> bool:
    """True when two locations are the same text, or both absent."""
    if gold is None or predicted is None:
        return gold is predicted
    return _collapse(gold).casefold() == _collapse(predicted).casefold()


# ------------------------------------------------------------------------------------------ scoring


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(matched: int, predicted: int, gold: int) -> float | None:
    # 2PR/(P+R) written with counts: defined (as 0) even when nothing was predicted
    return 2 * matched / (predicted + gold) if predicted + gold else None


@attrs.define
class Tally:
    """Counts for a group of cases; the figures are derived from them."""

    cases: int = 0
    readouts: int = 0
    parsed: int = 0
    not_readouts: int = 0
    rejected: int = 0
    crashed: int = 0
    kind_ok: int = 0
    dated: int = 0
    date_ok: int = 0
    undated: int = 0
    spurious_dates: int = 0
    location_ok: int = 0
    gold_participants: int = 0
    predicted_participants: int = 0
    matched_participants: int = 0
    country_ok: int = 0
    gold_statements: int = 0
    predicted_statements: int = 0
    matched_statements: int = 0
    speaker_ok: int = 0
    verb_ok: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for field in attrs.fields(Tally):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))

    def figures(self) -> dict[str, float | None]:
        """The ratios, None where there is nothing to measure."""
        return {
            "parsed": _ratio(self.parsed, self.readouts),
            "rejected": _ratio(self.rejected, self.not_readouts),
            "kind": _ratio(self.kind_ok, self.readouts),
            "date": _ratio(self.date_ok, self.dated),
            "spurious_dates": _ratio(self.spurious_dates, self.undated),
            "location": _ratio(self.location_ok, self.readouts),
            "participant_precision": _ratio(self.matched_participants, self.predicted_participants),
            "participant_recall": _ratio(self.matched_participants, self.gold_participants),
            "participant_f1": _f1(
                self.matched_participants, self.predicted_participants, self.gold_participants
            ),
            "country": _ratio(self.country_ok, self.matched_participants),
            "statement_precision": _ratio(self.matched_statements, self.predicted_statements),
            "statement_recall": _ratio(self.matched_statements, self.gold_statements),
            "statement_f1": _f1(self.matched_statements, self.predicted_statements, self.gold_statements),
            "speaker": _ratio(self.speaker_ok, self.matched_statements),
            "verb": _ratio(self.verb_ok, self.matched_statements),
            "attributed_precision": _ratio(self.speaker_ok, self.predicted_statements),
            "attributed_recall": _ratio(self.speaker_ok, self.gold_statements),
            "attributed_f1": _f1(self.speaker_ok, self.predicted_statements, self.gold_statements),
        }

    def figure(self, name: str) -> float | None:
        """One figure by name (see ``figures``)."""
        return self.figures()[name]


@attrs.frozen
class Miss:
    """One thing the parser got wrong on one case."""

    case: str
    field: str
    expected: str
    got: str


@attrs.frozen
class Crash:
    """A case whose parse failed unexpectedly (a bug, not a verdict on the page), or whose gold is broken."""

    case: str
    error: str
    traceback: str = ""


@attrs.frozen
class Report:
    """Everything ``evaluate`` measured.

    Attributes:
        groups: one tally per ``(publisher, language)``, sorted.
        english: the English readouts of every publisher (what the targets are judged on).
        overall: every case.
        misses: every miss, case by case.
        crashes: cases whose adapter crashed (AdapterError or an exception outside the
            ReadoutError hierarchy), or whose gold file is broken.
    """

    groups: tuple[tuple[str, str, Tally], ...]
    english: Tally
    overall: Tally
    misses: tuple[Miss, ...]
    crashes: tuple[Crash, ...] = ()


def _show(value: object) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(value)


def _short(text: str, words: int = 12) -> str:
    parts = _collapse(text).split(" ")
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def score_case(
    name: str, gold: Gold, readout: Readout | None, error: str | None = None
) -> tuple[Tally, list[Miss]]:
    """Score one case: ``readout`` is the parse, or None with ``error`` saying why it failed.

    A failed parse of a readout counts every gold fact as missed, so recall and accuracy stay honest.
    """
    tally = Tally(cases=1)
    misses: list[Miss] = []

    def miss(field: str, expected: object, got: object) -> None:
        misses.append(Miss(name, field, _show(expected), _show(got)))

    if not gold.is_readout:
        tally.not_readouts = 1
        # gold sets annotate diplomatic readouts: a page read as a domestic readout is none of them
        if (readout is None and error == "not a readout") or (
            readout is not None and readout.event.scope == "domestic"
        ):
            tally.rejected = 1
        else:
            got = f"parsed as a readout ({readout.event.kind.value})" if readout is not None else error
            miss("parse", "not a readout", got or "failed")
        return tally, misses

    tally.readouts = 1
    tally.gold_participants = len(gold.participants)
    tally.gold_statements = len(gold.statements)
    if gold.date is None:
        tally.undated = 1
    else:
        tally.dated = 1
    if readout is None:
        miss("parse", "a readout", error or "failed")
        return tally, misses
    tally.parsed = 1
    _score_event(name, gold, readout, tally, misses)
    _score_participants(name, gold, readout, tally, misses)
    _score_statements(name, gold, readout, tally, misses)
    return tally, misses


def _score_event(name: str, gold: Gold, readout: Readout, tally: Tally, misses: list[Miss]) -> None:
    """The event's kind, date (or a date the gold does not give) and place."""
    event = readout.event
    if event.kind.value == gold.kind:
        tally.kind_ok = 1
    else:
        misses.append(Miss(name, "kind", _show(gold.kind), _show(event.kind.value)))
    if gold.date is not None:
        if event.date == gold.date:
            tally.date_ok = 1
        else:
            misses.append(Miss(name, "date", _show(gold.date), _show(event.date)))
    elif event.date is not None:
        tally.spurious_dates = 1
        misses.append(Miss(name, "date", _show(None), _show(event.date)))
    if same_place(gold.location, event.location):
        tally.location_ok = 1
    else:
        misses.append(Miss(name, "location", _show(gold.location), _show(event.location)))


def _score_participants(name: str, gold: Gold, readout: Readout, tally: Tally, misses: list[Miss]) -> None:
    predicted = readout.event.participants
    tally.predicted_participants = len(predicted)
    pairs = match_participants(gold.participants, predicted)
    tally.matched_participants = len(pairs)
    for gi, pi in pairs:
        g, p = gold.participants[gi], predicted[pi]
        if g.country == p.country:
            tally.country_ok += 1
        else:
            misses.append(Miss(name, f"country of {g.name}", _show(g.country), _show(p.country)))
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    misses.extend(
        Miss(name, "participant", g.name, _show(None))
        for gi, g in enumerate(gold.participants)
        if gi not in matched_gold
    )
    misses.extend(
        Miss(name, "participant", _show(None), p.name)
        for pi, p in enumerate(predicted)
        if pi not in matched_pred
    )


def _score_statements(name: str, gold: Gold, readout: Readout, tally: Tally, misses: list[Miss]) -> None:
    statements = readout.statements
    tally.predicted_statements = len(statements)
    pairs = match_statements(gold.statements, readout)
    tally.matched_statements = len(pairs)
    for gi, pi in pairs:
        g, s = gold.statements[gi], statements[pi]
        where = f"statement p{g.paragraph} {_short(g.starts, 6)!r}"
        speaker = speaker_name(readout, s)
        if same_speaker(g.speaker, speaker):
            tally.speaker_ok += 1
        else:
            misses.append(Miss(name, f"speaker of {where}", g.speaker, speaker))
        if same_verb(g.verb, s.verb):
            tally.verb_ok += 1
        else:
            misses.append(Miss(name, f"verb of {where}", g.verb, s.verb))
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    misses.extend(
        Miss(name, "statement", f"p{g.paragraph} {g.speaker} {g.verb}: {_short(g.starts)}", _show(None))
        for gi, g in enumerate(gold.statements)
        if gi not in matched_gold
    )
    misses.extend(
        Miss(
            name,
            "statement",
            _show(None),
            f"p{s.paragraph} {speaker_name(readout, s)} {s.verb}: {_short(s.text)}",
        )
        for pi, s in enumerate(statements)
        if pi not in matched_pred
    )


def _parse_case(case: Case, gold: Gold, *, use_url: bool, format: str | None) -> Readout:  # noqa: A002
    url = gold.source.url if use_url else None
    return parse(case.page, url=url, format=format, name=case.stem)


def evaluate(
    cases_dir: Path,
    *,
    use_url: bool = True,
    format: str | None = None,  # noqa: A002 - the keyword parse() uses
    publisher: str | None = None,
) -> Report:
    """Parse every case in ``cases_dir`` and score it against its gold.

    Args:
        cases_dir: a folder of cases (see ``cases_in``).
        use_url: pass each gold ``source.url`` to the parser (as a caller who knows it would).
        format: force this adapter instead of detecting one.
        publisher: score only the cases whose gold publisher is this id.

    A case whose parse raises anything but a ReadoutError counts as a failed parse and is listed
    in ``Report.crashes``; evaluation goes on.
    """
    return evaluate_cases(cases_in(Path(cases_dir)), use_url=use_url, format=format, publisher=publisher)


def evaluate_cases(
    cases: Iterable[Case],
    *,
    use_url: bool = True,
    format: str | None = None,  # noqa: A002
    publisher: str | None = None,
) -> Report:
    """``evaluate`` over an explicit list of cases."""
    groups: dict[tuple[str, str], Tally] = {}
    english = Tally()
    overall = Tally()
    misses: list[Miss] = []
    crashes: list[Crash] = []
    for case in cases:
        try:
            gold = case.gold
        except ValueError as exc:
            crashes.append(Crash(case.stem, str(exc)))
            misses.append(Miss(case.stem, "gold", "a valid gold file", str(exc)))
            continue
        if publisher is not None and gold.source.publisher != publisher:
            continue
        readout: Readout | None = None
        error: str | None = None
        crashed = False
        try:
            readout = _parse_case(case, gold, use_url=use_url, format=format)
        except NotAReadoutError:
            error = "not a readout"
        except AdapterError as exc:  # the adapter raised something it did not mean to
            error = f"crashed: {exc.reason}"
            crashes.append(Crash(case.stem, error, traceback.format_exc()))
            crashed = True
        except ReadoutError as exc:
            error = exc.reason
        except Exception as exc:  # a crash is a finding, not the end of the report
            error = f"crashed: {type(exc).__name__}: {exc}"
            crashes.append(Crash(case.stem, error, traceback.format_exc()))
            crashed = True
        tally, found = score_case(case.stem, gold, readout, error)
        tally.crashed = int(crashed)
        misses.extend(found)
        key = (gold.source.publisher, gold.source.language)
        groups.setdefault(key, Tally()).add(tally)
        overall.add(tally)
        if gold.source.language == "en":
            english.add(tally)
    return Report(
        groups=tuple((pub, lang, tally) for (pub, lang), tally in sorted(groups.items())),
        english=english,
        overall=overall,
        misses=tuple(misses),
        crashes=tuple(crashes),
    )


# ------------------------------------------------------------------------------------------- output

#: Table columns after the counts: heading, figure name.
_COLUMNS: tuple[tuple[str, str], ...] = (
    ("kind", "kind"),
    ("date", "date"),
    ("loc", "location"),
    ("partP", "participant_precision"),
    ("partR", "participant_recall"),
    ("partF1", "participant_f1"),
    ("ctry", "country"),
    ("stmtP", "statement_precision"),
    ("stmtR", "statement_recall"),
    ("stmtF1", "statement_f1"),
    ("spkr", "speaker"),
    ("verb", "verb"),
    ("attrF1", "attributed_f1"),
)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _row(label: str, language: str, tally: Tally) -> str:
    figures = tally.figures()
    cells = [
        f"{label:<26}",
        f"{language:<4}",
        f"{tally.parsed:>4}/{tally.readouts:<3}",
        f"{tally.rejected:>4}/{tally.not_readouts:<3}",
        f"{tally.spurious_dates:>4}/{tally.undated:<3}",
    ]
    cells.extend(f"{_pct(figures[name]):>{max(len(head), 4)}}" for head, name in _COLUMNS)
    return " ".join(cells).rstrip()


def format_report(report: Report, *, misses: bool = False) -> str:
    """The report as a text table (one row per publisher and language, then the overall lines).

    With ``misses``, every miss follows the table, one per line: case, field, expected, got.
    """
    header = " ".join(
        [f"{'publisher':<26}", f"{'lang':<4}", f"{'parsed':>8}", f"{'rejected':>8}", f"{'spurious':>8}"]
        + [f"{head:>{max(len(head), 4)}}" for head, _ in _COLUMNS]
    )
    rule = "-" * len(header)
    lines = [header, rule]
    lines.extend(_row(pub, lang, tally) for pub, lang, tally in report.groups)
    lines.append(rule)
    lines.append(_row("overall: English readouts", "en", report.english))
    lines.append(_row("overall: all cases", "*", report.overall))
    lines.append("")
    lines.extend(
        [
            "parsed: readouts parsed / readouts. rejected: non-readouts rejected / non-readouts.",
            "spurious: dates given where the gold has none / such readouts.",
            "Ratios, - where there is nothing to measure; ctry, spkr and verb are over matched items;",
            "attrF1: statements found with the right speaker. Targets are judged on the English line.",
        ]
    )
    if report.crashes:
        lines.append("")
        lines.append(f"crashed ({len(report.crashes)}):")
        lines.extend(f"  {crash.case}: {crash.error}" for crash in report.crashes)
    if misses:
        lines.append("")
        lines.append(f"misses ({len(report.misses)}):")
        for m in report.misses:
            lines.append(f"  {m.case}\t{m.field}\texpected: {m.expected}\tgot: {m.got}")
    return "\n".join(lines)


def _tally_dict(tally: Tally) -> dict[str, Any]:
    return {"counts": attrs.asdict(tally), "figures": tally.figures()}


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    return {
        "groups": [
            {"publisher": pub, "language": lang, **_tally_dict(tally)} for pub, lang, tally in report.groups
        ],
        "english": _tally_dict(report.english),
        "overall": _tally_dict(report.overall),
        "misses": [attrs.asdict(m) for m in report.misses],
        "crashes": [attrs.asdict(crash) for crash in report.crashes],
    }
