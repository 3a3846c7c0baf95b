"""ENC008/ENC009 mixed script (opencc) and its data file."""
from __future__ import annotations

import random

import pytest

from checker.analysis.script import document_script, shared_characters
from checker.checks.script import script_runs
from checker.document import Document
from checker.resources import data_path

from helpers import fixed, rule, run_rules

SCRIPT_RULES = [rule("ENC008"), rule("ENC009")]


def doc(text, script="auto"):
    return Document("t", text, settings={"script": script})


def test_shared_character_data_is_sorted_without_duplicates():
    lines = [l for l in data_path("script_shared.txt").read_text("utf-8").splitlines()
             if l and not l.startswith("#")]
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    assert all(len(line) == 1 for line in lines)
    assert {"云", "凶", "于", "台", "里"} <= shared_characters()


def test_a_simplified_run_in_traditional_copy():
    text = "臺南市政府今天舉行記者會，说明这个计划的内容。市長表示將持續推動。"
    (run,) = script_runs(doc(text))
    assert text[run.start:run.end] == "说明这个计划的内" and run.converted == "說明這個計劃的內"
    (d,) = run_rules(doc(text), SCRIPT_RULES)
    assert d.rule_id == "ENC008" and d.fix.applicability.value == "unsafe"


def test_a_traditional_run_in_simplified_copy_is_fixed_safely():
    text = "国务院召开常务会议，研究部署臺灣同胞投资保护工作。会议指出要推动发展。"
    assert fixed(text, SCRIPT_RULES) == text.replace("臺灣", "台湾")


def test_single_characters_are_enc009_at_info():
    text = "讓弱势學子能藉由教育翻轉人生，社會大眾繼續關注並支持。"
    (d,) = run_rules(doc(text), SCRIPT_RULES)
    assert d.rule_id == "ENC009" and str(d.severity) == "info" and "勢" in d.message


@pytest.mark.parametrize("text", [
    "臺南市長黃偉哲今天說明，台灣的里程與公里數，皇后與後來，乾隆顯著。",
    "皇后、乾隆、显著、著作、干部、头发、后来、公里：这些都是简体文稿里的正常写法。",
    "俗諺云：「百善孝為先」，眾人咸認此說。",
    "GDP增长5%，WiFi和5G网络覆盖全县。",
])
def test_phrase_variants_and_shared_characters_are_quiet(text):
    assert run_rules(doc(text), SCRIPT_RULES) == []


def test_explicit_script_setting_overrides_the_majority():
    text = "这是简体。這是繁體。"
    assert document_script(doc(text)) in ("simplified", "traditional", None)
    runs = script_runs(doc(text, "simplified"))
    assert runs and all(r.minority == "traditional" for r in runs)
    runs = script_runs(doc(text, "traditional"))
    assert runs and all(r.minority == "simplified" for r in runs)


def _corpus_files(corpus_dir, prefixes, count):
    files = sorted(f for f in corpus_dir.glob("*.txt") if f.name.startswith(prefixes))
    return random.Random(6).sample(files, min(count, len(files)))


@pytest.mark.parametrize("prefixes,script", [(("twpres_", "tainan_"), "traditional"),
                                             (("xwlb_",), "simplified")])
def test_real_copy_wholly_in_one_script_is_quiet(corpus_dir, prefixes, script):
    warned = 0
    for path in _corpus_files(corpus_dir, prefixes, 150):
        text = path.read_text("utf-8")
        assert document_script(doc(text)) == script, path.name
        warned += sum(1 for d in run_rules(doc(text), SCRIPT_RULES) if d.rule_id == "ENC008")
    assert warned <= 1


def test_real_copy_with_a_converted_clause_is_caught(corpus_dir):
    import opencc
    t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    caught = total = 0
    for path in _corpus_files(corpus_dir, ("twpres_", "tainan_", "xwlb_"), 60):
        text = path.read_text("utf-8")
        convert = s2t if path.name.startswith("xwlb_") else t2s
        lines = text.split("\n")
        body = max(range(len(lines)), key=lambda i: len(lines[i]))
        clause = lines[body][:12]
        other = convert.convert(clause)
        if sum(a != b for a, b in zip(clause, other)) < 2:
            continue
        lines[body] = other + lines[body][12:]
        total += 1
        found = [d for d in run_rules(doc("\n".join(lines)), SCRIPT_RULES) if d.rule_id == "ENC008"]
        caught += any(d.start < sum(len(l) + 1 for l in lines[:body]) + 12 for d in found)
    assert total >= 20 and caught / total >= 0.9


def test_script_marks_data_matches_the_installed_opencc():
    import sys

    from conftest import ROOT
    sys.path.insert(0, str(ROOT / "tools"))
    from make_script_marks import compute

    from checker.analysis.script import script_marks
    expected = compute()
    marks = script_marks()
    assert marks["traditional"] == frozenset(expected["traditional"])
    assert marks["simplified"] == frozenset(expected["simplified"])
    assert not marks["traditional"] & marks["simplified"]


# Two short articles written for these tests, one in each script.
_SIMPLIFIED_ARTICLE = ("市政府召开会议部署环境治理工作\n"
                       "会议要求各区县加强监测，确保空气质量持续改善。\n"
                       "有关部门表示将尽快完善相关制度，并向社会公开进展。\n")
_TRADITIONAL_ARTICLE = ("市府舉辦記者會說明交通建設進度\n"
                        "市長表示，捷運綠線工程將於明年開始營運，並持續檢討路網規劃。\n"
                        "交通局也將加強宣導，讓民眾了解轉乘資訊。\n")


@pytest.mark.parametrize("text", [
    _SIMPLIFIED_ARTICLE + _TRADITIONAL_ARTICLE,
    _TRADITIONAL_ARTICLE + "\n" + _SIMPLIFIED_ARTICLE + _SIMPLIFIED_ARTICLE,
    _SIMPLIFIED_ARTICLE * 3 + _TRADITIONAL_ARTICLE,
])
def test_whole_articles_in_two_scripts_are_not_mixed_script(text):
    assert run_rules(doc(text), SCRIPT_RULES) == []


def test_a_short_headline_where_two_scripts_meet_goes_with_its_own_majority():
    text = _SIMPLIFIED_ARTICLE + "市長視察工地\n" + _TRADITIONAL_ARTICLE.split("\n", 1)[1]
    assert run_rules(doc(text), SCRIPT_RULES) == []


def test_one_finding_per_paragraph_names_each_run_and_fixes_them_all():
    paragraph = "会议要求各区县加強監測，确保空气質量持續改善，有关部门将尽快完善制度。"
    text = _SIMPLIFIED_ARTICLE.replace("会议要求各区县加强监测，确保空气质量持续改善。", paragraph)
    (d,) = run_rules(doc(text), SCRIPT_RULES)
    assert d.rule_id == "ENC008"
    assert "（2处）" in d.message and "“強監測”→“强监测”" in d.message and "“質量持續”→“质量持续”" in d.message
    assert len(d.fix.edits) == 2 and d.fix.applicability.value == "safe"
    assert fixed(text, SCRIPT_RULES) == text.replace("加強監測", "加强监测").replace("質量持續", "质量持续")


def test_single_characters_of_one_paragraph_are_one_enc009():
    text = "讓弱势學子能藉由教育翻轉人生，社會大眾繼續關注並支持，專案小组也會持續追蹤。"
    (d,) = run_rules(doc(text), SCRIPT_RULES)
    assert d.rule_id == "ENC009" and "2个简体字" in d.message and len(d.fix.edits) == 2


def test_a_pasted_paragraph_between_two_of_the_other_script_is_reported():
    pasted = "市長表示，捷運綠線工程將於明年開始營運，並持續檢討路網規劃。"
    lines = _SIMPLIFIED_ARTICLE.split("\n")
    text = "\n".join([lines[0], lines[1], pasted, lines[2]]) + "\n"
    (d,) = [d for d in run_rules(doc(text), SCRIPT_RULES) if d.rule_id == "ENC008"]
    line_start = len(lines[0]) + len(lines[1]) + 2
    assert line_start <= d.start < d.end <= line_start + len(pasted)
    assert d.fix.applicability.value == "safe"


def test_the_configured_script_holds_for_every_paragraph():
    text = _SIMPLIFIED_ARTICLE + _TRADITIONAL_ARTICLE
    found = run_rules(doc(text, "simplified"), SCRIPT_RULES)
    traditional_start = len(_SIMPLIFIED_ARTICLE)
    assert found and all(d.start >= traditional_start for d in found)
    # one finding per paragraph and rule: three paragraphs at most per rule
    assert len([d for d in found if d.rule_id == "ENC008"]) <= 3


def test_short_and_long_documents_find_the_same_marks(monkeypatch):
    from conftest import SAMPLES

    from checker.analysis import script
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text("utf-8") + "發展这個"
        monkeypatch.setattr(script, "_short_documents", 0)   # the set test, not the class
        short = script.present_marks(doc(text))
        assert short == {s: bool(script.mark_pattern(s).search(text)) for s in ("traditional", "simplified")}


@pytest.mark.parametrize("text", [
    "我们今天开会讨论这个问题。\n会议认为應该加强管理。\n大家都同意这个意见。",     # one stray traditional mark
    "这个問題\n我们认为这个问题很重要，要认真对待。",                           # a short mixed headline
    "這個問題很重要，我們應該認真對待。\n我们要认真对待这个问题。",             # a paragraph in traditional
    "問題\n这个",                                                              # nothing settled: the majority
    "会议\n這個問題",
])
def test_few_traditional_marks_read_as_when_every_line_is_counted(text, monkeypatch):
    # mixed_paragraphs and document_script read a few traditional marks from their lines alone;
    # with every line counted (no mark is "few") they must say the same.
    from checker.analysis import script

    def read():
        doc = Document("x", text, settings={"script": "auto"})
        return doc.shared(script.mixed_paragraphs), doc.shared(script.document_script)

    quick = read()
    monkeypatch.setattr(script, "_FEW", 0)
    assert read() == quick
