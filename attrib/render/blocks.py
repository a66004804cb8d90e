"""The statements of a file as blocks, for terminals narrower than the table needs.

Below `attrib.render.table.BLOCKS_BELOW` columns (80 when output is piped, as in CI) a table of
eight columns leaves the statement a dozen characters: instead each statement is a block, its
number, line and kind, then the statement, then one line each for its speaker, outlet, cue and
flags (the last three only when it has them); the sources roster is a line per source::

     3  line 2 · indirect
        President Trump personally intervened to block a planned Israeli strike…
        speaker  The New York Times (a report published last week)
        outlet   The New York Times
        cue      claiming
        flags    second-hand, loaded-cue

    Sources
    The New York Times (a report published last week) · outlet · 3 statements · The New York Times
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from attrib.model import FileReport, Source, Statement
from attrib.render import RuleInfo
from attrib.render.cells import flags_cell, speaker_cell, statement_cell, text_cell
from attrib.render.common import clean

# A block has the width for more of the statement than a table cell.
STATEMENT_LIMIT = 120
# Blocks are indented past the widest statement number.
_INDENT = 4


def statement_blocks(
    file: FileReport, rules: Mapping[str, RuleInfo], heading: Text
) -> RenderableType:
    """The file's heading, then one block per statement, a blank line between blocks."""
    parts: list[RenderableType] = [heading]
    for number, statement in enumerate(file.statements, 1):
        parts.append(Text(""))
        parts.extend(_block(number, statement, file, rules))
    parts.append(Text(""))
    return Group(*parts)


def source_lines(file: FileReport) -> RenderableType:
    """The sources roster, one line per source: name (description), kind, statements,
    outlets."""
    return Group(Text("Sources", style="italic"), *(_source(source) for source in file.sources))


def _source(source: Source) -> Text:
    text = Text(clean(source.name), style="bold" if source.kind == "person" else "")
    if source.description:
        text.append(f" ({clean(source.description)})", style="dim")
    count = source.statements
    text.append(f" · {clean(source.kind)} · {count} statement{'s' if count != 1 else ''}")
    if source.outlets:
        text.append(" · " + clean(", ".join(source.outlets)))
    return text


def _block(
    number: int, statement: Statement, file: FileReport, rules: Mapping[str, RuleInfo]
) -> list[RenderableType]:
    title = Text(f"{number:>{_INDENT - 2}}  ", style="bold")
    title.append(f"line {statement.content.line} · {statement.kind}", style="dim")
    details = Table.grid(padding=(0, 2, 0, 0))
    details.add_column(style="dim", no_wrap=True)
    details.add_column(overflow="fold")
    details.add_row("speaker", speaker_cell(statement))
    if statement.outlet is not None:
        details.add_row("outlet", text_cell(statement.outlet.name))
    if statement.cue is not None:
        details.add_row("cue", text_cell(statement.cue.text, "italic"))
    if statement.flags:
        details.add_row("flags", flags_cell(statement, file, rules, separator=", "))
    body = Group(statement_cell(statement, STATEMENT_LIMIT), details)
    return [title, Padding(body, (0, 0, 0, _INDENT))]
