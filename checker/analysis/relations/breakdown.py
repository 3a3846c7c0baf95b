"""Part–whole without 其中: the readings that find a whole broken down by its parts with no
cue word before them (parts.py reads 其中, 包括, N个…中 and parentheses). Each is tried on every
chosen sentence (`breakdowns`):

- parts right after their whole, named by mutually exclusive kinds of it, in a 、 list or in
  clauses of their own (毕业生共1260人，男生580人、女生680人; 应到58人，实到55人，缺考3人);
- 占 + a count: a part held of the whole before it (中小学校长186名，女校长占71名);
- a part and the rest (查获违规案件276件，已裁罚198件，其余78件): the whole, exactly;
- the people of a survey who say something (共访问1068位市民，有812位表示支持): a subset;
- kinds named before 分别为 (森林面积186万亩，公益林和商品林分别为112万亩和74万亩): added up.

Wholes stated with a verb of composition (由…组成, 分为, 分布在, 评选出) are read by composition.py.
Kinds are told exclusive by kinds.py; the parts are weighed against the whole by
sum_of_parts.weigh_parts, as the breakdowns of 其中 are.
"""
from __future__ import annotations

import bisect
from itertools import pairwise

from ...typenames import TYPE_CHECKING
from ..quantities import Quantity
from .common import (
    CLAUSE_MARK,
    Relation,
    between,
    bounded,
    clause_spans,
    clause_whole,
    clauses_back,
    counts_as,
    goes_on_from,
    is_amount,
    new_count,
    noun_after,
    shares_noun,
)
from .composition import composed
from .cues import (
    ADDED_VERBS,
    BREAKDOWN,
    DIVIDED_BY_CLAUSE,
    DIVIDED_BY_END,
    DIVIDED_BY_WORDS,
    NAMED_FRAME,
    OPENERS,
    REMAINDERS,
    Sentence,
)
from .interval import Interval, total
from .kinds import (
    OTHER_TIME,
    common_head,
    designations,
    dimension,
    exclusive_kinds,
    funded_by_levels,
    is_kind,
    joins_its_kinds,
    kinds_fit,
    kinds_of_the_whole,
    mutually_exclusive,
    names_a_kind,
    names_its_parts,
    nested,
    one_valued_relatives,
    outcomes_of_one,
    parallel_kinds,
    periods_of_one_scale,
    places,
    present_and_also,
    properties,
    whole_partition,
)
from .rest import rest_of_list
from .states import outside_of_whole, state_of, states_apart
from .sum_of_parts import weigh_parts
from .vocabulary import COUNTED_TOTAL, REACHED, TOTAL_SAID, VERB, WORDS, number_of, reached_in, rx

if TYPE_CHECKING:
    from typing import Any

# figures given one per thing named before them (产销量分别为…和…)
RESPECTIVE = r"分别|分別"

def breakdowns(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """The part–whole relations of a sentence read without 其中 (starts: its quantities' starts),
    each reading tried only where its words are in the sentence."""
    s_text = sentence.text
    relations: list[Relation] = []
    # (the clauses are split once for all the readings below that read them, and only when one runs)
    split: list[list[tuple[int, int]]] = []

    def clauses() -> list[tuple[int, int]]:
        if not split:
            split.append(clause_spans(doc.text, sentence.start, sentence.end))
        return split[0]

    if len(starts) >= 3:
        relations.extend(_after_whole(doc, sentence, starts, clauses()))
    if "占" in s_text or "佔" in s_text:
        relations.extend(_held(doc, sentence, starts))
    # (_WHICH_OF opens with 但: a sentence without it has no such clause)
    if "的" in s_text and "但" in s_text:
        relations.extend(_which_of(doc, sentence, starts, clauses()))
    if "已" in s_text and len(starts) >= 3:
        relations.extend(_states(doc, sentence, starts, clauses()))
    # (every word of the rest holds 余, 餘 or 下, and so does 余 alone: three plain look-ups pass over
    # most sentences before the pattern, whose look-behind has re try it at every character)
    if ("余" in s_text or "餘" in s_text or "下" in s_text) and rx(_REST_WORDS).search(s_text):
        relations.extend(_remainder(doc, sentence, starts))
        relations.extend(rest_of_list(doc, sentence, starts))
    if rx(_SURVEY).search(s_text):
        relations.extend(_respondents(doc, sentence, starts, clauses()))
    if len(starts) >= 3 and ("共" in s_text or "计" in s_text or "計" in s_text):
        relations.extend(_kinds_before_total(doc, sentence, starts, clauses()))
        if "共新" in s_text:
            relations.extend(_additions_before_total(doc, sentence, starts, clauses()))
    if "分别" in s_text or "分別" in s_text:
        relations.extend(_respectively(doc, sentence, starts))
    relations.extend(composed(doc, sentence, starts))
    return relations


# what may open a part's clause before its kind and is no kind (目前已办结298件, 男生有580人)
_HEAD_LEAD = r"^(?:截至目前|目前|现在|現在|至今|迄今|(?:截至|截止)[^已，,]{1,8}(?=已))[，,]?"     # (截至今晚已恢复…)
_HEAD_TAIL = r"(?:有|为|為|是|达|達)$"
def _kinds_of_whole(heads: list[str], whole_words: str, tails: list[str] | None = None,
                    topic: bool = False) -> bool | None:
    """Whether heads name parts of the whole whose clause is whole_words, without 其中: None when
    they do not; else True when they are every kind of it (so their sum must reach it), False
    when some kind may be left out (5A级, 4A级 … of all A级 scenic areas).

    They must be mutually exclusive kinds: the kinds of one outcome (合格/不合格), states of one
    whole that cannot overlap (已办结/尚在办理; 已整改/正在整改; 已完成…，另有…正办理: states.py, read
    from the heads or, where a head names none, from the words right after the figure: tails), or kinds of one set (kinds.exclusive_kinds) tied to the
    whole: the noun they share is in its words (男生/女生 of 毕业生), or they are bare kinds that
    may count it (男/女; 小学/初中 only of a whole naming schools: kinds.kinds_fit). A whole
    that names one of the kinds (城镇新增就业5400人，农村新增…) is a kind itself, not their whole."""
    if any(rx(OTHER_TIME).search(h) for h in heads):
        return None
    if outside_of_whole(whole_words, heads, tails or []):
        return None
    if outcomes_of_one(heads):
        return True
    if joins_its_kinds(heads, whole_words):
        return False    # (进出口 after 出口, 进口; 中小学 after 小学, 中学 — and 九年一贯制学校 may follow)
    apart = states_apart([state_of(h, t) for h, t in zip(heads, tails or [""] * len(heads))])
    if apart is not None:
        return apart
    if one_valued_relatives(heads):
        return False    # (来自本市的有…，来自外县市的有…: one origin each, some may be left out)
    if present_and_also(heads):
        return False    # (有大学生…，也有退休职工…: kinds set beside each other, some may be left out)
    if names_its_parts(heads, whole_words):
        return False    # 来信来访2680件次，来信1540件次，来访1140件次: kinds the whole is named by
    if whole_words.endswith("元") and funded_by_levels(heads, whole_words):
        return False    # 总投资36亿元，中央资金12亿元，地方配套…，社会资本…: who pays a sum of money
    found = exclusive_kinds(heads)
    if found is None:
        return None
    noun, kinds = found
    if noun == "的":
        noun = ""   # (纯电动的有168辆，氢燃料电池的有32辆: those that are of a kind, of the whole's thing)
    named = kinds_fit(kinds, whole_words)
    if named is None:
        return None     # 小学98所 after 幼儿园52所: kinds of schools, a whole of another noun
    # (the word naming their noun may hold a kind: 中小学校 is no primary school)
    if places(kinds) or names_a_kind(kinds, whole_words.replace(named, "") if named else whole_words):
        return None
    # (a noun ending in the whole's measure word counts what it counts: 64项政务服务，省级事项23项，
    # 市级事项41项; whole_words end with that measure word)
    if noun and noun not in whole_words and not all(is_kind(h) for h in heads) \
            and not _of_all_kinds(noun, whole_words) and not topic \
            and not (len(noun) >= 2 and noun[-1] == whole_words[-1:] and not rx(r"[0-9０-９]").search(noun)):
        return None     # 男生/女生 after 教师120人: kinds of another noun (but a topic is broken down by
        #               whatever kinds follow it: 本次上线的64项政务服务，省级事项…，市级事项…)
    return whole_partition(kinds)


# a whole that counts every kind of a thing (各类养老床位, 各种车辆): the noun after 各类 is the
# whole's, and its last two characters (床位) are what it counts
_ALL_KINDS = r"各(?:类|類|种|種|项|項|式)[\u3400-\u9fff]{0,6}(?=[0-9０-９])"


# what names the rest of a whole's kinds at the end of their list (其他科室, 其余乡镇: num_words.txt,
# exhaustive-last)
_THE_REST = r"(?:%s)" % "|".join(WORDS["exhaustive-last"])
_EXAMPLES_THEN_REST = r"(?:[\u3400-\u9fff]{1,8}等)?" + _THE_REST
# a clause naming the measure a whole is divided by: 按举办主体分, 按年龄划分, 从城乡看, 依性別區分
_DIVIDED_BY = r"\s*(?:%s|从|從|分)[\u3400-\u9fff]{1,8}?%s" % ("|".join(DIVIDED_BY_WORDS), DIVIDED_BY_END)


# what says a figure is a part held of a whole (老年人占2.1万剂), and the end of a clause framing a
# breakdown (在45家业者当中，…)
_HELD_LEAD = r"(?:占|佔)(?:了|有)?$"
_FRAMING = r"(?:中|当中|當中|里|裡)\s*$"


# what was carried over from an earlier time to be added to this one's (上年结转, 旧案, 结存)
_CARRIED = (r"结转|結轉|结存|結存|旧存|舊存|旧案|舊案|积存|積存|遗留|遺留"
            # (or what was newly found or received on top of it: 年初排查隐患320处，今年又新发现50处，
            # 已整改300处，尚待整改70处; 今年新收案件300件)
            r"|又新|又有|新发现|新發現|新增|新收|另有|另外"
            # (or added to the one before: 此前已有6个乡镇建成，今年又建成4个，目前已建成10个)
            r"|又")


def _a_part_itself(text: str, qs: list[Quantity], starts: list[int], clauses: list[tuple[int, int]], k: int,
                   figure: Quantity) -> bool:
    """The figure ending clause k is itself a part, no whole of the clauses after it: held of a whole
    (老年人占2.1万剂，儿童占1.8万剂…), or the first of a breakdown framed by the clause before
    (45家业者当中，餐饮业18家，伴手礼业15家…)."""
    if rx(_HELD_LEAD).search(figure.lead):
        return True
    if k == 0:
        return False
    a, b = clauses[k - 1]
    return bool(rx(_FRAMING).search(text, a, b)) and any(q.family == figure.family for q in between(qs, starts, a, b))


def _of_all_kinds(noun: str, whole_words: str) -> bool:
    """全县有各类养老床位3400张，公办机构床位1900张: the kinds share a noun (机构床位) the whole
    does not name, but the whole counts every kind of what it ends in (床位). Only a whole said
    to be of every kind: 户籍人口 after 常住人口 ends alike and counts other people."""
    m = rx(_ALL_KINDS).search(whole_words)
    return m is not None and len(noun) >= 2 and m.group().endswith(noun[-2:])


def _named_parts(text: str, qs: list[Quantity], starts: list[int], a: int, b: int) -> list[tuple[Quantity, str]] | None:
    """The parts a clause names: its one figure, or the figures of its 、 list, each with the
    words before it (男生580人、女生680人), or None when it holds anything else."""
    inside = [q for q in between(qs, starts, a, b) if q.end <= b]
    if len(inside) > 1:
        # (an age band naming the item, 18至30歲215名, 51歲以上159名, is its kind, not a figure of it)
        inside = [q for k, q in enumerate(inside) if not (
            k + 1 < len(inside) and inside[k + 1].qual_start - q.end <= 2 and is_kind(text[q.start:q.end])
            and rx(r"的?有?").fullmatch(text, q.end, inside[k + 1].qual_start))]
    if not inside:
        return None
    items = [a] + [m.end() for m in rx("、").finditer(text, a, b)]
    if len(items) != len(inside):
        return None
    named = []
    for item_start, q, nxt in zip(items, inside, items[1:] + [b + 1]):
        if not item_start <= q.qual_start or q.end > nxt - 1 or not (is_amount(q) or new_count(q)) or not bounded(q):
            return None
        head = rx(_HEAD_TAIL).sub("", rx(_HEAD_LEAD).sub("", text[item_start:q.qual_start].strip(OPENERS)))
        if not head or len(head) > 8 or (rx(r"[0-9０-９]").search(head) and not is_kind(head)):
            return None
        named.append((q, head))
    return named


# a whole stated as a total, right before its figure (共113人, 总计, 合计有)
_TOTAL_BEFORE = r"(?:共|总共|總共|共计|共計|总计|總計|合计|合計|累计|累計)(?:有|为|為|达|達)?$"


def _after_whole(doc: Any, sentence: Sentence, starts: list[int],
                 clauses: list[tuple[int, int]]) -> list[Relation]:
    """A breakdown right after its whole, with no 其中: the whole's figure ends its clause, and
    its parts follow at once, in a 、 list (毕业生共1260人，男生580人、女生680人) or in clauses of
    their own, one figure each (应到58人，实到55人，缺考3人; 新增就业岗位5400个，城镇新增3100个，
    农村新增2300个), named by mutually exclusive kinds of it (_kinds_of_whole). Their sum may not
    pass the whole, and must reach it when the kinds are all of its kinds. A run inside a
    breakdown (其中实到55人，缺考3人) is the breakdown's."""
    text = doc.text
    qs = sentence.quantities
    # (a clause's parts are read only after a clause holding one figure, the whole they may break
    # down: most clauses follow none, and reading each clause's list was a tenth of NUM's time)
    read: dict[int, list[tuple[Quantity, str]] | None] = {}

    def named_at(k: int) -> list[tuple[Quantity, str]] | None:
        if k not in read:
            read[k] = _named_parts(text, qs, starts, *clauses[k])
        return read[k]

    found: list[Relation] = []
    i = 1
    while i < len(clauses):
        a, b = clauses[i - 1]
        whole = clause_whole(text, qs, starts, a, b)
        if whole is not None and _a_part_itself(text, qs, starts, clauses, i - 1, whole):
            whole = None
        if whole is not None and i >= 2 and (rx(_CARRIED).search(text, a, whole.qual_start)
                                             or rx(_CARRIED).search(text, *clauses[i - 2])) and any(
                q.family == whole.family for q in between(qs, starts, clauses[i - 2][0], clauses[i - 2][1])):
            whole = None    # (今年受理1,200件，去年结转300件，已办结…，其余…: what was carried over or
            #                 newly added adds to the figure beside it, before or after; the parts after
            #                 break down both)
        if whole is not None and i >= 2 and rx(_DIVIDED_BY).fullmatch(text, *clauses[i - 2]) \
                and not between(qs, starts, *clauses[i - 2]):
            whole = None    # (分品种看，收购中晚稻743.6万吨，玉米1,058.2万吨…: after the clause saying how a
            #                 whole is divided, each figure is one of its parts, none the whole of the next)
        # (a clause saying by what the whole is divided stands between it and its parts: 养老机构
        # 213家，按举办主体分，公办的64家，民办的149家)
        divided = whole is not None and i + 1 < len(clauses) and rx(_DIVIDED_BY).fullmatch(text, *clauses[i]) is not None
        if divided and any(rx(_DIVIDED_BY).fullmatch(text, *c) for c in clauses[:i - 1]):
            whole = None    # (依胎次區分，第1胎…；第2胎…；第3胎以上2,528人；按性別區分，男嬰…: the
            #                 figure before is a part of the first division; the second divides the whole)
        whole_at = i - 1
        if divided:
            i += 1
        first = named_at(i) if whole is not None else None
        if first is None or whole is None:
            i += 1
            continue
        # (the clauses with no figure before the whole's say what it is too: 今年一季度，该县新建…12个
        # is a quarter's count, a kind of the quarters after it, not their whole)
        said = a
        k = whole_at - 1
        while k >= 0 and not between(qs, starts, *clauses[k]):
            said = clauses[k][0]
            k -= 1
        if len(first) > 1:
            run, j = list(first), i + 1        # a 、 list: the parts, all in one clause
        else:
            run, j = list(first), i + 1        # or clauses of one figure each, while they go on
            while j < len(clauses) and named_at(j) is not None and len(named_at(j) or ()) == 1 \
                    and (named_at(j) or [])[0][0].family == first[0][0].family:
                run.extend(named_at(j) or [])
                j += 1
        complete = None
        if (is_amount(whole) or new_count(whole)) and bounded(whole) and whole.low > 0 \
                and not rx(BREAKDOWN).search(text, sentence.start, clauses[j - 1][1]):
            # (a run after 其中 is a part of the breakdown's: 其中，铁路客运量1310万人次，水路…)
            run = [(q, h) for q, h in run if q.family == whole.family]
            # a run of clauses stops where its kinds stop being of one set (a third clause that is
            # no kind of the first two: 合格316批次，不合格4批次，抽检覆盖12个乡镇)
            # the parts listed to the sentence's end after a colon, or after the clause saying by
            # what the whole is divided, are all of it, when they name parallel kinds (高中部、
            # 初中部、小学部; 公办的、民办的)
            to_end = (divided or text[b:b + 1] in "：:") and j == len(clauses) and len(run) >= 2 \
                and len(run) == len(first) + j - i - 1
            # (kinds that may overlap are no list of all of it: 高新技术企业…、专精特新企业…)
            heads = [h for _, h in run]
            overlapping = designations(heads) or properties(heads) or periods_of_one_scale(heads) or nested(heads)
            listing = to_end and not overlapping and (parallel_kinds([h for _, h in run]) or (
                    # (the last named as the rest of them: 普外科…；骨科…；眼科…；其他科室…)
                    len(run) >= 3 and rx(_THE_REST).match(run[-1][1]) and parallel_kinds([h for _, h in run[:-1]])))
            # (the last named as the rest of the whole, after kinds of it: 已完工820个，正在施工410
            # 个，其余130个: the rest makes them all of it; without it the kinds before may well not
            # be — the not yet begun — so the run is never cut short of its rest)
            tails = [text[q.end:_clause_end(clauses, q.end)] for q, _ in run]
            topic = _topic(text, whole, b)
            # (or the rest after examples of it: 大豆等其他作物)
            rest_last = len(run) >= 3 and rx(_EXAMPLES_THEN_REST).match(run[-1][1]) is not None
            if rest_last and (listing or _kinds_of_whole([h for _, h in run[:-1]], text[said:whole.end], tails[:-1],
                                                         topic) is not None):
                complete = True
            while len(run) >= 2 and complete is None and not rest_last:
                complete = _kinds_of_whole([h for _, h in run], text[said:whole.end], tails[:len(run)], topic)
                if complete is None and listing:
                    complete = True
                if complete is None and divided and (to_end or _values_of_one_measure(text, clauses[i - 1], [h for _, h in run])) \
                        and not any(rx(OTHER_TIME).search(h) for _, h in run):
                    # (divided by one measure, its parts do not overlap, named as they are: 按去向分，
                    # 梯次利用6200件，拆解回收5600件; 依申請原因區分，失業…，重病…; some may go unsaid;
                    # not parts of other times: 依年度區分，去年…，今年…)
                    complete = False
                if complete is None:
                    if len(first) > 1:
                        break
                    run.pop()
        if complete is not None and _items_of_a_counted_total(text, run, whole, sentence.end):
            complete = None
        if complete is not None and len(run) >= 2:
            parts = [q for q, _ in run]
            verdict = weigh_parts(parts, parts, whole, exhaustive=complete, threshold=False)
            if verdict and not verdict.ok and Interval.of(whole).below(total(Interval.of(q) for q in parts)) \
                    and whole.family in REACHED and reached_in(text[said:parts[0].qual_start], [q.lead for q in parts]) \
                    and not any(Interval.of(q).above(Interval.of(whole)) for q in parts):
                verdict = None  # (今年共走访企业1,200家，一季度走访680家，二季度走访720家: a firm visited
                #                 in both is counted once in the year's; one part above it is still wrong)
            if verdict and not verdict.ok and any(
                    q.family == whole.family and q.end <= a and rx(TOTAL_SAID).search(q.lead)
                    and total(Interval.of(p) for p in [whole, *parts]).meets(Interval.of(q)) for q in qs):
                verdict = None  # (这批货物共500件，已运出300件，尚待装车的120件，其余80件: the figure and
                #                 its run make the total before it, whose rest the last is)
            if verdict:
                found.append(verdict)
            i = max(j, i + 1)
        elif len(first) == 1 and len(run) == 1 and j == i + 1 and dimension(first[0][1]) is not None \
                and is_kind(first[0][1]) and rx(_TOTAL_BEFORE).search(whole.lead) \
                and first[0][0].family == whole.family and (whole.family == "people" or whole.is_count) \
                and is_amount(whole) and bounded(whole) and whole.low > 0 \
                and not rx(BREAKDOWN).search(text, sentence.start, clauses[i][1]):
            # 当选人共113人，女性38人: one part named by a bare kind of a set (女性, 城镇, 境外: not a
            # place) right after a count stated as a total is of it, though its other kinds go
            # unsaid: never above it (not an amount of money: 女性4万元 after a total may be an
            # average's, a figure per person)
            verdict = weigh_parts([first[0][0]], [first[0][0]], whole, exhaustive=False, threshold=False)
            if verdict:
                found.append(verdict)
            i += 1
        else:
            i += 1      # (报名86人，应到81人，实到77人，缺考4人: the run's whole may be its first clause)
    return found


def _items_of_a_counted_total(text: str, run: list[tuple[Quantity, str]], whole: Quantity, end: int) -> bool:
    """A total after the run counts the whole and the run as its items (县财政安排1200万元，省级补助
    800万元，市级配套500万元，三项合计2500万元): the first figure is one of three, no whole of the two."""
    m = rx(COUNTED_TOTAL).search(text, run[-1][0].end, end)
    return m is not None and number_of(m.group()[0]) == len(run) + 1


def _clause_end(clauses: list[tuple[int, int]], pos: int) -> int:
    """The end of the clause holding pos."""
    return next((b for a, b in clauses if a <= pos < b), pos)


# a clause that divides a whole by one measure (按申请原因区分, 依性別分), not one that only looks at
# it a way (从城乡看, 按常住人口统计)
_DIVIDED_INTO = r"\s*(?:%s)[\u3400-\u9fff]{1,8}?(?:来|來)?(?:分|划分|劃分|区分|區分|分类|分類)" % "|".join(DIVIDED_BY_WORDS)


def _values_of_one_measure(text: str, clause: tuple[int, int], heads: list[str]) -> bool:
    """依申請原因區分，失業…，重病…，災害…: after a clause dividing the whole by one measure, parts
    named by short labels of their own (no figure, no other time, each named once) are values of
    that measure, each thing counted under one of them: apart, though some may go unsaid."""
    return rx(_DIVIDED_INTO).fullmatch(text, *clause) is not None and len(set(heads)) == len(heads) \
        and all(rx(r"[\u3400-\u9fff]{1,8}").fullmatch(h) and not rx(OTHER_TIME).search(h) for h in heads)


def _topic(text: str, whole: Quantity, end: int) -> bool:
    """本次上线的64项政务服务，…: a clause that is only a noun phrase, its figure framed by a relative
    clause (的 right before it) and its noun after it, with no verb of its own: the topic the
    clauses after it speak of, as `N项…中` frames them."""
    return whole.lead.endswith("的") and rx(r"[\u3400-\u9fff]{1,10}").fullmatch(text, whole.end, end) is not None \
        and not rx(r"[是为為有共]").search(whole.lead[-2:-1])


def divided_next(doc: Any, prev: Sentence, sentence: Sentence) -> list[Relation]:
    """本季共核发补助6,420人次。依障碍等级区分，轻度…，中度…，重度以上…: a sentence opening with the
    measure a whole is divided by (cues.DIVIDED_BY_CLAUSE: 依性別區分, 按城乡看) breaks down
    the whole ending the sentence right before it, in its paragraph or ending the paragraph before
    (common.goes_on_from): the two are read as one sentence whose clauses part
    at the full stop, and only the breakdowns of a whole in the first by parts in the second are
    taken (a breakdown inside either is read with its own sentence)."""
    text = doc.text
    at = sentence.start + len(sentence.text) - len(sentence.text.lstrip(OPENERS))
    if not prev.quantities or not sentence.quantities or not goes_on_from(text, prev.end, sentence.start) \
            or not rx(DIVIDED_BY_CLAUSE).match(text, at):
        return []
    joined = Sentence(prev.start, sentence.end, text[prev.start:sentence.end], prev.quantities + sentence.quantities)
    first = clause_spans(text, prev.start, prev.end)
    a, b = first[-1]
    first[-1] = (a, a + len(text[a:b].rstrip("。！？!? \u3000")))
    clauses = first + clause_spans(text, sentence.start, sentence.end)
    starts = [q.start for q in joined.quantities]
    return [r for r in _after_whole(doc, joined, starts, clauses)
            if r.operands and r.operands[0].end <= prev.end and r.operands[-1].start >= sentence.start]


# a subject of a total that is running.py's: a count of the items, 以上/上述, 这 (两项合计, 以上三镇共)
_RUNNING_SUBJECT = r"^[\s\u3000]*(?:以上|上述|前述|这|這|[0-9０-９二两兩三四五六七八九十]+[\u3400-\u9fff]?(?:项|項|类|類|者|个|個|所|家|镇|鎮|村))"


def _totals_after_a_clause(text: str, qs: list[Quantity], starts: list[int], clauses: list[tuple[int, int]],
                           lead: str) -> list[tuple[int, int, int, Quantity]]:
    """(k, start, end, whole) for each clause after the first whose one figure ends it, stated as a
    total (`lead` right before it: 共, 共新增 …) with a subject of its own, not running.py's (两项合计)."""
    found = []
    for k in range(1, len(clauses)):
        c, d = clauses[k]
        d = c + len(text[c:d].rstrip("。！？!?；;"))    # (the sentence's own mark)
        whole = clause_whole(text, qs, starts, c, d)
        if whole is None or not rx(lead).search(whole.lead) or not (is_amount(whole) and bounded(whole)) \
                or whole.low <= 0 or rx(_RUNNING_SUBJECT).match(text, c):
            continue
        found.append((k, c, d, whole))
    return found


def _kinds_before_total(doc: Any, sentence: Sentence, starts: list[int],
                        clauses: list[tuple[int, int]]) -> list[Relation]:
    """男性1360人、女性1640人，这次普查登记的高龄老人共3000人: exclusive kinds of a whole listed
    before it (a 、 list, or clauses of one figure each), then a clause stating the whole as a
    total with a subject of its own (共, 合计 … right before its figure, which ends the clause).
    The kinds must be of it as after it (_kinds_of_whole: 男性/女性 of anyone; 男生/女生 of 学生);
    their sum may not pass it, and must reach it when they are all of its kinds. A total whose
    subject counts the items or points back (两项合计, 以上共) is running.py's."""
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for k, c, d, whole in _totals_after_a_clause(text, qs, starts, clauses, _TOTAL_BEFORE):
        if not rx(r"[\u3400-\u9fff]{2}").search(text, c, whole.qual_start):
            continue
        named = _named_parts(text, qs, starts, *clauses[k - 1])
        if not named:
            continue
        run = list(named)
        j = k - 1
        while len(named) == 1 and j > 0:
            more = _named_parts(text, qs, starts, *clauses[j - 1])
            if not more or len(more) != 1:
                break
            run[:0] = more
            j -= 1
        if len(run) < 2 or not all(q.family == whole.family for q, _ in run) \
                or rx(BREAKDOWN).search(text, sentence.start, d):
            continue
        if rx(r"[；;]").search(text, run[-1][0].end, whole.qual_start):
            continue    # (…65至74歲5萬9,840人、…、85歲以上1萬2,349人；百歲人瑞共87人: after a ；, a total
            #             of its own subject is a statement of its own)
        complete = _kinds_of_whole([h for _, h in run], text[c:d])
        if complete is None:
            continue
        parts = [q for q, _ in run]
        verdict = weigh_parts(parts, parts, whole, exhaustive=complete, threshold=False)
        if verdict:
            found.append(verdict)
    return found


# a total of new things with a subject naming its scope (本年度全縣共新增長照據點): 共, a verb of
# adding (新增, 新设, 新建 …) and the noun of the class; and the same kind of verb opening a list
_ADDED_TOTAL = r"共(?:%s)[\u3400-\u9fff]{0,8}$" % "|".join(ADDED_VERBS)
_ADDED_FIRST = r"^(?:%s)" % "|".join(ADDED_VERBS)


def _additions_before_total(doc: Any, sentence: Sentence, starts: list[int],
                            clauses: list[tuple[int, int]]) -> list[Relation]:
    """新設日間照顧中心9處、巷弄長照站53處，本年度全縣共新增長照據點42處: a 、 list of new things
    (its first item opening with a verb of adding), then a clause counting the new things of a
    class they are of, in the same measure, as a total (共新增, 共新建) with a subject naming its
    scope: the items are some of that total (the class may hold others), never more. A total
    of what there is (共有) is a stock, of which the new ones may be any part: not read."""
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for k, _c, d, whole in _totals_after_a_clause(text, qs, starts, clauses, _ADDED_TOTAL):
        named = _named_parts(text, qs, starts, *clauses[k - 1])
        if not named or len(named) < 2 or not rx(_ADDED_FIRST).search(named[0][1]) \
                or not all(q.family == whole.family for q, _ in named) \
                or any(rx(OTHER_TIME).search(h) for _, h in named) or rx(BREAKDOWN).search(text, sentence.start, d):
            continue
        parts = [q for q, _ in named]
        verdict = weigh_parts(parts, parts, whole, exhaustive=False, threshold=False)
        if verdict:
            found.append(verdict)
    return found


_SURVEY = "|".join(WORDS["survey-words"])
# the count of people who say something: a figure, at most a short noun (受访者), a verb of saying
_SAYS = r"[\u3400-\u9fff]{0,4}?(?:%s)" % "|".join(sorted(WORDS["say-words"], key=len, reverse=True))
# a count of other people than those reached (另有300人表示, 其他城市的2000人认为)
_OTHERS = r"另|其他|其它|此外|其余|其餘|以外|之外"


def _respondents(doc: Any, sentence: Sentence, starts: list[int],
                 clauses: list[tuple[int, int]]) -> list[Relation]:
    """这次调查共访问1068位市民，有812位表示支持: after a count of the people a survey reached (a
    clause with 调查, 访问, 参与 …: survey-words), a count of people who say something (表示,
    认为, 支持 …: say-words) later in the sentence is of those who answered it: never larger. A
    count of other people (另有, 其他城市) or of another time is left alone, and so is a survey
    clause counting people twice (which of them answered is not said)."""
    text = doc.text
    qs = sentence.quantities
    whole: Quantity | None = None
    parts: list[Quantity] = []
    for a, b in clauses:
        inside = [q for q in between(qs, starts, a, b) if q.end <= b]
        if whole is not None:
            said = [q for q in inside if q.family == whole.family and rx(_SAYS).match(text, q.end)]
            if said and not rx(_OTHERS).search(text, a, b) and not rx(OTHER_TIME).search(text, a, said[0].start) \
                    and not rx(BREAKDOWN).search(text, whole.end, said[0].start):    # (the breakdown's)
                parts.extend(q for q in said if is_amount(q))
                continue
        if parts:
            break       # the run of what respondents say ends
        if rx(_SURVEY).search(text, a, b):
            people = [q for q in inside if q.family == "people"]
            if len(people) == 1 and is_amount(people[0]) and bounded(people[0]) and people[0].low > 0 \
                    and not rx(_SAYS).match(text, people[0].end):
                whole = people[0]
    if whole is None or not parts:
        return []
    verdict = weigh_parts(parts, parts[:1], whole, exhaustive=False, threshold=False)
    return [verdict] if verdict else []


# 余/餘 alone opening a clause, right before a figure: the rest (余372公顷), not "more than"
# (which follows a figure: 10余年)
_REST_ALONE = r"(?<=[，,])[余餘](?=[0-9０-９])"
# a word of the rest, or 余 alone: what _remainder reads, tested in one search of the sentence
_REST_WORDS = "|".join(REMAINDERS) + "|" + _REST_ALONE


# what a part's clause says of it right after its figure: done (已解除隔离, 已完成) or not yet
# (尚在隔离中, 仍在施工, 正在推进, 持续推行)
_DONE = r"(?:均|皆|都)?(?:已经|已經|已)"
# (刻正: "now", Taiwan's official word for what is under way: 刻正办理)
_NOT_YET = r"(?:尚未|尚|仍|未|正在|正|刻正|持续|持續|还在|還在|在)"


def done_and_not(text: str, parts: list[Quantity]) -> bool:
    """其中39,631人已解除隔离，38,237人尚在隔离中: parts that are the done and the not yet done of
    one whole do not overlap (each part's clause says which it is, right after its figure)."""
    states = set()
    for q in parts:
        if rx(_DONE).match(text, q.end):
            states.add("done")
        elif rx(_NOT_YET).match(text, q.end):
            states.add("not yet")
        else:
            return False
    return len(states) == 2


# a clause naming a part of the whole before it by what those are, set against it by 但 (但实际
# 经营的大概是44条: only some of them): 但, the words of a 的 phrase, an optional hedge and verb, and
# the figure (without 但 the phrase may name another set: a place's, a year's, the new ones)
_WHICH_OF = (r"(?:但|但是)(?P<which>[\u3400-\u9fff]{2,10})的(?:大概|大约|大約|约|約|仅|僅|只)?"
             r"(?:是|有|为|為|达|達)?$")
# what makes such a phrase no part of the whole: another time, a comparison, a wider or another
# whole, an extreme (最长的, 最多的一天)
_NOT_WHICH = (r"今年|去年|上年|明年|前年|同期|年|月|如今|现在|現在|目前|当前|當前|至|到|比|较|較|全|总|總|共|累计|累計"
              r"|另|其他|其它|此外|最|每|平均")


def _which_of(doc: Any, sentence: Sentence, starts: list[int],
              clauses: list[tuple[int, int]]) -> list[Relation]:
    """全台有55条路线，但实际经营的大概是44条: a clause right after a whole's (whose one figure ends
    it) setting against it (但) some of it named by what they are, in a 的 phrase with no noun of
    its own, counted in the whole's measure: those are some of the whole, never more."""
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for (a, b), (c, d) in pairwise(clauses):
        whole = clause_whole(text, qs, starts, a, b)
        if whole is None or not (is_amount(whole) and bounded(whole) and whole.low > 0) \
                or rx(r"(?:由|从|從|自)").search(text, a, whole.start) or rx(VERB).search(text, c, d):
            continue    # (由五年前的6400多家，增至如今的1.5万多家: a change, its start and end)
        inside = [q for q in between(qs, starts, c, d) if q.end <= d]
        if len(inside) != 1 or inside[0].family != whole.family or not is_amount(inside[0]) \
                or not bounded(inside[0]) or inside[0].end != d:
            continue
        m = rx(_WHICH_OF).fullmatch(text, c, inside[0].qual_start)
        if m is None or rx(_NOT_WHICH).search(m.group("which")) or rx(BREAKDOWN).search(text, sentence.start, d):
            continue
        verdict = weigh_parts([inside[0]], [inside[0]], whole, exhaustive=False, threshold=False)
        if verdict:
            found.append(verdict)
    return found


# what may open a part's clause before its figure when the part is told by its state after it
# (有2案已完工, 另外7案刻正办理)
_STATE_OPENER = r"(?:有|共有|另外|另|另有|尚有|还有|還有|其余|其餘)?"


def _states(doc: Any, sentence: Sentence, starts: list[int],
            clauses: list[tuple[int, int]]) -> list[Relation]:
    """计9案，有2案已完工，另外7案刻正办理: after a clause whose one figure ends it (the whole), two
    clauses each opening with a figure of its family and saying right after it that those are
    done, or not yet: the done and the not yet done of the whole (never above it; a third state,
    not yet begun, may go unsaid)."""
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for (a, b), (c, d), (e, f) in zip(clauses, clauses[1:], clauses[2:]):
        whole = clause_whole(text, qs, starts, a, b)
        if whole is None or not (is_amount(whole) and bounded(whole) and whole.low > 0) \
                or rx(BREAKDOWN).search(text, c, f):
            continue
        parts = []
        for lo, hi in ((c, d), (e, f)):
            inside = [q for q in between(qs, starts, lo, hi) if q.end <= hi]
            if len(inside) != 1 or inside[0].family != whole.family or not is_amount(inside[0]) \
                    or not rx(_STATE_OPENER).fullmatch(text, lo, inside[0].qual_start):
                break
            parts.append(inside[0])
        if len(parts) == 2 and done_and_not(text, parts):
            verdict = weigh_parts(parts, parts, whole, exhaustive=False, threshold=False)
            if verdict:
                found.append(verdict)
    return found


# a clause opening the sentence that names a whole with no figure (在入园幼儿中，), then its mark
_FRAME_BEFORE = r"[\s\u3000“「]*%s[，,]\s*" % NAMED_FRAME


def _remainder(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """查获违规案件276件，已裁罚198件，其余78件仍在审理中: with no 其中, a clause opening with 其余
    (剩余, 剩下的) and a figure, right after a clause of one part that follows the clause of the
    whole: the part and the rest are the whole, exactly (within rounding and hedges). Under 其中
    the breakdown reads 其余 so already (exhaustive-last). One part only: with more clauses before
    the rest, which of them is the whole is not said."""
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for m in rx(r"(?<=[，,])(?:(?:%s)的?|%s)(?=[0-9０-９])" % ("|".join(REMAINDERS), _REST_ALONE)).finditer(
            text, sentence.start, sentence.end):
        back = clauses_back(text, sentence.start, m.start() - 1, 3)
        rest = between(qs, starts, m.end(), m.end() + 1)
        if len(back) < 2 or not rest:
            continue
        (wa, wb), (pa, pb) = back[-2:]
        cues = list(rx(BREAKDOWN).finditer(text, sentence.start, m.start()))
        if cues and not wa <= cues[-1].start() < wb:
            continue    # the breakdown reads it (the rest of a part after 其中 is read here: 其中
            # 私有地1850公顷，保留1478公顷，余372公顷: the part, what is kept of it and the rest)
        wholes = [q for q in between(qs, starts, wa, wb) if q.end <= wb]
        parts = [q for q in between(qs, starts, pa, pb) if q.end <= pb]
        if len(wholes) != 1 or len(parts) != 1:
            continue
        if rx(_FRAME_BEFORE).fullmatch(text, sentence.start, wa):
            continue    # (在入園幼兒中，就讀公立…者2萬4,915人，就讀準公共…者2萬1,608人，其餘…: the frame names
            #             the whole; the first clause's figure is one more part)
        whole, part, left = wholes[0], parts[0], rest[0]
        if rx(TOTAL_SAID).search(part.lead) and not rx(TOTAL_SAID).search(whole.lead):
            whole, part = part, whole   # (全市已整改隐患1,180处，排查隐患共1,260处，其余80处…: the one said to
            (wa, wb), (pa, pb) = (pa, pb), (wa, wb)     # be a total is the whole, the other its part)
        if len(back) == 3 and not cues and any(q.family == whole.family or counts_as(text, q, whole.family)
                                               for q in between(qs, starts, *back[0])):
            continue    # (a clause of the kind before the whole's: which of them is the whole is not
            #             said, and the nearer is a part: 5.4万剂，老年人占2.1万剂，儿童占1.8万剂，其余…)
        if not all(q.family == whole.family and is_amount(q) and bounded(q) for q in (whole, part, left)) \
                or whole.low <= 0 or rx(OTHER_TIME).search(text, pa, part.qual_start) \
                or not rx(r"[\u3400-\u9fff]{0,12}").fullmatch(text, whole.end, wb) \
                or not rx(r"[\u3400-\u9fff]{0,12}").fullmatch(text, part.end, pb):
            continue
        named_after = noun_after(left)[:2]
        if len(named_after) == 2 and named_after not in text[wa:wb] and named_after in text[pa:pb]:
            continue    # (全县共有村卫生室312个，已实现全覆盖的乡镇有14个，其余4个乡镇…: the rest of the
            #             part's thing, 乡镇, not of the whole's)
        verdict = weigh_parts([part, left], [part, left], whole, exhaustive=True, threshold=False)
        if verdict and not verdict.ok and cues and _parallel_under(qs, starts, cues[-1].start(), whole, part, left):
            continue    # 共2316家，其中甲1274家，乙583家，其余459家: the three are parts of the whole
            #             before 其中 (they make it), not the first and its part and rest
        if verdict:
            found.append(verdict)
    return found


def _parallel_under(qs: list[Quantity], starts: list[int], cue: int, *parts: Quantity) -> bool:
    """Whether the amounts, added, make the whole right before the 其中 at `cue` (its last amount
    of their family): then they are its parts side by side."""
    before = [q for q in qs[:bisect.bisect_left(starts, cue)] if q.family == parts[0].family and is_amount(q)]
    return bool(before) and total(Interval.of(q) for q in parts).meets(Interval.of(before[-1]))


# the rest of a whole opening a clause, its figure right after it (其余1.5万剂, 剩下的12人)
_REST_OPENING = r"(?:%s)的?(?=[0-9０-９])" % "|".join(REMAINDERS)


def _rest_after(text: str, qs: list[Quantity], starts: list[int], clauses: list[tuple[int, int]],
                last: Quantity, whole: Quantity) -> Quantity | None:
    """The rest of the whole (其余1.5万剂由其他人群接种) in the clause right after the one of the
    last part held of it (儿童占1.8万剂): the figure after 其余, in the whole's measure; None when
    that clause opens otherwise."""
    k = next((i for i, (a, b) in enumerate(clauses) if a <= last.start < b), None)
    if k is None or k + 1 >= len(clauses) or not rx(r"[，,；;]").match(text, clauses[k][1]):
        return None
    a, b = clauses[k + 1]
    m = rx(_REST_OPENING).match(text, a)
    figures = [q for q in between(qs, starts, a, b) if q.end <= b]
    if m is None or not figures or figures[0].start != m.end():
        return None
    rest = figures[0]
    return rest if rest.family == whole.family and is_amount(rest) and bounded(rest) else None


# `A和B分别为X和Y` opening a clause: the names, joined as a list, then the figures one per name
_NAMES_RESPECTIVELY = (r"(?<=[，,；;])(?P<names>[\u3400-\u9fff]{2,10}(?:(?:和|及|与|與|、)[\u3400-\u9fff]{2,10}){1,6})"
                       r"(?:分别|分別)(?:为|為|是)")
_NAME_SPLIT = r"和|及|与|與|、"
# what opens a breakdown or names no kind: such a list is read by the breakdown, or is no list of kinds
_NOT_A_NAME = r"^(?:其中|当中|當中|包括|包含|含|同比|环比|環比)"


def _respectively(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """全县森林面积为186万亩，公益林和商品林分别为112万亩和74万亩: the kinds named before 分别为
    are parts of the whole the clause right before ends with, one figure each, added up (one
    list, as a 、 list after 其中). The names must be kinds of the whole: its noun names them
    (来信来访; 公益林和商品林), they end in a noun it names (公益林, 商品林 … 森林), or they are
    exclusive kinds of one set (城镇和农村). Other places or years (深圳和广州, 去年和今年) compare,
    and are left alone."""
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for m in rx(_NAMES_RESPECTIVELY).finditer(text, sentence.start, sentence.end):
        names = rx(_NAME_SPLIT).split(m.group("names"))
        if any(rx(_NOT_A_NAME).search(n) or rx(OTHER_TIME).search(n) for n in names):
            continue
        clause_end = next((c.start() for c in rx(CLAUSE_MARK).finditer(text, m.end(), sentence.end)), sentence.end)
        figures = between(qs, starts, m.end(), clause_end)
        back = clauses_back(text, sentence.start, m.start() - 1, 1)
        if len(figures) != len(names) or not back:
            continue
        a, b = back[0]
        whole = clause_whole(text, qs, starts, a, b)
        if whole is None:
            continue
        if not (is_amount(whole) and bounded(whole) and whole.low > 0) \
                or rx(RESPECTIVE).search(text, a, b) \
                or not all(q.family == whole.family and is_amount(q) and bounded(q) for q in figures) \
                or not all(rx(r"(?:[和及与與、]|以及)").fullmatch(text, p.end, q.qual_start)
                           for p, q in pairwise(figures)):
            continue
        whole_words = text[a:whole.start]
        head = common_head(names)
        kinds = exclusive_kinds(names)
        if places(names) or not (names_its_parts(names, whole_words) or (head and head in whole_words) or kinds is not None):
            continue    # (甲市和乙市 after 本市: other places, compared)
        complete = kinds is not None and whole_partition(kinds[1]) and kinds_of_the_whole(kinds, whole_words)
        verdict = weigh_parts(figures, figures, whole, exhaustive=complete, threshold=False)
        if verdict:
            found.append(verdict)
    return found


# 占 + a count, not a percentage: a part held of the whole before it (女校长占71名; 急诊量占其中的
# 9.4万人次). 占其中 + a figure is read as 其中's object (_OBJECT).
_HELD = r"(?<=[\u3400-\u9fff])[占佔]了?(?P<of>其中的)?(?=[0-9０-９])"


def _held(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """全县现有中小学校长186名，女校长占71名: the part after 占 is of the whole of the clause right
    before, which its figure ends: the one amount there of the part's kind. Parts held side by side
    (市场主体5820户，个体工商户占4310户，企业占1510户) are all of that whole, and are added, when
    their subjects are exclusive kinds; a part held otherwise is the whole's only when its subject
    names what the whole counts (女校长 … 校长; not 林地占150万亩 after 耕地120万亩) or 其中的 says
    so. A part held is never above its whole; it need not be the whole's only part."""
    text = doc.text
    qs = sentence.quantities
    runs: dict[Quantity, list[tuple[Quantity, str, bool]]] = {}
    for m in rx(_HELD).finditer(text, sentence.start, sentence.end):
        after = between(qs, starts, m.end(), m.end() + 1)
        if not after or not is_amount(after[0]) or not bounded(after[0]):
            continue
        part = after[0]
        back = clauses_back(text, sentence.start, m.start(), 8)
        if len(back) < 2:
            continue
        subject_start = back[-1][0]
        # the whole: the nearest clause before that holds no part held of its own (第一款者占2位，
        # 第三款者占5位: side by side, neither the other's whole)
        i = len(back) - 2
        while i >= 0 and rx(_HELD).search(text, *back[i]):
            i -= 1
        if i < 0:
            continue
        a, b = back[i]
        whole = clause_whole(text, qs, starts, a, b)
        if whole is None or not counts_as(text, whole, part.family) or not is_amount(whole) or not bounded(whole):
            continue
        if rx(BREAKDOWN).search(text, sentence.start, whole.start):
            continue    # 税收超过4,500億元，其中，地方的700億元，中央稅收佔3,800億元: a part itself
        subject = text[subject_start:m.start()].strip(OPENERS)
        if not m.group("of") and not (2 <= len(subject) <= 8 and rx(r"[\u3400-\u9fff]+").fullmatch(subject)):
            continue    # (a subject that names a kind: no figure, no clause of its own)
        # (with 其中的, or a subject naming what the whole counts: 女校长 … 校长)
        named = bool(m.group("of")) or shares_noun(subject, text[a:whole.start])
        runs.setdefault(whole, []).append((part, subject, named))
    found = []
    clauses = clause_spans(text, sentence.start, sentence.end) if runs else []
    for whole, held in runs.items():
        subjects = [s for _, s, _ in held]
        rest = _rest_after(text, qs, starts, clauses, held[-1][0], whole) if len(held) >= 2 else None
        if rest is not None:
            # (closed by the rest: 老年人占2.1万剂，儿童占1.8万剂，其余1.5万剂…: the whole told out
            # into the kinds held and the rest of it, all of it)
            parts = [p for p, _, _ in held] + [rest]
            verdict = weigh_parts(parts, parts, whole, exhaustive=True, threshold=False)
            if verdict:
                found.append(verdict)
            continue
        if len(held) >= 2 and mutually_exclusive(subjects):
            parts = summed = [p for p, _, _ in held]    # exclusive kinds held side by side: all of it
        else:
            # a part held alone is the whole's only when its subject names it (林地占150万亩 after
            # 耕地120万亩 is no part of it)
            parts = [p for p, _, named in held if named]
            summed = parts[:1]
        if not parts:
            continue
        verdict = weigh_parts(parts, summed, whole, exhaustive=False, threshold=False)
        if verdict:
            found.append(verdict)
    return found
