"""Change direction and change amount: `由A增加到B` must rise; `由A%下降到B%，下降N个百分点` and
`由A增长到B，增长X%` must give the stated amount.

Qualified figures take part with their intervals (`由约3.2万亩增加到近2.1万亩`: no value of the
second is above any value of the first). For lengths and times only the verbs that say which way
the figure moved count (缩短, 延长, rules/data/num_words.txt measure-verbs) where the measure is
one where smaller is better (smaller-better: `精度从30米提高至15米` is a finer precision); for any
other (续航从500公里提升到1000公里) every verb of change does. Lengths of time in families of fixed
sizes are compared in the smaller unit (由3天缩短至36小时), and a bare zero at the end of a change
is nothing of what the start measures (利率由1.5%降至0).
"""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from itertools import pairwise

from ...typenames import TYPE_CHECKING
from ..numerals import parse_arabic
from ..quantities import OPEN_ENDED, Quantity, Unit, format_value, time_in, units
from .common import (
    Relation,
    bounded,
    clauses_back,
    compared_state,
    follows_in_list,
    how_much_changed,
    in_unit_of,
    is_amount,
    new_count,
    per_time,
    per_unit,
    sentence_holding,
    shares_noun,
)
from .cues import cue_sentences, from_spans, no_cue
from .doubling import doubled
from .interval import HUNDRED, ZERO, Interval, basis, plain_percent
from .kinds import inside_joined
from .periods import span_named
from .vocabulary import (
    DOWN,
    EARLIER_NAMED,
    GAINS,
    GAINS_OR_LOSSES,
    MORE_OR_LESS_BY,
    TIME_POINT,
    UP,
    VERB,
    VERB_AT,
    WORDS,
    ordered_points,
    rx,
    time_point,
)

if TYPE_CHECKING:
    from typing import Any

# (a comma may stand before the verb: 由每节260元，调高到320元)
_CHANGE_GAP = (r"^[，,]?(?:[^，,；;。\d]{0,4}?)(?P<verb>%s)(?:了)?(?:到|至|为|為)?[^，,；;。]{0,12}$" % VERB_AT)
# 由A…到B; 较A增加到B (较 only with 到/至 after the verb: 较A增加B gives the amount, not B)
# 从50多个国家和地区增加到60多个: the noun of the first figure between it and the verb (the
# same unit at both ends)
_NOUN_GAP = (r"^(?:[\u3400-\u9fff]{0,8}?)(?P<verb>%s)(?:了)?(?:到|至|为|為)[^，,；;。]{0,12}$" % VERB_AT)
# 自 is from too (每日取水量自990吨逐渐提高至1400吨), but only with a figure close after it
# (自 right before the figure, or before the year it was measured in: 自103年的每十萬人1,350件)
_FROM = (r"(?:由|从|從|较|較|(?<![来來各独獨亲親擅源])自(?=(?:[0-9０-９]{2,4}年(?:底|初|末)?的)?[^，,；;。]{0,6}$))"
         r"[^，,；;。：:]{0,14}$")     # (not across a colon: 由三部分构成：管网改造2.1亿元 lists, it does not start)
_FROM_CHARS = frozenset("由从從较較自")
# the amount after the change: a verb (增加了24亿元) or the width of the change (降幅为25%)
# 增产/减产 say the amount of a change of a yield (每亩增产40公斤) but are no verbs of change of
# their own here: a figure they lead stays an amount (粮食增产5万吨，其中… is a whole and its parts)
_YIELD_UP = ("增产", "增產")
_YIELD = "增产|增產|减产|減產"
# the width of a change named as such (增幅, 降幅) or as its rate (增长率为20%, 增速): the change in
# percent; the first group says a rise
_WIDTH_UP = frozenset(("增幅", "涨幅", "漲幅", "增长率", "增長率", "增速", "增长幅度", "增長幅度",
                       "成长率", "成長率", "成长幅度", "成長幅度"))
_WIDTH_DOWN = frozenset(("减幅", "減幅", "降幅", "跌幅", "下降率", "下降幅度", "降低率", "减少幅度", "減少幅度"))
_WIDTHS = "|".join(sorted(_WIDTH_UP | _WIDTH_DOWN, key=len, reverse=True))
# (the span the change took may come first: 一年增加了26万辆, 五年间增长, 三年来共增加, 7年多來增加)
# (not 同期: year on year, another base)
_SPAN_TAKEN = (r"(?:(?:[一二两兩三四五六七八九十]|[0-9０-９]{1,2})多?(?:年|个月|個月|天|周|週)多?(?:间|間|来|來|内|內|里|裡)?"
               r"|期间|期間|其间|其間)?")
# an amount that is a gross flow, the flow the other way said after it (一年共增加31万辆，报废注销5万辆;
# 增加了9.6万人，减少了3.6万人): the change is their difference, not the amount
_FLOW_BACK = r"[，,；;][^，,；;。\d]{0,8}?(?:%s|报废|報廢|注销|註銷|迁出|遷出|流出)了?\s?[0-9０-９]" % "|".join(DOWN)
_AMOUNT_AFTER = (r"^[，,]?(?P<per>每[\u3400-\u9fff])?(?:%s(?:共|共计|共計|累计|累計|合计|合計|总共|總共)?(?P<verb>%s|%s)(?:了)?"
                 r"|(?P<width>%s)(?:为|為|达|達|达到|達到|是)?)$" % (_SPAN_TAKEN, VERB, _YIELD, _WIDTHS))
_MEASURE_VERBS = frozenset(WORDS["measure-verbs"])
_SMALLER_BETTER = r"(?:%s)" % "|".join(WORDS["smaller-better"])
_UP = frozenset(UP)
_DOWN = frozenset(DOWN)
_GRADES = frozenset("count:" + unit for unit in WORDS["grade-units"])


def signed(text: str, q: Quantity) -> Interval:
    """A figure's interval, negative when 负/負/零下 or a minus sign stands before it (由负7.5%
    提升至负1.6% is a rise)."""
    interval = Interval.of(q)
    return interval.negated() if _sign(text, q) else interval


def shown(text: str, q: Quantity) -> str:
    """The figure as written, its qualifier and sign included (负7.5%)."""
    sign = _sign(text, q)
    return text[sign.start():q.qual_start] + q.shown if sign else q.shown


def _sign(text: str, q: Quantity) -> re.Match | None:
    """负, 負, 零下 or a minus sign right before the figure (and its qualifier)."""
    return rx(r"(?:负|負|零下|[-－−])$").search(text, max(0, q.qual_start - 2), q.qual_start)


def _better_smaller(text: str, lo: int, a: Quantity) -> bool:
    """The measure a length or a time is of, named before the figure, is one where smaller is
    better (精度, 时间 …): 提高 may then mean better, not more."""
    return rx(_SMALLER_BETTER).search(text, max(lo, a.qual_start - 20), a.qual_start) is not None


def _measured(family: str) -> bool:
    return family == "length" or family.startswith("time-")


def _one_time_family(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """Two lengths of time in the family of the smaller unit, where their sizes are fixed (days
    and hours; months and days are not): unchanged otherwise."""
    a_in_b, b_in_a = time_in(a, b.family), time_in(b, a.family)
    if a_in_b is None or b_in_a is None:
        return a, b
    return (a_in_b, b) if a_in_b.unit.factor >= a.unit.factor else (a, b_in_a)


# 利率降至0, 排队时间由20分钟降为零: the end of a change written as a bare zero, without a unit of
# its own, after 到/至/为 and before the end of its clause. Nothing of its own, it is nothing of
# what the change starts from: it takes the unit of the start (零下5度, 零点五, 0.5 are other figures).
_TO_ZERO = r"(?<=[到至为為])[0０零](?=[，,；;。！？!?、）)]|$)"
_ZERO = Unit("", "zero", Decimal(1))


def _with_zeros(text: str, sentence: Any) -> list[Quantity]:
    """The sentence's quantities and any bare zero ending a change, in text order."""
    qs = sentence.quantities
    if not rx(r"[到至为為][0０零]").search(sentence.text):
        return qs
    zeros = []
    for m in rx(_TO_ZERO).finditer(text, sentence.start, sentence.end):
        lead = rx(r"[\u3400-\u9fff]{1,12}$").search(text, max(0, m.start() - 12), m.start())
        zeros.append(Quantity(m.start(), m.end(), m.group(), ZERO, ZERO, ZERO, _ZERO, Decimal(1), "", True,
                              lead.group() if lead else "", "", m.start()))
    return sorted(qs + zeros, key=lambda q: q.start) if zeros else qs


def changes(doc: Any) -> list[Relation]:
    if no_cue(doc):
        return []
    text = doc.text
    # (in every sentence with a change cue, also those without a figure of the unit table)
    relations = [r for lo, hi in doc.shared(from_spans) for r in _unlisted(text, lo, hi)]
    for sentence in doc.shared(cue_sentences):
        qs = _with_zeros(text, sentence)
        # a change from A to B needs a word of its start (由, 从, 较 …) in the sentence
        pairs = range(len(qs) - 1) if not _FROM_CHARS.isdisjoint(sentence.text) else range(0)
        for i in pairs:
            a, b = qs[i], qs[i + 1]
            # the start of a change stands right before its first figure: the cheapest test first
            if _FROM_CHARS.isdisjoint(text[max(sentence.start, a.qual_start - 16):a.qual_start]):
                continue
            fa, fb = a.unit.family, b.unit.family
            if fa == _ZERO.family:
                continue
            if fb == _ZERO.family:
                b, fb = b._replace(unit=a.unit, multiplier=a.multiplier), fa     # 由20分钟降为零
            if fb == "bare" and fa != "bare" and a.multiplier > 1 and b.multiplier > 1:
                b = in_unit_of(b, a)      # 从200亿元增加至600亿: the unit said once, at the start
                fb = fa
            elif fa != fb and fa.startswith("time-") and fb.startswith("time-"):
                a, b = _one_time_family(a, b)     # 由3天缩短至36小时: compared in hours
                fa, fb = a.family, b.family
            if fa != fb or fa.startswith("age") or fa in _GRADES:
                continue
            if (i and qs[i - 1].end == a.start and qs[i - 1].family == a.family) or (
                    i + 2 < len(qs) and qs[i + 2].start == b.end and qs[i + 2].family == b.family):
                continue    # 1小时37分钟: a figure in two units, read here in halves
            if per_unit(a) and per_unit(b) and per_unit(a) != per_unit(b):
                continue    # 由每月1次提高至每周1次: rates per different units
            before = text[max(sentence.start, a.qual_start - 16):a.qual_start]
            origin = None if _FROM_CHARS.isdisjoint(before) else rx(_FROM).search(before)
            if not origin or rx(VERB).search(origin.group()):
                continue    # 由下降3.8%转为增长1.8%: the figures are changes themselves
            if i and qs[i - 1].end > a.qual_start - len(before) + origin.start():
                continue    # (由每斤13元涨到16元，上涨3元: 由 starts the change at 13元, not at 16元)
            gap = text[a.end:b.qual_start]
            m = rx(_CHANGE_GAP).match(gap) or (rx(_NOUN_GAP).match(gap) if a.unit == b.unit else None)
            if not m or re.search(r"转|轉", gap):
                continue    # (a figure given as a floor or a ceiling keeps its interval: 超过9600家)
            verb = m.group("verb")
            if origin.group()[0] in "较較" and not rx(r"(?:%s)了?[到至]" % VERB).search(gap):
                continue
            if _measured(a.family) and verb not in _MEASURE_VERBS and _better_smaller(text, sentence.start, a):
                continue
            rising = verb in _UP
            direction = _direction(text, a, b, verb, rising, unhedged_overlap=True)
            if direction is None:
                continue        # the intervals of hedged figures overlap: the change may go either way
            if not direction.ok and not rx(r"(?:到|至|为|為)[^，,；;。]{0,12}$").search(gap):
                continue    # (由112年底的1,241萬瓩增加197萬瓩: with no 到/至 after the verb, the figure may be
                #             the amount of the change, and so it is where the end would go the wrong way)
            relations.append(direction)
            if not direction.ok:
                continue
            if i + 2 < len(qs) and not a.qualifier and not b.qualifier and bounded(a) and bounded(b):
                amount = _change_amount(text, a, b, qs[i + 2], rising)
                relations.extend(amount + _and_its_percent(text, a, b, qs, i + 2, rising, amount))
            if rising and bounded(a) and bounded(b) and ("翻" in sentence.text):
                # (五年间翻了一番，从310亿元增长到620亿元: the change said as doublings too)
                stop = rx(r"[，,；;。]").search(text, b.end, sentence.end)
                after_end = stop.end() if stop else sentence.end
                stop = rx(r"[，,；;。]").search(text, after_end, sentence.end)
                after_end = stop.start() if stop else sentence.end
                previous = qs[i - 1].end if i else sentence.start
                relations.extend(doubled(text, (previous, a.qual_start), (b.end, after_end), a, b))
        relations.extend(_compared(text, sentence.quantities))
        relations.extend(_amount_and_rate(text, sentence.quantities))
        relations.extend(_earlier_amount_and_rate(text, sentence.quantities))
        relations.extend(_amount_and_rate_after(doc, sentence))
        relations.extend(_earlier_after(text, sentence.quantities))
        relations.extend(_earlier_then_change(text, sentence.quantities, sentence.start))
        # (the start is named as the earlier state, or given for an earlier point of a series)
        if rx(_THEN).search(sentence.text) or ordered_points(text, sentence.start, sentence.end):
            relations.extend(_from_before(text, sentence.start, qs))
            relations.extend(_points_then_amount(text, sentence.start, qs))
    return relations


# the words between a later point of a series and its figure: a copula at most (今年是148人, 2023年为
# 384万人次); a verb of a deed would make the figure an amount done then (今年又建成8个), no level
_AT_POINT = r"(?:则|則|已|仍|也)?(?:是|为|為|有|达|達|达到|達到)?"
# the amount of the change from the earlier figure to the later, in the clause right after the later
# (，减少了46人; ，共增加8个; ，比去年少了; the change in percent: ，下降19.6%)
_AMOUNT_OF_SERIES = r"^[，,](?:共|一共|共计|共計|(?:比|较|較)(?:去年|上年|前年|上月|上一年))?(?P<verb>%s)了?$" % VERB


def _points_then_amount(text: str, lo: int, qs: list[Quantity]) -> list[Relation]:
    """`去年有近视学生184人，今年是148人，减少了36人`: a figure at an earlier point of a series, the
    same thing's figure at a later point (each point named in its figure's clause, of one kind, the
    later after), then the amount of the change between them with its verb: the amount is the
    difference, its direction the one the verb says."""
    found: list[Relation] = []
    for i in range(len(qs) - 2):
        a, b, d = qs[i], qs[i + 1], qs[i + 2]
        if a.family != b.family or a.family in ("percent", "points") or a.family.startswith(("age", "time-")) \
                or a.family in _GRADES or a.qualifier or b.qualifier or not (bounded(a) and bounded(b)):
            continue
        m = rx(_AMOUNT_OF_SERIES).match(text[b.end:d.qual_start])
        if not m or not rx(r"^[，,；;]").match(text[a.end:b.qual_start]):
            continue
        a_clause = max([lo] + [k.end() for k in rx(r"[，,；;：:。]").finditer(text, lo, a.qual_start)])
        b_clause = a.end + 1
        earlier = list(rx(TIME_POINT).finditer(text, a_clause, a.qual_start))
        later = rx(TIME_POINT).match(text, b_clause)
        if len(earlier) != 1 or later is None or not rx(_AT_POINT).fullmatch(text, later.end(), b.qual_start):
            continue
        (kind, at), (later_kind, later_at) = time_point(earlier[0]), time_point(later)
        if kind != later_kind or later_at <= at:
            continue
        rising = m.group("verb") in _UP
        A, B = signed(text, a), signed(text, b)
        if (B.above(A) if rising else B.below(A)):
            found.extend(_change_amount(text, a, b, d, rising, after=m))
        elif (B.below(A) if rising else B.above(A)):
            args = {"calc": f"{shown(text, a)} → {shown(text, b)}", "stated": m.group("verb"),
                    "range": A.show(a), "stated_range": B.show(b)}
            found.append(Relation("change-direction", False, d.start, d.end, "up" if rising else "down", args, (a, b)))
    return found


# A change from one level to another: 由/从/自 before the first figure, and between the two a verb
# of change or of adjustment, which says no direction (调至, 调整为, 改为), then 到/至/为
_STARTED = r"[由从從自][^，,；;。：:]{0,14}$"
_MOVED_TO = (r"^[，,]?[^，,；;。\d]{0,6}?(?:%s|调整|調整|调|調|改|变|變)了?(?:到|至|为|為|成)"
             r"[^，,；;。\d]{0,8}$" % VERB)


def change_figures(doc: Any) -> frozenset[int]:
    """Where the figures of a change from one level to another stand (由17,000元调至19,000元: the
    starts of both): one thing's levels at two times, never an item of a sum, nor the total or
    the average of a product."""
    text = doc.text
    ends: set[int] = set()
    for sentence in doc.shared(cue_sentences):
        if _FROM_CHARS.isdisjoint(sentence.text):
            continue
        qs = sentence.quantities
        for a, b in pairwise(qs):
            if a.family == b.family and rx(_STARTED).search(text, max(sentence.start, a.qual_start - 16), a.qual_start) \
                    and rx(_MOVED_TO).match(text[a.end:b.qual_start]):
                ends.update((a.start, b.start))
    return frozenset(ends)


# 由A期扩大到B期, 从72分提高到81分: a change whose ends carry one measure word the unit table
# lacks (期, 分, 日 …: left out of it because they are as often ordinals or other words). Written
# after both ends, the same word says both count one thing; an ordinal (第15位), a grade (类, 级),
# a multiplier (万), a clock word (点, 时) or a negative figure (零下5度) is not read.
_UNLISTED = (r"[由从從](?=[^，,；;。\d]{0,8}\d)(?P<pre>[^，,；;。\d]{0,8}?)(?<![第\d.．\-－])(?P<a>\d+(?:\.\d+)?)(?P<u>[\u3400-\u9fff])"
             r"(?P<gap>[^，,；;。\d]{0,4}?)(?P<verb>%s)了?(?:到|至|为|為)?(?P<pre2>[^，,；;。\d第]{0,6}?)"
             r"(?<![\d.．\-－])(?P<b>\d+(?:\.\d+)?)(?P=u)" % VERB_AT)
# (年, 月, 日 are read: 加班费由7日再提高至11日 counts days, and between two dates of one kind a
# later one is still more)
_NOT_A_MEASURE = frozenset("万萬亿億千百十号號时時点點周週天") | frozenset(WORDS["grade-units"])


# 失业率由3.87降至3.5, 指数从上个月的52.7降至34.7: both ends bare figures (an index, a rate
# written without its %), the verb right after the first (an adverb at most)
_BARE_CHANGE = (r"[由从從](?=[^，,；;。\d]{0,8}\d)(?P<pre>[^，,；;。\d]{0,8}?)(?<![第\d.．\-－])"
                r"(?P<a>\d+(?:\.\d+)?)(?P<gap>再|又|已|将|將|进一步|進一步|大幅|逐步)?(?P<verb>%s)了?(?:到|至|为|為)?"
                r"(?P<pre2>[^，,；;。\d第]{0,6}?)(?<![\d.．\-－])(?P<b>\d+(?:\.\d+)?)"
                r"(?=[，,；;。！？!?、\s]|$)" % VERB_AT)


def _unlisted(text: str, lo: int, hi: int) -> list[Relation]:
    found: list[Relation] = []
    for m in rx(_BARE_CHANGE).finditer(text, lo, hi):
        verb = m.group("verb")
        if (verb not in _UP and verb not in _DOWN) or rx(r"零下|负|負").search(m.group("pre") + m.group("pre2")):
            continue
        a, b = (_unlisted_quantity(text, m, g, "") for g in ("a", "b"))
        if a is not None and b is not None:
            direction = _direction(text, a, b, verb, verb in _UP)
            found.extend([direction] if direction else [])
    table = units()
    for m in rx(_UNLISTED).finditer(text, lo, hi):
        unit = m.group("u")
        if unit in _NOT_A_MEASURE:
            continue
        if any(text.startswith(name, m.start("u")) for name in table if name[0] == unit) \
                or rx(r"零下|负|負").search(m.group("pre") + m.group("pre2")):
            continue    # a unit of the table (分钟) is read with the quantities
        verb = m.group("verb")
        if verb not in _UP and verb not in _DOWN:
            continue
        a, b = (_unlisted_quantity(text, m, g, unit) for g in ("a", "b"))
        if a is None or b is None:
            continue
        direction = _direction(text, a, b, verb, verb in _UP)
        found.extend([direction] if direction else [])
    return found


def _unlisted_quantity(text: str, m: re.Match, group: str, unit: str) -> Quantity | None:
    number = parse_arabic(m.group(group))
    if number is None:
        return None
    start, end = m.start(group), m.end(group) + len(unit)
    half = ZERO if number.exact else number.precision / 2
    value = number.value
    return Quantity(start, end, text[start:end], value, value - half, value + half,
                    Unit(unit, "count:" + unit if unit else "bare", Decimal(1)), Decimal(1), "", number.exact, "", "", start,
                    False, not number.exact)


def _direction(text: str, a: Quantity, b: Quantity, said: str, rising: bool,
               unhedged_overlap: bool = False) -> Relation | None:
    """The direction of one change, a to b, said by `said` (a verb or the width of a change) to be a
    rise or not: checked, contradicted, or None when the intervals overlap and it may go either way
    (still checked with `unhedged_overlap` when neither figure is hedged: 由A到B in changes()).
    The bounds are shown (variant `rounded`) when a hedge (约/近/余) widens either figure."""
    A, B = signed(text, a), signed(text, b)
    moved = B.above(A) if rising else B.below(A)
    possible = not (B.below(A) or (B.exact and A.exact and B.low == A.low)) if rising else \
        not (B.above(A) or (B.exact and A.exact and B.low == A.low))
    exact = not a.qualifier and not b.qualifier
    if possible and not moved and not (unhedged_overlap and exact):
        return None
    variant = "-".join(filter(None, ("" if exact else "rounded", "up" if rising else "down")))
    args = {"calc": f"{shown(text, a)} → {shown(text, b)}", "stated": said,
            "range": A.show(a), "stated_range": B.show(b)}
    return Relation("change-direction", possible, b.start, b.end, variant, args, (a, b))


# `目前已有约1500班，要增加到3000班`: the end of a change whose start stands in an earlier clause,
# named as the earlier state (原, 早期, 目前 …: rules/data/num_words.txt then-words).
# 增加到/降至 + the figure: an end state; 增加3位 without 到 is the amount of the change.
# (a verb holding its 到 or 至, 降到, 升至, may take 了 as any other: 今年降到了1100斤)
_TO_LEAD = r"(?P<verb>%s)(?:到|至|为|為)了?$|(?P<verb2>[\u3400-\u9fff][至到])了?$" % VERB
_THEN = r"(?:%s)" % "|".join(WORDS["then-words"])


def _from_before(text: str, lo: int, qs: list[Quantity]) -> list[Relation]:
    found: list[Relation] = []
    for j, b in enumerate(qs):
        m = rx(_TO_LEAD).search(b.lead)
        if not m or j == 0 or b.family.startswith("age") or b.family in _GRADES or b.qualifier in OPEN_ENDED:
            continue
        clause_start = max([lo] + [k.end() for k in rx(r"[，,；;：:]").finditer(text, lo, b.qual_start)])
        if rx(r"[由从從较較比]").search(text, clause_start, b.qual_start):
            continue    # 由A增加到B: read by changes()
        back = clauses_back(text, lo, clause_start, 4)
        # (in b's own clause too: 将原本1.5%的利率降至1.2%)
        window = back[0][0] if back else clause_start
        zero = b.family == _ZERO.family
        earlier = [q for q in qs[:j] if q.start >= window and q.family != _ZERO.family
                   and (zero or q.family == b.family)]
        if not earlier:
            continue
        a = earlier[-1]
        if zero:
            b = b._replace(unit=a.unit, multiplier=a.multiplier)    # 原本1.5%的利率降至0
        # a percentage in b's own clause, after the word naming the earlier state, is the level
        # the change starts from (原本1.5%的利率): a percentage further back may be a change itself
        # (or a rate named as a level, wherever it stands: 平均失業率為3.48%)
        level = is_amount(a, per_unit(a)) or (a.family == "percent" and a.start > clause_start and not rx(
            r"(?:%s|[比较較])[至到为為了]?$" % VERB).search(a.lead)) or (
            a.family == "percent" and rx(r"(?<![增涨漲降])率(?:为|為|是|达到|達到)$").search(a.lead) is not None)
        # (3月份每日湧入800多人，6月份則增加到1200人: the end is per the unit the start names, said once)
        if not level or a.qualifier in OPEN_ENDED or per_unit(b) not in (per_unit(a), "") \
                or rx(r"[到至]$").search(a.lead):
            continue    # 目前国家拓展到55个，口岸增至65个: the first is the end of a change of its own
        a_clause = max([lo] + [k.end() for k in rx(r"[，,；;：:]").finditer(text, lo, a.qual_start)])
        if not rx(_THEN).search(text, a_clause, a.qual_start) and not _later_point(text, a_clause, a, b, m):
            continue
        if rx(_OWN_START_AFTER).match(text, b.end):
            continue    # (目前在臺就學的僑生…有3萬1,486人，…今年招生名額增加至2,400名，較去年增加300名: the end
            #             of a change whose start the comparison after it names, not the figure before)
        verb = m.group("verb") or m.group("verb2")
        if verb not in _UP and verb not in _DOWN or (_measured(a.family) and verb not in _MEASURE_VERBS
                                                     and _better_smaller(text, lo, a)):
            continue
        rising = verb in _UP
        direction = _direction(text, a, b, verb, rising)
        if direction is None:
            continue
        found.append(direction)
        # (and the amount of the change right after it: 今年增至3亿元，增长率为20%)
        if direction.ok and j + 1 < len(qs) and not a.qualifier and not b.qualifier and bounded(a) and bounded(b):
            found.extend(_change_amount(text, a, b, qs[j + 1], rising))
    return found


# what may stand between the later point of a series and the verb of its figure, when the
# subject is the one of the earlier figure (2023年，再增加到; 週日更成長至): adverbs, no noun
_SERIES_ADVERBS = r"随后|隨後|而|则|則|更|再|又|进一步|進一步|已|也|还|還"
_SERIES_GAP = r"^[\s，,]*(?:%s|之后|之後|在|于|於|的|是|则是|則是)*$" % _SERIES_ADVERBS


# a comparison right after the end of a change, with its own amount: its start is the earlier time's
_OWN_START_AFTER = r"[，,]\s?(?:较|較|比)[^，,；;。]{1,8}?(?:%s)了?[0-9０-９]" % VERB


def _later_point(text: str, a_clause: int, a: Quantity, b: Quantity, verb: re.Match) -> bool:
    """`2022年产量为820万吨；2023年，再增加到790万吨`: a is given for an explicit point of time
    named in its clause, b for a later point of the same kind named after a, with nothing but
    adverbs between that point and b's verb (a noun there may name another subject)."""
    first = None
    for p in rx(TIME_POINT).finditer(text, a_clause, a.qual_start):
        first = p
    later = None
    for p in rx(TIME_POINT).finditer(text, a.end, b.qual_start):
        later = p
    if first is None or later is None:
        return False
    (kind, at), (later_kind, later_at) = time_point(first), time_point(later)
    verb_start = b.qual_start - len(b.lead) + verb.start()
    if kind != later_kind or later_at <= at:
        return False
    gap = text[later.end():verb_start]
    return rx(_SERIES_GAP).match(gap) is not None or _same_measure_again(text[first.end():a.qual_start], gap)


# what may open the later point's words before the measure named again: the span it is over
# (今年前7個月平均失業率: the same measure, over the months so far)
_SPAN_OF_POINT = (r"(?:全年|上半年|下半年|前[0-9０-９一二三四五六七八九十]{1,2}[个個]?月|前?[一二两兩三四]季度|第[一二三四]季"
                  r"|[0-9０-９]{1,2}月份?)?")
_COPULA_END = r"(?:为|為|是|达|達|达到|達到|有|约|約)+$"


def _same_measure_again(earlier: str, gap: str) -> bool:
    """The later point names the measure of the earlier figure again, at most over a span of its
    own, with adverbs after it (2023年平均失業率為3.48%；2024年平均失業率下降至…): the same subject."""
    measure = rx(_COPULA_END).sub("", earlier.strip("，, "))
    body = rx(r"(?:%s)+$" % _SERIES_ADVERBS).sub("", gap.strip("，, "))
    n = 0
    while n < min(len(measure), len(body)) and measure[-1 - n] == body[-1 - n]:
        n += 1
    return n >= 3 and rx(_SPAN_OF_POINT).fullmatch(body[:len(body) - n]) is not None


# (the earlier state may name its year in brackets: 比上個年度(111)同期增加…)
_AMOUNT_LEAD = (r"^[，,]?(?:比|较|較|同比|环比|環比)(?:[^，,；;。\d%%％]|[(（][0-9０-９]{2,4}年?[)）]){0,8}?"
                r"(?P<verb>%s|新增|%s|%s)了?$" % (VERB, MORE_OR_LESS_BY, GAINS_OR_LOSSES))
# a base of a change other than the same time a year before (比年初, 较上月, 比月初, 较上季度末)
_OTHER_BASE = r"(?:比|较|較)(?:上?年初|月初|上月|上季|上周|上週|年底|年末|(?:去|上)年年?(?:底|末))"
# the words of _AMOUNT_LEAD that say a rise (a gain of output or income is one: 比上年增产74.3万吨)
_UP_BY = _UP | {"新增", *GAINS}
# (多 or 少 with a verb says the amount too: 较去年同期多运4100万人次，增长4.5%)
# the change in percent after its amount: a verb (增长5.3%) or the width of the change (减幅达16.9%)
_RATE_AFTER = (r"^[，,]?(?:同比|环比|環比)?(?:(?P<verb>%s)了?|(?P<width>%s)"
               r"(?:为|為|达|達|达到|達到|是)?)$" % (VERB, _WIDTHS))


# the earlier state named after the change (…，比上年减少4.7亿元，上年为91亿元; 同比增加2300户，
# 去年同期为1.45万户)
_EARLIER_AFTER = r"^[，,]%s$" % EARLIER_NAMED


# the period now a change is over, and the end of the period before it, where the earlier state
# stands (这周…，上周末为; 本月…，上月底为; 今年…，去年底为; 今天…，昨天为)
_PERIOD_BEFORE = {"这周": "上周末|上周", "這週": "上週末|上週", "本周": "上周末|上周", "本週": "上週末|上週",
                  "本月": "上月底|上月末|上月", "今年": "去年底|去年年底|上年末|上年底|去年|上年",
                  "今天": "昨天|前一天|昨日", "今日": "昨日|昨天|前一日"}
_PERIOD_AMOUNT_LEAD = r"^[，,](?P<period>%s)(?:又|再|已经|已經|已)?(?P<verb>%s)了?$" % ("|".join(_PERIOD_BEFORE), VERB)


def _earlier_after(text: str, qs: list[Quantity]) -> list[Relation]:
    """`收入86.3亿元，比上年减少4.7亿元，上年为91亿元`: the figure now, the amount of its change
    against an earlier state, and that state, named after them: now − earlier must be the amount."""
    found: list[Relation] = []
    for i in range(len(qs) - 2):
        now, d, earlier = qs[i], qs[i + 1], qs[i + 2]
        if now.family != earlier.family or now.family in ("percent", "points") \
                or now.family.startswith(("age", "time-")) or now.qualifier or earlier.qualifier:
            continue
        if _last_of_list(text, qs, i):
            continue    # (…東區9例及安南區5例，較去年同期減少142例: the last item of a list, not what changed)
        m = rx(_AMOUNT_LEAD).match(text[now.end:d.qual_start])
        if m and not rx(_EARLIER_AFTER).match(text[d.end:earlier.qual_start]):
            continue
        if not m:
            # (主塔已浇筑到186米，这周又升高了12米，上周末为174米: the change over the period now,
            # the state at the end of the one before named after it)
            m = rx(_PERIOD_AMOUNT_LEAD).match(text[now.end:d.qual_start])
            if not m or not rx(r"^[，,](?:而)?(?:%s)(?:为|為|是)$" % _PERIOD_BEFORE[m.group("period")]).match(
                    text[d.end:earlier.qual_start]):
                continue
        found.extend(_change_amount(text, earlier, now, d, m.group("verb") in _UP_BY, after=m))
    return found


# the earlier state named right after the figure now (，去年同期为), then how the figure changed from it
# (，增长13.7%; ，降幅約12.7%; ，增加1.3万件)
_EARLIER_THEN = r"[，,]\s?%s" % EARLIER_NAMED
# (the comparison may name the period again: ，比去年同期增加15.2万人)
# (or the span it was over: ，一年來減少6,545人)
_CHANGE_THEN = (r"[，,]\s?(?:同比|(?:比|较|較)(?:上年|去年)(?:同期)?|一年来|一年來|近一年来|近一年來)?(?:(?P<verb>%s)了?|(?P<width>%s)"
                r"(?:为|為|达|達|是)?)" % (VERB, _WIDTHS))


# a year's end named by its number after the figure now (…188萬6,407人，112年底為187萬9,862人)
_YEAR_END_THEN = r"[，,]\s?([0-9０-９]{2,4})年(?:底|末)(?:为|為|是)"


def _year_before(text: str, start: int, now: Quantity, earlier: Quantity, change: re.Match) -> bool:
    """The earlier state is named by the end of the year right before the one the figure now is of
    (截至113年底，…188萬6,407人，112年底為…，一年來減少…): the figure now names its year in its
    sentence before it, and the change names no base of its own (比上年: the year before the now's,
    whatever year is named between). Copy in the order of the years (2023年末为…，2024年末为…) is none."""
    then = rx(_YEAR_END_THEN).fullmatch(text, now.end, earlier.qual_start)
    years = [int(y) for y in rx(r"([0-9０-９]{2,4})年").findall(text, start, now.qual_start)]
    return then is not None and bool(years) and years[-1] == int(then.group(1)) + 1 \
        and not rx(r"比|较|較|同比").search(change.group())


def _earlier_then_change(text: str, qs: list[Quantity], sentence_start: int) -> list[Relation]:
    """`今年受理10.8万件，去年同期为9.5万件，增长13.7%`: the figure now, the earlier state named after
    it, and the change between them said last: its direction, and its amount or percentage."""
    found: list[Relation] = []
    for i in range(len(qs) - 2):
        now, earlier, d = qs[i], qs[i + 1], qs[i + 2]
        if now.family != earlier.family or now.family in ("percent", "points") \
                or now.family.startswith(("age", "time-")) or not bounded(now) or not bounded(earlier) \
                or d.family not in (now.family, "percent") or _last_of_list(text, qs, i):
            continue
        m = rx(_CHANGE_THEN).fullmatch(text, earlier.end, d.qual_start)
        if not m:
            continue
        if not rx(_EARLIER_THEN).fullmatch(text, now.end, earlier.qual_start) \
                and not _year_before(text, sentence_start, now, earlier, m):
            continue
        said = m.group("verb") or m.group("width")
        rising = _says_rise(said)
        if not rising and said not in _DOWN and said not in _WIDTH_DOWN:
            continue
        direction = _direction(text, earlier, now, said, rising)
        if direction is None:
            continue    # (the intervals overlap: the change may go either way)
        found.append(direction)
        if direction.ok and not now.qualifier and not earlier.qualifier:
            found.extend(_change_amount(text, earlier, now, d, rising, after=m))
    return found


def _last_of_list(text: str, qs: list[Quantity], i: int) -> bool:
    """qs[i] ends a 、 list of figures of its kind (…東區9例及安南區5例): a change said right after
    it is the list's whole's (分布於…，較去年同期減少142例), not the last item's."""
    return follows_in_list(text, qs, qs[i], upto=i)


def _amount_then_percent(d: Quantity, pct: Quantity) -> bool:
    """d may be the amount of a change and pct its percentage: an amount (no percentage, age or
    length of time) and a percentage, neither hedged."""
    return pct.family == "percent" and d.family not in ("percent", "points") \
        and not d.family.startswith(("age", "time-")) and not d.qualifier and not pct.qualifier


def _amount_and_rate(text: str, qs: list[Quantity]) -> list[Relation]:
    """`产量达到132.8公斤，比上年增加6.6公斤，增长5.3%`: the figure now, the amount of its change
    and the change in percent; the earlier figure is now − amount (now + amount for a fall), and
    the percentage is amount ÷ earlier."""
    found: list[Relation] = []
    for i in range(len(qs) - 2):
        now, d, pct = qs[i], qs[i + 1], qs[i + 2]
        if now.family != d.family or now.qualifier or not _amount_then_percent(d, pct):
            continue
        if _last_of_list(text, qs, i):
            continue
        if rx(EARLIER_NAMED + "$").search(now.lead):
            continue    # (…死亡108人，去年同期为142人，比去年同期减少34人: the figure named as last year's is
            #             the earlier state, not the figure now the change is of)
        m = rx(_AMOUNT_LEAD).match(text[now.end:d.qual_start])
        after = rx(_RATE_AFTER).match(text[d.end:pct.qual_start]) if m else None
        rising = m is not None and (m.group("verb") in _UP_BY or m.group("verb").startswith("多"))
        said = (after.group("verb") or after.group("width")) if after else ""
        if not m or not after or rising != _says_rise(said):
            continue
        if rx(r"同比").search(text, d.end, pct.qual_start) and rx(_OTHER_BASE).search(text, now.end, d.qual_start):
            continue    # (余额5286.4亿元，比年初增加312.7亿元，同比增长9.8%: the amount is against the year's
            #             start, the percentage against a year ago: two changes, two bases)
        # (共接报1.12万起，日均1600起，较去年同期减少640起，下降5.4%: a change said after a mean per day
        # may be the mean's or the total's before it, and which is not said: both are weighed, and
        # the change is wrong only when it fits neither)
        levels = [now] + ([qs[i - 1]] if i and qs[i - 1].family == now.family and per_time(now)
                          and not per_time(qs[i - 1]) else [])
        weighed = [r for r in (_weighed_change(level, d, pct, rising, said) for level in levels) if r is not None]
        if weighed:
            found.append(next((r for r in weighed if r.ok), weighed[0]))
    return found


# the earlier state named before its figure: compared with it (与去年同期的142人相比) or named as last
# year's (去年同期为142人); 较去年的142人 is read by _compared
_EARLIER_BEFORE = r"(?:(?:与|與|和|同)(?:去年|上年|前年)[\u3400-\u9fff]{0,4}的|(?:去年|上年)(?:同期)?(?:为|為|是|有))$"
# between the earlier state and the amount of its change: 相比 and the words naming what changed, then
# the verb (…142人相比，今年死亡人數減少34人)
_EARLIER_THEN_AMOUNT = (r"^(?:相比|相較|相较|比较|比較)?[，,]\s?[^，,；;。0-9０-９%%％]{0,12}?"
                        r"(?P<verb>%s)了?$" % VERB)


def _earlier_amount_and_rate(text: str, qs: list[Quantity]) -> list[Relation]:
    """`与去年同期的142人相比，今年死亡人数减少34人，降幅16.9%`: the earlier state, the amount of the
    change and the change in percent, the figure now unsaid; the percentage is amount ÷ earlier."""
    found: list[Relation] = []
    for i in range(len(qs) - 2):
        earlier, d, pct = qs[i], qs[i + 1], qs[i + 2]
        if earlier.family != d.family or earlier.qualifier or not _amount_then_percent(d, pct):
            continue
        if not rx(_EARLIER_BEFORE).search(earlier.lead):
            continue
        gap = text[earlier.end:d.qual_start]
        m = None if rx(r"(?<![相])(?:比|较|較)").search(gap) else rx(_EARLIER_THEN_AMOUNT).match(gap)
        after = rx(_RATE_AFTER).match(text[d.end:pct.qual_start]) if m else None
        if not m or not after or rx(r"同比|环比|環比").search(after.group()):
            continue    # (去年为142人，比前年减少34人…: a change against another year; …，同比增长5%: a
            #             percentage against another time than the earlier state named)
        rising = m.group("verb") in _UP
        said = after.group("verb") or after.group("width")
        if rising != _says_rise(said):
            continue
        E, D, P = Interval.of(earlier), Interval.of(d), Interval.of(pct)
        if E.low <= 0:
            continue
        computed = D.over(E).scaled(HUNDRED)
        value = d.value / earlier.value * HUNDRED
        args = {"calc": f"{d.shown} ÷ {earlier.shown} = {plain_percent(value)}%", "range": computed.show_percent(),
                "basis": basis((earlier, d)), "stated": f"{said}{pct.text}", "stated_range": P.show_percent()}
        found.append(Relation("change-amount", computed.meets(P), pct.start, pct.end,
                              "point" if computed.exact else "rounded", args, (earlier, d, pct)))
    return found


# a clause opening with the comparison of this period with the last (与上年同期相比，…; 與112年相比，),
# what changed named after it, then the verb of the amount (进出口总值增加…; 运量增加…)
_COMPARED_OPENING = (r"(?:(?:与|與|和|同)(?:上年|去年|前年|上年度|去年同期|上年同期|上一年|[0-9０-９]{2,4}年(?:度|同期)?)"
                     r"(?:同期)?(?:的?[\u3400-\u9fff]{0,4})?(?:相比|相較|相较|比较|比較)|(?:比|较|較)(?:上年|去年|上年度|上一年)(?:同期)?)"
                     r"[，,]?\s?(?P<named>[^，,；;。0-9０-９%%％]{0,12}?)(?P<verb>%s|新增)了?$" % VERB)


def _amount_and_rate_after(doc: Any, sentence: Any) -> list[Relation]:
    """`…进出口总值2,846.3亿元。与上年同期相比，进出口总值增加215.7亿元，增长8.2%`: the amount of a
    change and its percentage opening a clause of comparison, the figure now in the sentence before
    (common.sentence_holding): the one amount of their kind there, or the one whose words share what
    the comparison names (进出口总值). The earlier state is now − amount, and the percentage is
    amount ÷ earlier, as in one sentence (_amount_and_rate)."""
    found: list[Relation] = []
    text, qs = doc.text, sentence.quantities
    for i in range(len(qs) - 1):
        d, pct = qs[i], qs[i + 1]
        if not _amount_then_percent(d, pct) or any(q.family == d.family for q in qs[:i]):
            continue
        lead = text[max(sentence.start, d.qual_start - 30):d.qual_start]
        m = rx(_COMPARED_OPENING).search(lead)
        after = rx(_RATE_AFTER).match(text[d.end:pct.qual_start])
        if not m or not after or rx(r"同比|环比|環比").search(after.group()):
            continue
        rising = m.group("verb") in _UP_BY
        said = after.group("verb") or after.group("width")
        if rising != _says_rise(said):
            continue
        held = sentence_holding(doc, sentence.start, d.family)
        figures = [q for q in (held.quantities if held else []) if q.family == d.family and is_amount(q) and bounded(q)
                   and not how_much_changed(q) and not compared_state(text, q) and not q.qualifier
                   and not rx(EARLIER_NAMED).search(q.lead)]
        named = m.group("named").strip()
        if span_named(named) is not None and span_named(text[max(held.start, figures[0].qual_start - 30):figures[0].qual_start]
                                                          if held and figures else "") != span_named(named):
            continue    # (…1至9月…1,248億元。與去年同期相比，第三季單季稅收增加…: a change of another span)
        if len(named) >= 2:
            figures = [q for q in figures if shares_noun(named, q.lead[-10:] + q.noun)
                       and not inside_joined(q.lead + q.noun, named)]
            # (the one named in full, 进出口总值, where a part shares some of its words, 其中出口)
            whole_name = [q for q in figures if named in q.lead + q.noun]
            figures = whole_name if len(whole_name) == 1 else figures
        if len(figures) != 1:
            continue
        weighed = _weighed_change(figures[0], d, pct, rising, said)
        if weighed is not None:
            found.append(weighed)
    return found


def _weighed_change(now: Quantity, d: Quantity, pct: Quantity, rising: bool, said: str) -> Relation | None:
    """The change of `now` by the amount d, said to be pct in percent; None with no earlier state."""
    N, D, P = Interval.of(now), Interval.of(d), Interval.of(pct)
    earlier = N.minus(D) if rising else N + D
    if earlier.low <= 0:
        return None
    computed = D.over(earlier).scaled(HUNDRED)
    value = d.value / (now.value - d.value if rising else now.value + d.value) * HUNDRED
    sign = "−" if rising else "+"
    args = {"calc": f"{d.shown} ÷ ({now.shown} {sign} {d.shown}) = {plain_percent(value)}%",
            "range": computed.show_percent(), "basis": basis((now, d)), "stated": f"{said}{pct.text}",
            "stated_range": P.show_percent()}
    return Relation("change-amount", computed.meets(P), pct.start, pct.end,
                    "point" if computed.exact else "rounded", args, (now, d, pct))


_COMPARED_GAP = r"^[，,]?\s*(?:较|較|比)[^，,；;。%％]{0,14}?[(（]?$"
# 多 or 少 with a verb right before the figure (比上年多收210万吨): by how much, no earlier state
_MORE_BY = r"%s了?$" % MORE_OR_LESS_BY
# a gain or a loss of output or income right before the figure (比上年增产74.3万吨, 比去年减收2亿元):
# by how much, no earlier state
_GAINED_BY = r"(?:%s)了?$" % GAINS_OR_LOSSES
_COMPARED_VERB = r"^[)）]?[，,]?(?:同比)?(?P<verb>%s)(?:了)?$" % VERB
# a change said by its verb alone, at the end of its clause (比去年的112例大幅增加。)
_COMPARED_VERB_ALONE = (r"[)）]?(?:大幅|明显|明顯|显著|顯著|略有|有所|稍有|小幅|进一步|進一步)?(?P<verb>%s)(?:了)?"
                        r"(?=[，,。；;！？!?]|$)" % VERB)


# what was newly added (今年新增186人, 今年新建400个): an increment, no state to compare with an earlier one
# (the verb may name what it added: 113年新增併網41萬瓩，較年初的241萬瓩成長… compares the stock)
_ADDED_NOW = r"新(?:增|建|设|設|开|開|招|登记|登記|认定|認定|注册|註冊|发展|發展)了?[\u3400-\u9fff]{0,3}$"


def _counted_time(q: Quantity) -> bool:
    """q counts units of time, days, hours, weeks or months (优良天数为312天, 工期45天, 用时3个月): no
    amount to add to others, but one to compare with the earlier state, as any count is."""
    return q.family.startswith("time-") and not per_unit(q)


def _compared(text: str, qs: list[Quantity]) -> list[Relation]:
    """`今年377件，较去年337件增加40件`: the later figure is the earlier state, the verb and the
    amount after it say how the first differs from it."""
    found: list[Relation] = []
    for i in range(len(qs) - 1):
        now, before = qs[i], qs[i + 1]
        d = qs[i + 2] if i + 2 < len(qs) else None
        # (days, hours and weeks compare as any count does, 优良天数为312天，较上年的303天增加9天; an age
        # is a level of its own)
        if now.family != before.family or now.family.startswith("age") \
                or now.qualifier in OPEN_ENDED or before.qualifier in OPEN_ENDED:
            continue
        if _last_of_list(text, qs, i):
            continue    # (其中竞技组1012枚、群众组414枚，比上届的1318枚增加108枚: the list's whole's change)
        if per_unit(now) and not per_unit(before) and i > 0 and qs[i - 1].family == now.family \
                and not per_unit(qs[i - 1]) and is_amount(qs[i - 1]):
            continue    # 共湧入遊客182萬人次，平均每日約20.2萬人次，較去年的156萬人次增加…: the earlier
            #             total is set against the total before the mean, not against the mean
        gap = text[now.end:before.qual_start]
        # (two percentages, a level now and the earlier one, and the change between them in
        # percentage points: 住房率为68.5%，较去年的63.2%增加5.3个百分点)
        in_points = now.family == before.family == "percent" and d is not None and d.family == "points"
        if not rx(_COMPARED_GAP).match(gap) or rx(VERB).search(gap) or rx(_MORE_BY).search(gap) or rx(_GAINED_BY).search(gap) \
                or not (is_amount(before) or in_points or _counted_time(before)) \
                or new_count(before) or rx(_ADDED_NOW).search(now.lead):
            continue    # 比上年增加6.6公斤: the figure after the verb is the amount, not the earlier state;
            #             (其中今年新增186人，比去年底的1,054人增长17.6%: what was added is no state to compare)
        with_amount = rx(_COMPARED_VERB).match(text[before.end:d.qual_start]) if d else None
        # (or the verb alone ends the clause: 比去年的112例大幅增加)
        m = with_amount or (rx(_COMPARED_VERB_ALONE).match(text, before.end) if not in_points else None)
        if not m:
            continue
        rising = m.group("verb") in _UP
        if _measured(now.family) and m.group("verb") not in _MEASURE_VERBS \
                and _better_smaller(text, max(0, now.qual_start - 20), now):
            continue    # (埋深为18.42米，比上年同期的19.67米回升1.25米: a depth the water rose in; 提高 a
            #             finer precision — only 缩短/延长 say which way such a measure went)
        relations = _change_amount(text, before, now, d, rising, after=m) if d and with_amount else []
        relations += _and_its_percent(text, before, now, qs, i + 2, rising, relations)
        relations += _percent_the_other_way(text, before, now, qs, i + 2, rising) if d and with_amount else []
        A, B = Interval.of(before), Interval.of(now)
        possible = not (B.below(A) if rising else B.above(A))
        variant = "-".join(filter(None, ("" if not now.qualifier and not before.qualifier else "rounded",
                                         "up" if rising else "down")))
        args = {"calc": f"{before.shown} → {now.shown}",
                "stated": m.group("verb"), "range": A.show(before), "stated_range": B.show(now)}
        found.append(Relation("change-direction", possible, now.start, now.end, variant, args, (before, now)))
        if possible:
            found.extend(relations)     # (a change the wrong way is reported once, by its direction)
    return found


def _says_rise(word: str) -> bool:
    """A verb or a width of change says a rise (增长, 增幅); else a fall (下降, 降幅)."""
    return word in _UP or word in _WIDTH_UP


def _percent_the_other_way(text: str, a: Quantity, b: Quantity, qs: list[Quantity], k: int,
                           rising: bool) -> list[Relation]:
    """`比去年同期的12918万人次增加694万人次，下降5.4%`: the change in percent right after its amount
    qs[k], said with a word of the other direction than the amount's verb: the figures, a to b,
    tell which is wrong (the verb's direction is weighed apart)."""
    if k + 1 >= len(qs) or qs[k].family == "percent" or qs[k + 1].family != "percent":
        return []
    said = rx(_RATE_AFTER).match(text[qs[k].end:qs[k + 1].qual_start])
    word = (said.group("verb") or said.group("width")) if said else ""
    up = _says_rise(word)
    if not word or up == rising or (said is not None and rx(r"同比|环比|環比").search(said.group())
                                    and not rx(r"同期").search(text, max(0, a.qual_start - 8), a.qual_start)):
        return []   # (比10月的1.29亿人次增加700万人次，同比下降5.4%: against a year before, another change)
    direction = _direction(text, a, b, word, up, unhedged_overlap=True)
    return [dataclasses.replace(direction, start=qs[k + 1].start, end=qs[k + 1].end)] \
        if direction is not None and not direction.ok else []


def _and_its_percent(text: str, a: Quantity, b: Quantity, qs: list[Quantity], k: int, rising: bool,
                     amount: list[Relation]) -> list[Relation]:
    """The change in percent right after its amount qs[k], once the amount was read (比今年的1,480億元
    增加128億元，成長8.6%; 由1480亿元增至1608亿元，增加128亿元，增长8.6%): the same change, weighed too."""
    if not amount or k + 1 >= len(qs) or qs[k].family == "percent" or qs[k + 1].family != "percent":
        return []
    said = rx(_RATE_AFTER).match(text[qs[k].end:qs[k + 1].qual_start])
    if said and rx(r"同比|环比|環比").search(said.group()) and not rx(r"同期").search(text, max(0, a.qual_start - 8), a.qual_start):
        return []   # (比9月的45.2亿千瓦时增加3.4亿千瓦时，同比增长6.3%: against another time, a year before)
    return _change_amount(text, a, b, qs[k + 1], rising, after=said) if said else []


# a change's start named as last year's (从上年的, 由去年同期的)
_LAST_YEARS = r"(?:上年|去年|上一年|前一年)(?:同期)?(?:的|为|為)?$"


def _change_amount(text: str, a: Quantity, b: Quantity, d: Quantity, rising: bool,
                   after: re.Match | None = None) -> list[Relation]:
    gap = text[b.end:d.qual_start]
    m = after or rx(_AMOUNT_AFTER).match(gap)
    if m is None and after is None:
        # (同比 after a change whose start is last year's: the same change, year on year — 从上年的
        # 320万吨增至352万吨，同比增长10%)
        yoy = rx(r"^([，,]?)同比").match(gap)
        if yoy and rx(_LAST_YEARS).search(text, max(0, a.qual_start - 8), a.qual_start):
            m = rx(_AMOUNT_AFTER).match(yoy.group(1) + gap[yoy.end():])
    if not m or d.qualifier in OPEN_ENDED or d.qualifier == "range":
        return []
    if (len(d.noun) >= 2 and d.noun != b.noun and rx(r"[\u3400-\u9fffA-Za-z]{2}").match(d.noun)) or (
            not d.noun and rx(r"\s?(?![左以])[A-Za-z\u3400-\u9fff]{2}").match(text, d.end)):
        return []   # 一年增加了9万辆新能源汽车: one kind inside the change, not all of it
    if rising and rx(_FLOW_BACK).match(text, d.end + len(d.noun)):
        return []   # 一年共增加31万辆，报废注销5万辆: the additions, not the net change
    said = m.group("verb") or m.groupdict().get("width") or ""
    per = m.groupdict().get("per")
    if per and per_unit(a) != per[1:]:
        return []   # 每亩增产40公斤 is the change of a figure per 亩 only (由每亩410公斤提高到450公斤)
    if (said in _UP or said in _WIDTH_UP or said in _YIELD_UP) != rising:
        return []
    A, B, D = Interval.of(a), Interval.of(b), Interval.of(d)
    diff = B.minus(A) if rising else A.minus(B)
    if d.family == a.family and a.family != "percent":
        computed = diff
        shown = format_value(abs(b.value - a.value), d)
        show_range = computed.show(d)
    elif d.family == "points" and a.family == "percent":
        computed = diff
        shown = f"{plain_percent(abs(b.value - a.value))}个百分点"
        show_range = computed.show_percent().replace("%", "")
    elif d.family == "percent" and a.family not in ("percent", "points") and a.low > 0:
        ratios = [(b_ - a_) / a_ * 100 for a_ in (a.low, a.high) for b_ in (b.low, b.high)]
        if not rising:
            ratios = [-r for r in ratios]
        computed = Interval(min(ratios), max(ratios), False, not (A.exact and B.exact))
        shown = f"{plain_percent(abs(b.value - a.value) / a.value * 100)}%"
        show_range = computed.show_percent()
    else:
        return []
    first, second = (b, a) if rising else (a, b)
    calc = f"{first.shown} − {second.shown} = {shown}"
    if d.family == "percent" and a.family != "percent":
        calc = f"({b.shown} − {a.shown}) ÷ {a.shown} = {shown}"
    args = {"calc": calc, "range": show_range, "basis": basis((a, b)), "stated": f"{said}{d.text}",
            "stated_range": D.show_percent() if d.family == "percent" else
            D.show_percent().replace("%", "") if d.family == "points" else D.show(d)}
    # exact figures give one value: only the stated one has a range to show ("point")
    variant = ("" if D.exact else "point") if computed.exact else "rounded"
    return [Relation("change-amount", computed.meets(D), d.start, d.end, variant,
                     args, (a, b, d))]
