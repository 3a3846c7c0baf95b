"""HTML through the standard library's `html.parser`, which reports where each event starts.

Checked: the text of the body. Skipped: the head, `script`, `style`, `code`, `pre`, `textarea`
and comments (suppression comments are read from them). Entities are markup here: `&amp;` is
read as `&` (never reported as a leftover entity) and an edit never touches one. Block elements
(p, div, headings, list items, table cells, …) are paragraphs; whitespace between lines of one
paragraph joins them (nothing between Chinese characters, one space otherwise).
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .markdown import comments_in
from .prose import Builder, Prose

_SKIPPED = frozenset(("head", "script", "style", "code", "pre", "textarea", "template", "svg", "math"))
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"))
_BLOCK_ROLES = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
                "h6": "heading", "li": "list-item", "dt": "list-item", "dd": "list-item", "td": "field",
                "th": "field", "blockquote": "quote"}
_BLOCKS = frozenset(("p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "ul", "ol",
                     "dl", "table", "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "br",
                     "hr", "address", "body", "html", "form", "fieldset", "legend", "details", "summary",
                     *_BLOCK_ROLES))
_SPACE_RUN = re.compile(r"[ \t\r\n\f]+")


def _cjk(ch: str) -> bool:
    return bool(ch) and ord(ch) >= 0x2E80


class _Extractor(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.builder = Builder(len(text))
        self.line_starts = [0]
        self.line_starts.extend(m.end() for m in re.finditer("\n", text))
        self.skip: list[str] = []
        self.roles: list[str] = []
        self.line_role = "body"

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _break(self) -> None:
        self.builder.break_block(self.line_role)

    def handle_starttag(self, tag: str, attrs) -> None:
        if self.skip:
            if tag in _SKIPPED and tag not in _VOID:
                self.skip.append(tag)
            return
        if tag in _SKIPPED:
            if tag == "pre":
                self._break()
            self.skip.append(tag)
            return
        if tag in _BLOCKS:
            self._break()
            if tag not in _VOID:
                self.roles.append(_BLOCK_ROLES.get(tag, ""))

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag in _BLOCKS and tag not in _VOID:
            self._break()
            if tag in self.roles or _BLOCK_ROLES.get(tag, "") in self.roles:
                role = _BLOCK_ROLES.get(tag, "")
                for index in range(len(self.roles) - 1, -1, -1):
                    if self.roles[index] == role:
                        del self.roles[index]
                        break

    def _start_line(self) -> None:
        if self.builder.empty_line:
            self.line_role = next((r for r in reversed(self.roles) if r), "body")

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        at = self._offset()
        if self.text[at:at + len(data)] != data:
            return  # cannot be placed: not checked
        position = 0
        for match in _SPACE_RUN.finditer(data):
            self._piece(data[position:match.start()], at + position)
            previous = self.builder.last_char()
            following = data[match.end():match.end() + 1]
            if self.builder.empty_line or previous in " " or (_cjk(previous) and (not following or _cjk(following))):
                pass  # layout whitespace: leading, doubled, or between Chinese characters
            elif match.group() == " ":
                self.builder.verbatim(" ", at + match.start())
            else:
                self.builder.mapped(" ", at + match.start(), at + match.end())
            position = match.end()
        self._piece(data[position:], at + position)

    def _piece(self, piece: str, at: int) -> None:
        if piece:
            self._start_line()
            self.builder.verbatim(piece, at)

    def _entity(self, source_form: str) -> None:
        if self.skip:
            return
        at = self._offset()
        if not self.text.startswith(source_form, at):
            source_form = source_form.rstrip(";")  # &amp without its semicolon
            if not self.text.startswith(source_form, at):
                return
        decoded = html.unescape(source_form)
        if decoded.isspace():
            decoded = "" if self.builder.empty_line or self.builder.last_char() == " " else " "
        elif decoded in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"):
            decoded = ""  # zero-width entities are layout, not text
        if decoded:
            self._start_line()
            self.builder.mapped(decoded, at, at + len(source_form))

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        at = self._offset()
        comments_in(self.text, at, at + len(data) + 7, self.builder)


def extract(text: str) -> Prose:
    parser = _Extractor(text)
    parser.feed(text)
    parser.close()
    parser._break()
    return parser.builder.build()
