"""How the commands fail: a one-line message on stderr and exit code 2 for usage, config and
input errors (findings set the exit code through `attrib.exit_status`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

EXIT_OK, EXIT_USAGE = 0, 2


def error(message: str) -> None:
    """``attrib: message`` on stderr."""
    typer.echo(f"attrib: {message}", err=True)


def fail(message: str) -> typer.Exit:
    """Tell ``message`` and return the exit (code 2) to raise."""
    error(message)
    return typer.Exit(EXIT_USAGE)


@contextmanager
def usage_errors(*errors: type[Exception]) -> Iterator[None]:
    """The library's ``errors`` raised inside become a one-line message and exit code 2."""
    try:
        yield
    except errors as exc:
        raise fail(str(exc)) from None
