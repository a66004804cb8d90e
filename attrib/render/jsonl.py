"""``--format jsonl``: one JSON object per line, one line per statement.

Each line is the contract's statement object with the file's ``path`` first; a file that could
not be checked gives ``{"path": ..., "error": ...}`` instead.
"""

from __future__ import annotations

import json

from attrib.model import Report
from attrib.render.json import statement_to_dict

# json.dumps escapes the ASCII control characters but, with ensure_ascii=False, leaves these
# alone; readers that split on Unicode line boundaries (Python's str.splitlines) would cut a
# record in two at them. They can only occur inside JSON strings, so escaping them is safe.
_LINE_BREAKERS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _dumps(value: dict[str, object]) -> str:
    line = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _LINE_BREAKERS.items():
        line = line.replace(char, escaped)
    return line


def render(report: Report) -> str:
    """All statements of all files, one JSON object per line."""
    lines: list[str] = []
    for file in report.files:
        if file.error is not None:
            lines.append(_dumps({"path": file.path, "error": file.error}))
            continue
        for statement in file.statements:
            lines.append(_dumps({"path": file.path, **statement_to_dict(statement)}))
    return "".join(line + "\n" for line in lines)
