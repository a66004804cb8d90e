"""The property the HTML reader promises: every character it keeps from a page is that same
character at that same offset of the decoded file, whatever the markup and the charset."""

from __future__ import annotations

import html

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attrib.reading.html import read_html

# Text runs (prose with entities) and markup, tagged so that the test knows which offsets of
# the page are text without asking the code under test.
WORD = st.sampled_from(["Sabti", "said", "the", "talks", "café", "“No,”", "stalled.", "naïve"])
TEXT = st.lists(WORD, min_size=1, max_size=6).map(" ".join)
ENTITY = st.sampled_from(["&amp;", "&ldquo;", "&#8220;", "&#x201D;", "&eacute;", "&nbsp;"])
TAG = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<br>",
        "<b>",
        "</b>",
        '<a href="/x?a=1&amp;b=2">',
        "</a>",
        "<q>",
        "</q>",
        "<blockquote>",
        "</blockquote>",
        "<div class='x'>",
        "</div>",
        "<li>",
        "<h2>",
        "</h2>",
        "<script>var s = '<p>no</p>';</script>",
        "<!-- c -->",
        "<nav>Home</nav>",
        "<img src=x>",
    ]
)
PART = st.one_of(
    TEXT.map(lambda t: ("text", t)),
    ENTITY.map(lambda e: ("entity", e)),
    TAG.map(lambda t: ("tag", t)),
)
HEAD = (
    "<!DOCTYPE html><html><head><meta charset='{charset}'><title>T</title></head><body>",
    "</body></html>",
)


def _tag_kinds(raw: str) -> list[str]:
    """Markup is what lies inside angle brackets and a script's code; the words inside an element
    such as ``<nav>Home</nav>`` are prose that the reader may keep (``--html-content all``)."""
    if raw.startswith("<script"):
        return ["tag"] * len(raw)
    kinds: list[str] = []
    inside = False
    for char in raw:
        inside = inside or char == "<"
        kinds.append("tag" if inside else "text")
        inside = inside and char != ">"
    return kinds


def _page(parts: list[tuple[str, str]], charset: str, whole: bool) -> tuple[str, list[str]]:
    """The page and, for each of its offsets, what lies there: text, entity or markup."""
    kinds: list[str] = []
    pieces: list[str] = []
    if whole:
        pieces.append(HEAD[0].format(charset=charset))
        kinds.extend(["tag"] * len(pieces[-1]))
    for kind, raw in parts:
        pieces.append(raw)
        kinds.extend(_tag_kinds(raw) if kind == "tag" else [kind] * len(raw))
    if whole:
        pieces.append(HEAD[1])
        kinds.extend(["tag"] * len(HEAD[1]))
    return "".join(pieces), kinds


@settings(max_examples=120, deadline=None)
@given(
    st.lists(PART, max_size=40),
    st.sampled_from(["utf-8", "windows-1252", "utf-16"]),
    st.booleans(),
    st.sampled_from(["auto", "main", "all"]),
)
# A <q> left open at the end of the page once wrote its closing mark past the text (IndexError).
@example(parts=[("tag", "<q>"), ("text", "Sabti")], charset="utf-8", whole=False, content="auto")
def test_kept_characters_keep_their_offsets(
    parts: list[tuple[str, str]], charset: str, whole: bool, content: str
) -> None:
    page, kinds = _page(parts, charset if charset != "utf-16" else "utf-8", whole)
    data = page.encode("utf-16") if charset == "utf-16" else page.encode(charset)
    if not page.strip():
        return
    document = read_html(data, "page.html", content)
    text = document.text
    assert len(text) == len(page)
    index = 0
    while index < len(page):
        kind, char = kinds[index], text[index]
        if kind == "text":
            # Prose is the file's own character, or blank where it was not chosen. A blank place
            # may hold a paragraph's line break or the mark that stands for an element (an
            # unclosed <q> is closed in the first blank after its text): never another letter.
            assert char == page[index] or char in " \n“”—"
        elif kind == "entity":
            # An entity: its decoded character at its first offset (or a blank); the rest of
            # its place is blank space like markup's.
            end = page.index(";", index) + 1
            decoded = html.unescape(page[index:end])
            kept = text[index:end]
            # An entity the reader did not keep is blank space, which a <q>'s mark may take.
            head = kept[: len(decoded)]
            assert head in (decoded, " " * len(decoded), "\n" * len(decoded)) or (
                len(head) == 1 and head in "“”—"
            )
            assert all(c in " \n“”—" for c in kept[len(decoded) :])
            index = end
            continue
        else:
            # Markup never survives: only blanks, line breaks and the quotation marks and dash
            # that stand for <q>, <blockquote> and an attribution.
            assert char in " \n“”—", (index, page[index], char)
        index += 1
