"""One cue, one draft statement: its content, its cue words and the token that names its
speaker, by the kind of cue (a reporting verb, "according to", a hedge, a stance, a noun that
reports) and the verb's class (judging, topic, rumour, evidence, knowing, speech).

    Smith said that taxes will rise.      verb: content "taxes will rise", speaker Smith
    Taxes will rise, according to Smith.  according: the clause around, speaker Smith
    Officials reportedly expect cuts.     hedge: sourceless ("reportedly" governs)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.extraction.cited_sources import (
    according_to_object,
    cited_source,
    deliverer,
    source_end,
)
from attrib.extraction.clauses import clause_around, content_range, has_particle
from attrib.extraction.drafts import Chunk, Draft
from attrib.extraction.lexicon import (
    EVIDENCE_VERBS,
    FINDING_VERBS,
    JUDGING_VERBS,
    RUMOUR_VERBS,
    TOPIC_VERBS,
    Lexicon,
)
from attrib.extraction.not_statements import (
    is_anonymity_request,
    is_question_frame,
    is_reader_instruction,
    is_set_phrase,
)
from attrib.extraction.report_nouns import report_noun_draft
from attrib.extraction.spans import subtree_range, trim
from attrib.extraction.stances import (
    accounts_draft,
    evidence_draft,
    finding_draft,
    is_agentless_judgement,
    judgement_draft,
    pointing_draft,
    rumour_draft,
    stance_draft,
    topic_draft,
)
from attrib.extraction.subjects import (
    can_speak,
    is_hedge_passive,
    passive_agent,
    speaker_tokens,
    subject_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_hedged_cue(verb: Token, lexicon: Lexicon) -> bool:
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


def draft_for_cue(
    chunk: Chunk, token: Token, kind: str, end: int, lexicon: Lexicon
) -> Draft | None:
    doc = chunk.doc
    if is_set_phrase(token):
        return None  # "That said, ...", "when all is said and done": the writer's connective
    if kind == "according":
        obj = according_to_object(token)
        if obj is None:
            return None
        first, last = clause_around(token, (token.i, source_end(obj)))
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
        if head.lemma_.lower() in lexicon.speech_verbs and not is_hedged_cue(head, lexicon):
            return None  # "Smith reportedly said": the verb's own attribution covers it
        first, last = trim(doc, *subtree_range(head))
        return Draft(
            chunk.chars(first, last), chunk.chars(token.i, end), "hedge", None, token, hedge=True
        )
    if not has_particle(token) and not is_hedged_cue(token, lexicon):
        return pointing_draft(chunk, token, _cue_range(token))  # "pointed to the vote as ..."
    if is_hedged_cue(token, lexicon):
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
    if lemma in FINDING_VERBS and (finding := finding_draft(chunk, token, cue_range)):
        return finding  # "a new poll shows Clinton leading"
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
        # "complained about the noise", "asked Clinton about her emails": what a speech verb
        # is about is the gist of what was said ("said of the episode, '...'" introduces a
        # quote, so only "about" counts).
        about = topic_draft(chunk, token, cue_range, prepositions=_ABOUT)
        if about is not None and _about_the_words(token) and not _quote_follows(chunk, about):
            return about
        start = chunk.chars(token.i, token.i + 1)[0]
        return Draft(
            (start, start), chunk.chars(*cue_range), "verb", subject, token, relative=relative
        )
    if lexicon.knows_only(lemma) and (subject is None or _knows_an_object(token, rng)):
        return None
    return Draft(
        chunk.chars(*rng), chunk.chars(*cue_range), "verb", subject, token, relative=relative
    )


_ABOUT = frozenset({"about"})


def _about_the_words(verb: Token) -> bool:
    """Whether "about" tells what the words were about: not with a thing made ("writing songs
    about him": the songs are about him) or a phrasal verb ("called in to a town hall about
    ..."); the person asked may stand between ("asked Clinton about her emails")."""
    return not any(
        (c.dep_ == "dobj" and c.pos_ not in {"PROPN", "PRON"}) or c.dep_ == "prt"
        for c in verb.children
    )


def _quote_follows(chunk: Chunk, draft: Draft) -> bool:
    """Whether a quotation opens within a few characters after a draft's content: "She said
    about the plan, '...'" gives the quote, not the topic."""
    end = draft.content[1]
    return any(q.start - end <= _QUOTE_GAP for q in chunk.layout.quotes_between(end, end + 12))


# How far after a topic a quotation may open and still be what the cue introduces.
_QUOTE_GAP = 4


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
    # "Trump is once again questioning ...": a participle with a finite auxiliary is finite.
    tensed = verb.tag_ in _FINITE or any(
        c.dep_ == "aux" and c.tag_ in _FINITE and c.i < verb.i for c in verb.children
    )
    if finite and (not tensed or any(c.dep_ in {"auxpass", "expl"} for c in verb.children)):
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


def _cue_range(token: Token) -> tuple[int, int]:
    """The cue with its auxiliaries and particle: "has learned", "pointed out"."""
    first, last = token.i, token.i + 1
    for child in token.children:
        if child.dep_ in {"aux", "auxpass", "neg"} and child.i == first - 1:
            first = child.i
        if child.dep_ == "prt" and child.i == last:
            last = child.i + 1
    return first, last
