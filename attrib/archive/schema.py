"""The sources database's schema: every table and column, in one place, with its version.

The column lists below define both the SQL tables and the Arrow schemas that bulk inserts use,
so the two cannot drift apart. A database records its ``schema_version``; opening one built with
another version is an error that says to rebuild it (the archive is the source of truth, the
database is derived from it).

Tables (one row per ...):

- ``articles``: indexed file: ``path`` (absolute), ``hash`` of its bytes, ``checker`` (attrib
  version and model: a new checker re-indexes), ``format``, ``title``, ``publication`` (the
  config's ``publication``, else the file's site name), ``published`` (a date when the file or
  its path states one), sizes and counts.
- ``statements``: statement: offsets, 1-based ``line``/``col``, ``text``, ``kind``, ``cue``,
  speaker (``speaker``, ``speaker_key`` for matching, ``speaker_kind``, description), ``outlet``
  and the rule ``flags`` raised on it.
- ``speakers``: speaker per article (the file's sources roster): kind, the description the
  article gives, statement count, outlets.
- ``outlets``: outlet per article, with the number of statements that came through it.
- ``findings``: finding: rule, severity, message, statement and position.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

if TYPE_CHECKING:
    import duckdb

SCHEMA_VERSION = 1

Column = tuple[str, str, pa.DataType]
# The Arrow type a bulk insert gives each SQL type.
_ARROW: dict[str, pa.DataType] = {
    "BIGINT": pa.int64(),
    "INTEGER": pa.int32(),
    "VARCHAR": pa.string(),
    "VARCHAR[]": pa.list_(pa.string()),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}
# Where a span stands in its article (start, end, line, column, text): statements and findings
# both have one.
_SPAN = "char_start INTEGER, char_end INTEGER, line INTEGER, col INTEGER, text VARCHAR"
SPAN_COLUMNS = tuple(column.split()[0] for column in _SPAN.split(","))


def _columns(sql: str) -> tuple[Column, ...]:
    """A table's columns from their SQL (``name TYPE [NOT NULL], ...``), after ``article_id``.

    Every table's rows belong to one article, so every table starts with its id.
    """
    columns = []
    for definition in f"article_id BIGINT NOT NULL, {sql}".split(","):
        name, kind = definition.split(maxsplit=1)
        columns.append((name, kind, _ARROW[kind.removesuffix(" NOT NULL")]))
    return tuple(columns)


TABLES: dict[str, tuple[Column, ...]] = {
    "articles": _columns(
        "path VARCHAR NOT NULL, hash VARCHAR NOT NULL, checker VARCHAR NOT NULL, format VARCHAR, "
        "title VARCHAR, publication VARCHAR, published DATE, chars INTEGER, statements INTEGER, "
        "findings INTEGER, indexed_at TIMESTAMP"
    ),
    "statements": _columns(
        f"statement_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, {_SPAN}, cue VARCHAR, "
        "speaker VARCHAR, speaker_key VARCHAR, speaker_kind VARCHAR, speaker_description VARCHAR, "
        "outlet VARCHAR, flags VARCHAR[]"
    ),
    "speakers": _columns(
        "name VARCHAR NOT NULL, kind VARCHAR, description VARCHAR, statements INTEGER, "
        "outlets VARCHAR[]"
    ),
    "outlets": _columns("name VARCHAR NOT NULL, statements INTEGER"),
    "findings": _columns(
        "rule VARCHAR NOT NULL, severity VARCHAR, message VARCHAR, statement_id VARCHAR, " + _SPAN
    ),
}


class DatabaseError(RuntimeError):
    """The database cannot be opened or was built by another schema version."""


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table``'s rows, for bulk inserts."""
    return pa.schema([(name, kind) for name, _, kind in TABLES[table]])


def _create(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for table, columns in TABLES.items():
        body = ", ".join(f"{name} {sql}" for name, sql, _ in columns)
        con.execute(f"CREATE TABLE {table} ({body})")
    con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


def connect(path: Path, *, create: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database at ``path`` (read-only unless ``create``: then made if missing)."""
    import duckdb

    fresh = not path.exists()
    if fresh and not create:
        raise DatabaseError(f"{path}: no such database (build it with `attrib index`)")
    try:
        con = duckdb.connect(str(path), read_only=not create)
    except (duckdb.Error, OSError) as exc:
        raise DatabaseError(f"{path}: cannot open database: {str(exc).splitlines()[0]}") from None
    if fresh:
        with transaction(con):
            _create(con)
        return con
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        found = row[0] if row else None
    except duckdb.CatalogException:
        found = None  # no meta table: some other DuckDB database
    if found != str(SCHEMA_VERSION):
        con.close()
        what = f"schema version {found}" if found else "not an attrib sources database"
        raise DatabaseError(
            f"{path}: {what}; this attrib writes version {SCHEMA_VERSION}: "
            "index the archive into a new database"
        )
    return con


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN ... COMMIT, or ROLLBACK when the block raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
