"""Averages whose count, total or name stand where the first readings did not look
(relations/average.py): people per event summed into person-times; the money of a whole scheme
(总金额, not its budget or funds) as the total of any amount per head it pays; the count named as those who qualify; the count ending the sentence before; what an
average pays named as its standard before the marker (补贴标准为每户…); a total naming the deed
after its figure (共为…对新人办理了登记 … 平均每个登记处办理…).

All sentences are invented for these tests.
"""
from __future__ import annotations

from helpers import run_rules
from num_helpers import NUM, assert_pair, findings


def test_an_average_per_person_is_not_read_over_person_times():
    # (3600人次 may be 1200 people trained three times: the count of people is not said)
    assert findings("全年开展技能培训3600人次，发放培训补贴120万元，人均补贴1000元。") == []


def test_people_per_event_add_up_to_person_times():
    assert_pair("全年举办社区读书会64场，平均每场读者35人，累计参与读者2240人次。",
                "全年举办社区读书会64场，平均每场读者53人，累计参与读者2240人次。",
                "NUM004", "64场 × 每场53人 = 3392人次", "average")


def test_the_funds_of_a_scheme_total_what_it_pays_each():
    assert_pair("今年全县80岁以上老人共4,260人，每人发放长寿慰问金500元，总金额213万元。",
                "今年全县80岁以上老人共4,260人，每人发放长寿慰问金500元，总金额231万元。",
                "NUM004", "4,260人 × 每人500元 = 213万元", "average")
    # (a budget or the funds of a scheme may pay for more than the handout)
    assert findings("今年全县引进教师120名，每人发放安家补贴3万元，总预算500万元。") == []
    assert findings("活动共邀请长者800人，每人致赠礼金1000元，总经费100万元。") == []


def test_the_count_named_as_those_who_qualify():
    assert_pair("本县退役军人每人可领春节慰问金800元，今年符合条件者共3,150人，总金额252万元。",
                "本县退役军人每人可领春节慰问金800元，今年符合条件者共3,510人，总金额252万元。",
                "NUM004", "3,510人 × 每人800元 = 280.8万元", "average")


def test_the_count_ending_the_sentence_before():
    assert_pair("经逐户核实，全镇确定救助对象420户。救助标准为每户1500元，共计发放救助金63万元。",
                "经逐户核实，全镇确定救助对象420户。救助标准为每户1500元，共计发放救助金36万元。",
                "NUM004", "420户 × 每户1500元 = 63万元", "average")
    # (a count naming nothing the average's sentence names: not its count)
    assert findings("全镇今年新建农房420户。救助标准为每户1500元，共计发放救助金36万元。") == []


def test_a_total_naming_its_deed_after_the_figure():
    assert_pair("国庆当天全县6个政务服务点共为540名群众办理了证照业务，平均每个服务点办理90名。",
                "国庆当天全县6个政务服务点共为540名群众办理了证照业务，平均每个服务点办理95名。",
                "NUM004", "6个 × 每个95名 = 570名", "average")


def test_a_part_picked_out_and_named_after_its_figure_is_what_the_average_is_of():
    text = "全村共312户、1,080人，去年村集体经济收入75.6万元，其中拿出21.6万元进行分红，人均分红200元。"
    assert findings(text) == []


def test_the_count_further_back_past_a_paragraph_break():
    # (a measure word of one kind of thing names what it counts; a count in 个 or 家 must name it)
    assert_pair("今年全县共完成老旧校车更新186辆。\n县教育局介绍，每辆补助购车款12万元，共计发放补助资金2232万元。",
                "今年全县共完成老旧校车更新186辆。\n县教育局介绍，每辆补助购车款12万元，共计发放补助资金2322万元。",
                "NUM004", "186辆 × 每辆12万元 = 2232万元")
    assert_pair("本县今年共有80岁以上老人5,240人符合领取条件。\n县民政局说明，高龄补贴总额为419.2万元，平均每位老人领取800元。",
                "本县今年共有80岁以上老人5,240人符合领取条件。\n县民政局说明，高龄补贴总额为419.2万元，平均每位老人领取900元。",
                "NUM004", "5,240人 × 每位900元")
    # (a count of a subtotal that names only a deed the average's sentence repeats: not its count)
    text = ("全县今年计划建设村级文化广场90个，已建成68个。\n分片区看，东片建成30个，西片建成24个，两片合计建成54个。\n"
            "已建成的文化广场累计完成投资1.02亿元，平均每个150万元。")
    assert findings(text) == []


def test_count_and_total_two_paragraphs_before_the_average():
    good = ("县民政局今天表示，暴雨过后的临时救助已发放完毕，共救助受灾家庭1,420户，发放临时救助金426万元。\n"
            "工作人员逐户上门核实灾情，简化了申请手续。\n经统计，平均每户获得救助金3000元。")
    bad = good.replace("平均每户获得救助金3000元", "平均每户获得救助金3600元")
    assert findings(good) == []
    found = findings(bad)
    assert [r for r, _ in found] == ["NUM004"] and "1,420户 × 平均每户3600元 = 511.2万元" in found[0][1]
    # (reported at the average, the later statement)
    [d] = run_rules(bad, NUM)
    assert bad[d.start:d.end] == "3600元"


def test_last_years_average_is_no_average_of_this_years_count():
    text = ("今年灯会共举办16场，累计吸引游客48万人次，平均每场3万人次。\n"
            "但平均每场游客人次较去年的2.6万人次增加4000人次。")
    assert findings(text) == []
