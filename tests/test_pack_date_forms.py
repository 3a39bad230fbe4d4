"""The date forms of a language are its pack's: numerals, whole date shapes, eras and the marks around
another language's month word are rows of the packs' ``date_words.toml``, which a third party's pack
fills the same way (the core's date scan spells none of them)."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

from readoutlib import languages
from readoutlib.dates import era_year, find_dates, parse_date
from readoutlib.errors import PluginWarning
from tests.test_pack_language_data import _install

#: The toy language writes figures as circled digits, a date as year-Y-month-M-day-D, and years in
#: an era of its own ("Qapla 3Y" is 2003; its first year is "wa"); a day before a month word takes
#: "ko", a word "vo" may stand between, and "DIS" may follow the year.
_DIGITS = "⓪①②③④⑤⑥⑦⑧⑨"
_DATE_FORMS = f"""
digits = "{_DIGITS}"
ten = "X"
shape_mark = "M"
shapes = [
    '(?P<year>[{_DIGITS}]{{4}})Y(?P<month>[{_DIGITS}X]{{1,3}})M(?P<day>[{_DIGITS}X]{{1,3}})D',
    '(?P<era>Qapla)\\s*(?P<eyear>wa|[{_DIGITS}X]{{1,3}})Y(?P<month>[{_DIGITS}X]{{1,3}})M(?P<day>[{_DIGITS}X]{{1,3}})D',
]
yearless = ['(?P<month>[{_DIGITS}X]{{1,3}})M(?P<day>[{_DIGITS}X]{{1,3}})D']
era_years = ['(?P<era>Qapla)\\s*(?P<eyear>wa|[{_DIGITS}X]{{1,3}})Y']
first_year = ["wa"]
day_marks = ["ko"]
links = ["vo"]
year_marks = ["DIS"]

[eras]
Qapla = 2001
"""

_TEXTS = ("Signed ②⓪②④Y③MX⑤D.", "Signed Qapla waYXM②D.", "Met on ⑦M①D.")


def _read() -> tuple[object, ...]:
    dated = [parse_date(text) for text in _TEXTS[:2]]
    yearless = [(m.month, m.day) for m in find_dates(_TEXTS[2])]
    return (*dated, yearless, era_year("the year Qapla ③Y"))


def test_pack_numerals_shapes_and_eras_are_read(installed: Path) -> None:
    """A pack's digits (and its ten), whole date shapes with and without a year, and eras are read
    in any text's dates."""
    before = _read()
    _install(installed, {languages.DATE_WORDS_FILE: _DATE_FORMS})
    after = _read()
    expected = (
        (None, None, [], None),
        (dt.date(2024, 3, 15), dt.date(2001, 10, 2), [(7, 1)], 2003),
    )
    assert expected == (before, after)


def test_pack_marks_around_another_languages_month_word(installed: Path) -> None:
    """A pack's marks after a day, between the day, the month word and the year, and after the year
    are read around a month word dateparser knows; the date found ends after the year's mark."""
    text = "Signé le 5ko vo mai vo 2024 DIS à Paris."
    before = [(m.date, text[m.start : m.end]) for m in find_dates(text)]
    _install(installed, {languages.DATE_WORDS_FILE: _DATE_FORMS})
    after = [(m.date, text[m.start : m.end]) for m in find_dates(text)]
    assert ([], [(dt.date(2024, 5, 5), "5ko vo mai vo 2024 DIS")]) == (before, after)


def test_shipped_packs_give_the_date_forms_the_core_once_spelt() -> None:
    """The French "1er", the Russian "5-го … года", the Japanese eras and the Chinese and Japanese
    numerals and shapes come from those packs' date_words.toml."""
    words = {code: languages.language_pack(code).date_words() for code in ("fr", "ru", "ja", "zh")}
    found = (
        words["fr"].day_marks,
        words["ru"].year_marks,
        dict(words["ja"].eras)["令和"],
        words["zh"].digits,
        (words["ja"].full, words["zh"].full, languages.date_words().read_in_full),
    )
    assert found == (("er",), ("года", r"г\."), 2019, ("〇一二三四五六七八九",), (True, True, ("ja", "zh")))


def test_malformed_date_forms_warn_and_other_dates_still_read(installed: Path) -> None:
    """Digits that are not ten characters are a PluginWarning naming the pack; the packs' dates read."""
    _install(installed, {languages.DATE_WORDS_FILE: 'digits = "⓪①"\n'})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = (parse_date("令和2年5月1日"), parse_date("22 December 2020"))
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    assert (found, len(messages)) == ((dt.date(2020, 5, 1), dt.date(2020, 12, 22)), 1)
    assert "'tlh'" in messages[0] and "digits" in messages[0]
