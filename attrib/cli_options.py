"""Options more than one command takes, declared once so that they read the same everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from attrib.engines import ENGINES

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


def engine_problem(engine: str, scheduler: str | None) -> str | None:
    """What is wrong with ``--engine`` and ``--scheduler`` together, if anything."""
    if engine not in ENGINES:
        return f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}"
    if scheduler is not None and engine != "dask":
        return "--scheduler needs --engine dask"
    return None
