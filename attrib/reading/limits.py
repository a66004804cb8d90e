"""How much attrib reads: the largest input, and what a .docx may inflate to.

An input larger than ``max-file-size`` (default 20 MB) is refused with a one-line error before
it is parsed: the parse of 20 MB of text takes half an hour and its findings no-one reads. Only
regular files are read: a device (``/dev/zero``) or a FIFO never ends, so it is refused before
it is opened, and stdin and files that grow while read are read up to the limit and no further.

A .docx is a zip archive: its listing is checked before python-docx opens it. A few kilobytes
of zip can inflate to gigabytes of XML ("zip bomb"), so the parts may hold at most
`DOCX_INFLATION` times ``max-file-size`` together (Word's XML is a few times the text it holds)
and at most `DOCX_MAX_ENTRIES` parts (a real document has tens, a few hundred with images).
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile

from attrib.reading.common import ReadError

DEFAULT_MAX_FILE_SIZE = 20_000_000
DOCX_INFLATION = 10
DOCX_MAX_ENTRIES = 2_000

_UNITS = {
    "": 1,
    "b": 1,
    "kb": 1_000,
    "mb": 1_000_000,
    "gb": 1_000_000_000,
    "kib": 1 << 10,
    "mib": 1 << 20,
    "gib": 1 << 30,
}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", re.IGNORECASE)
_KINDS = (
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
)


def parse_size(text: str) -> int:
    """A size in bytes from ``20MB``, ``500kB``, ``1.5GB``, ``64MiB`` or a number of bytes.

    Raises ValueError saying what is accepted.
    """
    match = _SIZE.fullmatch(text)
    unit = match.group(2).lower() if match else ""
    if match is None or unit not in _UNITS:
        raise ValueError(f"expected a size such as 20MB, 500kB or 1GB, got {text!r}")
    size = int(float(match.group(1)) * _UNITS[unit])
    if size < 1:
        raise ValueError(f"expected a size of at least one byte, got {text!r}")
    return size


def format_size(size: int) -> str:
    """``20 MB``, ``512 kB``, ``100 B``: the size the way messages and README state it."""
    for unit, factor in (("GB", 1_000_000_000), ("MB", 1_000_000), ("kB", 1_000)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{size} B"


def too_large(limit: int) -> ReadError:
    return ReadError(
        f"larger than the maximum file size of {format_size(limit)} (raise it with "
        "--max-file-size or the config's max-file-size)"
    )


def read_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file at ``path``, refusing anything larger than ``limit`` and
    anything that is not a regular file (checked before opening: a FIFO would block).

    Raises `ReadError` for those two; OSError for a path that cannot be read.
    """
    status = os.stat(path)
    for test, kind in _KINDS:
        if test(status.st_mode):
            raise ReadError(f"not a regular file ({kind})")
    if status.st_size > limit:
        raise too_large(limit)
    # O_NONBLOCK: a FIFO put in the file's place since the check must not hang the run.
    with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise ReadError("not a regular file")
        data = handle.read(limit + 1)  # a file growing (or in /proc) stops at the limit
    if len(data) > limit:
        raise too_large(limit)
    return data


def check_docx(data: bytes, limit: int) -> None:
    """Refuse a .docx whose parts would inflate past ``DOCX_INFLATION * limit`` bytes or that
    has more than `DOCX_MAX_ENTRIES` parts, reading only the zip's listing.

    A file that is not a zip archive passes: the reader says what is wrong with it.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return
    if len(entries) > DOCX_MAX_ENTRIES:
        raise ReadError(f"the .docx holds {len(entries):,} parts (at most {DOCX_MAX_ENTRIES:,})")
    # zipfile stops each part at its declared size (and fails its checksum past it), so the
    # listing's sizes bound what python-docx can inflate.
    inflated = sum(entry.file_size for entry in entries)
    cap = DOCX_INFLATION * limit
    if inflated > cap:
        raise ReadError(
            f"the .docx would inflate to {format_size(inflated)} (more than "
            f"{format_size(cap)}, {DOCX_INFLATION} times the maximum file size)"
        )
