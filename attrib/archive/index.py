"""Indexing an archive: check every new or changed article and store who said what.

Incremental: a file whose bytes hash as before, checked by the same attrib version and model,
is skipped without being parsed; a changed one has its old rows replaced. Reports are written
in transactions of a few hundred articles, so an interrupted run keeps what it finished and the
next run picks up where it stopped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from attrib import __version__
from attrib.archive.records import Article, tables
from attrib.archive.schema import TABLES, connect, transaction
from attrib.engines import Engine
from attrib.model import Document, FileReport
from attrib.profile import Profile
from attrib.profiles import Profiles
from attrib.reading import ReadError, expand_inputs, load_bytes, read_bytes

if TYPE_CHECKING:
    import duckdb

# Articles per transaction: big enough that the per-transaction cost vanishes, small enough
# that an interrupted run loses little.
COMMIT_EVERY = 256


@dataclass(frozen=True)
class IndexResult:
    """What one indexing run did."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    errors: tuple[FileReport, ...] = ()

    @property
    def indexed(self) -> int:
        return self.new + self.changed


@dataclass
class _Pending:
    """What the client keeps of a job until its report comes back."""

    document: Document
    hash: str
    old_id: int | None


@dataclass
class _Run:
    known: dict[str, tuple[str, str, int]]  # path -> (hash, checker, article id)
    checker: str
    model: str | None
    next_id: int
    submitted: int = 0
    pending: dict[int, _Pending] = field(default_factory=dict)
    errors: list[FileReport] = field(default_factory=list)
    unchanged: int = 0
    new: int = 0
    changed: int = 0


def checker(profile: Profile) -> str:
    """What produced an article's rows: a different checker re-indexes it."""
    return f"attrib {__version__}; model {profile.model or 'default'}"


def index_archive(
    args: Sequence[str],
    db: Path,
    profiles: Profiles,
    run: Profile,
    engine: Engine,
    *,
    progress: Callable[[], None] | None = None,
    html_content: str = "auto",
) -> IndexResult:
    """Index the articles that ``args`` name (files, folders, globs) into the database ``db``.

    ``profiles`` gives each file its profile (and the ``exclude`` setting); ``run`` chooses the
    pipeline and bounds every file's size (its ``max-file-size``, as ``attrib check`` does);
    ``html_content`` chooses what of a web page is read; ``engine`` runs the checks. Files that
    cannot be read or checked are returned as one-line errors; the rest are indexed.
    """
    con = connect(db, create=True)
    try:
        state = _Run(_known(con), checker(run), run.model, _next_id(con))
        reading = _Reading(html_content, run.settings.max_file_size)
        jobs = _jobs(args, profiles, state, reading, progress)
        batch: list[Article] = []
        for index, report in engine.run(jobs, run, total=None):
            item = state.pending.pop(index)
            if progress is not None:
                progress()
            if report.error is not None:
                state.errors.append(FileReport(item.document.path, error=report.error))
                continue
            batch.append(_article(state, item, report))
            if len(batch) >= COMMIT_EVERY:
                _store(con, batch)
                batch = []
        _store(con, batch)
    finally:
        con.close()
    return IndexResult(state.new, state.changed, state.unchanged, tuple(state.errors))


def _known(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str, int]]:
    rows = con.execute("SELECT path, hash, checker, article_id FROM articles").fetchall()
    return {path: (digest, made_by, ident) for path, digest, made_by, ident in rows}


def _next_id(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT coalesce(max(article_id), 0) FROM articles").fetchone()
    return int(row[0]) + 1 if row else 1


def _jobs(
    args: Sequence[str],
    profiles: Profiles,
    state: _Run,
    reading: _Reading,
    progress: Callable[[], None] | None,
) -> Iterator[tuple[Document, Profile]]:
    """The documents to check, read lazily; unchanged files and read errors never reach the
    engine (they are counted here)."""
    for path, problem in expand_inputs(args, profiles.excluded):
        if path == "-":
            problem = "standard input cannot be indexed: name files or folders"
        read = problem if problem is not None else _read(path, reading)
        if isinstance(read, str):
            state.errors.append(FileReport(path, error=read))
        elif state.known.get(read[0].path, ("", "", 0))[:2] == (read[1], state.checker):
            state.unchanged += 1
        else:
            document, digest = read
            old = state.known.get(document.path)
            profile = profiles.for_path(path).with_model(state.model)
            state.pending[state.submitted] = _Pending(document, digest, old and old[2])
            state.submitted += 1
            yield document, profile
            continue
        if progress is not None:
            progress()


@dataclass(frozen=True)
class _Reading:
    """How files are read: what of a web page, and the size past which a file is refused."""

    html_content: str
    max_file_size: int


def _read(path: str, how: _Reading) -> tuple[Document, str] | str:
    """The document (its path made absolute) and the hash of its bytes, or a one-line error."""
    shown = os.path.abspath(path)
    try:
        data = load_bytes(path, max_file_size=how.max_file_size)
        document = read_bytes(
            data,
            path,
            shown,
            html_content=how.html_content,
            max_file_size=how.max_file_size,
        )
        return document, hashlib.blake2b(data, digest_size=16).hexdigest()
    except ReadError as exc:
        return str(exc)


def _article(state: _Run, item: _Pending, report: FileReport) -> Article:
    if item.old_id is None:
        state.new += 1
    else:
        state.changed += 1
    ident = state.next_id
    state.next_id += 1
    return Article(ident, item.hash, state.checker, report, item.document, item.old_id)


def _store(con: duckdb.DuckDBPyConnection, articles: list[Article]) -> None:
    """Replace the rows of changed articles and add the new ones, in one transaction."""
    if not articles:
        return
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    incoming = tables(articles, now)
    gone = pa.table({"article_id": pa.array([a.old_id for a in articles if a.old_id], pa.int64())})
    with transaction(con):
        if gone.num_rows:
            con.register("gone", gone)
            for table in TABLES:
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT * FROM gone)")
            con.unregister("gone")
        for table, rows in incoming.items():
            con.register("incoming_rows", rows)
            con.execute(f"INSERT INTO {table} SELECT * FROM incoming_rows")
            con.unregister("incoming_rows")
