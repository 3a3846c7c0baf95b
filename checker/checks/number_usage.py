"""How numbers are written (GB/T 15835-2011), for simplified copy (NUM101-NUM109).

These are matters of form, not of arithmetic (that is checks/numbers.py): a decimal without its
leading zero, a range whose first number lacks the 万/亿/% of the second, Arabic and Chinese
numerals mixed in one number, the zero of a year written 零 or O, adjacent numbers given as an
approximation in Arabic numerals, a weekday in digits, full-width digits, one date written in
two systems. Traditional copy follows Taiwan's conventions (`5千元`, `（13）日`), which this
standard does not govern, so it is left alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis.script import document_script
from ..contract import Placeholder, Variant, check
from ..diagnostic import Applicability, Edit, Finding
from ..resources import read_word_sections
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

MEANT = Placeholder("meant", "规范写法", "the standard form")

_WORDS = read_word_sections("number_usage_words.txt")
_DIGITS = "〇一二三四五六七八九"
_CHINESE_DIGIT = dict(zip("0123456789", _DIGITS, strict=True))


def _simplified(doc: Any) -> bool:
    return bool(doc.shared(document_script) != "traditional")


# (Its lookbehind follows the point: see the note before _THOUSAND.)
_LEADING_POINT = re.compile(r"\.(?<![0-9A-Za-z.．]\.)([0-9]+)(?![0-9.])")


@check(variants={"": Variant(provides=(MEANT,), fix=True)})
def leading_point(doc: Any, rule: Any) -> Iterator[Finding]:
    """NUM101: `.5` for `0.5`."""
    text = doc.text
    if not _simplified(doc):
        return
    for match in _LEADING_POINT.finditer(text):
        start = match.start()
        if start == 0 or not _HAN.match(text, start - 1) and text[start - 1] not in " \t\u3000（(“：:，":
            continue
        after = text[match.end():match.end() + 1]
        if not after or not _HAN.match(after) and after not in "%％":
            continue   # `.5` inside Latin text or a file name is not a number of the copy
        meant = "0" + match.group()
        yield Finding(start, match.end(), {"meant": meant}, (Edit(start, start, "0"),))


_HAN = re.compile(r"[\u3400-\u9fff]")
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
# 9～16亿, 15～30%, 4.3～5.7×10⁸: the range mark, then a number with a magnitude or percent sign
# that the first number lacks. A unit (kg, 元, 吨) may be written once; 万, 亿, % and ×10ⁿ may not.
# (Its lookbehind follows the first digit: see the note before _THOUSAND.)
_RANGE = re.compile(r"([0-9](?<![0-9.][0-9])[0-9]*(?:\.[0-9]+)?)([～~〜])(%s)(万亿|万|亿|%%|％|‰|×10[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
                    % _NUMBER)


@check(variants={"": Variant(provides=(MEANT,), fix=True)})
def range_magnitude(doc: Any, rule: Any) -> Iterator[Finding]:
    """NUM102: `9～16亿` for `9亿～16亿`, `15～30%` for `15%～30%`."""
    text = doc.text
    if not _simplified(doc):
        return
    for match in _RANGE.finditer(text):
        first, mark, second, magnitude = match.groups()
        meant = f"{first}{magnitude}{mark}{second}{magnitude}"
        yield Finding(match.start(), match.end(), {"meant": meant},
                      (Edit(match.end(1), match.end(1), magnitude),))


# The patterns below put their lookbehind after the first character, not before it: a pattern
# that opens with a character (class) lets the regex engine skip ahead to the places that hold
# one, where a leading lookbehind makes it try every position of the text (4x slower on a 4 MB file).
# 4千人, 7千多次, 3千万: 千 as a number word after an Arabic digit. 千 as the prefix of a unit
# (千米, 千克, 千公顷, 千瓦时) is a unit and is not matched: the word that follows must be one
# that counts (rules/data/number_usage_words.txt, [count-words]).
# 多 or 余 after it (4千多人) makes an approximation, written in Chinese numerals (四千多人): the
# lookahead names it, so the check reads it from the match.
_THOUSAND = re.compile(r"([1-9])(?<![0-9.][1-9])千(?=(?P<approximate>多|余)|万|亿|[%s])" % "".join(_WORDS["count-words"]))


@check(variants={"": Variant(provides=(MEANT,), fix=True)})
def mixed_thousand(doc: Any, rule: Any) -> Iterator[Finding]:
    """NUM103: `4千人` for `4000人` (or `四千人`)."""
    text = doc.text
    if not _simplified(doc):
        return
    for match in _THOUSAND.finditer(text):
        digit = match.group(1)
        # 4千多人 → 四千多人; 4千人 → 4000人, 3千万 → 3000万
        meant = _CHINESE_DIGIT[digit] + "千" if match.group("approximate") else digit + "000"
        yield Finding(match.start(), match.end(), {"meant": meant},
                      (Edit(match.start(), match.end(), meant),), Applicability.UNSAFE)


# 二零一二年, 二O一二年, 二○一二年: a year in Chinese numerals takes 〇 for zero.
_YEAR_ZERO = re.compile(r"[一二三四五六七八九](?<![一二三四五六七八九十百千万〇零].)[一二三四五六七八九〇零OoО○◯]{3}(?=年)")
_WRONG_ZERO = "零OoО○◯"


@check(variants={"": Variant(provides=(MEANT,), fix=True)})
def year_zero(doc: Any, rule: Any) -> Iterator[Finding]:
    """NUM104: the zero of a year in Chinese numerals written 零, O or ○ instead of 〇."""
    text = doc.text
    if not _simplified(doc):
        return
    for match in _YEAR_ZERO.finditer(text):
        year = match.group()
        if not any(ch in _WRONG_ZERO for ch in year):
            continue
        meant = "".join("〇" if ch in _WRONG_ZERO else ch for ch in year)
        yield Finding(match.start(), match.end(), {"meant": meant + "年"},
                      tuple(Edit(match.start() + i, match.start() + i + 1, "〇")
                            for i, ch in enumerate(year) if ch in _WRONG_ZERO))


# 3、4个月: two adjacent numbers that give an approximation are written in Chinese numerals
# without a mark (三四个月). Two numbers before an ordinal word (1、2号线, 3、4月) enumerate and
# are not matched: the word after must be a measure of amount ([approximate-measures]).
_ADJACENT = re.compile(r"([1-9])(?<![0-9.、][1-9])、([1-9])(?![0-9.])(?=%s)"
                       % "|".join(sorted(_WORDS["approximate-measures"], key=len, reverse=True)))


@check(variants={"": Variant(provides=(MEANT,), fix=True)})
def adjacent_approximation(doc: Any, rule: Any) -> Iterator[Finding]:
    """NUM105: `3、4个月` for `三四个月`."""
    text = doc.text
    if not _simplified(doc):
        return
    for match in _ADJACENT.finditer(text):
        first, second = match.groups()
        if int(second) != int(first) + 1:
            continue
        meant = _CHINESE_DIGIT[first] + _CHINESE_DIGIT[second]
        yield Finding(match.start(), match.end(), {"meant": meant},
                      (Edit(match.start(), match.end(), meant),))


_TENS_JI = re.compile(r"(?P<tens>([1-9])(?<![0-9.][1-9])0)几")


@check(variants={"": Variant(provides=(MEANT,), fix=True)})
def arabic_with_ji(doc: Any, rule: Any) -> Iterator[Finding]:
    """NUM106: `10几天` for `十几天`: an approximation with 几 is written in Chinese numerals."""
    text = doc.text
    if not _simplified(doc):
        return
    for match in _TENS_JI.finditer(text):
        digit = match.group(2)
        meant = ("" if digit == "1" else _CHINESE_DIGIT[digit]) + "十几"
        yield Finding(match.start(), match.end(), {"meant": meant},
                      (Edit(match.start("tens"), match.end("tens"), meant[:-1]),))


# 星期 also means "week": `每星期3次`, `两个星期` count weeks, and a digit followed by a measure
# counts something in the week; neither is a weekday.
_WEEKDAY = re.compile(r"(星期|礼拜)(?<![每个几两一二三四五六七八九十][星礼][期拜])([1-6])(?![0-9次天个回场节课小])")


@check(variants={"": Variant(provides=(MEANT,), fix=True)})
def weekday_digit(doc: Any, rule: Any) -> Iterator[Finding]:
    """NUM107: `星期5` for `星期五`."""
    text = doc.text
    if not _simplified(doc):
        return
    for match in _WEEKDAY.finditer(text):
        meant = match.group(1) + _CHINESE_DIGIT[match.group(2)]
        yield Finding(match.start(), match.end(), {"meant": meant},
                      (Edit(match.start(2), match.end(2), _CHINESE_DIGIT[match.group(2)]),))


_FULL_DIGITS = re.compile(r"[０-９]+(?:[．.][０-９]+)?")


@check(variants={"": Variant(provides=(MEANT,), fix=True)})
def full_width_digits(doc: Any, rule: Any) -> Iterator[Finding]:
    """NUM108: digits typed full-width (`２０２４`)."""
    text = doc.text
    if not _simplified(doc):
        return
    for match in _FULL_DIGITS.finditer(text):
        meant = match.group().translate(_HALF)
        yield Finding(match.start(), match.end(), {"meant": meant},
                      (Edit(match.start(), match.end(), meant),))


_HALF = str.maketrans("０１２３４５６７８９．", "0123456789.")

# 2012年十月5日, 二〇一二年10月5日: one date, two numeral systems.
_CN = "[〇零一二三四五六七八九十]"
# The year opens with one class of both systems' digits and its other three follow in the system
# of the first, so that the regex engine skips to digits (two alternatives made it try every position).
_DATE = re.compile(r"([0-9〇零一二三四五六七八九十](?:(?<=[0-9])[0-9]{3}|(?<=%s)%s{3}))年([0-9]{1,2}|%s{1,2})月"
                   r"(?:([0-9]{1,2}|%s{1,3})日)?" % (_CN, _CN, _CN, _CN))


@check(variants={"": Variant()})
def mixed_date(doc: Any, rule: Any) -> Iterator[Finding]:
    """NUM109: a date written partly in Arabic and partly in Chinese numerals."""
    text = doc.text
    if not _simplified(doc):
        return
    for match in _DATE.finditer(text):
        parts = [p for p in match.groups() if p]
        systems = {p[0].isdigit() for p in parts}
        if len(systems) == 2:
            yield Finding(match.start(), match.end(), {})
