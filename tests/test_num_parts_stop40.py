"""Breakdowns across a sentence read this stop (checker/analysis/relations/parts.py).

A list closed by the other kinds (…；交通事故…；其他…) is every kind of its whole, none twice, so
it breaks down the one amount of its kind in the sentence before, whatever its items' names; after
a ；, 其他 + a noun goes on with the list. A frame opening a sentence (分产业看，…) divides the
whole before even when it opens with 分, a character 分别为 also opens.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_a_list_closed_by_the_other_kinds_breaks_down_the_whole_before():
    assert_pair("去年全区消防队出动抢险救援3,480次。其中，火灾扑救1,260次、社会救助1,905次、其他警情315次。",
                "去年全区消防队出动抢险救援3,480次。其中，火灾扑救1,260次、社会救助2,905次、其他警情315次。",
                "NUM001", "1,260次 + 2,905次 + 315次 = 4,480次", verified="parts")


def test_the_other_kinds_after_a_semicolon_go_on_with_the_list():
    assert_pair("本縣今年受理陳情案件2,140件。其中，道路養護860件；環境衛生725件；其他類別555件。",
                "本縣今年受理陳情案件2,640件。其中，道路養護860件；環境衛生725件；其他類別555件。",
                "NUM002", "860件 + 725件 + 555件 = 2,140件", verified="parts")


def test_without_the_other_kinds_the_parts_must_still_name_the_whole():
    # nothing closes the list and its names say nothing of the whole: which whole, and whether
    # they are kinds of it, is not said
    text = "去年全区消防队出动抢险救援3,480次。其中，火灾扑救1,260次、社会救助2,905次。"
    assert findings(text) == []


def test_a_frame_opening_with_fen_divides_the_whole_before():
    assert_pair("前三季度，全县居民生活用电量41.6亿千瓦时。分区域看，城镇居民用电27.2亿千瓦时，乡村居民用电14.4亿千瓦时。",
                "前三季度，全县居民生活用电量41.6亿千瓦时。分区域看，城镇居民用电27.2亿千瓦时，乡村居民用电17.4亿千瓦时。",
                "NUM001", "27.2亿千瓦时 + 17.4亿千瓦时 = 44.6亿千瓦时", verified="parts")


def test_a_frame_divides_new_things_when_no_stock_of_them_stands_before():
    assert_pair("今年前十个月，全区新增城镇就业1.86万人。从性别看，男性1.02万人，女性0.84万人。",
                "今年前十个月，全区新增城镇就业1.86万人。从性别看，男性1.22万人，女性0.84万人。",
                "NUM001", "1.22万人 + 0.84万人 = 2.06万人", verified="parts")


def test_a_frame_after_new_things_divides_the_stock_stated_before_them():
    # the stock (共有…) is what the frame's parts divide; the new ones are not divided
    text = "全镇现有家庭农场310家。今年新登记家庭农场42家。从经营类型看，种植类180家，养殖类96家，种养结合类34家。"
    assert findings(text) == []


def test_a_basis_of_division_may_stand_before_fenwei():
    assert_pair("县人民医院去年接收进修医师共218人，按科室分为内科94人、外科71人和儿科53人。",
                "县人民医院去年接收进修医师共218人，按科室分为内科94人、外科81人和儿科53人。",
                "NUM001", "94人 + 81人 + 53人 = 228人", verified="parts")


def test_a_whole_named_as_the_kinds_its_parts_open_with_is_made_of_them():
    assert_pair("目前，全县在建及已投运的光伏电站共有64座。其中，在建电站23座，已投运电站41座。",
                "目前，全县在建及已投运的光伏电站共有64座。其中，在建电站23座，已投运电站31座。",
                "NUM002", "23座 + 31座 = 54座", verified="parts")


def test_kinds_of_a_deed_done_at_the_places_a_figure_counts_may_overlap():
    # a scenic spot may have had both done: the figure counts the spots, not the toilets
    text = "今年全县新建、改造的公厕涉及景区28个，其中新建公厕的20个，改造公厕的18个。"
    assert findings(text) == []


def test_a_partition_of_some_of_the_wholes_things_need_not_make_the_whole():
    # the teachers are some of the staff: men and women teachers are every teacher, not every employee
    for text in ("这所中学共有教职工186人，其中男教师62人、女教师101人。",
                 "这所中学共有教职工186人，男教师和女教师分别为62人和101人。"):
        assert findings(text) == [], text


def test_a_partition_of_the_wholes_own_things_must_make_it():
    assert_pair("这所中学共有教职工186人，其中男性72人、女性114人。",
                "这所中学共有教职工186人，其中男性72人、女性104人。",
                "NUM002", "72人 + 104人 = 176人", verified="parts")


def test_kinds_named_respectively_with_the_wholes_noun_make_it():
    assert_pair("该校今年招收新生1,240人，男生和女生分别为636人和604人。",
                "该校今年招收新生1,240人，男生和女生分别为636人和504人。",
                "NUM002", "636人 + 504人 = 1,140人", verified="parts")


def test_places_named_then_their_figures_respectively_make_the_whole_spread_over_them():
    assert_pair("全县油茶林面积8,640亩，全部分布在东坪镇、石桥乡和柳溪乡，面积分别为3,920亩、2,870亩和1,850亩。",
                "全县油茶林面积8,640亩，全部分布在东坪镇、石桥乡和柳溪乡，面积分别为3,920亩、2,870亩和2,850亩。",
                "NUM001", "3,920亩 + 2,870亩 + 2,850亩 = 9,640亩", verified="parts")


def test_a_spread_opening_a_sentence_names_the_whole_before_by_its_subject():
    assert_pair("今年全县晚稻种植面积为5.2万亩，比上年增加0.3万亩。全县晚稻全部分布于河口镇和沙洲镇，面积分别为3.1万亩和2.1万亩。",
                "今年全县晚稻种植面积为5.2万亩，比上年增加0.3万亩。全县晚稻全部分布于河口镇和沙洲镇，面积分别为3.1万亩和1.1万亩。",
                "NUM002", "3.1万亩 + 1.1万亩 = 4.2万亩", verified="parts")


def test_places_where_a_whole_mostly_lies_need_not_make_it():
    text = "全县油茶林面积8,640亩，主要分布在东坪镇、石桥乡和柳溪乡，面积分别为3,920亩、2,870亩和850亩。"
    assert findings(text) == []


def test_a_rest_that_with_the_part_makes_an_earlier_whole_may_be_of_that_one():
    # 26 − 19 = 7 of the plan; not of the 23 begun (the rest is still to be built)
    text = "今年全镇计划新建村级文化广场26个。截至11月底，已动工23个，其中建成19个，剩余7个将于明年春节前建成。"
    assert findings(text) == []


def test_a_rest_that_fits_no_whole_before_is_still_the_rest_of_its_own():
    assert_pair("截至11月底，全镇已动工文化广场23个，其中建成19个，剩余4个正在施工。",
                "截至11月底，全镇已动工文化广场23个，其中建成19个，剩余9个正在施工。",
                "NUM001", "19个 + 9个 = 28个", verified="parts")


def test_a_groups_mean_earnings_may_exceed_the_whole_groups():
    text = "全县职工月均工资5,860元，比上年增长4.1%，其中非私营单位职工月均工资7,120元。"
    assert findings(text) == []


def test_an_item_of_a_list_is_no_whole_of_a_frame_naming_its_noun():
    # 城区参赛者 is one item of the list; 参赛者中 names all of them (not stated)
    text = "按区域分，城区参赛者15名、郊县8名、山区6名；参赛者中有19名为在校学生，9名为退役军人。"
    assert findings(text) == []


def test_the_values_of_one_measure_a_whole_is_split_by_are_apart():
    assert_pair("今年全区发放稳岗返还资金2.46亿元。按企业规模分，大型企业0.58亿元，中型企业0.73亿元，小微企业1.15亿元。",
                "今年全区发放稳岗返还资金2.46亿元。按企业规模分，大型企业0.58亿元，中型企业0.93亿元，小微企业1.15亿元。",
                "NUM001", "0.58亿元 + 0.93亿元 + 1.15亿元 = 2.66亿元", verified="parts")


def test_a_whole_seen_by_a_measure_may_list_overlapping_values():
    # 从行业看 looks at the whole by industry; high-tech firms are also manufacturers
    text = "今年全区规上工业企业实现利润86.4亿元。从行业看，制造业实现利润71.2亿元，高技术产业实现利润23.5亿元。"
    assert findings(text) == []


def test_inside_and_outside_one_place_make_the_whole():
    assert_pair("国庆假期，全市共接待游客126.4万人次，其中市外游客71.8万人次，市内游客54.6万人次。",
                "国庆假期，全市共接待游客126.4万人次，其中市外游客81.8万人次，市内游客54.6万人次。",
                "NUM001", "81.8万人次 + 54.6万人次 = 136.4万人次", verified="parts")


def test_a_whole_named_as_its_kinds_with_no_de_before_the_noun():
    assert_pair("今年，全县新建和改造农村桥梁共计64座，其中新建21座，改造加固43座。",
                "今年，全县新建和改造农村桥梁共计64座，其中新建21座，改造加固33座。",
                "NUM002", "21座 + 33座 = 54座", verified="parts")


def test_the_grades_of_a_review_are_one_per_institution():
    assert_pair("在今年受评的58家托育机构中，获评甲等者21家、乙等者29家、丙等者8家。",
                "在今年受评的58家托育机构中，获评甲等者31家、乙等者29家、丙等者8家。",
                "NUM001", "31家 + 29家 + 8家 = 68家", verified="parts")


def test_the_two_halves_of_a_whole_in_parentheses_make_it():
    assert_pair("全市共有公共充电站640座（含市区410座、郊区230座），今年新增充电桩3,200个。",
                "全市共有公共充电站640座（含市区410座、郊区130座），今年新增充电桩3,200个。",
                "NUM002", "410座 + 130座 = 540座", verified="parts")


def test_groups_in_parentheses_that_may_overlap_are_still_not_accused_below_the_whole():
    text = "全村共有常住人口1,260人（含党员86人、妇女610人），今年人均收入增长6%。"
    assert findings(text) == []


def test_after_a_semicolon_a_sibling_kind_named_before_its_verb_is_no_part():
    text = "全区专精特新企业总数达到386家，其中今年新认定74家；规上工业企业入统612家。"
    assert findings(text) == []


def test_after_a_semicolon_a_total_of_its_own_subject_is_no_whole_of_the_bands_before():
    text = ("截至6月底，全市户籍人口41万2,508人，其中65岁以上老人8万6,204人，占20.9%。老人中，65至74岁4万8,115人、"
            "75至84岁2万7,930人、85岁以上1万159人；百岁老人共62人。")
    assert findings(text) == []
