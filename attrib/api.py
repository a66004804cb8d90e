"""The library entry points that the CLI, the evaluation and the tests all call.

``analyze(text)`` checks one text; ``analyze_documents(documents)`` checks many with one pipeline
load and ``nlp.pipe`` batching; ``check_inputs``/``check_documents`` take what the readers
produced (documents, and per-file read errors), optionally in several processes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import groupby
from typing import TYPE_CHECKING

from attrib import __version__
from attrib.attribution.attribute import Attributor
from attrib.attribution.outlets import OutletCatalog, load_catalog
from attrib.config import Settings
from attrib.extraction.lexicon import Lexicon
from attrib.extraction.quotes import scan
from attrib.extraction.statements import extract
from attrib.model import Document, FileReport, Report, Source, Statement, ToolInfo
from attrib.nlp import chunk_bounds, load, model_name
from attrib.rules import flag

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Texts per nlp.pipe batch: large enough to amortise, small enough to keep memory flat.
BATCH_SIZE = 32


def tool_info(settings: Settings | None = None) -> ToolInfo:
    nlp = load((settings or Settings()).model)
    return ToolInfo("attrib", __version__, model_name(nlp))


def analyze(text: str, settings: Settings | None = None, *, path: str = "<text>") -> FileReport:
    """Check one text: its statements, speakers, outlets and (once rules run) findings."""
    return next(analyze_documents([Document.from_text(path, text)], settings))


def analyze_documents(
    documents: Iterable[Document],
    settings: Settings | None = None,
    *,
    per_document: Sequence[Settings] | None = None,
) -> Iterator[FileReport]:
    """Check documents in order, parsing them in batches with one pipeline.

    ``settings`` chooses the pipeline; ``per_document`` (one Settings per document, e.g. from the
    config file nearest each file) chooses each document's lexicons and rules.
    """
    settings = settings or Settings()
    nlp = load(settings.model)
    docs = list(documents) if not isinstance(documents, list) else documents

    def pieces() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for index, document in enumerate(docs):
            for start, end in chunk_bounds(document.text):
                yield document.text[start:end], (index, start, end)

    parsed = nlp.pipe(pieces(), as_tuples=True, batch_size=BATCH_SIZE)
    for index, group in groupby(parsed, key=lambda item: item[1][0]):
        document = docs[index]
        own = per_document[index] if per_document is not None else settings
        lexicon, catalog = _lexicons(own)
        attributor = Attributor(document, catalog, nlp.make_doc)
        yield _report(
            document,
            ((doc, start) for doc, (_, start, _end) in group),
            lexicon,
            attributor,
            own,
        )


_LEXICONS: dict[str, tuple[Lexicon, OutletCatalog]] = {}


def _lexicons(settings: Settings) -> tuple[Lexicon, OutletCatalog]:
    """Lexicon and outlet catalogue for one configuration, built once per process."""
    key = repr((settings.extra_cue_verbs, settings.extra_hedges, settings.extra_outlets))
    if key not in _LEXICONS:
        _LEXICONS[key] = (
            Lexicon.build(settings.extra_cue_verbs, settings.extra_hedges),
            load_catalog(settings.extra_outlets),
        )
    return _LEXICONS[key]


def _report(
    document: Document,
    chunks: Iterable[tuple[Doc, int]],
    lexicon: Lexicon,
    attributor: Attributor,
    settings: Settings,
) -> FileReport:
    layout = scan(document.text)
    for doc, base in chunks:
        drafts = extract(doc, base, layout, lexicon, document.text)
        attributor.add_chunk(doc, base, layout, drafts)
    statements = attributor.finish()
    statements, findings, suppressed = flag(statements, document, settings)
    return FileReport(
        path=document.path,
        statements=statements,
        findings=findings,
        sources=roster(statements),
        suppressed=suppressed,
        document=document,
    )


def roster(statements: Sequence[Statement]) -> tuple[Source, ...]:
    """Each speaker once, in order of first statement: kind, the description the article gives
    most often, statement count and outlets."""
    counts: Counter[tuple[str, str]] = Counter()
    descriptions: dict[tuple[str, str], Counter[str]] = {}
    outlets: dict[tuple[str, str], dict[str, None]] = {}
    for statement in statements:
        speaker = statement.speaker
        if speaker is None:
            continue
        key = (speaker.name, speaker.kind)
        counts[key] += 1
        seen = descriptions.setdefault(key, Counter())
        if speaker.description:
            seen[speaker.description] += 1
        if statement.outlet is not None:
            outlets.setdefault(key, {})[statement.outlet.name] = None
    return tuple(
        Source(
            name,
            kind,
            # most_common keeps first-seen order among equals: ties go to the first description.
            descriptions[(name, kind)].most_common(1)[0][0] if descriptions[(name, kind)] else None,
            count,
            tuple(outlets.get((name, kind), {})),
        )
        for (name, kind), count in counts.items()
    )


def check_inputs(
    inputs: Sequence[Document | FileReport],
    settings: Settings | None = None,
    *,
    per_document: Sequence[Settings] | None = None,
    jobs: int = 1,
) -> Iterator[FileReport]:
    """One `FileReport` per input, in input order; a `FileReport` input (a read error) passes
    through. ``per_document`` aligns with ``inputs``. With ``jobs`` > 1 the documents are checked
    in that many processes, each loading the pipeline once; the order of results is unchanged.
    """
    settings = settings or Settings()
    indexed = [(i, d) for i, d in enumerate(inputs) if isinstance(d, Document)]
    docs = [d for _, d in indexed]
    own = [per_document[i] for i, _ in indexed] if per_document is not None else None
    if jobs > 1 and len(docs) > 1:
        checked: Iterator[FileReport] = _parallel(docs, settings, own, jobs)
    else:
        checked = analyze_documents(docs, settings, per_document=own)
    for item in inputs:
        yield item if isinstance(item, FileReport) else next(checked)


def check_documents(
    documents: Sequence[Document | FileReport],
    settings: Settings | None = None,
    *,
    per_document: Sequence[Settings] | None = None,
    jobs: int = 1,
) -> Report:
    """A `Report` over already-read documents (see `check_inputs`)."""
    settings = settings or Settings()
    files = tuple(check_inputs(documents, settings, per_document=per_document, jobs=jobs))
    return Report(tool_info(settings), files)


# Documents per task sent to a worker process: enough to keep nlp.pipe batching effective,
# few enough that both workers stay busy to the end.
_TASK_SIZE = 8


def _parallel(
    docs: list[Document], settings: Settings, own: list[Settings] | None, jobs: int
) -> Iterator[FileReport]:
    from concurrent.futures import ProcessPoolExecutor

    tasks = [
        (docs[i : i + _TASK_SIZE], settings, own[i : i + _TASK_SIZE] if own else None)
        for i in range(0, len(docs), _TASK_SIZE)
    ]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch, reports in zip(tasks, pool.map(_check_batch, tasks), strict=True):
            # The text stays in this process; only the findings travel back.
            for document, report in zip(batch[0], reports, strict=True):
                yield replace(report, document=document)


def _check_batch(
    task: tuple[list[Document], Settings, list[Settings] | None],
) -> list[FileReport]:
    docs, settings, own = task
    return [
        replace(report, document=None)
        for report in analyze_documents(docs, settings, per_document=own)
    ]
