"""The command line, run as a user would run it: exit codes, formats, options, fixing."""
from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLES

DAMAGED = "大通區(qū)堅持精準施策,,補短板。\n"
CLEAN = "泌阳县于2016年12月10日引入第三方评估机构。\n"


def run(*args, cwd=None, stdin=None, env=None):
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd or ROOT,
                          input=stdin, capture_output=True, env=env)


def out(result):
    return result.stdout.decode("utf-8")


def err(result):
    return result.stderr.decode("utf-8")


@pytest.fixture
def damaged(tmp_path):
    path = tmp_path / "damaged.txt"
    path.write_text(DAMAGED, "utf-8")
    return path


def test_clean_file_exits_0(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, "utf-8")
    result = run(str(path))
    assert result.returncode == 0, err(result)
    assert out(result) == "全部检查通过（1 个文件）。\n"
    assert out(run(str(path), "--lang", "en")) == "All checks passed (1 file).\n"


def test_findings_exit_1_and_text_format(damaged):
    result = run(str(damaged), "--no-color")
    assert result.returncode == 1
    text = out(result)
    assert f"{damaged}:1:3: ENC003" in text
    assert f"{damaged}:1:14: PUNC001" in text
    # The caret line sits under the span, counting CJK characters as two columns.
    lines = text.splitlines()
    source = next(i for i, l in enumerate(lines) if l.startswith("1 | 大通區"))
    assert lines[source + 1] == "  |     ^^^^^^"  # 大通 is 4 columns wide; 區(qū) is 2 + 4
    assert "\033[" not in text  # no colour when not on a terminal


def test_check_subcommand_is_the_default(damaged):
    assert run("check", str(damaged)).returncode == run(str(damaged)).returncode == 1


def test_json_contract(damaged):
    result = run(str(damaged), "--format", "json")
    report = json.loads(out(result))
    assert list(report) == ["tool", "version", "summary", "files", "diagnostics"]
    assert report["tool"] == "jiaodui"
    assert report["summary"] == {"files": 1, "diagnostics": 2, "error": 1, "warning": 1, "info": 0}
    assert report["files"] == [{"path": str(damaged), "encoding": "utf-8"}]
    first = report["diagnostics"][0]
    assert list(first) == ["path", "rule", "name", "severity", "message", "line", "column",
                           "end_line", "end_column", "fix"]
    assert (first["rule"], first["line"], first["column"], first["end_line"], first["end_column"]) == \
        ("ENC003", 1, 3, 1, 8)
    assert first["fix"]["applicability"] == "unsafe"  # a lone annotation may be a real gloss
    assert first["fix"]["edits"] == [{"line": 1, "column": 4, "end_line": 1, "end_column": 8,
                                      "replacement": ""}]


def test_github_format(damaged):
    lines = out(run(str(damaged), "--format", "github")).splitlines()
    assert lines[0].startswith(f"::error file={damaged},line=1,col=3,endLine=1,endColumn=8,title=ENC003 inline-pinyin::")
    assert lines[1].startswith("::warning ")


def test_concise_format(damaged):
    text = out(run(str(damaged), "--format", "concise", "--quiet"))
    assert text.splitlines()[0].startswith(f"{damaged}:1:3: ENC003")
    assert "Found" not in text


def test_select_ignore_and_fail_on(damaged):
    assert json.loads(out(run(str(damaged), "--format", "json", "--select", "PUNC")))["summary"]["diagnostics"] == 1
    assert json.loads(out(run(str(damaged), "--format", "json", "--ignore", "ENC003,PUNC001")))["summary"]["diagnostics"] == 0
    assert json.loads(out(run(str(damaged), "--format", "json", "--select", "inline-pinyin")))["summary"]["error"] == 1
    assert run(str(damaged), "--select", "PUNC", "--fail-on", "error").returncode == 0
    assert run(str(damaged), "--exit-zero").returncode == 0


def test_usage_errors_exit_2(damaged, tmp_path):
    result = run(str(damaged), "--select", "NOPE999")
    assert result.returncode == 2 and "NOPE999" in err(result)
    assert run().returncode == 2
    assert run("--format", "xml", str(damaged)).returncode == 2
    missing = run(str(tmp_path / "missing.txt"))
    assert missing.returncode == 2 and "no such file" in err(missing)


def test_stdin_with_filename():
    result = run("-", "--stdin-filename", "news/today.txt", "--format", "concise", stdin=DAMAGED.encode())
    assert result.returncode == 1
    assert out(result).startswith("news/today.txt:1:3: ENC003")


def test_fix_keeps_encoding_bom_and_line_endings(tmp_path):
    path = tmp_path / "gbk.txt"
    original = "全面完成任务，，群众满意。。\r\n第二行文字内容，，结束。\r\n"
    path.write_bytes(original.encode("gbk"))
    result = run(str(path), "--fix", "--format", "concise")
    assert result.returncode == 0, out(result) + err(result)
    assert path.read_bytes() == "全面完成任务，群众满意。\r\n第二行文字内容，结束。\r\n".encode("gbk")
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeff补短板,,促攻坚\r".encode("utf-8"))
    run(str(bom), "--fix")
    assert bom.read_bytes() == "\ufeff补短板,促攻坚\r".encode("utf-8")


def test_fix_twice_changes_nothing_more(tmp_path):
    path = tmp_path / "000.txt"
    path.write_bytes((SAMPLES / "000_7fe318e09c4d210f.txt").read_bytes())
    first = run(str(path), "--fix", "--format", "concise")
    assert first.returncode == 0, out(first)
    once = path.read_bytes()
    second = run(str(path), "--fix")
    assert second.returncode == 0 and path.read_bytes() == once
    assert "Fixed" not in out(second)


def test_diff_changes_nothing(damaged):
    before = damaged.read_bytes()
    result = run(str(damaged), "--diff", "--unsafe-fixes")
    assert result.returncode == 1
    assert "-大通區(qū)堅持精準施策,,補短板。" in out(result)
    assert "+大通區堅持精準施策,補短板。" in out(result)
    assert damaged.read_bytes() == before


def test_fix_on_stdin_prints_fixed_text():
    result = run("-", "--fix", stdin="补短板,,促攻坚。\n".encode())
    assert out(result) == "补短板,促攻坚。\n"


def test_bad_input_is_reported_and_exits_2(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "big.txt").write_bytes("正文".encode() * 2000)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run(str(tmp_path), "--max-file-size", "1KB", "--format", "json")
    assert result.returncode == 2
    assert "image.txt: binary file" in err(result)
    assert "big.txt: skipped: over the 1,024-byte limit (the file is 12,000 bytes" in err(result)
    report = json.loads(out(result))
    assert [f["path"] for f in report["files"]] == [str(tmp_path / "empty.txt")]


def test_directory_walk_include_exclude_and_gitignore(tmp_path):
    (tmp_path / "a.txt").write_text(DAMAGED, "utf-8")
    (tmp_path / "b.md").write_text(DAMAGED, "utf-8")
    (tmp_path / "c.html").write_text(DAMAGED, "utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.txt").write_text(DAMAGED, "utf-8")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "e.txt").write_text(DAMAGED, "utf-8")
    (tmp_path / ".gitignore").write_text("old/\n")
    (tmp_path / "jiaodui.toml").write_text('exclude = ["drafts/"]\n')
    report = json.loads(out(run(str(tmp_path), "--format", "json")))
    assert sorted(f["path"].rsplit("/", 1)[1] for f in report["files"]) == ["a.txt", "b.md"]  # not .html: named or included


def test_config_file_is_validated(tmp_path, damaged):
    config = tmp_path / "jiaodui.toml"
    config.write_text('selekt = ["ENC"]\n')
    result = run(str(damaged))
    assert result.returncode == 2
    assert str(config) in err(result) and "selekt" in err(result)
    config.write_text('ignore = ["ENC999"]\n')
    result = run(str(damaged))
    assert result.returncode == 2 and "ENC999" in err(result)
    config.write_text('fail-on = "loud"\n')
    assert run(str(damaged)).returncode == 2


def test_pyproject_config_with_severity_and_per_file_ignores(tmp_path, damaged):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.jiaodui]\nfail-on = "error"\n'
        '[tool.jiaodui.severity]\nPUNC001 = "error"\n'
        '[tool.jiaodui.per-file-ignores]\n"damaged.txt" = ["ENC"]\n')
    report = json.loads(out(run(str(damaged), "--format", "json")))
    assert [(d["rule"], d["severity"]) for d in report["diagnostics"]] == [("PUNC001", "error")]
    assert run(str(damaged)).returncode == 1


def test_rules_and_explain():
    listing = out(run("rules"))
    assert "ENC003    inline-pinyin" in listing
    explained = run("explain", "ENC003")
    assert explained.returncode == 0
    for section in ("检查什么", "为什么重要", "错误示例", "正确示例", "自动修复是否安全"):  # zh by default
        assert section in out(explained)
    assert run("explain", "XYZ123").returncode == 2


def test_version():
    result = run("--version")
    assert result.returncode == 0 and out(result).startswith("jiaodui ")


def test_installed_console_script_works_from_any_directory(tmp_path):
    import shutil
    from pathlib import Path
    script = Path(sys.executable).with_name("jiaodui")
    if not script.exists():
        script = shutil.which("jiaodui")
        if not script:
            pytest.skip("jiaodui is not installed in this environment")
    (tmp_path / "a.txt").write_text(DAMAGED, "utf-8")
    result = subprocess.run([str(script), "a.txt", "--format", "concise"], cwd=tmp_path, capture_output=True)
    assert result.returncode == 1
    assert out(result).startswith("a.txt:1:3: ENC003")
    assert "ENC003" in subprocess.run([str(script), "rules"], cwd=tmp_path, capture_output=True, text=True).stdout


@pytest.mark.parametrize("codec,label,newline", [
    ("gbk", "gb18030", "\r\n"), ("big5", "cp950", "\r\n"), ("utf-16", "utf-16-le", "\n"),
    ("utf-8-sig", "utf-8-sig", "\r"), ("utf-16-be", "utf-16-be", "\n"),
])
def test_positions_in_every_encoding(tmp_path, codec, label, newline):
    path = tmp_path / f"{codec}.txt"
    astral = "𠀀" if codec.startswith("utf") else "臺"  # GBK and Big5 have no astral characters
    text = f"臺南市政府今日舉行記者會{newline}說明防疫措施,,補助{astral}方案。。{newline}"
    path.write_bytes(text.encode(codec))
    report = json.loads(out(run(str(path), "--format", "json")))
    assert report["files"][0]["encoding"] == label
    spans = [(d["line"], d["column"], d["end_column"]) for d in report["diagnostics"]]
    assert spans == [(2, 7, 9), (2, 14, 16)]


def test_show_verified_prints_the_arithmetic_that_adds_up():
    sample = str(SAMPLES / "002_9d1b6ba714ec4954.txt")
    concise = out(run(sample, "--select", "NUM", "--show-verified", "--format", "concise"))
    assert "NUM001 ✓ 已核对，无误：5.9万亩 + 2.7万亩 + 3000亩 + 6500亩 + 3700亩 = 9.92万亩" in concise
    report = json.loads(out(run(sample, "--select", "NUM", "--show-verified", "--format", "json")))
    assert [v["rule"] for v in report["verified"]] == ["NUM001"]
    assert report["summary"]["diagnostics"] == 1  # verified statements are not problems
    assert "verified" not in json.loads(out(run(sample, "--select", "NUM", "--format", "json")))
    assert "✓" not in out(run(sample, "--select", "NUM", "--format", "concise"))


def test_parallel_run_reports_exactly_what_a_serial_run_does(tmp_path):
    for i in range(12):
        (tmp_path / f"{i:02d}.txt").write_text(DAMAGED if i % 3 else CLEAN, "utf-8")
    (tmp_path / "07.txt").write_bytes(b"\x00\x01binary")
    serial = run(str(tmp_path), "--format", "json", "--jobs", "1")
    parallel = run(str(tmp_path), "--format", "json", "--jobs", "2")
    assert serial.returncode == parallel.returncode == 2  # the binary file
    assert out(serial) == out(parallel)
    assert err(serial) == err(parallel)
    fixed_dir = tmp_path
    assert run(str(fixed_dir), "--fix", "--jobs", "2").returncode == 2
    assert ",," not in (tmp_path / "01.txt").read_text("utf-8")


def test_script_setting_from_configuration(tmp_path):
    # A wholly traditional article is fine under "auto"; a newsroom that publishes in simplified
    # sets script = "simplified" and every traditional run is reported, with the conversion.
    path = tmp_path / "news.txt"
    path.write_text("臺南市政府今日舉行記者會，說明防疫措施與補助方案。\n", "utf-8")
    assert not [d for d in json.loads(out(run(str(path), "--format", "json", "--select", "ENC008")))["diagnostics"]]
    (tmp_path / "jiaodui.toml").write_text('script = "simplified"\n')
    found = json.loads(out(run(str(path), "--format", "json", "--select", "ENC008")))["diagnostics"]
    assert found and all(d["fix"]["edits"] for d in found)
    (tmp_path / "jiaodui.toml").write_text('script = "cyrillic"\n')
    bad = run(str(path))
    assert bad.returncode == 2 and "script" in err(bad)


def test_fix_on_stdin_is_a_faithful_filter():
    # Clean text passes through unchanged (an editor replacing its buffer must not get nothing).
    assert run("-", "--fix", stdin="大通区坚持精准施策。\n".encode()).stdout == "大通区坚持精准施策。\n".encode()
    # The input's encoding and its undecodable bytes are kept.
    gbk = "补短板,,促攻坚。\n".encode("gbk")
    assert run("-", "--fix", stdin=gbk).stdout == "补短板,促攻坚。\n".encode("gbk")
    damaged = "补短板,,促攻坚".encode() + b"\xff" + "。\n".encode()
    assert run("-", "--fix", stdin=damaged).stdout == "补短板,促攻坚".encode() + b"\xff" + "。\n".encode()
    # Input that cannot be checked at all is passed through, with the reason on stderr.
    binary = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    result = run("-", "--fix", stdin=binary)
    assert result.stdout == binary and result.returncode == 2


def test_fix_through_a_symlink_fixes_the_target_and_keeps_the_link(tmp_path):
    (tmp_path / "sub").mkdir()
    target = tmp_path / "sub" / "real.txt"
    target.write_text("补短板,,促攻坚。\n", "utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert run(str(link), "--fix").returncode == 0
    assert link.is_symlink()
    assert target.read_text("utf-8") == "补短板,促攻坚。\n"


def test_diff_with_json_keeps_stdout_valid_json(damaged):
    result = run(str(damaged), "--diff", "--format", "json")
    json.loads(out(result))
    assert "+++ b/" in err(result)


def test_an_internal_error_outside_rules_is_one_line_and_exit_3(monkeypatch, damaged, capsys):
    from checker import cli, runner

    def broken(*args, **kwargs):
        raise RuntimeError("boom\nwith a second line")
    monkeypatch.setattr(runner, "fix_until_settled", broken)
    assert cli.main([str(damaged), "--fix"]) == 3
    message = capsys.readouterr().err
    assert message.count("\n") == 1 and "internal error" in message and "please report" in message
    assert "Traceback" not in message and "--verbose" in message
    assert cli.main([str(damaged), "--fix", "--verbose"]) == 3
    assert "Traceback" in capsys.readouterr().err


def test_default_skipped_directories_apply_only_inside_a_walk(tmp_path):
    build = tmp_path / "build" / "news"
    build.mkdir(parents=True)
    (build / "a.txt").write_text(DAMAGED, "utf-8")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "b.txt").write_text(DAMAGED, "utf-8")
    # Named explicitly (from a directory that has nothing to do with it): always checked.
    named = run(str(build / "a.txt"), "--format", "json", cwd=tmp_path / "build")
    assert json.loads(out(named))["summary"]["files"] == 1
    # A walk does not enter build/ or node_modules/ below where it starts...
    walked = run(str(tmp_path), "--format", "json")
    assert json.loads(out(walked))["summary"]["files"] == 0
    assert "no files to check" in err(walked)
    # ...but a walk that starts inside one checks it.
    assert json.loads(out(run(str(build), "--format", "json")))["summary"]["files"] == 1


def test_include_with_a_path_pattern_and_an_excluded_named_file(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(DAMAGED, "utf-8")
    (tmp_path / "other.txt").write_text(DAMAGED, "utf-8")
    (tmp_path / "jiaodui.toml").write_text('include = ["news/*.txt"]\nexclude = ["other.txt"]\n')
    report = json.loads(out(run(str(tmp_path), "--format", "json")))
    assert [Path(f["path"]).name for f in report["files"]] == ["a.txt"]
    skipped = run(str(tmp_path / "other.txt"))
    assert skipped.returncode == 0 and "excluded by" in err(skipped)


def test_size_jobs_and_empty_family_options(damaged, tmp_path):
    assert run(str(damaged), "--max-file-size", "0").returncode == 2
    assert run(str(damaged), "-j", "-5").returncode == 2
    (tmp_path / "jiaodui.toml").write_text("max-file-size = true\n")
    assert run(str(damaged)).returncode == 2
    (tmp_path / "jiaodui.toml").write_text('max-file-size = "1KB"\n')
    assert run(str(damaged)).returncode == 1
    # A known family prefix with no rules yet is an error, never "All checks passed".
    from checker.registry import FAMILIES, load_rules
    for family in sorted(set(FAMILIES) - {r.family for r in load_rules()}):
        result = run(str(damaged), "--select", family)
        assert result.returncode == 2 and "no rules yet" in err(result), family
