"""A period's figure and the figures of the periods that make it up, in sentences of their own:
`今年前三季度，港口完成货物吞吐量2860万吨。分季度看，一季度完成870万吨，二季度完成965万吨，三季度
完成1025万吨。` (870 + 965 + 1025 = 2860); `今年1至5月，全省完成水利投资316.3亿元。6月份完成投资
96.3亿元。上半年，全省水利投资总额达到412.6亿元。` (316.3 + 96.3 = 412.6).

A flow over a span of months (前三季度, 1至9月, 上半年: periods.span_named) is the sum of its flows
over periods that tile it: each named by its own period, one after another in the text, together
every month of the span and none twice. The whole and its parts stand within three sentences of
each other in one passage (common.goes_on_from), at least one part in another sentence than the
whole (one sentence is read by span_parts.py and to_date.py). They measure one thing: each part's
words, its period and the generic words aside, say nothing or what the whole's words say (接待游客
is no part of 接待境外游客); where none says anything, a frame opens them (分季度看，…; 其中，…) or
they follow the whole at once. Where another figure of the passage is of the same span, the parts'
words must name their whole apart from it.
Figures of changes (同比增长…), of other years (去年同期), per a time (日均), levels and stocks at a
date (截至9月底) are none of them.
"""
from __future__ import annotations

import bisect

from ...typenames import TYPE_CHECKING
from ..sentences import sentences
from .common import (
    Relation,
    bounded,
    compared_state,
    goes_on_from,
    how_much_changed,
    is_amount,
    is_level,
    per_time,
    per_unit,
    quantities_of_sentence,
    shares_noun,
    words_start,
)
from .periods import end_named, span_named
from .sum_of_parts import weigh_parts
from .vocabulary import VERB, rx

if TYPE_CHECKING:
    from typing import Any

    from ..quantities import Quantity

# how many sentences before and after the whole's its parts may stand
_REACH = 3
# the periods a span is made of, named by quarters or months (一季度, 第2季, 6月份, 7月…), not a date
# (10月20日, 9月底): a document naming fewer than two has no parts of a span to read
# (each alternative opens with its own character, 季 or 月, the number before it tested by a
# look-behind, so that re skips to those characters: opening with the number, the scan was tried
# at every digit, five times as long, and with a look-behind first at every place of every text.
# A match ends where the period's name ends; it starts at 季 or 月, not at the number.)
_PERIOD_WORDS = (r"季(?<=[一二三四1-4１-４]季)(?<![前至到\-－—][一二三四1-4１-４]季)(?:度|(?!度))(?!末|底)"
                 r"|月(?:(?<=1[0-2]月)|(?<=[1-9]月)(?<![0-9０-９][1-9]月)|(?<=[十一二三四五六七八九]月))"
                 r"(?:份|(?![0-9０-９一二三四五六七八九十日号號底末初中上下旬]))")
# a span of several months: the whole's (前三季度, 1至9月, 上半年, 前5个月, 一至三季度)
_SPAN_WORDS = (r"上半年|下半年|前[两兩二三]季|[一二三四1-4１-４]季|全年|[0-9０-９]年[，,]|(?:1[0-2]|0?[1-9]|[一二三四五六七八九十])(?:月份?)?(?:至|到|-|－|—|～|~)(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
               r"|前(?:[0-9０-９]{1,2}|[二两兩三四五六七八九十])(?:个|個)?月")
# (what a text must hold for _SPAN_WORDS to match, each alternative opening with a character of
# its own and testing the digits before it by a look-behind, so that re skips to those characters:
# opening with the digits, the scan was tried at every digit of every text, 0.075 s of NUM's ~1 s
# over every 4th corpus file)
_SPAN_HINT = (r"上半年|下半年|前[两兩二三]季|季(?<=[一二三四1-4１-４]季)|全年|年(?<=[0-9０-９]年)[，,]"
              r"|月(?:(?<=[至到\-－—～~][1-9一二三四五六七八九十]月)|(?<=[至到\-－—～~](?:1[0-2]|十[一二])月))"
              r"|前(?:[0-9０-９]{1,2}|[二两兩三四五六七八九十])(?:个|個)?月")
# another year than the text's own, a comparison, or a change: no flow of the span's
_OTHER_TIME = r"去年|上年|前年|同期|同比|环比|環比|较|較|比上|比去"
# the words that say nothing of what a figure measures: periods, times, places, totals, verbs of doing
_SAYS_NOTHING = (r"受[\u3400-\u9fff]{1,10}?(?:影响|影響|带动|帶動|拉动|拉動)|(?:第)?[一二三四1-4１-４](?:季度|季)|(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])(?:月份?|月)"
                 r"|[0-9０-９]{1,2}(?:至|到|-|－|—)|前[两兩二三]季度?|前[0-9０-９二两兩三四五六七八九十]{1,2}(?:个|個)?月"
                 r"|上半年|下半年|今年|全年|本年|当年|當年|单月|單月|当月|當月|全[省市县縣区區镇鎮乡鄉国國]|本[省市县縣区區]|[我该該][省市县縣区區]"
                 r"|(?:分|从|從|按)(?:季|月)(?:度|份)?(?:来|來)?(?:看|观察|觀察)|其中|当中|當中|累计|累計|合计|合計|共计|共計|总计|總計|总额|總額|总量|總量|共|总|總"
                 r"|完成|实现|實現|达到|達到|达|達|为|為|是|有|约|約|近|逾|超过|超過|单|單|又|再|则|則|也|已|以|的|了"
                 r"|更|还|還|仍|[，,：:、\s（）()]")
# a frame opening the parts: 分季度看，… ; 其中，…
_FRAME = r"(?:分|从|從|按)(?:季|月)(?:度|份)?(?:看|来看|來看|计|計|观察|觀察)|其中|当中|當中"


def period_sums(doc: Any) -> list[Relation]:
    text = doc.text
    # (a year is named in most texts: the hint holds one opening a clause only, 2024年，…)
    if not _span_with_periods_near(text):
        return []
    spans = doc.shared(sentences)
    found: list[Relation] = []
    seen: set[int] = set()
    # (the sentences naming a span of months: the whole's sentence need not hold a cue word)
    chosen = sorted({bisect.bisect_right(spans.starts, m.start()) - 1 for m in rx(_SPAN_WORDS).finditer(text)} - {-1})
    for i in chosen:
        sentence = quantities_of_sentence(doc, i)
        if sentence is None:
            continue
        for whole in sentence.quantities:
            if whole.start in seen or not _a_flow(text, whole):
                continue
            words = _words(text, whole, sentence.start, sentence.quantities)
            span = span_named(words)
            if span is None or span[0] == span[1] or end_named(words) is not None or rx(_OTHER_TIME).search(words):
                continue
            tiled = _tiling(doc, spans, sentence.start, whole, span)
            if tiled is None or any(q.start in seen for q, _ in tiled) or not _one_measure(text, whole, words, tiled):
                continue
            if _another_whole(doc, spans, sentence.start, whole, span, tiled):
                continue    # (1至6月…新登记求职18万人。…第1季…，第2季…。上半年求职就业12万人: which is theirs?)
            parts = [q for q, _ in tiled]
            seen.update(q.start for q in parts)
            verdict = weigh_parts(parts, parts, whole, exhaustive=True, threshold=False)
            if verdict is not None:
                found.append(verdict)
    return found


# how far from a span's name its parts' periods may stand (three sentences of news copy)
_NEAR = 300


def _span_with_periods_near(text: str) -> bool:
    """Some name of a span has two periods it may be made of named near it, outside it. Each
    pattern scans the text once, and the periods near a span are looked up by position: scanning
    600 characters around every span's name (全年 and 2024年， are in most texts) was 0.07 s of
    NUM's ~1 s over every 4th corpus file."""
    hints = [(m.start(), m.end()) for m in rx(_SPAN_HINT).finditer(text)]
    if not hints:
        return False
    periods = [(m.start(), m.end()) for m in rx(_PERIOD_WORDS).finditer(text)]
    if len(periods) < 2:
        return False
    period_starts = [start for start, _ in periods]
    for start, end in hints:
        near = periods[bisect.bisect_left(period_starts, start - _NEAR):
                       bisect.bisect_right(period_starts, end + _NEAR)]
        if sum(1 for s, e in near if (e <= start or s >= end) and e <= end + _NEAR) >= 2:
            return True
    return False


def _a_flow(text: str, q: Quantity, part: bool = False) -> bool:
    """q is a flow of its period: an amount, no change of another figure, no level, nothing per a time.
    A part may be said as the level its period reached from the one before (2月…降至3,470万人次):
    that is still its period's figure."""
    reached = part and rx(r"(?:%s|降|升|增|减|減|滑|落)(?:至|到)$" % VERB).search(q.lead) is not None \
        and not per_unit(q) and not q.family.startswith(("time-", "age"))
    return (reached or (is_amount(q) and not how_much_changed(q))) and bounded(q) and q.low > 0 \
        and not is_level(q) and not per_time(q) and not compared_state(text, q) and q.family not in ("percent", "points")


def _words(text: str, q: Quantity, lo: int, qs: list[Quantity]) -> str:
    """The words before q back to the figure of its family before it in its sentence (qs), or to
    the sentence's start: the period a clause before names (今年1至9月，全省完成…; 二季度，全区又举办
    招聘活动46场，城镇新增就业…)."""
    start = max([lo, *(p.end for p in qs if p.end <= q.qual_start and p.family == q.family)])
    return text[start:q.qual_start]


def _own(words: str) -> str:
    """What the words of a figure's own clause say it measures, the words that say nothing aside."""
    # (its last ten characters: what names the measure stands right before the figure, and
    # common.shares_noun reads ten)
    clause = rx(r"[，,；;：:]").split(words)[-1]
    # (a level its period reached says nothing more: 客运量降至, 租借量下滑至, 回升至)
    clause = rx(r"(?:%s|降|升|增|减|減|滑|落)(?:至|到)$" % VERB).sub("", clause)
    return rx(_SAYS_NOTHING).sub("", clause)[-10:]


def _window(doc: Any, spans: Any, start: int) -> list[int]:
    """The indices of the sentences within _REACH of the one starting at `start` that go on from
    it, or it from them, one passage (common.goes_on_from)."""
    text = doc.text
    i = bisect.bisect_right(spans.starts, start) - 1
    window = [i]
    for step in (-1, 1):
        k = i
        while abs(k + step - i) <= _REACH and 0 <= k + step < len(spans):
            a, b = (k + step, k) if step < 0 else (k, k + step)
            if not goes_on_from(text, spans.ends[a], spans.starts[b]):
                break
            k += step
            window.append(k)
    return sorted(window)


def _tiling(doc: Any, spans: Any, start: int, whole: Quantity,
            span: tuple[int, int]) -> list[tuple[Quantity, str]] | None:
    """The figures of the whole's family in its passage, each of a period inside its span, that
    tile the span in text order, one of them in another sentence, each with its words; None if
    none do."""
    text = doc.text
    named: list[tuple[Quantity, str, tuple[int, int]]] = []
    for j in _window(doc, spans, start):
        held = quantities_of_sentence(doc, j)
        if held is None:
            continue
        for q in held.quantities:
            if q.start == whole.start or q.family != whole.family or not _a_flow(text, q, part=True):
                continue
            words = _words(text, q, spans.starts[j], held.quantities)
            period = span_named(words)
            if period is None or rx(_OTHER_TIME).search(words) or end_named(words) is not None:
                continue
            if span[0] <= period[0] <= period[1] <= span[1] and period != span:
                # (what names the measure follows the period's name; words before it describe the
                # period: 海上花火節開幕的5月增加到…)
                last = None
                for last in rx(_PERIOD_WORDS).finditer(words):
                    pass
                named.append((q, words[last.end():] if last else words, period))
    # a run of them in text order, one after the other, from the span's first month to its last
    for k, (first, words, period) in enumerate(named):
        if period[0] != span[0]:
            continue
        run = [(first, words, period)]
        for q, w, p in named[k + 1:]:
            if p[0] != run[-1][2][1] + 1:
                break
            run.append((q, w, p))
            if p[1] == span[1]:
                if any(not _same_sentence(text, whole, q) for q, _, _ in run):
                    return [(q, w) for q, w, _ in run]
                return None
    return None


def _measure_named(own: str, said: str) -> bool:
    """own names the measure of what said does, by its characters and 量 (客运量 of 运送乘客)."""
    return own.endswith("量") and len(own) >= 3 and all(c in said for c in own[:-1])


def _another_whole(doc: Any, spans: Any, start: int, whole: Quantity, span: tuple[int, int],
                   parts: list[tuple[Quantity, str]]) -> bool:
    """Another figure of the whole's family and span stands in its passage, and the parts' words do
    not name the whole's measure apart from that one's: which whole they make up is not said."""
    text = doc.text
    own = [o for o in (_own(w) for _, w in parts) if len(o) >= 2]
    for j in _window(doc, spans, start):
        held = quantities_of_sentence(doc, j)
        if held is None:
            continue
        for q in held.quantities:
            if q.start == whole.start or q.family != whole.family or not _a_flow(text, q):
                continue
            words = _words(text, q, spans.starts[j], held.quantities)
            if span_named(words) != span:
                continue
            mine, theirs = _own(_words(text, whole, words_start(text, whole.qual_start, "。！？\n"), [])), _own(words)
            if not own or any(shares_noun(o, theirs) or not shares_noun(o, mine) for o in own):
                return True
    return False


def _same_sentence(text: str, a: Quantity, b: Quantity) -> bool:
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return rx(r"[。！？!?\n]").search(text, lo, hi) is None


def _one_measure(text: str, whole: Quantity, whole_words: str, parts: list[tuple[Quantity, str]]) -> bool:
    """The parts measure what the whole does: each says nothing of its own (一季度完成870万吨) or
    what it says is in the whole's words (6月份完成投资 of 水利投资); where none says anything, a frame
    opens them (分季度看，…) or they follow the whole at once."""
    said = _own(whole_words)
    if len(said) < 2:
        return False
    own = [_own(words) for _, words in parts]
    if any(len(o) >= 2 and o not in said and not _measure_named(o, said) for o in own):
        return False    # (a part naming more than the whole, 接待游客 of 接待境外游客, measures another thing)
    if "的" in rx(r"[，,；;：:]").split(whole_words)[-1] and not any(said in o for o in own):
        return False    # (上半年，經桃園機場入境的來臺旅客…: a whole named by a clause the parts do not say, some of theirs)
    if any(len(o) >= 2 for o in own):
        return True
    first = parts[0][0]
    return rx(_FRAME).search(text, max(0, first.qual_start - 14), first.qual_start) is not None \
        or whole.start < first.start
