"""Word lists the flagging rules use. Data, not logic: extend them from config, not by code.

Every entry is lower case. Phrases match on word boundaries, case-insensitively, with any run
of whitespace between their words. Lists that extraction uses too live in
`attrib.extraction.lexicon` and are imported from there, never copied. The lists in force for a
run (these plus what the config adds) are built once into `attrib.profile.Profile.words`.
"""

from __future__ import annotations

from attrib.extraction.lexicon import (
    ANONYMOUS_NOUNS,
    GROUP_NOUNS,
    JUDGING_VERBS,
    LABEL_VERBS,
    PERSON_NOUNS,
    SOURCELESS_ADVERBS,
    SPEAKING_SUFFIXES,
)

# Hedges that may be the writer's own inference as much as someone else's report ("He
# apparently left in 1990"): unsourced-claim flags them one severity level down.
WEAK_HEDGES: tuple[str, ...] = ("apparently",)
# Agentless passive cues as the engine cuts them ("is said" of "is said to be"): the "to" or
# "that" after them is content, so the cue alone must read as a hedge.
_PASSIVE_HEDGE_VERBS = ("said", "believed", "thought", "understood", "rumoured", "rumored")
_PASSIVE_AUXILIARIES = ("is", "are", "was", "were", "has been", "have been", "had been")

# Hedges: words that present a claim as someone's without saying whose (unsourced-claim).
HEDGES: tuple[str, ...] = (
    *sorted(SOURCELESS_ADVERBS),
    *WEAK_HEDGES,
    *(f"{aux} {verb}" for aux in _PASSIVE_AUXILIARIES for verb in _PASSIVE_HEDGE_VERBS),
    # Transfer and market rumour, as extraction cuts the cue: "was previously linked".
    "linked",
    "tipped",
    "rumoured",
    "rumored",
    "it is understood",
    "it is believed",
    "it is thought",
    "it is claimed",
    "it is alleged",
    "it is rumoured",
    "it is rumored",
    "it is said",
    "it was reported",
    "it has been reported",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is believed to",
    "are believed to",
    "was believed to",
    "were believed to",
    "is thought to",
    "are thought to",
    "is understood to",
    "are understood to",
    "is reported to",
    "are reported to",
    "was reported to",
    "were reported to",
    "is alleged to",
    "are alleged to",
    "according to reports",
    "according to media reports",
    "according to local media",
    "according to press reports",
    "reports say",
    "reports said",
    "reports suggest",
    "reports suggested",
)

# Sources that are only "the media" in general (unsourced-claim when no outlet is named).
# Optional leading qualifiers, then one of the heads; one nationality is also allowed in front
# ("Israeli media"), recognised by its ending or listed below.
MEDIA_QUALIFIERS: frozenset[str] = frozenset(
    {
        "the", "some", "several", "multiple", "numerous", "many", "recent", "unconfirmed",
        "local", "foreign", "international", "national", "regional", "news", "press", "media",
        "published", "earlier", "previous", "other", "various", "state",
    }
)  # fmt: skip
NATIONALITY_ENDINGS: tuple[str, ...] = ("an", "ian", "ese", "i", "ish", "ch", "ic")
NATIONALITIES: frozenset[str] = frozenset({"arab", "greek", "thai", "dutch", "swiss", "western"})
MEDIA_HEADS: frozenset[str] = frozenset(
    {
        "reports",
        "media report",
        "news report",
        "press report",
        "media",
        "press",
        "outlets",
        "news outlets",
        "newspapers",
        "news",
    }
)

# Words that make a collective or unidentified source (vague-source) when a group names no one.
VAGUE_TERMS: tuple[str, ...] = (
    "expert", "experts", "analyst", "analysts", "critic", "critics", "observer", "observers",
    "commentator", "commentators", "pundit", "pundits", "many", "some", "others", "most",
    "officials", "diplomats", "insiders", "scholars", "researchers", "scientists",
    "economists", "skeptics", "sceptics", "supporters", "opponents", "detractors",
    "watchers", "everyone", "people", "studies", "reports", "research", "analysis",
    "surveys", "polls", "executives", "those", "stats", "statistics", "figures", "data",
    "estimates", "accounts",
)  # fmt: skip

# Heads of a document source that names no author ("a report", "studies"): vague-source when
# the document is indefinite or plural and no outlet published it.
DOCUMENT_HEADS: frozenset[str] = frozenset(
    {
        "report", "reports", "study", "studies", "research", "analysis", "analyses", "survey",
        "surveys", "poll", "polls", "paper", "papers", "document", "documents", "memo", "memos",
        "assessment", "assessments", "review", "estimate", "estimates", "stats", "statistics",
        "figures", "data", "account", "accounts",
    }
)  # fmt: skip
# Words that point back to a document already identified ("the report", "this study").
DEFINITE_WORDS: frozenset[str] = frozenset(
    {"the", "this", "that", "these", "those", "its", "their"}
)

# Anonymous sources that say nothing about themselves: an error when nothing else describes them.
BARE_ANONYMOUS_HEADS: frozenset[str] = frozenset(
    {"source", "sources", "insider", "insiders", "person", "people", "someone", "somebody",
     "tipster", "tipsters"}
)  # fmt: skip
# Determiners and counts that add nothing to an anonymous source's description.
EMPTY_QUALIFIERS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "multiple",
        "many", "other", "another", "two other", "various", "numerous", "unnamed", "anonymous",
    }
)  # fmt: skip

# Cue verbs that judge the speaker (loaded-cue): lemma -> what the word implies.
LOADED_CUES: dict[str, str] = {
    "claim": "casts doubt on what the speaker says",
    "allege": "casts doubt on what the speaker says",
    "admit": "implies the speaker owned up to a fault",
    "confess": "implies the speaker owned up to a fault",
    "concede": "implies the speaker gave ground",
    "insist": "implies the speaker is defensive or stubborn",
    "reveal": "presents the statement as established fact",
    "boast": "mocks the speaker",
    "brag": "mocks the speaker",
    "gloat": "mocks the speaker",
    "whine": "mocks the speaker",
}

# Inflections that simple suffix rules would get wrong.
_IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "admit": ("admit", "admits", "admitted", "admitting"),
    "brag": ("brag", "brags", "bragged", "bragging"),
}


def inflections(lemma: str) -> tuple[str, ...]:
    """The base form, -s, -ed and -ing forms of a regular English verb."""
    if lemma in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[lemma]
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return (lemma, third, stem + "ed", stem + "ing")


# Pronouns: a speaker whose only name is one of these was never identified.
# Pronouns that point back to a source named before: personal, and relative ("a resident who
# reported the fire said ...": the source is flagged at "a resident", not again at "who").
PRONOUNS: frozenset[str] = frozenset(
    {"he", "she", "they", "it", "him", "her", "them", "we", "i", "you", "his", "hers", "their"}
    | {"who", "whom", "which"}
)

# Reporting verbs (as written) whose presence in a quote's paragraph, outside quotation marks,
# means the writer did attribute something there: a quote the engine left without a speaker is
# then more likely the engine's miss than the writer's (unattributed-quote stays precise).
ATTRIBUTION_WORDS: tuple[str, ...] = (
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "asked", "asks",
    "added", "adds", "wrote", "writes", "writing", "stated", "states", "explained", "explains",
    "noted", "notes", "replied", "replies", "recalled", "recalls", "continued", "continues",
    "argued", "argues", "insisted", "insists", "claimed", "claims", "tweeted", "tweets",
    "declared", "declares", "warned", "warns", "answered", "answers", "responded", "responds",
    "according to", "quoted", "quoting", "posted", "posts", "remarked", "remarks",
    "announced", "announces", "testified", "sings", "sang", "shouted", "yelled",
    "exclaimed", "concluded", "concludes", "acknowledged", "admitted", "conceded",
    "commented", "comments",
)  # fmt: skip
# Small words that stay lower case in a title ("Contract with America"), for telling titles
# and names in quotation marks from quoted speech.
TITLE_SMALL_WORDS: frozenset[str] = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs",
        "with",
    ]
)

# Common nouns for people ("expert", "vice-chancellor", "executives"): a source they head is a
# person or people, not a thing. Besides the lists, the person-noun endings count.
PEOPLE_NOUNS: frozenset[str] = (
    ANONYMOUS_NOUNS
    | GROUP_NOUNS
    | PERSON_NOUNS
    | {
        "president", "resident", "student", "correspondent", "consultant", "assistant",
        "participant", "applicant", "migrant", "immigrant", "claimant", "defendant", "tenant",
        "parent", "agent", "opponent", "constituent",
    }
) - {
    "report", "study", "survey", "poll", "medium", "media", "account", "rumor", "rumour", "stat",
    "stats", "statistic", "statistics", "those", "many", "some", "others", "few", "most",
    "several", "all", "everyone", "anyone", "somebody", "someone",
}  # fmt: skip
# Endings of nouns for people ("forecaster", "director", "economist", "physician"); "-ent" and
# "-ant" nouns are listed above instead ("percent", "statement" name no one).
PEOPLE_SUFFIXES: tuple[str, ...] = tuple(
    ending for ending in SPEAKING_SUFFIXES if ending not in ("ent", "ant")
)
# Verbs that judge a thing ("dismissed the X-ray as normal", "hailed it as a triumph"): an
# unnamed person they describe acts in the story rather than being its source.
LABEL_CUE_FORMS: frozenset[str] = frozenset(
    form for lemma in LABEL_VERBS for form in inflections(lemma)
)
# Participles of a judgement that, with no agent, names nobody: "has been seen as a blow",
# "hailed as the best" (vague-source asks whose view it is). Naming ("called") is no judgement.
JUDGEMENT_PARTICIPLES: frozenset[str] = frozenset(
    {inflections(lemma)[2] for lemma in (JUDGING_VERBS | LABEL_VERBS) - {"call", "see"}} | {"seen"}
)
