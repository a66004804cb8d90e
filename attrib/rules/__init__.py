"""The flagging stage: every rule, registered explicitly, and the function that runs them.

``flag(statements, document, profile)`` runs the rules the profile enables on the statements the
writer is answerable for (not those nested inside someone's direct quote), applies the
suppression comments in the document, and returns the statements with their ``flags`` filled.
Rules read no settings and no data files: everything they are told comes from the
`attrib.profile.Profile` as `RuleOptions`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Protocol, cast

from attrib.attribution.introductions import Introductions
from attrib.layout import Layout, scan
from attrib.model import Document, Finding, Statement
from attrib.rules import (
    anonymous_source,
    earlier_quote,
    loaded_cue,
    misattributed_quote,
    misquote,
    name_mismatch,
    second_hand,
    spliced_quote,
    unattributed_quote,
    unsourced_claim,
    unverified_quote,
    vague_source,
)
from attrib.rules.base import Context, RuleOptions, top_level
from attrib.rules.examples import Example
from attrib.rules.suppress import apply_suppressions

if TYPE_CHECKING:
    from attrib.profile import Profile


class Rule(Protocol):
    """What a rule module provides."""

    ID: str
    SEVERITY: str
    SUMMARY: str
    EXAMPLES: tuple[Example, ...]
    __doc__: str | None

    def check(
        self, statements: Sequence[Statement], context: Context, options: RuleOptions
    ) -> Iterator[Finding]: ...


_MODULES: tuple[ModuleType, ...] = (
    unattributed_quote,
    unsourced_claim,
    anonymous_source,
    vague_source,
    second_hand,
    loaded_cue,
    name_mismatch,
    earlier_quote,
    misquote,
    misattributed_quote,
    spliced_quote,
    unverified_quote,
)
# Every rule, in the order findings on one span are listed.
RULES: tuple[Rule, ...] = tuple(cast(Rule, module) for module in _MODULES)
RULES_BY_ID: dict[str, Rule] = {rule.ID: rule for rule in RULES}


def rule_options(rule: Rule, profile: Profile) -> RuleOptions:
    """The options ``rule`` runs with under ``profile``."""
    return RuleOptions(
        severity=profile.rule(rule.ID).severity,
        lexicon=profile.rule_lexicon,
        own_outlets=profile.own_outlets,
    )


def run_rules(statements: Sequence[Statement], context: Context, profile: Profile) -> list[Finding]:
    """Findings of every enabled rule, before suppression, in document order."""
    answerable = top_level(statements, context.layout)
    findings: list[Finding] = []
    for rule in RULES:
        if profile.rule(rule.ID).enabled:
            options = rule_options(rule, profile)
            findings.extend(rule.check(answerable, context, options))
    order = {rule.ID: i for i, rule in enumerate(RULES)}
    findings.sort(key=lambda f: (f.span.start, order[f.rule], f.span.end))
    return findings


def flag(
    statements: Sequence[Statement],
    document: Document,
    profile: Profile,
    layout: Layout | None = None,
    introductions: Introductions | None = None,
) -> tuple[tuple[Statement, ...], tuple[Finding, ...], int]:
    """Statements with ``flags`` filled, the findings kept, and how many were suppressed.

    ``layout`` is the one extraction used and ``introductions`` the one attribution built
    (each computed from the text and the statements when not given).
    """
    layout = layout or scan(document.text)
    if introductions is None:
        introductions = Introductions(statements, document, layout)
    findings = run_rules(statements, Context(document, layout, introductions), profile)
    kept, suppressed = apply_suppressions(findings, layout)
    by_statement: dict[str, list[str]] = {}
    for finding in kept:
        if finding.statement is not None:
            ids = by_statement.setdefault(finding.statement, [])
            if finding.rule not in ids:
                ids.append(finding.rule)
    flagged = tuple(
        dataclasses.replace(st, flags=tuple(by_statement.get(st.id, ()))) for st in statements
    )
    return flagged, kept, suppressed


def rule_info() -> tuple[dict[str, str], ...]:
    """Id, default severity, one-line summary and full documentation of every rule."""
    return tuple(
        {
            "id": rule.ID,
            "severity": rule.SEVERITY,
            "summary": rule.SUMMARY,
            "doc": (rule.__doc__ or "").strip(),
        }
        for rule in RULES
    )


__all__ = [
    "RULES",
    "RULES_BY_ID",
    "Rule",
    "flag",
    "rule_info",
    "rule_options",
    "run_rules",
]
