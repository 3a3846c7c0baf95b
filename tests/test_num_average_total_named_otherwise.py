"""An average's total named otherwise than by a total word beside what the average names
(checker/analysis/relations/average.py): a sum handed out, its deed said after its figure; a count
of things done, the average naming only the doing; a total stated in the sentence before the
count and the average; funds named by what the average's standard pays.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_a_sum_handed_out_its_deed_after_the_figure():
    assert_pair("年底，合作社拿出26.4万元进行分红，全体220户社员每户分得1200元。",
                "年底，合作社拿出24.6万元进行分红，全体220户社员每户分得1200元。",
                "NUM004", "220户 × 每户1200元 = 26.4万元", verified="average")


def test_an_average_naming_only_the_doing_of_a_count():
    assert_pair("今年志愿者共服务社区老人3600人，累计上门送药7.2万次，平均每位老人接受20次。",
                "今年志愿者共服务社区老人3600人，累计上门送药8.2万次，平均每位老人接受20次。",
                "NUM004", "3600人 × 每位20次 = 7.2万次", verified="average")


def test_an_average_of_money_naming_a_verb_still_needs_its_measure_named():
    # (增收 names a measure of its own, income; the subsidy is another)
    assert findings("全县今年共发放产业补贴120万元，惠及300户，平均每户增收5000元。") == []


def test_the_total_in_the_sentence_before():
    assert_pair("今年文化馆共举办公益讲座252场。讲座走进全区18个街道，平均每个街道14场。",
                "今年文化馆共举办公益讲座270场。讲座走进全区18个街道，平均每个街道14场。",
                "NUM004", "18个 × 每个14场 = 252场", verified="average")


def test_a_total_of_another_scope_before_is_none():
    assert findings("今年全省共举办公益讲座2520场。我区讲座走进18个街道，平均每个街道14场。") == []


def test_funds_named_by_what_the_standard_pays():
    assert_pair("全县参加养老保险的高龄老人1.5万人，补贴标准为每人每年1200元，全年安排补贴资金1800万元。",
                "全县参加养老保险的高龄老人1.5万人，补贴标准为每人每年1200元，全年安排补贴资金2100万元。",
                "NUM004", "1.5万人 × 每人每年1200元 = 1800万元", verified="average")


def test_an_amount_per_person_time_set_as_a_standard():
    # (每人次 is per person-time: the count is of person-times; the standard names nothing, and the
    # sum handed out after it totals it)
    assert_pair("今年全县共开展家政技能培训6,000人次，按照每人次800元的标准，累计发放培训补贴480万元。",
                "今年全县共开展家政技能培训6,000人次，按照每人次900元的标准，累计发放培训补贴480万元。",
                "NUM004", "6,000人次 × 每人次900元 = 540万元", verified="average")
    assert_pair("今年全县共开展家政技能培训6,000人次。按照每人次800元的标准，全县累计发放培训补贴480万元。",
                "今年全县共开展家政技能培训6,000人次。按照每人次800元的标准，全县累计发放培训补贴580万元。",
                "NUM004", "6,000人次 × 每人次800元 = 480万元", verified="average")


def test_an_average_of_the_whole_crop_is_not_of_one_kind_picked_out():
    # (其中 picks 玉米 out of the 秋粮; 秋粮平均亩产 averages the whole crop: 480亿斤 ÷ 7500万亩)
    text = ("今年全省秋粮播种面积7500万亩，总产量480亿斤。其中，玉米播种面积3000万亩，产量230亿斤。\n"
            "全省秋粮平均亩产640斤。")
    assert findings(text) == []
