"""How writers word averages (checker/analysis/relations/average.py, cues.py): a measure word or the
count's noun before 均 (场均, 校均), 亩产 as an average per mu of a yield, 每 + the first character of
the count's noun (9个小组，每组…), 平均 after the marker (每处平均), a total before the average that names
what it averages (发放助学贷款…，人均贷款…), and 总金额 as a bare total word.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_pair, findings, relations


def assert_average_pair(good, bad, arith):
    assert_pair(good, bad, "NUM004", arith, verified="average")


@pytest.mark.parametrize("good,bad,arith", [
    ("剧院今年共演出话剧240场，观众达到9.6万人次，场均400人次。",
     "剧院今年共演出话剧240场，观众达到9.6万人次，场均500人次。", "240场 × 场均500人次 = 12万人次"),
    ("全市38所中小学共配备校医76名，校均2名。",
     "全市38所中小学共配备校医76名，校均3名。", "38所 × 校均3名 = 114名"),
    ("全乡今年种植油菜2.5万亩，平均亩产180公斤，总产量450万公斤。",
     "全乡今年种植油菜2.5万亩，平均亩产180公斤，总产量540万公斤。", "2.5万亩 × 平均亩产180公斤 = 450万公斤"),
    ("县团委组建了9个志愿小组，每组15名队员，志愿队员共计135名。",
     "县团委组建了9个志愿小组，每组15名队员，志愿队员共计153名。", "9个 × 每组15名 = 135名"),
    ("该县今年清理河道淤泥18万立方米，涉及河段600处，每处平均300立方米。",
     "该县今年清理河道淤泥18万立方米，涉及河段600处，每处平均400立方米。", "600处 × 每处400立方米 = 24万立方米"),
    ("今年全县发放生源地助学贷款6300万元，资助学生9000人，人均贷款7000元。",
     "今年全县发放生源地助学贷款6300万元，资助学生9000人，人均贷款9000元。", "9000人 × 人均9000元 = 8100万元"),
    ("县里今年慰问困难党员860人，每人800元，慰问总金额68.8万元。",
     "县里今年慰问困难党员860人，每人800元，慰问总金额86.8万元。", "860人 × 每人800元 = 68.8万元"),
])
def test_averages_as_writers_word_them(good, bad, arith):
    assert_average_pair(good, bad, arith)


@pytest.mark.parametrize("text", [
    # a total before that names something else than the average
    "今年全县发放种粮补贴6300万元，资助学生9000人，人均贷款9000元。",
    # 均 after a character that names no count of the sentence
    "剧院今年共演出话剧240场，观众达到9.6万人次，日均800人次。",
])
def test_averages_of_another_thing_stay_quiet(text):
    assert findings(text) == []
    assert not [r for r in relations(text, "average") if not r.ok]
