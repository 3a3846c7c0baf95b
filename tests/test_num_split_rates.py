"""Two readings the tuning-3 recall bench found missing: an amount per one thing said with 每
(每公斤补贴8元) broken down by 其中 into the amounts per the same thing that make it up, while a
mean (人均, 平均每座) is never so broken down; and a whole whose verb names the parts' measure word
as its object (累计收案1,530件 … 其中…共620案), which counts what the parts count.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_kinds


def test_an_amount_per_thing_made_of_parts_per_the_same_thing():
    text = "县里对收购的鲜玉米每吨补贴240元，其中烘干费150元、运输费90元。"
    assert findings(text) == []
    assert "parts" in verified_kinds(text)
    bad = findings("县里对收购的鲜玉米每吨补贴240元，其中烘干费150元、运输费290元。")
    assert [f[0] for f in bad] == ["NUM001"]


def test_a_mean_is_no_sum_of_the_means_of_its_groups():
    assert findings("全区居民人均消费支出3.1万元，其中城区居民3.8万元，郊区居民2.2万元。") == []
    assert findings("若以9座公园平均计算，每座年接待游客约41万人次；其中滨江公园最多，达76万人次。") == []


def test_a_whole_whose_verb_names_the_parts_measure_word():
    assert_pair("今年以来市调解中心累计收案1,530件，其中邻里纠纷620案、物业纠纷480案、婚姻家庭纠纷430案。",
                "今年以来市调解中心累计收案1,530件，其中邻里纠纷620案、物业纠纷580案、婚姻家庭纠纷430案。",
                "NUM001", "620案 + 580案 + 430案", verified="parts")
