"""A rate beside three counts of one kind (checker/analysis/relations/rate.py): which two it is
computed from is not said, so every later-over-earlier pair is read, and the rate is verified when
exactly one fits; when none does it may count two of them together, and nothing is reported.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_pair, findings, relations


def test_due_present_and_absent_verified_by_the_one_pair_that_fits():
    good = "本次职工代表大会应到代表180名，实到171名，请假9名，出席率为95%。"
    assert findings(good) == []
    assert "171名 ÷ 180名 = 95%" in [r.args["calc"] for r in relations(good, "rate") if r.ok]


def test_no_pair_fitting_is_no_accusation():
    # the rate may count two of the counts together, or their complement: which is not said
    assert findings("本次职工代表大会应到代表180名，实到171名，请假9名，出席率为88%。") == []


def test_a_rate_that_some_pair_gives_stays_quiet():
    # 9 of 180 is 5%: the absence rate, read from the first and the third count
    assert findings("本次职工代表大会应到代表180名，实到171名，请假9名，缺席率为5%。") == []


def test_a_rate_before_its_two_counts():
    # the rate first, then the base framing the part (…的N件中有M件), the part named by the stem
    assert_pair("今年小微企业贷款审批通过率为82%，受理的350件申请中有287件审核通过。",
                "今年小微企业贷款审批通过率为92%，受理的350件申请中有287件审核通过。",
                "NUM010", "287件 ÷ 350件 = 82%", verified="rate")


@pytest.mark.parametrize("text", [
    "今年小微企业贷款审批通过率为82%，受理的350件申请中有120件来自外地企业。",
    "就业率为95%，全校4000名毕业生中有200人仍在求职。",
])
def test_a_part_the_rate_does_not_name_is_no_count_of_it(text):
    assert findings(text) == []
