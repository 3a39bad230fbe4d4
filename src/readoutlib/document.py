"""Loading: bytes, text, paths or files in; one decoded, normalised Document out.

Decoding order: a byte-order mark, then an encoding the page declares (``<meta charset>``,
``http-equiv`` content type or an XML declaration), then strict UTF-8, then detection with
charset-normalizer (pages in GBK/GB18030, cp1251, Shift_JIS or UTF-16 are common among
publishers). Binary junk is refused rather than decoded into noise.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import unicodedata
from pathlib import Path
from typing import IO, TYPE_CHECKING, Union

import attrs

from .errors import DecodeError, InputError

if TYPE_CHECKING:
    from lxml import html as lxml_html

__all__ = ["Document", "Loadable", "load", "normalize_text"]

#: Anything ``load`` accepts.
Loadable = Union[str, bytes, bytearray, os.PathLike[str], IO[bytes], IO[str], "Document"]

#: Pages larger than this are refused: no readout is anywhere near it, junk often is.
MAX_BYTES = 16 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_HTML_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|article|section)\b",
    re.IGNORECASE | re.DOTALL,
)
# An XML declaration: lxml refuses one that names an encoding in already decoded text (XHTML pages).
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_TAGS = re.compile(r"</?(?:p|div|br|span|table|td|a|h[1-6])\b[^>]*>", re.IGNORECASE)
# Spaces a page may use that mean an ordinary space in running text.
_SPACE_TRANSLATION: dict[int, str | None] = {
    ord("\u00a0"): " ",
    ord("\u3000"): " ",
    ord("\u2002"): " ",
    ord("\u2003"): " ",
    ord("\u2009"): " ",
    ord("\u202f"): " ",
    ord("\u200b"): "",
    ord("\ufeff"): "",
    ord("\r"): "",
    ord("\f"): "\n",
    ord("\v"): "\n",
}
# Control characters no text page means and XML 1.0 cannot hold: dropped on load.
_SPACE_TRANSLATION.update({c: None for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, 0xFFFE, 0xFFFF)})
# Every character the translation above changes, as one class.
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_SPACE_TRANSLATION)) + "]")


def normalize_text(text: str) -> str:
    """Normalise spaces and line ends: NBSP, full-width and thin spaces become plain spaces.

    Form feeds and vertical tabs become line breaks; other control characters are dropped.

    NFC normalisation is applied so that composed and decomposed accents compare equal.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A lone surrogate (from a str built with errors="surrogateescape") cannot be written as UTF-8
    # and makes lxml drop the rest of the page.
    text = _SURROGATE.sub("\ufffd", text)
    # str.translate with a dict costs a dict lookup per character on any page with one non-ASCII
    # character (about 7 ms on 100 KB); one regex scan finds the few characters to replace.
    text = _TRANSLATED.sub(_translated, text)
    return unicodedata.normalize("NFC", text)


def _translated(match: re.Match[str]) -> str:
    return _SPACE_TRANSLATION[ord(match.group())] or ""


@attrs.frozen
class Document:
    """A page, decoded and normalised, ready for detection and extraction.

    Attributes:
        text: the whole page as text (for HTML, the markup itself).
        is_html: whether the page is HTML (then ``tree`` is its parsed tree).
        url: where the page was published, when the caller knows it.
        name: the file name or other origin, used in error messages.
        encoding: the encoding the bytes were decoded with (None for str input).
    """

    text: str
    is_html: bool = False
    url: str | None = None
    name: str | None = None
    encoding: str | None = None
    _tree: list[lxml_html.HtmlElement] = attrs.field(factory=list, repr=False, eq=False, alias="_tree")
    _visible: list[str] = attrs.field(factory=list, repr=False, eq=False, alias="_visible")

    @property
    def lines(self) -> tuple[str, ...]:
        """The text split into lines, right-stripped (for HTML, the tree's visible text)."""
        source = self.visible_text() if self.is_html else self.text
        return tuple(line.rstrip() for line in source.split("\n"))

    @property
    def tree(self) -> lxml_html.HtmlElement:
        """The parsed HTML tree (parsed once, on first use).

        Raises:
            InputError: the document is not HTML, or lxml cannot make a tree of it.
        """
        if not self.is_html:
            raise InputError("not an HTML document", source=self.name)
        if not self._tree:
            self._tree.append(_parse_html(self.text, self.name))
        return self._tree[0]

    def visible_text(self) -> str:
        """The text a reader would see: scripts, styles and comments removed, blocks on lines.

        Computed once per document: every adapter's ``detect`` may ask for it.
        """
        if not self.is_html:
            return self.text
        if not self._visible:
            from .layout import element_text  # local: keeps lxml out of import time

            self._visible.append(element_text(self.tree))
        return self._visible[0]


def _parse_html(text: str, name: str | None) -> lxml_html.HtmlElement:
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        recover=True, no_network=True, remove_comments=False, remove_pis=True, huge_tree=False
    )
    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse HTML: {exc}", source=name) from None
    if root is None:
        raise InputError("cannot parse HTML: empty document", source=name)
    return root


def _looks_binary(data: bytes) -> bool:
    """True when a sample has control bytes no text encoding would produce."""
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")):
        return True
    if sample.count(b"\x00") and sample[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        # UTF-16/32 without BOM has NULs in a regular pattern; anything else with NULs is binary
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        half = len(sample) // 2 or 1
        if not (even > 0.4 * half or odd > 0.4 * half):
            return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.02


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Decode UTF-16 that has no byte-order mark, told by where its NUL bytes fall.

    ASCII characters (spaces, line ends, Latin letters) in UTF-16 put a NUL in every other byte,
    nearly all on one side (a few CJK characters put one on the other); binary data has NULs on
    both sides alike. The text must then decode strictly.
    """
    sample = data[:8192]
    if len(data) % 2 or not sample.count(0):
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if min(even, odd) * 4 >= max(even, odd):
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _mostly_controls(text) else (text, encoding)


def _decode(data: bytes, name: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"byte-order mark says {encoding} but {exc.reason}", source=name) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise DecodeError("binary data, not a text or HTML page", source=name)
    match = _DECLARED.search(data[:4096])
    if match:
        declared = (match.group(1) or match.group(2)).decode("ascii").lower()
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            codec = ""
        if codec:
            # pages that say gb2312 are routinely GBK/GB18030 in fact
            if codec in ("gb2312", "gbk"):
                codec = "gb18030"
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass  # the declaration is wrong: fall through to detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # local: heavy, needed only for legacy pages

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("cannot determine the text encoding", source=name)
    text = str(best)
    if _mostly_controls(text):
        raise DecodeError("binary data, not a text or HTML page", source=name)
    return text, best.encoding


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _mostly_controls(text: str) -> bool:
    sample = text[:8192]
    # ASCII controls by one regex count; only the non-ASCII characters are asked their category
    bad = len(_ASCII_CONTROL.findall(sample)) + sum(
        1 for ch in _ASCII_RUN.sub("", sample) if unicodedata.category(ch) in ("Cc", "Co", "Cn")
    )
    return bad > 2 and bad > len(sample) * 0.02


def _is_html(text: str) -> bool:
    if _HTML_SNIFF.match(text[:2048]):
        return True
    return len(_HTML_TAGS.findall(text[:20000])) >= 5


def _read_source(data: Loadable, name: str | None) -> tuple[bytes | str, str | None]:
    if isinstance(data, (bytes, bytearray)):
        return bytes(data), name
    if isinstance(data, str):
        if len(data) > MAX_BYTES:
            raise InputError(f"input is more than the {MAX_BYTES} characters allowed", source=name)
        return data, name
    if isinstance(data, os.PathLike):
        path = Path(data)
        label = name or str(path)
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise InputError(
                    f"file is {size} bytes, more than the {MAX_BYTES} a page may have", source=label
                )
            return path.read_bytes(), label
        except FileNotFoundError:
            raise InputError("no such file", source=label) from None
        except IsADirectoryError:
            raise InputError("is a directory, not a file", source=label) from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", source=label) from None
        except ValueError as exc:  # a NUL byte in the path
            raise InputError(f"invalid path: {exc}", source=label) from None
    if isinstance(data, io.IOBase) or hasattr(data, "read"):
        file_name = getattr(data, "name", None)
        io_label = name or (str(file_name) if file_name is not None else None)
        try:
            raw = data.read(MAX_BYTES + 1)
        except UnicodeDecodeError as exc:  # a file opened in text mode with the wrong encoding
            raise DecodeError(f"cannot decode as {exc.encoding}: {exc.reason}", source=io_label) from None
        except (OSError, ValueError) as exc:  # ValueError: a closed file
            raise InputError(f"cannot read: {exc}", source=io_label) from None
        if isinstance(raw, str):
            if len(raw) > MAX_BYTES:
                raise InputError(f"input is more than the {MAX_BYTES} characters allowed", source=io_label)
            return raw, io_label
        if len(raw) > MAX_BYTES:
            raise InputError(f"input is more than the {MAX_BYTES} bytes a page may have", source=io_label)
        return bytes(raw), io_label
    raise TypeError(f"cannot load a {type(data).__name__}")


def load(data: Loadable, *, url: str | None = None, name: str | None = None) -> Document:
    """Read a page into a Document.

    Args:
        data: the page as ``str``, ``bytes``, a path (``pathlib.Path`` or other ``os.PathLike``;
            a plain ``str`` is always page text, never a path), a file object (binary, or text
            mode), or an existing ``Document`` (returned with ``url`` filled in if given).
        url: where the page was published; adapters use it to recognise their pages.
        name: what to call the input in error messages (defaults to the path).

    Raises:
        InputError: empty, unreadable or binary input.
        DecodeError: bytes that decode in no encoding.
    """
    if isinstance(data, Document):
        return attrs.evolve(data, url=url or data.url, name=name or data.name)
    raw, label = _read_source(data, name)
    encoding: str | None = None
    if isinstance(raw, bytes):
        if len(raw) > MAX_BYTES:
            raise InputError(f"input is more than the {MAX_BYTES} bytes a page may have", source=label)
        text, encoding = _decode(raw, label)
    else:
        text = raw
    if _mostly_controls(text):
        raise DecodeError("binary data, not a text or HTML page", source=label)
    text = normalize_text(text)
    if not text.strip():
        raise InputError("empty input", source=label)
    return Document(text=text, is_html=_is_html(text), url=url, name=label, encoding=encoding)
