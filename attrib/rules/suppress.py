"""Suppression comments: the writer's "I know, leave it" in the text itself.

- ``<!-- attrib: disable RULE[,RULE] -->`` ... ``<!-- attrib: enable RULE[,RULE] -->``: the
  rules are off between the two comments (to the end of the text if never enabled again);
- ``<!-- attrib: ignore RULE[,RULE] -->``: the rules are off for the next paragraph.

``all`` stands for every rule. The comments work in any format: readers keep them verbatim in
``Document.text`` (in plain text, put the comment on its own line). The document's `Layout`
finds them and the paragraph each ``ignore`` governs (a paragraph ends at a blank line; in a text
without any blank line each line is a paragraph); this module decides which findings they
suppress. A finding is suppressed by where its span starts.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from attrib.layout import Layout
from attrib.model import Finding


@dataclass(frozen=True)
class _State:
    everything: bool  # "disable all" in force
    disabled: frozenset[str]  # disabled one by one (when not everything)
    exceptions: frozenset[str]  # enabled again while everything is disabled

    def off(self, rule: str) -> bool:
        if self.everything:
            return rule not in self.exceptions
        return rule in self.disabled


def apply_suppressions(
    findings: Sequence[Finding], layout: Layout
) -> tuple[tuple[Finding, ...], int]:
    """The findings not suppressed by the comments in the layout, and how many were."""
    found = layout.directives
    if not found or not findings:
        return tuple(findings), 0
    # Snapshots of the disable/enable state after each switching comment.
    offsets: list[int] = [0]
    states: list[_State] = [_State(False, frozenset(), frozenset())]
    ignored: list[tuple[int, int, frozenset[str]]] = []
    for directive in found:
        state = states[-1]
        everything = "all" in directive.rules
        if directive.verb == "ignore":
            ignored.append((directive.end, directive.until, directive.rules))
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
