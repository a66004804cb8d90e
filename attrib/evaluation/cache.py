"""Keep spaCy parses between evaluation runs, so tuning the rules does not re-parse the corpus.

Parses are stored as one ``DocBin`` file per parsed piece in a folder the user names
(``--cache DIR``), keyed by a hash of the pipeline's name and version, the tokenizer cases
attrib adds, the spaCy version and the piece's text: a changed text or model simply misses the
cache. Only the evaluation uses it; a cached parse is the same parse, so scores do not change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from attrib.model import Document, FileReport
from attrib.nlp import chunk_bounds, load, parse, parse_identity
from attrib.profile import Profile


def _key(model: str, text: str) -> str:
    from spacy import about

    digest = hashlib.sha256(f"{model}\0{about.__version__}\0{text}".encode()).hexdigest()
    return digest[:32]


def cached_analyze(cache_dir: Path) -> Callable[..., Iterator[FileReport]]:
    """An analyze function ``(documents, profile, per_document=None) -> reports`` (as the
    evaluations call it) that reads parses from ``cache_dir`` and stores the ones it makes."""

    def analyze(
        inputs: Iterable[Document],
        profile: Profile,
        per_document: Sequence[Profile] | None = None,
    ) -> Iterator[FileReport]:
        from spacy.tokens import DocBin

        from attrib.api import analyze_parsed, parse_text

        documents = list(inputs)
        each = per_document if per_document is not None else [profile] * len(documents)
        nlp = load(profile.model)
        model = parse_identity(nlp)
        cache_dir.mkdir(parents=True, exist_ok=True)
        texts = [parse_text(document) for document in documents]
        pieces = [[(start, text[start:end]) for start, end in chunk_bounds(text)] for text in texts]
        missing = {
            _key(model, text): text
            for chunks in pieces
            for _, text in chunks
            if not (cache_dir / f"{_key(model, text)}.spacy").exists()
        }
        for doc, key in parse(nlp, ((text, key) for key, text in missing.items())):
            DocBin(docs=[doc], store_user_data=True).to_disk(cache_dir / f"{key}.spacy")
        for document, chunks, own in zip(documents, pieces, each, strict=True):
            # A generator: each piece is loaded when the analysis reaches it, as when parsing.
            parsed = (
                (
                    next(
                        DocBin()
                        .from_disk(cache_dir / f"{_key(model, text)}.spacy")
                        .get_docs(nlp.vocab)
                    ),
                    start,
                )
                for start, text in chunks
            )
            yield analyze_parsed(document, parsed, own, make_doc=nlp.make_doc)

    return analyze
