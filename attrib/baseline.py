"""Baselines: adopt attrib on an existing archive by hiding the findings it already has.

``attrib check --write-baseline FILE`` records every current finding; ``--baseline FILE`` then
reports only findings that are not in it. Entries are keyed by rule, path and the statement's
normalised text (whitespace collapsed, lowercased), never by line number, so editing other parts
of an article does not bring old findings back. Paths are stored relative to the baseline file's
folder, so the baseline matches however the files are named on the command line (``sub/b.md``,
``./sub/b.md``, ``$PWD/sub/b.md``) and from whichever folder attrib runs. Keys are counted: if
the baseline holds one finding and the file now has two identical ones, one of them is new.

The file is JSON::

    {"version": 1, "tool": "attrib",
     "findings": [{"rule": str, "path": str, "text": str, "count": int}, ...]}
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from attrib.model import FileReport, Finding, Report
from attrib.render import write_atomic
from attrib.render.common import finding_key, normalise_path

BASELINE_VERSION = 1

Key = tuple[str, str, str]


@dataclass(frozen=True)
class Baseline:
    """How many findings with each (rule, path, normalised text) key are already known."""

    entries: Mapping[Key, int]
    # The folder that entry paths are relative to (the baseline file's); None: paths as given.
    root: Path | None = None

    def __len__(self) -> int:
        return sum(self.entries.values())

    def key(self, finding: Finding, file: FileReport) -> Key:
        """The entry that ``finding`` of ``file`` would have in this baseline."""
        rule, _, text = finding_key(finding, file)
        return rule, _stored_path(file.path, self.root), text


def _stored_path(path: str, root: Path | None) -> str:
    """``path`` relative to ``root`` (absolute when outside it), with ``/`` separators."""
    if root is None or path in {"-", "<stdin>"}:
        return normalise_path(path)
    relative = os.path.relpath(os.path.abspath(path), root)
    if relative == ".." or relative.startswith(".." + os.sep):
        return normalise_path(os.path.abspath(path))
    return normalise_path(relative)


class Recorder:
    """A baseline built file by file (paths relative to ``root``), for a run that streams its
    reports and keeps none of them."""

    def __init__(self, root: Path | None = None) -> None:
        self._known = Baseline({}, root.absolute() if root is not None else None)
        self._counts: Counter[Key] = Counter()

    def add(self, file: FileReport) -> None:
        """Record every finding of ``file``."""
        self._counts.update(self._known.key(finding, file) for finding in file.findings)

    def added(self, report: Report) -> Recorder:
        """This recorder, with every file of ``report`` recorded."""
        for file in report.files:
            self.add(file)
        return self

    def baseline(self) -> Baseline:
        return Baseline(dict(self._counts), self._known.root)


def baseline_of(report: Report, root: Path | None = None) -> Baseline:
    """The baseline that would hide every finding of ``report`` (paths relative to ``root``)."""
    return Recorder(root).added(report).baseline()


def _by_path(entry: tuple[Key, int]) -> tuple[str, str, str]:
    (rule, path, text), _ = entry
    return path, rule, text


def dumps(baseline: Baseline) -> str:
    """A baseline as JSON text, entries sorted so that the file diffs well under review."""
    findings = [
        {"rule": rule, "path": path, "text": text, "count": count}
        for (rule, path, text), count in sorted(baseline.entries.items(), key=_by_path)
    ]
    document = {"version": BASELINE_VERSION, "tool": "attrib", "findings": findings}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_baseline(report: Report | Recorder, path: Path) -> None:
    """Record every finding of ``report`` (or what a `Recorder` recorded, made with the
    folder of ``path`` as its root) in a baseline file at ``path`` (written atomically)."""
    chosen = (
        report.baseline()
        if isinstance(report, Recorder)
        else baseline_of(report, Path(path).parent)
    )
    write_atomic(Path(path), dumps(chosen))


def loads(text: str, origin: str = "baseline", root: Path | None = None) -> Baseline:
    """Parse baseline JSON; a malformed document raises ValueError naming ``origin``."""

    def bad(reason: str) -> ValueError:
        return ValueError(f"{origin}: not a valid attrib baseline: {reason}")

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise bad(f"invalid JSON at line {error.lineno} column {error.colno}") from None
    if not isinstance(data, dict):
        raise bad("expected a JSON object")
    if data.get("version") != BASELINE_VERSION:
        raise bad(f"unsupported version {data.get('version')!r} (expected {BASELINE_VERSION})")
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise bad('"findings" must be a list')
    entries: Counter[Key] = Counter()
    for number, entry in enumerate(findings, 1):
        if not isinstance(entry, dict):
            raise bad(f"finding {number} is not an object")
        rule, path, said, count = (entry.get(k) for k in ("rule", "path", "text", "count"))
        if not (isinstance(rule, str) and isinstance(path, str) and isinstance(said, str)):
            raise bad(f'finding {number} needs string "rule", "path" and "text"')
        # bool is an int subclass; a count of true is a mistake, not 1.
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise bad(f'finding {number} needs a positive integer "count"')
        entries[(rule, path, said)] += count
    return Baseline(dict(entries), root.absolute() if root is not None else None)


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file. Any problem (unreadable, not JSON, wrong shape) is a ValueError."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ValueError(f"{path}: cannot read baseline: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not a valid attrib baseline: not UTF-8 text") from None
    return loads(text, str(path), Path(path).parent)


def _filter_file(file: FileReport, remaining: Counter[Key], baseline: Baseline) -> FileReport:
    kept: list[Finding] = []
    hidden: set[tuple[str | None, str]] = set()
    for finding in file.findings:
        key = baseline.key(finding, file)
        if remaining[key] > 0:
            remaining[key] -= 1
            hidden.add((finding.statement, finding.rule))
        else:
            kept.append(finding)
    if len(kept) == len(file.findings):
        return file
    # A statement keeps a flag while any finding still raises it; flags whose findings were all
    # hidden go with them, so the statements and the findings tell the same story.
    still_raised = {(f.statement, f.rule) for f in kept}
    gone = hidden - still_raised
    statements = tuple(
        s
        if not any((s.id, rule) in gone for rule in s.flags)
        else replace(s, flags=tuple(r for r in s.flags if (s.id, r) not in gone))
        for s in file.statements
    )
    return replace(file, findings=tuple(kept), statements=statements)


def apply_baseline(report: Report, baseline: Baseline) -> Report:
    """A new report without the findings recorded in ``baseline`` (counting duplicates)."""
    remaining: Counter[Key] = Counter(baseline.entries)
    files = tuple(_filter_file(file, remaining, baseline) for file in report.files)
    return replace(report, files=files)
