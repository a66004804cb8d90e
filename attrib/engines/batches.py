"""How the parallel engines cut a stream of files into tasks: `batches` of `batch_size`.

One task per file would cost a round trip per file (a scheduler's few milliseconds on Dask, a
pickle and a pipe with ``--jobs``) and throw away ``nlp.pipe`` batching; one task per worker
leaves workers idle at the end while the last big task finishes, and a dead Dask worker's big
task is a lot to redo. So batches hold at most `MAX_BATCH` files, about four per worker slot
of what is left to send: they shrink towards the end (down to one file), and the last ones
finish close together.

Example (20 files, 2 slots)::

    [len(b) for b in batches(range(20), 20, 2)]   # [3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

# Upper bound on files per batch: small enough that the last batches spread over all workers
# and a dead worker's batch is cheap to redo, large enough that nlp.pipe still batches and the
# per-task cost (a few ms) stays under 1% of the batch's parse time.
MAX_BATCH = 8
T = TypeVar("T")


def batch_size(total: int | None, slots: int) -> int:
    """Files per batch: about four batches per worker slot, at most `MAX_BATCH`."""
    if total is None:
        return MAX_BATCH
    return max(1, min(MAX_BATCH, math.ceil(total / (slots * 4))))


def batches(items: Iterable[T], total: int | None, slots: int) -> Iterator[list[T]]:
    """``items`` in batches of `batch_size` for what is left to send, so batches shrink
    towards the end (down to one file): the last ones finish close together instead of one
    worker parsing a full batch while the others wait (``total`` None: `MAX_BATCH` each)."""
    pending = iter(items)
    left = total
    while chunk := list(islice(pending, batch_size(left, slots))):
        yield chunk
        if left is not None:
            left = max(0, left - len(chunk))
