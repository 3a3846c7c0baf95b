"""A stock, what was added to it (or taken from it), and the stock after: `全县原有农家书屋120个，今年
新建30个，累计达到150个` (120 + 30 = 150); `此前已登记渔船86艘，今年注销12艘，现有74艘` (86 − 12 = 74).

Three amounts of one family in one sentence, in this order and with no other amount of the family
between them: the earlier stock, named so by its words (原有, 已有, 此前, 去年底 …); the change,
named by a verb of adding (新增, 新建, 又, 再 …) or of taking away (注销, 拆除, 减少 …), not a
comparison (比去年多…); and the stock after, named by a word of a stock reached (累计, 总数,
达到, 现有, 剩余 …), not a sum of additions (累计新增: running.py). The earlier stock and the
change make the later stock exactly, within the rounding of each figure.
"""
from __future__ import annotations

import re

from ...typenames import TYPE_CHECKING
from ..quantities import Quantity, format_value
from .common import LEVELS, Relation, bounded, is_amount, shares_noun
from .cues import cue_sentences
from .interval import Interval, basis
from .vocabulary import SUM_OF_ADDITIONS, rx

if TYPE_CHECKING:
    from typing import Any

# the words of a stock held before the change (in the figure's clause): 原有, 原为, 原收容 (原 + a
# verb), 已有, 此前, 去年底, 截至上月末, 去年已完成 …; the end of an earlier month or week named
# alone (3月底为…, 上月末…, 上周末为…: the stock on that day)
_EARLIER = (r"(?:原有|原为|原為|原来有|原來有|原本有|原[\u3400-\u9fff]{1,2}|已有|已经有|已經有|此前|之前|先前"
            r"|去年底|去年年底|上年底|上年末|年初|(?:上|(?<![0-9０-９])(?:1[0-2]|0?[1-9])|十[一二]?|[一二三四五六七八九])(?:月|周|週)(?:底|末)|截至(?:去年|上年|上月|[0-9０-９]{4}年)|截至[\u3400-\u9fff0-9０-９]{1,8}(?:底|末)|(?:去年|上年|前年)(?:已|共|累计|累計))")
# a verb adding to the stock (新增, 新建, 新 + a verb: 新通车, 新登记; 又, 再; 净迁入), or taking from it,
# right before the change's figure
_ADDED = (r"(?:(?:新增|增设|增設|又|再|增加了?|净增|淨增|净迁入|淨遷入|迁入|遷入)[\u3400-\u9fff]{0,6}"
          r"|新[\u3400-\u9fff]{1,2}[\u3400-\u9fff]{0,3})$")
_TAKEN = (r"(?:注销|註銷|拆除|减少|減少|退出|关闭|關閉|淘汰|迁出|遷出|撤销|撤銷|移除|剔除|剔旧|剔舊|下架|送养|送養"
          r"|售出|出售|净迁出|淨遷出)了?[\u3400-\u9fff]{0,8}$")
# the stock reached after it: right before its figure
_AFTER = (r"(?:累计|累計|总数|總數|总量|總量|总计|總計|合计|合計|共有|现有|現有|目前共有|目前有|目前[\u3400-\u9fff]{1,3}"
          r"|剩余|剩餘|尚有|还有|還有|仍有|总[\u3400-\u9fff]{1,4}|總[\u3400-\u9fff]{1,4})"
          r"(?:[\u3400-\u9fff]{0,6}?)(?:达到|達到|达|達|增至|为|為)?$|(?:增至|增加到|达到|達到)$")
# a comparison is none of these (nor a sum of additions: vocabulary.SUM_OF_ADDITIONS)
_COMPARED = r"比|较|較|同比|环比|環比"
# at most this many changes between the earlier stock and the stock after, and how many figures back
# the earlier stock may stand
_CHANGES = 3
_REACH = 12


# A total so far this year, the next period's figure and the total so far after it (1至9月…1.26亿吨；
# 10月完成…，1至10月累计…; 1月到4月…，5月…，前5个月累计…): what the span reaches, in months
_CN = {c: n for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2, "兩": 2}
_MONTH_N = r"(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_SPAN_TO = (r"(?:(?<![0-9０-９])(?:1|一)月?(?:至|到|-|－|~|～)%s月(?:份)?|前%s[个個]月|前([1-4]|[一二两兩三四])[个個]?季度?"
            r"|(上半年))") % (_MONTH_N, _MONTH_N)
_ONE_PERIOD = r"(?<![0-9０-９至到\-－~～前])(?:%s月(?:份)?(?!份?[至到\-－~～])|第\s?([1-4]|[一二三四])\s?季度?|(?<![前第])([一二三四])季度)" % _MONTH_N


def _months(n: str) -> int:
    """A month's or a count's number, in digits or in Chinese (十一 → 11)."""
    if n.isdigit():
        return int(n)
    return 10 + _CN.get(n[1:], 0) if n.startswith("十") else _CN[n]


def _reached(said: str) -> int | None:
    """The last month of a span from the start of the year named in a clause (1至9月 → 9, 前两个季度 → 6,
    上半年 → 6), the span named last."""
    found = list(rx(_SPAN_TO).finditer(said))
    if not found:
        return None
    m = found[-1]
    if m.group(1) or m.group(2):
        return _months(m.group(1) or m.group(2))
    return 3 * _months(m.group(3)) if m.group(3) else 6


def _one_period(said: str) -> tuple[int, int] | None:
    """The months of the one period a clause names (10月 → (10, 10), 第3季 → (7, 9)), or None when it
    names a span or more than one period."""
    found = list(rx(_ONE_PERIOD).finditer(said))
    if len(found) != 1 or rx(_SPAN_TO).search(said):
        return None
    m = found[0]
    if m.group(1):
        k = _months(m.group(1))
        return k, k
    k = _months(m.group(2) or m.group(3))
    return 3 * k - 2, 3 * k


def year_to_date(text: str, sentence: Any) -> list[Relation]:
    """A span from the year's start, the next period and the span after it: the first two make the
    third (1至9月 + 10月 = 1至10月), each figure of one family, in this order, with no other figure of
    it between, the third led by a total word (累计, 共计 …)."""
    relations = []
    qs = [q for q in sentence.quantities if is_amount(q) and bounded(q)]
    for k in range(2, len(qs)):
        after = qs[k]
        if not rx(r"(?:累计|累計|共计|共計|合计|合計|总计|總計|共)[\u3400-\u9fff]{0,4}$").search(after.lead):
            continue
        family = after.family
        if family in ("percent", "points") or family in LEVELS or family.startswith(("time-", "age")):
            continue
        same = [q for q in qs[:k] if q.family == family]
        if len(same) < 2:
            continue
        earlier, change = same[-2], same[-1]
        # (the span may open the sentence in a clause of its own: 今年1至9月，这个港区…)
        floor = max([sentence.start, *(q.end for q in sentence.quantities if q.end <= earlier.qual_start)])
        reached, period, total = (_reached(_own_clause(text, earlier, floor, "；;。")),
                                  _one_period(_own_clause(text, change, earlier.end)),
                                  _reached(_own_clause(text, after, change.end)))
        if reached is None or period is None or total is None or period != (reached + 1, total):
            continue
        if not _same_thing(_own_clause(text, after, change.end), _own_clause(text, earlier, floor, "；;。")):
            continue    # 1至6月商品房销售额累计… after 1至5月…开发投资: the total of another thing
        relations.append(_relation(earlier, [(change, False)], after))
    return relations


# what a later total's clause may say besides the thing it counts: its span and its total word
_SPAN_AND_TOTAL = (r"(?:今年|本年|全年)?(?:%s)|累计|累計|共计|共計|合计|合計|总计|總計|共|已经|已經|已|达到|達到|达|達|为|為|是"
                   % _SPAN_TO)


def _same_thing(total_words: str, earlier_words: str) -> bool:
    """The total names no thing (1至10月累计达…), or the thing the earlier figure's words name."""
    named = rx(_SPAN_AND_TOTAL).sub("", total_words).strip("，,；; ")
    return len(named) < 2 or shares_noun(named, earlier_words)


def _own_clause(text: str, q: Quantity, start: int, marks: str = "，,；;：:。") -> str:
    """The words of q's clause before it (or of what `marks` bounds), from `start` at most."""
    m = rx(r"[^%s]*$" % marks).search(text, start, q.qual_start)
    return m.group() if m else ""


def accruals(doc: Any) -> list[Relation]:
    relations = []
    text = doc.text
    for sentence in doc.shared(cue_sentences):
        relations.extend(year_to_date(text, sentence))
        qs = sentence.quantities
        for k in range(2, len(qs)):
            after = qs[k]
            if not rx(_AFTER).search(after.lead) or rx(SUM_OF_ADDITIONS + "(?![到至])").search(after.lead):
                continue
            family = after.family
            if family in ("percent", "points") or family in LEVELS or family.startswith(("time-", "age")):
                continue
            # (a bounded look back: a sentence of thousands of figures is read in linear time)
            same = [q for q in qs[max(0, k - _REACH):k] if q.family == family]
            # the changes right before the stock after, each a verb of adding or of taking away, and
            # before them the earlier stock
            changes: list[tuple[Quantity, bool]] = []
            for q in reversed(same):
                if rx(_COMPARED).search(q.lead) or rx(_EARLIER).search(q.lead):
                    break       # (an earlier stock named so is no change: 新区原有常住人口23.5万人)
                if rx(_ADDED).search(q.lead):
                    changes.append((q, False))
                elif rx(_TAKEN).search(q.lead):
                    changes.append((q, True))
                else:
                    break
                if len(changes) > _CHANGES:
                    break
            if not changes or len(changes) > _CHANGES or len(same) <= len(changes):
                continue
            changes.reverse()
            earlier = same[-len(changes) - 1]
            said = _clause_before(text, earlier, sentence.start)
            if not (rx(_EARLIER).search(said) or (_again_after_a_period(text, said, changes, after, sentence.start)
                                                  and not _tally_began_before(text, sentence.start, after))) \
                    or rx(_COMPARED).search(said) or not all(bounded(q) for q in (earlier, after, *(c for c, _ in changes))):
                continue
            relations.append(_relation(earlier, changes, after))
    return relations


# An amount of an earlier period (上周转运…, 去年完成…, 首日签约…) with what was done again after it
# (本周再转运…, 今年再完成…: 又, 再) is where the tally starts, when the total after it is a sum of
# that deed: 累计/共计 with the list's verb or none (累计转运…, 累計 586 袋), not a stock of its own
# (累计建成… after 新建…, 累计 reaching past the periods listed).
_EARLIER_PERIOD = (r"上周|上週|上星期|上月|去年|前年|上年|大前年|首日|首天|第一天|头一天|頭一天|首周|首週|上午|上半年"
                   r"|前(?:[0-9０-９]{1,2}|[两兩二三四五六七八九十])[个個]?(?:天|日|周|週|月|季度|季|年)")
_AGAIN = r"(?:又|再)"
_SUMMED_AFTER = (r"(?:累计|累計|共计|共計|合计|合計|总计|總計|一共|总共|總共|共)(?:已经|已經|已)?(.*?)"
                 r"(?:达到|達到|达|達|为|為|是)?$")


def _again_after_a_period(text: str, said: str, changes: list[tuple[Quantity, bool]], after: Quantity,
                          start: int) -> bool:
    """True when the earlier amount is of an earlier period named in its clause and every change is
    done again (又, 再), each in a clause of its own, and the figure after sums the deed: its total
    word names the earlier clause's verb or no verb at all."""
    if not rx(_EARLIER_PERIOD).search(said) or any(taken or not rx(_AGAIN).search(q.lead) for q, taken in changes):
        return False
    m = rx(_SUMMED_AFTER).search(after.lead)
    if not m:
        return False
    verb = m.group(1)
    return not verb or (len(verb) >= 2 and verb[:2] in said)


def _tally_began_before(text: str, start: int, after: Quantity) -> bool:
    """The sentence before holds a figure in the total's measure word (…前年启动，当年完成10座。去年
    完成12座，今年再完成11座，目前累计完成33座): the tally may count that one too, so the periods of
    this sentence need not make it."""
    before = text[max(0, start - 80):start]
    before = before[before.rfind("\n") + 1:]
    return bool(after.unit.name) and rx(r"[0-9０-９〇零一二两兩三四五六七八九十百千万萬]\s?%s" % re.escape(after.unit.name)).search(before) is not None


def _clause_before(text: str, q: Quantity, start: int) -> str:
    """The words of q's clause before it (截至去年底已建成5G基站: not only its Han lead), and of the
    clauses with no figure before it (截至上月末，全县累计发放…)."""
    m = rx(r"(?:[^，,；;：:。0-9０-９]*[，,])*[^，,；;：:。]*$").search(text, max(start, q.qual_start - 60), q.qual_start)
    return m.group() if m else ""


def _relation(earlier: Quantity, changes: list[tuple[Quantity, bool]], after: Quantity) -> Relation:
    reached, value, calc = Interval.of(earlier), earlier.value, earlier.shown
    for q, taken in changes:
        reached = reached.minus(Interval.of(q)) if taken else reached + Interval.of(q)
        value = value - q.value if taken else value + q.value
        calc += f" {'−' if taken else '+'} {q.shown}"
    A = Interval.of(after)
    args = {"calc": f"{calc} = {format_value(value, after)}", "range": reached.show(after),
            "basis": basis((earlier, *(q for q, _ in changes))), "stated": after.shown, "stated_range": A.show(after)}
    variant = "accrual" if reached.exact and A.exact else "accrual-rounded"
    return Relation("running-total", reached.meets(A), after.start, after.end, variant, args,
                    (after, earlier, *(q for q, _ in changes)))
