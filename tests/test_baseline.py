"""The baseline: accepted findings are matched by rule, file, span text and neighbourhood, never by
line, and identical findings by count."""
from __future__ import annotations

import json
import shutil

from checker import exit_codes
from checker.cli import main

from conftest import SAMPLES

NEW_ERROR = "新增一段：大通区(qū)今天开会。\n\n"    # inline pinyin (ENC003), in words of our own


def findings(tmp_path, *args):
    out = tmp_path / "out.json"
    code = main(["--format", "json", "-o", str(out), *map(str, args)])
    return code, json.loads(out.read_text("utf-8"))["diagnostics"]


def test_an_edit_above_brings_back_nothing_old_and_the_new_finding_is_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "article.txt"
    shutil.copy(SAMPLES / "001_22c0313364257ba8.txt", article)
    code, before = findings(tmp_path, "article.txt")
    assert code == exit_codes.FINDINGS and len(before) >= 3
    code, recorded = findings(tmp_path, "--write-baseline", "base.json", "article.txt")
    assert code == exit_codes.OK and recorded == []
    data = json.loads((tmp_path / "base.json").read_text("utf-8"))
    assert sum(e["count"] for e in data["findings"]) == len(before)
    assert all("line" not in e for e in data["findings"])
    article.write_text(NEW_ERROR + article.read_text("utf-8"), "utf-8")
    code, after = findings(tmp_path, "--baseline", "base.json", "article.txt")
    assert code == exit_codes.FINDINGS
    assert [(d["rule"], d["line"]) for d in after] == [("ENC003", 1)]
    # Without the baseline every old finding is still there, two lines further down.
    _, everything = findings(tmp_path, "article.txt")
    assert len(everything) == len(before) + 1


def test_identical_findings_match_by_count_and_a_fixed_one_drops_out(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "dup.txt"
    line = "他说,,好。\n"
    article.write_text(line * 3, "utf-8")
    findings(tmp_path, "--write-baseline", "base.json", "dup.txt")
    [entry] = json.loads((tmp_path / "base.json").read_text("utf-8"))["findings"]
    assert (entry["rule"], entry["span"], entry["count"]) == ("PUNC001", ",,", 3)
    article.write_text(line * 4, "utf-8")
    code, new = findings(tmp_path, "--baseline", "base.json", "dup.txt")
    assert code == exit_codes.FINDINGS and [d["rule"] for d in new] == ["PUNC001"]
    article.write_text(line * 2, "utf-8")
    code, new = findings(tmp_path, "--baseline", "base.json", "dup.txt")
    assert code == exit_codes.OK and new == []
    findings(tmp_path, "--write-baseline", "base.json", "dup.txt")    # rewritten: the fixed one is gone
    [entry] = json.loads((tmp_path / "base.json").read_text("utf-8"))["findings"]
    assert entry["count"] == 2


def test_a_bad_baseline_is_an_input_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("好。\n", "utf-8")
    (tmp_path / "base.json").write_text("{}", "utf-8")
    assert main(["--baseline", "base.json", "a.txt"]) == exit_codes.ERROR
    assert "not a jiaodui baseline" in capsys.readouterr().err
    assert main(["--baseline", "missing.json", "a.txt"]) == exit_codes.ERROR
