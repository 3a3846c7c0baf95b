"""What a one-file check loads: nothing the file at hand does not need (start-up is most of the
time of a small check; bench/bench.py measures it). Behaviour, not timing: which modules a run
imported."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROGRAM = r'''
import sys
from checker.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
sys.stderr.write("\nMODULES " + " ".join(sorted(sys.modules)))
'''


def loaded(tmp_path: Path, text: str, *options: str) -> set[str]:
    article = tmp_path / "article.txt"
    article.write_text(text, "utf-8")
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", PROGRAM, "check", str(article), "--format", "json", *options],
                            cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert result.returncode in (0, 1), result.stderr
    return set(result.stderr.rpartition("MODULES ")[2].split())


SIMPLIFIED = "本报讯 市政府昨天召开会议，部署今年的防汛工作。会议要求各区县在五月底前完成隐患排查。\n"


def test_a_simplified_file_checked_without_the_cache_loads_no_cache_key_nor_script_tables(tmp_path):
    modules = loaded(tmp_path, SIMPLIFIED, "--no-cache")
    # importlib.metadata is read only for the result cache's key; opencc only for traditional text
    assert "importlib.metadata" not in modules
    assert "opencc" not in modules
    assert "tempfile" not in modules        # only a run that writes files (--fix, the cache) needs it


def test_the_cache_key_still_covers_the_libraries_when_the_cache_is_on(tmp_path):
    assert "importlib.metadata" in loaded(tmp_path, SIMPLIFIED)
