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
from dataclasses import dataclass
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
    "Unread",
    "expand_inputs",
    "find_inputs",
    "format_of",
    "load_bytes",
    "read_bytes",
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


@dataclass(frozen=True)
class Unread:
    """A file found among the inputs and not read yet: `read` reads it when it is wanted, so a
    run over an archive holds only the files being checked (`attrib.batch.prepare`, ``lazy``)."""

    path: str
    html_content: str = "auto"
    max_file_size: int = DEFAULT_MAX_FILE_SIZE

    def read(self) -> Document | FileReport:
        """The file's `Document`, or a `FileReport` holding its one-line read error."""
        try:
            return read_path(
                self.path, html_content=self.html_content, max_file_size=self.max_file_size
            )
        except ReadError as exc:
            return FileReport(path=self.path, error=str(exc))


def find_inputs(
    args: Sequence[str],
    *,
    stdin: Callable[[int], bytes],
    stdin_name: str | None = None,
    excluded: Excluded | None = None,
    html_content: str = "auto",
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
) -> list[Document | FileReport | Unread]:
    """Expand command-line arguments into the inputs, in order, each file still `Unread`.

    A path that cannot be an input (missing, a link loop) becomes a `FileReport` holding its
    one-line error; ``-`` is read at once from ``stdin(n)`` (at most n bytes, as
    ``sys.stdin.buffer.read``: it cannot be read later), ``stdin_name`` picking its format by
    suffix and naming it. ``excluded`` is the ``exclude`` setting as a predicate
    (`attrib.profiles.Profiles.excluded`); by default nothing is excluded. ``html_content`` as
    for `read_bytes`; no input may exceed ``max_file_size`` bytes.
    """
    inputs: list[Document | FileReport | Unread] = []
    found = expand_inputs(args, excluded) if excluded is not None else expand_inputs(args)
    for path, problem in found:
        shown = (stdin_name or "-") if path == "-" else path
        if problem is not None:
            inputs.append(FileReport(path=shown, error=problem))
        elif path == "-":
            data = stdin(max_file_size + 1)  # one byte more tells that there is more
            name = stdin_name or "stdin.txt"
            try:
                inputs.append(
                    read_bytes(
                        data, name, shown, html_content=html_content, max_file_size=max_file_size
                    )
                )
            except ReadError as exc:
                inputs.append(FileReport(path=shown, error=str(exc)))
        else:
            inputs.append(Unread(path, html_content, max_file_size))
    return inputs
