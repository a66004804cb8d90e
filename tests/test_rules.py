"""Every rule's documented examples, run through the registry, plus meta-tests on the rules."""

from __future__ import annotations

import dataclasses

import pytest

from attrib.config import Settings
from attrib.model import Document, Span, Statement
from attrib.profile import Profile, build_profile
from attrib.rules import RULES, RULES_BY_ID, Rule, flag, rule_info
from attrib.rules.examples import Example, Said

HEADINGS = (
    "What it flags",
    "Why it matters",
    "Examples that flag",
    "Examples that pass",
    "What to write instead",
)
STANDARDS = ("AP Stylebook", "Reuters Handbook", "BBC Editorial Guidelines", "New York Times")


def _profile(rule: Rule) -> Profile:
    extra = getattr(rule, "EXAMPLE_SETTINGS", {})
    return build_profile(Settings(**extra))


CASES = [
    pytest.param(rule, example, id=f"{rule.ID}-{i}-{'flags' if example.flags else 'passes'}")
    for rule in RULES
    for i, example in enumerate(rule.EXAMPLES)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule: Rule, example: Example) -> None:
    doc, statements = example.build()
    flagged, findings, suppressed = flag(statements, doc, _profile(rule))
    mine = [f for f in findings if f.rule == rule.ID]
    assert bool(mine) == example.flags, [f.message for f in findings]
    if example.findings is not None:
        assert len(mine) == example.findings, [f.span.text for f in mine]
    assert suppressed == 0
    for finding in mine:
        # Spans slice the text, and the flagged statement carries the rule id.
        assert doc.text[finding.span.start : finding.span.end] == finding.span.text
        statement = next(st for st in flagged if st.id == finding.statement)
        assert rule.ID in statement.flags
        if example.severity is not None:
            assert finding.severity == example.severity


def test_every_rule_module_is_registered() -> None:
    import pkgutil

    import attrib.rules

    modules = {
        m.name
        for m in pkgutil.iter_modules(attrib.rules.__path__)
        if m.name not in ("base", "examples", "lexicon", "sources", "suppress")
    }
    registered = {rule.__name__.rsplit(".", 1)[1] for rule in RULES}  # type: ignore[attr-defined]
    assert modules == registered
    assert len(RULES_BY_ID) == len(RULES) == 12


@pytest.mark.parametrize("rule", RULES, ids=[r.ID for r in RULES])
def test_rule_is_documented(rule: Rule) -> None:
    doc = rule.__doc__ or ""
    assert doc.startswith(f"{rule.ID}: ")
    positions = [doc.find(heading) for heading in HEADINGS]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    why = doc[positions[1] : positions[2]]
    assert any(standard in why for standard in STANDARDS)
    assert rule.SEVERITY in ("error", "warning", "info")
    assert rule.SUMMARY and "\n" not in rule.SUMMARY and len(rule.SUMMARY) <= 100
    assert any(e.flags for e in rule.EXAMPLES)
    assert any(not e.flags for e in rule.EXAMPLES)


def test_rule_ids_and_severities_match_issue() -> None:
    assert {r.ID: r.SEVERITY for r in RULES} == {
        "unattributed-quote": "error",
        "unsourced-claim": "error",
        "anonymous-source": "warning",
        "vague-source": "warning",
        "second-hand": "warning",
        "loaded-cue": "info",
        "name-mismatch": "warning",
        "earlier-quote": "info",
        "misquote": "error",
        "misattributed-quote": "error",
        "spliced-quote": "warning",
        "unverified-quote": "info",
    }


def test_rule_info_lists_every_rule() -> None:
    info = rule_info()
    assert [i["id"] for i in info] == [r.ID for r in RULES]
    assert all(i["doc"].startswith(i["id"]) for i in info)


def _one(text: str, *said: Said) -> tuple[Document, tuple[Statement, ...]]:
    return Example(text, said, flags=True).build()


def test_disabled_rule_and_severity_override() -> None:
    doc, statements = _one(
        "Sources said the deal was dead.",
        Said("the deal was dead", cue="said", speaker="Sources", speaker_kind="anonymous"),
    )
    _, findings, _ = flag(statements, doc, build_profile(Settings()))
    assert [(f.rule, f.severity) for f in findings] == [("anonymous-source", "error")]
    _, findings, _ = flag(
        statements, doc, build_profile(Settings(rules={"anonymous-source": {"enabled": False}}))
    )
    assert findings == ()
    # The configured severity is the typical level; a bare source is one above it.
    _, findings, _ = flag(
        statements, doc, build_profile(Settings(rules={"anonymous-source": {"severity": "info"}}))
    )
    assert [f.severity for f in findings] == ["warning"]


def test_messages_say_what_is_missing() -> None:
    doc, statements = _one(
        "A senior official said the deal was dead.",
        Said(
            "the deal was dead", cue="said", speaker="A senior official", speaker_kind="anonymous"
        ),
    )
    _, findings, _ = flag(statements, doc, build_profile(Settings()))
    assert (
        findings[0].message == "anonymous source 'A senior official' with no reason for anonymity"
    )
    assert findings[0].span.text == "A senior official"


def test_flags_are_filled_in_statement_order_and_findings_sorted() -> None:
    doc, statements = _one(
        "Experts claimed the plan failed. The minister reportedly quit.",
        Said("the plan failed", cue="claimed", speaker="Experts", speaker_kind="group"),
        Said("The minister reportedly quit", cue="reportedly"),
    )
    flagged, findings, _ = flag(statements, doc, build_profile(Settings()))
    assert [st.flags for st in flagged] == [("vague-source", "loaded-cue"), ("unsourced-claim",)]
    assert [f.span.start for f in findings] == sorted(f.span.start for f in findings)
    # Nothing else about the statements changes.
    assert [dataclasses.replace(st, flags=()) for st in flagged] == list(statements)


def test_extended_lexicons_from_settings() -> None:
    doc, statements = _one(
        "Pundits on cable say the plan failed. The deal is whispered to be off.",
        Said("the plan failed", cue="say", speaker="Pundits on cable", speaker_kind="group"),
        Said("The deal is whispered to be off", cue="is whispered to"),
    )
    _, findings, _ = flag(statements, doc, build_profile(Settings()))
    assert [f.rule for f in findings] == ["vague-source"]  # "pundits" is built in
    doc, statements = _one(
        "Forums say the plan failed. The deal is whispered to be off.",
        Said("the plan failed", cue="say", speaker="Forums", speaker_kind="group"),
        Said("The deal is whispered to be off", cue="is whispered to"),
    )
    assert flag(statements, doc, build_profile(Settings()))[1] == ()
    settings = Settings(extra_vague_terms=("forums",), extra_hedges=("is whispered to",))
    _, findings, _ = flag(statements, doc, build_profile(settings))
    assert [f.rule for f in findings] == ["vague-source", "unsourced-claim"]


def test_anonymity_reason_found_in_the_paragraph() -> None:
    doc, statements = _one(
        "A senior diplomat said the deal was dead. He spoke on condition of anonymity because "
        "the talks are confidential.",
        Said(
            "the deal was dead", cue="said", speaker="A senior diplomat", speaker_kind="anonymous"
        ),
    )
    _, findings, _ = flag(statements, doc, build_profile(Settings()))
    assert [f.severity for f in findings] == ["info"]


def test_reason_inside_a_quote_is_not_the_writers() -> None:
    doc, statements = _one(
        'A source said the deal was dead. "I spoke on condition of anonymity once," Ruiz said.',
        Said("the deal was dead", cue="said", speaker="A source", speaker_kind="anonymous"),
        Said(
            '"I spoke on condition of anonymity once,"', kind="direct", cue="said", speaker="Ruiz"
        ),
    )
    _, findings, _ = flag(statements, doc, build_profile(Settings()))
    assert [(f.rule, f.severity) for f in findings] == [("anonymous-source", "error")]


def test_statement_spanning_its_own_quote_is_not_nested() -> None:
    # A mixed statement contains its own quotation marks; it must still be checked.
    doc, statements = _one(
        'Experts called the deal "a disaster".',
        Said(
            'called the deal "a disaster"',
            kind="mixed",
            cue="called",
            speaker="Experts",
            speaker_kind="group",
        ),
    )
    _, findings, _ = flag(statements, doc, build_profile(Settings()))
    assert [f.rule for f in findings] == ["vague-source"]


def test_span_fallback_for_speakerless_finding() -> None:
    doc, statements = _one('"We will win."', Said('"We will win."', kind="direct"))
    _, findings, _ = flag(statements, doc, build_profile(Settings()))
    assert findings[0].span == Span(0, 14, 1, 1, '"We will win."')


def test_intervals_contain_and_overlap() -> None:
    from attrib.rules.base import Intervals

    spans = Intervals([(10, 20), (0, 5), (30, 40), (10, 25)])
    assert spans.contains(12, 18)
    assert spans.contains(10, 20)  # (10, 25) is strictly larger
    assert not Intervals([(10, 20)]).contains(10, 20)
    assert Intervals([(10, 20)]).contains(10, 20, strict=False)
    assert not spans.contains(4, 8)
    assert not spans.contains(26, 29)
    assert list(spans.overlapping(18, 31)) == [(10, 20), (10, 25), (30, 40)]
    assert list(spans.overlapping(5, 10)) == []


def test_publication_names_resolve_through_outlets_the_config_adds() -> None:
    # Bug: second-hand resolved the publication's names through the packaged catalogue only,
    # so the paper's own reporting under a configured alias was flagged second-hand.
    doc = Document.from_text("a.txt", "The mayor resigned, the Tribune reported.")
    statements = Example(
        doc.text,
        (
            Said(
                "The mayor resigned",
                cue="reported",
                speaker="the Tribune",
                name="Springfield Tribune",
                speaker_kind="outlet",
                outlet="Springfield Tribune",
                outlet_mention="the Tribune",
            ),
        ),
        flags=False,
    ).build()[1]
    outlet = {"name": "Springfield Tribune", "aliases": ["Tribune"], "short": []}
    own = Settings(publication=("Tribune",), extra_outlets=(outlet,))
    _, findings, _ = flag(statements, doc, build_profile(own))
    assert [f.rule for f in findings] == []
    other = Settings(publication=("Shelbyville Times",), extra_outlets=(outlet,))
    _, findings, _ = flag(statements, doc, build_profile(other))
    assert [f.rule for f in findings] == ["second-hand"]
