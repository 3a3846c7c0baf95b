"""Markdown through a CommonMark parser (markdown-it-py, tables on).

Checked: headings, paragraphs, list items, table cells, block quotes, link text, image alt text.
Skipped: front matter (`---` YAML and `+++` TOML), fenced and indented code, inline code, HTML
blocks and inline HTML, link destinations, autolinks and bare URLs.

markdown-it-py gives line ranges for blocks but no columns for inline tokens, so the offset map is
built here: every text token is a verbatim piece of one source line and is looked up from a
cursor that is moved past each piece of markup (a link's destination, a code span, inline HTML)
as the tokens pass; escapes and entities come as their own tokens (`text_join` is off) and map
to their whole source form. A soft line break joins the lines of a paragraph (nothing between
Chinese characters, a space between Latin words), so a hard-wrapped paragraph stays one block
and one sentence to the rules.
"""
from __future__ import annotations

import functools
import re

from .prose import Builder, Comment, Prose

_FRONT_MATTER = {"---": "---", "+++": "+++"}
_URL = re.compile(r"(?:https?|ftp)://[^\s<>]*|www\.[A-Za-z0-9-]+\.[^\s<>]*")
# Any directive is read, so that a misspelt one (`jiaodui-disable-line`) is reported, not passed over.
SUPPRESSION = re.compile(r"<!--\s*jiaodui-([A-Za-z-]*)([^>]*?)-->", re.DOTALL)


@functools.lru_cache(maxsize=1)
def _parser():
    from ..deferred import import_url_parse
    import_url_parse()      # markdown_it imports it: with ipaddress deferred (checker/deferred.py)
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark").enable("table").disable("text_join")


def _front_matter_end(text: str) -> int:
    """The length of a leading front-matter block (--- ... --- or +++ ... +++), 0 when none."""
    first = text.split("\n", 1)[0].rstrip("\r")
    closer = _FRONT_MATTER.get(first.rstrip())
    if closer is None:
        return 0
    position = len(text.split("\n", 1)[0]) + 1
    while position <= len(text):
        newline = text.find("\n", position)
        line_end = len(text) if newline < 0 else newline
        if text[position:line_end].rstrip("\r").rstrip() in (closer, "..." if closer == "---" else closer):
            return line_end if newline < 0 else newline + 1
        if newline < 0:
            return 0  # never closed: not front matter
        position = newline + 1
    return 0


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\r\n|\r|\n", text))
    return starts


def comments_in(text: str, start: int, end: int, builder: Builder) -> None:
    for match in SUPPRESSION.finditer(text, start, end):
        selectors = tuple(s for s in re.split(r"[\s,]+", match.group(2).strip()) if s)
        builder.comments.append(Comment(match.start(), match.end(), match.group(1), selectors))


def extract(text: str) -> Prose:
    builder = Builder(len(text))
    skip = _front_matter_end(text)
    # The parser sees the front matter as blank lines: offsets and line numbers stay the same.
    parsed = re.sub(r"[^\r\n]", " ", text[:skip]) + text[skip:] if skip else text
    starts = _line_starts(text)
    role_stack: list[str] = []
    cell_or_heading: str | None = None
    for token in _parser().parse(parsed):
        kind = token.type
        if kind in ("heading_open", "th_open", "td_open"):
            cell_or_heading = "heading" if kind == "heading_open" else "field"
        elif kind in ("heading_close", "th_close", "td_close"):
            cell_or_heading = None
        elif kind in ("list_item_open", "blockquote_open"):
            role_stack.append("list-item" if kind == "list_item_open" else "quote")
        elif kind in ("list_item_close", "blockquote_close"):
            role_stack.pop()
        elif kind == "html_block" and token.map:
            region_end = starts[token.map[1]] if token.map[1] < len(starts) else len(text)
            comments_in(text, starts[token.map[0]], region_end, builder)
        elif kind == "inline" and token.map:
            role = cell_or_heading or (role_stack[-1] if role_stack else "body")
            begin = starts[token.map[0]]
            end = starts[token.map[1]] if token.map[1] < len(starts) else len(text)
            _inline(text, token.children or [], begin, end, builder)
            builder.break_block(role)
    return builder.build()


def _skip_destination(text: str, cursor: int, end: int) -> int:
    """Past the `](destination "title")`, `][label]` or `]` that closes a link's text."""
    if cursor >= end or text[cursor] != "]":
        return cursor
    cursor += 1
    if cursor < end and text[cursor] == "(":
        depth, position = 0, cursor
        while position < end:
            ch = text[position]
            if ch == "\\":
                position += 2
                continue
            if ch == "<":
                close = text.find(">", position)
                position = close + 1 if 0 <= close < end else position + 1
                continue
            if ch in "\"'":
                close = text.find(ch, position + 1)
                position = close + 1 if 0 <= close < end else position + 1
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return position + 1
            position += 1
        return end
    if cursor < end and text[cursor] == "[":
        close = text.find("]", cursor)
        return close + 1 if 0 <= close < end else cursor
    return cursor


def _text(text: str, piece: str, cursor: int, end: int, builder: Builder, squeeze: bool = False) -> int:
    """Map a verbatim text piece found at or after `cursor`; bare URLs in it are left out. With
    `squeeze` (after a skipped code span or inline HTML), spaces that would double the space
    before it are left out too: `使用 `git` 命令` reads as 使用 命令."""
    found = text.find(piece, cursor, end)
    if found < 0:
        return -1
    position = 0
    if squeeze and builder.last_char() in " \t":
        position = len(piece) - len(piece.lstrip(" \t"))
    for match in _URL.finditer(piece):
        if match.start() > position:
            builder.verbatim(piece[position:match.start()], found + position)
        position = match.end()
    if position < len(piece):
        builder.verbatim(piece[position:], found + position)
    return found + len(piece)


def _inline(text: str, children, begin: int, end: int, builder: Builder) -> None:
    cursor = begin
    in_autolink = squeeze = False
    for index, child in enumerate(children):
        kind = child.type
        if kind == "text":
            if in_autolink or not child.content:
                continue
            moved = _text(text, child.content, cursor, end, builder, squeeze)
            squeeze = False
            if moved < 0:
                return  # cannot be placed: the rest of the block is not checked
            cursor = moved
        elif kind == "text_special":
            found = text.find(child.markup, cursor, end)
            if found < 0:
                return
            builder.mapped(child.content, found, found + len(child.markup))
            cursor = found + len(child.markup)
        elif kind == "code_inline":
            ticks = child.markup
            opening = text.find(ticks, cursor, end)
            if opening < 0:
                return
            closing = opening + len(ticks)
            while True:
                closing = text.find(ticks, closing, end)
                if closing < 0:
                    return
                if text[closing + len(ticks):closing + len(ticks) + 1] != "`" and text[closing - 1] != "`":
                    break
                while closing < end and text[closing] == "`":
                    closing += 1
            cursor = closing + len(ticks)
            squeeze = True
        elif kind == "html_inline":
            found = text.find(child.content, cursor, end)
            if found < 0:
                return
            comments_in(text, found, found + len(child.content), builder)
            cursor = found + len(child.content)
            squeeze = True
        elif kind == "link_open":
            if child.markup == "autolink":
                in_autolink = True
                opening = text.find("<", cursor, end)
                close = text.find(">", opening, end) if opening >= 0 else -1
                if close < 0:
                    return
                cursor = close + 1
            else:
                opening = text.find("[", cursor, end)
                if opening < 0:
                    return
                cursor = opening + 1
        elif kind == "link_close":
            if in_autolink:
                in_autolink, squeeze = False, True
                continue
            closing = text.find("]", cursor, end)
            if closing < 0:
                return
            cursor = _skip_destination(text, closing, end)
        elif kind == "image":
            opening = text.find("![", cursor, end)
            if opening < 0:
                return
            builder_len = len(builder.starts)
            _inline(text, child.children or [], opening + 2, end, builder)
            # the alt text ends at the last mapped character; its `](...)` follows
            after = builder.ends[-1] if len(builder.starts) > builder_len else opening + 2
            closing = text.find("]", after, end)
            if closing < 0:
                return
            cursor = _skip_destination(text, closing, end)
        elif kind == "softbreak":
            newline = text.find("\n", cursor, end)
            if newline < 0:
                return
            following = next((c.content for c in children[index + 1:] if c.type == "text" and c.content), "")
            if builder.last_char().isascii() and builder.last_char().isalnum() and following[:1].isascii() \
                    and following[:1].isalnum():
                start = newline - 1 if text[newline - 1:newline] == "\r" else newline
                builder.mapped(" ", start, newline + 1)
            cursor = newline + 1
        elif kind == "hardbreak":
            newline = text.find("\n", cursor, end)
            if newline < 0:
                return
            builder.break_block(None)
            cursor = newline + 1
        # emphasis and strong markers need nothing: the next text is looked up past them
