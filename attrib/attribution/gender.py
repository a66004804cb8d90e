"""Grammatical gender cues for people named in news: first names, honorifics and gendered titles.

Used to link "she" or "he" to a speaker. Gender here is only what the text signals; a name
that is common for both genders ("Jordan", "Andrea", "Harpreet") answers None, as does an
unknown one. The name list is ``attrib/data/first_names.tsv`` (``name<TAB>m|f|u``), read by
`attrib.packaged`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Literal

from attrib.packaged import first_names

Gender = Literal["m", "f"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Forms of address written before a name, as they appear in text (compare token text as is);
# Indian English ones too ("Shri Nitin Gadkari", "Smt Nirmala Sitharaman"), but not "Sri",
# which opens "Sri Lanka".
MALE_HONORIFICS: frozenset[str] = frozenset(
    {
        "Mr.", "Mr", "Mister", "Messrs.", "Messrs", "Sir", "Lord", "Monsieur", "Herr", "Señor",
        "Senor", "Signor", "Sheikh", "Sheik", "Shaikh", "Father", "Fr.", "Brother", "Br.",
        "Shri", "Shree", "Thiru",
    }
)  # fmt: skip
FEMALE_HONORIFICS: frozenset[str] = frozenset(
    {
        "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dame", "Lady", "Madam", "Madame", "Mme.", "Mme",
        "Mlle.", "Mlle", "Mademoiselle", "Señora", "Senora", "Señorita", "Senorita", "Sra.",
        "Srta.", "Frau", "Signora", "Sister", "Baroness", "Smt", "Smt.", "Shrimati", "Srimati",
        "Kumari", "Sushri", "Thirumathi",
    }
)  # fmt: skip

# Police and military ranks as newsrooms abbreviate them before a name: with full stops in US
# copy ("Det. Sgt.", "Lt. Col.", "Pfc."), without in British copy ("Det Supt", "Wg Cdr"). The
# tokenizer keeps each stopped form one token (`attrib.nlp`): split, its full stop ended a
# sentence before the name and the parser lost the name ("Pfc. Obi Nwosu" was "Pfc").
RANK_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "Det.", "Insp.", "Supt.", "Sgt.", "Col.", "Lt.", "Brig.", "Cpl.", "Capt.", "Maj.",
        "Cmdr.", "Cdr.", "Comdr.", "Pte.", "Pvt.", "Spc.", "Pfc.", "Const.", "Sqn.", "Ldr.",
        "Wg.", "Flt.", "Lieut.", "Cmdt.", "Adm.", "Gen.", "Cllr.", "Fr.", "Msgr.",
    }
)  # fmt: skip
# The same ranks written without a stop, and police ranks written as initials (Detective Chief
# Inspector, Detective Superintendent, Police Community Support Officer): always titles before
# a name.
_UNSTOPPED_RANKS = frozenset(r.lower().rstrip(".") for r in RANK_ABBREVIATIONS) | _words(
    "dci dsu dcs pcso wpc sgt-maj"
)
# Initials that are a police rank before a person ("PC Tom Hart", "DS Carter", "ACC Paula
# Grieve") but open the names of other things as often ("DC United", "PC World", "ACC Network"):
# titles only before what is otherwise known to be a person's name (`proper_names`).
AMBIGUOUS_RANKS: frozenset[str] = frozenset({"PC", "DC", "DS", "DI", "ACC", "DCC"})

# Lowercased words that mark a person when they come right before a proper name in news
# ("Sen. Warren", "Prime Minister Netanyahu", "spokeswoman Jen Psaki"). Single tokens, so a
# token-level check works; parts of compound titles ("prime", "vice", "attorney") are included.
PERSON_TITLES: frozenset[str] = _words(
    """
    president president-elect vice prime premier chancellor minister secretary undersecretary
    deputy assistant acting senator sen. sens. representative rep. reps. congressman congresswoman
    congressmember delegate del. assemblyman assemblywoman assemblymember legislator lawmaker
    governor gov. lt. lieutenant mayor councilman councilwoman councilmember councillor councilor
    alderman alderwoman commissioner comptroller treasurer auditor attorney solicitor prosecutor
    counsel lawyer judge justice magistrate sheriff marshal inspector superintendent supt.
    constable recorder coroner barrister
    detective det. officer sergeant sgt. corporal cpl. pvt. captain capt. maj.
    colonel col. general gen. brigadier brig. admiral adm. commander cmdr. cdr. commodore
    ambassador envoy diplomat consul emissary director chief chairman chairwoman chair chairperson
    ceo cfo coo cto founder co-founder cofounder executive manager partner principal
    spokesman spokeswoman spokesperson speaker leader whip candidate nominee challenger
    incumbent adviser advisor aide strategist pollster consultant analyst expert economist
    researcher scientist professor prof. dr. doctor lecturer historian dean provost rector
    author writer journalist reporter correspondent columnist editor anchor host commentator
    activist campaigner organizer organiser king queen prince princess emperor empress duke
    duchess earl baron baroness countess sultan emir sheikh crown ayatollah imam cleric
    rabbi pastor reverend rev. bishop archbishop cardinal pope monsignor msgr. father sister
    brother mr. mrs. ms. mx. sir dame lord lady
    """
)
PERSON_TITLES |= _UNSTOPPED_RANKS

# Lowercased titles and role nouns that tell the gender of the person they name.
MALE_TITLES: frozenset[str] = _words(
    """
    mr. mr mister sir lord king prince emperor duke earl baron count marquess viscount sultan
    emir sheikh sheik ayatollah pope cardinal monsignor msgr. friar monk brother
    congressman assemblyman councilman alderman chairman spokesman businessman anchorman
    cameraman policeman fireman statesman sportsman serviceman committeeman selectman
    husband son father grandfather grandson uncle nephew boyfriend fiancé widower
    """
)
FEMALE_TITLES: frozenset[str] = _words(
    """
    mrs. mrs ms. ms miss madam madame dame lady queen princess empress duchess countess baroness
    marchioness viscountess sultana nun abbess sister congresswoman assemblywoman councilwoman
    alderwoman chairwoman spokeswoman businesswoman anchorwoman camerawoman policewoman
    firewoman stateswoman sportswoman servicewoman committeewoman selectwoman actress
    waitress hostess heiress wife daughter mother grandmother granddaughter aunt niece
    girlfriend fiancée widow
    """
)


def _key(name: str) -> str:
    """Casefolded, accents removed: "José" and "Jose" are one name."""
    decomposed = unicodedata.normalize("NFKD", name.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """First name key -> "m", "f" or "u", from the packaged list (`attrib.packaged`)."""
    return {_key(name): gender for name, gender in first_names()}


def first_name_gender(name: str) -> Gender | None:
    """The gender a known first name signals, "m" or "f" (any case, accents optional).

    None for a unisex or unknown name.

    >>> first_name_gender("Hillary"), first_name_gender("jose"), first_name_gender("Jordan")
    ('f', 'm', None)
    """
    gender = _names().get(_key(name))
    if gender == "m":
        return "m"
    if gender == "f":
        return "f"
    return None


def is_known_first_name(name: str) -> bool:
    """Whether ``name`` is in the first-name list, whatever its gender (unisex included)."""
    return _key(name) in _names()
