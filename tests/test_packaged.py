"""The packaged data files are read in one place, `attrib.packaged`."""

from __future__ import annotations

from pathlib import Path

import attrib
from attrib import packaged


def test_only_packaged_opens_the_data_folder() -> None:
    root = Path(attrib.__file__).parent
    readers = sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*.py")
        if 'resources.files("attrib")' in path.read_text(encoding="utf-8")
    )
    assert readers == ["packaged.py"]


def test_first_names_rows() -> None:
    rows = packaged.first_names()
    assert ("Aaron", "m") in rows
    assert {gender for _, gender in rows} == {"m", "f", "u"}
    assert all(name and name == name.strip() for name, _ in rows)


def test_outlets_entries_are_objects_with_a_name() -> None:
    entries = packaged.outlets()
    assert len(entries) > 100
    assert all(isinstance(entry.get("name"), str) for entry in entries)
