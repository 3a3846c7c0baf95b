"""Date checks: malformed, impossible and inconsistent dates (GB/T 15835-2011 for the style points).

Every check reads the document's dates from the shared analysis (`analysis/dates.py`); the
patterns kept here are the broken forms that are not dates at all until someone repairs them.
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from ..analysis.dates import RANGE_JOINERS, date_analysis, days_in_month, weekday_of
from ..analysis.structure import structure
from ..analysis.words import doc_words
from ..analysis.words import lexicon as words_lexicon
from ..contract import Placeholder, Variant, check
from ..diagnostic import Applicability, Edit, Finding

# Not inside a code or a longer number: no letter, digit or separator before, and no comma that
# follows a digit (1,201,631); a comma after a word is just punctuation.
_NOT_BEFORE = r"(?=[12])(?<![0-9A-Za-z.\-/_#＃№备備第字号號码碼])(?<![0-9][,，])"

# The vocabularies these patterns use (words that begin with 日 or 月, place nouns, seasons, time
# words) are data: they live in each rule's `params` in rules/dates.toml, where the rule's
# documentation can show them, and are compiled once per distinct list.


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Each broken form below is written as its skeleton (what must follow the year's digits, with no
# lookaround and no word list) plus the tests around it. `_at_years` tries the cheap skeleton at
# each year-like digit run and the full pattern only where it matched, and since the full pattern
# is built from the skeleton's own text, the two cannot drift apart.
_GLUED_DAY = r"(?P<y>(?:19|20)[0-9]{2})(?P<rest>[0-9]{2,5})日"
_GLUED_MONTH = r"(?P<y>(?:19|20)[0-9]{2})(?P<rest>[0-9]{1,2})月"


@functools.cache
def _glued_patterns(day_words: tuple, month_words: tuple):
    """201612310日, 20190315日, 201810月: a year with the rest of the date run into it."""
    # 日圆 is yen, but 日圆满完成 is a date followed by 圆满.
    day = re.compile(_NOT_BEFORE + _GLUED_DAY + "(?!" + _alternation(w[1:] for w in day_words)
                     + r"|[圆圓](?![满滿]))")
    month = re.compile(_NOT_BEFORE + _GLUED_MONTH + "(?!" + _alternation(w[1:] for w in month_words) + ")")
    return day, month


_YEAR_THEN_COUNT = r"(?P<y>(?:19[5-9]|20[0-3])[0-9])(?P<n>[1-9][0-9]{0,3})"


@functools.cache
def _year_count_pattern(classifiers: tuple):
    """202436个, 20241所, 20233项: a year glued onto the count after it. A five- to seven-digit
    number that starts with a year and runs into a classifier is, in news copy, almost never a
    count (the corpus holds one such count in 4 million characters, in a national figure). A
    four-digit count (20241200台) makes an eight-digit number that may be a real total: it is read
    as a glued year only with the year stated (year_glued_to_count)."""
    return re.compile(_NOT_BEFORE + _YEAR_THEN_COUNT + r"(?![0-9.,，])(?P<cls>" + _alternation(classifiers) + ")")


def _heads(words) -> str:
    """A class of the characters the words begin with ("" when a word is empty: anything follows)."""
    if not all(words):
        return ""
    return "[" + "".join(sorted({re.escape(word[0]) for word in words})) + "]"


# Compiled on first use: start-up pays only for the patterns a run needs.
_rx = functools.cache(re.compile)


_BARE_YEAR = r"(?P<y>(?:1[89]|20)[0-9]{2})"
_QUARTER = r"第?[一二三四1-4]季度"


@functools.cache
def _year_without_nian_pattern(parts: tuple, seasons: tuple, edges: tuple):
    """2020夏季, 2017春节, 2019上半年, 2022底, 2019以来: a year with its 年 missing before a part of
    the year, a season or festival, or a word of its edges (底, 初, 末, 以来, 前, 后). Whether a
    season or an edge word is a date is decided after the match (year_missing_nian)."""
    return re.compile(
        r"(?=[12])(?<![0-9A-Za-z.\-/_~～—－《“「『])(?<![0-9][,，])" + _BARE_YEAR
        + r"(?:(?P<part>" + _alternation(parts) + "|" + _QUARTER + r")|(?P<season>" + _alternation(seasons)
        + r")|(?P<edge>" + _alternation(edges) + "))")


# 2017—2019年 is a range of years written once with 年; its start must not be later than its end.
_RANGE_START = r"(?P<a>(?:1[6-9]|20)[0-9]{2})(?P<j>[ \u3000]?(?:至|到|—{1,2}|–|-|－|~|～|〜)[ \u3000]?)"
_YEAR_RANGE = r"(?=[12])(?<![0-9.])" + _RANGE_START + r"(?P<b>(?:1[6-9]|20)[0-9]{2})年"
_BEFORE_PRESENT = r"(?:公元前|前|距今|约|約)[ \u3000]?$"


# The values the DATE messages are built from (the words around them are in rules/dates.toml).
YEAR = Placeholder("year", "年份（公元）", "the year (AD)")
MONTH = Placeholder("month", "月份", "the month")
DAY = Placeholder("day", "日", "the day of the month")
MEANT = Placeholder("meant", "应有的写法", "what was meant")


# ---------------------------------------------------------------------------------------------
# DATE001 malformed-date

def _month_day_readings(year: int, rest: str) -> list[tuple[int, int]]:
    readings = []
    for cut in (1, 2):
        month_text, day_text = rest[:cut], rest[cut:]
        if not 1 <= len(day_text) <= 2 or (len(month_text) == 1 and month_text == "0"):
            continue
        month, day = int(month_text), int(day_text)
        if 1 <= month <= 12 and 1 <= day <= days_in_month(month, year):
            readings.append((month, day))
    return readings


def _at_years(analysis, pattern, skeleton: str):
    """Matches of a pattern starting where the shared analysis saw a year-like digit run: one
    scan of the text serves every check below instead of one scan each.

    `skeleton` is the regex of what must follow the year's digits, the pattern's own text without
    its lookarounds and word lists (日 after two to five more digits, a range mark, …): it is
    compiled in microseconds and tried first. `pattern()` gives the compiled pattern and is called
    only for a run where the skeleton matched, so most texts never compile these patterns (0.4-1.6
    ms each) at all."""
    text = analysis.text
    cheap = _rx(skeleton)
    for start in analysis.year_starts:
        if cheap.match(text, start):
            match = pattern().match(text, start)
            if match:
                yield match


@dataclass(frozen=True)
class MalformedDateParams:
    """DATE001's params: the words that begin with 日 or 月 and end no date."""
    day_words: tuple[str, ...]      # words that begin with 日 (日元, 日报): 2019日元 is no date
    month_words: tuple[str, ...]    # words that begin with 月 (月饼, 月薪)


FIRST_READING = Placeholder("first", "一种读法", "one reading")
SECOND_READING = Placeholder("second", "另一种读法", "the other reading")
REST = Placeholder("rest", "年份后面连着的数字", "the digits run onto the year")


# Plain: the digits read one way only (年 and 月 missing, the date is the fix); "ambiguous": they
# read two ways; "unreadable": no month and day can be read; "month": 201810月 (年 missing).
@check(params=MalformedDateParams, variants={
    "": Variant(provides=(MEANT,), fix=True),
    "ambiguous": Variant(provides=(FIRST_READING, SECOND_READING)),
    "unreadable": Variant(provides=(YEAR, REST)),
    "month": Variant(provides=(MEANT,), fix=True),
})
def malformed_date(doc, rule):
    analysis = doc.shared(date_analysis)
    if not analysis.year_starts:
        return      # every pattern below starts at a year-like digit run
    words = rule.params.day_words, rule.params.month_words
    for match in _at_years(analysis, lambda: _glued_patterns(*words)[0], _GLUED_DAY):
        year, rest = int(match.group("y")), match.group("rest")
        readings = _month_day_readings(year, rest)
        if len(readings) == 1:
            month, day = readings[0]
            meant = f"{year}年{month}月{day}日"
            yield Finding(match.start(), match.end(), {"meant": meant},
                          (Edit(match.start(), match.end(), meant),), Applicability.UNSAFE)
        elif readings:  # a one- or two-digit month: at most two readings
            first, second = (f"{year}年{m}月{d}日" for m, d in readings)
            yield Finding(match.start(), match.end(), {"first": first, "second": second}, variant="ambiguous")
        else:
            yield Finding(match.start(), match.end(), {"year": year, "rest": rest}, variant="unreadable")
    for match in _at_years(analysis, lambda: _glued_patterns(*words)[1], _GLUED_MONTH):
        year, month = int(match.group("y")), int(match.group("rest"))
        if not 1 <= month <= 12:
            continue
        meant = f"{year}年{month}月"
        yield Finding(match.start(), match.end(), {"meant": meant},
                      (Edit(match.start(), match.end(), meant),), Applicability.UNSAFE, variant="month")


# ---------------------------------------------------------------------------------------------
# DATE002 year-glued-to-count

@dataclass(frozen=True)
class GluedCountParams:
    """DATE002's params: the classifiers and words that tell a count glued to a year."""
    things: tuple[str, ...]     # classifiers of things counted in tens, not tens of thousands (个, 所, 项)
    amounts: tuple[str, ...]    # classifiers of amounts that can be large (人, 户, 元): need the year stated
    people: tuple[str, ...]     # 个 + these counts people (201631个村民): an amount
    national: tuple[str, ...]   # words before which counts may be huge (全国)


COUNT = Placeholder("count", "年份后面粘连的数量", "the count glued onto the year")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(mark, 0, start) for mark in "。！？\n") + 1
    rights = [i for i in (text.find(mark, end) for mark in "。！？\n") if i >= 0]
    return left, min(rights) if rights else len(text)


@check(params=GluedCountParams, variants={"": Variant(provides=(YEAR, COUNT, MEANT), fix=True)})
def year_glued_to_count(doc, rule):
    analysis = doc.shared(date_analysis)
    if not analysis.year_starts:
        return
    text = analysis.text
    params = rule.params
    classifiers = params.things + params.amounts
    for match in _at_years(analysis, lambda: _year_count_pattern(classifiers),
                           _YEAR_THEN_COUNT + _heads(classifiers)):
        sentence_start, sentence_end = _sentence_bounds(text, match.start(), match.end())
        if _rx("|".join(params.national)).search(text, sentence_start, match.start()):
            continue  # national statistics do count in the hundreds of thousands
        year, count, classifier = match.group("y"), match.group("n"), match.group("cls")
        amount = len(count) == 4 or classifier in params.amounts or (
            classifier in ("个", "個") and text.startswith(params.people, match.end()))
        # The sentence's own `2024年` (or the article's year) supports reading the digits as a year.
        stated = (text.find(year + "年", sentence_start, sentence_end) >= 0
                  or analysis.article_year == int(year))
        if amount and not stated:
            continue  # 20241人 may be a head count; only the stated year makes it a date
        meant = f"{year}年{count}{classifier}"
        yield Finding(match.start(), match.end(), {"year": year, "count": count, "meant": meant},
                      (Edit(match.end("y"), match.end("y"), "年"),), Applicability.UNSAFE)


# ---------------------------------------------------------------------------------------------
# DATE003 year-missing-nian

@dataclass(frozen=True)
class MissingNianParams:
    """DATE003's params: the words that make a bare year a date."""
    parts_of_year: tuple[str, ...]  # 上半年, 全年: a date after a bare year
    seasons: tuple[str, ...]        # seasons and festivals: a date only when used as a time
    time_words: tuple[str, ...]     # 以来, 期间 ...: after a season, they make it a time
    edges: tuple[str, ...]          # 底, 初, 末, 以来, 前, 后: the year's edges, unless they begin a word
    scope_heads: tuple[str, ...]    # 全县, 各地, 我市: a season before the clause's subject is a time
    scope_tags: tuple[str, ...]     # lexicon tags of words a time phrase stands before (ns, r, d, p)


WORD = Placeholder("word", "年份后面的词", "the word after the year")
_HAN_CHAR = re.compile("[\u4e00-\u9fff]")


def _season_is_time(doc, text: str, end: int, params: MissingNianParams) -> bool:
    """Is the season or festival ending at `end` a time (2024暑期全县…, 2020夏季以来), not the
    name of an event or product (2024暑期档, 2022春季高考, 2024国庆特别节目)? Festivals that fall
    together are one time (2024中秋国庆期间): the test is made after the last of them."""
    chained = True
    while chained:
        chained = False
        for season in params.seasons:
            if text.startswith(season, end):
                end, chained = end + len(season), True
                break
    following = text[end:end + 6]
    if not following or following[0] in "，,。、；;！!？?":
        return bool(following)                      # a season ending a line is a headline's name
    if following.startswith(params.time_words):
        return True
    if following[0] in params.scope_heads and _HAN_CHAR.match(following[1:2]):
        return True                                 # 全县, 各地, 我市, 多地: the clause's subject follows
    words = doc.shared(doc_words)
    start, stop = words.word_span(end)
    if start != end:
        return False                                # the season is part of a longer word
    return words_lexicon().tag(text[start:stop]) in params.scope_tags


def _edge_is_time(doc, text: str, start: int, edge: str, params: MissingNianParams) -> bool:
    """Is 底/初/末/前/后 after the year its edge (2022底, 2025前三季度), not the start of a word
    (2025前进论坛, 2023初中)?"""
    words = doc.shared(doc_words)
    word_start, word_end = words.word_span(start)
    word = text[word_start:word_end]
    if word_start != start or len(word) <= len(edge):
        return True
    return words_lexicon().frequency(word) <= 3 or words_lexicon().tag(word) == "t"


@check(params=MissingNianParams, variants={"": Variant(provides=(YEAR, WORD, MEANT), fix=True)})
def year_missing_nian(doc, rule):
    analysis = doc.shared(date_analysis)
    if not analysis.year_starts:
        return
    params = rule.params
    words = (params.parts_of_year, params.seasons, params.edges)
    text = analysis.text
    skeleton = _BARE_YEAR + "(?:" + _heads(params.parts_of_year + params.seasons + params.edges) + "|" + _QUARTER + ")"
    for match in _at_years(analysis, lambda: _year_without_nian_pattern(*words), skeleton):
        kind = match.lastgroup
        word = match.group(kind)
        if kind == "season" and not _season_is_time(doc, text, match.end(), params):
            continue
        if kind == "edge" and not _edge_is_time(doc, text, match.start(kind), word, params):
            continue
        year = match.group("y")
        yield Finding(match.start(), match.end(kind),
                      {"year": year, "word": word, "meant": f"{year}年{word}"},
                      (Edit(match.end("y"), match.end("y"), "年"),))


# ---------------------------------------------------------------------------------------------
# DATE004 impossible-date

MONTH_TEXT = Placeholder("month_text", "原文中的月份", "the month as written")
SUGGESTION = Placeholder("suggestion", "月、日对调后的日期", "the date with month and day swapped")
ROC_YEAR = Placeholder("roc_year", "民国纪年", "the year in the Republic of China calendar")
LIMIT = Placeholder("limit", "该月的天数", "how many days the month has")
HOUR = Placeholder("hour", "小时数", "the hour")
MINUTE = Placeholder("minute", "分钟数", "the minute")
SECOND = Placeholder("second", "秒数", "the second")


def _impossible_reason(mention) -> tuple[str, dict] | None:
    """(variant, values) when the date cannot exist, else None."""
    month = mention.effective_month
    if month is None:
        return None
    if mention.month is not None and not 1 <= month <= 12:
        if mention.year_text == "" and mention.day is None:
            return None  # 13月 alone: not enough to call it a date
        args = {"month_text": mention.month_text, "month": month}
        if mention.style in ("iso", "slash", "dot") and mention.day is not None and 1 <= mention.day <= 12 \
                and 1 <= month <= days_in_month(mention.day, mention.year):
            sep = {"iso": "-", "slash": "/", "dot": "."}[mention.style]
            args["suggestion"] = f"{mention.year}{sep}{mention.day_text.zfill(2)}{sep}{mention.month_text.zfill(2)}"
            return "month-swapped", args
        return "month", args
    if mention.day is None or not 1 <= month <= 12:
        return None
    day = mention.day
    if mention.lunar:
        if 1 <= day <= 30:
            return None
        return "lunar-day", {"day": day}
    year = mention.effective_year if mention.year_basis in ("stated", "range") else None
    limit = days_in_month(month, year)
    if 1 <= day <= limit:
        return None
    if day == 0:
        return "day-zero", {}
    if month == 2 and day == 29:  # only with a known year: without one, February has 29 days
        if mention.roc and year is not None:
            return "not-leap-roc", {"year": year, "roc_year": year - 1911}
        return "not-leap", {"year": year}
    if month == 2:
        return "february", {}
    return "month-length", {"month": month, "limit": limit}


@check(variants={
    "month": Variant(provides=(MONTH_TEXT, MONTH)),
    "month-swapped": Variant(provides=(MONTH_TEXT, MONTH, SUGGESTION)),
    "lunar-day": Variant(provides=(DAY,)),
    "day-zero": Variant(),
    "not-leap": Variant(provides=(YEAR,)),
    "not-leap-roc": Variant(provides=(YEAR, ROC_YEAR)),
    "february": Variant(),
    "month-length": Variant(provides=(MONTH, LIMIT)),
    "hour": Variant(provides=(HOUR,)),
    "hour-for-minutes": Variant(provides=(HOUR,)),   # 2时30时: the second 时 meant 分
    "minute": Variant(provides=(MINUTE,)),
    "second": Variant(provides=(SECOND,)),
    "midnight-minutes": Variant(),                   # 24时30分
})
def impossible_date(doc, rule):
    analysis = doc.shared(date_analysis)
    for mention in analysis.mentions:
        reason = _impossible_reason(mention)
        if reason:
            yield Finding(mention.start, mention.end, reason[1], variant=reason[0])
    previous_end = -1
    for clock in analysis.times:
        found: tuple[str, dict] | None = None
        if clock.hour > 24:
            found = ("hour-for-minutes" if previous_end == clock.start else "hour", {"hour": clock.hour})
        elif clock.minute is not None and clock.minute > 59:
            found = ("minute", {"minute": clock.minute})
        elif clock.second is not None and clock.second > 59:
            found = ("second", {"second": clock.second})
        elif clock.hour == 24 and clock.minute:
            found = ("midnight-minutes", {})
        previous_end = clock.hour_end
        if found:
            yield Finding(clock.start, clock.end, found[1], variant=found[0])


# ---------------------------------------------------------------------------------------------
# DATE005 weekday-mismatch

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ACTUAL = Placeholder("actual", "该日期实际是星期几", "the weekday the date fell on", terms=_WEEKDAYS)
STATED = Placeholder("stated", "文中写的星期几", "the weekday the text gives", terms=_WEEKDAYS)
ARTICLE_YEAR = Placeholder("article_year", "本文的年份（据以推算）", "the article's year (the basis of the reckoning)")
_WEEKDAY = (YEAR, MONTH, DAY, ACTUAL, STATED)
OTHER_YEAR = Placeholder("other_year", "文中写到的相邻年份（星期与之相符）", "the neighbouring year the text names (the weekday fits it)")


def _names_year(text: str, year: int) -> bool:
    """Does the text write the year (2026, or 115年 in the Republic of China calendar) as a number
    of its own, not as part of a longer figure?"""
    return (re.search(f"(?<![0-9０-９.]){year}(?![0-9０-９.])", text) is not None
            or re.search(f"(?<![0-9０-９.]){year - 1911}年", text) is not None)


def _doubted_year(text: str, year: int, month: int, day: int, weekday: int) -> int | None:
    """The year next to the article's (one before or after) that the text itself names and in
    which the date falls on the weekday given; None when there is none. A header year typed
    wrong (114年 on a release about the 2026 festival) makes the article's year the doubtful one,
    not the weekday."""
    for other in (year + 1, year - 1):
        if weekday_of(other, month, day) == weekday and _names_year(text, other):
            return other
    return None


# Plain: the date states its year; "roc": in the Republic of China calendar; "relative": the year
# comes from 今年/去年 and the article's year; "no-year": the date has none, the article's is taken.
@check(variants={"": Variant(provides=_WEEKDAY), "roc": Variant(provides=(*_WEEKDAY, ROC_YEAR)),
                 "relative": Variant(provides=(*_WEEKDAY, ARTICLE_YEAR)), "no-year": Variant(provides=_WEEKDAY),
                 "year-doubt": Variant(provides=(*_WEEKDAY, OTHER_YEAR))})
def weekday_mismatch(doc, rule):
    analysis = doc.shared(date_analysis)
    for mention in analysis.mentions:
        if mention.weekday is None or mention.day is None or mention.lunar:
            continue
        month = mention.effective_month
        if month is None:
            continue
        # A ROC year is always written (stated), so "roc" never meets the other two.
        year, variant = mention.effective_year, "roc" if mention.roc else ""
        if mention.year_basis == "relative":
            variant = "relative"
        if year is None:
            if mention.year_text or analysis.article_year is None:
                continue  # a year that cannot be read (98年), or an article that states none
            year = analysis.article_year
            variant = "no-year"
            # Dates just across New Year from the article's year are not judged.
            near = [year + 1] if month <= 2 else [year - 1] if month >= 11 else []
            if any(weekday_of(y, month, mention.day) == mention.weekday for y in near):
                continue
        actual = weekday_of(year, month, mention.day)
        if actual is None or actual == mention.weekday:
            continue
        start = min(mention.start, mention.weekday_start)
        end = max(mention.end, mention.weekday_end)
        args = {"year": year, "month": month, "day": mention.day,
                "actual": _WEEKDAYS[actual], "stated": _WEEKDAYS[mention.weekday]}
        if variant == "roc":
            args["roc_year"] = year - 1911
        elif variant == "relative":
            args["article_year"] = analysis.article_year
        elif variant == "no-year":
            other = _doubted_year(doc.text, year, month, mention.day, mention.weekday)
            if other is not None:
                args["other_year"] = other
                variant = "year-doubt"
        yield Finding(start, end, args, variant=variant)


# ---------------------------------------------------------------------------------------------
# DATE006 inverted-range

def _later(first, second) -> bool:
    """True when `second` is certainly earlier than `first` (so first—second is inverted)."""
    if first.lunar or second.lunar:
        return False
    year_a, year_b = first.effective_year, second.effective_year
    month_a, month_b = first.effective_month, second.effective_month
    if year_a is not None and year_b is not None:
        if year_a != year_b:
            return year_b < year_a
    elif month_a is not None and month_b is not None and month_b < month_a:
        return False  # 12月20日至1月10日 runs into the next year
    if month_a is None or month_b is None:
        return year_a is not None and year_b is not None and year_b < year_a
    if month_a != month_b:
        return month_b < month_a
    if first.day is None or second.day is None:
        return False
    return second.day < first.day


FIRST = Placeholder("first", "范围的起点", "the start of the range")
LAST = Placeholder("last", "范围的终点", "the end of the range")


@check(variants={"": Variant(provides=(FIRST, LAST))})
def inverted_range(doc, rule):
    analysis = doc.shared(date_analysis)
    text = analysis.text
    mentions = analysis.mentions
    for first, second in itertools.pairwise(mentions):
        # A joiner is at most four characters: most pairs are ruled out without a regex call.
        if second.start - first.end > 4 or not RANGE_JOINERS.fullmatch(text, first.end, second.start):
            continue
        if first.month is None and first.day is None:  # from a year: 2019年至2017年(10月)
            if second.year is None or first.year is None:
                continue
            if _rx(_BEFORE_PRESENT).search(text, max(0, first.start - 4), first.start) \
                    or text.startswith(("前", "以前"), second.end):
                continue  # 距今5000年至3000年前 counts back from today
            if second.year >= first.year:
                continue
        elif not _later(first, second):
            continue
        start_text, end_text = doc.text[first.start:first.end], doc.text[second.start:second.end]
        yield Finding(first.start, second.end, {"first": start_text, "last": end_text})
    for match in _at_years(analysis, lambda: _rx(_YEAR_RANGE), _RANGE_START):
        a, b = int(match.group("a")), int(match.group("b"))
        if b >= a or _rx(_BEFORE_PRESENT).search(text, max(0, match.start() - 4), match.start()) \
                or text.startswith("前", match.end()):
            continue
        yield Finding(match.start(), match.end(), {"first": match.group("a"), "last": match.group("b") + "年"})


# ---------------------------------------------------------------------------------------------
# DATE007 mixed-date-styles, DATE008 date-leading-zero (GB/T 15835-2011)

_STYLES = ("cn", "iso", "slash", "dot")  # term keys: the entry names each style
STYLE = Placeholder("style", "这个日期的写法", "this date's style", terms=_STYLES)
MAIN = Placeholder("main", "本文多数日期的写法", "the style most dates in the article use", terms=_STYLES)
EXAMPLE = Placeholder("example", "本文中按主要写法写的一个日期", "a date of the article in its main style")


_STAMPED = frozenset(("dateline", "meta", "byline", "field", "furniture"))


@check(variants={"": Variant(provides=(STYLE, MAIN, EXAMPLE))})
def mixed_date_styles(doc, rule):
    analysis = doc.shared(date_analysis)
    full = [m for m in analysis.mentions if m.full and m.style in ("cn", "han", "iso", "slash", "dot")]
    if len(full) < 2:
        return
    # The style question is the writer's: a release header, byline or dateline (發稿日期：…) is
    # stamped by the publishing system, and a box of fields (有效日期：2023/09/19) copies a label as
    # printed, so only the dates of the copy itself are compared (analysis/structure.py roles).
    layout = doc.shared(structure)
    full = [m for m in full if layout.block_at(m.start).role not in _STAMPED]
    by_style: dict[str, list] = {}
    for mention in full:
        by_style.setdefault("cn" if mention.style == "han" else mention.style, []).append(mention)
    if len(by_style) < 2:
        return
    main = max(by_style, key=lambda s: (len(by_style[s]), -by_style[s][0].start))
    odd = min((m for s, ms in by_style.items() if s != main for m in ms), key=lambda m: m.start)
    odd_style = "cn" if odd.style == "han" else odd.style
    example = by_style[main][0]
    yield Finding(odd.start, odd.end, {"style": odd_style, "main": main,
                                       "example": doc.text[example.start:example.end]})


# GB/T 15835 speaks of dates in running text: a line with sentence punctuation. A dateline or a
# release header (`2021年08月18日 星期三`, `發稿時間：109年08月18日`) is page furniture.
_RUNNING_TEXT = r"[。！？!?，,；;]"


def _in_running_text(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return bool(_rx(_RUNNING_TEXT).search(text, line_start, len(text) if line_end < 0 else line_end))


FIXED = Placeholder("fixed", "去掉补位0后的日期", "the date without the leading zeros")


@check(variants={"": Variant(provides=(FIXED,), fix=True)})
def date_leading_zero(doc, rule):
    for mention in doc.shared(date_analysis).mentions:
        # The cheap test first: a leading zero is rare, the look at the line around it is not cheap.
        if mention.style != "cn" or not (mention.month_text.startswith("0") or mention.day_text.startswith("0")):
            continue
        edits = tuple(Edit(start, start + 1, "") for start, part in
                      ((mention.month_start, mention.month_text), (mention.day_start, mention.day_text))
                      if len(part) == 2 and part[0] == "0")
        if not edits or not _in_running_text(doc.text, mention.start, mention.end):
            continue
        text = doc.text[mention.start:mention.end]
        fixed = "".join(ch for i, ch in enumerate(text, mention.start)
                        if all(i != edit.start for edit in edits))
        yield Finding(mention.start, mention.end, {"fixed": fixed}, edits)
