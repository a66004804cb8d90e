"""Quote verification against hand-written sources: every verdict, the diff, speakers, numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrib.model import Document
from attrib.verification import SourceIndex, build_index, match_quote
from attrib.verification.people import same_person
from attrib.verification.sources import SourceText, transcript_source
from attrib.verification.words import tokenize

INTERVIEW = """\
ANA RUIZ: We will never retreat from this city. Our people have stood here for three hundred
years and they will stand here for three hundred more. The best thing we ever did was to stay.
TOM LEE: Nobody is asking anyone to leave. The council voted ten per cent more money for the
harbour and the schools, and the work starts in the spring.
ANA RUIZ: That money came too late for the families on the east side of the river. We asked
for help in March and we were told to wait until the summer was over.
"""
# An earlier article with no speaker labels: its words are nobody's in particular.
ARTICLE = """\
The harbour has flooded twice this year. Residents said the barriers were too low and that
repairs had been promised for a decade without anything being done about them.
"""


def _index(*texts: tuple[str, str]) -> SourceIndex:
    return build_index([transcript_source(Document.from_text(path, text)) for path, text in texts])


INDEX = _index(("interview.txt", INTERVIEW), ("article.txt", ARTICLE))


@pytest.mark.parametrize(
    ("quote", "status", "speaker"),
    [
        # Verbatim, whatever the case, punctuation, quotation marks or line breaks.
        ("We will never retreat from this city.", "verbatim", "Ana Ruiz"),
        ("we will NEVER retreat — from this city", "verbatim", "Ana Ruiz"),
        ("three hundred years and they will stand here", "verbatim", "Ana Ruiz"),
        ("300 years and they will stand here", "verbatim", "Ana Ruiz"),
        ("The council voted 10 percent more money", "verbatim", "Tom Lee"),
        ("The council voted ten % more money", "verbatim", "Tom Lee"),
        ("Residents said the barriers were too low", "verbatim", None),
        # Altered: a word replaced, added or dropped.
        ("The greatest thing we ever did was to stay.", "altered", "Ana Ruiz"),
        ("The best thing we ever really did was to stay.", "altered", "Ana Ruiz"),
        ("The best thing we did was to stay.", "altered", "Ana Ruiz"),
        # Elided: parts in order, close together, one turn.
        ("Our people have stood here ... The best thing we ever did was to stay.", "elided",
         "Ana Ruiz"),
        ("We will never retreat from this city… The best thing we ever did", "elided",
         "Ana Ruiz"),
        # A bracketed insertion stands for the words it replaces.
        ("[The town] voted ten per cent more money for the harbour", "verbatim", "Tom Lee"),
        ("[T]he best thing we ever did was to stay", "verbatim", "Ana Ruiz"),
        # Spliced: two places joined without an ellipsis, or an ellipsis across two answers.
        ("We will never retreat from this city. That money came too late for the families",
         "spliced", "Ana Ruiz"),
        ("The best thing we ever did was to stay ... the work starts in the spring", "spliced",
         "Ana Ruiz"),
        ("We asked for help in March. Our people have stood here for three hundred years",
         "spliced", "Ana Ruiz"),
        # Not found.
        ("We have a plan for every street in this town", "not-found", None),
        ("forever", "not-found", None),
        ("never", "verbatim", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_verdicts(quote: str, status: str, speaker: str | None) -> None:
    verification = match_quote(quote, INDEX, speaker="Ana Ruiz")
    assert verification.status == status
    assert verification.speaker == speaker
    if status == "not-found":
        assert verification.source is None and verification.score == 0.0
    else:
        assert verification.source is not None
        assert 0.0 < verification.score <= 1.0


@pytest.mark.parametrize(
    ("quote", "changes"),
    [
        ("The greatest thing we ever did was to stay", [("replace", "greatest", "best")]),
        ("The best thing we ever really did was to stay", [("insert", "really", "")]),
        ("Our people have stood here for years", [("delete", "", "three hundred")]),
    ],
)
def test_diff_shows_the_words_as_written(quote: str, changes: list[tuple[str, str, str]]) -> None:
    verification = match_quote(quote, INDEX)
    assert verification.status == "altered"
    assert [(d.op, d.draft, d.source) for d in verification.diff if d.op != "equal"] == changes
    drafted = "".join(d.draft for d in verification.diff if d.op == "equal")
    assert drafted and all(d.draft == d.source for d in verification.diff if d.op == "equal")


def test_passage_points_into_the_source_file() -> None:
    verification = match_quote("the best thing we ever did was to stay", INDEX)
    source = verification.source
    assert source is not None and source.path == "interview.txt"
    assert (
        INTERVIEW[source.start : source.end]
        == source.text
        == ("The best thing we ever did was to stay")
    )
    assert (source.line, source.column) == (2, 56)


def test_passage_spans_line_breaks_and_keeps_the_source_spelling() -> None:
    verification = match_quote("for 300 years", INDEX)
    assert verification.status == "verbatim"
    assert verification.source is not None
    assert verification.source.text == "for three hundred\nyears"


def test_spliced_parts_name_both_passages() -> None:
    verification = match_quote(
        "We will never retreat from this city. That money came too late for the families", INDEX
    )
    assert verification.status == "spliced"
    assert [(p.line, p.column) for p in verification.parts] == [(1, 11), (5, 11)]


def test_equal_passages_prefer_the_attributed_speaker() -> None:
    index = _index(
        ("a.txt", "TOM LEE: The river is rising faster than we thought.\nANA RUIZ: Yes.\n"),
        ("b.txt", "ANA RUIZ: The river is rising faster than we thought.\nTOM LEE: No.\n"),
    )
    assert match_quote("The river is rising faster", index, speaker="Ms. Ruiz").speaker == (
        "Ana Ruiz"
    )
    assert match_quote("The river is rising faster", index, speaker="Lee").speaker == "Tom Lee"


def test_empty_index_and_empty_quote() -> None:
    assert match_quote("anything at all here", build_index([])).status == "not-found"
    assert match_quote("...", INDEX).status == "not-found"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ten per cent of 1,000 voters", ["10", "percent", "of", "1000", "voters"]),
        ("It’s twenty-five %.", ["it's", "25", "percent"]),
        ("the 1st time", ["the", "first", "time"]),
        ("five thousand two hundred", ["5200"]),
        ("one two", ["1", "2"]),
        ("a hundred days", ["a", "hundred", "days"]),
        ("3.5 million", ["3.5", "million"]),
        ("“Quoted” «words»", ["quoted", "words"]),
    ],
)
def test_normalised_words(text: str, words: list[str]) -> None:
    found = tokenize(text)
    assert found.texts == words
    assert all(text[s:e].strip() for s, e in zip(found.starts, found.ends, strict=True))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Mr. Trump", "DONALD J. TRUMP", True),
        ("Ruiz", "Ana Ruiz", True),
        ("Ana Ruiz", "Tom Lee", False),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
        ("Senator", "Ana Ruiz", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_source_without_speakers_has_none() -> None:
    source = transcript_source(Document.from_text("a.txt", ARTICLE))
    assert isinstance(source, SourceText) and source.turns == ()
    assert source.speaker_at(10) is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["twenty", "five", "per", "cent", "hundred", "one", "1,000", "İstanbul", "word", "%",
             "It’s", "\n", "three", "thousand", "1st", ".", "Ten"]
        ),
        max_size=30,
    )
)  # fmt: skip
def test_index_words_are_the_tokenizers_words(parts: list[str]) -> None:
    """The index's fast path (numbered once per distinct word) agrees with `tokenize`."""
    text = " ".join(parts)
    index = build_index(
        [transcript_source(Document.from_text("a.txt", text)), transcript_source(
            Document.from_text("b.txt", "five " + text))]
    )  # fmt: skip
    names = {i: w for w, i in index.vocabulary.items()}
    words = [names[int(i)] for i in index.ids]
    first = tokenize(text).texts
    assert words == first + tokenize("five " + text).texts
    for position in range(len(first)):
        assert text[index.start_of(position) : index.end_of(position)]
