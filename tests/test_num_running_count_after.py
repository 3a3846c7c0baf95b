"""An average whose count comes after it (checker/analysis/relations/average.py, _count_after): the
figure of the count's family heading the very next clause after a total word (…，平均每家企业提供24个
岗位，共有150家企业参会; …，每户1000元，共慰问560户), when it names what the average or its total
names (企业, 慰问); a count of those who asked for it (共有560户提出申请) is another population.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_pair, findings, relations


def assert_average_pair(good, bad, arith):
    assert_pair(good, bad, "NUM004", arith, verified="average")


def test_a_count_after_its_average():
    assert_average_pair("这次招聘会共提供岗位3600个，平均每家企业提供24个岗位，共有150家企业参会。",
                        "这次招聘会共提供岗位3800个，平均每家企业提供24个岗位，共有150家企业参会。",
                        "150家 × 每家24个 = 3600个")
    assert_average_pair("本次共向困难群众发放慰问金56万元，每户1000元，共慰问560户。",
                        "本次共向困难群众发放慰问金56万元，每户1000元，共慰问660户。",
                        "660户 × 每户1000元 = 66万元")


@pytest.mark.parametrize("text", [
    "县里安排补助资金50万元，每户1000元，共有560户提出申请。",            # those who asked
    "本次共向困难群众发放慰问金56万元，每户1000元，今年以来共慰问660户。",  # not the next clause's head
])
def test_a_count_of_another_population_stays_quiet(text):
    assert findings(text) == []
    assert not [r for r in relations(text, "average") if not r.ok]
