"""Read a real-world gold folder: ``gold/NAME.json`` files over ``text/NAME`` articles.

Each gold file names its article, the publication that ran it, and three lists: every quoted
span with its speaker (``quotes``), clear reported statements (``reported``) and sourcing flags
(``flags``). Quotes are located by ``text`` + ``occurrence`` (the n-th ``str.find`` match),
reported statements and flags by their first ``anchor`` match. Entries whose text cannot be
found in the article are counted (``unlocated``) and left out rather than guessed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from attrib.model import Document
from attrib.reading import ReadError, read_path


@dataclass(frozen=True)
class GoldStatement:
    """A gold quote (``text`` is the quoted span, between its marks) or reported statement
    (``text`` is its anchor), and who said it; ``speaker`` None: nobody given."""

    start: int
    end: int
    text: str
    speaker: str | None
    kind: str
    outlet: str | None


@dataclass(frozen=True)
class GoldFlag:
    """A sourcing problem: the rule a careful editor would raise and an anchor in the statement."""

    start: int
    end: int
    anchor: str
    rule: str


@dataclass(frozen=True)
class RealArticle:
    """One gold file with its article read as attrib reads it."""

    name: str
    document: Document
    publication: str | None
    quotes: tuple[GoldStatement, ...]
    reported: tuple[GoldStatement, ...]
    flags: tuple[GoldFlag, ...]
    unlocated: int = 0


def is_realworld(folder: Path) -> bool:
    """Whether ``folder`` looks like a real-world gold set (``gold/*.json`` and ``text/``)."""
    return (folder / "text").is_dir() and any((folder / "gold").glob("*.json"))


def _find(text: str, needle: str, occurrence: int = 1) -> int:
    """Offset of the ``occurrence``-th match of ``needle`` (-1 when there are fewer)."""
    position = -1
    for _ in range(max(occurrence, 1)):
        position = text.find(needle, position + 1)
        if position == -1:
            return -1
    return position


def _optional(entry: dict[str, object], key: str) -> str | None:
    value = entry.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _locate(
    text: str, entries: object, key: str
) -> tuple[list[tuple[int, str, dict[str, object]]], int]:
    """``(start, needle, entry)`` of each entry whose ``key`` is found, and how many are not.

    A quote's ``text`` is its ``occurrence``-th match (default the first); an anchor, its first.
    """
    found: list[tuple[int, str, dict[str, object]]] = []
    missed = 0
    for entry in entries if isinstance(entries, list) else []:
        needle = str(entry.get(key, ""))
        occurrence = int(entry.get("occurrence") or 1) if key == "text" else 1
        start = _find(text, needle, occurrence) if needle else -1
        if start < 0:
            missed += 1
        else:
            found.append((start, needle, entry))
    return found, missed


def _statement(start: int, needle: str, entry: dict[str, object]) -> GoldStatement:
    return GoldStatement(
        start,
        start + len(needle),
        needle,
        _optional(entry, "speaker"),
        str(entry.get("kind") or "unknown"),
        _optional(entry, "outlet"),
    )


def read_gold(path: Path, text_dir: Path) -> RealArticle:
    """Read one gold file and its article. Raises ``ValueError`` or `ReadError` when unusable."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("article"), str):
        raise ValueError(f"{path.name}: not a gold file (no 'article')")
    document = read_path(text_dir / data["article"], display=str(text_dir / data["article"]))
    quotes, missed_quotes = _locate(document.text, data.get("quotes"), "text")
    reported, missed_reported = _locate(document.text, data.get("reported"), "anchor")
    flags, missed_flags = _locate(document.text, data.get("flags"), "anchor")
    return RealArticle(
        name=path.name.removesuffix(".json"),
        document=document,
        publication=_optional(data, "publication"),
        quotes=tuple(_statement(*found) for found in quotes),
        reported=tuple(_statement(*found) for found in reported),
        flags=tuple(
            GoldFlag(start, start + len(anchor), anchor, str(entry.get("rule", "")))
            for start, anchor, entry in flags
        ),
        unlocated=missed_quotes + missed_reported + missed_flags,
    )


def read_realworld(folder: Path, *, limit: int | None = None) -> list[RealArticle]:
    """Every gold file of ``folder`` in name order (the first ``limit``).

    Raises ``FileNotFoundError`` when ``folder`` is not a real-world gold set, and ``ValueError``
    naming the file when a gold file or its article cannot be read.
    """
    if not is_realworld(folder):
        raise FileNotFoundError(f"{folder}: not a real-world gold set (gold/*.json and text/)")
    paths = sorted((folder / "gold").glob("*.json"))[:limit]
    articles = []
    for path in paths:
        try:
            articles.append(read_gold(path, folder / "text"))
        except (ReadError, json.JSONDecodeError, OSError) as error:
            raise ValueError(f"{path.name}: {error}") from None
    return articles
