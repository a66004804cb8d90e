"""The ``attrib`` command: parses options, calls the library, picks a renderer."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Annotated, TextIO

import typer

from attrib import __version__
from attrib.api import Batch, prepare, real_path
from attrib.baseline import Baseline, apply_baseline, load_baseline, write_baseline
from attrib.cli_archive import against_archive, index_command, progress_bar, sources_command
from attrib.cli_help import HelpCommand, HelpGroup
from attrib.cli_options import (
    ConfigOption,
    EngineOption,
    HtmlContentOption,
    JsonOption,
    MaxFileSizeOption,
    ModelOption,
    SchedulerOption,
    engine_problem,
    reading_options,
)
from attrib.config import FAIL_ON_CHOICES, ConfigError, Settings
from attrib.engines import EngineError, open_engine
from attrib.exit_status import exit_code, exit_reason
from attrib.model import FileReport, Report, ToolInfo
from attrib.nlp import ModelNotFound
from attrib.profile import Profile, Profiles, build_profile
from attrib.render import FORMATS, render, rule_infos, write_atomic
from attrib.rules import rule_info

app = typer.Typer(
    help="Check quoted and reported statements in news articles: who said it, through which "
    "outlet, and what an editor would question.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=HelpGroup,
)

# Usage, config and input errors; findings use `attrib.api.exit_code`.
EXIT_USAGE = 2


def _error(message: str) -> None:
    typer.echo(f"attrib: {message}", err=True)


@contextmanager
def _usage_errors(*errors: type[Exception]) -> Iterator[None]:
    """The library's ``errors`` raised inside become a one-line message and exit code 2."""
    try:
        yield
    except errors as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"attrib {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """attrib: a source-attribution checker for news writing."""


def _use_color(output: Path | None) -> bool:
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def emit(report: Report, fmt: str, output: Path | None, **options: object) -> None:
    """Render the report and write it to stdout or, atomically, to ``output``."""
    text = render(report, fmt, color=_use_color(output), **options)  # type: ignore[arg-type]
    if output is None:
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    else:
        write_atomic(output, text if text.endswith("\n") else text + "\n")


@app.command(cls=HelpCommand)
def check(
    paths: Annotated[
        list[str],
        typer.Argument(metavar="PATH", help="Articles, folders or globs; - reads stdin."),
    ],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATS)}.")
    ] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    model: ModelOption = None,
    stdin_name: Annotated[
        str | None,
        typer.Option("--stdin-name", help="Name (and format, by suffix) of what - reads."),
    ] = None,
    config: ConfigOption = None,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 at this severity or above: error, warning, "
            "info or never (default: config, else error).",
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Check files in this many processes.")
    ] = 1,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Report only findings not recorded in this baseline."),
    ] = None,
    write_baseline_to: Annotated[
        Path | None,
        typer.Option("--write-baseline", help="Record the current findings as a baseline."),
    ] = None,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
    sources: Annotated[
        list[str] | None,
        typer.Option(
            "--sources",
            metavar="<path>",
            help="Check quotes against this source material (file, folder or glob; repeat for "
            "more): transcripts, subtitles, PDFs, documents.",
        ),
    ] = None,
    verify_paraphrase: Annotated[
        bool,
        typer.Option(
            "--verify-paraphrase",
            help="With sources: show reported statements' likeliest source passage too.",
        ),
    ] = False,
    against: Annotated[
        Path | None,
        typer.Option(
            "--against",
            help="Look each quote up among the earlier quotes in this sources database "
            "(attrib index).",
        ),
    ] = None,
    html_content: HtmlContentOption = "auto",
    max_file_size: MaxFileSizeOption = None,
) -> None:
    """Find every quoted and reported statement, attribute it, and flag what to question."""
    try:
        size_limit = reading_options(html_content, max_file_size)
    except ValueError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    if (problem := engine_problem(engine, scheduler)) is not None:
        _error(problem)
        raise typer.Exit(EXIT_USAGE)
    if fmt not in FORMATS:
        _error(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    if fail_on is not None and fail_on not in FAIL_ON_CHOICES:
        _error(f"unknown --fail-on {fail_on!r}; choose one of {', '.join(FAIL_ON_CHOICES)}")
        raise typer.Exit(EXIT_USAGE)
    if stdin_name is not None and "-" not in paths:
        _error("--stdin-name names what - reads: add - to the paths")
        raise typer.Exit(EXIT_USAGE)
    # JSON Lines to a file from a cluster: each file read as the cluster takes it and written
    # as it finishes, so an archive of any size runs in flat memory.
    streamed = engine == "dask" and fmt == "jsonl" and output is not None
    with _usage_errors(ConfigError):
        batch = prepare(
            paths,
            config_file=config,
            model=model,
            stdin=sys.stdin.buffer.read,
            stdin_name=stdin_name,
            sources=sources,
            verify_paraphrase=verify_paraphrase,
            html_content=html_content,
            max_file_size=size_limit,
            lazy=streamed,
        )
    old = _load_baseline(baseline) if baseline is not None else None
    _refuse_to_overwrite(batch, output, write_baseline_to)
    for problem in batch.problems():
        _error(problem)
    if against is not None:
        run, own = against_archive(against, batch.profile, batch.profiles)
        batch = replace(batch, profile=run, profiles=tuple(own))
    report = _run(batch, engine, jobs, scheduler, output if streamed else None, old)
    if write_baseline_to is not None:
        _writing(write_baseline_to, lambda: write_baseline(report, write_baseline_to))
    if old is not None and not streamed:
        report = apply_baseline(report, old)
    # Writing a baseline accepts today's findings: only unreadable inputs fail the run.
    threshold = "never" if write_baseline_to is not None else fail_on or batch.profile.fail_on
    if not streamed:
        note = exit_reason(report, threshold)
        _writing(
            output,
            lambda: emit(report, fmt, output, rules=rule_infos(batch.profile), exit_note=note),
        )
    raise typer.Exit(exit_code(report, threshold))


def _run(
    batch: Batch,
    engine: str,
    jobs: int,
    scheduler: str | None,
    stream_to: Path | None,
    old: Baseline | None,
) -> Report:
    """The report in input order; with ``stream_to``, JSON Lines written there as files finish
    (the baseline applied on the way) and only what the exit status and ``--write-baseline``
    need kept of each file (`_findings_only`), so memory stays flat over an archive (the
    batch is then lazy: files are read as the engine takes them)."""
    with (
        _usage_errors(EngineError, ModelNotFound),
        open_engine(engine, jobs=jobs, scheduler=scheduler, model=batch.profile.model) as runner,
        progress_bar(len(batch.inputs)) as advance,
    ):
        checked = batch.check(runner, ordered=stream_to is None, progress=advance)
        if stream_to is None:
            # The engine names the pipeline: a cluster's client never loads spaCy itself.
            return Report(batch.tool_info(runner), tuple(checked))
        tool = ToolInfo("attrib", __version__, "")  # JSON Lines carry no tool header
        kept: list[FileReport] = []
        # Files are read as they go: a read error is told when met (others were told before).
        told = {item.path for item in batch.inputs if isinstance(item, FileReport)}
        with _opened(stream_to) as out:
            for file in checked:
                if file.error is not None and file.path not in told:
                    _error(f"{file.path}: {file.error}")
                one = Report(tool, (replace(file, document=None),))
                one = apply_baseline(one, old) if old is not None else one
                out.write(render(one, "jsonl"))
                out.flush()
                kept.append(_findings_only(one.files[0]))
        return Report(tool, tuple(kept))


def _findings_only(file: FileReport) -> FileReport:
    """What the exit status and a baseline need of a file: its path, error and findings, and
    the statements those findings are about (a baseline keys a finding by its statement)."""
    about = {finding.statement for finding in file.findings}
    kept = tuple(statement for statement in file.statements if statement.id in about)
    return replace(file, statements=kept, sources=())


@contextmanager
def _opened(target: Path) -> Iterator[TextIO]:
    """``target`` open for writing; a file that cannot be written is a one-line error, exit 2."""
    try:
        handle = target.open("w", encoding="utf-8")
    except OSError as exc:
        _error(f"{target}: cannot write: {exc.strerror or exc}")
        raise typer.Exit(EXIT_USAGE) from None
    with handle:
        yield handle


def _writing(target: Path | None, write: Callable[[], None]) -> None:
    """Run ``write``; a file that cannot be written is a one-line error and exit code 2."""
    try:
        write()
    except OSError as exc:
        _error(f"{target or 'stdout'}: cannot write: {exc.strerror or exc}")
        raise typer.Exit(EXIT_USAGE) from None


def _refuse_to_overwrite(batch: Batch, *targets: Path | None) -> None:
    """Nothing the user gave us is ever modified: a report may not be written over an input or
    a source."""
    chosen = [real_path(target) for target in targets if target is not None]
    given = batch.given() if chosen else {}
    for target, real in zip((t for t in targets if t is not None), chosen, strict=True):
        if real in given:
            what = given[real]
            _error(f"{target}: is one of the {what}; refusing to write the report over it")
            raise typer.Exit(EXIT_USAGE)


def _load_baseline(path: Path) -> Baseline:
    with _usage_errors(ValueError):
        return load_baseline(path)


def _profile(profiles: Profiles, path: str | None) -> Profile:
    """The profile of the config nearest ``path`` (or ``--config``); a bad config exits 2."""
    with _usage_errors(ConfigError):
        return profiles.for_path(path)


@app.command("rules", cls=HelpCommand)
def rules_command(
    rule_id: Annotated[str | None, typer.Argument(help="Print this rule's documentation.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List every rule (id, severity, summary), or print one rule's documentation."""
    info = {rule["id"]: rule for rule in rule_info()}
    if rule_id is not None and rule_id not in info:
        _error(f"unknown rule {rule_id!r}; `attrib rules` lists them")
        raise typer.Exit(EXIT_USAGE)
    chosen = [info[rule_id]] if rule_id else list(info.values())
    if as_json:
        typer.echo(json.dumps(chosen if rule_id is None else chosen[0], indent=2))
    elif rule_id is not None:
        typer.echo(f"{rule_id} ({chosen[0]['severity']})\n\n{chosen[0]['doc']}")
    else:
        width = max(len(rule["id"]) for rule in chosen)
        for rule in chosen:
            typer.echo(f"{rule['id']:<{width}}  {rule['severity']:<7}  {rule['summary']}")


@app.command("config", cls=HelpCommand)
def config_command(
    path: Annotated[Path | None, typer.Argument(help="File or folder (default: here).")] = None,
    config: ConfigOption = None,
) -> None:
    """Print the effective settings for PATH as JSON, and the file they come from."""
    if path is not None and not path.exists():
        _error(f"{path}: no such file or directory")
        raise typer.Exit(EXIT_USAGE)
    profile = _profile(Profiles(config), str(path) if path else None)
    typer.echo(json.dumps(profile.as_dict(), indent=2))


@app.command("eval", cls=HelpCommand)
def eval_command(
    split_dir: Annotated[
        Path,
        typer.Argument(
            help="A PolNeAR split (text/ + attributions/) or a real-world gold set "
            "(text/ + gold/*.json)."
        ),
    ],
    as_json: JsonOption = False,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Only the first N articles.")
    ] = None,
    show: Annotated[int, typer.Option("--show", help="Misses and false alarms to list.")] = 10,
    model: ModelOption = None,
    gold_format: Annotated[
        str,
        typer.Option(
            "--format",
            help="Gold format: auto (realworld when the folder has gold/*.json), polnear, "
            "realworld.",
        ),
    ] = "auto",
    cache: Annotated[
        Path | None,
        typer.Option("--cache", help="Folder that keeps spaCy parses between runs."),
    ] = None,
) -> None:
    """Score attrib against a gold set: PolNeAR (precision, recall, speakers) or real-world
    articles (quotes, speakers, reported statements, outlets, flags), with error analysis."""
    from attrib.evaluation import run

    with _usage_errors(ModelNotFound):
        profile = build_profile(Settings(model=model))
        code = run(
            split_dir,
            as_json=as_json,
            limit=limit,
            show=show,
            profile=profile,
            format=gold_format,
            cache=cache,
        )
    raise typer.Exit(code)


app.command("index", cls=HelpCommand)(index_command)
app.command("sources", cls=HelpCommand)(sources_command)

if __name__ == "__main__":  # pragma: no cover
    app()
