"""Figures set off with spaces (Taiwan copy: `再增加到 8,980 億元`, `共 1,250 人，其中女性 640 人`)
read as the same copy written without them; and 依次/依序 read as 分别, which they say.

A space next to a figure belongs to neither the words before it nor the figure: it is layout.
Every relation reads words and figures together (the verb of a change right before its figure, a
cue word and its whole, the gap between two figures), so a relation finder reads a view of the
document with those spaces taken out, and what it finds is moved back onto the text as written:
the same relations, with the same verdicts, as the unspaced copy, at the figures' own positions.

    研發經費由 7,450 億元增加到 8,120 億元。   read as   研發經費由7,450億元增加到8,120億元。

Only a space between a figure and what is not a Latin letter, a digit or a line break is taken
out (`第 3 名`, `增加到 8,980 億元`, `3.96% 及`), and one before a unit written in Latin letters
(`565 MW`); `COVID 19`, `06 2991111` and a figure at the start of a line keep theirs. A document with none is read as it is.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from ...typenames import TYPE_CHECKING, NamedTuple
from .common import Relation

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from ..quantities import Quantity

# A figure's edge: a digit, or the percent sign that closes it. What a space between it and the
# copy around it may be taken out next to: anything but a Latin letter, a digit or white space.
_EDGE = "0-9０-９%％"
_COPY = r"[^\sA-Za-z0-9０-９%％]"
# (written to start with the space itself, which `re` then looks for as a literal: a search
# through every character for a lookbehind took a tenth of NUM's time)
_SPACES = r" (?:(?<=[%s] ) *(?=%s)|(?<=%s ) *(?=[0-9０-９])|(?P<mult>(?<=[0-9０-９][千萬万億亿] ) *(?=%s))" % (
    _EDGE, _COPY, _COPY, _COPY)


@functools.cache
def _figure_space() -> re.Pattern:
    """The spaces next to figures; also between a figure and a unit of the unit table written in
    Latin letters (565 MW, 2,185 kWh), which is no word of its own: the unit is the figure's."""
    from ..quantities import units
    latin = sorted((u for u in units() if re.fullmatch(r"[A-Za-z]+", u)), key=len, reverse=True)
    unit = r"|(?<=[0-9０-９] ) *(?=(?:%s)(?![A-Za-z]))" % "|".join(latin) if latin else ""
    return re.compile(_SPACES + unit + ")")
# the characters of a figure written with its multipliers (18萬6千, 1億2,500萬)
_FIGURE_CHARS = frozenset("0123456789０１２３４５６７８９,.千萬万億亿")


class Unspaced(NamedTuple):
    """The document without the spaces next to its figures, and where the cuts were."""
    doc: Any            # the view (a Document), read by the relation finders
    written: str        # the text as written
    cuts: list[int]     # the view's offsets right after each cut, ascending
    shifts: list[int]   # the characters cut up to and including each cut

    def start(self, at: int) -> int:
        """A start offset of the view in the written text (after the spaces cut before it)."""
        i = bisect.bisect_right(self.cuts, at)
        return at + self.shifts[i - 1] if i else at

    def end(self, at: int) -> int:
        """An end offset of the view in the written text (before the spaces cut after it)."""
        i = bisect.bisect_left(self.cuts, at)
        return at + self.shifts[i - 1] if i else at


# Words that say what another says, in as many characters: the view reads them as that one, so
# that every finder knows both (大豆、玉米和小麦依次是700万吨、420万吨、180万吨; 依序為國小74校、
# 國中35校: in turn, one figure per name, as 分别 gives them)
_SAME_WORD = {"依次": "分别", "依序": "分別"}
_SAME_WORD_AT = re.compile("|".join(_SAME_WORD))


def unspaced(doc: Any) -> Unspaced | None:
    """The view of the document its relations are read in, or None when no figure in it is set
    off with spaces and no word is read as another (_SAME_WORD). Use `doc.shared(unspaced)`."""
    text = doc.text
    same_word = _SAME_WORD_AT.search(text) is not None
    if " " not in text:
        if not same_word:
            return None
        return Unspaced(doc.with_text(_SAME_WORD_AT.sub(lambda m: _SAME_WORD[m.group()], text)), text, [], [])
    pieces: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    at = cut = 0
    for m in _figure_space().finditer(text):
        if m.group("mult") is not None and not _set_off(text, m.start()):
            continue    # (a figure ending in a multiplier: its unit is set off only when it is)
        pieces.append(text[at:m.start()])
        cut += m.end() - m.start()
        at = m.end()
        cuts.append(at - cut)
        shifts.append(cut)
    if not cuts and not same_word:
        return None
    pieces.append(text[at:])
    view = "".join(pieces)
    if same_word:
        view = _SAME_WORD_AT.sub(lambda m: _SAME_WORD[m.group()], view)
    return Unspaced(doc.with_text(view), text, cuts, shifts)


def _set_off(text: str, end: int) -> bool:
    """The figure ending at `end` (18萬6千 人次) is set off by a space before it, after copy (總計 18萬6千
    人次): the space after it is layout too. Without one (近10萬 人) the text is read as written."""
    start = end
    while start > 0 and text[start - 1] in _FIGURE_CHARS:
        start -= 1
    return start > 1 and text[start - 1] == " " and re.match(_COPY, text[start - 2]) is not None


@functools.cache
def read_unspaced(finder: Callable[[Any], list[Relation]]) -> Callable[[Any], list[Relation]]:
    """The finder run on the document's unspaced view, its relations moved back onto the text as
    written (one wrapper per finder, so that `doc.shared` runs each once)."""
    def on_written_text(doc: Any) -> list[Relation]:
        view = doc.shared(unspaced)
        if view is None:
            return doc.shared(finder)
        return [_moved(view, r) for r in view.doc.shared(finder)]
    # named as the finder, in its module (what the relation kind is read by), but without
    # __wrapped__: the engine's walk of what a rule reaches must read this function's own code
    functools.update_wrapper(on_written_text, finder)
    delattr(on_written_text, "__wrapped__")
    return on_written_text


def _moved(view: Unspaced, relation: Relation) -> Relation:
    """A relation of the view at its place in the written text, its figures shown as written."""
    operands = tuple(_moved_quantity(view, q) for q in relation.operands)
    args = relation.args
    for was, now in zip(relation.operands, operands):
        if was.shown != now.shown:
            args = {key: _written_arg(key, value, was.shown, now.shown) for key, value in args.items()}
    return dataclasses.replace(relation, start=view.start(relation.start), end=view.end(relation.end),
                               args=args, operands=operands)


def _moved_quantity(view: Unspaced, q: Quantity) -> Quantity:
    start, end = view.start(q.start), view.end(q.end)
    qual_start = view.start(q.qual_start) if q.qual_start < q.start else start
    return q._replace(start=start, end=end, text=view.written[start:end], qual_start=qual_start,
                      qual_word=view.written[qual_start:start])


# The args that show a figure of the text (the rest are computed: ranges, bounds, words)
_FIGURE_ARGS = frozenset(("stated", "first", "largest"))


def _written_arg(key: str, value: str, was: str, now: str) -> str:
    """An arg with the figure `was` shown as the text writes it (`now`): in a figure of the text,
    and in the arithmetic up to its result (12 座 + 8 座 = 20座: the sum is computed, not written)."""
    if key == "calc":
        operands, equals, result = value.rpartition(" = ")
        return _rewritten(operands, was, now) + equals + result if equals else _rewritten(value, was, now)
    return _rewritten(value, was, now) if key in _FIGURE_ARGS else value


def _rewritten(value: str, was: str, now: str) -> str:
    """`value` with the figure `was` written `now` wherever it stands whole (7座, not the tail of
    17座)."""
    if was not in value:
        return value
    return re.sub(r"(?<![0-9０-９.．,])%s(?![0-9０-９])" % re.escape(was), lambda _: now, value)
