"""The package's public API: what ``import attrib`` offers and that it works end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

import attrib


def test_public_names_resolve() -> None:
    for name in attrib.__all__:
        assert getattr(attrib, name) is not None, name
    with pytest.raises(AttributeError):
        _ = attrib.no_such_name  # type: ignore[attr-defined]


def test_check_paths_uses_each_files_config(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "attrib.toml").write_text(
        "[rules.anonymous-source]\nenabled = false\n", encoding="utf-8"
    )
    text = "Sources said the deal was dead.\n"
    (tmp_path / "desk" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "missing.txt").write_text(text, encoding="utf-8")
    (tmp_path / "missing.txt").unlink()
    report = attrib.check_paths(
        [str(tmp_path / "desk"), str(tmp_path / "b.txt"), str(tmp_path / "missing.txt")]
    )
    rules = [[f.rule for f in file.findings] for file in report.files]
    assert rules == [[], ["anonymous-source"], []]
    assert report.files[2].error == "no such file or directory"
    assert attrib.exit_code(report, "never") == 2  # an input could not be read


def test_exports_and_all_agree() -> None:
    assert set(attrib.__all__) == {"__version__", *attrib._EXPORTS}
