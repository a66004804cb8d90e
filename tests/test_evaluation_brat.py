"""The PolNeAR (brat standoff) reader, on small fixtures written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrib.evaluation.brat import parse_ann, parse_offsets, read_split
from attrib.evaluation.lexicon import cue_lemma, is_speech_cue

TEXT = 'Ann Lee said the bridge was safe. "It will hold," she added.\nRain fell.'


def _ann(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_offsets_single_and_discontinuous() -> None:
    assert parse_offsets("3 8") == ((3, 8),)
    assert parse_offsets("12 20;3 8") == ((12, 20), (3, 8))
    with pytest.raises(ValueError):
        parse_offsets("3 x")


def test_parses_relation_with_source_and_flags() -> None:
    ann = _ann(
        "T1\tSource 0 7\tAnn Lee",
        "T2\tCue 8 12\tsaid",
        "T3\tContent 13 32\tthe bridge was safe",
        "T4\tAttribution 8 12\tsaid",
        "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3",
    )
    (gold,), mismatches, skipped = parse_ann(ann, TEXT)
    assert (mismatches, skipped) == (0, 0)
    assert gold.content == ((13, 32),)
    assert gold.covering == (13, 32)
    assert gold.source == ((0, 7),)
    assert gold.source_text == "Ann Lee"
    assert gold.cue_text == "said"
    assert gold.quoted is False
    assert gold.speech_cue is True


def test_discontinuous_content_missing_source_and_quote_flag() -> None:
    # Content in two pieces, listed out of order; no source (Attribution-no-source).
    ann = _ann(
        'T1\tContent 48 59;34 48\t" she added "It will hold,',
        "T2\tCue 54 59\tadded",
        "T3\tAttribution-no-source 54 59\tadded",
        "E1\tAttribution-no-source:T3 Content:T1 Cue:T2",
    )
    (gold,), mismatches, _ = parse_ann(ann, TEXT)
    assert gold.content == ((34, 48), (48, 59))
    assert gold.covering == (34, 59)
    assert gold.source is None
    assert gold.source_text is None
    assert gold.quoted is True
    # brat joins the fragments in the order listed, with a space.
    assert mismatches == 0


def test_counts_offset_mismatch_and_skips_relation_without_content() -> None:
    ann = _ann(
        "T1\tCue 8 12\tsaw",
        "T2\tAttribution 8 12\tsaid",
        "E1\tAttribution:T2 Cue:T1",
        "#1\tAnnotatorNotes T1\ta note",
    )
    attributions, mismatches, skipped = parse_ann(ann, TEXT)
    assert attributions == ()
    assert mismatches == 1
    assert skipped == 1


def test_multiline_annotated_text_is_one_record() -> None:
    ann = _ann(
        'T1\tContent 34 71\t"It will hold," she added.',
        "Rain fell.",
        "T2\tCue 54 59\tadded",
        "E1\tAttribution:T2 Cue:T2 Content:T1",
    )
    (gold,), mismatches, _ = parse_ann(ann, TEXT)
    assert mismatches == 0
    assert gold.content == ((34, 71),)


def test_second_content_argument_joins_the_content() -> None:
    ann = _ann(
        "T1\tContent 13 32\tthe bridge was safe",
        'T2\tContent 34 49\t"It will hold,"',
        "T3\tCue 8 12\tsaid",
        "E1\tAttribution:T3 Cue:T3 Content:T1 Content2:T2",
    )
    (gold,), _, _ = parse_ann(ann, TEXT)
    assert gold.content == ((13, 32), (34, 49))
    assert gold.quoted is True


def _write_split(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    # CRLF line ends must survive: offsets count both characters.
    (root / "text" / "alpha_one.txt").write_bytes("Zoë said: yes.\r\nBob told us no.".encode())
    (root / "text" / "beta.txt").write_text("Nothing here.", encoding="utf-8")
    (root / "text" / "gamma.txt").write_text("Not annotated.", encoding="utf-8")
    ann_a = _ann(
        "T1\tSource 0 3\tZoë",
        "T2\tCue 4 9\tsaid:",
        "T3\tContent 10 14\tyes.",
        "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3",
        "T4\tSource 16 19\tBob",
        "T5\tCue 20 24\ttold",
        "T6\tContent 28 31\tno.",
        "E2\tAttribution:T5 Cue:T5 Source:T4 Content:T6",
    )
    (root / "attributions" / "alpha_one_aaaa.ann").write_text(ann_a, encoding="utf-8")
    # A second annotator's file sorts later and must be ignored.
    (root / "attributions" / "alpha_one_bbbb.ann").write_text("", encoding="utf-8")
    (root / "attributions" / "beta_cccc.ann").write_text("", encoding="utf-8")
    return root


def test_read_split_picks_first_annotator_and_keeps_offsets(tmp_path: Path) -> None:
    articles = read_split(_write_split(tmp_path / "dev"))
    assert [a.name for a in articles] == ["alpha_one", "beta"]
    alpha = articles[0]
    assert alpha.ann_path.name == "alpha_one_aaaa.ann"
    assert alpha.offset_mismatches == 0
    assert [g.content_text for g in alpha.attributions] == ["yes.", "no."]
    assert alpha.attributions[0].speech_cue is True
    assert articles[1].attributions == ()


def test_read_split_limit_and_missing_dir(tmp_path: Path) -> None:
    split = _write_split(tmp_path / "dev")
    assert len(read_split(split, limit=1)) == 1
    with pytest.raises(FileNotFoundError):
        read_split(tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("cue", "speech", "lemma"),
    [
        ("said", True, "say"),
        ("has told", True, "tell"),
        ("According to", True, "according to"),
        (":", True, ":"),
        ("argues", True, "argue"),
        ("quipped", True, "quip"),
        ("denied", True, "deny"),
        ("believes", False, "believes"),
        ("found", False, "found"),
    ],
)
def test_speech_cue_lexicon(cue: str, speech: bool, lemma: str) -> None:
    assert is_speech_cue(cue) is speech
    assert cue_lemma(cue) == lemma
