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

from attrib.archive.schema import TABLES, arrow_schema
from attrib.model import Document, FileReport

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


def _append(columns: dict[str, list[object]], **values: object) -> None:
    for name, column in columns.items():
        column.append(values[name])


def _add(rows: dict[str, dict[str, list[object]]], article: Article, now: dt.datetime) -> None:
    report, document, ident = article.report, article.document, article.id
    _append(
        rows["articles"],
        article_id=ident,
        path=document.path,
        hash=article.hash,
        checker=article.checker,
        format=document.format,
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
        speaker = st.speaker
        if st.outlet is not None:
            through[st.outlet.name] += 1
        _append(
            rows["statements"],
            article_id=ident,
            statement_id=st.id,
            kind=st.kind,
            char_start=st.content.start,
            char_end=st.content.end,
            line=st.content.line,
            col=st.content.column,
            text=st.content.text,
            cue=st.cue.text if st.cue is not None else None,
            speaker=speaker.name if speaker is not None else None,
            speaker_key=speaker_key(speaker.name) if speaker is not None else None,
            speaker_kind=speaker.kind if speaker is not None else None,
            speaker_description=speaker.description if speaker is not None else None,
            outlet=st.outlet.name if st.outlet is not None else None,
            flags=list(st.flags),
        )
    for source in report.sources:
        _append(
            rows["speakers"],
            article_id=ident,
            name=source.name,
            kind=source.kind,
            description=source.description,
            statements=source.statements,
            outlets=list(source.outlets),
        )
    for name, count in through.items():
        _append(rows["outlets"], article_id=ident, name=name, statements=count)
    for finding in report.findings:
        _append(
            rows["findings"],
            article_id=ident,
            rule=finding.rule,
            severity=finding.severity,
            message=finding.message,
            statement_id=finding.statement,
            char_start=finding.span.start,
            char_end=finding.span.end,
            line=finding.span.line,
            col=finding.span.column,
            text=finding.span.text,
        )
