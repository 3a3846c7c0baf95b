"""Where newsroom copy lives: each format turns a source document into the prose the rules read
plus one offset map back to the source.

    extract(doc, name) -> Prose | None     None: plain text, the rules read the source itself

Every finding and every fix edit goes back through `Prose.span` and `Prose.edit`: a finding
lands on the source characters its prose came from, and an edit is kept only when the source
under it is exactly the prose it replaces (so `--fix` never changes a byte of markup, code, an
entity or a link address). A format that cannot place a piece of text leaves it out of the
prose: text that is not checked is never mis-placed.
"""
from __future__ import annotations

from ..document import Document, surrogate_runs
from .prose import BLOCK_ROLES, Builder, Comment, Prose

SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html",
            ".docx": "docx"}
FORMATS = ("plain", "markdown", "html", "docx")


def format_of(path: str, forced: str | None = None) -> str:
    """The format of a file: `forced` (--format-in) or its extension; plain text otherwise."""
    if forced:
        return forced
    lower = path.lower()
    dot = lower.rfind(".")
    return SUFFIXES.get(lower[dot:], "plain") if dot >= 0 else "plain"


def extract(text: str, fmt: str) -> Prose | None:
    """The prose of `text` in format `fmt`; None for plain text (and DOCX, already prose when read)."""
    if fmt == "markdown":
        from .markdown import extract as markdown
        return markdown(text)
    if fmt == "html":
        from .html import extract as html
        return html(text)
    return None


def prose_document(doc: Document, prose: Prose) -> Document:
    """The document the rules read: the prose, with the block roles the markup states."""
    settings = dict(doc.settings)
    if prose.roles:
        settings["blocks"] = prose.roles
    return Document(doc.path, prose.text, doc.encoding, doc.bom, surrogate_runs(prose.text), settings)


__all__ = ["BLOCK_ROLES", "FORMATS", "SUFFIXES", "Builder", "Comment", "Prose", "extract", "format_of",
           "prose_document"]
