"""Hostile input, run as a user would (`python -m checker` in a subprocess): every case ends with a
clear message, an exit code from checker/exit_codes.py, and never a traceback or a hang."""
from __future__ import annotations

import io
import os
import pathlib
import random
import subprocess
import sys

import pytest
from checker import exit_codes
from checker.source import SourceError, read_bounded, read_document, read_stdin

from conftest import ROOT

CODES = set(exit_codes.TABLE)
DAMAGED = "补短板,,促攻坚。\n"
CLEAN = "泌阳县于2016年12月10日引入第三方评估机构。\n"


def run(*args, stdin=None, cwd=None, shell_suffix="", timeout=60):
    """Run the checker; `stdin` is bytes or an open file. No case may take long or hang."""
    command = [sys.executable, "-m", "checker", *map(str, args)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if shell_suffix:
        line = " ".join(f"'{part}'" for part in command) + " " + shell_suffix
        result = subprocess.run(["sh", "-c", line], cwd=cwd or ROOT, capture_output=True, timeout=timeout,
                                env=env, check=False)
    elif isinstance(stdin, bytes) or stdin is None:
        result = subprocess.run(command, cwd=cwd or ROOT, input=stdin, capture_output=True,
                                timeout=timeout, env=env, check=False)
    else:
        result = subprocess.run(command, cwd=cwd or ROOT, stdin=stdin, capture_output=True,
                                timeout=timeout, env=env, check=False)
    assert result.returncode in CODES, result
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    return result


def err(result) -> str:
    return result.stderr.decode("utf-8")


# -- random bytes --------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(2))
def test_random_bytes(tmp_path, seed):
    generator = random.Random(seed)
    for index in range(10):
        size = generator.choice([1, 7, 300, 5000])
        (tmp_path / f"r{index}.txt").write_bytes(bytes(generator.randrange(256) for _ in range(size)))
    result = run(tmp_path)
    assert result.returncode in (exit_codes.OK, exit_codes.FINDINGS, exit_codes.ERROR)
    fixed = run(tmp_path, "--fix", "--unsafe-fixes")
    assert fixed.returncode in (exit_codes.OK, exit_codes.FINDINGS, exit_codes.ERROR)


# -- things that are not regular files -------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_a_checked_directory_is_skipped_not_waited_on(tmp_path):
    (tmp_path / "a.txt").write_text(CLEAN, "utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    result = run(tmp_path, timeout=30)
    assert result.returncode == exit_codes.OK
    assert "pipe.txt: skipped: a FIFO" in err(result)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_link_to_dev_zero_in_a_walk_is_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(CLEAN, "utf-8")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    result = run(tmp_path, timeout=30)
    assert result.returncode == exit_codes.OK
    assert "zero.txt: skipped: a character device" in err(result)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_link_to_dev_zero_named_explicitly_is_read_only_to_the_limit(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    result = run(tmp_path / "zero.txt", "--max-file-size", "64KB", timeout=30)
    assert result.returncode == exit_codes.ERROR
    assert "zero.txt: skipped: over the 65,536-byte limit" in err(result)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_stdin_from_dev_zero_is_read_only_to_the_limit():
    with open("/dev/zero", "rb") as zero:
        result = run("-", "--max-file-size", "64KB", stdin=zero, timeout=30)
    assert result.returncode == exit_codes.ERROR
    assert "-: skipped: over the 65,536-byte limit" in err(result)


def test_reads_stop_at_the_limit_whatever_the_size_says():
    class Endless(io.RawIOBase):
        def __init__(self):
            self.given = 0

        def readable(self):
            return True

        def read(self, size=-1):
            assert size is not None and size > 0  # never "read everything"
            self.given += size
            return b"\0" * size
    endless = Endless()
    assert len(read_bounded(endless, 1000)) == 1001
    assert endless.given == 1001
    with pytest.raises(SourceError) as info:
        read_stdin("-", max_size=1000, stream=Endless())
    assert info.value.skipped and "over the 1,000-byte limit" in info.value.reason
    assert len(info.value.data) == 1001 and not info.value.complete


def test_stdin_over_the_limit_is_passed_through_whole_by_a_filter():
    data = DAMAGED.encode() * 200
    result = run("-", "--fix", "--max-file-size", "1KB", stdin=data)
    assert result.returncode == exit_codes.ERROR
    assert result.stdout == data
    assert "over the 1,024-byte limit" in err(result)


def test_an_oversized_file_is_a_skipped_result_that_says_so(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(DAMAGED.encode() * 100)
    with pytest.raises(SourceError) as info:
        read_document(str(path), max_size=1024)
    assert info.value.skipped
    assert info.value.reason.startswith("skipped: over the 1,024-byte limit")
    result = run(path, "--max-file-size", "1KB")
    assert result.returncode == exit_codes.ERROR and "skipped: over the 1,024-byte limit" in err(result)


# -- links -------------------------------------------------------------------------------------------

def test_a_symlink_loop_is_named_as_such(tmp_path):
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    named = run(tmp_path / "loop.txt")
    assert named.returncode == exit_codes.ERROR and "loop.txt: symlink loop" in err(named)
    (tmp_path / "a.txt").write_text(CLEAN, "utf-8")
    walked = run(tmp_path)
    assert walked.returncode == exit_codes.ERROR and "loop.txt: symlink loop" in err(walked)
    assert "no such file" not in err(walked)


def test_a_symlink_loop_with_an_exclude_in_the_configuration(tmp_path):
    (tmp_path / "jiaodui.toml").write_text('exclude = ["drafts/"]\n', "utf-8")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "a.txt").write_text(CLEAN, "utf-8")
    for target in (tmp_path, tmp_path / "loop.txt"):
        result = run(target)
        assert result.returncode == exit_codes.ERROR and "loop.txt: symlink loop" in err(result)


def test_a_broken_link_is_named_as_such(tmp_path):
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    result = run(tmp_path / "gone.txt")
    assert result.returncode == exit_codes.ERROR and "gone.txt: broken symlink" in err(result)


# -- permissions ----------------------------------------------------------------------------------

def _locked(tmp_path):
    root = tmp_path / "news"
    (root / "locked").mkdir(parents=True)
    (root / "a.txt").write_text(DAMAGED, "utf-8")
    (root / "locked" / "b.txt").write_text(DAMAGED, "utf-8")
    return root


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads any directory: see the monkeypatched test below")
def test_an_unreadable_directory_is_a_message(tmp_path):
    root = _locked(tmp_path)
    os.chmod(root / "locked", 0)
    try:
        result = run(root)
    finally:
        os.chmod(root / "locked", 0o755)
    assert result.returncode == exit_codes.ERROR
    assert "locked: directory not checked: permission denied" in err(result)
    assert "PUNC001" in result.stdout.decode()  # the readable file is still checked


def test_an_unreadable_directory_is_a_message_in_process(tmp_path, monkeypatch, capsys):
    """The same path as above, for a root user: the directory's contents raise PermissionError
    both when configuration is looked for in it and when it is listed."""
    from checker import cli
    root = _locked(tmp_path)
    locked = root / "locked"
    real_stat, real_scandir = pathlib.Path.stat, os.scandir

    def stat(self, *args, **kwargs):
        if self.parent == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    def scandir(path="."):
        if pathlib.Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)
    monkeypatch.setattr(pathlib.Path, "stat", stat)
    monkeypatch.setattr(os, "scandir", scandir)
    code = cli.main([str(root), "--no-color"])
    captured = capsys.readouterr()
    assert code == exit_codes.ERROR
    assert "locked: directory not checked: permission denied" in captured.err
    assert "PUNC001" in captured.out
    assert "Traceback" not in captured.err


def test_an_unreadable_file_is_a_message(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, "utf-8")
    from checker import source
    real_open = source.os.open

    def denied(name, *args, **kwargs):
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)
    monkeypatch.setattr(source.os, "open", denied)
    with pytest.raises(SourceError) as info:
        read_document(str(path))
    assert info.value.reason.startswith("permission denied")


# -- closed streams ----------------------------------------------------------------------------------

def test_closed_stdout(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, "utf-8")
    result = run(path, shell_suffix=">&-")
    assert result.returncode == exit_codes.ERROR
    assert "standard output is closed" in err(result)
    assert path.read_text("utf-8") == DAMAGED


def test_closed_stdin():
    result = run("-", shell_suffix="<&-")
    assert result.returncode == exit_codes.ERROR
    assert "standard input is closed" in err(result)


# -- bad encodings and wrong-typed configuration ------------------------------------------------------

@pytest.mark.parametrize("name", ["rot13", "idna", "no-such-codec"])  # the rest: test_config_errors
def test_a_bad_encoding_option_is_a_message(tmp_path, name):
    path = tmp_path / "a.txt"
    path.write_text(CLEAN, "utf-8")
    result = run(path, "--encoding", name)
    assert result.returncode == exit_codes.ERROR
    assert f"--encoding: {name!r}" in err(result) or f"--encoding: unknown encoding {name!r}" in err(result)


@pytest.mark.parametrize("name, text, expected", [
    ("jiaodui.toml", 'encoding = "rot13"\n', "jiaodui.toml: key 'encoding': 'rot13' is not an encoding"),
    ("jiaodui.toml", "max-file-size = 1.5\n", "jiaodui.toml: key 'max-file-size': must be a whole number"),
    ("pyproject.toml", "[tool]\njiaodui = 1\n", "pyproject.toml: 'tool.jiaodui' must be a table"),
])
def test_wrong_typed_configuration_is_a_message(tmp_path, name, text, expected):
    (tmp_path / name).write_text(text, "utf-8")
    (tmp_path / "a.txt").write_text(CLEAN, "utf-8")
    result = run(tmp_path / "a.txt")
    assert result.returncode == exit_codes.ERROR
    assert expected in err(result)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_config_option_pointing_at_dev_zero_is_a_message(tmp_path):
    (tmp_path / "a.txt").write_text(CLEAN, "utf-8")
    result = run(tmp_path / "a.txt", "--config", "/dev/zero", timeout=30)
    assert result.returncode == exit_codes.ERROR
    assert "/dev/zero: over 1,048,576 bytes" in err(result)
