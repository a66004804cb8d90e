"""Property tests: any input keeps its length, and what survives is the file's own text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attrib.reading import ReadError, read_bytes

# Pieces rich in what markup is made of, plus arbitrary Unicode, joined into documents.
PIECE = st.one_of(
    st.sampled_from(list("*_`[]()<>!#-+|~&;:\\/\"'\u201c\u201d \n\r\t=.1aZ")),
    st.sampled_from(["&amp;", "&rdquo;", "&#8220;", "<p>", "</p>", "<!--", "-->", "```", "---\n"]),
    st.sampled_from(["<!-- attrib: ignore r -->", "<script>", "<article>", "](u)", "\n\n"]),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=5),
)
DOCUMENTS = st.lists(PIECE, max_size=60).map("".join)


def _read(source: str, name: str) -> str | None:
    try:
        return read_bytes(source.encode("utf-8"), name, name).text
    except ReadError:
        return None


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
def test_markdown_keeps_length_lines_and_characters(source: str) -> None:
    text = _read(source, "a.md")
    if text is None:
        return
    assert len(text) == len(source)
    for index, (kept, original) in enumerate(zip(text, source, strict=True)):
        if original in "\r\n":
            assert kept == original, index
        else:
            assert kept in (original, " ") or source[index] == "&", index


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
def test_html_keeps_length_and_characters(source: str) -> None:
    text = _read(source, "a.html")
    if text is None:
        return
    assert len(text) == len(source)
    for index, (kept, original) in enumerate(zip(text, source, strict=True)):
        assert kept in (original, " ", "\n") or source[index] == "&", index
