"""The sum of parts weighed against their whole: the one verdict of every part–whole reading
(parts.py, with 其中 and its kin; breakdown.py, without), and the arithmetic its messages show.

    共有党员120人，其中女党员45人，男党员80人     45人 + 80人 = 125人 above 120人: parts-exceed
    应到58人，实到55人，缺考3人                   55人 + 3人 = 58人: verified
"""
from __future__ import annotations

from ...typenames import TYPE_CHECKING
from .common import LEVELS, Relation
from .interval import Interval, basis, total
from .vocabulary import WORDS, rx

if TYPE_CHECKING:
    from ..quantities import Quantity


def arith_args(parts: list[Quantity], value_like: Quantity) -> dict[str, str]:
    from ..quantities import format_value
    summed = total(Interval.of(p) for p in parts)
    value = sum((p.value for p in parts), start=parts[0].value * 0)
    if parts[0].family != value_like.family:
        value_like = parts[0]       # 57例 + 39例 = 96例 (the whole counted in 名)
    calc = " + ".join(p.shown for p in parts) + f" = {format_value(value, value_like)}" \
        if len(parts) > 1 else parts[0].shown
    return {"calc": calc, "range": summed.show(value_like), "basis": basis(parts)}


# a balance (顺差, 净利润: rules/data/num_words.txt, net-words) named right before a figure
_NET = r"(?:%s)[\u3400-\u9fff]{0,3}$" % "|".join(WORDS["net-words"])


def weigh_parts(parts: list[Quantity], summed: list[Quantity], whole: Quantity, exhaustive: bool,
                threshold: bool) -> Relation | None:
    """The verdict on parts against their whole: parts-exceed when a part, or the sum of
    `summed` (the parts that are exclusive kinds, added up), is above the whole; parts-short
    when the sum is below a whole the parts are said to make up entirely (`exhaustive`); else a
    verified "parts". No sum is taken over a threshold (超过, 以上 …: `threshold`). None for a
    balance, which bounds no parts."""
    if rx(_NET).search(whole.lead[-6:]) or any(rx(_NET).search(p.lead[-6:]) for p in parts):
        return None     # a balance bounds no parts: they may be negative
    if whole.family in LEVELS:
        return None     # a level (a concentration) is no sum of anything
    W = Interval.of(whole)
    stated = {"stated": whole.shown, "stated_range": W.show(whole)}
    for part in parts:
        P = Interval.of(part)
        if P.above(W):
            args = {**arith_args([part], whole), **stated}
            return Relation("parts-exceed", False, part.start, part.end,
                            "part" if P.exact and W.exact else "part-rounded", args, (whole, part))
    if len(summed) >= 2 and not threshold:
        S = total(Interval.of(p) for p in summed)
        args = {**arith_args(summed, whole), **stated}
        exact = S.exact and W.exact
        last = summed[-1]
        if S.above(W):
            return Relation("parts-exceed", False, last.start, last.end, "" if exact else "rounded",
                            args, (whole, *summed))
        if exhaustive and S.below(W):
            return Relation("parts-short", False, last.start, last.end, "" if exact else "rounded",
                            args, (whole, *summed))
        return Relation("parts", True, whole.start, whole.end, "" if exact else "rounded",
                        args, (whole, *summed))
    # parts that are not added up: each was checked alone against the whole (其中陽性戶22戶)
    part = max(parts, key=lambda p: p.high)
    exact = part.low == part.high and W.exact
    return Relation("parts", True, whole.start, whole.end, "" if exact else "rounded",
                    {**arith_args([part], whole), **stated}, (whole, *parts))
