"""Part–whole across measure words: what a figure counts when the two figures of a part and its
whole are counted with different words (checker/analysis/relations/parts.py, common.py).

All sentences are invented for these tests.
"""
from __future__ import annotations

from checker.analysis.relations.common import noun_counts
from checker.document import Document

from num_helpers import assert_pair as assert_num_pair
from num_helpers import findings, verified_kinds


def assert_pair(good, bad, rule_id, arith):
    """Every pair here verifies a part–whole relation on its correct copy."""
    assert_num_pair(good, bad, rule_id, arith, verified="parts")


# ---------------------------------------------------------------------------------------------
# 1. a noun used as its own measure word

def test_seats_counted_by_their_measure_word_among_the_whole():
    assert_pair("在设有150个席位的市议会中，该联盟获得63席。",
                "在设有150个席位的市议会中，该联盟获得163席。",
                "NUM001", "其中163席大于总数150个")


def test_seats_counted_by_their_measure_word_after_qizhong():
    # (reported once: the part in another measure word is not read again as a side part)
    assert_pair("本届理事会共设45个席位，其中企业代表占据18席。",
                "本届理事会共设45个席位，其中企业代表占据54席。",
                "NUM001", "其中54席大于总数45个")


def test_village_noun_as_measure_word():
    assert_pair("全乡共有46个行政村，其中29村实现集体经济增收。",
                "全乡共有46个行政村，其中64村实现集体经济增收。",
                "NUM001", "其中64村大于总数46个")


def test_village_noun_as_measure_word_among_the_whole():
    assert_pair("全区73个村中，41村已接通天然气管道。",
                "全区73个村中，81村已接通天然气管道。",
                "NUM001", "其中81村大于总数73个")


def test_village_parts_done_and_not_yet_are_summed():
    assert_pair("全乡共有46个行政村，其中29村已完成改厕，17村正在施工。",
                "全乡共有46个行政村，其中29村已完成改厕，27村正在施工。",
                "NUM001", "29村 + 27村 = 56个，大于总数46个")


def test_a_figure_naming_something_is_no_count_of_the_noun():
    # a year, a qualifier, a running verb after the whole's noun: nothing read
    for text in ("全县共有12个村，其中2021年新增3村。",
                 "全县12个村完成改造，其中约30村已验收。",
                 "全县共有12个村，其中30村民小组通了客车。",
                 "全县有12个村完成道路硬化，其中30村民小组通了客车。"):
        assert findings(text) == [], text


def test_noun_counts_reads_only_the_whole_noun_or_its_last_character():
    text = "全乡共有46个行政村，其中29村、3政村、第6村、8村民小组。"
    d = Document("<t>", text)
    from checker.analysis.quantities import quantities
    read = noun_counts(text, 0, len(text), quantities(d))
    assert [q.text for q in read] == ["29村"]
    assert read[0].family == "count:个"


# ---------------------------------------------------------------------------------------------
# 2. a bare figure followed by the noun it counts

def test_bare_figures_before_the_same_noun():
    assert_pair("全省年末共计2,316,500生猪存栏数，其中本市占有184,320生猪存栏数。",
                "全省年末共计2,316,500生猪存栏数，其中本市占有3,184,320生猪存栏数。",
                "NUM001", "其中3,184,320生猪存栏数大于总数2,316,500生猪存栏数")


def test_plain_digit_runs_before_a_noun_are_names_not_counts():
    for text in ("市民可拨打12345热线反映问题，其中12315热线负责消费投诉。",
                 "全省有985高校和211高校，其中211高校数量更多。"):
        assert findings(text) == [], text
        assert "parts" not in verified_kinds(text)


def test_bare_figures_one_written_as_an_amount():
    # (one figure with thousands separators makes the noun a counted thing for both)
    assert_pair("全区共计84,260肉牛存栏数，其中东片占有31540肉牛存栏数。",
                "全区共计84,260肉牛存栏数，其中东片占有91540肉牛存栏数。",
                "NUM001", "其中91540肉牛存栏数大于总数84,260肉牛存栏数")


# ---------------------------------------------------------------------------------------------
# 1b. a whole framed by 在…中 with no comma, a verb of holding right after

def test_whole_framed_by_zai_zhong_without_comma():
    assert_pair("选举结果显示，该党在拥有120个议席的州议会中将占据47席。",
                "选举结果显示，该党在拥有120个议席的州议会中将占据147席。",
                "NUM001", "其中147席大于总数120个")
    assert_pair("在参加复赛的64支队伍中有16支晋级决赛。",
                "在参加复赛的64支队伍中有76支晋级决赛。",
                "NUM001", "其中76支大于总数64支")


def test_zhong_with_a_time_is_no_whole():
    assert findings("他在过去5年中有3年在基层工作。") == []


# ---------------------------------------------------------------------------------------------
# 3. present and absent, passed and failed: exclusive kinds of one outcome

def test_present_and_absent_after_the_expected_count():
    assert_pair("本次招录考试报名共计86人，应到81人，实到77人，缺考4人。",
                "本次招录考试报名共计86人，应到81人，实到79人，缺考4人。",
                "NUM001", "79人 + 4人 = 83人，大于总数81人")


def test_present_and_absent_in_a_breakdown():
    assert_pair("本场考试应到81人，其中实到77人，缺考4人。",
                "本场考试应到81人，其中实到79人，缺考4人。",
                "NUM001", "79人 + 4人 = 83人，大于总数81人")


def test_attended_and_absent():
    assert_pair("本次常委会会议应出席委员29人，出席26人，缺席3人。",
                "本次常委会会议应出席委员29人，出席27人，缺席3人。",
                "NUM001", "27人 + 3人 = 30人，大于总数29人")


def test_passed_and_failed_and_carried_and_not():
    assert_pair("市场监管部门共抽检食品样品320批次，合格316批次，不合格4批次。",
                "市场监管部门共抽检食品样品320批次，合格318批次，不合格4批次。",
                "NUM001", "318批次 + 4批次 = 322批次，大于总数320批次")
    assert_pair("大会审议议案15件，通过13件，未通过2件。",
                "大会审议议案15件，通过14件，未通过2件。",
                "NUM001", "14件 + 2件 = 16件，大于总数15件")


def test_two_kinds_of_one_sense_are_not_added():
    # 审议通过 and 表决通过 both name 通过: one kind, which may overlap; a run without a negated
    # kind is no outcome; the absent alone after present has no whole before it
    for text in ("本次会议表决议案12件，审议通过9件，表决通过8件。",
                 "全市应届毕业生3200人，实到2900人，实考2950人。",
                 "实到55人，缺考3人。"):
        assert findings(text) == [], text


def test_outcome_run_reads_the_clause_right_before_only():
    # the whole is the count right before the run (应到), not the larger one before it; a clause
    # of another kind after the run ends it
    assert "parts" in verified_kinds("报名共计86人，应到81人，实到77人，缺考4人，违纪1人。")
    assert findings("报名共计86人，应到81人，实到77人，缺考4人，违纪6人。") == []
