"""The Dask engine: files checked in batches on a Dask cluster, the user's or a local one.

- Each worker loads the spaCy pipeline once: `PipelinePlugin` loads it when the worker starts
  (and again on a worker that replaces a dead one), and `attrib.nlp.load` caches it per process,
  so tasks find it ready. No global state travels with a task: a task is a module-level function,
  a batch of documents and their profile.
- Files go in batches that shrink towards the end (`attrib.engines.batches`, which says why).
- At most a few batches per worker are in flight, so memory stays flat however many files come.
- A worker that dies mid-batch loses nothing: the scheduler gives its batch to another worker
  (Dask's own retry). A batch that kills workers again and again (Dask gives up after
  ``distributed.scheduler.allowed-failures``) is split into single files, so only the file that
  kills workers becomes a one-line error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from types import TracebackType
from typing import TYPE_CHECKING

from distributed import Client, LocalCluster, WorkerPlugin, as_completed
from distributed.client import Future

from attrib import __version__
from attrib.engines import EngineError, fork_server
from attrib.engines.batches import batches
from attrib.model import Document, FileReport, ToolInfo
from attrib.nlp import ModelNotFound
from attrib.profile import Profile

if TYPE_CHECKING:
    from distributed import Worker

# Batches per worker slot kept in flight: one running, the next ones queued on the worker so it
# never waits for the scheduler between batches.
IN_FLIGHT_PER_SLOT = 3
# Dask settings for the local cluster, measured on 200 PolNeAR articles with 2 workers (CPU
# time of the worker processes and of the main process, which holds the scheduler and nannies):
LOCAL_CLUSTER_CONFIG: dict[str, object] = {
    # The statistical profiler walks the worker thread's stack every 10 ms while holding the
    # GIL: with spaCy's deep stacks it slowed the parse by about a tenth.
    "distributed.worker.profile.enabled": False,
    # The nanny sets MALLOC_TRIM_THRESHOLD_=65536 before starting a worker. A fixed threshold
    # also turns off glibc's adaptive mmap threshold, so every large array the parser allocates
    # is mapped and unmapped again: worker system time went from about 1 s to 4 s.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # Event-loop housekeeping every 20 ms (tick), 100 ms (memory) and 500 ms (system monitor)
    # wakes the worker's event loop thread, which then waits for the GIL: it held the GIL 8.6%
    # of the time, 1% with these intervals; the main process's CPU fell from 5.2 s to 3.2 s.
    # A dead worker is still noticed at once (the nanny sees its process end).
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}
KILLED = "a Dask worker died while checking this file ({tries} tries); skipped"


class PipelinePlugin(WorkerPlugin):
    """Loads the spaCy pipeline once, when each worker starts."""

    idempotent = True

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Worker) -> None:
        from attrib.nlp import load

        # A missing model is left to the first task, which raises it for the client to report.
        with suppress(ModelNotFound):
            load(self.model)


def check_batch(
    documents: list[Document], profile: Profile, own: list[Profile]
) -> list[FileReport]:
    """Runs on a worker: the batch's reports, without their documents (the client has them).

    A document that makes the checker fail is a one-line error; the batch's other files are
    still checked.
    """
    from attrib.api import analyze_documents

    try:
        reports = list(analyze_documents(documents, profile, per_document=own))
    except ModelNotFound:
        raise
    except Exception:
        reports = [_check_one(d, profile, s) for d, s in zip(documents, own, strict=True)]
    return [replace(report, document=None) for report in reports]


def _check_one(document: Document, profile: Profile, own: Profile) -> FileReport:
    from attrib.api import analyze_documents

    try:
        return next(analyze_documents([document], profile, per_document=[own]))
    except ModelNotFound:
        raise
    except Exception as exc:  # a bug must not stop the archive: report it on this file
        return FileReport(document.path, error=f"internal error: {_first_line(exc)}")


@dataclass
class _Batch:
    items: list[tuple[int, Document, Profile]]
    single: bool = False  # already split after killing workers: one file


@dataclass
class DaskEngine:
    """Check documents on a Dask cluster: ``scheduler`` (``tcp://host:8786``) or, with none, a
    local cluster of ``workers`` single-threaded worker processes. Use it as a context manager.
    """

    scheduler: str | None = None
    workers: int = 2
    batch: int | None = None  # files per batch; None chooses (see `batch_size`)
    model: str | None = None  # the pipeline local workers start with
    connect_timeout: str = "10s"
    _client: Client | None = field(default=None, init=False, repr=False)
    _cluster: LocalCluster | None = field(default=None, init=False, repr=False)
    _config: ExitStack = field(default_factory=ExitStack, init=False, repr=False)

    def __enter__(self) -> DaskEngine:
        return self

    def start(self) -> None:
        """Connect to the scheduler, or start the local cluster (done by the first use, so that
        a run with nothing to check never starts one)."""
        if self._client is not None:
            return
        if self.scheduler is not None:
            try:
                self._client = Client(self.scheduler, timeout=self.connect_timeout)
            except (OSError, TimeoutError) as exc:
                raise EngineError(
                    f"cannot reach the Dask scheduler {self.scheduler}: {_first_line(exc)}"
                ) from None
            return
        try:
            import dask

            self._config.enter_context(dask.config.set(LOCAL_CLUSTER_CONFIG))
            self._fork_preloaded()
            self._cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,  # the parse holds the GIL: one task per process
                processes=True,
                dashboard_address=":0",  # any free port: never clash with another cluster
                # attrib tells what goes wrong in one line (a missing model, a dead
                # worker's file); Dask's own error logs and tracebacks would repeat it.
                silence_logs=logging.CRITICAL,
            )
            self._client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise EngineError(f"cannot start a local Dask cluster: {_first_line(exc)}") from None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
        self._config.close()

    def _fork_preloaded(self) -> None:
        """Local workers fork from a server that has loaded the pipeline
        (`attrib.engines.fork_server`): each starts in a fraction of a second with the model in
        shared memory, instead of spawning a fresh interpreter that imports spaCy and reads the
        model again (seconds per worker). ``attrib check`` launches the server as it begins
        (`attrib.engines.warm_up`); launching it again here is a no-op then."""
        if not fork_server.launch(self.model):
            return  # Windows: Dask's default (spawn) and the worker plugin do the loading
        import dask

        self._config.enter_context(
            dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})
        )

    @property
    def client(self) -> Client:
        """The client (starting the engine if need be)."""
        self.start()
        assert self._client is not None
        return self._client

    def tool_info(self, profile: Profile) -> ToolInfo:
        """The tool and the pipeline that checked, as a worker (which has it loaded) names it:
        the client itself never loads spaCy."""
        name = self.client.submit(_model_name, profile.model, pure=False).result()
        return ToolInfo("attrib", __version__, str(name))

    def slots(self) -> int:
        """Worker threads on the cluster (at least 1)."""
        workers = self.client.scheduler_info().get("workers", {})
        return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))

    def worker_peaks_mib(self) -> dict[str, float]:
        """Peak resident memory of each worker process so far, in MiB."""
        return {str(k): float(v) for k, v in self.client.run(_peak_rss_mib).items()}

    def run(
        self, jobs: Iterable[tuple[Document, Profile]], profile: Profile, *, total: int | None
    ) -> Iterator[tuple[int, FileReport]]:
        """Check every job on the cluster; (index, report) pairs as batches finish."""
        pending_jobs = iter(jobs)
        first = next(pending_jobs, None)
        if first is None:
            return  # nothing to check: no cluster started
        jobs = chain([first], pending_jobs)
        client = self.client
        client.register_plugin(PipelinePlugin(profile.model), name="attrib-pipeline")
        slots = self.slots()
        numbered = ((i, document, own) for i, (document, own) in enumerate(jobs))
        if self.batch is not None:
            size = self.batch
            fresh: Iterator[list[tuple[int, Document, Profile]]] = iter(
                lambda: list(islice(numbered, size)), []
            )
        else:
            fresh = batches(numbered, total, slots)
        pending: dict[Future[list[FileReport]], _Batch] = {}
        queue = as_completed()

        def submit(batch: _Batch) -> None:
            future = client.submit(
                check_batch,
                [document for _, document, _ in batch.items],
                profile,
                [own for _, _, own in batch.items],
                pure=False,
            )
            pending[future] = batch
            queue.add(future)

        for items in islice(fresh, slots * IN_FLIGHT_PER_SLOT):
            submit(_Batch(items))
        try:
            for future in queue:
                batch = pending.pop(future)
                reports = self._collect(future, batch, submit)
                future.release()
                for items in islice(fresh, 1):
                    submit(_Batch(items))
                if reports is None:
                    continue  # split into single files and submitted again
                for (index, _, _), report in zip(batch.items, reports, strict=True):
                    yield index, report
        finally:
            for future in pending:
                future.cancel()

    def _collect(
        self, future: Future[list[FileReport]], batch: _Batch, submit: Callable[[_Batch], None]
    ) -> list[FileReport] | None:
        """The batch's reports; None when a batch that keeps killing workers was split and
        submitted again file by file."""
        from distributed import KilledWorker

        try:
            return list(future.result())
        except KilledWorker:
            if not batch.single and len(batch.items) > 1:
                for item in batch.items:
                    submit(_Batch([item], single=True))
                return None
            tries = 1 + int(self._allowed_failures())
            return [FileReport(d.path, error=KILLED.format(tries=tries)) for _, d, _ in batch.items]

    @staticmethod
    def _allowed_failures() -> int:
        import dask

        return int(dask.config.get("distributed.scheduler.allowed-failures", 3))


def _model_name(model: str | None) -> str:
    from attrib.nlp import load, model_name

    return model_name(load(model))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _peak_rss_mib() -> float:
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
