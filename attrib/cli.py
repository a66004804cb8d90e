"""The ``attrib`` command: parses options, calls the library, picks a renderer. Each command
with much to it has its own module (`attrib.cli_check`, `attrib.cli_archive`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from attrib import __version__
from attrib.cli_archive import index_command, sources_command
from attrib.cli_check import check_command
from attrib.cli_errors import fail, usage_errors
from attrib.cli_help import HelpCommand, HelpGroup
from attrib.cli_options import ConfigOption, JsonOption, ModelOption
from attrib.config import ConfigError, Settings
from attrib.nlp import ModelNotFound
from attrib.profile import Profile, build_profile
from attrib.profiles import Profiles
from attrib.rules import rule_info

app = typer.Typer(
    help="Check quoted and reported statements in news articles: who said it, through which "
    "outlet, and what an editor would question.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=HelpGroup,
)


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


app.command("check", cls=HelpCommand)(check_command)


def _profile(profiles: Profiles, path: str | None) -> Profile:
    """The profile of the config nearest ``path`` (or ``--config``); a bad config exits 2."""
    with usage_errors(ConfigError):
        return profiles.for_path(path)


@app.command("rules", cls=HelpCommand)
def rules_command(
    rule_id: Annotated[str | None, typer.Argument(help="Print this rule's documentation.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List every rule (id, severity, summary), or print one rule's documentation."""
    info = {rule["id"]: rule for rule in rule_info()}
    if rule_id is not None and rule_id not in info:
        raise fail(f"unknown rule {rule_id!r}; `attrib rules` lists them")
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
        raise fail(f"{path}: no such file or directory")
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

    with usage_errors(ModelNotFound):
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
