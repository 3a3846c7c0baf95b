"""The earlier stock of an accrual named as a count so far (已累计, 开通以来累计) or at the end of a
year of Taiwan's calendar (截至113年底, 至113年底) (checker/analysis/relations/accrual.py), and 此前
choosing a sentence for it (cues.py).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import findings, relations


def _accrual_pair(good: str, bad: str, arith: str) -> None:
    assert findings(good) == []
    assert any(r.ok and r.kind == "running-total" for r in relations(good))
    [(rule, message)] = findings(bad)
    assert rule == "NUM003" and arith in message


def test_a_count_so_far():
    _accrual_pair("这座体育馆开馆以来累计接待市民86.4万人次，暑期又接待12.3万人次，累计接待达到98.7万人次。",
                  "这座体育馆开馆以来累计接待市民86.4万人次，暑期又接待12.3万人次，累计接待达到92.7万人次。",
                  "86.4万人次 + 12.3万人次 = 98.7万人次")


def test_an_earlier_stock_after_cipian():
    _accrual_pair("此前全县已有62个村建成幸福食堂，今年新增19个，幸福食堂累计81个。",
                  "此前全县已有62个村建成幸福食堂，今年新增19个，幸福食堂累计71个。",
                  "62个 + 19个 = 81个")


def test_a_year_end_of_the_roc_calendar():
    _accrual_pair("本市共融公園至113年底已設置38座，114年再新增9座，累計達47座。",
                  "本市共融公園至113年底已設置38座，114年再新增9座，累計達57座。",
                  "38座 + 9座 = 47座")
