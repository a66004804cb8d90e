"""Decoding a web page: the byte-order mark, then the page's own declaration, then detection.

The order is the HTML standard's (minus the HTTP header, which a saved file no longer has):

1. a byte-order mark (UTF-8, UTF-16 LE/BE) decides;
2. ``<meta charset="...">`` or ``<meta http-equiv="Content-Type" content="...; charset=...">``
   in the first 4 KiB; labels are mapped as browsers map them (``iso-8859-1``, ``latin1`` and
   ``ascii`` mean windows-1252; a declared UTF-16 on a page without a BOM means UTF-8);
3. otherwise UTF-8 if the bytes are valid UTF-8;
4. otherwise charset-normalizer's best guess when the page has enough non-ASCII bytes to tell
   (64), and windows-1252 (what browsers assume for an undeclared legacy page) when it has
   not or the detector finds nothing.

A declaration the bytes contradict (a page that says UTF-8 but is not) falls through to 3 and 4.
Offsets everywhere in attrib are into the text decoded this way (code points, the BOM removed).
"""

from __future__ import annotations

import codecs
import re

from attrib.reading.common import ReadError
from attrib.reading.text import refuse_binary

_PRESCAN = 4096
# Non-ASCII bytes an undeclared page needs before detection is trusted over windows-1252.
_EVIDENCE = 64
_META_CHARSET = re.compile(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:()\-]+)""", re.IGNORECASE
)
# WHATWG Encoding Standard: labels whose meaning on the web differs from Python's codec.
_WEB_LABELS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def declared(data: bytes) -> str | None:
    """The Python codec the page's ``<meta>`` declares in its first 4 KiB, if Python knows it."""
    match = _META_CHARSET.search(data[:_PRESCAN])
    if match is None:
        return None
    label = match.group(1).decode("ascii").strip().lower()
    label = _WEB_LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_page(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of a web page's bytes, by the order in the module docstring.

    Raises `ReadError` for an empty page or a binary file (NUL or many control bytes where
    there is no UTF-16 byte-order mark).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            return _checked(text), encoding
    refuse_binary(data)
    stated = declared(data)
    if stated is not None:
        try:
            return _checked(data.decode(stated)), stated
        except UnicodeDecodeError:
            pass
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _detect(data)
    return _checked(data.decode(encoding, errors="replace")), encoding


def _detect(data: bytes) -> str:
    # A few accented letters are too little for any detector to tell encodings apart (a short
    # "café" reads as valid Chinese too); windows-1252 is what browsers assume then.
    if sum(1 for byte in data[:200_000] if byte >= 0x80) < _EVIDENCE:
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return "cp1252"
    return codecs.lookup(best.encoding).name


def _checked(text: str) -> str:
    if not text.strip():
        raise ReadError("empty file")
    return text
