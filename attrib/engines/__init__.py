"""Engines: where the checking runs. ``local`` is this process (or a local process pool with
``--jobs``); ``dask`` is a Dask cluster, local or the user's (`attrib.engines.dask`).

Every engine maps documents to `FileReport`s and yields ``(index, report)`` pairs as reports
finish; `check_with` turns that into what callers want: read errors passed through, documents
re-attached, input order (for the report formats) or completion order (for streamed JSON Lines).
Reports come back from an engine without their document: the text stays where it was read.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from itertools import chain, count, islice, repeat, tee
from typing import Protocol, TypeVar

from attrib.model import Document, FileReport, ToolInfo
from attrib.profile import Profile

ENGINES: tuple[str, ...] = ("local", "dask")
T = TypeVar("T")


class EngineError(RuntimeError):
    """The engine cannot run (for example, the Dask scheduler cannot be reached)."""


class Engine(Protocol):
    """What an engine provides."""

    def run(
        self, jobs: Iterable[tuple[Document, Profile]], profile: Profile, *, total: int | None
    ) -> Iterator[tuple[int, FileReport]]:
        """Check each (document, its profile); yield (position in ``jobs``, report) as each
        finishes. ``profile`` chooses the pipeline; ``total`` is the number of jobs if known."""
        ...

    def tool_info(self, profile: Profile) -> ToolInfo:
        """The tool and the pipeline that checked (its name as the engine loaded it)."""
        ...


class LocalEngine:
    """This process, or ``jobs`` local processes each loading the pipeline once."""

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = jobs

    def tool_info(self, profile: Profile) -> ToolInfo:
        from attrib.api import tool_info

        return tool_info(profile)

    def run(
        self, jobs: Iterable[tuple[Document, Profile]], profile: Profile, *, total: int | None
    ) -> Iterator[tuple[int, FileReport]]:
        """Reports in job order. Jobs are taken as they are needed (a few tasks ahead of the
        processes), so a stream of documents is checked in flat memory."""
        from attrib.api import analyze_documents

        pending = iter(jobs)
        first = next(pending, None)
        if first is None:
            return  # nothing to check: no pipeline loaded
        pairs = chain([first], pending)
        if self.jobs > 1 and total != 1:
            reports: Iterator[FileReport] = _in_processes(pairs, profile, self.jobs, total)
        else:
            documents, owns = _unzipped(pairs)
            reports = analyze_documents(documents, profile, per_document=owns)
        for index, report in enumerate(reports):
            yield index, replace(report, document=None)


# Tasks kept running or queued per process: the processes never wait for work, and only these
# tasks' documents (and the reports of tasks done ahead of an earlier, longer one) are held.
_AHEAD = 3


def _in_processes(
    pairs: Iterator[tuple[Document, Profile]], profile: Profile, jobs: int, total: int | None
) -> Iterator[FileReport]:
    """Reports in document order, checked in ``jobs`` processes (the text stays here). A task
    is sent whenever one finishes, so a long article at the head does not starve the others;
    tasks shrink towards the end (`attrib.engines.batches`), so the processes finish together."""
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    from attrib.engines.batches import batches

    tasks = batches(pairs, total, jobs)
    window: deque[Future[list[FileReport]]] = deque()  # in document order
    with ProcessPoolExecutor(max_workers=jobs) as pool:

        def top_up() -> None:
            busy = sum(not future.done() for future in window)
            for task in islice(tasks, max(0, jobs * _AHEAD - busy)):
                window.append(pool.submit(_check_task, (task, profile)))

        top_up()
        while window:
            while not window[0].done():
                wait([f for f in window if not f.done()], return_when=FIRST_COMPLETED)
                top_up()
            yield from window.popleft().result()
            top_up()


def _check_task(task: tuple[list[tuple[Document, Profile]], Profile]) -> list[FileReport]:
    from attrib.api import analyze_documents

    pairs, profile = task
    documents, owns = _unzipped(iter(pairs))
    return [
        replace(report, document=None)
        for report in analyze_documents(documents, profile, per_document=owns)
    ]


def _unzipped(
    pairs: Iterator[tuple[Document, Profile]],
) -> tuple[Iterator[Document], Iterator[Profile]]:
    """(document, profile) pairs as two lazy streams, taken in step by `analyze_documents`."""
    first, second = tee(pairs)
    return (document for document, _ in first), (own for _, own in second)


def warm_up(name: str, *, scheduler: str | None = None, model: str | None = None) -> None:
    """Start in the background what `open_engine` would otherwise wait for, so that it loads
    while the caller reads its inputs: for a local Dask cluster (``dask`` with no
    ``scheduler``), its workers' fork server with ``model``'s pipeline
    (`attrib.engines.fork_server`). Other engines have nothing to start early. For callers
    that will surely check something (``attrib check``); ``attrib index`` does not call it, as
    a re-index of unchanged files checks nothing.

    The fork server takes about two seconds to load the pipeline, and a local cluster's start
    waits for it; launched as a command begins rather than when its inputs have been read, it
    is ready about half a second sooner. Called with the model the command line names: when a
    config file chooses another, the workers load that one themselves.
    """
    if name == "dask" and scheduler is None:
        from attrib.engines import fork_server

        fork_server.launch(model)


@contextmanager
def open_engine(
    name: str, *, jobs: int = 1, scheduler: str | None = None, model: str | None = None
) -> Iterator[Engine]:
    """The engine called ``name`` (one of `ENGINES`), started, and stopped after the block."""
    if name == "local":
        yield LocalEngine(jobs)
        return
    if name != "dask":
        raise EngineError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
    # Nothing is launched here: a local cluster (and its fork server) starts with the first
    # file to check, so a run that checks nothing (an index with every file unchanged) never
    # loads the pipeline. `warm_up` launches it earlier where there is surely work.
    from attrib.engines.dask import DaskEngine

    with DaskEngine(scheduler, workers=jobs, model=model) as engine:
        yield engine


def in_order(pairs: Iterable[tuple[int, T]]) -> Iterator[T]:
    """Items of ``(index, item)`` pairs arriving in any order, yielded by index (0, 1, 2, ...)."""
    waiting: dict[int, T] = {}
    expected = 0
    for index, item in pairs:
        waiting[index] = item
        while expected in waiting:
            yield waiting.pop(expected)
            expected += 1


def check_with(
    engine: Engine,
    inputs: Iterable[Document | FileReport],
    profile: Profile,
    per_document: Iterable[Profile] | None = None,
    *,
    total: int | None = None,
    ordered: bool = True,
    progress: Callable[[], None] | None = None,
) -> Iterator[FileReport]:
    """One `FileReport` per input: in input order, or (``ordered=False``) each as it is ready,
    a read error at once and a checked file when it finishes. ``progress`` is called once per
    input as it completes.

    ``inputs`` (with ``per_document``, one profile each; else ``profile`` for all) is consumed
    as the engine takes work, and each document is held only until its report comes back: an
    iterator that reads files on the way (`attrib.batch.Batch.check`) keeps a run over an
    archive flat in memory. ``total`` is how many inputs may be checked (the documents of a
    sequence if not given); engines size their batches by it.
    """
    if total is None and isinstance(inputs, Sequence):
        total = sum(isinstance(item, Document) for item in inputs)
    mine = per_document is not None  # one profile per input (else ``profile`` for all)
    owns = per_document if per_document is not None else repeat(profile)
    failed: deque[tuple[int, FileReport]] = deque()  # read errors met while feeding the engine
    held: dict[int, tuple[int, Document]] = {}  # job -> (input position, document)

    def jobs() -> Iterator[tuple[Document, Profile]]:
        numbers = count()  # the engine's index of each job
        for position, (item, own) in enumerate(zip(inputs, owns, strict=mine)):
            if isinstance(item, FileReport):
                failed.append((position, item))
                continue
            held[next(numbers)] = (position, item)
            yield item, own

    def finished() -> Iterator[tuple[int, FileReport]]:
        for index, report in engine.run(jobs(), profile, total=total):
            yield from drained()
            position, document = held.pop(index)
            if progress is not None:
                progress()
            yield position, replace(report, document=document)
        yield from drained()

    def drained() -> Iterator[tuple[int, FileReport]]:
        while failed:
            if progress is not None:
                progress()
            yield failed.popleft()

    yield from in_order(finished()) if ordered else (report for _, report in finished())


__all__ = [
    "ENGINES",
    "Engine",
    "EngineError",
    "LocalEngine",
    "check_with",
    "in_order",
    "open_engine",
    "warm_up",
]
