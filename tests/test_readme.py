"""The README is honest: every example command runs and does what it says, its example output is
the real output, its configuration examples load in both forms, its API examples pass, its
tables match the code, and CI runs the test command the quick start gives."""
from __future__ import annotations

import doctest
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import checker
import pytest
from checker import exit_codes

from conftest import ROOT, SAMPLES

README = (ROOT / "README.md").read_text("utf-8")
DAMAGED = "大通區(qū)堅持精準施策,,補短板。\n"


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.MULTILINE | re.DOTALL)
    assert match, f"README has no section {title!r}"
    return match.group(1)


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def commands(block: str) -> list[tuple[str, int | None]]:
    """(command, expected exit code from an `# exit N` comment, if any) per line."""
    found = []
    for line in block.splitlines():
        command, _, comment = line.partition("  #")
        expected = re.search(r"\bexit (\d+)", comment)
        if command.strip():
            found.append((command.strip(), int(expected.group(1)) if expected else None))
    return found


@pytest.fixture
def shell_env(tmp_path):
    """A PATH whose `jiaodui` runs this checkout (not whatever is installed)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "jiaodui"
    script.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m checker "$@"\n')
    script.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "NO_COLOR": "1"}


@pytest.fixture
def newsroom(tmp_path):
    work = tmp_path / "newsroom"
    shutil.copytree(SAMPLES, work / "samples")
    (work / "news.txt").write_text(DAMAGED, "utf-8")
    return work


def bash(command: str, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True)


# --- quick start ---------------------------------------------------------------------------

def quick_start() -> list[str]:
    found = [c for block in blocks(section("Quick start"), "sh") for c, _ in commands(block)]
    assert len(found) == 2, "the quick start has exactly two commands"
    return found


def test_quick_start_has_two_commands_and_says_what_exit_1_means():
    install_and_check, install_and_test = quick_start()
    assert install_and_check.endswith("jiaodui samples/") and "pip install ." in install_and_check
    assert install_and_test.endswith("python -m pytest") and "'.[test]'" in install_and_test
    assert re.search(r'exits with 1, which means "problems found"', section("Quick start"))


def test_ci_runs_the_quick_start_test_command_and_the_linters():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    expected = quick_start()[1].replace(".venv", ".venv-ci").replace("pip install ", "pip install -q ")
    assert expected in ci
    assert ".venv-ci/bin/ruff check checker" in ci and ".venv-ci/bin/mypy checker" in ci


def test_ci_runs_the_quick_start_install_and_check_and_expects_exit_1():
    # A fresh virtual environment and an install take ~10-25 s: CI runs the command itself.
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    command = quick_start()[0].replace(".venv", ".venv-qs").replace("pip install ", "pip install -q ")
    assert f"{command} >/dev/null || status=$?" in ci and '[ "$status" -eq 1 ]' in ci


# --- usage ---------------------------------------------------------------------------------

def test_every_example_command_runs(newsroom, shell_env):
    examples = commands(blocks(section("Usage"), "sh")[0])
    assert len(examples) >= 6
    for command, expected in examples:
        result = bash(command, newsroom, shell_env)
        message = f"{command}: {result.stderr.decode('utf-8')[-1000:]}"
        assert b"Traceback" not in result.stderr, message
        if expected is not None:
            assert result.returncode == expected, message
        else:
            assert result.returncode in (exit_codes.OK, exit_codes.FINDINGS), message
    assert json.loads((newsroom / "report.json").read_text("utf-8"))["summary"]["files"] == 5


def test_example_output_is_the_real_output(shell_env):
    [example] = [b for b in blocks(section("Usage"), "text") if b.startswith("$ ")]
    command, *shown = example.splitlines()
    result = bash(command[2:], ROOT, shell_env)
    assert result.stdout.decode("utf-8").splitlines()[:len(shown)] == shown


def test_every_option_is_in_the_option_table():
    from checker.cli import build_parser
    table = section("Usage")
    for action in build_parser()._actions:
        long = [o for o in action.option_strings if o.startswith("--")]
        if long and long[0] != "--help":
            assert f"`{long[0]}" in table or f" `{long[0]}" in table or long[0] in table, long[0]


def test_exit_code_table_is_the_modules():
    rows = re.findall(r"^\| (\d+) \| (.+) \|$", section("Exit codes"), re.MULTILINE)
    assert [int(code) for code, _ in rows] == list(exit_codes.TABLE)
    assert "problems found" in dict(rows)["1"]


# --- configuration -------------------------------------------------------------------------

def test_both_configuration_examples_load_and_work(tmp_path, shell_env):
    from checker.config import ConfigFinder, load_file
    from checker.diagnostic import Severity
    from checker.registry import load_rules
    standalone, pyproject = blocks(section("Configuration"), "toml")
    assert "[tool." not in standalone and pyproject.startswith("[tool.jiaodui]\n")
    for name, text in (("jiaodui.toml", standalone), ("pyproject.toml", pyproject)):
        folder = tmp_path / name.split(".")[0]
        folder.mkdir()
        (folder / name).write_text(text, "utf-8")
        config = load_file(folder / name, load_rules())
        assert config is not None, name
        assert config.select == ["ENC", "PUNC", "NUM"] and config.fail_on is Severity.ERROR
        assert config.severity == {"PUNC001": Severity.ERROR} and config.per_file_ignores == {"wire/*.txt": ["PUNC"]}
        assert config.encoding is None  # detection stays on: forcing one encoding is commented out
        assert ConfigFinder(load_rules()).for_path(folder / "news.txt").path == folder / name
        (folder / "news.txt").write_text(DAMAGED, "utf-8")
        (folder / "gbk.txt").write_bytes("补短板，促攻坚。\n".encode("gbk"))
        result = bash("jiaodui --format json news.txt gbk.txt", folder, shell_env)
        assert result.returncode == exit_codes.FINDINGS, result.stderr.decode("utf-8")
        report = json.loads(result.stdout)
        assert [f["encoding"] for f in report["files"]] == ["utf-8", "gb18030"]
        assert [(d["rule"], d["severity"]) for d in report["diagnostics"]] == [("ENC003", "error"),
                                                                              ("PUNC001", "error")]


# --- pre-commit and CI ---------------------------------------------------------------------

def test_precommit_and_ci_snippets_name_this_release():
    snippet = blocks(section("pre-commit"), "yaml")[0]
    assert re.search(rf"^\s+rev: v{re.escape(checker.__version__)}\b", snippet, re.MULTILINE)
    assert "id: jiaodui" in snippet
    install = blocks(section("CI"), "yaml")[0]
    assert f'git+https://example.org/your-mirror/jiaodui@v{checker.__version__}"' in install
    assert "pip install" in install


def _ci_snippet() -> tuple[str, str]:
    install, check = [line.split("run: ", 1)[1] for line in blocks(section("CI"), "yaml")[0].splitlines()
                      if "run: " in line]
    return install, check


def test_ci_snippet_checks_with_github_annotations(tmp_path, shell_env):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "news.txt").write_text(DAMAGED, "utf-8")
    result = bash(_ci_snippet()[1], tmp_path, shell_env)
    assert result.returncode == exit_codes.FINDINGS
    assert result.stdout.decode("utf-8").startswith("::error file=content/news.txt,line=1,col=3,")


def test_ci_installs_from_the_repository_as_the_snippet_says():
    # pip builds the package in an isolated environment (~10 s): CI runs it, with this
    # checkout as the repository and its commit as the tag until the release is tagged.
    install = _ci_snippet()[0]
    assert install == f'pip install "jiaodui @ git+https://example.org/your-mirror/jiaodui@v{checker.__version__}"'
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert 'pip install -q --dry-run --no-deps "jiaodui @ git+file://localhost$PWD@$rev"' in ci


def test_json_example_has_the_reports_shape(tmp_path, shell_env):
    example = json.loads(blocks(section("CI"), "json")[0])
    (tmp_path / "news.txt").write_text("大通區(qū)堅持\n", "utf-8")
    real = json.loads(bash("jiaodui --format json --select ENC003 news.txt", tmp_path, shell_env).stdout)
    for report in (example, real):
        report["diagnostics"][0]["message"] = "…"
    assert example == {**real, "version": example["version"]}
    assert example["version"] == checker.__version__


# --- Python API ----------------------------------------------------------------------------

def test_api_examples_pass(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    source = "\n".join(blocks(section("Python API"), "python"))
    test = doctest.DocTestParser().get_doctest(source, {}, "README Python API", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0 and runner.tries >= 6


def test_development_commands_name_real_scripts_and_the_rule_list_is_current():
    development = section("Development")
    scripts = re.findall(r"`python ((?:tools|bench)/\w+\.py)", development)
    assert len(scripts) >= 6
    for script in scripts:
        assert (ROOT / script).is_file(), script
    result = subprocess.run([sys.executable, "tools/gen_rule_docs.py", "--check"], cwd=ROOT, capture_output=True)
    assert result.returncode == 0, result.stdout + result.stderr
