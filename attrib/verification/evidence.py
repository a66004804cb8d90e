"""Verdicts in words: where the source passage is, and what the diff changed.

Rules put these in their messages and renderers in their lines, so every format says the same:
``interview.txt:12:5 altered: "best" -> "greatest"``.

Examples::

    >>> from attrib.model import DiffOp, Passage, Verification
    >>> v = Verification("altered", 0.9, Passage(0, 4, 12, 5, "best", path="talk.txt"), "Ana Ruiz",
    ...                  (DiffOp("replace", "greatest", "best"), DiffOp("insert", "really", "")))
    >>> evidence_line(v)
    'talk.txt:12:5 altered: "best" -> "greatest", added "really" (Ana Ruiz)'
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrib.model import Passage, Statement, Verification

# How much of a source passage or a changed stretch a one-line summary shows.
_LIMIT = 60


def segments_of(verification: Verification) -> tuple[Verification, ...]:
    """Each quoted segment's own verdict (a one-segment statement is its own segment)."""
    return verification.segments or (verification,)


def segments_with_status(
    statements: Sequence[Statement], status: str
) -> Iterator[tuple[Statement, Verification]]:
    """Each quoted statement's verified segments with ``status`` (what the rules walk)."""
    for statement in statements:
        if statement.verification is None or statement.kind not in ("direct", "mixed"):
            continue
        for segment in segments_of(statement.verification):
            if segment.status == status:
                yield statement, segment


def where(passage: Passage) -> str:
    """``path:line:column`` of a source passage."""
    return f"{passage.path}:{passage.line}:{passage.column}"


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _LIMIT else flat[: _LIMIT - 1].rstrip() + "…"


def changes(verification: Verification) -> str:
    """The diff's edits in a few words: ``"best" -> "greatest", dropped "three"``."""
    out = []
    for op in verification.diff:
        if op.op == "replace":
            out.append(f'"{_short(op.source)}" -> "{_short(op.draft)}"')
        elif op.op == "insert":
            out.append(f'added "{_short(op.draft)}"')
        elif op.op == "delete":
            out.append(f'dropped "{_short(op.source)}"')
    return ", ".join(out)


def evidence_line(verification: Verification) -> str:
    """One line: where, the verdict, what changed, and who says it in the source."""
    head = where(verification.source) + " " if verification.source is not None else ""
    line = f"{head}{verification.status}"
    if verification.status == "altered":
        line += ": " + changes(verification)
    elif verification.status == "spliced" and len(verification.parts) > 1:
        line = "spliced: joins " + " and ".join(where(p) for p in verification.parts)
    elif verification.status == "not-found":
        line = "not found in the sources"
    if verification.speaker:
        line += f" ({verification.speaker})"
    return line
