"""Views of a comparison for people: a two-column terminal text, and a self-contained HTML page.

The HTML page holds both readouts' full texts side by side; each point (a sentence the comparison
reads) is marked in its paragraph, points on the same subject share a colour and link to each other
(click one to jump to its partner), and points only one side reports are marked as such. It needs nothing from
the network: styles and the few lines of script are inline.
"""

from __future__ import annotations

import html
import shutil
import textwrap
from collections.abc import Iterable

from ..model import Readout
from .model import Comparison, Point
from .pair import publisher_of

__all__ = ["render_html", "render_text"]

_GAP = " │ "


def _label(readout: Readout) -> str:
    label = publisher_of(readout, 0)
    return "unknown publisher" if label.startswith("#") else label


def _who(point: Point) -> str:
    """Who the parser says made the point, and how ("Vladimir Putin warned"); "" for no statement."""
    return f"{point.speaker} {point.verb}" if point.speaker is not None else ""


def _said(points: tuple[Point, ...], index: int) -> str:
    point = points[index]
    who = _who(point)
    return f"{point.text}  ({who})" if who else point.text


def _columns(left: str, right: str, width: int) -> list[str]:
    wrapped_l = textwrap.wrap(left, width) or [""]
    wrapped_r = textwrap.wrap(right, width) or [""]
    height = max(len(wrapped_l), len(wrapped_r))
    wrapped_l += [""] * (height - len(wrapped_l))
    wrapped_r += [""] * (height - len(wrapped_r))
    return [f"{lft:<{width}}{_GAP}{rgt}".rstrip() for lft, rgt in zip(wrapped_l, wrapped_r, strict=True)]


def _section(title: str, total: int) -> list[str]:
    return ["", title, "─" * total]


def _related_lines(comparison: Comparison, total: int) -> list[str]:
    """The points on the same subject as a point of the other side, in other words (none: no lines)."""
    pa, pb = comparison.points_a, comparison.points_b
    related = [("A", r, pa, "B") for r in comparison.related_a] + [
        ("B", r, pb, "A") for r in comparison.related_b
    ]
    if not related:
        return []
    lines = _section(
        "On the same subject, in other words (not linked: about as close to another point)", total
    )
    for tag, rel, points, other in related:
        lines += textwrap.wrap(
            f"[{tag}{rel.point}] {_said(points, rel.point)}  ~ {other}{rel.partner}", total
        )
    return lines


def _topic_lines(comparison: Comparison, total: int) -> list[str]:
    """The points that only name a topic, no link joining them (none: no lines)."""
    topics = [("A", i, comparison.points_a) for i in comparison.topics_a]
    topics += [("B", j, comparison.points_b) for j in comparison.topics_b]
    if not topics:
        return []
    lines = _section("Topics named, no statement (not a difference: the other side may cover them)", total)
    for tag, index, points in topics:
        lines += textwrap.wrap(f"[{tag}{index}] {_said(points, index)}", total)
    return lines


def render_text(comparison: Comparison, width: int | None = None) -> str:
    """The comparison as a two-column text for a terminal (``width`` defaults to the terminal's)."""
    total = width or min(max(shutil.get_terminal_size((120, 24)).columns, 80), 160)
    col = (total - len(_GAP)) // 2
    a, b = comparison.a, comparison.b
    lines = _columns(f"A: {_label(a)}", f"B: {_label(b)}", col)
    lines += _columns(a.title or "(no headline)", b.title or "(no headline)", col)
    lines += _section("The event as each side reports it", total)
    for fact in comparison.facts:
        mark = "  " if fact.same else "≠ "
        lines += _columns(f"{mark}{fact.field}: {fact.a or '—'}", f"{fact.field}: {fact.b or '—'}", col)
    lines += _section("Principals both name", total)
    for person in comparison.persons:
        lines += _columns(person.a, f"{person.b}  (found in {person.basis})", col)
    pa, pb = comparison.points_a, comparison.points_b
    lines += _section("Points on the same subject (in brackets: who said it, as the parser reads it)", total)
    for link in comparison.links:
        mark = "" if link.same_speaker or not (link.speaker_a and link.speaker_b) else "≠ speaker  "
        lines += _columns(f"[A{link.a}] {_said(pa, link.a)}", f"[B{link.b}] {mark}{_said(pb, link.b)}", col)
        lines.append("")
    lines += _related_lines(comparison, total)
    lines += _section("Only A reports", total)
    lines += [line for i in comparison.only_a for line in textwrap.wrap(f"[A{i}] {_said(pa, i)}", total)]
    lines += _section("Only B reports", total)
    lines += [line for i in comparison.only_b for line in textwrap.wrap(f"[B{i}] {_said(pb, i)}", total)]
    lines += _topic_lines(comparison, total)
    if comparison.attributions:
        lines += _section("One side gives to the other's principal, and the other does not report", total)
        for item in comparison.attributions:
            tag = f"[{item.side.upper()}{item.point}]"
            lines += textwrap.wrap(f"{tag} {item.speaker}: {item.text}", total)
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------------ HTML

_STYLE = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2330;
 background:#f6f7f9}
header{padding:14px 24px;background:#1d2330;color:#fff}header h1{font-size:18px;margin:0}
header p{margin:4px 0 0;color:#c9d1e0;font-size:13px}
main{padding:16px 24px}
table.facts{border-collapse:collapse;width:100%;background:#fff;margin-bottom:16px}
.facts th,.facts td{border:1px solid #d9dde5;padding:4px 8px;text-align:left;vertical-align:top;
 font-size:13px}
.facts tr.differ td{background:#fff4e0}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.side{background:#fff;border:1px solid #d9dde5;border-radius:6px;padding:12px 16px}
.side h2{font-size:15px;margin:0 0 2px}.side .pub{color:#5b6472;font-size:12px;margin-bottom:8px}
.st{border-radius:3px;padding:1px 2px;text-decoration:none;color:inherit}
.st.linked{background:var(--c);box-shadow:inset 0 -2px 0 rgba(0,0,0,.25)}
.st.only{background:#eceef2;border-bottom:2px dashed #9aa3b2}
.st.related{background:#f4f1e6;border-bottom:2px dotted #b59a4a}
.st.topic{border-bottom:1px dotted #9aa3b2;color:#4a5263}
.st:target,.st.hl{outline:2px solid #1d2330}
.tag{font-size:11px;font-weight:600;color:#1d2330;vertical-align:super;margin-left:1px}
.findings{background:#fff;border:1px solid #e0a050;border-radius:6px;padding:8px 16px;margin-bottom:16px}
.findings h3{margin:4px 0;font-size:14px}.legend{font-size:12px;color:#5b6472;margin:8px 0}
"""

_SCRIPT = """
document.querySelectorAll('.st[data-peer]').forEach(function(el){
  function mark(on){el.classList.toggle('hl',on);
    el.dataset.peer.split(' ').forEach(function(id){
      var p=document.getElementById(id);if(p)p.classList.toggle('hl',on);});}
  el.addEventListener('mouseenter',function(){mark(true);});
  el.addEventListener('mouseleave',function(){mark(false);});
});
"""

_PALETTE = ("#cfe8ff", "#d8f5d0", "#ffe1c7", "#efd9ff", "#fff3b0", "#c9f1ee", "#ffd6e0", "#e3e8c8")


def _marks(comparison: Comparison, side: str) -> dict[int, tuple[str, str, list[str]]]:
    """For each point index of one side: its css class, colour and the ids of its partners."""
    marks: dict[int, tuple[str, str, list[str]]] = {}
    other = "b" if side == "a" else "a"
    for n, link in enumerate(comparison.links):
        mine, theirs = (link.a, link.b) if side == "a" else (link.b, link.a)
        colour = _PALETTE[n % len(_PALETTE)]
        _cls, first_colour, peers = marks.get(mine, ("linked", colour, []))
        marks[mine] = ("linked", first_colour, [*peers, f"{other}-s{theirs}"])
    for index in comparison.only_a if side == "a" else comparison.only_b:
        marks[index] = ("only", "", [])
    for item in comparison.related_a if side == "a" else comparison.related_b:
        marks[item.point] = ("related", "", [f"{other}-s{item.partner}"])
    for index in comparison.topics_a if side == "a" else comparison.topics_b:
        marks[index] = ("topic", "", [])
    return marks


def _paragraph_html(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    out, at = [], 0
    for start, end, opening in sorted(spans):
        if start < at:
            continue  # overlapping points: keep the first
        out.append(html.escape(text[at:start]))
        out.append(f"{opening}{html.escape(text[start:end])}</a>")
        at = end
    out.append(html.escape(text[at:]))
    return "<p>" + "".join(out) + "</p>"


def _side_html(comparison: Comparison, side: str) -> str:
    readout = comparison.a if side == "a" else comparison.b
    points = comparison.points_a if side == "a" else comparison.points_b
    marks = _marks(comparison, side)
    by_paragraph: dict[int, list[tuple[int, int, str]]] = {}
    for index, point in enumerate(points):
        cls, colour, peers = marks.get(index, ("only", "", []))
        ident = f"{side}-s{index}"
        href = f"#{peers[0]}" if peers else f"#{ident}"
        style = f' style="--c:{colour}"' if colour else ""
        peer_attr = f' data-peer="{" ".join(peers)}"' if peers else ""
        title = html.escape(_who(point) or "no statement read here", quote=True)
        opening = (
            f'<a class="st {cls}" id="{ident}" href="{href}" title="{title}"{style}{peer_attr}>'
            f'<span class="tag">{side.upper()}{index}</span> '
        )
        by_paragraph.setdefault(point.paragraph, []).append((point.start, point.end, opening))
    body = "".join(_paragraph_html(p, by_paragraph.get(n, ())) for n, p in enumerate(readout.paragraphs))
    title = html.escape(readout.title or "(no headline)")
    source = html.escape(readout.source.url or "")
    return (
        f'<section class="side" id="side-{side}"><h2>{side.upper()}: {title}</h2>'
        f'<div class="pub">{html.escape(_label(readout))} {source}</div>{body}</section>'
    )


def _facts_html(comparison: Comparison) -> str:
    rows = [
        f'<tr class="{"same" if f.same else "differ"}"><th>{html.escape(f.field)}</th>'
        f"<td>{html.escape(f.a or '—')}</td><td>{html.escape(f.b or '—')}</td></tr>"
        for f in comparison.facts
    ]
    return (
        '<table class="facts"><thead><tr><th></th><th>A</th><th>B</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table>"
    )


def _findings_html(comparison: Comparison) -> str:
    if not comparison.attributions:
        return ""
    items = "".join(
        f'<li><a href="#{item.side}-s{item.point}">{item.side.upper()}{item.point}</a> '
        f"{html.escape(item.speaker)}: {html.escape(item.text)}</li>"
        for item in comparison.attributions
    )
    return (
        '<div class="findings"><h3>One side gives these to the other side\'s principal; '
        f"the other side's own readout does not report them</h3><ul>{items}</ul></div>"
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def render_html(comparison: Comparison) -> str:
    """The comparison as one self-contained HTML page: both texts side by side, points linked."""
    a, b = comparison.a, comparison.b
    heading = html.escape(f"{_label(a)} and {_label(b)}: two accounts of one event")
    legend = (
        '<p class="legend">Coloured: reported by both sides (same colour = same subject; click to jump, '
        "hover to highlight the partner). Dotted: on the same subject as a point of the other side, in "
        "other words (not linked). Grey, dashed: only this side reports it. Underlined, dotted: only "
        "names a topic, no statement (not a difference).</p>"
    )
    linked = _count(len(comparison.links), "pair")
    count = len(comparison.related_a) + len(comparison.related_b)
    related = f"{count} on the same subject in other words · " if count else ""
    named = len(comparison.topics_a) + len(comparison.topics_b)
    topics = f" · {_count(named, 'topic')} named with no statement" if named else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{heading}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{heading}</h1><p>{linked} of points on the same subject · "
        f"{related}"
        f"{len(comparison.only_a)} only in A · {len(comparison.only_b)} only in B{topics}</p></header>"
        f"<main>{_facts_html(comparison)}{_findings_html(comparison)}{legend}"
        f'<div class="sides">{_side_html(comparison, "a")}{_side_html(comparison, "b")}</div></main>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
