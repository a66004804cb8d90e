"""The ``attrib`` command: a thin layer that parses options, calls the library and picks a renderer."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from attrib import __version__
from attrib.api import check_documents
from attrib.config import Settings
from attrib.model import Document, FileReport, Report
from attrib.nlp import ModelNotFound
from attrib.reading import ReadError, expand_inputs, read_bytes, read_path
from attrib.render import FORMATS, render, write_atomic

app = typer.Typer(
    help="Check quoted and reported statements in news articles: who said it, through which "
    "outlet, and what an editor would question.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _error(message: str) -> None:
    typer.echo(f"attrib: {message}", err=True)


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


def read_inputs(paths: list[str], stdin_name: str | None) -> list[Document | FileReport]:
    """Read every input; an unreadable one becomes a FileReport holding its one-line error."""
    inputs: list[Document | FileReport] = []
    for path, problem in expand_inputs(paths):
        if problem is not None:
            inputs.append(FileReport(path=path, error=problem))
            continue
        try:
            if path == "-":
                name = stdin_name or "stdin.txt"
                inputs.append(read_bytes(sys.stdin.buffer.read(), name, stdin_name or "-"))
            else:
                inputs.append(read_path(path))
        except ReadError as exc:
            inputs.append(FileReport(path=stdin_name or path if path == "-" else path,
                                     error=str(exc)))
    return inputs


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


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Articles, folders or globs; - reads stdin.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATS)}.")
    ] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="spaCy pipeline to load (name or path).")
    ] = None,
    stdin_name: Annotated[
        str | None,
        typer.Option("--stdin-name", help="Name (and format, by suffix) of what - reads."),
    ] = None,
) -> None:
    """Find every quoted and reported statement, attribute it, and flag what to question."""
    if fmt not in FORMATS:
        _error(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    settings = Settings(model=model)
    inputs = read_inputs(paths, stdin_name)
    for item in inputs:
        if isinstance(item, FileReport) and item.error:
            _error(f"{item.path}: {item.error}")
    try:
        report = check_documents(inputs, settings)
    except ModelNotFound as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    emit(report, fmt, output)
    if any(f.error for f in report.files):
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_OK)


@app.command("eval")
def eval_command(
    split_dir: Annotated[Path, typer.Argument(help="A PolNeAR split: text/ and attributions/.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N articles.")] = None,
    show: Annotated[int, typer.Option("--show", help="Misses and false alarms to list.")] = 10,
    model: Annotated[
        str | None, typer.Option("--model", help="spaCy pipeline to load (name or path).")
    ] = None,
) -> None:
    """Score attrib against a PolNeAR split: precision, recall, speakers, error analysis."""
    from attrib.evaluation import run

    try:
        settings = Settings(model=model)
        code = run(split_dir, as_json=as_json, limit=limit, show=show, settings=settings)
    except ModelNotFound as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    raise typer.Exit(code)


if __name__ == "__main__":  # pragma: no cover
    app()
