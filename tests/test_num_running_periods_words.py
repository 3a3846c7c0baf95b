"""Running totals: one addition in either of its words (新增…，共增加…: running._ADDITIONS); a span
(这3年来) stays a span. All sentences are invented for these tests."""
from __future__ import annotations

from num_helpers import assert_running_pair, findings


def test_items_newly_added_under_a_total_of_increase():
    assert_running_pair("本市去年新增社區照顧據點 6 處、今年新增 9 處，兩年共增加 15 處。",
                        "本市去年新增社區照顧據點 6 處、今年新增 9 處，兩年共增加 18 處。",
                        "6 處 + 9 處 = 15處")


def test_a_span_longer_than_the_years_listed_is_no_sum_of_them():
    # three years, two of them listed: the span holds more than the list
    assert findings("本市2023年新建口袋公园7处、2024年新建9处，这3年来共新建22处。") == []
    # items of no period of their own under a span
    assert findings("本市新建口袋公园7处、改建9处，这3年来共新建30处。") == []


def test_a_price_risen_with_the_plain_verb_and_its_amount():
    from num_helpers import assert_pair
    # 由 starts the change at its first figure: the amount after it is no new level
    assert_pair("猪肉价格由每斤14元涨到17元，上涨3元。", "猪肉价格由每斤14元涨到17元，上涨5元。",
                "NUM007", "17元 − 14元 = 3元", verified="change-amount")
    [(rule, _)] = findings("猪肉价格由每斤14元涨到12元。")
    assert rule == "NUM006"


def test_a_total_of_another_deed_after_what_each_did():
    # those of the list who did something else: a subset, no sum
    assert findings("两家卫生院当天分别接诊420人、380人，共有65人转诊至县医院。") == []
    assert findings("東區、北區分別有 356 戶、298 戶提出申請，共核定補助 510 戶。") == []
    assert findings("两个街道分别排查出隐患64处、58处，共有9处被列为重大隐患。") == []
    # the list's own deed again is its sum
    [(rule, message)] = findings("两家卫生院当天分别接诊420人、380人，共接诊760人。")
    assert rule == "NUM003" and "420人 + 380人 = 800人" in message


def test_a_subject_counting_the_days_sums_them_whatever_the_total_names():
    assert_running_pair("庙会首日客流量1.8万人次，次日3.2万人次，第三天2.9万人次，三天累计接待游客7.9万人次。",
                        "庙会首日客流量1.8万人次，次日3.2万人次，第三天2.9万人次，三天累计接待游客8.6万人次。",
                        "1.8万人次 + 3.2万人次 + 2.9万人次 = 7.9万人次")


def test_a_target_is_no_item_of_the_list_after_it():
    assert_running_pair("市府以興建社會住宅 1萬2,000 戶為目標，目前已完工 4,100 戶，興建中 5,500 戶，合計 9,600 戶。",
                        "市府以興建社會住宅 1萬2,000 戶為目標，目前已完工 4,100 戶，興建中 5,500 戶，合計 10,600 戶。",
                        "4,100 戶 + 5,500 戶 = 9,600戶")
