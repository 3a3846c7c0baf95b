"""Word documents (.docx) through python-docx (the optional extra `jiaodui[docx]`).

The text is read from the XML, not from `Paragraph.text` (which drops tracked insertions):
paragraphs and table cells in reading order (nested tables and content controls included), the
text of every run joined, tracked insertions (`w:ins`) read, tracked deletions (`w:del`,
`w:moveFrom`) and field codes skipped, a tab as a tab and a line break (`w:br`) as a space.

The document the rules read has one line per paragraph, so a finding's position is
`path:paragraph:column` (paragraphs counted from 1 in reading order, table-cell paragraphs
included; columns in code points) and the JSON report's "line" is the paragraph number. A Word
document is never rewritten by `--fix`; `annotate` writes a copy with each finding as a Word
comment on exactly its span (runs are split at the span's edges, keeping their formatting).
"""
from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence

from ..diagnostic import Diagnostic
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIP = frozenset((W + "del", W + "moveFrom", W + "pPr", W + "rPr", W + "instrText", W + "delText"))
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class DocxUnavailable(Exception):
    """python-docx is not installed."""


def _docx() -> Any:
    try:
        import docx
    except ImportError:
        raise DocxUnavailable("reading .docx needs python-docx: pip install 'jiaodui[docx]'") from None
    return docx


def paragraphs(body: Any) -> Iterator[Any]:
    """The w:p elements of a body (or a table cell) in reading order."""
    yield from (p for p, _ in _paragraphs(body))


def _paragraphs(body: Any, in_table: bool = False) -> Iterator[tuple[Any, bool]]:
    """(w:p, inside a table) in reading order."""
    for child in body:
        if child.tag == W + "p":
            yield child, in_table
        elif child.tag == W + "tbl":
            for row in child.iterchildren(W + "tr"):
                for cell in row.iterchildren(W + "tc"):
                    yield from _paragraphs(cell, True)
        elif child.tag == W + "sdt":
            for content in child.iterchildren(W + "sdtContent"):
                yield from _paragraphs(content, in_table)


def _role(paragraph: Any, in_table: bool) -> str:
    """The block role Word states: a table cell, a heading style, a numbered or bulleted item."""
    if in_table:
        return "field"
    properties = paragraph.find(W + "pPr")
    if properties is not None:
        style = properties.find(W + "pStyle")
        name = (style.get(W + "val") or "") if style is not None else ""
        if name.lower().startswith(("heading", "title")):
            return "heading"
        if properties.find(W + "numPr") is not None or name.lower().startswith("list"):
            return "list-item"
    return "body"


def pieces(element: Any) -> Iterator[tuple[Any, str]]:
    """(element, text) for each piece of text in a paragraph, in order: w:t, w:tab, w:br."""
    for child in element:
        tag = child.tag
        if tag in _SKIP:
            continue
        if tag == W + "t":
            yield child, child.text or ""
        elif tag == W + "tab" and element.tag == W + "r":
            yield child, "\t"
        elif tag in (W + "br", W + "cr"):
            yield child, " "
        else:
            yield from pieces(child)


def paragraph_text(paragraph: Any) -> str:
    return "".join(text for _, text in pieces(paragraph))


def read_text(path: str) -> tuple[str, dict[int, str]]:
    """The text of a .docx, one line per paragraph, and the block roles Word states ({line index:
    role}, as checker/formats gives analysis/structure.py). Raises DocxUnavailable, or ValueError
    when the file is not a Word document."""
    docx = _docx()
    try:
        document = docx.Document(path)
    except Exception as exc:  # noqa: BLE001 -- zip, XML or package errors all mean "not a Word document"
        raise ValueError(f"not a readable Word document ({type(exc).__name__}: {exc})") from None
    found = list(_paragraphs(document.element.body))
    roles = {index: role for index, (p, in_table) in enumerate(found) if (role := _role(p, in_table)) != "body"}
    return "\n".join(paragraph_text(p) for p, _ in found), roles


def _split_run(t: Any, at: int) -> None:
    """Split the run holding w:t `t` so that a new run starts at character `at` of `t`."""
    run = t.getparent()
    children = list(run)
    index = children.index(t)
    second = copy.deepcopy(run)
    for child in list(run)[index + 1:]:
        run.remove(child)
    second_children = list(second)
    for child in second_children[:index]:
        if child.tag != W + "rPr":
            second.remove(child)
    text = t.text or ""
    t.text, second_children[index].text = text[:at], text[at:]
    for element in (t, second_children[index]):
        element.set(XML_SPACE, "preserve")
    run.addnext(second)


def _run_at(paragraph: Any, offset: int, split: bool) -> Any | None:
    """The w:r whose text holds character `offset` of the paragraph; with `split`, split a run so
    that one starts exactly there. None past the paragraph's text."""
    position = 0
    for element, text in pieces(paragraph):
        if position <= offset < position + len(text):
            run = element.getparent()
            if split and offset > position and element.tag == W + "t" and run.tag == W + "r":
                _split_run(element, offset - position)
                return run.getnext()
            return run if run.tag == W + "r" else None
        position += len(text)
    return None


def annotate(path: str, out: str, diagnostics: Sequence[Diagnostic], author: str = "jiaodui") -> int:
    """Write a copy of `path` to `out` with each diagnostic as a comment on its span; the number
    of comments written."""
    docx = _docx()
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run
    document = docx.Document(path)
    elements = list(paragraphs(document.element.body))
    written = 0
    # Last span first: splitting runs for one comment never moves the text of an earlier one.
    for diagnostic in sorted(diagnostics, key=lambda d: (d.line, d.column), reverse=True):
        first_line, first_column = diagnostic.line, diagnostic.column
        last_line, end_column = diagnostic.end_line, diagnostic.end_column
        if diagnostic.end == diagnostic.start:
            end_column += 1
        if not 1 <= first_line <= last_line <= len(elements):
            continue
        start_p, end_p = elements[first_line - 1], elements[last_line - 1]
        # split at the end first: the start run stays where it is
        _run_at(end_p, end_column - 1, split=True)
        first = _run_at(start_p, first_column - 1, split=True)
        last = _run_at(end_p, end_column - 2, split=False) if end_column > 1 else None
        if first is None or last is None:
            continue
        runs = [Run(first, Paragraph(start_p, document._body)), Run(last, Paragraph(end_p, document._body))]
        document.add_comment(runs, text=f"{diagnostic.rule_id} {diagnostic.message}", author=author,
                             initials="JD")
        written += 1
    document.save(out)
    return written
