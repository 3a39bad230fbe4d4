"""The scan for characters lxml's tree must not keep (``document._holds_tree_control``) reads a page in
pieces, ASCII ones as bytes: it must answer as the regex over the whole source does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readoutlib import document as document_module

_PIECES = st.sampled_from(
    [
        "<p>plain markup</p>",
        "a" * 2000,  # pieces of a few thousand characters cross the scan's piece boundaries
        "é",
        "’",
        "\x01",
        "\x0b",
        "\x7f",
        "\x85",
        "\x9f",
        "\ufffe",
        "\uffff",
        "\t\n",
        "&#8217;",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
def test_the_piecewise_scan_answers_as_the_regex(source: str) -> None:
    expected = document_module._TREE_CONTROLS.search(source) is not None
    assert document_module._holds_tree_control(source) == expected


def test_a_control_deep_in_an_ascii_page_is_found() -> None:
    page = "<p>" + "x" * 9000 + "\x08</p>"
    assert document_module._holds_tree_control(page)
    assert not document_module._holds_tree_control(page.replace("\x08", "y"))


def test_a_c1_control_after_a_curly_quote_is_found() -> None:
    page = "<p>’" + "x" * 5000 + "\x9b</p>"
    assert document_module._holds_tree_control(page)
