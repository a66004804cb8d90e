"""The library entry points that the CLI, the evaluation and the tests all call.

``analyze(text)`` checks one text; ``analyze_documents(documents)`` checks many with one pipeline
load and ``nlp.pipe`` batching; ``check_inputs`` takes what the readers
produced (documents, and per-file read errors), optionally in several processes. Each takes
the `attrib.profile.Profile` to check with.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from attrib import __version__
from attrib.attribution.attribute import Attributor
from attrib.attribution.publication import publication_of
from attrib.extraction.statements import extract
from attrib.layout import scan
from attrib.model import Document, FileReport, Source, SpeakerKind, Statement, ToolInfo
from attrib.nlp import chunk_bounds, load, model_name
from attrib.profile import Profile, default_profile
from attrib.rules import flag

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Texts per nlp.pipe batch: large enough to amortise, small enough to keep memory flat.
BATCH_SIZE = 32


def tool_info(profile: Profile | None = None) -> ToolInfo:
    nlp = load((profile or default_profile()).model)
    return ToolInfo("attrib", __version__, model_name(nlp))


def analyze(text: str, profile: Profile | None = None, *, path: str = "<text>") -> FileReport:
    """Check one text: its statements, speakers, outlets and (once rules run) findings."""
    return next(analyze_documents([Document.from_text(path, text)], profile))


def analyze_documents(
    documents: Iterable[Document],
    profile: Profile | None = None,
    *,
    per_document: Sequence[Profile] | None = None,
) -> Iterator[FileReport]:
    """Check documents in order, parsing them in batches with one pipeline.

    ``profile`` chooses the pipeline; ``per_document`` (one profile per document, e.g. from the
    config file nearest each file) chooses each document's word lists, outlets and rules.
    """
    profile = profile or default_profile()
    nlp = load(profile.model)
    docs = list(documents) if not isinstance(documents, list) else documents

    def pieces() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for index, document in enumerate(docs):
            for start, end in chunk_bounds(document.text):
                yield document.text[start:end], (index, start, end)

    parsed = nlp.pipe(pieces(), as_tuples=True, batch_size=BATCH_SIZE)
    for index, group in groupby(parsed, key=lambda item: item[1][0]):
        own = per_document[index] if per_document is not None else profile
        chunks = ((doc, start) for doc, (_, start, _end) in group)
        yield analyze_parsed(docs[index], chunks, own, make_doc=nlp.make_doc)


def analyze_parsed(
    document: Document,
    chunks: Iterable[tuple[Doc, int]],
    profile: Profile,
    *,
    make_doc: Callable[[str], Doc] | None = None,
) -> FileReport:
    """Check a document already parsed: ``chunks`` are its pieces (``chunk_bounds``) as spaCy
    Docs with each piece's start offset; ``make_doc`` is the parsing pipeline's tokenizer.
    For callers that keep parses (the evaluation's cache)."""
    attributor = Attributor(document, profile.catalog, make_doc or load(profile.model).make_doc)
    return _report(document, chunks, attributor, profile)


def _report(
    document: Document,
    chunks: Iterable[tuple[Doc, int]],
    attributor: Attributor,
    profile: Profile,
) -> FileReport:
    publication = publication_of(document, profile.settings.publication, profile.catalog)
    if publication is not None and publication.source != "config":
        profile = profile.with_publication(publication.name)  # the file's own reporting
    layout = scan(document.text)
    for doc, base in chunks:
        drafts = extract(doc, base, layout, profile.lexicon, document.text)
        attributor.add_chunk(doc, base, layout, drafts)
    statements = attributor.finish()
    index = profile.source_index()
    if index is not None:
        from attrib.verification import verify_statements

        statements = verify_statements(
            statements, document, index, paraphrase=profile.verify_paraphrase
        )
    if profile.against is not None:
        from attrib.archive.earlier import look_up

        statements = look_up(statements, document, Path(profile.against))
    statements, findings, suppressed = flag(statements, document, profile, layout)
    return FileReport(
        path=document.path,
        statements=statements,
        findings=findings,
        sources=roster(statements),
        suppressed=suppressed,
        publication=publication,
        document=document,
    )


def roster(statements: Sequence[Statement]) -> tuple[Source, ...]:
    """Each speaker once, in order of first statement: kind, the description the article gives
    most often, statement count and outlets."""
    counts: Counter[tuple[str, SpeakerKind]] = Counter()
    descriptions: dict[tuple[str, SpeakerKind], Counter[str]] = {}
    outlets: dict[tuple[str, SpeakerKind], dict[str, None]] = {}
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
    profile: Profile | None = None,
    *,
    per_document: Sequence[Profile] | None = None,
    jobs: int = 1,
) -> Iterator[FileReport]:
    """One `FileReport` per input, in input order; a `FileReport` input (a read error) passes
    through. ``per_document`` aligns with ``inputs``. With ``jobs`` > 1 the documents are checked
    in that many processes, each loading the pipeline once; the order of results is unchanged.
    """
    profile = profile or default_profile()
    indexed = [(i, d) for i, d in enumerate(inputs) if isinstance(d, Document)]
    docs = [d for _, d in indexed]
    own = [per_document[i] for i, _ in indexed] if per_document is not None else None
    if jobs > 1 and len(docs) > 1:
        checked: Iterator[FileReport] = _parallel(docs, profile, own, jobs)
    else:
        checked = analyze_documents(docs, profile, per_document=own)
    for item in inputs:
        yield item if isinstance(item, FileReport) else next(checked)


# Documents per task sent to a worker process: enough to keep nlp.pipe batching effective,
# few enough that both workers stay busy to the end.
_TASK_SIZE = 8


def _parallel(
    docs: list[Document], profile: Profile, own: list[Profile] | None, jobs: int
) -> Iterator[FileReport]:
    from concurrent.futures import ProcessPoolExecutor

    tasks = [
        (docs[i : i + _TASK_SIZE], profile, own[i : i + _TASK_SIZE] if own else None)
        for i in range(0, len(docs), _TASK_SIZE)
    ]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch, reports in zip(tasks, pool.map(_check_batch, tasks), strict=True):
            # The text stays in this process; only the findings travel back.
            for document, report in zip(batch[0], reports, strict=True):
                yield replace(report, document=document)


def _check_batch(
    task: tuple[list[Document], Profile, list[Profile] | None],
) -> list[FileReport]:
    docs, profile, own = task
    return [
        replace(report, document=None)
        for report in analyze_documents(docs, profile, per_document=own)
    ]
