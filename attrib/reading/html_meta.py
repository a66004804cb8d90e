"""A page's metadata (`DocumentMeta`) from the markup publishers write for sharing and search.

Each field takes the first of these that the page states:

- title: ``og:title``, ``twitter:title``, the JSON-LD article's ``headline``, ``<title>``;
- site_name: ``og:site_name``, the JSON-LD ``publisher.name``, ``application-name``, and
  last the end of ``<title>`` after a `` | `` or `` - `` ("Storm hits coast - Example News");
- author: ``author``/``article:author``/``byl``/``parsely-author``/``dc.creator`` meta tags
  (profile URLs and a leading "By" dropped), the JSON-LD ``author`` names;
- date: ``article:published_time``, the JSON-LD ``datePublished``, ``pubdate``/``date`` and
  similar meta tags, as written (usually ISO 8601);
- url: ``<link rel="canonical">``, ``og:url``, the JSON-LD ``url``.

These are the vocabularies (Open Graph, schema.org, Dublin Core) that news sites fill for search
engines and social cards; reading them costs well under a millisecond, where a full metadata
extractor (trafilatura's, with htmldate) costs a quarter of the page's reading time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from attrib.model import DocumentMeta
from attrib.reading.html_scan import Markup

_TITLE_KEYS = ("og:title", "twitter:title")
_SITE_KEYS = ("og:site_name", "application-name", "al:ios:app_name")
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
)
_DATE_KEYS = (
    "article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dcterms.date",
    "dc.date.issued",
    "date",
    "og:published_time",
    "citation_publication_date",
)
_ARTICLE_TYPES = frozenset(
    [
        "article",
        "newsarticle",
        "blogposting",
        "reportagenews",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "socialmediaposting",
        "liveblogposting",
        "webpage",
        "scholarlyarticle",
        "techarticle",
    ]
)
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—•·:]\s+")
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", value).strip()
    return text or None


def _metas(markup: Markup) -> dict[str, str]:
    """Meta tag values by lower-cased name, property or itemprop (first one wins)."""
    found: dict[str, str] = {}
    for attrs in markup.metas:
        content = _clean(attrs.get("content"))
        if content is None:
            continue
        for key in ("property", "name", "itemprop"):
            name = attrs.get(key)
            if name:
                found.setdefault(name.strip().lower(), content)
    return found


def _objects(markup: Markup) -> Iterator[dict[str, object]]:
    """The JSON-LD objects of the page that describe an article or page, outermost first."""
    for block in markup.json_ld:
        try:
            data = json.loads(block.strip().removeprefix("<!--").removesuffix("-->"))
        except ValueError:
            continue
        pending = data if isinstance(data, list) else [data]
        while pending:
            item = pending.pop(0)
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            if isinstance(graph, list):
                pending.extend(graph)
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                yield item


def _name(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return _clean(value)


def _people(value: object) -> str | None:
    values = value if isinstance(value, list) else [value]
    names = [name for name in (_name(v) for v in values) if name]
    return ", ".join(dict.fromkeys(names)) or None


def _author(value: str | None) -> str | None:
    if value is None or value.startswith(("http://", "https://", "/")):
        return None
    return _clean(_BY.sub("", value))


def _canonical(markup: Markup) -> str | None:
    for attrs in markup.links:
        if "canonical" in attrs.get("rel", "").lower().split():
            return _clean(attrs.get("href"))
    return None


def _site_from_title(title: str | None) -> str | None:
    """The end of a ``<title>`` such as "Storm hits coast | Example News", if it looks like one."""
    if title is None:
        return None
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2 or len(parts[-1].split()) > 4:
        return None
    return _clean(parts[-1])


def page_meta(markup: Markup) -> DocumentMeta:
    """The page's `DocumentMeta` (fields the page does not state are None)."""
    metas = _metas(markup)
    article = next(_objects(markup), {})
    publisher = article.get("publisher")
    page_title = _clean(markup.title)

    def first(keys: tuple[str, ...]) -> str | None:
        return next((metas[key] for key in keys if key in metas), None)

    author = next(
        (a for a in (_author(metas.get(key)) for key in _AUTHOR_KEYS) if a is not None), None
    )
    return DocumentMeta(
        title=first(_TITLE_KEYS) or _clean(article.get("headline")) or page_title,
        site_name=first(_SITE_KEYS) or _name(publisher) or _site_from_title(page_title),
        author=author or _people(article.get("author")),
        date=first(_DATE_KEYS[:1]) or _clean(article.get("datePublished")) or first(_DATE_KEYS),
        url=_canonical(markup) or metas.get("og:url") or _clean(article.get("url")),
    )
