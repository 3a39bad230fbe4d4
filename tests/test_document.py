"""Tests of loading: decoding, normalisation, the HTML/text decision, and refusing what is not a page."""

from __future__ import annotations

import codecs
import io
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


@pytest.mark.parametrize("data", [b"", "", "   \n\t  ", b"\n\n", codecs.BOM_UTF8], ids=repr)
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
