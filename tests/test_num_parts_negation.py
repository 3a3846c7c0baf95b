"""A kind and its negation are exclusive kinds (checker/analysis/relations/kinds.py,
_negation_pair: 有劳动能力 / 无劳动能力, 党员 / 非党员), and `其中的` + a figure is the object part
of the whole before (parts.py, _OBJECT: 带动其中的180户), unlike `其中的` + a noun (one member).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, relations


def test_a_kind_and_its_negation_are_added():
    assert_pair("全镇建档立卡脱贫户420户，其中有劳动能力的305户，无劳动能力的115户。",
                "全镇建档立卡脱贫户420户，其中有劳动能力的305户，无劳动能力的135户。",
                "NUM001", "305户 + 135户 = 440户", verified="parts")


def test_qizhongde_and_a_figure_is_a_part():
    assert_pair("这家种植合作社共有社员310户，今年已带动其中的226户实现增收。",
                "这家种植合作社共有社员310户，今年已带动其中的326户实现增收。",
                "NUM001", "其中326户", verified="parts")


def test_qizhongde_and_a_noun_is_one_member():
    text = "全县共有80多家行业协会，其中的县商会下设120个基层分会。"
    assert findings(text) == []
    assert not [r for r in relations(text) if r.kind.startswith("parts")]
