"""``--format json``: the JSON contract, version 1 (documented in the README).

The contract is stable: later versions only add fields. Keys appear in the contract's order.
"""

from __future__ import annotations

import json

from attrib.model import (
    DocumentMeta,
    FileReport,
    Finding,
    Passage,
    Report,
    Source,
    Statement,
    Verification,
)
from attrib.render.common import fields_dict, span_to_dict

CONTRACT_VERSION = 1


def statement_to_dict(statement: Statement) -> dict[str, object]:
    """One statement as in the contract."""
    speaker = statement.speaker
    outlet = statement.outlet
    return {
        "id": statement.id,
        "kind": statement.kind,
        "content": span_to_dict(statement.content),
        "cue": None if statement.cue is None else span_to_dict(statement.cue),
        "speaker": None
        if speaker is None
        else {
            "name": speaker.name,
            "kind": speaker.kind,
            "description": speaker.description,
            "mention": None if speaker.mention is None else span_to_dict(speaker.mention),
        },
        "outlet": None
        if outlet is None
        else {
            "name": outlet.name,
            "mention": None if outlet.mention is None else span_to_dict(outlet.mention),
        },
        "flags": list(statement.flags),
        "verification": None
        if statement.verification is None
        else verification_to_dict(statement.verification),
        "earlier": [verification_to_dict(v) for v in statement.earlier],
    }


def passage_to_dict(passage: Passage) -> dict[str, object]:
    """Where matched words stand in a source: path, start, end, line, column, text."""
    return {"path": passage.path, **span_to_dict(passage)}


def verification_to_dict(verification: Verification) -> dict[str, object]:
    """A statement's verification against the sources, as in the contract."""
    data: dict[str, object] = {
        "status": verification.status,
        "score": verification.score,
        "source": None if verification.source is None else passage_to_dict(verification.source),
        "speaker": verification.speaker,
        "diff": [{"op": op.op, "draft": op.draft, "source": op.source} for op in verification.diff],
        "segment": None if verification.segment is None else span_to_dict(verification.segment),
        "parts": [passage_to_dict(p) for p in verification.parts],
    }
    if verification.segments:
        data["segments"] = [verification_to_dict(v) for v in verification.segments]
    return data


def finding_to_dict(finding: Finding) -> dict[str, object]:
    """One finding as in the contract."""
    return {
        **fields_dict(finding),
        "span": span_to_dict(finding.span),
        "evidence": None if finding.evidence is None else verification_to_dict(finding.evidence),
    }


def source_to_dict(source: Source) -> dict[str, object]:
    """One entry of a file's sources roster."""
    return {**fields_dict(source), "outlets": list(source.outlets)}


def meta_to_dict(meta: DocumentMeta) -> dict[str, str | None]:
    """What the file states about itself (`DocumentMeta`); absent fields are null."""
    return {
        "title": meta.title,
        "site_name": meta.site_name,
        "author": meta.author,
        "date": meta.date,
        "url": meta.url,
    }


def file_to_dict(file: FileReport) -> dict[str, object]:
    """One input file as in the contract."""
    return {
        "path": file.path,
        "error": file.error,
        "statements": [statement_to_dict(s) for s in file.statements],
        "findings": [finding_to_dict(f) for f in file.findings],
        "sources": [source_to_dict(s) for s in file.sources],
        # Added in 0.2 (contract 1 only gains fields); null when the file could not be read.
        "meta": None if file.document is None else meta_to_dict(file.document.meta),
        # Added in 0.2: the outlet whose own reporting is first-hand, and where that came from.
        "publication": None
        if file.publication is None
        else {"name": file.publication.name, "source": file.publication.source},
    }


def report_to_dict(report: Report) -> dict[str, object]:
    """The whole run as the contract's top-level object."""
    return {
        "version": CONTRACT_VERSION,
        "tool": {
            "name": report.tool.name,
            "version": report.tool.version,
            "model": report.tool.model,
        },
        "files": [file_to_dict(f) for f in report.files],
        "summary": report.summary,
    }


def render(report: Report) -> str:
    """The report as one JSON document (UTF-8 text, two-space indent, trailing newline)."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
