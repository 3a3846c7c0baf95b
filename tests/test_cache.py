"""The result cache: the same bytes out with and without it, serial or in parallel; an entry is
used only for the same content and the same options."""
from __future__ import annotations

import os
import shutil
import sys

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


# The stat index (cache.StatIndex): files recognised unchanged by (size, mtime, ctime, inode,
# device) are not read again. A file changed less than two seconds ago is never recorded (a
# second change in the same clock tick could keep its times): the tests, whose files are all
# new, turn that margin off where they test the index itself.

CLEAN = "县里今年新修道路十二公里。\n"
FLAWED = "他说,,好。\n"


@pytest.fixture
def settled(monkeypatch):
    from checker import cache
    monkeypatch.setattr(cache, "_SETTLED_NS", 0)


def reads(monkeypatch) -> list[str]:
    """The paths runner reads from now on."""
    seen: list[str] = []
    original = runner.read_document

    def read_document(path, *args, **kwargs):
        seen.append(path)
        return original(path, *args, **kwargs)
    monkeypatch.setattr(runner, "read_document", read_document)
    return seen


def test_a_warm_run_reads_only_the_files_with_findings(tmp_path, monkeypatch, settled):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clean.txt").write_text(CLEAN, "utf-8")
    (tmp_path / "flawed.txt").write_text(FLAWED, "utf-8")
    (tmp_path / "bom.txt").write_bytes("\ufeff".encode() + CLEAN.encode())
    plain = json_report(tmp_path, "--no-cache", "clean.txt", "flawed.txt", "bom.txt")
    seen = reads(monkeypatch)
    assert json_report(tmp_path, "clean.txt", "flawed.txt", "bom.txt") == plain
    assert seen == ["clean.txt", "flawed.txt", "bom.txt"]                 # cold: every file read
    seen.clear()
    assert json_report(tmp_path, "clean.txt", "flawed.txt", "bom.txt") == plain   # encoding utf-8-sig kept
    assert seen == ["flawed.txt"]                                         # its report needs the text
    seen.clear()
    assert json_report(tmp_path, "--select", "PUNC", "clean.txt") != b""  # another context: read
    assert seen == ["clean.txt"]


def test_a_changed_file_is_read_again_even_with_its_size_and_mtime_put_back(tmp_path, monkeypatch, settled):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(CLEAN, "utf-8")
    clean = json_report(tmp_path, "a.txt")
    before = article.stat()
    article.write_text("县里今年新修道路十二公里,,,\n", "utf-8")                 # same length in bytes
    assert article.stat().st_size == before.st_size
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))       # the inode's change time still moves
    seen = reads(monkeypatch)
    changed = json_report(tmp_path, "a.txt")
    assert seen == ["a.txt"] and changed != clean and b"PUNC" in changed
    article.unlink()
    article.write_text(CLEAN, "utf-8")                                   # replaced: another inode at least
    seen.clear()
    assert json_report(tmp_path, "a.txt") == clean and seen == ["a.txt"]


def test_a_file_changed_within_the_last_two_seconds_is_not_recorded(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(CLEAN, "utf-8")
    first = json_report(tmp_path, "a.txt")
    seen = reads(monkeypatch)
    assert json_report(tmp_path, "a.txt") == first and seen == ["a.txt"]   # served by content, read


def test_no_process_pool_for_a_run_that_turns_out_all_cached(tree, monkeypatch, settled):
    started = []
    original = runner._start_pool

    def start_pool(jobs):
        started.append(jobs)
        return original(jobs)
    monkeypatch.setattr(runner, "_start_pool", start_pool)
    plain = json_report(tree, "--no-cache", "-j", "1", "tree")
    assert json_report(tree, "-j", "2", "tree") == plain and started == [2]     # cold: 10 files to check
    assert json_report(tree, "-j", "2", "tree") == plain and started == [2]     # warm: none started


def test_hits_between_misses_keep_the_order_of_the_run(tmp_path, monkeypatch, settled):
    monkeypatch.chdir(tmp_path)
    for number in range(40):
        (tmp_path / f"{number:02}.txt").write_text(CLEAN if number % 4 else FLAWED, "utf-8")
    json_report(tmp_path, "-j", "2", ".")
    for number in range(0, 40, 3):                                       # every third file changes
        (tmp_path / f"{number:02}.txt").write_text(FLAWED + CLEAN * (number % 2), "utf-8")
    plain = json_report(tmp_path, "--no-cache", "-j", "1", ".")
    assert json_report(tmp_path, "-j", "2", ".") == plain
    assert json_report(tmp_path, "-j", "1", ".") == plain


def test_nothing_is_served_when_jiaodui_cannot_examine_its_own_files(tmp_path, monkeypatch, settled):
    from checker import cache
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(CLEAN, "utf-8")
    monkeypatch.setattr(cache, "_installation", lambda: None)   # an edited check could not be seen
    first = json_report(tmp_path, "a.txt")
    seen = reads(monkeypatch)
    assert json_report(tmp_path, "a.txt") == first and seen == ["a.txt"]


def test_a_warm_run_leaves_the_index_as_it_is(tmp_path, monkeypatch, settled):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clean.txt").write_text(CLEAN, "utf-8")
    (tmp_path / "flawed.txt").write_text(FLAWED, "utf-8")
    json_report(tmp_path, ".")
    [index] = (tmp_path / ".jiaodui_cache").rglob("*.idx")
    before = index.stat().st_mtime_ns, index.stat().st_ino
    json_report(tmp_path, ".")
    assert (index.stat().st_mtime_ns, index.stat().st_ino) == before


def test_concurrent_runs_share_the_cache_and_agree(tree):
    import subprocess
    import time

    from conftest import ROOT
    plain = json_report(tree, "--no-cache", "-j", "1", "tree")
    time.sleep(2.1)   # the files settle: the stat index records them (cache._SETTLED_NS)

    def start(number: int, jobs: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "checker", "--format", "json", "-o", f"out{number}.json",
                                 "-j", jobs, "tree"], cwd=tree, env={"PYTHONPATH": str(ROOT), "PATH": ""},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for round_ in range(2):   # cold, then warm: entries and index written and read by three runs at once
        runs = [start(n, jobs) for n, jobs in enumerate(("1", "2", "2"))]
        assert [run.wait(timeout=300) for run in runs] == [exit_codes.FINDINGS] * 3, round_
        assert all((tree / f"out{n}.json").read_bytes() == plain for n in range(3)), round_
    assert list((tree / ".jiaodui_cache").rglob("*.idx")) and not list((tree / ".jiaodui_cache").rglob("*.tmp"))


def test_a_library_upgrade_or_another_python_is_another_installation(monkeypatch, tmp_path):
    # opencc's tables or markdown-it's parsing can change findings with no file of jiaodui changed
    from checker import cache as cache_module
    cache_module._installation.cache_clear()
    before = cache_module._installation()
    # another version of opencc found first on sys.path (what importlib.metadata.version would read)
    site = tmp_path / "site"
    (site / "OpenCC-99.0.dist-info").mkdir(parents=True)
    (site / "OpenCC-99.0.dist-info" / "METADATA").write_text("Name: OpenCC\nVersion: 99.0\n", "utf-8")
    monkeypatch.setattr(cache_module.sys, "path", [str(site), *sys.path])
    cache_module._installation.cache_clear()
    upgraded = cache_module._installation()
    # the same version installed again (its metadata rewritten): another installation too
    (site / "OpenCC-99.0.dist-info" / "METADATA").write_text("Name: OpenCC\nVersion: 99.0\n\n", "utf-8")
    cache_module._installation.cache_clear()
    reinstalled = cache_module._installation()
    monkeypatch.setattr(cache_module.sys, "version", "3.99.0 (another build)")
    cache_module._installation.cache_clear()
    other_python = cache_module._installation()
    monkeypatch.undo()
    cache_module._installation.cache_clear()
    assert before is not None and len({before, upgraded, reinstalled, other_python}) == 4
    assert cache_module._installation() == before


def test_the_installation_stamp_names_the_versions_importlib_metadata_reads():
    # The stamp reads the metadata directories itself (importing importlib.metadata cost more than
    # a check): each library's version as importlib.metadata gives it is in the stamp, and a
    # library it cannot find is absent in both.
    from importlib import metadata

    from checker import cache as cache_module
    stamp = dict(line.split(" ", 1) for line in cache_module._distributions().splitlines())
    assert len(stamp) == len(cache_module._SHAPING)
    for name in cache_module._SHAPING:
        listed = stamp[cache_module._normal(name)]
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            assert listed == "absent", name
        else:
            first = listed.split(" | ")[0].split("\0")[0]
            assert os.path.basename(first).lower().startswith(f"{cache_module._normal(name)}-{version}".lower()), (
                name, first)
