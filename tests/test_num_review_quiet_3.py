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


# the eighth review: doublings, a span before a change's amount, pointers, 相当于, periods

def test_doublings_of_another_figure_than_the_change():
    assert findings("五年来全县风电装机容量翻了两番，从业人员由600人增至900人。") == []
    assert findings("全县茶叶产值比2016年翻了两番，从去年的30亿元增至今年的34亿元。") == []
    assert findings("全县电商销售额五年间翻了一番，网店数量增长更快，从原来的900家增至2400家。") == []


def test_a_doubling_that_is_a_goal():
    assert findings("全市农产品加工产值由去年的50亿元增至今年的58亿元，五年翻一番的目标有望提前实现。") == []


def test_one_and_a_half_doublings():
    assert findings("全县电商交易额从2019年的6亿元增至2025年的17亿元，六年翻了一番半。") == []


def test_a_kind_inside_the_change_or_a_gross_flow_is_no_amount_of_it():
    assert findings("全市汽车保有量由去年底的90万辆增至今年底的115万辆，一年增加了8万辆新能源汽车。") == []
    assert findings("全市机动车保有量由90万辆增至115万辆，一年共增加31万辆，报废注销6万辆。") == []


def test_year_on_year_after_a_change_between_months():
    assert findings("6月份全市家电销量由5月的2.4万台增至3万台，同期增长18%。") == []


def test_a_pointer_naming_a_figure_other_than_the_first():
    assert findings("全区今年下达农村公路养护资金3.6亿元，已拨付3.1亿元。上述拨付资金，县道养护1.7亿元，其余1.4亿元用于乡村道路。") == []


def test_a_pointer_to_what_was_done_after_is_no_pointer():
    assert findings("全市今年新开通公交线路15条。上述线路开通后，同步优化调整原有线路32条。") == []


def test_a_share_of_a_whole_the_sentence_names_but_does_not_give():
    assert findings("全市今年新增发明专利授权9200件，其中企业6100件，相当于全市有效发明专利总数的6%。") == []


def test_a_peak_day_is_no_months_flow():
    assert findings("社区食堂开张后第一个月供餐1.1万份，第二个月1.4万份，第三个月单日最高供餐700份，三个月累计供餐4.1万份。") == []


def test_a_total_of_the_months_naming_some_of_them():
    assert findings("新馆开放后，第一个月接待读者1.8万人次，第二个月2.2万人次，第三个月2.4万人次，三个月累计接待外地读者1.5万人次。") == []


# the twelfth review: what was left of the readings, attacked again

def test_stages_of_one_process_nest():
    # (the 19 in production are among the 31 started: num_words process-stages)
    assert findings("全区去年签约项目40个。这些项目中，已开工31个，已投产19个，其余9个正在办理前期手续。") == []


def test_events_held_both_ways_at_once():
    assert findings("全县今年举办农技培训120场。上述培训，线下举办的80场，线上举办的60场，其中20场为线上线下同步举办。") == []


def test_a_bundle_priced_below_its_items():
    assert findings("园区通票售价200元，包含主园门票120元、缆车票60元及其他项目门票50元，比单独购票节省30元。") == []


def test_months_of_one_site_under_a_total_of_the_whole_place():
    assert findings("新回收点启用后，第一个月回收废纸2.1吨，第二个月2.6吨，第三个月3吨；全区三个月累计回收废纸19吨。") == []


def test_a_capacity_against_what_was_done():
    assert findings("全村建成温室大棚80座，每座年可产蔬菜1.5万斤，实际全年总产量100万斤，略低于预期。") == []
