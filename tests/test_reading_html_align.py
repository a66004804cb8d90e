"""Finding an extractor's output back in the page text (`attrib.reading.html_align`)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrib.reading.html_align import align


def _kept(page: str, output: str) -> list[str]:
    return [page[start:end] for start, end in align(page, output)]


@pytest.mark.parametrize(
    ("page", "output", "kept"),
    [
        # Whitespace differs: the page's own spacing is kept.
        (
            "Menu\nThe vote  passed\n on Monday.\nShare",
            "The vote passed on Monday.",
            ["The vote  passed\n on Monday."],
        ),
        # The extractor separated words the page ran together through inline tags, and back.
        ("Top story. Sabti said no. End", "Sabti said no.", ["Sabti said no."]),
        # A paragraph the extractor moved up is found where it is.
        (
            "First para here today.\nAd\nSecond para here today.",
            "Second para here today.\nFirst para here today.",
            ["First para here today.", "Second para here today."],
        ),
        # A paragraph repeated by the extractor is kept once.
        (
            "Intro line of the story.\nMore text follows now.",
            "Intro line of the story.\nIntro line of the story.\nMore text follows now.",
            ["Intro line of the story.\nMore text follows now."],
        ),
        # What the page does not hold (list bullets, table bars) is skipped.
        (
            "Apples are red.\nPears are green.",
            "- Apples are red.\n- Pears are green.",
            ["Apples are red.", "Pears are green."],
        ),
        ("Cell one Cell two", "Cell one | Cell two", ["Cell one", "Cell two"]),
        # A partial word of the output is a different word: "Smithson" is not kept.
        ("Smith said yes to them.", "Smithson said yes to them.", ["said yes to them."]),
        ("", "Anything at all.", []),
        ("Page text only.", "", []),
    ],
)
def test_align_keeps_what_the_output_took(page: str, output: str, kept: list[str]) -> None:
    assert _kept(page, output) == kept


WORDS = st.lists(
    st.sampled_from(["the", "vote", "said", "Sabti", "“No,”", "2024", "AT&T", "é", "a"]),
    min_size=1,
    max_size=12,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=8), st.data())
def test_aligned_ranges_hold_the_output_words(paragraphs: list[str], data: st.DataObject) -> None:
    """Any selection of a page's paragraphs, re-spaced and reordered, is found back: every
    word of it lies in the kept ranges, which are sorted and apart."""
    page = "\n".join(paragraphs)
    chosen = data.draw(st.lists(st.sampled_from(paragraphs), min_size=1, max_size=4))
    output = "\n\n".join("  ".join(p.split()) for p in chosen)
    ranges = align(page, output)
    assert ranges == sorted(ranges)
    assert all(end < start for (_, end), (start, _) in itertools.pairwise(ranges))
    kept = "".join("".join(page[start:end].split()) for start, end in ranges)
    for paragraph in chosen:
        for word in paragraph.split():
            assert word in kept
