"""Suppression comments: the writer's "I know, leave it" in the text itself.

- ``<!-- attrib: disable RULE[,RULE] -->`` ... ``<!-- attrib: enable RULE[,RULE] -->``: the
  rules are off between the two comments (to the end of the text if never enabled again);
- ``<!-- attrib: ignore RULE[,RULE] -->``: the rules are off for the next paragraph.

``all`` stands for every rule. The comments work in any format: readers keep them verbatim in
``Document.text`` (in plain text, put the comment on its own line). A paragraph ends at a blank
line; in a text without any blank line each line is a paragraph. A finding is suppressed by
where its span starts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from attrib.model import Document, Finding

_DIRECTIVE = re.compile(
    r"<!--\s*attrib\s*:\s*(?P<verb>disable|enable|ignore)\b\s*(?P<rules>[\w\s,-]*?)\s*-->",
    re.IGNORECASE,
)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


@dataclass(frozen=True)
class Directive:
    """One suppression comment: its verb, rule ids (or ``all``) and where it sits."""

    verb: str
    rules: frozenset[str]
    start: int
    end: int


@dataclass(frozen=True)
class _State:
    everything: bool  # "disable all" in force
    disabled: frozenset[str]  # disabled one by one (when not everything)
    exceptions: frozenset[str]  # enabled again while everything is disabled

    def off(self, rule: str) -> bool:
        if self.everything:
            return rule not in self.exceptions
        return rule in self.disabled


def directives(text: str) -> list[Directive]:
    """Every suppression comment in ``text``, in order."""
    found = []
    for match in _DIRECTIVE.finditer(text):
        rules = frozenset(
            r.strip().lower() for r in re.split(r"[\s,]+", match["rules"]) if r.strip()
        )
        if rules:
            found.append(Directive(match["verb"].lower(), rules, match.start(), match.end()))
    return found


def _paragraph_end(text: str, offset: int, lines: bool) -> int:
    if lines:
        end = text.find("\n", offset)
        return len(text) if end == -1 else end
    blank = _BLANK_LINE.search(text, offset)
    return blank.start() if blank else len(text)


def _ignored_region(
    text: str, directive: Directive, later: Sequence[Directive], lines: bool
) -> tuple[int, int]:
    """From the end of an ignore comment to the end of the paragraph after it."""
    pos = directive.end
    # Stacked comments ("ignore a" then "ignore b" on the next line) share the paragraph below.
    following = iter(later)
    nxt = next(following, None)
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if nxt is not None and nxt.start == pos:
            pos = nxt.end
            nxt = next(following, None)
            continue
        break
    if pos >= len(text):
        return directive.end, len(text)
    # A comment at the end of a line governs the paragraph below, not the rest of its own line.
    return directive.end, _paragraph_end(text, pos, lines)


def apply_suppressions(
    findings: Sequence[Finding], document: Document
) -> tuple[tuple[Finding, ...], int]:
    """The findings not suppressed by comments in the document, and how many were."""
    text = document.text
    found = directives(text)
    if not found or not findings:
        return tuple(findings), 0
    lines = _BLANK_LINE.search(text) is None
    # Snapshots of the disable/enable state after each switching comment.
    offsets: list[int] = [0]
    states: list[_State] = [_State(False, frozenset(), frozenset())]
    ignored: list[tuple[int, int, frozenset[str]]] = []
    for i, directive in enumerate(found):
        state = states[-1]
        everything = "all" in directive.rules
        if directive.verb == "ignore":
            start, end = _ignored_region(text, directive, found[i + 1 :], lines)
            ignored.append((start, end, directive.rules))
            continue
        if directive.verb == "disable":
            if everything:
                state = _State(True, frozenset(), frozenset())
            elif state.everything:
                state = _State(True, frozenset(), state.exceptions - directive.rules)
            else:
                state = _State(False, state.disabled | directive.rules, frozenset())
        elif everything:
            state = _State(False, frozenset(), frozenset())
        elif state.everything:
            state = _State(True, frozenset(), state.exceptions | directive.rules)
        else:
            state = _State(False, state.disabled - directive.rules, frozenset())
        offsets.append(directive.end)
        states.append(state)

    kept = []
    for item in findings:
        at = item.span.start
        state = states[bisect.bisect_right(offsets, at) - 1]
        off = state.off(item.rule) or any(
            start <= at < end and (item.rule in rules or "all" in rules)
            for start, end, rules in ignored
        )
        if not off:
            kept.append(item)
    return tuple(kept), len(findings) - len(kept)
