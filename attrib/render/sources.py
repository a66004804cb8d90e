"""``attrib sources``: the sources database's answers as a rich table or as JSON.

JSON (``--format json``)::

    {"version": 1, "filters": {"speaker", "rule", "outlet"},
     "totals": {"articles", "statements", "attributed", "anonymous", "via_outlet", "flagged"},
     "sources": [{"name", "kind", "statements", "articles", "direct", "indirect", "mixed",
                  "via_outlet", "flags": {rule: count}}],            # without --speaker
     "statements": [{"path", "line", "column", "kind", "text", "cue", "speaker",
                     "speaker_kind", "description", "outlet", "flags", "publication",
                     "published"}]}                                  # with --speaker

Article text reaches rich only as `Text`, cleaned of control characters (see `render.table`).
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import asdict

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from attrib.archive import SourcesView
from attrib.render.common import clean, shorten

SOURCES_FORMATS: tuple[str, ...] = ("table", "json")
_TEXT_LIMIT = 120


def render_sources(view: SourcesView, fmt: str, *, color: bool = False, width: int = 120) -> str:
    """The view as ``fmt`` (one of `SOURCES_FORMATS`)."""
    if fmt == "json":
        data: dict[str, object] = {
            "version": 1,
            "filters": asdict(view.filters),
            "totals": asdict(view.totals),
        }
        if view.filters.speaker is None:
            data["sources"] = [asdict(row) for row in view.roster]
        else:
            data["statements"] = [asdict(st) for st in view.statements]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=color, no_color=not color)
    console.print(_table(view))
    console.print(Text(_summary(view)))
    return out.getvalue()


def _table(view: SourcesView) -> Table:
    if view.filters.speaker is not None:
        table = Table(box=box.SIMPLE_HEAD, title=f"Statements by {view.filters.speaker}")
        for name in ("where", "date", "kind", "statement", "flags"):
            table.add_column(name, overflow="fold")
        for st in view.statements:
            table.add_row(
                Text(clean(f"{_shown(st.path)}:{st.line}:{st.column}")),
                st.published or "",
                st.kind,
                Text(clean(shorten(st.text, _TEXT_LIMIT))),
                Text(clean("\n".join(st.flags))),
            )
        return table
    table = Table(box=box.SIMPLE_HEAD, title="Sources")
    for name, justify in (
        ("speaker", "left"),
        ("kind", "left"),
        ("statements", "right"),
        ("articles", "right"),
        ("direct", "right"),
        ("indirect", "right"),
        ("via outlet", "right"),
        ("flags", "left"),
    ):
        table.add_column(name, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for row in view.roster:
        flags = "\n".join(f"{rule} {count}" for rule, count in row.flags.items())
        table.add_row(
            Text(clean(row.name)),
            row.kind,
            str(row.statements),
            str(row.articles),
            str(row.direct),
            str(row.indirect),
            str(row.via_outlet),
            Text(clean(flags)),
        )
    return table


def _shown(path: str) -> str:
    """A stored (absolute) path as the table shows it: relative to here when it is below."""
    relative = os.path.relpath(path) if os.path.isabs(path) else path
    return path if relative.startswith("..") else relative


def _summary(view: SourcesView) -> str:
    t = view.totals
    if not t.statements:
        return "no statements match"

    def share(part: int) -> str:
        return f"{part} ({100 * part / t.statements:.0f}%)"

    return (
        f"{t.statements} statements in {t.articles} articles: {share(t.attributed)} attributed, "
        f"{share(t.anonymous)} anonymous, {share(t.via_outlet)} through another outlet, "
        f"{share(t.flagged)} flagged"
    )
