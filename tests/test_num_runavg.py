"""Running totals and averages (issue 11): measure words the tally is counted in (站, 袋), a stock
reached after additions, totals named otherwise, averages read in any order. Sentences written for
these tests: correct copies verified, broken copies reported, near cases quiet."""
from __future__ import annotations

from num_helpers import assert_running_pair, findings, verified_calcs


# --- 站 and 袋 are measure words: a tally counted in them is added up

def test_stations_of_a_network_are_counted():
    assert_running_pair("县里原有换电站40站，今年又新设15站，目前共有55站。",
                        "县里原有换电站40站，今年又新设15站，目前共有65站。", "40站 + 15站 = 55站")


def test_bags_of_blood_are_counted():
    assert_running_pair("献血车在东门采血120袋、西门95袋，合计215袋。",
                        "献血车在东门采血120袋、西门95袋，合计235袋。", "120袋 + 95袋 = 215袋")


def test_a_total_of_a_deed_the_list_names_not_is_another_thing():
    # the stations and ponds are what was inspected; the records are what the inspection made
    assert findings("片区内有泵站18站、蓄水池7座，总共完成巡检记录960个。") == []
    assert verified_calcs("片区内有泵站18站、蓄水池7座，总共完成巡检记录960个。") == []


def test_items_in_other_measure_words_still_join_a_general_total():
    assert_running_pair("镇上新修灌渠9条、泵站3站，共计12处水利设施。",
                        "镇上新修灌渠9条、泵站3站，共计15处水利设施。", "9条 + 3站 = 12处")
