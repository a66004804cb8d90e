"""The library's entry points: the CLI, the engines, the evaluation and the tests all call these.

Public (re-exported by ``attrib``):

- ``analyze(text, profile)``: check one text;
- ``check_paths(paths, ...)``: check files, folders and globs as ``attrib check`` does (each file
  with the profile of the config file nearest it) and return the `Report`; ``exit_code`` turns a
  report into the exit status.

For callers that run the checking themselves (``attrib check``, the engines): ``prepare`` reads
the inputs and picks each one's profile into a `Batch` (`attrib.batch`), which checks on any engine;
``analyze_documents`` (many documents, one pipeline, ``nlp.pipe`` batching) and
``analyze_parsed`` (parses kept by the caller) are what engines and the evaluation run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import groupby, repeat
from pathlib import Path
from typing import TYPE_CHECKING

from attrib import __version__
from attrib.attribution.attribute import Attributor
from attrib.attribution.publication import publication_of
from attrib.batch import Batch as Batch  # public here, as they always were
from attrib.batch import prepare as prepare
from attrib.batch import real_path as real_path
from attrib.exit_status import exit_code as exit_code  # public here, as it always was
from attrib.extraction.statements import extract
from attrib.layout import Layout, scan
from attrib.model import (
    Document,
    FileReport,
    Report,
    Source,
    Span,
    SpeakerKind,
    Statement,
    ToolInfo,
)
from attrib.nlp import chunk_bounds, load, model_name, parse
from attrib.profile import Profile, default_profile
from attrib.rules import flag

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
    per_document: Iterable[Profile] | None = None,
) -> Iterator[FileReport]:
    """Check documents in order, parsing them in batches with one pipeline.

    ``profile`` chooses the pipeline; ``per_document`` (one profile per document, e.g. from the
    config file nearest each file) chooses each document's word lists, outlets and rules. Both
    are taken lazily: a document is read from ``documents`` when the parser needs its text and
    let go once its report is out, so a stream of documents is checked in flat memory.
    """
    profile = profile or default_profile()
    nlp = load(profile.model)
    mine = per_document is not None  # one profile per document (else ``profile`` for all)
    owns = per_document if per_document is not None else repeat(profile)
    waiting: dict[int, tuple[Document, Layout, Profile]] = {}  # cut, not yet reported

    def pieces() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for index, (document, own) in enumerate(zip(documents, owns, strict=mine)):
            layout = scan(document.text)
            waiting[index] = (document, layout, own)
            text = layout.without_comments(document.text)
            for start, end in chunk_bounds(text):  # at least one piece per document
                yield text[start:end], (index, start, end)

    # Pieces are cut and parsed as they are needed, and each piece's Doc is dropped once its
    # statements are out (`_report`): a long text never has more than one batch in memory.
    parsed = parse(nlp, pieces())
    for index, group in groupby(parsed, key=lambda item: item[1][0]):
        document, layout, own = waiting.pop(index)
        chunks = ((doc, start) for doc, (_, start, _end) in group)
        yield analyze_parsed(document, chunks, own, make_doc=nlp.make_doc, layout=layout)


def parse_text(document: Document, layout: Layout | None = None) -> str:
    """The text the parser reads: the document's, with suppression comments blanked (offsets
    unchanged). Callers that parse documents themselves must parse this."""
    return (layout or scan(document.text)).without_comments(document.text)


def analyze_parsed(
    document: Document,
    chunks: Iterable[tuple[Doc, int]],
    profile: Profile,
    *,
    make_doc: Callable[[str], Doc] | None = None,
    layout: Layout | None = None,
) -> FileReport:
    """Check a document already parsed: ``chunks`` are the pieces (``chunk_bounds``) of its
    `parse_text` as spaCy Docs with each piece's start offset; ``make_doc`` is the parsing
    pipeline's tokenizer. For callers that keep parses (the evaluation's cache)."""
    layout = layout or scan(document.text)
    # Extraction and attribution read the text without suppression comments, as the parser
    # did; the rules and the report keep the document as written.
    prose = replace(document, text=parse_text(document, layout))
    make_doc = make_doc or load(profile.model).make_doc
    attributor = Attributor(prose, layout, profile.catalog, make_doc)
    return _report(document, prose, chunks, attributor, profile, layout)


def _report(
    document: Document,
    prose: Document,
    chunks: Iterable[tuple[Doc, int]],
    attributor: Attributor,
    profile: Profile,
    layout: Layout,
) -> FileReport:
    publication = publication_of(document, profile.settings.publication, profile.catalog)
    if publication is not None and publication.source != "config":
        profile = profile.with_publication(publication.name)  # the file's own reporting
    for doc, base in chunks:
        drafts = extract(doc, base, layout, profile.lexicon, prose.text)
        attributor.add_chunk(doc, base, drafts)
        del doc, drafts  # this piece's spaCy objects go before the next piece is parsed
    attribution = attributor.finish()
    statements = attribution.statements
    if prose.text != document.text:
        statements = as_written(statements, document)
    index = profile.source_index()
    if index is not None:
        from attrib.verification import verify_statements

        statements = verify_statements(
            statements, document, index, layout, paraphrase=profile.verify_paraphrase
        )
    if profile.against is not None:
        from attrib.archive.earlier import look_up

        statements = look_up(statements, document, Path(profile.against), layout)
    statements, findings, suppressed = flag(
        statements, document, profile, layout, attribution.introductions
    )
    return FileReport(
        path=document.path,
        statements=statements,
        findings=findings,
        sources=roster(statements),
        suppressed=suppressed,
        publication=publication,
        document=document,
    )


def as_written(statements: Sequence[Statement], document: Document) -> tuple[Statement, ...]:
    """``statements`` with every span's text taken from ``document`` as written: attribution
    read the text with suppression comments blanked, and a span may cover one."""

    def again(span: Span | None) -> Span | None:
        return None if span is None else document.span(span.start, span.end)

    return tuple(
        replace(
            statement,
            content=document.span(statement.content.start, statement.content.end),
            cue=again(statement.cue),
            speaker=statement.speaker
            and replace(statement.speaker, mention=again(statement.speaker.mention)),
            outlet=statement.outlet
            and replace(statement.outlet, mention=again(statement.outlet.mention)),
        )
        for statement in statements
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


def check_paths(
    paths: Sequence[str],
    *,
    config_file: Path | None = None,
    model: str | None = None,
    jobs: int = 1,
) -> Report:
    """Check files, folders and globs as ``attrib check`` does, in ``jobs`` processes.

    Read errors become files with an ``error``; raises `ConfigError` for a bad config file and
    `attrib.nlp.ModelNotFound` for a pipeline that is not installed.
    """
    from attrib.engines import LocalEngine

    batch = prepare(paths, config_file=config_file, model=model)
    engine = LocalEngine(jobs)
    files = tuple(batch.check(engine))
    return Report(batch.tool_info(engine), files)
