"""Config discovery, merging over the defaults, and error messages that name file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrib.config import ConfigError, Settings, find_config
from attrib.profiles import profile_for


def load_settings(start: Path | None, config_file: Path | None = None) -> Settings:
    return profile_for(start, config_file).settings


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "article.txt")
    assert settings == Settings()
    assert settings.fail_on == "error"


def test_nearest_file_wins_walking_up(tmp_path: Path) -> None:
    _write(tmp_path / "attrib.toml", 'fail-on = "warning"\n')
    _write(tmp_path / "desk" / "sub" / ".attrib.toml", 'fail-on = "info"\n')
    article = _write(tmp_path / "desk" / "sub" / "deeper" / "a.txt", "x")
    assert load_settings(article).fail_on == "info"
    assert load_settings(tmp_path / "desk" / "b.txt").fail_on == "warning"
    # Files are not merged: the nearer file's silence means defaults, not the outer file.
    assert load_settings(article).rules == {}


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"attrib.toml": "", ".attrib.toml": "", "pyproject.toml": "[tool.attrib]\n"},
            "attrib.toml",
        ),
        ({".attrib.toml": "", "pyproject.toml": "[tool.attrib]\n"}, ".attrib.toml"),
        ({"pyproject.toml": "[tool.attrib]\n"}, "pyproject.toml"),
    ],
)
def test_precedence_in_one_folder(tmp_path: Path, files: dict[str, str], expected: str) -> None:
    for name, text in files.items():
        _write(tmp_path / name, text)
    assert find_config(tmp_path / "a.txt") == (tmp_path / expected).absolute()


def test_pyproject_without_tool_attrib_is_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "attrib.toml", 'fail-on = "never"\n')
    _write(tmp_path / "proj" / "pyproject.toml", "[tool.ruff]\nline-length = 80\n")
    settings = load_settings(tmp_path / "proj" / "a.txt")
    assert settings.fail_on == "never"
    assert settings.config_file == str((tmp_path / "attrib.toml").absolute())


def test_pyproject_table_is_read(tmp_path: Path) -> None:
    _write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.attrib]\nmodel = "en_core_web_md"\n'
        "[tool.attrib.rules.loaded-cue]\nenabled = false\n",
    )
    settings = load_settings(tmp_path)
    assert settings.model == "en_core_web_md"
    assert settings.rules == {"loaded-cue": {"enabled": False}}


def test_explicit_file_overrides_discovery(tmp_path: Path) -> None:
    _write(tmp_path / "attrib.toml", 'fail-on = "warning"\n')
    other = _write(tmp_path / "elsewhere" / "house.toml", 'fail-on = "info"\n')
    assert load_settings(tmp_path / "a.txt", other).fail_on == "info"


def test_every_key(tmp_path: Path) -> None:
    config = _write(
        tmp_path / "attrib.toml",
        """
model = "en_core_web_sm"
exclude = ["drafts/**", "*.bak"]
fail-on = "warning"
publication = "The Daily Planet"
cue-verbs = ["opine"]
vague-terms = ["bloggers"]
anonymity-phrases = ["off the record"]
hedges = ["is whispered to"]
max-file-size = "1.5MB"

[[outlets]]
name = "The Daily Planet"
aliases = ["Daily Planet"]
short = "the Planet"

[rules.vague-source]
severity = "error"

[rules.loaded-cue]
enabled = false
""",
    )
    s = load_settings(None, config)
    assert s.model == "en_core_web_sm"
    assert s.exclude == ("drafts/**", "*.bak")
    assert s.fail_on == "warning"
    assert s.publication == ("The Daily Planet",)
    assert s.extra_cue_verbs == ("opine",)
    assert s.extra_vague_terms == ("bloggers",)
    assert s.extra_anonymity_phrases == ("off the record",)
    assert s.extra_hedges == ("is whispered to",)
    assert s.max_file_size == 1_500_000
    assert s.extra_outlets == (
        {"name": "The Daily Planet", "aliases": ["Daily Planet"], "short": ["the Planet"]},
    )
    assert s.rules == {"vague-source": {"severity": "error"}, "loaded-cue": {"enabled": False}}
    shown = profile_for(None, config).as_dict()
    assert shown["rules"]["vague-source"] == {"enabled": True, "severity": "error"}  # type: ignore[index]
    assert shown["rules"]["loaded-cue"] == {"enabled": False, "severity": "info"}  # type: ignore[index]
    assert shown["rules"]["second-hand"] == {"enabled": True, "severity": "warning"}  # type: ignore[index]
    assert shown["config-file"] == str(config)
    assert shown["fail-on"] == "warning"
    assert shown["max-file-size"] == 1_500_000


ERRORS = [
    ('[rules.vague-sourse]\nenabled = false\n',
     "attrib.toml: rules.vague-sourse: unknown rule id (did you mean 'vague-source'?)"),
    ('fail_on = "warning"\n', "attrib.toml: fail_on: unknown key (did you mean 'fail-on'?)"),
    ('colour = true\n', "attrib.toml: colour: unknown key"),
    ('fail-on = "fatal"\n',
     "attrib.toml: fail-on: expected one of error, warning, info, never, got 'fatal'"),
    ('[rules.loaded-cue]\nseverity = "warn"\n',
     "attrib.toml: rules.loaded-cue.severity: expected one of error, warning, info, got 'warn'"),
    ('[rules.loaded-cue]\nenabled = "no"\n',
     "attrib.toml: rules.loaded-cue.enabled: expected true or false, got 'no'"),
    ('[rules.loaded-cue]\nlevel = "info"\n',
     "attrib.toml: rules.loaded-cue.level: unknown key"),
    ('rules = ["loaded-cue"]\n', "attrib.toml: rules: expected a table of rule ids"),
    ('rules = {loaded-cue = false}\n',
     "attrib.toml: rules.loaded-cue: expected a table with enabled and/or severity"),
    ('exclude = "drafts"\n', "attrib.toml: exclude: expected a list of non-empty strings"),
    ('hedges = ["ok", ""]\n', "attrib.toml: hedges: expected a list of non-empty strings"),
    ('model = 3\n', "attrib.toml: model: expected the name or path of a spaCy pipeline"),
    ('[[outlets]]\naliases = ["X"]\n',
     "attrib.toml: outlets[0]: outlet entry needs a non-empty string 'name'"),
    ('[[outlets]]\nname = "X"\nurl = "x"\n',
     "attrib.toml: outlets[0]: outlet 'X': unknown key 'url'"),
    ('[[outlets]]\nname = "X"\ntype = "blog"\n',
     "attrib.toml: outlets[0]: outlet 'X': 'type' must be one of"),
    ('[[outlets]]\nname = "X"\nshort = [1]\n',
     "attrib.toml: outlets[0]: outlet 'X': 'short' must be a list of non-empty strings"),
    ('outlets = ["X"]\n', "attrib.toml: outlets[0]: expected a table {name, aliases, short, type}"),
    ('fail-on = \n', "attrib.toml: invalid TOML"),
    ('max-file-size = "big"\n',
     "attrib.toml: max-file-size: expected a size such as 20MB, 500kB or 1GB, got 'big'"),
    ('max-file-size = "20 furlongs"\n', "attrib.toml: max-file-size: expected a size such as"),
    ('max-file-size = 0\n', "attrib.toml: max-file-size: expected a size of at least one byte"),
    ('max-file-size = true\n', 'attrib.toml: max-file-size: expected a size such as "20MB"'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "message"), ERRORS)
def test_errors_name_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    _write(tmp_path / "attrib.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path / "a.txt")
    shown = str(caught.value).replace(str(tmp_path.absolute()) + "/", "")
    assert shown.startswith(message)


def test_pyproject_errors_use_the_table_prefix(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", "[tool.attrib]\nfail-on = 1\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml: tool.attrib.fail-on: expected one of"):
        load_settings(tmp_path)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("missing.toml", None, "missing.toml: no such config file"),
        ("pyproject.toml", "[project]\n", "pyproject.toml: tool.attrib: no [tool.attrib] table"),
    ],
)
def test_explicit_file_problems(tmp_path: Path, name: str, text: str | None, message: str) -> None:
    path = tmp_path / name
    if text is not None:
        _write(path, text)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_settings(None, path)


@pytest.mark.parametrize(
    ("relative", "excluded"),
    [("drafts/a.md", True), ("drafts/deep/b.md", True), ("news/a.md", False), ("a.bak", True)],
)
def test_exclude_globs_are_relative_to_the_config(
    tmp_path: Path, relative: str, excluded: bool
) -> None:
    _write(tmp_path / "attrib.toml", 'exclude = ["drafts/", "*.bak"]\n')
    profile = profile_for(tmp_path)
    assert profile.exclude.matches(tmp_path / relative) is excluded
