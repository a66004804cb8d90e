"""What every reader shares: the error type, the blank-out helpers, attrib's own comments."""

from __future__ import annotations

import re
from collections.abc import Callable

from attrib.model import Document

# attrib's suppression comments survive blanking so the rules engine can find them in `text`.
ATTRIB_COMMENT = re.compile(r"<!--\s*attrib:\s*(?:disable|enable|ignore)\b[^\n]*?-->")

_LINE_BREAKS = "\r\n"


class ReadError(Exception):
    """An input that cannot be read; ``str()`` is a one-line message such as ``binary file``."""


def blank(chunk: str) -> str:
    """``chunk`` with every character but line breaks turned into a space."""
    if "\n" not in chunk and "\r" not in chunk:
        return " " * len(chunk)
    return "".join(c if c in _LINE_BREAKS else " " for c in chunk)


def blanked_copy(text: str) -> list[str]:
    """A mutable, fully blanked copy of ``text`` into which readers write back the prose."""
    return list(blank(text))


def keep(out: list[str], text: str, start: int, end: int) -> None:
    """Copy ``text[start:end]`` back into ``out`` unchanged."""
    out[start:end] = text[start:end]


def pad(decoded: str, length: int) -> str | None:
    """``decoded`` padded with spaces to ``length``, or None when it does not fit."""
    if not decoded or len(decoded) > length:
        return None
    return decoded + " " * (length - len(decoded))


def blanked_document(
    path: str, text: str, format: str, blank_out: Callable[[str, tuple[int, ...]], str]
) -> Document:
    """A `Document` of ``text`` with what is not prose blanked in place by ``blank_out``: lines,
    columns and offsets stay the file's own."""
    line_starts = Document.from_text(path, text, format=format).line_starts
    return Document(
        path=path, text=blank_out(text, line_starts), format=format, line_starts=line_starts
    )
