"""One name per person: short and partial mentions merge with the full name.

"Sabti" and "Mr. Sabti" become "Beni Sabti" once the article has named him in full; "Barnea"
becomes "David Barnea". Matching uses rapidfuzz's token-set ratio (a mention whose words are all
words of a full name scores 100), so it tolerates case and punctuation but never merges two
different surnames; spelling variants are left for the name-mismatch rule to report.

Examples::

    >>> r = NameRegistry(); r.add("Beni Sabti", "person", "Iran expert", None, 0)
    >>> r.resolve("Sabti").name
    'Beni Sabti'
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process, utils

from attrib.model import SpeakerKind


@dataclass(frozen=True)
class Entity:
    """A named speaker or person as the article has introduced them so far."""

    name: str
    kind: SpeakerKind
    description: str | None
    gender: str | None
    position: int
    # Whether the article has quoted or reported them (not only named them).
    spoke: bool = False
    # Where the article first names them (``position`` is the latest mention).
    first: int = -1
    # Whether the article has named them as a clause's subject: the person it is about, not a
    # relative or a colleague named in passing ("his son, Omar Mateen").
    salient: bool = False


class NameRegistry:
    """Full names seen so far in one document, most recent last."""

    def __init__(self) -> None:
        self._entities: dict[str, Entity] = {}
        # Lower-cased word -> full names holding it: a partial name is compared only with the
        # full names that share its words, never with every name seen.
        self._by_word: dict[str, set[str]] = {}

    def add(
        self,
        name: str,
        kind: SpeakerKind,
        description: str | None,
        gender: str | None,
        position: int,
        *,
        spoke: bool = False,
        salient: bool = False,
    ) -> Entity:
        """Record (or refresh) a name; keeps the first description and any known gender."""
        old = self._entities.get(name)
        if old is not None:
            entity = replace(
                old,
                kind=old.kind if old.kind != "unknown" else kind,
                description=old.description or description,
                gender=old.gender or gender,
                position=max(old.position, position),
                spoke=old.spoke or spoke,
                first=min(old.first, position),
                salient=old.salient or salient,
            )
        else:
            entity = Entity(name, kind, description, gender, position, spoke, position, salient)
            if " " in name:
                for word in utils.default_process(name).split():
                    self._by_word.setdefault(word, set()).add(name)
        self._entities[name] = entity
        return entity

    def set_gender(self, name: str, gender: str) -> None:
        entity = self._entities.get(name)
        if entity is not None and entity.gender is None:
            self._entities[name] = replace(entity, gender=gender)

    def get(self, name: str) -> Entity | None:
        return self._entities.get(name)

    def resolve(self, name: str, at: int | None = None) -> Entity | None:
        """The full-named entity a (possibly partial) name refers to, or None.

        ``at`` is where the name stands: of the full names it may stand for, those the article
        has introduced before it come first. A chunk's names are all known before its
        statements are attributed, and "Mateen ... called the attack by his son, Omar Mateen,
        ..." means the Mateen named earlier, not the son named after.
        """
        exact = self._entities.get(name)
        words = utils.default_process(name).split()
        if not words:
            return exact
        full = sorted(self._by_word.get(words[-1], set()) - {name})
        if exact is not None and " " in name:
            # A full name is itself, unless a longer one ends the same way ("Van Der Beek" is
            # "James Van Der Beek"; "Donald Trump" is not "Donald Trump Jr.").
            full = [
                f
                for f in full
                if len(f.split()) > len(words)
                and utils.default_process(f).split()[-len(words) :] == words
            ]
            if not full:
                return exact
        if full:
            matches = process.extract(
                name,
                full,
                scorer=fuzz.token_set_ratio,
                processor=utils.default_process,
                score_cutoff=100,
                limit=None,
            )
            if matches:
                # Of two people with one surname, one named before this mention is meant; then
                # the one the article has quoted, then the one it named as a subject, not the
                # one it named last ("Mateen" the father who speaks, not his son).
                entities = [self._entities[m[0]] for m in matches]
                return max(
                    entities,
                    key=lambda e: (at is None or e.first < at, e.spoke, e.salient, e.position),
                )
        return exact

    def named_by_description(self) -> dict[str, Entity]:
        """People whose description names them alone, keyed by that description folded to
        lower case ("china's ambassador to britain" -> Liu Xiaming); a description two people
        share is left out."""
        found: dict[str, Entity] = {}
        shared: set[str] = set()
        for entity in self._entities.values():
            if entity.kind != "person" or not entity.description:
                continue
            key = fold(entity.description)
            if len(key.split()) < 2:
                continue  # "President", "Mayor": a title many share
            if key in found:
                shared.add(key)
            found[key] = entity
        return {k: v for k, v in found.items() if k not in shared}


def fold(text: str) -> str:
    """Case-folded words with typographic apostrophes made straight, for comparing phrases."""
    return " ".join(text.replace("’", "'").casefold().split())
