"""earlier-quote: a quote the archive holds already, in these words or in others.

What it flags
-------------
With ``attrib check DRAFT --against sources.duckdb`` (a database built by ``attrib index``),
each direct quote is looked up among the archive's earlier quotes by the same speaker (names
compared as quote verification compares them: "Ruiz" is "Ana Ruiz"):

- the same words appeared before (verbatim, or the parts around an ellipsis): an ``info``
  finding that gives the earlier article's path, line and column;
- an earlier version differs (words changed, added or dropped): a finding one severity higher
  (``warning`` by default) with the earlier path and line and the changed words, the evidence
  of a possible misquote.

Only runs with ``--against``; without it no statement has earlier versions.

Why it matters
--------------
A quote recycled from an earlier story presented as new is a staple of corrections columns;
the New York Times' guidelines ask that a quote taken from earlier coverage say so ("as he told
The Times in 2019"). When the archive has the same quote in other words, one of the two is
wrong: the AP Stylebook ("Never alter quotations") and the Reuters Handbook of Journalism
("quotes must be accurate") allow neither to stand unchecked.

In each example the archive holds ``"We will not raise taxes this year or next," Ruiz said.``

Examples that flag
------------------
- ``"We will not raise taxes this year or next," Ana Ruiz said on Monday.`` (the same words)
- ``"We will never raise taxes this year or next," Ana Ruiz said.`` (an earlier version
  differs: "not" -> "never")

Examples that pass
------------------
- ``"We will not raise taxes this year or next," Tom Baker said.`` (another speaker)
- ``"The bridge opens in May," Ana Ruiz said.`` (new words)

What to write instead
---------------------
For words said before, say when and where (``as she told the council in May``), or find out
whether she said them again. For a differing version, check the recording or the notes and
quote the words she said; if she said both, say so.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from attrib.model import Document, Finding, Statement
from attrib.rules.base import Context, RuleOptions, finding, shift
from attrib.rules.examples import Example
from attrib.verification.evidence import changes, where

ID = "earlier-quote"
SEVERITY = "info"
SUMMARY = "A quote the archive holds already: the same words before, or a differing version."


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """One finding per quoted segment with an earlier version in the archive; the finding
    carries that version (path, position, diff) as its evidence."""
    for st in statements:
        for verdict in st.earlier:
            if verdict.source is None:
                continue
            span = verdict.segment or st.content
            if verdict.status in ("verbatim", "elided"):
                message = f"said before in these words: {where(verdict.source)}"
                yield finding(ID, options.severity, message, st, span, verdict)
            else:
                message = (
                    f"possible misquote: an earlier version differs ({where(verdict.source)}): "
                    f"{changes(verdict) or 'the words differ'}"
                )
                yield finding(ID, shift(options.severity, 1), message, st, span, verdict)


@dataclass(frozen=True)
class ArchiveExample(Example):
    """An example whose direct quotes are compared with ``archive``, an earlier article's text
    (its quotes attributed to ``archive_speaker``), as ``--against`` would."""

    archive: str = ""
    archive_speaker: str = "Ruiz"

    def build(self) -> tuple[Document, tuple[Statement, ...]]:
        from attrib.archive.earlier import EarlierQuote, compare
        from attrib.layout import scan

        doc, statements = super().build()
        start = self.archive.index('"')
        end = self.archive.index('"', start + 1) + 1
        earlier = [
            EarlierQuote(
                "archive/2024/05/02/budget.txt",
                start,
                1,
                start + 1,
                self.archive[start:end],
                self.archive_speaker,
            )
        ]
        layout = scan(doc.text)
        return doc, tuple(
            replace(st, earlier=compare(st, doc, earlier, layout)) if st.kind == "direct" else st
            for st in statements
        )


_BEFORE = '"We will not raise taxes this year or next," Ruiz said.'
_SAME = '"We will not raise taxes this year or next,"'
_OTHER = '"We will never raise taxes this year or next,"'
EXAMPLES: tuple[Example, ...] = (
    ArchiveExample.quoted(
        _SAME,
        "Ana Ruiz",
        text=f"{_SAME} Ana Ruiz said on Monday.",
        flags=True,
        severity="info",
        archive=_BEFORE,
    ),
    ArchiveExample.quoted(_OTHER, "Ana Ruiz", flags=True, severity="warning", archive=_BEFORE),
    ArchiveExample.quoted(_SAME, "Tom Baker", flags=False, archive=_BEFORE),
    ArchiveExample.quoted('"The bridge opens in May,"', "Ana Ruiz", flags=False, archive=_BEFORE),
)
