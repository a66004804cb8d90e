"""The HTML elements the page scan (`attrib.reading.html_scan`) treats apart, by what they do
to the text: line breaks (`BLOCK`), text that is never prose (`HIDDEN`), headings, page
furniture (`CHROME`), the story's container (`ARTICLE`), and tags that hold nothing (`VOID`).
Any other tag (``a``, ``span``, ``img``, ...) changes nothing the scan records.
"""

from __future__ import annotations

# Elements that start and end a line of their own (a paragraph, a cell, a list item...).
BLOCK = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "blockquote",
        "article",
        "section",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "figure",
        "figcaption",
        "pre",
        "hr",
        "address",
        "form",
        "body",
        "html",
        "details",
        "summary",
        "fieldset",
        "legend",
        "center",
        "menu",
        "dialog",
    ]
)
# Elements whose content is never prose: inert templates, what only shows without scripts
# ("please enable JavaScript", tracking pixels), drawings, formulas, form controls, embedded
# objects, and the head (its title and metadata are read separately).
HIDDEN = frozenset(
    [
        "head",
        "template",
        "noscript",
        "svg",
        "math",
        "select",
        "button",
        "object",
        "canvas",
        "audio",
        "video",
    ]
)
HEADING = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# Page furniture: a page with none of these (and none of the tags in `PAGE`) is a fragment.
CHROME = frozenset(["nav", "header", "footer", "aside", "form"])
PAGE = frozenset(["html", "head", "body", "meta", "link"])
# Elements that never hold anything (no end tag).
VOID = frozenset(
    [
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "wbr",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "param",
    ]
)
# The story's own container, which a page may have.
ARTICLE = frozenset({"article", "main"})
# Elements the scan keeps a depth count of, to know what encloses each piece of text.
TRACKED = HIDDEN | HEADING | CHROME | ARTICLE | {"pre", "blockquote", "q", "cite", "figcaption"}

# Tags the scan acts on; any other tag (a, span, img, ...) changes nothing it records.
NOTABLE = BLOCK | CHROME | PAGE | TRACKED | {"br"}
