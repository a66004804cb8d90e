"""Regenerate ``attrib/data/outlets.json`` from a public outlet list and the curated overlay.

Usage::

    python scripts/build_outlets.py --kite PATH/media_data.json [--out attrib/data/outlets.json]

Inputs (read from disk; this script never downloads anything):

- ``--kite``: ``media_data.json`` from the ``kagisearch/kite-public`` repository (MIT licence; see
  ``attrib/data/README.md`` for the commit used). Each record names an organisation with its
  domains, country and a one-paragraph description.
- ``scripts/outlets_curated.json`` (in this repository): outlets written and reviewed by hand,
  with the aliases and shared short forms ("the Post", "the Times") that no public list carries.

What it does, in order:

1. Keeps a public record only when its description's first sentence says what kind of outlet it
   is (newspaper, magazine, broadcaster, news agency, news site); media groups, software projects
   and company blogs are dropped, because naming them is not naming a channel of news.
2. Cleans the name: company-law forms ("SAS", "GmbH") go; owners ("Groupe ...", "... Publishing")
   and records naming two outlets ("A / B") are dropped; a trailing parenthesis becomes an alias
   when it is a short form ("Zweites Deutsches Fernsehen (ZDF)" -> alias "ZDF") and is dropped
   when it is a place ("20 Minutes (France)"); names in non-Latin script are dropped.
3. Drops names that would turn ordinary words or people into outlets: a single word that is an
   English dictionary word ("Nature", "Scoop", "Fanpage" stay out unless curated), a name that
   starts with a common first name, and any name of fewer than three letters.
4. Marks ``"needs_context": true`` on a single-word name that spaCy's English model reads as a
   person ("Watson said on Monday."): attrib then takes it for an outlet only where the text says
   so ("the Swiss news site Watson"), never bare.
5. Merges with the curated list by normalised name, alias or domain: the curated entry keeps its
   name, aliases, short forms and type; the public record adds domains and country.

The output is sorted curated-first then by name, so a regeneration shows up as a small diff.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the attrib package of this checkout
CURATED = ROOT / "scripts" / "outlets_curated.json"
OUT = ROOT / "attrib" / "data" / "outlets.json"
FIRST_NAMES = ROOT / "attrib" / "data" / "first_names.tsv"

# The first matching phrase in a description's first sentence gives the outlet's type. Order
# matters: "a news agency website" is a wire; "a daily online newspaper" is a newspaper.
TYPE_PHRASES: tuple[tuple[str, str], ...] = (
    ("wire", r"news agency|press agency|wire service|newswire"),
    ("newspaper", r"newspaper|\bdaily\b|tabloid|broadsheet"),
    ("magazine", r"magazine|periodical|\bweekly\b|\bmonthly\b|journal\b"),
    ("broadcaster", r"broadcaster|television|\btv\b|radio|news channel|\bnetwork\b"),
    ("digital", r"news (?:website|site|portal|outlet|platform|publication)|online news|"
     r"web publication|digital (?:news|publication|media outlet)|news and \w+ website"),
)  # fmt: skip
# First sentences about owners or software rather than an outlet.
NOT_OUTLET = re.compile(
    r"\b(?:media|publishing|press|broadcasting|telecommunications) (?:group|company|conglomerate|"
    r"holding)|\bgroup\b|\bconglomerate\b|distribution|operating system|official blog|"
    r"\bsoftware\b|foundation",
    re.IGNORECASE,
)
# Company-law suffixes and prefixes that are not part of the outlet's name as articles write it.
LEGAL_FORM = re.compile(r"^(?:SARL|SAS)\s+|\s+(?:SAS|SRL|GmbH|SARL|Ltd|Inc)\.?$")
# Owners and publishers rather than outlets ("Groupe Le Monde", "Nine Publishing").
OWNER_NAME = re.compile(r"\b(?:Groupe?|Gruppo|Publishing|Media Network|Holdings?)\b|/")
# A parenthesis that is a short form of the name: letters and digits, no spaces.
SHORT_FORM = re.compile(r"^[A-Z0-9][\w.&-]{1,12}$")


def first_sentence(text: str) -> str:
    """The description up to its first full stop that ends a sentence."""
    match = re.search(r"(?<![A-Z])\.(?:\s|$)", text)
    return text[: match.start()] if match else text


def outlet_type(description: str) -> str | None:
    """The outlet type a description's first sentence states, or None when it states none."""
    sentence = first_sentence(description)
    if NOT_OUTLET.search(sentence):
        return None
    for kind, pattern in TYPE_PHRASES:
        if re.search(pattern, sentence, re.IGNORECASE):
            return kind
    return None


def clean_name(raw: str) -> tuple[str, list[str]] | None:
    """(name, aliases) from a public record's organisation field; None if nothing usable."""
    name = " ".join(raw.split())
    aliases: list[str] = []
    paren = re.search(r"\s*\(([^)]*)\)\s*$", name)
    if paren:
        inner = paren.group(1).strip()
        name = name[: paren.start()].strip()
        if SHORT_FORM.match(inner) and inner != inner.capitalize():
            aliases.append(inner)  # "ZDF", "9News"; a place such as "France" is dropped
    name = LEGAL_FORM.sub("", name).strip()
    if not name or not re.search(r"[A-Za-z]", name) or OWNER_NAME.search(name):
        return None
    if re.search(r"[^\x00-\u024f’'!&.,\- ]", name):
        return None  # non-Latin script or stray symbols: the name would never match English copy
    return name, aliases


def normalize(text: str) -> str:
    """Matching key: casefolded, single-spaced, no leading "the" (as attrib's catalogue does)."""
    key = " ".join(text.replace("’", "'").split()).casefold()
    return key[4:] if key.startswith("the ") else key


def bare_domain(domain: str) -> str:
    domain = domain.strip().lower()
    domain = re.sub(r"^https?://", "", domain).split("/")[0]
    return domain[4:] if domain.startswith("www.") else domain


def risky(name: str, words: set[str], first_names: set[str]) -> str | None:
    """Why a public name would make false outlets, or None when it is safe to match."""
    bare = name[4:] if name.startswith("The ") else name
    tokens = bare.split()
    if len(re.sub(r"[^A-Za-z]", "", bare)) < 3:
        return "too short"
    if len(tokens) == 1 and bare.casefold() in words and not bare.isupper():
        return "dictionary word"
    if tokens[0] in first_names and len(tokens) <= 3:
        return "starts with a first name"
    return None


def reads_as_person(names: list[str]) -> set[str]:
    """The single-word names that spaCy's English model tags PERSON in "NAME said on Monday."."""
    from attrib.nlp import load

    nlp = load()  # the pipeline attrib itself runs with
    single = [n for n in names if " " not in n]
    docs = nlp.pipe(f"{n} said on Monday." for n in single)
    pairs = zip(single, docs, strict=True)
    return {n for n, doc in pairs if any(e.label_ == "PERSON" for e in doc.ents)}


def public_entries(
    records: Iterable[dict[str, object]], words: set[str], first_names: set[str]
) -> Iterator[dict[str, object]]:
    """Outlet entries from kite-public ``media_data.json`` records, filtered as documented."""
    for record in records:
        kind = outlet_type(str(record.get("description", "")))
        cleaned = clean_name(str(record.get("organization", "")))
        if kind is None or cleaned is None:
            continue
        name, aliases = cleaned
        if risky(name, words, first_names):
            continue
        domains = sorted({bare_domain(str(d)) for d in record.get("domains", []) or []})  # type: ignore[attr-defined]
        entry: dict[str, object] = {"name": name, "aliases": aliases, "short": [], "type": kind}
        if domains:
            entry["domains"] = domains
        country = str(record.get("country", "")).strip()
        if country and country != "Global":
            entry["country"] = country
        yield entry


def merge(
    curated: list[dict[str, object]], public: Iterable[dict[str, object]]
) -> list[dict[str, object]]:
    """Curated entries (with domains and country added from matching public ones), then the
    public entries that match none."""
    by_key: dict[str, dict[str, object]] = {}
    merged = [dict(entry) for entry in curated]
    for entry in merged:
        for form in (entry["name"], *entry.get("aliases", [])):  # type: ignore[misc]
            by_key.setdefault(normalize(str(form)), entry)
        for domain in entry.get("domains", []):  # type: ignore[attr-defined]
            by_key.setdefault("@" + domain, entry)
    added: list[dict[str, object]] = []
    for entry in public:
        keys = [normalize(str(f)) for f in (entry["name"], *entry["aliases"])]  # type: ignore[misc]
        keys += ["@" + d for d in entry.get("domains", [])]  # type: ignore[attr-defined]
        match = next((by_key[k] for k in keys if k in by_key), None)
        if match is not None:
            if match in merged:  # enrich a curated entry, never rename it
                domains = sorted({*match.get("domains", []), *entry.get("domains", [])})  # type: ignore[misc]
                if domains:
                    match["domains"] = domains
                if "country" in entry and "country" not in match:
                    match["country"] = entry["country"]
            continue
        added.append(entry)
        for key in keys:
            by_key.setdefault(key, entry)
    return merged + sorted(added, key=lambda e: str(e["name"]).casefold())


def english_words() -> set[str]:
    try:
        from english_words import get_english_words_set
    except ImportError:
        sys.exit("build_outlets: needs the 'english-words' package (pip install english-words)")
    return set(get_english_words_set(["web2", "gcide"], lower=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kite", type=Path, required=True, help="kite-public media_data.json")
    parser.add_argument("--curated", type=Path, default=CURATED)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    records = json.loads(args.kite.read_text(encoding="utf-8"))
    curated = json.loads(args.curated.read_text(encoding="utf-8"))
    first_names = {
        line.split("\t")[0] for line in FIRST_NAMES.read_text(encoding="utf-8").splitlines()[1:]
    }
    public = list(public_entries(records, english_words(), first_names))
    people = reads_as_person([str(entry["name"]) for entry in public])
    for entry in public:
        if entry["name"] in people:
            entry["needs_context"] = True
    merged = merge(curated, public)
    args.out.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{len(records)} public records -> {len(public)} kept; {len(curated)} curated; "
        f"{len(merged)} outlets written to {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
