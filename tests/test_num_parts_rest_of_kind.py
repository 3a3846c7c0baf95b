"""The rest named by the parts' kind (其余各区 after 甲区…), with its own sum word (其余各区合计…),
is the rest of the whole (checker/analysis/relations/parts.py): the parts and it make the whole.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair


def test_the_other_districts_summed():
    assert_pair("这次寒潮全市停电共计4.8万户，其中东湖区2.1万户，其余各区合计2.7万户。",
                "这次寒潮全市停电共计4.8万户，其中东湖区2.1万户，其余各区合计3.7万户。",
                "NUM001", "2.1万户 + 3.7万户 = 5.8万户", verified="parts")
