"""Date checks: malformed, impossible and inconsistent dates (GB/T 15835-2011 for the style points).

Every check reads the document's dates from the shared analysis (`analysis/dates.py`); the
patterns kept here are the broken forms that are not dates at all until someone repairs them.
"""
from __future__ import annotations

import functools
import itertools
import re

from ..analysis.dates import RANGE_JOINERS, WEEKDAY_NAMES, date_analysis, days_in_month, weekday_of
from ..diagnostic import Applicability, Edit, Finding

# Not inside a code or a longer number: no letter, digit or separator before, and no comma that
# follows a digit (1,201,631); a comma after a word is just punctuation.
_NOT_BEFORE = r"(?=[12])(?<![0-9A-Za-z.\-/_#＃№备備第字号號码碼])(?<![0-9][,，])"

# The vocabularies these patterns use (words that begin with 日 or 月, place nouns, seasons, time
# words) are data: they live in each rule's `params` in rules/dates.toml, where the rule's
# documentation can show them, and are compiled once per distinct list.


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _glued_patterns(day_words: tuple, month_words: tuple):
    """201612310日, 20190315日, 201810月: a year with the rest of the date run into it."""
    # 日圆 is yen, but 日圆满完成 is a date followed by 圆满.
    day = re.compile(_NOT_BEFORE + r"(?P<y>(?:19|20)[0-9]{2})(?P<rest>[0-9]{2,5})日(?!"
                     + _alternation(w[1:] for w in day_words) + r"|[圆圓](?![满滿]))")
    month = re.compile(_NOT_BEFORE + r"(?P<y>(?:19|20)[0-9]{2})(?P<rest>[0-9]{1,2})月(?!"
                       + _alternation(w[1:] for w in month_words) + ")")
    return day, month


@functools.cache
def _year_count_pattern(places: tuple):
    """201631个村: a year glued onto a count of villages or townships. Counts of places are
    small in local news, so a six- or seven-digit count that starts with a year is the year."""
    return re.compile(
        _NOT_BEFORE + r"(?P<y>(?:19[5-9]|20[0-3])[0-9])(?P<n>[1-9][0-9]{1,2})(?![0-9.])"
        r"(?P<cls>个|個)(?P<noun>[\u4e00-\u9fff]{0,3}?(?:" + _alternation(places) + "))"
        # 村民, 镇委, 乡镇干部: people and bodies, not places.
        r"(?![民委干幹])")


# Compiled on first use: start-up pays only for the patterns a run needs.
_rx = functools.cache(re.compile)


@functools.cache
def _year_without_nian_pattern(parts: tuple, seasons: tuple, time_words: tuple):
    """2020夏季, 2017春节, 2019上半年: a year with its 年 missing before a season, festival or
    part of the year. Seasons and festivals also name events (2024国庆特别节目, 2022冬奥会,
    定档2025暑期 in a headline), so they are taken as dates only when a time word or a
    punctuation mark follows."""
    return re.compile(
        r"(?=[12])(?<![0-9A-Za-z.\-/_~～—－《“「『])(?<![0-9][,，])(?P<y>(?:1[89]|20)[0-9]{2})"
        r"(?P<w>(?:" + _alternation(parts) + r"|第?[一二三四1-4]季度)|(?:" + _alternation(seasons)
        + r")(?=" + _alternation(time_words) + r"|[，,。、；;！!？?]))")


# 2017—2019年 is a range of years written once with 年; its start must not be later than its end.
_YEAR_RANGE = (
    r"(?=[12])(?<![0-9.])(?P<a>(?:1[6-9]|20)[0-9]{2})(?P<j>[ \u3000]?(?:至|到|—{1,2}|–|-|－|~|～|〜)[ \u3000]?)"
    r"(?P<b>(?:1[6-9]|20)[0-9]{2})年")
_BEFORE_PRESENT = r"(?:公元前|前|距今|约|約)[ \u3000]?$"


def _date_zh(year, month, day, roc=False):
    text = ""
    if year is not None:
        text += f"民国{year - 1911}年（{year}年）" if roc else f"{year}年"
    return text + f"{month}月{day}日"


def _date_en(year, month, day):
    return f"{year}-{month:02d}-{day:02d}" if year is not None else f"{month}/{day}"


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


def _at_years(analysis, pattern, may_start):
    """Matches of a pattern starting where the shared analysis saw a year-like digit run: one
    scan of the text serves every check below instead of one scan each.

    `may_start(text, start)` is a cheap test of what must follow the year's digits (日 within
    reach, a range mark, …); `pattern()` gives the compiled pattern and is called only for a run
    that passes it, so most texts never compile these patterns (0.4-1.6 ms each) at all."""
    text = analysis.text
    for start in analysis.year_starts:
        if may_start(text, start):
            match = pattern().match(text, start)
            if match:
                yield match


# What must follow the year in each broken form (see the patterns above): 2016 + 2-5 digits + 日,
# 2018 + 1-2 digits + 月, 2016 + 2-3 digits + 个/個, and a range mark right after 2019.
def _may_be_glued_day(text, start):
    return "日" in text[start + 6:start + 10]


def _may_be_glued_month(text, start):
    return "月" in text[start + 5:start + 7]


def _may_be_glued_count(text, start):
    return not _COUNT_WORDS.isdisjoint(text[start + 6:start + 8])


def _may_be_year_range(text, start):
    return text[start + 4:start + 5] in _RANGE_MARKS


_COUNT_WORDS = frozenset("个個")
_RANGE_MARKS = frozenset(" \u3000至到—–-－~～〜")


@functools.cache
def _year_word_starts(parts: tuple, seasons: tuple) -> frozenset | None:
    """The characters a word after a year without 年 can start with (None: any, if a word is
    empty)."""
    words = parts + seasons
    if not all(words):
        return None
    return frozenset(word[0] for word in words) | frozenset("第一二三四1234")


def malformed_date(doc, rule):
    analysis = doc.shared(date_analysis)
    if not analysis.year_starts:
        return      # every pattern below starts at a year-like digit run
    words = tuple(rule.params["day-words"]), tuple(rule.params["month-words"])
    for match in _at_years(analysis, lambda: _glued_patterns(*words)[0], _may_be_glued_day):
        year, rest = int(match.group("y")), match.group("rest")
        readings = _month_day_readings(year, rest)
        args = {"digits": match.group("y") + rest, "missing": "“年”“月”", "missing_en": "年 and 月"}
        if len(readings) == 1:
            month, day = readings[0]
            meant = f"{year}年{month}月{day}日"
            args.update(meant=meant, hint=f"，应为“{meant}”", hint_en=f"; it should read “{meant}”")
            yield Finding(match.start(), match.end(), args, (Edit(match.start(), match.end(), meant),),
                          Applicability.UNSAFE)
            continue
        if readings:
            options = "”或“".join(f"{year}年{m}月{d}日" for m, d in readings)
            args.update(hint=f"，可能是“{options}”，请核对原稿",
                        hint_en=f"; it may be “{options}”: check the source")
        else:
            args.update(hint=f"：“{year}”后的“{rest}”读不成月和日，请核对原稿",
                        hint_en=f": “{rest}” after “{year}” is not a month and day; check the source")
        yield Finding(match.start(), match.end(), args)
    for match in _at_years(analysis, lambda: _glued_patterns(*words)[1], _may_be_glued_month):
        year, month = int(match.group("y")), int(match.group("rest"))
        if not 1 <= month <= 12:
            continue
        meant = f"{year}年{month}月"
        yield Finding(match.start(), match.end(),
                      {"digits": match.group("y") + match.group("rest"), "meant": meant,
                       "missing": "“年”", "missing_en": "年",
                       "hint": f"，应为“{meant}”", "hint_en": f"; it should read “{meant}”"},
                      (Edit(match.start(), match.end(), meant),), Applicability.UNSAFE)


# ---------------------------------------------------------------------------------------------
# DATE002 year-glued-to-count

def year_glued_to_count(doc, rule):
    analysis = doc.shared(date_analysis)
    if not analysis.year_starts:
        return
    text = analysis.text
    places = tuple(rule.params["places"])
    for match in _at_years(analysis, lambda: _year_count_pattern(places), _may_be_glued_count):
        sentence_start = max(text.rfind(mark, 0, match.start()) for mark in "。！？\n") + 1
        if _rx("|".join(rule.params["national"])).search(text, sentence_start, match.start()):
            continue  # national statistics do count places in the hundreds of thousands
        year, count = match.group("y"), match.group("n")
        meant = f"{year}年{count}{match.group('cls')}{match.group('noun')}"
        yield Finding(match.start(), match.end(), {"year": year, "count": count, "meant": meant},
                      (Edit(match.end("y"), match.end("y"), "年"),), Applicability.UNSAFE)


# ---------------------------------------------------------------------------------------------
# DATE003 year-missing-nian

def year_missing_nian(doc, rule):
    analysis = doc.shared(date_analysis)
    if not analysis.year_starts:
        return
    words = (tuple(rule.params["parts-of-year"]), tuple(rule.params["seasons"]),
             tuple(rule.params["time-words"]))
    starts = _year_word_starts(words[0], words[1])
    for match in _at_years(analysis, lambda: _year_without_nian_pattern(*words),
                           lambda text, start: starts is None or text[start + 4:start + 5] in starts):
        year = match.group("y")
        yield Finding(match.start(), match.end("w"),
                      {"year": year, "word": match.group("w"), "meant": f"{year}年{match.group('w')}"},
                      (Edit(match.end("y"), match.end("y"), "年"),))


# ---------------------------------------------------------------------------------------------
# DATE004 impossible-date

def _impossible_reason(mention):
    """(zh, en, suggestion-or-None) when the date cannot exist, else None."""
    month = mention.effective_month
    if month is None:
        return None
    if mention.month is not None and not 1 <= month <= 12:
        if mention.year_text == "" and mention.day is None:
            return None  # 13月 alone: not enough to call it a date
        zh, en = f"月份“{mention.month_text}”不存在，月份只有1—12", f"there is no month {month}"
        suggestion = None
        if mention.style in ("iso", "slash", "dot") and mention.day is not None and 1 <= mention.day <= 12 \
                and 1 <= month <= days_in_month(mention.day, mention.year):
            sep = {"iso": "-", "slash": "/", "dot": "."}[mention.style]
            suggestion = f"{mention.year}{sep}{mention.day_text.zfill(2)}{sep}{mention.month_text.zfill(2)}"
            zh += f"；若月、日写反，应为“{suggestion}”"
            en += f"; if month and day were swapped, it is “{suggestion}”"
        return zh, en
    if mention.day is None or not 1 <= month <= 12:
        return None
    day = mention.day
    if mention.lunar:
        if 1 <= day <= 30:
            return None
        return f"农历每月最多30天，没有“{day}日”", f"a lunar month has at most 30 days, not {day}"
    year = mention.effective_year if mention.year_basis in ("stated", "range") else None
    limit = days_in_month(month, year)
    if 1 <= day <= limit:
        return None
    if day == 0:
        return "日期不能是0日", "there is no day 0"
    if month == 2 and day == 29:
        shown = f"民国{year - 1911}年即{year}年" if mention.roc else f"{year}年"
        return (f"{shown}不是闰年，2月只有28天",
                f"{year} is not a leap year: February has 28 days")
    if month == 2:
        return "2月最多29天（闰年）", "February has at most 29 days"
    return f"{month}月只有{limit}天", f"month {month} has only {limit} days"


def impossible_date(doc, rule):
    analysis = doc.shared(date_analysis)
    for mention in analysis.mentions:
        reason = _impossible_reason(mention)
        if reason:
            yield Finding(mention.start, mention.end, {"reason": reason[0], "reason_en": reason[1]})
    previous_end = -1
    for clock in analysis.times:
        reason = None
        if clock.hour > 24:
            reason = (f"一天只有24小时，没有“{clock.hour}时”", f"there is no hour {clock.hour}")
            if previous_end == clock.start:
                reason = (reason[0] + f"，可能应为“{clock.hour}分”",
                          reason[1] + f"; “{clock.hour}分” (minutes) was probably meant")
        elif clock.minute is not None and clock.minute > 59:
            reason = (f"每小时只有60分钟，没有“{clock.minute}分”", f"there is no minute {clock.minute}")
        elif clock.second is not None and clock.second > 59:
            reason = (f"每分钟只有60秒，没有“{clock.second}秒”", f"there is no second {clock.second}")
        elif clock.hour == 24 and clock.minute:
            reason = ("24时即次日0时，其后不能再有分钟", "24:00 is midnight; it takes no minutes")
        previous_end = clock.hour_end
        if reason:
            yield Finding(clock.start, clock.end, {"reason": reason[0], "reason_en": reason[1]})


# ---------------------------------------------------------------------------------------------
# DATE005 weekday-mismatch

def weekday_mismatch(doc, rule):
    analysis = doc.shared(date_analysis)
    for mention in analysis.mentions:
        if mention.weekday is None or mention.day is None or mention.lunar:
            continue
        month = mention.effective_month
        if month is None:
            continue
        year, basis_zh, basis_en = mention.effective_year, "", ""
        if mention.year_basis == "relative":
            basis_zh = f"（按本文年份{analysis.article_year}年推算）"
            basis_en = f" (taking the article's year, {analysis.article_year})"
        if year is None:
            if mention.year_text or analysis.article_year is None:
                continue  # a year that cannot be read (98年), or an article that states none
            year = analysis.article_year
            basis_zh = f"（日期未写年份，按本文年份{year}年推算）"
            basis_en = f" (no year given; taking the article's year, {year})"
            # Dates just across New Year from the article's year are not judged.
            near = [year + 1] if month <= 2 else [year - 1] if month >= 11 else []
            if any(weekday_of(y, month, mention.day) == mention.weekday for y in near):
                continue
        actual = weekday_of(year, month, mention.day)
        if actual is None or actual == mention.weekday:
            continue
        start = min(mention.start, mention.weekday_start)
        end = max(mention.end, mention.weekday_end)
        yield Finding(start, end, {
            "date": _date_zh(year, month, mention.day, mention.roc),
            "date_en": _date_en(year, month, mention.day),
            "actual": "星期" + WEEKDAY_NAMES[actual], "stated": "星期" + WEEKDAY_NAMES[mention.weekday],
            "actual_en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                          "Sunday")[actual],
            "stated_en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                          "Sunday")[mention.weekday],
            "basis": basis_zh, "basis_en": basis_en})


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
    for match in _at_years(analysis, lambda: _rx(_YEAR_RANGE), _may_be_year_range):
        a, b = int(match.group("a")), int(match.group("b"))
        if b >= a or _rx(_BEFORE_PRESENT).search(text, max(0, match.start() - 4), match.start()) \
                or text.startswith("前", match.end()):
            continue
        yield Finding(match.start(), match.end(), {"first": match.group("a"), "last": match.group("b") + "年"})


# ---------------------------------------------------------------------------------------------
# DATE007 mixed-date-styles, DATE008 date-leading-zero (GB/T 15835-2011)

_STYLE_NAMES = {"cn": ("“年月日”写法", "the 年月日 form"), "iso": ("“-”连接的数字写法", "the 2018-02-28 form"),
                "slash": ("“/”分隔的写法", "the 2018/02/28 form"), "dot": ("“.”分隔的写法", "the 2018.02.28 form")}


def mixed_date_styles(doc, rule):
    analysis = doc.shared(date_analysis)
    full = [m for m in analysis.mentions if m.full and m.style in ("cn", "han", "iso", "slash", "dot")]
    by_style: dict[str, list] = {}
    for mention in full:
        by_style.setdefault("cn" if mention.style == "han" else mention.style, []).append(mention)
    if len(by_style) < 2:
        return
    main = max(by_style, key=lambda s: (len(by_style[s]), -by_style[s][0].start))
    odd = min((m for s, ms in by_style.items() if s != main for m in ms), key=lambda m: m.start)
    odd_style = "cn" if odd.style == "han" else odd.style
    example = by_style[main][0]
    yield Finding(odd.start, odd.end, {
        "style": _STYLE_NAMES[odd_style][0], "style_en": _STYLE_NAMES[odd_style][1],
        "main": _STYLE_NAMES[main][0], "main_en": _STYLE_NAMES[main][1],
        "example": doc.text[example.start:example.end]})


# GB/T 15835 speaks of dates in running text: a line with sentence punctuation. A dateline or a
# release header (`2021年08月18日 星期三`, `發稿時間：109年08月18日`) is page furniture.
_RUNNING_TEXT = r"[。！？!?，,；;]"


def _in_running_text(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return bool(_rx(_RUNNING_TEXT).search(text, line_start, len(text) if line_end < 0 else line_end))


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
