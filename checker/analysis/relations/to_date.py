"""A figure to a date, what the periods after it added, and the figure to a later date: `1至9月
完成货运量1.3亿吨，10月完成1800万吨，1至10月累计1.48亿吨` (1.3亿 + 1800万 = 1.48亿); `前三季度
新增2.1万户，四季度新增0.6万户，全年新增2.7万户`; `上午接待320人次，下午再接待290人次，全天
累计610人次`; `截至上周已运出1800吨，本周又运出900吨，累计运出2700吨`.

Three or more amounts of one family in one sentence, in this order and with no other amount of
the family between them: the earlier figure, the additions, the later figure. Each is read with
the period its clause names (`_span`): a span of months (1至9月, 前三季度, 上半年, 9月底), of the
parts of a day (上午, 全天), of numbered weeks or days (首周, 第二周, 两周; 首日, 前两天), of weeks
or years named from now (上周, 本周; 前年, 去年, 今年). Where the periods are named they must chain
exactly: the earlier span, then each addition's period right after the one before, and the later
span the earlier one and the additions together (1至9月 + 10月 = 1至10月; 前2季 + 第3季 = 前3季;
上午 + 下午 = 全天). A month left out (1至9月 … 11月 … 1至11月) is no such relation: nothing is said.

The earlier figure is a total to its date: a span from the start (1至9月, 前两天, 首周, 上午), or a
stock named so (累计, 已, 截至, 9月底, 年初). The later figure names its total (累计, 全年, 目前,
现在一共, 两周) and no other thing than the earlier one did (its subject's words are the earlier
figure's). An addition with no period that chains says it adds (再, 又, 新增, 净增); between two
figures each 累计, a flow of a period of its own adds too (国庆前累计…，假期7天接待…，累计…). A
figure of the first of a series of years or weeks (去年完成12座，今年再完成…，目前累计…) is a total
to its date when every addition after it says it adds (再, 又) and no figure of its family comes
before it. A comparison (比前一天增加…) is no addition; a change in percent is another family.
The stock and the change read by accrual.py (原有…，新建…，累计…) are read there.
"""
from __future__ import annotations

import re

from ...typenames import TYPE_CHECKING
from ..quantities import Quantity
from .accrual import LOST, PLANNED, accrual_relation, lost_in_its_clause, stock_of_the_same
from .common import LEVELS, Relation, bounded, per_unit
from .cues import cue_sentences
from .periods import changes_fill_the_time
from .vocabulary import INCLUDES_MORE, SUM_OF_ADDITIONS, rx

if TYPE_CHECKING:
    from typing import Any

# how many additions may stand between the earlier figure and the later one, and how many figures
# of the family back the earlier one may stand
_ADDITIONS = 3
_REACH = 8

_CN = {c: n for n, c in enumerate("零一二三四五六七八九十", 0)}
_CN.update({"两": 2, "兩": 2, "〇": 0, "首": 1})
_NUM = r"(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九两兩])"


def _n(s: str) -> int:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    if s.startswith("十"):
        return 10 + (_CN[s[1]] if len(s) > 1 else 0)
    return _CN[s]


# The periods a clause may name, each as (scale, first, last) in units of its scale: months of a
# year (a quarter is three of them), parts of a day, weeks or days counted from the start of an
# event, weeks and years counted from now. `first` is None for a stock to the end of a period
# (9月底, 截至上周): it counts whatever came before as well.
_MONTH_SPAN = r"(?<![0-9０-９])(%s)月?(?:至|到|-|－|~|～|—)(%s)月(?![0-9０-９]|底|末)" % (_NUM, _NUM)
_MONTHS_FIRST = r"前(%s)[个個]?月" % _NUM
_QUARTERS_FIRST = r"前(%s)[个個]?季度?" % _NUM
_QUARTER = r"(?:第|(?<![前0-9０-９一二三四]))([一二三四1-4１-４])[个個]?季(?:度)?(?!均)"
_MONTH_END = r"(?:(?<=截至)|(?<=截止)|(?<![0-9０-９至到\-－~～]))(%s)月(?:底|末|份?末)" % _NUM
_MONTH = r"(?<![0-9０-９至到\-－~～前第])(%s)月份?(?![0-9０-９]|底|末|至|到|以来|以來|均|起)" % _NUM
_HALVES = {"上半年": (1, 6), "下半年": (7, 12), "全年": (1, 12)}
_DAYPARTS = {"上午": 1, "下午": 2, "晚上": 3, "晚间": 3, "晚間": 3}
_WHOLE_DAY = r"全天|全日"
_WEEK_NUMBERED = r"(?:第(%s)|(首))[周週]" % _NUM
_WEEKS_FIRST = r"(?:前|(?<![\u3400-\u9fff0-9０-９]))(%s)[个個]?(?:周|週|星期)(?!年|来|來|以来|以來)" % _NUM
_DAY_NUMBERED = r"(?:第(%s)[天日]|(首)[日天]|(次)日|(翌)日)" % _NUM
_DAYS_FIRST = r"(?:前|(?<![\u3400-\u9fff0-9０-９]))(%s)[个個]?[天日](?!来|來|以来|以來)" % _NUM
_WEEK_REL = {"上周": -1, "上週": -1, "本周": 0, "本週": 0, "这周": 0, "這週": 0, "这一周": 0, "這一週": 0}
_YEAR_REL = {"前年": -2, "去年": -1, "上年": -1, "今年": 0, "本年": 0}
_YEAR_REL_RX = r"(?<![过過])(前年|去年|上年|今年|本年)(?!以来|以來|起|底|末|年底|同期|均)"
_WEEK_REL_RX = r"(上周|上週|本周|本週|这周|這週|这一周|這一週)(?!末)"

# a stock to its date: the figure counts what came before too (a time before an event heading the
# sentence, 国庆前，…, is one; 前年 is not)
_TO_DATE = r"累计|累計|已|截至|截止|到[\u3400-\u9fff0-9０-９]{1,6}(?:底|末)|底|末|年初|原有|此前|之前|以前|前(?=[，,])"
# a figure said to add to what was said before it
_ADDS = r"再|又|新增|净增|淨增|另|追加|增加了?"
# a comparison, which is no addition
_COMPARED = r"比|较|較|同比|环比|環比"
# what names the later figure a total to its date (a span of its own may do so too)
_LATER = r"累计|累計|共计|共計|一共|总共|總共|合计|合計|总|總|共|目前|现在|現在|现有|現有|至今|迄今|为止|為止"
# a later total over a span longer than the periods read (历年共计, 多年来累计, 开办以来累计)
_LONGER = r"历年|歷年|历来|歷來|多年|近年|历史|歷史|以来|以來"
# the words that sum what came before (a total now, 目前, 现在, may be a level: 目前水位)
_SUMMED = r"累计|累計|共计|共計|一共|总共|總共|合计|合計|总计|總計"
# the words of a total's clause that name no thing: stripped before its subject is compared with
# the earlier figure's (累计达, 现在一共有, 签约总额累计达到 → 签约)
_PLAIN_WORDS = (r"累计|累計|共计|共計|一共|总共|總共|合计|合計|总额|總額|总数|總數|总量|總量|总计|總計|共有|共"
                r"|目前|现在|現在|现有|現有|至今|迄今|为止|為止|截至|截止|已经|已經|已|达到|達到|达|達|增至|增加到"
                r"|为|為|是|有|了|全部|全年|全天|全日|再|又|新增|完成|本市|全市|全县|全縣|全省|全区|全區"
                # (the name of what the figure's unit measures names no other thing: 累计造林面积达到
                # …万亩 after 累计完成造林…万亩)
                r"|面积|面積|里程|长度|長度|总长|總長|数量|數量|人数|人數|人次|金额|金額|规模|規模")
_CLAUSE_MARK = r"[，,；;：:。]"
# a period of an addition's own, where it says not that it adds: between two totals each 累计 it is
# the flow of that period (国庆前累计…，假期7天接待了…，累计…)
_OWN_PERIOD = (r"假期|假日|期间|期間|当天|當天|当日|當日|本月|本周|本週|这周|這週|今年|本年"
               r"|[0-9０-９一二三四五六七八九十两兩]+[个個]?(?:天|日|周|週|个月|個月)")
# what a figure between two totals may be instead: a part of the first, a peak
_NOT_ADDED = r"其中|最高|最多|峰值|单日|單日|日均|平均"
# the words of periods, stripped as well (1至10月, 前3季, 两周)
_PERIOD_WORDS = (r"[^\u3400-\u9fff]|[0-9０-９零〇一二三四五六七八九十两兩首次第前上下本这這今去全个個]|季度|季|月份?|周|週|星期"
                 r"|天|日|年|上午|下午|晚上|底|末|以来|以來")


def _no_space(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


class Span:
    """The period a figure's clause names: its scale, first and last unit (first None: to date)."""
    __slots__ = ("first", "last", "scale", "whole")

    def __init__(self, scale: str, first: int | None, last: int, whole: bool = False):
        self.scale, self.first, self.last, self.whole = scale, first, last, whole

    def __repr__(self) -> str:
        return f"Span({self.scale}, {self.first}, {self.last}{', whole' if self.whole else ''})"


def _span(clause: str) -> Span | None:
    """The finest period a clause names (1至9月 rather than the 今年 before it)."""
    found = _spans(clause)
    return max(found, key=lambda f: f[0])[1] if found else None


def _each(clause: str, count: int) -> list[Span]:
    """The periods a clause lists one by one for the figures after it (7月和8月又分别办理…和…):
    as many single periods as figures, in order, after 分别."""
    if "分别" not in clause and "分別" not in clause:
        return []
    listed = [span for _, span in sorted(_spans(clause), key=lambda f: f[0])]
    if len(listed) != count or any(s.first != s.last for s in listed):
        return []
    return listed


# a character every period names (月, 季度, 全年, 上午, 晚上, 全天, 第二周, 星期, 首日, 去年): a clause
# without one names none, and the fifteen patterns of _spans are not tried on it (557 of the 693
# clauses read over every 4th corpus file: _spans over them 8.5 ms -> 2 ms)
_PERIOD_CHARS = frozenset("月季年午晚天日周週期")


def _spans(clause: str) -> list[tuple[int, Span]]:
    """Each period of the finest scale a clause names, with where it ends."""
    found: list[tuple[int, Span]] = []
    if _PERIOD_CHARS.isdisjoint(clause):
        return found

    def add(m: re.Match | None, span: Span) -> None:
        if m:
            found.append((m.end(), span))

    for m in rx(_MONTH_SPAN).finditer(clause):
        add(m, Span("month", _n(m.group(1)), _n(m.group(2))))
    for m in rx(_MONTHS_FIRST).finditer(clause):
        add(m, Span("month", 1, _n(m.group(1))))
    for m in rx(_QUARTERS_FIRST).finditer(clause):
        add(m, Span("month", 1, 3 * _n(m.group(1))))
    for m in rx(_QUARTER).finditer(clause):
        q = _n(m.group(1)) if m.group(1) not in "1234１２３４" else int(m.group(1).translate(str.maketrans("１２３４", "1234")))
        # (一季度末: a stock at the end of the quarter)
        add(m, Span("month", None if clause[m.end():m.end() + 1] in ("末", "底") else 3 * q - 2, 3 * q))
    for m in rx(_MONTH_END).finditer(clause):
        add(m, Span("month", None, _n(m.group(1))))
    for m in rx(_MONTH).finditer(clause):
        add(m, Span("month", _n(m.group(1)), _n(m.group(1))))
    for word, (a, b) in _HALVES.items():
        for m in re.finditer(word, clause):
            add(m, Span("month", None if clause[m.end():m.end() + 1] in ("末", "底") else a, b, whole=word == "全年"))
    months = [s for _, s in found]
    if not months:
        for word, n in _DAYPARTS.items():
            for m in re.finditer(word, clause):
                add(m, Span("daypart", n, n))
        for m in rx(_WHOLE_DAY).finditer(clause):
            add(m, Span("daypart", 1, 3, whole=True))
    if not found:
        for m in rx(_WEEK_NUMBERED).finditer(clause):
            n = 1 if m.group(2) else _n(m.group(1))
            add(m, Span("week", n, n))
        for m in rx(_WEEKS_FIRST).finditer(clause):
            add(m, Span("week", 1, _n(m.group(1))))
        for m in rx(_DAY_NUMBERED).finditer(clause):
            n = _n(m.group(1)) if m.group(1) else 1 if m.group(2) else 2
            add(m, Span("day", n, n))
        for m in rx(_DAYS_FIRST).finditer(clause):
            add(m, Span("day", 1, _n(m.group(1))))
    if not found:
        for m in rx(_WEEK_REL_RX).finditer(clause):
            add(m, Span("week-now", _WEEK_REL[m.group(1)], _WEEK_REL[m.group(1)]))
        if not found:
            for m in rx(_YEAR_REL_RX).finditer(clause):
                add(m, Span("year-now", _YEAR_REL[m.group(1)], _YEAR_REL[m.group(1)]))
    return found


def _chains(earlier: Span, additions: list[Span], later: Span | None) -> bool:
    """The periods follow one another with none left out, and the later span is their union."""
    last = earlier.last
    for span in additions:
        if span.scale != earlier.scale or span.first != last + 1:
            return False
        last = span.last
    if later is None:
        return True
    if later.scale != earlier.scale:
        return False
    if later.whole and later.scale == "daypart":
        return later.first == earlier.first and last >= 2
    if later.first is not None and later.first != earlier.first:
        return False
    return later.last == last


def _context(text: str, lo: int, q: Quantity, first: bool) -> str:
    """The words before q back to the figure before it, without the rest of that figure's clause
    (its noun: 十二座温室大棚，去年又建了 → 去年又建了), and within q's sentence part (after a ；)."""
    ctx = text[lo:q.qual_start]
    ctx = ctx[max(ctx.rfind("；"), ctx.rfind(";"), ctx.rfind("。")) + 1:]
    if not first:
        m = rx(_CLAUSE_MARK).search(ctx)
        if m:
            ctx = ctx[m.end():]
    return _no_space(ctx)


def _counted_before(text: str, start: int, q: Quantity) -> bool:
    """A figure in q's unit in the paragraph before q's sentence: the count may have begun there."""
    para = text.rfind("\n", 0, start) + 1
    return bool(q.unit.name) and q.unit.name in text[para:start]


def _same_thing(later: str, said: str) -> bool:
    """The later total's subject names nothing the earlier figure's clause did not (签约总额累计达到
    after 签约项目金额为: 签约; not 集装箱吞吐量 after 货物吞吐量)."""
    rest = rx(_PERIOD_WORDS).sub(" ", rx(_PLAIN_WORDS).sub(" ", later))
    # (a word ending in the measure of a deed names the deed: 出口量 after 已累计出口; not a word of
    # two characters, 销量, 产量, whose first names no deed alone)
    rest = rx(r"(?<=[\u3400-\u9fff]{2})[量额額数數](?![\u3400-\u9fff])").sub(" ", rest)
    return all(w[i:i + 2] in said for w in rest.split() for i in range(len(w) - 1))


def to_date_totals(doc: Any, taken: set[int] | frozenset[int] = frozenset()) -> list[Relation]:
    relations = []
    text = doc.text
    for sentence in doc.shared(cue_sentences):
        qs = sentence.quantities
        if len(qs) < 3:
            continue
        # (the first figure of each family in the sentence, found once: a list of them for each
        # figure made a sentence of 30,000 figures quadratic)
        first_of: dict[str, Quantity] = {}
        for q in qs:
            first_of.setdefault(q.family, q)
        for k in range(2, len(qs)):
            later = qs[k]
            if later.start in taken:
                continue
            family = later.family
            if family in ("percent", "points") or family in LEVELS or family.startswith(("time-", "age")):
                continue
            same = [q for q in qs[max(0, k - _REACH):k] if q.family == family]
            if len(same) < 2:
                continue
            lo_l = same[-1].end
            later_ctx = _context(text, lo_l, later, False)
            if not rx(_LATER).search(later_ctx) and _span(later_ctx) is None:
                continue
            if rx(_COMPARED).search(later_ctx) or rx(r"(?:增加|增长|增長|减少|減少|下降)了?$").search(later_ctx):
                continue
            for n in range(1, min(_ADDITIONS, len(same) - 1) + 1):
                rel = _read(text, sentence.start, same, n, later, later_ctx, first_of[family])
                if rel is not None:
                    relations.append(rel)
                    break
    return relations


def _read(text: str, start: int, same: list[Quantity], n: int, later: Quantity, later_ctx: str,
          first_of_family: Quantity) -> Relation | None:
    """The relation of the figure n + 1 back (the earlier), the n after it (the additions) and the
    later figure, if they are one to-date total, its additions and the later total."""
    earlier = same[-n - 1]
    additions = same[-n:]
    first = earlier is first_of_family
    # the earlier figure's words: from the figure of the family before it, or the sentence start
    lo_e = same[-n - 2].end if len(same) > n + 1 else start
    e_ctx = _context(text, lo_e, earlier, lo_e == start)
    a_ctx = []
    lo = earlier.end
    for q in additions:
        a_ctx.append(_context(text, lo, q, False))
        lo = q.end
    if any(rx(_COMPARED).search(c) for c in (e_ctx, *a_ctx)):
        return None
    if rx("(?:%s)$" % _ADDS).search(e_ctx) and not rx(_TO_DATE).search(e_ctx):
        return None     # an addition itself, not a total to a date
    e_span, l_span = _span(e_ctx), _span(later_ctx)
    a_spans = [_span(c) for c in a_ctx]
    i = 0
    while i < len(a_ctx):
        # (7月和8月又分别办理0.9万件和1.5万件: the periods of one clause, one for each figure of it)
        following = next((j for j in range(i + 1, len(a_ctx)) if rx(_CLAUSE_MARK).search(a_ctx[j])), len(a_ctx))
        listed = _each(a_ctx[i], following - i) if following - i > 1 else []
        if listed:
            a_spans[i:following] = listed
        i = max(following, i + 1) if listed else i + 1
    to_date = rx(_TO_DATE).search(e_ctx) is not None
    adds = [rx(_ADDS).search(c) is not None for c in a_ctx]
    both_accrued = bool(rx(r"累计|累計").search(e_ctx)) and bool(rx(r"累计|累計").search(later_ctx))
    if l_span is not None and not (l_span.first in (None, 1) or l_span.whole):
        return None     # 10月累计…: a month of its own, no span to a date
    if e_span is not None and all(a_spans) and (l_span is not None or rx(_LATER).search(later_ctx)):
        # every period named: they must chain
        if to_date and e_span.first is not None and e_span.first == e_span.last and e_span.scale in (
                "week-now", "year-now", "month"):
            e_span = Span(e_span.scale, None, e_span.last)     # 上周已…, 去年累计…: to the end of it
        if e_span.first not in (None, 1) and e_span.scale not in ("week-now", "year-now"):
            return None     # 3至5月…: no span from the start
        if e_span.scale in ("week-now", "year-now") and e_span.first is not None and not (
                first and all(adds) and not _counted_before(text, start, later)):
            return None     # 去年完成12座，今年完成…: the first of a series is a total only when
            #                 all after it say they add (再, 又), and nothing of its unit was
            #                 counted before it in the paragraph (…当年完成10座。去年完成12座…)
        if e_span.scale in ("week-now", "year-now") and l_span is not None:
            return None
        if not _chains(e_span, [s for s in a_spans if s], l_span):
            return None
        if l_span is None and not rx(_SUMMED).search(later_ctx) and not all(adds):
            return None     # 上午水位28.5米，下午水位29.1米，目前水位…: levels, not flows; a total
            #                 now (目前, 现在) after periods adds up only what is said to add (再, 又)
    elif l_span is None and rx(_LATER).search(later_ctx):
        # periods not all named: a total to a date, additions that say so, a total now
        if any(s is not None for s in a_spans) and e_span is not None and any(
                s.scale == e_span.scale for s in a_spans if s):
            return None     # periods of one scale named, yet not all: not read
        if not (to_date or (e_span is not None and e_span.first == 1 and e_span.scale in ("day", "week"))):
            return None
        # (a flow of a period of its own between two totals adds only when it is their deed: 今年
        # 完成补植5,000亩 between two 累计造林 totals adds no forest)
        if not all(a or (both_accrued and rx(_OWN_PERIOD).search(c) and not rx(_NOT_ADDED).search(c)
                         and _same_thing(later_ctx, c))
                   for a, c in zip(adds, a_ctx, strict=True)):
            return None
    else:
        return None
    # (the later total is the earlier figure's thing: 会员人数3月底为…，4月完成培训…，累计培训… is not)
    if not _same_thing(later_ctx, e_ctx) or rx(_LONGER).search(later_ctx):
        return None
    added = rx(SUM_OF_ADDITIONS).search(later_ctx)
    if added and added.group(1) not in e_ctx:
        return None     # 原有40家，…新增6家，…新增9家，累计新增15家: a sum of the additions, no stock
    other_year = rx(r"去年|上年|前年|同期")
    if other_year.search(later_ctx) and not other_year.search(e_ctx):
        return None     # (今年一季度…320亿元，1月…，2月…，3月…，去年一季度完成280亿元: last year's)
    if any(rx(PLANNED).search(c) for c in (*a_ctx, later_ctx)):
        return None     # (今年计划再建3万个，到2025年底总数达到8万个: a target of a later date)
    if any(lost_in_its_clause(text, q) for q in additions):
        return None     # (…再新設38處，另有5處因租約到期停止營運，目前…: taken away, said after its figure)
    end = text.find("。", later.end)
    if rx(LOST).search(text, later.end, end if end >= 0 else len(text)):
        return None     # (…，累计汰换达5万盏，其中2,000盏因重复申报剔除: some taken out, unsaid before)
    if rx(INCLUDES_MORE).match(text, later.end):
        return None     # (上午…，下午…，全天共就诊3,300人次，含夜间急诊400人次: more than the periods)
    if not all(bounded(q) and not per_unit(q) for q in (earlier, later, *additions)):
        return None     # (月均…, 每天…: an average, no total to a date)
    if not changes_fill_the_time(e_ctx, list(a_ctx), later_ctx):
        return None     # (截至2021年底…，2022年又新建12个，目前累计…: the years after 2022 unsaid)
    if not stock_of_the_same(text, e_ctx, earlier, [(q, False) for q in additions], later):
        return None     # (已完成主梁架设1.2公里，本月又架设0.3公里，大桥总长为2.8公里: the whole's extent)
    return accrual_relation(earlier, [(q, False) for q in additions], later)
