from __future__ import annotations

from importlib import resources

import pytest

from attrib.attribution.gender import (
    FEMALE_HONORIFICS,
    FEMALE_TITLES,
    MALE_HONORIFICS,
    MALE_TITLES,
    PERSON_TITLES,
    first_name_gender,
    is_known_first_name,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hillary", "f"),
        ("hillary", "f"),
        ("HILLARY", "f"),
        ("Donald", "m"),
        ("Kamala", "f"),
        ("Benjamin", "m"),
        ("Tzipi", "f"),
        ("Ayelet", "f"),
        ("Yair", "m"),
        ("Mohammed", "m"),
        ("Fatima", "f"),
        ("Javad", "m"),
        ("Shirin", "f"),
        ("José", "m"),
        ("Jose", "m"),
        ("María", "f"),
        ("Maria", "f"),
        ("Angela", "f"),
        ("Emmanuel", "m"),
        ("Narendra", "m"),
        ("Priyanka", "f"),
        ("Jacinda", "f"),
        ("Siobhan", "f"),
        ("Volodymyr", "m"),
        ("  Nancy ", "f"),
        # unisex: no answer
        ("Jordan", None),
        ("Taylor", None),
        ("Andrea", None),
        ("Jean", None),
        ("Harpreet", None),
        ("Noor", None),
        ("Tal", None),
        # unknown or not a first name
        ("Xyzzy", None),
        ("", None),
        ("Said", None),
        ("Israel", None),
    ],
)
def test_first_name_gender(name: str, expected: str | None) -> None:
    assert first_name_gender(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hillary", True),
        ("jordan", True),  # unisex names are still known names
        ("Harpreet", True),
        ("Reuters", False),
        ("Said", False),  # left out: in news it is the verb
        ("Clinton", False),  # left out: in news it is the surname
        ("", False),
    ],
)
def test_is_known_first_name(name: str, expected: bool) -> None:
    assert is_known_first_name(name) is expected


def test_tsv_shape() -> None:
    text = resources.files("attrib").joinpath("data/first_names.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "name\tgender"
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) >= 1500
    assert all(len(row) == 2 and row[1] in {"m", "f", "u"} and row[0] for row in rows)
    names = [row[0].casefold() for row in rows]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "title",
    [
        "president",
        "sen.",
        "rep.",
        "gov.",
        "prime",
        "minister",
        "spokeswoman",
        "spokesperson",
        "ceo",
        "dr.",
        "ambassador",
    ],
)
def test_person_titles(title: str) -> None:
    assert title in PERSON_TITLES


def test_title_tables() -> None:
    assert {"Mr.", "Mr", "Sir", "Lord"} <= MALE_HONORIFICS
    assert {"Mrs.", "Ms.", "Miss", "Dame", "Lady"} <= FEMALE_HONORIFICS
    assert {"king", "congressman", "spokesman", "chairman"} <= MALE_TITLES
    assert {"queen", "congresswoman", "spokeswoman", "chairwoman"} <= FEMALE_TITLES
    assert not MALE_TITLES & FEMALE_TITLES
    assert not MALE_HONORIFICS & FEMALE_HONORIFICS
    for table in (PERSON_TITLES, MALE_TITLES, FEMALE_TITLES):
        assert all(word == word.lower() and " " not in word for word in table)
