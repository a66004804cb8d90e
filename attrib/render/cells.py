"""The pieces of a statement as rich `Text`, shared by the wide table and the narrow blocks.

Article text only ever reaches rich as `Text` (never parsed as markup), with control characters
replaced first (`clean`), so a quote cannot restyle the output or send escape sequences.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text

from attrib.model import FileReport, Statement
from attrib.render import RuleInfo
from attrib.render.common import clean, shorten
from attrib.verification.evidence import evidence_line

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "blue"}
# Verification verdicts: what needs an editor in the severity colours, the rest quiet.
VERDICT_STYLES = {
    "altered": SEVERITY_STYLES["error"],
    "spliced": SEVERITY_STYLES["warning"],
    "not-found": SEVERITY_STYLES["info"],
    "verbatim": "green",
    "elided": "green",
    "paraphrase": "green",
}


def text_cell(value: str | None, style: str = "") -> Text:
    return Text(clean(value) if value else "", style=style)


def severity_of(
    rule: str, statement: Statement, file: FileReport, rules: Mapping[str, RuleInfo]
) -> str:
    for finding in file.findings:
        if finding.rule == rule and finding.statement == statement.id:
            return finding.severity
    info = rules.get(rule)
    return info.severity if info is not None else ""


def flags_cell(
    statement: Statement, file: FileReport, rules: Mapping[str, RuleInfo], separator: str = "\n"
) -> Text:
    """The statement's rule ids in their severity's colour; by default one a line, so that a
    rule id is never folded mid-word."""
    text = Text()
    for number, rule in enumerate(statement.flags):
        if number:
            text.append(separator)
        severity = severity_of(rule, statement, file, rules)
        text.append(clean(rule), style=SEVERITY_STYLES.get(severity, ""))
    return text


def statement_cell(statement: Statement, limit: int) -> Text:
    """The statement (at most ``limit`` characters), and under it where the sources have it
    (when they were checked)."""
    text = Text(clean(shorten(statement.content.text, limit)))
    verification = statement.verification
    if verification is not None:
        text.append("\n↳\xa0", style="dim")
        text.append(
            clean(evidence_line(verification)),
            style=VERDICT_STYLES.get(verification.status, "dim"),
        )
    return text


def speaker_cell(statement: Statement) -> Text:
    speaker = statement.speaker
    if speaker is None:
        return Text("—", style="dim")
    text = Text(clean(speaker.name), style="bold" if speaker.kind == "person" else "")
    if speaker.description:
        text.append(f" ({clean(speaker.description)})", style="dim")
    return text
