"""expand_inputs: files, stdin, folders (.gitignore, exclude), globs, in a stable order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from attrib.profiles import Profiles
from attrib.reading import Excluded, expand_inputs


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def _excluding(folder: Path, patterns: list[str]) -> Excluded:
    """The exclude predicate of a config file in ``folder`` holding ``patterns``."""
    quoted = ", ".join(f'"{pattern}"' for pattern in patterns)
    (folder / "attrib.toml").write_text(f"exclude = [{quoted}]\n", encoding="utf-8")
    return Profiles().excluded


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    _tree(
        tmp_path,
        {
            "articles/.gitignore": "drafts/\n*.tmp.md\n",
            "articles/a.md": "x",
            "articles/B.txt": "x",
            "articles/c.html": "x",
            "articles/d.docx": "x",
            "articles/e.htm": "x",
            "articles/f.markdown": "x",
            "articles/notes.pdf": "x",
            "articles/x.tmp.md": "x",
            "articles/drafts/z.md": "x",
            "articles/archive/old.md": "x",
            "articles/sub/.gitignore": "!keep.tmp.md\nlocal.md\n",
            "articles/sub/keep.tmp.md": "x",
            "articles/sub/local.md": "x",
            "articles/sub/y.md": "x",
            "articles/sub/deeper/w.txt": "x",
            "articles/.git/HEAD.md": "x",
        },
    )
    return tmp_path


def test_folder_walk_honours_gitignore_and_exclude(articles: Path) -> None:
    excluded = _excluding(articles / "articles", ["archive/"])
    assert expand_inputs(["articles"], excluded) == [
        ("articles/B.txt", None),
        ("articles/a.md", None),
        ("articles/c.html", None),
        ("articles/d.docx", None),
        ("articles/e.htm", None),
        ("articles/f.markdown", None),
        ("articles/sub/deeper/w.txt", None),
        ("articles/sub/keep.tmp.md", None),
        ("articles/sub/y.md", None),
    ]


def test_folder_walk_without_exclude_keeps_archive(articles: Path) -> None:
    paths = [path for path, _ in expand_inputs(["articles/"])]
    assert "articles/archive/old.md" in paths
    assert "articles/drafts/z.md" not in paths
    assert "articles/x.tmp.md" not in paths
    assert "articles/sub/local.md" not in paths


@pytest.mark.parametrize(
    ("config_folder", "exclude", "gone"),
    [
        ("articles", ["*.html"], "articles/c.html"),
        ("articles", ["sub/y.md"], "articles/sub/y.md"),
        (".", ["articles/sub/y.md"], "articles/sub/y.md"),
        (".", ["deeper"], "articles/sub/deeper/w.txt"),
        ("articles", ["**/deeper/*.txt"], "articles/sub/deeper/w.txt"),
    ],
)
def test_exclude_patterns_are_relative_to_the_config(
    articles: Path, config_folder: str, exclude: list[str], gone: str
) -> None:
    excluded = _excluding(articles / config_folder, exclude)
    paths = [path for path, _ in expand_inputs(["articles"], excluded)]
    assert gone not in paths
    assert "articles/a.md" in paths


@pytest.mark.parametrize("walked", ["articles/sub", "articles/sub/", "articles"])
def test_exclude_holds_when_walking_a_subfolder(articles: Path, walked: str) -> None:
    # Bug: the walk matched patterns relative to the folder it was given, so a config's
    # "sub/deeper/" stopped working as soon as the user checked articles/sub.
    excluded = _excluding(articles / "articles", ["sub/deeper/"])
    paths = [path for path, _ in expand_inputs([walked], excluded)]
    assert "articles/sub/deeper/w.txt" not in paths
    assert "articles/sub/y.md" in paths


def test_a_nested_config_decides_below_its_folder(articles: Path) -> None:
    _excluding(articles / "articles", ["y.md"])
    excluded = _excluding(articles / "articles" / "sub", ["w.txt"])
    paths = [path for path, _ in expand_inputs(["articles"], excluded)]
    # Files are not merged: below sub/ only sub/attrib.toml counts.
    assert "articles/sub/y.md" in paths
    assert "articles/sub/deeper/w.txt" not in paths


def test_files_stdin_and_missing_paths_keep_their_order(articles: Path) -> None:
    assert expand_inputs(["articles/x.tmp.md", "-", "missing.md", "articles/a.md"]) == [
        ("articles/x.tmp.md", None),  # named explicitly: read even though ignored
        ("-", None),
        ("missing.md", "no such file or directory"),
        ("articles/a.md", None),
    ]


def test_no_duplicates(articles: Path) -> None:
    result = expand_inputs(["articles/sub/y.md", "articles/sub", "./articles/sub/y.md", "-", "-"])
    assert result == [
        ("articles/sub/y.md", None),
        ("articles/sub/deeper/w.txt", None),
        ("articles/sub/keep.tmp.md", None),
        ("-", None),
    ]


def test_globs(articles: Path) -> None:
    assert expand_inputs(["articles/*.md"]) == [("articles/a.md", None)]
    excluded = _excluding(articles / "articles", ["archive/"])
    assert expand_inputs(["articles/**/*.md"], excluded) == [
        ("articles/a.md", None),
        ("articles/sub/keep.tmp.md", None),
        ("articles/sub/y.md", None),
    ]
    assert expand_inputs(["articles/su*"]) == [
        ("articles/sub/deeper/w.txt", None),
        ("articles/sub/keep.tmp.md", None),
        ("articles/sub/y.md", None),
    ]
    assert expand_inputs(["nothing/*.md"]) == [("nothing/*.md", "no files match this pattern")]


def test_gitignore_above_the_folder_counts_inside_a_repository(articles: Path) -> None:
    shutil.rmtree(articles / "articles" / ".git")  # else articles/ is the repository's root
    (articles / ".gitignore").write_text("articles/B.txt\n", encoding="utf-8")
    outside_repo = [path for path, _ in expand_inputs(["articles"])]
    assert "articles/B.txt" in outside_repo  # no repository: only the walked tree's files
    (articles / ".git").mkdir()
    inside_repo = [path for path, _ in expand_inputs(["articles"])]
    assert "articles/B.txt" not in inside_repo
    assert "articles/a.md" in inside_repo


def test_absolute_folder(articles: Path) -> None:
    result = expand_inputs([str(articles / "articles" / "sub")])
    assert result == [
        (str(articles / "articles" / "sub" / "deeper" / "w.txt"), None),
        (str(articles / "articles" / "sub" / "keep.tmp.md"), None),
        (str(articles / "articles" / "sub" / "y.md"), None),
    ]


def test_broken_files_among_good_ones_fail_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attrib.reading import ReadError, read_path

    monkeypatch.chdir(tmp_path)
    _tree(tmp_path, {"in/a.md": "She *said* so.", "in/c.txt": "He said so.", "in/e.txt": "  \n"})
    (tmp_path / "in" / "b.docx").write_bytes(b"not a zip")
    (tmp_path / "in" / "d.txt").write_bytes(b"\x00\x01binary")
    outcomes: dict[str, str] = {}
    for path, error in expand_inputs(["in", "in/missing.txt"]):
        if error is None:
            try:
                outcomes[path] = read_path(path).format
            except ReadError as failure:
                outcomes[path] = str(failure)
        else:
            outcomes[path] = error
    assert outcomes == {
        "in/a.md": "markdown",
        "in/b.docx": "not a valid .docx file (not a zip archive)",
        "in/c.txt": "text",
        "in/d.txt": "binary file",
        "in/e.txt": "empty file",
        "in/missing.txt": "no such file or directory",
    }


def test_a_symlink_loop_in_a_folder_is_a_one_line_error(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("x", encoding="utf-8")
    (folder / "x.txt").symlink_to("x.txt")  # points at itself
    (folder / "gone.md").symlink_to("missing.md")  # dangling: nothing to read, passed over
    (folder / "sub").symlink_to(folder)  # a link to a folder is not followed
    assert expand_inputs([str(folder)]) == [
        (str(folder / "a.txt"), None),
        (str(folder / "x.txt"), "too many levels of symbolic links"),
    ]
