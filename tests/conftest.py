"""Fixtures shared by several test modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from attrib.nlp import load


@pytest.fixture(scope="session")
def dask_scheduler() -> Iterator[str]:
    """The address of an in-process Dask cluster (threads, not processes): the scheduler, the
    task graph and the worker plugin are Dask's own, and the pipeline is the one this test
    process already loaded. One worker thread: spaCy is not shared across threads."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default spaCy pipeline, loaded once for the whole run (``attrib.nlp.load`` caches it,
    so the library calls under test reuse it)."""
    return load(None)  # the key the library's own calls use (load(profile.model))
