"""Tests of parse(): forcing a format, wrapping adapter failures, and never raising outside ReadoutError."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import readoutlib
from readoutlib import budget, registry
from readoutlib.adapter import FormatAdapter, Layout
from readoutlib.document import Document
from readoutlib.errors import (
    AdapterError,
    DecodeError,
    FormatNotFoundError,
    InputError,
    NotAReadoutError,
    ReadoutError,
    TimeLimitError,
)
from readoutlib.model import Readout, Source

PAGE = "Minister A spoke with Minister B.\nThey agreed to meet again."


class Recorder(FormatAdapter):
    """Scores 0.9 on every page and returns a readout recording the document it was given."""

    name = "t-recorder"
    publisher = "tests"

    def detect(self, document: Document) -> float:
        """Claims everything."""
        return 0.9

    def extract(self, document: Document) -> Readout:
        """A readout whose source records the URL and whose paragraphs are the document's lines."""
        return Readout(source=Source(url=document.url, adapter=self.name), paragraphs=document.lines)


class Quiet(Recorder):
    """Claims nothing; can only be forced by name."""

    name = "t-quiet"

    def detect(self, document: Document) -> float:
        """Claims nothing."""
        return 0.0


def failing(exc: BaseException) -> FormatAdapter:
    """An adapter that claims every page and raises ``exc`` from layout."""

    class Failing(FormatAdapter):
        """Raises from layout."""

        name = "t-failing"
        publisher = "tests"

        def detect(self, document: Document) -> float:
            """Claims everything."""
            return 1.0

        def layout(self, document: Document) -> Layout:
            """Always fails."""
            raise exc

    return Failing()


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A registry without installed plugins: only generic and what the test registers."""
    registry.reset()
    monkeypatch.setattr(registry, "_entry_points", {})
    monkeypatch.setattr(registry, "_runtime", {})
    yield
    registry.reset()


@pytest.mark.usefixtures("isolated")
def test_parse_uses_the_detected_adapter_and_passes_the_url() -> None:
    """parse() hands the loaded document, with its URL, to the adapter detection picks."""
    readoutlib.register(Recorder)
    readout = readoutlib.parse(PAGE, url="https://example.org/r/1")
    expected = ("t-recorder", "https://example.org/r/1", tuple(PAGE.split("\n")))
    assert expected == (readout.source.adapter, readout.source.url, readout.paragraphs)


@pytest.mark.usefixtures("isolated")
def test_format_forces_an_adapter() -> None:
    """format= picks that adapter even when another one scores higher."""
    readoutlib.register(Recorder)
    readoutlib.register(Quiet)
    expected = "t-quiet"
    assert expected == readoutlib.parse(PAGE, format="t-quiet").source.adapter


@pytest.mark.usefixtures("isolated")
def test_unknown_format() -> None:
    """format= naming no adapter raises FormatNotFoundError."""
    with pytest.raises(FormatNotFoundError, match="no format named 'nope'"):
        readoutlib.parse(PAGE, format="nope")


@pytest.mark.usefixtures("isolated")
def test_parse_accepts_a_document() -> None:
    """A Document already loaded is parsed as it is."""
    readoutlib.register(Recorder)
    document = readoutlib.load(PAGE, url="https://example.org/d")
    expected = "https://example.org/d"
    assert expected == readoutlib.parse(document).source.url


@pytest.mark.usefixtures("isolated")
def test_adapter_bug_becomes_adapter_error() -> None:
    """An unexpected exception in an adapter becomes AdapterError naming the format and the input."""
    readoutlib.register(failing(KeyError("missing")))
    with pytest.warns(UserWarning, match="'t-failing' failed"), pytest.raises(AdapterError) as caught:
        readoutlib.parse(PAGE, name="page.txt")
    expected = ("page.txt: format 't-failing' failed: KeyError: 'missing'", KeyError)
    assert expected == (str(caught.value), type(caught.value.__cause__))


@pytest.mark.usefixtures("isolated")
def test_recursion_in_adapter_becomes_adapter_error() -> None:
    """A RecursionError in an adapter (a page nested too deeply) becomes AdapterError."""
    readoutlib.register(failing(RecursionError()))
    with (
        pytest.warns(UserWarning, match="nested too deeply"),
        pytest.raises(AdapterError, match="nested too deeply"),
    ):
        readoutlib.parse(PAGE)


@pytest.mark.usefixtures("isolated")
def test_readout_errors_from_adapters_get_the_input_name() -> None:
    """NotAReadoutError raised by an adapter passes through, with the input's name filled in."""
    readoutlib.register(failing(NotAReadoutError("a press conference")))
    with pytest.raises(NotAReadoutError) as caught:
        readoutlib.parse(PAGE, name="briefing.txt")
    expected = "briefing.txt: a press conference"
    assert expected == str(caught.value)


def test_errors_name_the_file(tmp_path: Path) -> None:
    """Errors from a path name that path."""
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(DecodeError) as caught:
        readoutlib.parse(path)
    assert str(path) == caught.value.source


@pytest.mark.parametrize(
    "junk",
    [
        b"",
        b"\x00\x01\x02",
        "   ",
        "<!DOCTYPE html>",
        "<html></html>",
        "<html><head><script>var a = 1;</script></head><body></body></html>",
        "<div>" * 5000 + "deep" + "</div>" * 5000,
        "<table>" + "<tr><td>cell</td></tr>" * 2000 + "</table>",
        "word " * 100_000,
        "\n" * 2_000 + "x",
        "<p>" + "\ud800" * 10 + "</p>",
        "December 22, 2020\n" * 50,
        "said said said that that that.",
        "<html><body><h1>Title only</h1></body></html>",
    ],
    ids=lambda value: repr(value)[:30],
)
def test_junk_gives_a_readout_or_a_readout_error(junk: str | bytes) -> None:
    """Hand-picked junk through every installed adapter: a Readout or a ReadoutError, never a bug."""
    assert_parse_is_safe(junk)


def assert_parse_is_safe(data: str | bytes) -> None:
    """parse() returns a Readout or raises a ReadoutError that is not an adapter bug."""
    try:
        result = readoutlib.parse(data, name="junk")
    except AdapterError as exc:  # a ReadoutError, but it means an adapter has a bug
        pytest.fail(f"adapter bug on {data[:80]!r}: {exc}")
    except ReadoutError:
        return
    assert isinstance(result, Readout)


_HTML_PIECES = st.sampled_from(
    [
        "<html>",
        "<body>",
        "<p>",
        "</p>",
        "<div class='content'>",
        "</div>",
        "<h1>",
        "</h1>",
        "<title>",
        "<meta charset='utf-8'>",
        "<br>",
        "<script>",
        "<!--",
        "-->",
        "&nbsp;",
        "&#0;",
        "said that",
        "spoke with",
        "on the phone",
        "Foreign Minister",
        "December 22, 2020",
        "2020年12月22日",
        "\n",
        " ",
        ".",
    ]
)
_PAGES = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000),
    st.lists(st.one_of(_HTML_PIECES, st.text(max_size=20)), max_size=80).map("".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_PAGES)
def test_parse_never_raises_outside_the_hierarchy(data: str | bytes) -> None:
    """Arbitrary bytes, text and tag soup through every installed adapter: a Readout or a ReadoutError."""
    assert_parse_is_safe(data)


def test_input_errors_are_readout_errors() -> None:
    """The errors load raises belong to the hierarchy callers catch."""
    expected = (True, True)
    assert expected == (issubclass(InputError, ReadoutError), issubclass(DecodeError, InputError))


def test_model_guide_example_builds_a_valid_readout() -> None:
    """The hand-built readout in docs/model.md is valid and survives both round trips."""
    guide = Path(__file__).resolve().parents[1] / "docs" / "model.md"
    code = guide.read_text(encoding="utf-8").split("```python\n")[-1].split("```")[0]
    namespace: dict[str, object] = {}
    exec(compile(code, str(guide), "exec"), namespace)
    readout = namespace["readout"]
    assert isinstance(readout, Readout)
    expected = (readout, readout)
    actual = (
        readoutlib.loads(readoutlib.dumps(readout, "json"), "json"),
        readoutlib.loads(readoutlib.dumps(readout, "xml"), "xml"),
    )
    assert expected == actual


# --- issue 11: the core distrusts what plugins return; a page has a time budget ------------------------


def returning(value: object) -> FormatAdapter:
    """An adapter that claims every page and returns ``value`` from extract."""

    class Returning(Recorder):
        """Returns a fixed value from extract."""

        name = "t-returning"

        def extract(self, document: Document) -> Readout:
            """The value, whatever it is."""
            return value  # type: ignore[return-value]

    return Returning()


@pytest.mark.parametrize(
    ("value", "kind"), [(None, "NoneType"), ("a readout", "str"), ({"schema": "readoutlib/1"}, "dict")]
)
@pytest.mark.usefixtures("isolated")
def test_extract_returning_no_readout_is_an_adapter_error(value: object, kind: str) -> None:
    """P3: extract returning None, a str or a dict is an AdapterError, not a value dumps trips on."""
    readoutlib.register(returning(value))
    with (
        pytest.warns(UserWarning, match="from extract, not a Readout"),
        pytest.raises(AdapterError) as caught,
    ):
        readoutlib.parse(PAGE, name="page.txt")
    expected = f"page.txt: format 't-returning' returned {kind} from extract, not a Readout"
    assert expected == str(caught.value)


class Slow(Recorder):
    """An adapter whose extract runs the analysis' budget check in a loop until it gives up."""

    name = "t-slow"

    def extract(self, document: Document) -> Readout:
        """Loops, checking the budget, for at most ten seconds."""
        started = time.monotonic()
        while time.monotonic() - started < 10:
            budget.check()
        return super().extract(document)


@pytest.mark.usefixtures("isolated")
def test_time_budget_names_the_page_and_the_next_page_is_unaffected() -> None:
    """S1: a page over its time budget is a TimeLimitError naming it; the next page parses."""
    readoutlib.register(Slow())
    with pytest.raises(TimeLimitError) as caught:
        readoutlib.parse(PAGE, name="slow.txt", timeout=0.05)
    readoutlib.unregister("t-slow")
    readoutlib.register(Recorder())
    after = readoutlib.parse(PAGE, name="next.txt", timeout=0.05)
    expected = ("slow.txt: gave up after the time budget of 0.05 s for one page", "t-recorder")
    assert expected == (str(caught.value), after.source.adapter)


def test_time_budget_stops_the_analysis_of_a_huge_page() -> None:
    """S1: a 2 MB page with no line break (a readout repeated) gives up at its budget inside the analysis."""
    one = (
        "On 3 May 2024, Foreign Minister Ana Lind had a phone call with Foreign Minister Jon Berg. "
        "Ana Lind said the two countries would work together on trade. Jon Berg noted the talks went well. "
    )
    page = one * (2_000_000 // len(one))
    with pytest.raises(TimeLimitError) as caught:
        readoutlib.parse(page, name="huge.txt", timeout=0.2)
    expected = "huge.txt: gave up after the time budget of 0.2 s for one page"
    assert expected == str(caught.value)


@pytest.mark.parametrize("seconds", [0, -1.0])
def test_time_budget_must_be_positive(seconds: float) -> None:
    """A budget of zero or less is a caller's mistake (ValueError), not a page's."""
    with pytest.raises(ValueError, match="positive"):
        readoutlib.parse(PAGE, timeout=seconds)


def test_decoding_warning_reaches_the_readout() -> None:
    """E3: a page read as UTF-8 with a byte replaced says so in the readout's warnings."""
    page = (
        "On 3 May 2024, Foreign Minister Ana Lind had a phone call with Foreign Minister Jon Berg in Malmö.\n"
        "Ana Lind said the two sides would work together — “closely” — on trade.\n"
    ).encode()
    readout = readoutlib.parse(page.replace(b"trade", b"tr\xffde"))
    expected = "decoded as UTF-8 with 1 invalid byte sequence(s) replaced by U+FFFD"
    assert expected in readout.warnings


def test_control_character_reference_between_body_elements() -> None:
    """F4: ``&#1;`` between body elements is dropped; the page is read (it was an AdapterError)."""
    page = (
        "<html><body><div><p>On 3 May 2024, Foreign Minister Ana Lind had a phone call with Foreign Minister "
        "Jon Berg.</p></div>&#1;<div><p>Ana Lind said the two sides would work together.</p></div>"
        "</body></html>"
    )
    expected = readoutlib.parse(page.replace("&#1;", ""))
    assert expected == readoutlib.parse(page)


def test_japanese_clauses_without_a_full_stop_parse_within_the_budget() -> None:
    """S1: 6 KB of "甲は，乙と電話会談を行い，..." without 。 parses (the opening search took minutes)."""
    page = "外務省\n\n電話会談 " + "山田大臣は，リード長官と電話会談を行い，" * 300
    readout = readoutlib.parse(page, name="ja.txt", timeout=20)
    expected = ("ja", "phone_call")
    assert expected == (readout.source.language, readout.event.kind.value)


def test_parse_names_the_input_and_the_version(tmp_path: Path) -> None:
    """parse writes the input as given (path, name, or else URL) and readoutlib's version into source."""
    page = tmp_path / "call.txt"
    page.write_text(PROVENANCE_PAGE, encoding="utf-8")
    url = "https://www.example.org/readouts/call.html"
    sources = [
        readoutlib.parse(page).source,
        readoutlib.parse(PROVENANCE_PAGE, name="my-call", url=url).source,
        readoutlib.parse(PROVENANCE_PAGE, url=url).source,
        readoutlib.parse(PROVENANCE_PAGE).source,
    ]
    version = readoutlib.__version__
    expected = [(str(page), version), ("my-call", version), (url, version), (None, version)]
    assert expected == [(s.input, s.readoutlib_version) for s in sources]


def test_participant_key_joins_one_person_across_readouts() -> None:
    """The same person in readouts by two publishers, read by two adapters, has one key; ids differ."""
    first = readoutlib.parse(PROVENANCE_PAGE)
    second = readoutlib.parse(SECOND_PAGE, format="cn-mfa")
    keys = [{p.key: p.id for p in r.event.participants} for r in (first, second)]
    shared = sorted(set(keys[0]) & set(keys[1]))
    expected = (("generic", "cn-mfa"), ["NO:kari-nordmann"])
    assert expected == ((first.source.adapter, second.source.adapter), shared)


# Two invented readouts of different events that share one participant, in two layouts.
PROVENANCE_PAGE = """\
Foreign Minister Ana Example Holds Phone Call with Norwegian Foreign Minister Kari Nordmann

On 4 March 2024, Foreign Minister Ana Example held a phone call with Norwegian Foreign Minister Kari Nordmann.

Kari Nordmann said that Norway is ready to work on ocean research.
"""
SECOND_PAGE = """\
Home > News
Wang Yi Holds Talks with Norwegian Foreign Minister Kari Nordmann
2024-05-06 21:00

On May 6, 2024, Foreign Minister Wang Yi held talks with Norwegian Foreign Minister Kari Nordmann in Beijing.

Wang Yi said that China is willing to deepen cooperation in green shipping.

Kari Nordmann said that Norway values its dialogue with China.
"""
