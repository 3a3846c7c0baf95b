"""Part–whole across a sentence (checker/analysis/relations/parts.py, _names_whole): `其中` opening
a sentence breaks down the whole of the sentence before when its part names what the whole
counts, and the whole's noun is read where a clause names it, right around its figure, not only
in the clause's first characters.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, relations, verified_kinds


def test_a_part_names_the_noun_right_before_a_long_clauses_whole():
    assert_pair("截至今年十月底，本县各级法院共审结商事纠纷案件2460件。其中买卖合同案件980件。",
                "截至今年十月底，本县各级法院共审结商事纠纷案件2460件。其中买卖合同案件2980件。",
                "NUM001", "其中2980件", verified="parts")


def test_a_part_names_the_noun_right_after_the_whole():
    assert_pair("国庆长假首日，全省各机场共保障4.6万人次进出港。其中本地居民进出港2.9万人次。",
                "国庆长假首日，全省各机场共保障4.6万人次进出港。其中本地居民进出港5.9万人次。",
                "NUM001", "其中5.9万人次", verified="parts")


def test_a_part_naming_another_thing_is_no_part_of_the_whole_before():
    # 民事案件 is no kind of 信访事项: the whole of the sentence before is not its whole
    text = "去年，县信访局共受理群众来访事项860件。其中，法院系统审结的民事案件达1200件。"
    assert findings(text) == []
    assert "parts" not in verified_kinds(text)


def test_two_characters_across_a_word_boundary_name_nothing():
    # 农业保险|保费 and 风险|保障 both hold 险保: the nearest whole is no whole of the subsidy; the
    # one whose clause names 保费 is
    text = "去年，全省农业保险保费收入86亿元，为120万户农户提供风险保障超900亿元。其中，省级财政拨付农业保险保费补贴31亿元。"
    wholes = [r.args["stated"] for r in relations(text) if r.kind == "parts"]
    assert wholes == ["86亿元"]


def test_exclusive_kinds_after_a_sentence_with_one_amount_of_their_kind():
    # 水田/旱地 name no 耕地, but they are exclusive kinds and the sentence before counts one area
    assert_pair("全镇现有耕地4.6万亩。其中，水田2.8万亩，旱地1.8万亩。",
                "全镇现有耕地4.6万亩。其中，水田2.8万亩，旱地2.8万亩。",
                "NUM001", "2.8万亩 + 2.8万亩 = 5.6万亩", verified="parts")
    # with two areas before, which of them is the whole is not said
    text = "全镇现有耕地4.6万亩，林地7.5万亩。其中，水田2.8万亩，旱地2.8万亩。"
    assert findings(text) == []


def test_a_shared_ending_cut_inside_a_word_names_no_places():
    # 立案省|部级干部 and 处分省|部级干部 are no places: the two counts are of two acts, not added
    text = "今年以来，全省纪检监察机关立案1.2万件，处分1.1万人。其中，立案厅局级干部21人，处分厅局级干部18人。"
    assert "21人 + 18人 = 39人" not in [r.args["calc"] for r in relations(text)]
    text = "今年以来，全国纪检监察机关立案8.6万件，处分7.9万人。其中，共立案省部级干部21人，处分省部级干部18人。"
    assert "21人 + 18人 = 39人" not in [r.args["calc"] for r in relations(text)]
