"""The packaged outlet catalogue: how it is built from the public list, and that its thousands of
surface forms do not turn ordinary words or people into outlets."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from attrib.attribution.outlet_mentions import find_outlets
from attrib.attribution.outlets import load_catalog, packaged_entries
from attrib.nlp import load

ROOT = Path(__file__).resolve().parents[1]


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_outlets", ROOT / "scripts/build_outlets.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _builder()


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        (
            "Dagbladet Nord is a Norwegian daily newspaper founded in 1901. It has a magazine.",
            "newspaper",
        ),
        ("The Lakeside Courier is a regional tabloid covering the lakes.", "newspaper"),
        ("Nordpress is the national news agency of Ruritania.", "wire"),
        ("Glimt is a weekly news magazine published in Oslo.", "magazine"),
        ("Kanal Øst is a public-service television broadcaster in Bergen.", "broadcaster"),
        ("Byteside is a technology news website founded in 2009.", "digital"),
        ("Nordmedia is a media group that owns twelve newspapers.", None),  # an owner
        ("Penguix is a Linux distribution with a news blog.", None),  # software
        ("Acme Corp makes anvils.", None),  # says nothing about news
    ],
)
def test_type_comes_from_the_first_sentence(description: str, expected: str | None) -> None:
    assert BUILD.outlet_type(description) == expected


@pytest.mark.parametrize(
    ("organization", "expected"),
    [
        ("Kanal Øst (KØ)", ("Kanal Øst", ["KØ"])),
        ("Dagbladet Nord (Norway)", ("Dagbladet Nord", [])),  # a place, not a short form
        ("Glimt News (9Glimt)", ("Glimt News", ["9Glimt"])),
        ("Les Nouvelles SAS", ("Les Nouvelles", [])),
        ("Groupe Nouvelles", None),  # the owner, not an outlet
        ("Alpha / Beta", None),  # two outlets in one record
        ("경향신문", None),  # no Latin letters: never matches English copy
    ],
)
def test_public_names_are_cleaned(
    organization: str, expected: tuple[str, list[str]] | None
) -> None:
    assert BUILD.clean_name(organization) == expected


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Nature", "dictionary word"),
        ("Scoop", "dictionary word"),
        ("Jessica Daily", "starts with a first name"),
        ("TV", "too short"),
        ("Dagbladet Nord", None),
        ("BBC", None),  # an acronym is not a word
    ],
)
def test_risky_public_names(name: str, why: str | None) -> None:
    words = {"nature", "scoop", "tv"}
    assert BUILD.risky(name, words, {"Jessica"}) == why


def test_merge_keeps_curated_names_and_aliases() -> None:
    curated = [
        {"name": "The Dagbladet", "aliases": ["Dagbladet"], "short": [], "type": "newspaper"}
    ]
    public = [
        {"name": "Dagbladet", "aliases": [], "short": [], "type": "digital",
         "domains": ["dagbladet.no"], "country": "Norway"},
        {"name": "Glimt", "aliases": [], "short": [], "type": "magazine"},
    ]  # fmt: skip
    merged = BUILD.merge(curated, public)
    assert [e["name"] for e in merged] == ["The Dagbladet", "Glimt"]
    assert merged[0]["aliases"] == ["Dagbladet"]
    assert merged[0]["type"] == "newspaper"  # the curated type wins
    assert merged[0]["domains"] == ["dagbladet.no"] and merged[0]["country"] == "Norway"


def test_packaged_catalogue_is_the_build_output() -> None:
    """Every curated outlet is in the packaged catalogue with its hand-made aliases."""
    curated = json.loads((ROOT / "scripts/outlets_curated.json").read_text(encoding="utf-8"))
    packaged = {entry.name: entry for entry in packaged_entries()}
    assert len(packaged) > len(curated)
    for entry in curated:
        assert tuple(entry["aliases"]) == packaged[entry["name"]].aliases
        assert tuple(entry["short"]) == packaged[entry["name"]].short


def test_domains_find_their_outlet() -> None:
    catalog = load_catalog()
    found = catalog.lookup_domain("www.nzz.ch")
    assert found is not None and found.name == "Neue Zürcher Zeitung"
    assert catalog.lookup_domain("example.org") is None


# Sentences with people and ordinary words that share a name with some outlet somewhere.
NOT_OUTLETS = [
    "Watson said the team would win.",
    "Nature is resilient, the ranger said.",
    "Time will tell, she said.",
    "He wants a scoop of ice cream and a slate of new projects.",
    "The daily figures were published on Monday.",
    "Mint leaves and a week in the sun, the chef said.",
    "Jessica Fortune told the court she was innocent.",
    "The nation mourned as the Independent candidate conceded.",
    "Ms Hill said the tablet was stolen.",
    "Artemis will land on the moon, Nasa said.",
    "Delfi Torres, a nurse, said the ward was full.",
]


@pytest.mark.parametrize("text", NOT_OUTLETS)
def test_no_outlet_in_ordinary_words_or_names(text: str) -> None:
    nlp = load()
    mentions = find_outlets(nlp.make_doc(text), load_catalog(), nlp.make_doc).mentions
    assert [text[m.start : m.end] for m in mentions] == []
