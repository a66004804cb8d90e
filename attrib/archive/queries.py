"""Questions asked of the sources database: who is quoted and how often, and what one person
said across the archive. Every value reaches DuckDB as a parameter, never inside the SQL text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from attrib.archive.records import speaker_key

if TYPE_CHECKING:
    import duckdb


@dataclass(frozen=True)
class Filters:
    """Which statements to look at: by speaker name (a whole name or whole words of it, any
    case), by a rule that flagged them, by the outlet they came through."""

    speaker: str | None = None
    rule: str | None = None
    outlet: str | None = None

    def where(self) -> tuple[str, list[object]]:
        """The SQL condition on ``statements`` and its parameters."""
        clauses: list[str] = ["TRUE"]
        values: list[object] = []
        if self.speaker is not None:
            # Whole words of the name: "Trump" finds "Donald Trump", not "Trumpeter".
            clauses.append("contains(' ' || s.speaker_key || ' ', ' ' || ? || ' ')")
            values.append(speaker_key(self.speaker))
        if self.rule is not None:
            clauses.append("list_contains(s.flags, ?)")
            values.append(self.rule)
        if self.outlet is not None:
            clauses.append("lower(s.outlet) = lower(?)")
            values.append(self.outlet)
        return " AND ".join(clauses), values


@dataclass(frozen=True)
class Totals:
    """Counts over the statements the filters chose."""

    articles: int
    statements: int
    attributed: int
    anonymous: int
    via_outlet: int
    flagged: int


@dataclass(frozen=True)
class SourceRow:
    """One speaker across the archive."""

    name: str
    kind: str
    statements: int
    articles: int
    direct: int
    indirect: int
    mixed: int
    via_outlet: int
    flags: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class QuotedStatement:
    """One statement in the archive, where it is and how it was attributed."""

    path: str
    line: int
    column: int
    kind: str
    text: str
    cue: str | None
    speaker: str | None
    speaker_kind: str | None
    description: str | None
    outlet: str | None
    flags: tuple[str, ...]
    publication: str | None
    published: str | None


_FROM = "FROM statements s JOIN articles a USING (article_id)"


def totals(con: duckdb.DuckDBPyConnection, filters: Filters) -> Totals:
    where, values = filters.where()
    row = con.execute(
        f"""SELECT count(DISTINCT s.article_id), count(*), count(s.speaker),
            count(*) FILTER (WHERE s.speaker_kind = 'anonymous'), count(s.outlet),
            count(*) FILTER (WHERE len(s.flags) > 0)
            {_FROM} WHERE {where}""",
        values,
    ).fetchone()
    return Totals(*(int(v or 0) for v in row)) if row else Totals(0, 0, 0, 0, 0, 0)


def roster(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int) -> list[SourceRow]:
    """The most quoted speakers first (ties by name), with their rule flags counted."""
    where, values = filters.where()
    rows = con.execute(
        f"""SELECT s.speaker, s.speaker_kind, count(*) AS n, count(DISTINCT s.article_id),
            count(*) FILTER (WHERE s.kind = 'direct'), count(*) FILTER (WHERE s.kind = 'indirect'),
            count(*) FILTER (WHERE s.kind = 'mixed'), count(s.outlet)
            {_FROM} WHERE s.speaker IS NOT NULL AND {where}
            GROUP BY s.speaker, s.speaker_kind ORDER BY n DESC, s.speaker, s.speaker_kind
            LIMIT ?""",
        [*values, limit],
    ).fetchall()
    if not rows:
        return []
    flags: dict[tuple[str, str], Counter[str]] = {}
    for name, kind, flag, count in con.execute(
        f"""SELECT s.speaker, s.speaker_kind, f.flag, count(*)
            {_FROM}, unnest(s.flags) AS f(flag)
            WHERE s.speaker IS NOT NULL AND {where}
            GROUP BY ALL""",
        values,
    ).fetchall():
        flags.setdefault((name, kind), Counter())[flag] = int(count)
    return [
        SourceRow(
            name=name,
            kind=kind,
            statements=int(n),
            articles=int(articles),
            direct=int(direct),
            indirect=int(indirect),
            mixed=int(mixed),
            via_outlet=int(via_outlet),
            flags=dict(sorted(flags.get((name, kind), Counter()).items())),
        )
        for name, kind, n, articles, direct, indirect, mixed, via_outlet in rows
    ]


def statements(
    con: duckdb.DuckDBPyConnection, filters: Filters, limit: int
) -> list[QuotedStatement]:
    """The chosen statements, oldest article first (undated last), then by path and position."""
    where, values = filters.where()
    rows = con.execute(
        f"""SELECT a.path, s.line, s.col, s.kind, s.text, s.cue, s.speaker, s.speaker_kind,
            s.speaker_description, s.outlet, s.flags, a.publication, a.published
            {_FROM} WHERE {where}
            ORDER BY a.published NULLS LAST, a.path, s.char_start LIMIT ?""",
        [*values, limit],
    ).fetchall()
    return [
        QuotedStatement(
            path=path,
            line=int(line),
            column=int(col),
            kind=kind,
            text=text,
            cue=cue,
            speaker=speaker,
            speaker_kind=speaker_kind,
            description=description,
            outlet=outlet,
            flags=tuple(flags or ()),
            publication=publication,
            published=published.isoformat() if published is not None else None,
        )
        for (
            path,
            line,
            col,
            kind,
            text,
            cue,
            speaker,
            speaker_kind,
            description,
            outlet,
            flags,
            publication,
            published,
        ) in rows
    ]
