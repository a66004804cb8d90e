"""The sources database: an archive's statements, speakers, outlets and findings in DuckDB.

``index_archive(paths, db, ...)`` checks new and changed articles and stores them;
``sources(db, filters)`` answers "who is quoted, how often, with which flags" or, for one
speaker, "what did they say, where". `attrib.archive.earlier` looks a draft's quotes up among
the archive's earlier ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from attrib.archive import queries
from attrib.archive.index import IndexResult, index_archive
from attrib.archive.queries import Filters, QuotedStatement, SourceRow, Totals
from attrib.archive.schema import SCHEMA_VERSION, DatabaseError, connect

# Rows a listing returns unless told otherwise.
DEFAULT_LIMIT = 50  # attrib.cli_archive repeats it so that the CLI need not import DuckDB


@dataclass(frozen=True)
class SourcesView:
    """The answer to ``attrib sources``: totals over the chosen statements, and either the
    speakers (``roster``) or, when a speaker was asked for, their statements."""

    filters: Filters
    totals: Totals
    roster: tuple[SourceRow, ...] = ()
    statements: tuple[QuotedStatement, ...] = ()


class Archive:
    """An open sources database, for asking many questions over one connection."""

    def __init__(self, db: Path) -> None:
        self.con = connect(db)

    def sources(self, filters: Filters, *, limit: int = DEFAULT_LIMIT) -> SourcesView:
        """Who is quoted and how often, or (``filters.speaker``) what that speaker said across
        the archive, oldest first, with paths and lines."""
        totals = queries.totals(self.con, filters)
        if filters.speaker is not None:
            found = tuple(queries.statements(self.con, filters, limit))
            return SourcesView(filters, totals, statements=found)
        return SourcesView(filters, totals, roster=tuple(queries.roster(self.con, filters, limit)))

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def sources(db: Path, filters: Filters, *, limit: int = DEFAULT_LIMIT) -> SourcesView:
    """`Archive.sources` on the database at ``db``, opened for this one question. Raises
    `DatabaseError`."""
    with Archive(db) as archive:
        return archive.sources(filters, limit=limit)


__all__ = [
    "DEFAULT_LIMIT",
    "SCHEMA_VERSION",
    "Archive",
    "DatabaseError",
    "Filters",
    "IndexResult",
    "QuotedStatement",
    "SourceRow",
    "SourcesView",
    "Totals",
    "index_archive",
    "sources",
]
