"""Average per unit of time over a span: the span's total right before the average, the span either
named or stated as a length.

- named (全年, 上半年, 一季度): it holds a fixed number of months or quarters, which the text need not
  give (`去年全年受理申请1512件，平均每月126件`: 12 × 126 = 1512);
- stated as a length (N天, N个月, N周): the one length of time in the average's unit before the total
  (`国庆假期7天，全市接待游客1540万人次，日均220万人次`: 7 × 220万 = 1540万).

The total is the amount of the average's family right before it, in the clause before or the same
clause, nothing between. An average is a rounded figure (interval.as_average).
"""
from __future__ import annotations

from decimal import Decimal

from ..quantities import Quantity, format_value
from .common import CLAUSE_MARK, Relation, bounded, is_amount, words_start
from .interval import Interval, as_average, basis
from .vocabulary import TOTAL_WORDS, rx

# An average per month or quarter of a span the text names, and how many of them each span holds
_PER_PERIOD = (r"(?:平均)?(?:每(?P<each>月|个月|個月|季度|季)|(?P<avg>月|季)均)(?:平均)?"
               r"[\u3400-\u9fff]{0,6}$")
_PERIODS_IN = {("全年", "月"): 12, ("一年", "月"): 12, ("全年", "季"): 4, ("一年", "季"): 4,
               ("上半年", "月"): 6, ("下半年", "月"): 6, ("上半年", "季"): 2, ("下半年", "季"): 2,
               ("一季度", "月"): 3, ("二季度", "月"): 3, ("三季度", "月"): 3, ("四季度", "月"): 3}
_SPAN_WORD = r"全年|一年|上半年|下半年|[一二三四]季度"
# the family of a length of time in each unit an average may be per
_SPAN_FAMILY = {"日": "time-day", "天": "time-day", "月": "time-month", "周": "time-week", "週": "time-week"}
# the average's unit of time: 日均, 平均每天, 每日, 月均, 平均每月 … at the end of its words
_PER_SPAN = r"(?:平均)?每(?:个|個)?([日天月周週])(?:平均)?[\u3400-\u9fff]{0,6}$|([日天月周週])均[\u3400-\u9fff]{0,4}$"
# 每 + a thing before the unit of time (每个服务站每月, 每户月均): an average per both
_PER_THING_TOO = r"每[\u3400-\u9fff]{1,12}(?:每[日天月周週季]|[日天月周週季]均)"
# a length that recurs is no span of a total (每7天, 每隔3天)
_RECURRING = r"(?:每|每隔|隔)$"


def span_averages(text: str, qs: list[Quantity]) -> list[Relation]:
    found = []
    for i, rate in enumerate(qs):
        if not bounded(rate) or rate.family in ("percent", "points"):
            continue
        # (an average is read only from a marker in its lead, and each marker, _PER_PERIOD or
        # _PER_SPAN, holds 每 or 均: a figure whose lead holds neither is no average, and its total
        # before it is not looked for — over every 6th file of the corpus, 76 looks instead of
        # 1,411, which found one average; ~1% of the NUM rules' time)
        if "每" not in rate.lead and "均" not in rate.lead:
            continue
        if rx(_PER_THING_TOO).search(text, words_start(text, rate.qual_start, "，,；;。\n"), rate.qual_start):
            continue    # 平均每个服务站每月开展…6.7场次: per a station and per a month, no span's mean
        total = _total_before(text, qs, i) if i else None
        if total is None:
            relation = _span_and_total_after(text, qs, i)
            if relation is not None:
                found.append(relation)
            continue
        relation = _named_span(text, qs, i, total) or _stated_span(qs, i, total)
        if relation is not None:
            found.append(relation)
    return found


def _total_before(text: str, qs: list[Quantity], i: int) -> Quantity | None:
    """The amount of the average's family right before it, in its clause or the one before."""
    rate, total = qs[i], qs[i - 1]
    if total.family != rate.family or not is_amount(total) or not bounded(total) \
            or rx(r"[；;。]").search(text, total.end, rate.qual_start) \
            or len(rx(CLAUSE_MARK).findall(text, total.end, rate.qual_start)) > 1:
        return None
    return total


def _named_span(text: str, qs: list[Quantity], i: int, total: Quantity) -> Relation | None:
    """`去年全年受理申请1512件，平均每月126件`: the total's clause names its span (全年, 上半年, 一季度)."""
    rate = qs[i]
    m = rx(_PER_PERIOD).search(rate.lead)
    if not m:
        return _days_of_named_span(text, rate, total)
    period = (m.group("each") or m.group("avg")).replace("个", "").replace("個", "")
    period = "季" if period.startswith("季") else period
    clause = max([0, *(k.end() for k in rx(CLAUSE_MARK).finditer(text, max(0, total.qual_start - 30), total.qual_start))])
    spans = {w.group() for w in rx(_SPAN_WORD).finditer(text, clause, total.qual_start)}
    n = {_PERIODS_IN[span, period] for span in spans if (span, period) in _PERIODS_IN}
    if len(n) != 1:
        return None
    count = n.pop()
    unit = "个月" if period == "月" else "个季度"
    return _relation(f"每{period}{rate.shown} × {count}{unit}", Interval.point(Decimal(count)), Decimal(count),
                     rate, total, (rate,), (rate, total))


# the days of a span named by the year, its half or its quarter: a year is 365 or 366 days (reporters
# divide by 365 in a leap year too: either is right)
_DAY_SPAN = (r"(?P<year>(?<![0-9０-９])(?:[12][0-9]{3}|1[01][0-9])年(?:度)?(?![0-9０-９]|[上下]半年|[一二三四]季度|第))"
             r"|(?P<named>全年|一年|上半年|下半年|[一二三四]季度)")
_DAYS_IN = {"上半年": (181, 182), "下半年": (184, 184), "一季度": (90, 91), "二季度": (91, 91),
            "三季度": (92, 92), "四季度": (92, 92), "全年": (365, 366), "一年": (365, 366), "year": (365, 366)}
# a narrower span named after a year (2024年元旦假期, 113年1至6月, 去年国庆期间): the average is of
# that one, whose days are not the year's
_NARROWER = r"[0-9０-９一二三四五六七八九十]+月|[至到~～\-－—]|假期|假日|[节節]|期间|期間|[周週旬季]|[0-9０-９]+[日天]"


# a span of whole months of one year (1至9月, 1月至6月, 一至三月): its days, February as 28 or 29
_MONTHS = r"(?<![0-9０-９.])(?P<a>1[0-2]|[1-9])月?(?:至|到|~|～|-|－)(?P<b>1[0-2]|[1-9])月(?:份)?(?!底|末|初|中|[0-9０-９])"
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_of_months(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The days of the one span of months named in text[lo:hi] (1至9月: 273 or 274), or None."""
    found = list(rx(_MONTHS).finditer(text, lo, hi))
    if len(found) != 1:
        return None
    a, b = int(found[0].group("a")), int(found[0].group("b"))
    if a >= b:
        return None
    days = sum(_MONTH_DAYS[a - 1:b])
    return days, days + (1 if a <= 2 <= b else 0)


def _days_of_named_span(text: str, rate: Quantity, total: Quantity) -> Relation | None:
    """`113年垃圾清运量41万6,100公吨，平均每日1,140公吨`: a daily average over a span named as a year,
    a half or a quarter of one, or as months of one year (1至9月), whose days are known (a single
    month's are not read: 28 to 31)."""
    m = rx(_PER_SPAN).search(rate.lead)
    if not m or (m.group(1) or m.group(2)) not in "日天":
        return None
    clause = max([0, *(k.end() for k in rx(CLAUSE_MARK).finditer(text, max(0, total.qual_start - 30), total.qual_start))])
    spans = list(rx(_DAY_SPAN).finditer(text, clause, total.qual_start))
    # (or months of one year, in the total's clause or the clause opening its sentence: 今年1至9月，
    # 共執行巡護勤務6萬2,880航次，平均每天約230航次)
    lo = max(total.qual_start - 40, words_start(text, total.qual_start, "；;。！？!?\n"))
    months = _days_of_months(text, lo, total.qual_start) if not spans else None
    if months is not None and rx(_NARROWER).search(text, total.end, rate.qual_start):
        return None     # (1至10月…成交1.2万套，10月平均每天成交45套: the average names a span of its own)
    if months is not None:
        low, high = months
    elif len(spans) != 1 or rx(_NARROWER).search(text, spans[0].end(), total.qual_start):
        return None
    else:
        low, high = _DAYS_IN[spans[0].group("named") or "year"]
    days = Interval(Decimal(low), Decimal(high), False, False)
    shown = f"{low}天" if low == high else f"{low}至{high}天"
    return _relation(f"每日{rate.shown} × {shown}", days, Decimal(low), rate, total, (rate,), (rate, total))


def _stated_span(qs: list[Quantity], i: int, total: Quantity) -> Relation | None:
    """`国庆假期7天，…1540万人次，日均220万人次`: the one length of the average's unit before the total."""
    rate = qs[i]
    m = rx(_PER_SPAN).search(rate.lead)
    per = m.group(1) or m.group(2) if m else ""
    family = _SPAN_FAMILY.get(per)
    if family is None or i < 2:
        return None
    spans = [q for q in qs[:i - 1] if q.family == family]
    if len(spans) != 1 or not bounded(spans[0]) or rx(_RECURRING).search(spans[0].lead) \
            or any(q.family == rate.family for q in qs[qs.index(spans[0]) + 1:i - 1]):
        return None     # (an amount of the total's family between the span and the total: whose span?)
    span = spans[0]
    return _relation(f"{span.shown} × 每{per}{rate.shown}", Interval.of(span), span.value,
                     rate, total, (span, rate), (span, rate, total))


def _span_and_total_after(text: str, qs: list[Quantity], i: int) -> Relation | None:
    """`平均每天入園6,000人次，整個暑假開放60天，累計入園36萬人次`: the average first, then the one length
    of its unit, then the total stated as one (累计, 共, 总计 …), nothing of the average's family between."""
    rate = qs[i]
    m = rx(_PER_SPAN).search(rate.lead)
    family = _SPAN_FAMILY.get((m.group(1) or m.group(2)) if m else "")
    if family is None:
        return None
    after = qs[i + 1:]
    spans = [k for k, q in enumerate(after) if q.family == family]
    if len(spans) != 1 or any(q.family == rate.family for q in after[:spans[0]]):
        return None
    span = after[spans[0]]
    total = next((q for q in after[spans[0] + 1:] if q.family == rate.family), None)
    if total is None or not bounded(span) or rx(_RECURRING).search(span.lead) or not is_amount(total) \
            or not bounded(total) or not rx(TOTAL_WORDS).search(total.lead) or rx(r"[；;。]").search(text, rate.end, total.qual_start):
        return None
    per = m.group(1) or m.group(2) if m else ""
    return _relation(f"{span.shown} × 每{per}{rate.shown}", Interval.of(span), span.value,
                     rate, total, (span, rate), (span, rate, total))


def _relation(shown: str, count: Interval, count_value: Decimal, rate: Quantity, total: Quantity,
              basis_of: tuple[Quantity, ...], operands: tuple[Quantity, ...]) -> Relation:
    R, T = as_average(rate), Interval.of(total)
    product = R.times(count)
    args = {"calc": f"{shown} = {format_value(rate.value * count_value, total)}",
            "range": product.show(total), "basis": basis(basis_of), "stated": total.shown,
            "stated_range": T.show(total)}
    return Relation("average", product.meets(T), total.start, total.end, "rounded", args, operands)
