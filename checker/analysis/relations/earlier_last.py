"""A stock after a change, the change, and the earlier stock named last, pointing back at the same
thing: `今年新建绿道12公里，全市绿道总长达到96公里，去年底这一数字为84公里` (84 + 12 = 96);
`累计完成改造3,410户；其中今年完成420户，去年底累计数为2,990户` (2,990 + 420 = 3,410).

accrual.py reads the stock before the change first (原有…，新建…，累计…). Copy also gives the
news first and the earlier stock after it, as a reminder of where the count stood. Read here: the
three figures of one family in one sentence, and no other of that family; the last one names an
earlier time (去年底, 此前, 上月底 …) and nothing the stock after does not name (这一数字, 此前记录为
… point back at it); of the two before it, one is the stock reached (累计, 总数, 达到 …: accrual's
words) and the other the change, an addition (新增, 又, 再 …) or, after the stock, the part of it
done since (其中今年完成…). The earlier stock and the change make the stock after, within rounding.
"""
from __future__ import annotations

from ...typenames import TYPE_CHECKING
from ..quantities import Quantity
from .accrual import ADDED, AFTER, COMPARED, accrual_relation, clause_before
from .common import LEVELS, Relation, bounded, per_unit
from .cues import cue_sentences
from .to_date import same_thing
from .vocabulary import SUM_OF_ADDITIONS, rx

if TYPE_CHECKING:
    from typing import Any

# the words pointing back at the stock named before (这一数字, 这个数字, 该数字, 此前记录为): they name
# no other thing
_POINTING_BACK = r"这一数字|這一數字|这个数字|這個數字|该数字|該數字|这一数据|這一數據|数字|數字|还是|還是|仍是|记录为|記錄為|此前|之前|先前"
# after the stock, the part of it done in the period since the earlier stock (其中今年完成…): a part
# named by its period only
_SINCE = r"其中[\u3400-\u9fff]{0,2}(?:今年|本年|上半年|本月|当月|當月|本季度?|本周|本週|今年以来|今年以來)"
# the earlier times named right before the change (去年底, 年初, 此前, 上月底): not a year long past
# (2015年底这一数字仅为…: the change of this year is not all since then)
_JUST_BEFORE = (r"去年底|去年年底|上年底|上年末|(?<![0-9０-９〇零一二三四五六七八九十])年初|此前|之前|先前"
                r"|上月底|上月末|上周末|上週末")
# a change over a span of years (近五年新增…, 三年来, “十四五”以来): not the change since the end of
# last year (今年以来 is this year)
_YEARS = r"年来|年來|(?<!今年)(?:以来|以來)|近[0-9０-９一二三四五六七八九十两兩]|[0-9０-９一二三四五六七八九十两兩多][个個]?年|期间|期間"
# a change (a change in percent, a level or an age is no stock)
_CHANGE_VERB = r"(?:增加|增长|增長|减少|減少|下降|新增|净增|淨增)了?"


def earlier_named_last(doc: Any, taken: set[int] | frozenset[int] = frozenset()) -> list[Relation]:
    relations = []
    text = doc.text
    for sentence in doc.shared(cue_sentences):
        by_family: dict[str, list[Quantity]] = {}
        for q in sentence.quantities:
            by_family.setdefault(q.family, []).append(q)
        for family, same in by_family.items():
            if len(same) != 3 or family in ("percent", "points") or family in LEVELS or family.startswith(("time-", "age")):
                continue
            first, second, earlier = same
            if earlier.start in taken or second.start in taken or first.start in taken:
                continue
            said = clause_before(text, earlier, sentence.start)
            own = said[max(said.rfind("，"), said.rfind(",")) + 1:]     # (its own clause)
            if not rx(_JUST_BEFORE).search(said) or rx(COMPARED).search(own) or rx(_CHANGE_VERB).search(earlier.lead):
                continue
            if rx(AFTER).search(second.lead) and rx(ADDED).search(first.lead):
                after, change = second, first      # 今年新增…，累计达到…，此前为…
            elif rx(AFTER).search(first.lead) and (rx(ADDED).search(second.lead) or rx(_SINCE).search(
                    clause_before(text, second, first.end))):
                after, change = first, second      # 累计完成…；其中今年完成…，去年底累计数为…
            else:
                continue
            if rx(SUM_OF_ADDITIONS + "(?![到至])").search(after.lead) or any(
                    rx(COMPARED).search(q.lead) for q in (after, change)):
                continue
            if rx(_YEARS).search(clause_before(text, change, sentence.start)):
                continue
            # (the earlier stock's words name nothing the stock after does not: 去年底存款余额为…
            # after 贷款余额达到… is another thing)
            if not same_thing(rx(_POINTING_BACK).sub(" ", own), clause_before(text, after, sentence.start)):
                continue
            if not all(bounded(q) and not per_unit(q) for q in same):
                continue
            relations.append(accrual_relation(earlier, [(change, False)], after))
    return relations
