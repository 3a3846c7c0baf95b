"""Part–whole relations whose whole is framed in ways read by their own concept (issue 11):
states of one whole that cannot overlap (relations/states.py) …

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


# --- states of one whole: done, under way, not yet begun, the rest -------------------------------

def test_done_and_being_done_of_a_whole_framed_by_dang_zhong():
    assert_pair("这次验收的48座桥梁当中，已完工30座，在建16座。",
                "这次验收的48座桥梁当中，已完工30座，在建26座。",
                "NUM001", "30座 + 26座 = 56座", verified="parts")


def test_done_and_under_way_with_the_same_verb():
    assert_pair("街道梳理出的260条群众诉求，已解决190条，正在解决52条。",
                "街道梳理出的260条群众诉求，已解决190条，正在解决82条。",
                "NUM001", "190条 + 82条 = 272条", verified="parts")


def test_state_said_right_after_the_figure():
    assert_pair("縣府列管的 64 座老舊涼亭，已完成修繕 41 座，另有 19 座正辦理發包。",
                "縣府列管的 64 座老舊涼亭，已完成修繕 41 座，另有 29 座正辦理發包。",
                "NUM001", "29 座 = 70座", verified="parts")


def test_three_states_added():
    assert_pair("鎮公所今年改善排水溝 3,100 公尺，已完成 1,800 公尺，施工中 900 公尺，尚未開工 300 公尺。",
                "鎮公所今年改善排水溝 3,100 公尺，已完成 1,800 公尺，施工中 1,100 公尺，尚未開工 300 公尺。",
                "NUM001", "= 3,200公尺", verified="parts")


def test_done_under_way_and_the_rest_make_the_whole():
    text = "今年要翻新的农贸市场共90个，目前已完工52个，正在施工23个，其余15个明年开工。"
    assert findings(text) == []
    assert "52个 + 23个 + 15个 = 90个" in verified_calcs(text, "parts")
    found = findings("今年要翻新的农贸市场共90个，目前已完工52个，正在施工23个，其余10个明年开工。")
    assert [r for r, _ in found] == ["NUM002"], found


def test_under_way_now_does_not_close_the_list():
    # what has not begun may go unsaid: 正在 is no "still", the sum may fall short
    text = "全县计划改造农村公路140公里，已完工80公里，正在施工35公里。"
    assert findings(text) == []
    assert "80公里 + 35公里 = 115公里" in verified_calcs(text, "parts")


def test_states_that_overlap_are_not_added():
    # started and being built overlap; not finished includes being built
    for text in ("今年安排的60个民生项目，已开工45个，正在建设40个。",
                 "全镇需维修的70座水塘，正在施工30座，尚未完工55座。",
                 "这批120个项目，已签约80个，在谈60个。"):
        assert findings(text) == [], text


# --- parts held (占 + a count) closed by the rest ----------------------------------------------

def test_held_parts_and_the_rest_make_the_whole():
    assert_pair("上月全市参与献血3.2万人次，高校学生占1.1万人次，机关职工占0.9万人次，其余1.2万人次来自街头采血点。",
                "上月全市参与献血3.2万人次，高校学生占1.1万人次，机关职工占1.4万人次，其余1.2万人次来自街头采血点。",
                "NUM001", "1.1万人次 + 1.4万人次 + 1.2万人次 = 3.7万人次", verified="parts")
    found = findings("上月全市参与献血3.2万人次，高校学生占1.1万人次，机关职工占0.9万人次，其余0.6万人次来自街头采血点。")
    assert [r for r, _ in found] == ["NUM002"], found


def test_held_parts_without_the_rest_are_not_added():
    # kinds that may overlap (students and donors of type O), no rest to close them: each alone
    text = "上月全市参与献血3.2万人次，高校学生占1.9万人次，O型血占1.8万人次。"
    assert findings(text) == []
    # the rest of another measure closes nothing
    text = "上月全市参与献血3.2万人次，高校学生占1.9万人次，机关职工占0.9万人次，其余5个采血点暂停。"
    assert findings(text) == []


# --- a band's edge in a kind's name (以上, 及以下) is no threshold on its figure ---------------------

def test_kind_named_as_a_band_of_schooling():
    assert_pair("今年招聘的 45 名社工中，碩士以上學歷 9 名，大學學歷 30 名，專科學歷 6 名。",
                "今年招聘的 45 名社工中，碩士以上學歷 9 名，大學學歷 33 名，專科學歷 6 名。",
                "NUM001", "= 48名", verified="parts")


def test_band_edge_kinds_still_need_one_set():
    # a band of age beside a kind of sex: two sets, which overlap
    text = "今年招聘的45名社工中，女性30名，40岁以上的20名。"
    assert findings(text) == []


# --- the measure a whole is divided by, opening the sentence after it ----------------------------

def test_division_clause_opening_the_next_sentence():
    assert_pair("本月區公所共受理急難救助申請 1,250 件。依申請原因區分，失業 430 件，重病 520 件，災害 210 件。",
                "本月區公所共受理急難救助申請 1,250 件。依申請原因區分，失業 430 件，重病 720 件，災害 210 件。",
                "NUM001", "= 1,360件", verified=None)
    assert_pair("今年全镇新建农房1350户。按结构来分，砖混结构的900户，框架结构的450户。",
                "今年全镇新建农房1350户。按结构来分，砖混结构的900户，框架结构的650户。",
                "NUM001", "900户 + 650户 = 1550户", verified="parts")


def test_a_sentence_that_merely_follows_is_no_breakdown():
    for text in ("今年全镇新建农房1350户。砖混结构的900户，框架结构的650户。",
                 # a line without a closing mark before it (a headline) ends no whole (a paragraph
                 # ending with its mark does: tests/test_num_review38.py)
                 "今年全镇新建农房1350户\n按结构来分，砖混结构的900户，框架结构的650户。",
                 # the sentence before ends in a figure of another measure
                 "今年全镇新建农房投资3.2亿元。按结构来分，砖混结构的900户，框架结构的650户。"):
        assert findings(text) == [], text


def test_division_labels_of_other_times_or_looks_are_not_added():
    for text in ("本月區公所共受理急難救助申請 1,250 件。依年度區分，去年 930 件，今年 720 件。",
                 # a way of looking at the whole, not a division of it
                 "本月區公所共受理急難救助申請 1,250 件，從原因看，失業 930 件，重病 720 件。"):
        assert findings(text) == [], text


# --- a whole framed as a topic (a relative clause, its figure, its noun) and kinds set side by side

def test_topic_clause_broken_down_by_exclusive_kinds():
    assert_pair("今年启用的38座公厕，省级补助建设14座，市级补助建设21座。",
                "今年启用的38座公厕，省级补助建设14座，市级补助建设31座。",
                "NUM001", "14座 + 31座 = 45座", verified="parts")


def test_topic_clause_with_overlapping_kinds_or_another_noun_is_quiet():
    for text in ("今年认定的150家企业，规上企业90家，高新技术企业85家。",
                 # a count of another noun in the same measure word
                 "今年入选的52个项目，分布在全省86个县，带动就业3000人。",
                 # no relative clause: a plain statement, its kinds of another noun
                 "该校有教师120人，省级骨干教师80人，市级骨干教师70人。"):
        assert findings(text) == [], text


def test_kinds_set_beside_each_other_with_you_and_ye_you():
    assert_pair("来听讲座的210位市民，有中学生120人，也有社区居民80人。",
                "来听讲座的210位市民，有中学生120人，也有社区居民100人。",
                "NUM001", "= 220位", verified="parts")
    assert_pair("参加义诊的医生共65人，有主任医师28人，也有主治医师30人。",
                "参加义诊的医生共65人，有主任医师28人，也有主治医师40人。",
                "NUM001", "28人 + 40人 = 68人", verified="parts")


def test_you_and_ye_you_of_two_sets_or_the_same_kind_are_not_added():
    for text in ("来听讲座的210位市民，有女性120人，也有党员100人。",
                 "来听讲座的210位市民，有中学生120人，还有中学生100人。"):
        assert findings(text) == [], text


# --- exclusive kinds listed before their whole, stated as a total with a subject of its own ------

def test_kinds_before_a_total_with_its_own_subject():
    assert_pair("据统计，男性2140人、女性1860人，本届马拉松完赛选手共4000人。",
                "据统计，男性2140人、女性2160人，本届马拉松完赛选手共4000人。",
                "NUM001", "2140人 + 2160人 = 4300人", verified="parts")
    # the two halves of a partition must make the whole
    found = findings("据统计，男性2140人、女性1660人，本届马拉松完赛选手共4000人。")
    assert [r for r, _ in found] == ["NUM002"], found


def test_no_kinds_or_a_whole_of_another_time_before_a_total_is_quiet():
    for text in ("据统计，上海选手2140人、外省选手2160人，本届马拉松完赛选手共4000人。",
                 # kinds of two sets, which overlap
                 "据统计，女性2140人、60岁以上的2160人，本届马拉松完赛选手共4000人。",
                 # a total that counts the items is running.py's, read once
                 "据统计，男性2140人、女性1860人，两项合计4000人。"):
        assert findings(text) == [], text


def test_kinds_opening_the_sentence_before_a_total():
    assert_pair("男性2140人、女性1860人，本届马拉松完赛选手共4000人。",
                "男性2140人、女性2260人，本届马拉松完赛选手共4000人。",
                "NUM001", "2140人 + 2260人 = 4400人", verified="parts")


# --- a single-valued verb after each part's figure (42个位于主城区) ------------------------------

def test_parts_told_apart_by_where_they_lie():
    assert_pair("今年全县新建村级卫生室54个。这些卫生室中，31个位于山区，23个位于平原。",
                "今年全县新建村级卫生室54个。这些卫生室中，31个位于山区，33个位于平原。",
                "NUM001", "31个 + 33个 = 64个", verified="parts")
    assert_pair("今年新建的54个村级卫生室中，31个位于山区，23个位于平原。",
                "今年新建的54个村级卫生室中，31个位于山区，43个位于平原。",
                "NUM001", "31个 + 43个 = 74个", verified="parts")


def test_different_verbs_or_the_same_place_are_not_added():
    for text in ("今年新建的54个村级卫生室中，31个位于山区，33个配有全科医生。",
                 "今年新建的54个村级卫生室中，31个位于山区，33个位于山区。"):
        assert findings(text) == [], text


# --- new things listed, then the new things of their class as a total ---------------------------

def test_new_things_listed_before_the_total_of_their_class():
    assert_pair("新建口袋公园 12 處、社區綠地 20 處，今年全市共新增公園綠地 38 處。",
                "新建口袋公园 12 處、社區綠地 30 處，今年全市共新增公園綠地 38 處。",
                "NUM001", "12 處 + 30 處 = 42處", verified="parts")


def test_new_things_before_a_stock_or_another_measure_are_quiet():
    for text in ("新建口袋公园 12 處、社區綠地 30 處，目前全市共有公園綠地 38 處。",
                 "新建口袋公园 12 處、社區綠地 30 處，今年全市共新增綠地面積 38 公頃。"):
        assert findings(text) == [], text


# --- edges shared by the framings ---------------------------------------------------------------

def test_overlapping_kinds_after_a_frame_are_each_checked_not_added():
    # 规上企业 and 高新技术企业 overlap: each may be up to the whole, their sum may pass it
    for text in ("全区今年认定的140家企业当中，规上企业90家，高新技术企业85家。",
                 "今年一季度，全区新认定企业140家。这当中，规上企业90家，高新技术企业85家。"):
        assert findings(text) == [], text
    found = findings("全区今年认定的140家企业当中，规上企业160家，高新技术企业85家。")
    assert [r for r, _ in found] == ["NUM001"], found


def test_states_under_way_of_a_stock_and_its_additions_are_not_its_parts():
    # a stock, then this year's additions and what is being built: no states of one whole
    text = "全县现有养老机构48家，今年新建12家，正在建设40家。"
    assert findings(text) == []


def test_age_bands_naming_the_items_of_a_divided_list():
    assert_pair("今年全市招募志愿者共 842 名，依年龄区分，18至30岁 315 名、31至50岁 408 名、51岁以上 119 名。",
                "今年全市招募志愿者共 842 名，依年龄区分，18至30岁 315 名、31至50岁 508 名、51岁以上 119 名。",
                "NUM001", "= 942名", verified="parts")


def test_restored_and_still_being_repaired_at_a_time_named():
    assert_pair("暴雨过后，全县停水的用户共4200户，截至今天傍晚已恢复供水3650户，尚有520户抢修中。",
                "暴雨过后，全县停水的用户共4200户，截至今天傍晚已恢复供水3650户，尚有820户抢修中。",
                "NUM001", "3650户 + 820户 = 4470户", verified="parts")
    # a start and what is under way overlap, whatever time is named
    text = "今年全县计划开工项目90个，截至本月底已开工62个，尚有55个施工中。"
    assert findings(text) == []


def test_still_being_done_after_the_done_makes_the_whole():
    # 尚在 (still) says the rest is being done: the two are all of it
    found = findings("街道今年共收到居民来电640件，已办结590件，尚在办理30件。")
    assert [r for r, _ in found] == ["NUM002"], found
    assert findings("街道今年共收到居民来电640件，已办结590件，尚在办理50件。") == []
