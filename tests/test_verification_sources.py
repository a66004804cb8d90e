"""Every source format, read into words with positions and speakers; unreadable sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrib.verification import load_index, match_quote, read_source, read_sources
from attrib.verification.sources import source_paths
from attrib.verification.transcripts import find_turns, speaker_name

QUOTE = "we will not retreat from this fight"


def tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF showing ``lines`` in Helvetica, offsets in its xref table computed here."""
    stream = (
        "BT /F1 12 Tf 72 720 Td 14 TL "
        + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
            for line in lines
        )
        + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


SRT = """\
1
00:00:01,000 --> 00:00:03,500
ANA RUIZ: We will <i>not</i> retreat
from this fight.

2
00:00:04,000 --> 00:00:06,000
- Nobody asked you to.
"""
VTT = """\
WEBVTT

NOTE recorded at the town hall

00:00:01.000 --> 00:00:03.500
<v Ana Ruiz>We will not retreat from this fight.</v>

intro
00:00:04.000 --> 00:00:06.000
<v.loud Tom Lee>Nobody asked you to.
"""


def _write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "data", "speaker", "where"),
    [
        ("talk.srt", SRT, "Ana Ruiz", (3, 11)),
        ("talk.vtt", VTT, "Ana Ruiz", (6, 13)),
        ("talk.pdf", tiny_pdf(["ANA RUIZ: We will not retreat", "from this fight.", "LEE: Ok."]),
         "Ana Ruiz", (1, 11)),
        ("talk.txt", "ANA RUIZ: We will not retreat from this fight.\nTOM LEE: No.\n", "Ana Ruiz",
         (1, 11)),
        ("talk.md", "# Town hall\n\n**Ana Ruiz**: said it.\n\nWe will *not* retreat from this "
         "fight.\n", None, (5, 1)),
        ("talk.html", "<html><body><article><p>Ruiz told the hall: We will not retreat from this "
         "fight.</p></article></body></html>", None, (1, 45)),
    ],
)  # fmt: skip
def test_each_format_gives_words_positions_and_speakers(
    tmp_path: Path, name: str, data: str | bytes, speaker: str | None, where: tuple[int, int]
) -> None:
    path = _write(tmp_path, name, data)
    index = load_index([str(path)])
    assert index.errors == ()
    verification = match_quote(QUOTE, index)
    assert verification.status == "verbatim"
    assert verification.speaker == speaker
    source = verification.source
    assert source is not None and source.path == str(path)
    assert (source.line, source.column) == where


def test_docx_source_paragraph_numbers(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Transcript of the town hall")
    document.add_paragraph("TOM LEE: Good evening.")
    document.add_paragraph("ANA RUIZ: We will not retreat from this fight.")
    document.save(str(tmp_path / "talk.docx"))
    verification = match_quote(QUOTE, load_index([str(tmp_path / "talk.docx")]))
    assert verification.status == "verbatim" and verification.speaker == "Ana Ruiz"
    assert verification.source is not None and verification.source.line == 3


def test_subtitle_markup_and_numbering_are_not_words(tmp_path: Path) -> None:
    source = read_source(_write(tmp_path, "a.srt", SRT))
    assert "00" not in source.speech and "<i>" not in source.speech
    assert "ANA RUIZ" not in source.speech
    assert len(source.speech) == len(source.document.text)
    # The dash opens someone else's line.
    assert source.speaker_at(source.document.text.index("Nobody")) is None


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("ANA RUIZ: We stay.\nTOM LEE: We go.\n", ["Ana Ruiz", "Tom Lee"]),
        ("[00:01:02] Ana Ruiz: We stay.\n[00:01:09] Tom Lee: We go.\n", ["Ana Ruiz", "Tom Lee"]),
        ("00:01 Ana Ruiz: We stay.\n00:09 Tom Lee: We go.\n", ["Ana Ruiz", "Tom Lee"]),
        ("Ana Ruiz (00:01:02): We stay.\nTom Lee (00:01:09): We go.\n", ["Ana Ruiz", "Tom Lee"]),
        ("Ana Ruiz  00:01\nWe stay.\n\nTom Lee  0:09\nWe go.\n", ["Ana Ruiz", "Tom Lee"]),
        ("Speaker 1: We stay.\nSpeaker 2: We go.\n", [None, None]),
        ("Q: Will you stay?\nA: We stay.\n", [None, None]),
        # Prose is not a transcript: one label-like line among many.
        ("Note: figures are provisional.\nThe council met.\nIt voted.\nIt left.\nRain fell.\n",
         []),
        ("The plan had two parts.\nFirst: build. Second: wait.\n", []),
    ],
)  # fmt: skip
def test_transcript_labels(text: str, speakers: list[str | None]) -> None:
    turns, labels = find_turns(text)
    assert [turn.speaker for turn in turns] == speakers
    for start, end in labels:
        assert "We stay" not in text[start:end] and "We go" not in text[start:end]


def test_speaker_names_are_tidied() -> None:
    assert speaker_name("ANA DE LA RUIZ") == "Ana de la Ruiz"
    assert speaker_name("Unknown Speaker 3") is None or speaker_name("Unknown") is None


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bad.pdf", b"%PDF-1.4 this is not really a pdf", "not a readable PDF"),
        ("scan.pdf", tiny_pdf([]), "no text in this PDF"),
        ("bad.srt", "this is not\na subtitle file\n", "not a valid SubRip file"),
        ("bad.vtt", "NOT WEBVTT\n\nhello\n", "not a valid WebVTT file"),
        ("bin.txt", b"\x00\x01\x02binary", "binary file"),
        ("empty.srt", b"", "empty file"),
    ],
)
def test_unreadable_source_is_one_line_and_the_rest_still_read(
    tmp_path: Path, name: str, data: str | bytes, message: str
) -> None:
    bad = _write(tmp_path, name, data)
    good = _write(tmp_path, "good.txt", "ANA RUIZ: We will not retreat from this fight.\nB: x\n")
    sources, errors = read_sources([str(bad), str(good), str(tmp_path / "missing.txt")])
    assert [s.path for s in sources] == [str(good)]
    assert errors[0][0] == str(bad) and errors[0][1].startswith(message)
    assert "\n" not in errors[0][1]
    assert errors[1] == (str(tmp_path / "missing.txt"), "no such file or directory")


def test_folders_are_walked_for_source_formats(tmp_path: Path) -> None:
    _write(tmp_path, "a.srt", SRT)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "b.vtt", VTT)
    _write(tmp_path, "notes.json", "{}")
    (tmp_path / ".git").mkdir()
    _write(tmp_path / ".git", "c.txt", "x")
    found = [Path(p).name for p, _ in source_paths([str(tmp_path)])]
    assert found == ["a.srt", "b.vtt"]
    assert source_paths([str(tmp_path / "*.nothing")]) == [
        (str(tmp_path / "*.nothing"), "no files match this pattern")
    ]
