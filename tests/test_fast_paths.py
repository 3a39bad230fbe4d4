"""Shortcuts taken for speed give exactly what the plain code they replace gives."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutlib.analysis.language import script_language
from readoutlib.document import Document, load
from readoutlib.languages import furniture_tables
from readoutlib.registry import iter_adapters
from readoutlib.segment import HtmlRules, dump, split_page
from readoutlib.segment.datelines import date_in_line, reading_one_page
from readoutlib.segment.dom import (
    _unwrap,
    _visible_lines,
    css,
    css_at_root,
    element_text,
    select,
    selecting_in,
)
from readoutlib.segment.furniture import _is_site_notice
from readoutlib.segment.lines import (
    any_match,
    collapse,
    first_word,
    fold,
    folds_starting_with,
    folds_to,
    guess_language,
    is_breadcrumb,
    word_count,
)
from readoutlib.segment.vocabulary import (
    BLOCK_TAGS,
    FURNITURE,
    INVISIBLE_TAGS,
    furniture_patterns,
    label_patterns,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

# Every kind of whitespace (those ``collapse`` folds, and those it leaves), some letters and marks.
_SPACY = (
    " \t\f\v\n\r\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000ab’."
)
_PLAIN_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u3000]+")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_SPACY, max_size=30) | st.text(max_size=30))
def test_collapse_equals_the_plain_pattern(text: str) -> None:
    """``collapse`` gives what replacing each run of ``_SPACES`` by one space and stripping gives."""
    assert _PLAIN_SPACES.sub(" ", text).strip() == collapse(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30) | st.text(max_size=30))
def test_fold_equals_the_plain_pattern(text: str) -> None:
    """``fold`` equals replacing runs of non-word characters by a space, stripping, lowercasing."""
    assert re.sub(r"[\W_]+", " ", text).strip().lower() == fold(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(max_codepoint=127)) | st.text(), max_size=4))
def test_guess_language_equals_the_script_rule(paragraphs: list[str]) -> None:
    """``guess_language`` gives what the language stage's script rule gives, or the default."""
    assert (script_language(paragraphs) or "xx") == guess_language(paragraphs, "xx")


_WORDY = st.sampled_from(
    ["Talks", "talks", "ΑΣ", "ας", "İstanbul", "i̇stanbul", "K", "ß", "_", " ", "-", "’", "1"]
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_WORDY, max_size=6).map("".join), st.lists(_WORDY, max_size=6).map("".join) | st.text(max_size=8)
)
def test_folds_to_equals_comparing_the_folds(line: str, other: str) -> None:
    """``folds_to(line, fold(other))`` is whether the two lines fold alike."""
    assert (fold(line) == fold(other)) == folds_to(line, fold(other))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_WORDY, max_size=6).map("".join),
    st.lists(_WORDY, max_size=6).map("".join) | st.text(max_size=8),
    st.integers(0, 12),
)
def test_folds_starting_with_equals_comparing_the_folds(line: str, other: str, cut: int) -> None:
    """``folds_starting_with(line, p)`` is ``fold(line).startswith(p)``, for a fold and its prefixes."""
    for folded in (fold(other), fold(other)[:cut], fold(line)[:cut]):
        assert fold(line).startswith(folded) == folds_starting_with(line, folded)


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDY, max_size=6).map("".join) | st.text(max_size=8))
def test_first_word_is_the_folds_first_word(line: str) -> None:
    """``first_word`` is the first word of ``fold(line)``, None when the fold is empty."""
    expected = fold(line).split(" ")[0] or None
    assert expected == first_word(line)


_TRAIL = re.compile(r"\s(?:>|»|›|/|>>)\s")
_TRAIL_MENU = re.compile(r"\s\|\s")
_TRAIL_START = re.compile(
    r"^(?:home|homepage|main page|首页|主页|当前位置|you are here)\s*(?:>|»|›|:|：|/)", re.I
)


def _plain_is_breadcrumb(line: str) -> bool:
    """The breadcrumb rule as written first: split at the separators, then count the words."""
    stripped = line.strip()
    if _TRAIL_START.match(stripped):
        return True
    segments = _TRAIL.split(stripped)
    if len(segments) < 2:
        segments = _TRAIL_MENU.split(stripped)
        if len(segments) < 3:
            return False
    return word_count(stripped) <= 16 and all(len(s.split()) <= 6 for s in segments)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["Home", " > ", " | ", " / ", "News", "会谈", "a b c", "  ", "x"]), max_size=30)
)
def test_is_breadcrumb_equals_the_plain_rule(pieces: list[str]) -> None:
    """``is_breadcrumb`` (long lines refused by their word count first) gives what the plain rule gives."""
    line = "".join(pieces)
    assert _plain_is_breadcrumb(line) == is_breadcrumb(line)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab 会谈한국かな\u3000\n’", max_size=30) | st.text(max_size=30))
def test_word_count_counts_words_and_half_the_cjk_characters(line: str) -> None:
    """``word_count`` is the whitespace-separated words plus half the CJK characters (rounded down)."""
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", line))
    assert len(line.split()) + cjk // 2 == word_count(line)


def _rule_sets() -> list[tuple[re.Pattern[str], ...]]:
    """The drop, stop and start rows (compiled) of every installed format's text rules."""
    found = []
    for adapter in iter_adapters():
        compiled = dump._compiled(adapter.rules or dump._DEFAULT_RULES)
        found += [compiled.drop, compiled.stop, compiled.start]
    return found


_RULE_LINES = [
    row.example for table in (FURNITURE, *(t for _, t in furniture_tables())) for row in table.rows
] + [
    "Share this page",
    "The Spokesperson said:",
    "Scroll to Top",
    "MP3",
    "President Biden spoke today with the Prime Minister.",
    "",
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_RULE_LINES) | st.text(max_size=20), st.sampled_from(range(33)))
def test_rows_matched_as_one_pattern_match_as_each_row(line: str, which: int) -> None:
    """A format's drop, stop and start rows, tried as one pattern, match where one of them matches."""
    rows = _rule_sets()[which % len(_rule_sets())]
    assert any(p.match(line) for p in rows) == any_match(rows)(line)


def test_rows_with_group_references_are_tried_one_by_one() -> None:
    """Rows referring to their own groups are tried one by one (combined, their numbers would change)."""
    rows = (re.compile(r"(a)\1"), re.compile(r"(b)\1"))
    lines = ["aa", "bb", "ab", "ba", "c", "x"]
    assert [any(p.match(line) for p in rows) for line in lines] == [any_match(rows)(line) for line in lines]


_PAGE = (
    '<html><body><div class="top\tbar" id="Head"><h1 class="title">Talks</h1></div>'
    '<div class="a\fb"><p class="lead x">Lead</p><time datetime="2024-05-06">6 May</time></div>'
    '<section class="body-content"><p>One</p><p class="share-links">Share</p></section></body></html>'
)
_SELECTORS = (
    ".top",
    ".bar",
    ".top h1",
    ".a",
    ".a\\fb",
    ".b",
    "#Head",
    "#head",
    "#Head .title",
    "h1.title",
    "h1.missing",
    ".missing h1",
    "p.lead.x",
    "p.lead.y",
    "time[datetime]",
    "[class*=share]",
    "section.body-content p",
    "p:not(.lead)",
    "div > p.lead",
    ".body-content, .missing",
)


@pytest.mark.parametrize("selector", _SELECTORS)
def test_selecting_in_a_page_finds_what_the_selector_finds(selector: str) -> None:
    """Within ``selecting_in``, every selector finds the same elements as a plain search of the tree."""
    root = load(_PAGE).tree
    body = root.find("body")
    assert body is not None
    plain = (select(root, selector), select(body, selector))
    with selecting_in(root):
        shortcut = (select(root, selector), select(body, selector))
    assert plain == shortcut


_MORE_SELECTORS = (
    ".a + .b",
    ".a ~ .b",
    ".x:first-child",
    'a[href^="http"]',
    '[data-x="1"] .y',
    '[class*="it\'s"]',
    '[class*="a]b"]',
    "#Head > h1.title",
    "div:not(#Head) p",
    ".top .bar, #Head, p.lead",
)
_RICH_PAGE = (
    '<html><body><div class="top bar" id="Head"><h1 class="title">T</h1><p class="x">1</p></div>'
    '<div class="a"><p class="b">2</p></div><div class="b a"><a href="http://e" class="it\'s">3</a></div>'
    '<div data-x="1"><span class="y">4</span><span class="a]b">5</span></div>'
    '<div class="a"></div><p class="b">6</p></body></html>'
)


def _declared_selectors() -> list[str]:
    """Every CSS selector the installed format plugins declare, and the core's test selectors."""
    found = [*_SELECTORS, *_MORE_SELECTORS]
    for adapter in iter_adapters():
        rules = adapter.html
        if rules is not None:
            found += [*rules.title, *rules.date, *rules.body, *rules.skip]
            found += [selector for pair in rules.body_between for selector in pair]
    return sorted(set(found))


@pytest.mark.parametrize("page", [_PAGE, _RICH_PAGE])
def test_compiled_selectors_find_what_lxml_css_selectors_find(page: str) -> None:
    """``css`` (attribute tests written as steps) finds what lxml's own CSSSelector finds."""
    from lxml.cssselect import CSSSelector

    root = load(page).tree
    targets = [root, *root.iter("body", "div")]
    selectors = _declared_selectors()
    expected = [[CSSSelector(s, translator="html")(el) for el in targets] for s in selectors]
    assert expected == [[css(s)(el) for el in targets] for s in selectors]  # type: ignore[operator]


@pytest.mark.parametrize("page", [_PAGE, _RICH_PAGE])
def test_selectors_from_the_root_find_what_lxml_css_selectors_find(page: str) -> None:
    """``css_at_root`` (a class then a tag searched tag first) finds from the root what CSSSelector finds."""
    from lxml.cssselect import CSSSelector

    root = load(page).tree
    selectors = [*_declared_selectors(), ".a p", ".top h1", "#Head p", ".b a", "[data-x] span", ".a span"]
    expected = [CSSSelector(s, translator="html")(root) for s in selectors]
    assert expected == [css_at_root(s)(root) for s in selectors]  # type: ignore[operator]


def _plain_element_text(element: HtmlElement, skip: set[HtmlElement]) -> str:
    """The visible text by the definition, recursively: blocks on lines, <pre> kept, the rest unwrapped."""

    def walk(el: HtmlElement, pre: bool, parts: list[str]) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag and tag not in INVISIBLE_TAGS and el not in skip:
            inner = pre or tag == "pre"
            parts.append("\n" if tag in BLOCK_TAGS else "")
            parts.append((el.text if inner else _unwrap(el.text)) if el.text else "")
            for child in el:
                walk(child, inner, parts)
            parts.append("\n" if tag in BLOCK_TAGS else "")
        if el.tail and el is not element:
            parts.append(el.tail if pre else _unwrap(el.tail))

    parts: list[str] = []
    walk(element, False, parts)
    return "\n".join(line for line in (collapse(x) for x in "".join(parts).split("\n")) if line)


_PIECES = st.sampled_from(
    ["<div>", "</div>", "<p>", "</p>", "<pre>", "</pre>", "<span>", "</span>", "<script>x\n</script>",
     "<br>", "<!-- c -->", "<b class=s>", "</b>", "<td>", "a b", "\n", "  \n\n  ", "c\nd", " "]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.integers(min_value=0, max_value=3))
@example("<pre>a\nb</pre>c\nd<!-- c -->e\nf", 0)
@example("<p><pre>a\nb</pre>c\nd</p>g\nh", 1)
def test_element_text_equals_the_definition(body: str, skipped: int) -> None:
    """``element_text`` reads a tree as the recursive definition does, with elements skipped."""
    root = load(f"<html><body><div>{body}x</div></body></html>").tree
    skip = set(list(root.iter("b", "pre", "p"))[:skipped])
    assert _plain_element_text(root, skip) == element_text(root, skip=skip)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet=_SPACY, max_size=12) | st.text(max_size=12), max_size=6))
def test_visible_lines_collapse_each_line(parts: list[str]) -> None:
    """The visible text's lines are the joined parts' lines, each collapsed, empty ones left out."""
    lines = (collapse(line) for line in "".join(parts).split("\n"))
    assert "\n".join(line for line in lines if line) == _visible_lines(parts)


_NOTICE_WORDS = st.sampled_from(
    ["This site", "this page", "Web sites", "website", "is archived", "Cookies", "JavaScript",
     "Here's how you know", "published under the", "government", "Welcome to", "no longer updated",
     "spoke", "met", "İ", "ı", "K", "ſ", "the", "minister", " ", ".", "\n", "Historical material",
     "archived copy", "hosted"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_NOTICE_WORDS | st.text(max_size=6), max_size=8).map("".join))
def test_site_notices_are_what_the_patterns_find(line: str) -> None:
    """A line is a site notice exactly when the notice pattern finds one and the event verbs none."""
    plain = bool(
        re.search(furniture_patterns().site_notice.pattern, line, re.I)
    ) and not label_patterns().event_verb.search(line)
    assert plain == _is_site_notice(line)


def test_dates_read_once_per_page_are_the_dates_read_each_time() -> None:
    """Within one page's reading, each line's date is what reading the line alone gives, asked twice."""
    lines = ["Published: 3 May 2024", "Talks in Paris", "Brussels, 22/01/2024 - 17:45", "3 May 2024"]
    alone = [date_in_line(line) for line in lines]
    with reading_one_page():
        remembered = [date_in_line(line) for line in lines + lines]
    assert alone + alone == remembered


_TALKS = (
    "<html><body><div><h2>Ministers Hold Talks</h2><p>6 May 2024</p></div><div class='body-text'>"
    "<p>Minister Ana Lind spoke by phone with Foreign Minister Jon Berg today about trade.</p>"
    "<p>They agreed to meet again soon in the capital of either country.</p></div></body></html>"
)


def test_the_split_reads_the_documents_visible_text_not_the_tree_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The lines above the body come from the Document's visible text (read once, for detection)."""
    first = "Minister Ana Lind spoke by phone with Foreign Minister Jon Berg today about trade."
    above = f"Other Headline\n7 June 2025\n{first}"
    document = load(_TALKS)
    monkeypatch.setattr(Document, "visible_text", lambda self: above)
    parts = split_page(document, None, HtmlRules(body=(".body-text",)))
    expected = (None, dt.date(2025, 6, 7))
    assert expected == (parts.title, parts.published)


def _dated_talks(stamp: str) -> str:
    return (
        f"<html><body><h1>Ministers Hold Talks</h1><time>{stamp}</time><div class='body-text'>"
        "<p>Minister Ana Lind spoke by phone with Foreign Minister Jon Berg today about trade.</p>"
        "<p>They agreed to meet again soon in the capital of either country.</p></div></body></html>"
    )


def test_a_date_that_reads_one_way_only_needs_no_visible_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A declared date no reading in figures could turn ("20/05/2024", or a stamp year first, which
    names one day only) leaves the page's visible text unread; one that could ("06/05/2024") still
    reads it for the page's own order."""
    rules = HtmlRules(title=("h1",), date=("time",), body=(".body-text",))
    read: list[bool] = []
    plain = Document.visible_text
    monkeypatch.setattr(Document, "visible_text", lambda self: read.append(True) or plain(self))
    one_way = split_page(load(_dated_talks("2024-05-20")), None, rules)
    unread = not read
    settled = split_page(load(_dated_talks("2024-05-06")), None, rules)
    unread = unread and not read
    both_ways = split_page(load(_dated_talks("06/05/2024")), None, rules)
    expected = (dt.date(2024, 5, 20), dt.date(2024, 5, 6), True, dt.date(2024, 5, 6), [True])
    assert expected == (one_way.published, settled.published, unread, both_ways.published, read)


def _plain_reorder(date: dt.date, texts: list[str]) -> dt.date:
    """``dates.reorder_numeric`` as it read each text alone."""
    from readoutlib.dates import _numeric_parts, numeric_order

    if date.day > 12 or date.day == date.month:
        return date
    found = [(a, b) for text in texts for a, b, year in _numeric_parts(text) if year == date.year]
    candidates = [pair for pair in found if set(pair) == {date.day, date.month}]
    order = numeric_order(texts) if candidates else None
    if order is None:
        return date
    if order is any(pair == (date.month, date.day) for pair in candidates):
        return date
    return dt.date(date.year, date.day, date.month)


_FIGURES = st.text(alphabet="0123456789/.- \nJunMar,", max_size=24)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["3/6/2031", "13/06/2031", "06/13/2031", "Jun. 3", "Mar. 6, 2031"]) | _FIGURES),
    st.sampled_from([dt.date(2031, 6, 3), dt.date(2031, 3, 6), dt.date(2031, 6, 6), dt.date(2030, 6, 3)]),
)
@example(["3/6/2031-", "3/6/2031", "Mar. 6, 2031"], dt.date(2031, 6, 3))
def test_reorder_numeric_reading_the_texts_joined_reads_each_alone(texts: list[str], date: dt.date) -> None:
    from readoutlib.dates import reorder_numeric

    assert _plain_reorder(date, texts) == reorder_numeric(date, texts)


_FORM_PAGE = (
    "<html><head><title>T</title></head><body><!-- nav --><form><label>Name <input name=q></label>"
    "<select><option>a</select><textarea>t</textarea></form><svg:path/><p>Text</p></body></html>"
)


def test_the_tree_has_lxml_htmls_classes_found_without_a_python_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every node of a loaded page's tree has the class ``lxml.html`` gives it, and lxml finds the
    classes itself, never calling ``HtmlElementClassLookup.lookup``."""
    from lxml import html as lxml_html

    calls: list[str] = []
    plain = lxml_html.HtmlElementClassLookup.lookup
    expected = [type(node) for node in lxml_html.document_fromstring(_FORM_PAGE).iter()]
    monkeypatch.setattr(
        lxml_html.HtmlElementClassLookup, "lookup", lambda *args: calls.append(args[-1]) or plain(*args)
    )
    classes = [type(node) for node in load(_FORM_PAGE).tree.iter()]
    assert (expected, []) == (classes, calls)


_REPORTED = r"(?:hoping|urging|looking\s+forward|stress|underline|convey)(?![\w-])"
#: Invented sentences: the progressive and stance phrases before a reporting verb, with and without an
#: adverb between, and the same verbs where neither stands before them.
_STANCE_SENTENCES = (
    "The envoy is hoping for calm, and the mayors were still urging restraint.",
    "Both ministers are also looking forward to the ferry talks.",
    "The councillor was keen to stress the river treaty and was eager to convey thanks.",
    "She took the opportunity to warmly underline the grain quota.",
    "He used the occasion to also convey greetings; they were keen to truly stress it.",
    "Hoping for calm, the consuls hoping and urging less said the stress was high.",
    "This is urging, that was hoping, those are stress tests, the gulls also hoping.",
)


def test_verb_lookbehinds_behind_one_letter_gate_find_what_they_find_alone() -> None:
    """The progressive's and the stance phrases' lookbehinds stand behind one test for the letter and
    space they all end with, and find the same verbs at the same places as without it (issue #14,
    speed32: the reporting-verb pattern is searched in every sentence)."""
    from readoutlib.languages.en.statements import _AFTER_STANCE, _PROGRESSIVE

    found = []
    for gated in (_PROGRESSIVE, _AFTER_STANCE):
        assert re.match(r"\(\?<=\[[a-z]+\] \)\(\?:", gated), gated[:40]
        plain = gated[gated.index("(?:") :]
        for sentence in _STANCE_SENTENCES:
            spans = [m.span() for m in re.finditer(gated + _REPORTED, sentence)]
            assert spans == [m.span() for m in re.finditer(plain + _REPORTED, sentence)], sentence
            found.extend(sentence[a:b] for a, b in spans)
    # the progressive's (the gulls' "also hoping" has no auxiliary), then the stance phrases'
    assert found == [
        *("hoping", "urging", "looking forward", "urging", "hoping", "stress"),
        *("stress", "convey", "underline", "convey", "stress"),
    ]


def test_a_texts_country_phrases_are_searched_once_for_the_name_scan_and_the_country_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The name scan's country tokens and the participants' country words of the same paragraph come
    from one search of it, with what each search alone finds (issue #14, speed32)."""
    from readoutlib.languages.en import names, participants

    text = "Minister Ana Ruiz of Velor met the Kenyan envoy and the Prime Minister of New Zealand in Accra."
    participants.clear_page_caches()
    alone = ([m.span() for m in names._COUNTRY_SPANS.finditer(text)], names.scan_people(text))
    words = [m.span() for m in participants._country_words(text)]
    searched: list[str] = []

    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def finditer(self, string: str) -> Iterator[re.Match[str]]:
            searched.append(string)
            return self.pattern.finditer(string)

    monkeypatch.setattr(names, "_COUNTRY_SPANS", Counting(names._COUNTRY_SPANS))
    monkeypatch.setattr(participants, "_COUNTRY_WORDS", Counting(participants._COUNTRY_WORDS))
    participants.clear_page_caches()
    people = names.scan_people(text)
    assert ([m.span() for m in participants._country_words(text)], people) == (words, alone[1])
    assert searched == [text]
    assert {text[a:b] for a, b in words} >= {"Kenyan", "New Zealand"}


def test_a_list_set_off_is_searched_for_only_where_a_dash_or_bracket_stands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The people set off after a list of countries get the countries in order, and a text holding no
    dash or bracket to set them off is not searched (issue #14, speed32: the search read on from every
    "of" to the text's end)."""
    from readoutlib.languages.en import participants

    searched: list[str] = []
    plain = participants._SET_OFF_LIST

    class Counting:
        def finditer(self, string: str) -> Iterator[re.Match[str]]:
            searched.append(string)
            return plain.finditer(string)

    monkeypatch.setattr(participants, "_SET_OFF_LIST", Counting())
    listed = "The envoys of Chile and Norway – Ana Ruiz and Lars Berg – toured the ports of Velor."
    bare = "The envoys of Chile and Norway toured the ports of Velor and the mills of Tarn."
    ana, lars = (participants.Principal(name, [], None) for name in ("Ana Ruiz", "Lars Berg"))
    participants._set_off_list_countries([ana, lars], [bare, listed])
    assert (searched, ana.country, lars.country) == ([listed], "CL", "NO")
