"""Patterns rewritten so that the regex engine can skip to the characters they open with (a leading
lookbehind or a choice of classes made it try every position of the text) find what the plain
forms find: the same spans and groups on random strings of the characters they look at."""
import random
import re

import pytest
from checker.analysis import marks
from checker.checks import encoding, number_usage, punctuation, typo

_CN = "[〇零一二三四五六七八九十]"
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_MEASURES = "|".join(sorted(number_usage._WORDS["approximate-measures"], key=len, reverse=True))

# (the rewritten pattern, its plain form, the pieces random strings are made of)
CASES = {
    "NUM102 range": (number_usage._RANGE,
                     r"(?<![0-9.])(%s)([～~〜])(%s)(万亿|万|亿|%%|％|‰|×10[⁰¹²³⁴⁵⁶⁷⁸⁹]+)" % (_NUMBER, _NUMBER),
                     [*"0129.～~〜万亿%％‰年a", "×10", "⁸", "²"]),
    "NUM104 year zero": (number_usage._YEAR_ZERO,
                         r"(?<![一二三四五六七八九十百千万〇零])[一二三四五六七八九][一二三四五六七八九〇零OoО○◯]{3}(?=年)",
                         [*"一二九十百千万〇零OoО○◯年月a", "一九九", "二〇", "年"]),
    "NUM105 adjacent": (number_usage._ADJACENT,
                        r"(?<![0-9.、])([1-9])、([1-9])(?![0-9.])(?=%s)" % _MEASURES,
                        [*"0123456789.、个天人a", "个月", "小时", "公里", "3、4", "、5"]),
    "NUM109 date": (number_usage._DATE,
                    r"([0-9]{4}|%s{4})年([0-9]{1,2}|%s{1,2})月(?:([0-9]{1,2}|%s{1,3})日)?" % (_CN, _CN, _CN),
                    [*"0129〇零一二十年月日a", "2012", "二〇一二", "年1", "月"]),
    "NUM101 leading point": (number_usage._LEADING_POINT, r"(?<![0-9A-Za-z.．])\.([0-9]+)(?![0-9.])",
                             [*"0159.．aZ的 %"]),
    "ENC002 replacement run": (encoding._REPLACEMENT_RUN,
                               r"(?:\ufffd|锟斤拷|锟斤|斤拷|烫{3,}|屯{3,})(?:[? ]?(?:\ufffd|锟斤拷|锟斤|斤拷|烫{3,}|屯{3,}))*",
                               [*"\ufffd锟斤拷烫屯? 的a", "烫烫烫", "屯屯"]),
    "PUNC002 dot run": (punctuation._DOT_RUN, r"。{3,}|\.{3,}|…(?<!……)(?!…)", [*"。.…的a", "。。", "..", "……"]),
    "PUNC007 repeated marks": (punctuation._REPEATED, r"[？?]{4,}|[！!]{4,}", [*"？?！!。的a", "？？", "!!"]),
    "PUNC double stop": (punctuation._DOUBLE_STOP, r"(?<!。)。。(?!。)", [*"。。。的a"]),
    "marks not prose": (marks._NOT_PROSE,
                        (r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
                         r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
                         r"|www\.[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"),
                        [*"ab09.-_@/:%的，", "http://", "www.", "ftp://", ".cn", "x@y"]),
}


def assert_same_matches(rewritten, plain, pieces, rng, longest):
    """Over 20,000 random strings of up to `longest` pieces, both patterns find the same matches
    with the same groups, and the strings do hold matches (the test compares something)."""
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, longest + 1)))
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in rewritten.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 200


@pytest.mark.parametrize("name", sorted(CASES))
def test_rewritten_pattern_finds_what_its_plain_form_finds(name):
    rewritten, plain, pieces = CASES[name]
    assert_same_matches(rewritten, re.compile(plain), pieces, random.Random(name), longest=15)


def test_jiezhi_lookahead_changes_nothing():
    as_of, _ = typo._jiezhi_patterns(("今年", "目前", "年底"))
    plain = re.compile(as_of.pattern.removeprefix(typo._AS_OF_START), as_of.flags)
    assert plain.pattern != as_of.pattern
    pieces = [*"截止至到，。；\n \u3000的a", "截止", "今年", "5月31日", "为止", "年底"]
    assert_same_matches(as_of, plain, pieces, random.Random(5), longest=11)
