"""The library entry points that the CLI, the evaluation and the tests all call.

``analyze(text)`` checks one text; ``analyze_documents(documents)`` checks many with one pipeline
load and ``nlp.pipe`` batching; ``check_paths(paths)`` reads files first and reports unreadable
ones as per-file errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import groupby

from attrib import __version__
from attrib.attribution.attribute import Attributor
from attrib.attribution.outlets import load_catalog
from attrib.config import Settings
from attrib.extraction.lexicon import Lexicon
from attrib.extraction.quotes import scan
from attrib.extraction.statements import extract
from attrib.model import Document, FileReport, Report, Source, Statement, ToolInfo
from attrib.nlp import chunk_bounds, load, model_name

# Texts per nlp.pipe batch: large enough to amortise, small enough to keep memory flat.
BATCH_SIZE = 32


def tool_info(settings: Settings | None = None) -> ToolInfo:
    nlp = load((settings or Settings()).model)
    return ToolInfo("attrib", __version__, model_name(nlp))


def analyze(text: str, settings: Settings | None = None, *, path: str = "<text>") -> FileReport:
    """Check one text: its statements, speakers, outlets and (once rules run) findings."""
    return next(analyze_documents([Document.from_text(path, text)], settings))


def analyze_documents(
    documents: Iterable[Document], settings: Settings | None = None
) -> Iterator[FileReport]:
    """Check documents in order, parsing them in batches with one pipeline."""
    settings = settings or Settings()
    nlp = load(settings.model)
    lexicon = Lexicon.build(settings.extra_cue_verbs)
    catalog = load_catalog(settings.extra_outlets)
    docs = list(documents) if not isinstance(documents, list) else documents

    def pieces() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for index, document in enumerate(docs):
            for start, end in chunk_bounds(document.text):
                yield document.text[start:end], (index, start, end)

    parsed = nlp.pipe(pieces(), as_tuples=True, batch_size=BATCH_SIZE)
    for index, group in groupby(parsed, key=lambda item: item[1][0]):
        document = docs[index]
        attributor = Attributor(document, catalog, nlp.make_doc)
        yield _report(
            document,
            ((doc, start) for doc, (_, start, _end) in group),
            lexicon,
            attributor,
            settings,
        )


def _report(
    document: Document,
    chunks: Iterable[tuple[object, int]],
    lexicon: Lexicon,
    attributor: Attributor,
    settings: Settings,
) -> FileReport:
    layout = scan(document.text)
    for doc, base in chunks:
        drafts = extract(doc, base, layout, lexicon, document.text)  # type: ignore[arg-type]
        attributor.add_chunk(doc, base, layout, drafts)  # type: ignore[arg-type]
    statements = attributor.finish()
    statements, findings, suppressed = _flag(statements, document, settings)
    return FileReport(
        path=document.path,
        statements=statements,
        findings=findings,
        sources=roster(statements),
        suppressed=suppressed,
        document=document,
    )


def _flag(
    statements: tuple[Statement, ...], document: Document, settings: Settings
) -> tuple[tuple[Statement, ...], tuple, int]:  # type: ignore[type-arg]
    """Run the rules when they are installed (they arrive with the flags work)."""
    try:
        from attrib.rules import flag
    except ImportError:
        return statements, (), 0
    return flag(statements, document, settings)


def roster(statements: Sequence[Statement]) -> tuple[Source, ...]:
    """Each speaker once: kind, the article's description, statement count and outlets."""
    order: list[tuple[str, str]] = []
    counts: dict[tuple[str, str], int] = {}
    descriptions: dict[tuple[str, str], str | None] = {}
    outlets: dict[tuple[str, str], list[str]] = {}
    for statement in statements:
        speaker = statement.speaker
        if speaker is None:
            continue
        key = (speaker.name, speaker.kind)
        if key not in counts:
            order.append(key)
            counts[key] = 0
            descriptions[key] = speaker.description
            outlets[key] = []
        counts[key] += 1
        descriptions[key] = descriptions[key] or speaker.description
        if statement.outlet is not None and statement.outlet.name not in outlets[key]:
            outlets[key].append(statement.outlet.name)
    return tuple(
        Source(
            name,
            kind,
            descriptions[(name, kind)],
            counts[(name, kind)],
            tuple(outlets[(name, kind)]),
        )
        for name, kind in order
    )


def check_documents(
    documents: Sequence[Document | FileReport], settings: Settings | None = None
) -> Report:
    """A report over already-read documents; a `FileReport` in the list stands for a read error."""
    settings = settings or Settings()
    good = [d for d in documents if isinstance(d, Document)]
    checked = iter(analyze_documents(good, settings)) if good else iter(())
    files = tuple(d if isinstance(d, FileReport) else next(checked) for d in documents)
    return Report(tool_info(settings), files)


def without_documents(report: Report) -> Report:
    """The report without the document texts attached (for pickling across processes)."""
    return replace(report, files=tuple(replace(f, document=None) for f in report.files))
