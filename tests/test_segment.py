"""Unit tests of the publisher-free layout helpers (readoutlib.segment), on text and markup written here."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import attrs
import pytest

from readoutlib.document import load
from readoutlib.markers import marker_score
from readoutlib.rules import Row
from readoutlib.segment import (
    Dateline,
    DumpRules,
    Header,
    HtmlRules,
    Layout,
    clean_title,
    compile_patterns,
    date_line_date,
    dateline_date,
    element_paragraphs,
    element_text,
    guess_language,
    header,
    is_date_line,
    is_prose,
    largest_text_block,
    lines_between,
    looks_like_headline,
    meta_content,
    parse_stamp,
    select,
    select_one,
    select_text,
    split_html,
    split_page,
    split_text_dump,
    strip_dateline,
)
from readoutlib.segment.datelines import date_line_place, split_glued_date, yearless_date_line
from readoutlib.segment.furniture import furniture_kind
from readoutlib.segment.lines import first_match, is_boilerplate, is_breadcrumb
from readoutlib.segment.top import header_date, is_header_line, page_day_month, page_place
from readoutlib.segment.vocabulary import FURNITURE

if TYPE_CHECKING:
    from lxml.html import HtmlElement

PAGE = """<html><head><title>Minister Meets Envoy | Example Ministry</title>
<meta property="og:title" content="Minister Meets Envoy">
<meta name="PubDate" value="2022/07/01">
<style>p { color: red; }</style></head>
<body><nav>Home | News | Contact</nav>
<div id="main"><h1>Minister Meets Envoy</h1>
<p>The Minister met the envoy <b>today</b>.</p><script>var x = 1;</script>
<p>He said ties were <i>strong</i>.<br>They agreed to meet again.</p>
<div class="share">Share: Facebook</div></div></body></html>"""


def _root(markup: str = PAGE) -> HtmlElement:
    return load(markup).tree


# ----------------------------------------------------------------------------------------- HTML


def test_element_text_blocks_on_lines_scripts_hidden() -> None:
    """Block elements and <br> start lines; scripts and styles are invisible; spaces collapse."""
    main = select_one(_root(), "#main")
    assert main is not None
    expected = (
        "Minister Meets Envoy\nThe Minister met the envoy today.\nHe said ties were strong.\n"
        "They agreed to meet again.\nShare: Facebook"
    )
    assert expected == element_text(main)


def test_element_text_skips_given_elements() -> None:
    """Skipped elements leave no text."""
    root = _root()
    main = select_one(root, "#main")
    assert main is not None
    expected = (
        "Minister Meets Envoy\nThe Minister met the envoy today.\nHe said ties were strong.\n"
        "They agreed to meet again."
    )
    assert expected == element_text(main, skip=select(main, ".share"))


def test_select_tries_selectors_in_order() -> None:
    """The first selector that matches anything wins."""
    root = _root()
    expected = ["h1"]
    assert expected == [el.tag for el in select(root, "#missing", "h1", "p")]


def test_select_one_none_when_nothing_matches() -> None:
    """No match gives None."""
    assert None is select_one(_root(), "#missing", ".absent")


def test_select_text_first_non_empty() -> None:
    """Visible text of the first non-empty match."""
    expected = "Minister Meets Envoy"
    assert expected == select_text(_root(), "#missing", "h1")


def test_meta_content_name_property_and_value() -> None:
    """Meta content is found by property or name; a rewritten value= attribute is read too."""
    root = _root()
    expected = ("Minister Meets Envoy", "2022/07/01", None)
    assert expected == (
        meta_content(root, "og:title"),
        meta_content(root, "PubDate"),
        meta_content(root, "x"),
    )


def test_element_paragraphs_skip_and_drop() -> None:
    """Body paragraphs leave out skipped elements and dropped lines."""
    main = select_one(_root(), "#main")
    assert main is not None
    paragraphs = element_paragraphs(main, skip_selectors=("h1",), drop=compile_patterns([r"share\b"]))
    expected = (
        "The Minister met the envoy today.",
        "He said ties were strong.",
        "They agreed to meet again.",
    )
    assert expected == paragraphs


def test_lines_between_markers() -> None:
    """Only the text between the start and end markers is read."""
    root = _root(
        "<html><body><p>Before the body.</p><meta name='start'><p>First line.</p><div>Second "
        "<b>line</b>.</div><meta name='end'><p>After the body.</p></body></html>"
    )
    start, end = select_one(root, "meta[name=start]"), select_one(root, "meta[name=end]")
    assert start is not None
    expected = ("First line.", "Second line.")
    assert expected == lines_between(root, start, end)


def test_largest_text_block_prefers_paragraph_parent() -> None:
    """Without a known container, the parent of the most paragraph text is the body."""
    root = _root(
        "<html><body><div id='side'><p>Short link.</p></div><div id='story'><p>"
        + "A long sentence of the story. " * 5
        + "</p><p>"
        + "Another long sentence. " * 5
        + "</p></div></body></html>"
    )
    block = largest_text_block(root)
    assert block is not None
    assert block.get("id") == "story"


def test_largest_text_block_uses_known_container_with_enough_text() -> None:
    """A listed container with enough text wins over the paragraph count."""
    root = _root(
        "<html><body><article>" + "Text of the article. " * 20 + "</article><p>Other.</p></body></html>"
    )
    block = largest_text_block(root, selectors=("article",))
    assert block is not None
    assert block.tag == "article"


# -------------------------------------------------------------------------------------- patterns


def test_compile_patterns_cached_and_case_insensitive() -> None:
    """The same sources give the same compiled tuple, matching regardless of case."""
    first = compile_patterns([r"print\b"])
    expected = (True, True)
    assert expected == (first is compile_patterns((r"print\b",)), bool(first[0].match("PRINT")))


def test_is_boilerplate_and_first_match() -> None:
    """Boilerplate matches from the line start; first_match gives the first matching index."""
    patterns = compile_patterns([r"share\b"])
    expected = (True, False, 1)
    got = (
        is_boilerplate("  Share this", patterns),
        is_boilerplate("We share views.", patterns),
        first_match(["Body.", "Share:", "Share"], patterns[0]),
    )
    assert expected == got


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The two sides agreed to stay in touch.", True),
        ("They met.", False),  # too short to be running text
        ("Minister Meets Envoy", False),
        ("• Item in a list that ends with a full stop of its own.", False),
        ("双方同意保持密切沟通，共同推动两国关系发展。", True),
        (" ".join(["word"] * 45), True),  # a long passage cut off mid-sentence
    ],
)
def test_is_prose(line: str, expected: bool) -> None:
    """Running text ends like a sentence, or is long."""
    assert expected == is_prose(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Home > China News", True),
        ("Home » News » Readouts", True),
        ("首页 > 外交部新闻", True),
        ("Home | About Us | News | Contact", True),
        ("Minister > Ambassador in rank, says the protocol office in a long sentence today.", False),
        ("Japan-Australia Relations", False),
    ],
)
def test_is_breadcrumb(line: str, expected: bool) -> None:
    """Navigation trails and menus are recognised; prose and headings are not."""
    assert expected == is_breadcrumb(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2020-12-22 19:09", True),
        ("17 July 202018:33", True),
        ("(2012-03-06)", True),
        ("April 04, 2020", True),
        ("2021年3月8日", True),
        ("Talks in Moscow, 1 February 2023", False),
        ("Lisbon, 05/03/2023 - 09:10", True),
        ("Port Louis, 3 June 2022", True),
        ("Capital City, Tuesday, 14 March 2023", True),
        ("Minister Visits Port Louis, 3 June 2022", False),
        ("On May 1, 2021, the ministers met.", False),
    ],
)
def test_is_date_line(line: str, expected: bool) -> None:
    """A date line holds a date, perhaps a time, and nothing else."""
    assert expected == is_date_line(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: Sun Feb 20 2022", dt.date(2022, 2, 20)),
        (" date 2022-09-16 Press Release", dt.date(2022, 9, 16)),
        ("• Wed. May 12th, 2021", dt.date(2021, 5, 12)),
        ("13 August 201520:16", dt.date(2015, 8, 13)),
        ("Port Louis, 3 June 2022", dt.date(2022, 6, 3)),
        ("Lisbon, 05/03/2023 - 09:10", dt.date(2023, 3, 5)),
        ("Published By : Admin | June 2, 2031 | 21:29 IST", dt.date(2031, 6, 2)),
        ("วันที่ 7 Dec 2031", dt.date(2031, 12, 7)),
        ("发布时间：2031-12-07", dt.date(2031, 12, 7)),
        ("来源:某某网 2031-06-06 15:24:16", dt.date(2031, 6, 6)),
        ("PM call with the President of Ruritania: 23 November 2025", None),
        ("2021年3月8日，外长同某国外长通电话，双方就两国关系交换意见。", None),
        ("No date in this header line", None),
    ],
)
def test_date_line_date(line: str, expected: dt.date | None) -> None:
    """Labelled date lines give their date; headlines ending with a date and sentences do not."""
    assert expected == date_line_date(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Capital City, Ruritania, 1 February 2031", "Capital City, Ruritania"),
        ("January 20, 2031 - Port Louis, Mauritius - Ministry of Examples", "Port Louis, Mauritius"),
        ("Lisbon, 05/03/2031 - 09:10", "Lisbon"),
        ("May 12, 2031 - News", None),
        ("13 August 203120:16", None),
        ("Minister Visits Port Louis, 3 June 2031", None),
    ],
)
def test_date_line_place(line: str, expected: str | None) -> None:
    """A date line's place stands before the date or in the first dash segment after it."""
    assert expected == date_line_place(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Capital City - Information Office - March 16", (3, 16)),
        ("16 March, Capital City", (3, 16)),
        ("JAN 17", (1, 17)),
        ("Talks on March 16", None),
        ("Capital City, 16 March 2031", None),
        ("The Minister met the envoy on March 16.", None),
    ],
)
def test_yearless_date_line(line: str, expected: tuple[int, int] | None) -> None:
    """A short line with a day and month and no year, beside a place or an office, gives them."""
    assert expected == yearless_date_line(line)


def test_split_text_dump_yearless_date_line_is_kept_for_the_analysis() -> None:
    """A "Place - Office - March 16" line under the headline is no body; its day and month are kept."""
    lines = [
        "Foreign Minister Holds Phone Call with Kenyan Foreign Minister",
        "Capital City - Information Office - March 16",
        "The Foreign Minister held today a phone call with the Kenyan Foreign Minister.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[0], None, (3, 16), (lines[2],))
    assert expected == (dump.title, dump.published, dump.day_month, dump.paragraphs)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        (
            "[Source] Prime Minister of Sweden and the Government Offices",
            "Prime Minister of Sweden and the Government Offices",
        ),
        ("Issued by: Office of the President", "Office of the President"),
        ("Sources of the quotes are given below", None),
    ],
)
def test_split_text_dump_byline_from_a_labelled_header_line(label: str, expected: str | None) -> None:
    """A header line labelled "[Source]" or "Issued by:" names who issued the page; other lines do not."""
    lines = [
        "Statement on the Telephone Talk with President Tom Reed",
        label,
        "A short while ago, I had a telephone talk with President Tom Reed of Chile.",
    ]
    assert expected == split_text_dump(lines).byline


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Islamabad, July 25, 2023 (PPI-OT): The Foreign Minister received a call.", dt.date(2023, 7, 25)),
        ("Washington, DC, March 3, 2021 - The Secretary spoke today with the Minister.", dt.date(2021, 3, 3)),
        ("On July 25, 2023, the Foreign Minister received a call.", None),
        ("July 26, 2015 on Turkey's initiative, the President had a call.", None),
    ],
)
def test_dateline_date(paragraph: str, expected: dt.date | None) -> None:
    """A place-and-date dateline opening a paragraph gives the date; a sentence with a date does not."""
    assert expected == dateline_date(paragraph)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wang Yi Meets with the Foreign Minister of Ruritania", True),
        ("The Minister met the envoy today.", False),
        ("Home > News", False),
        ("For more information, contact:", False),
        ("عربي Español Русский Français 简体中文", False),
        ("Readout", False),
    ],
)
def test_looks_like_headline(line: str, expected: bool) -> None:
    """Headlines are not sentences, navigation, labels or language switchers."""
    assert expected == looks_like_headline(line)


@pytest.mark.parametrize(
    ("text", "suffixes", "expected"),
    [
        ("Weekly Address: College | example.gov", (), "Weekly Address: College"),
        ("Minister Meets Envoy_Ministry of Foreign Affairs", (r"_.*$",), "Minister Meets Envoy"),
        ("A Title Without Site", (), "A Title Without Site"),
    ],
)
def test_clean_title(text: str, suffixes: tuple[str, ...], expected: str) -> None:
    """The site name goes: by the given suffix patterns, else the longest segment is kept."""
    assert expected == clean_title(text, suffixes)


def test_marker_score_combines_independent_evidence() -> None:
    """Weights combine as 1 - prod(1 - w); absent markers add nothing."""
    markers = ((r"alpha", 0.5), (r"beta", 0.5), (r"gamma", 0.9))
    expected = (0.75, 0.0)
    assert expected == (marker_score("alpha beta", markers), marker_score("delta", markers))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020/12/22 19:09", dt.date(2020, 12, 22)),
        ("2021-04-15T21:30:00+08:00", dt.date(2021, 4, 15)),
        ("", None),
        (None, None),
    ],
)
def test_parse_stamp(text: str | None, expected: dt.date | None) -> None:
    """Dates in date elements and meta values, slashed or ISO."""
    assert expected == parse_stamp(text)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("双方同意保持密切沟通。",), "zh"),
        (("両者は緊密に連携していくことで一致しました。",), "ja"),
        (("Стороны обсудили двусторонние отношения.",), "ru"),
        (("The two sides agreed.",), "en"),
        ((), "en"),
    ],
)
def test_guess_language(paragraphs: tuple[str, ...], expected: str) -> None:
    """Scripts tell languages apart; Latin text gives the default."""
    assert expected == guess_language(paragraphs, default="en")


# ----------------------------------------------------------------------------------- text dumps

DUMP = """Media Room
Home > News > Readouts
Minister Holds Phone Talks with Foreign Minister of Ruritania
2021-05-04 18:20

On May 4, 2021, the Minister held phone talks with the Foreign Minister of Ruritania.

The Minister said that the two countries share a long history of friendship.

Bilateral Trade

The two ministers agreed to meet again before the end of the year.

Back to Readouts
Share
"""


def test_split_text_dump_parts() -> None:
    """Header (section, breadcrumb, title, time), body, in-body heading and footer are told apart."""
    dump = split_text_dump(DUMP.split("\n"))
    expected = (
        "Minister Holds Phone Talks with Foreign Minister of Ruritania",
        dt.date(2021, 5, 4),
        (
            "On May 4, 2021, the Minister held phone talks with the Foreign Minister of Ruritania.",
            "The Minister said that the two countries share a long history of friendship.",
            "The two ministers agreed to meet again before the end of the year.",
        ),
    )
    assert expected == (dump.title, dump.published, dump.paragraphs)


def test_split_text_dump_attribution_ends_header() -> None:
    """An attribution line ends the header; the summary above it is not body but the dump's summary."""
    lines = [
        "Secretary's Call with the Foreign Minister of Ruritania",
        "The Secretary and the Foreign Minister of Ruritania spoke by phone.",
        "The following is attributable to the Spokesperson:",
        "The Secretary spoke today with the Foreign Minister and discussed regional security.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[0], lines[1], (lines[3],))
    assert expected == (dump.title, dump.summary, dump.paragraphs)


def test_split_text_dump_two_paragraphs_above_an_attribution_are_body() -> None:
    """Two paragraphs of the report's own text above a spokesperson's attribution (fam110, issue #8:
    an old No 10 page) are body paragraphs, not a summary: a summary is the one lead line; the
    attribution line between them is dropped."""
    lines = [
        "Storm damage: PM's call with the President of Ruritania",
        "The Prime Minister voiced his sorrow at the damage the storm has caused.",
        "During the short call they also discussed the harbour and the coming summit.",
        "After the call, the Prime Minister's spokesperson said:",
        "The Prime Minister and the President spoke for twenty minutes today.",
        "They agreed to meet at the summit.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[0], None, (lines[1], lines[2], lines[4], lines[5]))
    assert expected == (dump.title, dump.summary, dump.paragraphs)


def test_split_text_dump_lead_repeated_after_a_dateline_is_no_paragraph() -> None:
    """A lead line the first paragraph repeats after a dateline ("Port Lark, Sylvania – Prime Minister
    …" under "Prime Minister …") is the summary, not body paragraph 0 (fam110, issue #8)."""
    lines = [
        "Prime Minister Eko Tan met with Foreign Minister Ana Ruiz, M.P.",
        "Port Lark, Sylvania – Prime Minister Eko Tan met with Foreign Minister Ana Ruiz, M.P., on the "
        "margins of the harbour summit.",
        "During the meeting, both leaders reaffirmed the close ties between their nations.",
    ]
    dump = split_text_dump(lines)
    assert dump.paragraphs == (lines[1], lines[2])


def test_split_text_dump_summary_is_not_title() -> None:
    """A summary line repeating the first paragraph is neither title nor body."""
    lines = [
        "PM call with the President of Ruritania: 4 May 2024",
        "The Prime Minister spoke to the President of Ruritania this morning",
        "The Prime Minister spoke to the President of Ruritania this morning.",
        "The leaders agreed to stay in touch.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[0], None, tuple(lines[2:]))
    assert expected == (dump.title, dump.published, dump.paragraphs)


def test_split_text_dump_standfirst_under_the_headline_is_not_title() -> None:
    """A sentence-long standfirst under a headline-length line, both with headline words, is not the
    title: the line above it is (en-h, an EEAS call readout whose standfirst announces a meeting)."""
    lines = [
        "High Representative Ana Ruiz spoke to Minister Eko Tan",
        "The Minister will meet the Alliance's Secretary General on Friday and will take part in a video "
        "conference of the Council",
        "Photo: the Council's press office",
        "The High Representative spoke with Minister Eko Tan on Tuesday.",
        "They agreed to stay in close touch.",
    ]
    dump = split_text_dump(lines)
    expected = lines[0]
    assert expected == dump.title


def test_split_text_dump_subtitle_naming_no_one_is_not_title() -> None:
    """A subtitle under the headline that names no one ("The talks went on for an hour") is not the
    title, though it has a headline word: the headline above it, which names the sides, is (a wire's
    copy: headline, subtitle, then the dateline's lead)."""
    lines = [
        "All stories",
        "Ruiz-Tan video conference ends",
        "The talks went on for a little over an hour",
        "CAPITOL CITY, May 4. The talks between President Ana Ruiz and President Eko Tan ended at 9 pm.",
        "The two leaders greeted each other at the start.",
    ]
    dump = split_text_dump(lines)
    expected = lines[1]
    assert expected == dump.title


def test_split_text_dump_unpunctuated_lead_above_the_body_stays_title() -> None:
    """A flattened page's lead without its full stop, right above the body, is no standfirst: it stays
    the title the analysis reads its sides from (a guard: bulk Kremlin 474)."""
    lines = [
        "Telephone conversation with Prime Minister of Freedonia Eko Tan",
        "The President had a telephone conversation with Prime Minister of Freedonia Eko Tan, at the "
        "initiative of the Freedonian side",
        "The parties discussed the situation in the region.",
    ]
    dump = split_text_dump(lines)
    expected = lines[1]
    assert expected == dump.title


def test_split_text_dump_section_name_under_the_headline_is_not_title() -> None:
    """A section's name of two words under the headline ("Phone calls" under "Telephone conversation
    with X, President of Y": en-m, Nazarbayev's site) is not the title; the headline above it is."""
    lines = [
        "Telephone conversation with Eko Tan, President of Freedonia",
        "Phone calls",
        "Throughout the conversation, the partners noted the growth of trade.",
        "The sides agreed to stay in touch.",
    ]
    dump = split_text_dump(lines)
    expected = lines[0]
    assert expected == dump.title


def test_split_text_dump_prose_broken_mid_sentence_opens_the_body() -> None:
    """A quoted lead broken over two lines (the second going on in lowercase) is body, both lines as
    written: not a header line with the body starting at its second half (en-h, Bangladesh's PMO)."""
    lines = [
        "Premier phones President, pledges to work together",
        '"The Freedonian premier phoned President Ana Ruiz around noon and extended festive greetings to her',
        'and the people of Sylvania," the press secretary said.',
        "The President also extended greetings to the premier, the press secretary said.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[0], tuple(lines[1:]))
    assert expected == (dump.title, dump.paragraphs)


def test_split_text_dump_metadata_block_and_repeated_lead() -> None:
    """Type line, a lead the body repeats, "From:"/organisation and "Published"/date lines are not body."""
    lines = [
        "News story",
        "Minister's call with the President of Ruritania: 4 May 2024",
        "The Minister spoke to the President of Ruritania this afternoon.",
        "From:",
        "Ministry of Examples and The Honourable Jo Sample",
        "Published",
        "4 May 2024",
        "The Minister spoke to the President of Ruritania this afternoon.",
        "The two agreed that trade between the countries should grow.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[1], dt.date(2024, 5, 4), lines[2], tuple(lines[7:]))
    assert expected == (dump.title, dump.published, dump.summary, dump.paragraphs)


def test_split_text_dump_lead_above_metadata_block_is_summary() -> None:
    """A lead that the body does not repeat is still the summary when a metadata block follows it."""
    lines = [
        "Minister visits Ruritania: 9 June 2023",
        "The Minister met the Ruritanian Foreign Minister in the capital.",
        "From:",
        "Ministry of Examples",
        "Published",
        "9 June 2023",
        "Last updated",
        "10 June 2023",
        "The Minister travelled to the capital today on a two-day visit.",
        "The Minister said that the partnership had never been closer.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[0], dt.date(2023, 6, 9), lines[1], tuple(lines[8:]))
    assert expected == (dump.title, dump.published, dump.summary, dump.paragraphs)


def test_split_text_dump_label_lower_down_is_body() -> None:
    """A label after the body has begun (three prose lines above it) does not make the top a lead."""
    lines = [
        "Minister meets envoy",
        "The Minister met the envoy of Ruritania on Monday.",
        "The Minister said that the two countries were close partners.",
        "The envoy thanked the Minister for the warm welcome.",
        "Tags:",
        "Ruritania",
        "The two agreed to meet again next spring in the capital.",
    ]
    dump = split_text_dump(lines)
    expected = (None, (*lines[1:4], "Tags:", lines[6]))
    assert expected == (dump.summary, dump.paragraphs)


@pytest.mark.parametrize(
    "notice",
    [
        "This page is an archived copy and the website is no longer updated; some links may not work.",
        "An official website of the Republic of Examples. Here's how you know the site is secure.",
        "We use cookies to make this site work better for you, as explained in our notice.",
    ],
)
def test_split_text_dump_leading_site_notice_is_not_body(notice: str) -> None:
    """A banner about the website itself above the body is furniture, not the first paragraph."""
    lines = [
        notice,
        "The President spoke today with the Prime Minister of Ruritania about energy.",
        "The leaders agreed to stay in close contact.",
    ]
    dump = split_text_dump(lines)
    expected = (None, tuple(lines[1:]))
    assert expected == (dump.title, dump.paragraphs)


def test_split_text_dump_history_banner_under_metadata_is_not_title() -> None:
    """A 'published under the ... government' banner below the metadata block is neither title nor body."""
    lines = [
        "News story",
        "Example Kingdom and Ruritania strengthen ties",
        "The Minister met the Foreign Minister of Ruritania in London today.",
        "From:",
        "Ministry of Examples",
        "Published",
        "4 May 2021",
        "This was published under the 2019 to 2022 Example government",
        "The Minister met the Foreign Minister of Ruritania in London today.",
        "The Minister said that the two countries share deep ties.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[1], dt.date(2021, 5, 4), tuple(lines[8:]))
    assert expected == (dump.title, dump.published, dump.paragraphs)


def test_split_text_dump_notice_reporting_an_event_stays() -> None:
    """A first line that mentions the website but reports the event is body."""
    lines = [
        "The Minister met the Ruritanian envoy, as the ministry's website announced earlier.",
        "The two agreed to stay in contact.",
    ]
    dump = split_text_dump(lines)
    expected = tuple(lines)
    assert expected == dump.paragraphs


def test_split_text_dump_first_paragraph_about_an_archive_stays() -> None:
    """A first paragraph that mentions an archive but is no notice about the site is body."""
    lines = [
        "The Minister opened the new national archive together with the Ruritanian ambassador.",
        "The ambassador thanked the Minister for the invitation.",
    ]
    dump = split_text_dump(lines)
    expected = tuple(lines)
    assert expected == dump.paragraphs


def test_split_text_dump_headline_after_metadata_date_is_kept() -> None:
    """A date ends its label's value: a headline right after a 'Published' block is still the title."""
    lines = [
        "Published:",
        "3 May 2023",
        "Minister meets the envoy of Ruritania",
        "The Minister met the envoy of Ruritania in the capital today.",
        "The envoy thanked the Minister for the warm welcome.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[2], dt.date(2023, 5, 3), tuple(lines[3:]))
    assert expected == (dump.title, dump.published, dump.paragraphs)


def test_split_text_dump_short_first_paragraph_opening_the_next_is_body() -> None:
    """A short first paragraph that the next one happens to start with is not a lead."""
    lines = [
        "The two ministers agreed on trade.",
        "The two ministers agreed on trade and energy cooperation for the next five years.",
    ]
    dump = split_text_dump(lines)
    expected = (None, tuple(lines))
    assert expected == (dump.summary, dump.paragraphs)


def test_split_text_dump_mirror_headline_before_footer_is_title() -> None:
    """A mirror copy prints headline and publisher after the body: the headline is the title."""
    lines = [
        "The Minister spoke by phone with the Foreign Minister of Ruritania on Tuesday.",
        "The two ministers agreed to hold consultations next month.",
        "Minister's Call with the Foreign Minister of Ruritania",
        "Ministry of Examples",
        "/Public Release. This material from the originating organisation may be edited for length.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[2], tuple(lines[:2]))
    assert expected == (dump.title, dump.paragraphs)


def test_split_text_dump_dateline_under_headline_is_published() -> None:
    """A '<Place>, <date>' line under the headline gives the publication date and is not body."""
    lines = [
        "Foreign Minister meets Ruritanian counterpart in Port Louis",
        "Port Louis, 05/03/2023 - 09:10",
        "The Foreign Minister met his Ruritanian counterpart today.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[0], dt.date(2023, 3, 5), (lines[2],))
    assert expected == (dump.title, dump.published, dump.paragraphs)


def test_split_text_dump_date_line_opening_the_body_is_published() -> None:
    """A date line right under the first body line (a long headline read as prose) still dates the page."""
    lines = [
        "Media Centre",
        "Opening remarks by the Minister at the joint press conference with the President of Ruritania "
        "on the conclusion of the second round of talks on trade, energy, transport, culture, education, "
        "health and the many other areas in which the two countries now work together.",
        "June 19, 2016",
        "The Minister met the President of Ruritania in the capital.",
    ]
    dump = split_text_dump(lines)
    expected = (dt.date(2016, 6, 19), (lines[1], lines[3]))
    assert expected == (dump.published, dump.paragraphs)


def test_split_text_dump_title_with_full_stop_above_date() -> None:
    """A headline ending in a full stop is still the title when a date line follows it."""
    lines = [
        "Minister Meets the Foreign Minister of Ruritania.",
        "2020-01-02 10:00",
        "On January 2, the Minister met the Foreign Minister of Ruritania in the capital.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[0], dt.date(2020, 1, 2), (lines[2],))
    assert expected == (dump.title, dump.published, dump.paragraphs)


def test_split_text_dump_no_title_when_body_starts() -> None:
    """A dump that starts with prose has no title."""
    lines = ["The Prime Minister spoke to the President today.", "They agreed to keep in touch."]
    dump = split_text_dump(lines)
    expected = (None, tuple(lines))
    assert expected == (dump.title, dump.paragraphs)


@pytest.mark.parametrize(
    "top",
    [
        ["Minister Telephones the Foreign Minister of Ruritania."],
        ["Dawn Courier: Your Island, Every Morning!", "Ministers of Ruritania and Freedonia speak by phone"],
        ["News You Can Trust."],
    ],
)
def test_split_text_dump_title_cased_line_with_a_stop_is_not_body(top: list[str]) -> None:
    """A short line at the top of a dump in title case (every longer word capitalised), ending in a
    full stop or an exclamation mark, is a headline or a site's slogan, not the first body paragraph."""
    body = [
        "The Minister spoke by telephone with the Foreign Minister of Ruritania today.",
        "The two ministers agreed to stay in close contact.",
    ]
    assert tuple(body) == split_text_dump([*top, *body]).paragraphs


@pytest.mark.parametrize(
    "first",
    [
        "The Minister met the envoy today.",
        "Ana Ruiz met Lars Berg in Oslo on 4 June.",
        "Ana Ruiz was in Oslo.",
    ],
)
def test_split_text_dump_short_sentence_first_line_stays_body(first: str) -> None:
    """A short first line with a lowercase verb, or as many names as small words, is a sentence of
    the body, however many of its words are capitalised."""
    lines = [first, "They agreed to stay in close contact."]
    assert tuple(lines) == split_text_dump(lines).paragraphs


@pytest.mark.parametrize(
    "lines",
    [
        ["Harvest Day greetings", "The President congratulated the farmers on their holiday."],
        ["Ruritania’s National Day", "Jane Q. Doe, Secretary of State", "We congratulate the Ruritanians."],
        [
            "Public Schedule – March 3, 2031",
            "Office of the Spokesperson",
            "SECRETARY JANE Q. DOE",
            "The Secretary meets with the Foreign Minister of Ruritania at the Department of State.",
        ],
    ],
)
def test_split_text_dump_first_headline_line_is_title(lines: list[str]) -> None:
    """A dump's first line that reads as a headline is its title, however short, above a byline."""
    assert lines[0] == split_text_dump(lines).title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "date 2031-05-06 Today, the Minister met the envoy.",
            ["date 2031-05-06", "Today, the Minister met the envoy."],
        ),
        (
            "Published By : Admin | June 2, 2031 | 21:29 IST The Minister met the envoy.",
            ["Published By : Admin | June 2, 2031 | 21:29 IST", "The Minister met the envoy."],
        ),
        ("date 2031-09-16 News", ["date 2031-09-16 News"]),
        (
            "date 2031-09-16 Friday, 02 March 2029 12:17 GMT",
            ["date 2031-09-16 Friday, 02 March 2029 12:17 GMT"],
        ),
        (
            "date 2031-05-06 The following is attributable to the Spokesperson:",
            ["date 2031-05-06", "The following is attributable to the Spokesperson:"],
        ),
        (
            "Posted On: 24 MAR 2031 8:48PM by Wire Desk The Minister received a call.",
            ["Posted On: 24 MAR 2031 8:48PM", "by Wire Desk The Minister received a call."],
        ),
        (
            "Posted 5 May 2031, the letter reached the envoy.",
            ["Posted 5 May 2031, the letter reached the envoy."],
        ),
        ("The Minister met the envoy on 5 May 2031.", ["The Minister met the envoy on 5 May 2031."]),
    ],
)
def test_split_glued_date(line: str, expected: list[str]) -> None:
    """A labelled date glued to a headline or a sentence is cut off; a section name or prose stays."""
    assert expected == split_glued_date(line)


def test_split_text_dump_date_stamp_glued_to_the_body() -> None:
    """A labelled date glued to the first line ("date 2031-05-06 Today, ...") is a date line of its own."""
    lines = ["date 2031-05-06 Today, 5 May 2031, the Minister held talks with her Ruritanian counterpart."]
    dump = split_text_dump(lines)
    expected = (dt.date(2031, 5, 6), (lines[0][len("date 2031-05-06 ") :],))
    assert expected == (dump.published, dump.paragraphs)


def test_split_text_dump_date_stamp_glued_to_a_caption() -> None:
    """A store's date glued to a photo caption is the page's date though the caption is dropped."""
    lines = [
        " date 2031-05-07 The Minister (L) and her Ruritanian guest at the ministry (Photo: Wire)",
        "Capital (Wire) – The Minister met her Ruritanian counterpart in Capital on May 6.",
    ]
    dump = split_text_dump(lines)
    assert (dt.date(2031, 5, 7), (lines[1],)) == (dump.published, dump.paragraphs)


def test_split_text_dump_press_release_header_date() -> None:
    """A press release's "For Immediate Release" line with its date on the same line is the date line."""
    lines = [
        "Readout of the Minister's Meeting with the Envoy of Ruritania",
        "FOR IMMEDIATE RELEASE                                    March 3, 2031",
        "The Minister welcomed the Envoy to the ministry and discussed the harbour treaty.",
    ]
    dump = split_text_dump(lines)
    assert (dt.date(2031, 3, 3), lines[0], (lines[2],)) == (dump.published, dump.title, dump.paragraphs)


def test_split_text_dump_earliest_date_line_is_published() -> None:
    """A copy's stamp above the headline is later than the release's own date line: the earlier one wins."""
    lines = [
        "date 2031-11-20 Minister Doe speaks with the Foreign Minister of Ruritania",
        "November 19, 2031 – Capital City – Ministry of Examples",
        "The Minister spoke today with the Foreign Minister of Ruritania.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[0][len("date 2031-11-20 ") :], dt.date(2031, 11, 19), (lines[2],))
    assert expected == (dump.title, dump.published, dump.paragraphs)


def test_split_text_dump_site_greeting_and_dateline_under_the_headline() -> None:
    """A site's greeting is no body; the headline and the place-and-date line under it are found."""
    lines = [
        "Welcome to the Ministry of Examples. It's your world.",
        "Readout of the Minister's meeting with the Prime Minister of Ruritania",
        "Capital City, Ruritania, 1 February 2031",
        "The Minister met today with the Prime Minister of Ruritania.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[1], dt.date(2031, 2, 1), "Capital City, Ruritania", (lines[3],))
    assert expected == (dump.title, dump.published, dump.place, dump.paragraphs)


def test_split_text_dump_place_line_above_date_line_and_headline() -> None:
    """A place alone, a date line and the headline under them: a dateline split over two lines."""
    lines = [
        "Capital City",
        "01 October 2031",
        "Readout of the Minister's meeting with the Prime Minister of Ruritania",
        "The Minister met today the Prime Minister of Ruritania.",
    ]
    dump = split_text_dump(lines)
    expected = (lines[2], dt.date(2031, 10, 1), "Capital City")
    assert expected == (dump.title, dump.published, dump.place)


def test_split_text_dump_section_name_is_not_title() -> None:
    """A short section name above the date is no headline."""
    lines = ["Japan-Ruritania Relations", "May 20, 2019", "On May 20, the two leaders held a telephone talk."]
    dump = split_text_dump(lines)
    expected = (None, dt.date(2019, 5, 20), (lines[2],))
    assert expected == (dump.title, dump.published, dump.paragraphs)


def test_split_text_dump_dateline_gives_published() -> None:
    """With no date line, a dateline opening the first paragraph dates the page."""
    lines = ["Islamabad, July 25, 2023 (APP): The Foreign Minister received a telephone call today."]
    expected = dt.date(2023, 7, 25)
    assert expected == split_text_dump(lines).published


def test_split_text_dump_trims_footer_and_stops() -> None:
    """Common stops end the body; short unpunctuated trailing lines are trimmed."""
    lines = [
        "Talks with the Foreign Minister of Ruritania",
        "The two ministers held talks in the capital today.",
        "New Delhi",
        "April 04, 2020",
        "Related articles:",
        "A later paragraph that belongs to the site, not the readout.",
    ]
    expected = (lines[1],)
    assert expected == split_text_dump(lines).paragraphs


def test_split_text_dump_truncated_last_paragraph_kept() -> None:
    """A long last paragraph cut off mid-sentence is still body."""
    cut = "The Minister said that " + "cooperation in many fields has grown " * 4 + "and the two"
    lines = ["Minister Meets Envoy", "The Minister met the envoy today in the capital.", cut]
    expected = (lines[1], cut)
    assert expected == split_text_dump(lines).paragraphs


def test_split_text_dump_rules() -> None:
    """Declared drop, stop, header, start, date and title rules apply."""
    rules = DumpRules(
        drop=r"advert\b",
        stop=r"-- end --",
        header=r"ministry of examples$",
        start=r"readout follows$",
        date_lines=r"issued (?P<date>\d\d\.\d\d\.\d{4})$",
        title_words=r"tidings",
    )
    lines = [
        "Ministry of Examples",
        "Issued 03.02.2021",
        "Glad Tidings from Ruritania",
        "Readout follows",
        "The Minister welcomed the news from Ruritania warmly.",
        "Advert for something",
        "The Minister said relations were excellent.",
        "-- end --",
        "Unrelated text of the site that follows the end marker.",
    ]
    dump = split_text_dump(lines, rules=rules)
    expected = ("Glad Tidings from Ruritania", dt.date(2021, 2, 3), (lines[4], lines[6]))
    assert expected == (dump.title, dump.published, dump.paragraphs)


def test_split_text_dump_declared_rules_and_title_hint() -> None:
    """Declared drop/stop rules and a title hint: dropped lines, the footer cut, the hinted title."""
    lines = [
        "Foreword Section",
        "My Hinted Title",
        "The body of the page is here.",
        "STOP",
        "more text here.",
    ]
    rules = DumpRules(stop=r"stop$", drop=r"foreword")
    dump = split_text_dump(lines, rules=rules, title_hint="My Hinted Title")
    untitled = split_text_dump(lines, rules=attrs.evolve(rules, has_title=False))
    expected = ("My Hinted Title", ("The body of the page is here.",), None)
    assert expected == (dump.title, dump.paragraphs, untitled.title)


def test_split_text_dump_has_title_false() -> None:
    """Rules can say a publisher's dumps carry no title."""
    lines = ["Minister Meets Envoy", "The Minister met the envoy today in the capital."]
    expected = None
    assert expected == split_text_dump(lines, rules=DumpRules(has_title=False)).title


# ----------------------------------------------------------------------------------------- HTML pages


def test_split_html_declared_places() -> None:
    """Declared title, date and body selectors are used; skip selectors leave elements out."""
    page = (
        "<html><body><div class='hd'>Minister Meets Envoy</div><span class='when'>2022-07-01 10:00</span>"
        "<div class='txt'><p>The Minister met the envoy of Ruritania today.</p><p>Photo caption</p>"
        "<p>He said the talks were useful and frank.</p><div class='tools'>Print this page</div></div>"
        "</body></html>"
    )
    rules = HtmlRules(title=".hd", date=".when", body=".txt", skip=".tools", min_body=10)
    dump = split_html(load(page).tree, rules)
    expected = (
        "Minister Meets Envoy",
        dt.date(2022, 7, 1),
        ("The Minister met the envoy of Ruritania today.", "He said the talks were useful and frank."),
    )
    assert expected == (dump.title, dump.published, dump.paragraphs)


def test_split_html_meta_fallbacks() -> None:
    """Without the declared elements, the <meta> title and date are used."""
    page = (
        "<html><head><meta name='T' content='Envoy Received'><meta name='D' content='2019/03/04'></head>"
        "<body><p>The Minister received the envoy of Ruritania today in the capital.</p></body></html>"
    )
    dump = split_html(load(page).tree, HtmlRules(title=".none", meta_title="T", meta_date="D"))
    expected = ("Envoy Received", dt.date(2019, 3, 4))
    assert expected == (dump.title, dump.published)


def test_split_html_headline_above_table_body_beats_site_title() -> None:
    """On a table layout the headline row above the body wins over a <title> holding the site name."""
    page = (
        "<html><head><title>Embassy of Ruritania in Examplestan</title></head><body><table>"
        "<tr><td>Home | News | Contact</td></tr>"
        "<tr><td><b>Ambassador Meets the Speaker of Parliament</b></td></tr><tr><td>(2011-10-12)</td></tr>"
        "<tr><td><p>On October 11, 2011, the Ambassador met the Speaker of Parliament.</p>"
        "<p>The Ambassador said that exchanges between parliaments matter a great deal.</p></td></tr>"
        "</table></body></html>"
    )
    dump = split_html(load(page).tree)
    expected = (
        "Ambassador Meets the Speaker of Parliament",
        dt.date(2011, 10, 12),
        (
            "On October 11, 2011, the Ambassador met the Speaker of Parliament.",
            "The Ambassador said that exchanges between parliaments matter a great deal.",
        ),
    )
    assert expected == (dump.title, dump.published, dump.paragraphs)


def test_split_html_keeps_the_date_lines_place_and_yearless_day() -> None:
    """A page's place-and-date line and a yearless date line reach the layout from HTML as from text."""
    page = (
        "<html><body><article><h1>Minister Meets the Speaker of Parliament</h1>"
        "<p>Capital City - Information Office - March 16</p>"
        "<p>The Minister met the Speaker of Parliament today in the capital.</p></article></body></html>"
    )
    dump = split_html(load(page).tree, HtmlRules(body=("article",)))
    expected = ("Minister Meets the Speaker of Parliament", None, (3, 16))
    assert expected == (dump.title, dump.published, dump.day_month)


def test_split_html_title_broken_by_br() -> None:
    """A headline broken over two lines by <br> is taken whole from <title>."""
    page = (
        "<html><head><title>Minister Speaks with the Foreign Minister of Ruritania on the Phone</title>"
        "</head><body><div class='x'>"
        "<div>Minister Speaks with the Foreign Minister<br>of Ruritania on the Phone</div>"
        "<p>On May 4, 2021, the Minister spoke with the Foreign Minister of Ruritania on the phone.</p>"
        "<p>The two ministers agreed to stay in close contact in the months ahead.</p></div></body></html>"
    )
    dump = split_html(load(page).tree, HtmlRules(body=".x", min_body=10))
    expected = (
        "Minister Speaks with the Foreign Minister of Ruritania on the Phone",
        (
            "On May 4, 2021, the Minister spoke with the Foreign Minister of Ruritania on the phone.",
            "The two ministers agreed to stay in close contact in the months ahead.",
        ),
    )
    assert expected == (dump.title, dump.paragraphs)


def test_split_html_body_between_markers() -> None:
    """Declared start/end markers bound the body when no container matches."""
    page = (
        "<html><body><p>Navigation text long enough to be mistaken for a body by a careless parser.</p>"
        "<span id='s'></span><p>The Minister met the delegation of Ruritania in the capital today.</p>"
        "<span id='e'></span><p>Footer text of the site with enough words to look like a paragraph.</p>"
        "</body></html>"
    )
    dump = split_html(load(page).tree, HtmlRules(body=".none", body_between=(("#s", "#e"),), min_body=10))
    expected = ("The Minister met the delegation of Ruritania in the capital today.",)
    assert expected == dump.paragraphs


def test_split_page_dispatches_on_kind() -> None:
    """Text goes through the dump splitter, HTML through the HTML splitter (which reads the <meta> date)."""
    text = split_page(load("Minister Meets Envoy\n\nThe Minister met the envoy today in the capital.\n"))
    page = load(PAGE, url="https://example.org/envoy")
    html = split_page(page, html=HtmlRules(meta_date="PubDate"), language="en")
    expected = (
        Layout("Minister Meets Envoy", ("The Minister met the envoy today in the capital.",)),
        Layout(
            "Minister Meets Envoy",
            ("The Minister met the envoy today.", "He said ties were strong.", "They agreed to meet again."),
            dt.date(2022, 7, 1),
            language="en",
            url="https://example.org/envoy",
        ),
    )
    assert expected == (text, html)


def test_accessible_version_controls_are_not_paragraphs() -> None:
    """An accessible site version's display controls ("View settings", "A A A") never reach the body."""
    lines = [
        "Minister Ruiz Speaks with Minister Sato",
        "Minister Ana Ruiz spoke with Minister Kenji Sato of Freedonia by telephone today.",
        "View settings",
        "Font size:",
        "A A A",
        "Site colours:",
        "Normal Medium Large",
        "The ministers agreed to stay in touch.",
    ]
    expected = (
        "Minister Ruiz Speaks with Minister Sato",
        (
            "Minister Ana Ruiz spoke with Minister Kenji Sato of Freedonia by telephone today.",
            "The ministers agreed to stay in touch.",
        ),
    )
    dump = split_text_dump(lines)
    assert expected == (dump.title, dump.paragraphs)


# ----------------------------------------------------------------------------- the top of a body


def _names_a_call(line: str) -> bool:
    return "call" in line.lower() or " spoke " in line


def test_header_moves_the_opening_past_a_repeated_summary() -> None:
    """A summary line the next paragraph repeats is header when that paragraph opens the report."""
    paragraphs = (
        "Readout of the Minister's Call",
        "The Minister spoke with the envoy this morning",
        "The Minister spoke with the envoy this morning. They agreed to meet.",
        "The envoy thanked the Minister.",
    )
    found = header(
        paragraphs,
        1,
        title="Home > News",
        reports_event=_names_a_call,
        is_opening=lambda paragraph: paragraph.endswith("."),
    )
    unmoved = header(paragraphs, 1, title="Home > News", reports_event=_names_a_call)
    expected = (
        Header(paragraphs[:2], 2, "Readout of the Minister's Call", None),
        Header(paragraphs[:1], 1, "Readout of the Minister's Call", None),
    )
    assert expected == (found, unmoved)


def test_header_keeps_prose_before_the_opening_in_the_body() -> None:
    """Prose before the opening is body: only the furniture lines above the first prose line are header."""
    paragraphs = ("Press Release", "The ministry issued this note.", "The Minister spoke with the envoy.")
    expected = Header(("Press Release",), 2, "Minister's call", None)
    assert expected == header(paragraphs, 2, title="Minister's call", reports_event=_names_a_call)


def test_header_date_reads_a_date_line_but_never_the_headline() -> None:
    """The top's date comes from a date line in figures (day first unless month_first), not the headline."""
    lines = ("Talks held on 3 May 2024", "Capital City, 04/05/2024 - 17:45")
    expected = (dt.date(2024, 5, 4), dt.date(2024, 4, 5))
    assert expected == (
        header_date(None, lines, "Talks held on 3 May 2024"),
        header_date(None, lines, "Talks held on 3 May 2024", month_first=True),
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Readout of the Call", True),
        ("Spokesperson's statement:", True),
        ("The ministers met today.", False),
        ("word " * 46, False),
    ],
)
def test_is_header_line(line: str, expected: bool) -> None:
    """A line with no sentence end or a label is header; a sentence or a long passage is not."""
    assert expected == is_header_line(line)


def test_page_place_and_day_month_prefer_the_opening_dateline() -> None:
    """The opening's dateline gives place and (month, day) first; the layout's own fill in."""
    dateline = Dateline(10, "LIMA", None, (1, 17))
    expected = ("LIMA", (1, 17), "Quito", (2, 3), None)
    assert expected == (
        page_place(dateline, "Quito"),
        page_day_month(dateline, (2, 3)),
        page_place(None, "Quito"),
        page_day_month(None, (2, 3)),
        page_place(None, "  "),
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Lahore, March 3, 2022 (NewsDesk): The Minister met the envoy.",
            Dateline(len("Lahore, March 3, 2022 (NewsDesk): "), "Lahore", dt.date(2022, 3, 3)),
        ),
        ("On June 1, 2021 — a hundred years on — the Minister met the envoy.", None),
        ("In May 3, 2021 - odd text.", None),
    ],
)
def test_strip_dateline_place_is_never_a_preposition(paragraph: str, expected: Dateline | None) -> None:
    """A dateline's place is capitalised words; "On June 1, 2021 —" opens a sentence, not a dateline."""
    assert expected == strip_dateline(paragraph)


# ------------------------------------------------------------------------- the shared vocabulary

FURNITURE_ROWS = FURNITURE.rows


@pytest.mark.parametrize("row", FURNITURE_ROWS, ids=[f"{r.label}:{r.example[:40]}" for r in FURNITURE_ROWS])
def test_furniture_row_reads_its_example(row: Row) -> None:
    """Each furniture row finds its example, and the splitters' reading of the example is the row's label."""
    pattern = dict(
        zip((r.pattern for r in FURNITURE.rows), (p for p, _ in FURNITURE.compiled()), strict=True)
    )[row.pattern]
    expected = (True, row.expected)
    assert expected == (pattern.search(row.example) is not None, furniture_kind(row.example))


def test_strip_dateline_declared_pattern_first_generic_on_request() -> None:
    """A publisher's pattern wins; with generic=False only declared patterns are tried."""
    declared = (re.compile(r"(?P<place>[A-Z]+) \((?P<date>[^)]+)\) \+\+ "),)
    ours = "LIMA (3 May 2024) ++ The Minister met the envoy."
    other = "Quito, May 3, 2024 - The Minister met the envoy."
    expected = (
        Dateline(len("LIMA (3 May 2024) ++ "), "LIMA", dt.date(2024, 5, 3)),
        Dateline(len("Quito, May 3, 2024 - "), "Quito", dt.date(2024, 5, 3)),
        None,
    )
    assert expected == (
        strip_dateline(ours, declared),
        strip_dateline(other, declared),
        strip_dateline(other, declared, generic=False),
    )


def test_declared_header_line_is_never_the_place() -> None:
    """A section label the publisher declares header furniture, above a date line, is no place line."""
    lines = [
        "Japan-Ruritania Relations",
        "May 20, 2019",
        "Foreign Minister Meets the Envoy of Ruritania",
        "The Foreign Minister met the Envoy of Ruritania in the capital today.",
    ]
    declared = split_text_dump(lines, rules=DumpRules(header=r"[\w -]+ relations$"))
    expected = ("Japan-Ruritania Relations", None)
    assert expected == (split_text_dump(lines).place, declared.place)


def test_split_text_dump_a_labelled_first_line_is_the_title_over_a_subtitle() -> None:
    """'FACT SHEET: ...' on the first line stays the title under a subtitle that has a headline word."""
    lines = [
        "FACT SHEET: Freedonia and Partners Impose Costs on the Harbour Blockade",
        "President Ana Ruiz and Harbour Leaders Meet with President Eko Tan to Continue our Support",
        "Today, President Ana Ruiz and the harbour leaders met with President Eko Tan of Sylvania.",
    ]
    expected = lines[0]
    assert expected == split_text_dump(lines).title


def test_split_text_dump_a_speaker_label_further_down_is_no_title() -> None:
    """Only the first line counts as a labelled title: 'THE PRESIDENT: ...' below a headline is not one."""
    lines = [
        "Remarks by President Ana Ruiz Before a Meeting with Prime Minister Eko Tan",
        "THE PRESIDENT: Thank you all for coming to Port Ruiz today.",
        "PRIME MINISTER TAN: Thank you, Madam President, for welcoming us here.",
    ]
    expected = lines[0]
    assert expected == split_text_dump(lines).title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "DÉCLARATION DU PORTE-PAROLE DU MINISTÈRE DES AFFAIRES ÉTRANGÈRES DE LA RÉPUBLIQUE (3 mai 2021)",
            (2021, 5, 3),
        ),
        ("Mitteilung - Kanzleramt, 3. Mai 2021", (2021, 5, 3)),
        ("Statement by the Office (May 3, 2021)", (2021, 5, 3)),
    ],
)
def test_split_text_dump_a_header_line_closing_on_its_date_dates_the_page(
    line: str, expected: tuple[int, int, int]
) -> None:
    """A header label that closes on its full date, in brackets or after a place ("Mitteilung -
    Kanzleramt, 3. Mai 2021"), is the page's date line."""
    lines = [
        "Telefonat zwischen zwei Ministern",
        line,
        "Der Minister hat heute mit seinem Amtskollegen telefoniert, wie das Amt mitteilte.",
    ]
    dump = split_text_dump(lines)
    assert (dt.date(*expected), (lines[2],)) == (dump.published, dump.paragraphs)


def test_split_text_dump_drops_other_stories_listed_after_an_agency_sign_off() -> None:
    """A wire report signed at its last sentence ('… tonight.- Wire') ends there: the lines under it
    that end no sentence, however long, are the site's list of other stories, not body."""
    lines = [
        "Minister meets her Ruritanian counterpart",
        "CAPITAL: The Minister paid a courtesy call on her Ruritanian counterpart here on Saturday.",
        "The Ruritanian minister is also scheduled to attend a state banquet tonight.- Wire",
        "Minister congratulates Lena for winning gold, setting new national record",
        "Port workers end strike after talks with the harbour board and the city council in Capital",
    ]
    assert tuple(lines[1:3]) == split_text_dump(lines).paragraphs


def test_split_text_dump_keeps_a_sentence_after_an_agency_sign_off() -> None:
    """A line that ends a sentence after the sign-off is body still (a second report on the page)."""
    lines = [
        "Minister meets her Ruritanian counterpart",
        "CAPITAL: The Minister paid a courtesy call on her Ruritanian counterpart here on Saturday.",
        "The Ruritanian minister is also scheduled to attend a state banquet tonight.- Wire",
        "Later the Minister met the Ruritanian trade delegation at the ministry in Capital.",
    ]
    assert tuple(lines[1:]) == split_text_dump(lines).paragraphs


def test_split_text_dump_an_image_file_name_is_not_the_title() -> None:
    """An image's file name printed under the date line ("20310707_Minister Ruiz visits Velor.jpg",
    en-o) is furniture, not the headline above it."""
    lines = [
        "Foreign Minister Ruiz Visits Velor",
        "July 07th, 2031",
        "20310707_Foreign Minister Ruiz visits Velor.jpg",
        "On Saturday Foreign Minister Ana Ruiz began an official two-day visit to Velor.",
        "Ruiz said the two countries agree on almost every issue.",
    ]
    parts = split_text_dump(lines)
    assert (parts.title, len(parts.paragraphs)) == ("Foreign Minister Ruiz Visits Velor", 2)


def test_caption_search_row_by_row_gated_by_required_words() -> None:
    """The caption rows are searched one by one, each only in lines holding one of its required words,
    with the whole alternation's answer on captions and on prose alike (issue #14, speed17, speed32)."""
    from readoutlib.segment.top import _caption_rows, is_caption
    from readoutlib.segment.vocabulary import label_patterns

    patterns = label_patterns()
    caption = patterns.caption
    assert len(patterns.caption_rows) > 1
    rows = _caption_rows(patterns.caption_rows)
    assert [row.regex.pattern for row in rows.patterns] == [row.pattern for row in patterns.caption_rows]
    assert any(row.words is not None and "photo" in row.words for row in rows.patterns)
    prose = "The two ministers spoke about the harvest and the river treaty."
    assert rows.candidates(prose) == ()
    long_prose = "The envoys (both of them) went over the grain quotas and the ferry timetable again. " * 12
    lines = (
        "President Ana Ruiz (left) and Prime Minister Eko Tan at the State House",
        "Photo courtesy of the Office of the President: the two leaders",
        "The Minister arrived in Velor on Monday. (Photo: State Press).",
        "The Minister arrived in Velor on Monday and met his counterpart.",
        "PHOTO: the leaders shake hands",
        "Ana Ruiz and Ivo Brand; Credit: Ministry of Velor",
        "Minister Ruiz (c) greets the delegation in Velor, EFE/Ivo Brand",
        prose,
        long_prose,
        long_prose + "Minister Tan (second from left) at the ferry quay",
    )
    for line in lines:
        assert is_caption(line) == (caption.search(line) is not None), line
    assert (is_caption(long_prose), is_caption(lines[-1])) == (False, True)
    assert _caption_rows(patterns.caption_rows) is rows  # built once per set of rows
