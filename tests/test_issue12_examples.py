"""Issue 12's own sentences (invented in the issue, not corpus text): each example of the table of
missed shapes is reported by its rule, and each quiet example under "Why" stays quiet."""
from __future__ import annotations

import pytest
from checker.registry import load_rules

from helpers import run_rules

RULES = [r for r in load_rules() if r.family in ("DUP", "DATE", "ENC")]

REPORTED = [
    ("DATE002", "2024年，全县共谋划202436个重点项目。"),
    ("DATE003", "截至2022底，全县农村自来水普及率达98%。"),
    ("DATE003", "2024暑期全县42所中小学的体育场馆向学生免费开放。"),
    ("DUP005", "本报讯 今年以来，我县扎实推进农村人居环境整治工作。今年以来，我县扎实推进农村人居环境整治工作。"),
    ("DUP005", "县长王明出席仪式。县长王明出席仪式。"),
    ("DUP004", "村里对主干道、巷道、排水沟、巷道进行了硬化。"),
    ("DUP003", "镇党委书记表示，要持续抓好产业发展，抓好产业发展，带动群众增收。"),
    ("DUP007", "【关闭窗口】【关闭窗口】【关闭窗口】【关闭窗口】"),
    ("DUP005", ("标题\n今年以来，全县累计新建农村公益性公墓17处。\n今年以来，全县累计新建农村公益性公墓17处。同时，县里在各\n"
                "乡镇设立殡葬服务站。")),
]

QUIET = [
    "我们要研究究竟是哪个环节出了问题。",
    "推动供需一对一对接。",
    "他住在海淀区海淀镇。",
    "各村分别安排资金30万元、30万元、25万元。",
    "项目清单\n1. 东村道路工程\n备注：本项目已通过验收。\n2. 西村道路工程\n备注：本项目已通过验收。",
    "乡村阅读季启动\u3000\u3000书香飘进千家万户\n县图书馆今天启动乡村阅读季。",
]


@pytest.mark.parametrize("rule_id,text", REPORTED)
def test_missed_shape_is_reported(rule_id, text):
    assert rule_id in [d.rule_id for d in run_rules(text, RULES)]


@pytest.mark.parametrize("text", QUIET)
def test_quiet_example_stays_quiet(text):
    found = [d for d in run_rules(text, RULES) if d.rule_id.startswith(("DUP", "DATE", "ENC015"))]
    assert not found, [(d.rule_id, d.message) for d in found]
