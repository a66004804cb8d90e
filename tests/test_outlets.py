from __future__ import annotations

import pytest

from attrib.attribution.outlets import (
    OUTLET_TYPES,
    OutletEntry,
    load_catalog,
    normalize,
    packaged_entries,
)

CATALOG = load_catalog()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The New York Times", "The New York Times"),
        ("New York Times", "The New York Times"),
        ("the new york times", "The New York Times"),
        ("NYT", "The New York Times"),
        ("The New York Times's", "The New York Times"),
        ("the Times’s", None),  # a short form: only resolve_short knows it
        ("Reuters", "Reuters"),
        ("Reuters'", "Reuters"),
        ("AP", "The Associated Press"),
        ("the AP", "The Associated Press"),
        ("Associated Press", "The Associated Press"),
        ("AFP", "Agence France-Presse"),
        ("WaPo", "The Washington Post"),
        ("the  Washington   Post", "The Washington Post"),
        ("WSJ", "The Wall Street Journal"),
        ("Guardian", "The Guardian"),
        ("the Guardian’s", "The Guardian"),
        ("Barron's", "Barron's"),
        ("Harper's", "Harper's Magazine"),
        ("JPost", "The Jerusalem Post"),
        ("Ha'aretz", "Haaretz"),
        ("Ha’aretz", "Haaretz"),
        ("Ynetnews", "Ynet"),
        ("Al-Jazeera", "Al Jazeera"),
        ("Times of London", "The Times (London)"),
        ("ABC", "ABC News"),
        ("ABC Australia", "Australian Broadcasting Corporation"),
        ("Huffington Post", "HuffPost"),
        ("dpa", "Deutsche Presse-Agentur"),
        ("PTI", "Press Trust of India"),
        ("Xinhua", "Xinhua"),
        ("the Post", None),
        ("Post", None),
        ("Trump", None),
        ("", None),
    ],
)
def test_lookup(text: str, expected: str | None) -> None:
    found = CATALOG.lookup(text)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        ("the Post", ["The Jerusalem Post"], "The Jerusalem Post"),
        ("Post", ["The Jerusalem Post"], "The Jerusalem Post"),
        ("The Post's", ["The Washington Post"], "The Washington Post"),
        ("the Post", ["WaPo"], "The Washington Post"),  # aliases count as named
        ("the Post", ["The Jerusalem Post", "The Washington Post"], None),  # ambiguous
        ("the Post", [], None),
        ("the Post", ["The New York Times"], None),
        ("the Times", ["The New York Times", "The Washington Post"], "The New York Times"),
        ("the Times", ["The Times of Israel", "Haaretz"], "The Times of Israel"),
        ("the Times", ["The Times of London"], "The Times (London)"),
        ("the Journal", ["The Wall Street Journal"], "The Wall Street Journal"),
        ("the Globe", ["The Globe and Mail"], "The Globe and Mail"),
        ("the Beast", ["The Daily Beast"], "The Daily Beast"),
        ("Fox", ["Fox News"], "Fox News"),
        ("the Guardian", ["The Guardian"], None),  # a full name, not a short form
        ("the Post", ["Not An Outlet"], None),
    ],
)
def test_resolve_short(text: str, named: list[str], expected: str | None) -> None:
    found = CATALOG.resolve_short(text, named)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("The New York Times", "The New York Times"),
        ("the New York Times", "The New York Times"),
        ("New York Times", "The New York Times"),
        ("the AP", "The Associated Press"),
        ("The AP", "The Associated Press"),
        ("AP", "The Associated Press"),
        ("the Guardian", "The Guardian"),
        ("The Hill", "The Hill"),
        ("Time magazine", "Time"),
        ("TIME", "Time"),
        ("Al-Monitor", "Al-Monitor"),
        ("People's Daily", "People's Daily"),
        ("the People’s Daily", "People's Daily"),  # a typographic apostrophe
    ],
)
def test_surface_forms_include(surface: str, name: str) -> None:
    assert (surface, name) in CATALOG.surface_forms()


@pytest.mark.parametrize(
    "surface",
    [
        "Guardian",  # a bare single word after dropping "The"
        "Hill",
        "the Hill",  # "on the Hill" is Capitol Hill
        "Time",  # "Time will tell"
        "the Atlantic",  # the ocean
        "the Post",  # short forms are not surface forms
        "the Times",
    ],
)
def test_surface_forms_exclude(surface: str) -> None:
    assert surface not in {text for text, _ in CATALOG.surface_forms()}


def test_surface_forms_resolve_to_their_outlet() -> None:
    forms = CATALOG.surface_forms()
    assert len(forms) == len({text for text, _ in forms})
    for text, name in forms:
        found = CATALOG.lookup(text)
        assert found is not None and found.name == name, text


def test_short_forms() -> None:
    short = CATALOG.short_forms()
    assert {"The Washington Post", "The Jerusalem Post", "New York Post"} <= set(short["post"])
    assert "The New York Times" in short["times"]
    assert "the post" not in short
    assert all(key == key.lower() and not key.startswith("the ") for key in short)
    assert {"the Post", "The Post", "CNA"} <= set(CATALOG.short_surface_forms())


def test_catalogue_size_and_uniqueness() -> None:
    entries = packaged_entries()
    assert len(entries) >= 150
    names = [entry.name for entry in entries]
    assert len(names) == len(set(names))
    assert {entry.type for entry in entries} <= OUTLET_TYPES


def test_no_alias_collision() -> None:
    owner: dict[str, str] = {}
    for entry in packaged_entries():
        for form in {normalize(f) for f in (entry.name, *entry.aliases)}:
            assert owner.setdefault(form, entry.name) == entry.name, form
    for entry in packaged_entries():
        for form in entry.short:
            assert normalize(form) not in owner, f"short form {form!r} is also a name or alias"


def test_short_forms_are_shared_or_explicit() -> None:
    # every short form maps back to the outlets that list it, and nothing else
    for key, names in CATALOG.short_forms().items():
        for name in names:
            entry = CATALOG.lookup(name)
            assert entry is not None and key in {normalize(f) for f in entry.short}


def test_extra_entry_added() -> None:
    catalog = load_catalog([{"name": "The Daily Planet", "aliases": ["Planet"], "short": []}])
    found = catalog.lookup("planet")
    assert found == OutletEntry("The Daily Planet", ("Planet",), (), "newspaper")
    assert len(catalog) == len(CATALOG) + 1
    assert CATALOG.lookup("Daily Planet") is None  # the packaged catalogue is untouched


def test_extra_entry_overrides_by_name() -> None:
    catalog = load_catalog(
        [{"name": "Reuters", "aliases": ["Reuters Wire"], "type": "wire", "short": ["the wire"]}]
    )
    assert len(catalog) == len(CATALOG)
    assert catalog.lookup("Reuters Wire") is not None
    assert catalog.lookup("Thomson Reuters") is None  # the old aliases went with the old entry
    found = catalog.resolve_short("the wire", ["Reuters"])
    assert found is not None and found.name == "Reuters"


def test_extra_alias_wins_a_clash() -> None:
    catalog = load_catalog([{"name": "Nippon Times", "aliases": ["NYT"]}])
    found = catalog.lookup("NYT")
    assert found is not None and found.name == "Nippon Times"
    assert ("NYT", "The New York Times") not in catalog.surface_forms()


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"aliases": ["X"]}, "'name'"),
        ({"name": ""}, "'name'"),
        ({"name": 5}, "'name'"),
        ({"name": "X", "alias": ["Y"]}, "unknown key 'alias'"),
        ({"name": "X", "aliases": "Y"}, "'aliases' must be a list"),
        ({"name": "X", "aliases": ["Y", 3]}, "'aliases' must be a list"),
        ({"name": "X", "short": [""]}, "'short' must be a list"),
        ({"name": "X", "type": "blog"}, "'type' must be one of"),
        ("The Daily Planet", "must be a table"),
    ],
)
def test_extra_entry_validation(entry: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_catalog([entry])  # type: ignore[list-item]


def test_packaged_catalogue_is_cached() -> None:
    assert load_catalog() is load_catalog()
    assert packaged_entries() is packaged_entries()
