"""A breakdown opening its sentence (其中，…; 从类型看，…) breaks down the whole of the nearest sentence
before it that holds a figure of its parts' kind, past sentences holding none (a comment on the
whole, a rate of its growth), in the same paragraph or the one before (common.sentence_holding,
parts._whole_sentence). A figure saying how much the whole changed (较上年减少…) is no second
whole beside it.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_qizhong_past_a_comment_on_the_whole():
    assert_pair("今年前三季度，全县农产品网络零售额18.6亿元，同比增长12.4%。电商已成为农民增收的新渠道。\n"
                "其中，生鲜类零售额7.9亿元；加工类零售额10.7亿元。",
                "今年前三季度，全县农产品网络零售额18.6亿元，同比增长12.4%。电商已成为农民增收的新渠道。\n"
                "其中，生鲜类零售额9.7亿元；加工类零售额10.7亿元。",
                "NUM001", "9.7亿元 + 10.7亿元 = 20.4亿元")


def test_a_frame_past_a_sentence_on_the_growth_rate():
    assert_pair("今年1至10月，全区新增经营主体8,460户，同比增长6.2%。增速比一季度提高0.8个百分点。\n"
                "从类型看，新设企业2,315户，个体工商户6,089户，农民专业合作社56户。",
                "今年1至10月，全区新增经营主体8,460户，同比增长6.2%。增速比一季度提高0.8个百分点。\n"
                "从类型看，新设企业2,315户，个体工商户6,809户，农民专业合作社56户。",
                "NUM001", "2,315户 + 6,809户 + 56户 = 9,180户")


def test_how_much_the_whole_changed_is_no_second_whole():
    assert_pair("全年全县生活垃圾清运量共计21万3,600吨，较上年减少4,200吨。\n其中城镇生活垃圾16万2,400吨、农村生活垃圾5万1,200吨。",
                "全年全县生活垃圾清运量共计21万3,600吨，较上年减少4,200吨。\n其中城镇生活垃圾16万2,400吨、农村生活垃圾5万2,100吨。",
                "NUM001", "16万2,400吨 + 5万2,100吨")


def test_no_whole_further_back_than_one_paragraph_break():
    text = ("全县今年完成造林面积3.2万亩。\n这些林地分布在12个乡镇。\n"
            "其中，人工造林2.1万亩，封山育林1.5万亩。")
    assert findings(text) == []


def test_the_sentence_before_counting_the_items_the_breakdown_lists():
    assert_pair("今年全县将有3座水厂建成投产，合计日供水能力9.6万吨。\n其中，城东水厂4.2万吨、城西水厂3.1万吨、南郊水厂2.3万吨。",
                "今年全县将有3座水厂建成投产，合计日供水能力9.6万吨。\n其中，城东水厂4.2万吨、城西水厂3.6万吨、南郊水厂2.3万吨。",
                "NUM001", "4.2万吨 + 3.6万吨 + 2.3万吨")


def test_a_frame_naming_the_whole_two_paragraphs_after_it():
    good = ("今年全县累计收购夏粮6.4万吨，进度快于去年。\n全县共设收购网点24个。\n"
            "从品种看，今年收购的夏粮中，小麦5.2万吨，大麦0.8万吨，其他杂粮0.4万吨。")
    bad = good.replace("大麦0.8万吨", "大麦1.8万吨")
    assert findings(good) == []
    found = findings(bad)
    assert [r for r, _ in found] == ["NUM001"] and "5.2万吨 + 1.8万吨 + 0.4万吨" in found[0][1]
    # (a frame naming nothing of the whole, two paragraphs on: not its whole)
    assert findings(bad.replace("今年收购的夏粮中，", "")) == []
