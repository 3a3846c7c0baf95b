"""The sentences a relation may use: the cue words of every relation kind (其中, 合计, 均/每, 占,
率, 由…到 …), each with what must follow it for the cue to count, scanned as one pattern; only
the sentences holding one are read (`cue_sentences`, a twentieth of the text), with the
sentences before them where a total word at the head of one points back.

    某县共有行政村85个，其中32个已完成改造。   其中 + a figure: chosen
    全县有行政村85个。                         no cue: not read
    甲镇安排120万元。乙镇安排80万元。以上两镇合计200万元。
                                               以上 at the head: the two sentences before too

Also here, since the trigger tests them: what opens a breakdown of a whole (其中, 这当中, 在这些…中;
`BREAKDOWN`, `OPENS_BREAKDOWN`), who pays a total (`SOURCES`), the rest of a whole (`REMAINDERS`).
"""
from __future__ import annotations

import bisect
import functools
import re

from ...resources import kept
from ...typenames import TYPE_CHECKING, NamedTuple
from ..quantities import quantities_in_sentences, units
from ..sentences import sentences
from ..terms import trie_pattern
from ..word_scan import FirstMatch, split_tries
from .kinds import NEGATED, ONE_VALUED_VERBS
from .states import UNDER_WAY_AFTER_FIGURE, UNDER_WAY_WORDS
from .vocabulary import (
    ADDING,
    DOWN,
    EARLIER_NAMED,
    GAINS_OR_LOSSES,
    MORE_OR_LESS_BY,
    PERIOD_WHOLES,
    UP,
    WORDS,
    ordered_points,
    rx,
)

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from ..quantities import Quantity

class Sentence(NamedTuple):
    """A chosen sentence: its span, its text and the quantities read in it."""
    start: int
    end: int
    text: str
    quantities: list[Quantity]


# what a figure may begin with, in digits or in Chinese numerals
_FIGURE_FIRST = "[0-9０-９〇零一二三四五六七八九两兩十百]"
_TOTAL_BACK = ("以上", "上述", "合计", "合計", "共计", "共計", "总计", "總計", "总共", "總共", "一共")
# (as far as relations/running.py reads a total word from its figure: up to six characters of verb
# and noun and a 为/达 after it, then a hedge: 合计可以解编全市约528公顷)
_RUNNING_REACH = r"[^\n]{0,10}" + _FIGURE_FIRST
_FROM_REACH = r"[^，,；;。]{0,17}" + _FIGURE_FIRST
_PERCENT_WORDS = frozenset(("占", "佔", "比例", "比重", "比率", "相当于", "相當於"))
# An average: 户均, 人均, 每户, 每亩 … (the unit after 每 or before 均 names what is counted).
RATE_MARKERS = ("户均", "戶均", "人均", "亩均", "畝均", "每户", "每戶", "每人", "每名", "每位", "每亩",
                "每畝", "每个", "每個", "每所", "每家", "每台", "每辆", "每輛", "每艘", "每套", "每间", "每間",
                "场均", "場均", "校均", "村均", "亩产", "畝產")


# a percentage, or a share in tenths (3成, 三成: rules/data/units.tsv)
_PERCENT_MARK = r"(?=[%％百0-9０-９一二两兩三四五六七八九十])(?:[%％]|百分之|[0-9０-９一二两兩三四五六七八九十]成)"
_PERCENT_REACH = r"[^。！？!?\n]{0,40}?" + _PERCENT_MARK


# the first period of a span's parts, opening their clause (1月, 一季度, 首日, 上午, 上半年)
_FIRST_PERIOD = r"(?:0?1月|[一1]季度|第[一1]季|首日|第一天|上午|上半年)"


@functools.cache
def _trigger() -> tuple[re.Pattern, ...]:
    """The cue words as a tree of their characters (so that `re` scans for their first
    characters), each with what must follow it for the cue to count (a figure within reach; a
    percentage for the share and rate words) tested where it ends; split into a few patterns by
    first character (analysis/word_scan.py: a scan half as long), read back as one by `_cue`."""
    return tuple(re.compile(source) for source in _trigger_source())


@kept   # building the tree was ~1.5 ms of every one-file check with a figure; its text is stored
def _trigger_source() -> tuple[str, ...]:
    figure_near = r"[^，,；;。\n]{0,10}%s" % _FIGURE_FIRST
    follow: dict[str, str] = {"其中": "", "等共": ""}
    follow.update({w: figure_near for w in RATE_MARKERS})
    # 每 + the noun of the count right before it (42所乡村学校每校…, 38个村每村…): relations/average.py
    follow["每"] = figure_near
    # (平均每 + any measure word: an average per one counted thing, wherever its count stands in the
    # sentence: 共开办32期…，平均每期70人次; 每 alone is tested below, 平均 before it says the same)
    # (what it is per and what it names may run long: 平均每个社区服务站开展助老活动200场次)
    follow["平均每"] = r"[^，,；;。\n]{0,16}%s" % _FIGURE_FIRST
    # (日均 + its figure: an average per day of a span stated as a length, relations/span_average.py)
    follow["日均"] = figure_near
    # (平均 + a figure, its unit and a slash: 平均1200元/人, relations/average.py)
    follow["平均"] = r"[0-9０-９][0-9０-９,.]*\s?[\u3400-\u9fff]{1,2}[/／]"
    # (or any amount per person written with a slash: 收费1800元/人; its count and total are read after)
    follow["元/人"] = ""
    # (单 + a measure word: an average per one counted thing, 单座造价平均245万元)
    follow.update({"单" + w: figure_near for w in "座个個场場台臺家所间間栋棟辆輛艘套项項"})
    follow.update({"單" + w: figure_near for w in "座個場臺家所間棟輛艘套項"})
    follow.update({w: _PERCENT_REACH for w in _PERCENT_WORDS})
    # 占 + a count: a part of the whole before it (女校长占71名, 急诊量占其中的9.4万人次)
    follow.update({w: r"(?:%s|了?(?:其中的?)?[0-9０-９])" % _PERCENT_REACH for w in ("占", "佔")})
    # a rate from two counts: only the rate words of the data (完成率, 覆盖率 …), not every 率
    follow.update({w: r"[^。！？!?\n]{0,12}?" + _PERCENT_MARK for w in WORDS["rates"]})
    # or any X率 right before its percentage: relations/rate.py reads it as a rate only when X
    # names what the count before it did (实际参测1209人，参测率97.5%)
    follow["率"] = r"(?:为|為|达|達|达到|達到|是|仅为|僅為|已达|已達)?[0-9０-９]"
    # an average per month or quarter of a span named before it (全年…1512件，平均每月126件:
    # relations/average.py)
    # (月均, 季均 are read at their 均, tested below: a stop at every 月 of every date costs more)
    follow.update({w: r"[^，,；;。\n]{0,6}[0-9０-９]" for w in ("每月", "每个月", "每個月", "每季度", "均")})
    # the earlier state named after the figure now, its figure right after (…10.8万件，去年同期为9.5万件，
    # 降幅…: relations/change.py, _earlier_then_change)
    follow.update({w + c: r"(?:约|約)?[0-9０-９]" for w in ("去年同期", "上年同期", "去年", "上年") for c in "为為"})
    # (or a year's end named by its number: …188萬6,407人，112年底為187萬9,862人，一年來…)
    follow.update({w + c: r"(?:约|約)?[0-9０-９]" for w in ("年底", "年末") for c in "为為"})
    # the share of a plan done (完成年度任务的92%, 完成预算的103.2%: relations/rate.py)
    follow.update({w: "的" + _FIGURE_FIRST for w in ("任务", "任務", "目标", "目標", "计划", "計劃", "预算", "預算")})
    follow.update({w: _RUNNING_REACH for w in _TOTAL_BACK})
    # an amount added to the one before it, then their total (…120座，加上去年的80座，共…: added_on.py)
    follow.update({w: r"[^，,；;。\n]{0,12}[0-9０-９]" for w in ("加上", "连同", "連同")})
    # a whole's make-up as a list of percentages (三次产业结构为8.2%、41.5%、50.3%: partition.py)
    follow.update({w: r"(?:比例|比)?(?:为|為|是|依次为|依次為)?[0-9０-９][0-9０-９.]*[%％][、和及与與]"
                   for w in ("结构", "結構", "构成", "構成")})
    # a bare 共 or 总数 heading the clause after a list (、…，共17个; relations/running.py): the
    # clause mark before it is checked in _cue (a word opening with ， would stop the scan at
    # every comma of the text)
    follow.update({w: _RUNNING_REACH for w in ("共", "计", "計", "总数", "總數", "总量", "總量", "总人数", "總人數")})
    # a stock reached after a change heading its clause (…，今年注销12艘，现有74艘: relations/accrual.py)
    follow.update({w: _RUNNING_REACH for w in ("现有", "現有", "剩余", "剩餘", "尚有")})
    # (还剩 + a figure soon after, wherever it stands: …今年已改造1088户，目前还剩236户)
    follow.update({w: figure_near for w in ("还剩", "還剩")})
    # (尚待/仍待 + the deed, what still waits for it: …，已拆除593家，尚待处理253家)
    follow.update({w: r"[\u3400-\u9fff]{1,4}\s?%s" % _FIGURE_FIRST for w in ("尚待", "仍待")})
    # (又/再 + a verb and its figure, an addition to a stock the sentence or the one before names:
    # 今年又新增加装电梯147部，目前全市累计…; relations/accrual.py)
    follow.update({w: r"[\u3400-\u9fff]{0,8}\s?[0-9０-９]" for w in ("又", "再")})
    # (现在 + a verb of holding, the stock now: 成立时只有36名队员，…加入114人，现在队伍已有150人)
    follow.update({w: r"[\u3400-\u9fff]{0,4}?(?:已有|有|已达|已達|达到|達到)\s?%s" % _FIGURE_FIRST for w in ("现在", "現在")})
    # (目前 + 共有 or 累计, the stock now: …，本周又调入…，目前共有…; …今年再完成…，目前累计完成…)
    follow.update({w: _RUNNING_REACH for w in ("目前共有", "目前共", "现在共有", "現在共有", "现在一共有", "現在一共有",
                                               "目前累计", "目前累計")})
    # (or an earlier stock named so, its figure near: 原有藏书46万册, 去年底为7360公里, 年初为…, 3月底为…
    # — accrual.py)
    follow.update({w: figure_near for w in ("原有", "原为", "原為", "去年底为", "去年底為", "上年底为", "上年底為",
                                            "年初为", "年初為", "月底为", "月底為", "月末为", "月末為",
                                            "此前", "以来累计", "以來累計")})
    # (or the state at the end of the period before, named after the change over this one: …，这周
    # 又升高了12米，上周末为174米 — relations/change.py)
    # (上月底为, 上月末为 are chosen by 月底为, 月末为 above)
    follow.update({w: figure_near for w in ("上周末为", "上週末為")})
    # (or the start of the year, or the end of the last, with the stock's figure near: 今年初收容所在养
    # 犬猫共412只, 截至去年底全县已建成…1260个 — accrual.py reads the changes after it)
    # (its subject may run long: 本縣年初住宿式長照機構可提供床位2,136床)
    # (or after a comma: 截至上年末，全县共有家庭农场1286家)
    follow.update({w: r"[，,]?[^，,；;。\n]{0,16}%s" % _FIGURE_FIRST for w in _EARLIER_STOCK_CUES})
    # (原 + a verb of holding and its figure: 原收容犬隻1,380隻, 原列管512張)
    follow["原"] = r"[\u3400-\u9fff]{1,6}\s?[0-9０-９]"
    # the sum of the items named before (两者之和为, 三项补贴总额达; 合共 in Hong Kong and Taiwan copy)
    follow.update({w: _RUNNING_REACH for w in ("之和", "总和", "總和", "总额", "總額", "合共")})
    # (之和, 总和, 总额 right after the list or after a subject counting its items)
    _SUM_WORDS = ("之和", "总和", "總和", "总额", "總額")
    # 较/比 + the earlier figure + a verb of change: 较去年337件增加40件
    near = r"(?:[^，,；;。\n]|,(?=[0-9]))"     # 9,107: a thousands separator is no clause mark
    verbs = _verb_search().pattern     # (whether one is there: tried as a tree, not one by one)
    # or 比上年 + a verb of change + its amount, then the change in percent (change.py)
    # (or the amount, then the earlier state named after it: 比上年减少4.7亿元，上年为91亿元)
    # (a gain of output or income is a verb of the amount too: 比上年增产74.3万吨，增长1.8%)
    follow.update({w: r"(?:%s{0,20}?[0-9０-９]%s{0,12}?(?:%s)|[^，,；;。\n]{0,8}?(?:%s|新增|%s|%s)了?[0-9０-９][^。；;\n]{0,16}?[，,](?:(?:同比|环比)?(?:%s)了?|%s)[0-9０-９])"
                      % (near, near, verbs, verbs, MORE_OR_LESS_BY, GAINS_OR_LOSSES, verbs, EARLIER_NAMED) for w in ("较", "較", "比")})
    # (与上年同期相比, + what changed and the verb of the amount, its figure after: the figure now in the
    # sentence before — change.py, _amount_and_rate_after)
    follow.update({w: r"[，,]?\s?[^，,；;。\n0-9０-９]{0,12}?(?:%s|新增)了?\s?[0-9０-９]" % verbs
                   for w in ("相比", "相較", "相较", "比较", "比較")})
    # (同比 + the amount, then the earlier state named after it: 同比增加2300户，去年同期为1.45万户;
    # read at the 比 of 同比, tested below: a stop at every 同 costs more)
    compared_then_earlier = r"(?:%s|新增)了?[0-9０-９][^。；;\n]{0,16}?[，,]%s[0-9０-９]" % (verbs, EARLIER_NAMED)
    # (从 also opening a sentence with the measure its whole is divided by: 。从性别看，…)
    follow["由"] = _FROM_REACH
    follow.update({w: "(?:%s|%s)" % (_FROM_REACH, DIVIDED_BY_LOOK) for w in "从從"})
    # 自990吨逐渐提高至1400吨: a figure right after 自, not a year or a date (自2019年以来)
    # (or 自 + the year of the first figure + 的: 自103年的每十萬人1,350件)
    follow["自"] = (r"[0-9０-９][0-9０-９.,]*(?![0-9０-９.,]*[年月日号號时時点點])"
                   r"|[0-9０-９]{2,4}年(?:底|初|末)?的[^，,；;。\n]{0,6}[0-9０-９]")
    # the end of a change whose start is named earlier (目前已有1500班，要增加到3000班)
    # (or the amount of a change between two points of a series, right after its verb: 去年…184人，
    # 今年是148人，减少了36人 — tested in _chosen: after a comma, with two points before it)
    follow.update({w: r"(?:%s[^，,；;。\n]{0,3}|了?)%s" % ("" if w.endswith("至") else "(?:到|至|为|為)", _FIGURE_FIRST)
                   for w in UP + DOWN})
    # a breakdown opened otherwise than by 其中 (relations/parts.py): 当中, 含/包括 with a figure
    # after them
    follow.update({w: figure_near for w in ("当中", "當中", "含", "尤其", "特别是", "特別是")})
    # a whole divided into the parts after it (分为公益林42.6万亩和商品林18.9万亩: breakdown.py)
    follow.update({w: figure_near for w in DIVIDED})
    # (or spent on as many uses as it counts, listed after a colon: 将用于三个方面：… — composition.py)
    follow.update({w: r"[二两兩三四五六七八九2-9][个個]?%s[：:]" % PART_WORDS for w in ("用于", "用於")})
    # a whole distributed over places, each with its count (30例分布狀況為永康區15例，東區5例…;
    # 村落289个，分布在东部山区163个、西部丘陵126个: breakdown.py)
    follow.update({w: DISTRIBUTED_AFTER + figure_near for w in DISTRIBUTED})
    # some chosen out of the whole before (共114幀，…评选出优选30幀、佳作23幀: breakdown.py)
    follow.update({w: figure_near for w in SELECTED})
    # what a whole includes, when a part names it (发现问题236个，包含作风方面问题44个: parts.py)
    follow.update({w: figure_near for w in ("包含", "涵盖", "涵蓋")})
    # 包括 + a 、 list of names, then the figure (包括医生、护士、康复师等20人)
    # (or 包含 + such a list, which may be long: 包含健力、水上救生…等12项)
    follow["包括"] = r"(?:%s|(?:[^，,；;。、\n]{1,10}、){1,16}[^，,；;。\n]{0,12}%s)" % (figure_near, _FIGURE_FIRST)
    follow["包含"] = follow["包括"]
    # a total, then its parts one by one (共提出25案，分别为墊付款案22案、總預算案1案…)
    follow.update({w: follow["包括"] for w in ("分别为", "分別為", "分别是", "分別是")})
    # (or by a verb after 分别: 三年分别完成4.2万亩、…, the parts of a span: span_parts.py)
    follow.update({w: r"[\u3400-\u9fff]{1,4}?[0-9０-９]" for w in ("分别", "分別")})
    # a whole stated for a span of time, then a clause opening with its first period (一季度…96家，
    # 1月28家、2月…; 上半年…，一季度…): the parts of the span, relations/span_parts.py
    follow.update({w: r"[^。；;\n]{0,24}?[0-9０-９][^。；;\n]{0,12}?[，,：:]\s?%s" % _FIRST_PERIOD for w in PERIOD_WHOLES})
    # (or a span counted in days, read at its first day when the second follows: 假期三天…，首日…、
    # 第二天…)
    follow.update({w: figure_near + r"[^。；;\n]{0,12}?[、，,]\s?(?:第二天|第2天|次日)" for w in ("首日", "第一天", "第1天")})
    # a breakdown in parentheses right after a whole (工程经费5.76亿元（工程费4.61亿元，用地费…）)
    follow.update({w: "" for w in "（("})
    # an outcome that is the absence of another (缺考, 不合格: exclusive-kinds) with a figure after
    # it: the kinds of the outcome in clauses of their own after their whole (relations/breakdown.py)
    follow.update({w: figure_near for line in WORDS["exclusive-kinds"] for w in line.split()
                   if rx(NEGATED).match(w)})
    # the remainder after a part of the whole before it, with no 其中 (…276件，已裁罚198件，其余78件:
    # relations/breakdown.py): at the head of a clause, its figure right after it
    follow.update({w: r"(?:的|[\u3400-\u9fff]{1,8}?)?[0-9０-９]" for w in REMAINDERS})
    # a whole introduced by N个…中 (270个村中，124个恢复市电): a figure soon after the comma
    # or with no comma, a verb of holding right after (在拥有120个议席的议会中将占据38席)
    follow["中"] = r"(?:[，,][^，,。；;\n]{0,8}[0-9０-９]|%s)" % HOLD_AFTER_IN
    # a whole, then a colon or the measure it is divided by, then its parts (共录取980人：东校区…;
    # 养老机构213家，按举办主体分，公办的…: relations/breakdown.py)
    follow.update({w: r"[\u3400-\u9fff]{1,8}[0-9０-９]" for w in "：:"})
    follow.update({w: r"[\u3400-\u9fff]{1,8}?%s[，,]" % DIVIDED_BY_END for w in DIVIDED_BY_WORDS})
    # (or 里: 在接受体检的2400名职工里，432人…)
    follow.update({w: follow["中"] for w in "里裡裏"})
    # words that count only right after a clause mark (共, 比, 总数) or after a Han character (中)
    # are tested in the pattern: as plain words they would stop the scan at every 共, 比 and 中
    tests = {w: f"(?<=[，,]{w})" for w in _AFTER_COMMA | set(REMAINDERS)}
    tests["元/人"] = r"(?<=[0-9０-９]元/人)"
    # a count of people who say something (812位表示, 1.2万人认为, 600名受访者表示): a subset of the
    # people a survey reached before it (relations/breakdown.py); the word after the count and its noun
    for w in WORDS["say-words"]:
        follow.setdefault(w, "")
        tests[w] = "(?:%s)" % "|".join(r"(?<=%s[位名人][\u3400-\u9fff]{%d}%s)" % (SAID_BY, n, w) for n in range(5))
    # (总数 also after a subject naming the items' kind: 奖牌总数87枚, 新建学校总数; relations/running.py
    # decides)
    # (or a stock reached, its figure right after a verb of reaching: …。截至年底，路外公共停車位總數為
    # 8萬9,910格 — relations/accrual.py reads its changes in the sentences before)
    tests.update({w: "(?:%s)" % "|".join([f"(?<=[，,]{w})"] + [f"(?<=[，,][\u3400-\u9fff]{{{n}}}{w})" for n in (2, 3, 4)]
                                         + [_STOCK_REACHED_AFTER])
                  for w in ("总数", "總數", "总量", "總量")})
    # (总人数 after a subject naming the list's deed: …高校师生有867人，参加献血的总人数…)
    tests.update({w: "(?:%s)" % "|".join(f"(?<=[，,][\u3400-\u9fff]{{{n}}}{w})" for n in range(7))
                  for w in ("总人数", "總人數")})
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
    # (or after a subject naming the union of the items by their kind: 各级资金共, 各类补贴共; or the
    # whole of a place the items' noun is counted in: …，全校学生共借阅, relations/running.py)
    tests["共"] = "(?:%s|%s)" % (tests["共"], _preceded_by("共", [
        *((r"[，,]各[级級类類项項方地][\u3400-\u9fff]{%d}" % n, n + 3) for n in range(1, 7)),
        *((r"[，,]全[\u3400-\u9fff]{%d}" % n, n + 2) for n in range(3, 8)),
        # (or opening a sentence, the places of the items listed in the sentence before: 东城区新建…，
        # 西城区新建…。全市今年共新建…)
        *((r"[。！？!?\n]全%s[\u3400-\u9fff]{%%d}" % _PLACE_LEVEL % n, n + 3) for n in range(7))]))
    # 累计 sums a list only after such a subject (两站累计发送, 全年累计); relations/running.py
    follow.update({w: _RUNNING_REACH for w in ("累计", "累計")})
    # or heading the clause after a list with a verb after it (，累计完成100座); relations/running.py
    # reads the verb and what bounds the list
    # (or with its figure right after it, where the sentence announced its parts: 分三批…，累计7500万元)
    # (a space may stand before the figure, as Taiwan copy writes it: ，累計 65,100 張)
    # (or with a verb of reaching after it, the stock reached, whose changes may end the sentence
    # before: …今年又新建286个。目前，全县充电桩累计达到1,546个 — relations/accrual.py)
    tests.update({w: "(?:%s|(?<=[，,]%s)(?=\\s?[\u3400-\u9fff0-9０-９])|(?=[\u3400-\u9fff]{0,4}?(?:达到|達到|达|達|增至|增加到)\\s?%s))"
                  % (_after_subject(w, 1), w, _FIGURE_FIRST) for w in ("累计", "累計")})
    # words that add up what was listed (加起来共90个, 两者相加为…)
    follow.update({w: _RUNNING_REACH for w in ADDING})
    # 总 + a noun after a subject counting the items (两期总经费2.1亿元, 三项总投资…)
    for w in ("总", "總", *_SUM_WORDS):
        follow[w] = _RUNNING_REACH
        tests[w] = "(?:%s)" % "|".join([_after_subject(w, 1)] + ([] if len(w) == 1 else ["(?<=[，,]%s)" % w]))
    # (or 总 + the name of the measure the list counts in, heading the clause after it with a short
    # subject: …，活动总参与人次达…; relations/running.py)
    # (or 总 + a measure word + 数 heading its clause, the count in that measure word: …，總站數達520站,
    # 总户数; relations/accrual.py reads it as the stock after a change)
    for w in ("总", "總"):
        tests[w] = "(?:%s|(?:%s)(?=[\u3400-\u9fff]{0,4}?%s)|(?<=[，,]%s)(?=[\u3400-\u9fff][数數]))" % (tests[w], "|".join(
            r"(?<=[，,][\u3400-\u9fff]{%d}%s)" % (n, w) for n in range(5)), MEASURE_NAMES, w)
    # (总额 also after a subject naming the list's noun: …，加上中央资金6800万元，项目资金总额达1亿元;
    # relations/running.py reads the subject)
    for w in ("总额", "總額"):
        tests[w] = "(?:%s)" % "|".join([tests[w]] + [f"(?<=[，,][\u3400-\u9fff]{{{n}}}{w})" for n in (2, 3, 4)])
    # 这 + a total in digits (这10所学校), not a time (这3年); 这两个, 这三项 count items (这三笔资金
    # 共… is chosen by its 共)
    follow.update({w: r"[0-9０-９]+(?![0-9０-９]*[年月日天周週次届屆])" for w in _THIS})
    tests["中"] = r"(?<=[\u3400-\u9fff）)]中)"
    tests.update({w: "(?:%s)" % "|".join(r"(?<=[0-9０-９][\u3400-\u9fff]{%d}%s)" % (n, w) for n in (1, 2, 3)) for w in "：:"})
    tests.update({w: r"(?<=[，,]%s)" % w for w in ("现有", "現有", "剩余", "剩餘", "尚有")})
    # (共 + a verb of adding after a subject naming a scope: ，本年度全縣共新增…42處 — the new things
    # listed before are some of them)
    for verb in ADDED_VERBS:
        w = "共" + verb
        follow[w] = r"[^，,；;。\n]{0,10}[0-9０-９]"
        tests[w] = "(?:%s)" % "|".join([r"(?<=[，,][\u3400-\u9fff]{%d}%s)" % (n, w) for n in range(9)]
                                       + [r"(?<=[。！？!?\n]全%s[\u3400-\u9fff]{%%d}%%s)" % _PLACE_LEVEL % (n, w) for n in range(7)])
    # (the measure a whole is divided by also opens a sentence: 。依障礙等級區分，… — the sentence
    # before, whose whole it divides, is chosen with it below)
    tests.update({w: _opening(w, "，,。！？!?\n") for w in DIVIDED_BY_WORDS})
    # (分产业看, 以性別區分: only opening a sentence or a paragraph; 从性别看 is read at its 从, a word
    # of change, in _chosen)
    follow["分"] = DIVIDED_BY_LOOK
    follow["以"] = DIVIDED_BY_SPLIT
    tests.update({w: _opening(w, "。！？!?\n") for w in "分以"})
    tests["率"] = r"(?<=[\u3400-\u9fff]{2}率)"
    # (not the 里 of a unit: 公里, 海里, 英里, 华里)
    tests.update({w: r"(?<=[\u3400-\u9fff]%s)(?<![公海英华華]%s)" % (w, w) for w in "里裡裏"})
    # (or heading the clause right after a count: 涉及河段600处，每处平均…)
    tests["每"] = "(?:%s)" % "|".join([r"(?<=[0-9０-９][\u3400-\u9fff]{%d}每)" % n for n in range(2, 10)]
                                      + [r"(?<=[0-9０-９][\u3400-\u9fff]{%d}[，,]每)" % n for n in (1, 2)])
    # a breakdown right after its whole, with no 其中 (relations/breakdown.py): a kind of an exclusive
    # set opening a clause or a list item, a figure soon after (，男生580人、女生680人; ，城镇新增
    # 3100个; ，尚在办理14件; ，5A级2家、4A级13家)
    kind_near = r"[\u3400-\u9fff]{0,4}[0-9０-９]"
    # (each word opens with its clause mark: the scan then stops at the marks, not at every 国, 中,
    # 大 … a kind begins with; one cue chooses the sentence, so the clause after the whole is enough;
    # the not yet done by two characters: a lone 未 or 尚 opens too much)
    kinds = {w for line in WORDS["exclusive-kinds"] for w in line.split()} | {"尚在", "尚未", "仍在", "还在", "還在"} \
        | set(UNDER_WAY_WORDS) \
        | {"也有", "亦有"}      # (the state under way: ，正在整改47处; ，在建43个 — states.py; a kind set
    #                         beside another: ，也有退休职工210人 — kinds.present_and_also)
    # (after 、 too: a list of kinds opening its sentence, its whole stated after it as a total,
    # 男性1360人、女性1940人，…共3000人 — breakdown._kinds_before_total)
    for w in sorted(kinds):
        for mark in "，：、":
            if mark + w not in follow:
                follow[mark + w] = kind_near
    # (or a part named by a relative clause of one single-valued verb: ，来自本市的有1,330名 —
    # kinds.one_valued_relatives)
    # (or the state under way said right after a part's figure: 另有36处正办理 — states.py)
    for w in UNDER_WAY_AFTER_FIGURE:
        follow.setdefault(w, "")
        tests[w] = r"(?<=[0-9０-９][\u3400-\u9fff]%s)" % w
    for w in ONE_VALUED_VERBS:
        follow["，" + w] = r"[\u3400-\u9fff]{1,10}?的[有为為是]?\s?[0-9０-９]"
    for w in ("级", "級"):
        follow[w] = kind_near
        tests[w] = "(?:%s)" % "|".join("(?<=[，,、：:]%s%s)" % (grade, w) for grade in (
            "[0-9０-９][A-ZＡ-Ｚ]", "[0-9０-９][A-ZＡ-Ｚ]{2}", "[0-9０-９一二三四五六七八九]星", "[一二三四五六七八九]"))
    # (after a figure and its unit, a name and a figure inside: not 今天（3月27日）; the unit may
    # be followed by a short noun saying what the figure counts: 共7人阳性（本地籍2人、…）)
    tests.update({w: "(?:%s)" % "|".join(r"(?<=[0-9０-９][\u3400-\u9fff]{%d}%s)" % (n, re.escape(w)) for n in range(1, 7))
                  + r"(?=[\u3400-\u9fff]{1,8}[0-9０-９])" for w in "（("})
    # what must follow a word is tested in the pattern too, where the word ends: the scan then
    # stops only at the cues that count (增长 is everywhere; 增长到300 is a cue), and a word whose
    # test fails leaves the place to a shorter word that ends there (共计 … 共)
    for w, f in follow.items():
        if f:
            tests[w] = tests.get(w, "") + "(?=%s)" % f
    tests["比"] = "(?:%s|(?<=[同环環]比)(?=%s))" % (tests["比"], compared_then_earlier)
    # (or a measure word + 均, an average per one counted thing: 套均面积90平方米, 校均, 店均 —
    # relations/average.py)
    measures = "".join(sorted({name for name, unit in units().items()
                               if len(name) == 1 and unit.family.startswith("count:")} - {"均"}))
    tests["均"] = r"(?<=[月季%s]均)(?=%s)" % (re.escape(measures), follow["均"])
    return split_tries(follow, tests)


_FROM_WORDS = frozenset("由从從自")
# the last character of the figure of a count of people who say something (812位, 1.2万人)
SAID_BY = "[0-9０-９万萬千百十]"
# what names the rest of a whole once a part of it is given (其余78件, 剩下的12人)
REMAINDERS = ("其余", "其餘", "剩余", "剩餘", "剩下", "余下", "餘下")
# what a part of a whole named by `N个…中` does right after 中 when no comma parts them: holds or
# wins a figure (在拥有120个议席的议会中将占据38席, 在参赛的60支队伍中有12支晋级)
HOLD_AFTER_IN = (r"(?=[将將已共]?(?:仅|僅|只)?(?:占据|占據|占有|佔有|获得|獲得|赢得|贏得|夺得|奪得|拿下|取得|有)"
                 r"[^，,。；;\n]{0,3}[0-9０-９])")
# what opens a sentence that breaks down a whole stated in the sentence before (其中，…; 这其中,
# 这当中, 当中 with its comma, 在这些企业中 say the same)
# (他们中, 她们当中: among the people just counted, as 其中)
_AMONG_THEM = r"(?:他们|她们|它们|他們|她們|它們)(?:之中|当中|當中|中)"
# (or 以上/上述 + the noun, its own clause, opening a sentence: 以上案件，判决结案者…)
# the words pointing back at what was just said (这些投诉中, 上述案件，…), and those that also stand alone
# before the noun in a clause of its own (以上案件，…)
POINTERS = r"(?:这些|這些|上述|前述|以上)"
POINTERS_ALONE = r"(?:上述|前述|以上)"
OPENS_BREAKDOWN = (r"(?:这|這)?其中|(?:这|這)?(?:当中|當中)(?![\u3400-\u9fff])|在?%s[\u3400-\u9fff]{1,8}中"
                   r"|%s[\u3400-\u9fff]{1,6}(?![\u3400-\u9fff])|" % (POINTERS, POINTERS_ALONE) + _AMONG_THEM)
# what may stand before a word that opens a sentence (a space, a quote, a parenthesis)
OPENERS = " \u3000\t“「『\"'（("
# a verb of reaching and the figure reached, right after 总数/总量: a stock, not a sum of a list
_STOCK_REACHED_AFTER = r"(?=(?:已|将|將)?(?:达到|達到|达|達|为|為|增至)\s?[0-9０-９])"
# the cues of an earlier stock (relations/accrual.py): the sentences after theirs are read too
_EARLIER_STOCK_CUES = frozenset(("年初", "去年底", "去年年底", "上年底", "上年末"))
# how many sentences after an earlier stock's the stock after it may stand in
_STOCK_AFTER_REACH = 3
# the levels of a whole place (全市, 全縣, 全镇 …)
_PLACE_LEVEL = "[市县縣区區省镇鎮乡鄉]"
# a whole place opening a sentence with its total (全市今年共新建…): the places it holds may be
# listed in the sentence before, each with its figure (relations/running.py)
_WHOLE_PLACE_TOTAL = r"[\s\u3000]*全%s[\u3400-\u9fff]{0,8}?(?:共|总共|總共|合计|合計|共计|共計)" % _PLACE_LEVEL
# a union of periods opening a sentence with its total (全年共签约…, 上半年合计…): its periods may be
# listed in the sentence before, each with its figure (relations/running.py counts them)
_PERIOD_UNION_TOTAL = r"[\s\u3000]*(?:%s)[\u3400-\u9fff]{0,8}?(?:共|总共|總共|合计|合計|共计|共計|累计|累計)" % "|".join(
    sorted(PERIOD_WHOLES, key=len, reverse=True))
_BARE_TOTALS = frozenset(("共", "计", "計", "总数", "總數", "总量", "總量", "总人数", "總人數", "之和", "总和", "總和", "总额", "總額", "这", "這", "总", "總"))
_CHANGE_VERBS = frozenset(UP + DOWN)
# a verb of change followed by its amount (减少了36人, 增长20%), not by the level reached (增加到)
_AMOUNT_NEXT = r"了?[0-9０-９]"
# cue words that count only right after a clause mark
_AFTER_COMMA = frozenset(("比", "共", "计", "計", "总数", "總數", "总量", "總量"))
# how many sentences before a total word at the head of a sentence may hold its items, when its
# subject counts them (以上三镇合计…)
_BACK_SENTENCES = 6
# (or a count opening the sentence: 第一批…。第二批…。两批物资合计…; not an enumerator, 三是…)
# (after a clause naming only the time it is said at: 截至目前，三批消费券累计投放…)
OPENING_TIME = r"(?:(?:截至|截止|到)?(?:目前|现在|現在|今年|近日|至此|年底|目前为止|目前為止)[，,])"
_COUNTED_BACK = (r"\s*%s?(?:(?:以上|上述|前述|这|這)[0-9０-９二两兩三四五六七八九十]|[二两兩三四五六七八九十](?!是)[\u3400-\u9fff])"
                 % OPENING_TIME)
# (or heading a clause after the last items: …27棟，三期累計…; relations/running.py reads back as
# many items as it counts)
_COUNTED_TOTAL_IN_CLAUSE = r"(?<=[，,])[二两兩三四五六七八九十](?!是)[\u3400-\u9fff]{1,3}?(?:累计|累計|合计|合計|共计|共計|总计|總計|共)"
# a demonstrative before a figure: the list's total or its count (relations/running.py)
_THIS = ("这", "這")
# after 由 at the head of a clause, a list of who pays a total, each with its figure (总经费3768万元，
# 由中央补助800万元、市府自筹2968万元): the parts of the total, not the start of a change
SOURCES = r"(?=[^，,；;。、]{1,8}[0-9０-９](?:[^，,；;。、]|,(?=[0-9])|\s(?=[0-9０-９])){0,7}(?:、|[，,][\u3400-\u9fff]{1,8}\s?[0-9０-９]))"
# after 由 at the head of a clause, what the whole before is made of (共1260人，由专职队员380人和志愿
#队员880人组成; 总投资3.8亿元，由两部分组成：…): every part named, relations/breakdown.py
MADE_OF = r"由(?P<made>(?:[^，,；;。]|(?<=[0-9]),(?=[0-9]{3})){1,40}?)(?:组成|組成|构成|構成)(?!的)"
# (a thousands comma inside a figure, 8億1,200萬元, is no clause mark; 由…组成的合唱团 names what a
# noun is made of, not the figure before)
# the measure a whole is divided by, in a clause of its own (按举办主体分, 依性別區分, 从城乡看):
# what opens it here, how it ends (relations/breakdown.py reads it)
DIVIDED_BY_WORDS = ("按", "按照", "依", "依照")
DIVIDED_BY_END = r"(?:来|來)?(?:分|划分|劃分|区分|區分|分类|分類|看|统计|統計)"
# (a clause of it, with its comma: 依障礙等級區分，…; opening a sentence, it divides the whole that
# ends the sentence before: relations/breakdown.py, divided_next)
DIVIDED_BY_CLAUSE = r"(?:%s)[\u3400-\u9fff]{1,8}?%s[，,]" % ("|".join(DIVIDED_BY_WORDS), DIVIDED_BY_END)
# Opening a sentence, the measure is also said with 从/分 + 看 (从性别看，分产业看) or 以 + 区分 (以性別區分):
# in mid-sentence 从 and 以 are too common to be read so (从…到 is a change, 以…为主 a main kind),
# but a sentence or a paragraph that opens so divides the whole before it. Each opening word
# ends its lead-in where the test of the opening is: the name of the measure, then its comma.
DIVIDED_BY_LOOK = r"[\u3400-\u9fff]{1,6}?(?:来|來)?看[，,]"
DIVIDED_BY_SPLIT = r"[\u3400-\u9fff]{1,6}?(?:来|來)?(?:区分|區分|划分|劃分|分类|分類)[，,]"
DIVIDED_BY_OPENING = r"(?:%s|(?:从|從|分)%s|以%s)" % (DIVIDED_BY_CLAUSE, DIVIDED_BY_LOOK, DIVIDED_BY_SPLIT)
# a frame naming what the parts after it are of, with no figure (在入园幼儿中, 参赛选手中): the noun
NAMED_FRAME = r"在?(?P<named>[\u3400-\u9fff]{2,12}?)(?:当|當)?中"
# the verbs of adding new things: a list of new things, then 共 + one of them (新設…9處、…53處，本年度
# 全縣共新增長照據點42處: relations/breakdown.py, _additions_before_total)
ADDED_VERBS = ("新增", "新设", "新設", "新建", "新开", "新開", "新招", "新植")
# the names of a measure a total may give itself (总人次, 总参与人数, 總金額) and what they count in
# (relations/running.py: 总 + one of them sums a list counted in it)
MEASURE_OF = {"人次": "person-times", "人数": "people", "人數": "people", "户数": "households", "戶數": "households",
              "金额": "money", "金額": "money"}
MEASURE_NAMES = "(?:%s)" % "|".join(MEASURE_OF)
# the words naming the parts a whole is counted out into (分为三类, 由两部分组成, 用于三个方面)
PART_WORDS = r"(?:部分|类|類|方面|块|塊|项|項|批|组|組|期|档|檔|种|種|阶段|階段)"
# what divides the whole before into the parts listed after it (林地61.5万亩，分为公益林42.6万亩和
# 商品林18.9万亩): relations/breakdown.py
DIVIDED = ("分为", "分為", "分成", "划分为", "劃分為")
# the verbs of choosing some out of the whole before (评选出优选30幀、佳作23幀 out of 114幀: breakdown.py)
SELECTED = ("评选出", "評選出", "评出", "評出", "选出", "選出", "遴选出", "遴選出", "评定出", "評定出")
# the words saying that the whole before is spread over the places listed after them
DISTRIBUTED = ("分布", "分佈")
DISTRIBUTED_AFTER = r"(?:狀況|状况|情形|情況|情况)?(?:為|为|是|在|於|于)"
# What opens a breakdown of the whole before it: 其中 anywhere, and what says the same at the
# start of a clause or a sentence (这当中, 在这些企业中: OPENS_BREAKDOWN); at the start of a clause also
# 当中 (90名…病例，当中51例…) and, after a whole stated as a total (共计, 总, 累计 …), 含/包括
# (or 尤其/特别是) followed soon by a figure (共计15处，含2处…及13处…). 包含/涵盖 name what a thing is
# made of too (标准包含指标), often counted in the same measure word: parts.py takes them only when
# a part names the whole.
BREAKDOWN = (r"其中|(?<![\u3400-\u9fff0-9０-９])(?:(?:这|這)(?:当中|當中)|(?<![^。！？!?\n\s“「])(?:当中|當中)(?=[，,])|在?%s[\u3400-\u9fff]{1,8}中(?=[，,])"
             r"|(?<![^。！？!?\n\s“「])%s[\u3400-\u9fff]{1,6}(?<![后後时時前来來间間])(?=[，,])|" % (POINTERS, POINTERS_ALONE)
             + _AMONG_THEM + ")"
             r"|(?<=[，,；;：:])(?:当中|當中|(?:包括|包含|涵盖|涵蓋|含|尤其是|尤其|特别是|特別是|分别为|分別為|分别是|分別是)"
             r"(?=[^，,；;。]{0,12}[0-9０-９])|(?:包括|包含)(?=(?:[^，,；;。、]{1,10}、){1,16}[^，,；;。]{0,12}[0-9０-９])"
             r"|由" + SOURCES + ")")
# BREAKDOWN as parts.py scans for it in every chosen sentence: the same matches, but re tries the
# pattern only where one of its words may begin (each begins with one of these characters: 其中;
# 这当中, 在这些/上述/前述/以上…中, 他们中; 当中, 包括, 包含, 涵盖, 含, 尤其, 特别是, 分别为/是, 由),
# not its alternatives and look-behinds at every character (18 ms -> 7 ms over every 2nd file).
# A word added to BREAKDOWN adds its first character here (tests/test_breakdown_scan.py).
BREAKDOWN_SCAN = r"(?=[其这這在上前以他她它当當包涵含尤特分由])(?:%s)" % BREAKDOWN


def opens_with_frame(text: str, start: int, end: int) -> re.Match | None:
    """The frame saying by what a whole is divided (分产业看, 从类型看, 依性別區分) opening the sentence
    text[start:end], after any opening quote or indent: parts.py and share.py read it."""
    at = start
    while at < end and text[at] in OPENERS:
        at += 1
    return rx(DIVIDED_BY_OPENING).match(text, at, end)


def _opening(word: str, marks: str) -> str:
    """A test that `word` stands right after one of `marks`, or opens a sentence or a paragraph
    after one indenting space (a space, a full-width space or a tab)."""
    return r"(?:(?<=[%s]%s)|(?<=[。！？!?\n][ \u3000\t]%s))" % (marks, word, word)


def _after_subject(word: str, shortest: int) -> str:
    """A test that `word` follows a subject counting items or periods (三镇, 两村蓝莓种植面积, 两天
    签约; a count, then `shortest` to 8 characters) or naming the union of periods (全天, 全年 and
    up to four characters): relations/running.py reads the subject."""
    return _preceded_by(word, [
        *((r"[0-9０-９二两兩三四五六七八九十][\u3400-\u9fff]{%d}" % n, n + 1) for n in range(shortest, 9)),
        *((r"%s[\u3400-\u9fff]{%d}" % (u, n), len(u) + n) for u in PERIOD_WHOLES for n in range(5))])


def _preceded_by(word: str, subjects: Iterable[tuple[str, int]]) -> str:
    """A test that `word` follows any of the subjects, each a pattern and how many characters it
    matches. The subjects of one length are tested by one lookbehind, an alternation of them, not
    one lookbehind each (78 lookbehinds were ~0.7 µs at every 总 of the text, where `re` skips the
    branches of one at a glance): either way the test passes where any subject stands."""
    alike: dict[int, list[str]] = {}
    for subject, width in subjects:
        alike.setdefault(width, []).append(subject)
    return "(?:%s)" % "|".join(r"(?<=(?:%s)%s)" % ("|".join(same), word) for same in alike.values())


def _cue(scan: FirstMatch, at: int) -> re.Match | None:
    """The next cue word in the text from `at` that has what it needs after it."""
    return scan.search(at)


def cue_sentences(doc: Any) -> list[Sentence]:
    """The sentences that may hold a relation, each with its quantities (in text order)."""
    chosen = doc.shared(_chosen)[0]
    return [Sentence(*s) for s in quantities_in_sentences(doc, chosen)] if chosen else []


def cue_spans(doc: Any) -> list[tuple[int, int]]:
    """The (start, end) of every sentence that may hold a relation, figures read in it or not:
    a sentence whose figures all count a noun with no measure word has no quantities
    (noun_counts reads them)."""
    chosen = doc.shared(_chosen)[0]
    if not chosen:
        return []   # (no sentence split: over half the documents hold no cue, and _chosen made none)
    spans = doc.shared(sentences)
    return [(spans.starts[i], spans.ends[i]) for i in chosen]


def no_cue(doc: Any) -> bool:
    """No sentence of the document is chosen, so none is read: a finder that reads only the chosen
    sentences (cue_sentences, cue_spans, from_spans) has nothing to find, and returns before it
    asks for them. Over half the documents hold no cue, and the finders' calls on each were ~13 µs
    (the NUM rules over the 1,570 of every 4th corpus file that hold none: 0.104 s → 0.084 s)."""
    return not doc.shared(_chosen)[0]


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
    scan = FirstMatch(_trigger(), text)
    m = _cue(scan, 0)
    if not m:
        return [], []   # without a cue no sentence is needed, nor the sentence split
    spans = doc.shared(sentences)
    starts, ends = spans.starts, spans.ends     # (analysis.sentences.Spans: no Span made per look)
    chosen: set[int] = set()
    changes: list[tuple[int, int]] = []
    verb = _verb_search()
    # a bare 共 sums a list: in 、, or in clauses of their own, each with a figure (…本科生2100人，
    # 硕士研究生800人，共录取…; 甲镇…，乙镇…，三镇共获)
    # (or in a medal tally's shorthand: 6金9银3铜共18枚奖牌)
    listed = rx(r"[、和及与與]|[0-9０-９]金[0-9０-９]|[0-9０-９][^，,；;。]*[，,；;][^，,；;。]*[0-9０-９][^，,；;。]*[，,；;]?\Z")
    listed_or_clauses = rx(r"[、和及与與，,；;]|[0-9０-９]金[0-9０-９]")
    then = rx("|".join(WORDS["then-words"]))
    total_back = rx("|".join(_TOTAL_BACK))     # (one in the first 12 characters: in `head`)
    bisect_right = bisect.bisect_right
    while m:
        i = bisect_right(starts, m.start()) - 1
        if i < 0:
            m = _cue(scan, m.end())
            continue
        start, end = starts[i], ends[i]
        word = m.group()
        if word in _FROM_WORDS:
            if word in "从從" and rx(DIVIDED_BY_OPENING).match(text, m.start()) \
                    and not text[start:m.start()].strip(OPENERS):
                pass    # (从性别看，… opening its sentence: the whole before is divided)
            elif verb.search(text, m.end(), end):
                if not changes or changes[-1][0] != start:
                    changes.append((start, end))
            elif not (text[m.start() - 1:m.start()] in "，," and (rx("由" + SOURCES).match(text, m.start())
                                                              or rx(MADE_OF).match(text, m.start()))):
                m = _cue(scan, m.start() + 1)
                continue
                    # (…，由中央补助800万元、市府自筹2968万元: who pays a total, its parts; relations/parts.py;
            # …，由专职队员380人和志愿队员880人组成: what the whole is made of, relations/breakdown.py)
        elif word in _BARE_TOTALS and not rx(_STOCK_REACHED_AFTER).match(text, m.end()) \
                and not (word in _THIS and m.start() - start < 4) and not (listed if text[m.start() - 1] in "，," else listed_or_clauses).search(
                text, start, m.start() - 1) and not rx(_COUNTED_BACK).match(text, start) \
                and not rx(_WHOLE_PLACE_TOTAL).match(text, start) or (
                word in _CHANGE_VERBS and (not ordered_points(text, start, m.start()) if rx(_AMOUNT_NEXT).match(text, m.end())
                                           and text[m.start() - 1:m.start()] in "，," else
                                           (not then.search(text, start, m.start())
                                            and not ordered_points(text, start, m.start())))):
            # a bare 共 sums a list (none before it: no total; 这 or a subject counting the items
            # opening a sentence points back at the sentences before); a verb of change with the end of
            # the change after it needs its start named as an earlier state before it (目前…), or
            # a figure of an earlier point of a series (2022年…；2023年，再增加到…)
            m = _cue(scan, m.start() + 1)
            continue
        chosen.add(i)
        if word in _EARLIER_STOCK_CUES:
            # (年初…412只。今年…新收容…，…离所…，至6月底在养…: the changes and the stock after may
            # follow in the next sentences, with no cue of their own; a change a sentence, 年初库存…。
            # 上半年轮出…。下半年入库…。目前库存…: as far as accrual.py reads changes back)
            for j in range(i + 1, min(i + 1 + _STOCK_AFTER_REACH, len(starts))):
                chosen.add(j)
        head = text[start:start + 12]
        if total_back.search(text, start, start + 12) or text.find("以上", start, end) >= 0 \
                or head[:1] in _THIS or rx(OPENS_BREAKDOWN).match(head.lstrip(OPENERS)) or rx(_COUNTED_BACK).match(head) \
                or rx(_WHOLE_PLACE_TOTAL).match(head) or rx(_PERIOD_UNION_TOTAL).match(text, start, end) \
                or rx(_COUNTED_TOTAL_IN_CLAUSE).search(text, start, end) \
                or rx(DIVIDED_BY_OPENING).match(text[start:start + 16].lstrip(OPENERS)):
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
        m = _cue(scan, max(end, m.end()))
    return sorted(chosen), changes
