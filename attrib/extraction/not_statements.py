"""Words that look like statements but are nobody's: interviewer framing, reader instructions and
titles in quotation marks.

- **Interviewer framing**: ``Asked why he chose Sanders, Blocker said ...``. The bare participle
  ``asked`` (also ``pressed``, ``questioned``, ``quizzed``; ``When asked about ...``) with a
  question after it (``why``, ``whether``, ``how``, ``about``) frames the interviewer's
  question; the question is not the statement of the person asked, who speaks in the main
  clause.
- **Reader instructions**: ``To urge your MP to vote, click here.`` An infinitive of purpose
  hung on an imperative addresses the reader; nobody is reported.
- **Requests for anonymity**: ``One, who asked not to be named, said ...``. The request is why
  the source is unnamed (the anonymous-source rule reads it as the reason); it is not something
  the source reports.
- **Set phrases**: ``That said, ...``, ``Having said that, ...``, ``That being said, ...``,
  ``when all is said and done``, ``it goes without saying that ...``, ``suffice it to say``,
  ``to say nothing of ...``, ``let's say``: the writer's own connectives, with a verb of saying
  that reports nobody (`is_set_phrase`). ``Having said that the plan failed, ...`` reports.
- **Titles**: ``She appeared on "Dancing with the Stars"``. A quotation with no cue of its own
  whose words are in title case (every word capitalised but short function words) and that
  stands where a title stands (after "on", "in", "of", a possessive, or by a word such as "show"
  or "film") names a show, film, song or book; it is not speech. Names of laws and campaigns
  ("the “War On Drugs”") are left alone: PolNeAR attributes them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose bare participle frames an interviewer's question.
QUESTION_VERBS = frozenset({"ask", "press", "question", "quiz", "challenge"})
# Short words a title keeps in lower case.
# fmt: off
TITLE_SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with",
    "by", "from", "as", "vs", "via", "into", "onto", "per", "up", "off", "out", "over",
})
# fmt: on
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# Titles have few words; a long capitalised run is more likely a headline-style quote.
TITLE_MAX_WORDS = 10


# What may follow "That said" or "Having said that" as a connective: a comma or a dash.
_CONNECTIVE_END = frozenset({",", ";", "—", "–", "-"})


def is_set_phrase(cue: Token) -> bool:
    """A verb of saying inside a set phrase that reports nobody: "That said, ...", "Having said
    that, ...", "That being said, ...", "when all is said and done", "it goes without saying",
    "suffice it to say", "to say nothing of", "let's say" (see the module doc)."""
    doc = cue.doc

    def word(offset: int) -> str:
        at = cue.i + offset
        return doc[at].lower_ if 0 <= at < len(doc) else ""

    low = cue.lower_
    if low == "said":
        return (
            (word(-1) in {"that", "this"} and word(1) in _CONNECTIVE_END)
            or (word(-1) == "being" and word(-2) in {"that", "this"})
            or (word(-1) == "having" and word(1) in {"that", "this"} and word(2) in _CONNECTIVE_END)
            or (word(1) == "and" and word(2) == "done")
        )
    if low == "saying":
        return word(-1) == "without" and word(-2) in {"go", "goes", "going", "went", "gone"}
    if low == "say":
        return (
            (word(-1) == "to" and word(1) == "nothing" and word(2) == "of")
            or (word(-1) == "to" and word(-2) == "it" and word(-3) in {"suffice", "suffices"})
            or (word(-1) in {"us", "'s", "’s"} and word(-2) == "let")
        )
    return False


def is_question_frame(cue: Token) -> bool:
    """``Asked why ..., X said``: a question verb as a bare participle (no subject, no
    auxiliary) that modifies another clause."""
    if cue.lemma_.lower() not in QUESTION_VERBS or cue.tag_ != "VBN":
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "expl"} for c in cue.children):
        return False
    if not (cue.dep_ in {"advcl", "acl", "ccomp", "conj"} or cue.head is cue):
        return False
    # What was asked is a question ("why ...", "whether ...", "about ..."); "Asked to describe
    # the device, X said" is a request that PolNeAR attributes, and is left alone.
    return any(_asks_question(child) for child in cue.children)


def _asks_question(child: Token) -> bool:
    if child.dep_ == "prep" and child.lower_ in {"about", "on", "over", "for"}:
        return True
    if child.dep_ in {"ccomp", "advcl", "dobj", "xcomp"}:
        first = child.doc[child.left_edge.i]
        return first.lower_ in _QUESTION_WORDS or first.tag_ in {"WDT", "WP", "WP$", "WRB"}
    return False


_QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who"})


# What a source asks when asking not to be named: "not to be named", "to remain anonymous",
# "that her name not be used", "anonymity".
_ANONYMITY_REQUEST = re.compile(
    r"(?:not\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name)|to\s+(?:remain|stay)\s+"
    r"(?:anonymous|unnamed)|that\s+(?:his|her|their)\s+(?:full\s+)?name\s+not\s+be|for\s+"
    r"anonymity|anonymity)\b",
    re.IGNORECASE,
)
_REQUEST_VERBS = frozenset({"ask", "request", "demand"})


def is_anonymity_request(cue: Token) -> bool:
    """``who asked not to be named``: the source's request for anonymity, not a statement."""
    if cue.lemma_.lower() not in _REQUEST_VERBS:
        return False
    after = cue.doc[cue.i + 1 : cue.right_edge.i + 1].text
    return _ANONYMITY_REQUEST.match(after) is not None


def is_reader_instruction(cue: Token) -> bool:
    """``To urge your MP to vote, click here``: a cue in an infinitive of purpose on an
    imperative (a main verb in the base form with no subject)."""
    if cue.tag_ != "VB" or cue.dep_ != "advcl":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    main = cue.head
    return (
        main.tag_ == "VB"
        and main.dep_ == "ROOT"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in main.children)
    )


def is_title(text: str, start: int, end: int) -> bool:
    """Whether the quotation ``text[start:end]`` (marks included) names a title: its words are in
    title case (two to ten words, the first and every word but short function words
    capitalised, no sentence ending inside) and it stands where a title stands: after "on",
    "in", "of" or "from" (the preposition before a show, book or event), a naming verb ("were
    called") or a possessive ("CNN's"), or next to a word for a work ("the show", "Show")."""
    quoted = text[start + 1 : end - 1]
    words = _TITLE_WORD.findall(quoted)
    if not 2 <= len(words) <= TITLE_MAX_WORDS or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words[1:]):
        return False
    if _SENTENCE_INSIDE.search(quoted.rstrip(" ,.!?")):
        return False  # "U-S-A! U-S-A!", "The Donald. Big Daddy.": speech
    before = text[max(0, start - 40) : start]
    after = text[end : end + 25]
    return bool(
        _TITLE_BEFORE.search(before)
        or _WORK.search(before[-20:])
        or _WORK_AFTER.match(after)
        or _WORK.search(quoted)
    )


# A sentence end inside the quotation.
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
# What stands right before a title: a preposition (optionally "the") or a possessive.
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:on|in|of|from|called|named|titled|entitled|dubbed)(?:\s+the)?|['’]s)\s*$",
    re.IGNORECASE,
)
# Verbs that name something: a title after them is a name, not what anybody said.
NAMING_VERBS = frozenset({"call", "name", "title", "entitle", "dub"})
# Words for works and programmes.
_WORKS = (
    r"show|film|movie|series|song|album|single|track|book|novel|memoir|programme|program"
    r"|episode|podcast|documentary|play|musical|column|segment|special|sitcom|drama|channel"
)
_WORK = re.compile(rf"\b(?:{_WORKS})s?\b", re.IGNORECASE)
_WORK_AFTER = re.compile(rf"[\s,]*(?:{_WORKS})s?\b", re.IGNORECASE)
