"""The result cache: the same bytes out with and without it, serial or in parallel; an entry is
used only for the same content and the same options."""
from __future__ import annotations

import shutil

import pytest

from checker import exit_codes, runner
from checker.cli import main

from conftest import SAMPLES


def json_report(tmp_path, *args) -> bytes:
    out = tmp_path / "report.json"
    code = main(["--format", "json", "-o", str(out), *args])
    assert code in (exit_codes.OK, exit_codes.FINDINGS)
    return out.read_bytes()


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """samples/ twice over (10 files: enough for --jobs to use a process pool)."""
    monkeypatch.chdir(tmp_path)
    for copy in ("a", "b"):
        shutil.copytree(SAMPLES, tmp_path / "tree" / copy, ignore=shutil.ignore_patterns("expected"))
    return tmp_path


def test_jobs_and_cache_give_byte_identical_json(tree):
    plain = json_report(tree, "--no-cache", "-j", "1", "tree")
    assert json_report(tree, "--no-cache", "-j", "2", "tree") == plain
    assert not (tree / ".jiaodui_cache").exists()
    assert json_report(tree, "-j", "2", "tree") == plain          # cold: workers write entries at once
    entries = list((tree / ".jiaodui_cache").rglob("*.json"))
    assert len(entries) == 10 and (tree / ".jiaodui_cache" / "CACHEDIR.TAG").is_file()
    assert json_report(tree, "-j", "1", "tree") == plain          # warm
    assert json_report(tree, "-j", "2", "tree") == plain
    assert json_report(tree, "-j", "1", "--show-verified", "tree") != plain


def test_an_entry_serves_the_same_content_and_options_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("他说,,好。\n", "utf-8")
    first = json_report(tmp_path, "a.txt")

    original = runner._Rechecker.__call__

    def not_again(self, text):
        raise AssertionError("checked again")
    monkeypatch.setattr(runner._Rechecker, "__call__", not_again)
    assert json_report(tmp_path, "a.txt") == first                # served from the cache
    for args in (["--select", "PUNC001", "a.txt"], ["--lang", "en", "a.txt"]):   # other options: checked
        assert main(["-q", *args]) == exit_codes.INTERNAL
    article.write_text("他说,,好!\n", "utf-8")                       # other content: checked
    assert main(["-q", "a.txt"]) == exit_codes.INTERNAL
    (next((tmp_path / ".jiaodui_cache").rglob("*.json"))).write_text("{broken", "ascii")
    monkeypatch.setattr(runner._Rechecker, "__call__", original)
    assert json_report(tmp_path, "--no-cache", "a.txt") == json_report(tmp_path, "a.txt")   # a damaged entry is a miss
