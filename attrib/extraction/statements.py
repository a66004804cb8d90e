"""Turn cues into draft statements: content, cue and the token that names the speaker; then let
the quote conventions (`conventions.py`) attach quotations, and tidy the result.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from attrib.extraction.answers import apply_turns
from attrib.extraction.clauses import (
    according_to_object,
    can_speak,
    cited_source,
    clause_around,
    content_range,
    deliverer,
    has_particle,
    is_hedge_passive,
    passive_agent,
    speaker_tokens,
    subject_of,
    subtree_range,
    trim,
)
from attrib.extraction.conventions import attach_quotes, settle_kind
from attrib.extraction.cues import find_cues
from attrib.extraction.drafts import Chunk, Draft
from attrib.extraction.lexicon import (
    EVIDENCE_VERBS,
    JUDGING_VERBS,
    RUMOUR_VERBS,
    TOPIC_VERBS,
    Lexicon,
)
from attrib.extraction.nested_quotes import nested_drafts
from attrib.extraction.not_statements import (
    NAMING_VERBS,
    is_anonymity_request,
    is_question_frame,
    is_reader_instruction,
    is_title,
)
from attrib.extraction.report_nouns import report_noun_draft
from attrib.extraction.stances import (
    accounts_draft,
    evidence_draft,
    is_agentless_judgement,
    judgement_draft,
    rumour_draft,
    stance_draft,
    topic_draft,
)
from attrib.layout import Layout

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Draft", "extract"]


def extract(doc: Doc, base: int, layout: Layout, lexicon: Lexicon, text: str) -> list[Draft]:
    """Draft statements of one parsed chunk starting at character ``base`` of ``text``."""
    chunk = Chunk(doc, base, layout)
    drafts: list[Draft] = []
    bare: list[Draft] = []
    quoted_cues: list[Token] = []
    for cue in find_cues(doc, lexicon):
        token = doc[cue.i]
        if chunk.in_quote(token):
            if cue.kind == "verb":
                quoted_cues.append(token)  # only for quotes the speaker quotes in turn
            continue  # the speaker's own words, not the writer's attribution
        draft = _draft_for_cue(chunk, token, cue.kind, cue.end, lexicon)
        if draft is None:
            continue
        draft.paragraph = layout.paragraph_of(draft.cue[0] if draft.cue else draft.content[0])
        draft.content = _within_paragraph(draft.content, draft.paragraph, layout, text)
        (bare if draft.content[0] == draft.content[1] else drafts).append(draft)
    drafts = _drop_nested_hedges(drafts)
    attach_quotes(chunk, drafts, bare, text)
    drafts = apply_turns(chunk, drafts)
    drafts.sort(key=lambda d: d.content)
    kept = _drop_embedded(_dedupe(drafts))
    for draft in kept:
        if not draft.quotes and draft.kind == "indirect":
            # The quote went to a cue inside this statement, dropped as part of its words
            # ('X was known for telling others "..." , said Y'): the statement quotes it.
            draft.quotes.extend(layout.quotes_within(*draft.content))
            settle_kind(draft, text)
    merged = _merge_split_quotes([d for d in kept if not _names_a_title(d, text)], layout, text)
    # Quotes the speakers quote in turn: statements of their own, inside the outer ones.
    merged.extend(nested_drafts(chunk, merged, quoted_cues, text))
    return merged


def _names_a_title(draft: Draft, text: str) -> bool:
    """`The videos were called the "Durand Jirga Show."`: a direct quote that is a title after
    a naming verb names something; nobody says it."""
    if draft.kind != "direct" or len(draft.quotes) != 1 or draft.cue_token is None:
        return False
    quote = draft.quotes[0]
    return draft.cue_token.lemma_.lower() in NAMING_VERBS and is_title(text, quote.start, quote.end)


def _hedged(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a hedge adverb on a cue verb makes its statement sourceless: "Officials
    reportedly expect ...". A name or pronoun with a speech verb is still the source ("Smith
    reportedly said ...")."""
    if not any(c.dep_ == "advmod" and c.lower_ in lexicon.hedges for c in verb.children):
        return False
    if verb.lemma_.lower() not in lexicon.speech_verbs:
        return True
    if verb.tag_ == "VBN" and passive_agent(verb) is not None:
        return True  # "the $20 reportedly demanded by Ferro": who reports it is unsaid
    subject = subject_of(verb)
    return subject is None or subject.pos_ not in {"PROPN", "PRON"}


def _draft_for_cue(
    chunk: Chunk, token: Token, kind: str, end: int, lexicon: Lexicon
) -> Draft | None:
    doc = chunk.doc
    if kind == "according":
        obj = according_to_object(token)
        if obj is None:
            return None
        first, last = clause_around(token, (token.i, obj.right_edge.i + 1))
        source = deliverer(obj)
        return Draft(
            chunk.chars(first, last), chunk.chars(token.i, end), "according", source, token
        )
    if kind == "stance":
        return stance_draft(chunk, token)
    if kind == "by":
        return accounts_draft(chunk, token)
    if kind == "noun":
        return report_noun_draft(chunk, token)
    if kind == "hedge":
        head = token.head
        if head.lemma_.lower() in lexicon.speech_verbs and not _hedged(head, lexicon):
            return None  # "Smith reportedly said": the verb's own attribution covers it
        first, last = trim(doc, *subtree_range(head))
        return Draft(
            chunk.chars(first, last), chunk.chars(token.i, end), "hedge", None, token, hedge=True
        )
    if not has_particle(token) or _hedged(token, lexicon):
        return None  # a hedged cue is one statement, the hedge's
    if is_question_frame(token) or is_reader_instruction(token):
        return None  # the interviewer's question, or words to the reader: nobody's statement
    if is_anonymity_request(token):
        return None  # "who asked not to be named": why the source is unnamed, not a claim
    cue_range = _cue_range(token)
    lemma = token.lemma_.lower()
    if (lemma in JUDGING_VERBS and lemma not in lexicon.speech_verbs) or is_agentless_judgement(
        token
    ):
        return judgement_draft(chunk, token, cue_range)  # "regard X as Y", "seen as"
    if lemma in TOPIC_VERBS and lemma not in lexicon.speech_verbs:
        return topic_draft(chunk, token, cue_range)  # "talk about how ..."
    if lemma in RUMOUR_VERBS and lemma not in lexicon.speech_verbs:
        return rumour_draft(chunk, token, cue_range)  # "was linked with a move"
    if lemma in EVIDENCE_VERBS and lemma not in lexicon.speech_verbs:
        return evidence_draft(chunk, token, cue_range)  # "studies have not supported ..."
    cited = cited_source(token)
    if cited is not None:
        # "Citing X, Y happened": X is the source of the clause the participle hangs on.
        first, last = clause_around(token, subtree_range(token))
        return Draft(chunk.chars(first, last), chunk.chars(*cue_range), "verb", cited, token)
    if is_hedge_passive(token):
        hedged = content_range(token) or trim(doc, *subtree_range(token))
        return Draft(
            chunk.chars(*hedged), chunk.chars(*cue_range), "hedge", None, token, hedge=True
        )
    rng = content_range(token)
    subject, relative = speaker_tokens(token)
    if subject is not None and chunk.in_quote(subject) and not chunk.in_quote(token):
        # `"We will win," Chief Ann Cole said`: a misparse took a word of the quote for the
        # subject; the speaker is named between the quote and the cue.
        subject, relative = _name_before(chunk, token, finite=False), None
    elif subject is None:
        subject = _name_before(chunk, token)
    if rng is None or rng[0] >= rng[1]:
        if lexicon.knows_only(lemma):
            return None
        start = chunk.chars(token.i, token.i + 1)[0]
        return Draft(
            (start, start), chunk.chars(*cue_range), "verb", subject, token, relative=relative
        )
    if lexicon.knows_only(lemma) and (subject is None or _knows_an_object(token, rng)):
        return None
    return Draft(
        chunk.chars(*rng), chunk.chars(*cue_range), "verb", subject, token, relative=relative
    )


def _knows_an_object(verb: Token, content: tuple[int, int]) -> bool:
    """ "...: That candidate would assume office": a verb of knowing with a direct object after
    it knows no clause; one the parser hung on it before the verb is another sentence's."""
    return content[1] <= verb.i and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


# Finite verb tags: a finite cue has a subject somewhere, even when the parse lost it.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_PERSONAL = frozenset({"he", "she", "they", "i", "we"})
# How many tokens back a lost subject is looked for.
_LOOKBACK = 30


def _name_before(chunk: Chunk, verb: Token, *, finite: bool = True) -> Token | None:
    """The subject of a finite cue the parser left without one: the nearest name or personal
    pronoun before it in its sentence, outside quotes ("In a meeting with the board Trump
    said ...", "..., Obama and Clinton call them ...")."""
    if finite and (
        verb.tag_ not in _FINITE or any(c.dep_ in {"auxpass", "expl"} for c in verb.children)
    ):
        return None
    doc = verb.doc
    first = max(verb.sent.start, verb.i - _LOOKBACK)
    adjacent = verb.i - 1
    for i in range(verb.i - 1, first - 1, -1):
        token = doc[i]
        if "\n" in token.text or token.text in {".", ";", "?", "!"}:
            return None
        if chunk.in_quote(token):
            if finite:
                continue
            return None  # not past the quote the subject was wrongly taken from
        if token.pos_ == "PRON" and token.lower_ in _PERSONAL:
            return token
        # A person's name anywhere before it; another name only right before the verb ("the
        # Washington Post editorial board, Trump said"; not "on Saturday ... said").
        if token.pos_ == "PROPN" and (token.ent_type_ == "PERSON" or i == adjacent):
            return token
        # A plural source noun right before it ("the $20 million experts say it costs").
        if i == adjacent and token.tag_ == "NNS" and can_speak(token):
            return token
        if token.pos_ in {"ADV", "AUX", "PART"} and i == adjacent:
            adjacent -= 1
    return None


def _within_paragraph(
    content: tuple[int, int], paragraph: int, layout: Layout, text: str
) -> tuple[int, int]:
    """Reported speech stays in its cue's paragraph: the parser sometimes runs a clause across a
    paragraph break, but a quotation that spans paragraphs is found from its marks, not here."""
    start, end = content
    starts = layout.paragraph_starts
    start = max(start, starts[paragraph])
    if paragraph + 1 < len(starts):
        end = min(end, starts[paragraph + 1])
    if end <= start:
        return content if content[0] == content[1] else (start, start)
    piece = text[start:end]
    stripped = piece.rstrip()
    return start + (len(piece) - len(piece.lstrip())), start + len(stripped)


def _cue_range(token: Token) -> tuple[int, int]:
    """The cue with its auxiliaries and particle: "has learned", "pointed out"."""
    first, last = token.i, token.i + 1
    for child in token.children:
        if child.dep_ in {"aux", "auxpass", "neg"} and child.i == first - 1:
            first = child.i
        if child.dep_ == "prt" and child.i == last:
            last = child.i + 1
    return first, last


def _drop_nested_hedges(drafts: list[Draft]) -> list[Draft]:
    """A hedge inside someone's reported words is theirs ("Smith said they reportedly ...").

    Reported words stay in their cue's paragraph, so a hedge is compared only with the
    statements of its own paragraph.
    """
    by_paragraph: dict[int, list[Draft]] = {}
    for draft in drafts:
        if not draft.hedge:
            by_paragraph.setdefault(draft.paragraph, []).append(draft)

    def nested(hedge: Draft) -> bool:
        start, end = hedge.content
        return any(
            s.content[0] <= start and end <= s.content[1]
            for s in by_paragraph.get(hedge.paragraph, ())
        )

    return [d for d in drafts if not d.hedge or not nested(d)]


def _drop_embedded(drafts: list[Draft]) -> list[Draft]:
    """A cue inside what someone else reports is part of their words, not a second attribution:
    "Smith said he thinks taxes will rise" is Smith's statement only (as PolNeAR annotates it).

    ``drafts`` are sorted by content. An enclosing span starts at or before what it encloses, so
    prefix maxima of the content end (the two widest, from different drafts) answer each draft
    with one bisect: no pairwise comparison.
    """
    sourced = [d for d in drafts if not d.hedge and d.cue is not None]
    starts = [d.content[0] for d in sourced]
    best: list[tuple[int, Draft | None]] = []  # widest so far
    second: list[tuple[int, Draft | None]] = []  # widest so far from another draft
    top: tuple[int, Draft | None] = (-1, None)
    runner: tuple[int, Draft | None] = (-1, None)
    for draft in sourced:
        if draft.content[1] > top[0]:
            top, runner = (draft.content[1], draft), top
        elif draft.content[1] > runner[0]:
            runner = (draft.content[1], draft)
        best.append(top)
        second.append(runner)
    kept: list[Draft] = []
    for draft in drafts:
        if draft.cue_token is not None and draft.cue_token.dep_ == "parataxis":
            kept.append(draft)  # "which, critics say, does not": the writer's aside, not theirs
            continue
        if draft.cue is not None and draft.cue_kind == "verb" and not draft.hedge:
            n = bisect.bisect_right(starts, min(draft.cue[0], draft.content[0]))
            if n > 0:
                end, widest = best[n - 1] if best[n - 1][1] is not draft else second[n - 1]
                if widest is not None and end >= draft.content[1]:
                    continue
        kept.append(draft)
    return kept


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """Two cues reporting the same content (``said and added``) give one statement."""
    kept: list[Draft] = []
    for draft in drafts:
        if kept and kept[-1].content == draft.content:
            continue
        kept.append(draft)
    return kept


def _merge_split_quotes(drafts: list[Draft], layout: Layout, text: str) -> list[Draft]:
    """`"A," Smith said. "B."`: a quote that carries on right after a direct quote and its cue is
    the rest of that statement (one attribution whose content runs from A to B), as PolNeAR and
    PARC annotate it."""
    merged: list[Draft] = []
    for draft in drafts:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and draft.cue is None
            and draft.continues is not None
            and draft.continues is (previous.continues or previous)
            and previous.kind == "direct"
            and previous.cue_kind == "verb"
            and previous.cue is not None
            and previous.content[1] <= previous.cue[0] < draft.content[0]
            and layout.paragraph_of(draft.content[0]) == layout.paragraph_of(previous.cue[0])
        ):
            previous.content = (previous.content[0], draft.content[1])
            previous.quotes.extend(draft.quotes)
            continue
        merged.append(draft)
    return merged
