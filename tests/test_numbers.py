"""NUM checks: each relation, its arithmetic message, and the text that must stay quiet."""
from __future__ import annotations

import pytest

from checker.checks.numbers import verified
from checker.document import Document
from checker.registry import load_rules

from helpers import run_rules

NUM = [r for r in load_rules() if r.family == "NUM"]


def num_findings(text):
    return [(d.rule_id, d.message) for d in run_rules(text, NUM)]


def only(text, rule_id):
    found = num_findings(text)
    assert [r for r, _ in found] == [rule_id], found
    return found[0][1]


def test_average_times_count_shows_the_arithmetic():
    message = only("其中,去年底以来为2.51万户贫困户发放免抵押、免担保、3年期限、户均5万元的财政全额贴息"
                   "精准扶贫专项贷款12.45亿元,实现了三年任务两年完成的总目标。", "NUM004")
    assert "2.51万户 × 户均5万元 = 12.55亿元（按四舍五入取值在[12.525亿元, 12.575亿元)内），但文中为12.45亿元" in message


def test_average_times_count_within_rounding_is_quiet():
    # 2.505万 × 5万 = 12.525亿, which rounds to 12.53亿: possible once 2.51万 is read as rounded
    assert num_findings("为2.51万户贫困户发放户均5万元的贷款12.53亿元。") == []
    assert num_findings("为2.51万户贫困户发放户均5万元的贷款12.57亿元。") == []
    # intervals are half-open: 12.52亿 is [12.515亿, 12.525亿), which 12.525亿 is not in
    assert only("为2.51万户贫困户发放户均5万元的贷款12.52亿元。", "NUM004")


def test_rounding_of_a_sum():
    assert num_findings("总人口2.57万人，其中城镇人口1.24万人、农村人口1.34万人。") == []
    # off by more than rounding allows, either way
    assert "2.68万人" in only("总人口2.57万人，其中城镇人口1.34万人、农村人口1.34万人。", "NUM001")
    assert "2.38万人" in only("总人口2.57万人，其中城镇人口1.04万人、农村人口1.34万人。", "NUM002")
    # exact integers: one person over is over
    assert "30人 + 29人 = 59人，大于总数58人" in only("全村58人，其中男性30人、女性29人。", "NUM001")
    assert "30人 + 29人 = 59人，小于总数60人" in only("全村60人，其中男性30人、女性29人。", "NUM002")
    assert num_findings("全村59人，其中男性30人、女性29人。") == []


def test_sum_across_units_of_one_family():
    assert num_findings("扶持新建和改造各类特色产业基地9.92万亩,其中烟叶5.9万亩、梨园2.7万亩,新建和改造"
                        "茶园3000亩、蔬菜6500亩、其他经济林3700亩,发展袋料香菇8000万袋。") == []
    assert only("基地9.92万亩，其中烟叶5.9万亩、茶园43000亩。", "NUM001")


def test_running_total_across_measure_words_and_a_broken_paragraph():
    text = ("一是在9个村庄建成11个分布式光伏电站,并投资100万元入股观城恒阳现代农业1处集中式\n\n"
            "光伏电站,以上12个光伏电站年收益20余万元。")
    assert num_findings(text) == []
    assert any("11个 + 1处 = 12个" in r.args["calc"] for r in verified(Document("<t>", text)))
    assert "11个 + 1处 = 12个" in only(text.replace("以上12个", "以上13个"), "NUM003")


def test_change_direction_and_amount():
    assert num_findings("贫困人口由2011年底的28.39万减少到2015年底的7.93万;贫困发生率由51%下降到14%。") == []
    assert only("贫困人口由2011年底的28.39万增加到2015年底的7.93万。", "NUM006")
    assert "37个百分点" in only("贫困发生率由51%下降到14%，下降了27个百分点。", "NUM007")
    assert num_findings("贫困发生率由51%下降到14%，下降了37个百分点。") == []


def test_share_and_percentages_of_one_whole():
    assert "25%" in only("全市授信3600亿元，其中小微企业授信900亿元，占比30%。", "NUM005")
    assert num_findings("全市授信3600亿元，其中小微企业授信900亿元，占比25%。") == []
    assert "98%" in only("贫困人口中男性占52%，女性占46%。", "NUM008")
    assert num_findings("贫困人口中男性占52%，女性占48%。") == []


def test_out_of_proportion():
    text = ("该县圆满完成了31个村1.4774万人的脱贫任务。表彰贫困户354名、帮扶干部40位。"
            "累计带动28006440名贫困人口稳定脱贫。")
    assert "1895倍" in only(text, "NUM009")
    assert num_findings(text.replace("28006440名", "2800名")) == []
    assert num_findings(text.replace("28006440名", "2800.644万名")) == []


@pytest.mark.parametrize("text", [
    # nested breakdowns, overlapping stages and ambiguous totals seen in real copy
    "代表团总人数516人，其中运动员284人，包括男运动员126人、女运动员158人，教练员、工作人员232人。",
    "代表团共1329人，其中运动员886人，女运动员437人，男运动员449人，包括36位奥运会冠军。",
    "有资格申购户数为302户，其中，已申购271户，已交屋263户。",
    "立案2482人，处分1647人，移送司法机关73人，其中，处分厅局级干部54人、县处级285人。",
    "此次访港代表团包括65名运动员和8名教练员，其中金牌获得者59名。",
    "贸易实现增长的190多个国家和地区中，贸易规模超过万亿元、千亿元和百亿元的分别有14个、62个和137个。",
    "列管工程案件共31件，其中停工案件9件，包含公部门3件(其中2件正在发掘)及私人开发6件。",
    "职工总数增加至1862450人，其中，技术人员数量从97万人增加至113万人。",
    "往来人数已达212万人次，其中，赴日旅客136万人次，来台旅客76万人次，预估全年将逾300万人次。",
    "铁路营业里程15.9万公里，其中高铁4.5万公里；全国公路里程543.68万公里，其中高速公路18.36万公里。",
    "百岁以上人瑞共有287位，相较去年共增加约40位，其中刚满百岁者有121位，超过百岁者有166位。",
    # running totals that are not
    "年资奖为某主席等22人、部长奖为某主席等47人、绩优奖为某主任，共计70人获奖。",
    "未达20平方米补助1万元，达20平方米未达100平方米补助5万元，100平方米以上10万元。",
    "15位大法官中，第一款者占2位，第三款者占5位，第四款者占3位，第五款者占5位，加起来一共15位。",
    # changes that are not simple rises and falls
    "识别精度从过去的30米提高至现在的15米。",
    "卫星光学分辨率从2到3米提高到0.5米。",
    "居民消费价格指数同比由上月下降0.3%转为上涨0.1%。",
    "生产总值从1992年的150亿元增长到2010年的3242.65亿元，年均增长16%。",
    "非化石能源消费比重由2020年的16.0%增至2024年的19.8%，年均提高近1个百分点。",
    "桥长由22公尺增长为42.3公尺，原有河道深度增加1.5公尺。",
    "开放雪道数量从64条增至74条，雪道面积增加15%。",
    # averages with bounds or other quantities
    "为540户贫困家庭解决小额贷款2700万元,入股食品公司,户均年收益不低于3000元,连补3年。",
    # not quantities at all
    "全面落实省“1+17”精准扶贫方案和州“1+17+1”配套方案，实行“853”挂图作业。",
    "东政〔2019〕15号文件要求，“十三五”期间实现“两不愁三保障”，咨询电话18272211111。",
    "2021年08月18日 星期三",
])
def test_must_stay_quiet(text):
    assert num_findings(text) == []


def test_verified_lists_checked_arithmetic():
    doc = Document("<t>", "总人口2.57万人，其中城镇人口1.24万人、农村人口1.34万人。")
    shown = [r.args["calc"] for r in verified(doc)]
    assert shown == ["1.24万人 + 1.34万人 = 2.58万人"]


def test_every_relation_kind_has_its_rule():
    from checker.analysis.relations import FINDERS
    from checker.checks.numbers import _VERIFIED_BY, KINDS
    declared = [r.params.kind for r in load_rules() if r.family == "NUM" and r.check_path.startswith("numbers.")]
    assert len(declared) == len(set(declared)), "two NUM rules report the same kind"
    assert set(declared) == KINDS
    assert set(FINDERS) == KINDS | set(_VERIFIED_BY)
    # Every kind is really produced by its finder's module: Relation("kind", ...), or by a function
    # of the relations package the module calls (sum_of_parts.weigh_parts weighs every part–whole
    # reading, with 其中 in parts.py and without in breakdown.py).
    import importlib
    import inspect
    for kind, finder in FINDERS.items():
        module = importlib.import_module(finder.__module__)
        homes = {finder.__module__} | {getattr(v, "__module__", "") for v in vars(module).values() if callable(v)}
        sources = [inspect.getsource(importlib.import_module(h)) for h in sorted(homes)
                   if h.startswith("checker.analysis.relations")]
        assert any(f'"{kind}"' in source for source in sources), kind


@pytest.mark.parametrize("text", [
    "全省投资2万億元。",                                                   # mixed-script multiplier
    "全县有28006440人参加。另有28006440人报名，还有28006440人观看。",         # one figure repeated
    "今年产量增长百分之20-30，其中粮食占百分之5-10。",
])
def test_inputs_found_by_review_do_not_crash(text):
    from checker.engine import check_document
    result = check_document(Document("x", text), [r for r in load_rules() if r.family == "NUM"])
    assert not result.crashes, result.crashes[0].trace


def test_a_failing_relation_kind_does_not_take_the_other_rules_down(monkeypatch):
    from checker.checks import numbers
    from checker.engine import check_document

    def broken(doc):
        raise RuntimeError("boom")
    monkeypatch.setitem(numbers.FINDERS, "average", broken)
    text = "由2011年底的28.39万人增加到2015年底的7.93万人。"
    result = check_document(Document("x", text), [r for r in load_rules() if r.family == "NUM"])
    assert [c.rule_id for c in result.crashes] == ["NUM004"]
    assert [d.rule_id for d in result.diagnostics] == ["NUM006"]


def test_num_vocabulary_data_file():
    from checker.resources import read_word_sections
    words = read_word_sections("num_words.txt")
    assert set(words) == {"scope-stop", "exhaustive-last", "up", "down", "complements",
                          "exclusive-kinds", "split-words", "partitions", "rates", "rate-deeds", "measure-verbs", "grade-units",
                          "in-progress", "then-words", "smaller-better", "net-words",
                          "group-participles", "group-heads", "kinds-of-a-noun", "survey-words", "say-words",
                          "work-verbs", "designations", "overlap-words", "measures-not-summed", "opposite-signs", "process-stages",
                          "sizes", "precipitation", "honour-titles", "object-measure-words", "one-deed",
                          "making-verbs"}
    assert all(len(pair.split()) == 2 for pair in words["complements"])
    assert not set(words["up"]) & set(words["down"])
    # (verbs of one deed are never two stages of a process, nor two sides of a line)
    for line in words["one-deed"]:
        deed = set(line.split())
        assert all(len(deed & set(stages.split())) < 2 for stages in words["process-stages"]), line
        assert all(len(deed & set(sides.split())) < 2 for sides in words["opposite-signs"]), line
    for section, entries in words.items():
        assert all(entries) and len(entries) == len(set(entries)), section


# A hedged figure (约, 近, 余) is shown with its word in the arithmetic, and the message says the
# range allows for it, not for rounding alone; exact figures say rounding only.
@pytest.mark.parametrize("text,rule_id,calc,basis", [
    ("县里今年新建文化广场50个，其中乡镇广场约30个、村级广场近40个。", "NUM001",
     "约30个 + 近40个 = 70个", "按四舍五入和约数（约、近、余）取值在"),
    ("全年完成植树造林26万亩，其中人工造林12.4万亩，其余9.7万亩为封山育林。", "NUM002",
     "12.4万亩 + 9.7万亩 = 22.1万亩", "按四舍五入取值在"),
])
def test_a_hedged_figure_is_named_in_the_arithmetic(text, rule_id, calc, basis):
    message = only(text, rule_id)
    assert calc in message and basis in message, message


def test_exact_figures_of_a_change_show_one_value_not_a_range():
    message = only("全镇民宿接待游客由4200人次增加到6300人次，增长40.5%。", "NUM007")
    assert "(6300人次 − 4200人次) ÷ 4200人次 = 50%，但文中为“增长40.5%”（取值在[40.45%, 40.55%)内）" in message, message
    assert "取值在50%内" not in message


def test_the_rest_of_a_compound_number_is_no_count_of_its_own():
    # (108億4,000萬度: one figure, its unit 度 not in the unit table; 4,000 is none of its own)
    from num_helpers import findings
    assert findings("去年風力發電108億4,000萬度，其中離岸風電82億1,000萬度。") == []
