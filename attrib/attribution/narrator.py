"""Who "I" is when the article itself says "I": the writer of a first-person piece.

Columns, diaries and first-person features are written by the person they are about, and their
"I" outside quotation marks (``I still don't wake up thinking, '...'``) is that writer. The
article names the writer in one of two places:

- the file's byline (`DocumentMeta.author`: an HTML page's author tags, Markdown front matter,
  a .docx file's author), when it names one person;
- a headline that quotes them in the first person: ``'I found the texts' Ana Reyes speaks out``
  (see `attrib.extraction.headlines`): the piece below is hers.

Otherwise "I" stays as written. "I" inside quotation marks is the quote's speaker, resolved by
the usual conventions, never the narrator.

Examples::

    byline "Ana Reyes"; I still wonder, 'What did I do?'        -> Ana Reyes
    'I found the texts' Ana Reyes speaks out / ... I thought, '...' -> Ana Reyes
    'We found the texts' Ana Reyes speaks out / ... I thought, '...' -> I (not first person)
"""

from __future__ import annotations

import re

from attrib.extraction.headlines import is_headline
from attrib.layout import Layout
from attrib.model import Document, DocumentMeta, Speaker

# The first person singular in a quote's words: the headline speaks as the writer.
_FIRST_PERSON = re.compile(r"(?<!\w)(?:I|I['’](?:m|ve|d|ll)|me|my|myself)(?![\w'’])")
# Several authors ("Ana Reyes and Tom Baker", "Ana Reyes, Tom Baker"): no one "I".
_SEVERAL = re.compile(r",|\band\b|&")


def byline_narrator(meta: DocumentMeta) -> str | None:
    """The one author the file names, or None."""
    author = (meta.author or "").strip()
    if not author or _SEVERAL.search(author) or len(author.split()) < 2:
        return None
    return author


def headline_narrator(text: str, layout: Layout, quote: tuple[int, int], opening: int) -> bool:
    """Whether a quote is a first-person headline quote that opens the text (whose first
    character that is not a blank is at ``opening``): its speaker wrote the piece."""
    start, end = layout.paragraph(quote[0])
    if not start <= opening < end or not is_headline(text, start, end):
        return False
    return _FIRST_PERSON.search(text[quote[0] : quote[1]]) is not None


class Narrator:
    """Whom one document's own "I" stands for: its byline's one author, else learned from a
    first-person headline quote as attribution meets it; None while unknown."""

    def __init__(self, document: Document) -> None:
        self.name = byline_narrator(document.meta)
        self._text = document.text
        self._opening = len(self._text) - len(self._text.lstrip())  # where the text starts

    def learn(self, speaker: Speaker | None, quote: tuple[int, int], layout: Layout) -> None:
        """Take a direct statement's speaker as the writer if its quote is the headline's."""
        if (
            self.name is None
            and speaker is not None
            and speaker.kind == "person"
            and headline_narrator(self._text, layout, quote, self._opening)
        ):
            self.name = speaker.name
