"""Rate from two counts: `计划改造农村危房360户，已竣工342户，完工率达98%` (342 ÷ 360 = 95%).

A rate word (rules/data/num_words.txt, rates: 完成率, 完工率, 办结率, 覆盖率, 合格率 …) leads a
percentage; the two counts it is computed from are the last two amounts of one family before it
in its sentence, with no other amount of that family between them: the later is the numerator,
the earlier the base.
"""
from __future__ import annotations

import bisect
import functools
from bisect import bisect_left
from itertools import pairwise

from ...typenames import TYPE_CHECKING
from ..sentences import sentences
from .common import (
    CLAUSE_MARK,
    Relation,
    bounded,
    compared_state,
    counted,
    goes_on_from,
    is_amount,
    percent_relation,
    quantities_of_sentence,
    sentence_holding,
    shares_noun,
    words_start,
)
from .cues import cue_sentences, no_cue
from .interval import Interval
from .vocabulary import VERB, WORDS, rx

if TYPE_CHECKING:
    from typing import Any

    from ..quantities import Quantity

# (or the share of a plan done: 已建成4600个，完成年度任务的92%)
_PLAN_DONE = r"完成了?[\u3400-\u9fff]{0,6}(?:任务|任務|目标|目標|计划|計劃|预算|預算)(?:数|數)?的$"
# (what may stand between a rate's word and its figure: a copula, a hedge, both: 覆盖率约为84.9%)
_COPULA = r"(?:约|約|大约|大約)?(?:为|為|达|達|达到|達到|是|仅为|僅為|已达|已達)?"
# the rate words of the data (完成率, 覆盖率 …) as one alternation
_RATE_WORDS = "|".join(WORDS["rates"])
_RATE_LEAD = (r"(?:%s)%s$|%s" % (_RATE_WORDS, _COPULA, _PLAN_DONE))
# A rate word not in the list whose stem names what the later count did (已改造36座，改造率…;
# 防治面积26万亩，防治率…: the stem anywhere in the words before the count, not negated),
# in a sentence read for another cue: X率 right after a count led by X is that count over the
# earlier one. (Every X率 is no cue of its own: 增长率, 利率 and 失业率 are far more common.)
_STEM_RATE = r"([\u3400-\u9fff]{2})率%s$" % _COPULA


# a figure named as what was planned or aimed at (计划改造…360户, 年度计划为5万套, 原訂…3,000班, 目标…):
# the base of a rate of a plan done, wherever it stands, which the count done may exceed (已完成
# 3,348班 of 3,000班: 达成率 111.6%). The plan word opens what names the figure, or follows 原, 年度,
# 今年 (原计划, 年度计划为): not the end of a programme's name (已实施营养改善计划的学校: those in it)
_PLANNED = r"(?:^|(?<=[原度年里裡]))(?:计划|計劃|目标|目標|任务|任務)(?!的)|原订|原訂|原定|预定|預定"

# a count named as what a rate is computed on (以长者人口66万8,420人计算, 按常住人口…计)
_BASE_OF_THE_SUM = r"(?<![可所予上])(?:以(?!上)|按照|按)[\u3400-\u9fff]{0,8}$"
_COMPUTED_ON = r"[\u3400-\u9fff]{0,4}?(?:计算|計算|为基数|為基數)"


def _computed_on(text: str, q: Quantity) -> bool:
    """q is named as what a rate is computed on (以长者人口66万8,420人计算, 按常住人口…为基数)."""
    return rx(_BASE_OF_THE_SUM).search(q.lead) is not None and rx(_COMPUTED_ON).match(text, q.end) is not None
# the base framing the part right after it (156个行政村中已有148个…): the part counts the base's noun
_FRAMED_BY_BASE = r"[\u3400-\u9fff]{1,8}(?:中|当中|當中|里|裡)[，,]?(?:已有|已经有|已經有|有|已|共有)?$"


def rates(doc: Any) -> list[Relation]:
    if no_cue(doc):
        return []
    relations: list[Relation] = []
    text = doc.text
    for sentence in doc.shared(cue_sentences):
        qs = sentence.quantities
        starts = [q.start for q in qs]
        for i, rate in enumerate(qs):
            if rate.family != "percent" or not bounded(rate):
                continue
            stem = None
            if not rx(_RATE_LEAD).search(rate.lead):
                stem = rx(_STEM_RATE).search(rate.lead)
                if not stem or rx(VERB).search(stem.group(1)):
                    continue    # 增长率: a change, not a share of two counts
            # the counts are near the rate: look back at most 8 figures (amounts of money only for
            # the share of a plan done: 计划投资12亿元，完成投资9.6亿元，完成了年度投资计划的80%)
            # (or for a rate named by the verb of its count: 已執行43.5億元，執行率75%)
            plan = stem is None and rx(_PLAN_DONE).search(rate.lead) is not None
            # (not the earlier state of a comparison: 完成12.46亿元，比去年同期的11.38亿元增加…，完成年度
            # 预算的54.2% — last year's figure is no plan of this one)
            before = [q for q in qs[max(0, i - 8):i] if is_amount(q)
                      and not (compared_state(text, q) and rx(r"\s?(?:%s)" % VERB).match(text, q.end))]
            # (a rate word after the name of what it is of, 投资完成率: its counts are those so named,
            # 计划投资32亿元…完成投资27.2亿元, not the counts of projects beside them)
            of_what = rx(r"([\u3400-\u9fff]{2})(?:%s)" % _RATE_WORDS).search(rate.lead)
            named_counts = [q for q in before if of_what.group(1) in q.lead] if of_what and stem is None else []
            if len(named_counts) >= 2:
                before = named_counts
            # (the count named by the rate's verb may come first: 預算執行8.4億元，核定預算10.5億元，
            # 執行率80%: the numerator is the one its verb names, wherever it stands)
            named_first = stem is not None and len(before) >= 2 and stem.group(1) in before[-2].lead \
                and stem.group(1) not in before[-1].lead
            own_verb = stem is not None and bool(before) and (before[-1].lead.endswith(stem.group(1)) or named_first)
            if not plan and not own_verb and len(named_counts) < 2:
                before = [q for q in before if q.family != "money"]
            if len(before) < 2:
                relation = None
                if stem is None and not plan:
                    relation = _counts_after(text, qs[i + 1:i + 4], rate)
                if relation is None and not plan and len(before) == 1:
                    relation = _count_further_back(doc, sentence.start, before[0], rate, stem.group(1) if stem else "")
                if relation is None and not plan and not before:
                    relation = _counts_in_a_sentence_before(doc, sentence.start, rate, stem.group(1) if stem else "")
                if relation is not None:
                    relations.append(relation)
                continue
            part, base = (before[-2], before[-1]) if named_first else (before[-1], before[-2])
            if _computed_on(text, part):
                part, base = base, part     # (已有35萬1,275人完成接種，以長者人口66萬8,420人計算，接種率…:
                #                             the count the rate is computed on, said after)
            planned = [q for q in (part, base) if planned_in_words(text, q, plan)]
            lo, hi = min(part.end, base.end), max(part.start, base.start)
            if any(q.family == part.family for q in qs[bisect_left(starts, lo):bisect_left(starts, hi)]):
                planned = []    # (原计划1,200个，后调增至1,500个，已建成1,380个: the plan changed since)
            if len(planned) == 1:
                # (已筹集5.6万套，年度计划为5万套，完成年度计划的112%: the plan is the base, said second)
                part, base = (base, part) if planned[0] is part else (part, base)
            named = rx(r"(?<![不未没沒无無])([\u3400-\u9fff]{2})率").search(rate.lead)
            # (检出不合格18批次，合格率98.5%: the count is of what failed, the rate of the rest; of the
            # base, when that is no count of what passed: 合格样品300批次，不合格65批次 — 300 is no total)
            failed = named is not None and rx(r"(?:不|未|没|沒|无|無)%s" % named.group(1)).search(part.lead) is not None
            rest = named is not None and failed and not rx(r"(?<![不未没沒无無])%s" % named.group(1)).search(
                text, words_start(text, base.qual_start, "，,；;。\n"), base.qual_start)
            if failed and not rest:
                continue
            if stem and not rest and not rx(r"(?<![未不没沒])%s" % stem.group(1)).search(part.lead + _said_after(text, part)):
                continue    # (the stem anywhere in the count's words: 防治面积26万亩，防治率65%; or its
                #             clause after it: 已有3.76万人完成年度健康体检，体检率…)
            if rx(r"[；;。]").search(text, base.end, rate.qual_start):
                continue
            more = [q for q in before[-4:-2] if q.family == part.family]
            if any(q.family == part.family for q in before[:-4]):
                continue    # four counts of one kind or more: too many readings
            if not more:
                first, second = sorted((part, base), key=lambda q: q.start)
                if rx(r"[^，,；;：:]*、[^，,；;：:]*").fullmatch(text, first.end, second.qual_start):
                    continue    # 宫颈癌筛查12.36万人、乳腺癌筛查11.84万人，完成年度任务的…: two items of a
                    #             list side by side, neither the base of the other
                relation = _rate_of(text, part, base, rate, beyond=len(planned) == 1 and not rest, rest=rest)
                if relation is not None:
                    relations.append(relation)
                continue
            if rest:
                continue    # (the rest of which of three counts is not said)
            # three counts of one kind (应到250名，实到238名，请假12名，出席率…): which two is not
            # said; every later-over-earlier pair is read, and the rate is verified when exactly
            # one fits
            counts = sorted([*more, part, base], key=lambda q: q.start)
            if any(not rx(r"[，,；;]").search(text, a.end, b.qual_start) for a, b in pairwise(counts)):
                continue    # 3所、5所、2所: a list of parallel counts, none the base of another
            readings = [r for r in (_rate_of(text, later, earlier, rate) for k, earlier in enumerate(counts)
                                    for later in counts[k + 1:]
                                    if not stem or rx(r"(?<![未不没沒])%s" % stem.group(1)).search(later.lead))
                        if r is not None]
            fitting = [r for r in readings if r.ok]
            if len(fitting) == 1:
                relations.append(fitting[0])    # (one pair fits: that is the rate's, verified)
            # (none fits: the rate may count two of them together, 已就业1080人，升学60人，就业率95%,
            # or their complement: no pair is the rate's, and nothing is reported)
    return relations


def _counts_after(text: str, after: list[Quantity], rate: Quantity) -> Relation | None:
    """A rate stated before its two counts, in the clause right after it, the base framing the
    part (通过率为36.9%，申请的236件中有87件获得补助): the part over the base."""
    if len(after) < 2:
        return None
    base, part = after[0], after[1]
    if len(rx(CLAUSE_MARK).findall(text, rate.end, base.qual_start)) != 1 \
            or rx(CLAUSE_MARK).search(text, base.end, part.qual_start) \
            or not rx(_FRAMED_BY_BASE).match(text, base.end, part.qual_start) \
            or not (is_amount(base) and is_amount(part)):
        return None
    if rx(r"[^，,；;。]{0,6}?(?:不|未|没|沒|无|無)").match(text, part.end):
        return None     # (合格率98.5%，抽检的200批次中有3批次不合格: the part is what failed)
    stem = rx(r"([\u3400-\u9fff]{2})率").search(rate.lead)
    clause = rx(r"[^，,；;。]*").match(text, part.end)
    if not stem or stem.group(1) not in part.lead + (clause.group() if clause else ""):
        return None     # (…中有120件来自外地企业: the part must be what the rate counts, named by its stem)
    return _rate_of(text, part, base, rate)


def _rate_of(text: str, part: Quantity, base: Quantity, rate: Quantity, beyond: bool = False,
             rest: bool = False) -> Relation | None:
    """part ÷ base against the stated rate, when the two are counts of one thing with the part no
    larger than the base (or larger, `beyond`, when the base is a plan: done beyond it); None when
    they are not the rate's two counts."""
    if part.family != base.family or not bounded(part) or not bounded(base) or base.low <= 0:
        return None
    if Interval.of(part).above(Interval.of(base)) and not beyond:
        return None     # the later count is no part of the earlier: not the rate's two counts
    part_noun = counted(text, part, _item_start(text, part)).noun
    base_noun = counted(text, base, _item_start(text, base)).noun
    framed = rx(_FRAMED_BY_BASE).match(text, base.end, part.qual_start) is not None
    # (a base named as what the rate is computed on, 以長者人口…人計算, has 計算 after it, no noun)
    if part_noun and base_noun and not shares_noun(part_noun, base_noun) \
            and part.noun and base.noun and not framed and not _computed_on(text, base):
        return None     # 47个品种5805个批次: two counts of different things (but 156个行政村中已有
        #                 148个通了天然气: the part counts what frames it)
    return percent_relation("rate", part, base, rate, rest=rest)


def _said_after(text: str, q: Quantity) -> str:
    """The words of q's clause after it (3.76万人完成年度健康体检): what the count did."""
    return rx(r"[^，,；;。！？\n]{0,16}").match(text, q.end).group()  # type: ignore[union-attr]  # (matches always)


# words of a count's subject that name no group (已有, 累计, 全市 …)
_NO_GROUP = r"已有|已经有|已經有|已|共有|共|累计|累計|目前|现已|現已|截至[\u3400-\u9fff0-9０-９]{0,8}|全[市县縣区區省]|[0-9０-９]"


@functools.cache
def _rate_deeds() -> dict[str, tuple[str, ...]]:
    """Each deed of num_words.txt rate-deeds, with the deeds of its set."""
    return {deed: tuple(line.split()) for line in WORDS["rate-deeds"] for deed in line.split()}


def _deeds_of(stem: str) -> tuple[str, ...]:
    """The words that name what a rate's stem counts: the stem, or any deed of its set."""
    return _rate_deeds().get(stem, (stem,) if stem else ())


def _count_further_back(doc: Any, start: int, count: Quantity, rate: Quantity, stem: str) -> Relation | None:
    """The other count of a rate whose sentence holds one: the one count of its kind in the nearest
    sentence before holding one (common.sentence_holding), not past one counting other things.
    The part is the one whose words name what the rate counts, the stem of its word (已接種24萬7,460
    人。…長者共有71萬8,650人，接種率…: 接種), the one in the rate's sentence when both do (常住人口
    60万人。…已有25.2万人接种疫苗，接种率…); when neither does, the rate is not read (当天响应的51万件，
    满意率…)."""
    text = doc.text
    # (not past a sentence counting other things, in which the rate may be: 检验电梯51,036台次…。…
    # 存在问题的电梯1,523台，…合格率为96.7%: of the inspections, not of the lifts in use before)
    held = sentence_holding(doc, start, count.family, stops=lambda s: any(
        (q.is_count or q.family in ("people", "households", "person-times")) and is_amount(q) for q in s.quantities))
    # (one figure of its kind there, whatever it is: 计划为600个，年中调增至630个 holds two)
    found = [q for q in held.quantities if q.family == count.family] if held else []
    if len(found) != 1 or not is_amount(found[0]) or not bounded(found[0]):
        return None
    other = found[0]
    listed = rx(_RATE_WORDS).search(rate.lead)
    named = stem or (listed.group().removesuffix("率") if listed else "")

    deeds = _deeds_of(named)

    def clause(q: Quantity) -> str:
        """q's clause: what names it may follow its figure (231,460名長者完成…接種)."""
        end = rx(r"[，,；;。\n]").search(text, q.end)
        return text[words_start(text, q.qual_start, "，,；;。\n"):end.start() if end else len(text)]

    def names(q: Quantity) -> bool:
        return any(deed in clause(q) for deed in deeds)
    part, base = (other, count) if names(other) and not names(count) else (count, other)
    if not names(part):
        return None     # (当天响应的51万件，满意率达93%: what the rate counts is not said of either)
    # (the group the part's subject names, before its deed, must be named by the base's words:
    # 常住人口320万人。…60岁以上老年人已有52万人完成接种 may be of the elderly alone)
    said = text[words_start(text, part.qual_start, "，,；;。\n"):part.qual_start] + part.noun
    deed = next((d for d in sorted(deeds, key=len, reverse=True) if d in said), "")
    group = rx(_NO_GROUP).sub("", said[:said.index(deed)] if deed else said)
    # (its subject ends the words before the figure, or opens the noun after it: 已有231,460名長者完成…)
    base_words = text[words_start(text, base.qual_start, "，,；;。\n"):base.qual_start] + base.noun
    if len(group) >= 2 and not shares_noun(group[-6:], base_words) and not shares_noun(group[:6], base_words):
        return None
    return _rate_of(text, part, base, rate)


def _counts_in_a_sentence_before(doc: Any, start: int, rate: Quantity, stem: str) -> Relation | None:
    """A rate whose sentence holds no count, its two counts in the nearest sentence before holding
    counts (common.sentence_holding, within two sentences): 共受理…8,432件，…；审结7,125件。…结案率达
    到94.0%. The part is the one count named by a deed of the rate's stem (rate-deeds), the base the
    count of its kind before it that no deed names."""
    text = doc.text
    # (a rate word of the data only: an X率 of any stem, 失业率, is far more often a rate of its own)
    listed = rx(_RATE_WORDS).search(rate.lead)
    deeds = _deeds_of(listed.group().removesuffix("率")) if listed else ()
    if not deeds:
        return None
    if rx(r"[\s“”\"]*(?:其中|当中|當中)").match(text, start):
        return None     # (…已签约10.45万人，签约率82.3%。其中，65岁及以上老年人签约率86.1%: rates of groups in it)
    spans = doc.shared(sentences)
    i = bisect.bisect_right(spans.starts, start) - 1
    for j in range(i - 1, max(-1, i - 3), -1):
        if not goes_on_from(text, spans.ends[j], spans.starts[j + 1]):
            return None
        held = quantities_of_sentence(doc, j)
        word = listed.group() if listed else "率"
        if held is not None and any(q.family == "percent" and word in q.lead for q in held.quantities):
            return None     # (the counts' own rate is said with them: a rate after is of something else)
        counts = [q for q in (held.quantities if held else []) if is_amount(q) and bounded(q)
                  and (q.is_count or q.family in ("people", "households", "person-times"))]
        if not counts:
            continue

        def named(q: Quantity) -> bool:
            # (the deed right before the figure, its own: 审结7,125件, 其中合格1,103份; or right after it,
            # 已有4,371人落实毕业去向; not 失业人员再就业…, nor negated: 不合格产品18批次 failed)
            before = text[max(words_start(text, q.qual_start, "，,；;。\n"), q.qual_start - 8):q.qual_start]
            return any(rx(r"(?<![不未非無无])" + d).search(before) or text.startswith(d, q.end) for d in deeds)
        parts = [q for q in counts if named(q)]
        if len(parts) != 1:
            return None
        part = parts[0]
        bases = [q for q in counts if q.family == part.family and q.end <= part.start and not named(q)]
        return _rate_of(text, part, bases[-1], rate) if bases else None
    return None


def planned_in_words(text: str, q: Quantity, plan_done: bool = False) -> bool:
    """Whether the words of q's clause before it name it as planned (政府原訂今年以前增設…3,000班:
    the clause, as its lead may stop short of the plan word). Where something done is set against
    it (`plan_done`: a rate said as the share of a plan done, 完成计划的106.2%; an average over what
    was done, 已建成87个…平均每个 in relations/average.py), a plan or budget word anywhere in the
    clause names it (收入计划为415.3亿元, 今年我市计划新建…): there 计划 is no word of another thing
    (计划生育)."""
    if rx(_PLAN_AFTER).match(text, q.end):
        return True     # (超额完成3.2万亩的年度任务: the plan named after its figure)
    marks = list(rx(r"[，,；;。：:\n]").finditer(text, max(0, q.qual_start - 24), q.qual_start))
    start = marks[-1].end() if marks else max(0, q.qual_start - 24)
    if plan_done and rx(_PLAN_OR_BUDGET).search(text, start, q.qual_start):
        return True
    return rx(_PLANNED).search(text[start:q.qual_start]) is not None


_PLAN_OR_BUDGET = r"计划|計劃|预算|預算|目标|目標|任务|任務"
# a figure named as a plan by the words right after it (3.2万亩的年度任务, 5万套的目标)
_PLAN_AFTER = r"的(?:年度|全年|今年)?(?:计划|計劃|目标|目標|任务|任務)(?!生育)"


def _item_start(text: str, q) -> int:
    start = q.qual_start
    while start > 0 and text[start - 1] not in "，,；;、：:。\n" and q.qual_start - start < 12:
        start -= 1
    return start
