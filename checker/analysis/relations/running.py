"""Running total: items listed, then a word that sums them (`a、b、c，共计N`; `以上N个`).

The items are the amounts right before the total word (in its sentence, or in the sentence before
when 以上/上述 points back), of the total's family; for counts, items counted by another measure
word join when they count the same noun (11个电站 + 1处电站), and noun-first items (村级卫生室14个、
乡镇卫生分院3个，以上18个医疗点) join when each item of the list carries one figure. `X之Y%` is
a share of X: the item is the product (2000万元之40% = 800万元). A bare 共 or 总数 heading the
clause right after the list sums it (、…，共17个); items counted in specific measure words
join a total in a general one (水渠12条、塘坝8座，共计20处). A total right after the list with
no subject of its own claims the list's sum (新增120项、修订35项，总共320项 is reported); one
with a subject of its own (现行标准总共320项) or a stock (累计320项) is another quantity, unless
that subject names the group the list's event touched (表彰…52名、…31名，受表彰人员共计150名 is
reported). A list item with no measure word between list marks (家禽3120羽、生猪45、羊8只) is an item.

A subject counting the items (两站, 两村蓝莓种植面积) makes 累计 a sum of the list (两站累计发送…);
one counting periods (两天, 前两个月, 兩年) or naming their union (全天, 上半年) sums it only when each
item is introduced by a period of its own and those are the periods it counts or is made of (首日…，
次日…，两天签约总额); one opening the sentence after the items points back as 以上 does (第一批…。
第二批…。两批物资合计…). 加起来, 加在一起 and 相加 add up the list before them.

累计 with no subject of its own heading the clause right after a 、 list, a verb after it, adds up
the list's deeds (…公厕86座、垃圾转运站14座，累计完成100座), unless a period or a date bounds the
list (今年…, 截至…: 累计 then counts what came before too). A subject naming the union of the items
by their kind (各级资金, 各类补贴, 各地资金) points back as 以上 does, when every item is named by
its noun and, for 各级 and 各地, opens with a level of government or a place.
"""
from __future__ import annotations

import functools
import re
from decimal import Decimal
from itertools import pairwise

from ...typenames import TYPE_CHECKING
from ..quantities import OPEN_ENDED, Quantity, format_value
from .accrual import LOST, accruals
from .added_on import BROUGHT_ABOUT, WHOLE_PLACE, added_on
from .breakdown import RESPECTIVE
from .by_name import totals_by_name
from .change import change_figures
from .common import (
    CLAUSE_MARK,
    LEVELS,
    Relation,
    counted,
    how_much_changed,
    in_unit_of,
    is_amount,
    noun_after,
    per_time,
    shares_noun,
    whole_of_a_share,
    words_start,
)
from .cues import MEASURE_NAMES, MEASURE_OF, OPENING_TIME, SELECTED, Sentence, cue_sentences, no_cue, opens_with_frame
from .interval import HUNDRED, Interval, basis, total
from .kinds import NAME_JOIN, common_head, names_group_of, whole_partition
from .scopes import PLACE_ENDS
from .to_date import to_date_totals
from .vocabulary import (
    ADDING,
    ADDITION_VERBS,
    INCLUDES_MORE,
    MEASURES_OF_A_THING,
    PERIOD_UNIONS,
    PERIOD_WHOLES,
    REACHED,
    REACHING,
    SUM_OF_ADDITIONS,
    TOTAL_SAID,
    VERB,
    WORDS,
    number_of,
    rx,
)

if TYPE_CHECKING:
    from typing import Any

# The total word, and up to six characters of verb and noun before the figure (合计下达预算11.8亿元,
# 共计完成营造林1.6万亩).
# A bare 共 sums only right after 等 or at the head of the clause after the list (、…，共17个);
# with a subject of its own (现行标准共320项) it names another quantity. 总数 likewise
# (、…，总数达19家).
# A bare 共 is read wherever it stands and kept only where it sums the list (below); 这 only right
# before the figure (这10所学校).
_RUNNING = (r"(?:(共计|共計|合计|合計|合共|总计|總計|总共|總共|一共|以上|上述|共|(?<=[，,])计|(?<=[，,])計|之和|总和|總和|总额|總額"
            r"|总人数|總人數|总数|總數|总量|總量|总|總|累计|累計|%s)"
            r"(?:有|为|為|达到|達到|达|達|是|[\u3400-\u9fff]{1,8}?(?:为|為|达到|達到|达|達)?)?|(这|這))$") % "|".join(ADDING)
_THIS = ("这", "這")
# an average, said between a total word and its figure
_PER_ONE = r"平均|人均|户均|戶均"
# 累计 names a stock (累计320项) unless its subject counts the items it sums (两站累计发送), or it
# heads the clause right after the list with no subject of its own and a verb after it (…公厕86座、
# 垃圾转运站14座，累计完成100座: the list's deeds added up)
_STOCK_WORDS = ("累计", "累計")
# what makes 累计 + a verb a stock after all: a copula or a level reached (累计达120座, 累计已超),
# a noun of an amount (累计成交量, 累计订单数)
_STOCK_AFTER = r"(?:[为為达達是有到至近约約超逾突]|[\u3400-\u9fff]{0,4}(?:量|数|數|额|額|金|值|总|總))"
# A period or a date bounding the list (今年新建…, 截至6月底…, 本次公布…): 累计 then reaches beyond
# the list to what came before it, a stock, whatever verb follows it. Up to now with no date (截至
# 目前, 至今, 迄今) bounds the list no more than 累计: both count everything done so far, and 累计
# adds up the list (截至目前，已接种第一剂次…，第二剂次…，累计接种…).
_BOUNDED = (r"今年|本年|去年|上年|当年|當年|明年|本次|此次|这次|這次|该次|該次|本届|本屆|本期|本轮|本輪"
            r"|近年|近[0-9０-９一二两兩三四五六七八九十]+年|[上下]半年|季度|[0-9０-９一二三四五六七八九十]月"
            r"|[当當今昨本]日|今天|昨天|[本上]周|[本上]週|本月|上月|[12][0-9]{3}年|以来|以來")
# a period word that begins another word: 两个年级 counts grades, not years (年级, 年龄, 年度 stays a year)
_NOT_A_PERIOD = r"(?![级級龄齡])"
# A count of a span opening the subject (这3年来, 近两年): periods, summed only as _PERIOD_COUNT says
_SPAN = r"(?:前|这|這|近|最近|过去|過去)?(?:[0-9０-９]{1,2}|[二两兩三四五六七八九十])[个個]?(?:天|日|月|季度|季|年|周|週|星期)%s" % _NOT_A_PERIOD
# words that sum only the list right before them, or as many items as their subject counts
# (两者之和为27亿元, 三项补贴总额达2.4亿元)
_BARE = ("共", "计", "計", "总人数", "總人數", "总数", "總數", "总量", "總量", "之和", "总和", "總和", "总额", "總額", *_THIS)
# 总 before a noun sums the list only after a subject that counts or names its items (两期总经费,
# 以上项目总投资); otherwise it is the total of something of its own (全县总人口)
_TOTAL_OF = ("总", "總")
# A total word at the head of a sentence points back at the list of the sentence before.
# the character before 以上 when it bounds a level (大专以上, 60岁以上, 3级以上) rather than
# pointing back at what was listed (，以上18个医疗点; 将以上资金): a word's last character
_BOUNDS_BEFORE = r"(?![将將对對把在按据據从從经經与與和及])[\u3400-\u9fff0-9０-９A-Za-z]"
_BACK = r"[^，,；;。]{0,4}?(?:以上|上述|前述|这些|這些|这|這)"
# The subject of a total that counts the items it sums (三镇共获…, 两项合计…, 以上三笔资金共计…,
# 二者合计…): the figure says how many items the list has; it is no item itself.
# The subject may name the items' noun after their count (两村蓝莓种植面积合计…); a numeral after
# the count makes it a name (十四五), not a count, and 是 an enumerator (一是…，二是…).
# (二季度, 三季 name a quarter, no count of items)
_ITEM_COUNT = (r"(?:以上|上述|前述|这些|這些|这|這|此)?([0-9０-９]{1,2}|[二两兩三四五六七八九十])"
               r"(?![0-9０-９零〇一二两兩三四五六七八九十百千万萬年月日号號时時天周週岁歲点點是]|[个個](?:月|季|星期)|季度?)"
               r"[\u3400-\u9fff]{1,8}$")
# a subject naming two of a kind by 俩 (兄弟俩加起来, 姐妹倆共): it counts two items
_PAIR_OF = r"[\u3400-\u9fff]{1,4}(?:俩|倆)"
# A subject counting periods (两天签约总额, 前两个月出口额共, 兩年共計): a span (这3年来) as a rule,
# it sums a list only where each item is introduced by a period of its own of that kind, as many
# as it counts (_periods_listed); 来/以来 after the period keep it a span.
# (or after the name of the span they make: 暑假两个月)
_PERIOD_COUNT = (r"(?:[\u3400-\u9fff]{0,4}?)(?:前|这|這|近|最近|过去|過去)?(?<!第)([0-9０-９]{1,2}|[二两兩三四五六七八九十])"
                 r"(?![0-9０-９])[个個]?(天|日|月|季度|季|年|周|週|星期)%s(?!来|來|以来|以來)[\u3400-\u9fff]{0,8}") % _NOT_A_PERIOD
_PERIOD_UNITS = {"天": "day", "日": "day", "月": "month", "季度": "quarter", "季": "quarter", "年": "year",
                 "周": "week", "週": "week", "星期": "week"}
# A subject naming the union of the list's periods (上午…，下午…，全天共…: vocabulary.PERIOD_UNIONS):
# it sums the list only when the items' periods are exactly its parts.
_UNION_SUBJECT = r"(%s)(?!来|來|以来|以來)[\u3400-\u9fff]{0,8}" % "|".join(sorted(PERIOD_WHOLES, key=len, reverse=True))
# What introduces an item as a period of its own, by kind (首日…，次日…; 一月份…，二月份…; 去年…，
# 今年…); each match is named by its text, a quarter by its number (第一季度 = 一季度).
_N = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
_PERIODS = {
    "day": r"首日|首天|次日|翌日|初[一二三四五六七八九十](?![中级級])|第%s[天日]|(?<![0-9０-９])[0-9０-９]{1,2}[日号號](?![0-9０-９])"
           r"|昨天|今天|前天|昨日|今日|[周週](?:[一二三四五六日])|星期[一二三四五六日天]" % _N,
    "month": r"(?<![0-9０-９\-－~～至到])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?![0-9０-９])"
             r"|首月|次月|本月|上月|当月|當月|第%s[个個]月" % _N,    # (a month counted from a start: 启用后第一个月…)
    "quarter": r"(?:第|首)?[一二三四1-4１-４][个個]?季度|第[一二三四1-4１-４]季|首季度?",
    # (or a year counted from a start: 开业第一年…，第二年…; 首年, 次年)
    "year": r"去年|今年|大前年|前年|明年|上年|本年|(?<![0-9０-９])(?:[12][0-9]{3}|1[01][0-9])年(?!度?[0-9０-９]*[至到\-－~～])"
            r"|首年|次年|第%s年" % _N,
    "week": r"上周|本周|下周|上週|本週|下週|首周|首週|第%s[周週]" % _N,
    "half": r"上半年|下半年",
    "daypart": r"上午|下午|晚上|晚间|晚間|夜间|夜間|凌晨",
}
_POINTING = r"(?:以上|上述|前述|这些|這些)[\u3400-\u9fff]{0,6}"
# A subject naming the union of the items by their kind (各级资金 after 中央…资金、省级…资金、县级…
# 资金; 各类补贴, 各项经费, 各方投入, 各地资金): it points back as 以上 does, but only where each item
# is of that kind and named by that noun (_union_fits): 各级资金 after amounts of other things, or
# of one level only, is another quantity.
_UNION_OF = r"各(级|級|类|類|项|項|方|地)([\u3400-\u9fff]{1,6})"
# what an item of each kind opens with: a level of government (各级), a place (各地)
_UNION_KINDS = {
    "级": r"(?:中央|国家|國家|[省市县縣区區乡鄉镇鎮村州])",
    "地": r"[\u3400-\u9fff]{1,4}?[省市县縣区區乡鄉镇鎮村州]",
}
_UNION_KINDS.update({"級": _UNION_KINDS["级"]})
# 累计 + a verb + 各类/各项 + a noun (累计查处各类案件): the union of the items by their kind
_UNION_AFTER = r"(?:已经|已經|已|共)?[\u3400-\u9fff]{1,3}?" + _UNION_OF
# after a count of items, a total of the same clause (以上2项合计1500个, 以上3类学校共12所)
_THEN_TOTAL = r"[\u3400-\u9fff]{0,6}?(?:共|合计|合計|总|總)[^，,；;。]{0,6}?[0-9０-９一二两兩三四五六七八九十]"
# Measure words general enough to total items counted in others (水渠12条、塘坝8座，共计20处设施);
# 只 is the general measure word of animals (死亡家禽9860羽、生猪145头，合计10005只)
_GENERAL = frozenset(("count:个", "count:處", "count:处", "count:项", "count:項", "count:只"))
_HEAD = 12
# every total word holds one of these (之和 and 总和 are looked for as words: 和 is everywhere)
_RUNNING_CHARS = frozenset("共计計上数數这這额額总總累加")
# A list with a breakdown inside (其中, 包括, 分别, `，计…`) holds wholes and their parts.
# (含 opening a parenthesis with no figure in it is a remark on the item: 2.15亿元（含用地费）)
_NESTED = r"其中|包括|包含|(?<![（(])含|[（(]含(?=[^）)]{0,20}?[0-9０-９])|分别|分別|[，,：:][计計](?![划劃算])"
_TERMINAL = r"[。！？!?]\s*$"
# an item said to come on top of the one before (可再解编47公顷, 另安排300万元, 还将新增…): the
# one before is an item of the same tally, even when it was a total of its own
_AGAIN = r"(?:再|另|还|還)[\u3400-\u9fff]{0,5}$"
_REACH = 200    # items looked back at from a total


class Item:
    """One item of a list: a quantity, or a share of one (`2000万元之40%`)."""
    def __init__(self, q: Quantity, share: Quantity | None = None):
        self.q = q
        self.share = share
        self.start = q.start
        self.end = share.end if share else q.end

    @property
    def interval(self) -> Interval:
        base = Interval.of(self.q)
        if self.share is None:
            return base
        return base.times(Interval.of(self.share).scaled(Decimal(1) / HUNDRED))

    @property
    def value(self) -> Decimal:
        return self.q.value * (self.share.value / HUNDRED if self.share else 1)

    @property
    def shown(self) -> str:
        """The item as the arithmetic shows it: its qualifier (约120万元) and its share, if any."""
        return self.q.shown if self.share is None else f"{self.q.shown} × {self.share.text}"


def running_totals(doc: Any) -> list[Relation]:
    if no_cue(doc):
        return []
    # (a stock, its change and the stock after are read by accrual.py, as running totals)
    relations = accruals(doc)
    accrued = {r.start for r in relations}
    text = doc.text
    found: list[Sentence] = doc.shared(cue_sentences)
    levels = doc.shared(change_figures)
    for index, sentence in enumerate(found):
        qs = sentence.quantities
        for k, q in enumerate(qs):
            if q.start in accrued:
                continue
            head = text[max(sentence.start, q.qual_start - _HEAD):q.qual_start]
            m = None if _RUNNING_CHARS.isdisjoint(head) and "之和" not in head and "总和" not in head \
                and "總和" not in head else rx(_RUNNING).search(head)
            if not m or q.family in ("percent", "points") or q.family in LEVELS or q.family.startswith(("time-", "age")):
                continue
            later = rx(_RUNNING).search(head, m.start() + len(m.group(1))) if m.group(1) in (
                "以上", "上述", "总", "總", *_STOCK_WORDS) else None
            if later:
                m = later    # 以上三镇合计, 总经费共计: the total word is 合计, 共计; before it its subject
            word = m.group(1) or m.group(2)
            trigger = q.qual_start - len(head) + m.start()
            if word in _THIS and q.value < 2:
                continue    # 这一个: "this one", no total
            if rx(_PER_ONE).search(text, trigger + len(word), q.qual_start):
                continue    # 以上企业平均每家投资约…: an average of the items, no sum of them
            if whole_of_a_share(text, q, trigger):
                continue    # 合計占全國總人口2,340萬人的2.6%: the whole of a share, no sum of the list
            # (共新增241户; or with what was added named after the verb: 共计新增公共停车泊位1,325个)
            added = rx(SUM_OF_ADDITIONS + r"(?:[\u3400-\u9fff]{0,10}(?<![的了]))?$").search(q.lead)
            if how_much_changed(q) and not added:
                continue    # 共减少了241人: the amount of a change, not a sum
            if k and qs[k - 1].start < trigger < qs[k - 1].end:
                continue    # 100平方公尺以上10萬元: 以上 belongs to the figure before
            if word == "以上" and trigger > 0 and (rx(_BOUNDS_BEFORE).match(text, trigger - 1) or (
                    trigger > 1 and text[trigger - 1] in "及或" and rx(_BOUNDS_BEFORE).match(text, trigger - 2))):
                continue    # 大专以上学历党员180人, 80岁及以上1.4万人: 以上 bounds the level before it
                #             (or that level and above it), it points at nothing
            # the items are the figures right before the total: look back at most _REACH
            first = max(0, k - _REACH)
            # a subject counting the items (两项合计, 三镇共获): not an item, and the number of items
            lo = max(sentence.start, trigger - 14)
            clause = max([lo, *(i.end() for i in rx(CLAUSE_MARK).finditer(text, lo, trigger))])
            whole = clause > lo or lo == sentence.start
            counted_n = _item_count(text[clause:trigger]) if whole else None
            # a subject counting periods or naming their union (两天签约总额, 全天共): as many items
            # as periods, if the list's periods are those (checked once the items are known)
            readings = _period_subject(text[clause:trigger]) if whole and counted_n is None else []
            if readings:
                counted_n = max(_how_many(wanted) for _, wanted in readings)
            # 累计 + a verb heading the clause after the list, with no subject (，累计完成100座)
            deeds = word in _STOCK_WORDS and not counted_n and _deeds_added(text, sentence.start, clause, trigger, q)
            # 累计 + a verb + the union of the items by their kind (，累计查处各类案件72起): the list's
            # sum whatever period bounds it, as far as the items go (the union may hold kinds not listed)
            union_after = rx(_UNION_AFTER).fullmatch(text, trigger + len(word), q.qual_start) \
                if word in _STOCK_WORDS and not counted_n and not deeds and clause == trigger else None
            deeds = deeds or union_after is not None
            if word in _STOCK_WORDS and not counted_n and not deeds and clause == trigger:
                # (…分三批发放消费券，第一批…，第二批…，第三批…，累计…: the parts it announced)
                counted_n = _announced(text, sentence.start, trigger)
                if not counted_n:
                    # (前三季度全省铁路发送旅客：一季度…，二季度…，三季度…，累计…: the span the sentence
                    # opens with, before a colon, its periods listed one by one)
                    span = _opening_span(text, sentence.start, trigger)
                    readings = _period_subject(span) if span else []
                    if readings:
                        counted_n = max(_how_many(wanted) for _, wanted in readings)
            if word in _STOCK_WORDS and not counted_n and not deeds:
                continue    # 累计320项: a stock, unless its subject counts the items (两站累计)
            if whole and not readings and rx(_SPAN).match(text, clause, trigger):
                continue    # 这3年来共…: a span, not periods of the list
            pool = [p for p in qs[first:k] if p.end <= trigger and not (counted_n is not None and p.start >= clause)]
            back = word in ("以上", "上述") or rx(_BACK).match(text, sentence.start, trigger + len(word)) is not None
            counted_back = not back and bool(counted_n) and (clause == lo == sentence.start or rx(
                r"[\s\u3000]*" + OPENING_TIME).fullmatch(text, sentence.start, clause) is not None or (
                # (or after the last of its items, in their sentence, when that sentence holds fewer
                # than it counts: 第一期…38棟，第二期…52棟。第三期…27棟，三期累計…117棟)
                index > 0 and rx(CLAUSE_MARK).match(text, clause - 1) is not None
                and 0 < sum(1 for p in pool if p.family == q.family) < (counted_n or 0)))
            # (a total first in its sentence after a list framed as a division, 从收购主体看，国有企业…，
            # 民营企业…。全县小麦收购总计…: the frame's parts are the total's items)
            framed_back = not back and index > 0 and not any(p.end <= trigger for p in qs[:k]) \
                and opens_with_frame(text, found[index - 1].start, found[index - 1].end) is not None
            # (a total of the whole place first in its sentence, after places each with its figure in
            # the sentence before: 竹湄區新植640株，港濱區新植515株…。全市總共新植…1,580株 — other
            # places may add to it, but the places named cannot pass it)
            place_back = not back and not framed_back and index > 0 and not any(p.end <= trigger for p in qs[:k]) \
                and rx(r"[\s\u3000]*" + WHOLE_PLACE).match(text, clause) is not None
            back = back or counted_back or framed_back or place_back
            # (a subject counting the items opening its sentence points back as 以上 does, when its
            # own sentence holds fewer items than it counts: 第一批…。第二批…。两批物资合计…)
            prev = found[index - 1] if back and index > 0 else None
            if prev and rx(_TERMINAL).search(text[prev.start:prev.end]) and len(
                    _items(text, pool, q, trigger, counted_n is not None)) >= 2:
                prev = None     # a list of the total's own sentence is the one it sums (县财政安排
                # 1.8亿元，争取上级资金1.4亿元，以上合计3.2亿元 does not reach into the sentence before)
            if prev:
                gap = text[prev.end:sentence.start]
                if prev.end <= sentence.start and sentence.start - prev.end < 4 and (
                        not gap.strip() or not rx(_TERMINAL).search(text[prev.start:prev.end]) or "\n" not in gap
                        or counted_n):    # (以上两项 after two paragraphs, one item each)
                    pool = prev.quantities + pool
                elif not pool:
                    continue
                else:
                    prev = None
            if counted_n and prev is not None and len(_items(text, pool, q, trigger, True)) < counted_n:
                # 甲镇安排120万元。乙镇安排80万元。丙镇安排50万元。以上三镇合计…: one item a sentence,
                # as many sentences back as the subject counts items (each adjacent to the next)
                j, at = index - 2, prev.start
                while j >= 0 and index - j <= counted_n and 0 <= at - found[j].end < 4:
                    pool = found[j].quantities + pool
                    at = found[j].start
                    j -= 1
            pool, bare = _with_bare_items(text, pool, trigger)
            # (甲捐贈20萬、乙捐贈15萬，合計35萬元: items with a multiplier and no unit, each ending its
            # element, are in the unit the total carries, said once for the list)
            pool = [in_unit_of(p, q) if p.family == "bare" and p.multiplier > 1
                    and rx(r"[、，,；;及和與与]").match(text, p.end) else p for p in pool]
            # (由17,000元调至19,000元: a level before and after a change, no item of the list)
            pool = [p for p in pool if p.start not in levels]
            items = _items(text, pool, q, trigger, counted_n is not None, added is not None)
            # (a subject naming the noun the items share, 门店总数 after 国内有门店…，海外…; 全校学生 after
            # 初一学生…，初二学生…: the whole the items are parts of, whatever noun the total is read
            # to count; summed only where it is exceeded)
            shared = False
            if whole and clause > lo and counted_n is None and not added and not deeds and not (
                    len(items) >= 2 and _subject_start(text, items, trigger) != trigger):
                wide = _items(text, pool, q, trigger, True)
                if len(wide) >= 2 and _whole_of_shared_noun(text, wide, clause, trigger, trigger + len(word), q):
                    items, shared = wide, True
            if added and not (items and (added.group(1) in items[0].q.lead
                                         or rx(r"新[\u3400-\u9fff]{1,2}[\u3400-\u9fff]{0,6}$").search(items[0].q.lead))):
                continue    # 共新增241户 sums only a list of what was newly added (一季度新增…，二季度…)
            if added and any(rx(_CONVERTED).search(i.q.lead) and not rx(_ADDITION_SAID).search(i.q.lead) for i in items):
                continue    # (…新設18處、社區據點轉型升級9處、…，共計新增…: what was converted is no new thing)
            if bare and len(items) != len(pool):
                continue    # a figure with no measure word is an item only of a list read whole
            if len(items) < 2 or (first and items[0] is not None and items[0].q is pool[0]):
                continue    # a list longer than the reach: where it starts is not known
            listed = text[items[0].q.qual_start - len(items[0].q.lead):trigger]
            if _names_its_own(text[words_start(text, trigger, _CLAUSE_ENDS):trigger], text[items[0].q.qual_start - len(items[0].q.lead):items[-1].end]):
                continue    # 市县配套资金和社会资本合计80亿元: the things its subject names, none listed before
            if _rates_listed(text, pool, items):
                continue    # 金牌奖金每面200万元、银牌80万元、铜牌50万元，合计…: rates, each per a thing counted elsewhere
            if _own_deed_after_semicolon(text, items, trigger, q):
                continue    # 死亡2人、受伤87人；共撤离民众1.2万人: after a ；, a total of its own deed
            if _names_some_after_semicolon(text, items, trigger):
                continue    # 國小組12人、國中組9人、高中職組8人…；國中小學生合計21人: after a ；, a total
                #             whose subject names some of the items and not others sums those only
            if word in _BARE and rx(RESPECTIVE).search(listed) and _own_deed(text, trigger + len(word), q, listed):
                continue    # 分别接诊860人、740人，共有120人留院观察: those who did another deed
            if readings:
                if not _periods_listed(text, items, readings):
                    continue    # 这3年来共…, 两天共… after items of no period of their own: a span
                counted_n = len(items)
            claimed = counted_n == 0 or counted_n == len(items)
            union = rx(_UNION_OF).fullmatch(text, clause, trigger) if whole else None
            if union and not _union_fits(text, items, union):
                continue    # 各级资金共… after items of another kind: another quantity
            if union_after and not _union_fits(text, items, union_after):
                continue    # 累计查处各类案件 after items of another kind
            if deeds and (rx(r"(?:共|总|總|合计|合計|累计|累計)").search(items[0].q.lead)
                          or not _one_enumeration(text, items, trigger, _deed_verb(text, trigger, q))):
                continue    # 共发现63种…、123种…，累计发现…: the list has a total of its own; 北站
                #             接待…，南站接待…，累计接待…: statements of their own, 累计 a stock
            if _signs_mixed(text, items):
                continue    # 第一个月亏损…，第三个月盈利…: a net of gains and losses, no plain sum
            if readings and rx(WHOLE_PLACE).search(text, clause, trigger) \
                    and not rx(WHOLE_PLACE).search(text, words_start(text, items[0].q.qual_start, "。\n"), items[0].q.qual_start):
                continue    # 新站点第一个月…，全区三个月累计…: the periods' total of a wider place
            # (a subject counting the items' periods, 首日…，次日…，第三天…，三天累计接待游客…, sums them
            # when the total names what they did, or nothing: 三个月累计办结… after what was received
            # each month counts another deed)
            first_deeds = _first_deeds(text, items) if readings and not added else set()
            if first_deeds and not _one_deed(text, items, first_deeds, trigger + len(word), q):
                continue    # 第一个月借出…，第二个月…，三个月累计归还…: another deed
            if (counted_back or (word in _STOCK_WORDS and not deeds)) and (not readings or first_deeds) \
                    and not _names_listed(text, items, trigger + len(word), q):
                continue    # 两家公司合计纳税… after what they earned: the subject's items, another amount
            if word in _TOTAL_OF and not claimed and not _total_of_measure(text, clause, trigger, q) \
                    and not _total_of_their_noun(text, items, clause, trigger, q):
                continue
            if any(i.q.family != q.family for i in items) and not _names_listed(text, items, trigger + len(word), q):
                continue    # 泵站64站、水池16座，共完成检查记录80个: items in other measure words join a
                #             total in a general one (共计20处设施), not one of a deed the list names not
            if counted_n is not None and not claimed:
                continue    # 三镇共获… after four amounts: the list is not the one counted
            gap = text[items[-1].end:trigger].removeprefix(noun_after(items[-1].q))
            if word in _BARE and not claimed and not shared and not place_back and text[trigger - 1] != "等" and gap not in (
                    "，", ",", "；", ";", "。", "") and _subject_start(text, items, trigger) == trigger \
                    and not (word in _THIS and rx(r"[^0-9０-９，,；;。]{1,20}[，,]").fullmatch(gap)):
                continue    # a bare 共 sums only the list right before it (…送展，共有10件作品获奖), or
                #             after a subject naming the items' kind (金牌…、铜牌22枚，奖牌总数87枚); 这
                #             points back at the things listed past what the clause says of them
                #             (…和高中4所已全部投入使用，这56所学校…)
            if rx(_NESTED).search(text, items[0].start, trigger):
                continue
            if rx(BROUGHT_ABOUT).search(text, trigger, q.qual_start):
                continue    # 共撬动社会投资1.5亿元 after the money put in: what it brought about, no sum
            if rx(r"分别|分別").search(text, max(trigger - 4, 0), q.qual_start):
                continue    # (…，累计分别达到42家、126家: one total per item, no sum)
            chosen = None
            for chosen in rx("|".join(SELECTED)).finditer(text, items[0].start, trigger):
                pass
            if chosen is not None:
                items = [i for i in items if i.start >= chosen.end()]
                if len(items) < 2:
                    continue    # (报名的选手860人，…共评选出一等奖12人，二等奖24人…，合计72人: the pool
                    #             before the verb of choosing is no item of the list chosen)
            if rx("|".join(SELECTED)).search(text, trigger, q.qual_start):
                continue    # 一期受理320件，二期受理410件，两期共评定出500件: chosen out of them, no sum
            T = Interval.of(q)
            S = total(i.interval for i in items)
            if len(items) > 2 and not S.meets(T) and items[0].share is None \
                    and total(i.interval for i in items[1:]).meets(T) and not Interval.of(items[0].q).below(T):
                # (全村耕地2000亩，水稻1200亩，玉米500亩，共种植1700亩: the first figure, no smaller than the
                # total, is the whole the others are of; they alone make the total)
                items = items[1:]
                S = total(i.interval for i in items)
            if q.is_count and q.exact and not S.meets(T) and q.value == len(items) and not claimed:
                # 停车位1200个、充电桩300个，以上两项: the total counts the items, it does not sum them
                listed = "、".join(i.shown for i in items)
                relations.append(Relation("running-total", True, q.start, q.end, "", {
                    "calc": f"{listed}，计{len(items)}项", "range": "", "stated": f"{word}{q.text}",
                    "stated_range": ""}, (q, *(i.q for i in items))))
                continue
            if q.is_count and not S.meets(T) and rx(_THEN_TOTAL).match(text, q.end) and q.value <= 2 * len(items):
                continue    # 以上3类学校共12所: a count of the items with the total after it (not one far
                #             above their number: 这56所学校共新增学位… after four items is their sum)
            value = sum((i.value for i in items), Decimal(0))
            calc = " + ".join(i.shown for i in items) + f" = {format_value(value, q)}"
            args = {"calc": calc, "range": S.show(q), "basis": basis(i.q for i in items), "stated": f"{text[trigger:q.qual_start] if word in _TOTAL_OF + ADDING else word}"
                              f"{q.shown}",
                    "stated_range": T.show(q)}
            # an item the total restates (15位大法官……一共15位) comes before the list it heads: it is
            # the list's first item; one further on is summed with the others (甲12万户、乙8万户，合计8万户
            # and 甲3位、乙6位、丙9位，共计6位 are sums gone wrong, not a figure said again)
            restated = Interval.of(items[0].q).meets(T) and items[0].share is None and len(items) > 1
            # (a medal tally right before its total, 6金9银3铜共…, lists every kind of medal: none
            # is left without a figure)
            if place_back and (not _places_opening(text, items) or any(rx(_PLANS).search(i.q.lead) for i in items)):
                continue    # (甲县计划新建180公里，乙县计划新建146公里。全市今年共新建…: plans, not what was done)
            if (place_back or framed_back) and not _restates_the_items(text, items, trigger, q):
                continue    # (从销售渠道看，电商销售…，批发市场销售…。全县产量总计…: another measure of the thing)
            # (a framed list in the total's sentence names every kind of what the total restates)
            every_kind = _framed(text, items) and _restates_the_items(text, items, trigger, q)
            if (place_back or framed_back) and rx(_MORE_AFTER).search(text, q.end, sentence.end):
                continue    # (…。全县收购总计6.5万吨，其余1.2万吨由外地客商收购: a part not listed before)
            if (union_after or shared or place_back or _group_total(text, items, q, trigger)) and S.below(T) \
                    and not every_kind:
                continue    # 各类案件, 学校总数 beyond the kinds listed (小学84所、初中32所，学校总数150所:
                #             high schools and kindergartens too); but a list under a frame naming what
                #             it divides by (从收购主体看，国有企业…，民营企业…) names every kind
            if any(rx(LOST).search(text, i.q.end, min(i.q.end + 6, trigger)) or rx(LOST).search(i.q.lead[-4:])
                   for i in items):
                continue    # (12家企业加入，另有3家退出，成员总数…: an item taken away is no part of a sum)
            if S.below(T) and rx(INCLUDES_MORE).match(text, q.end):
                continue    # (上午…，下午…，全天共就诊3,300人次，含夜间急诊400人次: more than the items)
            if S.above(T) and q.family in REACHED and (rx(REACHING).search(text, trigger, q.qual_start)
                               or all(rx(REACHING).search(i.q.lead) for i in items)) \
                    and not _places_apart(text, items):
                continue    # 一期覆盖800户，二期覆盖900户，两期共覆盖1,200户: what one item reached another
                #             may reach again; the total may be less than the sum, never more (not what
                #             places apart reached: 鼓楼区1.26万户、玄武区…，这三个区共涉及…)
            if not S.meets(T) and (restated or (S.below(T) and not claimed and not _every_item_counted(
                    text, items, _subject_start(text, items, trigger)) and not _tally_totalled(text, items, q)
                    and not every_kind)):
                continue    # 15位大法官中……一共15位; an item listed without a figure
            variant = "" if S.exact and T.exact else "rounded"
            relations.append(Relation("running-total", S.meets(T), q.start, q.end, variant, args,
                                      (q, *(i.q for i in items))))
    # (a figure to a date, the periods after it and the figure to a later date: to_date.py, for
    # the totals read neither as a stock and its change nor as a list's sum)
    relations += to_date_totals(doc, {r.start for r in relations})
    # (amounts added by 加上, then their total: added_on.py, for the totals not read above)
    read = {r.start for r in relations}
    relations += [r for r in added_on(doc) if r.start not in read]
    # (several figures per item, each totalled by its name: by_name.py, for the totals not read above)
    return relations + totals_by_name(doc, {r.start for r in relations})


def _first_deeds(text: str, items: list[Item]) -> set[str]:
    """What the first item's clause says was done (第一个月受理320件, 首日销售…: {受理}, {销售}), or
    nothing when it names only a measure (首日客流量1.8万人次): a total of the periods must then name
    that deed or its noun to sum them (三个月累计办结… counts another deed; 三天累计接待游客 after
    客流量 names the same visitors)."""
    return _deeds_in(text, words_start(text, items[0].q.qual_start, "，,；;：:。\n"), items[0].q.qual_start)


@functools.cache
def _opposite_signs() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in (line.split() for line in WORDS["opposite-signs"]))


def _signs_mixed(text: str, items: list[Item]) -> bool:
    """Some item is named a gain and another a loss (num_words.txt, opposite-signs)."""
    leads = [text[max(0, i.q.qual_start - 8):i.q.qual_start] for i in items]
    return any(any(a in lead for lead in leads) and any(b in lead for lead in leads) for a, b in _opposite_signs())


def _deeds_in(text: str, start: int, end: int) -> set[str]:
    """The verbs of text[start:end], verbal nouns too (销售, 受理 are tagged so), but for the words of
    holding or of being a total."""
    from ..words import VERB_TAGS, tagged  # (the lexicon is loaded only when a total is read so)
    return {w for w, t in tagged(text, start, end) if (t in VERB_TAGS or t == "vn") and not rx(_NO_DEED).fullmatch(w)}


def _one_deed(text: str, items: list[Item], first: set[str], after_word: int, q: Quantity) -> bool:
    """The items of periods are what one deed did in each (第一个月借出6800册，第二个月借出…，第三个月
    …): each later item names the first's deed (`first`) or none, and the total names it or none."""
    start = words_start(text, items[0].q.qual_start, "，,；;：:。\n")
    for a, b in pairwise(items):
        # (a verb of change or of reaching said of the next period's figure, 5月3日达到峰值…, 5月5日
        # 回落至…, compares it with the others: no deed of its own)
        deeds = {d for d in _deeds_in(text, a.end, b.q.qual_start) if not rx(_SAID_OF_THE_FIGURE).fullmatch(d)}
        if not _same_deeds(deeds, first):
            return False
    # (and names no narrower thing than they: 累计接待外地读者 after 接待读者 — some of them; the
    # level it reached aside, 累計虧損達)
    named, listed = rx(_LEVEL_SAID).sub("", text[after_word:q.qual_start]), text[start:items[-1].end]
    if len(q.unit.name) >= 2:
        named = named.replace(q.unit.name, "")     # (參觀人次達…人次: the measure, named again, narrows nothing)
    runs = [named[i:i + 2] for i in range(len(named) - 1)]
    if any(r in listed for r in runs) and any(r not in listed for r in runs if rx(r"[\u3400-\u9fff]{2}").fullmatch(r)):
        return False
    return _same_deeds(_deeds_in(text, after_word, q.qual_start), first)


def _same_deeds(deeds: set[str], first: set[str]) -> bool:
    """Each deed is one of the first's, or a shorter or longer form of it (再虧 of 虧損), or a
    verb of one deed with it (num_words.txt, one-deed: 涌入 and 接待)."""
    return all(any(f.startswith(d) or d.startswith(f) or _one_deed_words(f, d) for f in first) for d in deeds)


@functools.cache
def _deed_lines() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(line.split()) for line in WORDS["one-deed"])


def _one_deed_words(a: str, b: str) -> bool:
    return any(a in line and b in line for line in _deed_lines())


# a verb that says how a figure stands to the others, not what was done (达到, 回落, 增至)
_SAID_OF_THE_FIGURE = r"(?:%s|达到|達到|回落|攀升|峰值)" % VERB
# the words saying the level a total reached, after what it names (累計虧損達, 累计接待约)
_LEVEL_SAID = r"(?:达到|達到|达|達|为|為|约|約|近|逾)+$"


# the words of holding or of being a total, which name no deed of their own (共有, 共计, 共达)
_NO_DEED = r"[有为為是达達计計约約近逾超]"


def _own_deed(text: str, after_word: int, q: Quantity, listed: str) -> bool:
    """A bare total after what each subject did (分别接诊860人、740人) names a deed the list does
    not, before its figure (共核定补助620户 after 412户申请) or right after it (共有120人留院观察,
    共有12处被列为重大隐患): it counts those that did it, no sum of the list. A deed is a verb of the
    lexicon (analysis/words.py), or 被/仍/已 + a verb."""
    from ..words import VERB_TAGS, tagged  # (the lexicon is loaded only when a total is read so)
    stop = rx(r"[，,；;：:。！？!?\n]").search(text, q.end)
    spans = [(after_word, q.qual_start), (q.end, min(stop.start() if stop else len(text), q.end + 8))]
    for a, b in spans:
        pairs = tagged(text, a, b)
        words = [w for w, _ in pairs]
        deeds = [w for w, t in pairs if t in VERB_TAGS and not rx(_NO_DEED).fullmatch(w)]
        if (a, b) == spans[1] and words and words[0] in ("被", "仍", "已", "还", "還"):
            deeds = deeds or words[1:2]
        if any(w not in listed for w in deeds):
            return True
    return False


# what makes a subject a stock or a span of its own, not the whole of the items listed (现有门店总数:
# the shops now, opened before the list too)
_OWN_STOCK = r"现行|現行|现有|現有|目前|累计|累計|历年|歷年|历届|歷屆|历来|歷來|以来|以來|至今|迄今|原有|新增"
# a period or an occasion ending the subject (全校学生本学期, 门店今年, 学生此次): when the whole is
# counted, not what
_PERIOD_AFTER = r"(?:(?:本|今|去|上|这|這|该|該)(?:学期|學期|年度|年|月|季度|季|周|週)|(?:此|本|这|這|该|該)次)$"
# a whole of every unit of a place or an organization opening the subject (全校, 全公司, 全市)
_ALL_OF = r"^全[\u3400-\u9fff]{1,2}?(?=[\u3400-\u9fff]{2})"


def _short_subject(subject: str) -> bool:
    """A subject of a 总 total that adds no stock or whole place of its own (活动, not 现有 or 全市)."""
    return len(subject) <= 4 and not rx(_OWN_STOCK + r"|全").search(subject)


def _total_of_measure(text: str, clause: int, trigger: int, q: Quantity) -> bool:
    """True when 总 names the measure its figure is counted in (总参与人次达…人次, 总金额…元) and heads
    the clause after the list with a short subject of no stock (活动总参与人次): the list's sum in that
    measure, not a total of something of its own."""
    m = rx(r"(?:总|總)[\u3400-\u9fff]{0,4}?(%s)(?:达到|達到|达|達|为|為|是|共|约|約)?\s?$" % MEASURE_NAMES).fullmatch(
        text, trigger, q.qual_start)
    if not m or MEASURE_OF[m.group(1)] != q.family or not rx(CLAUSE_MARK).match(text, clause - 1):
        return False
    subject = text[clause:trigger]
    return _short_subject(subject)


def _total_of_their_noun(text: str, items: list[Item], clause: int, trigger: int, q: Quantity) -> bool:
    """True when 总 names the noun every item's clause names before its figure, after kinds that
    are all there is of it (城镇人口…，农村人口…，总人口…: rules/data/num_words.txt, partitions), and
    heads the clause after the list with a short subject of no stock: the items' sum, not a total of
    something of its own."""
    m = rx(r"(?:总|總)([\u3400-\u9fff]{2,4}?)(?:达到|達到|达|達|为|為|是|共|约|約)?\s?$").fullmatch(
        text, trigger, q.qual_start)
    if not m or not rx(CLAUSE_MARK).match(text, clause - 1):
        return False
    subject = text[clause:trigger]
    if not _short_subject(subject):
        return False
    noun = m.group(1)
    # each item is a kind of that noun: its words before the figure end in it, after a modifier of
    # one set of kinds (城镇人口…，农村人口…; not 城镇就业人口…: a narrower noun than 人口)
    kinds = []
    for item in items:
        start = words_start(text, item.q.qual_start)
        words = rx(r"(?:有|为|為|达|達|是|约|約)$").sub("", text[start:item.q.qual_start])
        if not words.endswith(noun):
            return False
        kinds.append(rx(r"^(?:全|本|该|該)[\u3400-\u9fff]").sub("", words[:-len(noun)]))
    # (and the kinds are all there is of it, 城镇/农村, 男/女: 小麦…，玉米…，总播种面积 holds other crops)
    return whole_partition(kinds)


def _whole_of_shared_noun(text: str, items: list[Item], clause: int, trigger: int, after: int, q: Quantity) -> bool:
    """True when the subject of a total heading its clause ends in a noun (two characters, a period
    after it aside) that the first item's clause names before its figure and every later item's
    clause names too or leaves out, a short kind before the figure (国内有门店312家，海外88家，门店
    总数…; 初一学生借阅…，初二学生…，全校学生本学期共借阅…): the whole the items are parts of. Not a
    subject of a stock (现有门店), nor one of more than a noun (…则以建筑清册), nor a total of a
    deed the first item names not (清册共有部分误漏…: 共有 is no total there)."""
    subject = text[clause:trigger]
    if not 2 <= len(subject) <= 8 or rx(_OWN_STOCK).search(subject) or not rx(r"[\u3400-\u9fff]+$").fullmatch(subject) \
            or rx(r"[以则則把将將对對在由按为為的之]").search(subject):
        return False
    subject = rx(_PERIOD_AFTER).sub("", rx(_ALL_OF).sub("", subject))
    leads = []
    for item in items:
        start = words_start(text, item.q.qual_start)
        leads.append(text[start:item.q.qual_start])
    noun = subject[-2:]
    if len(noun) < 2 or noun not in leads[0] or not all(
            noun in lead or len(lead) <= 4 and not rx(r"[0-9０-９]").search(lead) for lead in leads[1:]):
        return False
    verb = rx(r"^(?:有|为|為|达到|達到|达|達|是)*(.*?)(?:为|為|达到|達到|达|達|是|约|約)*$").sub(r"\1", text[after:q.qual_start])
    return not verb or (len(verb) >= 2 and verb[:2] in leads[0])


def _union_fits(text: str, items: list[Item], union: re.Match) -> bool:
    """True when every item is named as one of the union its subject names (各级资金: 中央补助资金,
    省级…资金, 县级配套资金): its words before its figure end in the subject's noun and, for 各级
    and 各地, open with a level of government or a place."""
    kind, noun = union.group(1), union.group(2)
    opening = _UNION_KINDS.get(kind)
    for item in items:
        start = words_start(text, item.q.qual_start)
        name = rx(r"(?:为|為|是|达|達|有|约|約)+$").sub("", text[start:item.q.qual_start])
        if not name.endswith(noun) or (opening and not rx(opening).match(name)):
            return False
    return True


def _one_enumeration(text: str, items: list[Item], trigger: int, verb: str = "") -> bool:
    """True when the items are one 、 list in the clause right before the total (公厕86座、垃圾转运站
    14座，累计…): the parts of one deed, not clauses each stating a figure of its own. Or clauses
    of one deed: the verb after 累计 heads the first item's clause and no other (已接种第一剂次
    3.1万剂次，第二剂次2.7万剂次，累计接种…; 北站接待…，南站接待…, each with its verb, state
    figures of their own)."""
    if not rx(CLAUSE_MARK).search(text, items[0].end, trigger - 1) and all(
            "、" in text[a.end:b.start] for a, b in pairwise(items)):
        return True
    if len(verb) < 2:
        return False
    head = rx(r"[^，,；;：:。\n]*$").search(text, 0, items[0].q.qual_start)
    if head is None or verb not in head.group():
        return False
    # (or each later clause doing it again, 10日转移…，11日再转移…，累计转移…: one deed, repeated)
    return all(rx(_NEXT_OF_ONE_DEED).fullmatch(text, a.end, b.q.qual_start) and verb not in text[a.end:b.q.qual_start]
               for a, b in pairwise(items)) or (rx(_WHEN).search(head.group()) is not None and all(
        rx(_DONE_AGAIN % re.escape(verb)).fullmatch(text, a.end, b.q.qual_start) for a, b in pairwise(items))
        and not rx(r"[0-9０-９]").search(text, text.rfind("\n", 0, head.start()) + 1, head.start()))
    # (and no figure earlier in the paragraph: 全县已转移群众3,000人。10日转移…，11日又转移…，累计…
    # counts that stock too)


# what joins the items of one deed in clauses: a clause mark and the next item's name, nothing more
_NEXT_OF_ONE_DEED = r"[、，,][\u3400-\u9fff]{1,6}"
# a day or a month that names an item (10日, 次日, 第二天, 3月): the periods a deed is repeated in; with
# none (运送…，随后再运送…，累计运送…) the tally may well count an earlier stock
_WHEN = r"[0-9０-９一二三四五六七八九十]{1,3}(?:日|号|號|月份?)|次日|翌日|隔日|首日|第[一二三四五六七八九十0-9]{1,2}天"
# the next item doing the first's deed again in its own period (，11日再转移, ，次日又转移)
_DONE_AGAIN = r"[，,；;](?:%s)[\u3400-\u9fff]{0,3}(?:再|又)%%s[\u3400-\u9fff]{0,4}" % _WHEN


def _deeds_added(text: str, start: int, clause: int, trigger: int, q: Quantity) -> bool:
    """True when 累计 at `trigger` sums the list before it: it heads its clause (no subject of its
    own: 全市累计, 历年累计 name a stock), a verb follows it (累计完成, not 累计达 or 累计成交量), and
    no period or date bounds the sentence before it (今年新建…，累计建成… counts earlier years too)."""
    if clause != trigger or not rx(CLAUSE_MARK).match(text, trigger - 1):
        return False
    after = rx(r"^(?:已经|已經|已|共)").sub("", text[trigger + 2:q.qual_start])
    if not after or rx(_STOCK_AFTER).match(after):    # (累计已超600个: a level, 超 is its hedge)
        return False
    return not rx(_BOUNDED).search(text, start, trigger)


def _deed_verb(text: str, trigger: int, q: Quantity) -> str:
    """The verb after 累计 (累计接种6.8万剂次 → 接种), two characters, or ""."""
    after = rx(r"^(?:已经|已經|已|共)").sub("", text[trigger + 2:q.qual_start])
    return after[:2] if len(after) >= 2 else ""


def _names_listed(text: str, items: list[Item], after: int, q: Quantity) -> bool:
    """True when what a total names between its total word and its figure (两站累计发送…, 两批
    物资合计价值…) is named in its list too, or it names nothing: a subject counting the items
    and a total of another thing of theirs (两家公司合计纳税… after their revenues) is no sum."""
    named = rx(r"^(?:为|為|达到|達到|达|達|是|有|约|約|共|共计|共計)*(.*?)(?:为|為|达到|達到|达|達|是|有|约|約|共)*$").sub(
        r"\1", text[after:q.qual_start])
    if len(named) < 2:
        return True
    start = words_start(text, items[0].q.qual_start, "，,；;：:。\n")
    # (and the clauses with no figure that introduce the list: 各區公所修復路面坑洞，第一季…，第二季…)
    head = rx(r"(?:[^，,；;：:。\n0-9０-９]*[，,：:])+$").search(text, max(0, start - 40), start)
    if head:
        start = head.start()
    listed = text[start:items[-1].end]
    return any(named[i:i + 2] in listed for i in range(len(named) - 1))


# a sentence announcing its list by the number of its parts (分三批发放, 分为四期, 分两轮)
_ANNOUNCED = (r"分(?:为|為|成)?([0-9０-９]{1,2}|[二两兩三四五六七八九十])[个個]?"
              r"(?:批次|批|期|轮|輪|场|場|阶段|階段|部分)")


def _opening_span(text: str, start: int, trigger: int) -> str:
    """The union of periods a sentence opens its list with, before a colon (前三季度…：, 上半年…：)."""
    colon = rx(r"[：:]").search(text, start, trigger)
    if not colon:
        return ""
    m = rx(r"(?:%s)" % "|".join(sorted(PERIOD_WHOLES, key=len, reverse=True))).search(text, start, colon.start())
    return m.group() if m else ""


def _announced(text: str, start: int, trigger: int) -> int | None:
    """How many parts the sentence announced before a total (分三批 → 3), or None: 累计 then sums
    as many items as that, the parts listed one by one (relations checked as for a counted subject)."""
    m = rx(_ANNOUNCED).search(text, start, trigger)
    if not m:
        return None
    n = m.group(1)
    return number_of(n)


def _item_count(subject: str) -> int | None:
    """How many items a total's subject says it sums (三镇 → 3, 以上两项 → 2), 0 for a subject that
    points back at the list without counting it (以上文化设施, 上述资金), or None."""
    if rx(_PAIR_OF).fullmatch(subject):
        return 2    # 兄弟俩, 夫妻倆: two, as 两人 counts them
    m = rx(_ITEM_COUNT).fullmatch(subject)
    if not m:
        return 0 if rx(_POINTING).fullmatch(subject) or rx(_UNION_OF).fullmatch(subject) else None
    n = m.group(1)
    return number_of(n)


def _period_subject(subject: str) -> list[tuple[str, frozenset[str]]]:
    """The periods a total's subject sums, if it names periods: for each reading, their kind and
    either their count ({"2"}: any two of that kind) or their names ({上午, 下午} for 全天)."""
    union = rx(_UNION_SUBJECT).fullmatch(subject)
    readings = [(_period_kind(parts.split()[0]), frozenset(_period_label(p) for p in parts.split()))
                for whole, parts in PERIOD_UNIONS if union and whole == union.group(1)]
    m = rx(_PERIOD_COUNT).fullmatch(subject)
    if m:
        # (二季度 is the second quarter, and may be read as two: both readings are tried)
        readings.append((_PERIOD_UNITS[m.group(2)], frozenset({str(number_of(m.group(1)))})))
    return readings


def _how_many(wanted: frozenset[str]) -> int:
    """How many periods a reading of a subject names: its count ({"2"}) or its periods."""
    only = next(iter(wanted))
    return int(only) if len(wanted) == 1 and only.isdigit() else len(wanted)


def _period_kind(word: str) -> str:
    return next(kind for kind, pattern in _PERIODS.items() if rx(pattern).fullmatch(word))


_QUARTERS = str.maketrans("1234１２３４首", "一二三四一二三四一")


def _period_label(word: str) -> str:
    """A period's name, the same for its wordings (第一季度, 一季度 and 1季度 are 一季度)."""
    if rx(_PERIODS["quarter"]).fullmatch(word):
        return word.translate(_QUARTERS).lstrip("第").replace("个", "").replace("個", "").removesuffix("度") + "度"
    month = rx(r"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?").fullmatch(word)
    if month:       # (一月 and 1月 are one month)
        n = month.group(1)
        return "%d月" % (int(n) if n.isdigit() else 10 + number_of(n[1:]) if n.startswith("十") else number_of(n) or 1)
    return word.removesuffix("份")


def _periods_listed(text: str, items: list[Item], readings: list[tuple[str, frozenset[str]]]) -> bool:
    """True when each item is introduced by a period of its own (首日…12亿元，次日…8亿元), each
    another, of a reading's kind, and they are as many as it counts or its very periods."""
    return any(_periods_of(text, items, kind, wanted) for kind, wanted in readings)


# Months or years named before a list that gives each of them in turn, as a span or one by one, in
# the list's clause or in one of their own before it (1月至4月的吞吐量分别为41万、37万…; 今年1月、2月、
# 3月，港口分别完成…; 2021年至2023年，全市分别新建绿道…): the items are those periods, one each, when
# they are as many
_EACH = r"分别|分別|依次"
_NAMED_EACH = {
    "month": (r"(?<![0-9０-９])(1[0-2]|[1-9])月?(?:至|到|-|－|~|～)(1[0-2]|[1-9])月|(?<![0-9０-９])(1[0-2]|[1-9])月(?!份?[0-9０-９])", "%d月"),
    "year": ((r"(?<![0-9０-９])((?:19|20)[0-9]{2}|1[0-9]{2})年?(?:至|到|-|－|~|～)((?:19|20)[0-9]{2}|1[0-9]{2})年"
              r"|(?<![0-9０-９])((?:19|20)[0-9]{2}|1[0-9]{2})年"), "%d年"),
}


# a place named right before its figure (鼓楼区1.26万户, 東區4,860公尺, 中山街道…)
_PLACE_BEFORE = r"[\u3400-\u9fff]{1,4}(?:%s)$" % PLACE_ENDS


# what says a thing was converted or upgraded, not added (转型升级, 改造提升)
_CONVERTED = r"转型|轉型|升级|升級|改造|改建|提升|整合"
# (unless the item says it added too: 结合学校周边改造新增泊位380个)
_ADDITION_SAID = "|".join(ADDITION_VERBS) + r"|新设|新設"
# what says an item is a plan, not a deed done (计划新建180公里)
_PLANS = r"计划|計劃|计画|計畫|拟|擬|将|將|预计|預計"
# a part of the total said after it, not listed before (其余1.2万吨由外地客商收购; 另有…)
_MORE_AFTER = r"[，,](?:其余|其餘|另有|另外|此外)"


def _places_opening(text: str, items: list[Item]) -> bool:
    """Each item's clause or list element opens with a place of its own (竹湄區今年新植…，港濱區新植…):
    places apart, whatever their figures count."""
    names = [rx(r"[\u3400-\u9fff]{1,4}?(?:%s)" % PLACE_ENDS).match(text, words_start(text, i.q.qual_start, "，,；;、。\n"))
             for i in items]
    return all(names) and len({m.group() for m in names if m}) == len(items)


def _places_apart(text: str, items: list[Item]) -> bool:
    """Each item is a place of its own, named right before its figure: what one reached no other
    reached (a household lives in one district)."""
    names = [rx(_PLACE_BEFORE).search(text, words_start(text, i.q.qual_start), i.q.qual_start) for i in items]
    return all(names) and len({m.group() for m in names if m}) == len(items)


def _names_some_after_semicolon(text: str, items: list[Item], trigger: int) -> bool:
    """A ； stands between the items and the total, and the total's subject shares two characters in
    a row with the names of some items but not of all: it totals a group of them."""
    semi = max(text.rfind("；", items[-1].end, trigger), text.rfind(";", items[-1].end, trigger))
    if semi < 0:
        return False
    subject = text[semi + 1:trigger]
    runs = {subject[k:k + 2] for k in range(len(subject) - 1)}
    named = [any(r in text[words_start(text, i.q.qual_start, "，,；;、：:。\n"):i.q.qual_start] for r in runs) for i in items]
    return any(named) and not all(named)


def _named_each(text: str, items: list[Item], start: int, kind: str) -> list[str] | None:
    """The periods of `kind` named, as a span or one by one, before a list given with 分别, in the
    list's clause or in one of their own before it; None when the list is not so given."""
    if kind not in _NAMED_EACH or rx(r"[，,；;：:。]").search(text, items[0].end, items[-1].start):
        return None
    lo = words_start(text, start - 1, "；;：:。\n")
    if not rx(_EACH).search(text, lo, items[0].q.qual_start):
        return None
    pattern, label = _NAMED_EACH[kind]
    labels: list[str] = []
    for m in rx(pattern).finditer(text, lo, items[0].q.qual_start):
        if m.group(1):
            labels.extend(label % k for k in range(int(m.group(1)), int(m.group(2)) + 1))
        else:
            labels.append(label % int(m.group(3)))
    return labels or None


# what makes a period's figure the level reached by its end, not what the period added
_LEVEL_REACHED = r"总数|總數|总量|總量|达到|達到|增至|增加到|扩大到|擴大到|提高到|累计|累計"


def _periods_of(text: str, items: list[Item], kind: str, wanted: frozenset[str]) -> bool:
    labels = []
    start = words_start(text, items[0].q.qual_start, "，,；;：:。\n")
    named = _named_each(text, items, start, kind)
    if named is not None and len(named) == len(items) == len(set(named)):
        return wanted in ({str(len(items))}, set(named))
    if not rx(_PERIODS[kind]).search(text, start, items[0].q.qual_start):
        # (the first period may stand in a clause of its own before its item: 2022年，这个镇造林…)
        before = start - 1
        while before > 0 and text[before - 1] not in "，,；;：:。\n":
            before -= 1
        if before >= 0 and rx(_PERIODS[kind]).search(text, before, start) \
                and not rx(r"[0-9０-９]").search(rx(_PERIODS[kind]).sub("", text[before:start])):
            start = before
    for item in items:
        found = list(rx(_PERIODS[kind]).finditer(text, start, item.q.qual_start))
        if not found:
            return False
        # (a day is the shortest period read: what it reached or peaked at is its own flow, 5月3日达到
        # 峰值19.6万人次，5月5日回落至16.3万人次; a longer period's is a level or a day within it)
        if kind != "day" and rx(_LEVEL_REACHED).search(text, found[-1].end(), item.q.qual_start):
            return False    # 第二年社员总数达到300户: the level reached by then, not that period's flow
        if kind != "day" and rx(r"最高|最多|峰值|单日|單日").search(text, found[-1].end(), item.q.qual_start):
            return False    # 第三个月单日最高供餐800份: a peak within the period, not its flow
        if text[found[-1].end():found[-1].end() + 1] in ("末", "底"):
            return False    # 一季度末…，二季度末…: stocks at the ends of periods, not flows of them
        labels.append(_period_label(found[-1].group()))
        start = item.end
    if len(set(labels)) != len(labels):
        return False
    return wanted in ({str(len(labels))}, set(labels))


def _items(text: str, pool: list[Quantity], total_q: Quantity, trigger: int, subject: bool = False,
           added: bool = False) -> list[Item]:
    """The items a running total sums: the amounts of its kind right before it, in text order.
    `added`: the total sums additions (累计新增, 共增加): items said with a verb of addition
    (ADDITION_VERBS) are amounts of it too."""
    items: list[Item] = []
    total_noun = _noun_across(text, total_q)
    # (a total per a unit of time sums items per that unit: 一号线日均客流…；二号线日均…；全线网日均
    # 客流合计…)
    per = per_time(total_q)
    i = len(pool) - 1
    while i >= 0:
        p = pool[i]
        share = None
        if p.family == "percent" and i > 0 and text[pool[i - 1].end:p.qual_start] in ("之", "的"):
            share, p = p, pool[i - 1]      # 2000万元之40%: a share of 2000万元
            i -= 1
        i -= 1
        if total_q.is_count:
            if not p.is_count:
                continue
            if p.family != total_q.family and (noun_after(p) or total_q.family not in _GENERAL) \
                    and not (total_noun and shares_noun(_noun_across(text, p), total_noun)):
                continue    # (a noun-first item, 水渠12条, may join a total in 处: see below)
        elif p.family != total_q.family:
            continue
        # (one addition in either word: 新增3處…，共增加21處; 增加…，累计新增…)
        if not (is_amount(p, per) or (added and p.lead.rstrip("了").endswith(ADDITION_VERBS))) \
                or rx(r"[\u3400-\u9fff]{0,6}[：:]").match(text, p.end):
            break   # (分为三个专场：…: the count that opens the list after the colon)
        if rx(r"[为為]?(?:目标|目標)").match(text, p.end) or rx(r"(?:目标|目標)[为為是]?$").search(p.lead):
            break   # (以興建社會住宅1萬戶為目標，…已完工3,200戶，興建中4,800戶，合計8,000戶: a target, no item)
        if p.qualifier in OPEN_ENDED:
            if items and not rx(r"[，,；;：:。]").search(text, p.end, items[-1].q.qual_start):
                return []   # 甲镇超过120万元、乙镇80万元、丙镇50万元，共计250万元: an open item of
                #             the list; the sum of the others is no sum of the list
            break
        # a hedged item (约10.22亿元，加上…约139.41亿元，合计约149.63亿元) is an item all the same,
        # read as the interval its hedge allows (rules/data/num_widths.tsv), not skipped
        if rx(TOTAL_SAID).search(p.lead):
            if rx(r"[\u3400-\u9fff]{0,10}?、").match(text, p.end) or (
                    p.unit.name in _MEDALS and items and text[p.end:items[-1].q.qual_start] in ("", "、")):
                items.append(Item(p, share))    # 共有小学84所、初中32所: 共有 heads the list (共获得
                #                                 38金27银22铜: the tally)
            elif items and rx(_AGAIN).search(items[-1].q.lead):
                items.append(Item(p, share))    # 共解编172公顷，…预计可再解编47公顷…，合计528公顷:
                #                                 the item after it adds to it, so it is the first
            elif subject:
                items.append(Item(p, share))    # 甲局…300萬元；乙局追加總經費計200萬元，兩局共計…:
                continue                        # each counted item's own total (the count is checked)
            elif items and _own_total_of_an_item(p.lead, items[-1].q.lead):
                items.append(Item(p, share))    # 甲區共募得1,120袋，乙區募得865袋…，合計…: that place's
                continue                        # own total, an item like the next
            break                               # a total of its own: the list starts after it
        # (one figure for each of several names, 原縣與原市各規劃10場次: an item per name)
        items.extend([Item(p, share)] * _names_each(text, p))
    items.reverse()
    if len(items) > 2:
        # a 、 list in one clause is the list (全县有农户3000户，甲村120户、乙村80户，共计200户: the
        # figure of the clause before is the whole they belong to, not an item)
        clause_start = words_start(text, items[-1].q.qual_start, _CLAUSE_ENDS)
        inside = [i for i in items if i.start >= clause_start]
        if len(inside) >= 2 and "、" in text[inside[0].end:inside[1].start] and len(inside) < len(items) \
                and items[-len(inside) - 1].value >= sum(i.value for i in inside):
            items = inside  # (only a figure as large as the list's sum: 甲村120户，乙村80户、丙村50户 is one list)
    if total_q.is_count and items:
        # Counts of another noun than the total's join only when their noun comes before them
        # (村级卫生室14个、乡镇卫生分院3个，以上18个医疗点) and every item of the list has one
        # figure; a count whose own noun follows it (11个大类) counts that noun.
        # (a kind of the total's noun counts as that noun: 12 所國中、28 所國小，合計 40 所學校)
        nouns_ok = [bool(total_noun) and shares_noun(_noun_across(text, i.q), total_noun)
                    or _medal_of(i.q, total_noun)
                    or names_group_of(total_noun, _noun_across(text, i.q), bool(noun_after(i.q))) for i in items]
        noun_first = all(ok or not noun_after(i.q) for i, ok in zip(items, nouns_ok))
        # 少棒24支队伍、青少棒16支队伍、青棒16支队伍，共计56支…: items of the total's measure word
        # that all count one noun are one kind of thing, whatever the total calls it
        after = {noun_after(i.q)[:2] for i in items}
        # (金牌、银牌、铜牌 under 奖牌: kinds of the one thing the total's noun ends in)
        same = all(i.q.family == total_q.family for i in items)
        alike = len(items) >= 2 and same and (len(after) == 1 and "" not in after or "" not in after and bool(
            total_noun and common_head([noun_after(i.q) for i in items] + [total_noun])))
        # a total with no noun of its own (合计共11件) or a subject counting the items sums
        # every item in its measure word
        plain = (not total_noun or subject) and all(i.q.family == total_q.family for i in items)
        if not all(nouns_ok) and not alike and not plain and not _one_list_summed(text, pool, items, total_q, trigger) \
                and not (noun_first and _every_item_counted(text, items, _subject_start(text, items, trigger))):
            items = [i for i, ok in zip(items, nouns_ok) if ok]
        # a total that names its noun where the list names several (…726席汽车停车位及335席摩托车停车位…，
        # 合计7054席汽车停车位): it sums the items of exactly its noun, not their siblings
        own = total_noun and noun_after(total_q)
        exact = [i for i in items if own and noun_after(i.q) == own]
        if len(exact) >= 2 and any(noun_after(i.q) not in ("", own) for i in items):
            items = exact
    if items and items[-1].q.unit.name in _MEDALS:
        # a medal tally is written in one run (32金27银26铜, 38金、27银、22铜): the figures before it
        # are no medals of it
        run = 1
        while run < len(items) and items[-run - 1].q.unit.name in _MEDALS \
                and text[items[-run - 1].end:items[-run].q.qual_start] in ("", "、"):
            run += 1
        items = items[-run:]
    return items


# the marks that end a clause (words_start skips a thousands separator, 1,120件)
_CLAUSE_ENDS = "，,；;：:。\n"
# a subject naming two or more things, joined, right before a total word (市县配套资金和引入的社会资本,
# 新加坡、香港及其他市场)
_NAMED_JOINED = r"(?P<first>[\u3400-\u9fff]{2,12}?)(?:、[\u3400-\u9fff]{2,12}?)*(?:和|及|与|與|、)(?P<last>[\u3400-\u9fff]{2,14})"


def _own_total_of_an_item(lead: str, next_lead: str) -> bool:
    """A figure said as a total (甲區共募得) by a subject of its own, doing the deed the next item
    does (乙區募得): one item of the list, its place's total, not the whole's."""
    m = rx(TOTAL_SAID).search(lead)
    if m is None:
        return False
    word = rx(r"共计|共計|总计|總計|合计|合計|累计|累計|共|总|總").match(lead, m.start())
    subject, deed = lead[:m.start()], lead[word.end() if word else m.end():]
    return len(deed) >= 2 and next_lead.endswith(deed) and len(next_lead) > len(deed) \
        and rx(r"[\u3400-\u9fff]{2,8}").fullmatch(subject) is not None \
        and not rx(r"全|本|总|總|各|这|這|以上|上述").search(subject)


def _names_each(text: str, q: Quantity) -> int:
    """How many names share q, said with 各 right before its words (原縣與原市各規劃10場次: 2), or 1."""
    m = rx(_EACH_OF).search(text, words_start(text, q.qual_start, "，,；;：:。\n"), q.qual_start)
    if m is None or "等" in m.group("names"):
        return 1    # (甲镇、乙镇等地各…: how many names is not said)
    names = rx(NAME_JOIN).split(m.group("names"))
    # (a join inside a name, 和平区与河西区: a name of one character is no name, and how many is unsure)
    return len(names) if all(len(n) >= 2 for n in names) else 1


# names joined, then 各 and up to twelve characters before the figure they each have
_EACH_OF = (r"(?P<names>[\u3400-\u9fff]{1,6}(?:(?:%s)[\u3400-\u9fff]{1,6}){1,8})各(?![类類级級项項种種自])[\u3400-\u9fff]{0,12}$"
            % NAME_JOIN)


def _restates_the_items(text: str, items: list[Item], trigger: int, q: Quantity) -> bool:
    """The total's clause names again what the items name, the first of them in full (收购 of
    国有企业收购小麦…，民营企业收购…，全县小麦收购总计…; 造林 of 国有林场完成造林…，合作社完成…，全市造林
    总计…): two characters in a row of the first item's words, and no measure of its own that no
    item names (全县脐橙产量总计 after what each channel sold)."""
    words = [text[words_start(text, i.q.qual_start, "，,；;、：:。\n"):i.q.qual_start] for i in items]
    # (the first item's words from its sentence's start: a frame there names what the items are,
    # 从资金来源看，中央补助…)
    words[0] = text[words_start(text, items[0].q.qual_start, "。！？!?\n"):items[0].q.qual_start]
    said = text[words_start(text, trigger, "，,；;：:。\n"):q.qual_start]
    own = {m.group() for m in rx(MEASURES_OF_A_THING).finditer(said)}
    if any(not any(m in w for w in words) for m in own):
        return False
    return any(words[0][k:k + 2] in said for k in range(len(words[0]) - 1)
               if rx(r"[\u3400-\u9fff]{2}").fullmatch(words[0][k:k + 2]))


def _framed(text: str, items: list[Item]) -> bool:
    """The list's sentence opens with a frame saying by what a whole is divided (从收购主体看，…;
    分区域看，…), and the list follows it at once: its items are every kind of that division."""
    start = words_start(text, items[0].q.qual_start, "。！？!?\n")
    frame = opens_with_frame(text, start, items[0].q.qual_start)
    return frame is not None and not rx(CLAUSE_MARK).search(text, frame.end(), items[0].q.qual_start)


def _names_its_own(subject: str, listed: str) -> bool:
    """The total's subject names two or more things joined (和, 及, 、) that the list before does
    not name, or the rest of the list (其他…): the total is theirs, and their figures are not given."""
    if rx(r"(?:其他|其它|其余|其餘)[\u3400-\u9fff]{1,8}$").fullmatch(subject.strip()):
        return True     # (…，其他市场合计250吨: the rest's own total, the list's last item)
    m = rx(_NAMED_JOINED).fullmatch(subject.strip())
    if not m:
        return False
    names = [n for n in rx(r"、|和|及|与|與").split(subject.strip()) if n]
    return len(names) >= 2 and not any(n[:2] in listed for n in names)


def _rates_listed(text: str, pool: list[Quantity], items: list[Item]) -> bool:
    """The list opens with a figure per a thing (每面200万元、银牌80万元、…) right before its first item,
    joined to it: every item is such a rate, none an amount to add."""
    before = [p for p in pool if p.end <= items[0].q.qual_start]
    if not before:
        return False
    head = before[-1]
    return rx(r"每[\u3400-\u9fff]").search(head.lead) is not None \
        and rx(r"[、及和与與][^，,；;。]{0,8}$").search(text, head.end, items[0].q.qual_start) is not None


def _own_deed_after_semicolon(text: str, items: list[Item], trigger: int, total: Quantity) -> bool:
    """A ； between the list and a total whose words name a deed none of the items' words hold
    (死亡…、受伤…；共撤离民众…): the total is of that deed."""
    if not rx(r"[；;]").search(text, items[-1].end, trigger):
        return False
    said = rx(r"[\u3400-\u9fff]{2}").match(text, trigger + 1, total.qual_start)
    return said is not None and not any(said.group() in i.q.lead for i in items)


# the bare total words that sum a list when they head the clause right after it, the figure
# right after them (…，共59家; …，合計 40 所)
_SUMS_LIST = r"(?:共|共计|共計|合计|合計|总计|總計|一共|总共|總共)\s?"


def _one_list_summed(text: str, pool: list[Quantity], items: list[Item], total_q: Quantity, trigger: int) -> bool:
    """True when counts of one measure word, each before its own noun, make one list in one clause
    (共有30家小吃店入選、34家餐廳入選) and a bare total word heads the next clause with the figure
    right after it (，共計64家餐廳): the list's sum when the total's noun is one item's (the others
    are then of its kind; 22个大项、564个小项，共44个国家 counts another thing).
    Not when the sentence counts in that measure word before the list (…共2家…，繼2月共3家…、31家…
    及28家…，共64家: the total may count those too), nor after 共有 (共有44个国家…: a count of its own)."""
    if text[trigger - 1:trigger] not in "，," or not rx(_SUMS_LIST).fullmatch(text, trigger, total_q.qual_start):
        return False
    if any(p.family == total_q.family and p.end <= items[0].start for p in pool):
        return False
    if rx(r"[，,；;：:。]").search(text, items[0].end, trigger - 1):
        return False
    total_noun = noun_after(total_q)
    return all(i.q.family == total_q.family and noun_after(i.q) and i.share is None for i in items) and all(
        rx(r"[\u3400-\u9fff]{1,10}(?:、|及|和|与|與|以及)").fullmatch(text, a.end, b.q.qual_start)
        for a, b in pairwise(items)) and any(shares_noun(noun_after(i.q), total_noun) for i in items)


# A medal tally's shorthand (6金9银3铜共18枚奖牌): 金, 银 and 铜 after a figure are medals of the
# total that names medals (rules/data/units.tsv counts them as 枚)
_MEDALS = frozenset("金银铜銀銅")


def _medal_of(q: Quantity, total_noun: str) -> bool:
    return q.unit.name in _MEDALS and total_noun.endswith(("奖牌", "獎牌"))


def _tally_totalled(text: str, items: list[Item], q: Quantity) -> bool:
    """True when the items are a medal tally and its total follows it at once (6金9银3铜共18枚,
    …3铜，合计18枚): a total with a verb of its own (共获得, 累计夺得) may count earlier medals too."""
    return all(i.q.unit.name in _MEDALS for i in items) and rx(
        r"[，,]?(?:共|共计|共計|合计|合計|总计|總計)(?:有|为|為|是)?").fullmatch(text, items[-1].end, q.qual_start) is not None


# words that make a subject a stock or a larger whole, not the kind of the items listed (历年受表彰人员:
# every year's honourees, not this list's)
_STOCK = r"现行|現行|现有|現有|目前|累计|累計|全部|总|總|全|历年|歷年|历届|歷屆|历来|歷來|迄今|至今|以来|以來"
# A subject of the total's own naming the group an event of the list touched (…，受表彰人员共计150名;
# 榮獲獎項之績優人員): a participle, then a noun of a group (rules/data/num_words.txt); the group
# captures the subject but its noun of a group
_OWN_GROUP = r"[，,]((?:%s)[\u3400-\u9fff]{0,8}?)(?:%s)$" % (
    "|".join(sorted(WORDS["group-participles"], key=len, reverse=True)),
    "|".join(sorted(WORDS["group-heads"], key=len, reverse=True)))


def _subject_start(text: str, items: list[Item], trigger: int) -> int:
    """Where the list ends before a total: before a subject of the total's own that names the items'
    kind (_category_subject) or their group (受表彰人员 after the honourees listed), else at the
    total word itself."""
    end = _category_subject(text, items, trigger)
    if end != trigger:
        return end
    start = words_start(text, items[0].q.qual_start, "，,；;：:。\n")
    listed = text[start:items[-1].end]
    m = rx(_OWN_GROUP).search(text, max(0, trigger - 14), trigger)
    if m and not rx(_STOCK).search(text, m.start(1), trigger):
        # the group is the list's when a word of the subject, the group noun aside, is a word of the
        # list (表彰 of 受表彰人员 in 表彰优秀调解员52名、…; 績優 of 績優人員): 参赛人员 after a list of
        # prize winners names all who took part, another quantity
        core = m.group(1).rstrip("之的")
        # (or what its participle names as won or given is named in the list: 奖 of 得奖者, 获奖人员
        # after 金奖2名、银奖4名…)
        won = rx(r"^(?:%s)" % "|".join(sorted(WORDS["group-participles"], key=len, reverse=True))).sub("", core)
        if any(core[i:i + 2] in listed for i in range(len(core) - 1)) or (won and won in listed):
            return m.start(1) - 1
    return _deed_subject(text, items, trigger, listed)


# A subject of the total's own that names the list's deed or its noun (…初中2所，新建学校总数; 培训…
# 人才380人次，培训人次合计; 上年结转资金…，本年可用资金总计): the list's group, not another quantity,
# when it opens with the list's verb or ends in an item's noun, and names no place or stock of its own
_DEED_SUBJECT = r"[，,]([\u3400-\u9fff]{4,6})$"
# what makes such a subject a whole of its own: a place (该县学校总数, 乙村种植面积), besides the
# stock words (全市, 现有, 累计)
_OWN_WHOLE = r"[省市县縣区區乡鄉镇鎮村州国國]"
# a period opening it: the list's own when the list names it too (…本年新增拨款1480万元，本年可用
# 资金), and the rest of the subject is then read; else a stock of that period (今年学校总数)
_OWN_PERIOD = r"^[\u3400-\u9fff]?(?:年|月|季|期|日|天|周|週)"


def _deed_subject(text: str, items: list[Item], trigger: int, listed: str) -> int:
    """Where the list ends before a subject naming the list's deed or noun (_DEED_SUBJECT), else
    the total word itself. The words shared are of the list's text, its figures and measure words
    aside (人次 of 1200人次 is no word the two share)."""
    m = rx(_DEED_SUBJECT).search(text, max(0, trigger - 7), trigger)
    if not m:
        return trigger
    subject = m.group(1)
    if rx(_STOCK).search(subject) or rx(_OWN_WHOLE).search(subject) \
            or subject.endswith(tuple(WORDS["group-heads"])):
        return trigger      # (a group of people or things is the list's only after a participle:
        #                     调解人员 after 表彰优秀调解员… is every mediator, _OWN_GROUP above)
    period = rx(_OWN_PERIOD).search(subject)
    if period:
        if period.group() not in listed or len(subject) - period.end() < 2:
            return trigger
        subject = subject[period.end():]
    words = rx(r"[\u3400-\u9fff]+").findall(rx(r"[0-9０-９.,．]+[万萬亿億千百]?[\u3400-\u9fff]{0,2}?(?=[、，,；;]|$)").sub(
        "", listed))
    opens = any(subject[:2] in w for w in words)
    ends = any(w.endswith(subject[-2:]) for w in words)
    return m.start(1) - 1 if opens or ends else trigger


def _category_subject(text: str, items: list[Item], trigger: int) -> int:
    """Where the list ends before a total: before a subject that names the items' kind (鸡场39场、
    鸭场9场、鹅场4场，家禽场共计52场: 家禽场 ends in what each item's noun ends in), else at the
    total word itself."""
    m = rx(r"[，,（(]([\u3400-\u9fff]{1,6})$").search(text, max(0, trigger - 8), trigger)
    if not m or rx(_STOCK).search(m.group(1)):
        return trigger
    heads = set()
    for item in items:
        start = item.q.qual_start
        while start > 0 and text[start - 1] not in "，,；;、：:。\n（(" and item.q.qual_start - start < 12:
            start -= 1
        noun = counted(text, item.q, start).noun
        heads.add(noun[-1:] if noun else "")
    if len(heads) == 1 and "" not in heads and m.group(1).endswith(heads.pop()):
        return m.start(1) - 1
    # (or names the group its items are kinds of: 小学9所、初中5所，学校总数…)
    if all(names_group_of(m.group(1), _noun_across(text, item.q), bool(noun_after(item.q))) for item in items):
        return m.start(1) - 1
    # (or repeats the noun that opened the list before a colon: 投入乡村振兴资金：中央资金…，省级资金…，
    # 县级配套…，资金总额…)
    start = words_start(text, items[0].q.qual_start, "，,；;：:。\n")
    opener = rx(r"([\u3400-\u9fff]{2,12})[：:]$").search(text, max(0, start - 14), start)
    if opener and len(m.group(1)) >= 2 and opener.group(1).endswith(m.group(1)):
        return m.start(1) - 1
    return trigger


def _group_total(text: str, items: list[Item], q: Quantity, trigger: int) -> bool:
    """True when the total, by its noun or by its subject, names the group the items are kinds of
    (學校 after 國中, 國小; 学校总数 after 小学, 初中): it may count kinds the list leaves out."""
    m = rx(r"[，,（(]([\u3400-\u9fff]{1,6})$").search(text, max(0, trigger - 8), trigger)
    groups = [g for g in (_noun_across(text, q), m.group(1) if m else "") if g]
    return any(all(names_group_of(g, _noun_across(text, i.q), bool(noun_after(i.q))) for i in items) for g in groups)


def _every_item_counted(text: str, items: list[Item], end: int) -> bool:
    """True when each item of the list before a running total carries exactly one figure."""
    start = words_start(text, items[0].q.qual_start)
    # (与 of 参与 is no list mark: 28 所國小參與…)
    pieces = [m.span() for m in rx(r"(?:[^、，,；;及和与與]|,(?=[0-9])|(?<=[参參])[与與])+").finditer(text, start, end)
              if m.group().strip()]
    k = 0
    for piece_start, piece_end in pieces:    # items and pieces are both in text order
        n = 0
        while k < len(items) and items[k].start < piece_end:
            if items[k].start >= piece_start:
                n += 1
            k += 1
        if n == 0 and k < len(items) and text[piece_end:piece_end + 1] in "和及与與":
            continue    # 科研和教育经费120万元: 和 joins the nouns of one item, not two items
        if n == 0 and k < len(items) and text[piece_end:piece_end + 1] in "，," and \
                text[piece_start - 1:piece_start] != "、" and rx(r"[0-9０-９]").search(text, piece_start, piece_end):
            # 新建道路12公里，投资3000万元: a clause with a figure of another kind, right before the
            # clause of an item, describes that item (an element of a 、 list is an item of its own)
            m = rx(r"[、，,；;]").search(text, piece_end + 1, end)
            if items[k].start < (m.start() if m else end):
                continue
        if n != 1:
            return False
    return True


# A figure with no measure word inside a 、 list of counts (死亡家禽3120羽、生猪45、羊8只): an item
# of the list's kind, counted like the item after it (the measure word said once for both, as in
# 45、8只). Only between two list marks, right after a noun of its own (not a qualifier or an
# ordinal: 约45、, 第3、), with nothing after it but the mark; a figure in 1900–2099 written
# without a separator may be a year and is not read.
_BARE_ITEM = (r"(?<=、)([\u3400-\u9fff]{1,8}?)(?<![第约約近超逾足到于於过過少多满滿达達高])"
              r"([1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?=、)")
_NOUN_FIRST = r"[\u3400-\u9fff]{1,8}"


def _with_bare_items(text: str, pool: list[Quantity], trigger: int) -> tuple[list[Quantity], bool]:
    """The pool with the list's figures that have no measure word (生猪45) as counts; when there is
    one, only the figures of its list's clause and after: what the list mates count is all that
    says what it counts. And whether there is one."""
    if not pool or "、" not in text[pool[0].start:trigger]:
        return pool, False
    by_end = {p.end: p for p in pool}
    found = []
    for m in rx(_BARE_ITEM).finditer(text, pool[0].end, trigger):
        digits = m.group(2).replace(",", "")
        if "," not in m.group(2) and len(digits) == 4 and digits[:2] in ("19", "20"):
            continue
        before = by_end.get(m.start() - 1)      # the item before the list mark: a count
        after = next((p for p in pool if p.qual_start > m.end()), None)
        if before is None or after is None or not (before.is_count and after.is_count) \
                or not rx(_NOUN_FIRST).fullmatch(text, m.end() + 1, after.qual_start) \
                or text[after.end:after.end + 1] not in "、，,；;。":
            continue    # the item after: a noun, then its count, ending its element (羊8只、)
        value = Decimal(digits)
        found.append(Quantity(m.start(2), m.end(2), m.group(2), value, value, value, after.unit, Decimal(1),
                              "", True, text[max(m.start(), m.start(2) - 12):m.start(2)], "", m.start(2)))
    if not found:
        return pool, False
    # (986,778羽: a thousands separator is no clause mark; looked for from the pool's first figure,
    # not the start of the text)
    clause = rx(r"(?:[^，,；;：:。\n]|,(?=[0-9]))*$").search(text, pool[0].start, found[0].start)
    start = clause.start() if clause else pool[0].start
    return sorted([p for p in pool if p.start >= start] + found, key=lambda p: p.start), True


def _noun_across(text: str, q: Quantity) -> str:
    """The noun after a count, read across a paragraph broken in mid-phrase (1处集中式 / 光伏电站),
    else the noun before it."""
    noun = noun_after(q)
    end = q.end + len(noun)
    if noun == q.noun and len(noun) < 8:
        m = re.match(r"\s*\n\s*([\u3400-\u9fff]{1,8})", text[end:end + 40])
        if m:
            noun += m.group(1)
    if not noun:
        start = q.qual_start
        while start > 0 and text[start - 1] not in "，,；;、：:。\n" and q.qual_start - start < 12:
            start -= 1
        noun = counted(text, q, start).noun
        # (the words before a total's figure are its total word, not a noun: 總計95隊)
        noun = rx(r"(?:共计|共計|合计|合計|合共|总计|總計|总共|總共|一共|以上|上述|共)(?:有|为|為|达|達)?$").sub("", noun)
    return noun


def span_periods(span: str) -> list[tuple[str, frozenset[str]]]:
    """The periods a span is made of (三天: any three days; 一季度: 1月 2月 3月), as a total's
    subject is read: for each reading, their kind and their count or their names
    (relations/span_parts.py reads the span a whole is stated for so). A union's name is read
    as one: 二季度 is the second quarter, 4月 5月 6月, not two quarters."""
    if span in PERIOD_WHOLES:
        return [(_period_kind(parts.split()[0]), frozenset(_period_label(p) for p in parts.split()))
                for whole, parts in PERIOD_UNIONS if whole == span]
    return _period_subject(span)


def figures_by_period(text: str, figures: list[Quantity], kind: str, wanted: frozenset[str]) -> bool:
    """Each figure introduced by a period of its own of that kind, as many as wanted or its very
    periods (首日…，第二天…，第三天…; 1月…、2月…、3月…)."""
    return _periods_of(text, [Item(q) for q in figures], kind, wanted)


def periods_named(names: list[str], kind: str, wanted: frozenset[str]) -> bool:
    """Names given together (1月、2月、3月; 三年) that are the periods wanted, of that kind: each a
    period of its own, or one name counting as many of them."""
    if len(names) == 1:
        return (kind, wanted) in _period_subject(names[0])
    if not all(rx(_PERIODS[kind]).fullmatch(n) for n in names):
        return False
    labels = [_period_label(n) for n in names]
    return len(set(labels)) == len(labels) and wanted in ({str(len(labels))}, set(labels))
