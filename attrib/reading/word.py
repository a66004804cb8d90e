"""Word (.docx) through python-docx: paragraphs and table cells in document order.

A docx has no character offsets of its own, so positions are paragraph numbers: the text is the
paragraphs joined by blank lines and ``line_starts`` holds where each paragraph starts. Every
paragraph counts (empty ones too), so paragraph N is the N-th paragraph of the document, table
cells included, in reading order. Heading and title paragraphs are blanked: a headline is not a
statement (the Markdown and HTML readers do the same).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from attrib.model import Document, DocumentMeta
from attrib.reading.common import ReadError

_SEPARATOR = "\n\n"


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(tag))


def _paragraphs(element: Any, parent: Any) -> Iterator[Any]:
    """python-docx Paragraphs under a body or cell element, tables and content controls opened."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == _qn("w:p"):
            yield Paragraph(child, parent)
        elif child.tag == _qn("w:tbl"):
            table = Table(child, parent)
            for row in table.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell repeats across its span
                        continue
                    seen.add(id(cell._tc))
                    yield from _paragraphs(cell._tc, cell)
        elif child.tag == _qn("w:sdt"):
            content = child.find(_qn("w:sdtContent"))
            if content is not None:
                yield from _paragraphs(content, parent)


def _is_heading(paragraph: Any) -> bool:
    try:
        name = paragraph.style.name if paragraph.style is not None else ""
    except (KeyError, ValueError):  # a style id the styles part does not define
        return False
    return str(name).lower().startswith(("heading", "title"))


def _why(error: Exception) -> str:
    """A few words on why python-docx could not open a file."""
    if isinstance(error, zipfile.BadZipFile):
        return "not a zip archive"
    if isinstance(error, KeyError):
        return "a part of the package is missing"
    if isinstance(error, SyntaxError):  # lxml's XMLSyntaxError
        return "broken XML"
    if isinstance(error, ValueError) or type(error).__name__ == "PackageNotFoundError":
        return "not a Word document"
    return type(error).__name__


def read_docx(data: bytes, path: str) -> Document:
    """A docx `Document` whose ``line`` is the paragraph number."""
    if not data.strip():
        raise ReadError("empty file")
    try:
        import docx

        word = docx.Document(io.BytesIO(data))
        body = word.element.body
        texts = [" " * len(p.text) if _is_heading(p) else p.text for p in _paragraphs(body, word)]
        meta = _properties(word)
    except Exception as error:  # python-docx raises zip, XML and key errors alike on bad files
        raise ReadError(f"not a valid .docx file ({_why(error)})") from None
    if not "".join(texts).strip():
        raise ReadError("empty file")
    starts = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + len(_SEPARATOR)
    return Document(
        path=path,
        text=_SEPARATOR.join(texts),
        format="docx",
        line_starts=tuple(starts),
        meta=meta,
    )


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _company(word: Any) -> str | None:
    """The *Company* of the extended properties (docProps/app.xml), which python-docx does not
    expose: Word fills it with the organisation the copy of Office is licensed to."""
    for rel in word.part.package.rels.values():
        if rel.reltype.endswith("/extended-properties") and not rel.is_external:
            from lxml import etree

            root = etree.fromstring(rel.target_part.blob)
            for element in root:
                if etree.QName(element).localname == "Company":
                    return _clean(element.text)
    return None


def _properties(word: Any) -> DocumentMeta:
    """Title, author, creation date and publication from the document properties.

    The publication is the core property *Category* when set (newsroom templates use it for the
    title the copy is written for), else the extended property *Company*.
    """
    core = word.core_properties
    created = core.created.isoformat() if core.created is not None else None
    return DocumentMeta(
        title=_clean(core.title),
        site_name=_clean(core.category) or _company(word),
        author=_clean(core.author),
        date=created,
    )
