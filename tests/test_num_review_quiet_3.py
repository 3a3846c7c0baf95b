"""What the review of this stop's readings (2026-12-07, second session) found accused in correct
copy, each with the concept that silences it. Every sentence is the test's own."""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_what_the_whole_before_brought_about_is_no_part_of_it():
    assert findings("全县今年发放农机购置补贴2.4亿元。这些补贴中，已兑付2.1亿元，带动农户投资6.8亿元。") == []


def test_a_list_of_what_the_whole_contains_is_no_breakdown():
    assert findings("全区今年建成社区食堂40个，涵盖助餐点40个、配送站26个及其他服务点95个。") == []


def test_a_part_besides_the_list_leaves_it_short():
    assert findings("今年全县计划投入260亿元，涵盖产业项目120亿元、民生项目70亿元及其他项目40亿元，另有30亿元作为预备资金。") == []


def test_made_of_that_describes_a_noun():
    assert findings("本次灯会共吸引游客4.2万人次，由320名志愿者与60名民警组成的服务队全程值守。") == []


def test_a_total_of_the_months_naming_another_deed():
    assert findings("书屋开放后，第一个月借出图书900册，第二个月借出1,100册，第三个月借出1,300册，三个月累计归还图书2,600册。") == []


def test_months_of_loss_and_gain_are_no_one_deed():
    assert findings("这家工厂复产后第一个月亏损30万元，第二个月亏损12万元，第三个月盈利20万元，三个月累计亏损22万元。") == []


def test_months_of_one_deed_still_add_up():
    assert_pair("书屋开放后，第一个月借出图书900册，第二个月借出1,100册，第三个月借出1,300册，三个月累计借出3,300册。",
                "书屋开放后，第一个月借出图书900册，第二个月借出1,100册，第三个月借出1,300册，三个月累计借出3,800册。",
                "NUM003", "900册 + 1,100册 + 1,300册", verified="running-total")


def test_a_total_with_others_added_is_no_product_of_the_average():
    assert findings("全县共有村医320名，平均每名村医服务居民850人，加上乡镇卫生院的医生，全县签约服务居民共计41万人。") == []


def test_an_average_per_a_second_thing_is_not_multiplied_by_one_count():
    assert findings("农场新建温室30座，每座温室每茬可产番茄2万斤，一年种植两茬，全年总产量达到120万斤。") == []


def test_the_count_of_a_part_is_not_the_averages_count():
    assert_pair("今年共有志愿者240人参与，其中新加入者90人，平均每位志愿者服务30小时，合计服务7,200小时。",
                "今年共有志愿者240人参与，其中新加入者90人，平均每位志愿者服务30小时，合计服务9,200小时。",
                "NUM004", "240人 × 每位30小时", verified="average")


def test_a_total_of_a_count_in_its_own_clause():
    assert findings("今年共有1,500名青年参加志愿服务，平均每人服务40小时，其中大学生志愿者的800人合计服务3.6万小时。") == []
