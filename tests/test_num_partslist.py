"""Part–whole lists in one sentence that the reader missed or read short (issue 11): each concept
with a correct copy that verifies, a broken copy that warns, and quiet cases near its edge.
Sentences written for these tests."""
from __future__ import annotations

from num_helpers import assert_pair, findings, relations

# -- 分别为 right after a figure that is no stated total: its parts one by one ----------------------

def test_fenbie_after_an_added_count_lists_its_parts():
    assert_pair("本学期新开设选修课24门，分别是艺术类9门、体育类7门、科技类8门。",
                "本学期新开设选修课24门，分别是艺术类9门、体育类11门、科技类8门。",
                "NUM001", "9门 + 11门 + 8门 = 28门", verified="parts")


def test_fenbie_in_traditional_script_with_ji_before_the_last_item():
    assert_pair("本次報名的樂團共 45 團，分別為兒童組 12 團、青年組 21 團及成人組 12 團。",
                "本次報名的樂團 45 團，分別為兒童組 12 團、青年組 29 團及成人組 12 團。",
                "NUM001", "= 53團", verified="parts")


def test_fenbie_with_as_many_figures_as_members_is_one_figure_each():
    # two people, one rank each: no parts of the 两位
    assert findings("在两位前任馆长的任期内，分别是排名第12.5名与14名。") == []
    assert not relations("在两位前任馆长的任期内，分别是12.5名与14名。", "parts-exceed")


def test_fenbie_with_figures_named_by_nothing_gives_values_per_member():
    # one figure per year, none named: no parts of the figure before
    assert findings("近两年该区林地保有量约86万亩，分别是84万亩、87万亩。") == []


def test_fenbie_after_an_amount_not_stated_as_a_total_is_not_read():
    # an amount before 分别为 may be one of several measures said respectively: only counts
    assert findings("全镇去年蔬菜产量48万吨，分别为叶菜30万吨和根茎菜25万吨。") == []


def test_fenbie_short_of_the_whole_is_not_reported():
    # the list may leave kinds out: only a sum above the whole is wrong
    assert findings("今年新认定的示范合作社30家，分别是种植类12家、养殖类9家。") == []


# -- a verb of one value said once over a list of its objects (升入A…，B…，C…) ------------------------

def test_one_destination_verb_said_once_governs_the_list():
    assert_pair("全县今年外出务工人员1.8万人，其中流向省内城市0.8万人，省外城市1万人。",
                "全县今年外出务工人员1.8万人，其中流向省内城市0.8万人，省外城市1.2万人。",
                "NUM001", "= 2万人", verified="parts")


def test_objects_named_as_bodies_share_the_verb():
    assert_pair("该校今年毕业生640名，其中分到市属医院210名，县级医院300名，社区卫生机构130名。",
                "该校今年毕业生640名，其中分到市属医院210名，县级医院300名，社区卫生机构230名。",
                "NUM001", "210名 + 300名 + 230名 = 740名", verified="parts")


def test_a_kind_of_the_counted_people_after_the_verb_is_not_added():
    # 获奖学生 is a kind of the graduates, not a school they went on to: it may overlap
    assert findings("该校今年毕业生640名，其中升入本科院校410名，获奖学生300名。") == []
    assert findings("该校今年毕业生640名，其中升入本科院校410名，团员学生300名。") == []


# -- who pays: levels of government and money from outside it (社会资本, 企业自筹) -------------------

def test_social_capital_beside_levels_is_one_more_payer():
    assert_pair("该园区改造总投资18.4亿元，其中中央补助4.2亿元，地方配套5.1亿元，社会资本9.1亿元。",
                "该园区改造总投资18.4亿元，其中中央补助4.2亿元，地方配套5.1亿元，社会资本11.1亿元。",
                "NUM001", "= 20.4亿元", verified="parts")


def test_company_funds_beside_a_provincial_grant():
    assert_pair("这条公路总投资3.6亿元，其中省级补助1.4亿元，企业自筹2.2亿元。",
                "这条公路总投资3.6亿元，其中省级补助1.4亿元，企业自筹2.8亿元。",
                "NUM001", "1.4亿元 + 2.8亿元 = 4.2亿元", verified="parts")


def test_bank_loans_beside_a_level_may_lie_inside_it():
    # a county may borrow the loan it pays its share with: not added
    assert findings("该项目总投资5亿元，其中县级配套2.6亿元，银行贷款3亿元。") == []


def test_private_money_with_no_level_is_not_a_list_of_payers():
    assert findings("该基金规模20亿元，其中社会资本12亿元，民间投资10亿元。") == []


# -- 个 and 项 over one noun are one measure; 包含 a long 、 enumeration, 以及 the second item --------

def test_ge_and_xiang_over_one_noun_count_one_thing():
    assert_pair("该校今年开设社团活动共30个项目，包含书法、围棋、合唱、街舞、航模、摄影、茶艺、剪纸、武术等"
                "17项文体项目，以及编程、机器人、天文、生物标本、无线电等13项科创项目。",
                "该校今年开设社团活动共27个项目，包含书法、围棋、合唱、街舞、航模、摄影、茶艺、剪纸、武术等"
                "17项文体项目，以及编程、机器人、天文、生物标本、无线电等13项科创项目。",
                "NUM001", "17项 + 13项 = 30个", verified="parts")


def test_xiang_of_another_noun_is_not_a_part():
    # 12项 counts rules, the 个 counts villages: no measure in common
    assert findings("全镇共有8个行政村，其中包括制定村规民约、卫生公约、治安公约等12项制度。") == []


def test_yiji_after_a_clause_that_is_no_list_item_is_not_added():
    # 以及 opening the second clause of a single item adds it; a second 以及 clause after a list
    # of one item of another measure adds nothing
    assert findings("全县共建成文化广场45个，其中村级广场30个，以及配套设施120项。") == []


# -- a medal written as its metal (25金) beside awards counted in 个 ---------------------------------

def test_medals_in_a_list_of_awards_are_awards():
    assert_pair("本届全国大赛中，我省代表队共获得40个奖项，其中包括6个特等奖、11金、19银与4个优秀奖。",
                "本届全国大赛中，我省代表队共获得36个奖项，其中包括6个特等奖、11金、19银与4个优秀奖。",
                "NUM001", "6个 + 11金 + 19银 + 4个 = 40个", verified="parts")


def test_medals_after_a_count_of_no_awards_are_not_parts():
    assert findings("代表团共有运动员45个项目参赛，其中包括6个团体项目、11金、19银。") == []


# -- a case of illness is a person: 人 and 例 ------------------------------------------------------

def test_cases_counted_in_li_under_people_counted_in_ren():
    assert_pair("今年入冬以来该县累计确诊流感患者136人，其中重症住院19例。",
                "今年入冬以来该县累计确诊流感患者13人，其中重症住院19例。",
                "NUM001", "19例", verified="parts")


def test_qizhong_with_no_comma_after_a_count_of_cases():
    assert findings("该区今年累计确诊登革热58人其中9例为境外输入。") == []
    assert [r for r, _ in findings("该区今年累计确诊登革热8人其中9例为境外输入。")] == ["NUM001"]


def test_li_of_operations_under_doctors_is_no_part():
    assert findings("全院共有外科医生30人，其中主任医师全年完成手术420例。") == []


# -- more sets of exclusive kinds: highest degree, crops, sectors, ways of housing, vehicle power --

def test_doctors_and_masters_by_highest_degree_are_added():
    assert_pair("该区今年引进急需紧缺人才410名，其中博士95名，硕士315名。",
                "该区今年引进急需紧缺人才410名，其中博士95名，硕士345名。",
                "NUM001", "95名 + 345名 = 440名", verified="parts")


def test_crops_of_one_sown_area_are_added():
    assert_pair("全乡秋粮播种面积5.2万亩，其中玉米3.1万亩，大豆2.1万亩。",
                "全乡秋粮播种面积5.2万亩，其中玉米3.1万亩，大豆2.6万亩。",
                "NUM001", "= 5.7万亩", verified="parts")


def test_projects_by_sector_right_after_their_total():
    assert_pair("该区上半年新开工项目共74个，制造业项目41个，服务业项目33个。",
                "该区上半年新开工项目共74个，制造业项目41个，服务业项目43个。",
                "NUM001", "41个 + 43个 = 84个", verified="parts")


def test_ways_of_housing_people_moved_are_added():
    assert_pair("台风来临前全镇共转移群众2600人，集中安置1500人，投亲靠友1100人。",
                "台风来临前全镇共转移群众2600人，集中安置1500人，投亲靠友1400人。",
                "NUM001", "1500人 + 1400人 = 2900人", verified="parts")


def test_kinds_named_with_de_count_the_whole_thing():
    assert_pair("今年更新的出租车共450辆，纯电动的有380辆，插电式混合动力的有70辆。",
                "今年更新的出租车共450辆，纯电动的有380辆，插电式混合动力的有90辆。",
                "NUM001", "380辆 + 90辆 = 470辆", verified="parts")


def test_sectors_short_of_the_total_are_not_reported():
    # 农业 and 服务业 named, 工业 left out: only a sum above the total is wrong
    assert findings("该区上半年新开工项目共74个，农业项目21个，服务业项目33个。") == []


# -- a kinds' noun ending in the whole's measure word counts what the whole counts ------------------

def test_items_counted_in_xiang_under_a_whole_counted_in_xiang():
    assert_pair("今年新纳入清单的52项行政许可，省级事项19项，市级事项33项。",
                "今年新纳入清单的52项行政许可，省级事项19项，市级事项39项。",
                "NUM001", "19项 + 39项 = 58项", verified="parts")


def test_a_noun_of_another_measure_stays_apart():
    # 事件 does not end in 项: kinds of another thing
    assert findings("今年新纳入清单的52项行政许可，省级事件19项，市级事件39件。") == []


def test_a_firm_and_social_capital_are_two_payers():
    assert_pair("该项目总投资30亿元，其中省级补助8亿元，社会资本15亿元，企业自筹7亿元。",
                "该项目总投资30亿元，其中省级补助8亿元，社会资本15亿元，企业自筹10亿元。",
                "NUM001", "8亿元 + 15亿元 + 10亿元 = 33亿元", verified="parts")


def test_generic_whole_named_before_its_figure():
    assert_pair("全区共有志愿服务项目40个，包含助老、助残等15项社区项目，以及环保、宣讲等25项公益项目。",
                "全区共有志愿服务项目40个，包含助老、助残等18项社区项目，以及环保、宣讲等25项公益项目。",
                "NUM001", "18项 + 25项 = 43个", verified="parts")


# -- payers right after a sum of money, with no 其中; the rest after examples of it -----------------

def test_payers_right_after_a_sum_with_no_cue():
    assert_pair("该片区改造总投资25亿元，中央资金7亿元，地方配套6亿元，社会资本12亿元。",
                "该片区改造总投资25亿元，中央资金7亿元，地方配套6亿元，社会资本15亿元。",
                "NUM001", "7亿元 + 6亿元 + 15亿元 = 28亿元", verified="parts")


def test_levels_right_after_a_count_of_people_are_no_payers():
    # 省级/市级 of another noun (骨干) than the whole's: not read as who pays
    assert findings("全县有教师1200人，省级骨干350人，市级骨干900人。") == []


def test_the_rest_after_examples_of_it_completes_the_kinds():
    assert_pair("去年全县秋粮产量41.5万吨，玉米22.3万吨，水稻15.1万吨，高粱等其他作物4.1万吨。",
                "去年全县秋粮产量41.5万吨，玉米22.3万吨，水稻15.1万吨，高粱等其他作物6.1万吨。",
                "NUM001", "= 43.5万吨", verified="parts")


def test_public_and_private_buildings_are_added():
    assert_pair("今年全市核发绿色建筑标识185件，公有建筑102件，私有建筑83件。",
                "今年全市核发绿色建筑标识185件，公有建筑102件，私有建筑93件。",
                "NUM001", "102件 + 93件 = 195件", verified="parts")


# -- 分为 a list with figures in thousands (1,080) or ending in how many parts it named -------------

def test_divided_into_parts_written_with_thousands_separators():
    assert_pair("本屆路跑報名人數達 3,150 人，分為全程組 1,240 人、半程組 1,060 人及休閒組 850 人。",
                "本屆路跑報名人數達 3,150 人，分為全程組 1,240 人、半程組 1,460 人及休閒組 850 人。",
                "NUM001", "= 3,550人", verified="parts")


def test_divided_into_as_many_parts_as_said_after_the_list():
    assert_pair("今年全县发放惠农补贴合计8.4亿元，分为耕地地力补贴5.1亿元和农机购置补贴3.3亿元两部分。",
                "今年全县发放惠农补贴合计8.4亿元，分为耕地地力补贴5.1亿元和农机购置补贴4.3亿元两部分。",
                "NUM001", "5.1亿元 + 4.3亿元 = 9.4亿元", verified="parts")


def test_a_list_of_another_count_of_parts_is_not_read():
    # two figures where three parts are said: one part is unnamed, nothing to add
    assert findings("今年全县发放惠农补贴合计9.4亿元，分为耕地地力补贴5.1亿元和农机购置补贴3.3亿元三部分。") == []
