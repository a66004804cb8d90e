"""The fork server local Dask workers start from, launched as early as the caller can.

A local cluster's workers fork from a server process that has loaded the spaCy pipeline
(`attrib.engines.preload`), so each starts with the model in shared memory. Loading it takes the
server a few seconds. Dask would launch the server only when its first nanny starts a worker,
after this process has imported ``distributed`` and started the scheduler; `launch` starts it
first, so the server loads the pipeline while this process does that (about a second of the
cluster's start-up on two cores). A server is launched once per process: later clusters reuse it.

Example::

    launch(model=None)              # returns at once; the server loads in the background
    from attrib.engines.dask import DaskEngine   # imports distributed meanwhile

The server's environment is what its workers inherit, so it gets what Dask's nanny would have
set before starting the first worker (``distributed.nanny.pre-spawn-environ``):
`WORKER_ENVIRON`, as in Dask's defaults without the ``MALLOC_TRIM_THRESHOLD_`` that
`attrib.engines.dask.LOCAL_CLUSTER_CONFIG` removes; variables already set here win, as with
the nanny. Nothing here imports ``distributed``.
"""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing import forkserver

# Dask's ``distributed.nanny.pre-spawn-environ`` for a local cluster (a test holds the two
# equal), with the hash seed the nanny sets when none is: one seed for every worker.
WORKER_ENVIRON: dict[str, str] = {
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "PYTHONHASHSEED": "6640",
}
# Modules the server imports before it forks workers: Dask's worker and the checker with its
# pipeline (the model named by ATTRIB_PRELOAD_MODEL).
PRELOAD = ["distributed", "attrib.engines.preload"]
MODEL_VARIABLE = "ATTRIB_PRELOAD_MODEL"


def available() -> bool:
    """Whether this platform has fork servers (not Windows)."""
    return "forkserver" in multiprocessing.get_all_start_methods()


def launch(model: str | None) -> bool:
    """Start this process's fork server with ``model`` loaded (None: the default pipeline), in
    the background; False where there are no fork servers. A server already running is kept
    (it may hold another model: the workers' plugin then loads the right one)."""
    if not available():
        return False
    added = {key: value for key, value in WORKER_ENVIRON.items() if key not in os.environ}
    added[MODEL_VARIABLE] = model or ""
    saved = os.environ.get(MODEL_VARIABLE)
    os.environ.update(added)
    try:
        multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
        forkserver.ensure_running()
    finally:
        for key in added:
            del os.environ[key]
        if saved is not None:
            os.environ[MODEL_VARIABLE] = saved
    return True
