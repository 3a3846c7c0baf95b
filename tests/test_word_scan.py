"""analysis/word_scan.py: words split into patterns by first character and read back as one
pattern of all of them; and the class that guards a node of many branches in terms.trie_pattern.
Both only make the scan faster: every match must be the one the single pattern finds."""
from __future__ import annotations

import re

from checker.analysis.terms import trie_pattern
from checker.analysis.word_scan import FirstMatch, split_tries

# words with frequent and rare first characters, one a prefix of another, and tests on their ends
_WORDS = ["，其中", "，男生", "，女生", "，城镇", "，农村", "中", "人均", "人数", "共", "共计", "合计", "每户",
          "每人", "每亩", "每所", "每家", "占", "比例", "比重", "率", "由", "从", "增加", "增长", "提高", "下降"]
_TESTS = {"中": r"(?=[，,][^，,。]{0,8}[0-9])", "率": r"(?<=[\u3400-\u9fff]{2}率)(?=[0-9])",
          "共": r"(?=[^，,。]{0,6}[0-9])", "增加": "(?=到[0-9])"}
_TEXT = ("全县共有村庄85个，其中32个已完成改造，男生120人，女生98人。参加培训的人数增加到400人，人均补贴"
         "1200元，每户分到两袋米。在报名的60支队伍中，12支进入决赛；合格率95%，合计发放资金300万元。"
         "由去年的1.2万吨提高到1.5万吨，比例为30%，农村占六成，城镇每所学校每家企业都有人共同参与。")


def _all(search, text: str) -> list[tuple[int, int]]:
    found, at = [], 0
    while (m := search(at)) is not None:
        found.append(m.span())
        at = m.start() + 1
    return found


def test_the_split_patterns_find_what_the_one_pattern_finds():
    one = re.compile(trie_pattern(_WORDS, _TESTS))
    patterns = [re.compile(p) for p in split_tries(_WORDS, _TESTS)]
    assert len(patterns) > 1
    scan = FirstMatch(patterns, _TEXT)
    expected = _all(lambda at: one.search(_TEXT, at), _TEXT)
    assert expected and _all(scan.search, _TEXT) == expected


def test_no_first_character_is_in_two_patterns():
    heads = [{w[0] for w in _WORDS if re.match(p, w)} for p in split_tries(_WORDS)]
    assert set().union(*heads) == {w[0] for w in _WORDS}
    assert all(not a & b for i, a in enumerate(heads) for b in heads[i + 1:])


def test_a_scan_may_go_back():
    patterns = [re.compile(p) for p in split_tries(_WORDS, _TESTS)]
    one = re.compile(trie_pattern(_WORDS, _TESTS))
    scan = FirstMatch(patterns, _TEXT)
    for at in (40, 0, 90, 10, len(_TEXT), 3):
        ours, theirs = scan.search(at), one.search(_TEXT, at)
        assert (ours and ours.span()) == (theirs and theirs.span())


def test_a_guarded_node_matches_as_the_plain_alternation():
    # the node after 每 has four branches: the class of their characters comes first
    words = ["每户", "每人", "每亩", "每所", "每"]
    pattern = trie_pattern(words)
    assert "(?=[" in pattern
    plain = "|".join(sorted(words, key=len, reverse=True))
    for text in ("每户3人", "每年", "每所学校", "每", "每亩产"):
        assert re.match(pattern, text).group() == re.match(plain, text).group()
