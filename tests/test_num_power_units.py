"""Power and energy written in letters (rules/data/units.tsv: kW, MW, GW, kWh, MWh, GWh, 瓩) are
units of their families, so the relations read them as they read 千瓦 and 千瓦时.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import findings, relations


def test_an_accrual_in_megawatts():
    good = "全县风电装机去年底为640MW，今年新增180MW，目前累计820MW。"
    bad = "全县风电装机去年底为640MW，今年新增180MW，目前累计860MW。"
    assert findings(good) == []
    assert any(r.ok for r in relations(good))
    [(rule, message)] = findings(bad)
    assert rule == "NUM003" and "640MW + 180MW = 820MW" in message


def test_parts_of_an_energy_total():
    assert findings("园区储能容量3.6GWh，其中一期1.5GWh、二期2.1GWh。") == []
    [(rule, message)] = findings("园区储能容量3.6GWh，其中一期1.5GWh、二期2.6GWh。")
    assert rule == "NUM001" and "1.5GWh + 2.6GWh = 4.1GWh" in message


def test_power_and_energy_do_not_add_up_together():
    # a capacity in kW and a yearly output in kWh are different quantities
    assert findings("电站装机容量50kW，其中屋顶光伏30kW，年发电量6万kWh。") == []
