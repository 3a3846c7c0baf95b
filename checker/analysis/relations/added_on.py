"""A sum announced by 加上 (再加上, 连同): `今年新建充电站120座，加上去年建成的80座，两年共建成200座`
(120 + 80 = 200).

A clause of one amount, one or more clauses each opening with 加上 and holding one amount of its
family, then the clause of the total: one amount of the family led by a word of summing (共, 合计,
总计, 累计 …). The amounts added make the total, within the rounding of each figure. A total that
is a stock (全市共有…, 总数达到…, 现有…) may hold more than the amounts named: it is reported only
when it is smaller than their sum.
"""
from __future__ import annotations

from decimal import Decimal

from ...typenames import TYPE_CHECKING
from ..quantities import Quantity, format_value
from .accrual import EARLIER_STOCK
from .common import Relation, between, bounded, clause_spans, counts_as, is_amount, words_start
from .cues import cue_sentences
from .interval import Interval, basis, total
from .vocabulary import rx

if TYPE_CHECKING:
    from typing import Any

# what opens a clause adding an amount to the one before it
_ADDED_ON = r"(?:再)?(?:加上|連同|连同)"
# a word of summing in the total's clause, before its figure (共, not in 公共, 共同, 共享)
_SUMMED = r"(?<!公)共(?!同|享)|合计|合計|总计|總計|总共|總共|合共"
# what the amounts brought about, in the total's words (共撬动社会投资…, 共带动产值…): another
# quantity, no sum (running.py reads this too)
BROUGHT_ABOUT = r"撬动|撬動|带动|帶動|拉动|拉動|吸引|引导|引導|吸纳|吸納"
# a total that is a stock (a whole place, the number now, a count so far, a count of all): it may
# hold more than the amounts named (累计建成6800个 after 1200个 and 1500个)
# a whole place named before a total (全区, 全市 …): a scope the items' own may be narrower than
WHOLE_PLACE = r"全(?:市|县|縣|区|區|省|国|國|镇|鎮|乡|鄉)"
_STOCK = r"%s|现有|現有|目前|总数|總數|总量|總量|已有|达到|達到|累计|累計" % WHOLE_PLACE


def added_on(doc: Any) -> list[Relation]:
    text = doc.text
    found: list[Relation] = []
    for sentence in doc.shared(cue_sentences):
        if "加上" not in sentence.text and "连同" not in sentence.text and "連同" not in sentence.text:
            continue
        qs = sentence.quantities
        starts = [q.start for q in qs]
        clauses = clause_spans(text, sentence.start, sentence.end)
        figures = [[q for q in between(qs, starts, a, b) if q.end <= b] for a, b in clauses]
        k = 1
        while k < len(clauses):
            if not rx(_ADDED_ON).match(text, clauses[k][0]):
                k += 1
                continue
            first = k
            while k < len(clauses) and rx(_ADDED_ON).match(text, clauses[k][0]):
                k += 1
            relation = _sum_of(text, figures[first - 1:k], figures[k] if k < len(clauses) else [],
                               clauses[k] if k < len(clauses) else (0, 0))
            if relation is not None:
                found.append(relation)
    return found


# an amount named as what was there before (accrual.EARLIER_STOCK: 此前认定的27家, 原有的, 截至去年底已建成的)
# and one named as new (此次新增的9家, 今年新建): together they are all of the stock after, which can then
# hold no more
_NEW = r"新增|新建|新认定|新認定|新设|新設|此次|本次|这次|這次|今年"


def _all_before_and_new(text: str, items: list[Quantity]) -> bool:
    words = [text[words_start(text, q.qual_start, "，,；;。\n"):q.qual_start] + q.noun for q in items]
    return any(rx(EARLIER_STOCK).search(w) for w in words) and any(
        rx(_NEW).search(w) and not rx(EARLIER_STOCK).search(w) for w in words)


def _sum_of(text: str, added: list[list[Quantity]], last: list[Quantity], last_span: tuple[int, int]) -> Relation | None:
    """The relation of the amounts of `added` (one per clause) and the total of the clause after
    them, or None when the clauses are not of that shape."""
    if any(len(figures) != 1 for figures in added) or len(last) != 1:
        return None
    items, whole = [figures[0] for figures in added], last[0]
    if not all(is_amount(q) and bounded(q) and counts_as(text, q, whole.family) for q in items) \
            or not (is_amount(whole) and bounded(whole)):
        return None
    lead = text[last_span[0]:whole.qual_start]
    if not rx(_SUMMED).search(lead) and not rx(_STOCK).search(lead) or rx(BROUGHT_ABOUT).search(lead):
        return None
    S, T = total(Interval.of(q) for q in items), Interval.of(whole)
    stock = rx(_STOCK).search(lead) is not None
    if stock and not S.above(T) and not S.meets(T) and not _all_before_and_new(text, items):
        return None     # a stock holding more than the amounts named: nothing to check
    value = sum((q.value for q in items), Decimal(0))
    args = {"calc": " + ".join(q.shown for q in items) + f" = {format_value(value, whole)}",
            "range": S.show(whole), "basis": basis(items), "stated": whole.shown, "stated_range": T.show(whole)}
    ok = S.meets(T)
    return Relation("running-total", ok, whole.start, whole.end, "" if S.exact and T.exact else "rounded",
                    args, (whole, *items))
