"""Options more than one command takes, declared once so that they read the same everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from attrib.engines import ENGINES
from attrib.reading.html import HTML_CONTENT_CHOICES
from attrib.reading.limits import parse_size

ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="Use this config file instead of discovery.")
]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="spaCy pipeline to load (name or path).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
EngineOption = Annotated[
    str,
    typer.Option(
        "--engine",
        help="local: this machine (--jobs processes); dask: a Dask cluster, local with "
        "--jobs workers unless --scheduler names one.",
    ),
]
SchedulerOption = Annotated[
    str | None, typer.Option("--scheduler", help="Dask scheduler address (tcp://HOST:8786).")
]
HtmlContentOption = Annotated[
    str,
    typer.Option(
        "--html-content",
        help="What of a web page to read: auto (the article of a whole page, all of a "
        "fragment), main (the article) or all (all its text).",
    ),
]
MaxFileSizeOption = Annotated[
    str | None,
    typer.Option(
        "--max-file-size",
        help="Refuse inputs larger than this: 500kB, 20MB, 1GB or bytes (default: config, "
        "else 20MB).",
    ),
]


def reading_options(html_content: str, max_file_size: str | None) -> int | None:
    """``--max-file-size`` in bytes (None: the config's); raises ValueError with the one-line
    message for a bad ``--html-content`` or ``--max-file-size``."""
    if html_content not in HTML_CONTENT_CHOICES:
        raise ValueError(
            f"unknown --html-content {html_content!r}; "
            f"choose one of {', '.join(HTML_CONTENT_CHOICES)}"
        )
    try:
        return parse_size(max_file_size) if max_file_size is not None else None
    except ValueError as exc:
        raise ValueError(f"--max-file-size: {exc}") from None


def engine_problem(engine: str, scheduler: str | None) -> str | None:
    """What is wrong with ``--engine`` and ``--scheduler`` together, if anything."""
    if engine not in ENGINES:
        return f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}"
    if scheduler is not None and engine != "dask":
        return "--scheduler needs --engine dask"
    return None
