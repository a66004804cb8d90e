"""``html``: the markup contract, escaping of hostile article text, layout, contrast, CLI.

These tests read the page with the standard library's HTML parser; the browser tests in
``test_render_html_browser.py`` check what a real Chromium does with it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.model import (
    DiffOp,
    Document,
    FileReport,
    Finding,
    Passage,
    Report,
    Source,
    Speaker,
    Statement,
    Verification,
)
from attrib.render import html as html_module
from attrib.render import render
from attrib.render.article import layout, paragraph_ranges
from attrib.render.palette import (
    AA_CONTRAST,
    NO_SPEAKER,
    ON_ACCENT,
    PAGE,
    SEVERITY_COLOURS,
    TEXT,
    contrast,
    speaker_colours,
)
from tests.test_render import RULES, TOOL, span_of, tricky_file, tricky_report

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "iran-talks.txt"

# An article written to attack the page: tags, an end-of-style, a javascript: link, attribute
# quotes, an event handler and a comment opener, in the text, the speaker, the path and a message.
HOSTILE = (
    'Jane "Doe" said "<script>window.pwned = 1</script> is </style><b>bold</b>".\n'
    "\n"
    "See <a href=\"javascript:alert('x')\">here</a>' onmouseover='alert(2)' <!-- and &amp; too.\n"
)


class Page(HTMLParser):
    """Start tags with their attributes, and the text, of one page."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def having(self, attribute: str) -> list[dict[str, str | None]]:
        return [attrs for _, attrs in self.tags if attribute in attrs]

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def hostile_file() -> FileReport:
    doc = Document.from_text('news/"><script>alert(3)</script>.txt', HOSTILE)
    quote = span_of(doc, '"<script>window.pwned = 1</script> is </style><b>bold</b>"')
    speaker = Speaker('Jane "Doe" <img src=x onerror=alert(4)>', "person", "it's </style>", None)
    link = span_of(doc, "<a href=\"javascript:alert('x')\">here</a>")
    statements = (
        Statement("S1", "direct", quote, span_of(doc, "said"), speaker),
        Statement("S2", "indirect", link, None, None),
    )
    findings = (Finding("vague-source", "warning", "<script>alert(5)</script> ' \" &", "S2", link),)
    sources = (Source(speaker.name, "person", speaker.description, 1, ("<i>Outlet</i>",)),)
    return FileReport(doc.path, None, statements, findings, sources, document=doc)


def page_of(*files: FileReport) -> tuple[str, Page]:
    markup = render(Report(TOOL, files), "html", rules=RULES)
    return markup, Page(markup)


def test_statement_and_marker_contract() -> None:
    file = tricky_file()
    _, page = page_of(file)
    ids = {attrs["data-statement-id"] for attrs in page.having("data-statement-id")}
    assert ids == {statement.id for statement in file.statements}
    markers = [attrs for attrs in page.named("a") if "data-rule" in attrs]
    assert sorted(str(m["data-rule"]) for m in markers) == sorted(f.rule for f in file.findings)
    assert all(m["data-severity"] in {"error", "warning", "info"} for m in markers)
    # Notes point at their statement without claiming to be one.
    notes = [attrs for attrs in page.named("div") if "data-rule" in attrs]
    assert len(notes) == len(file.findings)
    assert not any("data-statement-id" in note for note in notes)


def test_every_statement_has_exactly_one_label() -> None:
    markup, _ = page_of(tricky_file())
    assert markup.count('class="st-label"') == len(tricky_file().statements)


@pytest.mark.parametrize("file", [hostile_file(), tricky_file()], ids=["hostile", "tricky"])
def test_hostile_text_cannot_add_markup(file: FileReport) -> None:
    _, page = page_of(file)
    assert len(page.named("script")) == 1 and len(page.named("style")) == 1
    assert page.named("img") == [] and page.named("b") == [] and page.named("i") == []
    for _, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs)
        href = attrs.get("href")
        assert href is None or re.fullmatch(r"#[\w-]+", href), href
        assert "src" not in attrs and "style" not in attrs
    # Every attack is on the page as text, exactly as written.
    text = "".join(page.text)
    for name, statement in (("text", s.content.text) for s in file.statements):
        assert statement in text, name
    assert file.path in text
    if file.document is not None and "<!--" in file.document.text:
        assert "<!-- and &amp; too." in text


def test_hostile_strings_are_escaped_in_attributes() -> None:
    markup, page = page_of(hostile_file())
    titles = [str(attrs["title"]) for attrs in page.having("title")]
    assert any('Jane "Doe" <img src=x onerror=alert(4)>' in title for title in titles)
    assert "&lt;img src=x onerror=alert(4)&gt;" in markup
    assert "&#34;" in markup or "&quot;" in markup


def test_page_is_self_contained_and_its_policy_allows_only_its_own_blocks() -> None:
    markup, page = page_of(tricky_file(), hostile_file())
    head = markup.split("<body>", 1)[0]
    assert "url(" not in markup and "@import" not in markup
    assert not re.search(r"<link|<iframe|<object|<embed|<base", markup)
    (policy,) = [a["content"] for a in page.named("meta") if a.get("http-equiv")]
    assert policy is not None and "default-src 'none'" in policy
    style = head.split("<style>", 1)[1].split("</style>", 1)[0]
    script = markup.split("<script>", 1)[1].split("</script>", 1)[0]
    for block in (style, script):
        digest = base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_summary_bar_and_file_index_for_several_files() -> None:
    _, page = page_of(*tricky_report().files)
    text = " ".join("".join(page.text).split())
    assert "2 files" in text and "5 statements" in text
    assert "1 error" in text and "1 warning" in text and "1 info" in text
    assert "Could not be checked: cannot read: No such file or directory" in text
    index_links = [a["href"] for a in page.named("a") if a.get("href") in {"#f1", "#f2"}]
    assert index_links == ["#f1", "#f2"]


def test_one_file_has_no_index() -> None:
    _, page = page_of(tricky_file())
    assert not [a for a in page.named("a") if a.get("href") == "#f1"]


def test_legend_is_the_roster_and_every_statement_names_its_source() -> None:
    file = tricky_file()
    _, page = page_of(file)
    buttons = [a for a in page.named("button") if a.get("class") == "src"]
    assert len(buttons) == len(file.sources)
    keys = {b["data-source"] for b in buttons}
    assert {a["data-source"] for a in page.having("data-statement-id")} <= keys
    text = "".join(page.text)
    for source in file.sources:
        assert source.name in text


def test_statements_without_a_speaker_get_their_own_legend_entry() -> None:
    _, page = page_of(hostile_file())
    buttons = [a for a in page.named("button") if a.get("class") == "src"]
    assert len(buttons) == 2  # Jane Doe and "no speaker"
    marks = page.having("data-statement-id")
    assert {m["data-source"] for m in marks} == {b["data-source"] for b in buttons}


def verified_file(verification: Verification) -> FileReport:
    doc = Document.from_text("draft.txt", 'Sabti said "it is the best thing".\n')
    quote = span_of(doc, '"it is the best thing"')
    speaker = Speaker("Beni Sabti", "person")
    statement = Statement("S1", "direct", quote, None, speaker, verification=verification)
    return FileReport("draft.txt", None, (statement,), (), (), document=doc)


def test_verification_shows_the_source_passage_and_the_diff() -> None:
    passage = Passage(40, 58, 12, 5, "the greatest <thing>", path="interview.txt")
    diff = (DiffOp("equal", "it is the", "it is the"), DiffOp("replace", "best", "<greatest>"))
    markup, page = page_of(verified_file(Verification("altered", 0.91, passage, "Sabti", diff)))
    text = " ".join("".join(page.text).split())
    assert "altered" in text and "interview.txt:12:5 · Sabti · score 0.91" in text
    assert "the greatest <thing>" in text
    assert '<del title="in the draft">best</del><ins title="in the source">&lt;greatest&gt;' in (
        markup
    )


def test_each_quoted_segment_shows_its_own_verdict() -> None:
    doc = verified_file(Verification("verbatim", 1.0, None, None)).document
    assert doc is not None
    first = Verification("verbatim", 1.0, Passage(0, 5, 3, 1, "it is", path="a.srt"), None)
    second = Verification("not-found", 0.2, None, None, segment=span_of(doc, "the best thing"))
    both = Verification("not-found", 0.2, None, None, segments=(first, second))
    _, page = page_of(verified_file(both))
    text = " ".join("".join(page.text).split())
    assert "a.srt:3:1" in text and "not-found the best thing" in text
    assert "No passage in the sources is close enough." in text


def test_no_verification_no_note() -> None:
    markup, _ = page_of(tricky_file())
    assert "verification" not in markup.split("<body>", 1)[1].split("<script>", 1)[0]


def test_file_without_text_lists_its_statements_and_findings() -> None:
    file = tricky_file()
    bare = FileReport(file.path, None, file.statements, file.findings, file.sources)
    _, page = page_of(bare)
    text = "".join(page.text)
    assert "The article's text is not part of this report" in text
    ids = {attrs["data-statement-id"] for attrs in page.having("data-statement-id")}
    assert ids == {statement.id for statement in file.statements}
    markers = [attrs["data-rule"] for attrs in page.named("a") if "data-rule" in attrs]
    assert sorted(markers) == sorted(f.rule for f in file.findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\nTwo.\n", ["One.", "Two.\n"]),
        ("One.\nTwo.\n", ["One.", "Two."]),  # no blank line anywhere: a paragraph per line
        ("One\nstill one.\n\n  \n\nTwo.", ["One\nstill one.", "Two."]),
        ("\n\n   \n", []),
    ],
)
def test_paragraphs_are_those_extraction_uses(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in paragraph_ranges(text)] == expected


def _statement(doc: Document, sid: str, needle: str) -> Statement:
    return Statement(sid, "indirect", span_of(doc, needle), None, None)


@pytest.mark.parametrize(
    ("text", "statements", "expected"),
    [
        # nested: the inner statement is inside the outer one's element
        (
            "Reportedly officials said war is near.",
            [("A", "Reportedly officials said war is near"), ("B", "war is near")],
            [[("Reportedly officials said ", ["A"]), ("war is near", ["A", "B"]), (".", [])]],
        ),
        # overlapping without nesting: three segments, each with its own set
        (
            "one two three four",
            [("A", "one two three"), ("B", "two three four")],
            [[("one ", ["A"]), ("two three", ["A", "B"]), (" four", ["B"])]],
        ),
        # a quote over two paragraphs: one piece in each, the same id
        (
            '"First part.\n\n"Second part." Rest.',
            [("Q", '"First part.\n\n"Second part."')],
            [[('"First part.', ["Q"])], [('"Second part."', ["Q"]), (" Rest.", [])]],
        ),
    ],
)
def test_layout_segments(
    text: str, statements: list[tuple[str, str]], expected: list[list[tuple[str, list[str]]]]
) -> None:
    doc = Document.from_text("t.txt", text)
    built = [_statement(doc, sid, needle) for sid, needle in statements]
    paragraphs = layout(doc, built, ())
    got = [[(s.text, [p.statement.id for p in s.pieces]) for s in p.segments] for p in paragraphs]
    assert got == expected
    pieces = [p for paragraph in paragraphs for s in paragraph.segments for p in s.pieces]
    firsts = [p.statement.id for p in pieces if p.first]
    assert sorted(firsts) == sorted(sid for sid, _ in statements)


def test_a_marker_does_not_split_a_quote_from_its_mark() -> None:
    doc = Document.from_text("t.txt", 'She said "it is done" today.\n')
    quote = span_of(doc, '"it is done"')
    finding = Finding("misquote", "error", "differs", "S1", span_of(doc, "it is done"))
    statement = Statement("S1", "direct", quote, None, None)
    (paragraph,) = layout(doc, (statement,), (finding,))
    assert [(s.text, [m.finding.rule for m in s.markers]) for s in paragraph.segments] == [
        ("She said ", []),
        ('"it is done"', ["misquote"]),
        (" today.", []),
    ]


def test_markers_stand_where_their_span_starts() -> None:
    doc = Document.from_text("t.txt", "It reportedly fell.\n")
    finding = Finding("unsourced-claim", "error", "say who", None, span_of(doc, "reportedly"))
    (paragraph,) = layout(doc, (), (finding,))
    assert [(s.text, [m.finding.rule for m in s.markers]) for s in paragraph.segments] == [
        ("It ", []),
        ("reportedly fell.", ["unsourced-claim"]),
    ]


@pytest.mark.parametrize("index", range(100))
def test_speaker_colours_reach_aa_contrast(index: int) -> None:
    colours = speaker_colours(index)
    assert contrast(colours.tint, TEXT) >= AA_CONTRAST
    assert contrast(colours.accent, ON_ACCENT) >= AA_CONTRAST


def test_a_hundred_speakers_get_a_hundred_colours() -> None:
    assert len({speaker_colours(i).tint for i in range(100)}) == 100


@pytest.mark.parametrize("colour", [*SEVERITY_COLOURS.values(), "#595959", "#767676"])
def test_ui_colours_reach_aa_contrast_on_the_page(colour: str) -> None:
    assert contrast(colour, PAGE) >= AA_CONTRAST


# Every text colour the stylesheet sets, with each background it stands on.
STYLESHEET_PAIRS = [
    ("#111111", "#ffffff"),  # text
    ("#111111", "#f3f3f3"),  # a source passage, a note just jumped to
    ("#0b57a4", "#ffffff"),  # links
    ("#3d3d3d", "#ffffff"),  # secondary text
    ("#595959", "#ffffff"),  # hints, line numbers, dimmed statements
    ("#1d7a35", "#ffffff"),  # a verbatim or elided verdict
    ("#5c0000", "#ffd7d5"),  # the draft's words in a diff
    ("#003d0b", "#d2f4d3"),  # the source's words in a diff
    ("#ffffff", "#767676"),  # the label of a dimmed statement
    *((colour, "#f0f0f0") for colour in SEVERITY_COLOURS.values()),  # a focused marker
]


@pytest.mark.parametrize(("text", "background"), STYLESHEET_PAIRS)
def test_stylesheet_colours_reach_aa_contrast(text: str, background: str) -> None:
    assert contrast(text, background) >= AA_CONTRAST


def test_every_text_colour_of_the_stylesheet_is_checked() -> None:
    css = (Path(html_module.__file__).parent / "templates" / "report.css").read_text()
    used = set(re.findall(r"(?<![\w-])color: (#[0-9a-f]{6})", css))
    assert used <= {text for text, _ in STYLESHEET_PAIRS}


def test_no_speaker_colours_reach_aa_contrast() -> None:
    assert contrast(NO_SPEAKER.tint, TEXT) >= AA_CONTRAST
    assert contrast(NO_SPEAKER.accent, ON_ACCENT) >= AA_CONTRAST


def test_contrast_formula_on_known_pairs() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_cli_writes_the_html_report(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["check", str(SAMPLE), "-f", "html", "-o", str(target)])
    assert result.exit_code == 1  # the sample has an error-level finding
    assert result.stdout == ""
    markup = target.read_text(encoding="utf-8")
    assert markup.startswith("<!DOCTYPE html>")
    assert len(set(re.findall(r'data-statement-id="([^"]+)"', markup))) >= 15


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [
        ("markdown", "said Maria Lopez, the minister."),  # the blanked link target is gone
        ("text", "said Maria Lopez                    , the minister."),  # plain text as written
    ],
)
def test_blanked_markup_before_punctuation_is_not_shown(fmt: str, shown: str) -> None:
    text = "said Maria Lopez                    , the minister."
    doc = Document.from_text("a.md", text, format=fmt)
    (paragraph,) = layout(doc, (), ())
    assert "".join(s.text for s in paragraph.segments) == shown


def test_label_carries_the_verdict_in_words() -> None:
    markup, _ = page_of(verified_file(Verification("spliced", 0.7, None, None)))
    assert '<span class="st-label">Beni Sabti · direct · spliced</span>' in markup


def test_verification_note_without_the_document_text() -> None:
    passage = Passage(0, 9, 2, 1, "it is the greatest thing", path="interview.txt")
    file = verified_file(Verification("altered", 0.8, passage, None))
    _, page = page_of(FileReport(file.path, None, file.statements, (), ()))
    assert "it is the greatest thing" in "".join(page.text)
