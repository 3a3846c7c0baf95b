"""The number reader every rule shares: values, precision and the interval a figure stands for."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from checker.analysis.numerals import ARABIC, CHINESE, parse_digit_sequence, parse_number


@pytest.mark.parametrize("text,value,precision", [
    ("12", "12", "1"),
    ("2.51", "2.51", "0.01"),
    ("1,234.5", "1234.5", "0.1"),
    ("１２．５", "12.5", "0.1"),
    ("一千二百", "1200", "1"),
    ("两万", "20000", "1"),
    ("五十六点七八", "56.78", "0.01"),
    ("三", "3", "1"),
])
def test_parse_number(text, value, precision):
    number = parse_number(text)
    assert number.value == D(value)
    assert number.precision == D(precision)


def test_decimal_stands_for_an_interval_and_integer_is_exact():
    figure = parse_number("2.51")
    assert (figure.low, figure.high, figure.exact) == (D("2.505"), D("2.515"), False)
    count = parse_number("5981")
    assert (count.low, count.high, count.exact) == (D(5981), D(5981), True)


def test_digit_sequences_read_as_years():
    assert parse_digit_sequence("二〇一八") == 2018
    assert parse_digit_sequence("二〇一六") == 2016
    assert parse_number("二〇一六").value == 2016
    assert parse_digit_sequence("十三") is None


@pytest.mark.parametrize("text", ["", "abc", "十三五", "1.2.3", "万一"])
def test_not_a_number(text):
    assert parse_number(text) is None


def test_regex_sources_are_exported():
    import re
    assert re.fullmatch(ARABIC, "1,234.56")
    assert re.fullmatch(CHINESE, "一千二百")


def test_digit_sequence_reads_the_usual_stand_ins_for_ling():
    from checker.analysis.numerals import parse_digit_sequence
    assert parse_digit_sequence("二○一八") == parse_digit_sequence("二Ｏ一八") == parse_digit_sequence("二〇一八") == 2018


@pytest.mark.parametrize("text,value", [
    ("零", "0"), ("十", "10"), ("十五", "15"), ("一十五", "15"), ("一百零五", "105"), ("一百十", "110"),
    ("一千零二十", "1020"), ("三万五千", "35000"), ("一万零三百", "10300"), ("一万三百", "10300"),
    ("一亿二千万", "120000000"), ("一千万亿", "1000000000000000"), ("两千零二十", "2020"),
    ("一万二", "12000"), ("三千五", "3500"), ("三百四", "340"), ("十一万三", "113000"),
    ("一二三", "123"), ("两两", "22"), ("三点一四", "3.14"), ("零点五", "0.5"), ("五点", "5"),
    ("三点五零", "3.5"), ("一亿十万", "100100000"),
])
def test_chinese_numerals_in_written_and_spoken_forms(text, value):
    from checker.analysis.numerals import read_chinese
    assert str(read_chinese(text)) == value


@pytest.mark.parametrize("text", ["百", "万", "点五", "三点一点四", "万一", "十十", "一亿二", "三十二十", "一万万"])
def test_strings_of_numeral_characters_that_are_no_numeral(text):
    from checker.analysis.numerals import read_chinese
    assert read_chinese(text) is None


def test_reading_a_chinese_numeral_imports_no_numeral_package():
    import subprocess
    import sys
    program = ("import sys; from checker.analysis.numerals import parse_chinese; "
               "assert parse_chinese('一千二百').value == 1200; print(sorted(m for m in sys.modules if 'cn2an' in m))")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
