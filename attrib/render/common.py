"""Helpers shared by the renderers and the baseline: spans as data, keys that survive edits."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from attrib.model import FileReport, Finding, Span

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

# Statements and findings are keyed by their text, not their line, so that a finding keeps its
# identity (baseline entry, SARIF fingerprint) when lines above it are added or removed.
_WHITESPACE = re.compile(r"\s+")


def fields_dict(item: DataclassInstance) -> dict[str, object]:
    """A model object's fields by name, in their order (not nested): the JSON contract names
    plain fields as the model does."""
    return {field.name: getattr(item, field.name) for field in dataclasses.fields(item)}


def span_to_dict(span: Span) -> dict[str, object]:
    """A span as in the JSON contract: start, end, line, column, text."""
    return fields_dict(span)


def end_position(span: Span, file: FileReport) -> tuple[int, int]:
    """1-based (line, column) just past the span's last character."""
    document = file.document
    if document is not None and span.end <= len(document.text):
        return document.locate(span.end)
    # Without the document, count lines inside the span's own text.
    newlines = span.text.count("\n")
    if newlines == 0:
        return span.line, span.column + len(span.text)
    return span.line + newlines, len(span.text) - span.text.rfind("\n")


# C0 and C1 controls (ESC starts terminal escape sequences) and the bidirectional overrides that
# can make text display in another order than it reads ("Trojan Source").
_UNSAFE: dict[int, str] = {code: "\ufffd" for code in (*range(0x20), *range(0x7F, 0xA0))}
_UNSAFE.update({ord(char): " " for char in "\t\n\r\v\f\x85"})
_UNSAFE.update({code: "\ufffd" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def clean(text: str) -> str:
    """``text`` with control characters and bidi overrides replaced, on one line (for the
    formats a person reads: the table and Markdown)."""
    return text.translate(_UNSAFE)


# A line that, once the runner strips leading whitespace (and any colour codes), starts with
# "::": GitHub Actions would run it as a workflow command ("::warning::", "::add-mask::", ...).
# Whitespace and colour codes may come in any order ("\x1b[1m ::x" from a bold heading), and
# the runner ends a line at a lone carriage return too (an old Mac file, a file name).
_COMMAND_LINE = re.compile(r"(?:^|(?<=\r))((?:[^\S\r\n]|\x1b\[[0-9;]*m)*):(?=:)", re.MULTILINE)


def defuse_workflow_commands(text: str, first_colon: str = ":\u200b") -> str:
    """``text`` with the first colon of any line that starts with "::" replaced by
    ``first_colon`` (by default a colon and a zero-width space; HTML passes ``&#58;``, which a
    browser shows as the colon it is), so that no CI runner reads article text or a file name as
    a workflow command."""
    return _COMMAND_LINE.sub(lambda match: match.group(1) + first_colon, text)


def normalise_text(text: str) -> str:
    """Whitespace collapsed and lowercased, so reflowing a paragraph keeps the key."""
    return _WHITESPACE.sub(" ", text).strip().lower()


def normalise_path(path: str) -> str:
    """A path as given on the command line, with ``./`` and separators made uniform."""
    return os.path.normpath(path).replace(os.sep, "/")


def finding_text(finding: Finding, file: FileReport) -> str:
    """The statement text a finding is about: its statement's content, else its own span."""
    if finding.statement is not None:
        for statement in file.statements:
            if statement.id == finding.statement:
                return statement.content.text
    return finding.span.text


def finding_key(finding: Finding, file: FileReport) -> tuple[str, str, str]:
    """(rule, path, normalised statement text): what identifies a finding across edits."""
    return (
        finding.rule,
        normalise_path(file.path),
        normalise_text(finding_text(finding, file)),
    )


def keyed_findings(file: FileReport) -> Iterator[tuple[Finding, tuple[str, str, str], int]]:
    """Each finding of a file with its key and how many earlier findings share that key."""
    seen: dict[tuple[str, str, str], int] = {}
    for finding in file.findings:
        key = finding_key(finding, file)
        index = seen.get(key, 0)
        seen[key] = index + 1
        yield finding, key, index


def fingerprint(key: tuple[str, str, str], occurrence: int) -> str:
    """A stable hex digest of a finding key and its occurrence index."""
    material = "\0".join((*key, str(occurrence)))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to at most ``limit`` characters with an ellipsis."""
    flat = _WHITESPACE.sub(" ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[: max(limit - 1, 0)]
    # End on a word boundary unless that would throw away more than a third of the room.
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip() + "…"
