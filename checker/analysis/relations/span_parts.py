"""The parts of a span of time: a whole stated for a span, then its figure for each period of it.

    一季度…出入境人员63万人次，1月、2月、3月分别为19万人次、21万人次和23万人次
    第一季登记新设公司96家，1月28家、2月25家、3月43家
    中秋连假三天…游客总计18.6万人次，首日5.2万人次、第二天7.1万人次、第三天6.3万人次
    三年间…累计植树造林14.5万亩，三年分别完成4.2万亩、4.8万亩和5.5万亩

The span is named before the whole, in its clause or in clauses with no figure before it: a union
of periods (一季度 is 1月 2月 3月, 全年 its quarters or its halves: vocabulary.PERIOD_UNIONS) or a
count of periods (三天, 三年间). The parts follow the whole at once, of its family, one per period
of the span, each period named and every one another (running.py tells periods apart and labels
them: 一季度 and 第一季度 are one); named one by one before each figure, or all before 分别.
Periods that are every period of the span are all of it: their figures must make the whole
(within rounding). Any other period (去年, 1至2月), a figure of a change, or one period too few or
too many, and the whole is not read."""
from __future__ import annotations

from itertools import pairwise

from ...typenames import TYPE_CHECKING
from .common import Relation, between, bounded, clause_spans, how_much_changed, is_amount
from .cues import Sentence
from .interval import Interval
from .running import figures_by_period, periods_named, span_periods
from .sum_of_parts import weigh_parts
from .vocabulary import PERIOD_WHOLES, REACHED, reached_in, rx

if TYPE_CHECKING:
    from typing import Any

    from ..quantities import Quantity

# a span named by a count of its periods (三天, 两周, 5个月, 两个季度, 三年间, 近5年) or by their union
# (一季度, 上半年). Not a point of time: 3日 is a date, 三月 March, 二季度 the second quarter, 99年 and
# 2023年 years (a count of years in figures needs a word of a span: 近5年, 5年间)
_COUNTED_SPAN = (r"(?<![第0-9０-９])(?:(?:[0-9０-９]{1,2}|[二两兩三四五六七八九十])(?:天|周|週)"
                 r"|(?:[0-9０-９]{1,2}|[二两兩三四五六七八九十])[个個](?:月|季度)"
                 r"|[两兩三四五六七八九十]年"
                 r"|(?:前|这|這|近|过去|過去)[0-9０-９]{1,2}年|[0-9０-９]{1,2}年(?=间|間|来|來|内|內|里|裡))"
                 r"(?![级級龄齡度底末初])")
_SPAN = r"%s|%s" % (_COUNTED_SPAN, "|".join(sorted(PERIOD_WHOLES, key=len, reverse=True)))
# what the parts' list holds: 分别 before their figures, or its first period (1月, 一季度, 首日 …);
# a sentence with neither is not read (most sentences name a date, so a span's characters alone
# chose nearly every one)
# (every word opens with its own character, and the look-behind comes after the digit it is of,
# so that re skips to the words' first characters instead of trying the pattern at every place of
# every chosen sentence: 4.4 ms -> 0.9 ms over every 6th file of the corpus, ~1% of NUM's time; the
# same sentences pass: (?<![0-9０-９])0?1月 is 01月 or 1月 after no digit)
_PARTS_LISTED = r"分别|分別|0(?<![0-9０-９]0)1月|1(?<![0-9０-９]1)月|一季度|1季度|第[一1]季|首日|第一天|上午|上半年"
# the periods named together before 分别 (1月、2月、3月分别为; 三年分别完成)
_NAMES_BEFORE = r"(?P<names>[^，,；;。]{1,30}?)(?:分别|分別)[\u3400-\u9fff]{0,4}?(?:为|為|是|达|達|完成|实现|實現)?$"
_NAME_SPLIT = r"、|和|及|与|與"
# a figure compared with another time's (同比, 比1月, 较上年同期): a change or a comparison, no part
_COMPARED = r"同比|环比|環比|同期|比|较|較"


def span_parts(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    text = doc.text
    if not rx(_PARTS_LISTED).search(sentence.text):
        return []
    qs = sentence.quantities
    found: list[Relation] = []
    clauses = clause_spans(text, sentence.start, sentence.end)
    for k, whole in enumerate(qs[:-1]):
        if not (is_amount(whole) and bounded(whole) and whole.low > 0):
            continue
        readings = _span_before(text, qs, starts, clauses, whole)
        if not readings:
            continue
        after = [q for q in qs[k + 1:] if q.family == whole.family]
        for kind, wanted in readings:
            parts = _parts_of(text, whole, after, kind, wanted)
            if parts:
                verdict = weigh_parts(parts, parts, whole, exhaustive=True, threshold=False)
                if verdict and not verdict.ok and whole.family in REACHED \
                        and reached_in(text[sentence.start:parts[0].qual_start], [q.lead for q in parts]) \
                        and not any(Interval.of(q).above(Interval.of(whole)) for q in parts):
                    verdict = None  # (今年共走访企业1,200家，一季度走访680家，二季度走访720家: a firm
                    #                 visited in both quarters is counted once in the year)
                if verdict:
                    found.append(verdict)
                break
    return found


def _span_before(text: str, qs: list[Quantity], starts: list[int], clauses: list[tuple[int, int]],
                 whole: Quantity) -> list[tuple[str, frozenset[str]]]:
    """The readings of the span the whole is stated for: the last span named in its clause before
    it, or in the clauses right before that one with no figure of its kind (中秋连假三天，…)."""
    k = next(i for i, (a, b) in enumerate(clauses) if a <= whole.start < b + 1)
    lo = clauses[k][0]
    while k > 0 and not any(q.family == whole.family for q in between(qs, starts, *clauses[k - 1])):
        k -= 1
        lo = clauses[k][0]
    if any(q.end <= whole.qual_start and q.family == whole.family for q in between(qs, starts, lo, whole.qual_start)):
        return []       # (another figure of its kind before it: the span may be that one's)
    spans = list(rx(_SPAN).finditer(text, lo, whole.qual_start))
    if not spans:
        return []
    return span_periods(spans[-1].group())


def _parts_of(text: str, whole: Quantity, after: list[Quantity], kind: str,
              wanted: frozenset[str]) -> list[Quantity] | None:
    """The figures right after the whole that are its span's periods, one each, or None."""
    count = int(next(iter(wanted))) if len(wanted) == 1 and next(iter(wanted)).isdigit() else len(wanted)
    parts = after[:count]
    if len(parts) != count or count < 2:
        return None
    if not all(is_amount(q) and bounded(q) for q in parts):
        return None
    # nothing but the periods, the figures and their words between them: no other figure, no
    # change (比1月增加), no other time (去年同期)
    if any(how_much_changed(q) for q in parts) \
            or rx(_COMPARED).search(text, whole.end, parts[-1].start) \
            or rx(r"[。；;]").search(text, whole.end, parts[-1].start):
        return None
    first_clause = max(text.rfind(mark, whole.end, parts[0].qual_start) for mark in "，,：:")
    if first_clause < 0:
        return None     # (the parts open a clause of their own after the whole's)
    names = rx(_NAMES_BEFORE).search(text, first_clause + 1, parts[0].qual_start)
    if names:
        # all named before 分别, the figures after it one per name, in a list of their own
        if not all(rx(r"\s*(?:、|和|及|与|與|，|,)\s*").fullmatch(text, p.end, q.qual_start)
                   for p, q in pairwise(parts)):
            return None
        named = [n.strip() for n in rx(_NAME_SPLIT).split(names.group("names").strip())]
        return parts if periods_named(named, kind, wanted) else None
    return parts if figures_by_period(text, parts, kind, wanted) else None
