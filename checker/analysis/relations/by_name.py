"""Totals by name: items that each give several figures, then a total of each figure by its name
(`甲村种植水稻860亩、玉米420亩，乙村种植水稻540亩、玉米380亩，两村共种植水稻1400亩、玉米800亩`:
860 + 540 = 1400 and 420 + 380 = 800).

The total's subject counts the items (两村, 三区) and opens the clause of the totals: its first
figure, and the figures after it in its 、 list or in clauses of one figure each to the sentence's
end or its ；. Each total sums the figures before the subject, in the sentence, that are named as
it is and are counted in its family: exactly as many as the subject counts, each used once. Names
match when they end alike (种植水稻 … 水稻), or when an item's name, said short, ends with the first
words of the total's (城西区新建4所 … 新建幼儿园12所). running.py reads a total of one figure; a
total of several, each of one name, is read here.
"""
from __future__ import annotations

from decimal import Decimal

from ...typenames import TYPE_CHECKING
from ..quantities import Quantity, format_value
from .common import Relation, bounded, is_amount, words_start
from .cues import cue_sentences
from .interval import Interval, basis, total
from .vocabulary import REACHED, REACHING, number_of, rx

if TYPE_CHECKING:
    from typing import Any

# a subject counting the items, then a word of summing, heading its clause
_COUNTED_SUBJECT = (r"(?<=[，,；;])(?P<n>[两兩二三四五六七八九十])(?P<noun>[\u3400-\u9fff]{1,3}?)"
                    r"(?:共计|共計|合计|合計|总共|總共|一共|累计|累計|共)")
# where the totals' list ends
_LIST_END = r"[；;。！？!?]"


def totals_by_name(doc: Any, read: set[int]) -> list[Relation]:
    """The totals of several figures by name, but for those at the offsets `read` (read already)."""
    text = doc.text
    found: list[Relation] = []
    for sentence in doc.shared(cue_sentences):
        qs = sentence.quantities
        if len(qs) < 6:
            continue    # (two items of two figures each, and two totals)
        for m in rx(_COUNTED_SUBJECT).finditer(text, sentence.start, sentence.end):
            found.extend(_by_name(text, qs, sentence.start, m, read))
    return found


def _name(text: str, q: Quantity, lo: int) -> str:
    """The words naming q in its item (种植水稻, 玉米, 新增学位), from the last mark before it."""
    return text[words_start(text, q.qual_start, "，,；;、：:", lo):q.qual_start].strip()


def _named_as(item: str, whole: str) -> bool:
    # (the last two characters of both, or an item said short, 新建, ending with the total's first
    # two, 新建幼儿园)
    return len(item) >= 2 and len(whole) >= 2 and (item[-2:] == whole[-2:] or item.endswith(whole[:2]))


def _by_name(text: str, qs: list[Quantity], lo: int, m: Any, read: set[int]) -> list[Relation]:
    n = number_of(m.group("n"))
    end = rx(_LIST_END).search(text, m.end())
    stop = end.start() if end else len(text)
    totals = [q for q in qs if m.end() <= q.start and q.end <= stop]
    items = [q for q in qs if lo <= q.start and q.end <= m.start()]
    if len(totals) < 2 or len(items) < 2 * n or all(q.start in read for q in totals):
        return []
    # (each total its own clause or 、 item, one figure there; a clause of two is no list of totals)
    names = [_name(text, q, m.end()) for q in totals]
    if any(not rx(r"[\u3400-\u9fff]{2,10}").fullmatch(name) for name in names[1:]):
        return []
    used: set[int] = set()
    found = []
    for whole, name in zip(totals, names):
        if not (is_amount(whole) and bounded(whole)):
            return []
        own = [q for q in items if q.family == whole.family and q.start not in used
               and _named_as(_name(text, q, lo), name)]
        if len(own) != n or not all(is_amount(q) and bounded(q) for q in own):
            return []
        used.update(q.start for q in own)
        if whole.start in read:
            continue    # (running.py read this one: 三区共新建幼儿园12所 after one figure of 所 each)
        S, T = total(Interval.of(q) for q in own), Interval.of(whole)
        if S.above(T) and whole.family in REACHED and rx(REACHING).search(name):
            continue    # (一期覆盖…户，二期…，两期共覆盖…户: one household may be reached twice)
        value = sum((q.value for q in own), Decimal(0))
        args = {"calc": " + ".join(q.shown for q in own) + f" = {format_value(value, whole)}",
                "range": S.show(whole), "basis": basis(own), "stated": f"{name}{whole.shown}",
                "stated_range": T.show(whole)}
        found.append(Relation("running-total", S.meets(T), whole.start, whole.end,
                              "" if S.exact and T.exact else "rounded", args, (whole, *own)))
    return found
