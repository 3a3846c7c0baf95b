"""Figures set off with spaces, as Taiwan copy writes them (再增加到 51 億元, 共 1,250 人): every
relation reads them as it reads the same copy without the spaces, and reports at the figures as
written (checker/analysis/relations/spaced.py). Sentences written for these tests."""
from __future__ import annotations

import re

import pytest
from checker.analysis.relations.spaced import unspaced
from checker.document import Document

from helpers import run_rules
from num_helpers import NUM, assert_pair, relations


def without_spaces(text):
    """The copy a writer who does not space figures off would have written."""
    return re.sub(r"(?<=[0-9%])[ ]+(?![A-Za-z0-9])|(?<![A-Za-z0-9 ])[ ]+(?=[0-9])", "", text)


# Each: a correct spaced copy, the same copy broken, the rule, the arithmetic of the report.
SPACED_PAIRS = [
    # the verb of the later point of a series stands before a space (再增加到 51 億元)
    ("2019 年本市長照經費是 42 億元；2020 年再增加到 51 億元。",
     "2019 年本市長照經費是 42 億元；2020 年再減少到 51 億元。", "NUM006", "42 億元 → 51 億元是增加"),
    # the total word before a spaced figure (總計 50 件)
    ("本季受理書面申請 18 件，電話申請 25 件，臨櫃申請 7 件，總計 50 件。",
     "本季受理書面申請 18 件，電話申請 25 件，臨櫃申請 7 件，總計 53 件。", "NUM003", "18 件 + 25 件 + 7 件 = 50件"),
    # 餘 after a spaced figure: more than 12萬, up to 13萬
    ("本市登記志工共計 35 萬人，其中青年志工 12 餘萬人。",
     "本市登記志工共計 35 萬人，其中青年志工 38 餘萬人。", "NUM001", "其中38 餘萬人"),
    # a compound figure with spaces inside it (9 萬 8,528 人 is 98528 people, not 9萬 and 8,528人)
    ("全市身障人口 9 萬 8,528 人，其中女性 4 萬 4,311 人，男性 5 萬 4,217 人。",
     "全市身障人口 9 萬 8,528 人，其中女性 4 萬 4,311 人，男性 5 萬 6,217 人。", "NUM001",
     "4 萬 4,311 人 + 5 萬 6,217 人 = 10萬528人，大于总数9 萬 8,528 人"),
    # a total, its parts after 其中
    ("全區志工共 1,250 人，其中女性 640 人，男性 610 人。",
     "全區志工共 1,250 人，其中女性 690 人，男性 610 人。", "NUM001", "690 人 + 610 人 = 1,300人，大于总数1,250 人"),
]


@pytest.mark.parametrize("good,bad,rule_id,arith", SPACED_PAIRS)
def test_spaced_copy_is_checked(good, bad, rule_id, arith):
    assert_pair(good, bad, rule_id, arith, verified=None)
    assert any(r.ok for r in relations(good))


def _read(text):
    """The relations of a text, their figures written without spaces (to compare two copies)."""
    return sorted((r.kind, r.ok, r.variant, tuple(q.text.replace(" ", "") for q in r.operands),
                   tuple(sorted((k, v.replace(" ", "")) for k, v in r.args.items()))) for r in relations(text))


@pytest.mark.parametrize("text", [t for pair in SPACED_PAIRS for t in pair[:2]] + [
    "園區規劃 21.4 公里道路與 18 座公園，其中包含 7 座濕地公園。",
    "本市今年新設托嬰中心 6 處，較去年的 4 處增加 2 處。",
    "調查顯示，滿意者占 62%，不滿意者占 30%，無意見者占 8%。",
])
def test_spaced_copy_reads_as_the_unspaced_copy(text):
    spaced, plain = _read(text), _read(without_spaces(text))
    assert plain, "the unspaced copy reads a relation"
    assert spaced == plain


def test_findings_stand_at_the_figures_as_written():
    text = ("市府說明長照經費的變化。\n"
            "2019 年本市長照經費是 42 億元；2020 年再減少到 51 億元。\n"
            "全區志工共 1,250 人，其中女性 690 人，男性 610 人。\n")
    doc = Document("<t>", text)
    found = sorted((d.rule_id, doc.position(d.start), doc.position(d.end), text[d.start:d.end])
                   for d in run_rules(doc, NUM))
    assert found == [("NUM001", (3, 29), (3, 34), "610 人"), ("NUM006", (2, 32), (2, 37), "51 億元")]


def test_a_figure_shown_as_written_leaves_a_longer_one_alone():
    # 7座 is written "7 座", the total 17座 without a space: only the part is shown with one
    found = [m for _, m in [(d.rule_id, d.message) for d in run_rules(
        "園區共有17座公園，其中濕地公園 7 座、運動公園 12 座。", NUM)]]
    assert len(found) == 1 and "7 座 + 12 座 = 19座，大于总数17座。" in found[0], found


@pytest.mark.parametrize("text,view", [
    ("再增加到 8,980 億元，占比 3.96% 及 4 成", "再增加到8,980億元，占比3.96%及4成"),
    ("第 3 名", "第3名"),
    # a space between two figures, next to a Latin letter or at a line's start stays
    ("電話 06 2991111，COVID 19 疫情", "電話06 2991111，COVID 19疫情"),
    ("比重 5% 3%\n 6 人", "比重5% 3%\n 6人"),
])
def test_the_view_takes_out_only_the_spaces_next_to_figures(text, view):
    found = unspaced(Document("<t>", text))
    assert found is not None and found.doc.text == view


@pytest.mark.parametrize("text", ["全县有行政村85个，其中32个已完成改造。", "COVID 19 and 06 2991111", "第一 名"])
def test_copy_without_spaced_figures_is_read_as_it_is(text):
    assert unspaced(Document("<t>", text)) is None


def test_a_figure_in_a_code_stays_quiet_when_spaced():
    # a document number and a rank are no quantities, spaced or not
    assert [d.rule_id for d in run_rules("依府授字第 1120 號函辦理，共 3 人獲獎，其中 1 人第 1 名、2 人第 2 名。", NUM)] == []


def test_the_engine_releases_what_the_view_asks_for(monkeypatch):
    """The engine frees each analysis after its last rule: it must find, through the finders'
    wrappers, the view and every analysis read in it."""
    from checker import engine
    from checker.engine import check_document
    from checker.registry import load_rules
    asked = set()
    shared = Document.shared

    def recording(self, analysis):
        asked.add(analysis)
        return shared(self, analysis)

    monkeypatch.setattr(Document, "shared", recording)
    rules = load_rules()
    check_document(Document("x", SPACED_PAIRS[0][1] + "\n" + SPACED_PAIRS[4][1]), list(rules))
    table = engine._last_users(tuple(rules))
    assert unspaced in asked
    assert [a.__qualname__ for a in asked if a not in table] == []


def test_a_computed_result_is_not_shown_as_a_written_figure():
    # the sum is computed (50件), even where it equals the total the text writes (50 件)
    good = SPACED_PAIRS[1][0]
    assert [r.args["calc"] for r in relations(good, "running-total") if r.ok] == ["18 件 + 25 件 + 7 件 = 50件"]


def test_a_figure_in_pieces_with_a_space_between_them_is_one_figure():
    # 3億 2,400萬元: the space after 億 is layout inside one figure
    from num_helpers import assert_pair
    assert_pair("本案總經費新臺幣 4億 6,500萬元，由中央補助 2億 9,000萬元、市府自籌 1億 7,500萬元。",
                "本案總經費新臺幣 4億 6,500萬元，由中央補助 2億 9,000萬元、市府自籌 2億 7,500萬元。",
                "NUM001", "2億 9,000萬元 + 2億 7,500萬元 = 5億6,500萬元", verified="parts")
