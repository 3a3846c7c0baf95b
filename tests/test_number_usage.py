"""NUM101-NUM109: number usage per GB/T 15835, and the forms it allows."""
from __future__ import annotations

from checker.registry import load_rules

from helpers import fixed, run_rules

USAGE = [r for r in load_rules() if r.id.startswith("NUM1") and len(r.id) == 6]


def ids(text):
    return sorted(d.rule_id for d in run_rules(text, USAGE))


def test_each_form_is_reported():
    assert ids("增长.5个百分点") == ["NUM101"]
    assert ids("预计9～16亿元，占15～30%") == ["NUM102", "NUM102"]
    assert ids("吸引4千人") == ["NUM103"]
    assert ids("二零一二年") == ["NUM104"]
    assert ids("还要3、4个月") == ["NUM105"]
    assert ids("连续10几天") == ["NUM106"]
    assert ids("于星期5开幕") == ["NUM107"]
    assert ids("共３２项") == ["NUM108"]
    assert ids("于2012年十月5日") == ["NUM109"]


def test_allowed_forms_are_quiet():
    assert ids("体重100～150kg，全长5千米，重3千克，面积26千公顷") == []
    assert ids("一、二年级，1、2号线，3、4月，二〇一二年，一百零五年，十几天，每星期3次") == []
    assert ids("2011—2015年，9亿～16亿元，15%～30%，星期五") == []


def test_traditional_copy_is_left_alone():
    assert ids("臺南市今年補助5千元，預計3、4個月完成，這裡還有很多繁體字說明與報導。") == []


def test_fixes():
    assert fixed("占15～30%", USAGE) == "占15%～30%"
    assert fixed("二O一二年", USAGE) == "二〇一二年"
    assert fixed("还要3、4个月", USAGE) == "还要三四个月"
    assert fixed("干了20几天", USAGE) == "干了二十几天"
