"""Dates as publishers print them, found in running text and header lines."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutlib.dates import DateMatch, find_dates, japanese_era_year, parse_date, parse_stamp, url_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On March 9, 2021, the minister spoke", dt.date(2021, 3, 9)),
        ("Sept. 4, 2019", dt.date(2019, 9, 4)),
        ("Thu. Jun 3rd, 2021", dt.date(2021, 6, 3)),
        ("on 14 February 2024 in Rome", dt.date(2024, 2, 14)),
        ("the 2nd of April, 2020", dt.date(2020, 4, 2)),
        ("9 October 201911:05", dt.date(2019, 10, 9)),
        ("9 October 20191:05", dt.date(2019, 10, 9)),
        ("2022-11-30 08:41", dt.date(2022, 11, 30)),
        ("2022-11-30T08:41:00Z", dt.date(2022, 11, 30)),
        ("07.05.2018", dt.date(2018, 5, 7)),
        ("2019年7月1日", dt.date(2019, 7, 1)),
        ("平成30年1月15日", dt.date(2018, 1, 15)),
        ("令和元年6月3日", dt.date(2019, 6, 3)),
        ("令和５年１０月２日", dt.date(2023, 10, 2)),
    ],
)
def test_parse_date_shapes(text: str, expected: dt.date) -> None:
    """Each printed shape gives its calendar date."""
    assert expected == parse_date(text)


@pytest.mark.parametrize(
    "text", ["On Tuesday the ministers met", "on 31 February 2020", "in 1999 votes", "17 January 20223 –", ""]
)
def test_no_full_date(text: str) -> None:
    """Weekdays, impossible dates, bare years and a year mistyped with a fifth figure are not dates."""
    assert None is parse_date(text)


def test_day_and_month_without_year_is_kept_yearless() -> None:
    """'On May 4' is reported without a year: the caller decides, nothing is guessed."""
    found = list(find_dates("On May 4 the two ministers spoke."))
    expected = [(None, 5, 4)]
    assert expected == [(d.year, d.month, d.day) for d in found]


def test_dates_in_order_without_overlap() -> None:
    """Several dates come back in text order, each once."""
    text = "Published 2023-02-04 11:14. The call took place on February 3, 2023."
    expected = [dt.date(2023, 2, 4), dt.date(2023, 2, 3)]
    assert expected == [d.date for d in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("Lisbon, 05/03/2023 - 09:10", False, dt.date(2023, 3, 5)),
        ("Lisbon, 05/03/2023 - 09:10", True, dt.date(2023, 5, 3)),
        ("posted 27/11/2022", False, dt.date(2022, 11, 27)),
        ("posted 27/11/2022", True, dt.date(2022, 11, 27)),
        ("posted 11/27/2022", False, dt.date(2022, 11, 27)),
        ("1/2/2021", False, dt.date(2021, 2, 1)),
    ],
)
def test_slashed_dates_day_first_unless_told(text: str, month_first: bool, expected: dt.date) -> None:
    """DD/MM/YYYY is read day first by default, month first on request; a part above 12 decides alone."""
    assert expected == parse_date(text, month_first=month_first)


def test_slashed_date_with_two_parts_above_twelve_is_no_date() -> None:
    """'31/31/2020' is neither order, so it is not a date."""
    assert None is parse_date("31/31/2020")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Переговоры состоялись 5 февраля 2025 года в Москве.", dt.date(2025, 2, 5)),
        ("Entretien le 3 mai 2024 à Paris", dt.date(2024, 5, 3)),
        ("le 1er mai 2024", dt.date(2024, 5, 1)),
        ("Berlin, 3. Mai 2024", dt.date(2024, 5, 3)),
        ("Madrid, 3 de mayo de 2024", dt.date(2024, 5, 3)),
        ("Ankara, 5 Şubat 2024", dt.date(2024, 2, 5)),
        ("二〇二〇年十二月二十二日", dt.date(2020, 12, 22)),
        ("令和2年5月1日", dt.date(2020, 5, 1)),
        ("令和二年五月一日", dt.date(2020, 5, 1)),
        ("昭和64年1月7日", dt.date(1989, 1, 7)),
    ],
)
def test_month_words_of_other_languages(text: str, expected: dt.date) -> None:
    """Month words in Russian, French, German, Spanish and Turkish, Chinese numerals and eras are read."""
    assert expected == parse_date(text)


def test_a_word_that_is_no_month_is_no_date() -> None:
    """'15 since 2001' has a day and a year but no month word, so it is not a date."""
    expected: list[DateMatch] = []
    assert expected == list(find_dates("up 15 since 2001, and 3 techsprints 2019"))


def test_languages_named_find_a_day_and_month_without_year() -> None:
    """With the page's language named, '5 февраля' is found yearless; by default it is not looked for."""
    text = "Встреча 5 февраля и звонок 12 марта 2024 года"
    expected = [(None, 2, 5, 8, 17), (2024, 3, 12, 27, 45)]
    assert expected == [(d.year, d.month, d.day, d.start, d.end) for d in find_dates(text, languages=("ru",))]
    expected_by_default = [(2024, 3, 12)]
    assert expected_by_default == [(d.year, d.month, d.day) for d in find_dates(text)]


def test_languages_limit_the_month_words() -> None:
    """A French month word is not read when only Russian is named."""
    assert None is parse_date("le 3 mai 2024", languages=("ru",))


def test_chinese_and_japanese_dates_whatever_the_languages() -> None:
    """Year-month-day in Han characters is read for any language named, eras included."""
    text = "2020年12月22日、令和3年1月5日と12月3日"
    expected = [(2020, 12, 22), (2021, 1, 5), (None, 12, 3)]
    assert expected == [(d.year, d.month, d.day) for d in find_dates(text, languages=("ja",))]


@pytest.mark.parametrize(
    ("text", "expected"), [("令和2年", 2020), ("平成元年", 1989), ("令和５年度", 2023), ("2020年", None)]
)
def test_japanese_era_year(text: str, expected: int | None) -> None:
    """An era year alone gives its Western year (令和2年 = 2020)."""
    assert expected == japanese_era_year(text)


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [("03.04.2024", False, dt.date(2024, 4, 3)), ("03.04.2024", True, dt.date(2024, 3, 4))],
)
def test_dotted_dates_follow_the_publishers_order(text: str, month_first: bool, expected: dt.date) -> None:
    """Dotted numeric dates are read like slashed ones: day first unless the publisher writes month first."""
    assert expected == parse_date(text, month_first=month_first)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-12-22T19:09:00+03:00", dt.date(2020, 12, 22)),
        ("2020/12/22 19:09", dt.date(2020, 12, 22)),
        ("Tue, 22 Dec 2020 19:09:00 GMT", dt.date(2020, 12, 22)),
        ("", None),
        (None, None),
    ],
)
def test_parse_stamp(text: str | None, expected: dt.date | None) -> None:
    """Date stamps of date elements and <meta> values: ISO, year-first slashes, RFC 2822."""
    assert expected == parse_stamp(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kommuniqué - Paris, 12. April 2018", (2018, 4, 12)), ("8. November 2011", (2011, 11, 8))],
)
def test_a_german_date_with_a_month_english_also_writes_is_read(
    text: str, expected: tuple[int, int, int]
) -> None:
    """ "12. April 2018", "8. November 2011": a day with its full stop before a month word English
    writes alike is a date."""
    expected = [expected]
    assert expected == [(d.year, d.month, d.day) for d in find_dates(text)]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/world/202103151093847562-ministers-spoke-by-phone/", dt.date(2021, 3, 15)),
        ("https://news.example/politik/20210315938475621-telefonat/", dt.date(2021, 3, 15)),
        # a long number with no slug after it is an id, not a date
        ("https://news.example/item/202103151093847562", None),
        ("https://news.example/item/20219915109384756-x/", None),
    ],
)
def test_a_url_date_glued_to_an_article_number_is_read(url: str, expected: dt.date | None) -> None:
    """ "/202103151093847562-slug/": eight digits of a date then the article's number, then its slug."""
    assert expected == url_date(url)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://paper.example/en/2031/0407/c1000-998877.html", dt.date(2031, 4, 7)),
        ("https://paper.example/region/2031/apr/7/envoys-hold-talks-554433.html", dt.date(2031, 4, 7)),
        ("https://paper.example/region/2031/sept/30/envoys-hold-talks/", dt.date(2031, 9, 30)),
        # a post's number in four figures after the year is no month and day
        ("https://ministry.example/2031/1388/", None),
        # a folder after the year that is no month word
        ("https://ministry.example/2031/news/7/", None),
    ],
)
def test_a_url_date_in_year_and_month_day_folders_is_read(url: str, expected: dt.date | None) -> None:
    """ "/2031/0407/" (the month and day in one folder of four figures) and "/2031/apr/7/" (the month's
    word in a folder of its own between the year's and the day's) date the page."""
    assert expected == url_date(url)


def test_a_date_scan_runs_no_import_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    """The packs' date words are imported once, not on each scan (speed19: ``_scan`` ran an import
    statement at each of its thousand-odd calls a pass)."""
    import builtins

    list(find_dates("Talks were held on 3 March 2031."))  # the first scan imports what it needs
    imports: list[str] = []
    real_import = builtins.__import__

    def counting(name: str, *args: object, **kwargs: object) -> object:
        imports.append(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", counting)
    found = list(find_dates("The ministers met in Lima on 5 April 2032 and again on 6 April 2032."))
    monkeypatch.undo()
    assert [m.date for m in found] == [dt.date(2032, 4, 5), dt.date(2032, 4, 6)]
    assert imports == []
