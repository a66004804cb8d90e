"""attrib: a source-attribution checker for news writing.

The public API, for use from Python::

    import attrib

    report = attrib.analyze("Experts said the plan failed.")  # one text: a FileReport
    run = attrib.check_paths(["articles/"])  # files, folders, globs: a Report
    status = attrib.exit_code(run, "error")  # what `attrib check` would exit with
    profile = attrib.profile_for("articles/story.md")  # the settings that apply there
    settings = attrib.Settings(publication=("Haaretz",))
    report = attrib.analyze(text, attrib.build_profile(settings))

Everything else is reachable from its module (``attrib.api``, ``attrib.profile``,
``attrib.model``, ...). Names are imported on first use, so ``import attrib`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# Public name -> the module that defines it.
_EXPORTS: dict[str, str] = {
    "analyze": "attrib.api",
    "check_paths": "attrib.api",
    "exit_code": "attrib.api",
    "Settings": "attrib.config",
    "ConfigError": "attrib.config",
    "Profile": "attrib.profile",
    "profile_for": "attrib.profiles",
    "build_profile": "attrib.profile",
    "Report": "attrib.model",
    "FileReport": "attrib.model",
    "Statement": "attrib.model",
    "Finding": "attrib.model",
}

__all__ = [
    "ConfigError",
    "FileReport",
    "Finding",
    "Profile",
    "Report",
    "Settings",
    "Statement",
    "__version__",
    "analyze",
    "build_profile",
    "check_paths",
    "exit_code",
    "profile_for",
]

if TYPE_CHECKING:
    from attrib.api import analyze, check_paths, exit_code
    from attrib.config import ConfigError, Settings
    from attrib.model import FileReport, Finding, Report, Statement
    from attrib.profile import Profile, build_profile
    from attrib.profiles import profile_for


def __getattr__(name: str) -> object:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'attrib' has no attribute {name!r}")
