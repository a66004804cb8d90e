"""Word lists that drive extraction and attribution. Data, not logic: users extend them in config.

Every list says why it exists. Verbs are lemmas as spaCy's English lemmatizer produces them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that introduce what someone said or wrote ("X said that ...", "..., she added"); an
# endorsement is a public statement of whom one backs ("the paper endorsed Reyes").
SPEECH_VERBS: frozenset[str] = _words(
    """
    say tell add note argue claim warn suggest conclude observe insist explain state write announce
    acknowledge admit assert contend declare deny confirm predict reply respond answer recall
    remark emphasize emphasise stress testify tweet complain concede caution allege maintain reveal
    disclose report ask urge promise vow pledge threaten boast joke quip lament mention estimate
    signal hint imply charge accuse question speculate counter retort reiterate repeat proclaim
    brag propose recommend advise inform assure guarantee swear whisper shout yell exclaim muse
    wonder blog post forecast posit theorize theorise recount describe reason affirm cite clarify
    concur demand agree object protest stipulate reference invoke continue endorse
    """
)

# Verbs of knowing and finding that PolNeAR (like PARC) counts as attribution when they take a
# clausal complement ("The Post learned that ...", "a study found that ...", "Trump believes ...").
# They need a clausal complement: "learned to swim" is not a statement.
CLAUSAL_ONLY_VERBS: frozenset[str] = _words(
    """
    learn find show indicate believe think know feel fear hope worry expect doubt understand
    realize realise determine acknowledge conclude suspect assume guess figure
    """
)

# Verbs whose direct object can itself be the statement ("He noted Iran's silence", "she has
# proposed a carbon tax", "the paper endorsed Reyes", "critics questioned the wisdom of the
# plan": an idea, not a person).
OBJECT_CONTENT_VERBS: frozenset[str] = _words(
    """
    say note observe deny confirm announce acknowledge admit reveal predict disclose mention stress
    emphasize emphasise reiterate repeat allege forecast cite reference invoke report propose
    question endorse
    """
)

# Verbs that say a phrase is not so ("denied being unfair", "denies the allegations"): the
# statement is the denial, verb and phrase, since the phrase alone reads as its opposite.
DENIAL_VERBS: frozenset[str] = _words("deny")

# Verbs whose infinitival complement is the statement ("vowed to repeal ...", "agreed to end
# the strike", "told residents to stay indoors": an order, only with someone told).
XCOMP_CONTENT_VERBS: frozenset[str] = _words(
    "promise vow pledge threaten urge ask warn claim deny agree tell"
)

# Verbs that characterise in someone's words ("called the plan a disaster", "called for a
# recount", "criticized the law as a crazy system", "blamed the rebels for the attack",
# "attributed the rally to the ruling"): the complements after the verb are the content. They
# count only in that shape: "called Putin" or "attacked the town" reports nothing.
LABEL_VERBS: frozenset[str] = _words(
    """
    call describe label dub brand praise criticize criticise blast slam hail denounce condemn
    decry applaud lambaste lambast mock ridicule accuse fault liken dismiss deride characterize
    characterise portray blame attribute
    """
)
# Verbs of judging aloud whose object alone is what the subject said, as a speech act ("praised
# the new law", "expressed concern that ...", "decried the ruling", "criticized the plan",
# "described the attack", "rejected the offer"); a label after the object ("called it a
# disaster") is read as before. Only with a subject of their own ("the long-praised system"
# reports nothing) that can judge ("the machine rejected the card" reports nothing). "tout" is
# left out: "touting tickets".
VIEW_OBJECT_VERBS: frozenset[str] = _words(
    "praise express decry criticize criticise describe reject"
)

# Verbs that judge with "as" ("astronomers regard Europa as ...", "has been seen as a blow"):
# a view, reported only in that shape ("we saw smoke" reports nothing).
JUDGING_VERBS: frozenset[str] = _words("regard view see consider deem tout bill")

# Verbs of talking that report only with a clause after "about" ("talk openly about how
# scared they are"); "talked about the weather" names a topic, not what was said.
TOPIC_VERBS: frozenset[str] = _words("talk speak")
# Verbs by which a study, data or research bears out a claim ("studies have not supported the
# use of steroids"); they report only with a document as the subject.
EVIDENCE_VERBS: frozenset[str] = _words("support back contradict demonstrate prove")

# Verbs by which a poll, a document or data presents a finding as its object ("a new poll shows
# Clinton leading"); with any other subject they keep their usual reading.
FINDING_VERBS: frozenset[str] = _words("show")

# Verbs of transfer and market rumour in the agentless passive ("was linked with a move to
# Madrid", "is tipped for the job"): a claim that someone makes, unnamed.
RUMOUR_VERBS: frozenset[str] = _words("link tip")

# Adjectives that state a view with a "that" clause ("Experts are concerned that ...").
STANCE_ADJECTIVES: frozenset[str] = _words(
    """
    concerned worried convinced confident optimistic pessimistic sceptical skeptical hopeful
    adamant certain sure fearful afraid alarmed unconvinced
    """
)
# Nouns that state a view after "of the" ("are of the view that ...").
STANCE_NOUNS: frozenset[str] = _words("view opinion belief conviction impression")
# Nouns for something said whose "that" clause is what was said ("his claim that ...", "the
# company's announcement that ...", "estimates that ..."). Views ("fears that") are stances, and
# "news", "word" and "rumours" name no one who said it.
REPORT_NOUNS: frozenset[str] = _words(
    """
    announcement claim assertion allegation accusation admission assurance warning estimate
    prediction promise pledge suggestion insistence argument contention conclusion finding
    report statement charge complaint declaration acknowledgement acknowledgment confirmation
    revelation testimony boast vow threat forecast projection
    """
)
# Verbs whose subject reacts to what a report noun says, or brings it about, rather than says
# it: "officials rejected claims that ...", "took offense at suggestions that ...", "the leak
# led to claims that ...". The subject of any other verb the noun hangs on said it: "the White
# House touted estimates that ...", "persisted in arguments that ...".
REACTING_VERBS: frozenset[str] = _words(
    """
    reject deny dismiss dispute refute rebut counter challenge question debunk contradict doubt
    ignore investigate probe examine review answer address respond react mock ridicule criticize
    criticise condemn slam blast deride discount downplay take object lead prompt spark fuel
    trigger cause
    """
)
# What sources a clause after "by" and a quantifier ("by most accounts", "by one estimate").
ACCOUNT_NOUNS: frozenset[str] = _words("account accounts estimate estimates")

# Prepositions that introduce the label or the charge: "as a disaster", "for lying", "of fraud",
# "likened them to a snake".
LABEL_PREPOSITIONS: frozenset[str] = _words("as for of over to")

# Phrasal cues that need their particle: "point out", "lay out", "spell out". ("find" needs
# none: "a study found that ..." reports as "found out that ..." does; as a verb of knowing it
# takes a clausal complement either way.)
PARTICLE_VERBS: dict[str, str] = {"point": "out", "lay": "out", "spell": "out"}

# Adverbs that present a claim as someone's without saying whose: a cue for extraction, and a
# hedge the unsourced-claim rule flags (`attrib.rules.lexicon.HEDGES` starts from these).
SOURCELESS_ADVERBS: frozenset[str] = _words("reportedly allegedly purportedly supposedly")

# Adverbs that hedge a claim without naming its source. The last three are cues for extraction
# only: "apparently" is as often the writer's own inference as someone else's report.
HEDGE_ADVERBS: frozenset[str] = SOURCELESS_ADVERBS | _words("apparently rumoredly ostensibly")

# Passive cue verbs that hedge when they have no agent: "is said to", "is believed to",
# "it is understood that", "is rumoured to".
HEDGE_PASSIVES: frozenset[str] = _words(
    "say believe understand rumor rumour report think allege expect know claim"
)

# Nouns for written sources: "a report published by ...", "the study found ...". "datum" is
# how spaCy's lemmatizer reads "data" ("New data showed ..."); slides and charts show things too.
DOCUMENT_NOUNS: frozenset[str] = _words(
    """
    report study survey poll statement memo memorandum letter document filing complaint lawsuit
    indictment analysis review audit assessment release ruling tweet post article editorial
    transcript email book dossier cable briefing brief investigation probe paper estimate data
    datum record records testimony affidavit motion order opinion decision finding findings
    footage video presentation slide chart graph projection forecast census tally polling
    """
)

# Unnamed people: the anonymous-source rule asks who they are and why they are unnamed.
ANONYMOUS_NOUNS: frozenset[str] = _words(
    """
    official source aide adviser advisor insider staffer person people individual diplomat
    employee operative confidant associate ally strategist lawmaker officer investigator
    spokesperson spokesman spokeswoman representative negotiator member
    """
)

# Determiners of one unnamed individual: "a second vice-chancellor", "one trade expert",
# "another aide".
ONE_PERSON_DETERMINERS = frozenset({"a", "an", "one", "another"})


def phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any phrase on word boundaries, any whitespace inside."""
    parts = []
    for phrase in sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True):
        words = [re.escape(word) for word in phrase.split()]
        parts.append(r"\s+".join(words))
    if not parts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


# Phrases that give a reason for anonymity: anonymous-source drops to info with a description,
# and attribution gives no unnamed source to a person named in the next paragraph.
ANONYMITY_PHRASES: tuple[str, ...] = (
    "on condition of anonymity",
    "on the condition of anonymity",
    "condition of anonymity",
    "on condition that they not be named",
    "on condition that he not be named",
    "on condition that she not be named",
    "requested anonymity",
    "request anonymity",
    "asked not to be named",
    "asked not to be identified",
    "declined to be named",
    "declined to be identified",
    "spoke anonymously",
    "speaking anonymously",
    "insisted on anonymity",
    "not authorized to",
    "not authorised to",
    "were not permitted to",
    "was not permitted to",
    "not allowed to speak",
    "fear of reprisal",
    "for fear of",
    "to discuss private",
    "to discuss confidential",
    "to discuss sensitive",
    "to discuss internal",
    "because of the sensitivity",
    "because the matter is",
    "because the talks are",
)

# Collective or unidentified voices: the vague-source rule asks which ones.
GROUP_NOUNS: frozenset[str] = _words(
    """
    expert analyst critic observer economist scientist researcher commentator pundit skeptic
    supporter opponent activist resident voter people many some others few most several all
    everyone anyone somebody someone report study survey poll medium media account rumor rumour
    those stat stats statistic statistics
    """
)

# Common nouns that can be a source although no list above names them: "a man saying ...".
# With DOCUMENT_NOUNS, ANONYMOUS_NOUNS, GROUP_NOUNS and SPEAKING_SUFFIXES they tell a noun that
# speaks ("a memo claiming") from one that is spoken ("softer language calling for").
SPEAKING_NOUNS: frozenset[str] = (
    DOCUMENT_NOUNS
    | ANONYMOUS_NOUNS
    | GROUP_NOUNS
    | _words(
        """
        man woman men women child parent mother father family group panel board government
        administration campaign team party court judge jury police union company firm agency
        senator governor president candidate nominee chief head leader mayor minister
        secretary director chairman chairwoman chair founder author host anchor friend
        """
    )
)
# Endings of nouns for people: "reporter", "governor", "activist", "politician", "candidate".
SPEAKING_SUFFIXES: tuple[str, ...] = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman")

# Words in a proper-noun phrase that make it an organisation, not a person.
ORGANIZATION_WORDS: frozenset[str] = _words(
    """
    ministry department institute party committee campaign university agency council court office
    administration commission foundation center centre group association union house senate
    congress pentagon kremlin company corporation inc corp llc bank fund service services board
    authority bureau army navy police government embassy school college hospital network
    coalition alliance league federation organization organisation club team council mission
    productions records studios pictures entertainment capital equities holdings partners
    ventures inc. ltd ltd. plc llp co. corp. airlines motors securities investments
    united rovers wanderers hotspur athletic albion fc afc f.c. cf palace
    """
)

# Common nouns that name an organisation: "the company", "the utility", "the studio" said is the
# organisation the article named before.
ORGANIZATION_NOUNS: frozenset[str] = _words(
    """
    company firm utility studio group agency label brokerage bank club team ministry department
    organisation organization charity council board union government administration authority
    regulator airline carrier retailer maker manufacturer developer publisher insurer lender
    startup start-up chain operator giant conglomerate league federation association institute
    university hospital business corporation outfit police army navy military embassy parliament
    cabinet service force trust watchdog office commission committee
    """
)

# Role nouns for people that a definite reference uses ("the actor said", "the 56-year-old
# said"); besides these, PERSON_TITLES and the person-noun endings count.
PERSON_NOUNS: frozenset[str] = _words(
    """
    actor actress singer star rapper musician artist player striker midfielder defender
    goalkeeper quarterback pitcher coach boss owner chef man woman boy girl lass lad teenager
    executive student victim witness patient nurse survivor veteran mum mom dad
    father mother son daughter wife husband brother sister grandfather grandmother uncle aunt
    nephew niece cousin widow widower boyfriend girlfriend fiancé fiancée parent
    """
)
# Kinship nouns name someone by their relation to another: "the father" is the person the
# article called a father, never simply the last person named (who may be the son).
KINSHIP_NOUNS: frozenset[str] = _words(
    """
    father mother son daughter wife husband brother sister grandfather grandmother uncle aunt
    nephew niece cousin widow widower boyfriend girlfriend fiancé fiancée parent mum mom dad
    """
)

# Determiners and quantifiers that mark a vague collective ("many experts", "some officials").
VAGUE_QUANTIFIERS: frozenset[str] = _words(
    "many some several few most various numerous multiple other others certain"
)

PRONOUNS_MALE: frozenset[str] = frozenset({"he", "him"})
PRONOUNS_FEMALE: frozenset[str] = frozenset({"she", "her"})
PRONOUNS_PLURAL: frozenset[str] = frozenset({"they", "them"})
PRONOUNS_NEUTER: frozenset[str] = frozenset({"it"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "that", "which", "whom"})

# Scare quotes: a quote of this many words or fewer is not a statement by itself.
SCARE_QUOTE_MAX_WORDS = 2


@dataclass(frozen=True)
class Lexicon:
    """The cue verbs in force for a run: the defaults plus what config adds.

    Built once per config file (`attrib.profile.Profile.lexicon`); extraction and attribution
    take it from there rather than reading the module's constants when config can extend them.
    """

    speech_verbs: frozenset[str] = SPEECH_VERBS
    clausal_only_verbs: frozenset[str] = CLAUSAL_ONLY_VERBS
    hedges: frozenset[str] = HEDGE_ADVERBS

    @staticmethod
    def build(extra_cue_verbs: tuple[str, ...] = (), extra_hedges: tuple[str, ...] = ()) -> Lexicon:
        """Defaults extended with user cue verbs (lemmas) and hedge adverbs, lowercased."""
        verbs = frozenset(v.strip().lower() for v in extra_cue_verbs if v.strip())
        # A hedge is one adverb ("reputedly"); a phrase cannot be looked up token by token.
        hedges = frozenset(
            h.strip().lower() for h in extra_hedges if h.strip() and len(h.split()) == 1
        )
        return Lexicon(speech_verbs=SPEECH_VERBS | verbs, hedges=HEDGE_ADVERBS | hedges)

    def knows_only(self, lemma: str) -> bool:
        """A verb of knowing that is no speech verb ("learn", "believe"): it reports only with a
        clausal complement and a subject that can know."""
        return lemma in self.clausal_only_verbs and lemma not in self.speech_verbs

    @property
    def all_cue_verbs(self) -> frozenset[str]:
        return (
            self.speech_verbs
            | self.clausal_only_verbs
            | frozenset(PARTICLE_VERBS)
            | LABEL_VERBS
            | JUDGING_VERBS
            | TOPIC_VERBS
            | EVIDENCE_VERBS
            | RUMOUR_VERBS
            | VIEW_OBJECT_VERBS
        )
