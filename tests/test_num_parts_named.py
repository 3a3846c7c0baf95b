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
