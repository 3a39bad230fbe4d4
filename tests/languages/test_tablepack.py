"""The shared reader of the table-built packs (``readoutlib.languages.tablepack``), on invented text:
what the French, German and Russian packs (and a new pack) call with their own tables and rules."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from readoutlib.languages import Page
from readoutlib.languages import tablepack as tp
from readoutlib.languages.de import GermanPack
from readoutlib.languages.fr import FrenchPack
from readoutlib.languages.ru import RussianPack
from readoutlib.languages.tablepack import NO_OPENING, PackTables, TablePack
from readoutlib.model import EventKind, Participant

_SUNDAY = dt.date(2024, 3, 10)
_TODAY = re.compile(r"\btoday\b")
_YESTERDAY = re.compile(r"\byesterday\b")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun|sab)\b")


def _full(text: str) -> dt.date | None:
    m = re.search(r"(\d{4})-(\d\d)-(\d\d)", text)
    return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _weekday(text: str, published: dt.date | None) -> dt.date | None:
    return tp.weekday_before(text, published, _WEEKDAY, _WEEKDAYS, {"sab": "sat"})


def test_the_three_packs_are_table_packs() -> None:
    """French, German and Russian subclass the shared pack class."""
    assert all(issubclass(cls, TablePack) for cls in (FrenchPack, GermanPack, RussianPack))


def test_pack_tables_read_a_pack_s_table() -> None:
    """A pack's tables by file name, and the label of a table's first row that matches."""
    tables = PackTables("readoutlib.languages.fr")
    assert tables.table("kinds.toml")
    assert (
        tables.first_label("kinds.toml", "Les deux ministres se sont entretenus par téléphone.")
        == "phone_call"
    )


def test_event_day_full_date_then_relative_then_today_and_yesterday() -> None:
    """A full date wins; then the first relative reader's day; then "today" and "yesterday"."""

    def day(text: str, published: dt.date | None = _SUNDAY) -> tuple[dt.date | None, str | None]:
        return tp.event_day(text, published, _full, (_weekday,), today=_TODAY, yesterday=_YESTERDAY)

    assert day("they spoke on 2024-03-01, a fri") == (dt.date(2024, 3, 1), "text")
    assert day("they spoke on wed") == (dt.date(2024, 3, 6), "relative")
    assert day("they spoke on sab") == (dt.date(2024, 3, 9), "relative")
    assert day("they spoke yesterday") == (dt.date(2024, 3, 9), "relative")
    assert day("they spoke today") == (_SUNDAY, "relative")
    assert day("they spoke") == (None, None)
    assert tp.event_date("they spoke", _SUNDAY, day) == (_SUNDAY, "published")
    assert tp.event_date(None, None, day) == (None, None)


def test_a_yearless_day_after_the_page_is_last_year_s() -> None:
    """A day and month later than the page's date is in the year before."""
    assert tp.day_before(_SUNDAY, dt.date(2024, 3, 2)) == dt.date(2024, 3, 2)
    assert tp.day_before(_SUNDAY, dt.date(2024, 11, 2)) == dt.date(2023, 11, 2)


def test_the_genre_rows_are_read_up_to_the_opening() -> None:
    """A profile's pattern on the headline first; then the genre rows, up to the opening's paragraph."""
    rows = (tp.Rule(re.compile("speech"), "a speech"),)
    texts = ["Minister meets envoy", "The minister met the envoy.", "His speech follows."]
    assert tp.not_readout_reason(texts, rows, None) == "a speech"
    assert tp.not_readout_reason(texts, rows, texts[1]) is None
    assert tp.not_readout_reason(texts, rows, texts[1], (r"meets",)) is not None


def test_kind_countries_and_ids() -> None:
    """The kind of the first text a row matches; countries by name and by row, in order; an id."""
    rows = (tp.Rule(re.compile("phoned"), "phone_call"),)
    assert tp.kind_of(rows, (None, "", "She phoned him.")) is EventKind.PHONE_CALL
    assert tp.kind_of(rows, ("They met.",)) is EventKind.OTHER
    demonyms = (tp.Rule(re.compile("Ruritanian"), "RU"),)
    spans = tp.with_rows([("XX", 20, 25)], demonyms, "The Ruritanian envoy")
    assert spans == [("RU", 4, 14), ("XX", 20, 25)]
    assert tp.first_code(spans) == "RU"
    assert tp.first_code([]) is None
    assert tp.person_id("Anna-Lena O'Neill") == "anna-lena-o-neill"
    assert tp.person_id("—") == "person"


def test_verbs_first_row_wins_and_statements_run_to_the_next() -> None:
    """Where two rows' verbs start at one place the first row's is kept; a statement runs to the next."""
    said = re.compile(r"(?P<verb>said)")
    said_that = re.compile(r"(?P<verb>said that)")
    found = tp.verb_matches(
        [(((said_that, True),), "stated"), (((said, False),), "said")], "He said that it is so."
    )
    assert [(m["verb"], label, flag) for m, label, flag in found] == [("said that", "stated", True)]
    para = "A said yes. B said no.  "
    out = tp.run_to_next([(0, 7, "a", "said"), (12, 19, "b", "said")], para, 3)
    assert [(s.text, s.paragraph, s.start, s.end) for s in out] == [("yes.", 3, 7, 11), ("no.", 3, 19, 22)]


def test_genre_and_people_readings() -> None:
    """No reason and no opening: refused for want of one; warnings for one principal with no country."""
    page = Page(title="A headline", paragraphs=("One.",))
    refused = TablePack.read_genre(page, ("One.",), None, None, None)
    assert refused.reason == NO_OPENING
    assert refused.opening is None
    read = TablePack.read_genre(page, ("One.",), None, "One.", _SUNDAY)
    assert (read.reason, read.opening, read.published) == (None, "One.", _SUNDAY)
    people = TablePack.people((Participant("a-b", "A B", None, ()),))
    assert people.warnings == (
        "1 participants found in the opening",
        "no country found for participant 'A B'",
    )


def test_subclassed_records_keep_the_shared_fields_first() -> None:
    """A pack's own Opening or Mention adds its fields after the shared ones."""

    @attrs.frozen
    class Mine(tp.Mention):
        label: str = "title"

    assert [f.name for f in attrs.fields(Mine)] == ["name", "titles", "country", "start", "end", "label"]


def test_probes_read_as_the_pack_does() -> None:
    """Each probe gives the label its reader gives, and "" (or "readout") when none."""
    assert tp.country_probe(lambda text: "FR" if "France" in text else None)("La France") == "FR"
    assert tp.country_probe(lambda text: None)("nothing") == ""
    assert tp.genre_probe(lambda headline, body: None)("x") == "readout"
    assert tp.kind_probe(lambda text: EventKind.MEETING)("x") == "meeting"
    probe = tp.label_probe(lambda filename, text: filename if text else None, "kinds.toml")
    assert (probe("x"), probe("")) == ("kinds.toml", "")
    assert "kinds.toml" in (probe.__doc__ or "")
    assert tp.first_probe(lambda text: ["said", "met"])("x") == "said"
    assert tp.first_probe(lambda text: [])("x") == ""


def test_reader_probes_give_the_six_usual_probes_in_order() -> None:
    """``reader_probes`` reads each table's example with the reader it is given."""
    probes = tp.reader_probes(
        lambda text: "XX",
        lambda headline, body: "a speech",
        lambda text: EventKind.TALKS,
        lambda filename, text: filename,
        lambda text: ["said"],
    )
    assert [probe("x") for probe in probes] == [
        "XX",
        "a speech",
        "talks",
        "opening.toml",
        "subjects.toml",
        "said",
    ]


def test_a_leap_day_after_the_page_is_no_date_rather_than_an_error() -> None:
    """29 February later than the page's date has no day in the year before: no date is read, and the
    French and German packs fall back to the page's date instead of failing."""
    assert tp.day_before(dt.date(2024, 2, 10), dt.date(2024, 2, 29)) is None
    from readoutlib.languages.de.text import event_day as german
    from readoutlib.languages.fr.text import event_day as french

    published = dt.date(2024, 2, 10)
    assert french("La ministre a reçu le 29 février son homologue.", published) == (None, None)
    assert german("Die Ministerin traf am 29. Februar ihren Amtskollegen.", published) == (None, None)
