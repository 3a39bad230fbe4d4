"""The robustness campaign: mutated pages, serializer attacks, an encoding matrix, broken plugins.

One engine, two runs: ``tests/fuzz/`` runs a short seeded sample in CI, and
``benchmarks/fuzz.py`` runs it at length by command. Every input is built here from a seed
page and a seeded random generator, so any failure is reproduced by its ``(seed, index)``.

What counts as a failure:

- ``parse`` raising anything but a ``ReadoutError``;
- a readout whose statement offsets do not index its paragraph text;
- a readout whose JSON or XML round trip is not equal to it;
- an input that takes more than the time limit of CPU time (CPU, not wall time: on a shared machine
  wall time measures the other users' load; the run passes ``timeout`` to ``parse`` too, so an input
  that hits the wall-time budget is a ``TimeLimitError`` and is counted apart);
- an attack that ``loads`` accepts, or answers with anything but a ``SchemaError``;
- an encoding case decoded to other text than was written, without a ``ReadoutError``;
- a broken plugin whose failure escapes ``parse`` (anything but a readout or a ``ReadoutError``).
"""

from __future__ import annotations

import contextlib
import random
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import attrs

import readoutlib
from readoutlib import registry
from readoutlib.errors import ReadoutError, SchemaError, TimeLimitError
from readoutlib.model import Readout

__all__ = [
    "BROKEN_PLUGINS",
    "DEFAULT_SEED_FOLDERS",
    "ENCODING_TEXTS",
    "HARMLESS_ATTACKS",
    "MUTATORS",
    "Outcome",
    "Tally",
    "check_readout",
    "encoding_matrix",
    "load_seeds",
    "mutate",
    "quiet",
    "run_attacks",
    "run_broken_plugins",
    "run_encoding_matrix",
    "run_mutations",
    "run_one",
]

REPO = Path(__file__).resolve().parents[2]
#: Seed pages kept in the repository: the held-out sets, written or gathered for this project.
DEFAULT_SEED_FOLDERS = tuple(REPO / "tests" / name for name in ("heldout", "heldout_b", "heldout_c"))

# ---------------------------------------------------------------------------------------- seeds


def load_seeds(folders: Sequence[Path] = DEFAULT_SEED_FOLDERS) -> list[bytes]:
    """The pages (``.txt``, ``.html``) in ``folders``, as bytes, in name order."""
    seeds: list[bytes] = []
    for folder in folders:
        for path in sorted(folder.glob("*")):
            if path.suffix in (".txt", ".html", ".htm") and path.is_file():
                seeds.append(path.read_bytes())
    return seeds


# ------------------------------------------------------------------------------------- mutators

#: Codec names a page might declare: real ones, aliases, non-text codecs and nonsense.
DECLARED_NAMES = (
    "utf-8", "utf8", "gbk", "gb2312", "big5", "shift_jis", "euc-kr", "koi8-r", "windows-1251",
    "iso-8859-1", "utf-16", "utf-32", "hex", "base64", "rot13", "punycode", "undefined", "idna",
    "zlib", "uu", "unicode_escape", "raw_unicode_escape", "x-unknown", "", "utf-7", "cp037",
)  # fmt: skip

#: Character references, good and bad, a page might carry.
CHAR_REFS = (
    "&#0;", "&#1;", "&#8;", "&#11;", "&#19", "&#127;", "&#128;", "&#147;", "&#xFFFE;", "&#xFFFF;",
    "&#xD800;", "&#x110000;", "&#99999999999;", "&#x;", "&amp;", "&nbsp;", "&#8217;", "&#x1F600;",
)  # fmt: skip

#: Markup fragments that confuse parsers or layouts.
FRAGMENTS = (
    b"<div>", b"</div>", b"<p>", b"</p>", b"<br>", b"<table><tr><td>", b"<script>", b"</script>",
    b"<style>", b"<!--", b"-->", b"<![CDATA[", b"]]>", b"<?xml version='1.0'?>", b"<!DOCTYPE html>",
    b'<meta charset="utf-8">', b"<html>", b"</html>", b"<body>", b"<title>", b"</title>", b"<pre>",
    b"<h1>", b"&", b"<", b">", b"\"", b"'", b"\x00", b"\r", b"\r\n", b"\x0c", b"\xef\xbb\xbf",
    b"\xff\xfe", b"\xe2\x80\xae", b"\xcc\x81", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"\xc0\xaf",
)  # fmt: skip

#: Phrases readouts are made of: inserting them makes the analysis work.
PHRASES = (
    b"Foreign Minister Ana Lind", b" had a phone call with ", b"Prime Minister Jon Berg",
    b" said that ", b" noted that ", b"The two sides agreed", b" on 3 May 2024", b"Mr. ", b"U.S. ",
    b" of the Republic of ", b", and ", b"President ", b" held talks with ", b"Dr. ", b" stressed ",
)  # fmt: skip


def _span(rng: random.Random, data: bytes) -> tuple[int, int]:
    a = rng.randrange(len(data) + 1)
    return a, min(len(data), a + rng.choice((1, 2, 8, 64, 512, 4096)))


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 8, 32))):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _random_bytes(rng: random.Random, data: bytes) -> bytes:
    a = rng.randrange(len(data) + 1)
    return data[:a] + rng.randbytes(rng.choice((1, 4, 64, 1024))) + data[a:]


def _delete(rng: random.Random, data: bytes) -> bytes:
    a, b = _span(rng, data)
    return data[:a] + data[b:]


def _duplicate(rng: random.Random, data: bytes) -> bytes:
    a, b = _span(rng, data)
    return data[:b] + data[a:b] * rng.choice((2, 10, 100)) + data[b:]


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _fragment(rng: random.Random, data: bytes) -> bytes:
    out = data
    for _ in range(rng.choice((1, 3, 20))):
        a = rng.randrange(len(out) + 1)
        out = out[:a] + rng.choice(FRAGMENTS) + out[a:]
    return out


def _char_refs(rng: random.Random, data: bytes) -> bytes:
    out = data
    for _ in range(rng.choice((1, 3, 10))):
        a = rng.randrange(len(out) + 1)
        out = out[:a] + rng.choice(CHAR_REFS).encode() + out[a:]
    return out


def _phrases(rng: random.Random, data: bytes) -> bytes:
    out = data
    for _ in range(rng.choice((1, 5, 50))):
        a = rng.randrange(len(out) + 1)
        out = out[:a] + rng.choice(PHRASES) + out[a:]
    return out


def _declare(rng: random.Random, data: bytes) -> bytes:
    name = rng.choice(DECLARED_NAMES).encode()
    form = rng.choice((b'<meta charset="%s">', b"<?xml version='1.0' encoding='%s'?>"))
    return form % name + data


def _reencode(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="replace")
    codec = rng.choice(("gb18030", "big5", "shift_jis", "euc_kr", "cp1251", "koi8_r", "cp1252", "utf-16"))
    return text.encode(codec, errors=rng.choice(("replace", "ignore", "xmlcharrefreplace")))


def _nest(rng: random.Random, data: bytes) -> bytes:
    tag = rng.choice((b"div", b"span", b"b", b"section", b"x"))
    depth = rng.choice((100, 300, 2100, 5000))
    close = b"</%s>" % tag if rng.random() < 0.5 else b""
    a = rng.randrange(len(data) + 1)
    return data[:a] + b"<%s>" % tag * depth + data[a:] + close * depth


def _one_line(rng: random.Random, data: bytes) -> bytes:
    return b" ".join(data.split())


def _splice(rng: random.Random, data: bytes, other: bytes) -> bytes:
    a = rng.randrange(len(data) + 1)
    b = rng.randrange(len(other) + 1)
    return data[:a] + other[b:]


def _shuffle_lines(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")
    rng.shuffle(lines)
    return b"\n".join(lines)


def _controls(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 10, 100))):
        out.insert(rng.randrange(len(out) + 1), rng.randrange(32))
    return bytes(out)


#: name -> mutator (rng, page) -> page.
MUTATORS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "flip": _flip,
    "random-bytes": _random_bytes,
    "delete": _delete,
    "duplicate": _duplicate,
    "truncate": _truncate,
    "fragment": _fragment,
    "char-refs": _char_refs,
    "phrases": _phrases,
    "declare": _declare,
    "reencode": _reencode,
    "nest": _nest,
    "one-line": _one_line,
    "shuffle-lines": _shuffle_lines,
    "controls": _controls,
}

#: URLs a caller might pass: mostly none or good ones, some bad (an InputError each).
GOOD_URLS = (
    "https://www.state.gov/secretary-blinkens-call/", "https://www.mofa.go.jp/a/b.html",
    "https://www.fmprc.gov.cn/eng/wjbxw/202301/t2023.html", "http://kremlin.ru/events/president/news/1",
    "javascript:alert(1)", "https://x.invalid/" + "a" * 8000, "https://x.invalid/ä?q=1#%00",
)  # fmt: skip
BAD_URLS = ("https://x/\x00", "https://x/\udcff", "https://x/ a", "https://x/\x7f", "https://" + "a" * 9000)


def _url(rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.6:
        return None
    return rng.choice(GOOD_URLS) if roll < 0.95 else rng.choice(BAD_URLS)


def mutate(rng: random.Random, seeds: Sequence[bytes]) -> tuple[bytes, str | None, str]:
    """One mutated page: ``(page, url, mutators used)`` from one to four stacked mutations."""
    data = rng.choice(seeds)
    used: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 3, 4))):
        if rng.random() < 0.08:
            data = _splice(rng, data, rng.choice(seeds))
            used.append("splice")
            continue
        name = rng.choice(tuple(MUTATORS))
        data = MUTATORS[name](rng, data)
        used.append(name)
    return data, _url(rng), "+".join(used)


# --------------------------------------------------------------------------------------- checks


def check_readout(readout: Readout) -> list[str]:
    """What is wrong with a successful parse: offsets off their paragraph, round trips unequal."""
    problems: list[str] = []
    for index, statement in enumerate(readout.statements):
        paragraphs = readout.paragraphs
        if not 0 <= statement.paragraph < len(paragraphs):
            problems.append(f"statement {index}: paragraph {statement.paragraph} out of range")
        elif paragraphs[statement.paragraph][statement.start : statement.end] != statement.text:
            problems.append(f"statement {index}: offsets do not index the paragraph text")
    for syntax in ("json", "xml"):
        try:
            again = readoutlib.loads(readoutlib.dumps(readout, syntax), syntax)
        except ReadoutError as exc:
            problems.append(f"{syntax} round trip: {type(exc).__name__}: {exc}")
            continue
        if again != readout:
            problems.append(f"{syntax} round trip: not equal")
    return problems


@attrs.define
class Outcome:
    """One input's result: ``kind`` is ok, refused, timeout, escape or broken; CPU and wall seconds."""

    kind: str
    detail: str
    seconds: float
    wall: float = 0.0


def run_one(data: bytes | str, url: str | None, *, timeout: float) -> Outcome:
    """Parse one input and check what comes back (timed in CPU seconds, wall seconds beside)."""
    cpu, wall = time.process_time(), time.perf_counter()

    def outcome(kind: str, detail: str) -> Outcome:
        return Outcome(kind, detail, time.process_time() - cpu, time.perf_counter() - wall)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            readout = readoutlib.parse(data, url=url, timeout=timeout)
    except TimeLimitError as exc:
        return outcome("timeout", str(exc))
    except ReadoutError as exc:
        return outcome("refused", type(exc).__name__)
    except BaseException as exc:  # the finding this campaign exists for
        if isinstance(exc, KeyboardInterrupt):
            raise
        return outcome("escape", f"{type(exc).__name__}: {exc}")
    problems = check_readout(readout)
    return outcome("broken", "; ".join(problems)) if problems else outcome("ok", "")


@attrs.define
class Tally:
    """Counts over a run, the slowest inputs and every failure with what reproduces it."""

    counts: Counter[str] = attrs.field(factory=Counter)
    refusals: Counter[str] = attrs.field(factory=Counter)
    failures: list[str] = attrs.field(factory=list)
    slowest: list[tuple[float, str]] = attrs.field(factory=list)
    over_limit: int = 0
    slowest_wall: float = 0.0

    def add(self, outcome: Outcome, label: str, limit: float) -> None:
        """Count one outcome; keep the ten slowest inputs and every failure."""
        self.counts[outcome.kind] += 1
        if outcome.kind == "refused":
            self.refusals[outcome.detail] += 1
        if outcome.kind in ("escape", "broken"):
            self.failures.append(f"{label}: {outcome.kind}: {outcome.detail}")
        if outcome.seconds > limit:
            self.over_limit += 1
        self.slowest_wall = max(self.slowest_wall, outcome.wall)
        if not self.slowest or outcome.seconds > self.slowest[-1][0] or len(self.slowest) < 10:
            self.slowest = sorted([*self.slowest, (outcome.seconds, label)], reverse=True)[:10]

    def merge(self, other: Tally) -> None:
        """Add another run's tally (a split run summed)."""
        self.counts.update(other.counts)
        self.refusals.update(other.refusals)
        self.failures.extend(other.failures)
        self.slowest = sorted([*self.slowest, *other.slowest], reverse=True)[:10]
        self.over_limit += other.over_limit
        self.slowest_wall = max(self.slowest_wall, other.slowest_wall)


def run_mutations(
    seeds: Sequence[bytes], *, seed: int, count: int, start: int = 0, timeout: float = 10.0
) -> Iterator[tuple[int, Outcome, str]]:
    """Yield ``(index, outcome, mutators)`` for inputs ``start`` .. ``start + count - 1`` of ``seed``.

    Input ``i`` depends only on ``(seed, i)`` and the seed pages, so a range can be run apart.
    """
    for index in range(start, start + count):
        rng = random.Random(f"{seed}:{index}")
        data, url, used = mutate(rng, seeds)
        page: bytes | str = data
        if rng.random() < 0.1:  # str input takes another path through load
            page = data.decode("utf-8", errors=rng.choice(("replace", "surrogateescape", "ignore")))
        yield index, run_one(page, url, timeout=timeout), used


# ----------------------------------------------------------------------------- attack catalogue


def _valid_json() -> str:
    readout = readoutlib.parse(
        "On 3 May 2024, Foreign Minister Ana Lind had a phone call with Foreign Minister Jon Berg.\n"
        "Ana Lind said that the two sides would work together.\n"
    )
    return readoutlib.dumps(readout, "json")


def _valid_xml() -> str:
    return readoutlib.dumps(readoutlib.loads(_valid_json(), "json"), "xml")


def _xml_attacks(secret: Path) -> dict[str, bytes]:
    body = '<readout xmlns="urn:readoutlib:1" schema="readoutlib/1"><title>&x;</title></readout>'
    laughs = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    valid = _valid_xml()
    _, _, rest = valid.partition("<readout")
    attacks = {
        "billion laughs": f"<!DOCTYPE r [{''.join(laughs)}]>" + body.replace("&x;", "&l9;"),
        "quadratic blowup": f'<!DOCTYPE r [<!ENTITY x "{"a" * 100_000}">]>'
        + body.replace("&x;", "&x;" * 1000),
        "external entity (file)": f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>' + body,
        "external entity (network)": '<!DOCTYPE r [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>' + body,
        "external DTD": f'<!DOCTYPE r SYSTEM "file://{secret}">' + body.replace("&x;", "t"),
        "parameter entity": f'<!DOCTYPE r [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>' + body,
        "DOCTYPE in UTF-16": ("<!DOCTYPE r [<!ENTITY x 'y'>]>" + body),
        "XInclude": body.replace(
            "&x;",
            f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{secret}" parse="text"/>',
        ),
        "xml-stylesheet PI": f'<?xml-stylesheet href="file://{secret}"?>' + body.replace("&x;", "t"),
        "deep nesting": "<readout>" + "<a>" * 100_000 + "</a>" * 100_000 + "</readout>",
        "wrong root": "<html><body>hello</body></html>",
        "wrong namespace": rest.join(("<readout", "")).replace("urn:readoutlib:1", "urn:other", 1),
        "no schema attribute": ("<readout" + rest).replace(' schema="readoutlib/1"', "", 1),
        "unknown element": ("<readout" + rest).replace("</readout>", "<extra>1</extra></readout>"),
        "huge attribute": '<readout xmlns="urn:readoutlib:1" schema="' + "x" * 5_000_000 + '"/>',
        "bad character reference": ("<readout" + rest).replace("<paragraphs>", "<paragraphs><p>&#1;</p>", 1),
        "not XML": "readout, but not XML at all",
        "empty": "",
        "binary": "\x00\x01\x02\x03",
        "truncated": ("<readout" + rest)[: len(rest) // 2],
        "declared codec hex": "<?xml version='1.0' encoding='hex'?><readout" + rest,
        "declared codec undefined": "<?xml version='1.0' encoding='undefined'?><readout" + rest,
        "declared UTF-16 on UTF-8 bytes": "<?xml version='1.0' encoding='utf-16'?><readout" + rest,
        "undefined entity": ("<readout" + rest).replace("<title>", "<title>&foo;", 1),
        "reference to NUL": ("<readout" + rest).replace("<title>", "<title>&#0;", 1),
        "reference to U+FFFE": ("<readout" + rest).replace("<title>", "<title>&#xFFFE;", 1),
    }
    out = {name: text.encode("utf-8") for name, text in attacks.items()}
    out["DOCTYPE in UTF-16"] = attacks["DOCTYPE in UTF-16"].encode("utf-16")
    return out


def _json_attacks() -> dict[str, bytes]:
    import json

    valid = json.loads(_valid_json())

    def variant(**changes: object) -> bytes:
        return json.dumps({**valid, **changes}).encode()

    return {
        "deep nesting": b"[" * 100_000 + b"]" * 100_000,
        "deep object": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        "huge integer": b'{"x": ' + b"9" * 100_000 + b"}",
        "NaN": variant(statements=float("nan")),
        "Infinity paragraph": variant(paragraphs=[float("inf")]),
        "a million bad items": variant(mentioned=[1] * 1_000_000),
        "a million bad statements": variant(statements=[None] * 200_000),
        "lone surrogate": json.dumps({**valid, "title": "\ud800"}).encode(),
        "control character": variant(title="a\x01b"),
        "unknown key": variant(extra=1),
        "wrong schema": variant(schema="readoutlib/2"),
        "no schema": json.dumps({k: v for k, v in valid.items() if k != "schema"}).encode(),
        "string for array": variant(paragraphs="abc"),
        "number for string": variant(title=3),
        "bool for int": variant(statements=[{**(valid["statements"] or [{}])[0], "start": True}]),
        "offsets out of range": variant(
            statements=[{**(valid["statements"] or [{}])[0], "start": 10**9, "end": 10**9 + 1}]
        ),
        "duplicate participants": variant(
            event={**valid["event"], "participants": valid["event"]["participants"] * 2}
        ),
        "top-level array": b"[1, 2, 3]",
        "top-level string": b'"readout"',
        "BOM and garbage": b"\xef\xbb\xbf\xff\xfe{}",
        "invalid UTF-8": b'{"schema": "readoutlib/1", "title": "\xff"}',
        "empty": b"",
    }


#: Catalogue entries ``loads`` accepts by design, with nothing read: a processing instruction is
#: dropped by the parser (``remove_pis``), never followed.
HARMLESS_ATTACKS = frozenset({"XML xml-stylesheet PI"})


def run_attacks(*, limit: float = 10.0) -> list[tuple[str, str, float]]:
    """Every attack through ``loads``: ``(name, outcome, seconds)``; outcome ``refused: <Error>`` is right.

    An external entity points at a secret file; the outcome says ``LEAKED`` if its text comes back.
    """
    results: list[tuple[str, str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        secret = Path(folder) / "secret.txt"
        secret.write_text("SECRET-CANARY", encoding="utf-8")
        cases = [("xml", f"XML {n}", d) for n, d in _xml_attacks(secret).items()]
        cases += [("json", f"JSON {n}", d) for n, d in _json_attacks().items()]
        for syntax, name, data in cases:
            started = time.perf_counter()
            try:
                readout = readoutlib.loads(data, syntax)  # type: ignore[arg-type]
                outcome = "LEAKED" if "SECRET-CANARY" in repr(readout) else "accepted"
            except SchemaError as exc:
                outcome = f"refused: {type(exc).__name__}"
            except BaseException as exc:
                if isinstance(exc, KeyboardInterrupt):
                    raise
                outcome = f"escape: {type(exc).__name__}: {str(exc)[:200]}"
            seconds = time.perf_counter() - started
            if seconds > limit:
                outcome += f" (slow: {seconds:.1f} s)"
            results.append((name, outcome, seconds))
    return results


# ------------------------------------------------------------------------------ encoding matrix

#: Sentences written for the matrix, one per script the publishers use.
ENCODING_TEXTS = {
    "english": (
        "On 3 May, Foreign Minister Ana Lind had a phone call with Foreign Minister Jon Berg. "
        "The two ministers “agreed” to stay in close touch — on trade, energy and security.\n"
    ),
    "russian": (
        "Министр иностранных дел провёл телефонный разговор со своим коллегой. "
        "Стороны обсудили вопросы двусторонних отношений и подтвердили готовность продолжать контакты.\n"
    ),
    "chinese": "外交部长同外长通电话。双方就双边关系交换了意见，同意保持密切沟通，推动合作取得更多成果。\n",
    "traditional-chinese": (
        "外交部長同外長通電話。雙方就雙邊關係交換了意見，同意保持密切溝通，推動合作取得更多成果。\n"
    ),
    "japanese": (
        "外務大臣は、相手国の外務大臣と電話会談を行いました。両大臣は、二国間関係の強化について"
        "意見交換を行い、引き続き緊密に連携していくことで合意しました。\n"
    ),
    "korean": (
        "외교부 장관은 상대국 외교부 장관과 전화 통화를 했다. "
        "양측은 양국 관계 발전 방안에 대해 의견을 교환했다.\n"
    ),
    "ukrainian": (
        "Міністр закордонних справ провів телефонну розмову зі своїм колегою. "
        "Сторони обговорили питання двосторонніх відносин і домовилися підтримувати контакти.\n"
    ),
    "french": (
        "Le ministre des Affaires étrangères s'est entretenu avec son homologue. "
        "Les deux ministres ont évoqué la coopération économique et la sécurité régionale.\n"
    ),
    "arabic": (
        "أجرى وزير الخارجية اتصالا هاتفيا مع نظيره. وبحث الجانبان العلاقات الثنائية وسبل تعزيز التعاون.\n"
    ),
}

#: Encodings each text is written in (those its characters fit).
ENCODINGS = {
    "english": ("utf-8", "utf-16", "utf-16-le", "utf-32", "cp1252", "gb18030", "big5", "utf-8-sig"),
    "russian": ("utf-8", "utf-16", "cp1251", "koi8-r", "iso-8859-5", "utf-16-be"),
    "chinese": ("utf-8", "utf-16", "gb18030", "gbk", "gb2312", "utf-16-le"),
    "traditional-chinese": ("utf-8", "big5", "utf-16"),
    "japanese": ("utf-8", "shift_jis", "euc-jp", "utf-16", "cp932"),
    "korean": ("utf-8", "euc-kr", "utf-16"),
    "ukrainian": ("utf-8", "cp1251", "koi8-u", "utf-16"),
    "french": ("utf-8", "cp1252", "iso-8859-1", "utf-16"),
    "arabic": ("utf-8", "cp1256", "iso-8859-6", "utf-16"),
}

#: How the page declares its encoding: not at all, truly, falsely, or with a non-text codec.
DECLARATIONS = ("none", "true", "wrong", "non-text")
#: Where a page declares its encoding: a meta charset, an http-equiv content type, an XML declaration.
DECLARATION_FORMS = (
    '<meta charset="{label}">',
    '<meta http-equiv="Content-Type" content="text/html; charset={label}">',
    "<?xml version='1.0' encoding='{label}'?>",
)
#: Damage to the bytes: none, or one invalid byte in the middle.
DAMAGE = ("none", "one-bad-byte")


def encoding_matrix() -> Iterator[tuple[str, str, str, str, bytes, str]]:
    """Yield ``(text name, encoding, declaration, damage, page bytes, expected text)``."""
    wrong = {"utf-8": "iso-8859-1", "gb18030": "big5", "gbk": "big5", "gb2312": "big5", "big5": "gbk"}
    wrong |= {"cp1251": "koi8-r", "koi8-r": "windows-1251", "koi8-u": "windows-1251", "shift_jis": "euc-kr"}
    wrong |= {"euc-jp": "shift_jis", "cp932": "euc-kr", "euc-kr": "shift_jis", "cp1252": "koi8-r"}
    wrong |= {
        "iso-8859-1": "koi8-r",
        "iso-8859-5": "koi8-r",
        "cp1256": "windows-1251",
        "iso-8859-6": "cp1256",
    }
    for name, text in ENCODING_TEXTS.items():
        for encoding in ENCODINGS[name]:
            if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
                declarations: tuple[str, ...] = (
                    "none",
                )  # a page declaring itself in UTF-16 is ASCII-unreadable
            else:
                declarations = DECLARATIONS
            for declaration in declarations:
                label = {"none": None, "true": encoding, "non-text": "hex"}.get(
                    declaration, wrong.get(encoding)
                )
                if declaration == "wrong" and label is None:
                    continue
                for form in DECLARATION_FORMS if label else ("",):
                    page = form.format(label=label) + (
                        f"<html><head><title>Call</title></head><body><p>{text.strip()}</p></body></html>"
                    )
                    data = page.encode(encoding)
                    for damage in DAMAGE:
                        if damage == "one-bad-byte" and encoding not in ("utf-8",):
                            continue  # the damage case is a UTF-8 page but for a byte
                        damaged = _damage(data) if damage != "none" else data
                        expected = page if damage == "none" else _damaged_expectation(data)
                        how = f"{declaration} ({form.split()[0][1:]})" if label else declaration
                        yield name, encoding, how, damage, damaged, expected


def _damage(data: bytes) -> bytes:
    middle = len(data) // 2
    while data[middle] & 0xC0 == 0x80:
        middle += 1
    return data[:middle] + b"\xff" + data[middle:]


def _damaged_expectation(data: bytes) -> str:
    return _damage(data).decode("utf-8", errors="replace")


def run_encoding_matrix() -> list[tuple[str, str]]:
    """Every matrix case through ``load``: ``(case, outcome)``; ``correct`` or ``refused: ...`` is right."""
    from readoutlib.document import load, normalize_text

    results: list[tuple[str, str]] = []
    for name, encoding, declaration, damage, data, expected in encoding_matrix():
        case = f"{name} in {encoding}, declared {declaration}, damage {damage}"
        try:
            document = load(data)
        except ReadoutError as exc:
            results.append((case, f"refused: {exc.reason}"))
            continue
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            results.append((case, f"escape: {type(exc).__name__}: {exc}"))
            continue
        if document.text == normalize_text(expected):
            results.append((case, "correct"))
        else:
            results.append((case, f"WRONG: read as {document.encoding}"))
    return results


# ------------------------------------------------------------------------ broken plugin dists

_PLUGIN_HEAD = """
import math
import numbers
import sys
from readoutlib.adapter import FormatAdapter, Layout
"""

_PLUGIN_BASE = """
class Adapter(FormatAdapter):
    name = "{name}"
    publisher = "fuzz"
    url_patterns = (r"broken-plugin\\.invalid/",)

    def detect(self, document):
        {detect}

    def extract(self, document):
        {extract}
"""

_CLAIM = "return 0.95 if 'BROKEN-PLUGIN' in document.text else 0.0"
_EXTRACT = "return super().extract(document)"


_UNFLOATABLE_SOURCE = """
class Unfloatable(numbers.Real):
    def __float__(self):
        raise ArithmeticError("no float")
for _name in list(numbers.Real.__abstractmethods__):
    if _name != "__float__":
        setattr(Unfloatable, _name, None)
Unfloatable.__abstractmethods__ = frozenset()
"""

#: name -> (plugin module source, entry-point name). Each is one distribution on its own.
BROKEN_PLUGINS: dict[str, tuple[str, str]] = {
    "raises at import": ("raise ImportError('broken on purpose')\n", "fz-import"),
    "sys.exit at import": ("import sys\nsys.exit(3)\n", "fz-exit"),
    "syntax error": ("def (:\n", "fz-syntax"),
    "missing module": ("", "fz-missing"),
    "entry point is not an adapter": ("Adapter = 42\n", "fz-notadapter"),
    "name property raises": (
        _PLUGIN_HEAD
        + _PLUGIN_BASE.format(name="x", detect=_CLAIM, extract=_EXTRACT).replace(
            '    name = "x"', "    @property\n    def name(self):\n        raise RuntimeError('no name')"
        ),
        "fz-noname",
    ),
    "name differs from entry point": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="other", detect=_CLAIM, extract=_EXTRACT),
        "fz-othername",
    ),
    "detect raises": (
        _PLUGIN_HEAD
        + _PLUGIN_BASE.format(name="fz-detect", detect="raise ValueError('x')", extract=_EXTRACT),
        "fz-detect",
    ),
    "detect calls sys.exit": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="fz-detexit", detect="sys.exit(4)", extract=_EXTRACT),
        "fz-detexit",
    ),
    "detect returns True": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="fz-true", detect="return True", extract=_EXTRACT),
        "fz-true",
    ),
    "detect returns inf": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="fz-inf", detect="return math.inf", extract=_EXTRACT),
        "fz-inf",
    ),
    "detect returns NaN": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="fz-nan", detect="return math.nan", extract=_EXTRACT),
        "fz-nan",
    ),
    "detect returns a str": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="fz-str", detect="return '0.9'", extract=_EXTRACT),
        "fz-str",
    ),
    "detect returns an unfloatable Real": (
        _PLUGIN_HEAD
        + _UNFLOATABLE_SOURCE
        + _PLUGIN_BASE.format(name="fz-unfloat", detect="return Unfloatable()", extract=_EXTRACT),
        "fz-unfloat",
    ),
    "extract returns None": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="fz-none", detect=_CLAIM, extract="return None"),
        "fz-none",
    ),
    "extract returns a str": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="fz-exstr", detect=_CLAIM, extract="return 'readout'"),
        "fz-exstr",
    ),
    "extract returns a dict": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="fz-dict", detect=_CLAIM, extract="return {'schema': 1}"),
        "fz-dict",
    ),
    "extract raises": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="fz-exraise", detect=_CLAIM, extract="raise KeyError('k')"),
        "fz-exraise",
    ),
    "extract calls sys.exit": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="fz-exexit", detect=_CLAIM, extract="sys.exit(5)"),
        "fz-exexit",
    ),
    "extract recurses forever": (
        _PLUGIN_HEAD
        + _PLUGIN_BASE.format(name="fz-recurse", detect=_CLAIM, extract="return self.extract(document)"),
        "fz-recurse",
    ),
    "registers generic": (
        _PLUGIN_HEAD + _PLUGIN_BASE.format(name="generic", detect=_CLAIM, extract="return None"),
        "generic",
    ),
}

_PLUGIN_PAGE = (
    "BROKEN-PLUGIN\n"
    "On 3 May 2024, Foreign Minister Ana Lind had a phone call with Foreign Minister Jon Berg.\n"
    "Ana Lind said that the two sides would work together.\n"
)


def _install(root: Path, key: str, source: str, entry: str) -> str:
    """Write one distribution (dist-info + module) under ``root``; return its module name."""
    module = "fz_" + "".join(ch if ch.isalnum() else "_" for ch in key)
    dist = f"readoutlib-{module.replace('_', '-')}"
    info = root / f"{module}-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n", encoding="utf-8")
    target = f"{module}:Adapter" if source else "fz_no_such_module:Adapter"
    (info / "entry_points.txt").write_text(
        f"[{registry.ENTRY_POINT_GROUP}]\n{entry} = {target}\n", encoding="utf-8"
    )
    if source:
        (root / f"{module}.py").write_text(source, encoding="utf-8")
    return module


def run_broken_plugins() -> list[tuple[str, str]]:
    """Each broken distribution installed alone, then two pages parsed (one it claims, one URL).

    Outcome ``contained: ...`` is right: parse returned a readout or a ReadoutError, and a
    warning named the plugin (for a plugin that breaks only when used, on the page it claims).
    """
    results: list[tuple[str, str]] = []
    for key, (source, entry) in BROKEN_PLUGINS.items():
        with tempfile.TemporaryDirectory() as folder:
            module = _install(Path(folder), key, source, entry)
            sys.path.insert(0, folder)
            registry.reset()
            try:
                results.append((key, _exercise(entry)))
            finally:
                sys.path.remove(folder)
                sys.modules.pop(module, None)
                registry.reset()
    return results


def _exercise(entry: str) -> str:
    outcomes: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for url in (None, "https://broken-plugin.invalid/a"):
            try:
                readout = readoutlib.parse(_PLUGIN_PAGE, url=url)
                outcomes.append(f"readout by {readout.source.adapter}")
            except ReadoutError as exc:
                outcomes.append(type(exc).__name__)
            except BaseException as exc:
                if isinstance(exc, KeyboardInterrupt):
                    raise
                return f"ESCAPE: {type(exc).__name__}: {exc}"
    named = [str(w.message) for w in caught if entry in str(w.message) or "readoutlib-fz" in str(w.message)]
    if not named:
        return f"no warning ({', '.join(outcomes)})"
    return f"contained: {', '.join(outcomes)}; warned: {named[0][:120]}"


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence warnings (a campaign makes thousands on purpose)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
