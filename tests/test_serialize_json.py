"""The JSON form: exact shape, round trips, the shipped JSON Schema, and one clear error per fault."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import cattrs
import jsonschema
import pytest
from cattrs.preconf.json import make_converter as preconf_json_converter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import readoutlib
from readoutlib.errors import SchemaError
from readoutlib.model import Event, EventKind, Participant, Readout, Source, Statement
from readoutlib.serialize import SCHEMA
from readoutlib.serialize import json as rjson
from tests.strategies import readouts

ROUND_TRIP = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Written for these tests: an invented call between two invented ministers.
PARAGRAPHS = (
    "Minister Ana Ortiz spoke with Minister Kenji Sato by phone at his request.",
    "Ortiz said the two countries should deepen trade ties. 双方同意继续沟通。",
)
EXAMPLE = Readout(
    source=Source(
        url="https://example.org/readouts/42",
        publisher="other-example",
        adapter="generic",
        language="en",
        published=dt.date(2024, 3, 6),
        input="https://example.org/readouts/42",
        readoutlib_version="0.2.0",
    ),
    title="Ortiz Speaks with Sato",
    event=Event(
        kind=EventKind.PHONE_CALL,
        date=dt.date(2024, 3, 5),
        date_basis="relative",
        location=None,
        participants=(
            Participant(id="ana-ortiz", name="Ana Ortiz", country="ES", titles=("Minister",)),
            Participant(id="kenji-sato", name="Kenji Sato", country="JP", titles=(), requested=True),
        ),
        scope="diplomatic",
    ),
    statements=(
        Statement(
            speaker="ana-ortiz",
            verb="said",
            text=PARAGRAPHS[1][11:55],
            paragraph=1,
            start=11,
            end=55,
        ),
        Statement(speaker="both", verb="同意", text=PARAGRAPHS[1][59:63], paragraph=1, start=59, end=63),
    ),
    paragraphs=PARAGRAPHS,
    mentioned=(),
    warnings=("no location found",),
)

EXAMPLE_DICT: dict[str, Any] = {
    "schema": "readoutlib/1",
    "source": {
        "url": "https://example.org/readouts/42",
        "publisher": "other-example",
        "adapter": "generic",
        "language": "en",
        "published": "2024-03-06",
        "input": "https://example.org/readouts/42",
        "readoutlib_version": "0.2.0",
    },
    "title": "Ortiz Speaks with Sato",
    "event": {
        "kind": "phone_call",
        "date": "2024-03-05",
        "date_basis": "relative",
        "location": None,
        "participants": [
            {
                "id": "ana-ortiz",
                "name": "Ana Ortiz",
                "country": "ES",
                "titles": ["Minister"],
                "requested": False,
                "aliases": [],
                "key": "ES:ana-ortiz",
            },
            {
                "id": "kenji-sato",
                "name": "Kenji Sato",
                "country": "JP",
                "titles": [],
                "requested": True,
                "aliases": [],
                "key": "JP:kenji-sato",
            },
        ],
        "scope": "diplomatic",
    },
    "statements": [
        {
            "speaker": "ana-ortiz",
            "verb": "said",
            "text": "the two countries should deepen trade ties. ",
            "paragraph": 1,
            "start": 11,
            "end": 55,
        },
        {"speaker": "both", "verb": "同意", "text": "继续沟通", "paragraph": 1, "start": 59, "end": 63},
    ],
    "paragraphs": list(PARAGRAPHS),
    "mentioned": [],
    "warnings": ["no location found"],
}


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        rjson.json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _example_with(path: str, value: Any) -> str:
    """The example's JSON with one value (named by a dotted path, list indexes as numbers) replaced."""
    data = json.loads(rjson.dumps(EXAMPLE))
    *parents, last = path.split(".")
    target = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[int(last) if last.isdigit() else last] = value
    return json.dumps(data)


def _example_without(path: str) -> str:
    """The example's JSON with one key removed."""
    data = json.loads(rjson.dumps(EXAMPLE))
    *parents, last = path.split(".")
    target = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    del target[last]
    return json.dumps(data)


# -- shape ---------------------------------------------------------------------------------------


def test_example_dict_has_the_model_shape() -> None:
    """to_dict writes the model's field names and nesting, dates as ISO strings, kinds as values."""
    expected = EXAMPLE_DICT
    assert expected == rjson.to_dict(EXAMPLE)


def test_schema_key_comes_first_then_model_order() -> None:
    """The top-level keys are "schema" first, then the Readout fields in model order."""
    expected = ["schema", "source", "title", "event", "statements", "paragraphs", "mentioned", "warnings"]
    assert expected == list(json.loads(rjson.dumps(EXAMPLE)))


def test_dumps_keeps_non_ascii_and_indents_by_two() -> None:
    """ensure_ascii is off (CJK stays readable) and the default indent is two spaces."""
    text = rjson.dumps(EXAMPLE)
    assert ("双方同意继续沟通" in text, text.splitlines()[1]) == (True, '  "schema": "readoutlib/1",')


def test_dumps_indent_none_is_one_line() -> None:
    """indent=None writes compact single-line JSON."""
    expected = 1
    assert expected == len(rjson.dumps(EXAMPLE, indent=None).splitlines())


def test_dumps_writes_what_the_standard_encoder_writes_for_every_character() -> None:
    """A title holding every character but the surrogates is written as ``json.dumps(indent=2)`` writes it."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    readout = attrs.evolve(EXAMPLE, title=every, warnings=('\x00\x1f\x7f\u2028 "\\', ""))
    expected = json.dumps(rjson.to_dict(readout), indent=2, ensure_ascii=False)
    assert expected == rjson.dumps(readout)


def test_dumps_of_a_lone_surrogate_is_the_standard_encoders() -> None:
    """A hand-built readout holding a lone surrogate (orjson refuses it) is still written, as before."""
    readout = attrs.evolve(EXAMPLE, title="half \ud800 pair")
    expected = json.dumps(rjson.to_dict(readout), indent=2, ensure_ascii=False)
    assert expected == rjson.dumps(readout)


def test_from_dict_reads_the_example() -> None:
    """from_dict builds the identical Readout from the documented dict."""
    expected = EXAMPLE
    assert expected == rjson.from_dict(EXAMPLE_DICT)


def test_loads_accepts_bytes() -> None:
    """loads takes UTF-8 bytes as well as text."""
    expected = EXAMPLE
    assert expected == rjson.loads(rjson.dumps(EXAMPLE).encode("utf-8"))


def test_package_level_dumps_and_loads_use_json_by_default() -> None:
    """readoutlib.dumps/loads default to JSON and agree with the module."""
    text = readoutlib.dumps(EXAMPLE)
    assert (rjson.dumps(EXAMPLE), EXAMPLE) == (text, readoutlib.loads(text, syntax="json"))


def test_omitted_defaults_read_as_model_defaults() -> None:
    """A minimal document (only the schema) reads as the default Readout."""
    expected = Readout()
    assert expected == rjson.loads('{"schema": "readoutlib/1"}')


# -- round trips and the JSON Schema --------------------------------------------------------------


@ROUND_TRIP
@given(readouts())
def test_round_trip(readout: Readout) -> None:
    """Every valid readout reads back equal from its JSON text and from its dict (that text, parsed)."""
    data = rjson.to_dict(readout)
    text = rjson.dumps(readout)
    expected = (readout, readout, data)
    assert expected == (rjson.loads(text), rjson.from_dict(data), json.loads(text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(readouts())
def test_dumps_is_the_standard_encoders_text(readout: Readout) -> None:
    """Every readout's JSON text is exactly what ``json.dumps(indent=2, ensure_ascii=False)`` writes."""
    expected = json.dumps(rjson.to_dict(readout), indent=2, ensure_ascii=False)
    assert expected == rjson.dumps(readout)


@ROUND_TRIP
@given(readouts())
def test_output_validates_against_json_schema(readout: Readout) -> None:
    """Every dumps() output is valid against the shipped JSON Schema."""
    errors = [error.message for error in _validator().iter_errors(json.loads(rjson.dumps(readout)))]
    expected: list[str] = []
    assert expected == errors


def test_json_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The shipped schema declares draft 2020-12 and passes the metaschema."""
    schema = rjson.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    expected = ("https://json-schema.org/draft/2020-12/schema", SCHEMA)
    assert expected == (
        schema["$schema"],
        schema["properties"]["schema"]["const"],
    )


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("schema", "readoutlib/2"),
        ("title", 5),
        ("event.kind", "lunch"),
        ("event.date", "2024-13-01"),
        ("event.participants.0.requested", 1),
        ("event.participants.0.titles", "Minister"),
        ("event.participants.0.id", ""),
        ("statements.0.start", -1),
        ("statements.0.paragraph", 1.5),
        ("source", None),
        ("paragraphs", "one paragraph"),
        ("extra", True),
    ],
)
def test_schema_and_loads_agree_on_faults(path: str, value: Any) -> None:
    """A document the JSON Schema rejects is also rejected by loads."""
    text = _example_with(path, value)
    schema_ok = _validator().is_valid(json.loads(text))
    with pytest.raises(SchemaError):
        rjson.loads(text)
    expected = False
    assert expected == schema_ok


# -- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2"),
        ("", "not valid JSON: Expecting value at line 1, column 1"),
        ("[]", "top level: expected a JSON object, got an array"),
        ('"readout"', "top level: expected a JSON object, got a string"),
        ("{}", "schema: missing (expected \"schema\": 'readoutlib/1')"),
        (
            '{"schema": "readoutlib/2"}',
            "schema: unsupported version 'readoutlib/2' (this readoutlib reads 'readoutlib/1')",
        ),
        (
            '{"schema": 1}',
            "schema: unsupported version 1 (this readoutlib reads 'readoutlib/1')",
        ),
        (_example_with("title", 5), "title: expected a string, got a number: 5"),
        (_example_with("event.date", "2020-13-01"), "event.date: not an ISO date: '2020-13-01'"),
        (_example_with("event.date", "20200101"), "event.date: not an ISO date: '20200101'"),
        (
            _example_with("source.published", 2020),
            "source.published: expected an ISO date string, got a number: 2020",
        ),
        (
            _example_with("event.kind", "lunch"),
            "event.kind: unknown event kind 'lunch' "
            "(expected one of phone_call, video_call, meeting, talks, visit, message, other)",
        ),
        (
            _example_with("event.participants.1.requested", "yes"),
            "event.participants[1].requested: expected true or false, got a string: 'yes'",
        ),
        (
            _example_with("event.participants.0.titles", "Minister"),
            "event.participants[0].titles: expected an array, got a string",
        ),
        (
            _example_with("event.participants.0.titles", ["Minister", 3]),
            "event.participants[0].titles[1]: expected a string, got a number: 3",
        ),
        (
            _example_with("statements.0.start", True),
            "statements[0].start: expected an integer, got a boolean: True",
        ),
        (
            _example_with("statements.0.end", "54"),
            "statements[0].end: expected an integer, got a string: '54'",
        ),
        (_example_with("source", None), "source: expected an object, got null"),
        (
            _example_with("event.participants.0", []),
            "event.participants[0]: expected an object, got an array",
        ),
        (_example_with("colour", "blue"), "readout: unknown field 'colour'"),
        (_example_with("source.colour", "blue"), "source: unknown field 'colour'"),
        (_example_without("statements.0.verb"), "statements[0].verb: required field missing"),
        (
            _example_with("statements.0.speaker", "nobody"),
            "readout: statement 0: speaker 'nobody' is not a participant id",
        ),
        (
            _example_with("statements.0.text", "the two countries should deepen trade ties! "),
            "readout: statement 0: text is not paragraphs[1][11:55]",
        ),
        (
            _example_with("statements.0.paragraph", 7),
            "readout: statement 0: paragraph 7 does not exist",
        ),
        (
            _example_with("statements.1.start", -1),
            "statements[1]: statement offsets out of order: paragraph=1 start=-1 end=63",
        ),
        (
            _example_with("event.participants.1.id", "ana-ortiz"),
            "event: participant ids must be unique: ['ana-ortiz', 'ana-ortiz']",
        ),
        (
            _example_with("event.participants.0.id", "both"),
            "event.participants[0]: participant id must be a non-empty slug other than 'both': 'both'",
        ),
        (
            _example_with("title", 5).replace('"schema"', '"colour": 1, "schema"'),
            "title: expected a string, got a number: 5 (and 1 more problem)",
        ),
    ],
)
def test_loads_error_messages(text: str, message: str) -> None:
    """Each fault gives a SchemaError whose one sentence names where and what."""
    with pytest.raises(SchemaError) as caught:
        rjson.loads(text)
    assert message == str(caught.value)


def test_invalid_utf8_bytes() -> None:
    """Bytes that are not UTF-8 give a SchemaError, not a UnicodeDecodeError."""
    with pytest.raises(SchemaError) as caught:
        rjson.loads(b'{"schema": "readoutlib/1", "title": "\xff"}')
    assert str(caught.value).startswith("not valid JSON: the bytes are not UTF-8")


def test_huge_integer_is_a_schema_error() -> None:
    """An integer literal too long for Python to convert is reported, not raised as ValueError."""
    with pytest.raises(SchemaError) as caught:
        rjson.loads('{"schema": "readoutlib/1", "x": ' + "9" * 5000 + "}")
    assert str(caught.value).startswith("not valid JSON: Exceeds the limit")


def test_deep_nesting_is_a_schema_error() -> None:
    """Nesting deeper than the JSON decoder's recursion limit is reported, not raised."""
    with pytest.raises(SchemaError) as caught:
        rjson.loads("[" * 200_000)
    assert str(caught.value).startswith("not valid JSON:")


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(readouts(), st.data())
def test_any_single_corruption_gives_schema_error_or_readout(readout: Readout, data: st.DataObject) -> None:
    """Replacing any one value of a valid document never raises anything but SchemaError."""
    document = rjson.to_dict(readout)
    slots: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in items:
            slots.append((node, key))
            walk(child)

    walk(document)
    container, key = data.draw(st.sampled_from(slots))
    container[key] = data.draw(_JSON_VALUES)
    try:
        result = rjson.loads(json.dumps(document))
    except SchemaError:
        result = None
    assert result is None or isinstance(result, Readout)


@settings(max_examples=200, deadline=None)
@given(_JSON_VALUES)
def test_any_json_value_gives_schema_error_or_readout(value: Any) -> None:
    """Arbitrary JSON (with or without the schema key) never raises anything but SchemaError."""
    if isinstance(value, dict):
        value = {"schema": SCHEMA, **value}
    try:
        result = rjson.loads(json.dumps(value))
    except SchemaError:
        result = None
    assert result is None or isinstance(result, Readout)


# -- converter API --------------------------------------------------------------------------------


def test_make_converter_returns_a_cattrs_converter() -> None:
    """make_converter gives a cattrs Converter that unstructures the model as the JSON form."""
    converter = rjson.make_converter()
    body = {key: value for key, value in EXAMPLE_DICT.items() if key != "schema"}
    assert (True, body) == (isinstance(converter, cattrs.Converter), converter.unstructure(EXAMPLE))


def test_files_written_by_0_1_still_load() -> None:
    """A readout written by 0.1 (no input, version or participant key) reads back; keys are derived."""
    old = json.loads(json.dumps(EXAMPLE_DICT))
    del old["source"]["input"], old["source"]["readoutlib_version"], old["event"]["date_basis"]
    for person in old["event"]["participants"]:
        del person["key"]
    source = attrs.evolve(EXAMPLE.source, input=None, readoutlib_version=None)
    expected = attrs.evolve(EXAMPLE, source=source, event=attrs.evolve(EXAMPLE.event, date_basis=None))
    assert expected == rjson.loads(json.dumps(old))


def test_a_written_key_is_read_as_written() -> None:
    """A participant key in the file is kept as it is, not derived again."""
    expected = "ES:ortiz-ana"
    readout = rjson.loads(_example_with("event.participants.0.key", expected))
    assert expected == readout.event.participants[0].key


def test_files_without_date_basis_still_load() -> None:
    """A readout written by 0.1 (no ``date_basis``, no ``scope``) reads back with both unknown."""
    new_fields = ("date_basis", "scope")
    old = {**EXAMPLE_DICT, "event": {k: v for k, v in EXAMPLE_DICT["event"].items() if k not in new_fields}}
    expected = attrs.evolve(EXAMPLE, event=attrs.evolve(EXAMPLE.event, date_basis=None, scope=None))
    assert expected == rjson.loads(json.dumps(old))


def test_configure_converter_makes_a_preconf_converter_strict() -> None:
    """configure_converter on a plain cattrs JSON converter refuses an unknown kind."""
    converter = preconf_json_converter()
    rjson.configure_converter(converter)
    with pytest.raises(cattrs.ClassValidationError) as caught:
        converter.structure({"kind": "lunch"}, Event)
    expected = [
        "unknown event kind 'lunch' "
        "(expected one of phone_call, video_call, meeting, talks, visit, message, other)"
    ]
    assert expected == [str(error) for error in caught.value.exceptions]


def test_import_readoutlib_does_not_import_cattrs_or_lxml() -> None:
    """The serializers' heavy dependencies load only when a serializer is used."""
    code = (
        "import sys, readoutlib; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('cattrs', 'lxml')))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    expected = "[]"
    assert expected == output.strip()


def _doc_block(language: str) -> str:
    """The first fenced block of this language in docs/schema.md (the documented example)."""
    text = (Path(__file__).parents[1] / "docs" / "schema.md").read_text("utf-8")
    return text.split(f"```{language}\n", 1)[1].split("\n```", 1)[0]


def test_documented_json_example_is_current() -> None:
    """The example in docs/schema.md reads, and dumps writes it back byte for byte."""
    example = _doc_block("json")
    expected = example
    assert expected == rjson.dumps(rjson.loads(example))


def test_long_bad_array_stops_at_the_first_bad_item() -> None:
    """S2: a million bad items ("mentioned": [1, 1, ...]) give one error, not a million collected ones."""
    data = json.loads(rjson.dumps(Readout()))
    data["mentioned"] = [1] * 100_000
    with pytest.raises(SchemaError) as caught:
        rjson.loads(json.dumps(data))
    cause = caught.value.__cause__
    leaves = []
    pending = [cause]
    while pending:
        exc = pending.pop()
        if isinstance(exc, BaseExceptionGroup):
            pending.extend(exc.exceptions)
        else:
            leaves.append(str(exc))
    expected = ("mentioned[0]: expected a string, got a number: 1", ["expected a string, got a number: 1"])
    assert expected == (str(caught.value), leaves)
