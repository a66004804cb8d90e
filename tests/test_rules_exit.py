"""exit_code: 0 below --fail-on, 1 at or above, 2 when any input failed."""

from __future__ import annotations

import pytest

from attrib.api import exit_code
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
    assert exit_code(_report(*severities, error=error), fail_on) == code
