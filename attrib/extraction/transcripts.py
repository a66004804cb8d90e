"""Interview and video transcripts: each answer turn is a statement of the person answering.

A transcript is a run of paragraphs that open with a speaker label and a colon:

- ``Q:`` / ``A:`` blocks (questions and answers), also ``Q.`` / ``A.`` (only as a pair);
- ``NAME:`` turns: ``Dana:``, ``MARISSA:``, ``Jane Porter:``, ``**Jane Porter:**`` (Markdown
  bold), ``JANE PORTER (interviewer):`` (a role in brackets).

Labels are found from the text alone (`find_turns`, part of the document's layout). A document
has turns only when some label opens two paragraphs or more (with words that end like speech,
with a full stop, question or exclamation mark, at least once: a run of ``New Release: a racing
game`` headings is not a transcript), or both ``Q:`` and ``A:`` do: one ``UPDATE:`` or
``Photo:`` line is not a transcript. In a transcript every label is a turn, also
that of a speaker who speaks once.

What the turns mean (`attrib.extraction.answers.apply_turns`, after the quote conventions):

- an answer turn (``A:`` or a named speaker) is one direct statement of the labelled person;
  ``A:`` is the person the introduction names (the first full name before the first turn), a
  name label is resolved like any other mention (``Dana`` -> the full name the article gives);
- a question turn (``Q:`` or a label whose role says interviewer, host, moderator or reporter)
  is the interviewer's, and none of its words are the interviewee's statements: nothing in it
  becomes a statement;
- in a ``Q:``/``A:`` transcript, a paragraph with no label right after an answer continues that
  answer (an answer of several paragraphs, or one whose label was lost) when it has at least
  eight words: shorter ones are the interviewer's links ("Ok, now for a little fun.",
  "Thanks, Dana!").

Examples::

    Q: Why now?                          -> not a statement
    A: Because the market is ready.      -> "Because the market is ready." (the interviewee)
    MARISSA: We never planned it.        -> "We never planned it." (Marissa ...)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

# A label opening a paragraph: optional Markdown emphasis, a name of up to four capitalised
# words (or Q/A), an optional role in brackets, the colon (inside or outside the emphasis).
_LABEL = re.compile(
    r"[ \t]*(?P<mark>\*\*|__|\*|_)?[ \t]*"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
    r"(?:[ \t]*\((?P<role>[^)\n]{1,40})\))?"
    r"[ \t]*(?::(?P=mark)?|(?P=mark)?:)[ \t]+(?=\S)"
)
# "Q." and "A." with a full stop, as many papers print an interview: only as a pair, since "A."
# alone may be an initial ("A. Reyes said ...").
_DOTTED_QA = re.compile(
    r"[ \t]*(?P<mark>\*\*|__|\*|_)?[ \t]*(?P<name>[QA])\.(?P<role>(?!))?(?P=mark)?[ \t]+(?=\S)"
)
QUESTION_LABELS = frozenset({"q", "question", "interviewer"})
ANSWER_LABELS = frozenset({"a", "answer"})
# A role in brackets that makes the label the interviewer's.
_INTERVIEWER_ROLE = re.compile(r"interview|host|moderat|reporter|anchor|question", re.I)
# How speech ends: a sentence's closing mark, then any closing quotes or brackets, at the end.
_SPEECH_END = re.compile(r"[.?!…][\"'”’)\]]*$")
# Words a paragraph without a label needs to continue the answer before it.
CONTINUATION_WORDS = 8
_WORD = re.compile(r"\w+")
# Labels that open paragraphs without being speakers.
NOT_SPEAKERS = frozenset({
    "update", "updated", "editor's note", "note", "photo", "video", "watch", "read more",
    "related", "source", "sources", "image", "caption", "credit", "warning", "correction",
    "disclaimer", "listen", "see also", "more", "also", "subscribe", "follow",
})  # fmt: skip


@dataclass(frozen=True)
class Turn:
    """One labelled paragraph: the label (for answers, the speaker) and the words after it."""

    label: str
    label_start: int
    label_end: int  # just after the colon
    start: int  # the turn's words, to the end of the paragraph
    end: int
    question: bool
    # Continues the answer before it (a paragraph without a label in a Q/A transcript).
    continued: bool = False

    @property
    def qa(self) -> bool:
        """An ``A:`` turn: its speaker is the interviewee the introduction names."""
        return self.label.lower() in ANSWER_LABELS


def _paragraphs(text: str, starts: Sequence[int]) -> list[tuple[int, int]]:
    """(start, end) of each paragraph's words, edge spaces trimmed."""
    bounds = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        bounds.append((start + lead, start + len(piece.rstrip())))
    return bounds


def find_turns(text: str, paragraph_starts: Sequence[int]) -> tuple[Turn, ...]:
    """The transcript turns of a document (empty when it is not a transcript)."""
    paragraphs = _paragraphs(text, paragraph_starts)
    labelled: list[tuple[int, re.Match[str]]] = []
    dotted: list[tuple[int, re.Match[str]]] = []
    for index, (start, end) in enumerate(paragraphs):
        match = _LABEL.match(text, start, end)
        if match is not None and match.group("name").lower() not in NOT_SPEAKERS:
            labelled.append((index, match))
        elif match is None and (dot := _DOTTED_QA.match(text, start, end)) is not None:
            dotted.append((index, dot))
    if {m.group("name") for _, m in dotted} == {"Q", "A"}:
        labelled = sorted([*labelled, *dotted], key=lambda pair: pair[0])
    names = Counter(m.group("name").lower() for _, m in labelled)
    qa = any(n in QUESTION_LABELS for n in names) and any(n in ANSWER_LABELS for n in names)
    # A label's words end like speech at least once: "New Release: a racing game (out Friday)"
    # twice is a list of headings, not a speaker's turns.
    spoken = {
        m.group("name").lower()
        for index, m in labelled
        if _SPEECH_END.search(text, m.end(), paragraphs[index][1])
    }
    recurring = {n for n, count in names.items() if count >= 2 and n in spoken}
    if not qa and not recurring:
        return ()
    turns: list[Turn] = []
    by_index = dict(labelled)
    last_answer: Turn | None = None
    for index, (start, end) in enumerate(paragraphs):
        match = by_index.get(index)
        if match is None:
            if (
                qa
                and last_answer is not None
                and len(_WORD.findall(text, start, end)) >= CONTINUATION_WORDS
            ):
                # An answer running on, or one that lost its label: the interviewee's words.
                turn = Turn(last_answer.label, start, start, start, end, False, continued=True)
                turns.append(turn)
            continue
        name = match.group("name")
        role = match.group("role") or ""
        question = name.lower() in QUESTION_LABELS or bool(_INTERVIEWER_ROLE.search(role))
        turn = Turn(name, match.start("name"), match.end(), match.end(), end, question)
        turns.append(turn)
        last_answer = None if question else turn
    return tuple(turns)
