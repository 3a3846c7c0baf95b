"""Quantity extraction: figures, multipliers, units, qualifiers, rounding intervals, spans."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from checker.analysis.quantities import (INF, format_value, quantities, sentence_quantities,
                                         units)
from checker.document import Document
from checker.resources import data_path


def read(text):
    return quantities(Document("<test>", text))


def one(text):
    found = read(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def test_a_space_before_a_unit_is_read_only_in_spaced_copy():
    # no space before the figure, or a rank (第 3 名), or a year: no quantity
    assert [q.text for q in read("共有 5 個機關的 6 件作品，第 3 名，2024 年，共5 人")] == ["5 個", "6 件"]


def test_a_space_before_a_multiplier_and_after_a_qualifier_in_spaced_copy():
    found = read("預算由 6,420 億元增至 7,135 億元，約 3.5 萬人受惠，另有超過 1,200 人候補")
    assert [(q.text, q.value, q.qualifier) for q in found] == [
        ("6,420 億元", D("642000000000"), ""), ("7,135 億元", D("713500000000"), ""),
        ("3.5 萬人", D("35000.0"), "approx"), ("1,200 人", D("1200"), "over")]
    # unspaced copy, a rank, a space after the figure only: as before
    assert [q.text for q in read("總經費8,206 億元，第 3 萬名")] == []


@pytest.mark.parametrize("text,written,family,value,low,high", [
    # Arabic with decimals and multipliers: a decimal is rounded at its last digit
    ("发放2.51万户", "2.51万户", "households", "25100", "25050", "25150"),
    ("贷款12.45亿元", "12.45亿元", "money", "1245000000", "1244500000", "1245500000"),
    ("投入1.4774万人", "1.4774万人", "people", "14774", "14773.5", "14774.5"),
    ("资金18150万元", "18150万元", "money", "181500000", "181500000", "181500000"),
    # an integer is exact, with or without a multiplier
    ("改造5981户", "5981户", "households", "5981", "5981", "5981"),
    ("户均5万元", "5万元", "money", "50000", "50000", "50000"),
    # thousands separators and full-width digits
    ("受理49,811件", "49,811件", "count:件", "49811", "49811", "49811"),
    ("共１２３人", "１２３人", "people", "123", "123", "123"),
    # Chinese numerals through the numeral reader
    ("三人", "三人", "people", "3", "3", "3"),
    ("一千二百人", "一千二百人", "people", "1200", "1200", "1200"),
    ("两万人", "两万人", "people", "20000", "20000", "20000"),
    ("五十六点七八亩", "五十六点七八亩", "area-mu", "56.78", "56.775", "56.785"),
    ("三点五万元", "三点五万元", "money", "35000", "34500", "35500"),
    # compound figures as written in Taiwan copy; traditional units
    ("22萬4千元", "22萬4千元", "money", "224000", "224000", "224000"),
    ("24萬7,000人", "24萬7,000人", "people", "247000", "247000", "247000"),
    ("1億97萬6,000元", "1億97萬6,000元", "money", "100976000", "100976000", "100976000"),
    ("一兆四千五百億美元", "一兆四千五百億美元", "usd", "1450000000000", "1450000000000", "1450000000000"),
    ("3,000戶", "3,000戶", "households", "3000", "3000", "3000"),
    # thousands and hundreds in Arabic digits before 万/亿 or a unit: one figure, not two
    ("貿易額4千7百萬美元", "4千7百萬美元", "usd", "47000000", "47000000", "47000000"),
    ("配套3千5百万元", "3千5百万元", "money", "35000000", "35000000", "35000000"),
    ("观众3千5百人", "3千5百人", "people", "3500", "3500", "3500"),
    # a thousand or a hundred with 余/多 before 万/亿: up to the next thousand (hundred)
    ("补助6千余万元", "6千余万元", "money", "60000000", "60000000", "70000000"),
    ("营收3百多亿元", "3百多亿元", "money", "30000000000", "30000000000", "40000000000"),
    ("补助1千2百余萬元", "1千2百余萬元", "money", "12000000", "12000000", "13000000"),
    # figures set off with spaces, as Taiwan copy writes them
    ("全區規劃 13 座公園", "13 座", "count:座", "13", "13", "13"),
    ("完善路網 37.6 公里", "37.6 公里", "length", "37600", "37550", "37650"),
    # unit conversions inside a family
    ("修路3公里", "3公里", "length", "3000", "3000", "3000"),
    ("造林2公顷", "2公顷", "area", "20000", "20000", "20000"),
    ("3千米", "3千米", "length", "3000", "3000", "3000"),
    # percentages and percentage points are ratios: always rounded
    ("占40%", "40%", "percent", "40", "39.5", "40.5"),
    ("占12.5％", "12.5％", "percent", "12.5", "12.45", "12.55"),
    ("百分之五十", "百分之五十", "percent", "50", "49.5", "50.5"),
    ("下降0.5个百分点", "0.5个百分点", "points", "0.5", "0.45", "0.55"),
])
def test_figures_units_and_intervals(text, written, family, value, low, high):
    q = one(text)
    assert q.text == written
    assert text[q.start:q.end] == written
    assert q.family == family
    assert q.value == D(value)
    assert q.low == D(low) and q.high == D(high)


@pytest.mark.parametrize("text,qualifier,low,high", [
    # written as the interval: [ and ] include a bound, ( and ) exclude it (rules/data/num_widths.tsv)
    ("获得130余万元", "more", "[1300000", "1400000)"),
    ("20多人", "more", "[20", "30)"),
    ("1万多人", "more", "[10000", "20000)"),
    ("1.5万余名", "more", "[15000", "16000)"),
    ("约300人", "approx", "[240", "360]"),
    # 约 is as loose as the figure's own digits: ±20% for one significant digit, ±10% for two,
    # ±5% for three or more (of the rounding interval's bounds)
    ("约4.7万人", "approx", "[41850", "52250]"),
    ("约1200人", "approx", "[1080", "1320]"),
    ("约486架次", "approx", "[461.7", "510.3]"),
    ("大约13.62亿元", "approx", "[1293425000", "1430625000]"),
    ("300人左右", "approx", "[240", "360]"),
    ("近5200人", "near", "[4680", "5200]"),
    ("近2.1万亩", "near", "[18450", "21500)"),
    ("超过50人", "over", "(50", None),
    ("500元以上", "atleast", "[500", None),
    ("不足10人", "under", "[0", "10)"),
    ("10人以下", "atmost", "[0", "10]"),
    ("400~5000元", "range", "[400", "5000]"),
    ("300-500元", "range", "[300", "500]"),
    ("3-5万元", "range", "[30000", "50000]"),
])
def test_qualifiers_widen_the_interval(text, qualifier, low, high):
    q = one(text)
    assert q.qualifier == qualifier
    assert not q.exact
    assert q.low == D(low[1:]) and q.low_open == (low[0] == "(")
    if high is None:
        assert q.high == INF
    else:
        assert q.high == D(high[:-1]) and q.high_open == (high[-1] == ")")


def test_rounding_intervals_are_half_open():
    q = one("投入3.2亿元")
    assert (q.low, q.high, q.low_open, q.high_open) == (D("315000000"), D("325000000"), False, True)
    exact = one("改造5981户")
    assert (exact.low_open, exact.high_open) == (False, False)


def test_every_width_says_why():
    from checker.analysis.quantities import widths
    table = widths()
    assert {"approx", "approx-2", "approx-3", "near", "more", "atleast", "over", "atmost", "under"} <= set(table)
    assert all(len(w.why) > 20 for w in table.values())


def test_units_keep_their_families():
    kinds = {q.text: q.family for q in read("接待8200人次，帮扶300人、20名、5位，540户，3座、4处、5家、6条、7所")}
    assert kinds["8200人次"] == "person-times"          # 人次 is not 人
    assert kinds["300人"] == kinds["20名"] == kinds["5位"] == "people"
    assert kinds["540户"] == "households"
    assert {kinds[k] for k in ("3座", "4处", "5家", "6条", "7所")} == {
        "count:座", "count:处", "count:家", "count:条", "count:所"}


def test_bare_multiplier_takes_people_from_its_noun():
    found = read("对6.43万脱贫人口进行分类管理，由28.39万减少到7.93万")
    assert [(q.text, q.family) for q in found] == [
        ("6.43万", "people"), ("28.39万", "bare"), ("7.93万", "bare")]


def test_noun_and_lead_are_recorded():
    found = read("在479个村完成制作，为2.51万户贫困户发放户均5万元的贷款")
    village, households, loan = found
    assert village.noun.startswith("村")
    assert households.noun.startswith("贫困户")
    assert loan.lead.endswith("户均")


@pytest.mark.parametrize("text", [
    "2016年",                   # a year
    "二〇一六年",
    "2016年12月10日",             # a date
    "12月10日",
    "第三名",                     # ordinals
    "第3名",
    "一是培育特色产业",
    "电话18272211111",           # a phone number
    "电话0371-12345678",
    "东政〔2019〕15号",            # a document number
    "落实“1+17”精准扶贫方案",       # programme names in quotes
    "实行“853”挂图作业",
    "落实“六个精准”",
    "“十三五”期间",
    "十三五期间",
    "实现“两不愁三保障”",
    "一户一策，一村一品",             # numerals that are words
    "涉及千家万户",
    "数十人参加",                  # vague figures
    "十几个村",
    "唯一一件获选",
    "版本V2.0发布，G20峰会",
])
def test_not_quantities(text):
    assert read(text) == []


def test_spans_in_a_sample_sentence():
    text = "其中,去年底以来为2.51万户贫困户发放免抵押、户均5万元的贷款12.45亿元,实现目标。"
    found = read(text)
    assert [(q.text, q.start, q.end) for q in found] == [
        ("2.51万户", 9, 15), ("5万元", 26, 29), ("12.45亿元", 32, 39)]


def test_sentence_quantities_groups_by_sentence():
    doc = Document("<t>", "全县5981户。没有数字的句子。其中3465户")
    groups = doc.shared(sentence_quantities)
    assert [[q.text for q in g.quantities] for g in groups] == [["5981户"], ["3465户"]]
    assert doc.shared(quantities) is doc.shared(quantities)


def test_format_value_uses_the_multiplier_of_the_text():
    total = one("贷款12.45亿元")
    assert format_value(D("1255000000"), total) == "12.55亿元"
    assert format_value(D("1252500000"), total) == "12.525亿元"
    area = one("基地9.92万亩")
    assert format_value(D("99200"), area) == "9.92万亩"
    assert format_value(D("3000"), area) == "3000亩"


def test_unit_table_is_sorted_without_duplicates():
    lines = [line for line in data_path("units.tsv").read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    names = [line.split("\t")[0] for line in lines]
    assert names == sorted(names)
    assert len(names) == len(set(names))
    for line in lines:
        name, family, factor = line.split("\t")
        assert family and D(factor) > 0
    assert "万" not in units() and "亿" not in units()   # multipliers are not units


PHYSICAL_FAMILIES = {"money", "usd", "eur", "jpy", "gbp", "krw", "twd", "hkd", "area", "area-mu",
                     "length", "mass", "volume", "power", "power-peak", "energy", "energy-coal", "age", "percent", "points", "concentration",
                     "people", "households", "person-times"}


def test_every_unit_has_a_family():
    table = units()
    for name, unit in table.items():
        if unit.family.startswith("count:"):
            # a count family is named by a measure word of the table, counted in itself
            word = unit.family.split(":", 1)[1]
            assert word in table and table[word].family == unit.family, name
            assert unit.factor == 1, name
        else:
            assert unit.family in PHYSICAL_FAMILIES or unit.family.startswith("time-"), name


@pytest.mark.parametrize("text,family", [
    ("确诊病例12例", "count:例"), ("品种由12种", "count:种"), ("三类", "count:类"),
    ("设置监测点15点", "count:点"), ("办理案件4宗", "count:宗"), ("图书2000册", "count:册"),
    ("农机3台", "count:台"), ("渔船5艘", "count:艘"), ("无人机6架", "count:架"),
    ("培训课程8门", "count:门"), ("路灯320盏", "count:盏"), ("机井12眼", "count:眼"),
    ("种子2.5千克", "mass"), ("积水1.2毫米", "length"), ("工期3周", "time-week"),
])
def test_common_measure_words_are_units(text, family):
    assert one(text).family == family


def test_traditional_units_share_the_family_of_the_simplified():
    table = units()
    for trad, simp in (("種", "种"), ("類", "类"), ("點", "点"), ("冊", "册"), ("門", "门"),
                       ("盞", "盏"), ("輛", "辆"), ("場次", "场次")):
        assert table[trad].family == table[simp].family


def test_percent_range_written_with_baifenzhi():
    # Found by review: a 百分之 figure with a dash range crashed extraction (no Arabic lead).
    from checker.analysis.quantities import quantities
    from checker.document import Document
    found = quantities(Document("x", "今年产量增长百分之20-30。"))
    assert len(found) == 1
    assert (found[0].low, found[0].high, found[0].qualifier) == (20, 30, "range")


def _same_as_full_extraction(text):
    from checker.analysis.quantities import sentence_quantities
    from checker.analysis.relations import cue_sentences as relation_sentences
    from checker.document import Document
    doc = Document("x", text)
    full = {s.start: s for s in doc.shared(sentence_quantities)}
    chosen = doc.shared(relation_sentences)
    return [s.start for s in chosen if full.get(s.start) != s]


def test_relation_sentences_read_the_same_figures_as_a_whole_document_scan():
    # The NUM checks read figures only in sentences a relation can use; in those sentences the
    # figures must be exactly what reading the whole document finds.
    from conftest import SAMPLES
    for sample in sorted(SAMPLES.glob("*.txt")):
        assert _same_as_full_extraction(sample.read_text("utf-8")) == [], sample.name


def test_relation_sentences_on_corpus_slice(corpus_dir):
    for path in sorted(corpus_dir.glob("*.txt"))[::60]:
        assert _same_as_full_extraction(path.read_text("utf-8")) == [], path.name


@pytest.mark.parametrize("text,qualifier", [
    # a qualifier character that ends a word of its own is no hedge on the figure after it
    ("次日又签约8亿元", ""), ("全年节约经费3000元", ""), ("在附近300米范围内", ""), ("旅客预约300人", ""),
    ("去年出超300亿元", ""),
    # standing alone after a word, it hedges the figure
    ("双方达成约300亿元的合作", "approx"), ("會議進行約30分鐘", "approx"), ("共约8亿元", "approx"),
    ("签约项目约30个", "approx"), ("报名人数逼近3000人", "near"),
])
def test_a_qualifier_is_a_word_of_its_own(text, qualifier):
    assert one(text).qualifier == qualifier


def test_format_value_writes_a_figure_in_pieces_as_the_text_does():
    whole = one("总经费92億8,739萬5,000元")
    assert format_value(D("8190095000"), whole) == "81億9,009萬5,000元"
    assert format_value(D("13400"), one("孳生源1萬2,400處")) == "1萬3,400處"
    # (a sum that is no whole number keeps the multiplier's form)
    assert format_value(D("12345.5"), one("孳生源1万2,400处")) != "1万2,345.5处"
