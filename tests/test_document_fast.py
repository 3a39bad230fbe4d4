"""Loading's fast paths give what the plain per-character definitions give."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from readoutlib import document

_CHARS = st.sampled_from(
    [chr(c) for c in range(0x80)]
    + list(
        "\u00a0\u3000\u2002\u2003\u2009\u202f\u200b\ufeff\ufffe\uffff\x85\x9f\ue000\u0378\u2019\u0301\u00e9\ud800\udfff"
    )
)


def _plain_normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub("[\ud800-\udfff]", "\ufffd", text)
    return unicodedata.normalize("NFC", text.translate(document._SPACE_TRANSLATION))


def _plain_mostly_controls(text: str) -> bool:
    sample = text[:8192]
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f\v")
    return bad > 2 and bad > len(sample) * 0.02


@settings(max_examples=400, deadline=None)
@given(st.lists(_CHARS, max_size=60).map("".join))
def test_normalize_text_equals_the_translation_table(text: str) -> None:
    """normalize_text replaces exactly what the translation table says, then composes (NFC)."""
    assert _plain_normalize(text) == document.normalize_text(text)


_COMPOSING = st.sampled_from(["e", "\u0301", "\u0327", "\u0300", "\u1100", "\u1161", "\u11a8", "\u200b"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_CHARS | _COMPOSING, max_size=60).map("".join), st.integers(min_value=1, max_value=5))
def test_normalize_text_read_in_pieces_equals_the_translation_table(text: str, piece: int) -> None:
    """Read in pieces of any size, normalize_text gives what translating and composing the whole gives."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(document, "_PIECE", piece)
        assert _plain_normalize(text) == document.normalize_text(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CHARS, max_size=60).map("".join))
def test_mostly_controls_counts_what_the_categories_say(text: str) -> None:
    """Control, private-use and unassigned characters are counted as category by category."""
    assert _plain_mostly_controls(text) == document._mostly_controls(text)


def _plain_looks_binary(data: bytes) -> bool:
    """``_looks_binary`` as first written: the control bytes counted one by one."""
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")):
        return True
    if sample.count(b"\x00") and sample[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        even, odd, half = sample[0::2].count(0), sample[1::2].count(0), len(sample) // 2 or 1
        if not (even > 0.4 * half or odd > 0.4 * half):
            return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.02


@settings(max_examples=400, deadline=None)
@given(
    st.binary(max_size=80)
    | st.lists(st.sampled_from([b"a", b" ", b"\n", b"\t", b"\x1b", b"\x01", b"\x0c"]), max_size=60).map(
        b"".join
    )
)
def test_looks_binary_counts_the_control_bytes_one_by_one(data: bytes) -> None:
    """Binary is told by the same count of control bytes as a byte-by-byte loop makes."""
    assert _plain_looks_binary(data) == document._looks_binary(data)


_REFERENCE_PIECES = st.sampled_from(
    ["<p>", "</p>", "<a title='", "'>", "</a>", "a", " ", "&#8217;", "&#x2019;", "&#1;", "&#x85;",
     "&#150;", "&#129;", "&#0;", "&#65535;", "&#xFFFE;", "&#xD800;", "&#99999999;", "&#X1F;", "&#31", "&#",
     "\x85", "\x9f"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_REFERENCE_PIECES, max_size=20).map("".join))
def test_html_tree_is_clean_whether_or_not_the_cleaning_pass_runs(body: str) -> None:
    """The tree is what parsing, then removing control characters where the page has '&#', gives."""
    source = f"<html><body>{body}x</body></html>"
    expected = document._parse_html(source, None)
    if "&#" in source:
        document._clean_tree(expected)
    actual = document._parse_html(source, None)
    assert etree.tostring(expected, encoding=str) == etree.tostring(actual, encoding=str)
