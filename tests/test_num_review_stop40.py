"""What a review of this stop's NUM change found (each reproduced on a sentence written here).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_kinds_in_parentheses_are_read_past_han_and_must_make_the_whole():
    assert_pair("本届运动会代表团共获奖牌36枚（含金牌14枚、银牌12枚、铜牌10枚）。",
                "本届运动会代表团共获奖牌36枚（含金牌14枚、银牌12枚、铜牌5枚）。",
                "NUM002", "14枚 + 12枚 + 5枚 = 31枚", verified="parts")


def test_ge_lei_is_each_kind_not_each_of_the_names():
    text = "城区和农村各类学校今年招生1,200人，民办学校招生300人，合计1,500人。"
    assert findings(text) == []


def test_a_join_inside_a_name_gives_no_count_of_names():
    text = "和平区与河西区各建成社区食堂7个，南开区建成5个，三个区共建成19个。"
    assert findings(text) == []


def test_an_amount_since_the_end_of_last_year_and_a_percentage_on_a_year_ago():
    text = "截至9月末，全县各项存款余额1,286.4亿元，比去年年底增加92.7亿元，同比增长11.3%。"
    assert findings(text) == []


def test_a_figure_a_place_holds_is_no_change_taken_away_by_a_loss_after_it():
    # 共有…: the stock after, not a change; the closing is said of another figure
    text = "去年底全县共有农家书屋210家，今年新建12家，目前全县共有222家，其中3家因场地原因暂停开放。"
    assert findings(text) == []
