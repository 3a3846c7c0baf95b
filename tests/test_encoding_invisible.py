"""ENC010-ENC016: invisible and stray characters, each with its fix (or its reason for none)."""
from __future__ import annotations

import pytest

from helpers import fixed, rule, run_rules

INVISIBLE = [rule(i) for i in ("ENC010", "ENC011", "ENC012", "ENC013", "ENC014", "ENC015", "ENC016")]


@pytest.mark.parametrize("text,rule_id,after", [
    ("谢谢。\x1a", "ENC010", "谢谢。"),
    ("今天\x07开会", "ENC010", "今天开会"),
    ("今天\u200b开会", "ENC011", "今天开会"),
    ("公里\u200c，东起", "ENC016", "公里，东起"),
    ("好\u200d消息", "ENC011", "好消息"),          # a joiner after a Han character joins nothing
    ("💁\u200b市府", "ENC016", "💁市府"),          # after an emoji only a joiner extends it
    ("第一篇。\ufeff第二篇。", "ENC013", "第一篇。第二篇。"),
    ("市场&nbsp;&nbsp;繁荣", "ENC014", "市场  繁荣"),
    ("他说&#8220;好&#x201D;", "ENC014", "他说“好”"),
    ("&amp;quot;发展&amp;quot;", "ENC014", "\"发展\""),
    ("1 &lt; 2", "ENC014", "1 < 2"),
    ("全面  完成", "ENC015", "全面 完成"),
    ("标题\u3000\u3000副标题", "ENC015", "标题\u3000副标题"),
])
def test_each_kind_is_found_and_fixed(text, rule_id, after):
    found = run_rules(text, INVISIBLE)
    assert found and {d.rule_id for d in found} == {rule_id}
    assert fixed(text, [rule(rule_id)]) == after


def test_fixing_everything_settles():
    text = "市场&nbsp;&nbsp;繁荣\u200b，谢谢。\x1a"
    assert fixed(text, INVISIBLE) == "市场 繁荣，谢谢。"


def test_c1_controls_and_private_use_get_no_safe_fix():
    (c1,) = run_rules("學者馬耀\x9e基朗", INVISIBLE)
    assert c1.fix.applicability.value == "unsafe"
    (pua,) = run_rules("王建\ue0fd發表", INVISIBLE)
    assert pua.rule_id == "ENC012" and pua.fix is None


@pytest.mark.parametrize("text", [
    "一家人👨\u200d👩\u200d👧出游。", "💁\u200d市府今晨成立应变中心。", "⚠\ufe0f\u200d请勿靠近。",
    "波斯语 می\u200cخواهم。", "AT&T与R&D部门", "a&b",
    "詳見 https://www.tainan.gov.tw/News.aspx?n=26840&sms=9749&s=79 查詢。",
    "网址 http://x.cn/?a=1&lt=2 有效", "\u3000\u3000首行缩进。", "行尾空格  \n下一行", "一个 空格",
    "第一列\t第二列\r\n第二行\n",
])
def test_legitimate_text_is_quiet(text):
    assert run_rules(text, INVISIBLE) == []


def test_controls_inside_mojibake_are_left_to_the_mojibake_rules():
    latin1 = "今天" + "全面完成".encode("utf-8").decode("latin-1") + "。"   # holds C1 controls
    assert "\x9d" in latin1
    found = run_rules(latin1, INVISIBLE + [rule("ENC006")])
    assert [d.rule_id for d in found] == ["ENC006"]
    assert fixed(latin1, INVISIBLE + [rule("ENC006")]) == "今天全面完成。"


def test_damage_from_one_source_is_one_finding_naming_its_places():
    # a custom-font name character recurring through the story: one question for the editor
    text = "記者會由王\ue0fd主持。\n王\ue0fd表示，\ue0fd字無法顯示。\n另有\ue123一字。"
    found = run_rules(text, INVISIBLE)
    assert [d.rule_id for d in found] == ["ENC012", "ENC012"]
    first, other = found
    assert first.start == text.index("\ue0fd") and "3处" in first.message and "第1、2行" in first.message
    assert "U+E123" in other.message and "处" not in other.message.split("：")[0]
    # zero-width characters scattered over paragraphs: one finding whose fix deletes them all
    text = "今天\u200b开会。\n明\u200c天放\u200b假。"
    (zw,) = run_rules(text, INVISIBLE)
    assert zw.rule_id == "ENC011" and "3处" in zw.message and "U+200B U+200C" in zw.message
    assert fixed(text, [rule("ENC011")]) == "今天开会。\n明天放假。"


def test_zero_width_characters_that_split_no_word_are_a_cleanup():
    # at a line's start, alone on a line, beside a mark: ENC016 (info); inside a word: ENC011
    text = "\u200b今天开会。\n\u200b\n明天放假\u200c，后天上\u200b班。"
    found = {d.rule_id: d for d in run_rules(text, INVISIBLE)}
    assert set(found) == {"ENC011", "ENC016"}
    assert "3处" in found["ENC016"].message and "第1、2、3行" in found["ENC016"].message
    assert found["ENC011"].start == text.index("上") + 1
    assert found["ENC016"].severity < found["ENC011"].severity
    assert fixed(text, [rule("ENC011"), rule("ENC016")]) == "今天开会。\n\n明天放假，后天上班。"
