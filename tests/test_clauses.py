"""Rule logic of clauses.py, subjects.py and cited_sources.py on hand-built Docs: independent of
the statistical model."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from attrib.extraction.cited_sources import according_to_object, cited_source
from attrib.extraction.clauses import content_range, label_range
from attrib.extraction.subjects import is_hedge_passive, speaker_tokens, subject_of

# (word, head index, dep, pos, lemma)
Row = tuple[str, int, str, str, str]


# A blank English vocab gives tokens their lexical attributes (lower_, is_punct) without a model.
VOCAB = English().vocab


def build(rows: list[Row]) -> Doc:
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
    )


SAID_THAT = [  # Smith said that taxes rise .
    ("Smith", 1, "nsubj", "PROPN", "Smith"),
    ("said", 1, "ROOT", "VERB", "say"),
    ("that", 4, "mark", "SCONJ", "that"),
    ("taxes", 4, "nsubj", "NOUN", "tax"),
    ("rise", 1, "ccomp", "VERB", "rise"),
    (".", 1, "punct", "PUNCT", "."),
]
INVERTED = [  # taxes rise , said Smith .
    ("taxes", 1, "nsubj", "NOUN", "tax"),
    ("rise", 3, "ccomp", "VERB", "rise"),
    (",", 3, "punct", "PUNCT", ","),
    ("said", 3, "ROOT", "VERB", "say"),
    ("Smith", 3, "nsubj", "PROPN", "Smith"),
    (".", 3, "punct", "PUNCT", "."),
]
PARATAXIS = [  # taxes , he suggested , rise .
    ("taxes", 5, "nsubj", "NOUN", "tax"),
    (",", 3, "punct", "PUNCT", ","),
    ("he", 3, "nsubj", "PRON", "he"),
    ("suggested", 5, "parataxis", "VERB", "suggest"),
    (",", 3, "punct", "PUNCT", ","),
    ("rise", 5, "ROOT", "VERB", "rise"),
    (".", 5, "punct", "PUNCT", "."),
]
NOTED = [  # He noted the silence .
    ("He", 1, "nsubj", "PRON", "he"),
    ("noted", 1, "ROOT", "VERB", "note"),
    ("the", 3, "det", "DET", "the"),
    ("silence", 1, "dobj", "NOUN", "silence"),
    (".", 1, "punct", "PUNCT", "."),
]
REPORT_CLAIMING = [  # a report claiming Trump intervened
    ("a", 1, "det", "DET", "a"),
    ("report", 1, "ROOT", "NOUN", "report"),
    ("claiming", 1, "acl", "VERB", "claim"),
    ("Trump", 4, "nsubj", "PROPN", "Trump"),
    ("intervened", 2, "ccomp", "VERB", "intervene"),
]
PASSIVE_AGENT = [  # it was said by Smith that taxes rise
    ("it", 2, "nsubjpass", "PRON", "it"),
    ("was", 2, "auxpass", "AUX", "be"),
    ("said", 2, "ROOT", "VERB", "say"),
    ("by", 2, "agent", "ADP", "by"),
    ("Smith", 3, "pobj", "PROPN", "Smith"),
    ("that", 7, "mark", "SCONJ", "that"),
    ("taxes", 7, "nsubj", "NOUN", "tax"),
    ("rise", 2, "ccomp", "VERB", "rise"),
]
HEDGE = [  # it is understood that taxes rise
    ("it", 2, "nsubjpass", "PRON", "it"),
    ("is", 2, "auxpass", "AUX", "be"),
    ("understood", 2, "ROOT", "VERB", "understand"),
    ("that", 5, "mark", "SCONJ", "that"),
    ("taxes", 5, "nsubj", "NOUN", "tax"),
    ("rise", 2, "ccomp", "VERB", "rise"),
]
SMILED_AND_SAID = [  # Smith smiled and said taxes rise
    ("Smith", 1, "nsubj", "PROPN", "Smith"),
    ("smiled", 1, "ROOT", "VERB", "smile"),
    ("and", 1, "cc", "CCONJ", "and"),
    ("said", 1, "conj", "VERB", "say"),
    ("taxes", 5, "nsubj", "NOUN", "tax"),
    ("rise", 3, "ccomp", "VERB", "rise"),
]
ACCORDING = [  # taxes rise , according to the Post .
    ("taxes", 1, "nsubj", "NOUN", "tax"),
    ("rise", 1, "ROOT", "VERB", "rise"),
    (",", 1, "punct", "PUNCT", ","),
    ("according", 1, "prep", "VERB", "accord"),
    ("to", 3, "prep", "ADP", "to"),
    ("the", 6, "det", "DET", "the"),
    ("Post", 4, "pobj", "PROPN", "Post"),
    (".", 1, "punct", "PUNCT", "."),
]
CITING = [  # citing CNN , officials left
    ("citing", 4, "advcl", "VERB", "cite"),
    ("CNN", 0, "dobj", "PROPN", "CNN"),
    (",", 4, "punct", "PUNCT", ","),
    ("officials", 4, "nsubj", "NOUN", "official"),
    ("left", 4, "ROOT", "VERB", "leave"),
]


def words(doc: Doc, rng: tuple[int, int] | None) -> str | None:
    return None if rng is None else doc[rng[0] : rng[1]].text


@pytest.mark.parametrize(
    ("rows", "cue", "content", "subject"),
    [
        (SAID_THAT, 1, "that taxes rise", "Smith"),
        (INVERTED, 3, "taxes rise", "Smith"),
        (PARATAXIS, 3, "taxes , he suggested , rise", "he"),
        (NOTED, 1, "the silence", "He"),
        (REPORT_CLAIMING, 2, "Trump intervened", "report"),
        (PASSIVE_AGENT, 2, "that taxes rise", "Smith"),
        (SMILED_AND_SAID, 3, "taxes rise", "Smith"),
    ],
)
def test_content_and_subject(rows: list[Row], cue: int, content: str, subject: str) -> None:
    doc = build(rows)
    assert words(doc, content_range(doc[cue])) == content
    found = subject_of(doc[cue])
    assert found is not None and found.text == subject


def test_agentless_passive_is_a_hedge() -> None:
    doc = build(HEDGE)
    assert is_hedge_passive(doc[2])
    assert subject_of(doc[2]) is None
    assert not is_hedge_passive(build(PASSIVE_AGENT)[2])


# Lee met reporters and called the attack by his son a crime: the parser's "agent" on an
# active, finite verb is an ordinary "by" phrase; the verb's speaker is the conjunct's subject.
CALLED_BY = [
    ("Lee", 1, "nsubj", "PROPN", "Lee", ""),
    ("met", 1, "ROOT", "VERB", "meet", "VBD"),
    ("reporters", 1, "dobj", "NOUN", "reporter", "NNS"),
    ("and", 1, "cc", "CCONJ", "and", "CC"),
    ("called", 1, "conj", "VERB", "call", "VBD"),
    ("the", 6, "det", "DET", "the", "DT"),
    ("attack", 4, "dobj", "NOUN", "attack", "NN"),
    ("by", 4, "agent", "ADP", "by", "IN"),
    ("his", 9, "poss", "PRON", "his", "PRP$"),
    ("son", 7, "pobj", "NOUN", "son", "NN"),
]


@pytest.mark.parametrize(
    ("tags", "subject"),
    [
        # As tagged: "called" is VBD, active: the agent is a misparse, Lee calls it.
        ([r[5] for r in CALLED_BY], "Lee"),
        # The same tree with "called" a participle ("... attack called by his son"): the agent.
        ([*(r[5] for r in CALLED_BY[:4]), "VBN", *(r[5] for r in CALLED_BY[5:])], "son"),
    ],
)
def test_an_agent_on_an_active_finite_verb_is_no_speaker(tags: list[str], subject: str) -> None:
    doc = Doc(
        VOCAB,
        words=[r[0] for r in CALLED_BY],
        heads=[r[1] for r in CALLED_BY],
        deps=[r[2] for r in CALLED_BY],
        pos=[r[3] for r in CALLED_BY],
        lemmas=[r[4] for r in CALLED_BY],
        tags=tags,
    )
    found = subject_of(doc[4])
    assert found is not None and found.text == subject


INVERTED_AS_OBJECT = [  # taxes rise , said another witness , Ann Lee
    ("taxes", 1, "nsubj", "NOUN", "tax"),
    ("rise", 3, "ccomp", "VERB", "rise"),
    (",", 3, "punct", "PUNCT", ","),
    ("said", 3, "ROOT", "VERB", "say"),
    ("another", 5, "det", "DET", "another"),
    ("witness", 3, "dobj", "NOUN", "witness"),
    (",", 5, "punct", "PUNCT", ","),
    ("Ann", 8, "compound", "PROPN", "Ann"),
    ("Lee", 5, "appos", "PROPN", "Lee"),
]
TOLD_THE_BOARD = [  # Ann Lee told the board taxes rise (a real object, not inverted)
    ("Ann", 1, "compound", "PROPN", "Ann"),
    ("Lee", 2, "nsubj", "PROPN", "Lee"),
    ("told", 2, "ROOT", "VERB", "tell"),
    ("the", 4, "det", "DET", "the"),
    ("board", 2, "dobj", "NOUN", "board"),
    ("taxes", 6, "nsubj", "NOUN", "tax"),
    ("rise", 2, "ccomp", "VERB", "rise"),
]


@pytest.mark.parametrize(
    ("rows", "cue", "subject"),
    [
        # The parser took the inverted subject for an object: the name apposed to it speaks.
        (INVERTED_AS_OBJECT, 3, "Lee"),
        (TOLD_THE_BOARD, 2, "Lee"),
    ],
)
def test_an_inverted_subject_parsed_as_object_speaks(
    rows: list[Row], cue: int, subject: str
) -> None:
    found = subject_of(build(rows)[cue])
    assert found is not None and found.text == subject


def test_according_to_object() -> None:
    doc = build(ACCORDING)
    found = according_to_object(doc[3])
    assert found is not None and found.text == "Post"


CITING_BESIDE_A_CUE = [  # Smith criticized the plan as waste , citing its cost
    ("Smith", 1, "nsubj", "PROPN", "Smith"),
    ("criticized", 1, "ROOT", "VERB", "criticize"),
    ("the", 3, "det", "DET", "the"),
    ("plan", 1, "dobj", "NOUN", "plan"),
    ("as", 1, "prep", "ADP", "as"),
    ("waste", 4, "pobj", "NOUN", "waste"),
    (",", 1, "punct", "PUNCT", ","),
    ("citing", 1, "advcl", "VERB", "cite"),
    ("its", 9, "poss", "PRON", "its"),
    ("cost", 7, "dobj", "NOUN", "cost"),
]
WHEN_CITED = [  # prices fell when Smith cited the report
    ("prices", 1, "nsubj", "NOUN", "price"),
    ("fell", 1, "ROOT", "VERB", "fall"),
    ("when", 4, "advmod", "SCONJ", "when"),
    ("Smith", 4, "nsubj", "PROPN", "Smith"),
    ("cited", 1, "advcl", "VERB", "cite"),
    ("the", 6, "det", "DET", "the"),
    ("report", 4, "dobj", "NOUN", "report"),
]


def test_cited_source() -> None:
    doc = build(CITING)
    found = cited_source(doc[0])
    assert found is not None and found.text == "CNN"
    assert cited_source(build(SAID_THAT)[1]) is None


def test_citing_is_no_source_beside_a_cue_or_with_a_subject() -> None:
    beside = build(CITING_BESIDE_A_CUE)
    assert cited_source(beside[7]) is None
    # The criticism ends at the comma: what is cited is a statement of its own, by Smith.
    assert words(beside, content_range(beside[1])) == "the plan as waste"
    assert words(beside, content_range(beside[7])) == "its cost"
    found = subject_of(beside[7])
    assert found is not None and found.text == "Smith"
    assert cited_source(build(WHEN_CITED)[4]) is None


EXPERT_WHO = [  # an expert who said taxes rise
    ("an", 1, "det", "DET", "an"),
    ("expert", 1, "ROOT", "NOUN", "expert"),
    ("who", 3, "nsubj", "PRON", "who"),
    ("said", 1, "relcl", "VERB", "say"),
    ("taxes", 5, "nsubj", "NOUN", "tax"),
    ("rise", 3, "ccomp", "VERB", "rise"),
]


def test_relative_pronoun_names_the_speaker() -> None:
    doc = build(EXPERT_WHO)
    subject, relative = speaker_tokens(doc[3])
    assert subject is not None and subject.text == "expert"
    assert relative is not None and relative.text == "who"
    assert speaker_tokens(build(SAID_THAT)[1])[1] is None


EMBEDDED_CCOMP = [  # his lawyer said he would not answer questions .
    ("his", 1, "poss", "PRON", "his"),
    ("lawyer", 2, "nsubj", "NOUN", "lawyer"),
    ("said", 2, "ROOT", "VERB", "say"),
    ("he", 6, "nsubj", "PRON", "he"),
    ("would", 6, "aux", "AUX", "would"),
    ("not", 6, "neg", "PART", "not"),
    ("answer", 2, "ccomp", "VERB", "answer"),
    ("questions", 6, "dobj", "NOUN", "question"),
    (".", 2, "punct", "PUNCT", "."),
]
INSERTED_CCOMP = [  # taxes will rise , he answered .  (misparsed: the cue as ccomp of the content)
    ("taxes", 2, "nsubj", "NOUN", "tax"),
    ("will", 2, "aux", "AUX", "will"),
    ("rise", 2, "ROOT", "VERB", "rise"),
    (",", 2, "punct", "PUNCT", ","),
    ("he", 5, "nsubj", "PRON", "he"),
    ("answered", 2, "ccomp", "VERB", "answer"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_embedded_clause_is_not_an_inserted_cue() -> None:
    # "answer" inside what the lawyer said reports nothing of its own: no content around it.
    assert content_range(build(EMBEDDED_CCOMP)[6]) is None


def test_cue_set_off_by_a_comma_reports_the_clause_around_it() -> None:
    doc = build(INSERTED_CCOMP)
    assert words(doc, content_range(doc[5])) == "taxes will rise"


CALLED_X_Y = [  # Smith called the plan a disaster .
    ("Smith", 1, "nsubj", "PROPN", "Smith"),
    ("called", 1, "ROOT", "VERB", "call"),
    ("the", 3, "det", "DET", "the"),
    ("plan", 1, "dobj", "NOUN", "plan"),
    ("a", 5, "det", "DET", "a"),
    ("disaster", 1, "oprd", "NOUN", "disaster"),
    (".", 1, "punct", "PUNCT", "."),
]
CALLED_FOR = [  # Smith called for a recount .
    ("Smith", 1, "nsubj", "PROPN", "Smith"),
    ("called", 1, "ROOT", "VERB", "call"),
    ("for", 1, "prep", "ADP", "for"),
    ("a", 4, "det", "DET", "a"),
    ("recount", 2, "pobj", "NOUN", "recount"),
    (".", 1, "punct", "PUNCT", "."),
]
CALLED_SOMEONE = [  # Smith called Jones .
    ("Smith", 1, "nsubj", "PROPN", "Smith"),
    ("called", 1, "ROOT", "VERB", "call"),
    ("Jones", 1, "dobj", "PROPN", "Jones"),
    (".", 1, "punct", "PUNCT", "."),
]
BLASTED_FOR = [  # Smith blasted Jones for lying .
    ("Smith", 1, "nsubj", "PROPN", "Smith"),
    ("blasted", 1, "ROOT", "VERB", "blast"),
    ("Jones", 1, "dobj", "PROPN", "Jones"),
    ("for", 1, "prep", "ADP", "for"),
    ("lying", 3, "pcomp", "VERB", "lie"),
    (".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (CALLED_X_Y, "the plan a disaster"),
        (CALLED_FOR, "a recount"),
        (CALLED_SOMEONE, None),
        (BLASTED_FOR, "Jones for lying"),
    ],
)
def test_label_range(rows: list[Row], expected: str | None) -> None:
    doc = build(rows)
    assert words(doc, label_range(doc[1])) == expected


THAT_AS_ADVCL = [  # Smith tweeted today that taxes rise  (misparsed: the clause as advcl)
    ("Smith", 1, "nsubj", "PROPN", "Smith"),
    ("tweeted", 1, "ROOT", "VERB", "tweet"),
    ("today", 1, "npadvmod", "NOUN", "today"),
    ("that", 5, "advmod", "PRON", "that"),
    ("taxes", 5, "nsubj", "NOUN", "tax"),
    ("rise", 1, "advcl", "VERB", "rise"),
]
ADVCL_WHEN = [  # Smith spoke when taxes rose
    ("Smith", 1, "nsubj", "PROPN", "Smith"),
    ("tweeted", 1, "ROOT", "VERB", "tweet"),
    ("when", 4, "advmod", "SCONJ", "when"),
    ("taxes", 4, "nsubj", "NOUN", "tax"),
    ("rose", 1, "advcl", "VERB", "rise"),
]


def test_that_clause_misparsed_as_adverbial_is_the_content() -> None:
    doc = build(THAT_AS_ADVCL)
    assert words(doc, content_range(doc[1])) == "that taxes rise"
    assert content_range(build(ADVCL_WHEN)[1]) is None


APPOSED_NAME = [  # Before the vote , Ann Lee , an adviser , called it a mistake .
    ("Before", 10, "prep", "ADP", "before"),
    ("the", 2, "det", "DET", "the"),
    ("vote", 10, "nsubj", "NOUN", "vote"),
    (",", 2, "punct", "PUNCT", ","),
    ("Ann", 5, "compound", "PROPN", "Ann"),
    ("Lee", 2, "appos", "PROPN", "Lee"),
    (",", 5, "punct", "PUNCT", ","),
    ("an", 8, "det", "DET", "an"),
    ("adviser", 5, "appos", "NOUN", "adviser"),
    (",", 5, "punct", "PUNCT", ","),
    ("called", 10, "ROOT", "VERB", "call"),
    ("it", 10, "dobj", "PRON", "it"),
    ("a", 13, "det", "DET", "a"),
    ("mistake", 10, "oprd", "NOUN", "mistake"),
    (".", 10, "punct", "PUNCT", "."),
]


def test_a_name_apposed_to_a_subject_that_cannot_speak_is_the_speaker() -> None:
    doc = build(APPOSED_NAME)
    assert speaker_tokens(doc[10]) == (doc[5], None)


def test_a_name_apposed_to_a_subject_that_can_speak_is_the_speaker_too() -> None:
    # "Before the adviser, Ann Lee, an adviser, called ...": the name is the fuller mention.
    rows = list(APPOSED_NAME)
    rows[2] = ("adviser", 10, "nsubj", "NOUN", "adviser")
    doc = build(rows)
    assert speaker_tokens(doc[10]) == (doc[5], None)


def test_a_pronoun_subject_keeps_its_apposition_as_description() -> None:
    rows = list(APPOSED_NAME)
    rows[1] = ("we", 2, "det", "DET", "we")
    rows[2] = ("we", 10, "nsubj", "PRON", "we")
    doc = build(rows)
    assert speaker_tokens(doc[10]) == (doc[2], None)


def test_a_name_running_up_to_the_verb_is_the_speaker() -> None:
    # To see the real Ann Lee , Judge Bo Park said , read this .
    rows: list[Row] = [
        ("To", 1, "aux", "PART", "to"),
        ("see", 10, "advcl", "VERB", "see"),
        ("the", 5, "det", "DET", "the"),
        ("real", 5, "amod", "ADJ", "real"),
        ("Ann", 5, "compound", "PROPN", "Ann"),
        ("Lee", 10, "nsubj", "PROPN", "Lee"),
        (",", 5, "punct", "PUNCT", ","),
        ("Judge", 9, "compound", "PROPN", "Judge"),
        ("Bo", 9, "compound", "PROPN", "Bo"),
        ("Park", 5, "appos", "PROPN", "Park"),
        ("said", 12, "parataxis", "VERB", "say"),
        (",", 10, "punct", "PUNCT", ","),
        ("read", 12, "ROOT", "VERB", "read"),
        ("this", 12, "dobj", "PRON", "this"),
        (".", 12, "punct", "PUNCT", "."),
    ]
    doc = build(rows)
    assert speaker_tokens(doc[10]) == (doc[9], None)


def test_a_participle_on_a_passive_verb_takes_its_subject() -> None:
    # After saying he was tired , Smith was taken home .
    rows: list[Row] = [
        ("After", 7, "prep", "ADP", "after"),
        ("saying", 0, "pcomp", "VERB", "say"),
        ("he", 3, "nsubj", "PRON", "he"),
        ("was", 1, "ccomp", "AUX", "be"),
        ("tired", 3, "acomp", "ADJ", "tired"),
        (",", 7, "punct", "PUNCT", ","),
        ("Smith", 7, "nsubjpass", "PROPN", "Smith"),
        ("taken", 7, "ROOT", "VERB", "take"),
        ("home", 7, "advmod", "ADV", "home"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    doc = build(rows)
    assert speaker_tokens(doc[1]) == (doc[6], None)
    # The passive verb itself still has no speaker (no by-agent).
    assert speaker_tokens(doc[7]) == (None, None)


AT_THE_TIME = [  # He claimed at the time that money was repaid .
    ("He", 1, "nsubj", "PRON", "he"),
    ("claimed", 1, "ROOT", "VERB", "claim"),
    ("at", 1, "prep", "ADP", "at"),
    ("the", 4, "det", "DET", "the"),
    ("time", 2, "pobj", "NOUN", "time"),
    ("that", 8, "advmod", "PRON", "that"),
    ("money", 8, "nsubjpass", "NOUN", "money"),
    ("was", 8, "auxpass", "AUX", "be"),
    ("repaid", 4, "relcl", "VERB", "repay"),
    (".", 1, "punct", "PUNCT", "."),
]
AT_A_RALLY = [  # He spoke at a rally that drew crowds .
    ("He", 1, "nsubj", "PRON", "he"),
    ("spoke", 1, "ROOT", "VERB", "speak"),
    ("at", 1, "prep", "ADP", "at"),
    ("a", 4, "det", "DET", "a"),
    ("rally", 2, "pobj", "NOUN", "rally"),
    ("that", 6, "nsubj", "PRON", "that"),
    ("drew", 4, "relcl", "VERB", "draw"),
    ("crowds", 6, "dobj", "NOUN", "crowd"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_that_clause_taken_for_a_relative_clause_after_a_phrase_is_the_content() -> None:
    doc = build(AT_THE_TIME)
    assert words(doc, content_range(doc[1])) == "that money was repaid"
    # A relative "that" stands for a part of its clause: no complement.
    assert content_range(build(AT_A_RALLY)[1]) is None


# (word, head, dep, pos, lemma) with a tag each: the gerund rule reads finiteness from tags.
SAYS_GERUND = [  # She says closing halls is wrong .
    ("She", 1, "nsubj", "PRON", "she", "PRP"),
    ("says", 1, "ROOT", "VERB", "say", "VBZ"),
    ("closing", 1, "xcomp", "VERB", "close", "VBG"),
    ("halls", 2, "dobj", "NOUN", "hall", "NNS"),
    ("is", 2, "conj", "AUX", "be", "VBZ"),
    ("wrong", 4, "acomp", "ADJ", "wrong", "JJ"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
KEPT_TALKING = [  # She continued talking while bands played .
    ("She", 1, "nsubj", "PRON", "she", "PRP"),
    ("continued", 1, "ROOT", "VERB", "continue", "VBD"),
    ("talking", 1, "xcomp", "VERB", "talk", "VBG"),
    ("while", 5, "mark", "SCONJ", "while", "IN"),
    ("bands", 5, "nsubj", "NOUN", "band", "NNS"),
    ("played", 2, "advcl", "VERB", "play", "VBD"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def build_tagged(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    doc = build([r[:5] for r in rows])
    for token, row in zip(doc, rows, strict=True):
        token.tag_ = row[5]
    return doc


def test_clause_with_a_gerund_subject_taken_for_a_complement_is_the_content() -> None:
    doc = build_tagged(SAYS_GERUND)
    assert words(doc, content_range(doc[1])) == "closing halls is wrong"
    # The finite verb is an adverbial clause of its own: the gerund reports nothing.
    assert content_range(build_tagged(KEPT_TALKING)[1]) is None


CALLED_APPOS = [  # Morgan called the decision on the case a landmark .
    ("Morgan", 1, "nsubj", "PROPN", "Morgan"),
    ("called", 1, "ROOT", "VERB", "call"),
    ("the", 3, "det", "DET", "the"),
    ("decision", 1, "dobj", "NOUN", "decision"),
    ("on", 3, "prep", "ADP", "on"),
    ("the", 6, "det", "DET", "the"),
    ("case", 4, "pobj", "NOUN", "case"),
    ("a", 8, "det", "DET", "a"),
    ("landmark", 6, "appos", "NOUN", "landmark"),
    (".", 1, "punct", "PUNCT", "."),
]
CALLED_COMMA = [  # He called the referee , a colleague , today .
    ("He", 1, "nsubj", "PRON", "he"),
    ("called", 1, "ROOT", "VERB", "call"),
    ("the", 3, "det", "DET", "the"),
    ("referee", 1, "dobj", "NOUN", "referee"),
    (",", 3, "punct", "PUNCT", ","),
    ("a", 6, "det", "DET", "a"),
    ("colleague", 3, "appos", "NOUN", "colleague"),
    (",", 3, "punct", "PUNCT", ","),
    ("today", 1, "npadvmod", "NOUN", "today"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_label_parsed_as_an_apposition_inside_the_object_is_a_label() -> None:
    doc = build(CALLED_APPOS)
    assert words(doc, label_range(doc[1])) == "the decision on the case a landmark"
    # Set off by commas it names whom he phoned.
    assert label_range(build(CALLED_COMMA)[1]) is None
