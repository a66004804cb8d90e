"""The archive commands, ``attrib index`` and ``attrib sources``: parse options, call
`attrib.archive`, print. Registered on the ``attrib`` app by `attrib.cli`."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from attrib.cli_errors import EXIT_OK, EXIT_USAGE, error, fail
from attrib.cli_options import (
    ConfigOption,
    EngineOption,
    HtmlContentOption,
    MaxFileSizeOption,
    ModelOption,
    SchedulerOption,
    engine_problem,
    reading_options,
)
from attrib.config import ConfigError
from attrib.engines import EngineError, open_engine
from attrib.nlp import ModelNotFound
from attrib.profile import Profile
from attrib.profiles import Profiles
from attrib.rules import RULES_BY_ID

# Rows `attrib sources` lists unless told otherwise (attrib.archive, pyarrow and DuckDB are
# imported only when an archive command runs: `attrib check` does not pay for them).
DEFAULT_LIMIT = 50


@contextmanager
def progress_bar(total: int | None) -> Iterator[Callable[[], None]]:
    """A callback to call per file done: a bar on stderr when it is a terminal and there are
    more than a few files (``total`` None: a count, for a walk whose size is not known yet)."""
    if (total is not None and total <= 3) or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("checking", total=total)
        yield lambda: progress.advance(task)


def index_command(
    paths: Annotated[list[str], typer.Argument(help="Articles, folders or globs to index.")],
    db: Annotated[
        Path, typer.Option("--db", help="The sources database (a DuckDB file; made if missing).")
    ],
    engine: EngineOption = "local",
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Processes, or local Dask workers.")
    ] = 1,
    scheduler: SchedulerOption = None,
    model: ModelOption = None,
    config: ConfigOption = None,
    html_content: HtmlContentOption = "auto",
    max_file_size: MaxFileSizeOption = None,
) -> None:
    """Check new and changed articles and store who said what in the sources database.

    Files whose content and checker are unchanged since the last run are skipped.
    """
    from attrib.archive import DatabaseError, index_archive

    if (problem := engine_problem(engine, scheduler)) is not None:
        raise fail(problem)
    try:
        size_limit = reading_options(html_content, max_file_size)
    except ValueError as exc:
        raise fail(str(exc)) from None
    if "-" in paths:
        raise fail("standard input cannot be indexed: name files or folders")
    if any(Path(p).is_file() and Path(p).resolve() == db.resolve() for p in paths):
        raise fail(f"{db}: is one of the inputs; refusing to write the database over it")
    try:
        profiles = Profiles(config)
        run = profiles.for_path(paths[0]).with_model(model).with_max_file_size(size_limit)
        with (
            open_engine(engine, jobs=jobs, scheduler=scheduler, model=run.model) as chosen,
            progress_bar(None) as advance,
        ):
            result = index_archive(
                paths, db, profiles, run, chosen, progress=advance, html_content=html_content
            )
    except (ConfigError, DatabaseError, EngineError, ModelNotFound) as exc:
        raise fail(str(exc)) from None
    for unread in result.errors:
        error(f"{unread.path}: {unread.error}")
    typer.echo(
        f"{db}: indexed {result.indexed} articles ({result.new} new, {result.changed} changed), "
        f"skipped {result.unchanged} unchanged, {len(result.errors)} could not be indexed"
    )
    raise typer.Exit(EXIT_USAGE if result.errors else EXIT_OK)


def sources_command(
    db: Annotated[Path, typer.Option("--db", help="The sources database to query.")],
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", help="List this person's statements (a name or part of one)."),
    ] = None,
    rule: Annotated[
        str | None, typer.Option("--rule", help="Only statements this rule flagged.")
    ] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="Only statements that came through this outlet.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: table, json.")] = (
        "table"
    ),
    limit: Annotated[
        int, typer.Option("--limit", min=1, help="At most this many rows.")
    ] = DEFAULT_LIMIT,
) -> None:
    """Who is quoted in the archive and how often, with kinds and flags; with --speaker, that
    person's statements across the archive, with paths and lines."""
    from attrib.archive import DatabaseError, Filters, sources
    from attrib.render.sources import SOURCES_FORMATS, render_sources

    if fmt not in SOURCES_FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(SOURCES_FORMATS)}")
    if rule is not None and rule not in RULES_BY_ID:
        raise fail(f"unknown rule {rule!r}; `attrib rules` lists them")
    try:
        view = sources(db, Filters(speaker, rule, outlet), limit=limit)
    except DatabaseError as exc:
        raise fail(str(exc)) from None
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    sys.stdout.write(render_sources(view, fmt, color=color))


def against_archive(
    db: Path, run: Profile, per_document: Sequence[Profile]
) -> tuple[Profile, list[Profile]]:
    """``check --against DB``: the profiles, looking quotes up in ``db`` (which must open)."""
    from attrib.archive import DatabaseError
    from attrib.archive.schema import connect

    try:
        connect(db).close()
    except DatabaseError as exc:
        raise fail(str(exc)) from None
    where = str(db.resolve())
    return run.with_against(where), [own.with_against(where) for own in per_document]
