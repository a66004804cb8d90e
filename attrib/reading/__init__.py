"""Reading inputs: each format becomes a `Document` whose offsets point into the original file.

- ``.txt``, ``.text`` and anything unknown: plain UTF-8 text.
- ``.md``, ``.markdown``: the file with everything that is not prose blanked to spaces.
- ``.html``, ``.htm``: the article body (main-content extraction on a whole page), tags and
  boilerplate blanked to spaces; any charset; the page's metadata.
- ``.docx``: paragraphs and table cells; a position's line is its paragraph number.

Every failure is a `ReadError` whose message is one line ("binary file", "empty file", ...).
What is read is bounded (`attrib.reading.limits`): ``max_file_size`` bytes of a regular file or
stdin, and a .docx's listing is checked before it is inflated.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from pathlib import Path

from attrib.model import Document, FileReport
from attrib.reading.common import ATTRIB_COMMENT, ReadError
from attrib.reading.html import read_html
from attrib.reading.inputs import ARTICLE_SUFFIXES, Excluded, expand_inputs
from attrib.reading.limits import DEFAULT_MAX_FILE_SIZE, check_docx, read_file, too_large
from attrib.reading.markdown import read_markdown
from attrib.reading.text import read_text
from attrib.reading.word import read_docx

__all__ = [
    "ARTICLE_SUFFIXES",
    "ATTRIB_COMMENT",
    "DEFAULT_MAX_FILE_SIZE",
    "Excluded",
    "ReadError",
    "expand_inputs",
    "format_of",
    "load_bytes",
    "read_bytes",
    "read_inputs",
    "read_path",
]

_READERS: dict[str, Callable[[bytes, str], Document]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
    "docx": read_docx,
}
_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
# Readable messages for the errors a path can hit; anything else uses the OS's own wording.
_OS_MESSAGES = {
    errno.ENOENT: "no such file or directory",
    errno.EISDIR: "is a directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
}


def format_of(name: str | Path) -> str:
    """The input format a file name's suffix selects: text, markdown, html or docx."""
    return _FORMATS.get(Path(name).suffix.lower(), "text")


def read_bytes(
    data: bytes,
    name: str,
    display: str,
    *,
    html_content: str = "auto",
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
) -> Document:
    """Read an input already in memory (stdin): ``name``'s suffix picks the format.

    ``display`` becomes `Document.path`. ``html_content`` chooses what of a web page is read:
    ``auto`` (the main content of a page, all of a fragment), ``main`` or ``all`` (see
    `attrib.reading.html`). Raises `ReadError`, also for more than ``max_file_size`` bytes or a
    .docx that would inflate past its cap (`attrib.reading.limits`).
    """
    if len(data) > max_file_size:
        raise too_large(max_file_size)
    fmt = format_of(name)
    if fmt == "html":
        return read_html(data, display, html_content)
    if fmt == "docx":
        check_docx(data, max_file_size)
    return _READERS[fmt](data, display)


def load_bytes(path: str | Path, *, max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> bytes:
    """The bytes of the file at ``path``. Raises `ReadError` with a one-line message for a
    missing path, a folder, an unreadable file, a device or FIFO, or more than
    ``max_file_size`` bytes. Never writes to it."""
    if Path(path).is_dir():
        raise ReadError("is a directory")
    try:
        return read_file(path, max_file_size)
    except OSError as error:
        message = _OS_MESSAGES.get(error.errno or 0, (error.strerror or str(error)).lower())
        raise ReadError(message) from None


def read_path(
    path: str | Path,
    display: str | None = None,
    *,
    html_content: str = "auto",
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
) -> Document:
    """Read the file at ``path`` in the format its suffix names. Never writes to it.

    `Document.path` is ``display`` if given, else ``path`` as given. Raises `ReadError` with
    a one-line message for a missing path, a folder, an unreadable, binary, empty or badly
    encoded file, a corrupt .docx, a device or FIFO, or a file past ``max_file_size``.
    """
    shown = str(path) if display is None else display
    data = load_bytes(path, max_file_size=max_file_size)
    return read_bytes(
        data, str(path), shown, html_content=html_content, max_file_size=max_file_size
    )


def read_inputs(
    args: Sequence[str],
    *,
    stdin: Callable[[int], bytes],
    stdin_name: str | None = None,
    excluded: Excluded | None = None,
    html_content: str = "auto",
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
) -> list[Document | FileReport]:
    """Expand and read command-line arguments, in order.

    An input that cannot be read becomes a `FileReport` holding its one-line error, so one bad
    file never stops the others. ``-`` reads ``stdin(n)`` (at most n bytes, as
    ``sys.stdin.buffer.read``); ``stdin_name`` picks its format by suffix and is the name shown
    for it. ``excluded`` is the ``exclude`` setting as a predicate
    (`attrib.profile.Profiles.excluded`); by default nothing is excluded. ``html_content``
    as for `read_bytes`; no input may exceed ``max_file_size`` bytes.
    """
    inputs: list[Document | FileReport] = []
    found = expand_inputs(args, excluded) if excluded is not None else expand_inputs(args)
    for path, problem in found:
        shown = (stdin_name or "-") if path == "-" else path
        if problem is not None:
            inputs.append(FileReport(path=shown, error=problem))
            continue
        try:
            if path == "-":
                data = stdin(max_file_size + 1)  # one byte more tells that there is more
                name = stdin_name or "stdin.txt"
                document = read_bytes(
                    data, name, shown, html_content=html_content, max_file_size=max_file_size
                )
            else:
                document = read_path(path, html_content=html_content, max_file_size=max_file_size)
            inputs.append(document)
        except ReadError as exc:
            inputs.append(FileReport(path=shown, error=str(exc)))
    return inputs
