"""``--format html``: one self-contained page with the article, its statements and its findings.

The page is one file with its CSS and JavaScript inline and no external resource of any kind (no
fonts, no images, no network), so it works opened from disk and as an e-mail attachment. For each
file: the sources roster as the legend (one colour per speaker), the article paragraph by
paragraph with every statement highlighted, each finding marked where it stands with its message
in a side note, and the quote verification when a statement carries one. Filters by rule and
severity, a summary bar, a file index for runs over several files, keyboard navigation and a print
stylesheet.

Article text is untrusted. It reaches the page only through Jinja2 templates with autoescaping
on, so every value is escaped for HTML text and quoted attributes (``& < > " '``) and nothing in
an article can open a tag, close the style or script block, or start an attribute. Nothing taken
from an article is ever put in a URL, a style or a script; element ids are built from numbers. A
Content-Security-Policy allows only the page's own style and script blocks (by hash) and no
network at all, so even a mistake in escaping could not run a script or fetch anything.

Markup contract (tests and other tools rely on it): each highlighted statement element carries
``data-statement-id`` (the JSON statement id; a statement that runs over several paragraphs has
one element per paragraph, all with its id), ``data-source`` (its legend entry) and
``data-kind``; each finding marker carries ``data-rule`` and ``data-severity``.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from markupsafe import Markup

from attrib.model import SEVERITIES, FileReport, Report, Statement, Verification
from attrib.render import RuleInfo
from attrib.render.article import Paragraph, layout, statements_only
from attrib.render.palette import NO_SPEAKER, SEVERITY_COLOURS, Colours, speaker_colours

# What a statement's label calls its kind: "reported" is the newsroom word for indirect speech.
KIND_LABELS = {"direct": "direct", "indirect": "reported", "mixed": "mixed"}
# Labels name the speaker; a long group name ("recent reports and expert analysis") is cut.
LABEL_LIMIT = 28


@dataclass(frozen=True)
class SourceView:
    """One legend entry: a roster source (or "no speaker") and its colours."""

    key: str
    css: str
    name: str
    kind: str
    description: str | None
    statements: int
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class StatementView:
    """What the page shows of one statement besides its text."""

    source: SourceView
    kind_label: str
    label: str
    title: str
    verification: Verification | None


@dataclass(frozen=True)
class FileView:
    """One file of the run, ready for the template."""

    number: int
    path: str
    error: str | None
    sources: tuple[SourceView, ...]
    statements: Mapping[str, StatementView]
    paragraphs: tuple[Paragraph, ...]
    verified: Mapping[int, tuple[Statement, ...]]
    has_text: bool
    counts: Mapping[str, int]
    statement_count: int
    suppressed: int


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _sources(file: FileReport, number: int) -> tuple[dict[tuple[str, str], SourceView], SourceView]:
    """Legend entries keyed by (speaker name, kind), and the entry for statements with none."""
    views: dict[tuple[str, str], SourceView] = {}
    for index, source in enumerate(file.sources):
        views[(source.name, source.kind)] = SourceView(
            f"f{number}-s{index + 1}",
            f"c{index}",
            source.name,
            source.kind,
            source.description,
            source.statements,
            source.outlets,
        )
    unattributed = sum(1 for s in file.statements if s.speaker is None)
    nobody = SourceView(f"f{number}-s0", "cx", "no speaker", "", None, unattributed, ())
    return views, nobody


def _statement_views(
    file: FileReport, views: dict[tuple[str, str], SourceView], nobody: SourceView
) -> dict[str, StatementView]:
    result = {}
    for statement in file.statements:
        speaker = statement.speaker
        source = nobody
        if speaker is not None:
            key = (speaker.name, speaker.kind)
            if key not in views:
                index = len(views)
                views[key] = SourceView(
                    f"{nobody.key[:-1]}{index + 1}",
                    f"c{index}",
                    speaker.name,
                    speaker.kind,
                    speaker.description,
                    0,
                    (),
                )
            source = views[key]
        kind_label = KIND_LABELS.get(statement.kind, statement.kind)
        # The verdict of a quote checked against the sources is part of its label, in words.
        verdict = () if statement.verification is None else (statement.verification.status,)
        who = "no speaker" if speaker is None else speaker.name
        described = (
            who
            if speaker is None or not speaker.description
            else (f"{who} ({speaker.description})")
        )
        parts = [statement.id, described, kind_label]
        if statement.cue is not None:
            parts.append(f"cue: {statement.cue.text}")
        if statement.outlet is not None:
            parts.append(f"via {statement.outlet.name}")
        result[statement.id] = StatementView(
            source,
            kind_label,
            " · ".join((_short(who, LABEL_LIMIT), kind_label, *verdict)),
            " · ".join(parts),
            statement.verification,
        )
    return result


def file_view(file: FileReport, number: int) -> FileView:
    """Everything the template shows of one file."""
    views, nobody = _sources(file, number)
    statements = _statement_views(file, views, nobody)
    legend = tuple(views.values()) + ((nobody,) if nobody.statements else ())
    document = file.document
    paragraphs: tuple[Paragraph, ...] = ()
    verified: dict[int, tuple[Statement, ...]] = {}
    if document is not None:
        paragraphs = tuple(layout(document, file.statements, file.findings))
        starts = [p.start for p in paragraphs]
    else:
        # One paragraph per statement, in the statements' order.
        paragraphs = tuple(statements_only(file.statements, file.findings))
    for position, statement in enumerate(file.statements):
        if statement.verification is None or not paragraphs:
            continue
        # A verification note goes beside the paragraph where its statement starts.
        index = position
        if document is not None:
            index = max(bisect.bisect_right(starts, statement.content.start) - 1, 0)
        verified[index] = (*verified.get(index, ()), statement)
    counts = Counter(f.severity for f in file.findings)
    return FileView(
        number=number,
        path=file.path,
        error=file.error,
        sources=legend,
        statements=statements,
        paragraphs=paragraphs,
        verified=verified,
        has_text=document is not None,
        counts={severity: counts.get(severity, 0) for severity in SEVERITIES},
        statement_count=len(file.statements),
        suppressed=file.suppressed,
    )


def _colour_css(count: int) -> str:
    """One class per legend colour: ``c0``, ``c1`` ... and ``cx`` for statements with no speaker."""

    def rule(name: str, colours: Colours) -> str:
        return f".{name}{{--tint:{colours.tint};--accent:{colours.accent}}}"

    lines = [rule(f"c{index}", speaker_colours(index)) for index in range(count)]
    lines.append(rule("cx", NO_SPEAKER))
    severity = ";".join(f"--{name}:{colour}" for name, colour in SEVERITY_COLOURS.items())
    lines.append(f":root{{{severity}}}")
    return "\n".join(lines)


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@lru_cache(maxsize=1)
def _assets() -> tuple[Any, str, str]:
    """The compiled template, the stylesheet and the script (read and compiled once)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(
        loader=PackageLoader("attrib.render", "templates"),
        # Escaping is on for every value; only the page's own CSS and JS are marked safe.
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    folder = resources.files("attrib.render") / "templates"
    css = (folder / "report.css").read_text(encoding="utf-8")
    script = (folder / "report.js").read_text(encoding="utf-8")
    if "</" in script or "</" in css:  # an end tag would end the block early
        raise ValueError("the report's own CSS or JS must not contain '</'")
    environment.globals["severity_label"] = severity_label
    return environment.get_template("report.html.j2"), css, script


def render(report: Report, *, rules: Mapping[str, RuleInfo]) -> str:
    """The report as one self-contained HTML page."""
    template, css, script = _assets()
    files = [file_view(file, number) for number, file in enumerate(report.files, 1)]
    colours = max((len(view.sources) for view in files), default=0)
    style = css + "\n" + _colour_css(colours) + "\n"
    summary = report.summary
    by_rule: Counter[str] = Counter(f.rule for file in report.files for f in file.findings)
    page: str = template.render(
        tool=report.tool,
        files=files,
        summary=summary,
        severities=SEVERITIES,
        rules=rules,
        rule_counts=sorted(by_rule.items()),
        style=Markup(style),
        script=Markup(script),
        csp=_csp(style, script),
    )
    return page + "\n"


def _csp(style: str, script: str) -> str:
    """No network, no plugins, no forms: only this page's own style and script blocks."""
    return (
        "default-src 'none'; "
        f"style-src {_csp_hash(style)}; "
        f"script-src {_csp_hash(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def severity_label(count: int, severity: str) -> str:
    """'1 error', '6 warnings', '1 info'."""
    return f"{count} {severity}" if count == 1 or severity == "info" else f"{count} {severity}s"
