"""The CLI core: subcommands wherever the global options stand, exit codes from the table, no
traceback, output an editor can act on (severity words, [*], summary in the chosen language,
--statistics, --output-file, progress, fix preview), --diff that patch and git apply accept."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from checker import exit_codes
from checker.cli import CheckCommand, ExplainCommand, Progress, RulesCommand, parse, split_subcommand

from conftest import ROOT
from test_cli import DAMAGED, damaged, err, out, run  # noqa: F401 -- damaged is a fixture

# The damaged line, the subprocess runner and the `damaged` fixture are test_cli.py's.


# --- arguments into a typed command --------------------------------------------------------

@pytest.mark.parametrize("argv,command,rest", [
    (["rules"], "rules", []),
    (["--lang", "en", "rules"], "rules", ["--lang", "en"]),
    (["--no-color", "explain", "ENC003"], "explain", ["--no-color", "ENC003"]),
    (["check", "rules/"], "check", ["rules/"]),
    (["check", "rules"], "check", ["rules"]),
    (["rules/"], "check", ["rules/"]),
    (["--select", "PUNC", "a.txt", "rules"], "check", ["--select", "PUNC", "a.txt", "rules"]),
    (["--config", "rules", "a.txt"], "check", ["--config", "rules", "a.txt"]),  # an option's value
    (["--", "rules"], "check", ["--", "rules"]),
])
def test_subcommand_is_the_first_word_that_is_not_an_option(argv, command, rest):
    assert split_subcommand(argv) == (command, rest)


# A plain check's command line is read without argparse (cli._plain_check_args); whatever it
# reads must be what argparse reads, and whatever argparse refuses it must leave to argparse.
_WORDS = ["a.txt", "b.md", "-", "", "rules", "--format", "json", "text", "nope", "--select", "PUNC,DUP",
          "--ignore", "ENC003", "--fail-on", "info", "--exit-zero", "-q", "--quiet", "--statistics", "-o",
          "out.json", "--output-file", "--fix", "--unsafe-fixes", "--diff", "--encoding", "gbk",
          "--stdin-filename", "--format-in", "markdown", "--annotate", "x.docx", "--config", "--max-file-size",
          "20MB", "--jobs", "-j", "2", "0", "x", "-3", "--baseline", "--write-baseline", "--no-cache",
          "--show-verified", "--lang", "en", "zh", "--no-color", "-v", "--verbose", "--", "-h", "--help",
          "--version", "--format=json", "-j2", "-qv", "--form", "--bogus", "a b", "-x y"]


def _argparse_reading(argv: list[str]):
    import contextlib

    from checker.cli import UsageError, build_parser
    try:
        with contextlib.redirect_stdout(io.StringIO()):     # --help, --version
            return vars(build_parser().parse_args(argv))
    except (UsageError, SystemExit):
        return None


def test_a_plain_command_line_is_read_as_argparse_reads_it():
    from checker.cli import _plain_check_args
    from hypothesis import given, settings
    from hypothesis import strategies as st
    for argv in (["a.txt"], ["a.txt", "--format", "json", "--exit-zero", "--no-cache"],
                 ["--select", "PUNC", "--select", "DUP", "-j", "2", "-o", "r.json", "a.txt", "b.txt"],
                 ["--lang", "en", "-q", "-v", "--fail-on", "info", "-"]):
        reading = _plain_check_args(argv)
        assert reading is not None and vars(reading) == _argparse_reading(argv), argv

    @settings(max_examples=1500, deadline=None)
    @given(st.lists(st.sampled_from(_WORDS), max_size=8))
    def same(argv: list[str]) -> None:
        reading = _plain_check_args(argv)
        if reading is not None:     # read without argparse: exactly argparse's namespace
            assert vars(reading) == _argparse_reading(argv), argv
    same()


def test_the_option_table_is_the_parsers():
    from checker.cli import _check_options_taking_values, _takes_value, build_parser
    assert _check_options_taking_values() == frozenset(_takes_value(build_parser()))


def test_parse_gives_frozen_typed_commands(tmp_path):
    command = parse(["--lang", "en", "a.txt", "--select", "PUNC,ENC003", "--fix", "-j", "2"])
    assert isinstance(command, CheckCommand)
    request = command.request
    assert request.paths == ("a.txt",) and request.jobs == 2
    assert request.options.select == ("PUNC", "ENC003") and request.options.fix and request.options.lang == "en"
    with pytest.raises(AttributeError):
        request.paths = ()  # type: ignore[misc]
    assert parse(["--lang", "en", "rules"]) == RulesCommand("text", "en")
    assert parse(["explain", "--lang", "en", "PUNC001"]) == ExplainCommand("PUNC001", "en")


def test_lang_before_rules_lists_the_rules_and_every_subcommand_takes_lang():
    listing = run("--lang", "en", "rules")
    assert listing.returncode == 0, err(listing)
    assert "PUNC001   stacked-punctuation          warning" in out(listing)
    assert "PUNC001   stacked-punctuation          警告" in out(run("rules"))
    assert run("rules", "--lang", "en", "--format", "json").returncode == 0
    explained = run("explain", "PUNC001", "--lang", "en")
    assert explained.returncode == 0 and "PUNC001" in out(explained)


def test_a_path_named_like_a_subcommand_is_reached_with_check(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "a.txt").write_text(DAMAGED, "utf-8")
    result = run("check", "rules/", "--format", "concise", cwd=tmp_path)
    assert result.returncode == exit_codes.FINDINGS
    assert out(result).startswith("rules/a.txt:1:3: ENC003")
    # Without `check`, "rules/" is a path too; "rules" alone is the subcommand.
    assert run("rules/", "--format", "concise", cwd=tmp_path).returncode == exit_codes.FINDINGS
    assert "ENC003" in out(run("rules", cwd=tmp_path)).splitlines()[2]


def test_usage_errors_are_one_message_and_exit_2(damaged):
    for argv in (["--format", "xml", str(damaged)], ["--max-file-size", "lots", str(damaged)],
                 ["--encoding", "no-such-codec", str(damaged)], ["--jobs", "0", str(damaged)],
                 ["rules", "--fix"], []):
        result = run(*argv)
        assert result.returncode == exit_codes.ERROR, argv
        assert "Traceback" not in err(result) and err(result).startswith("jiaodui: "), argv


def test_help_and_version_exit_0_and_help_lists_the_exit_codes():
    result = run("--help")
    assert result.returncode == 0 and "3 internal error" in out(result)
    assert run("rules", "--help").returncode == 0


def test_closed_stdout_is_a_message_not_a_traceback(damaged):
    result = subprocess.run(f'"{sys.executable}" -m checker --fix "{damaged}" >&-', shell=True,
                            cwd=ROOT, capture_output=True)
    assert result.returncode == exit_codes.ERROR
    assert "standard output is closed" in err(result) and "Traceback" not in err(result)
    assert damaged.read_text("utf-8") == DAMAGED  # nothing was changed
    # With --output-file the report does not need stdout.
    report = damaged.parent / "report.json"
    result = subprocess.run(f'"{sys.executable}" -m checker "{damaged}" --format json -o "{report}" >&-',
                            shell=True, cwd=ROOT, capture_output=True)
    assert result.returncode == exit_codes.FINDINGS, err(result)
    assert json.loads(report.read_text("utf-8"))["summary"]["diagnostics"] == 2


def test_broken_pipe_is_quiet(tmp_path):
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text(DAMAGED * 20, "utf-8")
    result = subprocess.run(f'"{sys.executable}" -m checker "{tmp_path}" -j 1 | head -c 10', shell=True,
                            cwd=ROOT, capture_output=True)
    assert "Traceback" not in result.stderr.decode()


# --- output an editor can act on -----------------------------------------------------------

def test_severity_is_a_word_in_the_chosen_language(damaged):
    zh = out(run(str(damaged), "--no-color"))
    assert f"{damaged}:1:3: ENC003 错误 " in zh and f"{damaged}:1:14: PUNC001 警告 [*] " in zh
    en = out(run(str(damaged), "--lang", "en"))
    assert f"{damaged}:1:3: ENC003 error " in en and f"{damaged}:1:14: PUNC001 warning [*] " in en
    concise = out(run(str(damaged), "--format", "concise", "--lang", "en"))
    assert concise.splitlines()[0].startswith(f"{damaged}:1:3: ENC003 error ")


def test_summary_explains_the_fix_marks_in_the_chosen_language(damaged):
    zh = out(run(str(damaged))).splitlines()[-1]
    assert zh == ("发现 2 个问题（错误 1，警告 1），涉及 1 个文件。其中 1 个标有 [*]，可用 --fix 自动修复。"
                  "另有 1 个可用 --fix --unsafe-fixes 修复（修复前请复核）。")
    en = out(run(str(damaged), "--lang", "en")).splitlines()[-1]
    assert en == ("Found 2 problems (1 error, 1 warning) in 1 file. 1 fixable with --fix (marked [*]). "
                  "1 more with --fix --unsafe-fixes (review them).")
    text = out(run(str(damaged)))
    assert "修复（不安全，需 --fix --unsafe-fixes）" in text and "修复（安全，--fix 自动修复）" in text


def test_lang_from_the_configuration_words_the_summary(tmp_path, damaged):
    (tmp_path / "jiaodui.toml").write_text('lang = "en"\n')
    assert out(run(str(damaged), cwd=tmp_path)).splitlines()[-1].startswith("Found 2 problems")


def test_a_skipped_file_never_reads_as_all_checks_passed(damaged):
    for lang, passed in (("zh", "全部检查通过"), ("en", "All checks passed")):
        result = run(str(damaged), "--max-file-size", "10", "--lang", lang)
        assert result.returncode == exit_codes.ERROR
        assert passed not in out(result)
        assert ("1 个文件未能检查" if lang == "zh" else "1 file could not be checked") in out(result)


def test_statistics_count_each_rule(tmp_path):
    (tmp_path / "a.txt").write_text(DAMAGED + "补短板,,促攻坚。\n", "utf-8")
    result = run(str(tmp_path / "a.txt"), "--statistics", "--lang", "en", "--select", "PUNC,ENC003")
    assert result.returncode == exit_codes.FINDINGS
    lines = out(result).splitlines()
    assert lines[:2] == ["2\tPUNC001\t[*] stacked-punctuation", "1\tENC003\t[ ] inline-pinyin"]
    assert lines[2].startswith("Found 3 problems")
    stats = json.loads(out(run(str(tmp_path / "a.txt"), "--statistics", "--format", "json", "--select", "PUNC")))
    assert stats[0] == {"count": 2, "rule": "PUNC001", "name": "stacked-punctuation", "fixable": True}


def test_output_file_takes_the_report(damaged, tmp_path):
    target = tmp_path / "out" / "report.txt"
    assert run(str(damaged), "-o", str(target)).returncode == exit_codes.ERROR  # no such directory
    target.parent.mkdir()
    result = run(str(damaged), "--output-file", str(target))
    assert result.returncode == exit_codes.FINDINGS and out(result) == ""
    assert "PUNC001 警告 [*]" in target.read_text("utf-8") and "\033[" not in target.read_text("utf-8")


def test_progress_only_after_a_second_and_erased(damaged):
    now = [0.0]
    stream = io.StringIO()
    progress = Progress(stream, "zh", clock=lambda: now[0])
    progress(1, 10)
    assert stream.getvalue() == ""          # a run shorter than a second shows nothing
    now[0] = 1.5
    progress(2, 10)
    assert "检查中 2/10 个文件" in stream.getvalue()
    progress.clear()
    assert stream.getvalue().endswith("\r\033[K")
    english = io.StringIO()
    late = Progress(english, "en", delay=0.0, clock=lambda: 5.0)
    late(3, 4)
    assert "checking 3/4 files" in english.getvalue()
    # Not a terminal: nothing on stderr but the messages.
    assert err(run(str(damaged))) == ""


def test_fix_preview_shows_the_change_in_context_not_the_paragraph(tmp_path):
    paragraph = "各地加强春运期间交通保障工作" * 40
    path = tmp_path / "long.txt"
    path.write_text(paragraph + ",," + paragraph + "\n", "utf-8")
    text = out(run(str(path), "--select", "PUNC001"))
    minus = next(line for line in text.splitlines() if line.startswith("  -"))
    plus = next(line for line in text.splitlines() if line.startswith("  +"))
    assert minus == "  - …春运期间交通保障工作,,各地加强春运期间交通…"
    assert plus == "  + …春运期间交通保障工作,各地加强春运期间交通…"
    assert len(text) < 1500


def test_fix_preview_helper_stops_at_line_breaks_and_elides_long_changes():
    from checker.diagnostic import Edit
    from checker.report.text_format import fix_preview
    assert fix_preview("甲乙\n丙,,丁\n戊", (Edit(4, 5, ""),)) == ("丙,,丁", "丙,丁")
    before, after = fix_preview("前" + "重复的一句话。" * 20 + "后", (Edit(1, 141, ""),))
    assert before.startswith("前重复") and "…" in before and len(before) < 60 and after == "前后"


SPECIAL = "\u2028\u2029\x0b\x0c\x85\x1c\x1d\x1e"


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_diff_applies_with_patch_and_git_apply_whatever_the_text_holds(tmp_path, newline):
    text = "".join(f"第{i}行{ch}仍是第{i}行,,结束{newline}" for i, ch in enumerate(SPECIAL)) + "末行,,无换行"
    original = tmp_path / "a" / "news.txt"
    original.parent.mkdir()
    original.write_bytes(text.encode("utf-8"))
    result = run("news.txt", "--diff", "--select", "PUNC001", cwd=original.parent)
    assert result.returncode == exit_codes.FINDINGS, err(result)
    diff = result.stdout
    assert diff.count(b"\n-") == len(SPECIAL) + 1
    patch_file = tmp_path / "fix.diff"
    patch_file.write_bytes(diff)
    if shutil.which("patch"):
        applied = subprocess.run(["patch", "-p1", "--dry-run", "-i", str(patch_file)], cwd=tmp_path / "a",
                                 capture_output=True)
        assert applied.returncode == 0, applied.stdout + applied.stderr
        subprocess.run(["patch", "-p1", "-i", str(patch_file)], cwd=tmp_path / "a", capture_output=True)
        assert original.read_bytes() == text.replace(",,", ",").encode("utf-8")
        original.write_bytes(text.encode("utf-8"))
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q"], cwd=tmp_path / "a", check=True)
        checked = subprocess.run(["git", "apply", "--check", str(patch_file)], cwd=tmp_path / "a",
                                 capture_output=True)
        assert checked.returncode == 0, checked.stderr


def test_diff_keeps_a_lone_carriage_return_inside_its_line(tmp_path):
    path = tmp_path / "mac.txt"
    path.write_bytes("甲,,乙\r丙,,丁\r".encode())
    diff = run("mac.txt", "--diff", "--select", "PUNC001", cwd=tmp_path).stdout
    patch_file = tmp_path / "fix.diff"
    patch_file.write_bytes(diff)
    if not shutil.which("patch"):
        pytest.skip("patch is not installed")
    assert subprocess.run(["patch", "-p1", "-i", str(patch_file)], cwd=tmp_path, capture_output=True).returncode == 0
    assert path.read_bytes() == "甲,乙\r丙,丁\r".encode()


# --- Markdown and HTML: fixed inside prose only (checker/formats) ---------------------------

def test_markdown_and_html_are_fixed_inside_prose_only(tmp_path):
    (tmp_path / "a.md").write_text("补短板,,促攻坚 `x,,y` [链接](http://e.org/a,,b)\n", "utf-8")
    (tmp_path / "b.html").write_text("<p>补短板,,促攻坚 <code>x,,y</code> <a href=\"http://e.org/a,,b\">链接</a></p>\n",
                                     "utf-8")
    (tmp_path / "c.txt").write_text("补短板,,促攻坚。\n", "utf-8")
    plain = run("a.md", "b.html", "--format", "concise", cwd=tmp_path)
    assert plain.returncode == exit_codes.FINDINGS and out(plain).count("PUNC001") == 2
    fixed = run("a.md", "b.html", "c.txt", "--fix", "--format", "concise", cwd=tmp_path)
    assert fixed.returncode == exit_codes.OK, out(fixed) + err(fixed)
    assert (tmp_path / "a.md").read_text("utf-8") == "补短板,促攻坚 `x,,y` [链接](http://e.org/a,,b)\n"
    assert (tmp_path / "b.html").read_text("utf-8") == (
        "<p>补短板,促攻坚 <code>x,,y</code> <a href=\"http://e.org/a,,b\">链接</a></p>\n")
    assert (tmp_path / "c.txt").read_text("utf-8") == "补短板,促攻坚。\n"


# --- the exit-code table -------------------------------------------------------------------

def test_exit_codes_come_from_the_table(damaged, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("补短板，促攻坚。\n", "utf-8")
    assert run(str(clean)).returncode == exit_codes.OK
    assert run(str(damaged)).returncode == exit_codes.FINDINGS
    assert run(str(damaged), "--exit-zero").returncode == exit_codes.OK
    assert run(str(tmp_path / "missing.txt")).returncode == exit_codes.ERROR
    source = (ROOT / "checker" / "cli.py").read_text("utf-8") + (ROOT / "checker" / "runner.py").read_text("utf-8")
    assert "return 0" not in source and "return 1" not in source and "return 2" not in source


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_a_family_without_rules_is_a_clear_error(damaged, option):
    from checker.registry import FAMILIES, load_rules
    empty = sorted(set(FAMILIES) - {r.family for r in load_rules()}) or ["NOSUCH"]
    for family in empty:
        result = run(str(damaged), option, family)
        assert result.returncode == exit_codes.ERROR
        assert err(result).startswith(f"jiaodui: {option}：没有规则或规则族 '{family}'")   # English after it
        assert f"（{option}: unknown rule or family '{family}' (" in err(result)
        assert err(result).count("\n") == 1 and out(result) == ""
        english = run(str(damaged), option, family, "--lang", "en")
        assert err(english).startswith(f"jiaodui: {option}: unknown rule or family '{family}' (")


@pytest.mark.parametrize("codec,bom", [("gbk", b""), ("big5", b""), ("utf-8", b"\xef\xbb\xbf")])
def test_diff_is_in_the_files_own_encoding_and_applies(tmp_path, codec, bom):
    if not shutil.which("patch"):
        pytest.skip("patch is not installed")
    text = "臺南市政府今日舉行記者會,,說明防疫措施。\n第二行,,文字\n"
    path = tmp_path / "news.txt"
    path.write_bytes(bom + text.encode(codec) + b"\xff" * (codec == "gbk") + "\n".encode(codec))
    before = path.read_bytes()
    diff = run("news.txt", "--diff", "--select", "PUNC001", cwd=tmp_path).stdout
    (tmp_path / "fix.diff").write_bytes(diff)
    applied = subprocess.run(["patch", "-p1", "-i", "fix.diff"], cwd=tmp_path, capture_output=True)
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert path.read_bytes() == before.replace(",,".encode(codec), ",".encode(codec))


@pytest.mark.slow
def test_ctrl_c_in_a_parallel_run_exits_130_at_once_without_a_traceback(tmp_path):
    import os
    import signal
    import time
    for i in range(240):
        (tmp_path / f"{i:03d}.txt").write_text(("各地加强春运期间交通保障工作,,确保旅客平安出行。\n" * 400), "utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "checker", str(tmp_path), "-j", "2", "--format", "json"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(2.5)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, stderr = proc.communicate(timeout=90)  # a hang detector, generous for loaded CI machines
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise AssertionError("the run hung after Ctrl-C") from None
    if proc.returncode != exit_codes.INTERRUPTED:
        pytest.skip("the run ended before the interrupt reached it")
    assert b"Traceback" not in stderr and b"Exception" not in stderr


def test_a_report_that_cannot_be_written_is_a_message_and_exit_2(damaged):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    for argv, where in (([str(damaged)], "standard output"), (["rules"], "standard output"),
                        ([str(damaged), "-o", "/dev/full"], "/dev/full")):
        with open("/dev/full", "wb") as full:
            result = subprocess.run([sys.executable, "-m", "checker", *argv], cwd=ROOT, stdout=full,
                                    stderr=subprocess.PIPE)
        assert result.returncode == exit_codes.ERROR, argv
        assert result.stderr.decode() == f"jiaodui: cannot write the report to {where}: No space left on device\n"
