"""What a Markdown file's front matter says about it, as `DocumentMeta`.

Front matter is the YAML (``---``) or TOML (``+++``) block that opens a file in static-site
generators and CMS exports. Only top-level scalar keys are read, and lists of scalars for authors;
a full YAML parser is not needed for that and would be a dependency for four keys. Keys read:

- ``publication``, ``source``, ``site_name`` (first present wins) -> ``site_name``, the outlet the
  file is the publication of;
- ``title``; ``author`` or ``authors`` (a list joins with ", "); ``date``;
- ``url``, ``canonical_url`` or ``canonical`` -> ``url``.

Example::

    ---
    title: "Council backs the plan"
    publication: The Springfield Tribune
    authors: [Ann Lee, Bo Chan]
    ---

gives title "Council backs the plan", site_name "The Springfield Tribune", author
"Ann Lee, Bo Chan". A file without front matter, or with none of these keys, gives an empty
`DocumentMeta`.
"""

from __future__ import annotations

import re

from attrib.model import DocumentMeta

_CLOSERS = {"---": ("---", "..."), "+++": ("+++",)}
# ``key: value`` (YAML) or ``key = value`` (TOML), at the start of a line (top level only).
_PAIR = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$")
_ITEM = re.compile(r"^\s+-\s+(.*?)\s*$")  # a YAML block-list item under the key before it
_FIELDS: dict[str, tuple[str, ...]] = {
    "site_name": ("publication", "source", "site_name"),
    "title": ("title",),
    "author": ("author", "authors"),
    "date": ("date",),
    "url": ("url", "canonical_url", "canonical"),
}


def _scalar(raw: str) -> str:
    """A YAML/TOML scalar without its quotes or trailing comment."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1].strip()
    return re.sub(r"\s+#.*$", "", raw).strip()


def _value(raw: str, items: list[str]) -> str | None:
    """A key's value: a scalar, a flow list ``[a, b]``, or the block list that follows it."""
    raw = raw.strip()
    if raw.startswith("[") and raw.endswith("]"):
        items = [_scalar(part) for part in raw[1:-1].split(",")]
    elif raw and raw not in ("|", ">"):
        items = [_scalar(raw)]
    text = ", ".join(" ".join(item.split()) for item in items if item)
    return text or None


def _pairs(lines: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    key: str | None = None
    raw = ""
    items: list[str] = []
    for line in [*lines, "end: "]:  # a sentinel pair flushes the last key
        item = _ITEM.match(line)
        if item and key is not None:
            items.append(_scalar(item.group(1)))
            continue
        pair = _PAIR.match(line)
        if pair is None:
            continue
        if key is not None and (value := _value(raw, items)) is not None:
            found.setdefault(key.lower(), value)
        key, raw, items = pair.group(1), pair.group(2), []
    return found


def front_matter_meta(text: str) -> DocumentMeta:
    """The `DocumentMeta` that the front matter opening ``text`` states."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or (closers := _CLOSERS.get(lines[0].rstrip())) is None:
        return DocumentMeta()
    end = next((i for i, line in enumerate(lines[1:], 1) if line.rstrip() in closers), None)
    if end is None:
        return DocumentMeta()
    pairs = _pairs(lines[1:end])
    values = {
        field: next((pairs[key] for key in keys if key in pairs), None)
        for field, keys in _FIELDS.items()
    }
    return DocumentMeta(**values)
