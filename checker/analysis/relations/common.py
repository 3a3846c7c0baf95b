"""What every relation kind shares: the Relation record, the sentences a relation may use, the
clauses of a sentence, and what a figure counts.

A relation is found in the sentences that hold one of its cue words (其中, 合计, 均/每, 占, 率,
由…到 …): only their figures are read (`quantities_in_sentences`), a twentieth of the text. A
relation reaches across the clauses of its sentence, and into the sentence before only where a
total word (以上, 上述, 合计 …) at the start of the sentence points back.
"""
from __future__ import annotations

import bisect
import functools
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal

from ...resources import kept, read_word_sections
from ...typenames import TYPE_CHECKING, NamedTuple
from ..numerals import parse_arabic
from ..quantities import OPEN_ENDED, Quantity, Unit, quantities_in_sentences, units
from ..sentences import CLAUSE_MARKS, sentences
from ..terms import trie_pattern
from .interval import HUNDRED, Interval, basis, plain_percent

if TYPE_CHECKING:
    from typing import Any

rx = functools.cache(re.compile)
WORDS = read_word_sections("num_words.txt")
UP = tuple(WORDS["up"])
DOWN = tuple(WORDS["down"])
VERB = "|".join(UP + DOWN)
# verbs of work that a verb of change may follow to make one verb of work (改造提升: is_amount)
WORK_VERBS = "|".join(WORDS["work-verbs"])
# the verbs behind a class of their first characters: a pattern that tries them at many places
# fails at once where none can start
VERB_AT = "(?=[%s])(?:%s)" % ("".join(sorted({w[0] for w in UP + DOWN})), VERB)
# A clause mark; an ASCII comma between digits is a thousands separator (1,729户), not one.
CLAUSE_MARK = r"(?:[%s]|,(?![0-9]))" % CLAUSE_MARKS.replace(",", "")


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


class Sentence(NamedTuple):
    start: int
    end: int
    text: str
    quantities: list[Quantity]


# An explicit point of time that orders the figures of a series: a year (2022年) or a day of the
# week (週六). Not a span (2020至2022年, 周一至周五, 2022年以来, 2022年前) nor an average (周日均).
TIME_POINT = (r"(?<![0-9０-９\-－~～至到])(?:(?P<year>[12][0-9]{3}) ?年(?![0-9０-９]*[至到\-－~～]|以来|以來|以前|以后|以後|前|后|後|起)"
              r"|(?:[周週]|星期|禮拜|礼拜)(?P<day>[一二三四五六日天])(?!均|[至到\-－~～]))")
_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}


def time_point(m: re.Match) -> tuple[str, int]:
    """Which kind of point a TIME_POINT match is and where it stands among its kind."""
    return ("year", int(m.group("year"))) if m.group("year") else ("day", _WEEKDAYS[m.group("day")])


def ordered_points(text: str, start: int, end: int) -> bool:
    """Two explicit points of time of one kind in text[start:end] (2022年 … 2023年)."""
    kinds = [time_point(m)[0] for m in rx(TIME_POINT).finditer(text, start, end)]
    return len(kinds) > len(set(kinds))


def is_amount(q: Quantity, per: str = "") -> bool:
    """A count or amount that can be a part or a total (not a share, an age, a duration, a
    rate or a difference). With `per`: a figure per that unit (每日, 日均) counts as well, for a
    relation whose figures are all over one period (see PER_TIME)."""
    if q.family in ("percent", "points") or q.family.startswith(("time-", "age")):
        return False
    if per_unit(q) != per:
        return False
    if q.noun[:1] in ("级", "級"):
        return False    # 61公斤级, 万吨级: a class named by a figure, not an amount
    if rx(r"指[数數][\u3400-\u9fff]{0,3}$").search(q.lead):
        return False    # 货运指数为211.2点: the reading of an index, a level on a scale, not a count
    if rx(r"(?:%s)(?:%s)$" % (WORK_VERBS, VERB)).search(q.lead[-6:]):
        return True     # 改造提升1.8万亩: one verb of work, its figure what was worked on (not a change)
    if q.lead[-1:] in "至到为為" and rx(r"(?:%s)[至到为為]$" % VERB).search(q.lead[-5:]) \
            and not rx(r"[比较較]").search(q.lead):
        return True     # 林火已增加至227处: the level reached, an amount (增加227处 is the change)
    return not rx(r"(?:比|较|較|同比|环比|%s|多|少|增|减|減|降|升)[至到为為了]?$|[从從由]$" % VERB).search(q.lead)


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
    # (an average's noun may be long: 人均可支配收入28650元)
    m = rx(r"每([\u3400-\u9fff])[\u3400-\u9fff]{0,6}$|([\u3400-\u9fff])均[\u3400-\u9fff]{0,3}$|" + _PER_ONE
           + "|" + _AVERAGE_OF).search(q.lead[-9:])
    return (m.group(1) or m.group(2) or m.group(3) or m.group(4)) if m else ""


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


# ---------------------------------------------------------------------------------------------
# the sentences a relation may use

_FIGURE_FIRST = "[0-9０-９〇零一二三四五六七八九两兩十百]"
# Wholes made up of the periods of a list (上午…，下午…，全天共…): the whole, then its parts, one
# line per make-up (relations/running.py sums the list under the whole only when its periods are
# exactly the parts).
PERIOD_UNIONS = (("全天", "上午 下午"), ("全天", "上午 下午 晚上"), ("全日", "上午 下午"),
                 ("全年", "一季度 二季度 三季度 四季度"), ("全年", "上半年 下半年"),
                 ("上半年", "一季度 二季度"), ("下半年", "三季度 四季度"))
PERIOD_WHOLES = tuple(dict.fromkeys(whole for whole, _ in PERIOD_UNIONS))
_TOTAL_BACK = ("以上", "上述", "合计", "合計", "共计", "共計", "总计", "總計", "总共", "總共", "一共")
# (as far as relations/running.py reads a total word from its figure: up to six characters of verb
# and noun and a 为/达 after it, then a hedge: 合计可以解编全市约528公顷)
_RUNNING_REACH = r"[^\n]{0,10}" + _FIGURE_FIRST
_FROM_REACH = r"[^，,；;。]{0,17}" + _FIGURE_FIRST
_PERCENT_WORDS = frozenset(("占", "佔", "比例", "比重"))
# An average: 户均, 人均, 每户, 每亩 … (the unit after 每 or before 均 names what is counted).
RATE_MARKERS = ("户均", "戶均", "人均", "亩均", "畝均", "每户", "每戶", "每人", "每名", "每位", "每亩",
                "每畝", "每个", "每個", "每所", "每家", "每台", "每辆", "每輛", "每艘", "每套", "每间", "每間")


# a percentage, or a share in tenths (3成, 三成: rules/data/units.tsv)
_PERCENT_MARK = r"(?=[%％百0-9０-９一二两兩三四五六七八九十])(?:[%％]|百分之|[0-9０-９一二两兩三四五六七八九十]成)"
_PERCENT_REACH = r"[^。！？!?\n]{0,40}?" + _PERCENT_MARK


@functools.cache
def _trigger() -> re.Pattern:
    """The cue words as one pattern, a tree of their characters (so that `re` scans for their
    first characters), each with what must follow it for the cue to count (a figure within
    reach; a percentage for the share and rate words) tested where it ends."""
    return re.compile(_trigger_source())


@kept   # building the tree was ~1.5 ms of every one-file check with a figure; its text is stored
def _trigger_source() -> str:
    figure_near = r"[^，,；;。\n]{0,10}%s" % _FIGURE_FIRST
    follow: dict[str, str] = {"其中": "", "等共": ""}
    follow.update({w: figure_near for w in RATE_MARKERS})
    follow.update({w: _PERCENT_REACH for w in _PERCENT_WORDS})
    # 占 + a count: a part of the whole before it (女校长占71名, 急诊量占其中的9.4万人次)
    follow.update({w: r"(?:%s|了?(?:其中的?)?[0-9０-９])" % _PERCENT_REACH for w in ("占", "佔")})
    # a rate from two counts: only the rate words of the data (完成率, 覆盖率 …), not every 率
    follow.update({w: r"[^。！？!?\n]{0,12}?" + _PERCENT_MARK for w in WORDS["rates"]})
    # the share of a plan done (完成年度任务的92%: relations/rate.py)
    follow.update({w: "的" + _FIGURE_FIRST for w in ("任务", "任務", "目标", "目標", "计划", "計劃")})
    follow.update({w: _RUNNING_REACH for w in _TOTAL_BACK})
    # a whole's make-up as a list of percentages (三次产业结构为8.2%、41.5%、50.3%: partition.py)
    follow.update({w: r"(?:比例|比)?(?:为|為|是|依次为|依次為)?[0-9０-９][0-9０-９.]*[%％][、和及与與]"
                   for w in ("结构", "結構", "构成", "構成")})
    # a bare 共 or 总数 heading the clause after a list (、…，共17个; relations/running.py): the
    # clause mark before it is checked in _cue (a word opening with ， would stop the scan at
    # every comma of the text)
    follow.update({w: _RUNNING_REACH for w in ("共", "总数", "總數")})
    # the sum of the items named before (两者之和为, 三项补贴总额达; 合共 in Hong Kong and Taiwan copy)
    follow.update({w: _RUNNING_REACH for w in ("之和", "总和", "總和", "总额", "總額", "合共")})
    # (之和, 总和, 总额 right after the list or after a subject counting its items)
    _SUM_WORDS = ("之和", "总和", "總和", "总额", "總額")
    # 较/比 + the earlier figure + a verb of change: 较去年337件增加40件
    near = r"(?:[^，,；;。\n]|,(?=[0-9]))"     # 9,107: a thousands separator is no clause mark
    verbs = _verb_search().pattern     # (whether one is there: tried as a tree, not one by one)
    # or 比上年 + a verb of change + its amount, then the change in percent (change.py)
    follow.update({w: r"(?:%s{0,20}?[0-9０-９]%s{0,12}?(?:%s)|[^，,；;。\n]{0,8}?(?:%s|新增)了?[0-9０-９][^。；;\n]{0,16}?[，,](?:同比|环比)?(?:%s)了?[0-9０-９])"
                      % (near, near, verbs, verbs, verbs) for w in ("较", "較", "比")})
    follow.update({w: _FROM_REACH for w in "由从從"})
    # 自990吨逐渐提高至1400吨: a figure right after 自, not a year or a date (自2019年以来)
    # (or 自 + the year of the first figure + 的: 自103年的每十萬人1,350件)
    follow["自"] = (r"[0-9０-９][0-9０-９.,]*(?![0-9０-９.,]*[年月日号號时時点點])"
                   r"|[0-9０-９]{2,4}年(?:底|初|末)?的[^，,；;。\n]{0,6}[0-9０-９]")
    # the end of a change whose start is named earlier (目前已有1500班，要增加到3000班)
    follow.update({w: r"%s[^，,；;。\n]{0,3}%s" % ("" if w.endswith("至") else "(?:到|至|为|為)", _FIGURE_FIRST)
                   for w in UP + DOWN})
    # a breakdown opened otherwise than by 其中 (relations/parts.py): 当中, 含/包括 with a figure
    # after them
    follow.update({w: figure_near for w in ("当中", "當中", "含", "尤其", "特别是", "特別是")})
    # 包括 + a 、 list of names, then the figure (包括医生、护士、康复师等20人)
    follow["包括"] = r"(?:%s|(?:[^，,；;。、\n]{1,10}、){1,8}[^，,；;。\n]{0,12}%s)" % (figure_near, _FIGURE_FIRST)
    # a total, then its parts one by one (共提出25案，分别为墊付款案22案、總預算案1案…)
    follow.update({w: follow["包括"] for w in ("分别为", "分別為", "分别是", "分別是")})
    # a breakdown in parentheses right after a whole (工程经费5.76亿元（工程费4.61亿元，用地费…）)
    follow.update({w: "" for w in "（("})
    # an outcome that is the absence of another (缺考, 不合格: exclusive-kinds) with a figure after
    # it: the kinds of the outcome in clauses of their own after their whole (relations/parts.py)
    follow.update({w: figure_near for line in WORDS["exclusive-kinds"] for w in line.split()
                   if rx(_NEGATED).match(w)})
    # the remainder after a part of the whole before it, with no 其中 (…276件，已裁罚198件，其余78件:
    # relations/parts.py): at the head of a clause, its figure right after it
    follow.update({w: r"的?[0-9０-９]" for w in REMAINDERS})
    # a whole introduced by N个…中 (270个村中，124个恢复市电): a figure soon after the comma
    # or with no comma, a verb of holding right after (在拥有120个议席的议会中将占据38席)
    follow["中"] = r"(?:[，,][^，,。；;\n]{0,8}[0-9０-９]|%s)" % HOLD_AFTER_IN
    # words that count only right after a clause mark (共, 比, 总数) or after a Han character (中)
    # are tested in the pattern: as plain words they would stop the scan at every 共, 比 and 中
    tests = {w: f"(?<=[，,]{w})" for w in _AFTER_COMMA | set(REMAINDERS)}
    # a count of people who say something (812位表示, 1.2万人认为, 600名受访者表示): a subset of the
    # people a survey reached before it (relations/parts.py); the word after the count and its noun
    for w in WORDS["say-words"]:
        follow.setdefault(w, "")
        tests[w] = "(?:%s)" % "|".join(r"(?<=%s[位名人][\u3400-\u9fff]{%d}%s)" % (SAID_BY, n, w) for n in range(5))
    # (总数 also after a subject naming the items' kind: 奖牌总数87枚; relations/running.py decides)
    tests.update({w: f"(?:(?<=[，,]{w})|(?<=[，,][\u3400-\u9fff]{{2}}{w}))" for w in ("总数", "總數")})
    # a bare 共 also after a subject that counts the items (三镇共获250万元, 两单位共计) and
    # right after the last item with a figure following (5枚铜牌共15枚奖牌): relations/running.py
    # decides whether it sums the list
    tests["共"] = (r"(?:(?<=[，,]共)|(?:(?<=[0-9０-９二两兩三四五六七八九十][\u3400-\u9fff]共)"
                  r"|(?<=[0-9０-９二两兩三四五六七八九十][\u3400-\u9fff]{2}共))(?![同享创創用商赢贏治识識产產]|建(?![设設成造]))"
                  r"|(?:(?<=[0-9０-９][\u3400-\u9fff]{2}共)|(?<=[0-9０-９][\u3400-\u9fff]{3}共)"
                  r"|(?<=[0-9０-９][\u3400-\u9fff]{4}共))(?=[0-9０-９]))")
    # (共同, 共享, 共建 … are words of their own, not 共 + a verb; but 共建设, 共建成 and 共建造 are 共
    # before 建设, 建成, 建造: 两个片区共建设安置房2240套)
    # (after a longer subject counting the items, 两村蓝莓种植面积合计, or periods, 前两个月出口额共,
    # or naming the union of the list's periods, 全天共接诊)
    tests["共"] = "(?:%s|%s(?![同享创創用商赢贏治识識产產]|建(?![设設成造])))" % (tests["共"], _after_subject("共", 3))
    # (or after a subject naming the union of the items by their kind: 各级资金共, 各类补贴共)
    tests["共"] = "(?:%s|%s)" % (tests["共"], "|".join(
        r"(?<=[，,]各[级級类類项項方地][\u3400-\u9fff]{%d}共)" % n for n in range(1, 7)))
    # 累计 sums a list only after such a subject (两站累计发送, 全年累计); relations/running.py
    follow.update({w: _RUNNING_REACH for w in ("累计", "累計")})
    # or heading the clause after a list with a verb after it (，累计完成100座); relations/running.py
    # reads the verb and what bounds the list
    tests.update({w: "(?:%s|(?<=[，,]%s)(?=[\u3400-\u9fff]))" % (_after_subject(w, 1), w) for w in ("累计", "累計")})
    # words that add up what was listed (加起来共90个, 两者相加为…)
    follow.update({w: _RUNNING_REACH for w in ("加起来", "加起來", "加在一起", "相加", "合起来", "合起來")})
    # 总 + a noun after a subject counting the items (两期总经费2.1亿元, 三项总投资…)
    for w in ("总", "總", *_SUM_WORDS):
        follow[w] = _RUNNING_REACH
        tests[w] = "(?:%s)" % "|".join([_after_subject(w, 1)] + ([] if len(w) == 1 else ["(?<=[，,]%s)" % w]))
    # 这 + a total in digits (这10所学校), not a time (这3年); 这两个, 这三项 count items (这三笔资金
    # 共… is chosen by its 共)
    follow.update({w: r"[0-9０-９]+(?![0-9０-９]*[年月日天周週次届屆])" for w in _THIS})
    tests["中"] = r"(?<=[\u3400-\u9fff）)]中)"
    # a breakdown right after its whole, with no 其中 (relations/parts.py): a kind of an exclusive
    # set opening a clause or a list item, a figure soon after (，男生580人、女生680人; ，城镇新增
    # 3100个; ，尚在办理14件; ，5A级2家、4A级13家)
    kind_near = r"[\u3400-\u9fff]{0,4}[0-9０-９]"
    # (each word opens with its clause mark: the scan then stops at the marks, not at every 国, 中,
    # 大 … a kind begins with; one cue chooses the sentence, so the clause after the whole is enough;
    # the not yet done by two characters: a lone 未 or 尚 opens too much)
    kinds = {w for line in WORDS["exclusive-kinds"] for w in line.split()} | {"尚在", "尚未", "仍在", "还在", "還在"}
    for w in sorted(kinds):
        for mark in "，：":
            if mark + w not in follow:
                follow[mark + w] = kind_near
    for w in ("级", "級"):
        follow[w] = kind_near
        tests[w] = "(?:%s)" % "|".join("(?<=[，,、：:]%s%s)" % (grade, w) for grade in (
            "[0-9０-９][A-ZＡ-Ｚ]", "[0-9０-９][A-ZＡ-Ｚ]{2}", "[0-9０-９一二三四五六七八九]星", "[一二三四五六七八九]"))
    # (after a figure and its unit, a name and a figure inside: not 今天（3月27日）)
    tests.update({w: r"(?:(?<=[0-9０-９][\u3400-\u9fff]%s)|(?<=[0-9０-９][\u3400-\u9fff]{2}%s))"
                     r"(?=[\u3400-\u9fff]{1,8}[0-9０-９])" % (re.escape(w), re.escape(w)) for w in "（("})
    # what must follow a word is tested in the pattern too, where the word ends: the scan then
    # stops only at the cues that count (增长 is everywhere; 增长到300 is a cue), and a word whose
    # test fails leaves the place to a shorter word that ends there (共计 … 共)
    for w, f in follow.items():
        if f:
            tests[w] = tests.get(w, "") + "(?=%s)" % f
    return trie_pattern(follow, tests)


_FROM_WORDS = frozenset("由从從自")
# the last character of the figure of a count of people who say something (812位, 1.2万人)
SAID_BY = "[0-9０-９万萬千百十]"
# what names the rest of a whole once a part of it is given (其余78件, 剩下的12人)
REMAINDERS = ("其余", "其餘", "剩余", "剩餘", "剩下", "余下", "餘下")
# what a part of a whole named by `N个…中` does right after 中 when no comma parts them: holds or
# wins a figure (在拥有120个议席的议会中将占据38席, 在参赛的60支队伍中有12支晋级)
HOLD_AFTER_IN = (r"(?=[将將已共]?(?:占据|占據|占有|佔有|获得|獲得|赢得|贏得|夺得|奪得|拿下|取得|有)"
                 r"[^，,。；;\n]{0,3}[0-9０-９])")
# what opens a sentence that breaks down a whole stated in the sentence before (其中，…; 这其中,
# 这当中, 在这些企业中 say the same)
OPENS_BREAKDOWN = r"(?:这|這)?其中|(?:这|這)(?:当中|當中)|在(?:这些|這些)[\u3400-\u9fff]{1,8}中"
# what may stand before a word that opens a sentence (a space, a quote, a parenthesis)
OPENERS = " \u3000\t“「『\"'（("
_BARE_TOTALS = frozenset(("共", "总数", "總數", "之和", "总和", "總和", "总额", "總額", "这", "這", "总", "總"))
_CHANGE_VERBS = frozenset(UP + DOWN)
# cue words that count only right after a clause mark
_AFTER_COMMA = frozenset(("比", "共", "总数", "總數"))
# how many sentences before a total word at the head of a sentence may hold its items, when its
# subject counts them (以上三镇合计…)
_BACK_SENTENCES = 6
# (or a count opening the sentence: 第一批…。第二批…。两批物资合计…; not an enumerator, 三是…)
_COUNTED_BACK = r"\s*(?:(?:以上|上述|前述|这|這)[0-9０-９二两兩三四五六七八九十]|[二两兩三四五六七八九十](?!是)[\u3400-\u9fff])"
# a demonstrative before a figure: the list's total or its count (relations/running.py)
_THIS = ("这", "這")
# after 由 at the head of a clause, a list of who pays a total, each with its figure (总经费3768万元，
# 由中央补助800万元、市府自筹2968万元): the parts of the total, not the start of a change
SOURCES = r"(?=[^，,；;。、]{1,8}[0-9０-９](?:[^，,；;。、]|,(?=[0-9])){0,7}、)"


def _after_subject(word: str, shortest: int) -> str:
    """A test that `word` follows a subject counting items or periods (三镇, 两村蓝莓种植面积, 两天
    签约; a count, then `shortest` to 8 characters) or naming the union of periods (全天, 全年 and
    up to four characters): relations/running.py reads the subject."""
    count = [r"(?<=[0-9０-９二两兩三四五六七八九十][\u3400-\u9fff]{%d}%s)" % (n, word) for n in range(shortest, 9)]
    union = [r"(?<=%s[\u3400-\u9fff]{%d}%s)" % (u, n, word) for u in PERIOD_WHOLES for n in range(5)]
    return "(?:%s)" % "|".join(count + union)


def _cue(text: str, at: int) -> re.Match | None:
    """The next cue word in text from `at` that has what it needs after it."""
    return _trigger().search(text, at)


def cue_sentences(doc: Any) -> list[Sentence]:
    """The sentences that may hold a relation, each with its quantities (in text order)."""
    chosen = doc.shared(_chosen)[0]
    return [Sentence(*s) for s in quantities_in_sentences(doc, chosen)] if chosen else []


def cue_spans(doc: Any) -> list[tuple[int, int]]:
    """The (start, end) of every sentence that may hold a relation, figures read in it or not:
    a sentence whose figures all count a noun with no measure word has no quantities
    (noun_counts reads them)."""
    spans = doc.shared(sentences)
    return [(spans.starts[i], spans.ends[i]) for i in doc.shared(_chosen)[0]]


def from_spans(doc: Any) -> list[tuple[int, int]]:
    """The sentences chosen for a change cue (由/从/自 … a verb), figures read or not: a change
    in a measure word the unit table lacks has no quantities (relations/change.py)."""
    return doc.shared(_chosen)[1]


@functools.cache
def _verb_search() -> re.Pattern:
    """Any verb of change (as a tree of characters: the search only asks whether there is one)."""
    return re.compile(trie_pattern(UP + DOWN))


def _chosen(doc: Any) -> tuple[list[int], list[tuple[int, int]]]:
    text = doc.text
    m = _cue(text, 0)
    if not m:
        return [], []   # without a cue no sentence is needed, nor the sentence split
    spans = doc.shared(sentences)
    starts, ends = spans.starts, spans.ends     # (analysis.sentences.Spans: no Span made per look)
    chosen: set[int] = set()
    changes: list[tuple[int, int]] = []
    verb = _verb_search()
    # a bare 共 sums a list: in 、, or in clauses of their own, each with a figure (…本科生2100人，
    # 硕士研究生800人，共录取…; 甲镇…，乙镇…，三镇共获)
    listed = rx(r"[、和及与與]|[0-9０-９][^，,；;。]*[，,；;][^，,；;。]*[0-9０-９][^，,；;。]*[，,；;]?\Z")
    listed_or_clauses = rx(r"[、和及与與，,；;]")
    then = rx("|".join(WORDS["then-words"]))
    bisect_right = bisect.bisect_right
    while m:
        i = bisect_right(starts, m.start()) - 1
        if i < 0:
            m = _cue(text, m.end())
            continue
        start, end = starts[i], ends[i]
        word = m.group()
        if word in _FROM_WORDS:
            if verb.search(text, m.end(), end):
                if not changes or changes[-1][0] != start:
                    changes.append((start, end))
            elif not (text[m.start() - 1:m.start()] in "，," and rx("由" + SOURCES).match(text, m.start())):
                m = _cue(text, m.start() + 1)
                continue
            # (…，由中央补助800万元、市府自筹2968万元: who pays a total, its parts; relations/parts.py)
        elif word in _BARE_TOTALS and not (word in _THIS and m.start() - start < 4) and not (listed if text[m.start() - 1] in "，," else listed_or_clauses).search(
                text, start, m.start() - 1) and not rx(_COUNTED_BACK).match(text, start) or (
                word in _CHANGE_VERBS and not then.search(text, start, m.start())
                and not ordered_points(text, start, m.start())):
            # a bare 共 sums a list (none before it: no total; 这 or a subject counting the items
            # opening a sentence points back at the sentences before); a verb of change with the end of
            # the change after it needs its start named as an earlier state before it (目前…), or
            # a figure of an earlier point of a series (2022年…；2023年，再增加到…)
            m = _cue(text, m.start() + 1)
            continue
        chosen.add(i)
        head = text[start:start + 12]
        if any(w in head for w in _TOTAL_BACK) or text.find("以上", start, end) >= 0 \
                or head[:1] in _THIS or rx(OPENS_BREAKDOWN).match(head.lstrip(OPENERS)) or rx(_COUNTED_BACK).match(head):
            j = i - 1   # a total word pointing back: the list may be in the sentence before, or
            # at the head of the sentence, in the sentences before, one item each (甲镇安排120万元。
            # 乙镇安排80万元。以上两镇合计…: relations/running.py reads as many as its subject counts);
            # 其中 opening a sentence: the whole it breaks down is there (relations/parts.py)
            at = start
            stop = i - _BACK_SENTENCES if rx(_COUNTED_BACK).match(head) else i - 1
            while j >= max(0, stop) and at - ends[j] < 4:
                chosen.add(j)
                at = starts[j]
                j -= 1
        m = _cue(text, max(end, m.end()))
    return sorted(chosen), changes


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

_NOUN_CUT = rx(r"[的了在于於和与與及并並或、将將已被为為是对對到至按由从從向给給把等共]")


class Counted(NamedTuple):
    measure: str        # the unit's family (count:个, households, money …)
    noun: str           # the noun counted, as written (贫困户, 示范书屋); "" when not given


def counted(text: str, q: Quantity, item_start: int) -> Counted:
    """What q counts: its unit's family and the noun after it (1250户种粮大户) or, when the
    figure ends its item, the noun before it (省级示范书屋96个). item_start: where the list item
    or clause holding q begins."""
    noun = q.noun
    cut = _NOUN_CUT.search(noun)
    if cut:
        noun = noun[:cut.start()]
    if len(noun) < 2:
        before = text[item_start:q.qual_start]
        before = re.sub(r"^(?:其中|包括|含|全县|全市|全镇|全省|全区|全村|全乡|共有|现有|共|有|建成|完成|新增|累计)+",
                        "", before)
        m = rx(r"[\u3400-\u9fff0-9０-９至岁歲以上下及]{1,12}$").search(before)
        noun = m.group() if m else ""
        if outcome_kind(noun):
            return Counted(q.family, noun)  # 实到, 到场: the kind of an outcome, 到 no function word
        cut = None
        for c in _NOUN_CUT.finditer(noun):
            cut = c
        if cut:
            noun = noun[cut.end():]
    return Counted(q.family, noun)


# The noun after a figure: up to a clause mark, a figure or a function word (议席占… → 议席).
# A name in Latin letters and digits (COVID-19, H1N1, 5G) is read whole: its digits are no figure.
_NOUN_WINDOW = (r"(?:[A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z][A-Za-z0-9\-]*|[A-Za-z][A-Za-z0-9\-]*"
                r"|[^，,；;。、0-9０-９A-Za-z的了在于於和与與及并並或将將已被为為是对對到至按由从從向给給把等共占佔]){1,16}")


def counts_as(text: str, q: Quantity, family: str) -> bool:
    """True when q counts what a figure of `family` counts: its own unit's family, or a noun after
    it that ends in that measure word (90名流感确诊病例 counts 例, 36个议席 and 36名…席次 count 席). Copy often
    counts one thing in two measure words: the people of a case count, the seats of a party.
    A noun that only begins with it counts something else (10个项目 is no count of 项)."""
    if q.family == family:
        return True
    if not family.startswith("count:") or not (q.family == "people" or q.is_count):
        return False
    m = rx(_NOUN_WINDOW).match(text, q.end)
    # a measure word + 次 is a noun of that measure (席次 seats, 班次 runs, 架次 flights), in
    # either script (隊 is written for the family count:队)
    return m is not None and m.group().endswith(_written_forms(family))


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
_NOUN_FIGURE = (r"(?<![0-9０-９.,．A-Za-z第#№\-－/:：~～])(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,7})"
                r"(?![0-9０-９.,．])(?=[\u3400-\u9fff])")
# a qualifier right before the figure: its bounds are not the figure's (约32村); left unread
_QUALIFIED = r"(?:约|約|近|超过|超過|逾|超|不足|不到|至少|最多|大约|大約|将近|將近)$"
# what follows a figure that is a date, a time, an age or a rank, never a count of a noun
_NOT_COUNTED = frozenset("年月日号號时時点點分秒岁歲届屆期")


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
    taken = [(q.start, q.end) for q in qs]
    by_noun: dict[str, list[tuple[re.Match, int]]] = {}
    for m in rx(_NOUN_FIGURE).finditer(text, start, end):
        at = m.start("n")
        if any(a <= at < b for a, b in taken) or text[m.end("n")] in _NOT_COUNTED:
            continue
        if rx(_QUALIFIED).search(text, max(start, at - 4), at):
            continue
        counts = [q for q in qs if q.end <= at and q.is_count]
        read = None
        for q in reversed(counts):      # the nearest count before it
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


def common_head(nouns: list[str]) -> str:
    """The longest ending all nouns share (示范书屋 of 省级示范书屋 and 市级示范书屋)."""
    if not nouns:
        return ""
    head = nouns[0]
    for noun in nouns[1:]:
        n = 0
        while n < min(len(head), len(noun)) and head[-1 - n] == noun[-1 - n]:
            n += 1
        head = head[len(head) - n:]
    return head


@functools.cache
def _dimensions() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in WORDS["exclusive-kinds"])


_AGE_BAND = rx(r"^(?:[0-9０-９]+(?:岁|歲)?(?:至|到|-|－|~|～)[0-9０-９]+(?:岁|歲)|[0-9０-９]+(?:岁|歲)(?:及|以)?(?:以上|以下|上|下))")


def dimension(modifier: str) -> int | None:
    """Which set of mutually exclusive kinds a modifier names (rules/data/num_words.txt,
    exclusive-kinds; age bands are one set): 省级 → levels, 女 → sex, 60岁以上 → age."""
    if _AGE_BAND.match(modifier):
        return -1
    for i, kinds in enumerate(_dimensions()):
        if any(modifier == k or (modifier.endswith(k) and len(k) >= 2) for k in kinds):
            return i
    return None


# a place named by its administrative suffix (江苏省, 安南區, 柳营镇): places of one list do not
# overlap (全市 contains the others: not a place of the list)
_PLACE = rx(r"(?!全)[\u3400-\u9fff]{1,6}[省市县縣区區镇鎮乡鄉村州]$")


# a grade on one scale, named by its number (5A级, 3星级, 二级): a thing has one grade of a scale
# at a time, and the scale is the letters or 星 after the number (5A级 and 3星级 are two scales)
_GRADE = rx(r"^(?:[0-9０-９]{1,2}|[一二三四五六七八九])(?P<scale>[A-ZＡ-Ｚ]{1,2}|星)?[级級]$")


@functools.lru_cache(maxsize=4096)
def _sets_of(modifier: str) -> tuple[tuple[int | str, str], ...]:
    """Every set of exclusive kinds the modifier names, each with the kind it names there (国内
    is a kind of 国内/国外 and of 国际/国内; 不合格 is 不合格, not 合格). Cached: the same
    modifiers recur, and each is tried against every set."""
    if _AGE_BAND.match(modifier):
        return ((-1, modifier),)
    grade = _GRADE.match(modifier)
    if grade:
        return (("grade:" + (grade.group("scale") or ""), modifier),)
    found: list[tuple[int | str, str]] = []
    if _PLACE.fullmatch(modifier):
        found.append((-2, modifier))    # (城区, 城镇 end as places do, and are kinds of a set too)
    for i, kinds in enumerate(_dimensions()):
        kind = max((k for k in kinds if modifier == k or (modifier.endswith(k) and len(k) >= 2)), key=len, default="")
        if kind:
            found.append((i, kind))
    return tuple(found)


def _one_set(modifiers: list[str]) -> bool:
    """The modifiers all name kinds of one set, each a kind of its own there (表决通过 and
    审议通过 both name 通过: one kind, which may overlap)."""
    named = [dict(_sets_of(m)) for m in modifiers]
    for i in set(named[0]).intersection(*named[1:]):
        kinds = [n[i] for n in named]
        if len(set(kinds)) == len(kinds):
            return True
    return False


def outcome_kind(head: str) -> str:
    """The kind of an outcome (rules/data/num_words.txt, exclusive-kinds: a set holding a negated
    kind, 缺考, 不合格, 未通过) that the words before a figure name (实到, 缺考), or ""."""
    return next((kind for i, kind in _sets_of(head) if i in _outcome_sets()), "")


def outcomes_of_one(heads: list[str]) -> bool:
    """The heads name kinds of one outcome, each a kind of its own, one of them negated
    (实到/缺考, 出席/缺席, 合格/不合格)."""
    named = [dict(_sets_of(h)) for h in heads]
    for i in _outcome_sets().intersection(*named):
        kinds = [n[i] for n in named]
        if len(set(kinds)) == len(kinds) and any(rx(_NEGATED).match(k) for k in kinds):
            return True
    return False


@functools.cache
def _outcome_sets() -> frozenset[int]:
    return frozenset(i for i, kinds in enumerate(_dimensions()) if any(rx(_NEGATED).match(k) for k in kinds))


# a kind that is the absence of another (缺考, 缺席, 不合格, 未通过): its set is the outcome of one
# count, each thing counted one kind or the other
_NEGATED = r"[缺不未]"


def mutually_exclusive(nouns: list[str]) -> bool:
    """True when the nouns are kinds of one noun that cannot overlap: they share a head and
    their modifiers all name kinds of one set (省级/市级 示范书屋; 城镇/乡村 消费品零售额).
    女党员 and 60岁以上党员 share a head but their kinds (sex, age) overlap."""
    return exclusive_kinds(nouns) is not None


def exclusive_kinds(nouns: list[str]) -> tuple[str, list[str]] | None:
    """What mutually_exclusive reads: the noun the kinds share (示范书屋; "" for bare kinds, 小学/
    初中) and the kinds (省级, 市级), or None when the nouns are not exclusive kinds of one."""
    if len(nouns) < 2 or any(not n for n in nouns):
        return None
    head = common_head(nouns)
    for n in range(len(head), 0, -1):    # 省级示范书屋/市级示范书屋 share 级示范书屋: try 示范书屋 too
        modifiers = [noun[:len(noun) - n] for noun in nouns]
        if any(not m for m in modifiers) or len(set(modifiers)) < len(modifiers):
            continue
        if _one_set(modifiers):
            return head[len(head) - n:], modifiers
    if len(set(nouns)) == len(nouns) and _one_set(nouns):
        return "", nouns    # bare kinds that share a first character (國小/國中)
    # the kinds may end the nouns, after what they share (知识密集型服务出口/知识密集型服务进口;
    # 出口/进口)
    shared = os.path.commonprefix(nouns)
    rests = [noun[len(shared):] for noun in nouns]
    if all(rests) and len(set(rests)) == len(rests) and _one_set(rests):
        return shared, rests
    return None


# what joins the names of a whole's kinds in its own noun (公益林和商品林, 来信、来访)
_NAME_JOIN = r"(?:和|及|与|與|、|以及)"


def names_its_parts(nouns: list[str], whole_words: str) -> bool:
    """The whole's noun is the parts' nouns run together (来信来访 of 来信, 来访) or joined by
    和/及/与/、 (公益林和商品林): the whole is named as those kinds, so each thing it counts is
    one of them, and the parts are exclusive kinds of it. A noun of one character names too
    little (林, 人) to tell."""
    if len(nouns) < 2 or len(set(nouns)) != len(nouns) or any(len(n) < 2 for n in nouns):
        return False
    if "".join(nouns) in whole_words:
        return True
    return rx(_NAME_JOIN.join(re.escape(n) for n in nouns)).search(whole_words) is not None


def names_a_kind(kinds: list[str], words: str) -> bool:
    """The words name a kind of the set the kinds are of (铁路客运量 beside 水路, 民航: the modes
    of transport): a figure so named is one of the kinds, not the whole they break down."""
    named = [dict(_sets_of(k)) for k in kinds]
    for i in set(named[0]).intersection(*named[1:]):
        if isinstance(i, int) and i >= 0 and any(k in words for k in _dimensions()[i]):
            return True
        if isinstance(i, str) and _GRADE_IN.search(words):
            return True
        if i == -1 and _AGE_BAND_IN.search(words):
            return True
    return False


_GRADE_IN = rx(r"(?:[0-9０-９]{1,2}|[一二三四五六七八九])(?:[A-ZＡ-Ｚ]{1,2}|星)?[级級]")
_AGE_BAND_IN = rx(r"[0-9０-９]+(?:岁|歲)")


def is_kind(word: str) -> bool:
    """The word is itself a kind of a set (男性, 城镇, 5A级), not a kind and a noun (男生)."""
    return any(kind == word for _, kind in _sets_of(word))


def places(modifiers: list[str]) -> bool:
    """The kinds are places named by their administrative suffix (江苏省, 鼓楼区): exclusive in a
    list of one level, but a list may mix levels (南京市 and 鼓楼区) with nothing to tell it.
    城镇 and 农村 end as places do but are kinds of a set (exclusive-kinds): no places here."""
    return all(-2 in dict(_sets_of(m)) and not any(m in kinds for kinds in _dimensions()) for m in modifiers)


@functools.cache
def _partitions() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(line.split()) for line in WORDS["partitions"])


def whole_partition(kinds: list[str]) -> bool:
    """The kinds are every kind of one whole (男/女, 城镇/农村: num_words.txt, partitions)."""
    return frozenset(kinds) in _partitions()


@functools.cache
def _kinds_of_a_noun() -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    lines = (line.split(":") for line in WORDS["kinds-of-a-noun"])
    return tuple((tuple(noun.split()), frozenset(kinds.split())) for noun, kinds in lines)


def kinds_fit(kinds: list[str], whole_words: str) -> str | None:
    """Bare kinds (小学, 初中) that are kinds of one noun only (num_words.txt, kinds-of-a-noun)
    break down a whole only when its words name that noun (学校, 中小学): the word naming it, or
    None when they do not; "" for other kinds (男/女, 合格/不合格), kinds of anything counted."""
    for nouns, known in _kinds_of_a_noun():
        if known.issuperset(kinds):
            return next((noun for noun in sorted(nouns, key=len, reverse=True) if noun in whole_words), None)
    return ""


def round_tenth(q: Quantity) -> bool:
    """10%, 20% … 90% written without decimals: a whole number of tenths (not 100%, not 0%)."""
    return q.family == "percent" and q.unit.factor == 1 and q.value % 10 == 0 and 0 < q.value < 100 \
        and not rx(r"[.．点點]").search(q.text)     # (3成 is in tenths already: [25%, 35%))


def percent_relation(kind: str, part: Quantity, whole: Quantity, stated: Quantity) -> Relation:
    """`part ÷ whole` against a stated percentage (a share, a rate): one arithmetic for both,
    with the quotient's rounding interval and the stated figure's shown in the message."""
    ratio = Interval.of(part).over(Interval.of(whole)).scaled(HUNDRED)
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
    args = {"calc": f"{part.shown} ÷ {whole.shown} = {plain_percent(value)}%",
            "range": ratio.show_percent(), "basis": basis((part, whole)), "stated": stated.shown, "stated_range": claimed.show_percent()}
    return Relation(kind, ratio.meets(claimed), stated.start, stated.end, "" if ratio.exact else "rounded",
                    args, (part, whole, stated))
