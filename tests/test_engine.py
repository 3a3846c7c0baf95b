"""The engine: a crashing rule is an internal error for that file, never the end of the run."""
from __future__ import annotations

import dataclasses
import json

from checker import check_text, cli
from checker.document import Document
from checker.engine import check_document
from checker.registry import load_rules

from helpers import rule


def crashing_copy(base_id="PUNC002", new_id="PUNC999", name="always-crashes"):
    crashing = dataclasses.replace(rule(base_id), id=new_id, name=name, requires=())
    crashing.__dict__["check"] = lambda doc, r: (_ for _ in ()).throw(RuntimeError("boom"))
    return crashing


def test_crash_is_recorded_and_other_rules_still_run():
    result = check_document(Document("x", "补短板,,促攻坚"), [crashing_copy(), rule("PUNC001")])
    assert [d.rule_id for d in result.diagnostics] == ["PUNC001"]
    assert result.crashes[0].rule_id == "PUNC999" and "boom" in result.crashes[0].error


def test_span_outside_the_text_is_a_crash():
    from checker.diagnostic import Finding
    bad = dataclasses.replace(rule("PUNC002"), id="PUNC998", name="bad-span", requires=())
    bad.__dict__["check"] = lambda doc, r: [Finding(0, len(doc.text) + 5)]
    result = check_document(Document("x", "正文"), [bad])
    assert not result.diagnostics and "outside the text" in result.crashes[0].error


def test_crashing_rule_gives_exit_3_and_keeps_reporting(monkeypatch, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("补短板,,促攻坚\n", "utf-8")
    monkeypatch.setattr("checker.runner.load_rules", lambda: load_rules() + (crashing_copy(),))
    code = cli.main([str(path), "--format", "json"])
    captured = capsys.readouterr()
    assert code == 3
    assert "internal error: rule PUNC999 crashed" in captured.err and "please report" in captured.err
    assert "Traceback" not in captured.err
    assert [d["rule"] for d in json.loads(captured.out)["diagnostics"]] == ["PUNC001"]


def test_unencodable_fix_leaves_the_file_untouched(monkeypatch, tmp_path, capsys):
    from checker.diagnostic import Edit, Finding
    writer = dataclasses.replace(rule("PUNC002"), id="PUNC997", name="adds-emoji", requires=())
    writer.__dict__["check"] = lambda doc, r: [Finding(0, 1, {}, (Edit(0, 1, "😀"),))] if doc.text[0] != "😀" else []
    monkeypatch.setattr("checker.runner.load_rules", lambda: (writer,))
    path = tmp_path / "big5.txt"
    data = "臺南市政府今日舉行記者會說明防疫措施".encode("big5")
    path.write_bytes(data)
    code = cli.main([str(path), "--fix", "--select", "PUNC997"])
    assert code == 2
    assert "cannot be written back as cp950" in capsys.readouterr().err
    assert path.read_bytes() == data


def test_public_api():
    assert [d.rule_id for d in check_text("大通區(qū)堅持精準施策,,補短板")] == ["ENC003", "PUNC001"]
    assert check_text("大通區(qū)堅持", select=["PUNC"]) == []


def test_check_paths_goes_on_past_an_unreadable_file(tmp_path):
    from checker import check_paths
    (tmp_path / "a.txt").write_text("补短板,,促攻坚。\n", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c.txt").write_text("大通區(qū)堅持,,補短板\n", "utf-8")
    results = list(check_paths([str(tmp_path)]))
    assert [r.path.rsplit("/", 1)[1] for r in results] == ["a.txt", "b.txt", "c.txt"]
    assert [d.rule_id for d in results[0].diagnostics] == ["PUNC001"]
    assert results[1].document is None and "binary" in results[1].problem
    assert results[2].diagnostics and not results[2].crashes
