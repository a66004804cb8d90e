"""Name merging (rapidfuzz) and pronoun resolution: pure logic, no model."""

from __future__ import annotations

import pytest

from attrib.attribution.names import NameRegistry
from attrib.attribution.pronouns import Candidate, known_genders, resolve


@pytest.fixture
def registry() -> NameRegistry:
    r = NameRegistry()
    r.add("Beni Sabti", "person", "Iran expert", "m", 10)
    r.add("David Barnea", "person", "Mossad Director", "m", 20)
    r.add("Yossi Cohen", "person", None, "m", 30)
    r.add("Eli Cohen", "person", None, "m", 40)
    return r


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Sabti", "Beni Sabti"),
        ("sabti", "Beni Sabti"),
        ("Barnea", "David Barnea"),
        ("Beni Sabti", "Beni Sabti"),
        # Two people share the surname: the most recently named one.
        ("Cohen", "Eli Cohen"),
        # A different spelling is not merged: the name-mismatch rule reports it instead.
        ("Sabty", None),
        ("Witkoff", None),
    ],
)
def test_resolve_partial_names(registry: NameRegistry, mention: str, expected: str | None) -> None:
    found = registry.resolve(mention)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        # Both named before the mention: the one named last.
        (50, "Eli Cohen"),
        # Only Yossi Cohen was named before: a name introduced later in the chunk is not meant.
        (35, "Yossi Cohen"),
        # Neither named before (a surname before its full name): the most recent as before.
        (5, "Eli Cohen"),
    ],
)
def test_resolve_prefers_names_introduced_before_the_mention(
    registry: NameRegistry, at: int, expected: str
) -> None:
    found = registry.resolve("Cohen", at)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    ("salient", "spoke", "expected"),
    [
        # One named as a subject, the other in passing ("his son, Omar Haddad"): the subject.
        ({"Rahim Haddad"}, set(), "Rahim Haddad"),
        ({"Omar Haddad"}, set(), "Omar Haddad"),
        # Neither salient: the one named last.
        (set(), set(), "Omar Haddad"),
        # Having spoken counts more than having been a subject.
        ({"Omar Haddad"}, {"Rahim Haddad"}, "Rahim Haddad"),
    ],
)
def test_resolve_prefers_who_spoke_then_who_was_a_subject(
    salient: set[str], spoke: set[str], expected: str
) -> None:
    r = NameRegistry()
    for position, name in enumerate(("Rahim Haddad", "Omar Haddad")):
        r.add(name, "person", None, "m", position, salient=name in salient, spoke=name in spoke)
    found = r.resolve("Haddad", 10)
    assert found is not None and found.name == expected


def test_add_keeps_first_description_and_learns_gender() -> None:
    r = NameRegistry()
    r.add("Ron Dermer", "person", "Strategic Affairs Minister", None, 1)
    r.add("Ron Dermer", "person", "a close Netanyahu confidant", None, 5)
    r.set_gender("Ron Dermer", "m")
    entity = r.get("Ron Dermer")
    assert entity is not None
    assert entity.description == "Strategic Affairs Minister"
    assert entity.gender == "m"
    assert entity.position == 5


def cand(
    name: str,
    kind: str,
    position: int,
    *,
    gender: str | None = None,
    plural: bool = False,
    paragraph: int = 0,
    speaker: bool = True,
) -> Candidate:
    return Candidate(name, kind, gender, plural, position, paragraph, speaker)


@pytest.mark.parametrize(
    ("pronoun", "candidates", "expected"),
    [
        ("he", [cand("Beni Sabti", "person", 5, gender="m")], "Beni Sabti"),
        ("he", [cand("Jane Roe", "person", 5, gender="f")], None),
        (
            "she",
            [cand("Jane Roe", "person", 5, gender="f"), cand("Beni Sabti", "person", 8)],
            "Jane Roe",
        ),
        # The nearest compatible earlier speaker wins.
        ("he", [cand("A B", "person", 1), cand("C D", "person", 7)], "C D"),
        # A speaker within two paragraphs beats a person merely mentioned since.
        (
            "he",
            [
                cand("Beni Sabti", "person", 5, paragraph=1),
                cand("Trump", "person", 8, paragraph=1, speaker=False),
            ],
            "Beni Sabti",
        ),
        (
            "they",
            [cand("officials", "anonymous", 3, plural=True), cand("A B", "person", 6)],
            "officials",
        ),
        ("it", [cand("The Pentagon", "organization", 3), cand("A B", "person", 6)], "The Pentagon"),
        ("it", [cand("the report", "document", 3)], "the report"),
        # The speaker of the pronoun's own paragraph goes on speaking, though another's gender
        # is known to agree and this one's is not ("Zippy Duvall ... said ... He urged ...").
        (
            "he",
            [
                cand("Phil Marsh", "person", 3, gender="m", paragraph=1),
                cand("Zippy Duvall", "person", 8, paragraph=2),
            ],
            "Zippy Duvall",
        ),
        # From an earlier paragraph, the one known to agree wins as before.
        (
            "he",
            [
                cand("Phil Marsh", "person", 3, gender="m", paragraph=1),
                cand("Zippy Duvall", "person", 8, paragraph=1),
            ],
            "Phil Marsh",
        ),
        # Nothing after the pronoun counts.
        ("he", [cand("Beni Sabti", "person", 50)], None),
        # A name's gender shown once holds for its later mentions: the nearest mention of
        # Jo Reyes (gender not shown there) is no "he".
        (
            "he",
            [
                cand("Jo Reyes", "person", 2, gender="f"),
                cand("Sam Blake", "person", 5, speaker=False),
                cand("Jo Reyes", "person", 8, speaker=False),
            ],
            "Sam Blake",
        ),
        (
            "she",
            [
                cand("Jo Reyes", "person", 2, gender="f"),
                cand("Sam Blake", "person", 5, speaker=False),
                cand("Jo Reyes", "person", 8, speaker=False),
            ],
            "Jo Reyes",
        ),
    ],
)
def test_pronoun_resolution(
    pronoun: str, candidates: list[Candidate], expected: str | None
) -> None:
    found = resolve(pronoun, 10, 2, candidates, known_genders(candidates))
    assert (found.name if found else None) == expected
