"""``--format csv``: one row per statement, for spreadsheets.

A file that could not be checked gives one row holding its path and the error.
"""

from __future__ import annotations

import csv
import io

from attrib.model import Report, Statement
from attrib.verification.evidence import changes, where

HEADER: tuple[str, ...] = (
    "path",
    "id",
    "line",
    "column",
    "kind",
    "content",
    "speaker",
    "speaker_kind",
    "description",
    "outlet",
    "cue",
    "flags",
    # Quote verification (empty without sources): verdict, score, source path:line:column, who
    # says it there, and the diff's edits.
    "verification",
    "verification_score",
    "verification_source",
    "verification_speaker",
    "verification_changes",
    # Last, so that a failed file's row is its path, blanks and the error.
    "error",
)

# Spreadsheet formula injection: Excel, LibreOffice and Google Sheets run a cell that starts
# with one of these as a formula (OWASP "CSV Injection"); article text is untrusted, so such a
# cell gets a leading apostrophe, which spreadsheets show as text and do not display. Tab and
# carriage return are on OWASP's list too.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str | None) -> str:
    if value is None:
        return ""
    if value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _row(path: str, statement: Statement) -> list[object]:
    speaker = statement.speaker
    return [
        _cell(path),
        _cell(statement.id),
        statement.content.line,
        statement.content.column,
        _cell(statement.kind),
        _cell(statement.content.text),
        _cell(None if speaker is None else speaker.name),
        _cell(None if speaker is None else speaker.kind),
        _cell(None if speaker is None else speaker.description),
        _cell(None if statement.outlet is None else statement.outlet.name),
        _cell(None if statement.cue is None else statement.cue.text),
        _cell(";".join(statement.flags)),
        *_verification(statement),
        "",
    ]


def _verification(statement: Statement) -> list[object]:
    verification = statement.verification
    if verification is None:
        return ["", "", "", "", ""]
    return [
        verification.status,
        verification.score,
        _cell(where(verification.source) if verification.source else None),
        _cell(verification.speaker),
        _cell(changes(verification)),
    ]


def render(report: Report) -> str:
    """A header row, then one row per statement (RFC 4180 quoting, CRLF line ends)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for file in report.files:
        if file.error is not None:
            writer.writerow([_cell(file.path), *[""] * (len(HEADER) - 2), _cell(file.error)])
            continue
        for statement in file.statements:
            writer.writerow(_row(file.path, statement))
    return buffer.getvalue()
