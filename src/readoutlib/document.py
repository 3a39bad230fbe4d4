"""Loading: bytes, text, paths or files in; one decoded, normalised Document out.

Decoding order: a byte-order mark, then an encoding the page declares (``<meta charset>``,
``http-equiv`` content type or an XML declaration) if the bytes bear it out, then strict UTF-8,
then UTF-8 with replacement when only a few bytes are invalid (with a warning), then detection
with charset-normalizer (pages in GBK/GB18030, cp1251, Shift_JIS or UTF-16 are common among
publishers). Binary junk is refused rather than decoded into noise.

Reading is bounded: a path is read only if it is a regular file, and never more than
``MAX_BYTES + 1`` bytes of it, whatever its size claims to be.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Union

import attrs

from .errors import DecodeError, InputError

if TYPE_CHECKING:
    from lxml import etree
    from lxml import html as lxml_html

__all__ = ["Document", "Loadable", "check_url", "load", "normalize_text"]

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
# What loading replaces once line ends are ``\n``, as one class scanned once: lone surrogates (from
# a str built with errors="surrogateescape": they cannot be written as UTF-8 and make lxml drop the
# rest of the page) and every character the translation above changes.
_TRANSLATED = re.compile(
    "[\ud800-\udfff" + "".join(re.escape(chr(c)) for c in sorted(_SPACE_TRANSLATION) if c != ord("\r")) + "]"
)

#: The translation of ASCII characters (ASCII text is already in NFC).
_ASCII_TRANSLATION = str.maketrans({c: v for c, v in _SPACE_TRANSLATION.items() if c < 0x80})


def normalize_text(text: str) -> str:
    """Normalise spaces and line ends: NBSP, full-width and thin spaces become plain spaces.

    Form feeds and vertical tabs become line breaks; other control characters are dropped.

    NFC normalisation is applied so that composed and decomposed accents compare equal.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():  # ASCII text takes str.translate's fast path: 6x faster than the scan
        return text.translate(_ASCII_TRANSLATION)
    # str.translate with a dict costs a dict lookup per character on any page with one non-ASCII
    # character (about 7 ms on 100 KB); the text is read in pieces instead: an ASCII piece is
    # checked for control characters as bytes, the others scanned by one regex for the few
    # characters to replace (a single-character class: piece by piece is the same as whole).
    pieces = [text[start : start + _PIECE] for start in range(0, len(text), _PIECE)]
    pieces = [piece if _untranslated(piece) else _TRANSLATED.sub(_translated, piece) for piece in pieces]
    text = "".join(pieces)
    return text if _normalized(pieces) else unicodedata.normalize("NFC", text)


#: Characters a page is read in at once by ``normalize_text``.
_PIECE = 2048
#: The ASCII characters ``_TRANSLATED`` matches, as bytes.
_ASCII_TRANSLATED = bytes(c for c in range(0x80) if _TRANSLATED.match(chr(c)))


def _untranslated(piece: str) -> bool:
    """Whether ``piece`` holds no character ``_TRANSLATED`` matches."""
    if piece.isascii():
        data = piece.encode("ascii")
        return len(data.translate(None, _ASCII_TRANSLATED)) == len(data)
    return _TRANSLATED.search(piece) is None


def _normalized(pieces: list[str]) -> bool:
    """Whether the text the pieces make is in NFC, told piece by piece (True only when sure).

    An ASCII character neither composes with nor reorders around what precedes it, so where each
    piece after the first starts with one, the text is in NFC when each piece is; a piece starting
    with another character leaves the answer to the caller's normalisation of the whole.
    """
    first = True
    for piece in pieces:
        if not piece:
            continue
        if not piece.isascii():
            if not first and not piece[0].isascii():
                return False
            if not unicodedata.is_normalized("NFC", piece):
                return False
        first = False
    return True


def _translated(match: re.Match[str]) -> str:
    found = match.group()
    if "\ud800" <= found <= "\udfff":
        return "\ufffd"
    return _SPACE_TRANSLATION[ord(found)] or ""


@attrs.frozen
class Document:
    """A page, decoded and normalised, ready for detection and extraction.

    Attributes:
        text: the whole page as text (for HTML, the markup itself).
        is_html: whether the page is HTML (then ``tree`` is its parsed tree).
        url: where the page was published, when the caller knows it.
        name: the file name or other origin, used in error messages.
        encoding: the encoding the bytes were decoded with (None for str input).
        warnings: what loading had to guess or repair (invalid bytes replaced), for the readout.
    """

    text: str
    is_html: bool = False
    url: str | None = None
    name: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
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
            from .segment import element_text  # local: keeps lxml out of import time

            self._visible.append(element_text(self.tree))
        return self._visible[0]


#: Characters a numeric reference (``&#19;``, ``&#xFFFE;``) makes in lxml's tree that no text holds:
#: load dropped them from the source, but lxml decodes references after that (NUL, surrogates and
#: the C1 codes windows-1252 defines it maps itself; the five it leaves are dropped too). Removed
#: from the tree's text, tails and attributes.
_TREE_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
#: Tags kept when a page nested too deeply for libxml2 is flattened: they carry the title, the
#: metadata and the paragraph breaks; every other tag is dropped (a block tag leaves a line break).
_FLAT_KEEP = frozenset(("html", "head", "body", "title", "meta", "link", "script", "style", "p", "br"))
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*>")


def _clean_tree(root: lxml_html.HtmlElement) -> None:
    """Remove ``_TREE_CONTROLS`` from every text, tail and attribute value (one pass, in place)."""
    for el in root.iter():
        if el.text and _TREE_CONTROLS.search(el.text):
            el.text = _TREE_CONTROLS.sub("", el.text)
        if el.tail and _TREE_CONTROLS.search(el.tail):
            el.tail = _TREE_CONTROLS.sub("", el.tail)
        for key, value in el.attrib.items():
            if _TREE_CONTROLS.search(value):
                el.set(key, _TREE_CONTROLS.sub("", value))


#: Where a numeric reference could start: the regex engine's literal search finds it about four times
#: faster than ``"&#" in source`` (a two-character needle on a page whose ``#`` are CSS colours).
_REFERENCE_START = re.compile("&#")
#: A numeric character reference, as libxml2 reads one (the semicolon may be missing).
_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))")


def _may_hold_controls(source: str) -> bool:
    """Whether the tree of ``source`` may hold ``_TREE_CONTROLS``: the source has one, or a numeric
    reference to one (or to a surrogate, or to no character at all).

    Without either, ``_clean_tree`` (a Python pass over every node) would change nothing; a page
    with curly quotes written ``&#8217;`` is common.
    """
    if _holds_tree_control(source):
        return True
    for hexadecimal, decimal in set(_NUMERIC_REFERENCE.findall(source)):  # a page repeats a few
        if len(hexadecimal or decimal) > 7:
            return True
        code = int(hexadecimal, 16) if hexadecimal else int(decimal)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or _TREE_CONTROLS.match(chr(code)):
            return True
    return False


#: The ASCII characters ``_TREE_CONTROLS`` matches, as bytes.
_ASCII_TREE_CONTROLS = bytes(c for c in range(0x80) if _TREE_CONTROLS.match(chr(c)))


def _holds_tree_control(source: str) -> bool:
    """``_TREE_CONTROLS.search(source) is not None``, read in pieces: an ASCII piece (most of a page's
    markup) as bytes, whose controls ``bytes.translate`` deletes, the others by the regex, which
    reads about three nanoseconds a character (0.33 ms on a 100 KB page)."""
    pieces = range(0, len(source), _PIECE)
    for piece in [source] if source.isascii() else [source[at : at + _PIECE] for at in pieces]:
        if piece.isascii():
            data = piece.encode("ascii")
            if len(data.translate(None, _ASCII_TREE_CONTROLS)) != len(data):
                return True
        elif _TREE_CONTROLS.search(piece):
            return True
    return False


def _flatten(text: str) -> str:
    from .segment.vocabulary import BLOCK_TAGS  # local: keeps the segment stage out of import time

    def tag(match: re.Match[str]) -> str:
        name = match.group(2).lower()
        if name in _FLAT_KEEP:
            return match.group()
        return "<br>" if name in BLOCK_TAGS else ""

    return _ANY_TAG.sub(tag, text)


@lru_cache(maxsize=1)
def _html_classes() -> etree.ElementNamespaceClassLookup:
    """The element classes ``lxml.html``'s parser gives, found by lxml itself (in C) instead of by
    ``HtmlElementClassLookup.lookup``, a Python method lxml calls for every element it wraps: the
    same class for every node (a ``<form>`` is a ``FormElement``, any other tag an ``HtmlElement``,
    a comment an ``HtmlComment``)."""
    from lxml import etree
    from lxml import html as lxml_html

    lookup = etree.ElementNamespaceClassLookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    by_tag = lookup.get_namespace(None)  # libxml2's HTML parser gives tags in lower case, no namespace
    for tag, cls in lxml_html.HtmlElementClassLookup._default_element_classes.items():
        by_tag[tag] = cls
    return lookup


def _parse_html(text: str, name: str | None) -> lxml_html.HtmlElement:
    """Parse HTML with lxml, never losing text to libxml2's limits.

    ``huge_tree`` lifts libxml2's nesting limit from 256 to 2048 levels (input size is bounded
    by ``MAX_BYTES`` already); a page nested deeper still is flattened and parsed again.
    """
    from lxml import etree
    from lxml import html as lxml_html

    source = _XML_DECLARATION.sub("", text, count=1)
    for attempt in (source, None):
        parser = etree.HTMLParser(
            recover=True, no_network=True, remove_comments=False, remove_pis=True, huge_tree=True
        )
        parser.set_element_class_lookup(_html_classes())
        try:
            root = lxml_html.document_fromstring(attempt or _flatten(source), parser=parser)
        except (etree.ParserError, ValueError) as exc:
            raise InputError(f"cannot parse HTML: {exc}", source=name) from None
        too_deep = any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)
        if not too_deep:
            break
    if root is None:
        raise InputError("cannot parse HTML: empty document", source=name)
    if _REFERENCE_START.search(source) and _may_hold_controls(source):
        _clean_tree(root)
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
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.02


#: The control bytes no text page holds (tab, line feed, form feed, carriage return and escape
#: aside): counted in C by deleting them, not in a Python loop over the sample.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


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


#: What a page's own charset declaration must decode unchanged: the declaration was found as ASCII
#: bytes, so the page's encoding maps ASCII to itself (this refuses codecs that are not text
#: encodings, such as hex, base64, rot13, punycode and "undefined", and UTF-16/32 labels).
_ASCII_PROBE = b'<meta charset="x"> Az09 &#;:/.-_\\u\n'
#: A declared decoding with no more mess than this (charset-normalizer's mess ratio) is trusted
#: without a second opinion; a messier one loses to detection when detection's reading of the
#: same bytes is cleaner by ``_DECLARED_MARGIN``.
_DECLARED_CLEAN = 0.02
_DECLARED_MARGIN = 0.05
#: On a mostly-ASCII page, detection's reading beats a declaration when its non-ASCII characters
#: score this much higher as English punctuation (``_english_punctuation_score``).
_DECLARED_ENGLISH_MARGIN = 0.25
#: UTF-8 with replacement is taken when few sequences are invalid: at most this many, three valid
#: multibyte characters for each, and no more than two or this share of the valid ones.
_UTF8_MAX_INVALID = 64
_UTF8_INVALID_SHARE = 0.05
#: Encodings no publisher serves pages in (DOS and Mac code pages, EBCDIC, rare ISO parts):
#: charset-normalizer's ``cp_exclusion``, so short mostly-ASCII pages are not read in them.
_NEVER_SERVED = (
    "cp037", "cp273", "cp424", "cp437", "cp500", "cp720", "cp737", "cp775", "cp850", "cp852",
    "cp855", "cp856", "cp857", "cp858", "cp860", "cp861", "cp862", "cp863", "cp864", "cp865",
    "cp866", "cp869", "cp875", "cp1006", "cp1026", "cp1125", "cp1140", "hp_roman8", "johab",
    "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_16", "kz1048", "mac_cyrillic", "mac_greek",
    "mac_iceland", "mac_latin2", "mac_roman", "mac_turkish", "ptcp154", "tis_620", "cp874",
    "iso8859_11", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004",
    "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr", "utf_7",
)  # fmt: skip


def _decode(data: bytes, name: str | None) -> tuple[str, str, tuple[str, ...]]:
    """Decode a page: ``(text, encoding, warnings)``; see the module docstring for the order."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, ()
            except UnicodeDecodeError as exc:
                raise DecodeError(f"byte-order mark says {encoding} but {exc.reason}", source=name) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return (*utf16, ())
    if _looks_binary(data):
        raise DecodeError("binary data, not a text or HTML page", source=name)
    declared = _declared_codec(data)
    if declared:
        text = _decode_declared(data, declared)
        if text is not None:
            return text, declared, ()
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        text, invalid = mostly_utf8
        warning = f"decoded as UTF-8 with {invalid} invalid byte sequence(s) replaced by U+FFFD"
        return text, "utf-8", (warning,)
    detected = _detect(data)
    if detected is None:
        raise DecodeError("cannot determine the text encoding", source=name)
    text, encoding, _mess = detected
    if _mostly_controls(text):
        raise DecodeError("binary data, not a text or HTML page", source=name)
    return text, encoding, ()


def _declared_codec(data: bytes) -> str | None:
    """The text encoding the page declares, or None when it declares none we can use."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    if "escape" in label:
        return None
    try:
        codec = codecs.lookup(label).name
        if _ASCII_PROBE.decode(codec) != _ASCII_PROBE.decode("ascii"):
            return None
    except (LookupError, UnicodeError, ValueError, TypeError):  # no codec, or not a text codec
        return None
    # pages that say gb2312 are routinely GBK/GB18030 in fact
    return "gb18030" if codec in ("gb2312", "gbk") else codec


def _decode_declared(data: bytes, codec: str) -> str | None:
    """The page decoded as it declares, or None when the bytes say the declaration is wrong.

    A wrong declaration that happens to decode (cp1251 read as KOI8-R, UTF-8 as Latin-1) yields
    text charset-normalizer measures as a mess; it loses to UTF-8 when the bytes are UTF-8 (but
    for a few), else to detection when detection reads the same bytes more cleanly. On a mostly
    ASCII (English) page, where a wrong CJK declaration reads the few non-ASCII bytes as clean but
    odd symbols (GB18030 as Big5), it loses when detection's reading is clearly more English.
    """
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if text.isascii() or codec == "utf-8":
        return text
    from charset_normalizer.md import mess_ratio  # local: heavy, needed only for legacy pages

    mess = mess_ratio(text[:_DETECT_SAMPLE], maximum_threshold=1.0)
    english = _ascii_share(data) > 0.9
    if mess <= _DECLARED_CLEAN and not english:
        return text
    if mess > _DECLARED_CLEAN and _mostly_utf8(data) is not None:
        return None
    detected = _detect(data)
    if detected is None or codecs.lookup(detected[1]).name == codecs.lookup(codec).name:
        return text
    if detected[2] + _DECLARED_MARGIN < mess:
        return None
    if english and detected[2] <= mess:
        declared_score = _english_punctuation_score(text)
        if _english_punctuation_score(detected[0]) >= declared_score + _DECLARED_ENGLISH_MARGIN:
            return None
    return text


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """Decode UTF-8 with replacement when only a few byte sequences are invalid.

    Returns the text and the number of invalid sequences, or None when the page is not UTF-8
    (a legacy page has invalid sequences wherever it has non-ASCII characters).
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    # lead bytes of multibyte sequences; in a legacy page nearly every one is invalid
    valid = len(data) - len(data.translate(None, _LEAD_BYTES)) - invalid
    if invalid > _UTF8_MAX_INVALID or valid < 3 * invalid or invalid > max(2, _UTF8_INVALID_SHARE * valid):
        return None
    return text, invalid


_LEAD_BYTES = bytes(range(0xC0, 0x100))
_HIGH_BYTES = bytes(range(0x80, 0x100))
#: How much of a page decoding checks are run on (charset-normalizer samples large pages too).
_DETECT_SAMPLE = 65536


def _detect(data: bytes) -> tuple[str, str, float] | None:
    """Detect the encoding with charset-normalizer: ``(text, encoding, mess)`` or None.

    The page's own declaration is not consulted (``preemptive_behaviour=False``): detection is
    the second opinion on it. Among readings as clean as the best, a mostly-ASCII (English) page
    is read in the one whose non-ASCII characters are the punctuation English text uses (curly
    quotes, dashes): an English page in GBK has only those, which Korean or Big5 code pages read
    as other symbols, letters or CJK brackets. Other ties (the same chaos and language coherence)
    go to the encoding publishers serve more often (``_PREFERRED``: cp1252 before cp1250).
    """
    from charset_normalizer import from_bytes  # local: heavy, needed only for legacy pages

    matches = list(from_bytes(data, cp_exclusion=list(_NEVER_SERVED), preemptive_behaviour=False))
    if not matches:
        return None
    best = matches[0]
    clean = [m for m in matches if m.chaos <= best.chaos + 0.01]
    if len(clean) > 1 and _ascii_share(data) > 0.9:
        best = max(clean, key=lambda m: (_english_punctuation_score(str(m)), -_preference(m.encoding)))
    elif len(clean) > 1:
        tied = [m for m in clean if m.coherence >= best.coherence - 0.01]
        best = min(tied, key=lambda m: _preference(m.encoding))
    return str(best), best.encoding, best.chaos


#: Encodings in the order publishers serve them, for breaking ties between equally clean readings.
_PREFERRED = (
    "utf_8", "cp1252", "gb18030", "cp1251", "shift_jis", "cp932", "euc_jp", "big5", "euc_kr",
    "cp949", "koi8_r", "koi8_u", "iso8859_1", "iso8859_15", "cp1250", "iso8859_2", "cp1256",
    "iso8859_6", "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1255", "iso8859_8", "iso8859_5",
)  # fmt: skip


def _preference(encoding: str) -> int:
    return _PREFERRED.index(encoding) if encoding in _PREFERRED else len(_PREFERRED)


def _ascii_share(data: bytes) -> float:
    sample = data[:_DETECT_SAMPLE]
    return len(sample.translate(None, _HIGH_BYTES)) / max(len(sample), 1)


#: Non-ASCII characters English pages use most: dashes, curly quotes, ellipsis, currency signs.
_ENGLISH_MARKS = frozenset("\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0\u00a3\u20ac\u00b7\u2022\u00e9")


def _english_punctuation_score(text: str) -> float:
    """How English the non-ASCII characters are: common marks count 1, other Latin-1 or general
    punctuation and symbols 0.5, anything else 0; the mean over the characters."""
    others = [ch for ch in text[:_DETECT_SAMPLE] if ord(ch) > 0x7F]
    if not others:
        return 1.0
    score = 0.0
    for ch in others:
        if ch in _ENGLISH_MARKS:
            score += 1.0
        elif (0xA0 <= ord(ch) <= 0xBF or 0x2000 <= ord(ch) <= 0x206F) and unicodedata.category(ch)[
            0
        ] in "PSZ":
            score += 0.5
    return score / len(others)


_ASCII_RUN = re.compile(rb"[\x00-\x7f]+")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ASCII_CONTROL_BYTES = bytes(c for c in range(0x80) if _ASCII_CONTROL.match(chr(c)))


def _mostly_controls(text: str) -> bool:
    sample = text[:8192]
    # Read as UTF-8 (one byte a character for ASCII; a regex over a str holding one curly quote
    # reads two bytes a character): the ASCII controls are the bytes translate deletes (no other
    # character's UTF-8 holds a byte below 0x80), and only the non-ASCII characters are asked their
    # category.
    data = sample.encode("utf-8", "surrogatepass")
    bad = len(data) - len(data.translate(None, _ASCII_CONTROL_BYTES))
    if not sample.isascii():
        wide = _ASCII_RUN.sub(b"", data).decode("utf-8", "surrogatepass")
        bad += sum(1 for ch in wide if unicodedata.category(ch) in ("Cc", "Co", "Cn"))
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
        label = name or str(Path(data))
        return _read_path(Path(data), label), label
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


def _read_path(path: Path, label: str) -> bytes:
    """Read a regular file, at most ``MAX_BYTES + 1`` bytes whatever its size claims to be.

    The file is opened without blocking and checked before any read: a FIFO with no writer or a
    device (``/dev/zero`` reports size 0 and never ends) is refused instead of read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError("no such file", source=label) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", source=label) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=label) from None
    except ValueError as exc:  # a NUL byte in the path
        raise InputError(f"invalid path: {exc}", source=label) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError("is a directory, not a file", source=label)
        if not stat.S_ISREG(mode):
            raise InputError(f"is a {_file_kind(mode)}, not a regular file", source=label)
        with os.fdopen(fd, "rb", closefd=False) as stream:
            raw = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=label) from None
    finally:
        os.close(fd)
    if len(raw) > MAX_BYTES:
        raise InputError(f"file is more than the {MAX_BYTES} bytes a page may have", source=label)
    return raw


def _file_kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "named pipe (FIFO)"), (stat.S_ISCHR, "character device"),
             (stat.S_ISBLK, "block device"), (stat.S_ISSOCK, "socket"))  # fmt: skip
    return next((kind for test, kind in kinds if test(mode)), "special file")


#: Characters a URL cannot hold: controls, spaces, lone surrogates (bytes that were not UTF-8).
_BAD_URL_CHARACTER = re.compile("[\x00-\x20\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def check_url(url: str | None, *, source: str | None = None) -> str | None:
    """Return ``url`` stripped, or refuse one that no page could have been published at.

    Raises:
        InputError: the URL holds control characters, spaces, bytes that are not UTF-8, or is
            longer than 8,192 characters.
    """
    if url is None:
        return None
    url = url.strip()
    bad = _BAD_URL_CHARACTER.search(url)
    if bad:
        char = bad.group()
        raise InputError(
            f"invalid URL: character U+{ord(char):04X} at position {bad.start()} "
            "(a URL holds no control characters, spaces or undecodable bytes)",
            source=source,
        )
    if len(url) > 8192:
        raise InputError(f"invalid URL: {len(url)} characters long (at most 8192)", source=source)
    return url or None


def load(data: Loadable, *, url: str | None = None, name: str | None = None) -> Document:
    """Read a page into a Document.

    Args:
        data: the page as ``str``, ``bytes``, a path (``pathlib.Path`` or other ``os.PathLike``;
            a plain ``str`` is always page text, never a path), a file object (binary, or text
            mode), or an existing ``Document`` (returned with ``url`` filled in if given).
        url: where the page was published; adapters use it to recognise their pages.
        name: what to call the input in error messages (defaults to the path).

    Raises:
        InputError: empty, unreadable or binary input; a path that is not a regular file (a
            FIFO, a device); an invalid ``url``.
        DecodeError: bytes that decode in no encoding.
    """
    url = check_url(url, source=name)
    if isinstance(data, Document):
        return attrs.evolve(data, url=url or data.url, name=name or data.name)
    raw, label = _read_source(data, name)
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    if isinstance(raw, bytes):
        if len(raw) > MAX_BYTES:
            raise InputError(f"input is more than the {MAX_BYTES} bytes a page may have", source=label)
        text, encoding, warnings = _decode(raw, label)
    else:
        text = raw
    if _mostly_controls(text):
        raise DecodeError("binary data, not a text or HTML page", source=label)
    text = normalize_text(text)
    if not text or text.isspace():  # as `not text.strip()`, without copying the page
        raise InputError("empty input", source=label)
    return Document(
        text=text, is_html=_is_html(text), url=url, name=label, encoding=encoding, warnings=warnings
    )
