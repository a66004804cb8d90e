"""``json`` and ``jsonl``: the contract, exactly, and one statement per line."""

from __future__ import annotations

import json
from dataclasses import replace

from attrib.model import (
    Document,
    DocumentMeta,
    FileReport,
    Finding,
    Outlet,
    Publication,
    Report,
    Source,
    Speaker,
    Statement,
)
from attrib.render import render
from tests.test_render import TOOL, TRICKY, span_of, tricky_report

SMALL = 'Intro.\n"We will not sign," Sabti told Reuters.\n'


def small_report() -> Report:
    doc = replace(
        Document.from_text("a.txt", SMALL),
        meta=DocumentMeta(title="Talks stall", site_name="The Daily Example"),
    )
    quote = span_of(doc, '"We will not sign,"')
    statement = Statement(
        "s1",
        "direct",
        quote,
        span_of(doc, "told"),
        Speaker("Beni Sabti", "person", "Iran expert", span_of(doc, "Sabti")),
        Outlet("Reuters", span_of(doc, "Reuters")),
        ("single-source",),
    )
    finding = Finding("single-source", "info", "Only one source", "s1", quote)
    source = Source("Beni Sabti", "person", "Iran expert", 1, ("Reuters",))
    good = FileReport(
        "a.txt", None, (statement,), (finding,), (source,), 2, doc,
        Publication("The Daily Example", "html-meta"),
    )  # fmt: skip
    return Report(TOOL, (good, FileReport("b.txt", error="invalid UTF-8")))


def test_json_matches_contract_exactly() -> None:
    expected = {
        "version": 1,
        "tool": {"name": "attrib", "version": "0.1.0", "model": "en_core_web_sm 3.8.0"},
        "files": [
            {
                "path": "a.txt",
                "error": None,
                "statements": [
                    {
                        "id": "s1",
                        "kind": "direct",
                        "content": {
                            "start": 7,
                            "end": 26,
                            "line": 2,
                            "column": 1,
                            "text": '"We will not sign,"',
                        },
                        "cue": {"start": 33, "end": 37, "line": 2, "column": 27, "text": "told"},
                        "speaker": {
                            "name": "Beni Sabti",
                            "kind": "person",
                            "description": "Iran expert",
                            "mention": {
                                "start": 27,
                                "end": 32,
                                "line": 2,
                                "column": 21,
                                "text": "Sabti",
                            },
                        },
                        "outlet": {
                            "name": "Reuters",
                            "mention": {
                                "start": 38,
                                "end": 45,
                                "line": 2,
                                "column": 32,
                                "text": "Reuters",
                            },
                        },
                        "flags": ["single-source"],
                        "verification": None,
                        "earlier": [],
                    }
                ],
                "findings": [
                    {
                        "rule": "single-source",
                        "severity": "info",
                        "message": "Only one source",
                        "statement": "s1",
                        "span": {
                            "start": 7,
                            "end": 26,
                            "line": 2,
                            "column": 1,
                            "text": '"We will not sign,"',
                        },
                        "evidence": None,
                    }
                ],
                "sources": [
                    {
                        "name": "Beni Sabti",
                        "kind": "person",
                        "description": "Iran expert",
                        "statements": 1,
                        "outlets": ["Reuters"],
                    }
                ],
                "meta": {
                    "title": "Talks stall",
                    "site_name": "The Daily Example",
                    "author": None,
                    "date": None,
                    "url": None,
                },
                "publication": {"name": "The Daily Example", "source": "html-meta"},
            },
            {
                "path": "b.txt",
                "error": "invalid UTF-8",
                "statements": [],
                "findings": [],
                "sources": [],
                "meta": None,
                "publication": None,
            },
        ],
        "summary": {
            "files": 2,
            "files_with_errors": 1,
            "statements": 1,
            "findings": {"error": 0, "warning": 0, "info": 1},
            "rules": {"single-source": 1},
            "suppressed": 2,
        },
    }
    output = render(small_report(), "json")
    assert json.loads(output) == expected
    # Key order is part of the contract's readability, not just its content.
    assert list(json.loads(output)) == ["version", "tool", "files", "summary"]
    assert list(json.loads(output)["files"][0]["statements"][0]) == [
        "id", "kind", "content", "cue", "speaker", "outlet", "flags", "verification", "earlier",
    ]  # fmt: skip
    assert output.startswith('{\n  "version": 1,')


def test_json_keeps_non_ascii_and_slices_exactly() -> None:
    text = "Der Minister sagte: „Wir unterschreiben nicht“ — 🙂 gut.\n"
    doc = Document.from_text("de.txt", text)
    quote = span_of(doc, "„Wir unterschreiben nicht“")
    statement = Statement("s1", "direct", quote, None, None)
    report = Report(TOOL, (FileReport("de.txt", statements=(statement,), document=doc),))
    output = render(report, "json")
    assert "„Wir unterschreiben nicht“" in output
    content = json.loads(output)["files"][0]["statements"][0]["content"]
    assert text[content["start"] : content["end"]] == content["text"]


def test_json_round_trips_tricky_text() -> None:
    data = json.loads(render(tricky_report(), "json"))
    texts = [s["content"]["text"] for s in data["files"][0]["statements"]]
    assert '"::error file=x::pwned\n::warning::again,"' in texts
    for statement in data["files"][0]["statements"]:
        content = statement["content"]
        assert TRICKY[content["start"] : content["end"]] == content["text"]


def test_jsonl_one_statement_per_line_with_path() -> None:
    lines = render(small_report(), "jsonl").splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert list(first)[:2] == ["path", "id"]
    assert first["path"] == "a.txt"
    assert first["speaker"]["name"] == "Beni Sabti"
    assert json.loads(lines[1]) == {"path": "b.txt", "error": "invalid UTF-8"}


def test_jsonl_newlines_in_quotes_stay_inside_their_record() -> None:
    output = render(tricky_report(), "jsonl")
    lines = output.splitlines()
    # Five statements of the tricky file plus the unreadable one.
    assert len(lines) == 6
    assert [json.loads(line).get("id") for line in lines] == ["s1", "s2", "s3", "s4", "s5", None]


def test_jsonl_escapes_unicode_line_separators() -> None:
    text = 'He said "one\u2028two\x85three\u2029four".\n'
    doc = Document.from_text("u.txt", text)
    quote = span_of(doc, '"one\u2028two\x85three\u2029four"')
    report = Report(
        TOOL,
        (FileReport("u.txt", statements=(Statement("s1", "direct", quote, None, None),)),),
    )
    output = render(report, "jsonl")
    assert len(output.splitlines()) == 1
    assert json.loads(output)["content"]["text"] == quote.text
