"""The exit status of a run, and why it is not 0: what `attrib check` exits with."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from attrib.model import FileReport, Report
from attrib.rules.base import SEVERITY_RANK


@dataclass
class Tally:
    """What the exit status counts, added file by file: a run that streams its reports keeps
    this instead of the files (``Tally.of(report)`` for a whole report)."""

    failed: int = 0  # files that could not be read
    severities: Counter[str] = field(default_factory=Counter)  # findings by severity

    @classmethod
    def of(cls, report: Report) -> Tally:
        tally = cls()
        for file in report.files:
            tally.add(file)
        return tally

    def add(self, file: FileReport) -> None:
        self.failed += file.error is not None
        self.severities.update(finding.severity for finding in file.findings)


def exit_code(report: Report | Tally, fail_on: str) -> int:
    """2 if any file had an error; 1 if a finding is at or above ``fail_on``; else 0."""
    failed, failing = _failures(report, fail_on)
    return 2 if failed else 1 if failing else 0


def exit_reason(report: Report | Tally, fail_on: str) -> str | None:
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


def _failures(report: Report | Tally, fail_on: str) -> tuple[int, int]:
    """Files that could not be read, and findings at or above ``fail_on``."""
    tally = report if isinstance(report, Tally) else Tally.of(report)
    if fail_on == "never":
        return tally.failed, 0
    threshold = SEVERITY_RANK[fail_on]
    failing = sum(n for level, n in tally.severities.items() if SEVERITY_RANK[level] >= threshold)
    return tally.failed, failing
