"""The pre-commit hook definition: it must select every format attrib reads, .docx included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from attrib.reading import ARTICLE_SUFFIXES

HOOKS = Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"
# What pre-commit's file identification tags each kind of file with: .docx is a zip, "binary".
TAGS = {".docx": {"file", "binary"}, ".pdf": {"file", "binary"}}
TEXT_TAGS = {"file", "text"}


def _hook() -> dict[str, object]:
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert isinstance(hook, dict)
    return hook


def _selects(hook: dict[str, object], name: str) -> bool:
    """pre-commit's own rule: the name matches ``files`` and the tags satisfy ``types`` (all)
    and ``types_or`` (any)."""
    tags = TAGS.get(Path(name).suffix.lower(), TEXT_TAGS)
    types = set(hook.get("types", ["file"]))  # type: ignore[arg-type]
    types_or = set(hook.get("types_or", []))  # type: ignore[arg-type]
    return (
        re.search(str(hook.get("files", "")), name) is not None
        and types <= tags
        and (not types_or or bool(types_or & tags))
    )


@pytest.mark.parametrize("suffix", sorted(ARTICLE_SUFFIXES))
def test_hook_selects_every_article_format(suffix: str) -> None:
    assert _selects(_hook(), f"news/story{suffix}")
    assert _selects(_hook(), f"news/STORY{suffix.upper()}")


@pytest.mark.parametrize("name", ["report.pdf", "setup.py", "story.md.bak"])
def test_hook_leaves_other_files_alone(name: str) -> None:
    assert not _selects(_hook(), name)


def test_hook_runs_attrib_check() -> None:
    hook = _hook()
    assert hook["id"] == "attrib"
    assert hook["entry"] == "attrib check"
