"""The publication a file is checked as: configured, or stated by the file itself (front matter,
HTML meta tags, docx properties), and how reports say which and whence."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from attrib.api import analyze_documents
from attrib.attribution.outlets import load_catalog
from attrib.attribution.publication import publication_of
from attrib.config import Settings
from attrib.model import Document, DocumentMeta, Publication
from attrib.profile import build_profile
from attrib.reading.front_matter import front_matter_meta
from attrib.reading.markdown import read_markdown
from attrib.reading.word import read_docx
from attrib.render.json import render

BODY = "\nThe council approved the plan, the Guardian reported on Monday.\n"


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        (
            "---\npublication: The Springfield Tribune\n---\n",
            {"site_name": "The Springfield Tribune"},
        ),
        ("---\nsource: 'Lakeside Courier'\n---\n", {"site_name": "Lakeside Courier"}),
        ('+++\nsite_name = "Harbour Weekly"\n+++\n', {"site_name": "Harbour Weekly"}),
        (
            '---\ntitle: "Council backs the plan"\nauthors: [Ann Lee, Bo Chan]\n---\n',
            {"title": "Council backs the plan", "author": "Ann Lee, Bo Chan"},
        ),
        (
            "---\nauthor:\n  - Ann Lee\n  - Bo Chan\ndate: 2024-05-01\n---\n",
            {"author": "Ann Lee, Bo Chan", "date": "2024-05-01"},
        ),
        ("---\npublication: A  # the print title\nsource: B\n---\n", {"site_name": "A"}),
        ("---\ncanonical_url: https://example.org/a\n---\n", {"url": "https://example.org/a"}),
        ("publication: not front matter\n", {}),
        ("---\npublication: never closed\n", {}),
        ("---\ntags:\n  - politics\n---\n", {}),
    ],
)
def test_front_matter_meta(front: str, expected: dict[str, str]) -> None:
    meta = front_matter_meta(front + BODY)
    assert meta == DocumentMeta(**expected)


def _docx(category: str | None = None, company: str | None = None) -> bytes:
    import docx

    word = docx.Document()
    word.add_paragraph(BODY.strip())
    if category is not None:
        word.core_properties.category = category
    buffer = io.BytesIO()
    word.save(buffer)
    if company is None:
        return buffer.getvalue()
    out = io.BytesIO()  # write the extended properties with a Company, as Word does
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "docProps/app.xml":  # python-docx's template has <Company/>
                data = data.replace(b"<Company/>", f"<Company>{company}</Company>".encode())
            target.writestr(item, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("category", "company", "expected"),
    [
        ("The Springfield Tribune", "Tribune Media Ltd", "The Springfield Tribune"),
        (None, "Lakeside Courier", "Lakeside Courier"),
        (None, None, None),
    ],
)
def test_docx_properties(category: str | None, company: str | None, expected: str | None) -> None:
    assert read_docx(_docx(category, company), "a.docx").meta.site_name == expected


CATALOG = load_catalog()


@pytest.mark.parametrize(
    ("document", "configured", "expected"),
    [
        # Configuration wins over what the file states.
        (
            Document("a.md", BODY, "markdown", meta=DocumentMeta(site_name="Lakeside Courier")),
            ("The Springfield Tribune",),
            Publication("The Springfield Tribune", "config"),
        ),
        # A stated name the catalogue knows becomes its canonical name.
        (
            Document("a.md", BODY, "markdown", meta=DocumentMeta(site_name="Guardian")),
            (),
            Publication("The Guardian", "front-matter"),
        ),
        (
            Document("a.html", BODY, "html", meta=DocumentMeta(site_name="Lakeside  Courier")),
            (),
            Publication("Lakeside Courier", "html-meta"),
        ),
        # No site name: the outlet whose domain the page's URL is on.
        (
            Document("a.html", BODY, "html", meta=DocumentMeta(url="https://www.nzz.ch/a-1")),
            (),
            Publication("Neue Zürcher Zeitung", "html-meta"),
        ),
        (
            Document("a.html", BODY, "html", meta=DocumentMeta(url="https://example.org/a")),
            (),
            None,
        ),
        (
            Document("a.docx", BODY, "docx", meta=DocumentMeta(site_name="The Guardian")),
            (),
            Publication("The Guardian", "docx-properties"),
        ),
        (Document.from_text("a.txt", BODY), (), None),
    ],
)
def test_publication_of(
    document: Document, configured: tuple[str, ...], expected: Publication | None
) -> None:
    assert publication_of(document, configured, CATALOG) == expected


def _second_hand(document: Document, publication: tuple[str, ...] = ()) -> list[str]:
    profile = build_profile(Settings(publication=publication))
    (report,) = analyze_documents([document], profile)
    return [f.rule for f in report.findings if f.rule == "second-hand"]


def test_the_stated_publication_is_first_hand() -> None:
    stated = read_markdown(("---\npublication: The Guardian\n---\n" + BODY).encode(), "a.md")
    unstated = read_markdown(BODY.encode(), "b.md")
    assert _second_hand(stated) == []
    assert _second_hand(unstated) == ["second-hand"]
    # The config names another publication: it wins, and the Guardian is second-hand again.
    assert _second_hand(stated, ("The Springfield Tribune",)) == ["second-hand"]


def test_json_says_which_publication_and_whence() -> None:
    from attrib.api import tool_info
    from attrib.model import Report

    stated = read_markdown(("---\nsite_name: The Guardian\n---\n" + BODY).encode(), "a.md")
    plain = read_markdown(BODY.encode(), "b.md")
    reports = tuple(analyze_documents([stated, plain]))
    files = json.loads(render(Report(tool_info(), reports)))["files"]
    assert files[0]["publication"] == {"name": "The Guardian", "source": "front-matter"}
    assert files[1]["publication"] is None
