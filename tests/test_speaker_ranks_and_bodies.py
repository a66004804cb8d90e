"""Police and military ranks before a name, and clubs and countries that speak, on sentences
written for them (crime and court copy, match reports, wire copy)."""

from __future__ import annotations

import pytest

from attrib.api import analyze
from tests.test_speaker_names import last_speaker

# Every test here runs the real model: load it once for the session.
pytestmark = pytest.mark.usefixtures("nlp")


# A rank abbreviated before a name is a title: the name starts after it and the rank describes
# the person. US copy stops the abbreviation ("Det. Sgt."), British copy does not ("Det Supt").
RANKS = [
    (
        "Det. Sgt. Obi Nwosu said a man had been charged with burglary.",
        ("Obi Nwosu", "person", "Det. Sgt."),
    ),
    (
        '"We saw the smoke first," said Pfc. Lena Ortiz.',
        ("Lena Ortiz", "person", "Pfc."),
    ),
    ("Cpl. Okafor said the patrol had come under fire.", ("Okafor", "person", "Cpl.")),
    ("Army Spc. Dana Whitlock said the convoy was hit.", ("Dana Whitlock", "person", "Army Spc.")),
    (
        "Det Supt Hollis said officers were keeping an open mind.",
        ("Hollis", "person", "Det Supt"),
    ),
    ("Insp Lomax said the road would stay closed.", ("Lomax", "person", "Insp")),
    ('DCI Ward said: "This was a brutal attack."', ("Ward", "person", "DCI")),
    (
        "Maj Gen Haddad said the troops would withdraw by June.",
        ("Haddad", "person", "Maj Gen"),
    ),
    # Court and police titles of British copy.
    (
        'Sentencing him, Recorder Paul Hale said: "You showed no remorse."',
        ("Paul Hale", "person", "Recorder"),
    ),
    (
        "Chief Constable Dara Quill said the force would review its policy.",
        ("Dara Quill", "person", "Chief Constable"),
    ),
    # Initials that open other names too are a rank only before a person's name.
    ("PC Rachel Dunn said the man was aggressive.", ("Rachel Dunn", "person", "PC")),
    (
        "Officers were led by PC Rachel Dunn.\n\nPC Dunn said the man had been aggressive.",
        ("Rachel Dunn", "person", "PC"),
    ),
    # Near-misses: a club and a company whose names open with the same initials.
    ("DC United said the stadium deal was done.", ("DC United", "organization", None)),
    ("DS Smith said its profits rose.", ("DS Smith", "person", None)),
]


@pytest.mark.parametrize(("text", "expected"), RANKS)
def test_a_rank_before_a_name_is_its_title(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert last_speaker(text) == expected


# A club speaks as an organisation, whatever the model tags it; so does a country the article
# uses as a place. Near-misses: a person with a club in their description, a person whose
# surname is the place, a name the article never uses as a place.
BODIES = [
    (
        "Leeds United said the ticket prices would be frozen.",
        ("Leeds United", "organization", None),
    ),
    (
        '"We wish him well," Tottenham Hotspur said in a statement.',
        ("Tottenham Hotspur", "organization", None),
    ),
    ("Blackburn Rovers said the player was injured.", ("Blackburn Rovers", "organization", None)),
    (
        "The team arrived in Sri Lanka on Monday.\n\n"
        "Sri Lanka said it would not take part in the talks.",
        ("Sri Lanka", "organization", None),
    ),
    (
        "Ryan Dale, the former Leeds United winger, said the club had lost its way.",
        ("Ryan Dale", "person", "the former Leeds United winger"),
    ),
    (
        "The talks were held in Jordan.\n\nMichael Jordan said he would attend.",
        ("Michael Jordan", "person", None),
    ),
    ("Tom Crystal said the deal was good.", ("Tom Crystal", "person", None)),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_clubs_and_countries_speak_as_bodies(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert last_speaker(text) == expected


# A body named by a common noun speaks as an organisation when the article named none before it
# for it to mean, and a following "it" or "they" is that body. Near-misses: several bodies
# ("banks") and a person's role stay as they were; a named company is still the one meant.
COMMON_BODIES = [
    (
        "The ministry said the figures were wrong. It added that a review was under way.",
        [("The ministry", "organization"), ("The ministry", "organization")],
    ),
    (
        "Police said a man had been arrested. They added that he was 34.",
        [("Police", "organization"), ("Police", "organization")],
    ),
    (
        "Crews were called at noon.\n\nThe fire service said the blaze had been put out.",
        [("The fire service", "organization")],
    ),
    (
        "Acme Holdings was fined in May. The company said it would appeal.",
        [("Acme Holdings", "organization")],
    ),
    ("Banks said they would cut rates.", [("Banks", "unknown")]),
    ("A team of researchers said the ice was thinning.", [("A team", "unknown")]),
    ("A team led by Ann Lee found that the ice was thinning.", [("A team", "unknown")]),
    ("The suspect said he needed to get dressed.", [("The suspect", "unknown")]),
]


@pytest.mark.parametrize(("text", "expected"), COMMON_BODIES)
def test_a_body_named_by_a_common_noun_is_an_organisation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(s.speaker.name, s.speaker.kind) for s in analyze(text).statements if s.speaker]
    assert found == expected


# The names of bodies run on through "of", "on" and "for" ("Department of Justice"); a noun for
# a body just before a name says it is one ("tech giant Corvane"); right after a role noun a
# short name is all name even when a first name comes late in it; titles and an apposition
# are two descriptions. Near-misses: a person "of" a body, a person after a role in a team, and
# a title that the phrase after the name goes on from.
BODY_NAMES = [
    (
        "The Department of Justice said the inquiry was closed.",
        ("Department of Justice", "organization", None),
    ),
    (
        "The National Institute on Drug Abuse said use had fallen.",
        ("National Institute on Drug Abuse", "organization", None),
    ),
    (
        "Ann Smith of the University of Leeds said the course would close.",
        ("Ann Smith", "person", "of the University of Leeds"),
    ),
    (
        "Tech giant Corvane said the keyboard had been redesigned.",
        ("Corvane", "organization", "Tech giant"),
    ),
    (
        "Team captain Lena Ortiz said the side had played well.",
        ("Lena Ortiz", "person", "Team captain"),
    ),
    (
        "Coalition spokesman Zeyad Omar Khalil said the talks would resume.",
        ("Zeyad Omar Khalil", "person", "Coalition spokesman"),
    ),
    # A press release says what a company is in an apposition; a person's job is no body.
    (
        "Brightwave, a leading provider of cloud software, today announced that Jane Doe has "
        "joined as chief financial officer.",
        ("Brightwave", "organization", "a leading provider of cloud software"),
    ),
    (
        "Lee, a partner at the firm, said the update was late.",
        ("Lee", "person", "a partner at the firm"),
    ),
    (
        "Capt. Ola Brandt, a spokeswoman for the navy, said the ship was safe.",
        ("Ola Brandt", "person", "Capt., a spokeswoman for the navy"),
    ),
    (
        "Judge Ola Brandt of the Crown Court said the case would go on.",
        ("Ola Brandt", "person", "Judge of the Crown Court"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_NAMES)
def test_names_of_bodies_and_descriptions(text: str, expected: tuple[str, str, str | None]) -> None:
    assert last_speaker(text) == expected


# A title after "one" or "a" that the tagger took for a name is an unnamed person, flagged as
# one. Near-misses: a title before a name, and a body noun before a name.
UNNAMED_BY_TITLE = [
    ('"We want to grow," one bank CEO said.', ("one bank CEO", "anonymous", None)),
    ("Acme CEO Ann Lee said the bank would grow.", ("Ann Lee", "person", "Acme CEO")),
    ("Tech giant Corvane said the bank would grow.", ("Corvane", "organization", "Tech giant")),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_BY_TITLE)
def test_a_title_after_one_is_an_unnamed_person(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert last_speaker(text) == expected


def test_an_unnamed_title_is_flagged_as_an_anonymous_source() -> None:
    report = analyze('"We want to grow," one bank CEO said.')
    assert [f.rule for f in report.findings] == ["anonymous-source"]


# A role set beside a name with commas describes the name, which speaks (court reports, wire
# copy): "His lawyer, Tom Baker, said". Near-misses: a body beside a role, and a role beside a
# description that names nobody.
APPOSED_ROLES = [
    (
        "The accused, Ravi Kumar, 32, told the court he had been at home.",
        ("Ravi Kumar", "person", "The accused, 32"),
    ),
    ("His lawyer, Tom Baker, said they would appeal.", ("Tom Baker", "person", "His lawyer")),
    (
        "The victim's mother, Jane Hart, said her daughter was brave.",
        ("Jane Hart", "person", "The victim's mother"),
    ),
    (
        "The label that owns the songs, Big Hill, says she may sing them.",
        ("Big Hill", "organization", None),
    ),
    (
        "Another witness, a neighbour, said she heard shouting.",
        ("Another witness", "unknown", "a neighbour"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_ROLES)
def test_a_role_beside_a_name_describes_it(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert last_speaker(text) == expected
