"""Command-line arguments -> the list of inputs to read, in a stable order.

Folders are walked for article files, honouring ``.gitignore`` files (pathspec, git's own
semantics, nested files included) and the ``exclude`` setting, which the caller passes as a
predicate (`attrib.profiles.Profiles.excluded`: each path is matched by the config that applies
where it sits, relative to that config's folder).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pathspec

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx"})
# Version-control folders are never walked (they hold no articles, and git's own files).
_VCS_DIRS = frozenset({".git", ".hg", ".svn"})
_MISSING = "no such file or directory"
# Paths and, for each, the one-line reason it cannot be read (None: it can be).
Found = list[tuple[str, str | None]]

# Whether the ``exclude`` setting rules out a path (absolute), given whether it is a folder.
Excluded = Callable[[Path, bool], bool]


def _nothing_excluded(path: Path, is_dir: bool) -> bool:
    return False


class _Ignorer:
    """Answers "is this path ignored?" from .gitignore files and the exclude setting."""

    def __init__(self, excluded: Excluded) -> None:
        self.excluded = excluded
        self._specs: dict[Path, pathspec.GitIgnoreSpec | None] = {}
        self._tops: dict[Path, Path] = {}

    def _spec(self, folder: Path) -> pathspec.GitIgnoreSpec | None:
        if folder not in self._specs:
            try:
                lines = (folder / ".gitignore").read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                lines = []
            self._specs[folder] = pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
        return self._specs[folder]

    def _top(self, folder: Path, floor: Path) -> Path:
        """The git work tree holding ``folder``, or ``floor`` outside any repository."""
        if folder not in self._tops:
            top = floor
            for candidate in (folder, *folder.parents):
                if (candidate / ".git").exists():
                    top = candidate
                    break
            self._tops[folder] = top
        return self._tops[folder]

    def ignored(self, path: Path, floor: Path, is_dir: bool) -> bool:
        """Whether ``path`` (absolute) is to be skipped."""
        suffix = "/" if is_dir else ""
        if self.excluded(path, is_dir):
            return True
        top = self._top(path.parent, floor)
        folders = [f for f in (path.parent, *path.parent.parents) if _relative(f, top) is not None]
        verdict: bool | None = None
        for folder in reversed(folders):  # outermost first: deeper files override
            spec = self._spec(folder)
            if spec is None:
                continue
            result = spec.check_file(path.relative_to(folder).as_posix() + suffix)
            if result.include is not None:
                verdict = result.include
        return bool(verdict)


def _relative(path: Path, base: Path) -> str | None:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return None


def _walk(folder: str, root: Path, ignorer: _Ignorer, out: list[tuple[str, str | None]]) -> None:
    """Append the article files under ``folder``, sorted by name within each folder."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except PermissionError:
        out.append((folder, "permission denied"))
        return
    except OSError as error:
        out.append((folder, (error.strerror or "cannot read folder").lower()))
        return
    for entry in entries:
        shown = os.path.normpath(os.path.join(folder, entry.name))
        path = Path(entry.path).absolute()
        if entry.is_dir(follow_symlinks=False):
            if entry.name in _VCS_DIRS or ignorer.ignored(path, root, is_dir=True):
                continue
            _walk(shown, root, ignorer, out)
        elif Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES and not ignorer.ignored(
            path, root, is_dir=False
        ):
            problem = _not_a_file(entry)
            if problem != "":
                out.append((shown, problem))


def _not_a_file(entry: os.DirEntry[str]) -> str | None:
    """None for a regular file (or a link to one); "" for anything to pass over (a folder, a
    link to one, a dangling link); a one-line error for a link that cannot be followed."""
    try:
        return None if entry.is_file() else ""
    except OSError as error:  # a symbolic link loop, or one the user may not follow
        return (error.strerror or "cannot read").lower()


def expand_inputs(
    args: Sequence[str], excluded: Excluded = _nothing_excluded
) -> list[tuple[str, str | None]]:
    """Turn command-line arguments into ``(path, error)`` pairs, in a stable order.

    - ``-`` (stdin) is kept as is.
    - A file is kept as given, even when excluded: naming a file is asking for it.
    - A missing path becomes ``(path, "no such file or directory")``.
    - A folder is walked recursively for .txt, .md, .markdown, .html, .htm and .docx files,
      sorted by name within each folder, skipping what ``.gitignore`` files (nested ones too)
      and ``excluded`` rule out.
    - A glob (``*``, ``?``, ``[...]``, ``**``) is expanded; matched folders are walked, matched
      article files are subject to ``.gitignore`` and ``exclude``.

    A path already listed is not listed again.
    """
    ignorer = _Ignorer(excluded)
    cwd = Path.cwd()

    def walk(folder: str) -> Found:
        found: Found = []
        _walk(folder, Path(folder).absolute(), ignorer, found)
        return found

    def keep(match: str, is_dir: bool) -> bool:
        # A glob matches anything: of files, only articles; either may be ignored.
        if not is_dir and Path(match).suffix.lower() not in ARTICLE_SUFFIXES:
            return False
        return not ignorer.ignored(Path(match).absolute(), cwd, is_dir=is_dir)

    return expand(args, walk, keep_match=keep, stdin=True)


def expand(
    args: Iterable[str],
    walk: Callable[[str], Found],
    *,
    keep_match: Callable[[str, bool], bool] = lambda path, is_dir: True,
    stdin: bool = False,
) -> Found:
    """Command-line arguments -> ``(path, error)`` pairs in a stable order, each path once.

    ``-`` is kept when ``stdin``; a folder is ``walk`` ed; an existing file is kept as named; a
    glob is expanded, each folder or file it matches walked or kept unless ``keep_match(path,
    is_dir)`` says no; anything else is missing. Shared by the articles and the sources.
    """
    out: Found = []
    for arg in args:
        if stdin and arg == "-":
            out.append((arg, None))
        elif os.path.isdir(arg):
            out += walk(arg)
        elif os.path.lexists(arg):
            out.append((arg, None))
        elif any(char in arg for char in "*?["):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                out.append((arg, "no files match this pattern"))
            for match in matches:
                is_dir = os.path.isdir(match)
                if keep_match(match, is_dir):
                    out += walk(match) if is_dir else [(match, None)]
        else:
            out.append((arg, _MISSING))
    return _unique(out)


def _unique(items: Found) -> Found:
    seen: set[str] = set()
    unique = []
    for path, error in items:
        key = path if path == "-" else os.path.normcase(os.path.abspath(path))
        if key in seen:
            continue
        seen.add(key)
        unique.append((path, error))
    return unique
