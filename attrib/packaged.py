"""The data files shipped in ``attrib/data/`` (their provenance is in its README), each read once.

This is the one module that opens them: the profile's outlet catalogue starts from `outlets`,
and `attrib.attribution.gender` looks first names up in `first_names`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources


def _text(name: str) -> str:
    return resources.files("attrib").joinpath(f"data/{name}").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def first_names() -> tuple[tuple[str, str], ...]:
    """``(name, gender)`` rows of ``first_names.tsv``: gender "m", "f" or "u" (either)."""
    rows = []
    for line in _text("first_names.tsv").splitlines()[1:]:  # the first line is the header
        if line.strip():
            name, gender = line.split("\t")
            rows.append((name, gender))
    return tuple(rows)


@lru_cache(maxsize=1)
def outlets() -> tuple[Mapping[str, object], ...]:
    """The entries of ``outlets.json`` as parsed JSON (`attrib.attribution.outlets` checks them)."""
    data = json.loads(_text("outlets.json"))
    return tuple(item for item in data if isinstance(item, dict))
