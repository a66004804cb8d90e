"""Which profile applies to which path: the nearest config file's, or ``--config``'s.

Reading a tree, each file is checked with the profile of the config file nearest it (in its
folder or the closest folder above); ``--config FILE`` gives every path that file's. Config
files are read once per process and read again when they change (their mtime and size).

Example::

    profiles = Profiles()                  # the nearest config, per path
    profiles.for_path("desk/story.md")     # the profile of desk/.attrib.toml, or above it
    profile_for("story.md", Path("house.toml"))   # that config, wherever the file is

Raises `attrib.config.ConfigError` (naming the file and key) for a config that does not validate.
"""

from __future__ import annotations

import os
from pathlib import Path

from attrib.config import ConfigError, config_in, read_settings
from attrib.profile import Profile, build_profile, default_profile
from attrib.rules import RULES_BY_ID

__all__ = ["Profiles", "load_profile", "profile_for"]

# Config files read, by path, with the (mtime, size) they had: a changed file is read again.
_READ: dict[Path, tuple[tuple[int, int], Profile]] = {}


def load_profile(config_file: Path | None) -> Profile:
    """The profile of one config file (None: the defaults). Raises `ConfigError`."""
    if config_file is None:
        return default_profile()
    try:
        stat = os.stat(config_file)
    except OSError:
        raise ConfigError(f"{config_file}: no such config file") from None
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _READ.get(config_file)
    if cached is None or cached[0] != stamp:
        settings = read_settings(config_file, rule_ids=RULES_BY_ID)
        cached = (stamp, build_profile(settings))
        _READ[config_file] = cached
    return cached[1]


class Profiles:
    """The profile for each path: the nearest config file's, or ``config_file``'s for every path.

    Config lookups are cached per folder, so walking a tree costs one look per folder.
    Raises `ConfigError` (from `for_path`) for a config file that does not validate.
    """

    def __init__(self, config_file: Path | None = None) -> None:
        self.config_file = config_file
        self._folders: dict[Path, Path | None] = {}

    def config_for(self, path: Path | str | None) -> Path | None:
        """The config file that applies to ``path`` (a file or folder; None: the cwd)."""
        if self.config_file is not None:
            return self.config_file
        target = Path(path).absolute() if path is not None else Path.cwd()
        return self._nearest(target if target.is_dir() else target.parent)

    def _nearest(self, folder: Path) -> Path | None:
        if folder not in self._folders:
            found = config_in(folder)
            if found is None and folder.parent != folder:
                found = self._nearest(folder.parent)
            self._folders[folder] = found
        return self._folders[folder]

    def for_path(self, path: Path | str | None) -> Profile:
        """The profile for checking ``path``."""
        return load_profile(self.config_for(path))

    def excluded(self, path: Path, is_dir: bool) -> bool:
        """Whether the folder walk skips ``path``: the ``exclude`` of the config that applies
        where it sits (a folder's own config does not decide whether the folder is walked)."""
        profile = load_profile(self.config_for(path.absolute().parent))
        return profile.exclude.matches(path, is_dir=is_dir)


def profile_for(path: Path | str | None, config_file: Path | None = None) -> Profile:
    """The profile for checking ``path``: ``config_file``'s if given, else the nearest one's.

    Raises `ConfigError` naming the file and key of a config that does not validate.
    """
    return Profiles(config_file).for_path(path)
