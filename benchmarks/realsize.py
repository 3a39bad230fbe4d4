"""Real-size HTML pages for the speed benchmarks, built at run time (nothing of the corpus is copied).

A readout page as a browser receives it is about 100 KB, of which the readout itself is 3-5 KB: the
rest is the site's furniture (a head full of meta, link, style and script elements, a header with
menus, a footer with link lists, inline SVG icons). ``wrap`` puts a real readout body (from the
shared bulk corpus) inside such a page, laid out like the White House's WordPress theme of
2021-2025 (the markup parts the us-whitehouse adapter reads: the topper with its ``h1`` and
``time``, the post content). The furniture is generated here, from our own words and rules.
"""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

BULK = Path("../shared/corpus/bulk/us-whitehouse-rss")

_SECTIONS = (
    "Administration",
    "Briefing Room",
    "Statements and Releases",
    "Speeches and Remarks",
    "Press Briefings",
    "Presidential Actions",
    "Legislation",
    "Issues",
    "Priorities",
    "Get Involved",
    "Copyright Policy",
    "Accessibility Statement",
)
_TOPICS = (
    "Economy",
    "Health Care",
    "Climate",
    "Education",
    "Infrastructure",
    "Veterans",
    "Immigration",
    "National Security",
    "Foreign Policy",
    "Racial Equity",
    "Gun Violence Prevention",
    "Tribal Nations",
)


def _css() -> str:
    """A style sheet of the weight a block theme inlines (about 30 KB of rules)."""
    rules = []
    for i in range(520):
        name = f"wp-block-{_TOPICS[i % len(_TOPICS)].lower().replace(' ', '-')}-{i}"
        rules.append(
            f".{name}{{margin:0 0 {i % 7}px;padding:{i % 5}px {i % 9}px;"
            f"font-size:{12 + i % 10}px;color:#{(i * 2654435761) & 0xFFFFFF:06x}}}"
        )
    return "\n".join(rules)


def _script() -> str:
    """Inline scripts of the weight such pages carry (settings objects, analytics, about 20 KB)."""
    items = ",".join(
        f'{{"id":{i},"slug":"{_TOPICS[i % len(_TOPICS)].lower().replace(" ", "-")}-{i}",'
        f'"enabled":{"true" if i % 3 else "false"},"weight":{i * 37 % 101}}}'
        for i in range(330)
    )
    return f'window.siteSettings = {{"items":[{items}]}};\nfunction track(e){{return e&&e.id>0;}}'


def _svg_icons() -> str:
    """The icon sprite a block theme puts in the body (about 12 KB of path data)."""
    icons = []
    for i in range(40):
        points = " ".join(f"L{(i * 7 + k * 13) % 97} {(i * 11 + k * 17) % 89}" for k in range(30))
        icons.append(f'<symbol id="icon-{i}" viewBox="0 0 100 100"><path d="M0 0 {points} Z"/></symbol>')
    return '<svg style="display:none" aria-hidden="true">' + "".join(icons) + "</svg>"


def _menu() -> str:
    """The header's menus: a few hundred links."""
    lists = []
    for s, section in enumerate(_SECTIONS):
        links = "".join(
            f'<li class="menu-item menu-item-{s}-{t}"><a href="/{section.lower().replace(" ", "-")}/'
            f'{topic.lower().replace(" ", "-")}/">{topic}</a></li>'
            for t, topic in enumerate(_TOPICS)
        )
        slug = section.lower().replace(" ", "-")
        lists.append(
            f'<li class="menu-item has-children"><a href="/{slug}/">{section}</a>'
            f'<ul class="sub-menu">{links}</ul></li>'
        )
    return '<nav class="header-menu" aria-label="Main"><ul class="menu">' + "".join(lists) + "</ul></nav>"


def _footer() -> str:
    links = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}/">{s}</a></li>' for s in _SECTIONS * 3)
    return (
        '<footer class="site-footer"><div class="footer-inner"><ul class="footer-links">'
        f"{links}</ul><p>The White House</p><p>1600 Pennsylvania Ave NW</p>"
        "<p>Washington, DC 20500</p></div></footer>"
    )


_FURNITURE: dict[str, str] = {}


def _furniture() -> dict[str, str]:
    if not _FURNITURE:
        _FURNITURE.update(css=_css(), script=_script(), svg=_svg_icons(), menu=_menu(), footer=_footer())
    return _FURNITURE


def wrap(title: str, date: str, body_html: str) -> str:
    """A whole White House page (about 100 KB) around ``body_html``."""
    f = _furniture()
    t = html.escape(title)
    return (
        '<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{t} | The White House</title>\n"
        '<meta property="og:site_name" content="The White House">\n'
        f'<meta property="og:title" content="{t}">\n'
        f'<meta property="article:published_time" content="{date}">\n'
        f'<style id="global-styles-inline-css">\n{f["css"]}\n</style>\n'
        f'<script id="site-settings">\n{f["script"]}\n</script>\n</head>\n'
        f'<body class="post-template-default single">\n{f["svg"]}\n'
        f'<header class="site-header">{f["menu"]}</header>\n<main id="main-content">\n'
        '<div class="wp-block-whitehouse-topper"><p class="wp-block-whitehouse-topper__category">'
        "Briefing Room</p>"
        f'<h1 class="wp-block-whitehouse-topper__title">{t}</h1>'
        f'<time datetime="{date}">{date[:10]}</time></div>\n'
        f'<div class="wp-block-post-content entry-content">\n{body_html}\n</div>\n</main>\n'
        f"{f['footer']}\n</body>\n</html>\n"
    )


def readout_bodies(limit: int | None = None, folder: Path = BULK) -> list[tuple[str, str, str, str]]:
    """(title, date, url, body html) of the bulk corpus' "Readout of ..." pages, in index order."""
    found = []
    with (folder / "index.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if not row["title"].startswith("Readout of"):
                continue
            body = (folder / row["html"]).read_text(encoding="utf-8")
            found.append((row["title"], row["pubDate"], row["url"], body))
            if limit is not None and len(found) >= limit:
                break
    return found


_PARAGRAPH = re.compile(r"<p>.*?</p>", re.DOTALL)


def paragraphs() -> list[str]:
    """Body paragraphs (``<p>`` elements) of the bulk corpus' readouts, in order."""
    return [p for _t, _d, _u, body in readout_bodies() for p in _PARAGRAPH.findall(body)]


def sized_page(size: int, one_line: bool = False) -> str:
    """A readout of about ``size`` bytes: a real readout body, then other readouts' paragraphs (repeated
    when the size needs more) until the size.

    Under the real-size furniture (100 KB) the page is the body in a bare article; with
    ``one_line`` every line break is removed (pages served minified have none).
    """
    title, date, _url, body = readout_bodies(1)[0]
    pool = [p for p in _PARAGRAPH.findall(body) + paragraphs() if len(p) < 3000]
    parts: list[str] = []
    total = 0
    i = 0
    while total < size - 400:
        parts.append(pool[i % len(pool)])
        total += len(pool[i % len(pool)]) + 1
        i += 1
    joined = "\n".join(parts)
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{html.escape(title)}'
        f" | The White House</title></head><body><main><h1>{html.escape(title)}</h1>"
        f'<time datetime="{date}">{date}</time><div class="entry-content">{joined}</div></main></body></html>'
    )
    if one_line:
        page = page.replace("\n", " ")
    return page
