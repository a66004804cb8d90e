"""Fixtures shared by the test modules."""

from __future__ import annotations

import pytest
from spacy.language import Language

from attrib.nlp import load


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default spaCy pipeline, loaded once for the whole run (``attrib.nlp.load`` caches it,
    so the library calls under test reuse it)."""
    return load()
