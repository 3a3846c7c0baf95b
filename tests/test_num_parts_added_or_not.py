"""Which items of a breakdown are added up and which are checked one by one against their whole:
periods in a 、 list (kinds.periods_of_one_scale: what one period counts the next may count again),
designations and properties some of the whole may hold several of (kinds.designations,
kinds.properties), a kind narrowed by an attribute (kinds.nested), items the copy says overlap
(num_words.txt overlap-words), places after a total with no 其中 (a tourist, a bus route or a
species may be counted in several districts); also who pays a total in clauses of their own after
由 (cues.SOURCES) and a figure in 億 then 萬 set off by a space (quantities.py). All sentences are
invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


def test_places_after_a_total_are_not_added():
    # what one place counts another may count again (a visitor, a route, a species)
    assert findings("国庆假期全市共接待游客300万人次，东湖区接待170万人次，西山区接待150万人次。") == []
    assert findings("全市公交线路共有280条，途经东湖区170条，途经西山区140条。") == []
    # the first of a run of districts is one of them, not their whole
    assert findings("今天新增确诊病例30例，其分布为永安区12例，东湖区9例，西山区6例，南湖区3例。") == []


def test_a_mid_clause_total_then_other_measures_stays_quiet():
    assert findings("全县共有中小学86所，在校生4.2万人，专任教师3100人。") == []
    assert findings("今年全市共接待游客860万人次，实现旅游收入92亿元，同比增长12%。") == []


def test_periods_in_a_list_are_not_added():
    # the same bridges inspected each year, the same paddies sown in each crop season, a stock at
    # each year's end: each period may count what the one before counted
    assert findings("本市列管橋梁 540 座，其中112年度完成檢測 520 座、113年度完成檢測 535 座。") == []
    assert findings("本鄉水田約 1,800 公頃，其中一期作插秧 1,650 公頃、二期作插秧 1,400 公頃。") == []
    assert findings("全县公共充电桩2.6万个，其中2023年底1.9万个、2024年底2.6万个。") == []
    assert findings("本市茶園 980 公頃，其中春茶採收 900 公頃、冬茶採收 760 公頃。") == []
    # each is still no more than the whole
    [(rule, message)] = findings("本市列管橋梁 540 座，其中112年度完成檢測 520 座、113年度完成檢測 585 座。")
    assert rule == "NUM001" and "585 座" in message


def test_periods_in_clauses_of_their_own_are_not_added():
    # (a reading tried and withdrawn: roads kept up, fields watered, capacity used each year)
    assert findings("全县农村公路3,400公里，其中2023年养护2,900公里，2024年养护3,100公里。") == []
    assert findings("灌区面积5.6万亩，其中一期灌溉5.2万亩，二期灌溉5.4万亩。") == []


def test_a_reservoir_in_cubic_metres_as_taiwan_copy_writes_them():
    assert_pair("本水庫總蓄水量 1.6 億立方公尺，其中南庫 0.9 億立方公尺、北庫 0.7 億立方公尺。",
                "本水庫總蓄水量 1.4 億立方公尺，其中南庫 0.9 億立方公尺、北庫 0.7 億立方公尺。",
                "NUM001", "0.9 億立方公尺 + 0.7 億立方公尺", verified="parts")


def test_years_of_firms_or_households_reached_again_are_not_added():
    # the same firm or household may be counted in both years
    assert findings("全区共有650家企业获得稳岗补贴，其中2023年420家，2024年510家。") == []
    assert findings("该计划累计帮扶困难家庭1,100户，其中2023年帮扶640户，2024年帮扶720户。") == []
    # villages covered in two years may be the same villages
    assert findings("项目累计覆盖村庄80个，其中2023年覆盖50个，2024年覆盖45个。") == []


def test_peaks_and_balances_of_each_period_are_not_added():
    assert findings("今年全市用电最高负荷达到1,250万千瓦，其中7月最高负荷1,180万千瓦，8月最高负荷1,250万千瓦。") == []
    assert findings("全市贷款余额3,200亿元，其中2023年余额2,900亿元，2024年余额3,200亿元。") == []


def test_a_whole_of_one_year_is_none_of_other_years():
    assert findings("2024年全县实现旅游收入120亿元，其中2023年98亿元，2022年76亿元。") == []


def test_periods_of_two_scales_are_not_added():
    assert findings("全年完成造林1.2万亩，其中2024年0.9万亩，10月0.5万亩。") == []


def test_who_pays_a_total_in_clauses_of_their_own():
    # 由 + one payer and its figure a clause (not only a 、 list)
    assert_pair("该项目总投资3.6亿元，由省级财政补助2.1亿元，县级配套1.5亿元。",
                "该项目总投资3.6亿元，由省级财政补助2.1亿元，县级配套1.9亿元。",
                "NUM001", "2.1亿元 + 1.9亿元 = 4亿元", verified="parts")
    # a change from one figure to another is no list of payers
    assert findings("全县粮食总产量由48万吨，提高到今年的53万吨，增产5万吨。") == []


def test_a_figure_in_hundred_millions_then_ten_thousands_after_a_space():
    # Taiwan copy may set the 萬 part of a figure off by a space: 3億 2,400萬元 is one figure
    assert_pair("本工程總經費新臺幣 4億 1,500萬元，由中央補助 2億 6,300萬元，市府自籌 1億 5,200萬元。",
                "本工程總經費新臺幣 4億 1,500萬元，由中央補助 2億 9,300萬元，市府自籌 1億 5,200萬元。",
                "NUM001", "2億 9,300萬元 + 1億 5,200萬元", verified="parts")


def test_designations_in_a_list_are_not_added():
    # a firm may be both; a household may hold both statuses; a school may be both
    assert findings("全区规上工业企业共280家，其中高新技术企业170家、专精特新企业140家。") == []
    assert findings("全村共有困难家庭130户，其中低保户110户、残疾人家庭60户。") == []
    assert findings("全县共有农村小学74所，其中寄宿制学校46所、小规模学校38所。") == []
    # each is still no more than the whole
    [(rule, message)] = findings("全区规上工业企业共280家，其中高新技术企业290家、专精特新企业140家。")
    assert rule == "NUM001" and "290家" in message


def test_a_designation_and_its_plain_counterpart_are_added():
    # each project is key or ordinary
    assert_pair("全市今年共有在建项目130个，其中重点项目45个、一般项目85个。",
                "全市今年共有在建项目120个，其中重点项目45个、一般项目85个。",
                "NUM001", "45个 + 85个 = 130个", verified="parts")


def test_items_named_by_what_some_of_the_whole_did_are_not_added():
    # a co-operative may both grow crops and sell online; a school may be rural and run classes after
    # hours
    assert findings("全县农民专业合作社共2100家，其中种植业合作社1300家、开展电商销售的1050家。") == []
    assert findings("全县共有中小学68所，其中乡村学校47所、开设课后延时服务66所。") == []
    assert findings("今年共发放消费券1800万元，其中餐饮消费券700万元、通过手机平台发放1400万元。") == []
    # 者: those who did something, which two items may both be
    assert findings("今年共查獲酒後駕車 1,980 件，其中騎乘機車者 1,160 件、肇事後查獲者 960 件。") == []


def test_kinds_of_two_known_sets_are_not_added():
    # sex and ethnicity: one deputy may be both
    assert findings("本届人大代表共240名，其中女性代表92名、少数民族代表47名、连任代表121名。") == []


def test_a_verb_all_items_share_or_kinds_of_one_noun_are_still_added():
    assert_pair("粮食企业今年共收购粮食36万吨，其中收购小麦21万吨、收购玉米15万吨。",
                "粮食企业今年共收购粮食32万吨，其中收购小麦21万吨、收购玉米15万吨。",
                "NUM001", "21万吨 + 15万吨 = 36万吨", verified="parts")
    assert_pair("全县今年新建改建农村公路420公里，其中通村硬化路230公里、产业路190公里。",
                "全县今年新建改建农村公路400公里，其中通村硬化路230公里、产业路190公里。",
                "NUM001", "230公里 + 190公里 = 420公里", verified="parts")


def test_a_kind_narrowed_by_an_attribute_is_some_of_it():
    # 普惠性民办园 are some of the 民办园: 公办 and 普惠性民办 are no two halves of the whole
    assert findings("全县共有幼儿园430所，其中公办园250所，普惠性民办园130所。") == []
    # 经营性自建房 are some of the 自建房
    assert findings("全区共排查房屋2.8万栋，其中自建房2.3万栋、经营性自建房0.8万栋。") == []


def test_a_gloss_in_parentheses_is_no_end_of_the_noun():
    # 高职（专科）院校 is 高职院校, no 院校 the 本科院校 end in
    assert_pair("全省共有高等学校140所，其中本科院校62所、高职（专科）院校78所。",
                "全省共有高等学校130所，其中本科院校62所、高职（专科）院校78所。",
                "NUM001", "62所 + 78所 = 140所", verified="parts")


def test_items_the_copy_says_overlap_are_not_added():
    assert findings("全省共有上市公司74家，其中境内上市60家、境外上市21家，另有7家为两地上市。") == []
    assert findings("全镇耕地4.6万亩，其中水稻3.5万亩、油菜2.8万亩，多为稻油轮作。") == []


def test_a_whole_of_another_month_is_no_whole_of_the_parts():
    # 9月份 is none of the parts' months: they break down the 累计
    assert findings("全县9月份新增就业岗位420个，累计新增6,300个，其中7月份1,050个，8月份980个。") == []
