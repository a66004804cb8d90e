"""Attribute draft statements: resolve each speaker and the outlet a statement came through.

One ``Attributor`` per document keeps what the article has said so far (full names, the last
report, recent speakers for pronouns) across the chunks of a long text. Drafts go in, plain
`Statement` objects come out; no spaCy object leaves this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from attrib.attribution.cue_subjects import plural_agreement, unlikely_believer
from attrib.attribution.introductions import Introductions, name_introduced
from attrib.attribution.mention import Mention
from attrib.attribution.narrator import Narrator
from attrib.attribution.outlet_mentions import OutletIndex, find_outlets
from attrib.attribution.outlet_roles import (
    outlet_description,
    outlet_of_cue,
    outlet_speaks,
    outlet_via,
)
from attrib.attribution.outlets import OutletCatalog
from attrib.attribution.people import People, by_position
from attrib.attribution.pronouns import Candidate, resolve
from attrib.attribution.references import antecedent, document_author, reference_kind
from attrib.attribution.signed_documents import signed_document
from attrib.attribution.speakers import describe
from attrib.model import Document, Outlet, Span, Speaker, SpeakerKind, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from attrib.extraction.statements import Draft
    from attrib.layout import Layout

_PERSONAL = frozenset({"he", "him", "she", "her"})
# Cue kinds that give a quote to a named speaker of its own: a verb, a colon, a paragraph's topic.
_NAMING_CUES = frozenset({"verb", "colon", "topic"})


@dataclass(frozen=True)
class Attribution:
    """What attribution hands on: the statements, and who each paragraph names (for the rules
    that ask whether an unnamed source is named next)."""

    statements: tuple[Statement, ...]
    introductions: Introductions


@dataclass(frozen=True)
class _Resolved:
    speaker: Speaker | None
    outlet: Outlet | None
    dropped: bool = False


class Attributor:
    """Attribution state for one document."""

    def __init__(
        self,
        document: Document,
        layout: Layout,
        catalog: OutletCatalog,
        make_doc: Callable[[str], Doc],
    ) -> None:
        self.document = document
        self.layout = layout
        self.catalog = catalog
        self.make_doc = make_doc
        self.people = People()
        # The same lists and registry the people index fills: read here, filled there.
        self.registry = self.people.registry
        self.candidates = self.people.candidates
        self.organisations = self.people.organisations
        self.named_outlets: list[str] = []  # most recently named last
        self.constructed_outlets: dict[str, str] = {}
        self.last_document: _Resolved | None = None
        # Whom the article's own "I" is: its one author, or a first-person headline's speaker.
        self.narrator = Narrator(document)
        self.statements: list[Statement] = []
        self._resolved: dict[int, _Resolved] = {}

    def add_chunk(self, doc: Doc, base: int, drafts: list[Draft]) -> None:
        """Attribute the drafts of one parsed chunk starting at character ``base``."""
        layout = self.layout
        outlets = find_outlets(
            doc, self.catalog, self.make_doc, self.named_outlets, self.constructed_outlets
        )
        by_last_mention = list(dict.fromkeys(reversed(outlets.names())))[::-1]
        earlier = [n for n in self.named_outlets if n not in by_last_mention]
        self.named_outlets = [*earlier, *by_last_mention]
        self.constructed_outlets.update(outlets.constructed)
        self.people.seed(doc, base, layout, outlets)
        for draft in sorted(drafts, key=lambda d: _anchor(d, base)):
            resolved = self._resolve(draft, doc, base, layout, outlets)
            self._resolved[id(draft)] = resolved
            if resolved.dropped:
                continue
            if draft.kind == "direct":
                self.narrator.learn(resolved.speaker, draft.content, layout)
            self.statements.append(
                Statement(
                    id="",
                    kind=draft.kind,
                    content=self.document.span(*draft.content),
                    cue=self.document.span(*draft.cue) if draft.cue else None,
                    speaker=resolved.speaker,
                    outlet=resolved.outlet,
                )
            )

    def finish(self) -> Attribution:
        """Statements in reading order with ids S1, S2, ..., and who each paragraph names."""
        ordered = sorted(self.statements, key=lambda s: (s.content.start, s.content.end))
        named = self.people.named_by_description()
        statements = tuple(
            Statement(f"S{n}", s.kind, s.content, s.cue, named(s.speaker), s.outlet, s.flags)
            for n, s in enumerate(ordered, 1)
        )
        introductions = Introductions(statements, self.document, self.layout)
        return Attribution(name_introduced(statements, introductions), introductions)

    def _resolve(
        self, draft: Draft, doc: Doc, base: int, layout: Layout, outlets: OutletIndex
    ) -> _Resolved:
        if draft.continues is not None:
            earlier = self._resolved.get(id(draft.continues))
            if earlier is None or earlier.speaker is None:
                return _Resolved(None, None)
            speaker = earlier.speaker
            # `"A," she said. "B."`: a cue between the two parts of a split quote names the
            # speaker of both; a quote that carries on a paragraph names nobody itself.
            same = _split_by_cue(draft.continues, draft)
            return _Resolved(
                Speaker(
                    speaker.name,
                    speaker.kind,
                    speaker.description,
                    speaker.mention if same else None,
                ),
                earlier.outlet,
            )
        if draft.subject is None:
            return _Resolved(None, None)
        mention = describe(draft.subject, exclude=draft.cue_token)
        author = document_author(draft.subject)
        signed = signed_document(draft.cue_token)
        if signed is not None:
            # "In an open letter, stars including Ann Lee call on ...": the letter speaks.
            mention = signed
        elif author is not None:
            # "a survey by Ana Reyes": the author speaks through the document, which
            # describes her here.
            document = doc[draft.subject.left_edge.i : draft.subject.i + 1].text
            mention = replace(describe(author), description=" ".join(document.split()))
        resolved = self._speaker(mention, draft, base, layout, outlets)
        if unlikely_believer(draft, resolved.speaker):
            return _Resolved(None, None, dropped=True)
        outlet = (
            resolved.outlet
            or outlet_of_cue(self.document, draft.cue_token, base, outlets)
            or outlet_via(self.document, mention, draft.cue_token, base, outlets)
        )
        found = resolved.speaker
        if found is not None and draft.relative is not None:
            # "an expert who said": the statement names its speaker with "who"; the name is
            # whom it stands for.
            start = base + draft.relative.idx
            where = self.document.span(start, start + len(draft.relative.text))
            found = Speaker(found.name, found.kind, found.description, where)
        return _Resolved(found, outlet)

    def _speaker(
        self, mention: Mention, draft: Draft, base: int, layout: Layout, outlets: OutletIndex
    ) -> _Resolved:
        span = self.document.span(base + mention.start, base + mention.end)
        position = base + mention.start
        paragraph = layout.paragraph_of(position)
        named = outlets.within(
            min(mention.phrase_start, mention.start), max(mention.phrase_end, mention.end)
        )
        if named and outlet_speaks(mention, named[0], draft.subject):
            outlet = named[0]
            outlet_span = self.document.span(base + outlet.start, base + outlet.end)
            described = outlet_description(
                self.document.text, mention, base, outlet.start, outlet.end
            )
            speaker = Speaker(outlet.name, "outlet", described, span)
            result = _Resolved(speaker, Outlet(outlet.name, outlet_span))
            if mention.kind in {"document", "unknown", "organization"}:
                self.last_document = result
            self._remember(outlet.name, "outlet", None, False, position, paragraph)
            return result
        writer = self.narrator.name
        if writer is not None and mention.name.lower() == "i" and layout.quote_at(position) is None:
            # The article's own "I" (outside quotation marks) is whoever wrote it.
            return _Resolved(Speaker(writer, "person", None, span), None)
        if mention.pronoun is not None:
            quoted = _quoted_in(draft.content, layout)
            return _Resolved(self._pronoun(mention, span, position, paragraph, quoted), None)
        head = draft.subject
        reference = reference_kind(head) if head is not None else None
        if head is not None and reference is not None:
            pool = self.candidates
            if reference == "organization":
                pool = sorted([*self.candidates, *self.organisations], key=by_position)
            found = antecedent(head, reference, position, paragraph, pool, self.registry)
            if found is not None:
                entity = self.registry.get(found.name)
                described = entity.description if entity is not None else None
                self._remember(found.name, found.kind, found.gender, False, position, paragraph)
                return _Resolved(Speaker(found.name, found.kind, described, span), None)
        if mention.definite_document and self.last_document is not None:
            earlier = self.last_document
            assert earlier.speaker is not None
            speaker = Speaker(
                earlier.speaker.name, earlier.speaker.kind, earlier.speaker.description, span
            )
            # "The report suggested ...": the outlet is the earlier report's, but this
            # statement does not name it.
            relayed = Outlet(earlier.outlet.name, None) if earlier.outlet is not None else None
            return _Resolved(speaker, relayed)
        name, kind, description, gender = (
            mention.name,
            mention.kind,
            mention.description,
            mention.gender,
        )
        if kind in {"person", "unknown", "organization"}:
            entity = self.registry.resolve(name, position)
            if entity is not None:
                name = entity.name
                if entity.kind == "person" or kind == "unknown":
                    kind = entity.kind
                description = description or entity.description
                gender = gender or entity.gender
            if (
                kind in {"unknown", "person"}
                and (entity is None or entity.kind != "person")
                and mention.proper
                and gender is None
                and (plural_agreement(draft) or self.people.is_place(mention))
            ):
                # "Big Hill have denied ...": one name with a plural verb is a body of people;
                # one the article uses as a place ("in Sri Lanka") speaks as its government.
                kind = "organization"
            if kind == "unknown" and draft.cue_kind in _NAMING_CUES and mention.proper:
                kind = "person"  # a capitalised name that speaks is most likely a person
            if kind in {"person", "organization"} and (mention.proper or entity is not None):
                # Names only: "the police" is no name a later mention could shorten.
                self.registry.add(name, kind, description, gender, position, spoke=True)
        speaker = Speaker(name, kind, description, span)
        if kind == "document":
            self.last_document = _Resolved(speaker, None)
        self._remember(name, kind, gender, mention.plural, position, paragraph)
        return _Resolved(speaker, None)

    def _pronoun(
        self,
        mention: Mention,
        mention_span: Span,
        position: int,
        paragraph: int,
        quoted: Callable[[int], bool] | None = None,
    ) -> Speaker:
        pronoun = mention.pronoun or ""
        genders = self.people.genders
        found = resolve(pronoun, position, paragraph, self.candidates, genders, quoted)
        if found is None:
            kind: SpeakerKind = "person" if pronoun in _PERSONAL else "unknown"
            return Speaker(mention.name, kind, None, mention_span)
        if pronoun in _PERSONAL and mention.gender:
            self.registry.set_gender(found.name, mention.gender)
        entity = self.registry.get(found.name)
        description = entity.description if entity is not None else None
        self._remember(
            found.name,
            found.kind,
            mention.gender or found.gender,
            found.plural,
            position,
            paragraph,
        )
        return Speaker(found.name, found.kind, description, mention_span)

    def _remember(
        self,
        name: str,
        kind: SpeakerKind,
        gender: str | None,
        plural: bool,
        position: int,
        paragraph: int,
    ) -> None:
        self.people.remember(Candidate(name, kind, gender, plural, position, paragraph, True))


def _quoted_in(content: tuple[int, int], layout: Layout) -> Callable[[int], bool]:
    """Whether a position is inside quotation marks within ``content``: the statement's own
    quoted words (not the narration a statement's span may hold, such as the speaker's name in
    `NAME scolded him: "...," she said`)."""

    def quoted(position: int) -> bool:
        quote = layout.quote_at(position)
        return quote is not None and content[0] <= quote.start and quote.end <= content[1]

    return quoted


def _anchor(draft: Draft, base: int) -> int:
    """Where a draft names its speaker, so pronouns resolve against what came before."""
    if draft.subject is not None:
        return base + draft.subject.idx
    if draft.cue is not None:
        return draft.cue[0]
    return draft.content[0]


def _split_by_cue(earlier: Draft, later: Draft) -> bool:
    """Whether ``later`` is the second part of a quote split by ``earlier``'s cue, in one
    paragraph: the cue comes right after a full quote (not a scare quote) and before ``later``."""
    if earlier.cue is None or earlier.paragraph != later.paragraph:
        return False
    before = [q for q in earlier.quotes if q.end <= earlier.cue[0]]
    return bool(before) and not before[-1].is_scare and earlier.cue[0] < later.content[0]
