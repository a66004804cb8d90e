"""Statements built by hand from substrings of a text: the rules' documented examples and tests.

Each rule's ``EXAMPLES`` is a table of `Example` s, run by one parametrised test
(``tests/test_rules.py``): a text, the statements the engine would find in it (`Said`), and
whether the rule flags it. The constructors below (`Example.quoted`, `Example.reported`,
`Example.according`, `Example.unattributed`, `Said.from_outlet`) write the common cases on one
line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, TypeVar

from attrib.model import (
    Document,
    Outlet,
    Severity,
    Span,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
)

E = TypeVar("E", bound="Example")


@dataclass(frozen=True)
class Said:
    """A statement described by substrings of an example text (first whole-word match)."""

    content: str
    kind: StatementKind = "indirect"
    cue: str | None = None
    speaker: str | None = None  # the mention as written; None for no speaker
    name: str | None = None  # resolved name when it differs from the mention ("he")
    speaker_kind: SpeakerKind = "person"
    description: str | None = None
    outlet: str | None = None  # canonical outlet name
    outlet_mention: str | None = None  # where the text names the outlet, when not by ``outlet``
    # The speaker carries over from an earlier statement: this one does not mention them.
    unmentioned: bool = False

    @classmethod
    def from_outlet(
        cls, content: str, mention: str, outlet: str | None = None, **fields: Any
    ) -> Said:
        """A statement an outlet makes itself ("according to the Post"): the outlet, written
        ``mention`` in the text (canonical name ``outlet`` when that differs), is both the
        speaker and the channel."""
        return cls(
            content,
            speaker=mention,
            name=outlet,
            speaker_kind="outlet",
            outlet=outlet or mention,
            outlet_mention=mention,
            **fields,
        )


@dataclass(frozen=True)
class Example:
    """One documented example: a text, the statements the engine finds in it, flag or not."""

    text: str
    statements: tuple[Said, ...]
    flags: bool
    severity: Severity | None = None  # expected severity of the finding, when it matters
    # Source material (a transcript) the quotes are verified against, for the verification rules.
    source: str | None = None
    findings: int | None = None  # how many findings the rule makes, when it matters

    @classmethod
    def quoted(
        cls: type[E],
        quote: str,
        speaker: str,
        *,
        flags: bool,
        cue: str = "said",
        text: str | None = None,
        speaker_kind: SpeakerKind = "person",
        **fields: Any,
    ) -> E:
        """One direct ``quote`` (marks and comma included) that ``speaker`` said: the text is
        ``<quote> <speaker> <cue>.`` unless given; ``fields`` are the example's other fields."""
        said = Said(quote, "direct", cue, speaker, speaker_kind=speaker_kind)
        return cls(text or f"{quote} {speaker} {cue}.", (said,), flags, **fields)

    @classmethod
    def reported(
        cls: type[E],
        speaker: str,
        cue: str,
        content: str,
        *,
        flags: bool,
        speaker_kind: SpeakerKind = "person",
        description: str | None = None,
        title: str | None = None,
        aside: str | None = None,
        **fields: Any,
    ) -> E:
        """One indirect statement, the text ``<speaker> <cue> <content>.`` with the speaker's
        description after the name (``description``: "Analysts at Barclays"), before it
        (``title``: "Economist Maya Levi") or set off by commas (``aside``: "Residents, who
        asked not to be named,"); ``fields`` are the example's other fields."""
        described = description or title or aside
        said = Said(content, "indirect", cue, speaker, None, speaker_kind, described)
        if title:
            who = f"{title} {speaker}"
        elif aside:
            who = f"{speaker}, {aside},"
        else:
            who = f"{speaker} {description}" if description else speaker
        return cls(f"{who} {cue} {content}.", (said,), flags, **fields)

    @classmethod
    def according(
        cls: type[E],
        source: str,
        content: str,
        *,
        flags: bool,
        speaker_kind: SpeakerKind,
        first: bool = False,
        **fields: Any,
    ) -> E:
        """``<content>, according to <source>.`` (``According to <source>, <content>.`` when the
        credit comes ``first``): one indirect statement."""
        cue = "According to" if first else "according to"
        said = Said(content, "indirect", cue, source, speaker_kind=speaker_kind)
        text = f"{cue} {source}, {content}." if first else f"{content}, {cue} {source}."
        return cls(text, (said,), flags, **fields)

    @classmethod
    def unattributed(cls: type[E], text: str, *, flags: bool) -> E:
        """A text whose one statement is its quotation (from the first double quotation mark to
        the last), direct, with no cue and no speaker."""
        quote = text[text.index('"') : text.rindex('"') + 1]
        return cls(text, (Said(quote, "direct"),), flags)

    def build(self) -> tuple[Document, tuple[Statement, ...]]:
        """The document and the hand-built statements (verified when there is a source)."""
        doc = Document.from_text("example.txt", self.text)
        statements = tuple(
            _statement(doc, f"s{i + 1}", said) for i, said in enumerate(self.statements)
        )
        if self.source is None:
            return doc, statements
        from attrib.verification import build_index, verify_statements
        from attrib.verification.sources import transcript_source

        index = build_index([transcript_source(Document.from_text("source.txt", self.source))])
        return doc, verify_statements(statements, doc, index)


def locate(doc: Document, needle: str) -> Span:
    """The span of the first whole-word occurrence of ``needle`` in the document."""
    left = r"(?<!\w)" if needle[:1].isalnum() else ""
    right = r"(?!\w)" if needle[-1:].isalnum() else ""
    match = re.search(left + re.escape(needle) + right, doc.text)
    if match is None:
        raise ValueError(f"{needle!r} is not in the example text")
    return doc.span(match.start(), match.end())


def _statement(doc: Document, ident: str, said: Said) -> Statement:
    speaker = None
    if said.speaker is not None:
        mention = None if said.unmentioned else locate(doc, said.speaker)
        speaker = Speaker(said.name or said.speaker, said.speaker_kind, said.description, mention)
    outlet = None
    if said.outlet is not None:
        outlet = Outlet(said.outlet, locate(doc, said.outlet_mention or said.outlet))
    cue = locate(doc, said.cue) if said.cue else None
    return Statement(ident, said.kind, locate(doc, said.content), cue, speaker, outlet)
