"""The published pre-commit hook works for a user: a real commit in a fresh repository, configured
with the README's snippet (this checkout as `repo`), passes for clean copy and is refused, with
the finding printed, for damaged copy."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.slow
def test_hook_refuses_damaged_copy(tmp_path):
    precommit = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
    if not Path(precommit).exists() and not shutil.which("pre-commit"):
        pytest.skip("pre-commit is not installed")
    head = git("rev-parse", "HEAD", cwd=ROOT)
    if head.returncode != 0:
        pytest.skip("the project is not a git checkout")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    git("init", "-q", cwd=repo)
    readme = (ROOT / "README.md").read_text("utf-8")
    snippet = re.search(r"^## pre-commit\n.*?^```yaml\n(.*?)^```", readme, re.M | re.S).group(1)
    # The README's release tag is made when the release is tagged; until then, this commit.
    tagged = git("rev-parse", "-q", "--verify", "refs/tags/" + re.search(r"rev: (\S+)", snippet).group(1), cwd=ROOT)
    rev = re.search(r"rev: (\S+)", snippet).group(1) if tagged.returncode == 0 else head.stdout.strip()
    snippet = re.sub(r"repo: \S+", f"repo: {ROOT}", snippet)
    snippet = re.sub(r"rev: \S+", f"rev: {rev}", snippet)
    (repo / ".pre-commit-config.yaml").write_text(snippet)
    subprocess.run([precommit, "install"], cwd=repo, env=env, check=True, capture_output=True)

    (repo / "clean.txt").write_text("泌阳县于2016年12月10日引入第三方评估机构。\n", "utf-8")
    git("add", ".", cwd=repo)
    ok = subprocess.run(["git", "commit", "-qm", "clean"], cwd=repo, env=env, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr

    # Markdown is the hook's, prose only: damage inside a code block does not stop a commit.
    (repo / "notes.md").write_text("正文一句。\n\n```\n大通區(qū)堅持精準施策,,補短板。\n```\n", "utf-8")
    git("add", "notes.md", cwd=repo)
    ok = subprocess.run(["git", "commit", "-qm", "notes"], cwd=repo, env=env, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr

    (repo / "damaged.txt").write_text("大通區(qū)堅持精準施策,,補短板。\n", "utf-8")
    git("add", "damaged.txt", cwd=repo)
    refused = subprocess.run(["git", "commit", "-qm", "damaged"], cwd=repo, env=env, capture_output=True, text=True)
    assert refused.returncode != 0
    assert "damaged.txt:1:14: PUNC001" in refused.stdout + refused.stderr
    assert git("log", "--oneline", cwd=repo).stdout.count("\n") == 2
