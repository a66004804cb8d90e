"""One run's inputs: every file read (or its one-line read error) with the profile it is checked
with, ready to check on any engine. ``prepare`` reads them as ``attrib check`` does."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from attrib import __version__
from attrib.model import Document, FileReport, ToolInfo
from attrib.profile import Profile
from attrib.profiles import Profiles
from attrib.reading import Unread, find_inputs

if TYPE_CHECKING:
    from attrib.engines import Engine


@dataclass(frozen=True)
class Batch:
    """What one run checks: every input read (or its one-line read error), the profile each is
    checked with, and the run's own profile (the pipeline, ``fail-on``). A batch prepared
    ``lazy`` holds its files `Unread`: each is read when the engine takes it, and its read error
    (if any) comes back as its report instead of in `problems`."""

    inputs: tuple[Document | FileReport | Unread, ...]
    profiles: tuple[Profile, ...]
    profile: Profile

    def with_each(self, change: Callable[[Profile], Profile]) -> Batch:
        """This batch with ``change`` applied to the run's and every input's profile."""
        return Batch(self.inputs, tuple(map(change, self.profiles)), change(self.profile))

    def problems(self) -> list[str]:
        """One line per input that cannot be read, then per source that cannot be (skipped)."""
        lines = [
            f"{item.path}: {item.error}" for item in self.inputs if isinstance(item, FileReport)
        ]
        for profile in {own.sources: own for own in self.profiles if own.sources}.values():
            index = profile.source_index()
            for path, problem in index.errors if index is not None else ():
                lines.append(f"{path}: {problem} (source skipped)")
        return lines

    def given(self) -> dict[Path, str]:
        """Every file the user gave (resolved) and what it is ("inputs", "sources"): a report
        must never be written over one of them."""
        files = {
            real_path(item.path): "inputs"
            for item in self.inputs
            if item.path not in {"-", "<stdin>"}
        }
        for own in self.profiles:
            files.update(dict.fromkeys((real_path(s) for s in own.sources), "sources"))
        return files

    def tool_info(self, engine: Engine) -> ToolInfo:
        """The tool and the pipeline ``engine`` checks with. When no input could be read no
        pipeline is loaded (a run of refused inputs ends at once) and the model is ``""``."""
        if all(isinstance(item, FileReport) for item in self.inputs):
            return ToolInfo("attrib", __version__, "")
        return engine.tool_info(self.profile)

    def check(
        self,
        engine: Engine | None = None,
        *,
        ordered: bool = True,
        progress: Callable[[], None] | None = None,
    ) -> Iterator[FileReport]:
        """One report per input (see `attrib.engines.check_with`); by default in this process."""
        from attrib.engines import LocalEngine, check_with

        runner = engine if engine is not None else LocalEngine()
        readable = sum(not isinstance(item, FileReport) for item in self.inputs)
        read = (item.read() if isinstance(item, Unread) else item for item in self.inputs)
        return check_with(
            runner,
            read,
            self.profile,
            self.profiles,
            total=readable,
            ordered=ordered,
            progress=progress,
        )


def prepare(
    paths: Sequence[str],
    *,
    config_file: Path | None = None,
    model: str | None = None,
    stdin: Callable[[int], bytes] | None = None,
    stdin_name: str | None = None,
    sources: Sequence[str] | None = None,
    verify_paraphrase: bool = False,
    html_content: str = "auto",
    max_file_size: int | None = None,
    lazy: bool = False,
) -> Batch:
    """Read ``paths`` (files, folders, globs, ``-`` for ``stdin(n)``, which returns at most n
    bytes, as ``sys.stdin.buffer.read`` does) into a `Batch`.

    Each file is checked with the profile of the config file nearest it (``config_file``: that
    one for all); the run's profile is the first path's, with ``model`` and ``max_file_size``
    (bytes; no input may be larger) if given. ``sources`` and ``verify_paraphrase`` apply to
    every input, whatever its config says. ``html_content`` chooses what of a web page is read
    (`attrib.reading.read_bytes`). ``lazy`` leaves the files to be read as they are checked
    (`attrib.reading.Unread`): for a run over an archive that streams its reports. Raises
    `ConfigError` for a config file that does not validate.
    """
    profiles = Profiles(config_file)
    first = profiles.for_path(next((p for p in paths if p != "-"), None))
    run = first.with_model(model).with_max_file_size(max_file_size)
    found = find_inputs(
        paths,
        stdin=stdin or _no_stdin,
        stdin_name=stdin_name,
        excluded=profiles.excluded,
        html_content=html_content,
        max_file_size=run.settings.max_file_size,
    )
    inputs = found if lazy else [i.read() if isinstance(i, Unread) else i for i in found]
    own = [
        profiles.for_path(item.path)
        if not isinstance(item, FileReport) and item.path not in {"-", "<stdin>"}
        else run
        for item in inputs
    ]
    batch = Batch(tuple(inputs), tuple(own), run)
    if max_file_size is not None:  # --max-file-size bounds the sources each input is checked with
        batch = batch.with_each(lambda p: p.with_max_file_size(max_file_size))
    if sources or verify_paraphrase:
        chosen = tuple(sources) if sources else None
        batch = batch.with_each(lambda p: p.with_sources(chosen, verify_paraphrase or None))
    return batch


def real_path(path: str | Path) -> Path:
    """``path`` absolute with every link followed; a link loop stays as it is (no error)."""
    return Path(os.path.realpath(path))


def _no_stdin(size: int) -> bytes:
    return b""
