"""A stock, what was added and the stock reached named by 总 + its noun (年底总里程为…), figures in
Chinese numerals, batches before 加上, and 增至 as the level reached. Every sentence is the test's own."""
from __future__ import annotations

from num_helpers import assert_running_pair, findings


def test_the_stock_reached_named_by_its_total_noun():
    assert_running_pair("截至9月底，全市城市绿道里程达到1260公里；四季度又有两条绿道建成，新增里程85公里，年底总里程为1345公里。",
                        "截至9月底，全市城市绿道里程达到1260公里；四季度又有两条绿道建成，新增里程85公里，年底总里程为1445公里。",
                        "1260公里 + 85公里 = 1345公里")


def test_a_stock_in_chinese_numerals():
    assert_running_pair("这个镇已累计建成高标准农田三万亩，今年又新建一万二千亩，总面积达到四万二千亩。",
                        "这个镇已累计建成高标准农田三万亩，今年又新建一万二千亩，总面积达到五万二千亩。",
                        "三万亩 + 一万二千亩 = 4.2万亩")


def test_batches_before_an_addition_are_added_on():
    assert_running_pair("首批命名示范村26个，第二批命名31个，加上今年新命名的18个，全县省级美丽乡村示范村增至75个。",
                        "首批命名示范村26个，第二批命名31个，加上今年新命名的18个，全县省级美丽乡村示范村增至85个。",
                        "26个 + 31个 + 18个 = 75个")


def test_a_target_reached_later_is_no_total_of_the_stock():
    assert findings("截至9月底，全市城市绿道里程达到1260公里；四季度计划新增里程85公里，到2027年总里程力争达到1600公里。") == []
