"""Relations read in wordings of our own that the first rules missed (a probe of invented pairs)."""
from __future__ import annotations

import pytest
from checker.analysis.quantities import quantities
from checker.document import Document

from num_helpers import ANY, assert_pair, findings


# An average that names nothing of its own (人均3000元) averages what its sentence gives; a bare
# total word opening the next clause totals it.
@pytest.mark.parametrize("good,bad,arith", [
    ("今年共有460名学生获得奖学金，人均3000元，总额138万元。",
     "今年共有460名学生获得奖学金，人均3000元，总额148万元。", "460名 × 人均3000元 = 138万元"),
    ("镇里为85户搬迁群众发放安置补助，每户1.2万元，合计102万元。",
     "镇里为85户搬迁群众发放安置补助，每户1.2万元，合计112万元。", "85户 × 每户1.2万元 = 102万元"),
])
def test_a_bare_average_is_totalled_by_the_next_clause(good, bad, arith):
    assert_pair(good, bad, "NUM004", arith, verified="average")


@pytest.mark.parametrize("text", [
    # the next clause's total word heads a figure of something else: another sentence's subject
    "今年共有460名学生获得奖学金，人均3000元。全年资助总额500万元。",
    # a total two clauses on is no longer the average's
    "今年共有460名学生获得奖学金，人均3000元，覆盖全县各校，总额500万元用于各类资助。",
])
def test_a_bare_average_leaves_other_totals_alone(text):
    assert findings(text) == []


# 批次 (and the like: 车次, 艘次, 航次) is one measure word, not 批 with a noun 次 after it: the rate
# of passing batches reads both counts.
@pytest.mark.parametrize("good,bad,arith", [
    ("今年共抽检蔬菜样品600批次，合格594批次，合格率为99%。",
     "今年共抽检蔬菜样品600批次，合格594批次，合格率为93%。", "594批次 ÷ 600批次 = 99%"),
])
def test_batches_are_one_measure_word(good, bad, arith):
    assert_pair(good, bad, "NUM010", arith, verified="rate")
    units = {q.text: q.family for q in quantities(Document("<t>", "发送旅客列车120车次、客船36艘次"))}
    assert units == {"120车次": "count:车次", "36艘次": "count:艘次"}


# A whole's make-up (结构, 构成) given as one list of percentages covers the whole.
@pytest.mark.parametrize("good,bad,arith", [
    ("全省三次产业结构为7.6%、38.2%、54.2%。", "全省三次产业结构为7.6%、38.2%、56.4%。",
     "7.6% + 38.2% + 56.4% = 102.2%"),
    ("该县常住人口的年龄构成为18.5%、63.1%和18.4%，老龄化程度较深。",
     "该县常住人口的年龄构成为18.5%、63.1%和15.4%，老龄化程度较深。", "18.5% + 63.1% + 15.4% = 97%"),
])
def test_a_make_up_list_adds_up_to_the_whole(good, bad, arith):
    assert_pair(good, bad, "NUM008", arith, verified="percent-sum")


@pytest.mark.parametrize("text", [
    # 比例 alone: the shares of two wholes, one each
    "两地新能源车销量比例分别为18%、26%。",
    # a make-up word, but the figures after it are separate clauses with words of their own
    "全县收入结构持续优化，工资性收入增长8%，经营性收入增长5%。",
])
def test_shares_not_of_one_make_up_stay_quiet(text):
    assert findings(text) == []


# The width of a change (增幅, 涨幅, 降幅, 减幅, 跌幅) gives its size as a verb does, and its direction.
@pytest.mark.parametrize("good,bad,arith", [
    ("门票收入从3600万元减少到2700万元，降幅为25%。", "门票收入从3600万元减少到2700万元，降幅为35%。",
     "(2700万元 − 3600万元) ÷ 3600万元 = 25%"),
    ("全县油菜种植面积从2.4万亩扩大到3万亩，增幅达25%。", "全县油菜种植面积从2.4万亩扩大到3万亩，增幅达35%。",
     "(3万亩 − 2.4万亩) ÷ 2.4万亩 = 25%"),
    ("該區房價由每坪30萬元跌至27萬元，跌幅10%。", "該區房價由每坪30萬元跌至27萬元，跌幅12%。", "= 10%"),
])
def test_the_width_of_a_change_is_its_amount(good, bad, arith):
    assert_pair(good, bad, "NUM007", arith, verified="change-amount")


# The answers to one question (an answer and its negation among the labels) exclude each other:
# their shares may fall short of 100% (some did not answer) but never pass it.
@pytest.mark.parametrize("good,bad,arith", [
    ("在受访居民中，表示满意的占68%，表示一般的占24%，表示不满意的占8%。",
     "在受访居民中，表示满意的占68%，表示一般的占24%，表示不满意的占18%。", "68% + 24% + 18% = 110%"),
    ("问卷中表示支持垃圾分类新规的占83%，不支持的占11%。", "问卷中表示支持垃圾分类新规的占83%，不支持的占21%。",
     "83% + 21% = 104%"),
    ("受訪學生中，參加過志工服務的占57%，未參加過的占43%。", "受訪學生中，參加過志工服務的占57%，未參加過的占53%。",
     "57% + 53% = 110%"),
])
def test_answers_that_exclude_each_other_do_not_pass_the_whole(good, bad, arith):
    assert_pair(good, bad, "NUM008", arith, verified="percent-sum")


@pytest.mark.parametrize("text", [
    # a nested share: the very satisfied are among the satisfied
    "受访者中表示满意的占85%，其中非常满意的占52%，不满意的占6%。",
    # no negation: preferences may overlap (several answers allowed)
    "受访者中喜欢乘坐地铁的占64%，喜欢乘坐公交的占58%。",
    # two questions: 满意 of one thing, 不了解 of another
    "受访者中对公交服务满意的占78%，对新线路规划不了解的占35%。",
])
def test_shares_that_may_overlap_stay_quiet(text):
    assert findings(text) == []


# Taiwan copy sets figures off with spaces, before a multiplier too (8,120 億元): the figure is read
# and its relations checked like any other.
@pytest.mark.parametrize("good,bad,rule_id,arith", [
    ("研發經費由 7,450 億元增加到 8,120 億元。", "研發經費由 7,450 億元減少到 8,120 億元。", "NUM006",
     "7,450 億元 → 8,120 億元是增加"),
    ("今年研發經費達 8,120 億元，其中企業投入 6,380 億元。", "今年研發經費達 7,450 億元，其中企業投入 8,120 億元。",
     "NUM001", "其中8,120 億元大于总数7,450 億元"),
])
def test_spaced_figures_with_a_multiplier(good, bad, rule_id, arith):
    assert_pair(good, bad, rule_id, arith, verified=ANY)


# An average naming nothing of its own, after a total of its unit and a count, averages that total;
# 各 after a count's noun makes the figure after it an amount per counted thing.
@pytest.mark.parametrize("good,bad,arith", [
    ("全县发放高龄津贴1080万元，惠及老人9000人，人均1200元。", "全县发放高龄津贴1080万元，惠及老人9000人，人均1400元。",
     "9000人 × 人均1400元 = 1260万元"),
    ("該項目投入經費6,000萬元，改善住宅1,200戶，戶均5萬元。", "該項目投入經費6,000萬元，改善住宅1,200戶，戶均6萬元。",
     "1,200戶 × 戶均6萬元 = 7,200萬元"),
    ("县里为64个村各安排产业扶持资金30万元，合计1920万元。", "县里为64个村各安排产业扶持资金30万元，合计2120万元。",
     "64个 × 各30万元 = 1920万元，但文中为2120万元"),
    ("镇里给45户养殖户各补贴2000元，共计9万元。", "镇里给45户养殖户各补贴2000元，共计12万元。", "45户 × 各2000元 = 9万元"),
])
def test_averages_read_from_their_sentence(good, bad, arith):
    assert_pair(good, bad, "NUM004", arith, verified="average")


@pytest.mark.parametrize("text", [
    # the average names what it averages: income, not the output before it
    "全县地区生产总值500亿元，常住人口50万人，人均可支配收入3万元。",
    "县财政投入5000万元，帮助2000户脱贫，户均增收3000元。",
    # 各 after something that is no count of the figure's holders (两个项目各有一半资金来自上级)
    "两地各投入资金300万元，用于道路建设。",
    # a total with a noun of its own after 各: another quantity
    "县里为64个村各安排产业扶持资金30万元，项目总投资5亿元。",
])
def test_averages_leave_other_figures_alone(text):
    assert findings(text) == []


# A plan's share done (完成年度任务的92%) is a rate of the two counts before it; an amount per unit
# (每亩增产) is checked only against a change per that unit.
@pytest.mark.parametrize("good,bad,rule_id,arith", [
    ("今年计划植树3000亩，已完成2400亩，完成全年目标的80%。", "今年计划植树3000亩，已完成2400亩，完成全年目标的90%。",
     "NUM010", "2400亩 ÷ 3000亩 = 80%"),
    ("全年计划新建停车位5000个，已建成4600个，完成年度任务的92%。", "全年计划新建停车位5000个，已建成4600个，完成年度任务的82%。",
     "NUM010", "4600个 ÷ 5000个 = 92%"),
    ("全县油茶单产由每亩38公斤提高到52公斤，每亩增产14公斤。", "全县油茶单产由每亩38公斤提高到52公斤，每亩增产16公斤。",
     "NUM007", "52公斤 − 38公斤 = 14公斤"),
    ("全县粮食减产后由每亩450公斤降到420公斤，每亩减产30公斤。", "全县粮食减产后由每亩450公斤降到420公斤，每亩减产20公斤。",
     "NUM007", "450公斤 − 420公斤 = 30公斤"),
])
def test_plan_shares_and_amounts_per_unit(good, bad, rule_id, arith):
    assert_pair(good, bad, rule_id, arith, verified=ANY)


def test_an_amount_per_unit_is_no_change_of_a_total():
    assert findings("全县粮食总产由410万公斤提高到450万公斤，每亩增产50公斤。") == []


# 总数 after a subject of up to four characters naming the list's group (新建学校总数) is a cue: the
# sentence is read, and the running-total reading decides whether the subject claims the list.
@pytest.mark.parametrize("good,bad", [
    ("该县新建幼儿园6所、小学4所、初中2所，新建学校总数达12所。", "该县新建幼儿园6所、小学4所、初中2所，新建学校总数达14所。"),
])
def test_a_total_after_a_longer_subject_is_read(good, bad):
    assert_pair(good, bad, "NUM003", "6所 + 4所 + 2所 = 12所", verified="running-total")
    # a stock of its own after the list stays quiet
    assert findings("该县新建幼儿园6所、小学4所、初中2所，全县学校总数达140所。") == []
