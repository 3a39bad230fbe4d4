"""Tests of the generic fallback adapter: pages of unknown publishers, as text dumps and as HTML."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from readoutlib.document import load
from readoutlib.errors import NotAReadoutError
from readoutlib.generic import GenericAdapter
from readoutlib.registry import get_adapter
from readoutlib.testing import corpus_cases, corpus_dir

ADAPTER = GenericAdapter()


def test_generic_never_competes() -> None:
    """Detection falls back to the generic adapter; it never scores itself."""
    expected = 0.0
    assert expected == ADAPTER.detect(load("Anything at all.\n", url="https://example.org/a"))


def test_registered_as_generic() -> None:
    """The registry hands out the generic adapter under its name."""
    expected = "generic"
    assert expected == get_adapter("generic").name


def test_spokesperson_dump_from_a_mirror() -> None:
    """A mirrored spokesperson readout: ticker date, byline and attribution go; the body is one paragraph."""
    dump = """  • Thu. Mar 3rd, 2022
World

Secretary's Call with Ruritanian Foreign Minister Tomasz Nowak

Jane Reporter

March 3, 2022 , ruritania, Department of State
Washington, DC (Example Wire) The following is attributable to Spokesperson Alex Doe:

Secretary of State Mary Major spoke today with Ruritanian Foreign Minister Tomasz Nowak. The Secretary \
underscored the strength of the partnership.

Related posts
"""
    parts = ADAPTER.layout(load(dump))
    expected = ("Secretary's Call with Ruritanian Foreign Minister Tomasz Nowak", dt.date(2022, 3, 3), 1)
    assert expected == (parts.title, parts.published, len(parts.paragraphs))


def test_numbered_dump_with_section_and_caption() -> None:
    """A numbered readout: section name, date and photo caption are header; each point is a paragraph."""
    dump = """Japan-Ruritania Relations

June 2, 2022
The two ministers at the start of the meeting
Japan-Ruritania Foreign Ministers' Meeting

On June 2, the Foreign Minister of Japan held a meeting with the Foreign Minister of Ruritania.

  1. The two ministers welcomed the progress in bilateral relations.
  2. The two ministers agreed to cooperate closely at the United Nations.

Back to Japan-Ruritania Relations
"""
    parts = ADAPTER.layout(load(dump))
    expected = ("Japan-Ruritania Foreign Ministers' Meeting", dt.date(2022, 6, 2), 3)
    assert expected == (parts.title, parts.published, len(parts.paragraphs))


def test_glued_date_and_language_line_dump() -> None:
    """A date glued to a time above the title and a language-availability line are header."""
    dump = """Asset Publisher

2 March 201811:05

Press release on the Foreign Minister's telephone conversation with the Foreign Minister of Ruritania


  • en-GB1 ru-RU1

On March 2, the Foreign Minister had a telephone conversation with the Foreign Minister of Ruritania.

The ministers discussed bilateral cooperation.

Additional materials
"""
    parts = ADAPTER.layout(load(dump))
    expected = (
        "Press release on the Foreign Minister's telephone conversation with the Foreign Minister of "
        "Ruritania",
        dt.date(2018, 3, 2),
        2,
    )
    assert expected == (parts.title, parts.published, len(parts.paragraphs))


def test_contact_block_and_comment_form_trimmed() -> None:
    """Contact blocks and comment forms after the body are not paragraphs."""
    dump = """Telephone Conversation between the Prime Minister and the President of Ruritania

May 5, 2020

The Prime Minister had a telephone conversation today with the President of Ruritania.

The two leaders agreed to remain in touch.

Capital City
May 5, 2020
For more information, contact:
Press Office
Tel: +00-00-0000000
Post A Comment
"""
    parts = ADAPTER.layout(load(dump))
    expected = 2
    assert expected == len(parts.paragraphs)


def test_html_article_page() -> None:
    """An HTML page with an <article>: title from <h1>, date from <time>, paragraphs from the article."""
    page = """<html><head><title>Readout of the Minister's Call | Ministry of Examples</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Readout of the Minister's Call with the Foreign Minister of Ruritania</h1>
<time datetime="2023-01-09">January 9, 2023</time>
<p>The Minister spoke today with the Foreign Minister of Ruritania about energy security.</p>
<p>The Minister reaffirmed support for the region, and the two agreed to stay in close contact.</p>
<div class="share">Share</div></article>
<footer><p>Copyright Ministry of Examples. All rights reserved.</p></footer></body></html>"""
    parts = ADAPTER.layout(load(page))
    expected = (
        "Readout of the Minister's Call with the Foreign Minister of Ruritania",
        dt.date(2023, 1, 9),
        2,
    )
    assert expected == (parts.title, parts.published, len(parts.paragraphs))


def test_html_without_container_uses_largest_block() -> None:
    """With no known container, the block of most paragraph text is the body; <title> loses its site name."""
    page = """<html><head><title>President Meets Prime Minister of Ruritania - Office of the President</title>
</head><body><div id="menu"><p>Home</p><p>Press</p></div>
<div id="story"><p>The President met the Prime Minister of Ruritania at the palace today.</p>
<p>The President said that the two countries are close friends and partners.</p>
<p>The two leaders agreed to expand trade in the coming year.</p></div></body></html>"""
    parts = ADAPTER.layout(load(page))
    expected = ("President Meets Prime Minister of Ruritania", 3)
    assert expected == (parts.title, len(parts.paragraphs))


def test_html_lead_and_metadata_list_are_not_body() -> None:
    """A class-marked lead goes to the summary and a <dl> of labels and values is left out of the body."""
    page = """<html><head><title>Minister visits Ruritania - Example Ministry</title></head><body>
<main><div class="page-heading"><span class="caption">News story</span>
<h1>Minister visits Ruritania</h1></div>
<p class="article-lead-text">The Minister met the Foreign Minister of Ruritania in the capital.</p>
<dl class="facts"><dt>From:</dt><dd>Example Ministry</dd><dt>Published</dt><dd>2 March 2023</dd></dl>
<div class="rich-text"><p>The Minister travelled to the capital today for two days of talks.</p>
<p>The Minister said that the partnership between the two countries had never been stronger.</p>
<p>The two ministers agreed to meet again in the autumn.</p></div>
</main></body></html>"""
    parts = ADAPTER.layout(load(page))
    expected = (
        "Minister visits Ruritania",
        "The Minister met the Foreign Minister of Ruritania in the capital.",
        (
            "The Minister travelled to the capital today for two days of talks.",
            "The Minister said that the partnership between the two countries had never been stronger.",
            "The two ministers agreed to meet again in the autumn.",
        ),
    )
    assert expected == (parts.title, parts.summary, parts.paragraphs)


def test_html_prose_div_outside_inner_container_keeps_wide_container() -> None:
    """A first paragraph in a <div> of its own (no <p>) keeps the whole container too."""
    page = """<html><head><title>Minister meets envoy</title></head><body><article>
<h1>Minister meets envoy of Ruritania</h1>
<div class="opening">The Minister met the envoy of Ruritania in the capital on Friday.</div>
<div class="more"><p>The Minister said that the two countries should trade more with each other.</p>
<p>The envoy agreed and invited the Minister to visit Ruritania next year.</p></div>
</article></body></html>"""
    parts = ADAPTER.layout(load(page))
    expected = 3
    assert expected == len(parts.paragraphs)


def test_html_definition_list_is_never_body() -> None:
    """A <dl> beside the running text (facts about the page) gives no paragraph, even with sentences in it."""
    page = """<html><head><title>Minister meets envoy</title></head><body><article>
<h1>Minister meets envoy of Ruritania</h1>
<p>The Minister met the envoy of Ruritania in the capital on Friday.</p>
<dl><dt>Venue</dt><dd>The meeting was held at the ministry guest house.</dd></dl>
<div class="more"><p>The Minister said that the two countries should trade more with each other.</p>
<p>The envoy agreed and invited the Minister to visit Ruritania next year.</p></div>
</article></body></html>"""
    parts = ADAPTER.layout(load(page))
    expected = 3
    assert expected == len(parts.paragraphs)


def test_html_styled_first_paragraph_is_body() -> None:
    """A first paragraph the site styles with a 'lead' class, among the other paragraphs, stays body."""
    page = """<html><head><title>President meets envoy</title></head><body><article>
<h1>President meets envoy of Ruritania</h1>
<p class="lead">The President met the envoy of Ruritania at the palace this morning.</p>
<p>The President said that the two countries would open a new trade office.</p>
<p>The envoy thanked the President for the warm welcome extended to the delegation.</p>
</article></body></html>"""
    parts = ADAPTER.layout(load(page))
    expected = (None, 3)
    assert expected == (parts.summary, len(parts.paragraphs))


def test_html_paragraph_container_preferred_over_wide_container() -> None:
    """Inside <main>, the element with the running text is read: bulleted highlights above it are not body."""
    page = """<html><head><title>Minister's call with Ruritania</title></head><body><main>
<h1>Minister's call with the Foreign Minister of Ruritania</h1>
<ul class="highlights"><li>Ministers want the ceasefire to hold and aid to reach civilians.</li>
<li>They will talk again next week to review progress.</li></ul>
<div class="text"><p>The Minister spoke today with the Foreign Minister of Ruritania by phone.</p>
<p>The Minister stressed that the ceasefire must hold and aid must reach civilians.</p></div>
</main></body></html>"""
    parts = ADAPTER.layout(load(page))
    expected = (
        "The Minister spoke today with the Foreign Minister of Ruritania by phone.",
        "The Minister stressed that the ceasefire must hold and aid must reach civilians.",
    )
    assert expected == parts.paragraphs


def test_html_prose_paragraph_outside_inner_container_keeps_wide_container() -> None:
    """A prose <p> outside the inner block keeps the whole container, so no body paragraph is lost."""
    page = """<html><head><title>Minister meets envoy</title></head><body><article>
<h1>Minister meets envoy of Ruritania</h1>
<p>The Minister met the envoy of Ruritania in the capital on Friday.</p>
<div class="more"><p>The Minister said that the two countries should trade more with each other.</p>
<p>The envoy agreed and invited the Minister to visit Ruritania next year.</p></div>
</article></body></html>"""
    parts = ADAPTER.layout(load(page))
    expected = 3
    assert expected == len(parts.paragraphs)


def test_page_without_body_is_not_a_readout() -> None:
    """A page cut off before its body (a title and nothing else) is refused, not parsed into guesses."""
    page = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Minister holds talks with'
    with pytest.raises(NotAReadoutError):
        ADAPTER.layout(load(page))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def test_corpus_layout_puts_statements_in_their_paragraphs() -> None:
    """On every shared-corpus page the generic layout finds the gold title, date and statement paragraphs."""
    if corpus_dir() is None:
        pytest.skip("shared corpus not found: set $READOUTLIB_CORPUS or run beside shared/corpus")
    cases = [case for case in corpus_cases() if case.page.suffix == ".txt"]
    titles = dates = placed = statements = 0
    for case in cases:
        gold = case.gold
        parts = ADAPTER.layout(load(case.page, url=gold.source.url))
        titles += parts.title == gold.title
        dates += parts.published == gold.published
        for statement in gold.statements:
            statements += 1
            index = statement.paragraph
            placed += index < len(parts.paragraphs) and _norm(statement.starts) in _norm(
                parts.paragraphs[index]
            )
    # Measured when written: 32/33 titles, 32/33 dates (a Japanese era date), 112/112 statements.
    expected = (True, True, True)
    got = (titles >= 0.9 * len(cases), dates >= 0.9 * len(cases), placed >= 0.97 * statements)
    assert expected == got, (
        f"titles {titles}/{len(cases)}, dates {dates}/{len(cases)}, placed {placed}/{statements}"
    )
