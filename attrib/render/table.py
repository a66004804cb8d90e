"""``--format table`` (the default): rich tables for a person at a terminal.

Per file: a table of statements, the findings, and a sources roster; then one summary line.
Article text is untrusted: it only ever reaches rich as `Text` (never parsed as markup) and
control characters are replaced first, so a quote cannot restyle the output or send escape
sequences to the terminal.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from attrib.model import FileReport, Report
from attrib.render import RuleInfo
from attrib.render.blocks import source_lines, statement_blocks
from attrib.render.cells import (
    SEVERITY_STYLES,
    flags_cell,
    speaker_cell,
    statement_cell,
    text_cell,
)
from attrib.render.common import clean

__all__ = ["BLOCKS_BELOW", "SEVERITY_STYLES", "clean", "render", "summary_line"]

STATEMENT_LIMIT = 60
# Narrower than this, statements are printed as blocks (`attrib.render.blocks`), not a table.
BLOCKS_BELOW = 100


# The wrapping columns: header, least width, share of any width beyond the least.
_FLEXIBLE = (
    ("Statement", 16, 5),
    ("Speaker", 12, 3),
    ("Outlet", 6, 2),
    ("Cue", 6, 2),
    ("Flags", 9, 2),
)


def _allocate(available: int, least: list[int], shares: list[int], wanted: list[int]) -> list[int]:
    """Split ``available`` cells between columns: each its least, the rest by share, none more
    than it wants."""
    widths = [min(low, want) for low, want in zip(least, wanted, strict=True)]
    while True:
        spare = available - sum(widths)
        growing = [i for i, width in enumerate(widths) if width < wanted[i]]
        if spare <= 0 or not growing:
            return widths
        total = sum(shares[i] for i in growing)
        for i in growing:
            extra = max(1, spare * shares[i] // total)
            widths[i] = min(wanted[i], widths[i] + extra, widths[i] + available - sum(widths))


def _statements_table(file: FileReport, rules: Mapping[str, RuleInfo], width: int) -> Table:
    rows = [
        (
            Text(str(number)),
            Text(str(statement.content.line)),
            Text(clean(statement.kind)),
            statement_cell(statement, STATEMENT_LIMIT),
            speaker_cell(statement),
            text_cell(None if statement.outlet is None else statement.outlet.name),
            text_cell(None if statement.cue is None else statement.cue.text, "italic"),
            flags_cell(statement, file, rules),
        )
        for number, statement in enumerate(file.statements, 1)
    ]
    headers = ("#", "Line", "Kind", *(name for name, _, _ in _FLEXIBLE))
    wanted = [
        max(len(header), *(_widest_line(row[index]) for row in rows))
        for index, header in enumerate(headers)
    ]
    # Each column has one cell of padding and one blank divider after it (none after the last).
    available = width - sum(wanted[:3]) - 2 * len(headers) + 1
    longest_flag = max((len(f) for st in file.statements for f in st.flags), default=5)
    least = [least for _, least, _ in _FLEXIBLE]
    least[-1] = max(least[-1], longest_flag)
    # Long rule ids take their room from the widest column rather than squeezing the fixed ones.
    least[0] = max(8, min(least[0], available - sum(least[1:])))
    flexible = _allocate(
        available,
        least,
        [share for _, _, share in _FLEXIBLE],
        wanted[3:],
    )
    table = Table(
        title=_heading(file),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        padding=(0, 1, 0, 0),
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Line", justify="right", no_wrap=True)
    table.add_column("Kind", no_wrap=True)
    for (name, _, _), column_width in zip(_FLEXIBLE, flexible, strict=True):
        table.add_column(
            name,
            width=column_width,
            overflow="fold" if name == "Flags" else "ellipsis",
            no_wrap=name == "Cue",
        )
    for row in rows:
        table.add_row(*row)
    return table


def _heading(file: FileReport) -> Text:
    """The file's path, then the page's title and site when the file states them."""
    heading = text_cell(file.path, "bold")
    meta = file.document.meta if file.document is not None else None
    if meta is not None:
        shown = [" ".join(value.split()) for value in (meta.title, meta.site_name) if value]
        if shown:
            heading.append(" — " + clean(" · ".join(shown)))
    if file.publication is not None:
        where = _PUBLICATION_SOURCES[file.publication.source]
        heading.append(f" · checked as {clean(file.publication.name)} ({where})", "dim")
    return heading


# How the heading says where the publication came from.
_PUBLICATION_SOURCES = {
    "config": "configured",
    "front-matter": "from the front matter",
    "html-meta": "from the page's meta tags",
    "docx-properties": "from the document properties",
}


def _widest_line(text: Text) -> int:
    """Cells the longest line of a cell needs (flags stand one a line)."""
    return max(cell_len(line) for line in text.plain.split("\n"))


def _findings(file: FileReport) -> Text:
    text = Text()
    for finding in file.findings:
        span = finding.span
        style = SEVERITY_STYLES.get(finding.severity, "")
        text.append(f"{span.line}:{span.column} ")
        text.append(clean(finding.severity), style=style)
        text.append(f" {clean(finding.rule)} ", style="bold")
        text.append(clean(finding.message) + "\n")
    text.rstrip()
    return text


def _sources_table(file: FileReport) -> Table:
    table = Table(
        title="Sources",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        padding=(0, 1, 0, 0),
    )
    table.add_column("Name", ratio=2, min_width=10)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Description", ratio=2)
    table.add_column("Stmts", justify="right", no_wrap=True)
    table.add_column("Outlets", ratio=2)
    for source in file.sources:
        table.add_row(
            text_cell(source.name),
            text_cell(source.kind),
            text_cell(source.description),
            str(source.statements),
            text_cell(", ".join(source.outlets)),
        )
    return table


def _file_renderables(
    file: FileReport, rules: Mapping[str, RuleInfo], width: int
) -> list[RenderableType]:
    if file.error is not None:
        line = Text(clean(file.path) + ": ")
        line.append("error", style=SEVERITY_STYLES["error"])
        line.append(": " + clean(file.error))
        return [line]
    parts: list[RenderableType] = []
    if file.statements and width < BLOCKS_BELOW:
        parts.append(statement_blocks(file, rules, _heading(file)))
    elif file.statements:
        parts.append(_statements_table(file, rules, width))
    else:
        parts.append(Text.assemble(_heading(file), ": no statements found"))
    if file.findings:
        parts.append(_findings(file))
    if file.sources:
        parts.append(source_lines(file) if width < BLOCKS_BELOW else _sources_table(file))
    return parts


def summary_line(report: Report, exit_note: str | None = None) -> Text:
    """One line: files, statements, findings by severity, suppressed; then why the exit code is
    not 0, when it is not (``exit_note``)."""
    summary = report.summary
    counts = summary["findings"]
    assert isinstance(counts, dict)
    files = summary["files"]
    statements = summary["statements"]
    text = Text(
        f"{files} file{'s' if files != 1 else ''}, "
        f"{statements} statement{'s' if statements != 1 else ''}"
    )
    failed = summary["files_with_errors"]
    if failed:
        text.append(f" ({failed} failed)", style=SEVERITY_STYLES["error"])
    text.append(": ")
    for number, severity in enumerate(("error", "warning", "info")):
        count = counts.get(severity, 0)
        if number:
            text.append(", ")
        label = severity if severity == "info" or count == 1 else severity + "s"
        text.append(f"{count} {label}", style=SEVERITY_STYLES[severity] if count else "")
    text.append(f", {summary['suppressed']} suppressed")
    if exit_note:
        text.append(f" — {exit_note}", style="bold")
    return text


def render(
    report: Report,
    *,
    rules: Mapping[str, RuleInfo],
    color: bool,
    width: int | None,
    exit_note: str | None = None,
) -> str:
    """The report as rich tables, rendered to a string (ANSI styles only when ``color``)."""
    console = Console(
        file=io.StringIO(),
        width=width,
        force_terminal=color,
        color_system="auto" if color else None,
        no_color=not color,
        soft_wrap=False,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    for number, file in enumerate(report.files):
        if number:
            console.print()
        console.print(Group(*_file_renderables(file, rules, console.width)))
    if report.files:
        console.print()
    console.print(summary_line(report, exit_note))
    output = console.file.getvalue()  # type: ignore[attr-defined]
    return str(output)
