"""Reading the sources a draft is checked against.

Every format attrib reads as an article (plain text, Markdown, HTML, Word) is a source too,
plus PDF, SubRip and WebVTT subtitles. Speaker-labelled transcripts are recognised in any of the
text formats (`attrib.verification.transcripts`); subtitles carry their own speakers
(`attrib.verification.subtitles`).

Positions: a source's `Document` maps offsets back to the file, as for articles: lines and
columns of the file for text, Markdown, HTML and subtitles; the paragraph number for Word; the
page number for PDF (a PDF has no lines of its own, and a page is how a reader finds a passage).

A source that cannot be read is a `ReadError` with a one-line message; `read_sources` collects
them and goes on with the rest.
"""

from __future__ import annotations

import bisect
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from attrib.model import Document
from attrib.reading import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_FILE_SIZE,
    ReadError,
    load_bytes,
    read_path,
)
from attrib.reading.inputs import expand
from attrib.reading.text import decode
from attrib.verification.subtitles import cue_speech, srt_cues, vtt_cues
from attrib.verification.transcripts import Turn, find_turns

SOURCE_SUFFIXES = frozenset(ARTICLE_SUFFIXES | {".pdf", ".srt", ".vtt"})
# Folders never walked for sources: version control and tool caches hold no source material.
_SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", "node_modules"})


@dataclass(frozen=True)
class SourceText:
    """One source, read: its text and position map, the words that are speech, and its speakers.

    ``speech`` is ``document.text`` with what nobody said (speaker labels, timestamps, subtitle
    numbering and tags) blanked in place, so offsets into one are offsets into the other.
    ``turns`` are sorted by ``start``; none means the source names no speakers.
    """

    document: Document
    speech: str
    turns: tuple[Turn, ...] = ()
    _starts: tuple[int, ...] = field(default=(), compare=False, repr=False)

    @staticmethod
    def build(document: Document, speech: str, turns: Sequence[Turn] = ()) -> SourceText:
        ordered = tuple(sorted(turns, key=lambda t: t.start))
        return SourceText(document, speech, ordered, tuple(t.start for t in ordered))

    @property
    def path(self) -> str:
        return self.document.path

    def turn_at(self, offset: int) -> int:
        """The number of the turn holding ``offset`` (-1: before the first, or no turns)."""
        return bisect.bisect_right(self._starts, offset) - 1

    def speaker_at(self, offset: int) -> str | None:
        """Who is talking at ``offset`` (None: unknown, or no speakers in this source)."""
        index = self.turn_at(offset)
        return self.turns[index].speaker if index >= 0 else None


def _blank_ranges(text: str, ranges: Sequence[tuple[int, int]]) -> str:
    if not ranges:
        return text
    out = list(text)
    for start, end in ranges:
        out[start:end] = [c if c in "\r\n" else " " for c in text[start:end]]
    return "".join(out)


def transcript_source(document: Document) -> SourceText:
    """A source from a read document: transcript turns found, their labels left out."""
    turns, labels = find_turns(document.text)
    return SourceText.build(document, _blank_ranges(document.text, labels), turns)


def _subtitles(data: bytes, path: str, suffix: str) -> SourceText:
    text = decode(data)
    cues = srt_cues(text) if suffix == ".srt" else vtt_cues(text)
    if not cues:
        raise ReadError("no subtitles in this file")
    speech, turns = cue_speech(text, cues)
    document = Document.from_text(path, text, format=suffix.lstrip("."))
    return SourceText.build(document, speech, turns)


def _pdf(data: bytes, path: str) -> SourceText:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ReadError("encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(f"not a readable PDF ({type(exc).__name__})") from None
    if not any(page.strip() for page in pages):
        raise ReadError("no text in this PDF (a scan needs OCR first)")
    starts, offset = [], 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + 1
    document = Document(path, "\n".join(pages), format="pdf", line_starts=tuple(starts))
    return transcript_source(document)


def read_source(path: str | Path, max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> SourceText:
    """Read one source file in the format its suffix names, refusing devices, FIFOs and files
    over ``max_file_size`` bytes as inputs are. Raises `ReadError`."""
    shown = str(path)
    suffix = Path(path).suffix.lower()
    if suffix in (".pdf", ".srt", ".vtt"):
        data = load_bytes(path, max_file_size=max_file_size)
        if not data.strip():
            raise ReadError("empty file")
        return _pdf(data, shown) if suffix == ".pdf" else _subtitles(data, shown, suffix)
    return transcript_source(read_path(path, max_file_size=max_file_size))


def source_paths(args: Sequence[str | Path]) -> list[tuple[str, str | None]]:
    """Files named, found in folders (walked, sorted) or matched by globs: ``(path, error)``."""
    return expand(map(str, args), lambda folder: [(path, None) for path in _walk(folder)])


def _walk(folder: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(files):
            if Path(name).suffix.lower() in SOURCE_SUFFIXES and not name.startswith("."):
                found.append(os.path.join(root, name))
    return found


def read_sources(
    args: Sequence[str | Path], max_file_size: int = DEFAULT_MAX_FILE_SIZE
) -> tuple[list[SourceText], list[tuple[str, str]]]:
    """Every source the arguments name, and ``(path, one-line error)`` for those unreadable."""
    sources: list[SourceText] = []
    errors: list[tuple[str, str]] = []
    for path, problem in source_paths(args):
        if problem is not None:
            errors.append((path, problem))
            continue
        try:
            sources.append(read_source(path, max_file_size))
        except ReadError as exc:
            errors.append((path, str(exc)))
    return sources, errors
