"""A list of counts each before its own noun, summed by a bare total word heading the next clause
(checker/analysis/relations/running.py, _one_list_summed): 30家小吃店…、34家餐厅…，共计64家餐厅 adds
up both kinds when the total's noun is one item's. Quiet where the total counts another thing
(22个大项、564个小项，共44个国家), where the sentence counted in that measure word before the list (the
total may include those), or after 共有 (a count of its own).

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_running_pair, findings, relations


def test_count_first_items_under_a_bare_total():
    assert_running_pair("今年共有30家小吃店获得推介、34家餐厅入选名单，共计64家餐厅上榜。",
                        "今年共有30家小吃店获得推介、34家餐厅入选名单，共计66家餐厅上榜。",
                        "30家 + 34家 = 64家")
    # 共有 heads the list even when the first item's noun runs ten characters before the 、
    assert_running_pair("指南中共有30家小吃店获得米其林推介、34家餐厅入选名单，共计64家餐厅上榜。",
                        "指南中共有30家小吃店获得米其林推介、34家餐厅入选名单，共计74家餐厅上榜。",
                        "30家 + 34家 = 64家")


@pytest.mark.parametrize("text", [
    "本届运动会共设22个大项、564个小项，共44个国家和地区参赛。",
    "本届运动会共设22个大项、564个小项，共有44个国家和地区的选手参赛。",
    "台南共2家店家入选，繼2月共3家新入选、去年31家老字号及28家新店入选，共64家店家上榜。",
    "今年共有31家老字号入选、28家新店入选，共69家美食店家获得推荐。",
])
def test_totals_of_other_things_or_of_more_stay_quiet(text):
    assert findings(text) == []
    assert not [r for r in relations(text, "running-total") if not r.ok]
