"""``--format github``: GitHub Actions workflow commands that annotate the pull request.

``::warning file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE`` per finding,
and an ``::error`` for each file that could not be checked. Values are escaped as GitHub's own
toolkit does (``@actions/core``), so article text holding ``::`` or a line break cannot end the
annotation early or start a command of its own.
"""

from __future__ import annotations

from attrib.model import Report
from attrib.render.common import end_position

# attrib severity -> workflow command.
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (``escapeData`` in @actions/core)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (``escapeProperty`` in @actions/core)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    """One workflow command line."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def render(report: Report) -> str:
    """One workflow command per finding and per file that failed."""
    lines: list[str] = []
    for file in report.files:
        if file.error is not None:
            lines.append(command("error", {"file": file.path, "title": "attrib"}, file.error))
            continue
        for finding in file.findings:
            span = finding.span
            end_line, end_column = end_position(span, file)
            properties: dict[str, object] = {
                "file": file.path,
                "line": span.line,
                "col": span.column,
                "endLine": end_line,
            }
            # GitHub only honours endColumn on a single-line annotation, and there it names the
            # last character (SARIF's endColumn is the one after it).
            if end_line == span.line:
                properties["endColumn"] = max(end_column - 1, span.column)
            properties["title"] = finding.rule
            name = COMMANDS.get(finding.severity, "warning")
            lines.append(command(name, properties, finding.message))
    return "".join(line + "\n" for line in lines)
