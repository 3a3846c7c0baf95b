"""Part–whole, the parts2 concepts (checker/analysis/relations/parts.py, composition.py, cues.py):
a parenthesis listing the parts after a whole and a short noun saying what it counts; which of
successive or nested wholes 其中 breaks down; a part split further into what is kept and the rest;
grades chosen in clauses of their own; the 共 inside a word (公共) cutting no noun; what units
named apart did, and a fund given to uses; a list's last item joined by ，以及; power by source; one
kind right after a total; a counted division (分为N类：) after a clause of its own; the done and the
not yet done after a whole; modes of travel measured two ways; some of a whole set against it by 但;
达到 before a part's figure.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair as assert_num_pair
from num_helpers import findings, relations


def assert_pair(good, bad, rule_id, arith):
    """Every pair here verifies a part–whole relation on its correct copy."""
    assert_num_pair(good, bad, rule_id, arith, verified="parts")


# 1. a parenthesis listing the parts after a whole and a short noun (共9人确诊（…）)

def test_parts_in_parentheses_after_a_whole_and_its_noun():
    assert_pair("截至昨日，该县累计共9人确诊（本地籍3人、外地籍6人）。",
                "截至昨日，该县累计共9人确诊（本地籍3人、外地籍8人）。",
                "NUM001", "3人 + 8人 = 11人")
    assert_pair("本周全港共发现12宗输入个案（来自东南亚7宗、来自欧洲5宗）。",
                "本周全港共发现12宗输入个案（来自东南亚9宗、来自欧洲5宗）。",
                "NUM001", "9宗 + 5宗 = 14宗")
    # quiet look-alikes: a date, a comparison, or parts that may leave some out (a sum below the whole is no error)
    assert findings("该县累计共9人确诊（截至3月27日）。") == []
    assert findings("该县累计共9人确诊（去年同期为5人、前年为8人）。") == []
    assert findings("该县累计共9人确诊（本地籍3人、外地籍4人）。") == []
    assert not relations("该县今年（2024年）共有9所学校。", "parts")


# 2. the wrong whole among successive or nested wholes: a whole framing the clause after it
# (`N个…中，拿下M个，其中…`), and the one figure stated as a total right before 其中

def test_the_framed_figure_not_the_frame_is_broken_down():
    assert_pair("在全部96个参赛项目中，该校夺得31个项目，其中包括17个一等奖与14个二等奖。",
                "在全部96个参赛项目中，该校夺得21个项目，其中包括17个一等奖与14个二等奖。",
                "NUM001", "17个 + 14个 = 31个")
    # the frame is still the whole of the figure it frames
    assert findings("在全部96个参赛项目中，该校夺得31个项目，其中包括17个一等奖与14个二等奖。") == []


def test_the_total_before_qizhong_not_an_earlier_figure_is_broken_down():
    assert_pair("本届选拔出运动员计有210人，参加全国赛后共有88人获奖，其中有20位获金牌、30位获银牌及38位获铜牌。",
                "本届选拔出运动员计有210人，参加全国赛后共有78人获奖，其中有20位获金牌、30位获银牌及38位获铜牌。",
                "NUM001", "20位 + 30位 + 38位 = 88")
    # parallel figures none of them a total: the parts may be of any of them (quiet when they fit one)
    assert findings("全年立案420件，审结388件，其中民事案件250件，刑事案件160件。") == []


# 3. a part split further: after 其中 a part, what is kept of it and the rest (余/其余) make it

def test_a_part_and_its_rest_make_the_part_before_them():
    assert_pair("该区闲置用地约6200亩，其中国有土地为2400亩，经划拨1700亩作为道路用地，余700亩将公开出让。",
                "该区闲置用地约6200亩，其中国有土地为2400亩，经划拨1700亩作为道路用地，余900亩将公开出让。",
                "NUM001", "1700亩 + 900亩 = 2600亩")
    assert_pair("本批共受理申请580件，其中个人申请320件，已核准260件，余60件退回补件。",
                "本批共受理申请580件，其中个人申请320件，已核准260件，余80件退回补件。",
                "NUM001", "260件 + 80件 = 340件")
    # 余 after a figure is "more than", not the rest
    assert findings("该区闲置用地约6200亩，其中国有土地为2400亩，已闲置10余年，经划拨1700亩作为道路用地。") == []


# 4. grades chosen out of a whole, in clauses of their own after the verb of choosing; the grades
# of one award (特等奖/一等奖, 金奖/银奖, 特優/優等/甲等) are exclusive kinds

def test_grades_chosen_in_clauses_of_their_own_are_added():
    assert_pair("本届大赛共有48位厨师报名，评选出特等奖6名，一等奖15名，获奖者来自全市各区。",
                "本届大赛共有18位厨师报名，评选出特等奖6名，一等奖15名，获奖者来自全市各区。",
                "NUM001", "6名 + 15名 = 21")
    assert_pair("本届大赛共有48位厨师报名，评选出金奖9名，银奖12名，铜奖20名。",
                "本届大赛共有38位厨师报名，评选出金奖9名，银奖12名，铜奖20名。",
                "NUM001", "9名 + 12名 + 20名 = 41")
    # a clause counting something else ends the list: the winners and the women among them overlap
    assert findings("本届大赛共有28位厨师报名，评选出一等奖15名，女性获奖者14名。") == []


# 5. the 共 inside a word (公共, 共享) cuts no noun: 公共/私人 are kinds of one set

def test_public_and_private_parts_are_added():
    assert_pair("全省新能源车位达到38.6万个，其中，公共车位12.4万个，私人车位26.2万个。",
                "全省新能源车位达到36.6万个，其中，公共车位12.4万个，私人车位26.2万个。",
                "NUM001", "12.4万个 + 26.2万个 = 38.6万个")
    # 共享 and 公共 are no kinds of one set: not added
    assert findings("全市投放单车达到3.2万辆，其中，共享单车2.1万辆，公共单车1.6万辆。") == []


# 6. parts of what units named apart did (甲中心服务…，乙中心服务…), and of a fund given to uses
# (其中，X亿元用于…，Y亿元用于…)

def test_what_units_named_apart_did_is_added():
    assert_pair("开放两个月来总计接待游客8460人次，其中北岸中心接待5210人次，南湾中心接待3250人次。",
                "开放两个月来总计接待游客7460人次，其中北岸中心接待5210人次，南湾中心接待3250人次。",
                "NUM001", "5210人次 + 3250人次 = 8460人次")
    # classes of units (a centre may be both) are not added
    assert findings("开放两个月来总计接待游客7460人次，其中示范中心接待5210人次，重点中心接待3250人次。") == []


def test_sums_of_a_fund_given_to_uses_are_added():
    assert_pair("省财政日前下达救灾资金3.82亿元。其中，2.65亿元用于支持东部各县修复水毁道路，1.17亿元用于支持西部山区恢复生产。",
                "省财政日前下达救灾资金3.62亿元。其中，2.65亿元用于支持东部各县修复水毁道路，1.17亿元用于支持西部山区恢复生产。",
                "NUM001", "2.65亿元 + 1.17亿元 = 3.82亿元")
    # a use named before the figure is no share-out of the fund: not added
    assert findings("省财政日前下达救灾资金3.62亿元。其中，修复道路投入2.65亿元，用于东部各县；恢复生产投入1.17亿元。") == []


# 7. the last item of a 、 list joined after a comma by 以及 is one of the list

def test_the_last_item_after_yiji_joins_the_list():
    assert_pair("今年受理补助申请计有960件，其中房屋受损520件、农作物受损310件，以及渔船受损130件。",
                "今年受理补助申请计有960件，其中房屋受损520件、农作物受损310件，以及渔船受损150件。",
                "NUM001", "520件 + 310件 + 150件 = 980件")
    # one item in the first clause is no list: a clause after it with 以及 is not added to it
    assert findings("今年受理补助申请计有960件，其中房屋受损520件，以及其中经复查的450件。") == []


# 8. power capacity by its source is an exclusive set; 全国 opening a part's noun names no kind

def test_capacity_by_source_is_added():
    assert_pair("截至年底，全国清洁能源发电装机达到5.62亿千瓦。其中，全国水电装机1.86亿千瓦，风电装机2.1亿千瓦，太阳能发电装机1.66亿千瓦。",
                "截至年底，全国清洁能源发电装机达到5.32亿千瓦。其中，全国水电装机1.86亿千瓦，风电装机2.1亿千瓦，太阳能发电装机1.66亿千瓦。",
                "NUM001", "1.86亿千瓦 + 2.1亿千瓦 + 1.66亿千瓦 = 5.62亿千瓦")
    # a source and a kind of plant of any source overlap: not added
    assert findings("截至年底，全省发电装机达到3.32亿千瓦。其中，水电装机1.86亿千瓦，新建机组装机1.66亿千瓦。") == []


# 9. one part named by a bare kind of a set right after a count stated as a total

def test_one_kind_right_after_a_total_is_a_part_of_it():
    assert_pair("本届村民代表当选人共86人，女性29人，当选比率达33.7%。",
                "本届村民代表当选人共86人，女性96人，当选比率达33.7%。",
                "NUM001", "96人")
    # not a place (a place may lie outside the whole's), nor a figure that is not stated as a total,
    # nor money (a woman's pay after a total pay is a figure per person)
    assert findings("全县受惠居民共20万人，县城有近30万人未能受惠。") == []
    assert findings("本届村民代表当选人86人，女性96人参加投票。") == []
    assert findings("去年员工薪资合计4万元，女性4.6万元。") == []


# 10. a clause with a subject of its own between the whole and `分为N类：`, the parts set apart by ；

def test_a_counted_division_after_a_clause_of_its_own():
    assert_pair("获表彰的48位教师由各校推荐，表彰类别分为三大类：潜心育人的「育人标兵」20位；成果丰硕，勇于创新的「科研能手」16位；「青年新秀」12位。",
                "获表彰的48位教师由各校推荐，表彰类别分为三大类：潜心育人的「育人标兵」20位；成果丰硕，勇于创新的「科研能手」16位；「青年新秀」22位。",
                "NUM001", "20位 + 16位 + 22位 = 58位")
    # the count of the parts must be met: two figures for three classes are no division
    assert findings("获表彰的48位教师由各校推荐，表彰类别分为三大类：「育人标兵」20位；「科研能手」36位；另有青年教师若干。") == []


# 11. the done and the not yet done of a whole, with no cue: 计N案，有a案已完工，另外b案刻正办理

def test_the_done_and_the_not_yet_done_after_a_whole():
    assert_pair("其中，逾期三年仍未结案者计14案，有5案已结案，另外9案刻正依法催办。",
                "其中，逾期三年仍未结案者计14案，有5案已结案，另外11案刻正依法催办。",
                "NUM001", "5案 + 11案 = 16案")
    # a state after the figure in one clause only is no pair: the other may count something else
    assert findings("其中，逾期三年仍未结案者计14案，有5案已结案，另外19案由法院审理。") == []


# 12. kinds of one set opening nouns that name one measure two ways (铁路客运量 / 公路人员流动量), a
# hedge before the figure (预计) no part of the noun, and a figure per 万人口 no whole

def test_modes_of_travel_measured_two_ways_are_added():
    assert_pair("今天全省跨区域人员流动量预计2.6亿人次。其中，铁路客运量预计1180万人次，公路人员流动量预计2.4亿人次，民航客运量预计95万人次。",
                "今天全省跨区域人员流动量预计2.4亿人次。其中，铁路客运量预计1180万人次，公路人员流动量预计2.4亿人次，民航客运量预计95万人次。",
                "NUM001", "1180万人次 + 2.4亿人次 + 95万人次 = 2.5275亿人次")
    # kinds of two sets (a mode, a sex) are not added
    assert findings("今天全省跨区域人员流动量预计2.5亿人次。其中，铁路客运量预计1.2亿人次，女性旅客流动量预计1.4亿人次。") == []
    # a figure per 万人口 is no whole of the part after it
    assert findings("全省有效专利达到86万件，每万人口发明专利拥有量达到21件。其中，发明专利拥有量达到32.5万件。") == []


# 13. some of a whole set against it by 但 and named by a 的 phrase (有55条路线，但实际经营的是44条)

def test_some_of_the_whole_set_against_it_by_dan():
    assert_pair("目前全县共有38条乡村公交线路，但真正按班次运营的大约是29条，去年搭载乘客86万人次，其中老年人32万人次。",
                "目前全县共有28条乡村公交线路，但真正按班次运营的大约是29条，去年搭载乘客86万人次，其中老年人32万人次。",
                "NUM001", "29条")
    # a change's start and end, another time, an extreme: not some of the whole
    tail = "，去年搭载乘客86万人次，其中老年人32万人次。"
    assert findings("运输的货物由建设之初的80多种，但扩展至如今的1300多种" + tail) == []
    assert findings("目前全县共有38条乡村公交线路，但去年的是45条" + tail) == []
    assert findings("目前全县共有38条乡村公交线路，但最长的是45公里" + tail) == []
    assert findings("目前全县共有38条乡村公交线路，跨镇运营的有45条" + tail) == []


# 14. 达到 between a part's noun and its figure is no part of its kind (公共…保有量达到X，私人…达到Y)

def test_reaching_before_a_parts_figure_names_no_kind():
    assert_pair("全省新能源车位保有量达到38.6万个，其中，公共新能源车位保有量达到12.4万个，私人新能源车位保有量达到26.2万个。",
                "全省新能源车位保有量达到36.6万个，其中，公共新能源车位保有量达到12.4万个，私人新能源车位保有量达到26.2万个。",
                "NUM001", "12.4万个 + 26.2万个 = 38.6万个")
    # kinds of two sets stay apart however they are worded
    assert findings("全省新能源车位保有量达到36.6万个，其中，公共新能源车位保有量达到12.4万个，小区新能源车位保有量达到26.2万个。") == []
