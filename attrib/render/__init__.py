"""Output formats: every renderer takes a `Report` and returns the text to print or write.

``render(report, fmt)`` picks the renderer; ``write_atomic`` is how every file attrib writes
reaches the disk, so an interrupted run never leaves a half-written report.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from attrib.model import Report
from attrib.render.common import defuse_workflow_commands
from attrib.rules import rule_info

if TYPE_CHECKING:
    from attrib.profile import Profile

FORMATS: tuple[str, ...] = (
    "table",
    "json",
    "jsonl",
    "csv",
    "markdown",
    "github",
    "sarif",
    "html",
)


@dataclass(frozen=True)
class RuleInfo:
    """What the renderers need to know about a rule: the severity and whether it runs, as
    configured (see `rule_infos`), and its documentation.

    ``summary`` is one line; ``help`` is the rule's full documentation (Markdown).
    """

    id: str
    severity: str
    summary: str
    help: str
    enabled: bool = True


_NO_RULES: Mapping[str, RuleInfo] = {}


def rule_infos(profile: Profile | None = None) -> dict[str, RuleInfo]:
    """Every rule's `RuleInfo` in registry order, with the severity and enabled state
    ``profile`` configures (without one, each rule's default), for ``render``'s ``rules``."""
    infos: dict[str, RuleInfo] = {}
    for rule in rule_info():
        severity, enabled = rule["severity"], True
        if profile is not None:
            severity, enabled = profile.rule(rule["id"]).severity, profile.rule(rule["id"]).enabled
        infos[rule["id"]] = RuleInfo(rule["id"], severity, rule["summary"], rule["doc"], enabled)
    return infos


def render(
    report: Report,
    fmt: str,
    *,
    rules: Mapping[str, RuleInfo] = _NO_RULES,
    color: bool = False,
    width: int | None = None,
    exit_note: str | None = None,
) -> str:
    """Render ``report`` in the output format ``fmt`` (one of `FORMATS`).

    ``rules`` maps rule ids to their `RuleInfo` (used by ``table`` for flag colours, by
    ``sarif`` for its rule descriptors and by ``html`` for rule summaries). ``color``,
    ``width`` and ``exit_note`` only affect ``table``: a ``width`` of None lets rich use the
    terminal's width (80 when there is none); ``exit_note`` (`attrib.api.exit_reason`) ends the
    summary line.

    Raises ValueError for an unknown format.
    """
    text = _render(report, fmt, rules=rules, color=color, width=width, exit_note=exit_note)
    # Every format but ``github`` (whose commands are the point, their values escaped there)
    # must never hand a CI runner a line that starts with "::" taken from an article or a path.
    if fmt == "github":
        return text
    return (
        defuse_workflow_commands(text, "&#58;") if fmt == "html" else defuse_workflow_commands(text)
    )


def _render(
    report: Report,
    fmt: str,
    *,
    rules: Mapping[str, RuleInfo],
    color: bool,
    width: int | None,
    exit_note: str | None = None,
) -> str:
    # Renderers are imported on demand: only ``table`` needs rich, and a JSON run need not pay
    # for importing it.
    if fmt == "table":
        from attrib.render import table

        return table.render(report, rules=rules, color=color, width=width, exit_note=exit_note)
    if fmt == "json":
        from attrib.render import json

        return json.render(report)
    if fmt == "jsonl":
        from attrib.render import jsonl

        return jsonl.render(report)
    if fmt == "csv":
        from attrib.render import csv

        return csv.render(report)
    if fmt == "markdown":
        from attrib.render import markdown

        return markdown.render(report, rules=rules)
    if fmt == "github":
        from attrib.render import github

        return github.render(report)
    if fmt == "sarif":
        from attrib.render import sarif

        return sarif.render(report, rules=rules)
    if fmt == "html":
        from attrib.render import html

        return html.render(report, rules=rules)
    raise ValueError(f"unknown output format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the new, never a part.

    The text goes to a temporary file in the same directory, is flushed to disk and then renamed
    over ``path``. On any failure the temporary file is removed and ``path`` is left as it was.
    A symbolic link is followed: its target is written, the link stays. A device, FIFO or socket
    (``-o /dev/stdout``) cannot be replaced and is written into directly.
    """
    path = Path(path)
    try:
        special = not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        special = False  # nothing there yet (or a dangling link): a new file
    if special:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    directory = path.parent
    mode = _mode_for(path)
    fd, temp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file 0600; a report should get the permissions a plain write would.
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_directory(directory)


def _mode_for(path: Path) -> int:
    """The permission bits the written file should end up with."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        # Reading the umask means setting it; set it straight back.
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
