"""One article in every input format through `attrib check`: same statements, exact positions,
and a folder with a broken file among good ones."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from attrib.cli import app

runner = CliRunner()

PARAGRAPHS = [
    "According to Reuters, the negotiators left Geneva on Friday.",
    '"We will not sign a bad deal," said Maria Lopez, the trade minister.',
    "The talks will reportedly resume next week.",
]
MARKDOWN = """---
title: "Trade talks"
---
# Trade talks "stall"

{0}

{1}

{2} See [the wire](https://example.com/"x") and `"code"`.
"""
HTML = """<html><head><title>"Trade"</title><script>var q = "not prose";</script></head>
<body><nav>Home "menu"</nav><article>
<h1>Trade talks "stall"</h1>
<p>{0}</p>
<p>{1}</p>
<p>{2}</p>
</article><footer>"Footer quote," said Nobody.</footer></body></html>
"""


def write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading('Trade talks "stall"', level=1)
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    document.save(str(path))


def check_json(*args: str) -> tuple[int, dict[str, object]]:
    result = runner.invoke(app, ["check", "--format", "json", "--fail-on", "never", *args])
    return result.exit_code, json.loads(result.stdout)


def summary(file: dict[str, object]) -> list[tuple[str, str, str | None, str | None]]:
    rows = []
    for statement in file["statements"]:  # type: ignore[attr-defined]
        speaker = statement["speaker"]
        rows.append(
            (
                " ".join(statement["content"]["text"].split()),
                statement["kind"],
                speaker["name"] if speaker else None,
                statement["outlet"]["name"] if statement["outlet"] else None,
            )
        )
    return rows


def test_same_article_in_every_format_gives_the_same_statements(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(MARKDOWN.format(*PARAGRAPHS), encoding="utf-8")
    (tmp_path / "c.html").write_text(HTML.format(*PARAGRAPHS), encoding="utf-8")
    write_docx(tmp_path / "d.docx")
    code, report = check_json(str(tmp_path))
    assert code == 0
    files = {Path(f["path"]).suffix: f for f in report["files"]}  # type: ignore[union-attr]
    assert set(files) == {".txt", ".md", ".html", ".docx"}
    expected = summary(files[".txt"])
    # Hand-checked: Reuters is the outlet, the quote is Maria Lopez's, the hedge has no source.
    assert [row[1:] for row in expected] == [
        ("indirect", "Reuters", "Reuters"),
        ("direct", "Maria Lopez", None),
        ("indirect", None, None),
    ]
    for suffix in (".md", ".html", ".docx"):
        assert summary(files[suffix]) == expected, suffix


def test_markdown_positions_land_on_the_quotes(tmp_path: Path) -> None:
    source = MARKDOWN.format(*PARAGRAPHS)
    path = tmp_path / "story.md"
    path.write_text(source, encoding="utf-8")
    _, report = check_json(str(path))
    (file,) = report["files"]  # type: ignore[misc]
    lines = source.split("\n")
    for statement in file["statements"]:
        content = statement["content"]
        line = lines[content["line"] - 1]
        column = content["column"] - 1
        assert line[column : column + len(content["text"])] == content["text"]
    quote = file["statements"][1]["content"]
    assert (quote["line"], quote["column"]) == (8, 1)


def test_folder_with_a_broken_file_among_good_ones(tmp_path: Path) -> None:
    (tmp_path / "good1.txt").write_text(PARAGRAPHS[0] + "\n", encoding="utf-8")
    (tmp_path / "broken.docx").write_bytes(b"this is not a zip archive")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00broken")
    (tmp_path / "good2.md").write_text(PARAGRAPHS[2] + "\n", encoding="utf-8")
    code, report = check_json(str(tmp_path))
    assert code == 2
    errors = {Path(f["path"]).name: f["error"] for f in report["files"]}  # type: ignore[union-attr]
    assert errors["good1.txt"] is None and errors["good2.md"] is None
    assert errors["broken.docx"] and errors["bad.txt"]


def test_github_annotations_point_at_the_hedge(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(MARKDOWN.format(*PARAGRAPHS), encoding="utf-8")
    result = runner.invoke(app, ["check", "--format", "github", str(path)])
    assert result.exit_code == 1
    (line,) = [x for x in result.stdout.splitlines() if "unsourced-claim" in x]
    assert line.startswith("::error ") and "line=10," in line
