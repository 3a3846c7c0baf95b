"""Average per unit of time over a span the text states as a length: `国庆假期7天，全市接待游客
1540万人次，日均220万人次` (7 × 220万 = 1540万); `热线开通6个月来，共受理来电5.4万个，平均每月0.9万个`.

The span is the one length of time in the average's unit (天 for 日均/每天/每日, 个月 for 月均/
每月, 周 for 周均/每周) stated before the total in the sentence; the total is the amount of the
average's family right before it, in the clause before or the same clause, nothing between. An
average is a rounded figure (interval.as_average). A span of another unit (全年, 上半年: named
spans) is average.py's _per_period.
"""
from __future__ import annotations

from ..quantities import Quantity, format_value
from .common import CLAUSE_MARK, Relation, bounded, is_amount
from .interval import Interval, as_average, basis
from .vocabulary import rx

# the family of a length of time in each unit an average may be per
_SPAN_FAMILY = {"日": "time-day", "天": "time-day", "月": "time-month", "周": "time-week", "週": "time-week"}
# the average's unit of time: 日均, 平均每天, 每日, 月均, 平均每月 … at the end of its words
_PER_SPAN = r"(?:平均)?每(?:个|個)?([日天月周週])(?:平均)?[\u3400-\u9fff]{0,6}$|([日天月周週])均[\u3400-\u9fff]{0,4}$"
# a length that recurs is no span of a total (每7天, 每隔3天)
_RECURRING = r"(?:每|每隔|隔)$"


def span_averages(text: str, qs: list[Quantity]) -> list[Relation]:
    found = []
    for i, rate in enumerate(qs):
        m = rx(_PER_SPAN).search(rate.lead)
        per = m.group(1) or m.group(2) if m else ""
        family = _SPAN_FAMILY.get(per)
        if family is None or i < 2 or not bounded(rate) or rate.family in ("percent", "points"):
            continue
        total = qs[i - 1]
        if total.family != rate.family or not is_amount(total) or not bounded(total) \
                or rx(r"[；;。]").search(text, total.end, rate.qual_start) \
                or len(rx(CLAUSE_MARK).findall(text, total.end, rate.qual_start)) > 1:
            continue
        spans = [q for q in qs[:i - 1] if q.family == family]
        if len(spans) != 1 or not bounded(spans[0]) or rx(_RECURRING).search(spans[0].lead) \
                or any(q.family == rate.family for q in qs[qs.index(spans[0]) + 1:i - 1]):
            continue    # (an amount of the total's family between the span and the total: whose span?)
        span = spans[0]
        R, T, S = as_average(rate), Interval.of(total), Interval.of(span)
        product = R.times(S)
        args = {"calc": f"{span.shown} × 每{per}{rate.shown} = {format_value(rate.value * span.value, total)}",
                "range": product.show(total), "basis": basis((span, rate)), "stated": total.shown,
                "stated_range": T.show(total)}
        found.append(Relation("average", product.meets(T), total.start, total.end, "rounded", args, (span, rate, total)))
    return found

