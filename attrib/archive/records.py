"""Checked articles -> Arrow tables, one per database table, for bulk inserts.

Also the article's date, from the file's own metadata or its path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow as pa

from attrib.archive.schema import SPAN_COLUMNS, TABLES, arrow_schema
from attrib.model import Document, FileReport, Span, Speaker

# A date written into a path, as archives and URLs do: 2015/11/11, 2015-11-11, 2015_11_11.
_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/_](\d\d)[-/_](\d\d)(?!\d)")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d\d)-(\d\d)")
_NON_WORD = re.compile(r"[^\w\s'’-]+")
_SPACES = re.compile(r"\s+")


def speaker_key(name: str) -> str:
    """A name as the database matches it: lower case, punctuation dropped, single spaces."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", name.lower())).strip()


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None  # "2015-13-45" is not a date


def published(document: Document) -> dt.date | None:
    """The date the file states (front matter, HTML metadata), else one in its path."""
    if document.meta.date:
        found = _ISO_DATE.match(document.meta.date)
        if found and (day := _date(*found.groups())) is not None:
            return day
    for found in _PATH_DATE.finditer(document.path):
        if (day := _date(*found.groups())) is not None:
            return day
    return None


@dataclass(frozen=True)
class Article:
    """One checked article on its way into the database."""

    id: int
    hash: str
    checker: str
    report: FileReport
    document: Document
    old_id: int | None = None  # the rows this article replaces


def tables(articles: Sequence[Article], now: dt.datetime) -> dict[str, pa.Table]:
    """Every table's new rows for ``articles``, as Arrow tables in the schema's column order."""
    rows: dict[str, dict[str, list[object]]] = {
        table: {name: [] for name, _, _ in columns} for table, columns in TABLES.items()
    }
    for article in articles:
        _add(rows, article, now)
    return {
        table: pa.Table.from_pydict(columns, schema=arrow_schema(table))
        for table, columns in rows.items()
    }


def _append(columns: dict[str, list[object]], ident: int, item: object, **values: object) -> None:
    """One row of article ``ident``: ``values``, and for every other column the attribute of
    ``item`` that has the column's name (the schema names columns after the model's fields)."""
    values["article_id"] = ident
    for name, column in columns.items():
        column.append(values[name] if name in values else getattr(item, name))


def _add(rows: dict[str, dict[str, list[object]]], article: Article, now: dt.datetime) -> None:
    report, document, ident = article.report, article.document, article.id
    _append(
        rows["articles"],
        ident,
        document,  # path, format
        hash=article.hash,
        checker=article.checker,
        title=document.meta.title,
        publication=report.publication.name if report.publication is not None else None,
        published=published(document),
        chars=len(document.text),
        statements=len(report.statements),
        findings=len(report.findings),
        indexed_at=now,
    )
    through: Counter[str] = Counter()
    for st in report.statements:
        if st.outlet is not None:
            through[st.outlet.name] += 1
        _append(
            rows["statements"],
            ident,
            st,  # kind
            statement_id=st.id,
            **_span(st.content),
            cue=st.cue.text if st.cue is not None else None,
            **_speaker(st.speaker),
            outlet=st.outlet.name if st.outlet is not None else None,
            flags=list(st.flags),
        )
    for source in report.sources:
        _append(rows["speakers"], ident, source, outlets=list(source.outlets))
    for name, count in through.items():
        _append(rows["outlets"], ident, None, name=name, statements=count)
    for finding in report.findings:
        _append(
            rows["findings"], ident, finding, statement_id=finding.statement, **_span(finding.span)
        )


def _span(span: Span) -> dict[str, object]:
    """The schema's span columns (`SPAN_COLUMNS`)."""
    values = (span.start, span.end, span.line, span.column, span.text)
    return dict(zip(SPAN_COLUMNS, values, strict=True))


def _speaker(speaker: Speaker | None) -> dict[str, object]:
    """A statement's speaker columns (all empty when it has none)."""
    if speaker is None:
        return dict.fromkeys(("speaker", "speaker_key", "speaker_kind", "speaker_description"))
    return {
        "speaker": speaker.name,
        "speaker_key": speaker_key(speaker.name),
        "speaker_kind": speaker.kind,
        "speaker_description": speaker.description,
    }
