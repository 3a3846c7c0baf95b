"""Reading one number written in Arabic digits, full-width digits or Chinese numerals.

This is the only place that turns numeral text into a value; quantities and dates build on it.
A value is returned with its precision (the place value of its last stated digit), because a
stated figure stands for an interval: `2.51` means [2.505, 2.515).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
CHINESE_DIGITS = "〇零一二三四五六七八九两"
CHINESE_UNITS = "十百千万亿"
_DIGIT_VALUE = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}
# ○ (U+25CB) and Ｏ (U+FF2F) are what writers type for 〇 in years such as 二○一八.
_DIGIT_VALUE.update({"零": 0, "两": 2, "０": 0, "○": 0, "Ｏ": 0})

# Regular-expression sources for callers that build larger patterns.
ARABIC = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
CHINESE = r"[〇零一二三四五六七八九两十百千万亿点]+"
_ARABIC_RE = re.compile(ARABIC)
_DIGIT_SEQUENCE = re.compile(r"[〇○Ｏ零一二三四五六七八九]+")


@dataclass(frozen=True)
class Number:
    """A number read from the text, with the place value of its last stated digit."""
    value: Decimal
    precision: Decimal   # place value of the last stated digit: 1 for "12", 0.01 for "2.51"
    chinese: bool = False

    @property
    def exact(self) -> bool:
        """An integer is a count, taken as exact; a decimal is a rounded figure."""
        return self.precision >= 1

    @property
    def low(self) -> Decimal:
        """Smallest true value that rounds to this figure (half-up rounding)."""
        return self.value if self.exact else self.value - self.precision / 2

    @property
    def high(self) -> Decimal:
        """Upper bound (exclusive) of the values that round to this figure."""
        return self.value if self.exact else self.value + self.precision / 2


# Place values 1, 0.1, 0.01, …: the precision of a figure with that many decimals.
_PLACES = tuple(Decimal(1).scaleb(-decimals) for decimals in range(12))


@functools.lru_cache(maxsize=4096)
def parse_arabic(text: str) -> Number | None:
    """'1,234.5', '１２．５' → Number; None when the text is not one Arabic number.

    Cached: the same figures recur within and across documents, and a Number is immutable.
    """
    normal = text if text.isascii() else text.translate(FULLWIDTH_DIGITS)
    if not _ARABIC_RE.fullmatch(normal):
        return None
    normal = normal.replace(",", "")
    try:
        value = Decimal(normal)
    except InvalidOperation:
        return None
    decimals = len(normal) - normal.index(".") - 1 if "." in normal else 0
    return Number(value, _PLACES[decimals] if decimals < len(_PLACES) else Decimal(1).scaleb(-decimals))


def parse_digit_sequence(text: str) -> int | None:
    """Chinese digits read one by one, as years are written: 二〇一八 → 2018."""
    if not _DIGIT_SEQUENCE.fullmatch(text):
        return None
    return int("".join(str(_DIGIT_VALUE[ch]) for ch in text))


@functools.lru_cache(maxsize=4096)
def parse_chinese(text: str) -> Number | None:
    """'一千二百' → 1200, '五十六点七八' → 56.78, '两万' → 20000; None if not a numeral."""
    if not text or any(ch not in CHINESE_DIGITS + CHINESE_UNITS + "点" for ch in text):
        return None
    if len(text) > 1 and all(ch in "〇零一二三四五六七八九" for ch in text) and "〇" in text:
        sequence = parse_digit_sequence(text)
        return Number(Decimal(sequence), Decimal(1), True) if sequence is not None else None
    value = read_chinese(text)
    if value is None:
        return None
    if "点" in text:
        decimals = len(text.split("点", 1)[1])
        precision = Decimal(1).scaleb(-decimals)
    else:
        precision = Decimal(1)  # counted, not rounded: callers decide what a multiplier widens
    return Number(value, precision, True)


# Reading a Chinese numeral, in two passes: the standard written form first (一千零五, 三万五千,
# 一亿二千万: every place after a gap marked by 零), then the forms people also write (两 for 二,
# 〇 for 零, a missing 零 or 一 restored: 一万三百, 一百十; digits read one by one: 一二三; the
# last place left unsaid: 一万二 = 12,000, 三千五 = 3,500). The project's own reader: the
# cn2an package, which this replaces, took 0.1-0.3 s to import for the same readings. On every
# string of up to five numeral characters, the numbers to 1,000,000 and random longer strings
# (bench/numerals_vs_cn2an.py, 3.3 million) the two agree except where cn2an drops a 十 that
# follows 亿 (一亿十万: cn2an 100,000,000; here 100,100,000).
_STANDARD_DIGITS = {ch: value for value, ch in enumerate("零一二三四五六七八九")}
_COMMON_DIGITS = {**_STANDARD_DIGITS, "〇": 0, "两": 2}
_SMALL_PLACES = {"十": 10, "百": 100, "千": 1000}
# A 零 left out before a smaller place, or 一 before 十 after 百: restored before reading.
_RESTORE = (("零十", "零一十"), ("零百", "零一百"))


def read_chinese(text: str) -> Decimal | None:
    """The value of a Chinese numeral (digits, 十百千万亿, at most one 点), or None."""
    for old, new in _RESTORE:
        text = text.replace(old, new)
    integer, point, fraction = text.partition("点")
    if "点" in fraction:
        return None
    for digits, common in ((_STANDARD_DIGITS, False), (_COMMON_DIGITS, True)):
        value = _read_integer(_usual_form(integer) if common else integer, digits, common)
        if value is None:
            continue
        if not point:
            return Decimal(value)
        if common:
            fits = len(fraction) <= 16 and all(ch in digits for ch in fraction)
        else:
            fits = 0 < len(fraction) <= 16 and all(ch in digits for ch in fraction) and fraction[-1] != "零"
        if not fits:
            continue
        if not fraction:
            return Decimal(value)
        # Rounded through a binary float as cn2an did, so figures print as before (三点五零 → 3.5).
        tail = 0.0
        for k in range(len(fraction) - 1, -1, -1):
            tail += digits[fraction[k]] * 10 ** -(k + 1)
        tail = round(tail, len(fraction))
        return Decimal(str(round(value + tail, len(fraction))))
    return None


def _usual_form(text: str) -> str:
    """Restore what writers leave out: 一万零三千 has a 零 too many; 一万三百 and 三千三十 miss
    one; 一百十 misses 一."""
    text = re.sub(r"万零(?=[零〇一二两三四五六七八九]千)", "万", text)
    text = re.sub(r"([万亿])([零〇一二两三四五六七八九][十百])", r"\1零\2", text)
    text = re.sub(r"(千)([零〇一二两三四五六七八九]?十)", r"\1零\2", text)
    return text.replace("百十", "百一十").replace("零十", "零一十")


def _read_integer(text: str, digits: dict[str, int], common: bool) -> int | None:
    value = _grammatical(text, digits)
    if value is not None or not common or not text:
        return value
    if all(ch in digits for ch in text):          # 一二三, 两两: one digit after another
        return int("".join(str(digits[ch]) for ch in text))
    # The last place left unsaid: 一万二 is 一万二千, 三百四 is 三百四十 (only after 百, 千, 万).
    if len(text) >= 3 and _SPOKEN.fullmatch(text):
        unsaid = {"百": "十", "千": "百", "万": "千"}.get(text[-2])
        if unsaid is not None:
            return _place_value(text + unsaid, digits)
    return None


# Groups of up to two digits, each closed by a place, then one digit: 一万二, 十一万三, 两千三.
_SPOKEN = re.compile("(?:[〇零一二两三四五六七八九]{0,2}[十百千万亿])+[〇零一二两三四五六七八九]")


def _place_value(text: str, digits: dict[str, int]) -> int:
    """Read right to left: each digit counts in the place named after it (一万二千: the 二 in
    千s), 万 and 亿 multiply every place before them, and a place that opens the numeral counts
    once (十二 = 12)."""
    total, place, big = 0, 1, 1
    for k in range(len(text) - 1, -1, -1):
        ch = text[k]
        if ch in digits:
            total += digits[ch] * place
            continue
        place = _SMALL_PLACES.get(ch) or (10_000 if ch == "万" else 100_000_000)
        if place % 10_000 == 0:
            big = place if place > big else place * big
            place = big
        if place < big:
            place *= big
        if k == 0:
            total += place
    return total


def _grammatical(text: str, digits: dict[str, int]) -> int | None:
    """A numeral in the standard form: 零 alone, or up to 亿 with 万 and the places below them."""
    if text in ("零", "〇") and text in digits:
        return 0
    head, sep, tail = text.partition("亿")
    if sep:
        top = _below(head, digits, 8)
        rest = _after_big_place(tail, digits, 8)
        return None if top is None or rest is None else top * 100_000_000 + rest
    return _below(text, digits, 8)


def _after_big_place(text: str, digits: dict[str, int], power: int) -> int | None:
    """What may follow 万 (power 4) or 亿 (power 8): nothing, 零 and a smaller number, or a
    number that fills the next place down (三千 after 万, 五千万 after 亿)."""
    if not text:
        return 0
    if text[0] in "零〇" and text[0] in digits:
        # after 亿 any number below 亿; after 万 one below a thousand
        return _below(text[1:], digits, power if power == 8 else 3)
    if power == 8:
        return _with_wan(text, digits)
    return _thousands(text, digits)


def _below(text: str, digits: dict[str, int], power: int) -> int | None:
    """A number from 1 up to (not including) 10**(power+1) when power is 8 (with 万), below
    10**4 when 4, below 1000 when 3."""
    if not text:
        return None
    if power == 8:
        value = _with_wan(text, digits)
        return value if value is not None else _below(text, digits, 4)
    if power == 4:
        value = _thousands(text, digits)
        return value if value is not None else _below(text, digits, 3)
    value = _hundreds(text, digits)
    return value if value is not None else _tens(text, digits)


def _with_wan(text: str, digits: dict[str, int]) -> int | None:
    head, sep, tail = text.partition("万")
    if not sep:
        return None
    top = _below(head, digits, 4)
    rest = _after_big_place(tail, digits, 4)
    return None if top is None or rest is None else top * 10_000 + rest


def _thousands(text: str, digits: dict[str, int]) -> int | None:
    if len(text) < 2 or text[1] != "千" or text[0] not in digits or digits[text[0]] == 0:
        return None
    head, rest = digits[text[0]] * 1000, text[2:]
    if not rest:
        return head
    if rest[0] in "零〇" and rest[0] in digits:
        tail = _tens(rest[1:], digits)
    else:
        tail = _hundreds(rest, digits)
    return None if tail is None else head + tail


def _hundreds(text: str, digits: dict[str, int]) -> int | None:
    if len(text) < 2 or text[1] != "百" or text[0] not in digits or digits[text[0]] == 0:
        return None
    head, rest = digits[text[0]] * 100, text[2:]
    if not rest:
        return head
    if len(rest) == 2 and rest[0] in "零〇" and rest[0] in digits and digits.get(rest[1], 0) > 0:
        return head + digits[rest[1]]
    if len(rest) >= 2 and digits.get(rest[0], 0) > 0 and rest[1] == "十":
        tail = _tens(rest, digits)
        return None if tail is None else head + tail
    return None


def _tens(text: str, digits: dict[str, int]) -> int | None:
    """1 to 99: 五, 十, 十五, 三十, 三十五."""
    if len(text) == 1 and text != "十":
        return digits[text] if digits.get(text, 0) > 0 else None
    before, sep, after = text.partition("十")
    if not sep or len(before) > 1 or len(after) > 1:
        return None
    if before and digits.get(before, 0) == 0 or after and digits.get(after, 0) == 0:
        return None
    return (digits[before] if before else 1) * 10 + (digits[after] if after else 0)


def parse_number(text: str) -> Number | None:
    """Any one number: Arabic (half- or full-width, with separators) or Chinese numerals."""
    return parse_arabic(text) or parse_chinese(text)
