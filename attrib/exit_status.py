"""The exit status of a run, and why it is not 0: what `attrib check` exits with."""

from __future__ import annotations

from attrib.model import Report
from attrib.rules.base import SEVERITY_RANK


def exit_code(report: Report, fail_on: str) -> int:
    """2 if any file had an error; 1 if a finding is at or above ``fail_on``; else 0."""
    failed, failing = _failures(report, fail_on)
    return 2 if failed else 1 if failing else 0


def exit_reason(report: Report, fail_on: str) -> str | None:
    """Why `exit_code` is not 0, in a few words ("exit 1: 1 error-level finding"); None for 0."""
    failed, failing = _failures(report, fail_on)
    if failed:
        return f"exit 2: {failed} file{'s' if failed != 1 else ''} could not be read"
    if not failing:
        return None
    plural = "s" if failing != 1 else ""
    if fail_on == "error":
        return f"exit 1: {failing} error-level finding{plural}"
    return f"exit 1: {failing} finding{plural} at {fail_on} or above"


def _failures(report: Report, fail_on: str) -> tuple[int, int]:
    """Files that could not be read, and findings at or above ``fail_on``."""
    failed = sum(file.error is not None for file in report.files)
    if fail_on == "never":
        return failed, 0
    threshold = SEVERITY_RANK[fail_on]
    failing = sum(
        SEVERITY_RANK[finding.severity] >= threshold
        for file in report.files
        for finding in file.findings
    )
    return failed, failing
