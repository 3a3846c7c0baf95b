"""Half-width punctuation used as Chinese punctuation, and how an article writes its marks.

GB/T 15834-2011 writes Chinese text with full-width marks (`，` `；` `：` `？` `！` `（）`). An ASCII
`,` `;` `:` `?` `!` `(` `)` is a Chinese mark typed on the wrong keyboard when it stands between
Chinese text, and it is not one inside a number (`3,450`), a time or ratio (`14:00`, `2:1`), a URL,
an e-mail address or Latin text (`Hello, world`). A mark directly followed by a Latin letter or a
digit, as `!` in the stage name `!hero`, begins a name and is no sentence mark either.

`half_width(doc)` lists the marks that are Chinese marks typed half-width, each with its
full-width form, and counts the full-width marks of the same kinds, so a rule can tell an article
that is written half-width throughout (say so once) from one slip in full-width copy (say it there).
Use `doc.shared(half_width)`.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}

# Text that is not Chinese prose although it sits in it: URLs, e-mail addresses, domain names.
# Every alternative opens with a character of the leading lookahead's class: testing it first lets
# the regex engine leave a Han character at once (half the time of the scan).
_NOT_PROSE = re.compile(
    r"(?=[A-Za-z0-9._%+-])(?:(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|www\.[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+)")
_MARK = re.compile(r"[,;:?!()]")
_FULL = re.compile(r"[，；：？！（）]")
_FULL_PARENTHESES = re.compile(r"[（）]")
_START = re.Match.start
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
# Chinese on one side of a mark: a Han character, or a full-width mark or quotation mark.
_CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
                      r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’…—]")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_SPACES = " \t\u3000\u00a0"
_STACKABLE = ",，、;；:：。！？!?"
_STACKABLE_SET = frozenset(_STACKABLE)


@dataclass(frozen=True)
class HalfWidth:
    """A half-width mark used as a Chinese mark: text[offset] should be `full`."""
    offset: int
    mark: str
    full: str
    partner: int = -1   # for `(`: the offset of its `)`; for `)`: of its `(`


@dataclass(frozen=True)
class MarkProfile:
    """The half-width marks a document uses as Chinese marks, and where the full-width ones are."""
    marks: tuple[HalfWidth, ...]   # the half-width Chinese marks, in text order
    full: tuple[int, ...]          # offsets of the full-width marks of the same kinds
    full_parentheses: frozenset[int] = frozenset()   # those of them that are （ or ）

    def marks_in(self, start: int, end: int) -> list[HalfWidth]:
        low = bisect.bisect_left(self._offsets, start)
        high = bisect.bisect_left(self._offsets, end)
        return list(self.marks[low:high])

    def counts(self, start: int, end: int, parentheses: bool = True) -> tuple[int, int]:
        """(half-width Chinese marks, full-width marks of the same kinds) in text[start:end];
        without parentheses on either side when `parentheses` is false."""
        marks = self.marks_in(start, end)
        full = [f for f in self.full[bisect.bisect_left(self.full, start):bisect.bisect_left(self.full, end)]
                if parentheses or f not in self.full_parentheses]
        half = len(marks) if parentheses else sum(m.mark not in "()" for m in marks)
        return half, len(full)

    def mostly_half_width(self, start: int, end: int, parentheses: bool = True) -> bool:
        """True when text[start:end] has two or more half-width marks and fewer full-width ones:
        the copy was written, or collected, with an ASCII keyboard."""
        half, full = self.counts(start, end, parentheses)
        return half >= 2 and half > full

    def mostly_full_width(self, start: int, end: int) -> bool:
        """True when text[start:end] has more full-width marks than half-width ones, so a
        half-width mark there is a slip. (A tie, or one half-width mark in a text without
        full-width marks, is neither: too little to tell the writer's habit.)"""
        half, full = self.counts(start, end)
        return full > half

    @functools.cached_property
    def _offsets(self) -> list[int]:
        # worked out once: each article's marks_in used to rebuild it from all the marks
        return [h.offset for h in self.marks]


def _neighbour(text: str, index: int, step: int, limit_start: int, limit_end: int) -> str:
    """The nearest character before (step -1) or after (step 1) index on the same line, spaces
    skipped; "" at a line's end."""
    i = index + step
    while limit_start <= i < limit_end and text[i] in _SPACES:
        i += step
    if not limit_start <= i < limit_end or text[i] in "\r\n":
        return ""
    return text[i]


def _line_bounds(text: str, index: int) -> tuple[int, int]:
    # \r is looked for only within the line the \n bound: a text without \r was searched to its
    # start and to its end for each mark (quadratic: ~0.1 s on the 4 MB mixed file).
    newline = text.rfind("\n", 0, index)
    start = max(newline, text.rfind("\r", newline + 1, index)) + 1
    newline = text.find("\n", index)
    stop = newline if newline != -1 else len(text)
    carriage = text.find("\r", index, stop)
    return start, carriage if carriage != -1 else stop


def _is_chinese(ch: str) -> bool:
    return bool(ch) and _CHINESE.match(ch) is not None


def _is_word(ch: str) -> bool:
    return bool(ch) and _ASCII_WORD.match(ch) is not None


def _chinese_mark(text: str, index: int, mark: str) -> bool:
    """Whether the half-width `,;:?!` at index is a Chinese clause or sentence mark."""
    if (index and text[index - 1] in _STACKABLE) or text[index + 1:index + 2] in _STACKABLE_SET:
        return False  # part of a stacked run (`,,` `,。`): PUNC001 reports the run
    start, end = _line_bounds(text, index)
    before = _neighbour(text, index, -1, start, end)
    after = _neighbour(text, index, 1, start, end)
    if mark in "?!":
        # `!hero`, `?Q`: a mark glued to the front of a Latin word or number begins a name.
        if index + 1 < len(text) and _is_word(text[index + 1]):
            return False
        return _is_chinese(before)
    if _is_word(before) and _is_word(after):
        return False  # 3,450 · 14:00 · 2:1 · a,b
    if not before:
        return False  # a mark that starts a line is something else (a list, a smiley)
    return _is_chinese(before) or (_is_chinese(after) and _HAN.match(after) is not None)


def half_width(doc) -> MarkProfile:
    text = doc.text
    if _MARK.search(text) is None:
        return MarkProfile((), ())
    excluded = [m.span() for m in _NOT_PROSE.finditer(text)]
    found: list[HalfWidth] = []
    open_parens: list[int] = []
    ex = 0
    for match in _MARK.finditer(text):
        index, mark = match.start(), match.group()
        while ex < len(excluded) and excluded[ex][1] <= index:
            ex += 1
        if ex < len(excluded) and excluded[ex][0] <= index:
            continue
        if mark == "(":
            open_parens.append(index)
            continue
        if mark == ")":
            if open_parens:
                opener = open_parens.pop()
                if _chinese_parens(text, opener, index):
                    found.append(HalfWidth(opener, "(", "（", index))
                    found.append(HalfWidth(index, ")", "）", opener))
            continue
        if _chinese_mark(text, index, mark):
            found.append(HalfWidth(index, mark, FULL_WIDTH[mark]))
    found.sort(key=lambda h: h.offset)
    return MarkProfile(tuple(found), tuple(map(_START, _FULL.finditer(text))),
                       frozenset(map(_START, _FULL_PARENTHESES.finditer(text))))


def _chinese_parens(text: str, opener: int, closer: int) -> bool:
    """ASCII parentheses that are Chinese brackets: on one line, holding Chinese text, or holding
    only a number and standing between Chinese characters (`今(11)日`)."""
    inside = text[opener + 1:closer]
    if "\n" in inside or "\r" in inside or not inside.strip():
        return False
    if _HAN.search(inside):
        return True
    before = text[opener - 1] if opener else ""
    after = text[closer + 1] if closer + 1 < len(text) else ""
    return inside.isdigit() and bool(_HAN.match(before or " ")) and bool(_HAN.match(after or " "))
