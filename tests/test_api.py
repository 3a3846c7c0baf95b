"""The public Python API: typed, positions as lines and columns, the JSON object, fixes, and no
half-way exceptions from check_paths."""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import checker
import pytest
from checker import RuleCrashError, apply_fixes, check_paths, check_text

from conftest import ROOT

TEXT = "第一行。\n大通區(qū)堅持精準施策,,補短板。\n"


def test_diagnostics_carry_offsets_lines_and_columns():
    found = check_text(TEXT, select=["PUNC", "ENC003"])
    assert [(d.rule_id, d.start, d.line, d.column, d.end_line, d.end_column) for d in found] == [
        ("ENC003", 7, 2, 3, 2, 8), ("PUNC001", 18, 2, 14, 2, 16)]
    assert found[0].path == "<text>" and TEXT[found[1].start:found[1].end] == ",,"


def test_to_dict_is_the_json_reports_object(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(TEXT, "utf-8")
    report = subprocess.run([sys.executable, "-m", "checker", str(path), "--format", "json"], cwd=ROOT,
                            capture_output=True, text=True)
    expected = json.loads(report.stdout)["diagnostics"]
    assert [d.to_dict() for d in check_text(TEXT, path=str(path))] == expected
    [result] = check_paths([path])
    assert [d.to_dict() for d in result.diagnostics] == expected


def test_apply_fixes_safe_then_unsafe():
    found = check_text(TEXT, select=["PUNC001", "ENC003"])
    assert apply_fixes(TEXT, found) == "第一行。\n大通區(qū)堅持精準施策,補短板。\n"
    assert apply_fixes(TEXT, found, unsafe=True) == "第一行。\n大通區堅持精準施策,補短板。\n"
    assert apply_fixes(TEXT, []) == TEXT
    with pytest.raises(ValueError, match="another text"):
        apply_fixes("别的文字", found)


def test_check_paths_reports_every_path_and_never_raises_half_way(tmp_path):
    (tmp_path / "a.txt").write_text("补短板,,促攻坚。\n", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "big.txt").write_text("正文" * 100, "utf-8")
    (tmp_path / "jiaodui.toml").write_text('max-file-size = "100B"\n')
    results = list(check_paths([tmp_path / "a.txt", tmp_path / "missing.txt", tmp_path / "b.txt",
                                tmp_path / "big.txt"]))
    assert [r.path.rsplit("/", 1)[1] for r in results] == ["a.txt", "missing.txt", "b.txt", "big.txt"]
    assert [d.rule_id for d in results[0].diagnostics] == ["PUNC001"] and results[0].problem is None
    assert results[1].problem == "no such file or directory" and results[1].document is None
    assert "binary" in (results[2].problem or "")
    assert "over the 100-byte limit" in (results[3].problem or "")


def test_a_config_error_below_one_path_does_not_stop_the_others(tmp_path):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "jiaodui.toml").write_text("selekt = 1\n")
    (tmp_path / "bad" / "a.txt").write_text("正文。\n", "utf-8")
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "b.txt").write_text("补短板,,促攻坚。\n", "utf-8")
    results = list(check_paths([tmp_path / "bad", tmp_path / "good"]))
    assert "selekt" in (results[0].problem or "")
    assert results[1].diagnostics


def test_rule_crashes_are_visible(monkeypatch):
    from checker.registry import load_rules

    from helpers import rule
    crashing = dataclasses.replace(rule("PUNC002"), id="PUNC999", name="always-crashes", requires=())
    crashing.__dict__["check"] = lambda doc, r: (_ for _ in ()).throw(RuntimeError("boom"))
    monkeypatch.setattr("checker.runner.load_rules", lambda: load_rules() + (crashing,))
    with pytest.raises(RuleCrashError) as caught:
        check_text("补短板,,促攻坚。")
    assert caught.value.crashes[0].rule_id == "PUNC999" and "boom" in str(caught.value)
    assert [d.rule_id for d in caught.value.diagnostics] == ["PUNC001"]


def test_the_api_is_typed_and_listed():
    assert (ROOT / "checker" / "py.typed").exists()
    for name in checker.__all__:
        assert hasattr(checker, name), name
    assert checker.check_text.__annotations__["return"] == "list[Diagnostic]"


def test_a_type_checker_sees_the_api_types(tmp_path):
    mypy = shutil.which("mypy") or str(Path(sys.executable).with_name("mypy"))
    if not Path(mypy).exists():
        pytest.skip("mypy is not installed")
    (tmp_path / "use.py").write_text(
        "from checker import apply_fixes, check_text\n"
        "found = check_text('补短板,,促攻坚')\n"
        "line: int = found[0].line\n"
        "fixed: str = apply_fixes('补短板,,促攻坚', found)\n"
        "wrong: str = found[0].column\n", "utf-8")
    env = {**os.environ, "PYTHONPATH": ""}
    result = subprocess.run([mypy, "--cache-dir", str(tmp_path / ".cache"), "use.py"], cwd=tmp_path,
                            capture_output=True, text=True, env=env)
    # Only the deliberate mistake: the package is found as typed (py.typed), not as Any.
    assert result.stdout.count("error:") == 1, result.stdout
    assert 'use.py:5: error: Incompatible types in assignment (expression has type "int"' in result.stdout


def test_check_paths_reports_a_symlink_loop_in_a_walk_and_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("补短板,,促攻坚。\n", "utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    results = list(check_paths([tmp_path]))
    assert [d.rule_id for r in results for d in r.diagnostics] == ["PUNC001"]
    assert any(r.problem and "loop.txt" in r.path for r in results)


def test_checking_never_changes_the_callers_document_or_settings():
    from checker.config import Config
    from checker.runner import Options, check_one
    doc = checker.Document("x.txt", "补短板,,促攻坚。", settings={"script": "traditional"})
    result = check_one(doc, Config(script="simplified"), Options(fix=True))
    assert doc.settings == {"script": "traditional"} and doc.text == "补短板,,促攻坚。"
    assert result.fixed_text == "补短板,促攻坚。"
