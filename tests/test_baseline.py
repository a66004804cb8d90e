"""Baselines hide known findings, keyed by text rather than line, and show new ones."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from attrib.baseline import apply_baseline, baseline_of, load_baseline, write_baseline
from attrib.model import Document, FileReport, Finding, Report
from tests.test_render import TOOL, TRICKY, span_of, tricky_file, tricky_report


def rules_of(report: Report) -> list[tuple[str, str, int]]:
    return [(f.path, x.rule, x.span.line) for f in report.files for x in f.findings]


def test_written_file_lists_rule_path_and_normalised_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the report's paths are under the baseline's folder
    target = tmp_path / "baseline.json"
    write_baseline(tricky_report(), target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["version"] == 1
    entry = {
        "rule": "pronoun-only",
        "path": "news/tricky.txt",
        "text": '"::error file=x::pwned ::warning::again,"',
        "count": 1,
    }
    assert entry in data["findings"]
    assert all("line" not in entry for entry in data["findings"])
    assert len(data["findings"]) == 3


def test_baseline_hides_all_current_findings(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    write_baseline(tricky_report(), target)
    filtered = apply_baseline(tricky_report(), load_baseline(target))
    assert rules_of(filtered) == []
    # Flags raised only by hidden findings go too; the rest of the report is untouched.
    assert all(s.flags == () for s in filtered.files[0].statements)
    assert filtered.files[1] == tricky_report().files[1]
    assert filtered.files[0].sources == tricky_report().files[0].sources


def test_moved_and_reflowed_findings_stay_hidden(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    write_baseline(tricky_report(), target)
    edited = Report(TOOL, (tricky_file("New first line.\n\n" + TRICKY),))
    assert rules_of(edited)[0][2] == 5
    assert rules_of(apply_baseline(edited, load_baseline(target))) == []


def test_a_new_finding_shows(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    write_baseline(tricky_report(), target)
    file = tricky_file()
    doc = file.document
    assert doc is not None
    new = Finding("unattributed", "error", "Who says so?", None, span_of(doc, "Critics argued"))
    report = Report(TOOL, (replace(file, findings=(*file.findings, new)),))
    assert rules_of(apply_baseline(report, load_baseline(target))) == [
        ("news/tricky.txt", "unattributed", 7)
    ]


def test_counts_matter(tmp_path: Path) -> None:
    doc = Document.from_text("t.txt", "Officials said it. Later, officials said it.\n")

    def report(n: int) -> Report:
        spans = [span_of(doc, "aid it.", k) for k in range(n)]
        findings = tuple(Finding("vague", "warning", "m", None, span) for span in spans)
        return Report(TOOL, (FileReport("t.txt", findings=findings, document=doc),))

    target = tmp_path / "baseline.json"
    write_baseline(report(1), target)
    remaining = apply_baseline(report(2), load_baseline(target))
    assert [f.span.start for f in remaining.files[0].findings] == [span_of(doc, "aid it.", 1).start]


def test_path_is_normalised() -> None:
    known = baseline_of(tricky_report())
    moved = Report(TOOL, (replace(tricky_file(), path="./news//tricky.txt"),))
    assert rules_of(apply_baseline(moved, known)) == []


def test_other_path_is_not_hidden() -> None:
    known = baseline_of(tricky_report())
    other = Report(TOOL, (replace(tricky_file(), path="news/other.txt"),))
    assert len(rules_of(apply_baseline(other, known))) == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "invalid JSON at line 1"),
        ("[]", "expected a JSON object"),
        ('{"version": 2, "findings": []}', "unsupported version 2"),
        ('{"version": 1}', '"findings" must be a list'),
        ('{"version": 1, "findings": [3]}', "finding 1 is not an object"),
        ('{"version": 1, "findings": [{"rule": "r", "path": "p"}]}', "finding 1 needs string"),
        (
            '{"version": 1, "findings": [{"rule": "r", "path": "p", "text": "t", "count": 0}]}',
            "positive integer",
        ),
    ],
)
def test_bad_baseline_is_a_one_line_value_error(tmp_path: Path, content: str, message: str) -> None:
    target = tmp_path / "baseline.json"
    target.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="not a valid attrib baseline") as caught:
        load_baseline(target)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_or_binary_baseline_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read baseline"):
        load_baseline(tmp_path / "nope.json")
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ValueError, match="not UTF-8"):
        load_baseline(binary)


def test_baseline_paths_do_not_depend_on_how_files_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Written for `sub/b.md` from the repository root, it must match `$PWD/sub/b.md`, `./sub/b.md`
    # and a run from inside `sub/` (it used to match only the same spelling from the same folder).
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    report = tricky_report()

    def named(path: str) -> Report:
        return replace(report, files=tuple(replace(f, path=path) for f in report.files))

    target = tmp_path / "baseline.json"
    write_baseline(named("sub/b.md"), target)
    assert '"path": "sub/b.md"' in target.read_text(encoding="utf-8")
    known = load_baseline(target)
    for spelling in (str(tmp_path / "sub" / "b.md"), "./sub/b.md", "sub//b.md"):
        assert rules_of(apply_baseline(named(spelling), known)) == [], spelling
    monkeypatch.chdir(tmp_path / "sub")
    assert rules_of(apply_baseline(named("b.md"), load_baseline(Path("../baseline.json")))) == []
    assert rules_of(apply_baseline(named("c.md"), known)) != []
