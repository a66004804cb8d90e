"""Read a PolNeAR split (brat standoff) into gold attributions.

A split directory holds ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann``.
Where an article has several annotator files, the first in sorted order is the gold standard.
Offsets in ``.ann`` files are character offsets into the UTF-8 text, read with ``newline=""``
so that ``\\r\\n`` stays two characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from attrib.evaluation.lexicon import cue_lemma, is_speech_cue

Offsets = tuple[tuple[int, int], ...]

# Quotation marks that make a content span "quoted"; the curly apostrophe ’ is left out
# because it is far more often an apostrophe than a closing single quote.
QUOTE_MARKS = frozenset('"“”„«»')

_ID_LINE = re.compile(r"^[TERAMN#]\d*\t")
_FRAGMENT = re.compile(r"^\s*(\d+)\s+(\d+)\s*$")


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: content, cue and (optional) source spans with flags."""

    id: str
    content: Offsets
    cue: Offsets
    source: Offsets | None
    content_text: str
    cue_text: str
    source_text: str | None
    quoted: bool
    speech_cue: bool

    @property
    def covering(self) -> tuple[int, int]:
        """The smallest (start, end) that covers every content fragment."""
        return min(s for s, _ in self.content), max(e for _, e in self.content)

    @property
    def cue_lemma(self) -> str:
        """A coarse cue class for error analysis: the reporting-verb lemma or the cue text."""
        return cue_lemma(self.cue_text)


@dataclass(frozen=True)
class GoldArticle:
    """One article of a split, with the gold attributions of its first annotator file."""

    name: str
    text_path: Path
    ann_path: Path
    text: str
    attributions: tuple[GoldAttribution, ...]
    # T lines whose annotated text differs from the text under their offsets.
    offset_mismatches: int = 0
    # E lines left out because they lack a content (or cue) argument.
    skipped: int = 0


@dataclass(frozen=True)
class _TextBound:
    label: str
    offsets: Offsets
    text: str


def read_text(path: Path) -> str:
    """The file as UTF-8, with line endings untouched so that offsets stay exact.

    Raises ``ValueError`` naming the file and the first bad byte when it is not UTF-8.
    """
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as error:
        raise ValueError(f"{path}: not UTF-8 text (bad byte at offset {error.start})") from None


def parse_offsets(field: str) -> Offsets:
    """``"3 8;12 20"`` -> ``((3, 8), (12, 20))``."""
    fragments = []
    for part in field.split(";"):
        found = _FRAGMENT.match(part)
        if found is None:
            raise ValueError(f"bad offsets: {field!r}")
        fragments.append((int(found.group(1)), int(found.group(2))))
    return tuple(fragments)


def under(text: str, offsets: Offsets) -> str:
    """The text under the fragments, joined by a space as brat does."""
    return " ".join(text[start:end] for start, end in offsets)


def _lines(ann: str) -> Iterator[str]:
    """Logical lines: a physical line that does not start with an id continues the one before."""
    current: str | None = None
    for line in ann.splitlines():
        if _ID_LINE.match(line):
            if current is not None:
                yield current
            current = line
        elif current is not None:
            current += "\n" + line
    if current is not None:
        yield current


def _squash(text: str) -> str:
    return " ".join(text.split())


def parse_ann(ann: str, text: str) -> tuple[tuple[GoldAttribution, ...], int, int]:
    """Gold attributions of one ``.ann`` file, the offset-mismatch count and the skipped count."""
    bounds: dict[str, _TextBound] = {}
    events: list[tuple[str, dict[str, str]]] = []
    mismatches = 0
    for line in _lines(ann):
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, offsets_field = fields[1].partition(" ")
            try:
                offsets = parse_offsets(offsets_field)
            except ValueError:
                mismatches += 1
                continue
            annotated = fields[2] if len(fields) > 2 else ""
            if _squash(annotated) != _squash(under(text, offsets)):
                mismatches += 1
            bounds[fields[0]] = _TextBound(label, offsets, annotated)
        elif line.startswith("E") and len(fields) >= 2:
            args: dict[str, str] = {}
            for arg in fields[1].split():
                role, _, ref = arg.partition(":")
                args.setdefault(role, ref)
            events.append((fields[0], args))

    attributions: list[GoldAttribution] = []
    skipped = 0
    for event_id, args in events:
        # Content2 carries a second content piece of the same attribution.
        contents = [bounds[args[r]] for r in ("Content", "Content2") if args.get(r) in bounds]
        cue = bounds.get(args.get("Cue", ""))
        if not contents or cue is None:
            skipped += 1
            continue
        source = bounds.get(args.get("Source", ""))
        content_offsets = tuple(sorted(f for c in contents for f in c.offsets))
        content_text = under(text, content_offsets)
        cue_text = under(text, cue.offsets)
        attributions.append(
            GoldAttribution(
                id=event_id,
                content=content_offsets,
                cue=tuple(sorted(cue.offsets)),
                source=tuple(sorted(source.offsets)) if source else None,
                content_text=content_text,
                cue_text=cue_text,
                source_text=under(text, source.offsets) if source else None,
                quoted=any(ch in QUOTE_MARKS for ch in content_text),
                speech_cue=is_speech_cue(cue_text),
            )
        )
    attributions.sort(key=lambda a: (a.covering, a.id))
    return tuple(attributions), mismatches, skipped


def read_article(text_path: Path, ann_path: Path) -> GoldArticle:
    """Read one article and its annotation file."""
    text = read_text(text_path)
    attributions, mismatches, skipped = parse_ann(read_text(ann_path), text)
    return GoldArticle(text_path.stem, text_path, ann_path, text, attributions, mismatches, skipped)


def annotation_files(split_dir: Path) -> dict[str, Path]:
    """Article name -> its first annotator file in sorted order."""
    chosen: dict[str, Path] = {}
    for path in sorted((split_dir / "attributions").glob("*.ann")):
        article, sep, _annotator = path.stem.rpartition("_")
        if sep and article not in chosen:
            chosen[article] = path
    return chosen


def read_split(split_dir: Path, *, limit: int | None = None) -> list[GoldArticle]:
    """Every annotated article of a split, in name order (the first ``limit`` if given).

    Raises ``FileNotFoundError`` when the directory has no ``text/`` folder.
    """
    text_dir = split_dir / "text"
    if not text_dir.is_dir():
        raise FileNotFoundError(f"{split_dir} has no text/ folder: not a PolNeAR split")
    annotations = annotation_files(split_dir)
    articles: list[GoldArticle] = []
    for text_path in sorted(text_dir.glob("*.txt")):
        if limit is not None and len(articles) >= limit:
            break
        ann_path = annotations.get(text_path.stem)
        if ann_path is not None:
            articles.append(read_article(text_path, ann_path))
    return articles
