"""``--format markdown``: a report to post as a pull-request comment.

Article text is untrusted. Everything taken from it is escaped so that it can neither break the
table nor inject HTML, links, images or emphasis: HTML-significant characters become entities,
Markdown punctuation is backslash-escaped, line breaks become spaces, and control characters
(ESC, BEL, ...) and bidirectional overrides are replaced as in the table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from attrib.model import FileReport, Report, Statement
from attrib.render import RuleInfo
from attrib.render.common import clean, shorten

# How much of a statement the table shows; the full text is in the file itself.
STATEMENT_LIMIT = 120

# Line and paragraph separators a Markdown renderer (or a browser) may treat as a break.
_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x85\u2028\u2029]")
# Entities, not backslashes, for these: a table splits cells on "|" before it reads escapes, and
# "<" / ">" / "&" as entities can never open a tag or spell one.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;"}
# Punctuation that opens emphasis, code, links, images, strikethrough, headings or footnotes.
_PUNCTUATION = re.compile(r"([\\`*_\[\]()!~#^])")
# GitHub turns bare URLs and www. names into links; an escape inside the trigger keeps them
# plain text.
_AUTOLINK = re.compile(r"(?<=[A-Za-z0-9]):(?=//)|(?<=www)\.", re.IGNORECASE)
# "@name" would notify a GitHub user and "a@b.org" become a mail link; GitHub finds mentions in
# the rendered text, where a backslash escape is gone, so a zero-width space follows the "@".
_AT = "@&#8203;"


def escape(text: str) -> str:
    """``text`` made safe as inline Markdown, including inside a table cell."""
    text = clean(_BREAKS.sub(" ", text))
    # Backslashes first: the entities added next hold a "#" that must stay unescaped.
    text = _PUNCTUATION.sub(r"\\\1", text)
    text = "".join(_ENTITIES.get(char, char) for char in text)
    text = _AUTOLINK.sub(lambda m: "\\" + m.group(0), text)
    return text.replace("@", _AT)


def _speaker(statement: Statement) -> str:
    speaker = statement.speaker
    if speaker is None:
        return "—"
    if speaker.description:
        return f"{escape(speaker.name)} ({escape(speaker.description)})"
    return escape(speaker.name)


def _file_section(file: FileReport, rules: Mapping[str, RuleInfo]) -> list[str]:
    lines = [f"### {escape(file.path)}", ""]
    if file.error is not None:
        lines += [f"**error:** {escape(file.error)}", ""]
        return lines
    if not file.statements:
        lines += ["No statements found.", ""]
    else:
        lines += [
            "| # | Line | Kind | Statement | Speaker | Outlet | Flags |",
            "|--:|--:|---|---|---|---|---|",
        ]
        for number, statement in enumerate(file.statements, 1):
            cells = (
                str(number),
                str(statement.content.line),
                escape(statement.kind),
                escape(shorten(statement.content.text, STATEMENT_LIMIT)),
                _speaker(statement),
                "—" if statement.outlet is None else escape(statement.outlet.name),
                escape(", ".join(statement.flags)),
            )
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    if file.findings:
        lines += ["**Findings**", ""]
        for finding in file.findings:
            span = finding.span
            rule = rules.get(finding.rule)
            title = f" ({escape(rule.summary)})" if rule is not None and rule.summary else ""
            lines.append(
                f"- {span.line}:{span.column} **{escape(finding.severity)}** "
                f"{escape(finding.rule)}{title}: {escape(finding.message)}"
            )
        lines.append("")
    return lines


def render(report: Report, *, rules: Mapping[str, RuleInfo]) -> str:
    """The report as GitHub-flavoured Markdown: a section per file and a closing summary."""
    lines = ["## attrib report", ""]
    for file in report.files:
        lines += _file_section(file, rules)
    summary = report.summary
    counts = summary["findings"]
    assert isinstance(counts, dict)
    parts = [f"{summary['files']} file(s)", f"{summary['statements']} statement(s)"]
    parts += [f"{counts.get(severity, 0)} {severity}" for severity in ("error", "warning", "info")]
    parts.append(f"{summary['suppressed']} suppressed")
    lines.append("**Summary:** " + ", ".join(parts))
    return "\n".join(lines) + "\n"
