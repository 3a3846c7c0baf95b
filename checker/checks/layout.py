"""Paragraphs and page structure (LAYOUT): paragraphs broken inside a sentence, and the page
furniture a careless paste keeps (crumbs, share buttons, copyright footers, editor lines).

The decisions live in the shared analyses (`analysis/breaks.py`, `analysis/structure.py`);
these checks only report them.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..analysis.breaks import paragraph_breaks
from ..analysis.furniture import furniture
from ..contract import Placeholder, Variant, check
from ..diagnostic import Applicability, Edit, Finding
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

TAIL = Placeholder("tail", "断开处前一行的末尾", "the end of the line before the break")
HEAD = Placeholder("head", "断开处后一行的开头", "the start of the line after the break")
WORD = Placeholder("word", "被断开的词", "the word cut in two")


@check(variants={
    "word": Variant(provides=(TAIL, HEAD, WORD), fix=True),
    "mark": Variant(provides=(TAIL, HEAD), fix=True),
    "comma": Variant(provides=(TAIL, HEAD), fix=True),
    "pair": Variant(provides=(TAIL, HEAD), fix=True),
    "grammar": Variant(provides=(TAIL, HEAD), fix=True),
})
def broken_paragraph(doc: Any, rule: Any) -> Iterator[Finding]:
    """LAYOUT001: a paragraph that ends mid-sentence and goes on in the next one."""
    text = doc.text
    for brk in doc.shared(paragraph_breaks):
        if brk.evidence == "length":
            continue   # LAYOUT003
        args = {"tail": text[max(0, brk.end - 6):brk.end], "head": text[brk.resume:brk.resume + 6]}
        if brk.evidence == "word":
            args["word"] = brk.word
        # The fix joins the lines: what lies between them (line breaks, blank lines, spaces)
        # goes. A join inside a word or before a mark that cannot start a line is certain; after
        # a comma (which may be a wrong full stop) or read from the grammar it is the editor's call.
        safe = brk.evidence in ("word", "mark", "pair")
        yield Finding(brk.end - 1, brk.resume + 1, args, (Edit(brk.end, brk.resume, ""),),
                      Applicability.SAFE if safe else Applicability.UNSAFE, variant=brk.evidence)


@check(variants={"": Variant()})
def page_furniture(doc: Any, rule: Any) -> Iterator[Finding]:
    """LAYOUT002: a line that belongs to the web page, not to the copy."""
    for start, end in doc.shared(furniture).reported:
        yield Finding(start, end, {})


@check(variants={"": Variant(provides=(TAIL, HEAD), fix=True)})
def unfinished_paragraph(doc: Any, rule: Any) -> Iterator[Finding]:
    """LAYOUT003: a body paragraph that ends without a sentence mark: cut short, or its mark lost."""
    text = doc.text
    for brk in doc.shared(paragraph_breaks):
        if brk.evidence != "length":
            continue
        args = {"tail": text[max(0, brk.end - 6):brk.end], "head": text[brk.resume:brk.resume + 6]}
        yield Finding(brk.end - 1, brk.resume + 1, args, (Edit(brk.end, brk.resume, ""),),
                      Applicability.UNSAFE)
