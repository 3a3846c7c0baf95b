"""Part–whole: a total and its parts (`共X，其中a、b、c`; `X件，表决通过其中Y件`; `N所学校中，M所…`).

The whole is the amount of the parts' family in the nearest clause before `其中` that holds one
(a clause between them — `同比增长5.9%`, a description, a `；` — is passed over), unless that
clause is one of a run of parallel figures (`立案2482人，处分1647人，移送73人，其中…`: which
total? the one whose clause names what the part counts, else any of them: the parts are
reported only when they fit none; a run ends at a ； or at a breakdown of its own). A part
given in a second measure (其中企业86家、产值152亿元) belongs to the whole of that measure. The parts are the amounts of that family in the clauses after `其中` while they go on
listing. Parts are added only when they are mutually exclusive kinds of one thing: the items of
one `、` list, or parts in separate `，`/`；` clauses whose nouns are kinds of one set
(`省级示范书屋96个，市级示范书屋131个`); overlapping kinds (`女党员12人，60岁以上党员37人`) are
not added, though none of them may exceed the whole. `其中的` picks one member of the whole,
whose figures count something else: no relation.

A part may be counted in another word than its whole: the whole's noun as its measure word
(120个席位 … 41席; 85个行政村 … 32村), or two bare figures before one noun (共计1,235,400生猪存栏数，
其中85,610生猪存栏数): common.same_count, common.noun_counts. The kinds of one outcome (实到/缺考,
合格/不合格, 通过/未通过) in clauses of their own are parts of the count right before them, with
no 其中 (应到58人，实到55人，缺考3人).

A whole's noun may name its parts (来信来访 … 来信, 来访; 公益林和商品林): they are exclusive
kinds of it. With no 其中, a whole is also broken down by kinds named before 分别为 (公益林和
商品林分别为X和Y), by a part and the rest (已裁罚198件，其余78件: the whole, exactly), and by the
people of a survey who say something (访问1068位市民，有812位表示…: a subset).
"""
from __future__ import annotations

import bisect
from itertools import pairwise

from ...typenames import TYPE_CHECKING
from ..quantities import LOWER_BOUNDS, Quantity
from .common import (
    CLAUSE_MARK,
    HOLD_AFTER_IN,
    OPENERS,
    OPENS_BREAKDOWN,
    REMAINDERS,
    SOURCES,
    VERB,
    WORDS,
    Parens,
    Relation,
    Sentence,
    between,
    bounded,
    clause_spans,
    clauses_back,
    common_head,
    counted,
    counts_as,
    cue_sentences,
    cue_spans,
    exclusive_kinds,
    in_unit_of,
    is_amount,
    is_kind,
    kinds_fit,
    mutually_exclusive,
    names_a_kind,
    names_its_parts,
    new_count,
    noun_counts,
    outcomes_of_one,
    per_time,
    per_unit,
    places,
    rx,
    same_count,
    shares_noun,
    whole_partition,
)
from .interval import Interval, basis, total

if TYPE_CHECKING:
    from typing import Any

_SCOPE_STOP = r"^(?:%s)" % "|".join(WORDS["scope-stop"])
_THRESHOLD = r"超过|超過|以上|以下|不足|及以上|逾|高于|低于"
_SUBPARTS = r"^(?:包括|包含|含)"
_EXHAUSTIVE_LAST = r"(?:%s)" % "|".join(WORDS["exhaustive-last"])
COMPLEMENTS = tuple(tuple(pair.split()) for pair in WORDS["complements"])
_TOTAL_LEAD = r"(?:共|总|總|合计|合計|累计|累計)[^，,]{0,3}$"
# 其中 used as an object in mid-clause: 表决通过其中8件 (the figure follows at once).
_OBJECT = r"(?<=[\u3400-\u9fff])其中(?=[0-9０-９一二三四五六七八九两十])"
# A whole introduced by `N个…中，`: 全县212所中小学中，150所…
# (or with no comma, a verb of holding right after 中: 在拥有120个议席的议会中将占据38席)
_WHOLE_IN = r"中(?:[，,]|%s)" % HOLD_AFTER_IN
# What opens a breakdown of the whole before it: 其中 anywhere, and what says the same at the
# start of a clause or a sentence (这当中, 在这些企业中: common.OPENS_BREAKDOWN); at the start of a clause also
# 当中 (90名…病例，当中51例…) and, after a whole stated as a total (共计, 总, 累计 …), 含/包括
# (or 尤其/特别是) followed soon by a figure (共计15处，含2处…及13处…). 包含 is left out: it names what a thing is
# made of (标准包含指标), often counted in the same measure word.
_BREAKDOWN = (r"其中|(?<![\u3400-\u9fff0-9０-９])(?:(?:这|這)(?:当中|當中)|在(?:这些|這些)[\u3400-\u9fff]{1,8}中(?=[，,]))"
              r"|(?<=[，,；;：:])(?:当中|當中|(?:包括|含|尤其是|尤其|特别是|特別是|分别为|分別為|分别是|分別是)"
              r"(?=[^，,；;。]{0,12}[0-9０-９])|包括(?=(?:[^，,；;。、]{1,10}、){1,8}[^，,；;。]{0,12}[0-9０-９])"
              r"|由" + SOURCES + ")")
# Cues that break down only a whole stated as a total: 含/包括, and 尤其/特别是 singling out a
# part of it (共投入12.7亿元，尤其在北部投入10.6亿元).
_TOTAL_ONLY = ("包", "含", "尤", "特", "分", "由")    # (分别为: a total, then its parts one by one)
# 由 after a total opens the list of who pays it (总经费3768万元，由中央补助800万元、市府自筹2968万元):
# parts of the total, unless the clause says how something changed (由800万元增至…)
_SOURCES = "由"
_TOTAL_WORD = r"共|总|總|合计|合計|累计|累計"
# a period named in a part's clause (国庆假期, 1—10月, 全年, 40天): the part is that period's
# amount, not one per the whole's unit of time
_PERIOD = (r"[0-9０-９一二三四五六七八九十两兩]+(?:天|日|个月|個月|月|年|周|週)|[—–-]|期间|期間|假期|全年|今年|去年"
           r"|上半年|下半年|季度|累计|累計|合计|合計|共|总|總")
# figures given one per thing named before them (产销量分别为…和…)
_RESPECTIVE = r"分别|分別"
# a clause saying how the part before it changed (增长6%, 同比下降2.1%, 比上年提高3个百分点)
_HOW_IT_CHANGED = r"(?:同比|环比|環比|(?:比|较|較)[\u3400-\u9fff]{0,6})?(?:%s)" % VERB


def part_analysis(doc: Any) -> tuple[list[Relation], list[tuple[Quantity, list[Quantity]]]]:
    """The part–whole relations, and (whole, parts) for every group with one clear whole (the
    share relation reuses them)."""
    relations: list[Relation] = []
    groups: list[tuple[Quantity, list[Quantity]]] = []
    text = doc.text
    chosen = _sentences(doc)
    for index, sentence in enumerate(chosen):
        s_text = sentence.text
        starts = [q.start for q in sentence.quantities]
        parens = None
        for m in rx(_BREAKDOWN).finditer(text, sentence.start, sentence.end):
            pos = m.start()
            if text.startswith("其中的", pos) or text.startswith("其中之", pos):
                continue        # one member of the whole, not a breakdown of it
            if parens is None:
                parens = Parens(text, sentence.start, sentence.end)     # one scan per sentence
            opens = m.group() == "其中" or rx(OPENS_BREAKDOWN).fullmatch(m.group()) is not None
            if m.group() == "其中" and rx(_OBJECT).match(text, pos) and pos > sentence.start:
                relation = _object(doc, sentence, starts, pos)
            elif opens and not text[sentence.start:pos].strip(OPENERS + "这這"):
                relation = _opening(doc, chosen, index, pos, m.end())
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
        if len(starts) >= 3:
            relations.extend(_after_whole(doc, sentence, starts))
        if "占" in s_text or "佔" in s_text:
            relations.extend(_held(doc, sentence, starts))
        if any(w in s_text for w in REMAINDERS):
            relations.extend(_remainder(doc, sentence, starts))
        if rx(_SURVEY).search(s_text):
            relations.extend(_respondents(doc, sentence, starts))
        if "分别" in s_text or "分別" in s_text:
            relations.extend(_respectively(doc, sentence, starts))
        if "中" in s_text:
            for m in rx(_WHOLE_IN).finditer(text, sentence.start, sentence.end):
                _whole_in(doc, sentence, starts, m.start(), m.end(), groups, relations)
    return relations, groups


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
    extra = noun_counts(text, sentence.start, sentence.end, sentence.quantities)
    if not extra:
        return sentence
    return sentence._replace(quantities=sorted(sentence.quantities + extra, key=lambda q: q.start))


# a sentence that breaks down a whole of its own (其中 … ；包括 …): the sentence after it may
# break down one of its parts, not its whole
_OWN_BREAKDOWN = r"其中(?![的之])|(?:当中|當中)[，,]"


def _opening(doc: Any, found: list[Sentence], index: int, pos: int, cue_end: int) -> Relation | None:
    """其中 opening a sentence breaks down a whole stated in the sentence right before it, in the
    same paragraph (…累计发电装机容量34.0亿千瓦，同比增长14.5%。其中，太阳能发电装机容量9.3亿千瓦…):
    the two are read as one sentence. A sentence before that breaks down a whole of its own is
    not used: which whole the second 其中 breaks down is not said."""
    sentence = found[index]
    if index == 0:
        return None
    prev = found[index - 1]
    if not prev.quantities or not sentence.quantities:
        return None     # no whole before, or no part after
    text = doc.text
    gap = text[prev.end:sentence.start]
    if prev.end > sentence.start or len(gap) > 3 or "\n" in gap or "\n" in text[prev.end - 1:sentence.start] \
            or rx(_OWN_BREAKDOWN).search(text, prev.start, prev.end):
        return None
    joined = Sentence(prev.start, sentence.end, text[prev.start:sentence.end],
                      prev.quantities + sentence.quantities)
    starts = [q.start for q in joined.quantities]
    # (its groups are not given to the share relation: a percentage after a part in the
    # sentence after its whole may be of another whole, and 其中…件数2,717件，受理2,717件，
    # 比例达100% may be a part of the part before it)
    return _breakdown(doc, joined, starts, Parens(text, joined.start, joined.end), pos, cue_end, [],
                      before=prev.start)


# what may open a part's clause before its kind and is no kind (目前已办结298件, 男生有580人)
_HEAD_LEAD = r"^(?:截至目前|目前|现在|現在|至今|迄今)[，,]?"
_HEAD_TAIL = r"(?:有|为|為|是|达|達)$"
# a part's words that tie it to another time or compare it (今年城镇新增3100个 after last year's
# whole; 比上年多): not a part of the whole before it
_OTHER_TIME = r"今年|去年|上年|明年|前年|同期|[0-9０-９]{2,4}年|比|较|較|同比|环比|環比"
# the done and the not yet done, the state named before the figure (已办结298件，尚在办理14件;
# 已完成80个，未完成12个): only a state that is finished (办结, 完成, 竣工, 建成) or the same verb
# negated is the other's complement; 已开工 and 正在建设 overlap (what is being built has started)
_DONE_HEAD = r"(?:均|皆|都)?(?:已经|已經|已)(?P<verb>[\u3400-\u9fff]{1,4})"
_OPEN_HEAD = r"(?:尚未|还未|還未|未)(?P<verb>[\u3400-\u9fff]{1,4})|(?:尚在|仍在|还在|還在|尚|仍)[\u3400-\u9fff]{1,4}"
_FINISHED = r"[结結完竣毕畢]|成$"


def _done_and_open(heads: list[str]) -> bool:
    """已办结 / 尚在办理; 已完成 / 未完成: two heads, one the done and one the not yet done."""
    if len(heads) != 2:
        return False
    for done, open_ in (heads, heads[::-1]):
        d = rx(_DONE_HEAD).fullmatch(done)
        o = rx(_OPEN_HEAD).fullmatch(open_)
        if d and o and (o.group("verb") == d.group("verb") if o.group("verb")
                        else rx(_FINISHED).search(d.group("verb")) is not None):
            return True
    return False


def _kinds_of_whole(heads: list[str], whole_words: str) -> bool | None:
    """Whether heads name parts of the whole whose clause is whole_words, without 其中: None when
    they do not; else True when they are every kind of it (so their sum must reach it), False
    when some kind may be left out (5A级, 4A级 … of all A级 scenic areas).

    They must be mutually exclusive kinds: the kinds of one outcome (合格/不合格), the done and the
    not yet done (已办结/尚在办理), or kinds of one set (common.exclusive_kinds) tied to the
    whole: the noun they share is in its words (男生/女生 of 毕业生), or they are bare kinds that
    may count it (男/女; 小学/初中 only of a whole naming schools: common.kinds_fit). A whole
    that names one of the kinds (城镇新增就业5400人，农村新增…) is a kind itself, not their whole."""
    if any(rx(_OTHER_TIME).search(h) for h in heads):
        return None
    if outcomes_of_one(heads) or _done_and_open(heads):
        return True
    if names_its_parts(heads, whole_words):
        return False    # 来信来访2680件次，来信1540件次，来访1140件次: kinds the whole is named by
    found = exclusive_kinds(heads)
    if found is None:
        return None
    noun, kinds = found
    named = kinds_fit(kinds, whole_words)
    if named is None:
        return None     # 小学98所 after 幼儿园52所: kinds of schools, a whole of another noun
    # (the word naming their noun may hold a kind: 中小学校 is no primary school)
    if places(kinds) or names_a_kind(kinds, whole_words.replace(named, "") if named else whole_words):
        return None
    if noun and noun not in whole_words and not all(is_kind(h) for h in heads) \
            and not _of_all_kinds(noun, whole_words):
        return None     # 男生/女生 after 教师120人: kinds of another noun
    return whole_partition(kinds)


# a whole that counts every kind of a thing (各类养老床位, 各种车辆): the noun after 各类 is the
# whole's, and its last two characters (床位) are what it counts
_ALL_KINDS = r"各(?:类|類|种|種|项|項|式)[\u3400-\u9fff]{0,6}(?=[0-9０-９])"


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


def _after_whole(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """A breakdown right after its whole, with no 其中: the whole's figure ends its clause, and
    its parts follow at once, in a 、 list (毕业生共1260人，男生580人、女生680人) or in clauses of
    their own, one figure each (应到58人，实到55人，缺考3人; 新增就业岗位5400个，城镇新增3100个，
    农村新增2300个), named by mutually exclusive kinds of it (_kinds_of_whole). Their sum may not
    pass the whole, and must reach it when the kinds are all of its kinds. A run inside a
    breakdown (其中实到55人，缺考3人) is the breakdown's."""
    text = doc.text
    qs = sentence.quantities
    clauses = clause_spans(text, sentence.start, sentence.end)
    named = [_named_parts(text, qs, starts, a, b) for a, b in clauses]
    found: list[Relation] = []
    i = 1
    while i < len(clauses):
        first = named[i]
        if first is None:
            i += 1
            continue
        if len(first) > 1:
            run, j = list(first), i + 1        # a 、 list: the parts, all in one clause
        else:
            run, j = list(first), i + 1        # or clauses of one figure each, while they go on
            while j < len(clauses) and named[j] is not None and len(named[j] or ()) == 1 \
                    and (named[j] or [])[0][0].family == first[0][0].family:
                run.extend(named[j] or [])
                j += 1
        a, b = clauses[i - 1]
        wholes = [q for q in between(qs, starts, a, b) if q.end <= b]
        whole = wholes[0] if len(wholes) == 1 else None
        complete = None
        if whole is not None and (is_amount(whole) or new_count(whole)) and bounded(whole) and whole.low > 0 \
                and rx(r"[\u3400-\u9fff]{0,12}").fullmatch(text, whole.end, b) \
                and not rx(_BREAKDOWN).search(text, sentence.start, clauses[j - 1][1]):
            # (a run after 其中 is a part of the breakdown's: 其中，铁路客运量1310万人次，水路…)
            run = [(q, h) for q, h in run if q.family == whole.family]
            # a run of clauses stops where its kinds stop being of one set (a third clause that is
            # no kind of the first two: 合格316批次，不合格4批次，抽检覆盖12个乡镇)
            while len(run) >= 2 and complete is None:
                complete = _kinds_of_whole([h for _, h in run], text[a:whole.end])
                if complete is None:
                    if len(first) > 1:
                        break
                    run.pop()
        if complete is not None and len(run) >= 2:
            parts = [q for q, _ in run]
            verdict = _verdict(parts, parts, whole, exhaustive=complete, threshold=False)  # type: ignore[arg-type]
            if verdict:
                found.append(verdict)
            i = max(j, i + 1)
        else:
            i += 1      # (报名86人，应到81人，实到77人，缺考4人: the run's whole may be its first clause)
    return found


_SURVEY = "|".join(WORDS["survey-words"])
# the count of people who say something: a figure, at most a short noun (受访者), a verb of saying
_SAYS = r"[\u3400-\u9fff]{0,4}?(?:%s)" % "|".join(sorted(WORDS["say-words"], key=len, reverse=True))
# a count of other people than those reached (另有300人表示, 其他城市的2000人认为)
_OTHERS = r"另|其他|其它|此外|其余|其餘|以外|之外"


def _respondents(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """这次调查共访问1068位市民，有812位表示支持: after a count of the people a survey reached (a
    clause with 调查, 访问, 参与 …: survey-words), a count of people who say something (表示,
    认为, 支持 …: say-words) later in the sentence is of those who answered it: never larger. A
    count of other people (另有, 其他城市) or of another time is left alone, and so is a survey
    clause counting people twice (which of them answered is not said)."""
    text = doc.text
    qs = sentence.quantities
    clauses = clause_spans(text, sentence.start, sentence.end)
    whole: Quantity | None = None
    parts: list[Quantity] = []
    for a, b in clauses:
        inside = [q for q in between(qs, starts, a, b) if q.end <= b]
        if whole is not None:
            said = [q for q in inside if q.family == whole.family and rx(_SAYS).match(text, q.end)]
            if said and not rx(_OTHERS).search(text, a, b) and not rx(_OTHER_TIME).search(text, a, said[0].start) \
                    and not rx(_BREAKDOWN).search(text, whole.end, said[0].start):    # (the breakdown's)
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
    verdict = _verdict(parts, parts[:1], whole, exhaustive=False, threshold=False)
    return [verdict] if verdict else []


def _remainder(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """查获违规案件276件，已裁罚198件，其余78件仍在审理中: with no 其中, a clause opening with 其余
    (剩余, 剩下的) and a figure, right after a clause of one part that follows the clause of the
    whole: the part and the rest are the whole, exactly (within rounding and hedges). Under 其中
    the breakdown reads 其余 so already (exhaustive-last). One part only: with more clauses before
    the rest, which of them is the whole is not said."""
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for m in rx(r"(?<=[，,])(?:%s)的?(?=[0-9０-９])" % "|".join(REMAINDERS)).finditer(text, sentence.start, sentence.end):
        if rx(_BREAKDOWN).search(text, sentence.start, m.start()):
            continue    # the breakdown reads it
        back = clauses_back(text, sentence.start, m.start() - 1, 2)
        rest = between(qs, starts, m.end(), m.end() + 1)
        if len(back) < 2 or not rest:
            continue
        (wa, wb), (pa, pb) = back
        wholes = [q for q in between(qs, starts, wa, wb) if q.end <= wb]
        parts = [q for q in between(qs, starts, pa, pb) if q.end <= pb]
        if len(wholes) != 1 or len(parts) != 1:
            continue
        whole, part, left = wholes[0], parts[0], rest[0]
        if not all(q.family == whole.family and is_amount(q) and bounded(q) for q in (whole, part, left)) \
                or whole.low <= 0 or rx(_OTHER_TIME).search(text, pa, part.qual_start) \
                or not rx(r"[\u3400-\u9fff]{0,12}").fullmatch(text, whole.end, wb) \
                or not rx(r"[\u3400-\u9fff]{0,12}").fullmatch(text, part.end, pb):
            continue
        verdict = _verdict([part, left], [part, left], whole, exhaustive=True, threshold=False)
        if verdict:
            found.append(verdict)
    return found


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
        if any(rx(_NOT_A_NAME).search(n) or rx(_OTHER_TIME).search(n) for n in names):
            continue
        clause_end = next((c.start() for c in rx(CLAUSE_MARK).finditer(text, m.end(), sentence.end)), sentence.end)
        figures = between(qs, starts, m.end(), clause_end)
        back = clauses_back(text, sentence.start, m.start() - 1, 1)
        if len(figures) != len(names) or not back:
            continue
        a, b = back[0]
        wholes = [q for q in between(qs, starts, a, b) if q.end <= b]
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        if not (is_amount(whole) and bounded(whole) and whole.low > 0) \
                or not rx(r"[\u3400-\u9fff]{0,12}").fullmatch(text, whole.end, b) \
                or rx(_RESPECTIVE).search(text, a, b) \
                or not all(q.family == whole.family and is_amount(q) and bounded(q) for q in figures) \
                or not all(rx(r"(?:[和及与與、]|以及)").fullmatch(text, p.end, q.qual_start)
                           for p, q in pairwise(figures)):
            continue
        whole_words = text[a:whole.start]
        head = common_head(names)
        kinds = exclusive_kinds(names)
        if places(names) or not (names_its_parts(names, whole_words) or (head and head in whole_words) or kinds is not None):
            continue    # (甲市和乙市 after 本市: other places, compared)
        complete = kinds is not None and not kinds[0] and whole_partition(kinds[1])
        verdict = _verdict(figures, figures, whole, exhaustive=complete, threshold=False)
        if verdict:
            found.append(verdict)
    return found


# 占 + a count, not a percentage: a part held of the whole before it (女校长占71名; 急诊量占其中的
# 9.4万人次). 占其中 + a figure is read as 其中's object (_OBJECT).
_HELD = r"(?<=[\u3400-\u9fff])[占佔]了?(?P<of>其中的)?(?=[0-9０-９])"


def _held(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """全县现有中小学校长186名，女校长占71名: the part after 占 is of the whole of the clause right
    before, which its figure ends: the one amount there of the part's kind. Without 其中的 the
    part's subject names what the whole counts (女校长 … 校长). A part held is never above its
    whole; it need not be the whole's only part."""
    text = doc.text
    qs = sentence.quantities
    found = []
    for m in rx(_HELD).finditer(text, sentence.start, sentence.end):
        after = between(qs, starts, m.end(), m.end() + 1)
        if not after or not is_amount(after[0]) or not bounded(after[0]):
            continue
        part = after[0]
        back = clauses_back(text, sentence.start, m.start(), 2)
        if len(back) < 2:
            continue
        (a, b), (subject_start, _) = back
        wholes = [q for q in between(qs, starts, a, b) if q.end <= b]
        if rx(r"[占佔]").search(text, a, b):
            continue    # 第一款者占2位，第三款者占5位: parts held side by side, neither the other's whole
        if len(wholes) != 1 or not counts_as(text, wholes[0], part.family) or not is_amount(wholes[0]) \
                or not bounded(wholes[0]) or not rx(r"[\u3400-\u9fff]{0,12}").fullmatch(text, wholes[0].end, b):
            continue
        subject = text[subject_start:m.start()]
        if not m.group("of") and not (len(subject) >= 2 and shares_noun(subject, text[a:wholes[0].start])):
            continue
        verdict = _verdict([part], [part], wholes[0], exhaustive=False, threshold=False)
        if verdict:
            found.append(verdict)
    return found


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
    return _verdict(parts, parts, whole, exhaustive=False, threshold=False)


def part_whole(doc: Any) -> list[Relation]:
    return doc.shared(part_analysis)[0]


def part_groups(doc: Any) -> list[tuple[Quantity, list[Quantity]]]:
    return doc.shared(part_analysis)[1]


def _object(doc: Any, sentence: Sentence, starts: list[int], pos: int) -> Relation | None:
    """审议议案6件，表决通过其中8件: the part is the figure after 其中, the whole the last amount of
    its family before it in its clause or the one before."""
    qs = sentence.quantities
    after = between(qs, starts, pos + 2, pos + 5)
    part = after[0] if after else None
    if part is None or not is_amount(part) or not bounded(part):
        return None
    back = clauses_back(doc.text, sentence.start, pos, 2)
    wholes = [q for q in between(qs, starts, back[0][0], pos) if q.end <= pos
              and q.family == part.family and is_amount(q) and bounded(q)] if back else []
    if not wholes:
        return None
    whole = wholes[-1]
    return _verdict([part], [part], whole, exhaustive=False, threshold=False)


def _whole_in(doc: Any, sentence: Sentence, starts: list[int], pos: int, after: int, groups: list,
              relations: list[Relation]) -> None:
    """全县212所中小学中，150所学校…: the whole is the figure of the clause that ends in 中, the
    part the first figure of its family in the clause after."""
    text = doc.text
    qs = sentence.quantities
    back = clauses_back(text, sentence.start, pos, 1)
    if not back:
        return
    wholes = [q for q in between(qs, starts, back[0][0], pos) if q.end <= pos and is_amount(q)]
    if len(wholes) != 1 or not bounded(wholes[0]):
        return
    whole = wholes[0]
    stretch = text[whole.end:pos]
    if rx(r"(?:正在|在|正|已)").search(stretch) or rx(r"(?:%s)$" % "|".join(WORDS["in-progress"])).search(stretch):
        return      # 3个正在建设中 / 10座施工中: "being done", not "among"
    # the parts: the first figure of the family in each clause after, while clauses hold one (or
    # one in another measure word whose noun ends in the whole's: 404队中，评选出前15名防疫志工队;
    # or whose measure word the whole's noun ends in: 120个席位的委员会中，该党占据41席)
    whole_noun = rx(r"[的之]").split(stretch, maxsplit=1)[0]
    parts: list[Quantity] = []
    for start, end in _pieces(text, after, sentence.end):
        mine = [q for q in between(qs, starts, start, end) if same_count(text, q, whole, whole_noun)
                and is_amount(q) and bounded(q)]
        if not mine:
            break
        parts.append(mine[0])
    if parts:
        groups.append((whole, parts[:1]))
        found = _verdict(parts, parts[:1], whole, exhaustive=False, threshold=False)
        if found:
            relations.append(found)


def _pieces(text: str, start: int, end: int):
    """The clauses of text[start:end], each with its closing mark, produced as they are read."""
    at = start
    for m in rx(r"[，；;。！？!?]|,(?![0-9])").finditer(text, start, end):
        yield at, m.end()
        at = m.end()
    if at < end:
        yield at, end


def _breakdown(doc: Any, sentence: Sentence, starts: list[int], parens: Parens, pos: int, cue_end: int,
               groups: list, before: int = -1) -> Relation | None:
    """The breakdown opened by a cue at pos. `before`: where the sentence before begins when
    the cue opens a sentence of its own (_opening): there a whole is taken only when it is the
    one amount of its kind in that sentence, or the one whose clause names what the parts count."""
    text = doc.text
    qs = _unit_said_once(text, sentence.quantities, pos)
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
        cands = [q for q in between(qs, starts, start, end) if is_amount(q) or is_amount(q, per_time(q))]
        if cands:
            family = cands[0].family
            break
        if text[start:end].strip("，,：: ") and start > after_start:
            return None         # the first clause after 其中 that says something has no figure
    if family is None:
        return None
    candidates = _find_wholes(text, qs, starts, clauses_before, family)
    if not candidates:
        # the nearest clause with amounts of the kind holds two (28个国家的1200个品牌参展，其中150个
        # 品牌…): the one that counts what the first part counts, when one does
        same_kind = _counting_the_same(text, qs, starts, clauses_before, family, counted(text, cands[0], start).noun)
        if same_kind is None:
            return None
        candidates = [same_kind]
    wholes = [w for w, _ in candidates]
    whole = wholes[0]
    if text[pos] == _SOURCES and rx(VERB).search(text, cue_end, next(
            (m.start() for m in rx(r"[，,；;。]").finditer(text, cue_end, sentence.end)), sentence.end)):
        return None     # 由800万元增加到1200万元: a change, not who pays the total
    if text[pos] in _TOTAL_ONLY and (len(wholes) > 1 or not (
            rx(_TOTAL_WORD).search(whole.lead) or (text.startswith("包括", pos) and _adjacent(text, whole, pos)))):
        return None     # 含/尤其 break down only a whole stated as a total; 包括 also the figure
                        # of the clause right before it (载有49人，包括46名旅客和3名船员)
    per = per_time(whole)
    first: list[Quantity] = []
    first_body = ""
    parts: list[Quantity] = []
    nouns: list[str] = []
    threshold = False
    seen_clause = False
    previous_end = after_start
    for start, end in _pieces(text, after_start, after_end):
        body = text[start:end].lstrip("，,：: ")
        if not body.strip("，,；;。"):
            previous_end = end
            continue
        if seen_clause and rx(_HOW_IT_CHANGED).match(body):
            rates = between(qs, starts, start, end)
            if rates and all(q.family in ("percent", "points") for q in rates):
                previous_end = end
                continue    # 出口198亿元，同比增长6%；进口…: how the part before changed, not the list's end
        if seen_clause and (rx(_SCOPE_STOP).match(body) or "其中" in body):
            break
        if text[previous_end - 1] in "；;":
            stop = rx(r"[；;]").search(text, end, after_end)
            if "其中" in text[start:stop.start() if stop else after_end]:
                break   # after a ；, a clause with its own 其中 is a new whole
        previous_end = end
        inside = [q for q in between(qs, starts, start, end)
                  if in_parens or parens.depth(q.start) == 0 or _item_count(text, q)]
        # parts of a whole per a unit of time are over the same period: per it, or per nothing
        # said when the part names no period of its own in the same sentence (日均597架次，其中
        # 国际航班376架次; not 日均接待5万人次，其中国庆假期接待38万人次: a period's total)
        mine = [q for q in inside if q.family == family and (
                    is_amount(q, per) if per and (before >= 0 or rx(_PERIOD).search(text, start, q.start))
                    else is_amount(q) or (per and is_amount(q, per)))
                and (not rx(_TOTAL_LEAD).search(q.lead) or (
                    not per and not seen_clause and not text[after_start:start].strip("，,：: ")))]
        if not mine:
            if not seen_clause and not inside:
                continue    # 其中麻豆为最大产区，种植面积847公顷: a clause naming the part comes first
            break
        if rx(_SUBPARTS).match(body) and seen_clause:
            seen_clause = True
            continue            # 包括男运动员126人、女运动员158人: a breakdown of the part before
        item_starts = [start] + [m.end() for m in rx("[、和及与與]").finditer(text, start, end)]
        for q in mine:
            at = bisect.bisect_right(item_starts, q.qual_start) - 1
            nouns.append(counted(text, q, item_starts[at] if at >= 0 else start).noun)
        if not seen_clause:
            first = mine
            first_body = body
            threshold = bool(rx(_THRESHOLD).search(body))
        elif rx(_THRESHOLD).search(body):
            threshold = True
        seen_clause = True
        parts.extend(mine)
    if not parts:
        return None
    noun = nouns[0] if nouns else ""
    named = [w for w, (a, b) in candidates if len(noun) >= 2 and shares_noun(noun, text[a:b])]
    if not named and len(noun) >= 2:
        # the nearest whole names another thing (利润总额4314亿元 before 其中…实现收入4107亿元):
        # a whole further back that names what the part counts is a candidate too, and is taken
        farther = _named_whole(text, qs, starts, clauses_before, family, noun, candidates[-1][1][0])
        if farther:
            candidates.append(farther)
            wholes.append(farther[0])
            named = [farther[0]]
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
    if before >= 0 and len(noun) >= 2 and not named:
        return None     # across a sentence, a part that names what it counts names the whole's noun
    if before >= 0 and (len(wholes) > 1 or whole not in named) and sum(
            1 for q in between(qs, starts, before, pos) if counts_as(text, q, family) and is_amount(q)) > 1:
        return None     # across a sentence: which of its amounts is the whole is not said
    if len(wholes) == 1:
        groups.append((whole, list(parts)))
    collapsed = _collapse_breakdowns(parts)
    kept = {q.start for q in collapsed}
    first = [q for q in first if q.start in kept]
    # Parts across clauses are added only when they are exclusive kinds of one thing.
    summed = first
    whole_clause = next(span for w, span in candidates if w == whole)
    if len(first) > 1 and rx(_RESPECTIVE).search(text, after_start, first[-1].start) \
            and rx(_RESPECTIVE).search(text, *whole_clause):
        # 产销量分别完成2769.2万辆和2768.7万辆。其中，新能源汽车产销量分别完成1301.5万辆和
        # 1294.3万辆: one figure per measure, each a part of its own whole; none is added to another
        summed = first[:1]
    elif len(collapsed) > len(first) and len(collapsed) == len(parts) and not threshold \
            and (mutually_exclusive(nouns) or _done_and_not(text, collapsed)
                 or names_its_parts(nouns, text[whole_clause[0]:whole.start])):
        summed = collapsed
    exhaustive = len(collapsed) >= 2 and (rx(_EXHAUSTIVE_LAST).search(collapsed[-1].lead) is not None or (
        len(collapsed) == 2 and complementary(collapsed[0].lead, collapsed[1].lead)))
    if exhaustive:
        summed = collapsed
    # every part listed is checked against the whole; only exclusive ones are added
    if len(wholes) == 1:
        return _verdict(collapsed, summed, whole, exhaustive, threshold and summed is first)
    # which of the parallel figures is the whole is not said: the parts must fit one of them,
    # and are reported only when they fit none (shown against the largest)
    verdicts = [_verdict(collapsed, summed, w, exhaustive, threshold and summed is first) for w in wholes]
    fitting = [v for v in verdicts if v is not None and v.ok]
    if fitting:
        return fitting[0]
    return max(zip(wholes, verdicts), key=lambda pair: pair[0].high)[1]


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
        if q.family in done or not is_amount(q) or not bounded(q) or rx(_TOTAL_LEAD).search(q.lead):
            continue
        done.add(q.family)
        wholes = _find_wholes(text, qs, starts, clauses_before, q.family)
        if len(wholes) != 1:
            continue
        verdict = _verdict([q], [q], wholes[0][0], exhaustive=False, threshold=False)
        if verdict:
            found.append(verdict)
    return found


def _find_wholes(text: str, qs: list[Quantity], starts: list[int], clauses: list[tuple[int, int]],
                 family: str) -> list[tuple[Quantity, tuple[int, int]]]:
    """The whole, or the wholes it may be, each with its clause. The nearest clause before 其中
    with an amount of the family holds it, unless it holds two. When the clauses before it hold
    one each too (a run of parallel figures: 受理投诉320件，办结298件，其中…), each of them,
    nearest first. A whole in another measure word counts when its noun is named by the parts'
    (90名…病例，当中51例…)."""
    found: list[tuple[Quantity, tuple[int, int]]] = []
    for i in range(len(clauses) - 1, -1, -1):
        start, end = clauses[i]
        same = [q for q in between(qs, starts, start, end) if q.end <= end and counts_as(text, q, family)]
        if not same:
            if found:
                break
            continue
        # not a threshold (消费满300元, 每满100元): a condition, not a total to break down
        # (由700余人组成: 由 … 组成 states what a whole is made of, not where a change starts)
        wholes = [q for q in same if (is_amount(q) or is_amount(q, per_time(q)) or new_count(q) or _made_of(text, q))
                  and (not rx(r"[从從由满滿]$").search(q.lead) or _made_of(text, q))]
        # a whole given as a floor (货运量超6760万吨，其中…) bounds no part from above, but a
        # part is still checked against it (and verified when below it)
        if len(wholes) != 1 or len(same) != 1 or (
                not bounded(wholes[0]) and wholes[0].qualifier not in LOWER_BOUNDS):
            return found
        found.append((wholes[0], (start, end)))
        if len(found) == 4 or i == 0:
            break
        p_start, p_end = clauses[i - 1]
        if not any(q.family == family and is_amount(q) for q in between(qs, starts, p_start, p_end)):
            break
        if found and (text[p_end:p_end + 1] in "；;" or "其中" in text[p_start:p_end]):
            break   # a run of parallel figures ends at a ； or at a breakdown of its own
    return found


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
        if rx(_RESPECTIVE).search(text, start, end):
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
                 family: str, noun: str, before: int) -> tuple[Quantity, tuple[int, int]] | None:
    """The nearest clause ending before `before` that names `noun` and holds one amount of the
    family: that amount, with its clause. Not past a ； or a breakdown of its own: a part of
    another whole (病例1794例，其中，境外输入病例47例；…14409例，其中，境外输入84例) is no whole."""
    for start, end in reversed(clauses):
        if end > before:
            continue
        if text[end:end + 1] in "；;" or "其中" in text[start:end]:
            return None
        same = [q for q in between(qs, starts, start, end) if q.end <= end and counts_as(text, q, family)]
        if len(same) == 1 and is_amount(same[0]) and shares_noun(noun, text[start:end]) and (
                bounded(same[0]) or same[0].qualifier in LOWER_BOUNDS):
            return same[0], (start, end)
    return None


# what makes a parenthesis a comparison or a timeline rather than the parts of the figure before
_NOT_PARTS = (r"[0-9０-９]{2,4}年|[0-9０-９]{1,2}月|去年|上年|前年|同期|同比|环比|環比|比|较|較|原|增|减|減|降|升"
              r"|其中|包括|含|约|約|占|佔")


def _in_parens(doc: Any, sentence: Sentence, starts: list[int], pos: int) -> Relation | None:
    """工程经费5.76亿元（工程费4.61亿元，用地费1.15亿元）: a parenthesis right after a whole
    that lists two or more amounts of its kind, and nothing else, lists its parts. They may
    leave some out, so only a sum above the whole is reported."""
    text = doc.text
    qs = sentence.quantities
    i = bisect.bisect_left(starts, pos) - 1
    if i < 0 or qs[i].end != pos:
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
    if len(parts) < 2 or len(parts) != len(inside) or rx(_NOT_PARTS).search(text, pos, close.start()) \
            or not all(amount(q) and bounded(q) for q in parts):
        return None
    return _verdict(parts, parts, whole, exhaustive=False, threshold=False)


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


# what a part's clause says of it right after its figure: done (已解除隔离, 已完成) or not yet
# (尚在隔离中, 仍在施工, 正在推进, 持续推行)
_DONE = r"(?:均|皆|都)?(?:已经|已經|已)"
_NOT_YET = r"(?:尚未|尚|仍|未|正在|正|持续|持續|还在|還在|在)"


def _done_and_not(text: str, parts: list[Quantity]) -> bool:
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


def _item_count(text: str, q: Quantity) -> bool:
    """川菜馆（20家）、粤菜馆（9家）: a parenthesis holding only a figure, right after a name, is
    the count of that item."""
    return text[q.qual_start - 1:q.qual_start] in "（(" and text[q.end:q.end + 1] in "）)" \
        and rx(r"[\u3400-\u9fff]").match(text, q.qual_start - 2) is not None


def _adjacent(text: str, whole: Quantity, pos: int) -> bool:
    """The whole's figure (and its noun) ends the clause right before the cue (49人，包括…;
    签署160架民用飞机采购协议，包括…)."""
    return rx(r"[\u3400-\u9fff]{0,12}[，,]").fullmatch(text, whole.end, pos) is not None


def _made_of(text: str, q: Quantity) -> bool:
    """由700余人组成: a whole stated as what it is made of."""
    return q.lead.endswith(("由", "由约", "由約")) and rx(r"[\u3400-\u9fff]{0,4}?(?:组成|組成|构成|構成)").match(text, q.end) is not None


def complementary(lead1: str, lead2: str) -> bool:
    for a, b in COMPLEMENTS:
        if (a in lead1 and b in lead2) or (b in lead1 and a in lead2):
            return True
    return False


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


def arith_args(parts: list[Quantity], value_like: Quantity) -> dict[str, str]:
    from ..quantities import format_value
    summed = total(Interval.of(p) for p in parts)
    value = sum((p.value for p in parts), start=parts[0].value * 0)
    if parts[0].family != value_like.family:
        value_like = parts[0]       # 57例 + 39例 = 96例 (the whole counted in 名)
    calc = " + ".join(p.shown for p in parts) + f" = {format_value(value, value_like)}" \
        if len(parts) > 1 else parts[0].shown
    return {"calc": calc, "range": summed.show(value_like), "basis": basis(parts)}


# a balance (顺差, 净利润: rules/data/num_words.txt, net-words) named right before a figure
_NET = r"(?:%s)[\u3400-\u9fff]{0,3}$" % "|".join(WORDS["net-words"])


def _verdict(parts: list[Quantity], summed: list[Quantity], whole: Quantity, exhaustive: bool,
             threshold: bool) -> Relation | None:
    if rx(_NET).search(whole.lead[-6:]) or any(rx(_NET).search(p.lead[-6:]) for p in parts):
        return None     # a balance bounds no parts: they may be negative
    W = Interval.of(whole)
    stated = {"stated": whole.shown, "stated_range": W.show(whole)}
    for part in parts:
        P = Interval.of(part)
        if P.above(W):
            args = {**arith_args([part], whole), **stated}
            return Relation("parts-exceed", False, part.start, part.end,
                            "part" if P.exact and W.exact else "part-rounded", args, (whole, part))
    if len(summed) >= 2 and not threshold:
        S = total(Interval.of(p) for p in summed)
        args = {**arith_args(summed, whole), **stated}
        exact = S.exact and W.exact
        last = summed[-1]
        if S.above(W):
            return Relation("parts-exceed", False, last.start, last.end, "" if exact else "rounded",
                            args, (whole, *summed))
        if exhaustive and S.below(W):
            return Relation("parts-short", False, last.start, last.end, "" if exact else "rounded",
                            args, (whole, *summed))
        return Relation("parts", True, whole.start, whole.end, "" if exact else "rounded",
                        args, (whole, *summed))
    # parts that are not added up: each was checked alone against the whole (其中陽性戶22戶)
    part = max(parts, key=lambda p: p.high)
    exact = part.low == part.high and W.exact
    return Relation("parts", True, whole.start, whole.end, "" if exact else "rounded",
                    {**arith_args([part], whole), **stated}, (whole, *parts))
