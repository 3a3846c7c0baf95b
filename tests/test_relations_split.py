"""The part–whole readings split by what they are (checker/analysis/relations/parts.py with a cue
word, breakdown.py without one, sum_of_parts.py weighing both; cues.py choosing the sentences,
kinds.py telling exclusive kinds, vocabulary.py the words all build on): each reading still reports the broken sentence with its
arithmetic and verifies the correct one.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest
from checker.analysis.relations import breakdown, cues
from checker.document import Document

from num_helpers import findings, verified_kinds

# (correct, broken, the arithmetic the broken one shows): one pair per reading
PAIRS = [
    # parts.py: 其中, a list of exclusive kinds
    ("全镇共有自然村90个，其中已通自来水的村62个、未通自来水的村28个。",
     "全镇共有自然村90个，其中已通自来水的村62个、未通自来水的村35个。", "62个 + 35个 = 97个"),
    # breakdown.py: the kinds of one outcome right after their whole, no 其中
    ("本次考试应到64人，实到61人，缺考3人。", "本次考试应到64人，实到61人，缺考7人。", "61人 + 7人 = 68人"),
    # breakdown.py: a part and the rest
    ("今年受理投诉312件，已办结287件，其余25件正在办理。",
     "今年受理投诉312件，已办结287件，其余41件正在办理。", "287件 + 41件 = 328件"),
    # breakdown.py: kinds named before 分别为
    ("全县林地面积为86万亩，生态林和经济林分别为51万亩和35万亩。",
     "全县林地面积为86万亩，生态林和经济林分别为51万亩和43万亩。", "51万亩 + 43万亩 = 94万亩"),
]


@pytest.mark.parametrize(("good", "bad", "arith"), PAIRS)
def test_each_reading_reports_the_broken_and_verifies_the_correct(good, bad, arith):
    assert findings(good) == []
    assert "parts" in verified_kinds(good)
    found = findings(bad)
    assert [r for r, _ in found] == ["NUM001"], found
    assert arith in found[0][1], found[0][1]


def test_breakdowns_read_a_sentence_without_a_cue_word():
    doc = Document("<t>", "本次考试应到64人，实到61人，缺考7人。")
    sentence = doc.shared(cues.cue_sentences)[0]
    found = breakdown.breakdowns(doc, sentence, [q.start for q in sentence.quantities])
    assert [(r.kind, r.ok, r.args["calc"]) for r in found] == [("parts-exceed", False, "61人 + 7人 = 68人")]
