"""Part–whole: a total and its parts, opened by a cue word: 其中 (`共X，其中a、b、c`;
`X件，表决通过其中Y件`, `带动其中的Y户`), 当中, 这些/上述…中, 他们中, 包括/含 (`共计15处，含2处…`;
`包括3枚…在内的10枚`), 包含/涵盖 when a part names the whole, `N个…中` (`N所学校中，M所…`; or a
noun naming a figure before: `…基层机构455个；基层机构中，…`) and a parenthesis after a whole
(`工程经费5.76亿元（工程费4.61亿元，用地费…）`).

    全县共有行政村85个，其中已通公交的村60个、未通公交的村30个。   60 + 30 = 90 above 85: reported

The whole is the amount of the parts' family in the nearest clause before `其中` that holds one
(a clause between them — `同比增长5.9%`, a description, a `；` — is passed over), unless that
clause is one of a run of parallel figures (`立案2482人，处分1647人，移送73人，其中…`: which
total? the one whose clause names what the part counts, else any of them: the parts are
reported only when they fit none; a run ends at a ； or at a breakdown of its own). A part
given in a second measure (其中企业86家、产值152亿元) belongs to the whole of that measure. The
parts are the amounts of that family in the clauses after `其中` while they go on listing.
Parts are added only when they are mutually exclusive kinds of one thing (kinds.py): the items
of one `、` list, or parts in separate `，`/`；` clauses whose nouns are kinds of one set
(`省级示范书屋96个，市级示范书屋131个`); overlapping kinds (`女党员12人，60岁以上党员37人`) are
not added, though none of them may exceed the whole. `其中的` picks one member of the whole,
whose figures count something else: no relation.

A part may be counted in another word than its whole: the whole's noun as its measure word
(120个席位 … 41席; 85个行政村 … 32村), or two bare figures before one noun (共计1,235,400生猪存栏数，
其中85,610生猪存栏数): common.same_count, common.noun_counts. A whole's noun may name its parts
(来信来访 … 来信, 来访; 公益林和商品林): they are exclusive kinds of it.

Breakdowns with no cue word (应到58人，实到55人，缺考3人; 女校长占71名; 其余78件; survey
respondents; 公益林和商品林分别为X和Y) are read by breakdown.py, and every breakdown is weighed
by sum_of_parts.weigh_parts.
"""
from __future__ import annotations

import bisect

from ...typenames import TYPE_CHECKING
from ..quantities import LOWER_BOUNDS, Quantity
from .added_on import BROUGHT_ABOUT
from .breakdown import RESPECTIVE, breakdowns, divided_next, done_and_not
from .common import (
    NAMED_BACK,
    Parens,
    Relation,
    between,
    bounded,
    clause_spans,
    clauses_back,
    compared_state,
    counted,
    counts_as,
    how_much_changed,
    in_unit_of,
    is_amount,
    is_level,
    kind_of,
    new_count,
    noun_after,
    noun_counts,
    per_time,
    per_unit,
    same_count,
    sentence_holding,
    shares_noun,
    words_start,
)
from .cues import (
    BREAKDOWN_SCAN,
    HOLD_AFTER_IN,
    NAMED_FRAME,
    OPENERS,
    OPENS_BREAKDOWN,
    POINTERS,
    POINTERS_ALONE,
    RATE_MARKERS,
    REMAINDERS,
    Sentence,
    cue_sentences,
    cue_spans,
    no_cue,
    opens_with_frame,
)
from .interval import Interval, total
from .kinds import (
    OTHER_TIME,
    common_head,
    complementary,
    designations,
    exclusive_kinds,
    funded_by_levels,
    kinds_listed_in_its_name,
    kinds_of_the_whole,
    mutually_exclusive,
    names_its_parts,
    nested,
    one_valued_after,
    one_valued_list,
    one_valued_relatives,
    period_apart,
    periods_of_one_scale,
    properties,
    stages_nested,
    units_named_apart,
    whole_partition,
)
from .period_sum import period_sums
from .periods import span_before, span_named
from .rest import rest_of_the_whole
from .scopes import SCOPE_AT_HEAD, item_start, wider_scope
from .span_parts import span_parts
from .states import state_of, states_apart
from .sum_of_parts import weigh_parts
from .vocabulary import COUNTED_TOTAL, PRECIPITATION, REACHED, TOTAL_SAID, VERB, WORDS, number_of, reached_in, rx

if TYPE_CHECKING:
    from typing import Any

_SCOPE_STOP = r"^(?:%s)" % "|".join(WORDS["scope-stop"])
# 较 opening a kind, not a comparison (较大事故40起: a grade of accident; 较上年 compares)
_GRADED = r"(?:较|較)(?:大|小|重|轻|輕)"
_THRESHOLD = r"超过|超過|以上|以下|不足|及以上|逾|高于|低于"
_SUBPARTS = r"^(?:包括|包含|含)"
_EXHAUSTIVE_LAST = r"(?:%s)" % "|".join(WORDS["exhaustive-last"])
# (a subject counting items, then a total word, vocabulary.COUNTED_TOTAL: the sum of those items, no
# part of a whole before it: …，其中5个在一期基础上再次改造，两期共改造小区15个)
# a count that is the subject of such a total (两个开发区共建成900个: 两个 counts the zones, no part)
_SUBJECT_OF_TOTAL = r"[\u3400-\u9fff]{1,8}?(?:共|合计|合計|累计|累計|总计|總計)"


_COUNT_OF = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _sums_items_before(text: str, q: Quantity, start: int, qs: list[Quantity]) -> bool:
    """q's lead counts items named before it in the sentence, then a total word (一期…，二期…，其中…，两期
    共改造15公里), or counts as many figures of its kind as stand before the sentence's 其中 (市一中…900人，
    实验中学…700人，其中…，两所学校共…1,600人): the sum of those items. Items not named before (两个开发区
    共建成900个) are a part."""
    m = rx(COUNTED_TOTAL).search(q.lead)
    if not m:
        return False
    items = m.group("items")
    before = text[start:q.qual_start - len(q.lead) + m.start()]
    if (any(items[i:i + 2] in before for i in range(max(1, len(items) - 1))) if len(items) > 1 else items in before):
        return True
    cue = before.find("其中")
    counted = _COUNT_OF.get(m.group()[0]) or (int(m.group()[0]) if m.group()[0].isdigit() else 0)
    return cue >= 0 and counted == sum(1 for p in qs if p.family == q.family and start <= p.start < start + cue)
# a year named in a clause after the parts, none in the first: a figure of another time
_ANOTHER_YEAR = r"[0-9０-９]{2,4}年|去年|上年|前年|同期"
# the stock now, after a part of what was added (…加入95家，其中有8家已注销，现在有会员企业127家): a
# figure of its own, no part of the breakdown
_STOCK_NOW = (r"(?:现在|現在)[\u3400-\u9fff]{0,6}(?:有|达|達)[\u3400-\u9fff]{0,6}$|现有|現有|总数|總數"
              # (or a total to date, which holds the whole: 今日新增8例，分別為…，今年累計106例)
              r"|累计|累計")
# a whole of what was newly added (新增床位800张, 今年新建农村公路120公里, 新設…45站) and, right before
# a part's figure, what names the stock all of it now makes (…总里程达到3260公里, 累计已达, 保有量,
# 拥有量, 总数): a stock holds every earlier addition too, no part of this one. Not such a word in a
# clause that ends in 的 before the figure: a filter on the new things (总面积逾万平方米的15栋,
# 累计服务超过千人次的40处 are some of them)
_ADDED_WHOLE = r"新(?:增|建|设|設|开|開|招|植|栽|办|辦|发展|發展|核定|开放|開放)"
_STOCK_OF_ALL = (r"(?:总[\u3400-\u9fff]{0,2}(?:数|數|量|里程|长度|長度|面积|面積|容量|规模|規模)"
                 r"|總[\u3400-\u9fff]{0,2}(?:数|數|量|里程|長度|面積|容量|規模)|累计|累計|保有量|拥有量|擁有量)[^的，,；;。]*$")
# a whole that is a change (常住人口增量为2.3万人, 扩招300人, 净增…): a part of it is a change too, or a
# kind of what changed (其中城镇0.9万人); a level reached (…增量为2.3万人。其中，城镇常住人口达到486万
# 人) is a stock, no part of it
_CHANGE_WHOLE = r"增量|净增|淨增|净减|淨減|净流|淨流|自然增长|自然增長|扩招|擴招|多招|少招"
# (not common._LEVEL_REACHED, which needs a verb of change before 至/到 and reads no 达到)
_LEVEL_NOW = r"(?:达到|達到|增至|增加到|提高到|上升到|升至)$"
# what copy says when the items it lists overlap (…，另有5家为两地上市; 多为稻麦轮作: num_words.txt)
_OVERLAP_SAID = "|".join(WORDS["overlap-words"])
# 其中 used as an object in mid-clause: 表决通过其中8件 (the figure follows at once).
# (or 其中的 + a figure: 带动其中的180户增收; not after 占, read as a part held: 占其中的9.4万人次)
_OBJECT = (r"(?<=[\u3400-\u9fff])其中(?=[0-9０-９一二三四五六七八九两十])"
           r"|(?<=[\u3400-\u9fff])(?<![占佔])其中的(?=[0-9０-９一二三四五六七八九两十])")
# A whole introduced by `N个…中，`: 全县212所中小学中，150所…
# (or with no comma, a verb of holding right after 中: 在拥有120个议席的议会中将占据38席)
# (or 里: 在接受体检的2400名职工里，…)
_WHOLE_IN = r"[中里裡裏](?:[，,]|%s)" % HOLD_AFTER_IN
# Cues that break down only a whole stated as a total: 含/包括, and 尤其/特别是 singling out a
# part of it (共投入12.7亿元，尤其在北部投入10.6亿元).
_TOTAL_ONLY = ("包", "含", "尤", "特", "分", "由", "涵")    # (分别为: a total, then its parts one by one)
# Cues that name what a thing is made of as well as its parts (标准包含指标, 涵盖行业): they break
# down a whole only when a part names it (发现问题236个，包含作风方面问题44个…), and 含 after a
# figure that is no total (新建基站3260个，含宏基站2120个…) also
_NAMING_CUES = ("包含", "涵盖", "涵蓋")
# 分别为 right after a figure lists what it is made of one by one (新增授权点19个，分别是理学6个、
# 工学8个…): that figure is the whole, stated as a total or not, as with 包括
_ONE_BY_ONE = ("分别为", "分別為", "分别是", "分別是")
# 由 after a total opens the list of who pays it (总经费3768万元，由中央补助800万元、市府自筹2968万元):
# parts of the total, unless the clause says how something changed (由800万元增至…)
_SOURCES = "由"
_TOTAL_WORD = r"共|总|總|合计|合計|累计|累計"
# a period named in a part's clause (国庆假期, 1—10月, 全年, 40天): the part is that period's
# amount, not one per the whole's unit of time
_PERIOD = (r"[0-9０-９一二三四五六七八九十两兩]+(?:天|日|个月|個月|月|年|周|週)|[—–-]|期间|期間|假期|全年|今年|去年"
           r"|上半年|下半年|季度|累计|累計|合计|合計|共|总|總")
# each of a kind of item (每个网格, 每名教师, 每户): a figure after it in its clause is per item
# (or per a round number of them: 每万人口高价值发明专利拥有量16件, 每十万人, 每千户 is a rate)
_PER_ITEM = "|".join(w for w in RATE_MARKERS if w.startswith("每")) + "|每(?:[一两兩二三四五六七八九]?[十百千万萬])+"
# what joins the last item of a 、 list after a comma (其中甲类62件、乙类14件，以及丙类9件)
_LAST_ITEM = r"(?:以及|及|和|与|與)(?![其另])"
# what joins the second of two items after a comma (包含A、B等12项，以及C、D等14项): 以及 only, as
# 和/及/与 opening a clause may begin a sentence of its own
_LAST_OF_TWO = r"以及"
# what ranks an item among the kinds of one whole, or sizes it as a share of all of them (以…最多,
# 次之, 居首, 占全部出勤的59.6%)
_RANKED = r"最多|最高|最大|居首|居次|次之|其次|(?:占|佔)(?:全部|总|總)"
# a clause giving the share of the part before it (城镇人口31.2万人，占比64.2%；农村人口…)
_SHARE_OF_PART = r"(?:占比|佔比|占|佔)"
# a clause comparing with an earlier time (比上年末, 较去年同期, 同比)
_COMPARED_WITH = r"(?:同比|环比|環比|比|较|較)"
# a clause saying how the part before it changed (增长6%, 同比下降2.1%, 比上年提高3个百分点)
# (or 比/较 + the earlier time + 多/少: 比去年多1900人; the earlier year may be in figures: 較111年增加)
_HOW_IT_CHANGED = (r"(?:(?:同比|环比|環比|(?:比|较|較)(?:[0-9０-９]{2,4}年)?[\u3400-\u9fff]{0,6})?(?:%s)"
                   r"|(?:比|较|較)(?:[0-9０-９]{2,4}年)?[\u3400-\u9fff]{1,6}?[多少]了?(?=[0-9０-９]))" % VERB)




def part_analysis(doc: Any) -> tuple[list[Relation], list[tuple[Quantity, list[Quantity]]]]:
    """The part–whole relations, and (whole, parts) for every group with one clear whole (the
    share relation reuses them)."""
    if no_cue(doc):
        return [], []
    relations: list[Relation] = []
    groups: list[tuple[Quantity, list[Quantity]]] = []
    text = doc.text
    chosen = _sentences(doc)
    for index, sentence in enumerate(chosen):
        s_text = sentence.text
        starts = [q.start for q in sentence.quantities]
        parens = None
        for m in rx(BREAKDOWN_SCAN).finditer(text, sentence.start, sentence.end):
            pos = m.start()
            if (text.startswith("其中的", pos) and not rx(_OBJECT).match(text, pos)) or text.startswith("其中之", pos):
                continue        # one member of the whole, not a breakdown of it (其中的市总商会…)
            if rx(_ANY_OF_THEM).match(text, pos):
                continue        # (患有其中至少一种的共…: what has any of the kinds, their union, not one)
            if parens is None:
                parens = Parens(text, sentence.start, sentence.end)     # one scan per sentence
            opens = m.group() == "其中" or rx(OPENS_BREAKDOWN).fullmatch(m.group()) is not None
            if m.group() == "其中" and rx(_OBJECT).match(text, pos) and pos > sentence.start:
                relation = _object(doc, sentence, starts, pos)
            elif opens and not text[sentence.start:pos].strip(OPENERS + "这這"):
                relation = _opening(doc, chosen, index, pos, m.end(), groups=groups)
            else:
                relation = _breakdown(doc, sentence, starts, parens, pos, m.end(), groups)
                if relation and m.group() == "其中":
                    relations.extend(_side_parts(doc, sentence, starts, pos, m.end(), relation))
            if relation:
                relations.append(relation)
        if "在内" in s_text or "在內" in s_text:
            for m in rx(_INCLUSIVE).finditer(text, sentence.start, sentence.end):
                found = _inclusive(doc, sentence, starts, m)
                if found:
                    relations.append(found)
        if "（" in s_text or "(" in s_text:
            for m in rx(r"[（(]").finditer(text, sentence.start, sentence.end):
                found = _in_parens(doc, sentence, starts, m.start())
                if found:
                    relations.append(found)
        relations.extend(breakdowns(doc, sentence, starts))
        relations.extend(span_parts(doc, sentence, starts))
        if s_text[:1] in "按依从從分以" + OPENERS:
            # (依障礙等級區分，… opening a sentence: the whole ending the sentence before is divided;
            # or, not ending it, as 其中 opening the sentence would break it down: 分产业看，…; the
            # sentence of that whole need not be a chosen one: _whole_sentence)
            of_the_last = divided_next(doc, chosen[index - 1], sentence) if index else []
            frame = opens_with_frame(text, sentence.start, sentence.end)
            prev = _whole_sentence(doc, chosen, index, frame.end()) if not of_the_last and frame else None
            if prev is not None and frame is not None and _one_whole_before(doc, prev, sentence, frame.end()):
                relation = _opening(doc, chosen, index, frame.start(), frame.end(), divided=True)
                of_the_last = [relation] if relation else []
            relations.extend(of_the_last)
        if "中" in s_text or "里" in s_text or "裡" in s_text or "裏" in s_text:
            for m in rx(_WHOLE_IN).finditer(text, sentence.start, sentence.end):
                _whole_in(doc, sentence, starts, m.start(), m.end(), groups, relations)
    # (one breakdown may be read twice: 186个行政村中，城镇…41个，农村…145个 both as N个…中 and as
    # kinds right after their whole; it is one relation)
    seen: set[tuple] = set()
    unique = []
    for r in relations:
        key = (r.kind, r.start, r.end, r.variant, tuple(sorted(r.args.items())))
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique, groups


def _sentences(doc: Any) -> list[Sentence]:
    """The sentences with a cue, each with its quantities and its figures that count a noun
    (common.noun_counts), also those whose figures are all such: 共计1,235,400生猪存栏数，其中…"""
    text = doc.text
    found = [_with_noun_counts(text, s) for s in doc.shared(cue_sentences)]
    read = {s.start for s in found}
    more = [_with_noun_counts(text, Sentence(a, b, text[a:b], [])) for a, b in cue_spans(doc)
            if a not in read and rx(r"[0-9],[0-9]{3}").search(text, a, b)]
    more = [s for s in more if s.quantities]
    return sorted(found + more) if more else found


def _with_noun_counts(text: str, sentence: Sentence) -> Sentence:
    """The sentence with its figures that count a noun and have no measure word (其中32村 after
    85个村: common.noun_counts) among its quantities."""
    if not _digit_outside(text, sentence):
        return sentence
    extra = noun_counts(text, sentence.start, sentence.end, sentence.quantities)
    if not extra:
        return sentence
    return sentence._replace(quantities=sorted(sentence.quantities + extra, key=lambda q: q.start))


def _digit_outside(text: str, sentence: Sentence) -> bool:
    """Whether a digit 0-9 of the sentence is outside the quantity that starts last at or before
    it. noun_counts reads only figures starting with such a digit (it passes over one inside that
    quantity, found by bisection as here), so a sentence without one has none to read: half the
    sentences, whose digits are all in quantities (a figure in no quantity is mostly a date)."""
    digit = rx("[0-9]")
    at = sentence.start
    for q in sentence.quantities:     # (in text order: the stretches between them are the uncovered)
        if at < q.start and digit.search(text, at, q.start):
            return True
        at = q.end
    return digit.search(text, at, sentence.end) is not None


# 其中 + at least one kind or any one of them, as the object of a verb: what it counts has any of
# the kinds named before (患有其中至少一种疾病的共…), as many as their union, so no part of one of them
# (其中至少20人 counts some of the whole: a part; opening its clause, ，其中任何一项…不达标的有…,
# 其中 is the whole)
_ANY_OF_THEM = r"(?<=[\u3400-\u9fff])其中(?:(?:至少|最少)(?:一|1)(?:种|種|项|項|类|類)|任何|任一|任意)"

# a level a measure is held at (稳定在, 保持在, 维持在): a statement of its own, no part of a list
_LEVEL_HELD = r"(?:稳定|穩定|保持|维持|維持)在"

# a figure said to be besides a list, after it (另有30亿元作为预备资金): the list is not all of the whole
_BESIDES = r"[，,；;](?:另有|另外|此外|另)"

# a sentence opening with a pointer back at what its parts are of (这些呼救中, 上述岗位中): the noun
_POINTER = r"在?%s([\u3400-\u9fff]{1,8})中|%s([\u3400-\u9fff]{1,6})" % (POINTERS, POINTERS_ALONE)

# a sentence that breaks down a whole of its own (其中 … ；包括 …): the sentence after it may
# break down one of its parts, not its whole
_OWN_BREAKDOWN = r"其中(?![的之])|(?:当中|當中)[，,]"


def _opening(doc: Any, found: list[Sentence], index: int, pos: int, cue_end: int,
             divided: bool = False, groups: list | None = None) -> Relation | None:
    """其中 opening a sentence breaks down a whole stated in the sentence before it that holds an amount
    of its parts' kind (_whole_sentence), in the same paragraph or the paragraph before (…累计发电装机
    容量34.0亿千瓦，同比增长14.5%。其中，太阳能发电装机容量9.3亿千瓦…: common.goes_on_from):
    the two are read as one sentence. A sentence before that breaks down a whole of its own is
    not used: which whole the second 其中 breaks down is not said."""
    sentence = found[index]
    prev = _whole_sentence(doc, found, index, cue_end)
    if prev is None or not prev.quantities or not sentence.quantities:
        return None     # no whole before, or no part after
    text = doc.text
    if rx(_OWN_BREAKDOWN).search(text, prev.start, prev.end) \
            or (opens_with_frame(text, prev.start, prev.end)
                and sum(1 for q in prev.quantities if is_amount(q)) >= 2):
        return None     # (分产业看，第一产业…；…居民生活用电量…。其中，工业用电量…: the sentence before is a
        #                 breakdown itself, and which of its parts, or its whole, is meant is not said;
        #                 not 按交易结算口径统计，全国…5.25万亿千瓦时。其中…, one figure said one way)
    joined = Sentence(prev.start, sentence.end, text[prev.start:sentence.end],
                      prev.quantities + sentence.quantities)
    starts = [q.start for q in joined.quantities]
    # (its groups go to the share relation where the caller gives a list for them: 其中 opening the
    # sentence, not a frame; share.py takes a share of them across the sentence only when it
    # follows its part at once, 其中，60岁及以上人口7.8万人，占18.9%, not a ratio of the part's own,
    # 其中…件数2,717件，受理2,717件，比例达100%)
    return _breakdown(doc, joined, starts, Parens(text, joined.start, joined.end), pos, cue_end,
                      groups if groups is not None else [], before=prev.start, divided=divided)


def _rest_of_an_earlier_whole(doc: Any, qs: list[Quantity], start: int, whole: Quantity,
                              parts: list[Quantity]) -> bool:
    """The parts, their last a rest (剩余, 其余), make exactly another amount of the whole's kind
    stated before the whole, in its sentence or the one before: the rest may be of that one."""
    summed = total(Interval.of(q) for q in parts)
    before = sentence_holding(doc, start, whole.family, back=1)
    earlier = [q for q in qs if start <= q.start and q.end <= whole.start] + (before.quantities if before else [])
    return any(q.family == whole.family and is_amount(q) and bounded(q) and summed.meets(Interval.of(q))
               for q in earlier)


def _a_sibling(first_word: str, head: str, whole_lead: str) -> bool:
    """The words opening a clause name a kind of the whole's head noun (收入, 企业) by a modifier the
    whole's own name does not hold: 補助及協助收入 beside 稅課收入, 科技型中小企业 beside 高新技术企业."""
    if first_word.endswith(head):
        return True
    at = first_word.find(head)
    modifier = first_word[:at] if at > 0 else ""
    return len(modifier) >= 2 and modifier not in whole_lead


def _closed_by_the_rest(parts: list[Quantity]) -> bool:
    """The list of parts ends with the other kinds (…、交通事故2,715次、其他创伤1,706次): together
    they are every kind of the whole, none twice."""
    return len(parts) >= 2 and rx(r"^(?:其他|其它)").search(parts[-1].lead) is not None


def _items_counted(text: str, qs: list[Quantity], starts: list[int], lo: int, hi: int, noun: str, n: int) -> bool:
    """text[lo:hi] counts the items of a list of n parts named by `noun`: a count of exactly n whose
    noun after it shares two characters with theirs (3處社宅 before 五甲社宅…、大順社宅…、德民社宅…)."""
    return n >= 2 and any(q.is_count and q.value == n and q.exact and shares_noun(noun_after(q), noun)
                          for q in between(qs, starts, lo, hi))


def _whole_sentence(doc: Any, found: list[Sentence], index: int, cue_end: int) -> Sentence | None:
    """The sentence whose whole a breakdown opening found[index] (其中，…; 从类型看，…) breaks down:
    the nearest sentence before it holding an amount of the kind of its first part, past sentences
    holding none (…总值2046.8亿元。外贸规模创历史同期新高。\n其中，出口…; common.sentence_holding);
    the chosen sentence before, with the figures it counts by noun, when it is that one."""
    sentence = found[index]
    # (the first figure that is no bound of what the parts are: 其中，总面积在2000平方米以上的27个 — the
    # parts count parks; nor an age naming a band of them, 其中，60岁及以上人口7.8万人)
    text = doc.text
    first = next((q for q in sentence.quantities if q.start >= cue_end and not _bounds_the_kind(text, q, sentence.end)
                  and not q.family.startswith("age")), None)
    if first is None:
        return None
    held = sentence_holding(doc, sentence.start, first.family)
    # (a frame naming what the whole counts, 今年收购的秋粮中，… / 民生支出中，…, links them as a share's
    # name does: its whole may be a lede's figure two paragraphs before, in a sentence naming it)
    frame = rx(r"[，,]?" + NAMED_FRAME + r"[，,]").match(text, cue_end) or rx(NAMED_FRAME + r"[，,]").match(
        text, sentence.start + len(sentence.text) - len(sentence.text.lstrip(OPENERS)))
    noun = rx(r"^(?:今年|本次|此次|这次|這次|其中)?(?:[\u3400-\u9fff]{0,4}的)?").sub("", frame.group("named")) if frame else ""
    if held is None and len(noun) >= 2:
        held = sentence_holding(doc, sentence.start, first.family, back=NAMED_BACK, breaks_allowed=2,
                                passed=lambda s: noun[-2:] not in s.text)
    if held is None:
        return None
    if index and found[index - 1].start == held.start:
        return found[index - 1]
    return _with_noun_counts(doc.text, Sentence(*held))


def _frames_another(text: str, frame_end: int, whole: Quantity) -> bool:
    """Right after the frame, the sentence names what its parts are of (从性别看，全程马拉松参赛选手中
    男性…), and not by the whole's own words (共有参赛选手3万人。从性别看，参赛选手中男性… is of it)."""
    m = rx(NAMED_FRAME + r"(?=[，,]|[\u3400-\u9fff]{1,6}[0-9０-９])").match(text, frame_end)
    return m is not None and m.group("named")[-2:] not in whole.lead


# a whole said to be divided into kinds it names and counts (分为集中供养和分散供养两类)
_DIVIDED_INTO_KINDS = (r"(?:分为|分為|分成|包括|包含)(?P<kinds>[^，,；;。0-9０-９]{2,30}?)"
                       r"(?P<n>[两兩二三四五六七八九十])(?:类|類|种|種|部分|个方面|個方面|大类|大類)")


def _divided_into_them(text: str, lo: int, hi: int, heads: list[str]) -> bool:
    """Between the whole (ending at lo) and the cue (at hi) the whole is said to be made of as many
    kinds as there are parts, and each part's name holds one of the kinds named, a different one."""
    m = rx(_DIVIDED_INTO_KINDS).search(text, lo, hi)
    if m is None or number_of(m.group("n")) != len(heads):
        return False
    kinds = [k for k in rx(r"和|与|與|及|、").split(m.group("kinds")) if k]
    return len(kinds) == len(heads) and all(any(k in h for h in heads) for k in kinds)


def _bounds_the_kind(text: str, q: Quantity, end: int) -> bool:
    """q bounds what the part's things are (其中面积超过10公顷的18个: the parks over 10 hectares),
    a figure of the relative clause before the part's own figure, not the part: said with a bound
    (quantities reads 超过, 以上 … as its qualifier), then 的, then another figure."""
    m = rx(r"\s?的").match(text, q.end)
    return m is not None and not bounded(q) and rx(r"[0-9０-９]").search(text, m.end(), end) is not None


# a frame saying the whole is split by one measure (按贷款对象分，依設置單位區分), not only seen by it
# (从行业看, 分行业看: values of the measure may overlap, 制造业 and 高技术产业)
_SPLIT_BY = r"(?:按|按照|依|依照|以)[\u3400-\u9fff]{1,8}?(?:来|來)?(?:分|划分|劃分|区分|區分|分类|分類)[，,]"
# the words after a whole's noun that say it is a total or a level reached (总数达到, 共有, 为)
_TOTAL_OR_LEVEL_SAID = r"(?:总数|總數|总量|總量|总计|總計|共计|共計|共有|现有|現有|达到|達到|达|達|为|為|有|共)+$"
# what a member earns or spends: said per a time (月均收入, 年均工资), a mean over the members
_EARNED_OR_SPENT = r"(?:收入|工资|工資|薪资|薪資|薪酬|所得|支出|消费|消費)$"
# a clause saying only the share of the part before it (补助比例达7成, 占比超过六成, 占35%)
_SHARE_OF_THE_PART = r"[\u3400-\u9fff]{0,4}(?:比例|比率|比重|占比|佔比|占|佔)(?:为|為|达|達|达到|達到|约|約|超过|超過)?[^，,；;。]{0,6}[，,]?$"


def _names_the_item(text: str, q: Quantity, after: Quantity) -> bool:
    """q may be a count in an item's name, the item's figure `after` it (东部6个乡镇1980户: the six
    towns' households): a count, then its noun alone, then the other figure, not a percentage."""
    return q.is_count and after.family not in ("percent", "points") \
        and rx(r"[\u3400-\u9fff]{1,6}").fullmatch(text, q.end, after.qual_start) is not None


def _lead_past_note(text: str, q: Quantity) -> str:
    """q's lead, or, when a note in parentheses stands right before q (在校生（含研究生）184.3万人),
    the words before the note: what names q."""
    if q.lead:
        return q.lead
    m = rx(r"([\u3400-\u9fff]{1,12})[（(][^（()）]{1,16}[）)]\s?$").search(text, max(0, q.qual_start - 30), q.qual_start)
    return m.group(1) if m else ""


def _named_as_the_parts(text: str, qs: list[Quantity], starts: list[int], start: int, end: int, names: list[str]) -> bool:
    """The first figure of the clause text[start:end] is named (by the words before it in the
    clause) as one of `names` is, their last two characters in it or its in them (一等奖…；二等奖
    获得者…, 获二等奖的有…: kinds of one set), or the clause has no figure."""
    inside = between(qs, starts, start, end)
    if not inside:
        return True
    head = _heads(text, inside[:1], start)[0]
    return len(head) >= 2 and any(len(n) >= 2 and (n[-2:] in head or head[-2:] in n) for n in names)


def _one_whole_before(doc: Any, prev: Sentence, sentence: Sentence, frame_end: int) -> bool:
    """分产业看，第一产业…，第二产业…: a frame saying by what a whole is divided names no whole; the
    whole is the one amount of the parts' kind in the sentence before, besides what says how it
    changed (…281萬4,236人，較111年底增加2萬1,318人。以性別區分，…). Where that sentence holds two
    (出生人口…，死亡人口…。从城乡构成看，…) the whole may be further back, and a frame with one
    part after it (从经营主体看，民营企业…) may be another division's: neither is read."""
    text = doc.text
    parts = [q for q in sentence.quantities if q.start >= frame_end and is_amount(q) and bounded(q)]
    if len(parts) < 2:
        return False
    family = parts[0].family
    # (a bound, 连续九年稳定在650亿斤以上, is no whole beside the figure)
    wholes = [q for q in prev.quantities if q.family == family and is_amount(q) and bounded(q) and not how_much_changed(q)]
    if len(wholes) != 1 or sum(q.family == family for q in parts) < 2:
        return False
    whole = wholes[0]
    if opens_with_frame(text, prev.start, prev.end):
        return False    # (从贸易伙伴看，对东盟进出口412.5亿元…。从出口商品看，…: the sentence before is a
        #                division of its own, its figure one value of it, no whole of the next)
    if rx(_OWN_WHOLE).search(text, frame_end, sentence.end) or rx(_STATED_WHOLE).search(parts[0].lead) \
            or _frames_another(text, frame_end, whole):
        return False    # (从全年看，全市计划接待…，其中…; 从存量看，全市实有…; 从性别看，全程参赛选手中…: the
        #                frame turns to another figure or names what its parts are of, a whole of
        #                its own, not a division of the one before)
    if whole.family in _GENERIC and whole.lead and not any(whole.lead[-1] in q.lead[-3:] or rx(_CATEGORY).search(q.lead)
                                                           for q in parts):
        return False    # (布设回收装置2650个。从回收渠道看，…回收纸箱58.6万个: 个 counts two things, told
        #                apart by the head of each noun, its last character: 置 is none of the parts')
    if rx(_NEW_ONES).search(whole.lead) and not rx(_NEW_ONES).search(parts[0].lead) \
            and sentence_holding(doc, prev.start, family) is not None:
        return False    # (共有规上企业420家。上半年新增36家。从行业看，…: the new ones are not divided, the
        #                stock before them is; with no stock before, 新增就业2.3万人。从性别看，… divides them)
    # (报名人数为54.6万人，本科批次录取人数相当于…。从录取院校看，省内高校录取…，省外高校录取…: the
    # deed every part names, named in the sentence before but not in the whole's clause, says the
    # parts are of what that other clause speaks of)
    deeds = {_deed_of(q) for q in parts} - {""}
    if len(deeds) != 1:
        return True
    deed = deeds.pop()
    clause = next(((a, b) for a, b in clause_spans(text, prev.start, prev.end) if a <= whole.start < b), None)
    return clause is None or deed not in prev.text or deed in text[clause[0]:clause[1]]


# what a frame's first part says when it is a whole itself: a whole place, a total, a plan, a
# stock (全市计划接待…, 全市实有…, 共有…)
_STATED_WHOLE = r"全(?:市|县|縣|区|區|省|国|國|镇|鎮|乡|鄉|年)|计划|計劃|实有|實有|共有|总|總|累计|累計"
# a part named as a category of the whole (政府投资类68个, 新建型…): of what the whole counts
_CATEGORY = r"(?:类|類|型)$"
# a count of new things (新增规上企业36家), which a frame dividing the stock does not divide
_NEW_ONES = r"新增|新建|新设|新設|新登记|新登記"
# a breakdown of a whole of the sentence's own, after the frame (从支出看，…支出386.4亿元，其中…)
_OWN_WHOLE = r"其中|包括|当中|當中"
# the words between a part's deed and its figure: a total, a hedge, a verb of reaching or being
_AFTER_DEED = "共约約近达達为為有是了"


def _deed_of(q: Quantity) -> str:
    """The two characters naming what a part's figure counts, right before it (省内高校共录取8.63万
    人: 录取), or ""."""
    m = rx(r"[\u3400-\u9fff]{2}$").search(q.lead.rstrip(_AFTER_DEED))
    return m.group() if m else ""


# 包括3枚巡航导弹在内的10枚导弹: the parts inside, the whole right after 在内的
_INCLUSIVE = r"(?:包括|包含|含)(?P<parts>[^，,；;。！？]{1,30}?)在[内內]的?"


def _inclusive(doc: Any, sentence: Sentence, starts: list[int], m: Any) -> Relation | None:
    """包括3枚巡航导弹在内的10枚导弹; 包括2名儿童、5名老人在内的共23人: the figures between 包括 and
    在内 are parts of the figure right after it (not all the parts: only a sum above it is wrong)."""
    text = doc.text
    qs = sentence.quantities
    after = between(qs, starts, m.end(), m.end() + 4)
    if not after or not is_amount(after[0]) or not bounded(after[0]) or after[0].low <= 0:
        return None
    whole = after[0]
    if not rx(r"(?:共有|共计|共計|总计|總計|一共|总共|總共|共|超过|超過|约|約|近|达|達)?").fullmatch(text, m.end(), whole.start):
        return None
    inside = between(qs, starts, m.start("parts"), m.end("parts"))
    parts = [q for q in inside if counts_as(text, q, whole.family) or q.family == whole.family]
    if not parts or len(parts) != len(inside) or not all(is_amount(q) and bounded(q) for q in parts):
        return None
    return weigh_parts(parts, parts, whole, exhaustive=False, threshold=False)


def part_whole(doc: Any) -> list[Relation]:
    """Every part–whole relation: the breakdowns, and the spans of months whose periods' figures
    make them up (period_sum.py), which say the parts are all of the whole where a breakdown of the
    same whole could not."""
    found = doc.shared(part_analysis)[0]
    spans = doc.shared(period_sums)
    if not spans:
        return found
    wholes = {r.operands[0].start for r in spans}
    return [r for r in found if not (r.operands and r.operands[0].start in wholes)] + spans


def part_groups(doc: Any) -> list[tuple[Quantity, list[Quantity]]]:
    return doc.shared(part_analysis)[1]


def _object(doc: Any, sentence: Sentence, starts: list[int], pos: int) -> Relation | None:
    """审议议案6件，表决通过其中8件: the part is the figure after 其中, the whole the last amount of
    its family before it in its clause or the one before."""
    qs = sentence.quantities
    text = doc.text
    after = between(qs, starts, pos + 2, pos + 5)
    part = after[0] if after else None
    if part is None or not is_amount(part) or not bounded(part):
        return None
    back = clauses_back(doc.text, sentence.start, pos, 2)
    # (a whole in another measure word that counts the same: 共确诊91人其中24例死亡, 其中 with no
    # comma right after the whole's figure)
    wholes = [q for q in between(qs, starts, back[0][0], pos) if q.end <= pos
              and counts_as(text, q, part.family) and is_amount(q) and bounded(q)] if back else []
    if not wholes:
        return None
    whole = wholes[-1]
    return weigh_parts([part], [part], whole, exhaustive=False, threshold=False)


def _whole_in(doc: Any, sentence: Sentence, starts: list[int], pos: int, after: int, groups: list,
              relations: list[Relation]) -> None:
    """全县212所中小学中，150所学校…: the whole is the figure of the clause that ends in 中 (or the
    figure before whose noun that clause is: _named_before), the parts the first figure of its
    family in each clause after. They are added when they are exclusive kinds, the done and the
    not yet done, or a part and the rest (which make the whole exactly)."""
    text = doc.text
    qs = sentence.quantities
    back = clauses_back(text, sentence.start, pos, 1)
    if not back:
        return
    if any(q.start < pos < q.end for q in between(qs, starts, back[0][0], pos + 1)):
        return      # the 里 of 58平方公里: a unit's last character, no frame
    in_clause = [q for q in between(qs, starts, back[0][0], pos) if q.end <= pos]
    wholes = [q for q in in_clause if is_amount(q)]
    if not in_clause:
        named = _named_before(text, qs, sentence.start, back[0][0], pos)
        if named is None:
            return
        wholes = [named]
        stretch = text[back[0][0]:pos].strip(" \u3000" + OPENERS)     # (the noun)
    elif len(wholes) != 1 or not bounded(wholes[0]):
        return
    else:
        stretch = text[wholes[0].end:pos]
    whole = wholes[0]
    if rx(r"(?:正在|在|正|已)").search(stretch) or rx(r"(?:%s)$" % "|".join(WORDS["in-progress"])).search(stretch):
        return      # 3个正在建设中 / 10座施工中: "being done", not "among"
    # the parts: the first figure of the family in each clause after, while clauses hold one (or
    # one in another measure word whose noun ends in the whole's: 404队中，评选出前15名防疫志工队;
    # or whose measure word the whole's noun ends in: 120个席位的委员会中，该党占据41席)
    whole_noun = rx(r"[的之]").split(stretch, maxsplit=1)[0]
    parts: list[Quantity] = []
    nouns: list[str] = []     # (the kind each part is: kind_of)
    heads: list[str] = []   # each part's clause up to its figure (已办结, 正在办理)
    tails: list[str] = []   # and after it (36处正办理: states.state_of)
    one_each = True     # each clause gives one part, with no threshold (超过, 以上 …)
    for start, end in _pieces(text, after, sentence.end):
        mine = [q for q in between(qs, starts, start, end) if same_count(text, q, whole, whole_noun)
                and is_amount(q) and bounded(q)]
        rates = between(qs, starts, start, end)
        if not mine and parts and rates and all(q.family in ("percent", "points") for q in rates) \
                and rx(_HOW_IT_CHANGED).match(text[start:end].lstrip("，,；;：: ")):
            continue    # (…中，第一产业增加值742.36亿元，增长3.6%；第二产业…: how the part before changed)
        if not mine:
            break
        # (a 、 list in one clause gives one part an item: 这412所学校中，小学236所、初中168所、高中58所)
        items = [start] + [m.end() for m in rx("、").finditer(text, start, end)]
        listed = len(mine) > 1 and len(items) == len(mine) and all(
            items[k] <= q.qual_start and not rx(r"[0-9０-９]").search(text, items[k], q.qual_start)
            for k, q in enumerate(mine))
        for k, q in enumerate(mine if listed else mine[:1]):
            item_start = items[k] if listed else start
            parts.append(q)
            # (a kind named by a clause with 的 is the kind: 18岁以下的720名)
            nouns.append(kind_of(text, q, item_start).rstrip("的"))
            heads.append(text[item_start:q.qual_start].strip("，,；;：:、 " + OPENERS))
            tails.append(text[q.end:end])
        # (a threshold on the figure itself, 超过720名 or 720名以上; a band's edge in the kind's name,
        # 18岁以下的720名, is none)
        one_each = one_each and (len(mine) == 1 or listed) and not any(
            rx(r"(?:%s)(?:的|为|為|达|達)?$" % _THRESHOLD).search(text, max(start, q.qual_start - 4), q.qual_start)
            and not rx(r"的$").search(text, start, q.qual_start)
            or rx(_THRESHOLD).match(text, q.end) for q in mine)
    if parts:
        groups.append((whole, parts[:1]))
        # parts that are exclusive kinds of one thing are added, as after 其中 (全县1.2万名考生中，
        # 男生6100人，女生5900人)
        # (or states of it that cannot overlap: 2360件投诉中，已办结2210件，正在办理150件; 52个项目当中，
        # 已完工19个，在建33个: states.py; or a part and the rest: 15场中仅有2场…，其余13场…, which make
        # the whole exactly)
        # (or kinds and the rest of them: 45家業者當中，餐飲業18家，伴手禮業15家，其餘12家為住宿業)
        rest = len(parts) >= 2 and one_each and rx(r"(?:%s)的?$" % "|".join(REMAINDERS)).search(heads[-1]) is not None \
            and not any(rx(r"(?:%s)" % "|".join(REMAINDERS)).search(h) for h in heads[:-1])
        # (or the other kinds named last, as after 其中: 1,142万吨夏粮中，小麦…，早稻、蚕豌豆等其他夏收作物…)
        other = rx(_EXHAUSTIVE_LAST).search(heads[-1]) if len(parts) >= 2 and one_each else None
        rest = rest or (other is not None and rest_of_the_whole(other.group(), heads[-1][other.end():], stretch, heads[:-1]))
        states = states_apart([state_of(h, t) for h, t in zip(heads, tails)]) if len(parts) >= 2 and one_each else None
        summed = parts if len(parts) >= 2 and one_each and (mutually_exclusive(nouns) or states is not None or rest
                                                            or one_valued_relatives(heads)
                                                            or one_valued_after(text, [q.end for q in parts])
                                                            # (age bands name their kind with figures: 18岁以下的)
                                                            or mutually_exclusive([h.rstrip("的有") for h in heads])) \
            else parts[:1]
        # (every kind of the whole, as after 其中: 8600名学生中，男生…，女生…, so their sum must
        # reach it; or every state of it: states.states_apart)
        kinds = exclusive_kinds(nouns) if summed is parts and one_each else None
        complete = rest or states is True or (kinds is not None and whole_partition(kinds[1]))
        found = weigh_parts(parts, summed, whole, exhaustive=complete, threshold=False)
        if found:
            relations.append(found)


def _named_before(text: str, qs: list[Quantity], lo: int, start: int, pos: int) -> Quantity | None:
    """…，基层医疗卫生机构455个，…；基层医疗卫生机构中，乡镇卫生院21个…: a clause that is only a noun
    and 中 names the one figure before it in the sentence whose noun it is (the noun right before
    that figure, or right after it), not an item of a 、 list: that figure is the whole its parts
    break down."""
    noun = text[start:pos].strip(" \u3000" + OPENERS)
    if not rx(r"[\u3400-\u9fff]{2,10}").fullmatch(noun):
        return None
    found = [q for q in qs if lo <= q.start and q.end <= start and is_amount(q) and bounded(q)
             and (text[max(lo, q.qual_start - len(noun)):q.qual_start] == noun or text.startswith(noun, q.end))
             and not text.startswith("、", q.end)]
    # (北部地區得獎者13名、中部9名…；得獎者中有21名…: an item of a 、 list is one kind of the noun,
    # no whole of it)
    return found[0] if len(found) == 1 else None


def _pieces(text: str, start: int, end: int):
    """The clauses of text[start:end], each with its closing mark, produced as they are read."""
    at = start
    for m in rx(r"[，；;。！？!?]|,(?![0-9])").finditer(text, start, end):
        yield at, m.end()
        at = m.end()
    if at < end:
        yield at, end


def _breakdown(doc: Any, sentence: Sentence, starts: list[int], parens: Parens, pos: int, cue_end: int,
               groups: list, before: int = -1, divided: bool = False) -> Relation | None:
    """The breakdown opened by a cue at pos. `before`: where the sentence before begins when
    the cue opens a sentence of its own (_opening): there a whole is taken only when it is the
    one amount of its kind in that sentence, or the one whose clause names what the parts count.
    `divided`: the cue names the one measure the whole is divided by (分行业看，…): across the
    sentence its parts need not name the whole's noun (they are values of that measure; whether
    they are apart is still their names' to say: 从行业看，制造业…，服务业…，高技术产业… overlap)."""
    text = doc.text
    if text[pos] == _SOURCES and rx(VERB).search(text, cue_end, next(
            (m.start() for m in rx(r"[，,；;。]").finditer(text, cue_end, sentence.end)), sentence.end)):
        return None     # 由800万元增加到1200万元: a change, not who pays the total
    qs = _generic_said_once(text, _unit_said_once(text, sentence.quantities, pos), pos)
    clauses_before = clauses_back(text, sentence.start, pos, 8)
    # the clauses after 其中, up to a closing parenthesis when 其中 is inside one
    after_start = cue_end
    in_parens = parens.depth(pos) > 0
    after_end = sentence.end
    if in_parens:
        close = rx(r"[)）]").search(text, after_start, sentence.end)
        after_end = close.start() if close else sentence.end
    pieces = []
    family = None
    for start, end in _pieces(text, after_start, after_end):
        pieces.append((start, end))
        cands = [q for q in between(qs, starts, start, end) if (is_amount(q) or is_amount(q, per_time(q)) or new_count(q))
                 and not _bounds_the_kind(text, q, end)]
        if cands:
            family = cands[0].family
            break
        if text[start:end].strip("，,：: ") and start > after_start:
            return None         # the first clause after 其中 that says something has no figure
    if family is None:
        return None
    candidates = _find_wholes(text, qs, starts, clauses_before, family, cands[0])
    if len(candidates) == 1 and rx(TOTAL_SAID).search(cands[0].lead) and any(
            q.family == family and q.end <= candidates[0][1][0] and rx(r"[；;]").search(text, q.end, candidates[0][1][0])
            for q in qs if q.start >= sentence.start):
        return None     # (…80歲至99歲長者11萬2,376人…；100歲以上人瑞1,186人…。其中80歲以上長者合計11萬3,562人: a
        #                 part said as a sum of items of a ； series, not a part of its last item)
    if not candidates:
        # the nearest clause with amounts of the kind holds two (28个国家的1200个品牌参展，其中150个
        # 品牌…): the one that counts what the first part counts, when one does
        same_kind = _counting_the_same(text, qs, starts, clauses_before, family, counted(text, cands[0], start).noun)
        if same_kind is None and len(cands) > 1 and cands[1].family != family and _names_the_item(text, cands[0], cands[1]):
            # (其中东部6个乡镇1980户、…: no whole counts 个, the first figure counts the towns the part is
            # of; the part is the households after it, of the whole counted in 户)
            cands = cands[1:]
            family = cands[0].family
            candidates = _find_wholes(text, qs, starts, clauses_before, family, cands[0])
            same_kind = candidates[0] if candidates else None
        if same_kind is None:
            return None
        candidates = candidates or [same_kind]
    wholes = [w for w, _ in candidates]
    whole = wholes[0]
    must_name = text.startswith(_NAMING_CUES, pos)
    if text[pos] in _TOTAL_ONLY and not divided and (len(wholes) > 1 or not (
            rx(_TOTAL_WORD).search(whole.lead) or (text.startswith(("包括", *_ONE_BY_ONE), pos) and _adjacent(text, qs, whole, pos)))):
        # 含/尤其 break down only a whole stated as a total; 包括 also the figure of the clause
        # right before it (载有49人，包括46名旅客和3名船员), and 含/包含/涵盖 such a figure when a
        # part names it
        if not (len(wholes) == 1 and text.startswith(("含", *_NAMING_CUES), pos) and _adjacent(text, qs, whole, pos)):
            return None
        must_name = True
    per = per_unit(whole) if _split_rate(text, whole) else per_time(whole)
    if per and rx(_EARNED_OR_SPENT).search(whole.lead):
        return None     # (农民工月均收入4862元，其中外出农民工月均收入5318元: what each earns in a month,
        #                a mean over the members, which a group's mean may exceed; no whole of parts)
    # (in the whole's clause, past the twelve characters of its lead: 新增“三星级”以上绿色建筑面积320万平方米)
    added_whole = rx(_ADDED_WHOLE).search(text, max(words_start(text, whole.qual_start, "，,；;。\n"), whole.qual_start - 24),
                                          whole.qual_start) is not None
    whole_said = text[before if before >= 0 else sentence.start:pos]
    change_whole = rx(_CHANGE_WHOLE).search(whole.lead[-12:]) is not None
    first: list[Quantity] = []
    first_body = ""
    parts: list[Quantity] = []
    nouns: list[str] = []
    kinds: list[str] = []     # (what kind each part is: its noun, or what it is named by: 满意的有…)
    threshold = False
    first_threshold = False     # (a threshold in the first list's own items: only that stops its sum)
    seen_clause = False
    listing = False     # the clause before is the first, a 、 list
    previous_end = after_start
    for start, end in _pieces(text, after_start, after_end):
        body = text[start:end].lstrip("，,：: ")
        if not body.strip("，,；;。"):
            previous_end = end
            continue
        if seen_clause and (rx(_HOW_IT_CHANGED).match(body) or rx(_SHARE_OF_PART).match(body)):
            rates = between(qs, starts, start, end)
            if rates and all(q.family in ("percent", "points") or (
                    rx(_COMPARED_WITH).match(body) and how_much_changed(q)) for q in rates):
                previous_end = end
                continue    # 出口198亿元，同比增长6%；进口…: how the part before changed (or its share:
                # 城镇人口31.2万人，占比64.2%；农村人口…; or by how much against an earlier time:
                # 城镇常住人口268.3万人，比上年末增加2.7万人；乡村…), not the list's end
        if seen_clause and ((rx(_SCOPE_STOP).match(body) and not rx(_GRADED).match(body)) or "其中" in body):
            break
        if seen_clause and rx(SCOPE_AT_HEAD).match(body) and not rx(SCOPE_AT_HEAD).match(first_body):
            break   # (…，其中重症监护床位60张，全院编制床位达到2500张: the whole place's figure, a new statement)
        if seen_clause and rx(_LEVEL_HELD).search(body):
            break   # (…，其中水田38.7万亩，粮食播种面积常年稳定在70万亩以上: a level held, another measure)
        if seen_clause and rx(_ANOTHER_YEAR).search(body) and not rx(_ANOTHER_YEAR).search(first_body):
            break   # (…，其中城镇…，乡村…，2023年末常住人口62.5万人: another year's figure, the list ended)
        if text[previous_end - 1] in "；;":
            stop = rx(r"[；;]").search(text, end, after_end)
            if "其中" in text[start:stop.start() if stop else after_end]:
                break   # after a ；, a clause with its own 其中 is a new whole
            first_word = rx(r"[\u3400-\u9fff]+").match(body)
            said_of = text[max(sentence.start, whole.qual_start - 12):whole.qual_start] + "".join(nouns)
            if first_word and len(nouns) >= 2 and not set(first_word.group()) & set(said_of) \
                    and not first_word.group().startswith(("其他", "其它")):
                break   # (其中镇11个，乡5个；行政村248个，社区36个: after a ；, a clause naming nothing of
                #         the whole or of the parts before is a list of its own; the other kinds,
                #         …；交通事故…；其他创伤…, are the rest of this one)
            if body.startswith(("其餘", "其余")) and any(
                    q.family == family and is_amount(q) and rx(r"[；;]").search(text, q.end, whole.qual_start)
                    and rx(_RANKED).search(text, words_start(text, q.qual_start, "；;。\n"), q.qual_start + 40)
                    for q in qs if sentence.start <= q.start and q.end <= whole.qual_start):
                break   # (以非創傷類案件6萬4,713件次最多，占全部出勤的59.6%；創傷類案件3萬2,908件次，其中…；
                #         其餘1萬1,033件次…: the whole is one item of a ranked series, and the rest after a ；
                #         may be the series' rest; not 一季度受理120件；二季度受理150件，其中已办结100件；
                #         其余60件…, where nothing ranks the items as kinds of one all)
            # (the whole's noun past what says it is a total or a level: 高新技术企业总数达到 → 企业)
            whole_head = rx(r"[\u3400-\u9fff]{2}$").search(rx(_TOTAL_OR_LEVEL_SAID).sub("", _lead_past_note(text, whole)))
            if first_word and whole_head and _a_sibling(first_word.group(), whole_head.group(), whole.lead) \
                    and not any(noun.endswith(whole_head.group()) for noun in nouns):
                break   # (稅課收入1,102億元，當中包括統籌分配稅款486億元；補助及協助收入392億元；其他收入…: after
                #         a ；, a kind named as the whole is, not as its parts are, is the whole's sibling;
                #         or its subject, before its verb: 高新技术企业…；科技型中小企业入库1532家)
            rest = rx("|".join(REMAINDERS)).search(text, start, stop.start() if stop else after_end)
            if rest and rest.start() > start and parts and not _named_as_the_parts(
                    text, qs, starts, start, end, _heads(text, parts, after_start)):
                break   # (其中女队员9名；有17名队员来自高校，其余11名…: after a ；, a list with a rest of its own
                #         divides the whole again, by another measure, when its first item is not named
                #         as the parts before are: the rest is of that list alone)
            if any(len(noun) >= 2 and body.startswith(noun) for noun in nouns):
                break   # (包括本土病例137例及境外移入病例24例；本土病例以前鎮區58例最多…: after a ；, a clause
                #         opening with a part's name breaks that part down, not the whole)
            deed = rx(r"[\u3400-\u9fff]{2}").match(body)
            if deed and deed.group() in whole.lead and first_body and not first_body.startswith(deed.group()) \
                    and not (first_word and any(len(n) >= 3 and first_word.group().endswith(n[-2:]) for n in nouns)):
                break   # (取缔酒驾3,412件，其中移送1,268件；取缔闯红灯2.86万件: after a ；, the whole's own
                #         deed again, a figure beside the whole, not a part; but a clause named as the
                #         parts are, 农业产值…；渔业产值… after 农林牧渔业总产值, is one more of them)
        previous_end = end
        inside = [q for q in between(qs, starts, start, end)
                  if in_parens or parens.depth(q.start) == 0 or _item_count(text, q)]
        # parts of a whole per a unit of time are over the same period: per it, or per nothing
        # said when the part names no period of its own in the same sentence (日均597架次，其中
        # 国际航班376架次; not 日均接待5万人次，其中国庆假期接待38万人次: a period's total)
        mine = [q for q in inside if q.family == family and (
                    is_amount(q, per) if per and (before >= 0 or rx(_PERIOD).search(text, start, q.start))
                    else is_amount(q) or (per and is_amount(q, per)) or (added_whole and new_count(q)))
                and (not rx(TOTAL_SAID).search(q.lead) or rx(_EXHAUSTIVE_LAST).search(q.lead) or (
                    not per and not seen_clause and not text[after_start:start].strip("，,：: ")))
                and not (seen_clause and (_sums_items_before(text, q, sentence.start, qs) or rx(_STOCK_NOW).search(q.lead)))
                and not (q.value <= 10 and rx(_SUBJECT_OF_TOTAL).match(text, q.end))
                and not (before >= 0 and rx(BROUGHT_ABOUT).search(q.lead[-8:]))
                and not (added_whole and rx(_STOCK_OF_ALL).search(text, start, q.qual_start))
                and not is_level(q)
                # (a total of a whole place, 这当中，全县…适龄妇女共有9.6万人: a whole of its own, no part)
                and not (rx(TOTAL_SAID).search(q.lead) and rx(SCOPE_AT_HEAD).match(body))
                # (the earlier state of a comparison after the list, 新能源装机比年初的3370万千瓦增长…:
                # what the whole was, no part of it)
                and not (compared_state(text, q) and rx(r"\s?(?:%s)" % VERB).match(text, q.end))
                and not wider_scope(text, item_start(text, start, q.qual_start), q.qual_start, whole_said)
                and not (change_whole and rx(_LEVEL_NOW).search(q.lead))]
        # (这些消费券中，…，带动消费8.6亿元: what the whole of the sentence before brought about, no
        # part of it; after 其中 in one sentence the part itself may bring it about, 其中…拉动投资约5万亿元)
        # (a total word after the rest's is the rest's own sum, a part still: 其余各区合计3.3万户)
        if not mine:
            if not seen_clause and not inside:
                continue    # 其中麻豆为最大产区，种植面积847公顷: a clause naming the part comes first
            if seen_clause and inside and all(q.family == "percent" for q in inside) \
                    and rx(_SHARE_OF_THE_PART).match(body):
                continue    # 其中中央補助8億6,380萬元，補助比例達7成，市府自籌…: the share of the part before, said
                #             in a clause of its own; the list goes on after it
            break
        if rx(_SUBPARTS).match(body) and seen_clause:
            seen_clause = True
            continue            # 包括男运动员126人、女运动员158人: a breakdown of the part before
        item_starts = [start] + [m.end() for m in rx("[、和及与與]").finditer(text, start, end)]
        for q in mine:
            at = bisect.bisect_right(item_starts, q.qual_start) - 1
            nouns.append(counted(text, q, item_starts[at] if at >= 0 else start).noun)
            kinds.append(kind_of(text, q, item_starts[at] if at >= 0 else start))
        if not seen_clause:
            first = mine
            first_body = body
            threshold = first_threshold = bool(rx(_THRESHOLD).search(body))
            listing = len(mine) >= 2
        else:
            if rx(_THRESHOLD).search(body):
                threshold = True
            if len(mine) == 1 and (listing and rx(_LAST_ITEM).match(body) or (
                    len(parts) == len(first) == 1 and rx(_LAST_OF_TWO).match(body))):
                first = first + mine    # 其中甲62件、乙14件，以及丙9件: the 、 list's last item
                # (or the second of two: 包含甲、乙等12项，以及丙、丁等14项)
                first_threshold = first_threshold or bool(rx(_THRESHOLD).search(body))
            listing = False
        seen_clause = True
        parts.extend(mine)
    if not parts:
        return None
    if text.startswith(_ONE_BY_ONE, pos) and (
            (bounded(whole) and whole.high <= len(between(qs, starts, cue_end, first[-1].end if first else cue_end)))
            or (not rx(_TOTAL_WORD).search(whole.lead) and (
                not (whole.is_count or whole.family == "people") or len(first) < 2 or not all(
                    rx(r"[\u3400-\u9fff]{2,}").search(h) for h in _heads(text, first, cue_end))))):
        return None     # 前两位总统任内，分别是15.5名与16名: as many figures as members, one each
        # (and a figure not stated as a total is broken down by a list of named items only: one
        # figure after 分别是 may be one of two, the other no amount, 第12.5名与14名; figures with
        # no name are values one per member, 近两年…约120万亩，分别是118万亩、121万亩; and only a
        # count of things is so listed by kind: an amount, 粮食产量32万吨，分别为…, may be one of
        # several measures said before it, each given respectively)
    noun = nouns[0] if nouns else ""
    if must_name and not any(_names_whole(text, n, whole, candidates[0][1]) for n in nouns) and not (
            len(parts) > 2 and rx(r"(?:其他|其它)").search(parts[-1].lead)
            and not any(Interval.of(q).above(Interval.of(whole)) for q in parts)):
        # (a list closed by the other kinds, 涵盖急病…、车祸…及其他原因…, names its items as kinds of
        # the whole: what makes it up, not what it holds; a list with an item above the whole counts
        # what the whole's things contain, 服务站126个，涵盖…及其他便民服务点210个)
        return None     # 共制定标准12项，包含指标86项: what the standards hold, not kinds of them
    named = [w for w, span in candidates if _names_whole(text, noun, w, span)]
    pointer = rx(_POINTER).fullmatch(text, pos, cue_end) if before >= 0 else None
    noun_pointed = (pointer.group(1) or pointer.group(2)) if pointer else ""
    if pointer and any(rx(r"共|包含|包括").search(q.lead) for q in parts):
        return None     # (上述项目，共包含具体惠民措施58项: what the whole holds, not its parts)
    if pointer and len(noun_pointed) >= 3 and noun_pointed[:2] in text[before:pos]:
        # (…下达资金2.4亿元，已拨付2.1亿元。上述拨付资金，…: the pointer names the figure whose clause
        # says what it names first, 拨付, and no other)
        own = [w for w, span in candidates if noun_pointed[:2] in text[span[0]:w.end]]
        if len(own) != 1:
            return None
        named = own
    elif pointer and not named:
        # (这些投诉中，… opening a sentence points at what its parts are of: the whole of the sentence
        # before that counts it, or its one amount of the parts' kind, whatever the parts' own nouns
        # and whatever word the pointer uses: 全市共接警8.6万次。这些呼救中，…)
        named = [w for w, span in candidates if _names_whole(text, noun_pointed, w, span)]
        if not named and len(candidates) == 1 and sum(
                1 for q in between(qs, starts, before, pos) if counts_as(text, q, family) and is_amount(q)) == 1:
            named = [whole]
    if not named and len(noun) >= 2:
        # the nearest whole names another thing (利润总额4314亿元 before 其中…实现收入4107亿元):
        # a whole further back that names what the part counts is a candidate too, and is taken
        farther = _named_whole(text, qs, starts, clauses_before, family, noun, candidates[-1][1][0])
        if farther:
            candidates.append(farther)
            wholes.append(farther[0])
            named = [farther[0]]
        elif _named_whole(text, qs, starts, clauses_before, family, noun, candidates[-1][1][0], reached=True):
            return None     # (考点已增至1326个，分布在162个国家和地区，其中网络考试考点487个: the level a
            #                 change reached names what the part counts; the nearer figure counts another)
    if len(wholes) > 1:
        # (a whole of one month is no whole of parts named by other months: 6月份新增3例，累计确诊186例，
        # 其中4月份12例，5月份8例 — the parts are of the 累计)
        of_their_period = [w for w, span in candidates if w in wholes
                           and not period_apart(text[span[0]:w.qual_start], _heads(text, parts, after_start))]
        if of_their_period and len(of_their_period) < len(wholes):
            wholes = of_their_period
            whole = wholes[0]
            named = [w for w in named if w in wholes]
    if len(named) == 1 and len(wholes) > 1:
        # (a whole whose clause says only what the named one's does, at another time, names it
        # too: 去年完成农房改造1,500户，今年完成1,200户，其中危房改造… — which is meant is not said)
        said = _said_again(text, named[0], candidates)
        named = named + [w for w, span in candidates if w is not named[0] and _elliptical(text, w, span, said)]
    if len(wholes) > 1 and len(named) != 1 and rx(r"[\u3400-\u9fff]{2}").match(first_body):
        # 立案2482人，处分1647人，移送73人，其中，处分厅局级干部54人: the whole whose clause
        # opens with the word the part's clause opens with (处分 … 处分), when one does
        opening = [w for w, (a, b) in candidates if text[a:b].lstrip("，,；;：: ").startswith(first_body[:2])]
        if len(opening) == 1:
            named = opening
    if len(wholes) > 1 and len(named) == 1:
        # 其中 after parallel figures (受理投诉320件，办结298件，其中…投诉96件): the whole whose
        # clause names what the first part counts, when one does
        wholes = named
        whole = wholes[0]
    elif len(wholes) > 1 and not named and rx(TOTAL_SAID).search(wholes[0].lead) \
            and not any(rx(TOTAL_SAID).search(w.lead) for w in wholes[1:]):
        # 选出选手155人，本次共有151人获奖，其中…: the one figure stated as a total, right before
        # 其中, is the whole it breaks down (the figures before are wholes of their own)
        wholes = wholes[:1]
    if before >= 0 and len(noun) >= 2 and not named and len(wholes) == 1 and _items_counted(text, qs, starts, before, pos, noun, len(parts)):
        named = [whole]     # (3處社宅完工，合計提供1,284戶。其中，五甲社宅462戶、大順社宅583戶、德民社宅
        #                     284戶: the sentence before counts the items the breakdown lists, by their noun)
    if before >= 0 and len(noun) >= 2 and not named and len(wholes) == 1 and kinds_listed_in_its_name(
            _heads(text, parts, after_start), text[candidates[0][1][0]:whole.start]):
        named = [whole]     # (已完工及興建中的社會住宅共計3,186戶。其中，已完工…，興建中者…: the whole's name lists
        #                     the kinds the parts open with)
    if before >= 0 and len(noun) >= 2 and not named and not (
            (mutually_exclusive(kinds) or divided or _closed_by_the_rest(parts))
            and sum(1 for q in between(qs, starts, before, pos)
                                              if counts_as(text, q, family) and is_amount(q) and not how_much_changed(q)) == 1):
        # across a sentence, a part that names what it counts names the whole's noun, unless the
        # parts are exclusive kinds and the sentence before counts one amount of their kind (全镇共有
        # 耕地3.2万亩。其中，水田2.1万亩，旱地1.1万亩。), kinds known or a list closed by the other
        # kinds (…出勤1.4万次。其中，急病送医…；交通事故…；其他创伤…: what is not named is in 其他)
        return None
    if before >= 0 and (len(wholes) > 1 or whole not in named) and sum(
            1 for q in between(qs, starts, before, pos)
            if counts_as(text, q, family) and is_amount(q) and not how_much_changed(q)) > 1:
        return None     # across a sentence: which of its amounts is the whole is not said (not
        #                 counting what says how much it changed: …共計58萬6,420公噸，較111年減少…)
    if before >= 0 and parts and _other_span(text, whole, text[after_start:parts[0].qual_start]):
        return None     # (…5月份，社会消费品零售总额40500亿元。按经营单位所在地分，1至5月城镇消费品零售额…:
        #                 the parts name another span of months than the whole before)
    if any(is_level(w) for w in wholes):
        return None     # (平均降雨量达到412毫米。其中，…超过800毫米: a level, whichever way it was found)
    if len(wholes) == 1:
        groups.append((whole, list(parts)))
    # (kinds of one set stand side by side, none inside another: 中央补助…，省级配套…，县级自筹…
    # is no part broken down into the two after it, whatever their sum)
    whole_clause = next(span for w, span in candidates if w == whole)
    funded = family == "money" and funded_by_levels(nouns, text[whole_clause[0]:whole.start])
    # (but not when a part is said to be besides the whole: 县级另安排300万元)
    side_by_side = len(nouns) == len(parts) and (mutually_exclusive(nouns) or funded) \
        and not any("另" in q.lead for q in parts)
    collapsed = list(parts) if side_by_side else _collapse_breakdowns(parts)
    kept = {q.start for q in collapsed}
    first = [q for q in first if q.start in kept]
    # (rain that fell in one period did not fall again in the next: its periods add up)
    rain = rx(PRECIPITATION).search(whole.lead) is not None
    # Parts across clauses are added only when they are exclusive kinds of one thing.
    summed = first
    if len(first) > 1 and rx(RESPECTIVE).search(text, after_start, first[-1].start) \
            and rx(RESPECTIVE).search(text, *whole_clause):
        # 产销量分别完成2769.2万辆和2768.7万辆。其中，新能源汽车产销量分别完成1301.5万辆和
        # 1294.3万辆: one figure per measure, each a part of its own whole; none is added to another
        summed = first[:1]
    elif len(first) > 1 and (periods_of_one_scale(kinds[:len(first)]) or periods_of_one_scale(_heads(text, first, after_start))) \
            and not rain:
        # 其中112年巡查820公里、113年巡查850公里; 其中一期作1,950公頃、二期作1,600公頃; 其中112年底…、
        # 113年底…: what one period counts the next may count again (a road inspected each year, a
        # field sown each season, a stock at each year's end); each part is still no more than the whole
        # (rain is not: what fell on the 11th did not fall again on the 12th, 累计降雨…，其中11日…，12日…)
        summed = first[:1]
    elif len(first) > 1 and nested(kinds[:len(first)]):
        summed = first[:1]  # 其中自建房2.6万栋、经营性自建房0.9万栋: the second is some of the first
    elif len(first) > 1 and designations(kinds[:len(first)]) and not (
            mutually_exclusive(kinds[:len(first)]) or one_valued_list(_heads(text, first, after_start))):
        # 其中高新技术企业180家、专精特新企业150家; 其中低保户120户、残疾人家庭80户: designations one
        # firm or household may hold both of; each part is still no more than the whole
        summed = first[:1]
    elif len(first) > 1 and not (mutually_exclusive(kinds[:len(first)]) or done_and_not(text, first)
                                 or one_valued_list(_heads(text, first, after_start)) or funded) \
            and properties(_heads(text, first, after_start)):
        # 其中种植业合作社1420家、开展电商销售的1180家; 其中女性代表88名、少数民族代表41名: what some
        # of the whole did or have, or kinds of two sets, may overlap; each part is still no more
        # than the whole
        summed = first[:1]
    elif len(collapsed) > len(first) and len(collapsed) == len(parts) and not threshold \
            and (mutually_exclusive(kinds) or done_and_not(text, collapsed) or units_named_apart(kinds)
                 or one_valued_list(_heads(text, collapsed, after_start))
                 or one_valued_after(text, [q.end for q in collapsed])
                 or (family == "money" and _allotted(text, collapsed))
                 or names_its_parts(nouns, text[whole_clause[0]:whole.start])
                 or kinds_listed_in_its_name(_heads(text, collapsed, after_start), text[whole_clause[0]:whole.start])
                 or funded
                 or (rain and periods_of_one_scale(_heads(text, collapsed, after_start)))):
        summed = collapsed
    rest = rx(_EXHAUSTIVE_LAST).search(collapsed[-1].lead)
    whole_words = text[whole_clause[0]:whole.start]
    partition = exclusive_kinds(kinds)
    # (男教师…、女教师… of 教职工: kinds of a partition of some of the whole's things, the teachers)
    of_the_whole = partition is None or kinds_of_the_whole(partition, whole_words)
    exhaustive = len(collapsed) >= 2 and ((rest is not None and rest_of_the_whole(
        rest.group(), collapsed[-1].lead[rest.end():], whole_words,
        [q.lead for q in collapsed[:-1]])) or (
        len(collapsed) == 2 and complementary(collapsed[0].lead, collapsed[1].lead) and of_the_whole) or (
        # (every kind of a partition named: 奖牌91枚，其中金牌…、银牌…、铜牌…; 男性…、女性…)
        len(summed) == len(collapsed) and partition is not None and whole_partition(partition[1]) and of_the_whole))
    if not exhaustive and len(summed) == len(collapsed) >= 2 and kinds_listed_in_its_name(
            _heads(text, collapsed, after_start), text[whole_clause[0]:whole.start]):
        exhaustive = True   # (已完工及興建中的社會住宅共計…，其中，已完工…，興建中者…: each thing the whole
        #                     counts is one of the kinds its name lists)
    if not exhaustive and len(collapsed) >= 2 and _divided_into_them(text, whole.end, pos, _heads(text, collapsed, after_start)):
        exhaustive = True   # (共有特困供养人员4350人，分为集中供养和分散供养两类，其中集中供养…，分散供养…:
        #                     the whole said to be made of as many kinds as the parts, each named)
    if not exhaustive and divided and len(collapsed) >= 2 and rx(_SPLIT_BY).match(text, pos, cue_end) \
            and not nested(_heads(text, collapsed, after_start)) \
            and not any(rx(OTHER_TIME).search(h) for h in _heads(text, collapsed, after_start)):
        summed = collapsed  # (…128處。依設置單位區分，由社區發展協會設置者74處，由宗教團體…: a whole said to be
        #                     split by one measure, each value of it one part, none inside another; some
        #                     values may go unsaid, as breakdown.py reads such a frame within a sentence;
        #                     not values of other times, 依年度區分，去年…，今年…)
    if exhaustive and rx(_BESIDES).search(text, collapsed[-1].end, sentence.end):
        exhaustive = False  # (…及其他项目50亿元，另有30亿元作为预备资金: a part besides the list)
    if exhaustive:
        summed = collapsed
    elif rest is not None and summed is first and len(first) >= 2 and collapsed[:-1] == first:
        # (其中塑料瓶41.2吨、渔网38.7吨，其余杂物24.4吨: the rest, of the whole or of what it names, is
        # apart from the list's kinds, so it adds to them; whether they make all of it is not said)
        summed = collapsed
    if len(collapsed) > 1 and stages_nested([q.lead for q in collapsed]):
        summed, exhaustive = collapsed[:1], False   # (已开工36个，已投产21个: the 21 among the 36)
    if len(summed) > 1 and rx(_OVERLAP_SAID).search(text, after_start, sentence.end):
        summed, exhaustive = summed[:1], False  # (…，另有5家为两地上市: the copy says its items overlap)
    # every part listed is checked against the whole; only exclusive ones are added
    if len(wholes) == 1:
        verdict = weigh_parts(collapsed, summed, whole, exhaustive, first_threshold and summed is first)
        if verdict is not None and not verdict.ok and len(summed) > 1 and whole.family in REACHED \
                and reached_in(text[whole_clause[0]:whole_clause[1]], [q.lead for q in summed]) \
                and not any(Interval.of(q).above(Interval.of(whole)) for q in summed):
            return None     # (共有1,260户参加培训，其中上半年参训860户，下半年参训720户: one household
            #               may be reached in both; only one part above the whole is wrong)
        if verdict is not None and not verdict.ok and rest is not None and _rest_of_an_earlier_whole(
                doc, qs, sentence.start, whole, collapsed):
            return None     # (计划改造62个，已开工58个，其中完工41个，剩余21个…: the rest of the plan, 62
            #               − 41, not of the 58 started: which whole the rest is of is not said)
        return verdict
    # which of the parallel figures is the whole is not said: the parts must fit one of them,
    # and are reported only when they fit none (shown against the largest)
    verdicts = [weigh_parts(collapsed, summed, w, exhaustive, first_threshold and summed is first) for w in wholes]
    fitting = [v for v in verdicts if v is not None and v.ok]
    if fitting:
        return fitting[0]
    return max(zip(wholes, verdicts), key=lambda pair: pair[0].high)[1]


def _other_span(text: str, whole: Quantity, part_words: str) -> bool:
    """The words of the parts name a span of months (1至5月) and those of the whole, in its sentence
    before it, one the parts' is not inside (5月份): parts of a longer or another span. (A month
    inside the whole's span is a part of it: 1—9月…299个。其中，9月份新开工34个.)"""
    theirs = span_named(part_words)
    if theirs is None:
        return False
    mine = span_before(text, whole)
    return mine is not None and not mine[0] <= theirs[0] <= theirs[1] <= mine[1]


def _said_again(text: str, whole: Quantity, candidates: list[tuple[Quantity, tuple[int, int]]]) -> str:
    """The words of the named whole's clause before its figure."""
    a = next(span for w, span in candidates if w is whole)[0]
    return text[a:whole.qual_start]


def _elliptical(text: str, q: Quantity, span: tuple[int, int], said: str) -> bool:
    """q's clause names nothing but a time and words of `said` (今年完成 after 去年全区完成农房改造)."""
    words = rx(OTHER_TIME).sub("", text[span[0]:q.qual_start].strip("，,；;：: "))
    return bool(words) and words in said


def _side_parts(doc: Any, sentence: Sentence, starts: list[int], pos: int, cue_end: int,
                main: Relation) -> list[Relation]:
    """其中高新技术企业86家、产值152亿元: a breakdown that gives a part in two measures, each
    part of the whole of its own measure before 其中 (企业210家, 产值320亿元). Only the first
    clause after 其中; a part stated as a total of its own (总投资) is left alone: the projects
    of one year may have a total investment of many."""
    text = doc.text
    qs = sentence.quantities
    family = main.operands[0].family if main.operands else ""
    piece = next((p for p in _pieces(text, cue_end, sentence.end) if text[p[0]:p[1]].strip("，,：: ")), None)
    if piece is None:
        return []
    found: list[Relation] = []
    done = {q.family for q in main.operands} or {family}     # (a part in another measure word is
    # read already: 设120个席位，其中占据41席)
    clauses_before = clauses_back(text, sentence.start, pos, 8)
    for q in between(qs, starts, piece[0], piece[1]):
        if q.family in done or not is_amount(q) or not bounded(q) or rx(TOTAL_SAID).search(q.lead):
            continue
        done.add(q.family)
        wholes = _find_wholes(text, qs, starts, clauses_before, q.family)
        if len(wholes) != 1:
            continue
        verdict = weigh_parts([q], [q], wholes[0][0], exhaustive=False, threshold=False)
        if verdict:
            found.append(verdict)
    return found


# a clause that ends in 中 (or 里) after its figure frames the clause after it: `N个…中，M个…`
_FRAME_END = r"[\u3400-\u9fff]+[中里裡裏]$"


def _find_wholes(text: str, qs: list[Quantity], starts: list[int], clauses: list[tuple[int, int]],
                 family: str, first_part: Quantity | None = None) -> list[tuple[Quantity, tuple[int, int]]]:
    """The whole, or the wholes it may be, each with its clause. The nearest clause before 其中
    with an amount of the family holds it, unless it holds two. When the clauses before it hold
    one each too (a run of parallel figures: 受理投诉320件，办结298件，其中…), each of them,
    nearest first. A whole in another measure word counts when its noun is named by the parts'
    (90名…病例，当中51例…). A clause saying how the whole changed (比上年增加1.2万亩) is passed
    over when the first part is larger than the change: that part is no part of the change."""
    found: list[tuple[Quantity, tuple[int, int]]] = []
    for i in range(len(clauses) - 1, -1, -1):
        start, end = clauses[i]
        if not found and i > 0 and rx(r"[，,]?\s?(?:较|較|比|同比|环比|環比)[^，,；;。]{0,8}?的").match(text, start):
            continue    # (共設攤位120攤，較去年的102攤增加18攤，其中…: the comparison is said of the whole
            #             before it, its figures are the earlier state and the change)
        same = [q for q in between(qs, starts, start, end) if q.end <= end and counts_as(text, q, family)]
        if not same:
            if found:
                break
            continue
        # not a threshold (消费满300元, 每满100元): a condition, not a total to break down
        # (由700余人组成: 由 … 组成 states what a whole is made of, not where a change starts)
        # (nor a figure per item, its 每 further back than per_unit reads: 每个网格配备网格员1名)
        wholes = [q for q in same if (is_amount(q) or is_amount(q, per_time(q)) or _split_rate(text, q) or new_count(q) or _made_of(text, q))
                  and not is_level(q)
                  and (not rx(r"[从從由满滿]$").search(q.lead) or _made_of(text, q))
                  and not rx(_PER_ITEM).search(text, start, q.qual_start)
                  and not _counts_kinds_listed(text, q)]
        if not found and not wholes and first_part is not None and i > 0 \
                and (_how_the_whole_changed(text, same, start, end, first_part)
                     or all(rx(_PER_ITEM).search(text, start, q.qual_start) for q in same)):
            continue    # (每个网格配备网格员1名 between the whole and 其中: a figure per item)
        # a whole given as a floor (货运量超6760万吨，其中…) bounds no part from above, but a
        # part is still checked against it (and verified when below it)
        if len(wholes) != 1 or len(same) != 1 or (
                not bounded(wholes[0]) and wholes[0].qualifier not in LOWER_BOUNDS):
            return found
        if found and rx(_FRAME_END).search(text, wholes[0].end, end):
            if len(found) >= 2:
                found.append((wholes[0], (start, end)))
            break   # (在128个奖项中，拿下53个，其中…: the frame's whole is broken down by the
            # clause after it, whose figure 其中 breaks down in turn; after a run of parallel
            # figures, the frame's whole is one more that 其中 may break down: 9件不合格產品中，4件…，
            # 3件…，另2件…；其中…5件 is of the nine, not of one of the run)
        found.append((wholes[0], (start, end)))
        if len(found) == 4 or i == 0:
            break
        p_start, p_end = clauses[i - 1]
        if not any(q.family == family and is_amount(q) for q in between(qs, starts, p_start, p_end)):
            break
        if found and (text[p_end:p_end + 1] in "；;" or "其中" in text[p_start:p_end]):
            break   # a run of parallel figures ends at a ； or at a breakdown of its own
    return found


def _split_rate(text: str, q: Quantity) -> bool:
    """An amount per one thing, said with 每 (補貼每公斤10元, 每人补助3000元): its parts are the
    amounts per the same thing that make it up (其中加工5元、集貨2元…). Not a mean (人均, 场均, 平均每户,
    以12座平均計算，每座…): the means of groups (城镇居民5.6万元, 农村居民2.9万元) do not add up to the
    mean of all, and one member's figure may pass it."""
    return "每" in q.lead[-9:] and "均" not in text[max(0, q.qual_start - 16):q.qual_start] \
        and per_unit(q) != "" and is_amount(q, per_unit(q))


def _counts_kinds_listed(text: str, q: Quantity) -> bool:
    """设全程马拉松和半程马拉松两个项目: a small count in words right after the kinds it counts,
    named in a list, is how many kinds there are, no whole of amounts after it."""
    listed = rx(r"[\u3400-\u9fff]{2,}(?:(?:和|及|与|與|、)[\u3400-\u9fff]{2,})+$").search(q.lead)
    # (as many as the names listed: 引进教授和博士九人 counts people, not the two kinds)
    return listed is not None and not rx(r"[0-9０-９]").match(text, q.start) \
        and q.value == len(rx(r"和|及|与|與|、").split(listed.group()))


def _names_whole(text: str, noun: str, whole: Quantity, clause: tuple[int, int]) -> bool:
    """The part's noun names what the whole counts: it shares two characters in a row
    (common.shares_noun) with the opening of the whole's clause, or its head (its last two
    characters) is in the words right before the whole's figure (今年以来，全区共办理法律援助案件
    1350件 … 刑事案件) or in the noun after it (元旦假期共661.5万人次出入境 … 内地居民出入境). A
    long clause names its noun near its figure, not only in its first characters; there two
    characters anywhere would join words across their boundary (农业保险|保费 and 风险|保障 share
    险保)."""
    a, b = clause
    head = noun[-2:]
    return len(noun) >= 2 and (shares_noun(noun, text[a:b])
                               or head in text[max(a, whole.qual_start - 10):whole.qual_start]
                               or head in text[whole.end:b])


def _how_the_whole_changed(text: str, figures: list[Quantity], start: int, end: int, part: Quantity) -> bool:
    """The clause (全县粮食播种面积98.6万亩，比上年增加1.2万亩，其中水稻61.3万亩…) only says by how much
    the figure before it changed (比上年/同比 + a verb of change + the difference), and the part
    after 其中 is above every difference it gives: the part is of the whole before, not of the
    change (a part of an increase is never larger than it)."""
    return rx(_HOW_IT_CHANGED).match(text[start:end].lstrip("，,；;：: ")) is not None \
        and all(not is_amount(q) and bounded(q) and q.high < part.low for q in figures)


def _counting_the_same(text: str, qs: list[Quantity], starts: list[int], clauses: list[tuple[int, int]],
                       family: str, noun: str) -> tuple[Quantity, tuple[int, int]] | None:
    """In the nearest clause holding two amounts of the family, the one that counts what is
    inside what the other counts (28个国家的1200个品牌, 12个乡镇186个行政村: the second, written
    right after the first's noun) when its noun shares `noun` (150个品牌), with its clause."""
    if len(noun) < 2:
        return None
    for start, end in reversed(clauses):
        same = [q for q in between(qs, starts, start, end) if q.end <= end and counts_as(text, q, family)]
        if not same:
            continue
        if rx(RESPECTIVE).search(text, start, end):
            return None     # 产销量分别完成2769.2万辆和2768.7万辆: one figure per measure
        if len(same) != 2 or not rx(r"[\u3400-\u9fff]{1,8}").fullmatch(text, same[0].end, same[1].qual_start):
            return None     # not one count inside the other (a list, a comparison …)
        inner = same[1]
        if is_amount(inner) and (bounded(inner) or inner.qualifier in LOWER_BOUNDS) \
                and shares_noun(noun, counted(text, inner, start).noun):
            return inner, (start, end)
        return None
    return None


def _named_whole(text: str, qs: list[Quantity], starts: list[int], clauses: list[tuple[int, int]],
                 family: str, noun: str, before: int, reached: bool = False) -> tuple[Quantity, tuple[int, int]] | None:
    """The nearest clause ending before `before` that names `noun` and holds one amount of the
    family: that amount, with its clause. Not past a ； or a breakdown of its own: a part of
    another whole (病例1794例，其中，境外输入病例47例；…14409例，其中，境外输入84例) is no whole.
    `reached`: instead, one figure that a change reached (已增至1326个), no amount to break down
    (a change's end may be read as one wrongly) but what the part counts all the same."""
    for start, end in reversed(clauses):
        if end > before:
            continue
        if text[end:end + 1] in "；;" or "其中" in text[start:end]:
            return None
        same = [q for q in between(qs, starts, start, end) if q.end <= end and counts_as(text, q, family)]
        if len(same) == 1 and (not is_amount(same[0]) and rx(_REACHED_LEAD).search(same[0].lead) if reached
                               else is_amount(same[0])) \
                and _names_whole(text, noun, same[0], (start, end)) and not _counts_kinds_listed(text, same[0]) and (
                bounded(same[0]) or same[0].qualifier in LOWER_BOUNDS):
            return same[0], (start, end)
    return None


# a verb of change ending in where it reached (增至, 降到, 增为): its figure is the level reached
_REACHED_LEAD = r"(?:%s)$" % "|".join(v for v in VERB.split("|") if v[-1] in "至到为為")


# what makes a parenthesis a comparison or a timeline rather than the parts of the figure before
_NOT_PARTS = (r"[0-9０-９]{2,4}年|[0-9０-９]{1,2}月|去年|上年|前年|同期|同比|环比|環比|比|较|較|原|增|减|減|降|升"
              r"|其中|包括|含|约|約|占|佔")


# what opens a parenthesis that lists parts of the figure before it (（含民办学校20所）, （其中…）)
_INCLUDING = r"(?:含|包含|包括|其中)(?:有|了)?"


# a short noun or state between a whole's figure and the parenthesis listing its parts (累计共7人
# 阳性（本地籍2人、外籍5人）): what the figure counts, said after it
_WHOLE_NOUN = r"[\u3400-\u9fff]{1,4}"


def _in_parens(doc: Any, sentence: Sentence, starts: list[int], pos: int) -> Relation | None:
    """工程经费5.76亿元（工程费4.61亿元，用地费1.15亿元）: a parenthesis right after a whole (or
    after it and a short noun saying what it counts: 共7人阳性（…）) that lists two or more amounts
    of its kind, and nothing else, lists its parts. They may leave some out, so only a sum above
    the whole is reported."""
    text = doc.text
    qs = sentence.quantities
    i = bisect.bisect_left(starts, pos) - 1
    if i < 0 or not (qs[i].end == pos or rx(_WHOLE_NOUN).fullmatch(text, qs[i].end, pos)):
        return None
    whole = qs[i]
    close = rx(r"[)）]").search(text, pos, sentence.end)
    # all per one unit (每日处理1350吨（东厂每日750吨、西厂每日600吨）) is as good as plain amounts
    per = per_unit(whole)
    if not close:
        return None
    inside = between(qs, starts, pos, close.start())
    said_before = ""
    if not per and inside and per_time(inside[0]):
        # the whole's 每日 said further back in its clause than its own figure's words
        # (焚化厂每日废弃物处理量能约为1350吨（东厂每日750吨、西厂每日600吨）)
        clause_start = max(text.rfind(c, sentence.start, whole.start) for c in "，,；;：:")
        if rx(r"每%s|%s均" % (per_time(inside[0]), per_time(inside[0]))).search(
                text, max(clause_start, sentence.start), whole.start):
            per = said_before = per_time(inside[0])
    amount = (lambda q: per_unit(q) == per) if per else is_amount
    if not (is_amount(whole) if said_before else amount(whole)) or not bounded(whole) or whole.low <= 0:
        return None
    parts = [q for q in inside if counts_as(text, q, whole.family) or q.family == whole.family]
    # (含, 包括 or 其中 opening the parenthesis says its figures are parts: one is enough, 120所（含
    # 民办20所）; not 含税, the whole with tax added; a list after it may overlap, （含党员120人、
    # 妇女95人）, so its sum is verified when it fits and never accused, unless its items are the
    # two halves of the whole or kinds of one set: below)
    said = rx(_INCLUDING).match(text, pos + 1)
    if said and (rx(r"税|稅").match(text, said.end()) or rx(BROUGHT_ABOUT).match(text, said.end())):
        return None     # (含税: the whole with tax added; 含带动社会投资5亿元: what it brought about)
    if len(parts) < (1 if said else 2) or len(parts) != len(inside) \
            or rx(_NOT_PARTS).search(text, said.end() if said else pos, close.start()) \
            or not all(amount(q) and bounded(q) for q in parts):
        return None
    # (kinds that cannot overlap, the two halves of a whole, 含市區512站、郊區350站; 含过夜游客…、一日游游客…:
    # their sum is accused above the whole, and below it when they are all of its kinds)
    halves = len(parts) == 2 and complementary(parts[0].lead, parts[1].lead)
    partition = exclusive_kinds(_heads(text, parts, said.end())) if said else None
    whole_words = text[words_start(text, whole.qual_start, "，,；;。\n"):whole.qual_start]
    if said and (halves or partition is not None) and (partition is None or kinds_of_the_whole(partition, whole_words)):
        return weigh_parts(parts, parts, whole, exhaustive=halves or (partition is not None and whole_partition(partition[1])),
                           threshold=False)
    verdict = weigh_parts(parts, parts, whole, exhaustive=False, threshold=False)
    if said and len(parts) > 1 and verdict is not None and not verdict.ok:
        # (a list after 含 may overlap: its sum is checked when it fits, never accused; but one part
        # above the whole is wrong whatever the others: 共计17,566人次(含电访22,836人次、家访6,860人次))
        # (not of money, which a net figure may hold more of: 利润1.5亿元（含股权收益2.3亿元、亏损0.8亿元）;
        # and only a part whose noun ends in a character of the whole's words, a kind of what it counts:
        # 充电站52座（含充电桩410座…） counts other things in the same measure word)
        if whole.family == "money":
            return None
        head = text[max(text.rfind("，", 0, whole.qual_start), text.rfind("，", 0, whole.qual_start)) + 1:whole.qual_start]
        return next((v for q, words in zip(parts, _heads(text, parts, said.end()), strict=True)
                     if words and words[-1] in head
                     and (v := weigh_parts([q], [q], whole, exhaustive=False, threshold=False)) is not None and not v.ok), None)
    return verdict


def _heads(text: str, parts: list[Quantity], floor: int) -> list[str]:
    """Each part's words before its figure, from the mark before it (其中升入重点高中, 普通高中):
    the verb as well as the noun, which counted() stops before (分到|市属医院)."""
    heads = []
    for q in parts:
        start = words_start(text, q.qual_start, "，,；;、：:", floor)
        heads.append(text[start:q.qual_start].strip(" \u3000" + OPENERS).removeprefix("其中"))
    return heads


def _unit_said_once(text: str, qs: list[Quantity], pos: int) -> list[Quantity]:
    """网络零售额81.2亿元，其中，实物商品网络零售额70.2亿: a part with a multiplier and no unit,
    whose noun is the whole's, is in the whole's unit (said once, at the whole)."""
    if not any(q.family == "bare" and q.start > pos for q in qs):
        return qs
    out = list(qs)
    for i, q in enumerate(qs):
        if q.family != "bare" or q.start < pos or q.multiplier <= 1:
            continue
        like = [w for w in qs[:i] if w.end <= pos and w.family != "bare" and w.multiplier > 1
                and len(w.lead) >= 2 and len(q.lead) >= 2 and shares_noun(q.lead[-6:], w.lead[-6:])]
        if like:
            out[i] = in_unit_of(q, like[-1])
    return out


# the measure words that name no kind of thing (个, 项): two counts in them of one noun count one
# thing (26个运动种类 … 12项应办运动种类)
_GENERIC = ("count:个", "count:项")
# a medal written as its metal after the figure (25金, 14银: units.tsv) is an award: counted with
# awards counted in a generic measure word (53个奖项，其中12个白金、25金…)
_MEDALS = ("金", "银", "铜", "銀", "銅")
_AWARDS = ("奖", "獎", "奖项", "獎項", "奖牌", "獎牌")


def _generic_said_once(text: str, qs: list[Quantity], pos: int) -> list[Quantity]:
    """共计报名26个运动种类，包含…等12项应办运动种类: a part counted in the other generic measure
    word than the whole before the cue, its noun ending as the whole's does (two characters at
    least: 运动种类, 种类), counts what the whole counts, in the whole's measure word."""
    if not any(q.family == _GENERIC[0] for q in qs) or not (
            any(q.family == _GENERIC[1] for q in qs) or any(q.unit.name in _MEDALS for q in qs)):
        return qs
    # (the whole's noun after its figure, or before it: 社团活动项目40个)
    wholes = [(w, _count_noun_after(w) or w.lead) for w in qs if w.end <= pos and w.family in _GENERIC]
    out = list(qs)
    for i, q in enumerate(qs):
        if q.start < pos or not (q.family in _GENERIC or q.unit.name in _MEDALS):
            continue
        if q.unit.name in _MEDALS:
            # (12个白金、25金、14银: a medal in a list of awards counted in 个 is one of them)
            like = [w for w, n in wholes if n.endswith(_AWARDS)]
        else:
            noun = _count_noun_after(q)
            like = [w for w, n in wholes if w.family != q.family and len(common_head([noun, n])) >= 2]
        if like:
            out[i] = in_unit_of(q, like[-1])
    return out


def _count_noun_after(q: Quantity) -> str:
    """The noun right after a count, up to a clause mark or 的 (q.noun, cut)."""
    return rx(r"[，,；;。、的]").split(q.noun, maxsplit=1)[0]


# a sum of money given to a use right after its figure (4.47亿元用于支持…)
_ALLOTTED = r"(?:全部|均|将|將|则|則)?(?:用于|用於|用作|用来|用來)"


def _allotted(text: str, parts: list[Quantity]) -> bool:
    """其中，4.47亿元用于支持…，0.99亿元用于支持…: sums of a fund each given to a use, the figure
    opening its clause and 用于 right after it: the fund is shared out, each yuan given once."""
    return all(rx(_ALLOTTED).match(text, q.end) is not None
               and rx(r"(?:[，,：:；;]|其中)\s*$").search(text, max(0, q.qual_start - 4), q.qual_start) is not None
               for q in parts)


def _item_count(text: str, q: Quantity) -> bool:
    """川菜馆（20家）、粤菜馆（9家）: a parenthesis holding only a figure, right after a name, is
    the count of that item."""
    return text[q.qual_start - 1:q.qual_start] in "（(" and text[q.end:q.end + 1] in "）)" \
        and rx(r"[\u3400-\u9fff]").match(text, q.qual_start - 2) is not None


def _adjacent(text: str, qs: list[Quantity], whole: Quantity, pos: int) -> bool:
    """The whole's figure (and its noun) ends the clause right before the cue (49人，包括…;
    签署160架民用飞机采购协议，包括…), or the clause before one saying only how it changed, by one
    figure of its own (受理申訴1萬8,260件，較111年增加1,384件，包括…)."""
    own = rx(r"[\u3400-\u9fff]{0,12}[，,]").match(text, whole.end, pos)
    if own is None:
        return False
    if own.end() == pos:
        return True
    changed = [q for q in qs if own.end() <= q.start and q.end <= pos]
    return len(changed) == 1 and rx(r"(?:%s)了?" % _HOW_IT_CHANGED).fullmatch(text, own.end(), changed[0].qual_start) is not None \
        and rx(r"[\u3400-\u9fff]{0,4}[，,]").fullmatch(text, changed[0].end, pos) is not None


def _made_of(text: str, q: Quantity) -> bool:
    """由700余人组成: a whole stated as what it is made of."""
    return q.lead.endswith(("由", "由约", "由約")) and rx(r"[\u3400-\u9fff]{0,4}?(?:组成|組成|构成|構成)").match(text, q.end) is not None


def _collapse_breakdowns(parts: list[Quantity]) -> list[Quantity]:
    """Drop runs of parts that break down the part before them (运动员886人，女437人，男449人)."""
    result = []
    i = 0
    while i < len(parts):
        head = parts[i]
        result.append(head)
        j = i + 2
        skip_to = None
        while j <= min(len(parts), i + 12):     # a breakdown is a short run
            run = total(Interval.of(p) for p in parts[i + 1:j])
            if j - i - 1 >= 2 and run.meets(Interval.of(head)):
                skip_to = j
                break
            if run.above(Interval.of(head)):
                break
            j += 1
        i = skip_to if skip_to else i + 1
    return result
