"""How much a piece of text looks like real Chinese: a character-frequency score.

The mojibake checks decide by evidence: a span is damage when decoding it the other way gives
text that scores much higher than the span itself. The score of a character is a log-probability
from a Zipf-like model over the most frequent Han characters of both scripts
(`rules/data/common_hanzi.txt`): frequent characters score about -4, the 3000th about -8, a rare
but real Han character -12, and characters that do not belong in Chinese prose (accented Latin
letters, kana, Cyrillic, box drawing, private use, U+FFFD, control characters) far lower.
ASCII is neutral: it is the same in every encoding and carries no evidence.
"""
from __future__ import annotations

import functools
import math

from ..resources import common_hanzi

RARE_HAN = -12.0          # a Han character outside the top 3000 of either script
FOREIGN = -14.0           # a letter or symbol that Chinese prose rarely holds
BROKEN = -20.0            # replacement, private-use, control and lone-surrogate characters

# Punctuation and forms that Chinese copy uses all the time; they score like frequent characters.
CJK_PUNCTUATION = "，。、；：？！“”‘’（）《》【】—…·　「」『』〈〉～％"


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff" \
        or "\U00020000" <= ch <= "\U0003134f"


def is_broken(ch: str) -> bool:
    return (ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff" or "\udc80" <= ch <= "\udcff"
            or ch < " " and ch not in "\t\n\r" or "\x7f" <= ch <= "\x9f")


@functools.cache
def _table() -> dict[str, float]:
    table: dict[str, float] = {}
    for chars in common_hanzi().values():
        for rank, ch in enumerate(chars, 1):
            score = -math.log(rank + 50)
            if score > table.get(ch, -1e9):
                table[ch] = score
    for ch in CJK_PUNCTUATION:
        table[ch] = -4.5
    return table


def char_score(ch: str) -> float:
    """Log-probability-like score of one non-ASCII character."""
    score = _table().get(ch)
    if score is not None:
        return score
    if is_han(ch):
        return RARE_HAN
    if is_broken(ch):
        return BROKEN
    if "\u3000" <= ch <= "\u303f" or "\u2010" <= ch <= "\u2027" or "\uff01" <= ch <= "\uff0f" \
            or "\uff1a" <= ch <= "\uff20":
        return -7.0       # CJK, general and full-width punctuation
    if "\uff01" <= ch <= "\uff5e":
        return -9.0       # full-width letters and digits
    return FOREIGN


def score(text: str) -> tuple[float, int]:
    """(sum of character scores, number of scored characters); ASCII is not scored."""
    total, count = 0.0, 0
    for ch in text:
        if ch >= "\x80":
            total += char_score(ch)
            count += 1
    return total, count


def fits_chinese_text(ch: str) -> bool:
    """Could this character stand in decoded Chinese copy (the result of a repair)?"""
    if ch < "\x80":
        return ch >= " " or ch in "\t"
    return (is_han(ch) or ch in CJK_PUNCTUATION or "\u3000" <= ch <= "\u303f"
            or "\uff01" <= ch <= "\uff5e" or "\u2010" <= ch <= "\u2027" or ch in "·×÷°±§※"
            or "\u2100" <= ch <= "\u218f"      # ℃, №, Roman numerals
            or "\u2460" <= ch <= "\u24ff"      # circled numbers
            or "\u25a0" <= ch <= "\u25ff" or ch in "★☆"
            or "\u3200" <= ch <= "\u33ff")     # enclosed CJK, square units
