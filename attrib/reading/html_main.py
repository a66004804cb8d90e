"""Main-content extraction: which text of a whole web page is the article.

trafilatura (Barbaresi, ACL 2021) is the best-kept open extractor and leads the Article Extraction
Benchmark; on this project's dev split it was also measured against readability-lxml (see the
README, "HTML"). It is called with comments left out (readers' comments are not the article),
``favor_precision`` (menus and teasers that become false statements cost an editor more than a
missed sidebar sentence) and without metadata (attrib reads that from the markup itself).
trafilatura works on its own lxml tree and returns plain text; `html_align` finds that text back
in the page.
"""

from __future__ import annotations

import logging

# trafilatura and its helpers log through `logging`; a library must not print to the user's
# stderr, so their records go nowhere unless the application configures logging.
for _name in ("trafilatura", "htmldate", "courlan", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def main_text(source: str) -> str | None:
    """The article text trafilatura extracts from the page ``source``, or None if it finds none."""
    import trafilatura

    try:
        return trafilatura.extract(
            source,
            include_comments=False,
            favor_precision=True,
            include_tables=True,
            with_metadata=False,
            deduplicate=False,
        )
    except (ValueError, TypeError, RecursionError):  # a tree lxml could not build
        return None
