"""Plain text: strict UTF-8, with the checks every text-based format shares."""

from __future__ import annotations

import codecs

from attrib.model import Document
from attrib.reading.common import ReadError

# Bytes that never appear in prose; tab, newlines, form feed and escape are left out.
_CONTROL = frozenset(range(0, 9)) | frozenset(range(14, 27)) | frozenset(range(28, 32)) | {11, 127}
# How much of a file the binary sniff looks at, and which share of control bytes means "binary".
_SNIFF = 8192
_BINARY_SHARE = 0.10


def refuse_binary(data: bytes) -> None:
    """Raise `ReadError` ("binary file") for NUL bytes or a start thick with control bytes."""
    if b"\x00" in data:
        raise ReadError("binary file")
    sample = data[:_SNIFF]
    if sample and sum(1 for byte in sample if byte in _CONTROL) > _BINARY_SHARE * len(sample):
        raise ReadError("binary file")


def decode(data: bytes) -> str:
    """Decode ``data`` as UTF-8 (a BOM stripped) or raise `ReadError` saying why not."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError("not valid UTF-8 (UTF-16 byte-order mark; save the file as UTF-8)")
    refuse_binary(data)
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + skip
        raise ReadError(f"not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset})") from None
    if not text.strip():
        raise ReadError("empty file")
    return text


def read_text(data: bytes, path: str) -> Document:
    """A plain-text `Document`: the decoded file, nothing normalised (CRLF stays)."""
    return Document.from_text(path, decode(data), format="text")
