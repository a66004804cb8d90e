"""The catalogue of news outlets and wire services, and O(1) lookups into it.

The packaged list is ``attrib/data/outlets.json``; users add or override entries through the
``extra_outlets`` setting. Every lookup is a dict access on a normalised key: lowercase, whitespace
collapsed, a leading "the" dropped, curly apostrophes straightened.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from attrib import packaged

OUTLET_TYPES: frozenset[str] = frozenset(
    {"newspaper", "wire", "broadcaster", "magazine", "digital"}
)
# Type given to a config entry that does not say; most outlets users add are local papers.
DEFAULT_TYPE = "newspaper"
_KEYS = frozenset({"name", "aliases", "short", "type", "country", "domains", "needs_context"})

# Outlet names that are also ordinary words ("Time", "The Hill", "Dawn"). surface_forms() emits
# them only as "The X" written with a capital T, never bare and never as "the x" in running text,
# so that "on the Hill" or "Time will tell" is not read as an outlet. All-caps acronyms ("TIME",
# "STAT") are exempt. lookup() still knows them, for text already known to name an outlet.
COMMON_WORD_NAMES: frozenset[str] = frozenset(
    {
        "age", "athletic", "atlantic", "australian", "billboard", "commentary", "cosmopolitan",
        "crikey", "dawn", "deadline", "fortune", "glamour", "globes", "hello!", "hill",
        "independent", "mint", "nation", "ok!", "outlook", "people", "quartz", "reason",
        "ringer", "salon", "slate", "stuff", "sun", "tablet", "time", "today",
        "variety", "vogue", "week", "wired",
    }
)  # fmt: skip


@dataclass(frozen=True)
class OutletEntry:
    """One outlet: canonical ``name``, unambiguous ``aliases``, shared ``short`` forms, ``type``.

    ``domains`` and ``country`` come from the public list the catalogue is built from.
    ``needs_context`` marks a name that could as well be a person's ("Watson"): it is an outlet
    only where the text says so ("the Swiss news site Watson"), never matched bare.
    """

    name: str
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    type: str = DEFAULT_TYPE
    domains: tuple[str, ...] = ()
    country: str | None = None
    needs_context: bool = False


def normalize(text: str) -> str:
    """Lookup key: casefolded, single-spaced, straight apostrophes, no leading "the"."""
    key = " ".join(text.replace("’", "'").split()).casefold()
    return key[4:] if key.startswith("the ") else key


def _strip_possessive(key: str) -> str:
    if key.endswith("'s"):
        return key[:-2]
    if key.endswith("s'"):  # "Reuters' report"
        return key[:-1]
    return key


def _the_variants(form: str) -> tuple[str, ...]:
    """The form as written plus its variants with and without a leading "The"."""
    if form.startswith(("The ", "the ")):
        bare = form[4:]
        # A bare single word ("Guardian", "Post") is too ambiguous to match on its own.
        variants = ["The " + bare, "the " + bare] + ([bare] if " " in bare else [])
        return (form, *variants)
    return (form, "The " + form, "the " + form)


def _apostrophes(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The forms with straight and typographic apostrophes both: a catalogue's "People's
    Daily" is also the "People’s Daily" of typeset copy (the matcher compares exact text)."""
    out: dict[str, None] = {}
    for form in forms:
        out.update(dict.fromkeys((form, form.replace("'", "’"), form.replace("’", "'"))))
    return tuple(out)


def _surface_variants(form: str) -> tuple[str, ...]:
    bare = form[4:] if form.startswith(("The ", "the ")) else form
    if bare.casefold() in COMMON_WORD_NAMES and not bare.isupper():
        return _apostrophes(("The " + bare,)) if form.startswith("The ") else ()
    return _apostrophes(_the_variants(form))


def _string_list(entry: Mapping[str, object], key: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, (list, tuple)) or not all(
        isinstance(item, str) and item.strip() for item in value
    ):
        raise ValueError(
            f"outlet {entry.get('name')!r}: {key!r} must be a list of non-empty "
            f"strings, got {value!r}"
        )
    return tuple(item.strip() for item in value)


def parse_entry(entry: Mapping[str, object]) -> OutletEntry:
    """Validate one outlet mapping (packaged or from config); ValueError names what is wrong."""
    if not isinstance(entry, Mapping):
        raise ValueError(f"outlet entry must be a table/object, got {entry!r}")
    unknown = sorted(str(key) for key in entry if key not in _KEYS)
    if unknown:
        raise ValueError(
            f"outlet {entry.get('name')!r}: unknown key {unknown[0]!r} "
            f"(allowed: {', '.join(sorted(_KEYS))})"
        )
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"outlet entry needs a non-empty string 'name', got {name!r}")
    kind = entry.get("type", DEFAULT_TYPE)
    if kind not in OUTLET_TYPES:
        raise ValueError(
            f"outlet {name!r}: 'type' must be one of "
            f"{', '.join(sorted(OUTLET_TYPES))}, got {kind!r}"
        )
    country = entry.get("country")
    if country is not None and (not isinstance(country, str) or not country.strip()):
        raise ValueError(f"outlet {name!r}: 'country' must be a non-empty string, got {country!r}")
    needs_context = entry.get("needs_context", False)
    if not isinstance(needs_context, bool):
        raise ValueError(f"outlet {name!r}: 'needs_context' must be true or false")
    return OutletEntry(
        name=name.strip(),
        aliases=_string_list(entry, "aliases"),
        short=_string_list(entry, "short"),
        type=str(kind),
        domains=tuple(d.lower() for d in _string_list(entry, "domains")),
        country=country.strip() if country else None,
        needs_context=needs_context,
    )


class OutletCatalog:
    """Outlets indexed by every name, alias and short form."""

    def __init__(self, entries: Iterable[OutletEntry]) -> None:
        by_name: dict[str, OutletEntry] = {}
        for entry in entries:
            by_name.pop(entry.name, None)  # a later entry of the same name replaces the earlier
            by_name[entry.name] = entry
        self.entries: tuple[OutletEntry, ...] = tuple(by_name.values())
        self._by_key: dict[str, OutletEntry] = {}
        self._by_short: dict[str, list[OutletEntry]] = {}
        self._by_domain: dict[str, OutletEntry] = {}
        for entry in self.entries:  # later entries (config) win a clash over a key
            for form in (entry.name, *entry.aliases):
                self._by_key[normalize(form)] = entry
            for domain in entry.domains:
                self._by_domain[domain] = entry
            for form in entry.short:
                self._by_short.setdefault(normalize(form), []).append(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def surface_forms(self) -> list[tuple[str, str]]:
        """(surface text, canonical name) for every name and alias, with and without "The".

        Meant for a case-sensitive (``attr="ORTH"``) spaCy PhraseMatcher. Short forms are not
        included: they need `resolve_short`.
        """
        seen: set[str] = set()
        forms: list[tuple[str, str]] = []
        for entry in self.entries:
            if entry.needs_context:
                continue
            for form in (entry.name, *entry.aliases):
                for variant in _surface_variants(form):
                    if variant not in seen and self._by_key.get(normalize(variant)) is entry:
                        seen.add(variant)
                        forms.append((variant, entry.name))
        return forms

    def short_surface_forms(self) -> list[str]:
        """Every short form as written ("the Post", "CNA", "Fox"), also with "The"/"the".

        For a second, case-sensitive PhraseMatcher whose hits go to `resolve_short`.
        """
        forms: dict[str, None] = {}
        for group in self._by_short.values():
            for entry in group:
                for form in entry.short:
                    forms.update(dict.fromkeys(_apostrophes(_the_variants(form))))
        return list(forms)

    def short_forms(self) -> dict[str, tuple[str, ...]]:
        """Lowercased short form without "the" (``"post"``) -> canonical names that use it."""
        return {key: tuple(e.name for e in group) for key, group in self._by_short.items()}

    def lookup(self, text: str) -> OutletEntry | None:
        """The outlet whose name or alias is ``text`` (any case, "the" and "'s" ignored)."""
        key = normalize(text)
        found = self._by_key.get(key)
        if found is None and (bare := _strip_possessive(key)) != key:
            found = self._by_key.get(normalize(bare))
        return found

    def lookup_domain(self, host: str) -> OutletEntry | None:
        """The outlet whose site is ``host`` ("www.bbc.co.uk", "edition.cnn.com"), or None."""
        labels = host.lower().rstrip(".").split(".")
        for i in range(len(labels) - 1):  # the host itself, then each parent domain
            found = self._by_domain.get(".".join(labels[i:]))
            if found is not None:
                return found
        return None

    def resolve_short(self, text: str, named: Sequence[str]) -> OutletEntry | None:
        """The one outlet among ``named`` (outlets already named in the article) that ``text``,
        a short form such as "the Post", can mean; None if none or several of them fit.

        ``named`` holds canonical names; aliases are accepted too.
        """
        key = normalize(text)
        group = self._by_short.get(key)
        if group is None and (bare := _strip_possessive(key)) != key:
            group = self._by_short.get(normalize(bare))
        if not group:
            return None
        present = {found.name for found in map(self.lookup, named) if found is not None}
        matches = [entry for entry in group if entry.name in present]
        return matches[0] if len(matches) == 1 else None


@lru_cache(maxsize=1)
def packaged_entries() -> tuple[OutletEntry, ...]:
    """The outlets shipped in ``attrib/data/outlets.json``, parsed once."""
    return tuple(parse_entry(item) for item in packaged.outlets())


def load_catalog(extra: Iterable[Mapping[str, object]] = ()) -> OutletCatalog:
    """The packaged catalogue plus ``extra`` entries from user config.

    An extra entry with the name of a packaged one replaces it; its names and aliases win any
    clash with packaged ones. Raises ValueError naming the first bad key or value.
    """
    added = [parse_entry(item) for item in extra]
    if not added:
        return _packaged_catalog()
    return OutletCatalog((*packaged_entries(), *added))


@lru_cache(maxsize=1)
def _packaged_catalog() -> OutletCatalog:
    return OutletCatalog(packaged_entries())
