"""A change said as doublings (翻了一番, 翻两番): B ÷ A is 2 to the power of the doublings.

翻一番 is ×2, 翻两番 ×4, 翻三番 ×8: a figure of the language, not of the copy's rounding, so the
check allows what copy allows — a plain 翻了一番 for anything from 1.9 to 2.3 times (a writer with
2.25 times says 翻了一番 as often as 翻了一番多), 翻了一番多 for more than twice up to the next
doubling, 近/接近/将近翻一番 for 1.6 up to twice. Only a quotient no choice of values inside the
stated figures' intervals brings into that band is reported.
"""
from __future__ import annotations

from decimal import Decimal

from ...typenames import TYPE_CHECKING
from .common import Relation
from .interval import Interval
from .vocabulary import number_of, rx

if TYPE_CHECKING:
    from ..quantities import Quantity

# 翻了一番, 翻两番, 翻了近一番, 接近翻一番, 翻了一番多, 翻一番有余
_DOUBLED = (r"(?P<near>近|接近|将近|將近|几乎|幾乎)?翻了?(?P<near2>近|将近|將近)?(?P<n>[一两兩二三四])番"
            r"(?P<half>半)?(?P<more>还多|還多|还要多|還要多|多|有余|有餘|以上)?")
_DOUBLINGS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4}
# what a clause of doublings may say besides them: the span they took, an adverb
_NO_SUBJECT = (r"\s*(?:(?:[一二两兩三四五六七八九十]|[0-9０-９]{1,2})(?:年|个月|個月)(?:间|間|来|來|内|內|里|裡)?"
               r"|期间|期間|其间|其間|同期)?(?:已|已经|已經|实现了?|實現了?|基本|均|都|更是|足足)?")
# how a change with no subject of its own opens: its start, at most a time and 的 before its figure
# (从2019年的310亿元, 由去年底的86万辆; not 从业人员由…, 由于…从…, 自营网点由…: words of their own)
_CHANGE_OPENS = r"\s*[从由從自](?:[^，,；;。]{0,10}?的)?"
# what makes the doublings another figure's: a base of their own (比2015年翻了两番), a goal (力争…翻一番,
# 翻一番的目标), a plan
_OWN_BASE = r"比|较|較|目标|目標|力争|力爭|计划|計劃|提出|争取|爭取|有望|预计|預計"
_AFTER_OWN = r"[^，,；;。]*(?:目标|目標|任务|任務)"
# the bands: (lowest, highest) as multiples of 2^n, for each wording
_PLAIN = (Decimal("0.95"), Decimal("1.15"))
_NEAR = (Decimal("0.8"), Decimal(1))


def _span_fits(text: str, span: str, a: Quantity, b: Quantity) -> bool:
    """A span said with the doublings (十年来) is the change's, when the change names both its years
    (由2020年的…增至2025年的…: five years, or six counted inclusively, not ten)."""
    n = rx(r"([一二两兩三四五六七八九十]|[0-9０-９]{1,2})年").match(span.strip())
    years = [int(y) for y in rx(r"((?:19|20)[0-9]{2})年").findall(text, max(0, a.qual_start - 12), b.qual_start)]
    if not n or len(years) != 2:
        return True
    count = number_of(n.group(1))
    # (2016 to 2025 is nine years apart and ten counted inclusively: either is the change's span)
    return count is None or count in (years[1] - years[0], years[1] - years[0] + 1)


def doubled(text: str, clause_before: tuple[int, int], clause_after: tuple[int, int],
            a: Quantity, b: Quantity) -> list[Relation]:
    """The doublings said in the clause before a change from a to b (五年间翻了一番，从…增长到…) or
    right after it (…增长到620亿元，翻了一番), checked against b ÷ a."""
    if a.family in ("percent", "points"):
        return []   # (a share from 42.2% to 47.3%: no doubling of it is meant)
    found = [m for span in (clause_before, clause_after) for m in rx(_DOUBLED).finditer(text, *span)]
    if len(found) != 1 or a.low <= 0:
        return []
    m = found[0]
    opening = max(text.rfind(c, 0, m.start()) for c in "，,；;。！？\n") + 1
    if rx(_OWN_BASE).search(text, opening, m.start()) or rx(_AFTER_OWN).match(text, m.end()):
        return []   # 比2015年翻了两番; 五年翻一番的目标: against another base, or not yet done
    if m.start() >= clause_after[0]:
        # (after the change, the doublings in a clause of no subject of its own: …增长到620亿元，
        # 五年翻了一番; not 村民人均收入翻了一番多, another figure's)
        mark = max(text.rfind(c, clause_after[0], m.start()) for c in "，,；;")
        span = rx(_NO_SUBJECT).fullmatch(text, mark + 1, m.start()) if mark >= 0 else None
        if span is None or not _span_fits(text, span.group(), a, b):
            return []
    else:
        # (before it, the change's clause follows at once and has no subject of its own: 五年间翻了一番，
        # 从…增长到…; not 生产总值翻了一番多，占全国比重从42.2%提升至47.3%)
        mark = min((i for i in (text.find(c, m.end(), a.qual_start) for c in "，,；;") if i >= 0), default=-1)
        if mark < 0 or rx(r"[，,；;]").search(text, mark + 1, a.qual_start) \
                or not rx(_CHANGE_OPENS).fullmatch(text, mark + 1, a.qual_start):
            return []
    times = Decimal(2) ** _DOUBLINGS[m.group("n")]
    if m.group("half"):
        times *= Decimal(2).sqrt()     # (翻一番半: half a doubling more, 2 × √2 ≈ 2.83)
    if m.group("more"):
        band = Interval(times, times * 2, True, True)
    elif m.group("near") or m.group("near2"):
        band = Interval(times * _NEAR[0], times * _NEAR[1])
    else:
        band = Interval(times * _PLAIN[0], times * _PLAIN[1])
    ratio = Interval.of(b).over(Interval.of(a))
    quotient = (b.value / a.value).quantize(Decimal("0.01"))
    args = {"calc": f"{b.shown} ÷ {a.shown} = {quotient}倍", "stated": m.group(),
            "stated_range": f"{band.low.normalize():f}–{band.high.normalize():f}倍", "range": "", "basis": ""}
    return [Relation("change-amount", ratio.meets(band), m.start(), m.end(), "multiple", args, (a, b))]
