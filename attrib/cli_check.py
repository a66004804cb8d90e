"""The ``attrib check`` command: reads the inputs, checks them on the chosen engine, writes the
report (or streams JSON Lines), and sets the exit code. Registered on the app by `attrib.cli`."""

from __future__ import annotations

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
from attrib.baseline import Baseline, Recorder, apply_baseline, load_baseline, write_baseline
from attrib.cli_archive import against_archive, progress_bar
from attrib.cli_errors import error, fail, usage_errors
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
from attrib.config import FAIL_ON_CHOICES, ConfigError
from attrib.engines import EngineError, open_engine, warm_up
from attrib.exit_status import Tally, exit_code, exit_reason
from attrib.model import FileReport, Report, ToolInfo
from attrib.nlp import ModelNotFound
from attrib.render import FORMATS, render, rule_infos, write_atomic


def check_command(
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
        raise fail(str(exc)) from None
    if (problem := engine_problem(engine, scheduler)) is not None:
        raise fail(problem)
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fail_on is not None and fail_on not in FAIL_ON_CHOICES:
        raise fail(f"unknown --fail-on {fail_on!r}; choose one of {', '.join(FAIL_ON_CHOICES)}")
    if stdin_name is not None and "-" not in paths:
        raise fail("--stdin-name names what - reads: add - to the paths")
    # JSON Lines to a file: each file read when the engine takes it and written when it is
    # checked, so an archive of any size runs in flat memory.
    streamed = fmt == "jsonl" and output is not None
    # A local Dask cluster's workers start loading the pipeline while the inputs are read.
    warm_up(engine, scheduler=scheduler, model=model)
    with usage_errors(ConfigError):
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
        error(problem)
    if against is not None:
        run, own = against_archive(against, batch.profile, batch.profiles)
        batch = replace(batch, profile=run, profiles=tuple(own))
    # Writing a baseline accepts today's findings: only unreadable inputs fail the run.
    threshold = "never" if write_baseline_to is not None else fail_on or batch.profile.fail_on
    if streamed and output is not None:
        tally = _stream(batch, engine, jobs, scheduler, output, old, write_baseline_to)
        raise typer.Exit(exit_code(tally, threshold))
    report = _run(batch, engine, jobs, scheduler)
    if write_baseline_to is not None:
        _writing(write_baseline_to, lambda: write_baseline(report, write_baseline_to))
    if old is not None:
        report = apply_baseline(report, old)
    note = exit_reason(report, threshold)
    _writing(
        output,
        lambda: emit(report, fmt, output, rules=rule_infos(batch.profile), exit_note=note),
    )
    raise typer.Exit(exit_code(report, threshold))


def _run(batch: Batch, engine: str, jobs: int, scheduler: str | None) -> Report:
    """The report, files in input order."""
    with (
        usage_errors(EngineError, ModelNotFound),
        open_engine(engine, jobs=jobs, scheduler=scheduler, model=batch.profile.model) as runner,
        progress_bar(len(batch.inputs)) as advance,
    ):
        checked = batch.check(runner, progress=advance)
        # The engine names the pipeline: a cluster's client never loads spaCy itself.
        return Report(batch.tool_info(runner), tuple(checked))


def _stream(
    batch: Batch,
    engine: str,
    jobs: int,
    scheduler: str | None,
    target: Path,
    old: Baseline | None,
    write_baseline_to: Path | None,
) -> Tally:
    """Check ``batch`` on ``engine``, writing each file's JSON Lines to ``target`` when it is
    checked (``old`` baseline applied; in input order, on Dask as files finish), and the
    baseline of every finding to ``write_baseline_to``.

    Nothing of a file is kept once its lines are written but what the exit status counts and
    the baseline's keys, and the batch is lazy (files read as the engine takes them), so memory
    stays flat over an archive of any size.
    """
    tool = ToolInfo("attrib", __version__, "")  # JSON Lines carry no tool header
    tally = Tally()
    recorder = Recorder(write_baseline_to.parent) if write_baseline_to is not None else None
    # Files are read as they go: a read error is told when met (others were told before).
    told = {item.path for item in batch.inputs if isinstance(item, FileReport)}
    with (
        usage_errors(EngineError, ModelNotFound),
        open_engine(engine, jobs=jobs, scheduler=scheduler, model=batch.profile.model) as runner,
        progress_bar(len(batch.inputs)) as advance,
        _opened(target) as out,
    ):
        # Local engines report in input order anyway: keep it (nothing waits but read errors).
        ordered = engine == "local"
        for file in batch.check(runner, ordered=ordered, progress=advance):
            if file.error is not None and file.path not in told:
                error(f"{file.path}: {file.error}")
            one = Report(tool, (replace(file, document=None),))
            if recorder is not None:
                recorder.add(one.files[0])
            one = apply_baseline(one, old) if old is not None else one
            out.write(render(one, "jsonl"))
            out.flush()
            tally.add(one.files[0])
    if recorder is not None and write_baseline_to is not None:
        _writing(write_baseline_to, lambda: write_baseline(recorder, write_baseline_to))
    return tally


@contextmanager
def _opened(target: Path) -> Iterator[TextIO]:
    """``target`` open for writing; a file that cannot be written is a one-line error, exit 2."""
    try:
        handle = target.open("w", encoding="utf-8")
    except OSError as exc:
        raise fail(f"{target}: cannot write: {exc.strerror or exc}") from None
    with handle:
        yield handle


def _writing(target: Path | None, write: Callable[[], None]) -> None:
    """Run ``write``; a file that cannot be written is a one-line error and exit code 2."""
    try:
        write()
    except OSError as exc:
        raise fail(f"{target or 'stdout'}: cannot write: {exc.strerror or exc}") from None


def _refuse_to_overwrite(batch: Batch, *targets: Path | None) -> None:
    """Nothing the user gave us is ever modified: a report may not be written over an input or
    a source."""
    chosen = [real_path(target) for target in targets if target is not None]
    given = batch.given() if chosen else {}
    for target, real in zip((t for t in targets if t is not None), chosen, strict=True):
        if real in given:
            what = given[real]
            raise fail(f"{target}: is one of the {what}; refusing to write the report over it")


def _load_baseline(path: Path) -> Baseline:
    with usage_errors(ValueError):
        return load_baseline(path)


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
