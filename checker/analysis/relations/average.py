"""Average × count = total: `为2.51万户发放户均5万元的贷款12.45亿元`.

The average is a figure after 户均/人均/每户/每亩 …; what it is per names the count's family (户 →
households, 人/名/位 → people, 亩 → area-mu, 个 → count:个 …). The count is the last amount of that
family before the average in its sentence. The total is an amount of the average's family: after
the average in its clause, or anywhere else in the sentence when a total word leads it
(`补贴总额达到120万元`, `共发放补贴120万元`). An average that names nothing of its own (`人均1200元`)
averages what its sentence gives: a bare total word opening the next clause, or else the nearest
amount of its unit before it (`发放津贴1080万元，惠及9000人，人均1200元`). 各 after a count's noun
makes the figure an amount per counted thing (`为76个村各安排50万元，合计3800万元`).

An average per two units (`每位长者每月领取补助3000元`: per person and per month) times the count is
a total per that second unit: it is read only against a total per the same unit (`每月补助总额96万元`);
a total of another span (全年补助总额) is no product of the two, and not read.
"""
from __future__ import annotations

import functools
import re

from ...typenames import TYPE_CHECKING
from ..quantities import Quantity, format_value, units
from ..words import segment
from .change import change_figures
from .common import (
    CHANGE_LEAD,
    CLAUSE_MARK,
    NAMED_BACK,
    PER_TIME,
    Relation,
    bounded,
    compared_state,
    follows_in_list,
    how_much_changed,
    is_amount,
    noun_after,
    per_unit,
    periods_apart,
    sentence_holding,
    shares_noun,
    whole_of_a_share,
    words_start,
)
from .cues import cue_sentences, no_cue
from .interval import Interval, as_average, basis
from .kinds import names_group_of
from .parts import part_groups
from .rate import planned_in_words
from .scopes import scopes_apart
from .span_average import span_averages
from .vocabulary import rx

if TYPE_CHECKING:
    from typing import Any

_RATE = (r"(户均|戶均|人均|亩均|畝均|每户|每戶|每人次|每人|每名|每位|每亩|每畝|每个|每個|每所|每家|每台|每辆|每輛|"
         r"每艘|每套|每间|每間|平均每户|平均每戶|平均每人|平均亩产|平均畝產|亩产|畝產)[\u3400-\u9fff]{0,15}$")
_BARE_TOTAL = (r"(?:总额|總額|总金额|總金額|总计|總計|共计|共計|合计|合計|总共|總共|一共|共)(?:为|為|达|達|达到|達到|是|有)?"
               r"(?:新臺幣|新台幣|人民币|人民幣)?")
# Words of handing money out or receiving it (发放, 领取, 分得, 分红 …) and the names of a currency:
# an average naming only these names nothing of its own (每人領取新臺幣3,000元)
_HANDOUT = (r"发放|發放|核发|核發|领取|領取|领到|領到|补助|補助|补贴|補貼|分得|分到|获得|獲得|奖励|獎勵|分红|分紅"
            r"|发给|發給|拨付|撥付|慰问|慰問|资助|資助|领|領"
            # (or of charging it: 每人收费2,500元, 每户缴纳300元 — what the total collected sums)
            r"|收费|收費|缴纳|繳納|缴费|繳費|收取")
# (a modal before it says the same: 每人可领200元)
_HANDOUT_ONLY = r"(?:可以|可|能|将|將)?(?:%s|新臺幣|新台幣|新台币|人民币|人民幣)*" % _HANDOUT
# what an average of a total's cost may name (单座造价平均, 每项投资)
_COST = r"(?:平均)?(?:造价|造價|投资|投資|经费|經費|费用|費用|成本|金额|金額)?(?:平均)?"
# (with the money it handed out named after its verb: 共核發獎勵金, 共计发放补贴资金; not after another
# verb, 总计投入资金: what was put in is no handing out)
_HANDED_TOTAL = r"(?:%s)?%s(?:(?:%s)(?:[\u3400-\u9fff]{0,4}(?:金|款|资金|資金|经费|經費))?)?" % (_HANDOUT, _BARE_TOTAL, _HANDOUT)
# the money of a whole scheme (总金额, 所需资金, 总额): the total of any amount per head it pays, when
# it is the only other amount of money in the sentence (每人致赠礼金1,800元，总金额…); not its budget
# or funds (总预算, 总经费), which may pay for more than the handout (每人发放安家补贴3万元，总预算500万元)
_FUNDS = r"金额|金額|总额|總額|资金|資金"
_FUNDS_TOTAL = r"(?:总|總)(?:金额|金額|资金|資金)(?:共计|共計|计|計)?(?:为|為|达|達|达到|達到|是)?(?:新臺幣|新台幣|人民币|人民幣)?"
# a total named as what was handed out, before the average (核發金額共計新台幣112億元，平均每人領取…)
_HANDED_SUM_BEFORE = r"(?:%s)(?:金额|金額|经费|經費|资金|資金|款项|款項)?%s$" % (_HANDOUT, _BARE_TOTAL)
# 各 after a count's noun (76个村各安排…50万元, 120户各补助2000元): the figure is per counted thing
_EACH = r"[\u3400-\u9fff]{0,6}各[\u3400-\u9fff]{0,10}"
# A second unit after the average's own (每户每月, 每人每天, 每位长者月均): the average is per both
_SECOND_PER = r"每([%(t)s])|([%(t)s])均" % {"t": "".join(sorted(PER_TIME))}
# (one unit of time in two spellings: 每天 and 每日 name one span)
_SAME_SPAN = str.maketrans("天週", "日周")
# A unit of time right before an average's marker (年人均, 月户均): the average is per that span too.
# Not the end of a point or a span of time the sentence is set in (今年户均, 去年人均, 2023年户均,
# 全年人均, 当月户均): the average is of that time's total
_PER_PERIOD_BEFORE = r"(?<![今去明前上本当當同该該全0-9０-９])[年月日天周週]$"
# A total word before the total; 总 before the average's own noun too (亩均产量620公斤，总产量达…;
# 平均每户存栏生猪320头，总存栏量…): the noun shared is checked where it is read (_total)
_TOTAL_WORD = r"(?:总额|總額|总计|總計|共计|共計|合计|合計|累计|累計|总共|總共|一共|共|总|總)[\u3400-\u9fff]{0,6}$"


# an amount per one item, said before its figure (每家奖励, 每人發放): a tier of a scheme
_PER_ITEM_LEAD = r"每[\u3400-\u9fff][\u3400-\u9fff]{0,6}$"


def rate_marker(lead: str):
    if "均" not in lead and "每" not in lead:
        return None
    return rx(_RATE).search(lead) or rx(_per_count()).search(lead)


@functools.cache
def _per_count() -> str:
    """每 + any measure word of a count (每栋住户48户, 每支队伍8人, 每座…) or unit of area (每公顷): an
    average per one thing counted in it, the count being a figure in that measure word or area."""
    # (or per a unit of area, 每公顷产7吨, 平均每平方公里: the count is an area in that family)
    words = sorted((name for name, unit in units().items() if unit.family.startswith("count:") or unit.family == "area"),
                   key=len, reverse=True)
    # (or the measure word then 均: 场均600人次, 店均…; or 单 + it, per one of them: 单座造价)
    alternatives = "|".join(map(re.escape, words))
    return r"(每(?:%s)|(?:%s)均|单(?:%s)|單(?:%s))[\u3400-\u9fff]{0,15}$" % (alternatives, alternatives, alternatives, alternatives)


def _per_noun(text: str, qs: list[Quantity], i: int, rate: Quantity) -> tuple[str, int, int, Quantity] | None:
    """An average per the thing a count before it counts, named by a character of that count's noun
    or by a word its noun is a kind of: 每 + it right after the count (为42所乡村学校每校配备…, 38个村
    每村…, 9 支隊伍，每隊…, 85 所國中小，每校…), or it + 均 anywhere after the count (46所中小学…，
    校均3名). The marker, where it starts and ends in the average's lead, and the count."""
    lead = rate.lead
    m = rx(r"每([\u3400-\u9fff])[\u3400-\u9fff]{0,15}$").search(lead)
    if m:
        count = qs[i - 1]
        noun = text[count.end:rate.qual_start - len(lead) + m.start()]
        if rx(r"[\u3400-\u9fff]{1,8}[，,]?").fullmatch(noun):
            if not _counts(count):
                return None
            # (平均 between the noun and 每 says the same: 12個社團平均每團…)
            noun, per = rx(r"平均$").sub("", noun.rstrip("，,")), m.group(1)
            return ("每" + per, m.start(), m.end(1), count) if _named_by(per, noun) else None
        if not lead[:m.start()].endswith(("平均", "，", ",")) and m.start() > 0:
            return None
        # (平均每區 after the total: the count further back whose noun it names, as for X均 — 29個
        # 行政區…設置…87處，平均每區3處)
        marker, marker_start, marker_end = "每" + m.group(1), m.start(), m.end(1)
    else:
        m = rx(r"([\u3400-\u9fff])均[\u3400-\u9fff]{0,9}$").search(lead)
        if not m or m.group(1) in "户戶人亩畝平":
            return None
        marker, marker_start, marker_end = m.group(1) + "均", m.start(), m.end(1) + 1
    per = marker.strip("每均")
    for count in reversed(qs[max(0, i - 6):i]):
        if not _counts(count):
            continue
        if not noun_after(count) and count.lead.endswith(per):
            return marker, marker_start, marker_end, count     # (二类村20个，每村…: its noun before it)
        if marker.endswith("均") and count.unit.name == per:
            return marker, marker_start, marker_end, count     # (住房共1680套…，套均90平方米: its measure word)
        if _named_by(per, noun_after(count)) or _named_by(per, _first_word(noun_after(count))):
            return marker, marker_start, marker_end, count
    return None


# measure words that count things of many kinds (个, 项, 家, 处, 件, 批): a count in one of them names
# what it counts only by its noun
_MANY_THINGS = frozenset(("count:个", "count:项", "count:家", "count:处", "count:件", "count:批"))


def _count_before(doc: Any, start: int, rate: Quantity, family: str,
                  what: str) -> tuple[Quantity | None, Quantity | None]:
    """The count of an average whose sentence holds none: the one count of its family in the nearest
    sentence before holding one (common.sentence_holding: past sentences holding none, up to
    NAMED_BACK sentences and two paragraph breaks back), naming a word the average's sentence names
    before it (最终确定补贴
    对象1860户。补贴标准为每户3500元，共计发放补贴资金…: 补贴; 累计开展义诊活动480场。…\n活动中，…平均
    每场…: 活动); with the total of that sentence, when it holds one amount of the average's kind
    that names what the average names (共計受理2,184戶，核發救助金4,368萬元。…平均每戶獲得救助金3萬元:
    救助金), which links them too."""
    before = sentence_holding(doc, start, family, back=NAMED_BACK, breaks_allowed=2)
    found = [q for q in (before.quantities if before else []) if q.family == family]
    if before is None or len(found) != 1 or not is_amount(found[0]) or not bounded(found[0]) \
            or rate_marker(found[0].lead) or compared_state(doc.text, found[0]):
        return None, None
    count = found[0]
    if "其中" in doc.text[start:rate.qual_start]:
        return None, None   # (全市共有困难家庭3200户。今年重点救助其中的重病家庭，…每户5000元: a part of it)
    subject = rx(r"(?:全国|全省|全市|全县|全區|全区|全縣|今年|全年)").sub("", rx(r"[，,；;。\n]").split(
        doc.text[start:rate.qual_start])[-1].split("平均")[0].split("每")[0])
    if rx(r"\s*(?:其中|当中|當中)").match(doc.text, before.start) and len(subject) >= 2 \
            and not shares_noun(subject, doc.text[before.start:count.qual_start] + noun_after(count)):
        return None, None   # (…。其中，小麦播种面积34500万亩…。全国夏粮平均亩产…: the count is of one kind,
        #                     a part, and the average names the whole crop)
    totals = [q for q in before.quantities if q.family == rate.family and is_amount(q)]
    total = totals[0] if len(totals) == 1 and bounded(totals[0]) and count.end <= totals[0].start and what \
        and shares_noun(what, totals[0].lead[-8:] + noun_after(totals[0])) else None
    if total is not None:
        return count, total
    named = doc.text[max(before.start, count.qual_start - 8):count.qual_start] + noun_after(count)
    said = doc.text[start:rate.qual_start]
    if rx(_STANDARD_AFTER).match(doc.text, rate.end):
        # (an amount set as a standard names nothing; what it pays for follows: 按照每人次1,500元的标准，
        # 累计发放培训补贴…, of the 培训 counted before)
        stop = rx(r"[。！？!?\n]").search(doc.text, rate.end)
        said = doc.text[start:stop.start() if stop else len(doc.text)]
    # (a noun of the count's words, what it counts, anywhere in the words before the average: not a
    # verb they share, 主城四区合计建成75个 … 已建成的口袋公园…平均每个)
    if count.is_count and count.family not in _MANY_THINGS:
        return count, None  # (a measure word of one kind of thing names it: 共核定補助3,260輛。…每輛…)
    from ..words import tagged  # (the lexicon is loaded only when an average is read so)
    linked = any(len(word) >= 2 and (tag.startswith("n") or tag == "vn") and word in said
                 for word, tag in tagged(named, 0, len(named)))
    return (count, None) if linked else (None, None)


# the figure set as a standard, right after it (按每人1200元的标准: the standard of a handout)
_STANDARD_AFTER = r"\s?的?(?:标准|標準)"
def _total_sentence_before(doc: Any, start: int, rate: Quantity, count: Quantity, what: str) -> Quantity | None:
    """The total of an average whose sentence holds its count and no total (演出覆盖全县14个乡镇，平均每个
    乡镇12场): the one amount of the average's unit stated as a total (共, 合计, 累计, 总 …) in the
    nearest sentence before holding its unit (common.sentence_holding), whose deed or noun the
    average's sentence names (全年共演出196场 … 演出覆盖…) or, when the average names something, the
    average names too; of no other scope than the average's sentence names (全省共… before 我县…).
    An amount not stated as a total is one only when it is the one amount of its unit there and its
    deed is the one the average names, right before it (投入840万元 … 平均每所投入60万元)."""
    text = doc.text
    before = sentence_holding(doc, start, rate.family)
    if before is None:
        return None
    amounts = [q for q in before.quantities if q.family == rate.family and is_amount(q) and bounded(q)
               and not rate_marker(q.lead) and not compared_state(text, q) and not how_much_changed(q)]
    totals = [q for q in amounts if rx(_TOTAL_WORD).search(q.lead)]
    if not totals and len(amounts) == 1 and len(what) >= 2 and amounts[0].lead.endswith(what):
        totals = amounts    # (庆河县投入840万元，…。此次改造覆盖…14所卫生院，平均每所投入60万元: the one
        #                     amount before, said with the deed the average names, is what was shared out)
    if len(totals) != 1 or totals[0].family == count.family:
        return None
    total = totals[0]
    said = text[start:rate.qual_start]
    named = rx(r"(?:总额|總額|总计|總計|共计|共計|合计|合計|累计|累計|总共|總共|一共|共|总|總)").split(total.lead)[-1]
    if not (shares_noun(named, said) or (what and shares_noun(what, named + noun_after(total)))):
        return None
    return None if scopes_apart(said, text[before.start:total.qual_start]) else total


def _first_word(noun: str) -> str:
    """The word a count's noun opens with (行政區 of 行政區今年共設置): what 每區 may name, when the
    verb of the clause follows the noun at once."""
    spans = segment(noun, 0, len(noun)) if noun else []
    return noun[:spans[0][1]] if spans else ""


def _counts(q: Quantity) -> bool:
    return (q.is_count or q.family in ("people", "households")) and is_amount(q) and bounded(q)


def _named_by(per: str, noun: str) -> bool:
    """Whether 每X or X均 names what a count's noun names: its last character (村 of 38个村), its
    first (隊 of 隊伍), or a word it is a kind of (校 of 國中小, 中小学)."""
    return bool(noun) and (per in (noun[-1], noun[0]) or names_group_of(per, noun, True))


# an average written with a slash after its unit (平均1200元/人, 每人次300元/人): per that thing
_SLASH = r"(?<=[\u3400-\u9fff])[/／](人|户|戶|位|名|家|所|座|个|個|天|日|月)"


def _marker_of(text: str, rate: Quantity) -> tuple[str, int, int] | None:
    """The marker of an average and where it stands in its lead: 户均, 每户 … (rate_marker), or a slash
    after the figure's unit (平均1200元/人, 收费1800元/人: 每人, standing at the lead's end)."""
    m = rate_marker(rate.lead)
    if m:
        return m.group(1), m.start(1), m.end(1)
    if text[rate.end:rate.end + 1] not in ("/", "／"):
        return None     # (no slash after the unit: the pattern's look-behind is not tried, ~0.5 µs
        #                 for each of the ~3,400 figures over every 6th file of the corpus)
    slash = rx(_SLASH).match(text, rate.end)
    return ("每" + slash.group(1), len(rate.lead), len(rate.lead)) if slash else None


def _per_family(marker: str) -> str | None:
    unit = marker.replace("平均", "").replace("每", "").replace("均", "").lstrip("单單").replace("亩产", "亩").replace("畝產", "畝")
    found = units().get(unit)
    return found.family if found else None


# a total said again after a part picked out (其中今年新设9处，共收托…): the sentence is back at the
# whole
_TOTAL_AGAIN = r"[，,](?:共|合计|合計|总共|總共|累计|累計)"


# a count said as done (已建成87个)
_DONE = r"^(?:已|累计|累計|共)?(?:建成|完成|完工|竣工|建设|建設|开工|開工)|已"


def _done_of_the_plan(text: str, qs: list[Quantity], q: Quantity, rate: Quantity) -> Quantity:
    """The count an average is over when the count naming its noun is a plan: the count said as
    done of it right after, in its measure word and with no noun of its own (计划新建口袋公园120个，
    已建成87个，新增绿地31.6公顷，平均每个…: what was made is over what was built)."""
    if not planned_in_words(text, q, plan_done=True):
        return q
    done = [p for p in qs if q.end <= p.start and p.end <= rate.start and p.family == q.family
            and rx(_DONE).search(p.lead[-6:]) and not p.noun]
    return done[0] if len(done) == 1 else q


def _picked_by_qizhong(text: str, q: Quantity) -> bool:
    """q is a part picked out by 其中 in its clause (其中113年新設9處, 其中電輔車1,850輛): a kind of the
    whole the sentence may name in passing (1.5万户中有1.2万户…，户均… goes on about the part; so does
    其中…补贴6300万元、覆盖14万人，人均…, its count and total both the part's)."""
    return "其中" in text[words_start(text, q.qual_start, "，,；;。\n"):q.qual_start]


def averages(doc: Any) -> list[Relation]:
    if no_cue(doc):
        return []
    relations = []
    text = doc.text
    levels = doc.shared(change_figures)
    # each part of a breakdown and the whole it belongs to (relations/parts.py)
    parts_of = {p.start: (whole, len(group)) for whole, group in part_groups(doc) for p in group}
    for sentence in doc.shared(cue_sentences):
        qs = sentence.quantities
        for i, rate in enumerate(qs):
            if rate.start in levels:
                continue    # 每人津贴由5,000元调至6,000元: the levels of a change, not an average of a total
            if compared_state(text, rate):
                continue    # 平均每场观赏人次较去年的2万1,340人次增加…: last year's average, the earlier
                #             state of a comparison, of no count or total said of this year
            if len(rate.lead) == 12 and "每" not in rate.lead and "均" not in rate.lead:
                rate = _marker_further(text, rate)
            # (per the count right before, named by its noun, first: 42所乡村学校每校 is per school
            # although 校 is a measure word too)
            by_noun = _per_noun(text, qs, i, rate) if i and ("每" in rate.lead or "均" in rate.lead) else None
            marked = None if by_noun else _marker_of(text, rate)
            if not marked and not by_noun and i and "各" in rate.lead:
                each = _each(text, qs, i)
                if each is not None:
                    relations.append(each)
                continue
            if not bounded(rate) or rate.family in ("percent", "points"):
                continue
            count: Quantity | None = None
            if by_noun:
                marker, marker_start, marker_end, count = by_noun
            elif marked:
                marker, marker_start, marker_end = marked
            else:
                continue
            if rx(r"最高|最低|最多|上限|封顶|封頂|不超过|不超過").search(rate.lead):
                continue    # 最高保障额每人10万元, 每人最高可领…: a cap on each, no average of a total
            if rx(_PER_PERIOD_BEFORE).search(rate.lead[:marker_start]):
                continue    # 年人均支出1.4万元: an average per year, not of a cumulative count
            if rx(r"[由从從自]$").search(rate.lead[:marker_start]):
                continue    # 单产由每亩420公斤提高到480公斤: the start of a change of the average;
                #             the figure after it is the average's new level, not a total
            per = _second_per(rate.lead[marker_end:])
            after = None
            total_there: Quantity | None = None
            if count is None:
                count_family = _per_family(marker)
                if count_family is None:
                    continue
                # the count, the average and the total are near each other: at most 12 figures apart
                # (not a part of a count before it: 共招募志工152人，其中…96人，平均每位志工…)
                # (nor the earlier state of a comparison, 达到21.6万台，较去年同期的15.8万台增加…，平均每台…,
                # unless the average's part of the sentence names that earlier time outside the
                # comparison itself: 去年同期成交面积432万平方米，平均每套…)
                earlier_named = rx(_EARLIER_TIME).search(rx(r"(?:较|較|比)[^，,；;。]{0,8}?的").sub(
                    "", text[words_start(text, rate.qual_start, "；;。\n"):rate.qual_start]))
                # (nor the whole a share is of, 占全國1萬6,830公頃的66.8%: a figure sizing the share, of a
                # wider place than what the sentence counts)
                counts = [q for q in qs[max(0, i - 12):i] if q.family == count_family and is_amount(q)
                          and not rate_marker(q.lead) and bounded(q) and "其中" not in q.lead
                          and (earlier_named or not compared_state(text, q))
                          and not whole_of_a_share(text, q, max(0, q.qual_start - 16))]
                # (nor a part of a breakdown whose whole is among them, unless the average names the
                # part: after a list of parts, or naming the whole's noun, it is over the whole — 共举办
                # 招聘活动5.6万场，其中线下…3.9万场、线上…1.7万场，…平均每场招聘活动…; 412件，其中空地
                # 168件、住家151件、工地93件，每件罚款…; one part alone is what the sentence goes on
                # about, 1.5万户中有1.2万户…，户均…)
                said = rate.lead[marker_start:]
                counts = [q for q in counts if not (
                    q.start in parts_of and parts_of[q.start][0] in counts and not _names_last(said, q, 4)
                    and (parts_of[q.start][1] >= 2 or _names_last(said, parts_of[q.start][0], 3)
                         or (_picked_by_qizhong(text, q) and rx(_TOTAL_AGAIN).search(text, q.end, rate.qual_start))))]
                # (the average's subject naming a part and not its whole counts the part, even after
                # 其中: 种植面积18.6万亩，其中投产面积14.2万亩，…，投产果园平均亩产…)
                subject = rx(r"[，；;。\n]|,(?![0-9])").split(rate.lead[:marker_start])[-1]
                named_parts = [q for q in qs[max(0, i - 12):i] if q.start in parts_of and parts_of[q.start][0] in counts
                               and q.family == count_family and bounded(q)
                               and _names_part_not_whole(subject, q, parts_of[q.start][0])]
                if len(named_parts) == 1:
                    counts = named_parts
                # (每个 + a noun: a count of that noun, not of another — 商业网点98.7万个，…，平均每个
                # 生活圈服务居民…: the 生活圈 are counted elsewhere)
                named = rx(r"^[\u3400-\u9fff]{3,}").match(rate.lead[marker_end:]) if count_family.startswith("count:") else None
                if named and counts:
                    counts = _counting(text, counts, named.group()[:3], sentence.start, rate.qual_start)
                    counts = [_done_of_the_plan(text, qs, q, rate) for q in counts]
                after = None if counts else _count_after(text, qs, i, count_family)
                before, total_there = (None, None) if counts or after is not None else _count_before(
                    doc, sentence.start, rate, count_family, _what(rate, marker_end))
                between = [q for q in qs[max(0, i - 12):i] if counts and q.family == counts[-1].family and counts[-1].end <= q.start]
                if len(between) == 1 and "其中" in between[0].lead and not _names_last(said, counts[-1], 2) \
                        and not rx(_TOTAL_AGAIN + r"|[，,][\u3400-\u9fff]{0,6}(?:总|總)").search(text, between[0].end, rate.qual_start):
                    continue    # 参保农户1.2万户，其中受灾理赔农户860户，户均赔付…: the whole or the part
                    #             picked out right before the average, which it does not name; not said
                    #             (a total word between goes back to the whole: …其中今年新设9处，共收托…;
                    #             …，粮食总产量…，平均亩产…)
                if counts:
                    count = counts[-1]
                elif after is not None:
                    count = after
                elif before is not None:
                    count = before
                else:
                    continue
            total = _total(text, qs, i, rate, sentence.end, marker_end, per, count)
            if total is None and total_there is not None and not per:
                total = total_there     # (共計受理2,184戶，核發救助金4,368萬元。…平均每戶獲得救助金3萬元)
            if total is None:
                total = _total_before(text, qs, i, rate, count, _what(rate, marker_end, count))
                if total is not None and per and not _per_span(total, per):
                    total = None    # (1至6月…核拨补助5.1亿元，平均每名幼儿每月…: six months' total, no
                    #                 product of an average per month)
            if total is None and not per and total_there is None:
                total = total_there = _total_sentence_before(doc, sentence.start, rate, count, _what(rate, marker_end, count))
            if total is None or total is count or total.start in levels or count.start in levels:
                continue
            if total.end <= rate.start and rx(r"[；;]").search(text, total.end, rate.qual_start):
                continue    # (去年…共开展8.4万场次；今年前三季度，…平均每个…: a statement of its own)
            if periods_apart(text, total, rate):
                continue    # (…2024年共办理25.2万件，今年一季度平均每个…: a total of another period)
            if total.start in parts_of and count is not None and not _names_part(_what(rate, marker_end, count), total):
                whole = parts_of[total.start][0]
                first, second = sorted((count, whole), key=lambda q: q.start)
                if whole.family == total.family and whole.end <= total.start \
                        and not rx(CLAUSE_MARK).search(text, first.end, second.qual_start):
                    total = whole   # (投入12億6,480萬元整修市場18處，其中中央補助…、市府自籌7億3,320萬元，
                    #                 平均每處…: the count's own clause holds the whole, the total averaged)
                elif _picked_by_qizhong(text, total) and parts_of[total.start][1] == 1 \
                        and whole.family == total.family and whole.end <= total.start and count.end <= whole.start:
                    total = whole   # (車輛1萬5,620輛，其中電輔車1,850輛，平均每站約12.8輛: one kind picked
                    #                 out, and the average over all of them)
                elif parts_of[total.start][1] >= 2:
                    continue        # (one part of a list, the average over which is not said)
            if follows_in_list(text, qs, count):
                continue    # 新違建2,964件、既存違建1,153件，…平均每件…: the count is one item of a list
                #             whose sum is not stated; the average is over all of it
            if sum(1 for k, p in enumerate(qs[:i]) if p is not total and _tier(text, qs, k, rate.family, count.family)) >= 2:
                continue    # 長者每人發放1,000元，計42萬人；人瑞每人發放1萬元，計486人，總經費…，平均每人…:
                #             after tiers, each with its own amount per item and count, the average is
                #             over all of them, not over the count nearest it
            if not per and rx(r"每[\u3400-\u9fff]").search(rate.lead, marker_end):
                continue    # 每座大棚每茬可产…, 每人每学期…: per a second thing the sentence may count apart
            if rx(_MORE_THAN_COUNTED).search(text, min(rate.end, total.end, count.end),
                                             max(rate.qual_start, total.qual_start, count.qual_start)):
                continue    # …，加上社区工作人员的参与，合计服务4200小时: a total of more than the count
                #             (连同县中心直营部分，全县…总额: after the count, before the total)
            if _counted_apart(text, qs, total, count):
                continue    # 其中…的620人合计工读…: the total of a count of its own clause
            if rx(r"可|能").search(rate.lead[marker_end:]) and rx(r"实际|實際|实有|實有").search(total.lead):
                continue    # 每口年可产2,000公斤 … 实际全年总产量54万公斤: a capacity against what was done
            # (what the count's clause says after it, to its end: 共有850名退役军人领取创业补贴)
            stop = rx(CLAUSE_MARK).search(text, after.end) if after is not None else None
            said = text[after.end:stop.start() if stop else sentence.end] if after is not None else ""
            if after is not None and not rx(r"(?:按|按照|以)$").search(after.lead) \
                    and not (shares_noun(after.lead + after.noun, rate.lead + rate.noun)
                             or shares_noun(after.lead + after.noun, total.lead[-10:])
                             or shares_noun(rate.lead + rate.noun, said[-10:])
                             or rx(_RECIPIENTS).search(after.lead)):
                continue    # 每户1000元，共有560户提出申请: those who asked, not those the average was given to
                #             (those who qualify or received are: 今年符合資格者共4萬3,286人)
            if count.family == total.family:
                continue
            if count.family == "area":
                count = _in_units_of(count, marker)     # (1.8万公顷 × 每公顷7吨: the count in the marker's unit)
            # (the arithmetic names the second unit: 320位 × 每位每月3000元 = 96万元)
            # (a total stated sentences before the average is reported at the average, the later
            # statement and the one that relates them: 核發救助金4,368萬元。…平均每戶…3萬元)
            relations.append(_relation(count, f"{marker}每{per}" if per else marker, rate, total,
                                       at_rate=total is total_there))
        relations.extend(span_averages(text, qs))
    return relations


def _marker_further(text: str, rate: Quantity) -> Quantity:
    """The figure with its lead reaching back to 每 when what it is per and what it names run past
    the twelve characters a lead holds (平均每个社区服务站开展助老活动200场次)."""
    m = rx(r"(?:平均)?每[\u3400-\u9fff]{12,15}$").search(text, max(0, rate.qual_start - 18), rate.qual_start)
    return rate._replace(lead=m.group()) if m else rate


# the periods a clause may name its figure for
def _names_part(what: str, part: Quantity) -> bool:
    """The average names the part (平均每户自筹10万元 after 农户自筹4,000万元; 获政府补助 after 政府补助):
    a character pair of its words in the part's, before it or after it (拿出22.84万元进行分红 … 人均分红)."""
    named = part.lead + noun_after(part)
    return any(what[k:k + 2] in named for k in range(len(what) - 1))


def _counting(text: str, counts: list[Quantity], noun: str, lo: int, hi: int) -> list[Quantity]:
    """The counts an average per 每个 + noun may be over: those naming the noun before them, when
    any does; none when none does and the noun is counted elsewhere before (生活圈4068个。…商业网点
    98.7万个，…平均每个生活圈…: the 生活圈 are not the 网点); else all (每攤提供…: a verb names nothing)."""
    naming = [q for q in counts if noun in text[max(0, q.qual_start - 10):q.qual_start] + noun_after(q)]
    if naming:
        return naming
    unit = re.escape(counts[-1].unit.name)
    elsewhere = r"%s[\u3400-\u9fff]{0,4}[0-9０-９]|[0-9０-９][万萬]?%s[\u3400-\u9fff]{0,4}%s" % (noun, unit, noun)
    return [] if rx(elsewhere).search(text, max(0, lo - 300), hi) else counts


# words of a time or a scope, which name no kind of a thing (今年粮食平均亩产 names no part 今年新扩种大豆)
_TIME_OR_SCOPE = (r"今年|去年|前年|明年|本年|当年|當年|全年|上半年|下半年|本地|当地|當地"
                  r"|全[省市县縣区區镇鎮乡鄉村国國]|本[省市县縣区區镇鎮]")


def _per_item(q: Quantity) -> bool:
    """An amount per one item (每家奖励20万元, 户均5万元): a tier of a scheme when a count follows it."""
    return bool(rate_marker(q.lead) or rx(_PER_ITEM_LEAD).search(q.lead))


def _tier(text: str, qs: list[Quantity], k: int, family: str, count_family: str) -> bool:
    """qs[k] is one tier of a scheme: an amount per item of `family` followed, before the next
    amount of its family and within its ；, by a count of the items it was given (每人發放1,000元，
    計42萬3,618人)."""
    q = qs[k]
    if q.family != family or not _per_item(q):
        return False
    for after in qs[k + 1:]:
        if rx(r"[；;。]").search(text, q.end, after.qual_start) or after.family == family:
            return False
        if after.family == count_family:
            return True
    return False


def _names_part_not_whole(subject: str, part: Quantity, whole: Quantity) -> bool:
    """The subject of an average holds two characters in a row of the part's name that the whole's
    name lacks (采摘茶园平均亩产 after 茶园面积9.6万亩，其中采摘茶园7.5万亩): it is the part's."""
    subject, part_name, whole_name = (rx(_TIME_OR_SCOPE).sub("|", words) for words in (subject, part.lead[-8:], whole.lead[-8:]))
    return any(subject[k:k + 2] in part_name and subject[k:k + 2] not in whole_name
               and rx(r"[\u3400-\u9fff]{2}").fullmatch(subject[k:k + 2]) for k in range(len(subject) - 1))


def _names_last(words: str, q: Quantity, n: int) -> bool:
    """The words hold the last n characters of what names q before it (招聘会 of 共举办招聘会1200场;
    not 线上招聘会, four, in 平均每场招聘会), or the noun after it."""
    name = q.lead[-n:] if rx(r"[\u3400-\u9fff]{%d}" % n).fullmatch(q.lead[-n:]) else ""
    return bool(name and name in words) or bool(noun_after(q) and noun_after(q) in words)


def _per_slash(text: str, q: Quantity) -> bool:
    """A figure with a slash after its unit (122,000元／㎡, 1800元/人) is an amount per something
    itself: no total."""
    return rx(r"\s?[/／]").match(text, q.end) is not None


def _in_units_of(count: Quantity, marker: str) -> Quantity:
    """An area counted in the unit an average is per (每公顷): its value divided by that unit's size."""
    unit = units()[marker.replace("平均", "").replace("每", "").replace("均", "").lstrip("单單")]
    f = unit.factor
    return count._replace(value=count.value / f, low=count.low / f, high=count.high / f, unit=unit)


def _second_per(lead: str) -> str:
    """The unit of time an average is per besides its own (每户每月领取… → 日/月/年/周), or ""."""
    m = rx(_SECOND_PER).search(lead)
    return (m.group(1) or m.group(2)).translate(_SAME_SPAN) if m else ""


# the whole of one span, before a total of that span (全年总产量, 一天下来共派件, 一个月共发放)
# (not 当月, 当天: one particular month or day, 7月当月, set against the usual average)
_ONE_SPAN = {"年": "全年|一年", "日": "一天|一日|全天|全日",
             "月": "一个月|一個月|全月", "周": "一周|一週|全周|全週"}


def _per_span(q: Quantity, per: str) -> bool:
    """True when q is an amount per the span `per` (每月补助总额 for 月), or a plain amount for ""."""
    if per in _ONE_SPAN and (is_amount(q) or is_amount(q, per_unit(q))) and rx(r"(?:%s)[\u3400-\u9fff]{0,10}$" % _ONE_SPAN[per]).search(q.lead):
        return True     # (每座每年可产1.5万斤 … 全年总产量: a year's total; 每天派件… 一天下来共派件)
    return is_amount(q) if not per else is_amount(q, per_unit(q)) and per_unit(q).translate(_SAME_SPAN) == per


def _relation(count: Quantity, marker: str, rate: Quantity, total: Quantity, at_rate: bool = False) -> Relation:
    # (an average, said with 均 or 平均, is a rounded figure: 7户 shared 1000元, 户均143元 is right;
    # what each one is given, 每户补贴800元, is exact)
    averaged = "均" in marker or "平均" in rate.lead
    C, R, T = Interval.of(count), as_average(rate) if averaged else Interval.of(rate), Interval.of(total)
    product = C.times(R)
    value = count.value * rate.value
    args = {"calc": f"{count.shown} × {marker}{rate.shown} = {format_value(value, total)}",
            "range": product.show(total), "basis": basis((count, rate)), "stated": total.shown, "stated_range": T.show(total)}
    variant = "" if product.exact and T.exact else "rounded"
    at = rate if at_rate else total
    return Relation("average", product.meets(T), at.start, at.end, variant, args, (count, rate, total))


def _each(text: str, qs: list[Quantity], i: int) -> Relation | None:
    """`为76个村各安排资金50万元，合计3800万元`: 各 right after a count's noun makes the figure after
    it an amount per counted thing; a bare total word heading the next clause totals them."""
    count, rate = qs[i - 1], qs[i]
    if not (count.is_count or count.family in ("people", "households")) or not is_amount(count) \
            or not bounded(count) or not bounded(rate) or rate.family in ("percent", "points", count.family) \
            or not rx(_EACH).fullmatch(text, count.end, rate.qual_start):
        return None
    if i + 1 >= len(qs):
        return None
    total = qs[i + 1]
    if total.family != rate.family or not bounded(total) or not rx(_BARE_TOTAL).fullmatch(total.lead) \
            or not rx(r"[，,；;]\s*%s$" % _BARE_TOTAL).search(text, rate.end, total.qual_start) \
            or len(rx(CLAUSE_MARK).findall(text, rate.end, total.qual_start)) != 1:
        return None
    return _relation(count, "各", rate, total)


# a count named after its average, led by a total word (…，平均每家企业提供24个岗位，共有150家企业参会)
# a count named as those a scheme pays: who qualify for it, or received it
_RECIPIENTS = r"符合|受惠|受益|领取|領取|获得|獲得|领到|領到"
_COUNT_AFTER = (r"(?:这次|這次|此次|本次|今年|其中)?(?:共有|共计|共計|合计|合計|总共|總共|共)[\u3400-\u9fff]{0,4}"
                # (or after a subject naming who qualified: 今年符合資格者共4萬3,286人)
                r"|(?:今年|本年度|此次|本次)?[\u3400-\u9fff]{1,6}(?:者|的)(?:共有|共计|共計|合计|合計|共)")


def _count_after(text: str, qs: list[Quantity], i: int, family: str) -> Quantity | None:
    """The count of an average that names none before it: the first figure of the count's family
    heading the very next clause after a total word (共有150家企业参会, 共慰问560户)."""
    rate = qs[i]
    for k in range(i + 1, min(i + 3, len(qs))):
        q = qs[k]
        if q.family != family:
            continue
        if not (is_amount(q) and bounded(q)) or len(rx(CLAUSE_MARK).findall(text, rate.end, q.qual_start)) != 1:
            return None
        if rx(_COUNT_AFTER).fullmatch(q.lead) and rx(r"[，,；;]").match(text, q.qual_start - len(q.lead) - 1):
            return q
        if rx(r"(?:按|按照|以)$").search(q.lead) and rx(r"[\u3400-\u9fff]{0,8}?(?:计算|計算|计|計)(?:[，,；;]|$)").match(text, q.end):
            return q    # (人均…15.2平方米，按480万常住人口计，…: the count the average is taken over)
        # (or the clause holds the count and then the total: 全区85个社区共配备网格员610名; 参加的66名
        # 学生共需8.28万元)
        # (or the clause right after it does: 平均亩产512公斤，种植面积36万亩，总产量18.43万吨 — the
        # average, what it is per and the total, a clause each)
        stop = rx(CLAUSE_MARK).search(text, q.end)
        clause_end = stop.start() if stop else len(text)
        after_next = rx(CLAUSE_MARK).search(text, clause_end + 1) if stop else None
        next_end = after_next.start() if after_next else len(text)
        if any(t.family == rate.family and t.end <= next_end and rx(_TOTAL_WORD).search(t.lead)
               for t in qs[k + 1:k + 3]):
            return q
        return None
    return None


def _what(rate: Quantity, marker_end: int, count: Quantity | None = None) -> str:
    """What an average names after its marker (人均贷款 → 贷款), 平均 aside (每处平均500平方米); 亩产
    names its yield (亩产150公斤 … 总产量). The noun of what it is per, when the count names it,
    is no part of it (平均每个班70人次 after 夜校班24个: 班 is what is counted, not averaged)."""
    # (按每人1200元的标准: the standard a figure sets names nothing averaged)
    named = rx(r"^平均").sub("", rate.lead[marker_end:]) + rx(r"^的?(?:标准|標準)").sub("", rate.noun)
    if count is not None and named:
        nouns = (count.lead, _first_word(noun_after(count)))
        # (or a longer name of that noun: 每所乡村学校分到… after 88所学校 — 乡村学校 is the school)
        whole_noun = noun_after(count)
        # (or the word the count's noun opens with, where the lexicon splits it no word: 36名志工投入… —
        # 平均每位志工服务80小时 names 服务)
        named = next((named[k:] for k in range(len(named), 0, -1)
                      if any(n.endswith(named[:k]) for n in nouns)
                      or (len(whole_noun) >= 2 and named[:k].endswith(whole_noun))
                      or (k >= 2 and whole_noun.startswith(named[:k]))), named)
        named = rx(r"^平均").sub("", named)    # (每个医联体平均140人次: 平均 after the noun names nothing)
    if not named:
        # (the standard of what it pays, named before the marker: 补贴标准为每户3500元 names 补贴)
        standard = rx(r"([\u3400-\u9fff]{2,4}?)的?(?:标准|標準)(?:为|為|是)?(?=每|[\u3400-\u9fff]均)").search(rate.lead[:marker_end])
        named = standard.group(1) if standard else ""
    return "产量" + named if rate.lead[:marker_end].endswith(("亩产", "畝產")) else named


def _total_before(text: str, qs: list[Quantity], i: int, rate: Quantity, count: Quantity, what: str = "") -> Quantity | None:
    """`发放高龄津贴1080万元，惠及老人9000人，人均1200元`: an average naming nothing of its own, after
    the count and a total of its own unit, averages that total: the nearest amount of its unit
    before it, with no other figure of that unit between. An average that names something averages
    it only when that total names it too (发放创业担保贷款4.8亿元，扶持创业者3,200人，人均贷款15万元),
    or names the measure of its verb (供水量4億4,880萬立方公尺 … 平均每公頃配水)."""
    for q in reversed(qs[max(0, i - 6):i]):
        if q is count or q.family != rate.family:
            continue
        # (or names it after the figure, the verb there: 共为1286对新人办理了结婚登记，平均每个登记处办理…)
        if not is_amount(q) or not bounded(q) or rate_marker(q.lead) or (what and not shares_noun(what, q.lead[-10:])
                                                                          and not shares_noun(what, noun_after(q).replace("了", ""))
                                                                          and not _both_handed(what, q, text)
                                                                          and not _measure_of_its_verb(what, q.lead[-10:])):
            return None
        return q
    return None


# the earlier time a comparison is made with, named in an average's own clause (去年同期户均…):
# the average is of that time, its count the earlier state
_EARLIER_TIME = r"去年|上年|同期|上月|上一年"
# what says a total holds more than what the average's count did (加上, 连同, 包括 …)
_MORE_THAN_COUNTED = r"加上|连同|連同|包括|包含|以及"


def _counted_apart(text: str, qs: list[Quantity], total: Quantity, count: Quantity) -> bool:
    """The total's own clause holds a count of the count's kind, another one: it totals that."""
    stop = None
    for stop in rx(CLAUSE_MARK).finditer(text, max(0, count.start), total.qual_start):
        pass
    start = stop.end() if stop else count.start
    return any(q is not count and q.family == count.family and start <= q.start < total.start for q in qs)


def _time_spent(q: Quantity, per: str) -> bool:
    """A length of time that adds up, stated as a total of what was done in it (合计服务2,880小时;
    总工时): a sum of hours the people or things counted each spent, of which the average is a share
    (a time is otherwise no amount: 历时3小时 adds up with nothing)."""
    return not per and q.family.startswith("time-") and rx(_TOTAL_WORD).search(q.lead) is not None \
        and not rx(CHANGE_LEAD).search(q.lead)


def _measure_of_its_verb(what: str, words: str) -> bool:
    """The total names the measure of the verb the average names (每座可产蔬菜1.5万斤 … 总产量; 每户
    用水…, 总用水量): a character of it then 量."""
    return any(c + "量" in words for c in what if "\u3400" <= c <= "\u9fff")


def _both_handed(what: str, total: Quantity, text: str = "") -> bool:
    """An average naming only a handing out (每人可领200元) and a total handed out (共发放2400万元), its
    verb before the figure or, its deed said after it, right after (拿出34.32万元进行分红, 安排…用于补贴)."""
    return bool(rx(_HANDOUT_ONLY).fullmatch(what)) and (
        rx(r"(?:%s)[\u3400-\u9fff]{0,4}$" % _HANDOUT).search(total.lead) is not None
        or (text != "" and rx(r"\s?(?:用于|用於|进行|進行|作为|作為)?(?:%s)" % _HANDOUT).match(text, total.end) is not None))


def _names_nothing_counted(what: str, rate: Quantity) -> bool:
    """An average of a count (份, 场, 人次 …) naming only what was done per its thing, by verbs
    (平均每位长者享用120份, 平均每个乡镇演出12场): no measure of its own, so the total of its unit
    the sentence gives with a total word totals it. Not money: 收入, 支出, 增收 are verbs to the
    lexicon and name measures of their own."""
    if not what or rate.family == "money" or not rate.family.startswith(("count:", "person-times", "people")):
        return False
    from ..words import VERB_TAGS, tagged  # (the lexicon is loaded only when an average is read so)
    return all(tag in VERB_TAGS or tag == "d" for _, tag in tagged(what, 0, len(what)))


def _total(text: str, qs: list[Quantity], i: int, rate: Quantity, sentence_end: int,
           marker_end: int, per: str = "", count: Quantity | None = None) -> Quantity | None:
    """The total of an average; of an average per a second unit (per), a total per that unit."""
    stop = rx(CLAUSE_MARK).search(text, rate.end, sentence_end)
    clause_end = stop.start() if stop else sentence_end
    for q in qs[i + 1:i + 13]:
        if q.end <= clause_end and q.family == rate.family and _per_span(q, per) and bounded(q) \
                and not rate_marker(q.lead) and not _per_slash(text, q):
            return q
    # (people per event summed over the events are person-times: 平均每场听众251人，累计听众…人次)
    if rate.family == "people" and count is not None and count.is_count:
        times = [q for q in qs[i + 1:i + 13] if q.family == "person-times" and bounded(q)
                 and rx(_TOTAL_WORD).search(q.lead) and shares_noun(rate.lead[marker_end:] + rate.noun, q.lead[-8:])]
        if len(times) == 1 and not any(q.family == "people" for q in qs[i + 1:i + 13]):
            return times[0]
    # elsewhere in the sentence, led by a total word, and a total of what the average is of
    # (每户补贴农机购置款800元 … 补贴总额120万元)
    what = _what(rate, marker_end, count)
    for q in qs[max(0, i - 12):i + 13]:
        if q is rate or q.family != rate.family or not (_per_span(q, per) or _time_spent(q, per)) or not bounded(q):
            continue
        if any(p is not rate and p.family == rate.family and p.end <= q.start and _per_item(p)
               for p in qs[max(0, i - 12):i + 13]):
            return None     # 18家每家奖励20万元；30家每家奖励10万元，合计660万元: the total of
            #                 several averages' tiers, no product of one
        if rx(_TOTAL_WORD).search(q.lead) and not rate_marker(q.lead) and (
                shares_noun(what, q.lead[-10:]) or shares_noun(what, (q.lead + noun_after(q)).replace("了", ""))
                or _measure_of_its_verb(what, q.lead[-10:]) or _names_nothing_counted(what, rate)):
            return q    # (进了84个球 names 进球: a verb's 了 aside)
        # (a total named 總/总 + what it pays for, or named as what was handed out, before an average
        # naming only a handing out or nothing: 總經費1,500萬元，每校平均獲得100萬元; 总投资980万元，单座造价
        # 平均245万元; 核發金額共計112億元，平均每人領取…)
        # (or after it, heading the very next clause: 每人1,000元，總經費…; 每人收費2,500元，報名費收入
        # 共計…: a total word ending a subject of its own, the only other amount of its unit)
        marks = len(rx(CLAUSE_MARK).findall(text, rate.end, q.qual_start))
        if (q.end <= rate.start and (rx(r"(?:总|總)[\u3400-\u9fff]{1,6}$").search(q.lead)
                                     or rx(_HANDED_SUM_BEFORE).search(q.lead))
                or q.start > rate.end and marks == 1 and rx(r"[\u3400-\u9fff]{0,6}(?:(?:总|總)[\u3400-\u9fff]{1,4}|%s)$"
                                                             % _BARE_TOTAL).fullmatch(q.lead)
                and rx(r"[，,；;]").match(text, q.qual_start - len(q.lead) - 1)) \
                and (rx(_HANDOUT_ONLY).fullmatch(what) or rx(_COST).fullmatch(what)
                     or (rate.family == "money" and rx(_FUNDS).search(q.lead))) \
                and sum(1 for p in qs if p.family == rate.family) == 2:
            return q
        # an average that names nothing of its own (…获得助学金，人均2500元，总额80万元) is an average
        # of what its sentence gives: a bare total word opening the very next clause totals the same.
        # So is one naming only the handing out (每人領取新臺幣3,000元, 每户分得2400元): a total
        # word naming only a handing out too (總計發放, 分红总额) totals it
        # A bare total word (总计, 共计) there totals the average whatever it names (每栋住户48户，总计768户)
        # (a clause holding the count after the average may stand between: 平均每人補助3.5萬元，共補助
        # 860人，總額…; an average naming nothing takes the total the count's clause ends with: 收费
        # 1800元/人，参加的46名学生共需8.28万元)
        count_between = count is not None and rate.end < count.start < q.start
        marks = len(rx(CLAUSE_MARK).findall(text, rate.end, q.qual_start))
        if (rx(_HANDOUT_ONLY).fullmatch(what) and rx(_HANDED_TOTAL).fullmatch(q.lead)
                or rate.family == "money" and rx(_FUNDS_TOTAL).fullmatch(q.lead)
                or rx(_BARE_TOTAL).fullmatch(q.lead)) and q.start > rate.end \
                and (marks == 1 or (marks == 2 and count_between)):
            return q
        if not what and count_between and marks == 1 and rx(_TOTAL_WORD).search(q.lead):
            return q
        # (an amount per thing set as the standard of a handout, 按照每人次1,500元的标准, names nothing it
        # averages: the one sum handed out after it in its sentence totals it, 累计发放培训补贴2,160万元)
        if rate.family == "money" and q.start > rate.end and marks <= 2 and rx(_STANDARD_AFTER).match(text, rate.end) \
                and rx(r"(?:%s)[\u3400-\u9fff]{0,6}$" % _HANDOUT).search(q.lead) \
                and sum(1 for p in qs[i + 1:i + 13] if p.family == rate.family) == 1:
            return q
        # (money named as funds of what the average names, in the clause right after it, with no
        # total word: 补助标准为每人每年670元，全年安排补助资金298.8亿元; 每月补贴4,200元，每月拨付补贴款…)
        # (what it names past its second unit, 每人每年: or the standard before its marker, 补助标准为)
        paid = rx(r"^每[年月日天周週季]").sub("", what)
        standard = None if paid else rx(r"([\u3400-\u9fff]{2})(?:标准|標準)(?:提高到|提高至|为|為)?每").search(rate.lead)
        paid = standard.group(1) if standard else paid
        if rate.family == "money" and len(paid) >= 2 and q.start > rate.end and marks == 1 \
                and rx(r"(?:资金|資金|经费|經費|款)(?:约|約|共|计|計|为|為|达|達)*$").search(q.lead) \
                and shares_noun(paid, q.lead[-10:]) and sum(1 for p in qs if p.family == rate.family) == 2:
            return q
    return None
