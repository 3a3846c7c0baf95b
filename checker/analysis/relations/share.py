"""Share: a part and the percentage of the whole it is said to be (`其中M，占X%`; `N所学校中，M所…，
占比X%`). The whole and its parts are the part–whole groups (`parts.part_groups`); the share is
the percentage right after a part, led by 占/占比/比例/比重. A whole may also be named inside the
share itself (`女性委员42名，占委员总数120名的35%`): then the part is the nearest amount before
占 that counts what the whole counts. Without 其中 or `N个…中`, the whole is the one earlier
amount of the sentence that counts what the part counts (`全县农家书屋210个，省级示范书屋63个，
占总数的30%`; `全县210个行政村已有63个通了公交，占比达30%`), and the words between 占 and the
percentage name no other whole (`占全市的30%` is a share of a figure not given).
"""
from __future__ import annotations

import bisect
import re
from itertools import pairwise

from ...typenames import TYPE_CHECKING
from ..sentences import sentences
from .common import (
    CLAUSE_MARK,
    Relation,
    bounded,
    clauses_back,
    compared_state,
    counts_as,
    follows_in_list,
    goes_on_from,
    in_unit_of,
    is_amount,
    percent_relation,
    periods_apart,
    quantities_of_sentence,
    sentence_holding,
    shares_noun,
    whole_of_a_share,
    words_start,
)
from .cues import BREAKDOWN, cue_sentences, no_cue, opens_with_frame
from .interval import Interval, total
from .kinds import inside_joined
from .parts import part_groups
from .periods import span_before
from .vocabulary import COUNTED_TOTAL, TOTAL_SAID, rx

if TYPE_CHECKING:
    from typing import Any

    from ..quantities import Quantity

# (相当于 + the whole + 的 says what 占 says: 网上零售额412.7亿元，相当于总额的32.1%)
_SHARE_LEAD = (r"(?:占|佔|相当于|相當於)(?:比|比重|总数的|總數的|总量的|總量的|总额的|總額的|总人数的|總人數的)?"
               r"(?:为|為|达|達|达到|達到)?$|(?:比例|比重)(?:为|為|达|達|达到|達到)?$")


def shares(doc: Any) -> list[Relation]:
    if no_cue(doc):
        return []
    relations: list[Relation] = []
    groups = part_groups(doc)
    text = doc.text
    seen: set[int] = set()
    if "的" in text:
        relations.extend(_whole_inside(doc, seen))
    if groups:
        relations.extend(_of_groups(doc, groups, seen))
    relations.extend(_whole_before(doc, seen))
    relations.extend(_own_ratio(doc, seen))
    return sorted(relations, key=lambda r: r.start)


# 占 right after a part, nothing between but a hedge or a copula (，占18.9%; ，约占; ，占比为)
# (or naming the whole by a generic word only: ，占总量的68.3%, 占整體件數的40.0%)
_SHARE_RIGHT_AFTER = (r"[，,]\s?(?:约|約|仅|僅)?(?:占|佔)(?:比)?(?:为|為|达|達|约|約)?"
                      r"(?:(?:总量|總量|总数|總數|总额|總額|全部|整体|整體)[\u3400-\u9fff]{0,4}?的)?\s?")


def _of_groups(doc: Any, groups, seen: set[int]) -> list[Relation]:
    relations: list[Relation] = []
    text = doc.text
    following = {}
    for sentence in doc.shared(cue_sentences):
        for a, b in zip(sentence.quantities, sentence.quantities[1:]):
            following[a.start] = b
    for whole, parts in groups:
        if not bounded(whole) or whole.low <= 0:
            continue
        if whole_of_a_share(text, whole, max(0, whole.qual_start - 16)):
            continue    # (人口60萬2,351人，約占總人口2,340萬人的2.6%，其中…28萬6,719人，占47.6%: the
            #             whole inside a share, or the figure before it, may be what 其中 breaks down;
            #             a share after a part, of which is not said)
        own = following.get(whole.start)
        if own is not None and own.family == "percent" and rx(_SHARE_LEAD).search(own.lead) \
                and len(text[whole.end:own.qual_start]) <= 6 and not rx(r"[；;。]").search(text, whole.end, own.qual_start):
            continue    # (60岁及以上人口112万人，占19.96%，其中65岁及以上78.6万人，占14%: the whole is a
            #             share of a larger one, and so are its parts' shares — census bulletins)
        respective = _respective_shares(text, parts, following)
        if respective and not _of_this_whole(text, respective[0][1], whole):
            continue    # (分別占總申報案件數2.72%及0.92%: of another whole, said at the first share)
        for part, share in respective:
            if share.start not in seen and bounded(share):
                seen.add(share.start)
                relations.append(percent_relation("share", part, whole, share))
        for part in [] if respective else parts:
            share = following.get(part.start)
            if share is None or share.start in seen:
                continue
            gap = text[part.end:share.qual_start]
            if share.family != "percent" or len(gap) > 20 or rx(r"[；;。]").search(gap) or not bounded(share):
                continue
            if rx(r"[。！？!?]").search(text, whole.end, part.start) and not rx(_SHARE_RIGHT_AFTER).fullmatch(gap):
                continue    # (a whole in the sentence before: only 占 right after the part is of it)
            if rx(r"分别|分別").search(gap):
                continue    # (…，經濟發展支出260億元，分別佔26.1%、20%、14%: the first share is the first
                #             part's, not the one right before it)
            bare = rx(_BARE_RATIO).search(share.lead)
            if bare and bare.group("own") and bare.group("own") not in part.lead + part.noun:
                continue    # 水质达标比例为85%: a ratio of its own subject, not of the part before it
            if not rx(_SHARE_LEAD).search(share.lead) and not _of_this_whole(text, share, whole, len(gap)):
                continue
            subject = rx(r"(?:^|[，,])\s?(?P<who>[\u3400-\u9fffA-Za-z0-9]{2,8}?)(?:的)?(?:所占|占|佔)").search(gap)
            if subject and not _says_subject(part.lead, subject.group("who")):
                named = _named_part(parts, subject.group("who"))
                if named is None or named is part:
                    continue    # (…，其中公办园612所、民办园412所，公办园占比59.8%: 占 is said of the part
                    #             its subject names, not of the figure right before it)
                part = named
            relation = percent_relation("share", part, whole, share)
            if not relation.ok and _fits_a_larger_whole(doc, part, whole, share):
                continue    # (其中风电和太阳能发电合计9255亿千瓦时，占13.2%: of the lede's total, which
                #             it fits, not of the breakdown's whole; which is meant is not said)
            seen.add(share.start)
            relations.append(relation)
    return relations


def _fits_a_larger_whole(doc: Any, part: Quantity, whole: Quantity, share: Quantity) -> bool:
    """A bare share after a part fits a whole larger than the one its breakdown gives, stated in the
    part's sentence or the two before it: the share may be of that one."""
    text = doc.text
    spans = doc.shared(sentences)
    i = bisect.bisect_right(spans.starts, part.start) - 1
    for j in range(i, max(-1, i - 3), -1):
        held = quantities_of_sentence(doc, j)
        for q in held.quantities if held else []:
            if q is part or q is whole or q.family != part.family or not bounded(q) or not is_amount(q) \
                    or not Interval.of(q).above(Interval.of(whole)):
                continue
            if percent_relation("share", part, q, share).ok:
                return True
        if j and not goes_on_from(text, spans.ends[j - 1], spans.starts[j]):
            break
    return False


def _says_subject(lead: str, who: str) -> bool:
    """The part's words name the share's subject: its first two characters, not negated (学位生 is
    not named by 非学位生)."""
    at = lead.find(who[:2])
    return at >= 0 and not rx(r"[非不未无無]$").search(lead[:at])


def _named_part(parts: list, who: str):
    """The one part the share's subject names, by as much of the subject as tells one part (IC製造
    among IC設計, IC製造 …), never inside a negation; None when none or several."""
    for n in range(len(who), 1, -1):
        named = [p for p in parts if _says_subject(p.lead, who[:n]) and who[:n] in p.lead]
        if len(named) == 1:
            return named[0]
        if len(named) > 1:
            return None
    return None


# a bare 比例/比重 and the words before it in its clause (水质达标比例为)
_BARE_RATIO = r"(?P<own>[^，,；;：:、]*?)(?:的|所占的?)?(?:比例|比重)(?:为|為|达|達|达到|達到)?$"

# 占 + words naming a whole + 的, right before the share: 占新增就业总数的25%
_NAMED_AFTER = r"(?:占|佔|相当于|相當於)了?(?P<named>[\u3400-\u9fff]{1,10})的$"

# 占 + words naming the whole + its figure + 的, right before the share: 占委员总数120名的35%
_WHOLE_INSIDE = r"(?:占|佔)了?[\u3400-\u9fff]{0,8}$"


def _whole_inside(doc: Any, seen: set[int]) -> list[Relation]:
    found: list[Relation] = []
    text = doc.text
    for sentence in doc.shared(cue_sentences):
        qs = sentence.quantities
        for i in range(1, len(qs)):
            share, whole = qs[i], qs[i - 1]
            # 占委员总数120名的35%, 占总数（210个）的30%, 占全县210个农家书屋的30% (the whole's noun)
            between_ = text[whole.end:share.qual_start].replace(" ", "")     # (186萬 的 26.9%: layout)
            if share.family != "percent" or not bounded(share) or not (
                    between_ in ("的", "）的", ")的") or (between_.endswith("的") and 2 <= len(between_) <= 9
                                                         and whole.noun.startswith(between_[:-1]))):
                continue
            lead = rx(_WHOLE_INSIDE).search(text, max(sentence.start, whole.qual_start - 10),
                                            whole.qual_start - (text[whole.qual_start - 1] in "（("))
            if lead and whole.family == "bare" and whole.multiplier > 1:
                whole = _unit_said_by_part(text, qs[:i - 1], whole, lead.start()) or whole
            if not lead or not is_amount(whole) or not bounded(whole) or whole.low <= 0:
                continue
            back = clauses_back(text, sentence.start, lead.start(), 2)
            if back and rx(r"\s?(?:较|較|比|同比|环比|環比)").match(text, back[0][0]):
                # (a clause comparing with an earlier state may stand between the part and 占:
                # 达到820亿元，比上年的760亿元增长7.9%，占…的20%)
                back = clauses_back(text, sentence.start, lead.start(), 3)
            if not back:
                continue
            # (not the earlier state of a comparison: 貿易總額達1,906億美元，較112年的1,752億美元成長8.8%，
            # 占…總額9,193億美元的20.7% is the share of the 1,906)
            parts = [q for q in qs[:i - 1] if q.start >= back[0][0] and q.end <= lead.start()
                     and is_amount(q) and bounded(q) and counts_as(text, q, whole.family)
                     and not compared_state(text, q)]
            if not parts:
                continue
            part = parts[-1]
            if rx(r"(?:合计|合計|共同|合起来|合起來|两者|兩者|二者|三者)[^，,；;]{0,3}$").search(text, part.end, lead.start()):
                continue    # (…、山地原住民31萬3,585人，合計占…2,340萬人的2.6%: the share of their sum)
            # (…，其中集中式光伏…、分布式光伏14.4万千瓦，光伏装机占全县电力总装机62万千瓦的62.3%: the
            # share's own subject names another figure of the sentence, every character of it, and
            # not the nearest: that figure is the part)
            subject = text[back[-1][0]:lead.start()].strip("，,；; ")
            if rx(r"[\u3400-\u9fff]{2,6}").fullmatch(subject) and not set(subject) <= set(part.lead):
                named = [q for q in qs[:i - 1] if q.end <= lead.start() and is_amount(q) and bounded(q)
                         and counts_as(text, q, whole.family) and set(subject) <= set(q.lead)]
                if len(named) == 1:
                    part = named[0]
            seen.add(share.start)
            found.append(percent_relation("share", part, whole, share))
    return found


def _unit_said_by_part(text: str, before: list, whole, at: int):
    """占总人口186万的22.9% after 60岁以上人口42.6万人: a figure with no measure word inside 占…的,
    in 万 or 亿, is in the unit of the part before, when the noun right before it names what the
    part's words name (人口 … 人口): the measure word said once, for the part."""
    noun = text[at:whole.qual_start].lstrip("占佔了").lstrip("总總全")
    parts = [q for q in before if q.end <= at and q.family != "bare" and is_amount(q)]
    if not parts or len(noun) < 2:
        return None
    part = parts[-1]
    clause = max([0, *(m.end() for m in rx(CLAUSE_MARK).finditer(text, max(0, part.qual_start - 20), part.qual_start))])
    return in_unit_of(whole, part) if noun in text[clause:part.qual_start] + part.noun else None


# 占 and the words between it and the share: 占总数的, 占全县农家书屋的, 占比达. (A bare 比例/比重
# names its own subject: 水质优良比例为80% is no share of the figure before it.)
# (or 相当于 + what it is of + 的, a share said as a proportion: 相当于总数的45%)
_SHARE_WORD = r"占|佔|相当于(?=[^，,；;。0-9０-９]{0,10}的)|相當於(?=[^，,；;。0-9０-９]{0,10}的)"
# words that name no whole of their own (the whole is the figure stated before)
# (人数, 数量, 户数 name the count itself, as 总数 does: 占新增就业人数的)
_GENERIC = (r"总数|總數|总量|總量|总额|總額|总人数|總人數|总面积|總面積|总计|總計|总体|總體|全部|全体|全體|"
            r"人数|人數|数量|數量|户数|戶數|"
            r"总|總|比重|比例|比|的|为|為|达到|達到|达|達|已|了|约|約|近|将近|接近|超过|超過|超|逾|分别|仅|僅|不到|不足")


# what may stand between a clause mark and 占 when the part is the figure before the mark
# (所占: the share the figure before holds, 贡献了703亿元，所占比重为38%)
_SUBJECTLESS = r"(?:约|約|大约|大約|仅|僅|共|均|则|則|分别|分別|合计|合計|已|将|將|所|其所)?"


# 三类及以上: a threshold on a scale, not a count of things
_THRESHOLD_AFTER = r"(?:及|或)?(?:以上|以下|以内|以內)"


def _of_this_whole(text: str, share: Any, whole: Any, gap: int = 0) -> bool:
    """The share is of the breakdown's whole: said bare (占比, 占…%), or after 占 + words naming that
    whole (占新增就业总数的25%), not another (分別占總申報案件數2.72%, of all the filings)."""
    if rx(_SHARE_LEAD).search(share.lead):
        return True
    named = rx(_NAMED_AFTER).search(share.lead)
    if named is None:
        return False
    return gap - len(named.group()) <= 14 and bool(_names(text, rx(_GENERIC).sub("", named.group("named")), whole))


def _respective_shares(text: str, parts: list, following: dict) -> list:
    """(part, share) pairs when 分别 after the last part gives one share per part, in their order
    (教育486億元，社會福利372億元，經濟發展260億元，分別佔26.1%、20%、14%)."""
    if len(parts) < 2:
        return []
    shares, at = [], parts[-1]
    for _ in parts:
        nxt = following.get(at.start)
        if nxt is None or nxt.family != "percent":
            return []
        shares.append(nxt)
        at = nxt
    gap = text[parts[-1].end:shares[0].qual_start]
    if not rx(r"(?:分别|分別)").search(gap) or len(gap) > 20 or rx(r"[；;。]").search(gap) \
            or any(not rx(r"\s?[、和及与與，,]\s?").fullmatch(text, a.end, b.qual_start) for a, b in pairwise(shares)):
        return []
    return list(zip(parts, shares))


def _whole_before(doc: Any, seen: set[int]) -> list[Relation]:
    """A share after its part, its whole stated earlier in the sentence without 其中 (`全县210个
    行政村已有63个通了公交，占比达30%`). The part is the last amount before 占 (in 占's clause
    or the one before) that has a whole: the one earlier amount of the sentence that counts
    what it counts and is not smaller than it. Two candidate wholes: which one? No relation."""
    found: list[Relation] = []
    text = doc.text
    for sentence in doc.shared(cue_sentences):
        if "占" not in sentence.text and "佔" not in sentence.text and "相当于" not in sentence.text \
                and "相當於" not in sentence.text:
            continue
        qs = sentence.quantities
        for i, share in enumerate(qs):
            if share.family != "percent" or share.start in seen or not bounded(share) or i < 1:
                continue    # (a part before, its whole before it or named after: _named_later)
            back = clauses_back(text, sentence.start, share.qual_start, 2)
            if not back:
                continue
            word = None
            for word in rx(_SHARE_WORD).finditer(text, back[0][0], share.qual_start):
                pass
            if word is None:
                continue
            mid = text[word.end():share.qual_start]
            if rx(r"[0-9０-９]").search(mid) or rx(r"[，,；;：:]").search(mid):
                continue        # a figure inside (占…120名的35%: _whole_inside) or a clause between
            named = rx(_GENERIC).sub("", mid)
            if named and not word.group().startswith(("占", "佔")):
                continue        # 相当于全市有效发明专利总数的5%: of a whole it names, not the one before
            framed = _framed(text, qs[:i], word.start(), back[0][0])
            if framed:
                if not named or _names(text, named, framed[1]):
                    seen.add(share.start)
                    found.append(percent_relation("share", framed[0], framed[1], share))
                continue
            for j in range(i - 1, max(-1, i - 4), -1):
                part = qs[j]
                if part.end > word.start() or part.start < back[0][0]:
                    continue
                if not is_amount(part) or not bounded(part) or rx(_THRESHOLD_AFTER).match(text, part.end):
                    continue
                if rx(r"[)）]").search(text, part.end, word.start()) and rx(r"[(（][^)）]*$").search(
                        text, back[0][0], part.start):
                    continue    # (入境游客12万人次（含商务旅客3万人次），占…: inside the parenthesis, not the
                    #             subject of 占 after it)
                mark = None
                for mark in rx(CLAUSE_MARK).finditer(text, part.end, word.start()):
                    pass
                if mark and not rx(_SUBJECTLESS).fullmatch(text, mark.end(), word.start()) \
                        and not _names_part(text, part, mark.end(), word.start()):
                    break       # ，高新技术产业产值占…: 占 has a subject of its own, not the figure
                whole = _the_whole(text, qs[:j], part, sentence.start)
                if whole is not None and _sum_of_the_items_before(qs[:j], part) \
                        and not rx(BREAKDOWN).search(text, whole.end, part.qual_start):
                    break       # (65至74歲1,812人，75至84歲1,297人，…，75歲以上長者合計1,674人，占48.0%: a
                    #             subtotal of a list, whose whole is no item of it; one before 其中 is)
                if whole is None and named:
                    whole = _named_later(text, qs[i + 1:], part, named)
                if whole is None and named and not any(q.family == part.family for q in qs[:j]):
                    # (not past a figure of the part's kind in its own sentence, an amount or a
                    # mean: 人均消费支出19863元…；其中人均服务性消费支出8745元，占居民人均消费支出的…)
                    whole = _named_before(doc, sentence, part, named)
                if whole is None and rx(TOTAL_SAID).search(part.lead):
                    break       # (…，三项合计40亿元，占46.5%: the total of the items is what 占 is said of;
                    #             with no whole for it, no item before it is taken instead)
                if whole is None:
                    continue
                if named and not _names(text, named, whole):
                    break       # 占全市的30%: a share of a whole the sentence does not state
                seen.add(share.start)
                found.append(percent_relation("share", part, whole, share))
                break
    return found


def _named_before(doc: Any, sentence: Any, part, named: str):
    """The whole 占 names, stated by that name in the nearest sentence before holding an amount of its
    kind (common.sentence_holding: past sentences holding none, across one paragraph break), when
    the share's own sentence states no amount of its kind before the part (全省完成营造林面积318.6万亩，
    …。其中，人工造林96.4万亩，占营造林总面积的30.3%): the one amount there whose words name it, if it is not smaller
    than the part and not the earlier state of a comparison."""
    text = doc.text
    # (a sentence dividing a whole, 从献血类型看，献全血…，献机采血小板…, states parts, no whole of a
    # share further on: passed over)
    # (nor a breakdown opening with 其中: its figures are parts of a whole before it, 其中，规上工业火电…；
    # 水电…, and 占规上工业发电量的 names that whole)
    before = sentence_holding(doc, sentence.start, part.family,
                              lambda s: opens_with_frame(doc.text, s.start, s.end) is not None
                              or rx(r"[\s“”\"]*(?:其中|当中|當中)").match(doc.text, s.start) is not None)
    if before is None:
        return None
    wholes = [q for q in before.quantities if q.family == part.family and is_amount(q) and bounded(q)
              and q.low > 0 and not compared_state(text, q) and _names(text, named, q) and _names_its_modifier(text, named, q)
              and not inside_joined(_topic(text, q), named) and "每" not in text[words_start(text, q.qual_start, "，,；;。\n"):q.qual_start]
              and not periods_apart(text, q, part, b_sentence=True) and not _a_share_of(text, q, named)
              and not _months_apart(text, q, part)]
    # (several named so, smaller ones among them, are items of a list — 资金包括：…资金9.45亿元；…资金6.32亿元
    # …: the total they make is not said there, and the one not smaller than the part is no whole; a
    # figure per a unit, 每万人口…拥有量达到16件, is none of them, nor one of another period: 前5个月…
    # 14.78万辆 is no whole of 上半年…2.31万辆)
    return wholes[0] if len(wholes) == 1 and not Interval.of(part).above(Interval.of(wholes[0])) else None


def _months_apart(text: str, whole: Quantity, part: Quantity) -> bool:
    """The whole's sentence, before it, and the part's name different spans of months (累计1至5月出口…
    before 5月電子零組件出口…): the part is of another span's whole."""
    mine, theirs = span_before(text, whole), span_before(text, part)
    return mine is not None and theirs is not None and mine != theirs


def _a_share_of(text: str, q, named: str) -> bool:
    """q is said right after it to be a share of the whole named so (接待游客47.5万人次，占假期接待总量的
    55.0%): a part of that whole, never the whole itself."""
    m = rx(r"[，,]%s(?:占|佔)(?P<of>[^，,；;。0-9０-９]{2,16}?)的?(?:约|約)?[0-9０-９]" % _SUBJECTLESS).match(text, q.end)
    return m is not None and shares_noun(rx(_GENERIC).sub("", m.group("of")), rx(_GENERIC).sub("", named))


def _names_its_modifier(text: str, named: str, whole) -> bool:
    """The name a share gives its whole opens with words the whole stated sentences before says
    too (占新能源汽车销量的58.9% is no share of 全国汽车销量1404.7万辆: 新能源 is not said there; 占国内有效
    发明专利总量的 is of 国内…发明专利有效量, in another order), the generic words aside."""
    around = rx(_GENERIC).sub("", _topic(text, whole) + whole.noun + whole.unit.name)
    name = rx(r"^[全本]").sub("", rx(_GENERIC).sub("", named))
    return len(name) < 4 or name[:2] in around


def _named_later(text: str, after: list, part, named: str):
    """The whole 占 names, stated later in the sentence by that name (占国土面积的58.5%，全县国土面积
    为348.6万亩): the one amount after the share whose clause names nothing but it, its place at
    most (全县, 本市), of the part's kind. Not 邻县国土面积, 主城区建成区面积, 去年全年工业产值 or
    预计2035年总人口: another place, a part of the place, another time."""
    said_so = r"(?:(?:全|本|该|該)[\u3400-\u9fff])?%s(?:为|為|是|达|達|约|約)?" % re.escape(named)
    wholes = []
    for q in after:
        if q.family != part.family or not is_amount(q) or not bounded(q) or q.low <= 0:
            continue
        clause = max([0, *(m.end() for m in rx(CLAUSE_MARK).finditer(text, max(0, q.qual_start - 30), q.qual_start))])
        if rx(said_so).fullmatch(text, clause, q.qual_start):
            wholes.append(q)
    if len(wholes) != 1 or Interval.of(part).above(Interval.of(wholes[0])):
        return None
    return wholes[0]


# the whole as the frame of 占, stated after its part: 在210个行政村中占30%; 全县共210家，占比30%
_FRAME = r"[\u3400-\u9fff]{0,8}(?:中|当中|當中)"
_TOTAL_FRAME = r"(?:共|总|總|合计|合計|共有|总共|總共)$"


# what a subject may add to the words of the figure it names (线上成交 → 线上成交额)
_AMOUNT_NOUN = r"(?:额|額|金额|金額|量|数|數|人数|人數|户数|戶數|面积|面積|总额|總額)?$"


def _names_part(text: str, part, lo: int, hi: int) -> bool:
    """，线上成交额占总成交额的比重为25% after 其中线上成交9亿元: the subject of 占 names the part
    before it (its own words, and at most a noun of an amount after them), so the part is the
    share's, not another thing's."""
    subject = rx(_AMOUNT_NOUN).sub("", text[lo:hi].strip())
    if not 2 <= len(subject) <= 8:
        return False
    clause = max([0, *(m.end() for m in rx(CLAUSE_MARK).finditer(text, max(0, part.qual_start - 20), part.qual_start))])
    words = text[clause:part.qual_start] + part.noun
    return subject in words


# a total said right before its figure, summing the items named before it (合计, 共计, 总计)
_SUM_SAID = r"(?:合计|合計|共计|共計|总计|總計)$"
# how many items right before a total may make it, for a subtotal (the 75岁以上 of two or three
# age bands; a longer run is a list's total, not a subtotal of it)
_SUBTOTAL_ITEMS = range(2, 5)


def _sum_of_the_items_before(before: list[Quantity], q: Quantity) -> bool:
    """q is said as a total and is the sum of the few figures of its kind right before it: a
    subtotal of the list, whose share is of a whole the list is of."""
    if not rx(_SUM_SAID).search(q.lead):
        return False
    kin = [p for p in before if p.family == q.family and is_amount(p) and bounded(p)]
    Q = Interval.of(q)
    return any(total(Interval.of(p) for p in kin[-k:]).meets(Q) for k in _SUBTOTAL_ITEMS if k <= len(kin))


def _framed(text: str, before: list, at: int, lo: int):
    """(part, whole) when the figure right before 占 is its whole, framed (在N个…中占) or stated
    as a total in the clause before a subjectless 占, and its part the amount before it."""
    cands = [q for q in before if q.end <= at and q.start >= lo]
    if not cands:
        return None
    whole = cands[-1]
    gap = text[whole.end:at]
    if not (rx(_FRAME).fullmatch(gap) or (rx(_TOTAL_FRAME).search(whole.lead) and rx(
            r"[，,]%s" % _SUBJECTLESS).fullmatch(gap))):
        return None
    if not is_amount(whole) or not bounded(whole) or whole.low <= 0:
        return None
    if rx(COUNTED_TOTAL).search(whole.lead):
        return None     # (…，三项合计40亿元，占46.5%: the sum of the items listed is what 占 is said of,
        #                 no frame of the item before it)
    i = len(before) - 1 - before[::-1].index(whole)
    if i >= 1 and rx(_SUM_SAID).search(whole.lead) \
            and follows_in_list(text, before[:i], before[i - 1]):
        return None     # (分別為22件、27件及19件，合計68件，占41.5%: the sum of the list right before it, said
        #                 without a count of its items, is what 占 is said of too)
    if _sum_of_the_items_before(before[:i], whole):
        return None     # (…75至84歲1,297人，85歲以上377人，75歲以上長者合計1,674人，占48.0%: the total sums
        #                 the items right before it, and 占 is said of that sum, of a whole further back)
    for part in reversed(before[max(0, i - 3):i]):
        if part.family != whole.family and not counts_as(text, part, whole.family):
            continue
        if not is_amount(part) or not bounded(part) or rx(_THRESHOLD_AFTER).match(text, part.end):
            return None
        P, W = Interval.of(part), Interval.of(whole)
        if P.above(W) or P.meets(W) or rx(r"[；;。]").search(text, part.end, whole.start):
            return None
        return part, whole
    return None


def _the_whole(text: str, before: list, part, lo: int):
    """The one amount before `part` that counts what it counts and may contain it."""
    P = Interval.of(part)
    wholes = [q for q in before if q.start >= lo and is_amount(q) and bounded(q) and q.low > 0
              and (q.family == part.family or counts_as(text, q, part.family))
              and not P.above(Interval.of(q))]
    if len(wholes) != 1:
        return None
    whole = wholes[0]
    if _own_share(text, whole):
        return None     # 420公頃，佔70%，另180公頃，佔30%: a sibling with a share of its own, not the whole
    if P.meets(Interval.of(whole)):
        return None     # 装机20.0亿千瓦，首次迈上20亿千瓦台阶: one quantity said twice, not a part
    if rx(r"[；;。]").search(text, whole.end, part.start):
        return None
    if "、" in text[whole.end:part.start] and not rx(CLAUSE_MARK).search(text, whole.end, part.start):
        return None     # 新增种植面积350.82万亩、低产林改造330.04万亩: two items of one list
    opened = text.rfind("其中", lo, whole.start)
    if opened >= 0 and "其中" not in text[whole.end:part.start] \
            and not any(opened < q.start < whole.start for q in before):
        return None     # 其中，去程班列1,104列，回程班列758列，回程班列占比40.7%: the first part itself,
        #                 beside the part (not a figure after another one after 其中: 其中高校毕业生1.2万人，
        #                 实现旅游总收入600亿元，…)
    if not any(lo <= q.start < whole.start for q in before) and opens_with_frame(text, lo, whole.start):
        return None     # 从客源结构看，省内游客3582.1万人次，省外游客1344.2万人次，省外游客占比27.3%: a
        #                 sentence dividing a whole opens with its first part, as 其中 does
    return whole


# a share right after its figure, in the next clause, with no subject and no whole of its own
# (，佔90%; ，占比为30%)
_OWN_SHARE = r"[，,]%s(?:占|佔)(?:比|比重)?(?:为|為|达|達|达到|達到|约|約)?" % _SUBJECTLESS


def _own_share(text: str, q) -> bool:
    """The figure is followed by a share of its own (420公頃，佔70%): a part of an unnamed whole."""
    return rx(_OWN_SHARE + r"[0-9０-９]").match(text, q.end) is not None


def _names(text: str, named: str, whole) -> bool:
    """The words after 占 name the whole: the words around its figure say the same.

    A place they are scoped to (全市, 本县) must be the whole's place too (占全国进口总额的: the
    country's, not the figure's); the rest must be in the words around the whole, or share with
    them a run of four characters (占身心障碍人数30% … 身心障碍人口数有10万人: one noun written
    two ways). 占参赛县区总数的 names a whole that 获奖县区共有19个 is not. The words around the
    whole are its clause, and the clause before when that one only names the topic (身心障碍
    人口数，截至6月底有8万人: no figure, no share of its own)."""
    around = _topic(text, whole) + whole.noun
    scope = rx(r"^[全本]([市县縣区區镇鎮乡鄉省国國村])").match(named)
    if scope:
        # (Taiwan copy names its country by its name: 全台灣, 全臺 is 全國; 全台南 is a city)
        place = scope.group(1) if scope.group(1) not in "国國" else r"(?:[国國]|[台臺](?:[灣湾]|(?![南北中東东])))"
        if not rx(r"[全本该該]%s|%s(?:里|裡|内|內)" % (place, place)).search(around):
            return False
        named = named[2:]
    unit = whole.unit.name
    if unit and named.endswith(unit) and len(named) > len(unit):
        named = named[:-len(unit)]     # (佔總旅客人次的: the whole's own measure, 旅客…112萬4,500人次)
    elif unit and rx("%s[数數]$" % re.escape(unit)).search(named) and len(named) > len(unit) + 1:
        named = named[:-len(unit) - 1]  # (占陳情總件數的: the count in the whole's own measure word, 陳情案…1,950件)
    # (the generic words are gone from the name, 进出口值 of 进出口总值: from the whole's words too)
    if not named or named in around or named in rx(_GENERIC).sub("", around):
        return True
    run = min(4, len(named))
    if any(named[k:k + run] in around for k in range(len(named) - run + 1)):
        return True
    # the whole's words with a modifier left out (新增就业 of 新增城镇就业): two runs of two or
    # more characters each, in order
    for k in range(2, len(named) - 1):
        at = around.find(named[:k])
        if at >= 0 and named[k:] in around[at + k:]:
            return True
    return False


def _topic(text: str, whole) -> str:
    marks = list(rx(r"[，,；;。！？\n]").finditer(text, max(0, whole.qual_start - 40), whole.qual_start))
    start = marks[-1].end() if marks else max(0, whole.qual_start - 40)
    if len(marks) >= 1:
        before = text[marks[-2].end() if len(marks) >= 2 else max(0, whole.qual_start - 40):marks[-1].start()]
        if marks[-1].group() in "，," and not rx(r"[0-9０-９占佔]").search(before):
            start -= len(before) + 1
    return text[start:whole.qual_start]


# a ratio named by the words of the part it measures: 女性选手3600人，女性比例24% (女性); 中央補助
# 3,500 萬元，補助比率為70% (補助). (A bare 比例 names its own subject: 水质优良比例为80%.)
_OWN_RATIO = r"(?P<stem>[\u3400-\u9fff]{2,4}?)(?:所占)?(?:比例|比率|比重|占比|佔比)(?:为|為|达|達|达到|達到|是|约|約)?$"


# the names of a difference between two figures (差额, 缺口, 增量): its ratio is over one of them
_DIFFERENCE = r"差额|差額|差距|差值|缺口|增量|净增|淨增"


def _own_ratio(doc: Any, seen: set[int]) -> list[Relation]:
    """A share named by its part's own words, its part the amount right before it (in its clause
    or the one before) led or named by those words, its whole the one earlier amount of the
    sentence that counts what the part counts and whose words do not name the ratio too."""
    found: list[Relation] = []
    text = doc.text
    for sentence in doc.shared(cue_sentences):
        qs = sentence.quantities
        for i, share in enumerate(qs):
            if share.family != "percent" or share.start in seen or not bounded(share) or i < 2:
                continue
            named = rx(_OWN_RATIO).search(share.lead)
            if not named:
                continue
            stem = named.group("stem")
            part = qs[i - 1]
            if not is_amount(part) or not bounded(part) or rx(_THRESHOLD_AFTER).match(text, part.end) \
                    or len(rx(CLAUSE_MARK).findall(text, part.end, share.qual_start)) > 1:
                continue
            if stem not in part.lead[-8:] + part.noun or rx(_DIFFERENCE).search(stem):
                continue    # (候选人631名，差额数为119名，差额比例为23.2%: a difference's ratio is over
                #             what it exceeds, 631 − 119, not a share of the total)
            whole = _the_whole(text, qs[:i - 1], part, sentence.start)
            if whole is None or stem in whole.lead[-8:] + whole.noun:
                continue
            seen.add(share.start)
            found.append(percent_relation("share", part, whole, share))
    return found
