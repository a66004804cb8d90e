"""A verdict's word-level diff, in the words as the draft and the source write them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrib.model import DiffOp

if TYPE_CHECKING:
    from attrib.verification.align import Alignment
    from attrib.verification.index import SourceIndex
    from attrib.verification.words import Words

# rapidfuzz names edits from the draft's side ("delete": a draft word the source lacks); the
# contract names them as an editor reads a diff of the quote against its source.
_OPS = {"equal": "equal", "replace": "replace", "delete": "insert", "insert": "delete"}


def diff_of(
    text: str,
    index: SourceIndex,
    words: Sequence[Words],
    found: Sequence[Alignment | None],
) -> tuple[DiffOp, ...]:
    """The diff of each run of draft ``words`` against its alignment (None: not in a source)."""
    ops: list[DiffOp] = []
    for run, alignment in zip(words, found, strict=True):
        if alignment is None:
            if len(run):
                ops.append(DiffOp("insert", text[run.starts[0] : run.ends[-1]], ""))
            continue
        source = index.sources[alignment.source].document.text
        for tag, i1, i2, j1, j2 in alignment.opcodes:
            first = alignment.first
            draft = text[run.starts[first + i1] : run.ends[first + i2 - 1]] if i2 > i1 else ""
            begin = alignment.begin
            said = (
                source[index.start_of(begin + j1) : index.end_of(begin + j2 - 1)] if j2 > j1 else ""
            )
            ops.append(DiffOp(_OPS[tag], draft, said))
    return tuple(ops)
