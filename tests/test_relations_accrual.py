"""A stock, what was added to it or taken from it, and the stock after (relations/accrual.py): the
earlier stock named so, the change by a verb of adding or taking away, the later stock by a word of a
stock reached. Sentences written for these tests."""
from __future__ import annotations

from num_helpers import findings, verified_calcs


def _pair(good, bad, arith):
    assert findings(good) == []
    assert arith in verified_calcs(good)
    found = findings(bad)
    assert [r for r, _ in found] == ["NUM003"], found
    assert arith.split(" = ")[0] in found[0][1] and "增减后的存量不符" in found[0][1]


def test_a_stock_and_what_was_added():
    _pair("全县原有村级图书室84个，今年新建26个，累计达到110个。",
          "全县原有村级图书室84个，今年新建26个，累计达到130个。", "84个 + 26个 = 110个")


def test_a_stock_and_what_was_taken_away():
    _pair("此前已登记货运船舶140艘，今年注销18艘，现有122艘。",
          "此前已登记货运船舶140艘，今年注销18艘，现有132艘。", "140艘 − 18艘 = 122艘")


def test_a_stock_named_at_the_end_of_last_year_in_spaced_copy():
    _pair("截至去年底本市已設置公共充電樁 2,400 座，今年再增設 600 座，總數達到 3,000 座。",
          "截至去年底本市已設置公共充電樁 2,400 座，今年再增設 600 座，總數達到 3,600 座。",
          "2,400 座 + 600 座 = 3,000座")


def test_a_comparison_is_no_change_of_the_stock():
    assert findings("全县原有合作社120家，今年新增30家，比去年多新增10家，现有合作社150家。") == []


def test_a_sum_of_additions_is_no_stock():
    # 累计新增 adds up what was added, not the stock
    assert findings("全区原有托育机构40家，今年一季度新增6家，二季度新增9家，累计新增15家。") == []


def test_without_an_earlier_stock_nothing_is_read():
    assert findings("今年全县新建村级图书室26个，累计达到110个。") == []


def test_several_changes_between_the_stocks():
    _pair("这座档案馆原有馆藏档案38万件，今年新接收6.5万件，剔除1.5万件，现有馆藏43万件。",
          "这座档案馆原有馆藏档案38万件，今年新接收6.5万件，剔除1.5万件，现有馆藏53万件。",
          "38万件 + 6.5万件 − 1.5万件 = 43万件")


def test_an_earlier_stock_held_by_its_own_verb_in_spaced_copy():
    _pair("收容中心原收容流浪貓 640 隻，今年送養 230 隻，目前收容 410 隻。",
          "收容中心原收容流浪貓 640 隻，今年送養 230 隻，目前收容 510 隻。",
          "640 隻 − 230 隻 = 410隻")


def test_the_time_of_the_earlier_stock_in_a_clause_of_its_own():
    _pair("截至上季末，全市累计发放助学贷款2.4亿元，本季再发放0.6亿元，累计发放总额达3亿元。",
          "截至上季末，全市累计发放助学贷款2.4亿元，本季再发放0.6亿元，累计发放总额达3.6亿元。",
          "2.4亿元 + 0.6亿元 = 3亿元")


def test_a_new_place_is_no_change():
    # 新区 is a district's name, not a verb of adding
    assert findings("这个新区原有常住人口21.4万人，今年迁入3.1万人，现有常住人口24.5万人。") == []
