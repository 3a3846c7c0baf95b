"""The months of the year a clause names: the span of a change (第二季, 1至9月, 上半年) and the month
a stock is counted at (截至9月底, 一季度末, 年底). A stock, the changes after it and the stock they
make add up only when the changes fill the time between the two stocks: `截至3月底…18万只，第二季
新增6千只，截至9月底总数…` leaves the third quarter unsaid (relations/accrual.py).

    span_named(words)     (first month, last month) of the period the words name, or None
    end_named(words)      the month a stock is counted at the end of, or None
    year_named(words)     the number of a year named (113年, 2023年), or None
"""
from __future__ import annotations

from ...typenames import TYPE_CHECKING
from .common import words_start
from .vocabulary import number_of, rx

if TYPE_CHECKING:
    from ..quantities import Quantity

_DIGITS = "0-9０-９"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_QUARTER = r"(?<![前至到\-－—])(?:第)?(?P<q>[一二三四1-4１-４])(?:季度|季(?!度))(?!末|底)"
_QUARTERS = r"(?P<a>[一二三四1-4１-４])(?:季度)?(?:至|到|-|－|—)(?P<b>[一二三四1-4１-４])(?:季度|季(?!度))(?!末|底)"
_QUARTER_END = r"(?:第)?(?P<q>[一二三四1-4１-４])(?:季度|季)(?:末|底)"
_MONTHS = r"(?P<a>%s)(?:月份?)?(?:至|到|-|－|—|～|~)(?P<b>%s)月(?!底|末)" % (_MONTH, _MONTH)
_FIRST_MONTHS = r"前(?P<n>%s)(?:个|個)?月" % _MONTH
_FIRST_QUARTERS = r"前(?P<n>[两兩二三])(?:个|個)?(?:季度|季)"
_ONE_MONTH = r"(?<![%s至到\-－—～~])(?P<m>%s)月份?(?!底|末|[%s])" % (_DIGITS, _MONTH, _DIGITS)
_MONTH_END = r"(?P<m>%s)月(?:底|末)" % _MONTH
_YEAR_END = r"(?:年底|年末)"
_YEAR = r"(?<![%s])(?P<y>[%s]{3,4})年(?!底|末)" % (_DIGITS, _DIGITS)


_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")


def _number(word: str) -> int:
    """1 to 12, in digits or in number words (number_of counts from two: 一 names no count of items)."""
    return 1 if word == "一" else number_of(word)


def span_named(words: str) -> tuple[int, int] | None:
    """The months of the one period the words name (the last named, where several are)."""
    found: list[tuple[int, tuple[int, int]]] = []
    for m in rx(_QUARTER).finditer(words):
        q = _number(m.group("q"))
        found.append((m.start(), (3 * q - 2, 3 * q)))
    for m in rx(_QUARTERS).finditer(words):
        found.append((m.start(), (3 * _number(m.group("a")) - 2, 3 * _number(m.group("b")))))
    for m in rx(_MONTHS).finditer(words):
        found.append((m.start(), (_number(m.group("a")), _number(m.group("b")))))
    for m in rx(_FIRST_MONTHS).finditer(words):
        found.append((m.start(), (1, _number(m.group("n")))))
    for m in rx(_FIRST_QUARTERS).finditer(words):
        found.append((m.start(), (1, 3 * _number(m.group("n")))))
    for m in rx(_ONE_MONTH).finditer(words):
        found.append((m.start(), (_number(m.group("m")),) * 2))
    for m in rx(r"上半年|下半年").finditer(words):
        found.append((m.start(), (1, 6) if m.group() == "上半年" else (7, 12)))
    # (a whole year: 全年, or a year named by its number alone, 2024年，… — not its end or a month of it)
    for m in rx(r"全年|(?<![0-9０-９])(?:[0-9０-９]{4}|1[0-9０-９]{2})年(?![底末初前以中度0-9０-９一二三四五六七八九十上下])").finditer(words):
        found.append((m.start(), (1, 12)))
    return max(found)[1] if found else None


def span_before(text: str, q: Quantity) -> tuple[int, int] | None:
    """The span of months q's sentence names before it (累计1至5月出口…: (1, 5))."""
    return span_named(text[words_start(text, q.qual_start, "。！？\n"):q.qual_start])


def end_named(words: str) -> int | None:
    """The month at whose end a stock is counted (截至9月底 → 9; 一季度末 → 3; 年底 → 12)."""
    found: list[tuple[int, int]] = []
    for m in rx(_MONTH_END).finditer(words):
        found.append((m.start(), _number(m.group("m"))))
    for m in rx(_QUARTER_END).finditer(words):
        found.append((m.start(), 3 * _number(m.group("q"))))
    for m in rx(r"上半年(?:末|底)").finditer(words):
        found.append((m.start(), 6))
    for m in rx(_YEAR_END).finditer(words):
        found.append((m.start(), 12))
    return max(found)[1] if found else None


def year_named(words: str) -> int | None:
    """The number of the last year named by its number (113年, 2023年; not 113年底, a time)."""
    years = [int(m.group("y").translate(_ASCII)) for m in rx(_YEAR).finditer(words)]
    return years[-1] if years else None


def changes_fill_the_time(earlier: str, changes: list[str], after: str) -> bool:
    """The changes, whose clauses' words are `changes` (in text order), fill the time from the
    stock counted in `earlier`'s words to the stock in `after`'s: where the last change names its
    period and the later stock the month it is counted at, the one ends at the other; where the
    first change names its period and the earlier stock a month's end in the year, no month
    between them is left out (after a year's end, 今年3月起…, a campaign's start may be named); a change of a year named by its number (111年再新設3處) is of that
    year, which a later stock said to be of 今年 or of another year need not end (目前, now, may
    be in that very year), and where the earlier stock is a numbered year's end, the year after it."""
    first, start = span_named(changes[0]), end_named(earlier)
    if first is not None and start is not None and start != 12 and first[0] > start + 1:
        return False    # (截至6月底…，8月新建…: July's changes unsaid; not after a year's end)
    last, end = span_named(changes[-1]), end_named(after)
    if last is not None and end is not None and last[1] != end:
        return False
    year = year_named(changes[-1])
    if year is not None:
        later = year_named(after)
        if (later is not None and later != year) or (later is None and rx(r"今年|本年").search(after)):
            return False    # (111年再新設3處，今年總數…: a year named by its number, then 今年, another)
        ended = rx(r"(?<![0-9０-９])([0-9０-９]{3,4})年(?:底|末)").findall(earlier)
        if ended and year != int(ended[-1].translate(_ASCII)) + 1:
            return False
    return True
