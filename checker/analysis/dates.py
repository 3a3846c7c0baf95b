"""Dates, clock times and weekdays in Chinese news copy, read once per document and shared.

`doc.shared(date_analysis)` returns a `DateAnalysis`: every date mention (`2019年3月15日`,
`二〇一八年十二月三十二日`, `2018-02-30`, `2018/13/01`, `5月`, `10日`, `2017年` …) with the values
it states, whether they are possible or not (checks decide what is wrong), the weekday written
next to it, the clock times (`8时61分`), and the year the article itself states (its dateline or
`今年是2019年`), which dates without a year may borrow.

Numerals are read by `numerals.py` (the project's one number reader); this module only finds
where dates are and which part is which. Before matching, full-width digits and the look-alikes
of 〇 (`○`, `Ｏ`) are mapped one to one onto ASCII digits and `〇`, so offsets in the normalised
text are offsets in the document.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..resources import read_word_sections
from .numerals import parse_chinese, parse_digit_sequence
from .structure import Structure, structure

# Patterns needed on every document are compiled at import; the others are kept as source and
# compiled on first use (`_rx`), which most runs never reach: start-up pays only for what it uses.
_rx = functools.cache(re.compile)

_NEEDS_NORMALISING = re.compile("[０-９○Ｏ／－．]")
# One-to-one character mapping: offsets do not move. `○`/`Ｏ` are the usual stand-ins for 〇 in
# years typed as 二○一八 (parse_digit_sequence reads only 〇 and 零).
_NORMALISE = str.maketrans("０１２３４５６７８９○Ｏ／－．", "0123456789〇〇/-.")

_SP = r"[ \u3000]?"
_WEEKDAY_WORD = r"(?:星期|礼拜|禮拜|周|週)"
_WEEKDAY_CHAR = "一二三四五六日天"
WEEKDAY_NAMES = ("一", "二", "三", "四", "五", "六", "日")
_WEEKDAY_VALUE = {ch: i for i, ch in enumerate("一二三四五六")}
_WEEKDAY_VALUE.update({"日": 6, "天": 6})

# Dates written with Arabic digits and 年/月/日. A year of two or three digits is accepted only
# when a month follows (`109年6月22日`, a Republic-of-China year); four digits stand alone.
_AR_DATE = re.compile(
    r"(?=[0-9])(?<![0-9.])(?:"
    r"(?:(?P<y>[0-9]{4})|(?P<y2>[0-9]{2,3})(?=" + _SP + "年" + _SP + "[0-9]{1,2}" + _SP + "月))"
    + _SP + "年"
    r"(?:" + _SP + r"(?P<m>[0-9]{1,2})" + _SP + "月份?"
    r"(?:" + _SP + r"(?P<d>[0-9]{1,2})" + _SP + "[日号號])?)?"
    r"|(?P<m1>[0-9]{1,2})" + _SP + "月份?"
    r"(?:" + _SP + r"(?P<d1>[0-9]{1,2})" + _SP + "[日号號])?"
    r"|(?P<d0>[0-9]{1,2})" + _SP + r"日(?![元圆圓本币幣])"
    r")")
# The same in Chinese numerals: 二〇一八年十二月三十二日, 十二月三十日. Year digits are read one
# by one; at least two parts must be present, so 三月 or 十日 alone is not taken as a date.
_HAN_DATE = (
    r"(?=[〇零一二三四五六七八九十])(?<![〇零一二三四五六七八九十百千万亿两])(?:"
    r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月份?"
    r"(?:(?P<d>[一二三四五六七八九十]{1,4})[日号號])?"
    r"|(?P<m1>[一二三四五六七八九十]{1,3})月(?P<d1>[一二三四五六七八九十]{1,4})[日号號]"
    r")")
# All-numeric forms: 2018-02-30, 2018/13/01, 2019.12.31. Not inside codes (letters, digits or
# separators around it).
_NUMERIC_DATE = (
    r"(?=[12])(?<![0-9A-Za-z./\-_])(?P<y>(?:1[89]|2[01])[0-9]{2})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)"
    r"(?P<d>[0-9]{1,2})(?![0-9A-Za-z%]|[./\-][0-9])")
# Month/day with a slash, taken as a date only with a weekday beside it: 12/27(星期日).
_MD_SLASH = (
    r"(?=[0-9])(?<![0-9/.])(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})(?![0-9/.])"
    r"(?=" + _SP + r"[（(]?" + _SP + _WEEKDAY_WORD + "[" + _WEEKDAY_CHAR + "])")
_MD_SLASH_AFTER_WEEKDAY = (
    _WEEKDAY_WORD + r"(?P<w>[" + _WEEKDAY_CHAR + r"])" + _SP
    + r"[（(](?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})[）)]")

_WEEKDAY_AFTER = (
    _SP + r"(?:[（(]" + _SP + ")?" + _WEEKDAY_WORD + r"(?P<w>[" + _WEEKDAY_CHAR + r"])(?:"
    + _SP + "[）)])?"
    # Taiwan copy writes the weekday alone in brackets right after the date: 2024/10/4(五).
    r"|[（(](?P<w2>[一二三四五六日])[）)]")
_WEEKDAY_BEFORE = (
    r"(?<![每隔逢])" + _WEEKDAY_WORD + r"(?P<w>[" + _WEEKDAY_CHAR + r"])" + _SP
    + r"(?:[（(]" + _SP + r")?$")

# Clock times. 时 after a number is an hour unless it starts a word (时代, 时期, 时间 …).
_CLOCK = (
    r"(?=[0-9])(?:(?<![0-9.第])(?P<h>[0-9]{1,2})" + _SP + r"(?P<hm>[时時])"
    r"(?!代|期|段|候|间|間|光|刻|速|差|长|長|空|装|裝|尚|事|政|令|节|節|势|勢|机|機|效|限|辰|薪|针|針|任|值|髦|评|評|局|常|序|俱|宜|运|運|隔)"
    r"(?:" + _SP + r"(?P<mi>[0-9]{1,2})" + _SP + r"分(?:" + _SP + r"(?P<s>[0-9]{1,2})" + _SP + r"秒)?)?"
    r"|(?<![0-9.])(?P<h2>[0-9]{1,2})(?P<hm2>[点點])(?P<mi2>[0-9]{1,2})分)")
# Where a run of digits starts with something that could be a year (1600–2099): the only places
# where the broken forms the checks look for (201612310日, 2020夏季, 2019—2017年) can begin.
_YEAR_HEADS = frozenset(("16", "17", "18", "19", "20"))
# A run of digits and the character that says what it may be (spaces skipped).
# Only runs worth a look come out: those followed by such a character, and year-like ones.
# It starts with its first digit, not with a lookahead: `re` then skips to the next digit in C
# instead of trying the pattern at every character (a lookahead first cost ~5 ms per MB of Chinese text).
_DIGIT_RUN = re.compile(r"[0-9](?<![0-9][0-9])(?:(?P<rest>[0-9]*)[ \u3000]?(?P<after>[年月日号號时時点點/.\-])"
                        r"|(?<=1)[6-9][0-9]{2,}|(?<=2)0[0-9]{2,})")

_WORDS = read_word_sections("date_words.txt")
_LUNAR_BEFORE = r"(?:%s)[^。！？\n]{0,4}$" % "|".join(_WORDS["lunar-calendar"])
# A reign year counted in Chinese numerals (光绪二年, 咸丰十一年) dates by the lunar calendar;
# 民国 and the Japanese eras (Gregorian months) do not.
_REIGN_YEAR_BEFORE = (r"(?<!民国)(?<!民國)(?<!昭和)(?<!平成)(?<!令和)(?<!大正)(?<!明治)"
                      r"(?<![元一二三四五六七八九十])[元一二三四五六七八九十]{1,4}年$")
_ROC_BEFORE = r"(?:民国|民國)" + _SP + "$"
_RELATIVE_YEAR = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2, "後年": 2}
_RELATIVE_BEFORE = r"(今年|去年|明年|前年|后年|後年)[ \u3000]?$"
# The article states its own year: 今年是2019年, 今年（2019年）, 今年2021年.
# `今年是2016年熊本地震10周年` names another year: after 是 the year must end the clause.
_THIS_YEAR = (
    r"今年(?:[（(](?P<a>(?:19|20)[0-9]{2})年[）)]|(?P<b>(?:19|20)[0-9]{2})年"
    r"|(?:是|为|為|即)(?P<c>(?:19|20)[0-9]{2})年(?=[，,。；;！!）)]))")
_HEADER_WORDS = "|".join(_WORDS["header-words"])

# Words that join two dates into a range or a list; the second date borrows what it omits.
RANGE_JOINERS = re.compile(r"[ \u3000]?(?:至|到|—{1,2}|–|-|－|~|～|〜)[ \u3000]?")
_LIST_JOINERS = r"[ \u3000]?(?:、|和|及|与|與|或)[ \u3000]?"


@dataclass
class DateMention:
    """A date written in the text: its span, how it is written, and the year, month and day it states."""
    start: int
    end: int
    style: str                  # "cn" 年月日 in Arabic digits, "han" in Chinese numerals,
                                # "iso" 2018-02-28, "slash" 2018/02/28, "dot" 2018.02.28,
                                # "md-slash" 12/27 (only with a weekday)
    year: int | None = None     # the year the text states, converted to AD (ROC years + 1911)
    month: int | None = None
    day: int | None = None
    year_text: str = ""
    month_text: str = ""
    day_text: str = ""
    month_start: int = -1
    day_start: int = -1
    roc: bool = False
    lunar: bool = False
    weekday: int | None = None  # 0 = Monday … 6 = Sunday, as written beside the date
    weekday_start: int = -1
    weekday_end: int = -1
    # Filled in after reading: the year a yearless date borrows (from the date it follows in a
    # range or list, or 今年/去年 with the article's year) and where it came from.
    implied_year: int | None = None
    implied_month: int | None = None
    year_basis: str = ""        # "stated", "range" or "relative"; "" when no year is known

    @property
    def full(self) -> bool:
        """Year, month and day are all written."""
        return self.year_text != "" and self.month is not None and self.day is not None

    @property
    def effective_year(self) -> int | None:
        return self.year if self.year is not None else self.implied_year

    @property
    def effective_month(self) -> int | None:
        return self.month if self.month is not None else self.implied_month


@dataclass(frozen=True)
class ClockTime:
    """A time of day written in the text (8时30分, 上午9点)."""
    start: int
    end: int
    hour: int
    minute: int | None
    second: int | None
    hour_end: int        # offset just after the hour's 时/点


@dataclass
class DateAnalysis:
    """The dates and times of a document, and the year of its article when it states one."""
    text: str                   # the normalised text (same offsets as the document)
    mentions: list[DateMention]
    times: list[ClockTime]
    article_year: int | None
    year_starts: list[int]      # offsets of digit runs that begin like a year (16xx–20xx)


def normalise(text: str) -> str:
    # translate() is slow on Han text; most documents have nothing, or little, to map.
    if not _NEEDS_NORMALISING.search(text):
        return text
    return _NEEDS_NORMALISING.sub(lambda m: m.group().translate(_NORMALISE), text)


def is_leap(year: int) -> bool:
    # calendar.isleap's rule, written out: importing calendar (and locale) cost ~1 ms at start-up
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(month: int, year: int | None) -> int:
    """Length of a Gregorian month; February has 29 days when the year is unknown."""
    if month == 2:
        return 29 if year is None or is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def weekday_of(year: int, month: int, day: int) -> int | None:
    import datetime  # only a written weekday needs it: kept out of start-up
    try:
        return datetime.date(year, month, day).weekday()
    except ValueError:
        return None


def _looks_traditional(doc, text: str) -> bool:
    script = (doc.settings or {}).get("script", "auto")
    if script in ("traditional", "simplified"):
        return script == "traditional"
    from .script import document_script  # the one script detector, shared with ENC008/ENC009
    return doc.shared(document_script) == "traditional"


def _han_value(text: str) -> int | None:
    number = parse_chinese(text)
    if number is None or number.value != number.value.to_integral_value():
        return None
    return int(number.value)


def _read_year(text: str, start: int, value: int, digits: int, traditional):
    """(AD year or None, roc) for a year written with `digits` Arabic digits; `traditional()`
    says whether the text looks like Taiwan or Hong Kong copy (asked only when it matters)."""
    if digits == 4:
        return (value if 1000 <= value <= 2999 else None), False
    if _rx(_ROC_BEFORE).search(text, max(0, start - 4), start) or (
            1 <= value <= 199 and traditional()) or (
            100 <= value <= 199 and not text.endswith("公元", 0, start)):
        # 民國32年, 98年 in Taiwan copy, and any 1xx年 with a month: 109年 is 2020.
        return value + 1911, True
    return None, False


def _attach_weekday(text: str, mention: DateMention) -> None:
    after = _rx(_WEEKDAY_AFTER).match(text, mention.end)
    if after:
        char = after.group("w") or after.group("w2")
        # `5月10日周一至周五` lists a schedule, not the weekday of 5月10日.
        if not (after.group("w") and text.startswith(("至", "到", "—", "-", "、"), after.end())):
            mention.weekday = _WEEKDAY_VALUE[char]
            mention.weekday_start, mention.weekday_end = after.start(), after.end()
            return
    before = _rx(_WEEKDAY_BEFORE).search(text, max(0, mention.start - 8), mention.start)
    if before:
        mention.weekday = _WEEKDAY_VALUE[before.group("w")]
        mention.weekday_start, mention.weekday_end = before.start(), before.end()


def _arabic_mention(match, text: str, traditional) -> DateMention:
    start = match.start()
    y, y2, m, d, m1, d1, d0 = match.group("y", "y2", "m", "d", "m1", "d1", "d0")
    mention = DateMention(start, match.end(), "cn")
    digits = y or y2
    # The branches of _AR_DATE are exclusive: 年(月(日)), 月(日), or 日 alone.
    if digits:
        mention.year_text = digits
        mention.year, mention.roc = _read_year(text, start, int(digits), len(digits), traditional)
        month, day, month_group, day_group = m, d, "m", "d"
    elif m1:
        month, day, month_group, day_group = m1, d1, "m1", "d1"
    else:
        month, day, month_group, day_group = None, d0, None, "d0"
    if month:
        mention.month_text, mention.month, mention.month_start = month, int(month), match.start(month_group)
    if day:
        mention.day_text, mention.day, mention.day_start = day, int(day), match.start(day_group)
    return mention


def _numeric_mention(match, style: str) -> DateMention:
    return DateMention(
        match.start(), match.end(), style,
        year=int(match.group("y")) if style not in ("md-slash",) else None,
        month=int(match.group("m")), day=int(match.group("d")),
        year_text=match.group("y") if style != "md-slash" else "",
        month_text=match.group("m"), day_text=match.group("d"),
        month_start=match.start("m"), day_start=match.start("d"))


def _clock(match) -> ClockTime:
    if match.group("h") is not None:
        minute, second = match.group("mi"), match.group("s")
        return ClockTime(match.start(), match.end(), int(match.group("h")),
                         int(minute) if minute else None, int(second) if second else None,
                         match.end("hm"))
    return ClockTime(match.start(), match.end(), int(match.group("h2")), int(match.group("mi2")),
                     None, match.end("hm2"))


_NUMERIC_STYLES = {"-": "iso", "/": "slash", ".": "dot"}


def _digit_led(text: str, traditional):
    """One scan over the digit runs: Arabic dates, all-numeric dates, clock times, and the
    places where a year-like run starts. Scanning once and trying the specific pattern only
    where the character after the run calls for it is several times faster than one full
    scan per pattern."""
    mentions: list[DateMention] = []
    times: list[ClockTime] = []
    year_starts: list[int] = []
    taken = 0  # end of the last date read: digit runs inside it are parts of it
    for run in _DIGIT_RUN.finditer(text):
        start = run.start()
        after = run["after"]
        if after is None:
            year_starts.append(start)
            continue
        length = run.end("rest") - start
        if length >= 4 and text[start:start + 2] in _YEAR_HEADS:
            year_starts.append(start)
        if start < taken:
            continue
        if after in "年月日号號":
            match = _AR_DATE.match(text, start)
            if match and match.end() > start:
                mentions.append(_arabic_mention(match, text, traditional))
                taken = match.end()
        elif after in "时時点點":
            match = _rx(_CLOCK).match(text, start)
            if match:
                times.append(_clock(match))
        else:
            match = _rx(_NUMERIC_DATE).match(text, start) if length == 4 else None
            if match:
                mentions.append(_numeric_mention(match, _NUMERIC_STYLES[match.group("sep")]))
                taken = match.end()
            elif after == "/":
                match = _rx(_MD_SLASH).match(text, start)
                if match:
                    mentions.append(_numeric_mention(match, "md-slash"))
                    taken = match.end()
    return mentions, times, year_starts


_HAN_MONTH_DIGITS = frozenset("一二三四五六七八九十")
_HAN_YEAR_DIGITS = frozenset("〇零一二三四五六七八九")


def _han_candidates(text: str):
    """Matches of _HAN_DATE, found from each 月 (a fast literal search) rather than by trying
    the pattern at every numeral of the text (一 and 十 are everywhere in Chinese)."""
    position = text.find("月")
    last_end = 0
    while position > 0:
        start = position
        while start > 0 and position - start < 3 and text[start - 1] in _HAN_MONTH_DIGITS:
            start -= 1
        if start < position:
            if start >= 5 and text[start - 1] == "年" and all(
                    ch in _HAN_YEAR_DIGITS for ch in text[start - 5:start - 1]):
                start -= 5
            match = _rx(_HAN_DATE).match(text, start) if start >= last_end else None
            if match:
                last_end = match.end()
                yield match
        position = text.find("月", position + 1)


def _han_mentions(text: str) -> list[DateMention]:
    found = []
    for match in _han_candidates(text):
        year_text = match.group("y") or ""
        month_text = match.group("m") or match.group("m1")
        day_text = match.group("d") or match.group("d1") or ""
        month = _han_value(month_text)
        day = _han_value(day_text) if day_text else None
        if month is None or (day_text and day is None):
            continue  # 七八月 (July–August) and other runs that are not one numeral
        year = None
        if year_text:
            year = parse_digit_sequence(year_text)
            if year is None or not 1000 <= year <= 2999:
                continue  # 〇〇〇〇年: a blanked-out year in a form, not a date
        mention = DateMention(match.start(), match.end(), "han", year=year, month=month, day=day,
                              year_text=year_text, month_text=month_text, day_text=day_text,
                              month_start=match.start("m") if match.group("m") else match.start("m1"),
                              day_start=(match.start("d") if match.group("d") else
                                         match.start("d1") if match.group("d1") else -1))
        found.append(mention)
    return found


def _slash_after_weekday(text: str) -> list[DateMention]:
    found: list[DateMention] = []
    if "/" not in text:
        return found
    for match in _rx(_MD_SLASH_AFTER_WEEKDAY).finditer(text):
        mention = _numeric_mention(match, "md-slash")
        mention.weekday = _WEEKDAY_VALUE[match.group("w")]
        mention.weekday_start, mention.weekday_end = match.start(), match.end("w")
        found.append(mention)
    return found


def _article_year(text: str, mentions: list[DateMention], layout: Structure) -> int | None:
    """The year the article states for itself: a full date in its header (headline, byline,
    dateline, a 来源/发稿时间 line: analysis/structure.py), or on a short line that names it as
    such, or `今年是2019年`. None when it states none, or several different ones."""
    years = set()
    if "今年" in text:  # where every form of _THIS_YEAR starts
        years = {int(m.group("a") or m.group("b") or m.group("c")) for m in _rx(_THIS_YEAR).finditer(text)}
    for mention in mentions:
        if not (mention.full and mention.year is not None):
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start > 80:
            continue
        if layout.in_header(mention.start) or _rx(_HEADER_WORDS).search(text, line_start, line_end):
            years.add(mention.year)
    return years.pop() if len(years) == 1 else None


def _resolve(text: str, mentions: list[DateMention], article_year: int | None) -> None:
    """Give yearless dates the year they imply: from the date they follow in a range or list
    (5月20日至25日, 2019年12月20日至1月10日), or from 今年/去年 and the article's year."""
    previous = None
    for mention in mentions:
        if mention.year is not None:
            mention.year_basis = "stated"
        elif previous is not None and 0 <= mention.start - previous.end <= 4 and (
                RANGE_JOINERS.fullmatch(text, previous.end, mention.start)
                or _rx(_LIST_JOINERS).fullmatch(text, previous.end, mention.start)):
            base_year = previous.effective_year
            base_month = previous.effective_month
            if mention.month is None and mention.day is not None and base_month is not None:
                mention.implied_month = base_month
            if base_year is not None and mention.effective_month is not None:
                month = mention.effective_month
                crosses = base_month is not None and month < base_month
                mention.implied_year = base_year + (1 if crosses else 0)
                mention.year_basis = "range"
        if mention.effective_year is None and mention.month is not None and article_year is not None:
            relative = _rx(_RELATIVE_BEFORE).search(text, max(0, mention.start - 3), mention.start)
            if relative:
                mention.implied_year = article_year + _RELATIVE_YEAR[relative.group(1)]
                mention.year_basis = "relative"
        previous = mention


def date_analysis(doc) -> DateAnalysis:
    """All dates and clock times of a document. Use as `doc.shared(date_analysis)`."""
    text = normalise(doc.text)
    # Whether the text looks traditional matters only for a year of two or three digits (98年 in
    # Taiwan copy); counting its marker characters is not free, so it is done when first asked.
    looks: list[bool] = []

    def traditional() -> bool:
        if not looks:
            looks.append(_looks_traditional(doc, text))
        return looks[0]

    mentions, times, year_starts = _digit_led(text, traditional)
    mentions += _han_mentions(text) + _slash_after_weekday(text)
    mentions.sort(key=lambda m: (m.start, -m.end))
    unique: list[DateMention] = []
    for mention in mentions:  # a date is not also read as anything inside it
        if unique and mention.start < unique[-1].end:
            continue
        unique.append(mention)
    lunar_words = "历" in text or "曆" in text  # every word of _LUNAR_BEFORE holds one
    for mention in unique:
        if lunar_words and _rx(_LUNAR_BEFORE).search(text, max(0, mention.start - 8), mention.start) or (
                mention.style == "han" and not mention.year_text
                and _rx(_REIGN_YEAR_BEFORE).search(text, max(0, mention.start - 7), mention.start)):
            mention.lunar = True
        if mention.day is not None and mention.weekday is None:
            _attach_weekday(text, mention)
    article_year = _article_year(text, unique, doc.shared(structure))
    _resolve(text, unique, article_year)
    return DateAnalysis(text, unique, times, article_year, year_starts)
