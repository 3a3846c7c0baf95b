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
    import cn2an  # heavy (~0.15-0.3 s): imported only when a Chinese numeral is met
    for mode in ("strict", "normal"):  # normal mode also reads colloquial forms: 两万, 一万二
        try:
            value = cn2an.cn2an(text, mode)
            break
        except (ValueError, KeyError, IndexError, TypeError):
            continue
    else:
        return None
    value = Decimal(str(value))
    if "点" in text:
        decimals = len(text.split("点", 1)[1])
        precision = Decimal(1).scaleb(-decimals)
    else:
        precision = Decimal(1)  # counted, not rounded: callers decide what a multiplier widens
    return Number(value, precision, True)


def parse_number(text: str) -> Number | None:
    """Any one number: Arabic (half- or full-width, with separators) or Chinese numerals."""
    return parse_arabic(text) or parse_chinese(text)
