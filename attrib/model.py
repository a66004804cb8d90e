"""Plain, immutable data that flows between attrib's stages.

``read -> parse -> extract -> attribute -> flag -> render``: every stage takes the previous
stage's objects and returns new ones. spaCy objects never leave extraction and attribution; what
leaves them is this module's frozen dataclasses, with character offsets into the document text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal, get_args

StatementKind = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal[
    "person", "organization", "outlet", "document", "group", "anonymous", "unknown"
]
Severity = Literal["error", "warning", "info"]

SPEAKER_KINDS: tuple[SpeakerKind, ...] = get_args(SpeakerKind)
SEVERITIES: tuple[Severity, ...] = get_args(Severity)


@dataclass(frozen=True)
class Span:
    """A stretch of the document: ``text == document.text[start:end]``.

    ``line`` and ``column`` are 1-based and point into the original file (for docx, ``line`` is
    the paragraph number).
    """

    start: int
    end: int
    line: int
    column: int
    text: str


@dataclass(frozen=True)
class DocumentMeta:
    """What a file says about itself, as opposed to what its prose says.

    Every reader fills what its format carries: an HTML page's ``<title>``/``og:title``,
    ``og:site_name``, byline, publication date and canonical URL; Markdown front matter
    (``title``, ``author``, ``date``, ...); a .docx file's core properties. A field the file does
    not state is None. Values are display text: whitespace runs are collapsed to one space.
    ``site_name`` names the publication (used to infer the outlet when ``publication`` is not
    configured); ``date`` is kept as the file writes it (usually ISO 8601); ``author`` joins
    several authors with ", ".
    """

    title: str | None = None
    site_name: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None

    def is_empty(self) -> bool:
        """Whether the file stated none of the fields."""
        return not any((self.title, self.site_name, self.author, self.date, self.url))


@dataclass(frozen=True)
class Document:
    """One input, read and decoded.

    ``text`` is the prose that attrib analyses. For formats that carry markup (Markdown, HTML)
    readers blank out what is not prose instead of deleting it, so offsets into ``text`` are
    offsets into the original file and line/column need no mapping. Where that is impossible
    (docx), ``line_starts`` maps offsets to paragraph numbers instead. ``meta`` is what the file
    states about itself (title, site, author, date, URL).
    """

    path: str
    text: str
    format: str = "text"
    line_starts: tuple[int, ...] = ()
    meta: DocumentMeta = field(default_factory=DocumentMeta)

    @staticmethod
    def from_text(path: str, text: str, format: str = "text") -> Document:
        """Build a document whose lines are the text's own lines."""
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return Document(path=path, text=text, format=format, line_starts=tuple(starts))

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        starts = self.line_starts or (0,)
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def span(self, start: int, end: int) -> Span:
        """The `Span` covering ``text[start:end]``."""
        line, column = self.locate(start)
        return Span(start, end, line, column, self.text[start:end])


@dataclass(frozen=True)
class Speaker:
    """Who made a statement. ``mention`` is where this statement names them."""

    name: str
    kind: SpeakerKind
    description: str | None = None
    mention: Span | None = None


@dataclass(frozen=True)
class Outlet:
    """The news outlet through which a statement reaches the article."""

    name: str
    mention: Span | None = None


@dataclass(frozen=True)
class DiffOp:
    """One step of a quote's word-level diff against its source.

    ``equal``: the same words; ``replace``: the draft's words stand where the source has others;
    ``insert``: words the draft adds; ``delete``: source words the draft leaves out.
    """

    op: str
    draft: str
    source: str


@dataclass(frozen=True)
class Passage(Span):
    """Where matched words stand in a source: a span of the source file at ``path``,
    ``text == source text[start:end]``.

    ``line`` and ``column`` are 1-based positions in the source file (for Word the paragraph
    number, for PDF the page number). ``path`` is given by keyword:
    ``Passage(start, end, line, column, text, path=...)``.
    """

    path: str = field(kw_only=True)


@dataclass(frozen=True)
class Verification:
    """How a quote (or, on request, a paraphrase) compares with the sources.

    ``status``: verbatim, elided, altered, spliced or not-found (paraphrase for a reported
    statement). ``segment`` is the draft's words that were checked; a statement with more than
    one quoted segment carries each segment's own verification in ``segments`` and, itself, the
    verdict of the segment that most needs an editor's eye. ``parts`` are the passages an
    elided or spliced segment's parts were found in, in the draft's order.
    """

    status: str
    score: float
    source: Passage | None
    speaker: str | None
    diff: tuple[DiffOp, ...] = ()
    segment: Span | None = None
    segments: tuple[Verification, ...] = ()
    parts: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class Statement:
    """A quoted or reported statement and its attribution."""

    id: str
    kind: StatementKind
    content: Span
    cue: Span | None
    speaker: Speaker | None
    outlet: Outlet | None = None
    flags: tuple[str, ...] = ()
    verification: Verification | None = None
    # The same quote in a sources database (``check --against``): for each quoted segment said
    # before, the verdict on its closest earlier version (verbatim, elided or altered), whose
    # ``source`` is that earlier article's path and position.
    earlier: tuple[Verification, ...] = ()


@dataclass(frozen=True)
class Finding:
    """Something a careful editor would question, raised by one rule.

    ``evidence`` is the source check behind a quote-verification finding: the source passage,
    who says it there, and the word diff.
    """

    rule: str
    severity: Severity
    message: str
    statement: str | None
    span: Span
    evidence: Verification | None = None


@dataclass(frozen=True)
class Source:
    """One speaker on the sources roster of a file."""

    name: str
    kind: SpeakerKind
    description: str | None
    statements: int
    outlets: tuple[str, ...] = ()


PublicationSource = Literal["config", "front-matter", "html-meta", "docx-properties"]


@dataclass(frozen=True)
class Publication:
    """The outlet a file was checked as, and where that came from: the config's ``publication``,
    or what the file says about itself (Markdown front matter, HTML meta tags, docx properties)."""

    name: str
    source: PublicationSource


@dataclass(frozen=True)
class FileReport:
    """Everything attrib found in one input (or the error that stopped it)."""

    path: str
    error: str | None = None
    statements: tuple[Statement, ...] = ()
    findings: tuple[Finding, ...] = ()
    sources: tuple[Source, ...] = ()
    suppressed: int = 0
    document: Document | None = field(default=None, compare=False, repr=False)
    # The publication whose own reporting is first-hand (None: neither configured nor stated).
    publication: Publication | None = None


@dataclass(frozen=True)
class ToolInfo:
    name: str
    version: str
    model: str


@dataclass(frozen=True)
class Report:
    """The result of one run over one or more inputs."""

    tool: ToolInfo
    files: tuple[FileReport, ...]

    @property
    def summary(self) -> dict[str, object]:
        """Counts over all files, as in the JSON output's ``summary``."""
        by_severity = {severity: 0 for severity in SEVERITIES}
        by_rule: dict[str, int] = {}
        for file in self.files:
            for finding in file.findings:
                by_severity[finding.severity] = by_severity.get(finding.severity, 0) + 1
                by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
        return {
            "files": len(self.files),
            "files_with_errors": sum(1 for f in self.files if f.error is not None),
            "statements": sum(len(f.statements) for f in self.files),
            "findings": by_severity,
            "rules": dict(sorted(by_rule.items())),
            "suppressed": sum(f.suppressed for f in self.files),
        }
