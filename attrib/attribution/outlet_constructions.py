"""Outlets the catalogue lacks, found by how the text names them, and "the newspaper" resolved to
the outlet named before it.

A news outlet the catalogue does not list is still an outlet where the text says so:

- a descriptor before the name: ``told the Danish newspaper Politiken``, ``the German weekly
  Die Zeit``, ``the news site Semafor``, ``the TV station KXYZ``;
- a descriptor after it: ``in an interview with Hello! magazine``, ``the Sun newspaper``;
- the shape of the name: a proper name ending in a masthead word (``The Springfield Tribune``,
  ``Lakeside Gazette``, ``Pittsburgh Post-Gazette``);
- a cue that only outlets take: ``first reported by Deadline``, ``documents obtained by Semafor``,
  ``via Politiken``, ``in an interview with Variety`` (the name is not a person, place or
  institution).

A name found this way counts at its later mentions in the document too (``Politiken also
reported``). ``the newspaper``, ``the paper``, ``the magazine``, ``the network``,
``the broadcaster``, ``the outlet``, ``the news agency`` ... with no name after them are the most
recent outlet of that kind named before (``the network`` never resolves to a newspaper).

Examples::

    He told the Danish newspaper Politiken that ...     -> Politiken (newspaper)
    She said in an interview with Hello! magazine ...    -> Hello! (magazine)
    The memo, first reported by Deadline, says ...       -> Deadline
    ... told Reuters. The agency said ...                -> "the agency" is not resolved (too
                                                            often a government agency)
    The Tribune reported ... the newspaper said          -> the newspaper = The Tribune
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from attrib.attribution.gender import is_known_first_name
from attrib.attribution.outlets import OutletCatalog

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

# Descriptor nouns (lemma, lowercase) -> the outlet type they name.
DESCRIPTORS: dict[str, str] = {
    "newspaper": "newspaper", "paper": "newspaper", "daily": "newspaper", "tabloid": "newspaper",
    "broadsheet": "newspaper", "weekly": "magazine", "magazine": "magazine",
    "broadcaster": "broadcaster", "network": "broadcaster", "channel": "broadcaster",
    "station": "broadcaster", "outlet": "any", "agency": "wire", "service": "wire",
    "site": "digital", "website": "digital",
}  # fmt: skip
# Descriptors that name an outlet only with a word before them ("news agency", "news site",
# "TV station"); bare "the agency", "the site", "the station" are too often something else.
NEEDS_QUALIFIER = frozenset({"agency", "service", "site", "website", "station", "channel"})
QUALIFIERS = frozenset({"news", "press", "wire", "tv", "television", "radio", "cable"})
# A qualifier that makes the descriptor something other than news ("social network").
NOT_NEWS = frozenset({"social", "dating", "shopping", "travel", "video", "gaming", "rail"})
# Masthead words that end a newspaper's or magazine's own name. Words that end as many other
# names are left out: Star (Gold Star), Sun, Globe (Golden Globe), Express (American Express),
# Mirror (Black Mirror), Examiner (Medical Examiner), Register (Federal Register), Press,
# Standard, Today, Independent, Guardian.
MASTHEADS = frozenset(
    {
        "Times", "Post", "News", "Journal", "Herald", "Tribune", "Gazette", "Telegraph",
        "Chronicle", "Courier", "Bulletin", "Dispatch", "Inquirer", "Observer", "Magazine",
        "Post-Gazette", "Times-Picayune", "Weekly", "Mail",
    }
)  # fmt: skip
# Words of scholarly journals' names: a journal that publishes research is not a news outlet
# ("British Medical Journal", "Astrophysical Journal").
SCHOLARLY = frozenset(
    {"Medical", "Medicine", "Science", "Sciences", "Scientific", "Clinical", "Research", "Law",
     "Physical", "Astrophysical", "Chemical", "Economic", "Studies", "Academy"}
)  # fmt: skip
# Masthead words of magazines, and of any kind of outlet; the others are newspapers'.
_MASTHEAD_TYPES = {"Magazine": "magazine", "Weekly": "magazine", "News": "any"}
# First words that make "X News"/"X Times" a phrase rather than a masthead ("Fake News").
GENERIC_FIRST = frozenset(
    {"Fake", "Breaking", "Good", "Bad", "Big", "Latest", "Top", "Local", "World", "The", "Old",
     "End", "Hard", "These", "Those", "Our", "Your", "My", "Modern", "Happy", "Sports"}
)  # fmt: skip
# Cues (lowercased token sequences before the name) that only outlets take.
OUTLET_CUES: tuple[tuple[str, ...], ...] = (
    ("first", "reported", "by"),
    ("originally", "reported", "by"),
    ("as", "reported", "by"),
    ("obtained", "by"),
    ("interview", "with"),
    ("via",),
)
# Entity labels a name after such a cue must not have.
NOT_OUTLET_ENTS = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC", "DATE", "EVENT"})
# Last words of institutions, never outlets ("obtained by the Justice Department").
INSTITUTIONS = frozenset(
    {
        "Department", "Ministry", "Police", "Committee", "Congress", "Senate", "House",
        "Parliament", "Court", "Council", "Commission", "Agency", "Bureau", "Office",
        "University", "Institute", "Party", "Government", "Administration", "Campaign",
        "Foundation", "Association", "Board", "Service", "Services", "Authority",
    }
)  # fmt: skip


# Capitalised words that end a name run without being part of it (also used by
# outlet_mentions: "told Reuters Monday").
DATE_WORDS = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    }
)  # fmt: skip
# Outlet types a descriptor may refer back to ("the weekly" may be a magazine or a newspaper).
_COMPATIBLE = {
    "newspaper": {"newspaper"},
    "magazine": {"magazine", "newspaper"},
    "broadcaster": {"broadcaster"},
    "wire": {"wire"},
    "digital": {"digital"},
}
_MAX_NAME = 6  # tokens in a constructed name

_MATCHERS: dict[int, Matcher] = {}


def _matcher(vocab: Vocab) -> Matcher:
    from spacy.matcher import Matcher

    cached = _MATCHERS.get(id(vocab))
    if cached is None:
        cached = Matcher(vocab)
        descriptors = {"LOWER": {"IN": sorted(DESCRIPTORS)}}
        capital = {"TEXT": {"REGEX": r"^[A-Z]"}}
        cached.add("before", [[descriptors, capital]])
        cached.add("after", [[capital, {"ORTH": "!", "OP": "?"},
                              {"LOWER": {"IN": ["magazine", "newspaper"]}}]])  # fmt: skip
        cached.add("masthead", [[capital, {"ORTH": {"IN": sorted(MASTHEADS)}}]])
        cached.add("cue", [[*({"LOWER": w} for w in cue), capital] for cue in OUTLET_CUES])
        cached.add(
            "anaphor",
            [[{"LOWER": "the"}, {"LOWER": {"IN": sorted(QUALIFIERS)}, "OP": "?"}, descriptors]],
        )
        _MATCHERS[id(vocab)] = cached
    return cached


def _run_right(doc: Doc, start: int) -> int:
    """End of the capitalised run from ``start`` ("Die Zeit", "Hello!", not "'s")."""
    end = start
    while end < len(doc) and end - start < _MAX_NAME:
        text = doc[end].text
        capital = text[:1].isupper() and text not in DATE_WORDS
        if not (capital or (text == "!" and end > start)):
            break
        end += 1
    return end


def _run_left(doc: Doc, end: int, proper: bool) -> int:
    """Start of the capitalised run that ends at ``end`` (PROPN tokens only if ``proper``)."""
    start = end
    while start > 0 and end - start < _MAX_NAME:
        token = doc[start - 1]
        capital = token.text[:1].isupper() and (not proper or token.pos_ == "PROPN")
        if capital or (token.text == "!" and start == end):
            start -= 1
        elif token.text == "The" and start < end:
            start -= 1
            break
        else:
            break
    return start


def _qualified(doc: Doc, descriptor: int) -> bool:
    """Whether the descriptor at ``descriptor`` names a news outlet in its context."""
    before = doc[descriptor - 1].lower_ if descriptor > 0 else ""
    if before in NOT_NEWS:
        return False
    return doc[descriptor].lower_ not in NEEDS_QUALIFIER or before in QUALIFIERS


def _not_outlet_name(span: Span) -> bool:
    """A person, place or institution rather than an outlet's name."""
    if any(token.ent_type_ in NOT_OUTLET_ENTS for token in span):
        return True
    return span[-1].text in INSTITUTIONS or is_known_first_name(span[0].text)


def _name(span: Span, catalog: OutletCatalog) -> str:
    """The catalogue's name for the span, else the span without a leading "The" (so that
    "The Springfield Tribune" and "the Springfield Tribune" are one outlet)."""
    entry = catalog.lookup(span.text)
    if entry is not None:
        return entry.name
    return span.text[4:] if span.text.startswith("The ") else span.text


class Constructions:
    """Outlets one Doc names by construction, and its descriptor references resolved."""

    def __init__(self, doc: Doc, catalog: OutletCatalog) -> None:
        self.doc = doc
        self.catalog = catalog
        self.found: list[tuple[int, int, str, str]] = []  # token start, end, name, type
        self.anaphors: list[tuple[int, int, str]] = []  # token start, end, type
        for match_id, start, end in _matcher(doc.vocab)(doc):
            label = doc.vocab.strings[match_id]
            getattr(self, f"_{label}")(start, end)

    def _add(self, span: Span, kind: str) -> None:
        if len(span) and span.text not in ("The", "A"):
            self.found.append((span.start, span.end, _name(span, self.catalog), kind))

    def _before(self, start: int, end: int) -> None:
        # "the Danish newspaper Politiken": the descriptor names what follows it.
        if not _qualified(self.doc, start):
            return
        name = self.doc[start + 1 : _run_right(self.doc, start + 1)]
        if not len(name):
            return
        root = name.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "relcl":
            return  # "the paper Smith wrote"
        person = any(t.ent_type_ == "PERSON" for t in name) or is_known_first_name(name[0].text)
        if person and self.catalog.lookup(name.text) is None:
            return  # "the network President Vladimir Putin built": a person, not the name
        self._add(name, DESCRIPTORS[self.doc[start].lower_])

    def _after(self, start: int, end: int) -> None:
        # "Hello! magazine": a lower-case descriptor after the name.
        doc = self.doc
        descriptor = doc[end - 1]
        if not descriptor.is_lower or (end < len(doc) and doc[end].text[:1].isupper()):
            return  # "the Danish newspaper Politiken": see _before
        first = _run_left(doc, end - 1, proper=False)
        name = doc[first : end - 1]
        if len(name) and not any(t.ent_type_ in ("NORP", "GPE") for t in name):
            self._add(name, DESCRIPTORS[descriptor.lower_])

    def _masthead(self, start: int, end: int) -> None:
        # "The Springfield Tribune": a proper name ending in a masthead word.
        doc = self.doc
        if end < len(doc) and doc[end].text[:1].isupper():
            return  # "Post Office", "Times Square": the masthead word is not last
        first = _run_left(doc, end - 1, proper=True)
        words = [t for t in doc[first : end - 1] if t.text != "The"]
        if not words or words[0].text in GENERIC_FIRST:
            return
        if any(t.text in SCHOLARLY for t in words):
            return  # "British Medical Journal"
        if any(t.ent_type_ == "PERSON" for t in doc[first:end]) or is_known_first_name(
            words[0].text
        ):
            return  # "Emily Post"
        self._add(doc[first:end], _MASTHEAD_TYPES.get(doc[end - 1].text, "newspaper"))

    def _cue(self, start: int, end: int) -> None:
        # "first reported by Deadline", "via Politiken": cues that only outlets take.
        name = self.doc[end - 1 : _run_right(self.doc, end - 1)]
        if not _not_outlet_name(name):
            self._add(name, "any")

    def _anaphor(self, start: int, end: int) -> None:
        doc = self.doc
        if end < len(doc) and doc[end].text[:1].isupper():
            return  # "the newspaper Politiken" names an outlet: see _before
        if not _qualified(doc, end - 1):
            return
        self.anaphors.append((start, end, DESCRIPTORS[doc[end - 1].lower_]))


def construct(
    doc: Doc,
    catalog: OutletCatalog,
    earlier: Mapping[str, str],
    before: Callable[[int], Sequence[tuple[str, str]]],
) -> tuple[list[tuple[int, int, str]], dict[str, str]]:
    """Outlet mentions (character offsets and name) that ``doc`` makes by construction, by
    repeating a name found so (``earlier``: name -> type, from earlier chunks too) and by a
    descriptor reference; and the names this Doc newly found, with their types.

    ``before(char)`` gives the outlets named before a character offset, most recent first, as
    (name, type) pairs, for "the newspaper".
    """
    found = Constructions(doc, catalog)
    names = dict(earlier)
    mentions: list[tuple[int, int, str]] = []
    for start, end, name, kind in found.found:
        names.setdefault(name, kind)
        mentions.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), name))
    mentions.extend(_repeats(doc, names, mentions))
    new = {name: kind for name, kind in names.items() if name not in earlier}
    for start, end, kind in found.anaphors:
        char = doc[start].idx
        recent = [m for m in mentions if m[1] <= char]
        candidates = [(m[2], names.get(m[2], "any")) for m in reversed(recent)]
        for name, outlet_type in [*candidates, *before(char)]:
            if kind == "any" or outlet_type in _COMPATIBLE[kind] or outlet_type == "any":
                mentions.append((char, doc[end - 1].idx + len(doc[end - 1]), name))
                break
    return mentions, new


def _repeats(
    doc: Doc, names: Mapping[str, str], found: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Later bare mentions of names found by construction ("Politiken also reported")."""
    taken = {(start, end) for start, end, _ in found}
    repeats = []
    text = doc.text
    for name in names:
        bare = name[4:] if name.startswith("The ") else name
        position = text.find(bare)
        while position != -1:
            span = doc.char_span(position, position + len(bare))
            if span is not None and (position, position + len(bare)) not in taken:
                repeats.append((position, position + len(bare), name))
            position = text.find(bare, position + len(bare))
    return repeats
