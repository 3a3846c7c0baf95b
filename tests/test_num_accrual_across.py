"""A stock, what was added to it and the stock after, each in a sentence of its own
(checker/analysis/relations/accrual.py): the stock reached may open its sentence, its changes
ending the sentence before; and the changes must fill the time between the two stocks
(relations/periods.py).

All sentences are invented for these tests.
"""
from __future__ import annotations

from checker.analysis.relations.periods import changes_fill_the_time, end_named, span_named

from num_helpers import assert_pair, findings


def test_stock_reached_in_a_sentence_after_its_change():
    assert_pair("截至去年底，全市已建成口袋公园420个。今年又新建口袋公园65个。目前，全市口袋公园累计达到485个。",
                "截至去年底，全市已建成口袋公园420个。今年又新建口袋公园65个。目前，全市口袋公园累计达到505个。",
                "NUM003", "420个 + 65个 = 485个", verified="running-total")


def test_earlier_stock_and_change_in_one_sentence_the_stock_in_the_next():
    assert_pair("截至上年末，全区共有托育机构96家，今年新增托育机构18家。\n目前，全区托育机构累计达到114家。",
                "截至上年末，全区共有托育机构96家，今年新增托育机构18家。\n目前，全区托育机构累计达到124家。",
                "NUM003", "96家 + 18家 = 114家", verified="running-total")


def test_a_year_end_named_by_its_number_is_an_earlier_stock():
    assert_pair("2024年底，全县登记家庭农场为1,380家。今年上半年新增家庭农场126家，截至6月底累计达到1,506家。",
                "2024年底，全县登记家庭农场为1,380家。今年上半年新增家庭农场126家，截至6月底累计达到1,560家。",
                "NUM003", "1,380家 + 126家 = 1,506家", verified="running-total")


def test_the_change_named_after_its_verb_and_noun():
    # (又 + the verb + what it adds, up to the figure: 又新建社区养老服务站点)
    assert_pair("截至去年底，全县已建成社区养老服务站点210个，今年又新建社区养老服务站点34个，累计达到244个。",
                "截至去年底，全县已建成社区养老服务站点210个，今年又新建社区养老服务站点34个，累计达到254个。",
                "NUM003", "210个 + 34个 = 244个", verified="running-total")


def test_a_quarter_left_unsaid_between_the_stocks():
    # the end of March, the second quarter's additions, the end of September: the third quarter's unsaid
    assert findings("截至3月底，全市注册志愿者已有12万人，二季度又新增8000人，截至9月底总数达到13.6万人。") == []
    assert findings("截至去年底，全区已建成快递驿站320个。今年第一季度又新建快递驿站40个。截至6月底，全区快递驿站累计达到400个。") == []


def test_a_year_left_unsaid_between_the_stocks():
    assert findings("截至2021年底，全县已建成村级便民服务站86个，2023年又新建12个，目前累计达到120个。") == []
    assert findings("截至112年底，全市已設置公共自行車站210處，113年再新設24處，今年總數達到260處。") == []


def test_a_change_of_the_next_year_fills_the_time():
    assert_pair("截至2023年底，全县已建成村级便民服务站86个，2024年又新建12个，年底累计达到98个。",
                "截至2023年底，全县已建成村级便民服务站86个，2024年又新建12个，年底累计达到108个。",
                "NUM003", "86个 + 12个 = 98个", verified="running-total")


def test_a_plan_for_a_later_year_is_no_stock_reached():
    assert findings("截至去年底，全市已改造老旧小区260个，今年再改造80个，预计明年累计达到420个。") == []


def test_new_as_an_adjective_is_no_change():
    # (新能源 is a word of its own: 新能源装机合计 sums the list, it adds nothing to a stock)
    assert findings("截至9月底，全省风电装机1200万千瓦、光伏装机2100万千瓦，新能源装机合计3300万千瓦，"
                    "占全省电力总装机8000万千瓦的41.3%。") == []


def test_a_stock_after_an_addition_is_no_part_of_it():
    assert findings("今年全县新增节水灌溉面积8.6万亩。当中，全县节水灌溉累计面积达到96万亩。") == []


def test_periods_named():
    assert span_named("今年第三季度又新增") == (7, 9)
    assert span_named("1至9月，又新建") == (1, 9)
    assert span_named("前5个月新增") == (1, 5)
    assert span_named("十一月份再新增") == (11, 11)
    assert span_named("今年再新增") is None
    assert end_named("截至一季度末，全市") == 3
    assert end_named("截至上年末，全区") == 12
    assert end_named("截至8月底累计") == 8
    assert end_named("目前累计") is None
    assert changes_fill_the_time("截至6月底，", ["三季度新增"], "截至9月底总数")
    assert not changes_fill_the_time("截至6月底，", ["三季度新增"], "年底总数")
    assert not changes_fill_the_time("截至2022年底，", ["2024年新增"], "年底总数")


def test_things_bought_given_and_weeded_out_of_a_stock():
    assert_pair("区档案馆年初馆藏档案52.6万件，今年购入档案3.2万件，接受社会捐赠0.8万件，剔除销毁过期档案1.1万件，目前馆藏总数达到55.5万件。",
                "区档案馆年初馆藏档案52.6万件，今年购入档案3.2万件，接受社会捐赠0.8万件，剔除销毁过期档案1.1万件，目前馆藏总数达到57.5万件。",
                "NUM003", "52.6万件 + 3.2万件 + 0.8万件 − 1.1万件 = 55.5万件", verified="running-total")


def test_animals_claimed_or_leaving_a_shelter():
    assert_pair("今年初救助站在养流浪犬猫共268只，上半年新收容犬猫530只，经领养、认领离站的共541只，目前在养257只。",
                "今年初救助站在养流浪犬猫共268只，上半年新收容犬猫530只，经领养、认领离站的共541只，目前在养275只。",
                "NUM003", "268只 + 530只 − 541只 = 257只", verified="running-total")


def test_new_inside_a_word_is_no_addition():
    # (更新 replaces: the fleet is as large as before)
    assert findings("该县去年底有公交车420辆，今年更新车辆90辆，目前仍有公交车420辆。") == []


def test_a_class_of_the_things_reached_is_a_part_of_the_stock():
    assert findings("去年底全县托育机构共有托位2,400个，今年新增托位500个，普惠型托位数量达到1,600个。") == []


def test_a_cause_is_no_earlier_stock_and_staff_lost_are_taken():
    # (原因 is no 原 + a verb of holding; 减员 takes from the stock)
    assert_pair("截至去年底，全县共有乡村医生420名。今年新招录乡村医生36名，同时因退休等原因减员22名，目前在岗乡村医生达到434名。",
                "截至去年底，全县共有乡村医生420名。今年新招录乡村医生36名，同时因退休等原因减员22名，目前在岗乡村医生达到454名。",
                "NUM003", "420名 + 36名 − 22名 = 434名", verified="running-total")


def test_how_a_change_came_about_adds_nothing_unsaid():
    # (陆续 says how this year's additions came; 去年持续… names another year's, unsaid)
    assert_pair("全市公共充电桩年初为6,200个。今年陆续建成社区充电站，新增充电桩1,150个，截至年底总数为7,350个。",
                "全市公共充电桩年初为6,200个。今年陆续建成社区充电站，新增充电桩1,150个，截至年底总数为7,650个。",
                "NUM003", "6,200个 + 1,150个 = 7,350个", verified="running-total")
    assert findings("截至2022年底，全市已建成口袋公园56个，去年持续推进，今年再建成20个，总数达到88个。") == []


def test_a_total_reached_opening_its_sentence_after_the_changes():
    assert_pair("去年底全县登记在册的家庭农场共1,860家。今年新认定家庭农场240家，注销经营异常的35家。截至11月底，全县家庭农场总数为2,065家。",
                "去年底全县登记在册的家庭农场共1,860家。今年新认定家庭农场240家，注销经营异常的35家。截至11月底，全县家庭农场总数为2,165家。",
                "NUM003", "1,860家 + 240家 − 35家 = 2,065家", verified="running-total")


def test_more_added_with_its_figure_unsaid():
    assert findings("截至去年底，全市共有公共自行车站点640个，今年新建站点120个，加上企业自建的站点，总数达到900个。") == []
    # (新…的: those who joined are named as a group of another whole)
    assert findings("年初该镇有种粮大户260户，今年新加入农机合作社的有45户，现在合作社有社员180户。") == []


def test_a_stock_after_purchases_and_releases_in_the_next_sentence():
    # (年初 chooses its sentence and the next: the purchases, the releases and the year-end stock)
    assert_pair("今年初县粮食储备库存量为3.8万吨。全年收购粮食2.6万吨，调拨出库1.9万吨，至年底库存量为4.5万吨。",
                "今年初县粮食储备库存量为3.8万吨。全年收购粮食2.6万吨，调拨出库1.9万吨，至年底库存量为4.8万吨。",
                "NUM003", "3.8万吨 + 2.6万吨 − 1.9万吨 = 4.5万吨", verified="running-total")
