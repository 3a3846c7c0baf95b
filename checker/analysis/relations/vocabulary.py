"""The words every relation reads, and the small patterns built of them: `rx` (a regular
expression compiled once), the word lists of rules/data/num_words.txt (`WORDS`), the verbs of
change (`UP`, `DOWN`, `VERB`), the points of time that order a series (`TIME_POINT`) and the
wholes made up of periods (`PERIOD_UNIONS`).

    由1200人增加到1500人          增加: a verb of change (UP)
    2022年…；2023年，再增加到…    two years: points of one series (ordered_points)
    上午…，下午…，全天共…          全天: the union of 上午 and 下午

It imports nothing of the other relation modules: they all build on it.
"""
from __future__ import annotations

import functools
import re

from ...resources import read_word_sections

rx = functools.cache(re.compile)
WORDS = read_word_sections("num_words.txt")
UP = tuple(WORDS["up"])
DOWN = tuple(WORDS["down"])
VERB = "|".join(UP + DOWN)
# verbs of work that a verb of change may follow to make one verb of work (改造提升: is_amount)
# words that add up what was listed before them (加起来共90个, 两者相加为…: relations/running.py)
# a total of what was newly added (累计新增, 共新建): a sum of additions, not a stock; running.py sums
# items each newly added under it, accrual.py takes it for no stock reached
# the verbs of an addition, any of which a total of additions may be said with (新增…，共增加…)
ADDITION_VERBS = ("新增", "新建", "增加", "增长", "增長")
SUM_OF_ADDITIONS = r"(?:累计|累計|共计|共計|共|合计|合計|总计|總計|总共|總共)(%s)了?" % "|".join(ADDITION_VERBS)
# a figure said to be a total by the words right before it (共有, 合计达, 累计完成, 总投资)
# (not inside a word that is no total: 公共, 共同, 共享; 总统, 總統, 总理, 总部, 总书记 — 托育準公共化補助
# 2億7,530萬元 is an item, 總統頒發 no total)
TOTAL_WORDS = r"(?:(?<!公)共(?![同享产產建青和识識])|(?:总|總)(?![统統理部书書])|合计|合計|累计|累計)"
TOTAL_SAID = TOTAL_WORDS + r"[^，,]{0,3}$"
# the measure of a thing itself, held, used or made, not of a deed done to some of it (库存量, 用量,
# 产量 beside 已累计采购…, 销售…): relations/accrual.py and running.py tell a tally of a deed from it
MEASURES_OF_A_THING = (r"库存|庫存|存量|用量|消耗量|余额|餘額|保有量|产量|產量|产值|產值|总产|總產|规模|規模"
                       r"|销量|銷量")
# a count of items, then a total word (两期共, 三镇合计, 三项合计): the sum of those items
COUNTED_TOTAL = (r"(?<![第0-9０-９])[两兩二三四五六七八九十2-9][个個项項类類种種]?(?P<items>[\u3400-\u9fff]{0,3}?)"
                 r"(?:共|合计|合計|累计|累計|总计|總計)")
# a total followed by what it includes (…，全天共就诊3,300人次，含夜间急诊400人次; …总里程达到560公里，
# 含景区绿道160公里): it counts more than the items or the stock before it name
INCLUDES_MORE = r"\s?[，,（(]\s?(?:含|包括|包含|其中含)"
# verbs of reaching people or places (覆盖, 惠及, 帮扶, 走访 …; not 服务业): what two items or two periods
# reached may be the same ones, so their sum may pass the total of those reached (read in the words
# right before each item's figure: 志愿服务项目 names a kind of project, no deed)
REACHING = (r"(?:覆盖|覆蓋|惠及|受益|帮扶|幫扶|服务|服務|辐射|輻射|带动|帶動|涉及|培训|培訓|参训|參訓|走访|走訪"
            r"|慰问|慰問|救助|资助|資助|结对|結對|就诊|就診)(?![业業])")
# the words of a part that names only its period (其中上半年680家): it does the deed its whole's clause
# names (今年共走访企业1,200家)
PERIOD_ONLY = (r"^(?:其中)?[，,、\s]*(?:[0-9０-９一二三四五六七八九十]+月份?|[一二三四1-4１-４]季度|第[一二三四1-4]季度?|上半年|下半年"
               r"|全年|首季|[上下]旬|前[三两二]季度)[，,、\s]*$")


def reached_in(whole_words: str, leads: list[str]) -> bool:
    """Each part reaches people or firms (REACHING in its own words), or names only its period after a
    whole whose words do (今年共走访企业1,200家，其中上半年680家，下半年720家)."""
    if all(rx(REACHING).search(lead) for lead in leads):
        return True
    return bool(rx(REACHING).search(whole_words)) and all(
        rx(REACHING).search(lead) or rx(PERIOD_ONLY).match(lead) for lead in leads)


# what such a verb reaches, counted so that one may be counted twice: people, households, firms
# and villages or projects in 个 (not 件 of applications, 人次 of visits: each counted once)
REACHED = frozenset({"people", "households", "count:家", "count:户", "count:戶", "count:个", "count:村"})
ADDING = ("加起来", "加起來", "加在一起", "相加", "合起来", "合起來")
WORK_VERBS = "|".join(WORDS["work-verbs"])
# 多 or 少 with a verb before a figure says by how much, not an earlier state (较去年同期多运4100万人次,
# 比上年少招80人): relations/change.py, and cues.py choosing such sentences
MORE_OR_LESS_BY = r"(?:多|少)[\u3400-\u9fff]{0,2}"
# a gain or a loss of output or of income, said as a verb before its amount (比上年增产74.3万吨,
# 减收2亿元); the first ones say a rise
GAINS = ("增产", "增產", "增收")
GAINS_OR_LOSSES = "|".join((*GAINS, "减产", "減產", "减收", "減收"))
# what a length measures when it is a size or a level (num_words.txt, sizes), or rain and snow
# (precipitation): common.is_level
SIZES = "|".join(w for line in WORDS["sizes"] for w in line.split())
PRECIPITATION = "|".join(w for line in WORDS["precipitation"] for w in line.split())
# the verbs behind a class of their first characters: a pattern that tries them at many places
# fails at once where none can start
VERB_AT = "(?=[%s])(?:%s)" % ("".join(sorted({w[0] for w in UP + DOWN})), VERB)


# An explicit point of time that orders the figures of a series: a year (2022年), a month (3月份,
# 五月: months of one year, so only a later number is later) or a day of the week (週六). Not a
# span (2020至2022年, 周一至周五, 2022年以来, 2022年前, 前3月, 3月至5月) nor an average (周日均, 月均).
# Or a year named relative to now (去年…，今年增至…): 前年, 去年/上年, 今年/本年, 明年 (not the 去年 of
# 过去年均).
TIME_POINT_ANY = (r"(?<![0-9０-９\-－~～至到])(?:(?P<year>[12][0-9]{3}) ?年(?![0-9０-９]*[至到\-－~～]|以来|以來|以前|以后|以後|前|后|後|起)"
              r"|(?:[周週]|星期|禮拜|礼拜)(?P<day>[一二三四五六日天])(?!均|[至到\-－~～])"
              r"|(?<![过過])(?P<relative>前年|去年|上年|今年|本年|明年)(?![至到\-－~～均份]|以来|以來|以前|以后|以後|起|开始|開始)"
              r"|(?<![前近首每])(?P<month>1[0-2]|0?[1-9]|(?<![〇零一二三四五六七八九十])(?:十[一二]?|[一二三四五六七八九]))"
              r"月份?(?![0-9０-９至到\-－~～均]|以来|以來|以前|以后|以後|起|开始|開始))")
# TIME_POINT_ANY behind a look-ahead for the first characters of its points (a year's 1 or 2, 周週星
# 禮礼, 前去上今本明, a month's digits and numerals): it opens with a look-behind, so re tries it at
# every place, and there the look-ahead fails at once where the four readings were walked (~145 ns
# a character; every 6th corpus file whole: 174 ms -> 24 ms; ordered_points and change.py's
# series, ~1.5% of NUM's time). It finds exactly what TIME_POINT_ANY finds: a reading added with
# another first character adds it here (tests/test_time_point_scan.py).
TIME_POINT = r"(?=[0-9周週星禮礼前去上今本明十一二三四五六七八九])" + TIME_POINT_ANY
_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_CN_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_RELATIVE_YEARS = {"前年": -2, "去年": -1, "上年": -1, "今年": 0, "本年": 0, "明年": 1}


def time_point(m: re.Match) -> tuple[str, int]:
    """Which kind of point a TIME_POINT match is and where it stands among its kind."""
    if m.group("year"):
        return ("year", int(m.group("year")))
    if m.group("relative"):
        return ("relative-year", _RELATIVE_YEARS[m.group("relative")])
    if m.group("month"):
        month = m.group("month")
        return ("month", int(month) if month.isdigit() else _CN_MONTHS.index(month) + 1)
    return ("day", _WEEKDAYS[m.group("day")])


def ordered_points(text: str, start: int, end: int) -> bool:
    """Two explicit points of time of one kind in text[start:end] (2022年 … 2023年)."""
    # each point holds a 年 of its own, or a 月/周/週/期/拜 (3月份, 星期, 禮拜): with fewer than two of
    # them there are not two (TIME_POINT opens with a lookbehind, so `re` tries it at every place:
    # 4 of 5 calls are spared, half the time of all)
    if text.count("年", start, end) < 2 and sum(text.count(ch, start, end) for ch in "月周週期拜") < 2:
        return False
    kinds = [time_point(m)[0] for m in rx(TIME_POINT).finditer(text, start, end)]
    return len(kinds) > len(set(kinds))


# Wholes made up of the periods of a list (上午…，下午…，全天共…): the whole, then its parts, one
# line per make-up (relations/running.py sums the list under the whole only when its periods are
# exactly the parts).
PERIOD_UNIONS = (("全天", "上午 下午"), ("全天", "上午 下午 晚上"), ("全日", "上午 下午"),
                 ("全年", "一季度 二季度 三季度 四季度"), ("全年", "上半年 下半年"),
                 ("上半年", "一季度 二季度"), ("下半年", "三季度 四季度"),
                 ("前三季度", "一季度 二季度 三季度"),
                 # (a quarter or a half is made of its months: 1月…，2月…，3月…，一季度共…; months
                 # are named by their number, as running.py labels them)
                 ("一季度", "1月 2月 3月"), ("二季度", "4月 5月 6月"), ("三季度", "7月 8月 9月"),
                 ("四季度", "10月 11月 12月"), ("上半年", "1月 2月 3月 4月 5月 6月"),
                 ("下半年", "7月 8月 9月 10月 11月 12月"),
                 # (第一季 says 一季度 in Taiwan copy)
                 ("第一季", "1月 2月 3月"), ("第二季", "4月 5月 6月"), ("第三季", "7月 8月 9月"),
                 ("第四季", "10月 11月 12月"))
PERIOD_WHOLES = tuple(dict.fromkeys(whole for whole, _ in PERIOD_UNIONS))


# An earlier state named after the change from it (…，比上年减少4.7亿元，上年为91亿元): the words
# that name it, then 为 (relations/change.py reads it; relations/cues.py chooses its sentence)
# (or the day, week or month before, the figure now a level to date: 注册人数达到…，比前一天增加…，
# 前一天为…; 上周末为, 上月底为)
EARLIER_NAMED = (r"(?:而)?(?:上年|去年|上一年|前一年|上年同期|去年同期|上月|上季度|上年末|去年底|去年年底"
                 r"|前一天|前一日|前日|昨天|昨日|上周末|上週末|上月底|上月末)"
                 r"(?:为|為|是|有|则为|則為)")


# the number words a count of items or periods is written with (两项, 三镇, 3个月)
_SMALL = {c: n for n, cs in enumerate(("", "", "二两兩", "三", "四", "五", "六", "七", "八", "九", "十")) for c in cs}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def number_of(word: str) -> int:
    """A count of items written as a small number word or digits (两 → 2, 十 → 10, 十二 → 12, 12 → 12),
    or 0."""
    if word in _SMALL:
        return _SMALL[word]
    if len(word) == 2 and word[0] == "十" and (word[1] == "一" or _SMALL.get(word[1], 10) < 10):
        return 10 + (1 if word[1] == "一" else _SMALL[word[1]])
    digits = word.translate(_FULLWIDTH)
    return int(digits) if digits.isdigit() else 0

