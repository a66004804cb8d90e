"""How the command line's help reads: typer's command and group classes, with help a person
expects.

typer (0.29) prints a type beside every parameter: ``<bool>`` beside a flag, which takes no
value, ``<list[str]>`` (a Python annotation) beside arguments, and ``{paths}...`` in the usage
line. Here a flag shows no type, an argument shows its name in capitals (``PATH...``, or
``[PATH]`` when it may be left out) and no type, and a repeatable option names what it takes
through its ``metavar``. ``tests/test_cli_help.py`` renders every command's help.
"""

from __future__ import annotations

from typing import Any

import typer.core


def _tidy(params: list[Any]) -> list[Any]:
    for param in params:
        if isinstance(param, typer.core.TyperOption) and param.metavar is None and param.is_flag:
            param.metavar = ""  # a flag takes no value: nothing to show beside it
        elif isinstance(param, typer.core.TyperArgument):
            if param.metavar is None and param.name:
                param.metavar = param.name.upper()
            # The name says what to give; the Python annotation says nothing more.
            setattr(param, "display_type_rich", _no_type)  # noqa: B010
    return params


def _no_type(ctx: Any) -> None:
    return None


def _usage(command: Any, ctx: Any) -> list[str]:
    """``[OPTIONS] PATH...``: click's convention, optional arguments in brackets."""
    pieces = [command.options_metavar] if command.options_metavar else []
    for param in command.get_params(ctx):
        if isinstance(param, typer.core.TyperArgument):
            name = f"{param.metavar}{'...' if param.nargs != 1 else ''}"
            pieces.append(name if param.required else f"[{name}]")
    return pieces


class HelpCommand(typer.core.TyperCommand):
    """A command whose help shows no type beside flags and arguments (module documentation)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _tidy(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _usage(self, ctx)


class HelpGroup(typer.core.TyperGroup):
    """The ``attrib`` group, with the same help as its commands."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _tidy(super().get_params(ctx))
