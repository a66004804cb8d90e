"""The profile: everything a run is told, resolved once per config file and passed to every stage.

A `Profile` is built from validated `Settings` (``attrib.config``) and holds, ready to use:

- ``rules``: each rule's `RuleSettings` (``enabled``, a ``Literal`` ``severity``), every rule
  present, defaults filled in (``profile.rule("second-hand")``);
- ``catalog``: the outlet catalogue, the packaged list plus the config's ``outlets``;
- ``lexicon``: extraction's and attribution's word lists (speech verbs with the config's
  ``cue-verbs``, hedge adverbs with the config's one-word ``hedges``);
- ``rule_lexicon``: the rules' word lists (hedge phrases, anonymity phrases, vague terms with the
  config's additions; loaded cues), compiled once;
- ``own_outlets``: the publication's names (config ``publication``), each also resolved through
  the catalogue to its canonical outlet name, normalised for comparison;
- ``exclude``: the config's ``exclude`` patterns as a matcher rooted at the config file's folder;
- ``sources`` (quote verification's source material) and ``source_index()``, the sources read
  and indexed once per process;
- ``model``, ``fail_on``, ``config_file`` and the ``settings`` themselves.

How to get one::

    profile_for(path)                 # the profile of the config file nearest ``path``
    profile_for(path, config_file)    # --config: that file, wherever ``path`` is
                                      # (both in `attrib.profiles`)
    build_profile(Settings(...))      # library callers and tests: settings built in code
    Profiles(config_file)             # a resolver for many paths (`attrib.profiles`), cached

Reading (the folder walk), extraction, attribution and the rules receive a profile (or what it
holds); nothing else reads the config file or the outlet list. (The first-name list that tells
a person's gender is not configurable and stays with `attrib.attribution.gender`.)

Profiles are immutable and cached: one per config file (re-read when the file changes) and one
per distinct `Settings`. A profile pickles as its settings, so worker processes rebuild it
(once) instead of receiving the catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast

import pathspec

from attrib.attribution.outlets import OutletCatalog, load_catalog
from attrib.config import ConfigError, Settings, validate_rules
from attrib.extraction.lexicon import Lexicon
from attrib.model import Severity
from attrib.rules import RULES, RULES_BY_ID
from attrib.rules.base import RuleLexicon, normal

if TYPE_CHECKING:
    from attrib.verification import SourceIndex

__all__ = [
    "Exclude",
    "Profile",
    "RuleSettings",
    "build_profile",
    "default_profile",
]


@dataclass(frozen=True)
class RuleSettings:
    """One rule's settings in force: whether it runs, and the severity of its findings."""

    enabled: bool
    severity: Severity


@dataclass(frozen=True)
class Exclude:
    """Gitignore-style ``exclude`` patterns, relative to ``root`` (the config file's folder)."""

    root: Path
    patterns: tuple[str, ...] = ()
    _spec: pathspec.GitIgnoreSpec = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_spec", pathspec.GitIgnoreSpec.from_lines(list(self.patterns)))

    def matches(self, path: Path | str, *, is_dir: bool = False) -> bool:
        """True when ``path`` (a file, or a folder with ``is_dir``) is excluded.

        A path outside ``root`` (possible with ``--config``) is matched as given.
        """
        if not self.patterns:
            return False
        target = Path(path)
        try:
            relative = target.absolute().relative_to(self.root)
        except ValueError:
            relative = target
        return self._spec.match_file(relative.as_posix() + ("/" if is_dir else ""))


@dataclass(frozen=True, eq=False)
class Profile:
    """Everything a run is told, resolved once (see the module documentation)."""

    settings: Settings
    rules: Mapping[str, RuleSettings]
    catalog: OutletCatalog
    lexicon: Lexicon
    rule_lexicon: RuleLexicon
    own_outlets: frozenset[str]
    exclude: Exclude

    @property
    def model(self) -> str | None:
        return self.settings.model

    @property
    def fail_on(self) -> str:
        return self.settings.fail_on

    @property
    def config_file(self) -> str | None:
        return self.settings.config_file

    @property
    def sources(self) -> tuple[str, ...]:
        """Source material to check quotes against (config entries made relative to it)."""
        return self.settings.sources

    @property
    def verify_paraphrase(self) -> bool:
        return self.settings.verify_paraphrase

    def source_index(self) -> SourceIndex | None:
        """The sources read and indexed (once per process and set of sources); None without
        sources. Sources that cannot be read are in its ``errors``."""
        if not self.settings.sources:
            return None
        from attrib.verification import load_index

        return load_index(self.settings.sources, self.settings.max_file_size)

    def with_sources(
        self, sources: tuple[str, ...] | None, verify_paraphrase: bool | None = None
    ) -> Profile:
        """This profile with other sources (``--sources``) and paraphrase checking; None keeps
        the configured value."""
        changes: dict[str, object] = {}
        if sources is not None and sources != self.sources:
            changes["sources"] = sources
        if verify_paraphrase is not None and verify_paraphrase != self.verify_paraphrase:
            changes["verify_paraphrase"] = verify_paraphrase
        if not changes:
            return self
        return build_profile(replace(self.settings, **changes))  # type: ignore[arg-type]

    @property
    def against(self) -> str | None:
        """The sources database each direct quote is looked up in (``--against``), or None."""
        return self.settings.against

    def with_against(self, db: str | None) -> Profile:
        """This profile looking quotes up in the sources database ``db``."""
        if db == self.against:
            return self
        return build_profile(replace(self.settings, against=db))

    def rule(self, rule_id: str) -> RuleSettings:
        """The settings of rule ``rule_id`` (KeyError for an unknown id)."""
        return self.rules[rule_id]

    def with_model(self, model: str | None) -> Profile:
        """This profile with another spaCy pipeline (``--model``); None keeps the configured."""
        if model is None or model == self.model:
            return self
        return build_profile(replace(self.settings, model=model))

    def with_max_file_size(self, size: int | None) -> Profile:
        """This profile reading inputs up to ``size`` bytes (``--max-file-size``); None keeps
        the configured size."""
        if size is None or size == self.settings.max_file_size:
            return self
        return build_profile(replace(self.settings, max_file_size=size))

    def with_publication(self, name: str) -> Profile:
        """This profile checking as ``name``'s own reporting (a publication the file states)."""
        if self.settings.publication == (name,):
            return self
        return build_profile(replace(self.settings, publication=(name,)))

    def as_dict(self) -> dict[str, object]:
        """The effective settings in config-file terms (kebab-case keys), for ``attrib config``."""
        settings = self.settings
        return {
            "config-file": settings.config_file,
            "model": settings.model,
            "exclude": list(settings.exclude),
            "fail-on": settings.fail_on,
            "publication": list(settings.publication),
            "rules": {
                rule_id: {"enabled": rule.enabled, "severity": rule.severity}
                for rule_id, rule in self.rules.items()
            },
            "outlets": [dict(outlet) for outlet in settings.extra_outlets],
            "cue-verbs": list(settings.extra_cue_verbs),
            "vague-terms": list(settings.extra_vague_terms),
            "anonymity-phrases": list(settings.extra_anonymity_phrases),
            "hedges": list(settings.extra_hedges),
            "sources": list(settings.sources),
            "verify-paraphrase": settings.verify_paraphrase,
            "max-file-size": settings.max_file_size,
        }

    def __reduce__(self) -> tuple[Any, tuple[Settings]]:
        # Worker processes rebuild the profile from its settings (cached there) rather than
        # unpickle the catalogue and compiled patterns for every task.
        return (build_profile, (self.settings,))


def _rule_settings(settings: Settings, where: str) -> Mapping[str, RuleSettings]:
    configured = validate_rules(where, "rules", dict(settings.rules), RULES_BY_ID)
    resolved = {}
    for rule in RULES:
        table = configured.get(rule.ID, {})
        severity = cast(Severity, table.get("severity", rule.SEVERITY))
        resolved[rule.ID] = RuleSettings(bool(table.get("enabled", True)), severity)
    return MappingProxyType(resolved)


def _own_outlets(publication: tuple[str, ...], catalog: OutletCatalog) -> frozenset[str]:
    """The publication's names as written and each one's canonical outlet name, so that
    "Washington Post" and "WaPo" both mean The Washington Post; the catalogue includes the
    outlets the config adds."""
    names = {normal(name) for name in publication}
    for name in publication:
        entry = catalog.lookup(name)
        if entry is not None:
            names.add(normal(entry.name))
    return frozenset(names)


def _build(settings: Settings) -> Profile:
    where = settings.config_file or "<settings>"
    try:
        catalog = load_catalog(settings.extra_outlets)
    except ValueError as exc:
        raise ConfigError(f"{where}: outlets: {exc}") from None
    root = Path(settings.config_file).parent if settings.config_file else Path.cwd()
    return Profile(
        settings=settings,
        rules=_rule_settings(settings, where),
        catalog=catalog,
        lexicon=Lexicon.build(settings.extra_cue_verbs, settings.extra_hedges),
        rule_lexicon=RuleLexicon.build(
            settings.extra_hedges, settings.extra_anonymity_phrases, settings.extra_vague_terms
        ),
        own_outlets=_own_outlets(settings.publication, catalog),
        exclude=Exclude(root.absolute(), settings.exclude),
    )


# Built profiles by the repr of their settings (Settings holds dicts, so it cannot be hashed).
_BUILT: dict[str, Profile] = {}


def build_profile(settings: Settings | None = None) -> Profile:
    """The profile for ``settings`` (default: the built-in defaults), built once per process.

    Raises `ConfigError` for settings that do not validate (an unknown rule id, a bad outlet).
    """
    settings = settings or Settings()
    key = repr(settings)
    if key not in _BUILT:
        _BUILT[key] = _build(settings)
    return _BUILT[key]


def default_profile() -> Profile:
    """The profile without any config file."""
    return build_profile(Settings())
