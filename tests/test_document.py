"""Tests of loading: decoding, normalisation, the HTML/text decision, and refusing what is not a page."""

from __future__ import annotations

import codecs
import io
import os
import random
from pathlib import Path

import pytest

from readoutlib import document as document_module
from readoutlib.document import Document, load, normalize_text
from readoutlib.errors import DecodeError, InputError

# Our own sentences in several scripts, long enough for encoding detection to have something to go on.
ENGLISH = (
    "Foreign Minister Ana Example spoke with Foreign Minister Ben Sample on the phone.\n"
    "The two ministers discussed relations between their countries and agreed to stay in touch.\n"
)
RUSSIAN = (
    "Министр иностранных дел провёл телефонный разговор со своим коллегой.\n"
    "Стороны обсудили вопросы двусторонних отношений и подтвердили готовность продолжать контакты.\n"
)
JAPANESE = (
    "外務大臣は、相手国の外務大臣と電話会談を行いました。\n"
    "両大臣は、二国間関係の強化について意見交換を行い、引き続き緊密に連携していくことで合意しました。\n"
)
CHINESE_PAGE = (
    '<html><head><meta charset="gbk"><title>外交部长同外长通电话</title></head>'
    "<body><p>外交部长同外长通电话。</p><p>双方就双边关系交换了意见，同意保持密切沟通。</p></body></html>"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), "utf-8-sig"),
        (ENGLISH.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + RUSSIAN.encode("utf-16-be"), "utf-16"),
        (ENGLISH.encode("utf-32"), "utf-32"),
    ],
    ids=["utf-8", "utf-16", "utf-16-be", "utf-32"],
)
def test_byte_order_mark_decides(data: bytes, encoding: str) -> None:
    """A byte-order mark decides the encoding, and the mark itself is not part of the text."""
    doc = load(data)
    expected_text = RUSSIAN if "Министр" in doc.text else ENGLISH
    assert (expected_text, encoding) == (doc.text, doc.encoding)


def test_meta_charset_gbk_page() -> None:
    """A page declaring gbk in <meta charset> is decoded as GB18030 (a superset pages really use)."""
    doc = load(CHINESE_PAGE.encode("gbk"))
    expected = (CHINESE_PAGE, "gb18030", True)
    assert expected == (doc.text, doc.encoding, doc.is_html)


def test_wrong_declaration_falls_back() -> None:
    """A page declaring an encoding its bytes are not in is decoded by the next rule (UTF-8 here)."""
    page = '<html><head><meta charset="us-ascii"></head><body><p>Déjà vu — «quotes»</p></body></html>'
    expected = (page, "utf-8")
    doc = load(page.encode("utf-8"))
    assert expected == (doc.text, doc.encoding)


@pytest.mark.parametrize(
    ("text", "codec"),
    [(RUSSIAN, "cp1251"), (JAPANESE, "shift_jis")],
    ids=["cp1251", "shift_jis"],
)
def test_undeclared_legacy_encodings_are_detected(text: str, codec: str) -> None:
    """Text in a legacy encoding that declares nothing is detected and decoded correctly."""
    assert text == load(text.encode(codec)).text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN], ids=["english", "russian"])
def test_utf16_without_bom(text: str, codec: str) -> None:
    """UTF-16 without a byte-order mark is recognised by where its NUL bytes fall."""
    doc = load(text.encode(codec))
    assert (text, codec) == (doc.text, doc.encoding)


def test_space_normalisation() -> None:
    """NBSP, full-width, thin and zero-width spaces and CRLF become plain spaces and newlines."""
    raw = "Wang\u00a0Yi\u3000said\u2009it\u202fwas\u200b fine.\r\nNext line\rlast"
    assert load(raw).text == "Wang Yi said it was fine.\nNext line\nlast"


def test_nfc_normalisation() -> None:
    """Decomposed accents are composed, so equal words compare equal."""
    assert normalize_text("C\u0327avus\u0327og\u0306lu") == "Çavuşoğlu"


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<!DOCTYPE html><html><body><p>Hello there.</p></body></html>", True),
        ("<!-- saved page -->\n<html><body>Hi</body></html>", True),
        ("  <div class='x'>A body</div>", True),
        ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html><body>X</body></html>', True),
        ("Intro line\n" + "<p>one</p><p>two</p><p>three</p><p>four</p><p>five</p>", True),
        ("The ministers agreed that 3 < 4 and 5 > 2.\nAnother line.", False),
        ("Title\n<b>bold</b> words in a text dump", False),
        (ENGLISH, False),
    ],
    ids=["doctype", "comment-first", "fragment", "xhtml", "many-tags", "angle-brackets", "one-tag", "plain"],
)
def test_html_or_text(text: str, is_html: bool) -> None:
    """Markup at the start, or many block tags, makes HTML; a stray angle bracket does not."""
    assert is_html == load(text).is_html


def test_text_lines_and_html_lines() -> None:
    """``lines`` of a text dump are its lines; of HTML, the visible text's lines without scripts."""
    page = "<html><head><script>var x = 1;</script></head><body><h1>Title</h1><p>Body text.</p></body></html>"
    expected = (("A", "B"), ("Title", "Body text."))
    assert expected == (load("A  \nB").lines, load(page).lines)


def test_xhtml_with_encoding_declaration() -> None:
    """An XHTML page whose XML declaration names an encoding still parses into a tree."""
    page = '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>First.</p><p>Second.</p></body></html>'
    expected = ("First.", "Second.")
    assert expected == load(page.encode("utf-8")).lines


def test_lone_surrogates_are_replaced() -> None:
    """A lone surrogate becomes U+FFFD, so the rest of the page survives and can be written as UTF-8."""
    doc = load("<html><body><p>bad \ud800 char</p><p>second</p></body></html>")
    expected = ("bad \ufffd char", "second")
    assert expected == doc.lines


def test_tree_of_text_is_an_error() -> None:
    """Asking a text document for its HTML tree raises InputError."""
    with pytest.raises(InputError, match="not an HTML document"):
        _ = load("just text").tree


@pytest.mark.parametrize(
    "data", [b"", "", "   \n\t  ", b"\n\n", codecs.BOM_UTF8, "\u2028 \u3000\n\x85\u205f"], ids=repr
)
def test_empty_input(data: bytes | str) -> None:
    """Empty or blank input is an InputError."""
    with pytest.raises(InputError, match="empty input"):
        load(data)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"%PDF-1.7\n" + bytes(range(256)),
        b"\x1f\x8b\x08\x00" + bytes(200),
        random.Random(0).randbytes(4096),
        random.Random(1).randbytes(200_000),
        b"\x00" * 100,
        b"ab\x00cd\x00\x00ef\x01\x02\x03\x04\x05\x06\x07\x08" * 50,
    ],
    ids=["png", "pdf", "gzip", "random-4k", "random-200k", "nul", "controls"],
)
def test_binary_is_refused(data: bytes) -> None:
    """Images, archives and random bytes are refused with DecodeError, never decoded into noise."""
    with pytest.raises(DecodeError):
        load(data)


def test_bom_with_bad_bytes() -> None:
    """Bytes after a UTF-8 BOM that are not UTF-8 are a DecodeError naming the encoding."""
    with pytest.raises(DecodeError, match="utf-8-sig"):
        load(codecs.BOM_UTF8 + b"ok \xff\xfe\xfd bad", name="page.txt")


def test_path_input(tmp_path: Path) -> None:
    """A path is read as bytes and named after the file."""
    path = tmp_path / "page.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    doc = load(path)
    assert (RUSSIAN, str(path)) == (doc.text, doc.name)


def test_str_is_text_not_a_path(tmp_path: Path) -> None:
    """A plain str is always page text, even when it names an existing file."""
    path = tmp_path / "page.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert str(path) == load(str(path)).text


def test_missing_file_and_directory(tmp_path: Path) -> None:
    """A missing file and a directory are InputErrors that name the path."""
    with pytest.raises(InputError, match="no such file") as missing:
        load(tmp_path / "nope.html")
    with pytest.raises(InputError, match="directory") as folder:
        load(tmp_path)
    expected = (str(tmp_path / "nope.html"), str(tmp_path))
    assert expected == (missing.value.source, folder.value.source)


def test_path_with_nul_byte() -> None:
    """A path with a NUL byte in it is an InputError, not a ValueError."""
    with pytest.raises(InputError, match="invalid path"):
        load(Path("bad\x00name.txt"))


def test_binary_file_object() -> None:
    """A binary file object is read, named by ``name=`` when given."""
    doc = load(io.BytesIO(ENGLISH.encode("utf-16")), name="upload")
    assert (doc.text, doc.name) == (ENGLISH, "upload")


def test_text_file_object(tmp_path: Path) -> None:
    """A text-mode file is read as text and named after its file."""
    path = tmp_path / "page.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    with path.open(encoding="utf-8") as handle:
        doc = load(handle)
    assert (ENGLISH, str(path)) == (doc.text, doc.name)


def test_text_file_with_wrong_encoding(tmp_path: Path) -> None:
    """A text-mode file opened with the wrong encoding gives DecodeError, not UnicodeDecodeError."""
    path = tmp_path / "page.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    with path.open(encoding="utf-8") as handle, pytest.raises(DecodeError) as caught:
        load(handle)
    assert str(path) == caught.value.source


def test_closed_file_object() -> None:
    """A closed file object is an InputError."""
    handle = io.BytesIO(b"text")
    handle.close()
    with pytest.raises(InputError, match="cannot read"):
        load(handle)


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bytes, text, files and file objects over the size limit are refused with InputError."""
    monkeypatch.setattr(document_module, "MAX_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    for data in (b"x" * 101, "x" * 101, path, io.BytesIO(b"x" * 101)):
        with pytest.raises(InputError, match="100"):
            load(data)
    assert load(b"x" * 100).text == "x" * 100


def test_document_passes_through() -> None:
    """A Document is returned as it is, with a URL and name added when given."""
    doc = Document(text="some text", name="a")
    loaded = load(doc, url="https://example.org/x")
    expected = ("some text", "https://example.org/x", "a")
    assert expected == (loaded.text, loaded.url, loaded.name)


def test_unsupported_type_is_a_type_error() -> None:
    """Something that is not a page at all (a number) is a programming error: TypeError."""
    with pytest.raises(TypeError, match="int"):
        load(42)  # type: ignore[arg-type]


def test_error_message_names_the_source() -> None:
    """An error's text is "<source>: <reason>" so the CLI can print it on one line."""
    with pytest.raises(InputError) as caught:
        load(b"", name="page.html")
    assert str(caught.value) == "page.html: empty input"


# --- robustness findings (issue 11): each test is built from the finding's reproducer ------------------

#: Codec names a page may declare that are not text encodings (F1) or fail on any bytes (F2).
NOT_TEXT_CODECS = ["hex", "base64", "zlib", "bz2", "rot13", "uu", "quopri", "undefined", "punycode", "idna"]


@pytest.mark.parametrize("codec", NOT_TEXT_CODECS)
@pytest.mark.parametrize("where", ['<meta charset="{}">', '<?xml version="1.0" encoding="{}"?>'])
def test_non_text_codec_declared_is_no_declaration(codec: str, where: str) -> None:
    """F1/F2: a declared codec that is not a text encoding is ignored, not a LookupError or UnicodeError."""
    data = (where.format(codec) + "<p>Déjà vu</p>").encode("utf-8")
    doc = load(data)
    expected = ("utf-8", where.format(codec) + "<p>Déjà vu</p>")
    assert expected == (doc.encoding, doc.text)


# A declared charset the bytes are not in but which decodes them anyway (E2).
WRONG_DECLARATIONS = [
    (RUSSIAN, "cp1251", "koi8-r"),
    (RUSSIAN, "koi8-r", "windows-1251"),
    ("外交部长同外长通电话。双方就双边关系交换了意见，同意保持密切沟通。", "gb18030", "big5"),
    ("外交部長同外長通電話。雙方就雙邊關係交換了意見，同意保持密切溝通。", "big5", "gbk"),
]


@pytest.mark.parametrize(("text", "actual", "declared"), WRONG_DECLARATIONS, ids=lambda v: str(v)[:8])
def test_declaration_the_bytes_contradict_loses_to_detection(text: str, actual: str, declared: str) -> None:
    """E2: a declaration whose decoding is nonsense (cp1251 read as KOI8-R) loses to detection."""
    page = f'<html><head><meta charset="{declared}"></head><body><p>{text}</p></body></html>'
    assert page == load(page.encode(actual)).text


@pytest.mark.parametrize("text", [RUSSIAN, JAPANESE, CHINESE_PAGE, ENGLISH + "Café — “quoted”"], ids=str)
def test_utf8_with_one_invalid_byte(text: str) -> None:
    """E3: a UTF-8 page with one invalid byte is read as UTF-8, the byte replaced, with a warning."""
    data = text.encode("utf-8")
    middle = len(data) // 2
    while data[middle] & 0xC0 == 0x80:  # a byte that starts a character
        middle += 1
    doc = load(data[:middle] + b"\xff" + data[middle:])
    prefix = data[:middle].decode("utf-8")
    expected = (
        "utf-8",
        normalize_text(prefix + "\ufffd" + data[middle:].decode("utf-8")),
        ("decoded as UTF-8 with 1 invalid byte sequence(s) replaced by U+FFFD",),
    )
    assert expected == (doc.encoding, doc.text, doc.warnings)


# Short English pages whose few non-ASCII characters are punctuation, in East Asian legacy encodings (E1).
SHORT_ENGLISH = (
    "On 3 May, Foreign Minister Ana Example had a phone call with Ben Sample — the two sides “agreed” "
    "to stay in touch.\n"
)


@pytest.mark.parametrize("codec", ["gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "cp1252"])
def test_short_english_page_in_legacy_encoding(codec: str) -> None:
    """E1: an undeclared English page in GBK, Big5, Shift_JIS or EUC keeps its dashes and curly quotes."""
    page = SHORT_ENGLISH if codec in ("gb18030", "big5", "cp1252") else SHORT_ENGLISH.replace("—", "-")
    assert page == load(page.encode(codec)).text


@pytest.mark.parametrize(
    ("special", "kind"),
    [
        ("/dev/null", "character device"),
        ("/dev/zero", "character device"),
        ("/dev/urandom", "character device"),
    ],
)
def test_device_is_refused(special: str, kind: str) -> None:
    """S3: a device is refused before any read (``/dev/zero`` reports size 0 and never ends)."""
    with pytest.raises(InputError) as caught:
        load(Path(special))
    assert f"{special}: is a {kind}, not a regular file" == str(caught.value)


def test_fifo_without_writer_is_refused(tmp_path: Path) -> None:
    """S4: a FIFO with no writer is refused at once instead of blocking the batch forever."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as caught:
        load(fifo)
    assert f"{fifo}: is a named pipe (FIFO), not a regular file" == str(caught.value)


def test_read_is_bounded_whatever_the_size_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """S3: a regular file is read only to the limit, even where its size claims 0 (``/proc`` files)."""
    monkeypatch.setattr(document_module, "MAX_BYTES", 16)
    proc = Path("/proc/self/maps")
    reads: list[int] = []
    real_fdopen = os.fdopen

    class CountingStream(io.RawIOBase):
        """A stream that records the sizes asked of it."""

        def __init__(self, stream: io.BufferedReader) -> None:
            self.stream = stream

        def read(self, size: int = -1) -> bytes:
            reads.append(size)
            return self.stream.read(size)

    def counting_fdopen(fd: int, *args: object, **kwargs: object) -> io.RawIOBase:
        return CountingStream(real_fdopen(fd, *args, **kwargs))  # type: ignore[arg-type]

    monkeypatch.setattr(os, "fdopen", counting_fdopen)
    with pytest.raises(InputError) as caught:
        load(proc)
    expected = (f"{proc}: file is more than the 16 bytes a page may have", [17])
    assert expected == (str(caught.value), reads)


@pytest.mark.parametrize("url", ["https://x/\x00", "https://x/\udcff", "https://x/a b", "https://x/\x7f"])
def test_invalid_url_is_refused(url: str) -> None:
    """F5: a URL is input: control characters, spaces and undecodable bytes are an InputError."""
    with pytest.raises(InputError) as caught:
        load(ENGLISH, url=url, name="page.txt")
    bad = next(i for i, ch in enumerate(url) if ch in "\x00\udcff \x7f")
    expected = (
        f"page.txt: invalid URL: character U+{ord(url[bad]):04X} at position {bad} "
        "(a URL holds no control characters, spaces or undecodable bytes)"
    )
    assert expected == str(caught.value)


@pytest.mark.parametrize(
    "ref", ["&#19", "&#xFFFE;", "&#2;", "&#8;", "&#1;", "&#0;", "&#xD800;", "&#1114112;"]
)
def test_character_references_to_non_characters(ref: str) -> None:
    """F3/F4: references to characters no text holds leave no trace in the tree (NUL, surrogates: U+FFFD)."""
    doc = load(f"<html><body><p>a{ref}b</p>{ref}<p>c</p></body></html>")
    kept = {"&#0;": "\ufffd", "&#xD800;": "\ufffd", "&#1114112;": "\ufffd", "&#&#19xFFFF;": "&#xFFFF;"}.get(
        ref, ""
    )
    expected = f"a{kept}b\n{kept}\nc" if kept else "ab\nc"
    assert expected == doc.visible_text()


def test_c1_character_references_read_as_windows_1252() -> None:
    """F3: ``&#147;`` and ``&#151;`` are windows-1252's quote and dash; ``&#129;`` (undefined) is dropped."""
    doc = load("<html><body><p>&#147;Yes&#148; &#151; no&#129;</p></body></html>")
    expected = "“Yes” — no"
    assert expected == doc.visible_text()


@pytest.mark.parametrize("depth", [300, 1500, 3000])
def test_deeply_nested_body_keeps_its_text(depth: int) -> None:
    """D1: a body nested deeper than libxml2's limit keeps its text (lifted limit, then flattening)."""
    page = (
        "<html><body>" + "<div>" * depth + "<p>Deep in the page.</p>" + "</div>" * depth + "<p>After it.</p>"
        "</body></html>"
    )
    expected = "Deep in the page.\nAfter it."
    assert expected == load(page).visible_text()
