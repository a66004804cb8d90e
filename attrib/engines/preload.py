"""Imported once by the fork server that starts local Dask workers (never by attrib itself).

Loading the spaCy pipeline here, before any worker exists, means every worker forked from the
server starts with it already in memory (shared copy-on-write pages) instead of each importing
spaCy and reading the model again. The model comes from ``ATTRIB_PRELOAD_MODEL`` (empty: the
default); a model that cannot be loaded is left to the first task to report.
"""

from __future__ import annotations

import os
from contextlib import suppress

import attrib.api  # noqa: F401  (the checker's own modules, imported once too)
from attrib.nlp import ModelNotFound, load

with suppress(ModelNotFound):
    load(os.environ.get("ATTRIB_PRELOAD_MODEL") or None)
