"""exit_code: 0 below --fail-on, 1 at or above, 2 when any input failed; the summary says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.exit_status import Tally, exit_code, exit_reason
from attrib.model import Document, FileReport, Finding, Report, ToolInfo

_DOC = Document.from_text("a.txt", "text")


def _report(*severities: str, error: bool = False) -> Report:
    findings = tuple(Finding("r", s, "m", None, _DOC.span(0, 4)) for s in severities)
    files = [FileReport("a.txt", findings=findings)]
    if error:
        files.append(FileReport("b.txt", error="no such file or directory"))
    return Report(ToolInfo("attrib", "0", "m"), tuple(files))


@pytest.mark.parametrize(
    ("severities", "fail_on", "error", "code"),
    [
        ((), "error", False, 0),
        (("warning", "info"), "error", False, 0),
        (("error",), "error", False, 1),
        (("warning",), "warning", False, 1),
        (("info",), "warning", False, 0),
        (("info",), "info", False, 1),
        (("error",), "never", False, 0),
        ((), "never", True, 2),
        (("error",), "error", True, 2),
    ],
)
def test_exit_code(severities: tuple[str, ...], fail_on: str, error: bool, code: int) -> None:
    report = _report(*severities, error=error)
    assert exit_code(report, fail_on) == code
    tally = Tally()  # what a streamed run keeps instead of the files, added file by file
    for file in report.files:
        tally.add(file)
    assert exit_code(tally, fail_on) == code
    assert exit_reason(tally, fail_on) == exit_reason(report, fail_on)


@pytest.mark.parametrize(
    ("severities", "fail_on", "error", "reason"),
    [
        ((), "error", False, None),
        (("warning", "info"), "error", False, None),
        (("error",), "error", False, "exit 1: 1 error-level finding"),
        (("error", "error", "warning"), "error", False, "exit 1: 2 error-level findings"),
        (("error", "warning", "info"), "warning", False, "exit 1: 2 findings at warning or above"),
        (("info",), "info", False, "exit 1: 1 finding at info or above"),
        (("error",), "never", False, None),
        (("error",), "error", True, "exit 2: 1 file could not be read"),
    ],
)
def test_exit_reason_says_why_the_code_is_not_0(
    severities: tuple[str, ...], fail_on: str, error: bool, reason: str | None
) -> None:
    report = _report(*severities, error=error)
    assert exit_reason(report, fail_on) == reason
    assert (reason is None) == (exit_code(report, fail_on) == 0)


DRAFT = "The minister will reportedly resign on Friday.\n"  # unsourced-claim: an error


@pytest.mark.parametrize(
    ("options", "code", "last_line"),
    [
        ((), 1, "1 file, 1 statement: 1 error, 0 warnings, 0 info, 0 suppressed — exit 1: 1 "
         "error-level finding"),
        (("--fail-on", "never"), 0, "1 file, 1 statement: 1 error, 0 warnings, 0 info, 0 "
         "suppressed"),
        (("missing.txt",), 2, "2 files, 1 statement (1 failed): 1 error, 0 warnings, 0 info, 0 "
         "suppressed — exit 2: 1 file could not be read"),
    ],
)  # fmt: skip
def test_the_summary_line_says_why_the_exit_code_is_not_0(
    tmp_path: Path, options: tuple[str, ...], code: int, last_line: str
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(draft), *options], env={"COLUMNS": "200"})
    assert result.exit_code == code
    assert result.stdout.splitlines()[-1].rstrip() == last_line
