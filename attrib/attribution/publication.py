"""Which outlet a file is the publication of: configured, or stated by the file itself.

Statements credited to the publication's own names are first-hand (the ``second-hand`` rule lets
them pass). The config key ``publication`` says which outlet that is; when it is not set, the
file may say so itself:

- Markdown front matter: ``publication:``, ``source:`` or ``site_name:``;
- HTML: ``<meta property="og:site_name">`` or ``<meta name="application-name">``, else the
  outlet whose domain the page's canonical URL is on;
- Word: the core property *Category*, else the *Company* of the extended properties.

The readers put that in ``Document.meta`` (``site_name``, ``url``). Configuration wins over the
file. A stated name the catalogue knows becomes its canonical name ("BBC" -> "BBC News"), so the
rule compares like with like.

Examples::

    publication = ["The Tribune"] in attrib.toml        -> The Tribune (config)
    ---\\npublication: The Guardian\\n--- (no config)      -> The Guardian (front-matter)
    <meta property="og:site_name" content="BBC News">   -> BBC News (html-meta)
    neither                                             -> None
"""

from __future__ import annotations

from urllib.parse import urlsplit

from attrib.attribution.outlets import OutletCatalog
from attrib.model import Document, Publication, PublicationSource

# Where a reader found the file's own statement of its publication, by document format.
_STATED_IN: dict[str, PublicationSource] = {
    "markdown": "front-matter",
    "html": "html-meta",
    "docx": "docx-properties",
}


def _canonical(name: str, catalog: OutletCatalog) -> str:
    entry = catalog.lookup(name)
    return entry.name if entry is not None else " ".join(name.split())


def publication_of(
    document: Document, configured: tuple[str, ...], catalog: OutletCatalog
) -> Publication | None:
    """The publication ``document`` is checked as; ``configured`` is the config's names."""
    if configured:
        return Publication(_canonical(configured[0], catalog), "config")
    source = _STATED_IN.get(document.format)
    if source is None:
        return None
    meta = document.meta
    if meta.site_name and meta.site_name.strip():
        return Publication(_canonical(meta.site_name, catalog), source)
    if meta.url:
        try:
            host = urlsplit(meta.url.strip()).hostname
        except ValueError:  # a malformed URL states nothing
            host = None
        entry = catalog.lookup_domain(host) if host else None
        if entry is not None:
            return Publication(entry.name, source)
    return None
