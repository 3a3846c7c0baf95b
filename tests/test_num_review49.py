"""Readings review 49 (40 blind planted pairs: 12/40 strict at be4c20b and at b5eaf36, counted before
any change) asked for, besides those of tests/test_num_whole_further_back.py and the other files of
this stop: what the owner of a cost raises itself (县级自筹), named last after what others pay, is the
rest of the cost, so the parts must make the whole; a clause saying only the share of the part
before it (补助比例达7成) does not end the list of parts.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair


def test_the_share_raised_by_the_owner_is_the_rest_of_the_cost():
    assert_pair("该工程总投资1.86亿元，其中争取中央资金1.2亿元，县级自筹6600万元。",
                "该工程总投资1.86亿元，其中争取中央资金1.2亿元，县级自筹5600万元。",
                "NUM002", "1.2亿元 + 5600万元")


def test_a_clause_with_the_share_of_the_part_before_does_not_end_the_list():
    assert_pair("本案總經費新臺幣8億4,000萬元，其中中央補助5億8,800萬元，補助比例為7成，縣府自籌2億5,200萬元。",
                "本案總經費新臺幣8億4,000萬元，其中中央補助5億8,800萬元，補助比例為7成，縣府自籌2億2,500萬元。",
                "NUM002", "5億8,800萬元 + 2億2,500萬元")
