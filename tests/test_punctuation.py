"""PUNC: half-width marks per mark or once per article, pairing, and what must stay quiet."""
from __future__ import annotations

from checker.analysis.marks import half_width
from checker.document import Document

from helpers import fixed, rule, run_rules

HALF = [rule("PUNC003"), rule("PUNC004")]


def ids(text, rules):
    return [d.rule_id for d in run_rules(text, rules)]


def test_an_article_typed_half_width_is_reported_once_with_one_fix_for_all():
    text = "今年以来,全县新修道路30公里;改造危房200户(含五保户),群众满意。\n下一步,继续推进:一是规划,二是落实。\n"
    found = run_rules(text, HALF)
    assert [d.rule_id for d in found] == ["PUNC004"]
    assert len(found[0].fix.edits) == 8
    assert fixed(text, HALF) == ("今年以来，全县新修道路30公里；改造危房200户（含五保户），群众满意。\n"
                                 "下一步，继续推进：一是规划，二是落实。\n")


def test_a_slip_in_full_width_copy_is_reported_where_it_is():
    text = "今年以来，全县新修道路30公里，改造危房200户,群众满意度明显提高。"
    found = run_rules(text, HALF)
    assert [(d.rule_id, d.start) for d in found] == [("PUNC003", text.index(","))]


def test_numbers_times_urls_mail_and_latin_keep_their_marks():
    text = ("投资3,450万元，会议14:00开始，比分2:1，PM10浓度下降，5.5G网络开通，"
            "网址https://a.example/x?q=1,2，邮箱a.b@example.com，他说“Hi, there!”。")
    assert half_width(Document("x", text)).marks == ()


def test_a_name_that_begins_with_a_mark_is_neither_stacked_nor_half_width():
    text = "出席活动的有歌手、!hero和乐队成员，气氛热烈。"
    assert ids(text, [rule("PUNC001"), *HALF]) == []
    assert ids("出席活动的有歌手、,乐队成员", [rule("PUNC001")]) == ["PUNC001"]


def test_each_bundled_article_is_judged_on_its_own_marks():
    first = "国内联播快讯\n央视网消息（新闻联播）：\n春耕生产有序推进\n全县新修道路30公里,改造危房200户,群众满意。\n"
    second = "新建道路投入使用\n今年以来，各地稳步推进，成效明显，群众满意度提高。\n"
    found = run_rules(first + second, HALF)
    assert [d.rule_id for d in found] == ["PUNC004"]


def test_pairs_across_a_paragraph():
    pairs = [rule("PUNC005")]
    assert ids("他说：“第一段。\n“第二段。”", pairs) == []
    assert ids("他说：“第一段。\n第二段。", pairs) == ["PUNC005"]
    # the second paragraph closes the quotation without reopening it: one quotation over two
    assert ids("他说：“第一段。\n第二段到此结束。”\n", pairs) == []
    assert ids("他说：“第一段。\n她说：“第二段。”\n", pairs) == ["PUNC005"]
    assert ids("“扶”、“帮”、“保”让群众得实惠", pairs) == []
    found = run_rules("学习“《纲要”》精神", pairs)
    assert len(found) == 1 and "交叉" in found[0].message
    # A quotation turned the wrong way throughout a paragraph is one problem, not one per mark.
    assert len(run_rules("打造”乡村“和“城市”品牌", pairs)) == 1
    # vertical corner quotes pair with the horizontal ones; 「」 are checked in traditional copy
    assert ids("反對﹁台獨」主張", pairs) == []
    assert ids("總統接見「代表團", pairs) == ["PUNC005"]


def test_traditional_copy_keeps_its_own_conventions():
    mainland = [rule(i) for i in ("PUNC003", "PUNC006", "PUNC008", "PUNC009", "PUNC010")]
    text = "臺南市政府今(11)日表示，預計明年完成。\n1、說明--重點。\n《論語》、《孟子》這樣嗎！？\n這裡還有很多繁體字說明與報導。"
    assert ids(text, mainland) == []


def test_connector_dash_and_clause_dash():
    dash = [rule("PUNC006")]
    assert ids("2011—2015年，京津—冀协同", dash) == []
    assert fixed("重点是--减负", dash) == "重点是——减负"


def test_apostrophes_in_names_and_half_width_corner_quotes_pair_up():
    pairs = [rule("PUNC005")]
    assert ids("族人代表孔先生’Avia出席。", pairs) == []
    assert ids("辦理｢河道監測計畫」成果發表。", pairs) == []


def test_traditional_house_parentheses_do_not_make_an_article_half_width():
    text = "市長今(11)日表示，本市(含各區)將於明(12)日起辦理，歡迎市民參加。這裡還有很多繁體字說明與報導。"
    assert ids(text, HALF) == []


def test_the_news_profile_leaves_datelines_and_mixed_script_spacing_alone():
    from checker.registry import load_rules
    mine = [r for r in load_rules() if r.family in ("PUNC", "LAYOUT") or (r.id.startswith("NUM1") and len(r.id) == 6)]
    text = ("全省推进5G基站建设\n新华社北京2025年3月27日电（记者 王明）全省今年新建5G基站1.2万个，"
            "覆盖率达到95%以上，PM2.5浓度同比下降8%。\n")
    assert run_rules(text, mine) == []


def test_quotations_typed_one_way_pair_up_and_are_noted_once_per_article():
    text = "打造”乡村”和”城市”品牌。\n他称之为”暖心工程”。\n"
    assert ids(text, [rule("PUNC005")]) == []
    found = run_rules(text, [rule("PUNC012")])
    assert len(found) == 1 and found[0].start == text.index("”")
    assert fixed(text, [rule("PUNC012")]) == "打造“乡村”和“城市”品牌。\n他称之为“暖心工程”。\n"
    # An odd number, or both marks in the paragraph, is no same-way habit: pairing decides.
    assert ids("打造”乡村”和”城市品牌。", [rule("PUNC012")]) == []
    # In an article that opens its quotations right elsewhere, a turned end is a slip: PUNC005.
    slip = "他说：“要抓好落实。”\n打造“乡村“品牌。\n"
    assert ids(slip, [rule("PUNC012"), rule("PUNC005")]) == ["PUNC005"]
    assert ids("打造”乡村“和“城市”品牌。", [rule("PUNC012"), rule("PUNC005")]) == ["PUNC005"]


def test_a_line_broken_inside_a_quotation_is_one_fault_the_break():
    text = "校园清理完成\n学校在暑假期间持续落实“巡、倒、清、刷\n”，在台风过后清理校园，环境焕然一新。\n"
    both = [rule("PUNC005"), rule("PUNC011"), rule("LAYOUT001")]
    assert ids(text, both) == ["LAYOUT001"]
    # without the break, the same marks are still paired within the paragraph
    assert ids("学校落实“巡、倒、清、刷。\n另起一段。", [rule("PUNC005")]) == ["PUNC005"]


def test_line_bounds_search_for_carriage_returns_within_the_line_only():
    # The bounds of a mark's line, as the plain definition gives them (the nearest \n or \r on
    # each side), on random strings of line breaks and letters.
    import random

    from checker.analysis.marks import _line_bounds
    rng = random.Random(3)
    for _ in range(20_000):
        text = "".join(rng.choice("ab\r\n") for _ in range(rng.randrange(1, 12)))
        index = rng.randrange(len(text))
        ends = [e for e in (text.find("\n", index), text.find("\r", index)) if e != -1]
        expected = (max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1,
                    min(ends) if ends else len(text))
        assert _line_bounds(text, index) == expected, (text, index)
