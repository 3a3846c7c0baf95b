"""What every relation kind shares: the Relation record, the sentences it is read from, the
clauses of a sentence, what a figure counts and the nouns of figures.

A relation is found in the sentences that hold one of its cue words (其中, 合计, 均/每, 占, 率,
由…到 …: cues.py chooses them): only their figures are read, a twentieth of the text. A relation
reaches across the clauses of its sentence, and into the sentence before only where a total word
(以上, 上述, 合计 …) at the start of the sentence points back. Whether kinds of a thing can
overlap (省级/市级, 男/女) is read in kinds.py.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from ...typenames import TYPE_CHECKING, NamedTuple
from ..numerals import parse_arabic
from ..quantities import OPEN_ENDED, Quantity, SentenceQuantities, Unit, quantities_in_sentences, units
from ..sentences import CLAUSE_MARKS, sentences
from .interval import HUNDRED, Interval, basis, plain_percent, rounded_to_multiplier
from .kinds import outcome_kind
from .vocabulary import DOWN, PRECIPITATION, SIZES, UP, VERB, WORDS, WORK_VERBS, rx

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

# A clause mark; an ASCII comma between digits is a thousands separator (1,729户), not one.
# (one class of all the marks, the comma's test after it: a pattern opening with a class lets re
# skip to the marks, where `(?:[，；…]|,(?![0-9]))` was tried at every place of every clause split
# and look back, ~35 ns a character)
CLAUSE_MARK = r"[%s,](?:(?<!,)|(?![0-9]))" % CLAUSE_MARKS.replace(",", "")


@dataclass(frozen=True)
class Relation:
    """One arithmetic statement read from the text, with its operands, checked.

    `args` are the values the rule's messages show ({calc}, {stated}, {range}, …: the arithmetic
    and the bounds used, never words); `variant` names the message that words them.
    """
    kind: str
    ok: bool
    start: int                  # the span to report: the figure that does not fit
    end: int
    variant: str
    args: dict[str, str]
    operands: tuple[Quantity, ...] = field(default=(), compare=False)


# families of levels: compared (由42微克/立方米降至35微克/立方米) but never added up, so they are
# neither parts nor totals (0.8毫克/升 of a river is no sum of its reaches)
LEVELS = frozenset({"concentration"})


def is_amount(q: Quantity, per: str = "") -> bool:
    """A count or amount that can be a part or a total (not a share, an age, a duration, a
    rate or a difference). (A concentration is a level too, compared in a change like an amount,
    but never added: LEVELS.) With `per`: a figure per that unit (每日, 日均) counts as well, for a
    relation whose figures are all over one period (see PER_TIME)."""
    if q.family in ("percent", "points") or q.family.startswith(("time-", "age")):
        return False
    if per_unit(q) != per:
        return False
    if q.noun[:1] in ("级", "級"):
        return False    # 61公斤级, 万吨级: a class named by a figure, not an amount
    lead = q.lead
    if "指" in lead and rx(r"指[数數][\u3400-\u9fff]{0,3}$").search(lead):
        return False    # 货运指数为211.2点: the reading of an index, a level on a scale, not a count
    last = lead[-1:]
    if last in _CHANGE_LEAD_LAST and rx(_WORKED_ON).search(lead[-6:]):
        return True     # 改造提升1.8万亩: one verb of work, its figure what was worked on (not a change)
    if last in "至到为為" and rx(_LEVEL_REACHED).search(lead[-5:]) \
            and not rx(r"[比较較]").search(lead):
        return True     # 林火已增加至227处: the level reached, an amount (增加227处 is the change)
    return last not in _CHANGE_LEAD_LAST or not rx(CHANGE_LEAD).search(lead)


# (is_amount's patterns written out once: formatted in every call, each was a new string of ~1 KB
# to build and hash for rx's cache, ~2% of the NUM rules' time)
_WORKED_ON = r"(?:%s)(?:%s)$" % (WORK_VERBS, VERB)
# a size or a level right before its figure, with the verb or the word of how much that may stand
# between (海拔1860米, 堤顶高度8米, 冰厚达到60厘米; not 高海拔路段348公里, 大口径管道48公里)
_STATED = r"(?:为|為|是|有|在|达|達|达到|達到|约|約|近|超过|超過|可达|可達|普遍在|普遍为|普遍為)?$"
_SIZE_SAID = r"(?:%s)%s" % (SIZES, _STATED)
_RAIN_SAID = r"(?:%s)[\u3400-\u9fff]{0,2}%s" % (PRECIPITATION, _STATED)
# (or the rain or snow named right after the figure: 15毫米左右的小到中雨, 3至5厘米的积雪)
_RAIN_AFTER = r"(?:左右|上下)?的[\u3400-\u9fff]{0,4}(?:雨|雪)"
# a mean over places or things (平均降雨量, 平均房价): the mean of a part may exceed the whole's (a mean
# per day, 平均每天, is a total's rate and adds; so do the parts of 人均收入 by its sources, 人均工资性收入…)
_MEAN = r"平均(?!每?[日天月年周週季])[\u3400-\u9fff]{0,6}$"
# what says a figure is the level places generally see, no total (普遍在, 普遍为)
_TYPICAL = r"普遍(?:在|为|為|达|達)?$"
_LEVEL_REACHED = r"(?:%s)[至到为為]$" % VERB
# (what before a figure makes it the amount of a change, not an amount: 比…多, 增加, 由)
CHANGE_LEAD = r"(?:比|较|較|同比|环比|%s|多|少|增|减|減|降|升)[至到为為了]?$|[从從由]$" % VERB
# The characters a figure's words end with when CHANGE_LEAD or _WORKED_ON (a verb of change last)
# may match them, both anchored at the end ("\n": where $ matches before one). is_amount tests the
# last character first: each pattern, tried by re at every place of the words, was ~1 µs of each
# of its ~2,700 calls over every 6th file of the corpus, and most figures' words end otherwise.
_CHANGE_LEAD_LAST = frozenset("比较較多少增减減降升至到为為了从從由\n" + "".join(w[-1] for w in UP + DOWN))


# the state a change is measured against, named by 较/比, the time it held and 的 (较去年同期的15.8万台,
# 較112年的1,752億美元, 比上年的): the earlier figure of a comparison
_COMPARED_STATE = (r"(?:较|較|比)(?:[^，,；;。、0-9０-９%%％]|[0-9０-９]{2,4}年?|[(（][0-9０-９]{2,4}[)）]){1,8}?的$")


def compared_state(text: str, q: Quantity) -> bool:
    """q is the earlier state of a comparison (…达到21.6万台，较去年同期的15.8万台增加…): what the
    sentence is about is the figure compared with it, so q is no part, count or total of its own."""
    return rx(_COMPARED_STATE).search(text, max(0, q.qual_start - 14), q.qual_start) is not None


# a figure right after another item of its 、 list: at most that item's noun, a joiner, this item's name
_LIST_NEXT = r"[^，,；;。、]{0,8}?(?:、|及|和|与|與)[^，,；;。、]{0,8}"


# the longest stretch _LIST_NEXT matches: an item this far or farther before a figure is no
# item of its list
_LIST_NEXT_WIDTH = 17


def follows_in_list(text: str, qs: list[Quantity], q: Quantity, upto: int | None = None) -> bool:
    """q is a later item of a 、 list of figures of its kind (新違建2,964件、既存違建1,153件; 22件、27件
    及19件): an item, not what the list adds up to, nor the subject of what is said after it.
    Only qs[:upto] are looked at (all of qs by default)."""
    # (the nearest figure of q's kind before it is looked for backwards, and no farther than a list's
    # joiner can reach: a look at every figure before q made a sentence of a long list quadratic)
    for k in range(len(qs) if upto is None else upto, 0, -1):
        p = qs[k - 1]
        if q.qual_start - p.end > _LIST_NEXT_WIDTH:
            return False
        if p.end <= q.start and p.family == q.family:
            return rx(_LIST_NEXT).fullmatch(text, p.end, q.qual_start) is not None
    return False


def whole_of_a_share(text: str, q: Quantity, lo: int) -> bool:
    """q is the whole a share is of, inside 占…的 (占全國總人口2,340萬人的2.6%), 占 standing in
    text[lo:q]: a figure named to size the share, no part or total of the sentence's own."""
    return rx(r"\s?[）)]?的[0-9０-９]").match(text, q.end) is not None \
        and rx(r"[占佔]").search(text, lo, q.qual_start) is not None


# the periods a figure's clause may name (2023年, 上半年, 前三季度, 前5个月, 1至9月, 本月 …)
_PERIOD = (r"[0-9０-９]{2,4}年|今年|去年|上年|本年|全年|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季"
           r"|前(?:[0-9０-９]{1,2}|[二两兩三四五六七八九十]|十[一二])[个個]月|[0-9０-９]{1,2}月|本月|上月")


def periods_apart(text: str, a: Quantity, b: Quantity, b_sentence: bool = False) -> bool:
    """The clauses of the two figures name periods, and not the same ones (前5个月…14.78万辆 and
    上半年…2.31万辆: figures of two spans, neither the other's total). `b_sentence`: b's period
    may be named anywhere before it in its sentence (今年1至10月，全市接待境外游客44.2万人次)."""
    said = [{m.group() for m in rx(_PERIOD).finditer(text, words_start(text, q.qual_start, marks), q.qual_start)}
            for q, marks in ((a, "，,；;。\n"), (b, "；;。\n" if b_sentence else "，,；;。\n"))]
    return bool(said[0]) and bool(said[1]) and said[0] != said[1]


def is_level(q: Quantity) -> bool:
    """A figure that is a level read at places or a size of one thing, no amount a breakdown adds
    up: a length named by a size or a level right before it (海拔1860米, 冰层厚度30厘米, 水位: num_words
    [sizes]); a depth of rain or snow said as a range or an approximate figure (累计雨量40至80毫米,
    15毫米左右的小到中雨: num_words [precipitation]), a region's level, which one place may exceed;
    a figure places 普遍 see; and a mean over places or things (平均降雨量412毫米), which a part's
    mean may exceed. One exact depth is an amount (该站累计降雨1460毫米，其中汛期…)."""
    if rx(_TYPICAL).search(q.lead[-6:]) or rx(_MEAN).search(q.lead[-8:]):
        return True
    if q.family != "length":
        return False
    if rx(_SIZE_SAID).search(q.lead[-8:]):
        return True
    return q.qualifier in ("range", "approx") and (
        rx(_RAIN_SAID).search(q.lead[-8:]) is not None or rx(_RAIN_AFTER).match(q.noun) is not None)


def in_unit_of(q: Quantity, like: Quantity) -> Quantity:
    """A figure with a multiplier and no unit (600亿) read in the unit of another (200亿元) said
    once for both (relations/change.py, relations/parts.py)."""
    f = like.unit.factor
    return q._replace(value=q.value * f, low=q.low * f, high=q.high * f, unit=like.unit)


# 单 + a unit of time or of what is counted, as a word of its own (单日, 单网, 单场): per one of
# them. After a Han character only where that character ends a word before it (是单网…): 订单,
# 名单, 清单 are nouns of their own.
_PER_ONE = r"(?:^|(?<=[是为為在的和及与與即]))[单單]([日月年周天次场場网網车車井株台套艘架辆輛店户戶人])[\u3400-\u9fff]{0,6}$"


# an average over a unit with a long noun after it (人均可支配收入28650元, 户均经营性收入): the
# units an average is taken over, not 均 as "all" (两市均已建成)
_AVERAGE_OF = r"([人户戶亩畝日月年周场場次车車村校店])均[\u3400-\u9fff]{4,6}$"


def per_unit(q: Quantity) -> str:
    """The unit a figure is per (每日限量发送500张 → 日, 户均5万元 → 户, 单网出鱼量10万斤 → 网),
    or "" for a plain amount."""
    tail = q.lead[-9:]
    if "每" not in tail and "均" not in tail and "单" not in tail and "單" not in tail:
        return ""   # (every reading holds one of them: most figures' words hold none)
    m = rx(_PER_UNIT).search(tail)
    return (m.group(1) or m.group(2) or m.group(3) or m.group(4)) if m else ""


# (per_unit's pattern written out once, as is_amount's are: built in each of its ~5,400 calls over
# every 6th corpus file, asked by is_amount and every relation kind, it was a new string of 200
# characters to build and hash for rx's cache, a third of the call's time; and it is searched only
# in words that hold 每, 均 or 单, which each of its readings begins or ends with: its look-behinds
# had re try it at every place of the others. 6.6 ms -> ~1 ms over those files, ~1% of NUM's time)
# (an average's noun may be long: 人均可支配收入28650元)
_PER_UNIT = (r"每([\u3400-\u9fff])[\u3400-\u9fff]{0,6}$|([\u3400-\u9fff])均[\u3400-\u9fff]{0,3}$|" + _PER_ONE
             + "|" + _AVERAGE_OF)


# Units of time a figure may be per (日均597架次, 每日处理1350吨). Over one period a rate breaks
# down like an amount: the international flights of a day are inside the day's flights, so
# 日均597架次，其中国际航班376架次 is a whole and its part. Not so an average over people or
# households (人均, 户均): a subgroup's average may well exceed the whole's.
PER_TIME = frozenset("日天月年周週")


def per_time(q: Quantity) -> str:
    """The unit of time a figure is per (日均, 每日 → 日), or ""."""
    per = per_unit(q)
    return per if per in PER_TIME else ""


def bounded(q: Quantity) -> bool:
    """A figure with both bounds (not 以上 / 不足 …)."""
    return q.qualifier not in OPEN_ENDED


def goes_on_from(text: str, first_end: int, second_start: int) -> bool:
    """The sentence starting at `second_start` goes on from the one ending at `first_end`: right
    after it in its paragraph, or opening the next paragraph after a sentence that ends with its
    mark (a breakdown that opens a paragraph, 其中，出口… or 分产业看，…, speaks of the whole the
    paragraph before ended with; a line without a closing mark, a headline, ends nothing so)."""
    if first_end > second_start:
        return False
    gap = text[first_end:second_start]
    if "\n" not in gap and "\n" not in text[first_end - 1:first_end]:
        return len(gap) <= _SENTENCE_GAP
    return not gap.strip() and len(gap) <= _PARAGRAPH_GAP and gap.count("\n") <= _PARAGRAPH_BREAKS \
        and text[:first_end].rstrip(_CLOSERS)[-1:] in "。！？!?"


# What may stand between two sentences that go on one from the other: in a paragraph, a closing
# quote and a space or two; between paragraphs, the line break, one blank line (Markdown's) and an
# indent (two full-width spaces, or a tab), no more: a heading, a rule or a gap of blank lines
# stands between a section and the next.
_SENTENCE_GAP = 3
_PARAGRAPH_GAP = 8
_PARAGRAPH_BREAKS = 2
# what may close a sentence after its mark (。”, 。」, 。）)
_CLOSERS = "”」』’】\"'）) \u3000"


# ---------------------------------------------------------------------------------------------
# clauses

def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of text[start:end] (offsets into text), each without its closing mark."""
    spans = []
    at = start
    for m in rx(CLAUSE_MARK).finditer(text, start, end):
        spans.append((at, m.start()))
        at = m.end()
    if at < end:
        spans.append((at, end))
    return spans


# the marks that end what stands before an item's figure: a clause mark, a list's 、, a colon
ITEM_MARKS = "，,；;、：:。\n"


def words_start(text: str, at: int, marks: str = ITEM_MARKS, lo: int = 0) -> int:
    """Where the words before `at` begin: right after the last of `marks` before it (or at `lo`).
    An ASCII comma between digits is a thousands separator (1,120件), never a mark."""
    start = at
    while start > lo and (text[start - 1] not in marks or (
            text[start - 1] == "," and text[start - 2:start - 1].isdigit() and text[start:start + 1].isdigit())):
        start -= 1
    return start


def clauses_back(text: str, lo: int, pos: int, count: int = 5) -> list[tuple[int, int]]:
    """The last `count` clauses of text[lo:pos] (a bounded look back: a sentence of thousands of
    clauses is not split again for every 其中 in it)."""
    spans: list[tuple[int, int]] = []
    end = pos
    finder = rx(r"[\s\S]*%s" % CLAUSE_MARK)
    while end > lo and len(spans) < count:
        window_start = max(lo, end - 200)
        m = finder.match(text, window_start, end)
        if not m:
            if window_start == lo:
                spans.append((lo, end))
                break
            spans.append((window_start, end))    # a clause longer than 200 characters: cut it
            break
        spans.append((m.end(), end))
        end = m.end() - 1
    spans.reverse()
    return [(a, b) for a, b in spans if a < b]


def between(qs: list[Quantity], starts: list[int], lo: int, hi: int) -> list[Quantity]:
    """The quantities starting in [lo, hi), from the sorted starts of qs."""
    return qs[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


# what may follow the figure that ends a clause: its noun, no more
_CLAUSE_TAIL = r"[\u3400-\u9fff]{0,12}"


def clause_whole(text: str, qs: list[Quantity], starts: list[int], a: int, b: int) -> Quantity | None:
    """The one figure of the clause text[a:b], ending it (its noun at most after it): the whole a
    breakdown in the clauses after may break down (毕业生共1260人，男生…; 村落289个，分布在…)."""
    inside = [q for q in between(qs, starts, a, b) if q.end <= b]
    if len(inside) != 1 or not rx(_CLAUSE_TAIL).fullmatch(text, inside[0].end, b):
        return None
    return inside[0]


class Parens:
    """Parenthesis depth at any offset of one sentence, from one scan of it."""
    def __init__(self, text: str, start: int, end: int):
        self.positions: list[int] = []
        self.depths: list[int] = []
        depth = 0
        for m in rx(r"[(（)）]").finditer(text, start, end):
            depth += 1 if m.group() in "(（" else -1
            self.positions.append(m.start())
            self.depths.append(depth)

    def depth(self, pos: int) -> int:
        i = bisect.bisect_left(self.positions, pos) - 1
        return self.depths[i] if i >= 0 else 0


# ---------------------------------------------------------------------------------------------
# what a figure counts

# (共 is a total's word, not the 共 inside a word: 公共充电设施, 共享单车, 共同富裕, 共青团, 共产党员)
_NOUN_CUT = rx(r"[的了在于於和与與及并並或、将將已被为為是对對到至按由从從向给給把等]|(?<!公)共(?![同享产產建青和识識])")


_BEFORE_FIGURE = r"(?:预计|預計|预估|預估|估计|估計|大约|大約|约|約|将近|將近)+$"
# (and, for the kind a part is, a verb of reaching: 公共充电设施保有量达到214.9万台 is of the kind
# 公共充电设施保有量; a total's noun keeps it, which running totals read)
_REACHING = r"(?:达到|達到)$"


class Counted(NamedTuple):
    measure: str        # the unit's family (count:个, households, money …)
    noun: str           # the noun counted, as written (贫困户, 示范书屋); "" when not given


def counted(text: str, q: Quantity, item_start: int, reaching: bool = False) -> Counted:
    """What q counts: its unit's family and the noun after it (1250户种粮大户) or, when the
    figure ends its item, the noun before it (省级示范书屋96个). item_start: where the list item
    or clause holding q begins."""
    noun = q.noun
    cut = _NOUN_CUT.search(noun)
    if cut:
        noun = noun[:cut.start()]
    if len(noun) < 2:
        before = text[item_start:q.qual_start].rstrip(" \u3000")     # (核准 2,915 件: a space before the digits)
        before = re.sub(r"^(?:其中|包括|含|全国|全國|全县|全縣|全市|全镇|全鎮|全省|全区|全區|全村|全乡|全鄉|共有|现有|共|有|建成|完成|新增|累计)+",
                        "", before)
        # (a grade or a name in Latin letters is part of the noun: 5A级景区, 5G基站)
        # (a hedge between the noun and its figure is no part of the noun: 铁路客运量预计1520万人次)
        before = rx(_BEFORE_FIGURE).sub("", before) or before
        # (a short gloss in parentheses inside the noun is no end of it: 高职（专科）院校 is 高职院校)
        before = rx(r"[（(][\u3400-\u9fff、]{1,6}[）)](?=[\u3400-\u9fff])").sub("", before)
        if reaching:
            before = rx(_REACHING).sub("", before) or before
        m = rx(r"[\u3400-\u9fff0-9０-９A-Za-zＡ-Ｚ至岁歲以上下及]{1,12}$").search(before)
        noun = m.group() if m else ""
        if outcome_kind(noun):
            return Counted(q.family, noun)  # 实到, 到场: the kind of an outcome, 到 no function word
        cut = None
        for c in _NOUN_CUT.finditer(noun):
            cut = c
        if cut:
            noun = noun[cut.end():]
    return Counted(q.family, noun)


# a part named by what it is, the noun (the whole's) left unsaid: 满意的有342户, 来自省内高校的196名
_NAMED_BY_WHAT_IT_IS = r"(?P<kind>[\u3400-\u9fff]{2,10})的(?:有|是|为|為|达|達)?$"


def kind_of(text: str, q: Quantity, item_start: int) -> str:
    """Which kind of the counted thing q is: the noun counted() reads (省级示范书屋96个) or, for a
    part named by what it is (满意的有342户, 来自省内高校的196名), the words before 的 (满意, 来自省内
    高校), which the kinds of one set are told by. (counted() reads no noun there: the part counts
    the whole's noun, unsaid.)"""
    noun = counted(text, q, item_start, reaching=True).noun
    if len(noun) >= 2:
        return noun
    m = rx(_NAMED_BY_WHAT_IT_IS).search(text, item_start, q.qual_start)
    return m.group("kind") if m else noun


# The noun after a figure: up to a clause mark, a figure or a function word (议席占… → 议席).
# A name in Latin letters and digits (COVID-19, H1N1, 5G) is read whole: its digits are no figure.
_OBJECT_MEASURE_WORDS = tuple(w for line in WORDS["object-measure-words"] for w in line.split())
_NOUN_WINDOW = (r"(?:[A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z][A-Za-z0-9\-]*|[A-Za-z][A-Za-z0-9\-]*"
                r"|[^，,；;。、0-9０-９A-Za-z的了在于於和与與及并並或将將已被为為是对對到至按由从從向给給把等共占佔]){1,16}")


# the words before a count that make its 人 or 例 a case of illness, one person each (确诊91人 and
# 24例死亡 count the same people; 手术120例 after 医生30人 counts operations, not doctors)
_CASE_WORDS = r"确诊|確診|感染|病例|阳性|陽性|患者|病患|病人|染疫"


def counts_as(text: str, q: Quantity, family: str) -> bool:
    """True when q counts what a figure of `family` counts: its own unit's family, or a noun after
    it that ends in that measure word (90名流感确诊病例 counts 例, 36个议席 and 36名…席次 count 席). Copy often
    counts one thing in two measure words: the people of a case count, the seats of a party.
    A noun that only begins with it counts something else (10个项目 is no count of 项)."""
    if q.family == family:
        return True
    if {q.family, family} == {"people", "count:例"} and rx(_CASE_WORDS).search(q.lead):
        return True     # 共确诊91人，其中24例死亡: a case of illness is a person
    if not family.startswith("count:") or not (q.family == "people" or q.is_count):
        return False
    m = rx(_NOUN_WINDOW).match(text, q.end)
    # a measure word + 次 is a noun of that measure (席次 seats, 班次 runs, 架次 flights), in
    # either script (隊 is written for the family count:队)
    if m is not None and m.group().endswith(_written_forms(family)):
        return True
    # (or a verb with its object right before the figure, the object a measure word of the family:
    # 累計收案2,182件 counts 案, as …問題共838案 does: num_words.txt, object-measure-words)
    return q.lead.endswith(_OBJECT_MEASURE_WORDS) and q.lead.endswith(_written_forms(family))


@functools.cache
def _written_forms(family: str) -> tuple[str, ...]:
    """The ways a count family's measure word is written (count:队 → 队, 隊), each also + 次
    and + 位: a measure word + 位 is the place it counts (席位, 座位, 床位), so 41席 counts
    what 120个席位 counts."""
    words = {family[len("count:"):]} | {name for name, unit in units().items() if unit.family == family}
    return tuple(sorted(words)) + tuple(sorted(w + "次" for w in words)) + tuple(sorted(w + "位" for w in words))


def names_measure(noun: str, family: str) -> bool:
    """The noun (of a count in another measure word) is what a count of `family` counts: it
    ends in that measure word (120个席位 and 41席; 85个行政村 and 32村, read as 32个村)."""
    return family.startswith("count:") and bool(noun) and noun.endswith(_written_forms(family))


def same_count(text: str, a: Quantity, b: Quantity, b_noun: str = "") -> bool:
    """a counts what b counts, in either direction: a's noun ends in b's measure word
    (counts_as), or b's noun — `b_noun` when given, else the noun after b — ends in a's."""
    if counts_as(text, a, b.family):
        return True
    if not (a.is_count and (b.is_count or b.family == "people")):
        return False
    if not b_noun:
        m = rx(_NOUN_WINDOW).match(text, b.end)
        b_noun = m.group() if m else ""
    return names_measure(b_noun, a.family)


# ---------------------------------------------------------------------------------------------
# a figure counted by its noun, with no measure word

# A figure in digits with no measure word and a Han character right after it (其中32村,
# 85,610生猪存栏数): a whole number, not after a letter, 第, a sign or another figure's mark (a
# code, an ordinal, a date, a time).
# (the look-behind is tested after the figure's first digit, of the character before it: re then
# skips from digit to digit instead of trying the pattern at every place of the sentence: over
# every chosen sentence of every 6th corpus file 5.9 ms -> 2.3 ms; the same figures match,
# [0-9]{1,3} being a digit and [0-9]{0,2})
# (not the rest of a compound number after 亿/万, 108億4,000萬度: one figure, whatever its unit)
_NOUN_FIGURE = (r"(?P<n>[0-9](?<![0-9０-９.,．A-Za-z第#№\-－/:：~～亿億万萬][0-9])(?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]{0,6}))"
                r"(?![0-9０-９.,．])(?=[\u3400-\u9fff])")
# a qualifier right before the figure: its bounds are not the figure's (约32村); left unread
_QUALIFIED = r"(?:约|約|近|超过|超過|逾|超|不足|不到|至少|最多|大约|大約|将近|將近)$"
# what follows a figure that is a date, a time, an age, a rank or a grade (5级到6级: a magnitude,
# not five of the 震级 before it), never a count of a noun
_NOT_COUNTED = frozenset("年月日号號时時点點分秒岁歲届屆期级級")


def _count_noun(text: str, q: Quantity) -> str:
    """The noun a count names when it is clear where it ends (85个行政村，; 85个村中，;
    120个席位的): "" when a verb may run on after it (85个村完成改造)."""
    m = rx(r"[\u3400-\u9fff]{1,7}").match(text, q.end)
    if not m:
        return ""
    word = m.group()
    cut = _NOUN_CUT.search(word)
    if cut:
        word = word[:cut.start()]
    elif len(word) == 7:
        return ""       # a long run: noun and verb, no telling where the noun ends
    if word.endswith("中") and len(word) > 1 and text[q.end + len(word):q.end + len(word) + 1] in "，,":
        word = word[:-1]    # 85个村中，: among them
    return word if len(word) <= 5 else ""


def _runs_on(text: str, start: int, end: int) -> bool:
    """The noun text[start:end] is the head of a longer word (30村民小组: 村民, not 村)."""
    from ..words import attested  # (the lexicon is loaded only when a figure may count a noun)
    return any(attested(text[start:end + n]) for n in (1, 2) if rx(r"[\u3400-\u9fff]{%d}" % n).match(text, end))


def _noun_after_figure(text: str, end: int) -> str:
    m = rx(r"[\u3400-\u9fff]{1,8}").match(text, end)
    word = m.group() if m else ""
    cut = _NOUN_CUT.search(word)
    return word[:cut.start()] if cut else word


def _figure_quantity(text: str, m: re.Match, noun_end: int, unit: Unit) -> Quantity | None:
    number = parse_arabic(m.group("n"))
    if number is None or not number.exact:
        return None
    start = m.start("n")
    lead = rx(r"[\u3400-\u9fff]{1,12}$").search(text, max(0, start - 12), start)
    after = rx(r"[\u3400-\u9fff]{1,8}").match(text, noun_end)
    value = number.value
    return Quantity(start, noun_end, text[start:noun_end], value, value, value, unit, Decimal(1), "", True,
                    lead.group() if lead else "", after.group() if after else "", start)


# how many counts back a figure with no measure word looks for the count whose noun it names
_NOUN_COUNT_REACH = 64


def noun_counts(text: str, start: int, end: int, qs: list[Quantity]) -> list[Quantity]:
    """The figures of text[start:end] with no measure word that count the noun right after them
    (qs: the sentence's quantities), read as counts:

    - of what an earlier count of the sentence counts, when the noun is that count's noun or
      its last character (85个行政村，其中32村: 32个村; the count's measure word is lent);
    - of the noun, when two figures or more stand before the same noun, one of them written as
      an amount, with thousands separators (共计1,235,400生猪存栏数，其中本市85610生猪存栏数).
      Plain runs of digits alone before a noun are as often names (12345热线, 985高校) and are
      not read so.
    """
    found: list[Quantity] = []
    # (looked up by bisection, and the counts before a figure tried back to a bounded reach: a
    # sentence of 30,000 figures was read in quadratic time, two scans of all its figures for each)
    starts = [q.start for q in qs]
    count_qs = [q for q in qs if q.is_count]
    count_ends = [q.end for q in count_qs]
    by_noun: dict[str, list[tuple[re.Match, int]]] = {}
    for m in rx(_NOUN_FIGURE).finditer(text, start, end):
        at = m.start("n")
        i = bisect.bisect_right(starts, at) - 1
        if (i >= 0 and qs[i].start <= at < qs[i].end) or text[m.end("n")] in _NOT_COUNTED:
            continue
        if rx(_QUALIFIED).search(text, max(start, at - 4), at):
            continue
        k = bisect.bisect_right(count_ends, at)
        read = None
        for q in reversed(count_qs[max(0, k - _NOUN_COUNT_REACH):k]):      # the nearest count before it
            noun = _count_noun(text, q)
            for named in (noun, noun[-1:]) if noun else ():
                after = m.end("n") + len(named)
                if text.startswith(named, m.end("n")) and not _runs_on(text, m.end("n"), after):
                    read = _figure_quantity(text, m, after, Unit(named, q.family, q.unit.factor))
                    break
            if read:
                break
        if read:
            found.append(read)
        else:
            noun = _noun_after_figure(text, m.end("n"))
            if len(noun) >= 2:
                by_noun.setdefault(noun, []).append((m, m.end("n") + len(noun)))
    for noun, figures in by_noun.items():
        if len(figures) >= 2 and any("," in m.group("n") for m, _ in figures):
            unit = Unit(noun, "count:" + noun, Decimal(1))
            found.extend(read_q for m, e in figures if (read_q := _figure_quantity(text, m, e, unit)))
    return sorted(found)


def new_count(q: Quantity) -> bool:
    """新增86名病例: a count of new things, which may be a whole (比上年新增300个 is a difference)."""
    return q.lead.endswith(("新增", "新增了")) and not rx(r"比|较|較").search(q.lead)


def noun_after(q: Quantity) -> str:
    """The noun right after a figure's unit, up to a function word (17案等共 → "")."""
    cut = _NOUN_CUT.search(q.noun)
    return q.noun[:cut.start()] if cut else q.noun


def shares_noun(a: str, b: str) -> bool:
    """Two nouns name the same kind of thing when they share two characters in a row."""
    a, b = a[:10], b[:10]
    return any(a[i:i + 2] in b for i in range(len(a) - 1))


def round_tenth(q: Quantity) -> bool:
    """10%, 20% … 90% written without decimals: a whole number of tenths (not 100%, not 0%)."""
    return q.family == "percent" and q.unit.factor == 1 and q.value % 10 == 0 and 0 < q.value < 100 \
        and not rx(r"[.．点點]").search(q.text)     # (3成 is in tenths already: [25%, 35%))


def percent_relation(kind: str, part: Quantity, whole: Quantity, stated: Quantity, rest: bool = False) -> Relation:
    """`part ÷ whole` against a stated percentage (a share, a rate): one arithmetic for both,
    with the quotient's rounding interval and the stated figure's shown in the message. `rest`:
    the percentage is of what the part leaves of the whole, `(whole − part) ÷ whole` (a pass rate
    beside the count that failed)."""
    ratio = rounded_to_multiplier(part).over(rounded_to_multiplier(whole)).scaled(HUNDRED)
    if rest:
        ratio = Interval.point(HUNDRED).minus(ratio)
    claimed = Interval.of(stated)
    if not stated.qualifier and round_tenth(stated):
        # a share of 30% may be a round proportion (三成): a trailing zero says nothing of
        # precision, and copy rounds a share to a round figure (29.3% → 30%). The round figures
        # of copy step by 5% (25%, 30%, 35%: a writer with 25.4% writes 25%), so 30% stands for
        # what is nearer to 30% than to 25% or 35%: [27.5%, 32.5%)
        claimed = Interval(stated.value - Decimal("2.5"), stated.value + Decimal("2.5"), False, True)
    elif not stated.qualifier:
        # a percentage may be cut rather than rounded (1851 ÷ 2000 = 92.55% written 92%): it
        # stands for [X − half a unit, X + one unit) of its last digit
        claimed = claimed._replace(high=claimed.high + (claimed.high - claimed.low) / 2, high_open=True)
    value = part.value / whole.value * HUNDRED
    calc = f"{part.shown} ÷ {whole.shown}"
    if rest:
        value = HUNDRED - value
        calc = f"({whole.shown} − {part.shown}) ÷ {whole.shown}"
    args = {"calc": f"{calc} = {plain_percent(value)}%",
            "range": ratio.show_percent(), "basis": basis((part, whole)), "stated": stated.shown, "stated_range": claimed.show_percent()}
    return Relation(kind, ratio.meets(claimed), stated.start, stated.end, "" if ratio.exact else "rounded",
                    args, (part, whole, stated))


def how_much_changed(q: Quantity) -> bool:
    """q says how much another figure changed (较111年减少1万2,300公吨, 增加了…): no whole of parts."""
    return rx("(?:%s)了?$" % VERB).search(q.lead) is not None


# how many sentences back the whole of a breakdown may stand, past sentences holding no amount of
# its kind (…总值2046.8亿元，同比增长6.3%。外贸规模创历史同期新高。\n其中，出口…)
_WHOLE_BACK = 3
# how far back a count may stand that a word names as the one meant (the average's noun, a rate's
# stem: …全县68所农村中小学的26300名学生…; 全县共有住宅小区1250个。…\n…\n…覆盖率…): a lede's
# figure, two paragraphs before its detail
NAMED_BACK = 6


def _read_sentences(doc: Any) -> dict[int, SentenceQuantities | None]:
    """A document's memo of the sentences sentence_holding has read, by index: each finder asks for
    the same sentences before its own (an average, a share and a breakdown of one paragraph), and
    matching their figures again is the larger part of the work."""
    return {}


def quantities_of_sentence(doc: Any, j: int) -> SentenceQuantities | None:
    """The quantities of the j-th sentence of the shared split (None: it holds none), read once."""
    memo = doc.shared(_read_sentences)
    if j not in memo:
        found = quantities_in_sentences(doc, [j])
        memo[j] = found[0] if found else None
    return memo[j]


def sentence_holding(doc: Any, start: int, family: str,
                     passed: Callable[[SentenceQuantities], bool] | None = None,
                     stops: Callable[[SentenceQuantities], bool] | None = None,
                     back: int = _WHOLE_BACK, breaks_allowed: int = 1) -> SentenceQuantities | None:
    """The nearest sentence before the one starting at `start` that holds a figure counting what
    `family` counts (counts_as: 1,086個租賃站 counts 站; not one saying how much another changed),
    with its quantities: the sentences between hold none, it stands at most `back` sentences back,
    and the way back crosses at most `breaks_allowed` paragraph breaks, each after a paragraph
    ending with its mark (common.goes_on_from); a sentence for
    which `passed` is true is passed over as one holding none, and one holding none for which
    `stops` is true ends the search. For a relation whose first figure is stated sentences before
    the rest: a breakdown's whole (其中，…; 从类型看，…), an average's count, an earlier stock, a
    share's named whole, a rate's other count."""
    spans = doc.shared(sentences)
    i = bisect.bisect_right(spans.starts, start) - 1
    if i < 0 or spans.starts[i] != start:
        return None
    text, at, breaks = doc.text, start, 0
    for j in range(i - 1, max(-1, i - 1 - back), -1):
        if not goes_on_from(text, spans.ends[j], at):
            return None
        breaks += "\n" in text[spans.ends[j]:at]
        if breaks > breaks_allowed:
            return None
        held = quantities_of_sentence(doc, j)
        if held is not None and any(counts_as(text, q, family) and not how_much_changed(q) for q in held.quantities) \
                and not (passed is not None and passed(held)):
            return held
        if held is not None and stops is not None and stops(held):
            return None
        at = spans.starts[j]
    return None
