"""What is kept across runs in the per-user cache (checker/regex_cache.py, code_cache.py, the stored
rules, data tables and configuration parses, written through checker/cache_files.py) never changes
what a run finds: a damaged, truncated, foreign, unwritable or concurrently written cache costs
only time, and an edited rule, data file or check is seen by the next run. Each case is checked
against a run with the cache off (JIAODUI_NO_CACHE), on the same code."""
from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A misspelling in the word lists (TYPO001: the stored word tables), a place name written two ways
# (TYPO003: the stored readings), and a share to work out.
TEXT = "本报讯 新修的沥清路面已经铺好，石桥铺街道和石巧铺街道的居民都很满意。全乡120户已有30户装了太阳能，占比达25%。\n"
# A configuration, so that its TOML parse is stored too.
CONFIG = 'ignore = ["LAYOUT"]\n'


_CACHE_VARIABLES = ("JIAODUI_NO_CACHE", "JIAODUI_CACHE_DIR", "XDG_CACHE_HOME")


def environment(without: tuple[str, ...] = ("JIAODUI_NO_CACHE",), **settings: str) -> dict[str, str]:
    """This process's environment without the variables `without` (by default: with the cache on),
    then with `settings`."""
    return {**{key: value for key, value in os.environ.items() if key not in without}, **settings}


def checkout(tmp_path: Path, name: str) -> Path:
    """A copy of the package and its rules (as `cp -a` makes it: the same sizes and times)."""
    target = tmp_path / name
    for part in ("checker", "rules"):
        shutil.copytree(ROOT / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def check(code: Path, cache: Path | None, *files: Path, env: dict[str, str] | None = None,
          options: tuple[str, ...] = ()) -> tuple[int, list, str]:
    """A command-line run of the package at `code`: exit code, findings (JSON), standard error."""
    environ = environment(_CACHE_VARIABLES, PYTHONPATH=str(code))
    if cache is None:
        environ["JIAODUI_NO_CACHE"] = "1"
    else:
        environ["JIAODUI_CACHE_DIR"] = str(cache)
    environ.update(env or {})
    result = subprocess.run([sys.executable, "-m", "checker", "check", "--no-cache", "--format", "json", *options,
                             *map(str, files)], cwd=files[0].parent, env=environ, capture_output=True, text=True,
                            check=False)
    findings = json.loads(result.stdout)["diagnostics"] if result.stdout.strip() else []
    return result.returncode, findings, result.stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    folder.mkdir()
    (folder / "jiaodui.toml").write_text(CONFIG, "utf-8")
    path = folder / "article.txt"
    path.write_text(TEXT, "utf-8")
    return path


def rules_of(findings: list) -> set[str]:
    return {finding["rule"] for finding in findings}


def test_the_article_uses_every_kind_of_stored_file(tmp_path, article):
    fresh = check(ROOT, None, article)
    assert fresh[0] == 1 and {"TYPO001", "TYPO003"} <= rules_of(fresh[1]) and fresh[2] == ""
    cache = tmp_path / "cache"
    assert check(ROOT, cache, article) == fresh
    assert check(ROOT, cache, article) == fresh          # now read back
    names = {path.name.split("-")[0] for path in cache.iterdir()}
    assert {"regex", "dataclass", "rules", "built", "data", "toml"} <= names
    assert not list(cache.glob("*.tmp"))


def test_every_stored_file_damaged_costs_only_time(tmp_path, article):
    fresh = check(ROOT, None, article)
    stored = tmp_path / "stored"
    check(ROOT, stored, article)
    check(ROOT, stored, article)
    for name in sorted(os.listdir(stored)):
        data = (stored / name).read_bytes()
        for damage, damaged in (("truncated", data[:len(data) // 2]),
                                ("a bit flipped", bytes(data[:len(data) // 2]) + bytes([data[len(data) // 2] ^ 0x10])
                                 + data[len(data) // 2 + 1:]),
                                ("empty", b"")):
            cache = tmp_path / "damaged"
            shutil.rmtree(cache, ignore_errors=True)
            shutil.copytree(stored, cache)
            (cache / name).write_bytes(damaged)
            assert check(ROOT, cache, article) == fresh, (name, damage)


def _replace(path: Path, old: bytes, new: bytes) -> int:
    data = path.read_bytes()
    path.write_bytes(data.replace(old, new))
    return data.count(old)


def test_a_stored_word_table_damaged_in_place_is_built_again(tmp_path, article):
    # The damage a checksum is for: the file still unpickles, to another table (沥清 -> 沥渍, one
    # bit of one character). Used as it is, TYPO001 misses the word or crashes.
    fresh = check(ROOT, None, article)
    cache = tmp_path / "cache"
    check(ROOT, cache, article)
    changed = sum(_replace(path, "沥清".encode(), "沥渍".encode()) for path in cache.glob("data-*.pickle"))
    assert changed
    assert check(ROOT, cache, article) == fresh


PROGRAM = r'''
import dataclasses, json
import checker

@dataclasses.dataclass
class Point:
    zq_field_twenty_one_: int
    other: str = "默认"

print(json.dumps([vars(Point(1)), repr(Point(2, "乙")), Point(1) == Point(1)], ensure_ascii=False))
'''


def test_stored_dataclass_code_damaged_in_place_is_compiled_again(tmp_path):
    # The stored code objects are executed as they are: one byte changed in a name (as marshal
    # writes it: its length, then its characters) made __init__ set another attribute; a flipped
    # bit elsewhere crashed the interpreter.
    environ = environment()

    def run(**extra: str) -> str:
        return subprocess.run([sys.executable, "-c", PROGRAM], cwd=ROOT, env={**environ, **extra},
                              capture_output=True, text=True, check=True).stdout

    plain = run(JIAODUI_NO_CACHE="1")
    cache = str(tmp_path / "cache")
    assert run(JIAODUI_CACHE_DIR=cache) == plain
    name = b"zq_field_twenty_one_"
    [stored] = (tmp_path / "cache").glob("dataclass-code-*")
    assert _replace(stored, bytes([len(name)]) + name, bytes([len(name)]) + b"zz" + name[2:])
    assert run(JIAODUI_CACHE_DIR=cache) == plain


def test_a_file_owned_by_another_user_is_not_unpickled(tmp_path, monkeypatch):
    from checker import cache_files, resources
    monkeypatch.setenv("JIAODUI_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("JIAODUI_NO_CACHE", raising=False)

    def table() -> dict[str, int]:
        return {"甲": 1}

    table.__qualname__ = "test_owner_table"
    assert resources.kept(table)() == {"甲": 1}
    [stored] = tmp_path.glob("data-*test_owner_table*.pickle")
    marker = tmp_path / "ran"

    class Planted:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    # Whoever can write in the cache directory can write a file in the format, checksum and all.
    cache_files.write(stored, pickle.dumps(Planted()))
    real = os.getuid()
    monkeypatch.setattr(os, "getuid", lambda: real + 1)     # the file is now another user's
    assert resources.kept(table)() == {"甲": 1}
    assert not marker.exists()
    with pytest.raises(ValueError, match="another user"):
        cache_files.read(stored)
    monkeypatch.setattr(os, "getuid", lambda: real)         # this user's own file is read: the test can tell
    cache_files.write(stored, pickle.dumps(Planted()))
    resources.kept(table)()
    assert marker.exists()


def test_the_file_format_rejects_any_damage(tmp_path):
    from checker import cache_files
    path = tmp_path / "stored.bin"
    contents = bytes(range(256)) * 40
    cache_files.write(path, contents)
    assert cache_files.read(path) == contents
    data = path.read_bytes()
    for at in range(0, len(data), 97):
        for bit in (0, 3, 7):
            path.write_bytes(data[:at] + bytes([data[at] ^ (1 << bit)]) + data[at + 1:])
            with pytest.raises(ValueError):
                cache_files.read(path)
    for length in (0, 5, len(data) // 2, len(data) - 1):
        path.write_bytes(data[:length])
        with pytest.raises(ValueError):
            cache_files.read(path)
    path.write_bytes(data + b"\0")
    with pytest.raises(ValueError):
        cache_files.read(path)
    # what an earlier version wrote (a bare pickle or marshal stream) is not this format
    for earlier in (pickle.dumps({"stamp": 1}), b"\xe3" + bytes(10)):
        path.write_bytes(earlier)
        with pytest.raises(ValueError):
            cache_files.read(path)
    assert not list(tmp_path.glob("*.tmp"))


def test_a_file_read_unchecked_still_has_its_header_length_and_owner_checked(tmp_path, monkeypatch):
    """checked=False (the regex programs, whose index and entries carry checksums of their own)
    skips only the checksum of the whole contents."""
    from checker import cache_files
    path = tmp_path / "stored.bin"
    contents = bytes(range(256)) * 40
    cache_files.write(path, contents)
    data = path.read_bytes()
    flipped = data[:-100] + bytes([data[-100] ^ 1]) + data[-99:]
    path.write_bytes(flipped)
    with pytest.raises(ValueError):
        cache_files.read(path)
    assert cache_files.read(path, checked=False) == flipped[len(data) - len(contents):]
    for damaged in (data[:-1], data + b"\0", b"\0" + data[1:], b""):
        path.write_bytes(damaged)
        with pytest.raises(ValueError):
            cache_files.read(path, checked=False)
    path.write_bytes(data)
    monkeypatch.setattr(os, "getuid", lambda: os.stat(path).st_uid + 1)
    with pytest.raises(ValueError):
        cache_files.read(path, checked=False)


def test_two_checkouts_sharing_one_cache_each_get_their_own_findings(tmp_path, article):
    # Two copies made with their times kept (cp -a): the same files, sizes and times but their
    # paths. The second has another wording of TYPO001, another correction in the word list and
    # another check: each must see its own, however the runs alternate over one cache.
    first, second = checkout(tmp_path, "first"), checkout(tmp_path, "second")
    toml = second / "rules" / "typo.toml"
    assert _replace(toml, 'message.zh = "“{match}”是错别字'.encode(), 'message.zh = "另一版：“{match}”是错别字'.encode()) == 1
    words = second / "rules" / "data" / "typo_misspellings.txt"
    assert _replace(words, "沥清 沥青 s".encode(), "沥清 沥靑 s".encode()) == 1
    _silence(second / "checker" / "checks" / "typo.py")     # the check of TYPO003 reports nothing
    fresh_first, fresh_second = check(first, None, article), check(second, None, article)
    assert fresh_first != fresh_second
    assert "TYPO003" in rules_of(fresh_first[1]) and "TYPO003" not in rules_of(fresh_second[1])
    assert any("另一版" in f["message"] and "沥靑" in f["message"] for f in fresh_second[1])
    cache = tmp_path / "shared"
    for _ in range(2):
        assert check(first, cache, article) == fresh_first
        assert check(second, cache, article) == fresh_second


def _silence(path: Path) -> None:
    """Make the check of TYPO003 in this copy yield nothing (a change of check code)."""
    source = path.read_text("utf-8")
    head, found, rest = source.partition("def inconsistent_name(")
    assert found and source.count(found) == 1
    signature, colon, body = rest.partition(":\n")
    path.write_text(f"{head}{found}{signature}{colon}    return\n    yield\n{body}", "utf-8")


def test_edits_between_runs_are_seen_by_the_next_run(tmp_path, article):
    code = checkout(tmp_path, "code")
    cache = tmp_path / "cache"
    assert check(code, cache, article) == check(code, None, article)
    # a rule entry: its severity
    toml = code / "rules" / "typo.toml"
    text = toml.read_text("utf-8")
    start = text.index('id = "TYPO001"')
    at = text.index('severity = "warning"', start)
    toml.write_text(text[:at] + 'severity = "error"' + text[at + len('severity = "warning"'):], "utf-8")
    edited = check(code, cache, article)
    assert edited == check(code, None, article)
    assert [f["severity"] for f in edited[1] if f["rule"] == "TYPO001"] == ["error"]
    # a data file: a new misspelling (the lines are sorted by the wrong form's code point)
    words = code / "rules" / "data" / "typo_misspellings.txt"
    lines = words.read_text("utf-8").splitlines(keepends=True)
    lines.append("太阳能 太阳鸟 s XH\n")
    words.write_text("".join(lines), "utf-8")
    edited = check(code, cache, article)
    assert edited == check(code, None, article)
    assert any("太阳鸟" in f["message"] for f in edited[1])
    # the configuration
    (article.parent / "jiaodui.toml").write_text('ignore = ["LAYOUT", "TYPO003"]\n', "utf-8")
    edited = check(code, cache, article)
    assert edited == check(code, None, article) and "TYPO003" not in rules_of(edited[1])


def test_concurrent_runs_over_one_empty_cache(tmp_path, article):
    fresh = check(ROOT, None, article)
    others = []
    for i in range(6):
        other = article.parent / f"other{i}.txt"
        other.write_text(TEXT.replace("石桥铺", f"第{i}石桥铺"), "utf-8")
        others.append(other)
    fresh_many = check(ROOT, None, article, *others, options=("--jobs", "2"))
    environ = environment()
    for round_ in range(2):
        cache = tmp_path / f"cache{round_}"
        environ["JIAODUI_CACHE_DIR"] = str(cache)
        environ["PYTHONPATH"] = str(ROOT)
        command = [sys.executable, "-m", "checker", "check", "--no-cache", "--format", "json"]
        runs = [subprocess.Popen([*command, str(article)], cwd=article.parent, env=environ, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(2)]
        runs.append(subprocess.Popen([*command, "--jobs", "2", str(article), *map(str, others)], cwd=article.parent,
                                     env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        results = [(run.returncode, out, err) for run in runs for out, err in [run.communicate()]]
        for code, out, err in results[:2]:
            assert (code, json.loads(out)["diagnostics"], err) == fresh
        code, out, err = results[2]
        assert (code, json.loads(out)["diagnostics"], err) == fresh_many
        assert not list(cache.glob("*.tmp"))
        assert check(ROOT, cache, article) == fresh


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path, article):
    fresh = check(ROOT, None, article)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    # (permission bits do not stop root; a path through a regular file stops everyone)
    assert check(ROOT, blocker / "cache", article) == fresh
    # the default place, under a home that cannot hold it
    environ = environment(_CACHE_VARIABLES, PYTHONPATH=str(ROOT), HOME=str(blocker / "home"))
    result = subprocess.run([sys.executable, "-m", "checker", "check", "--no-cache", "--format", "json", str(article)],
                            cwd=article.parent, env=environ,
                            capture_output=True, text=True, check=False)
    assert (result.returncode, json.loads(result.stdout)["diagnostics"], result.stderr) == fresh


MAPPED = r'''
import importlib.util, mmap, sys
from checker.analysis.words import Lexicon
path, tool = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location("build_lexicon", tool)
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)
with open(path, "rb") as handle:
    lexicon = Lexicon(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
words = ["研究", "海淀区", "沥青", "臺灣", "中华人民共和国", "不是词语吧"]
print([(w in lexicon, lexicon.frequency(w), lexicon.tag(w)) for w in words])
data = open(path, "rb").read()
build.replace(build.Path(path), data[:len(data) // 3])       # a rebuilt lexicon, shorter
print([(w in lexicon, lexicon.frequency(w), lexicon.tag(w)) for w in words])
'''


def test_rebuilding_the_lexicon_leaves_a_process_that_maps_it_reading_the_old_one(tmp_path):
    # checker/analysis/words.py maps the lexicon: tools/build_lexicon.py wrote it in place, and a
    # process holding the map died of SIGBUS at its next lookup (a language server, a long run).
    from checker.analysis.words import LEXICON_FILE
    from checker.resources import data_path
    copy = tmp_path / "lexicon.bin"
    shutil.copyfile(data_path(LEXICON_FILE), copy)
    result = subprocess.run([sys.executable, "-c", MAPPED, str(copy), str(ROOT / "tools" / "build_lexicon.py")],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.splitlines()
    assert before == after and "True" in before
    assert copy.stat().st_size < data_path(LEXICON_FILE).stat().st_size / 2     # the new file is in place
    assert not list(tmp_path.glob("*.tmp"))



READER = r'''
import sys
from checker.analysis import words
path, server = sys.argv[1], sys.argv[2] == "server"
words.data_path = lambda name: __import__("pathlib").Path(path)     # the copy, as the lexicon
if server:      # what `jiaodui serve` does when it starts (the language server does the same)
    from checker.serve.server import Server
    Server("127.0.0.1", 0).server_close()
lexicon = words.lexicon()
sample = ["研究", "海淀区", "沥青", "臺灣", "中华人民共和国", "不是词语吧"]
print([(w in lexicon, lexicon.frequency(w), lexicon.tag(w)) for w in sample], flush=True)
data = open(path, "rb").read()
with open(path, "r+b") as handle:          # `cp other.bin lexicon.bin`: the same file rewritten in place
    handle.truncate(0)
    handle.write(data[:4096])
print([(w in lexicon, lexicon.frequency(w), lexicon.tag(w)) for w in sample], flush=True)
'''


def test_a_server_reads_the_lexicon_and_survives_it_being_rewritten_in_place(tmp_path):
    # `cp` over the lexicon writes into the same file: a process that maps it dies of SIGBUS at
    # its next lookup past the new end. A one-file check maps it (it is over in a moment); a
    # server (`jiaodui serve`, the language server) reads it into memory and goes on as it was.
    import signal

    from checker.analysis.words import LEXICON_FILE
    from checker.resources import data_path
    runs = {}
    for kind in ("server", "check"):
        copy = tmp_path / f"{kind}.bin"
        shutil.copyfile(data_path(LEXICON_FILE), copy)
        runs[kind] = subprocess.run([sys.executable, "-c", READER, str(copy), kind], cwd=ROOT,
                                    capture_output=True, text=True, check=False)
    server = runs["server"]
    assert server.returncode == 0, server.stderr
    before, after = server.stdout.splitlines()
    assert before == after and "True" in before
    if sys.platform == "linux":     # what the server is kept from: the mapped reader is killed
        assert runs["check"].returncode == -signal.SIGBUS, runs["check"]
        assert runs["check"].stdout.splitlines()[0] == before


def test_keeping_the_lexicon_in_memory_replaces_a_mapped_one(monkeypatch):
    import mmap

    from checker.analysis import words
    monkeypatch.setattr(words, "_read_whole", False)
    words.lexicon.cache_clear()
    try:
        assert isinstance(words.lexicon()._data, mmap.mmap)
        words.keep_lexicon_in_memory()
        assert isinstance(words.lexicon()._data, bytes) and "研究" in words.lexicon()
    finally:
        monkeypatch.undo()
        words.lexicon.cache_clear()

BUILD = r'''
import sys
sys.version += sys.argv[1]          # another build of this Python version (before anything is stored)
import re
import checker
from checker import code_cache, regex_cache
from checker.registry import load_rules
load_rules()
re.compile("[甲乙丙]+丁")
print(len(code_cache._used), len(regex_cache._used))
'''


def test_two_python_builds_sharing_a_cache_keep_their_own_stored_code(tmp_path):
    environ = environment(JIAODUI_CACHE_DIR=str(tmp_path))

    def run(build: str) -> list[int]:
        return [int(n) for n in subprocess.run([sys.executable, "-c", BUILD, build], cwd=ROOT, env=environ,
                                               capture_output=True, text=True, check=True).stdout.split()]

    assert run(" one") == [0, 0]
    assert run(" two") == [0, 0]
    used_code, used_patterns = run(" one")      # its files are still there, not rewritten by the other
    assert used_code > 10 and used_patterns > 10
    assert len(list(tmp_path.glob("dataclass-code-*.marshal"))) == len(list(tmp_path.glob("regex-*.marshal"))) == 2


TUPLES = r'''
import collections
from checker import code_cache
Point = collections.namedtuple("Point", ["x", "y"], defaults=[0])
print(Point(1), Point(1, 2)._replace(y=3),
      any(text.startswith(code_cache._EVAL) and "_cls, x, y" in text for text in code_cache._used))
'''


def test_the_new_of_a_named_tuple_class_is_stored_and_run_as_compiled(tmp_path):
    environ = environment(JIAODUI_CACHE_DIR=str(tmp_path))

    def run() -> str:
        return subprocess.run([sys.executable, "-c", TUPLES], cwd=ROOT, env=environ, capture_output=True,
                              text=True, check=True).stdout.strip()

    assert run() == "Point(x=1, y=0) Point(x=1, y=3) False"     # compiled, and stored at exit
    assert run() == "Point(x=1, y=0) Point(x=1, y=3) True"      # run from the stored code


UNPICKLED = r'''
import pickle, re, sys
from checker import regex_cache
pattern = re.compile("[甲乙丙]+丁" + sys.argv[1])
if sys.argv[2:]:
    again = pickle.loads(pickle.dumps(pattern))     # compiled again with flags=re.UNICODE, as `re` reports them
    print(again == pattern, again.flags)
print(len(regex_cache._used))
'''


def test_a_pattern_read_back_from_a_pickle_is_served_the_stored_program(tmp_path):
    # A stored table holding compiled patterns gives them back through re.compile(pattern, re.UNICODE):
    # the program stored for re.compile(pattern) is the same one, and is used instead of compiling
    # the pattern in every run (cheap patterns alone do not make the file be written again).
    environ = environment(JIAODUI_CACHE_DIR=str(tmp_path))

    def run(*args: str) -> list[str]:
        return subprocess.run([sys.executable, "-c", UNPICKLED, *args], cwd=ROOT, env=environ, capture_output=True,
                              text=True, check=True).stdout.split()

    assert run("戊") == ["0"]                        # compiled, and stored
    assert run("戊") == ["1"]
    assert run("戊", "pickle") == ["True", "32", "2"]     # both from the one stored program
    assert run("己", "pickle") == ["True", "32", "0"]     # another pattern: never another's program


RUNNING = r'''
import sys
from pathlib import Path
from checker import resources
from checker.analysis import terms          # a process started before the edit (a language server)
resources.read_entries("typo_readings.txt")  # … that has read the data file already
path, old, new = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
text = path.read_text("utf-8")
assert text.count(old) == 1
path.write_text(text.replace(old, new), "utf-8")                 # the edit is saved
print([sorted(table[ch]) for table in (terms.syllables(), terms.readings()) for ch in "桥茄"])   # built after it
'''
TABLES = ('from checker.analysis import terms\n'
          'print([sorted(table[ch]) for table in (terms.syllables(), terms.readings()) for ch in "桥茄"])')


@pytest.mark.parametrize("edited, old, new", [
    ("checker/analysis/terms.py", 'value.rstrip("012345") for value', 'value.rstrip("012345") + "~" for value'),
    ("rules/data/typo_readings.txt", "\nqiao2 ", "\nqiao2 茄"),
])
def test_a_process_older_than_an_edit_does_not_store_its_tables_as_the_new_ones(tmp_path, edited, old, new):
    code = checkout(tmp_path, "code")
    environ = environment(PYTHONPATH=str(code), JIAODUI_CACHE_DIR=str(tmp_path / "cache"))

    def run(program: str, *args: str, **extra: str) -> str:
        return subprocess.run([sys.executable, "-c", program, *args], cwd=tmp_path, env={**environ, **extra},
                              capture_output=True, text=True, check=True).stdout

    before = run(RUNNING, str(code / edited), old, new)
    fresh = run(TABLES, JIAODUI_NO_CACHE="1")
    assert fresh != before              # the edit changes the tables
    assert run(TABLES) == fresh
    assert run(TABLES) == fresh         # read back


def test_a_relative_xdg_cache_home_is_ignored(tmp_path, monkeypatch):
    from checker.regex_cache import cache_root
    monkeypatch.delenv("JIAODUI_CACHE_DIR", raising=False)
    monkeypatch.delenv("JIAODUI_NO_CACHE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", "build/cache")          # invalid (XDG): not a directory in the project
    assert cache_root() == tmp_path / ".cache" / "jiaodui"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "jiaodui"


FULL_DISK = r'''
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)       # a write past the limit fails (EFBIG) as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
from checker.__main__ import run
sys.argv = ["jiaodui", *sys.argv[1:]]
run()
'''


def test_a_full_disk_costs_only_time_and_leaves_no_partial_files(tmp_path, article):
    fresh = check(ROOT, None, article)
    environ = environment(PYTHONPATH=str(ROOT), JIAODUI_CACHE_DIR=str(tmp_path / "cache"))
    for _ in range(2):
        result = subprocess.run([sys.executable, "-c", FULL_DISK, "check", "--no-cache", "--format", "json",
                                 str(article)], cwd=article.parent, env=environ, capture_output=True, text=True,
                                check=False)
        assert (result.returncode, json.loads(result.stdout)["diagnostics"], result.stderr) == fresh
    assert not list((tmp_path / "cache").glob("*.tmp"))
    assert all(path.stat().st_size <= 4096 for path in (tmp_path / "cache").iterdir())


def _edit_keeping_times(path: Path, old: str, new: str) -> None:
    """A same-size edit with the modification time set back, as cp -p, rsync -t or unzip leave it."""
    assert len(old.encode()) == len(new.encode())
    times = path.stat()
    assert _replace(path, old.encode(), new.encode()) == 1
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (times.st_size, times.st_mtime_ns)


def test_same_size_edits_with_their_times_set_back_are_seen(tmp_path, article):
    # (the package's modules are stamped as the data files are: resources._files_stamp)
    code = checkout(tmp_path, "code")
    cache = tmp_path / "cache"
    check(code, cache, article)
    _edit_keeping_times(code / "rules" / "typo.toml", 'message.zh = "“{match}”是错别字', 'message.zh = "“{match}”是錯别字')
    edited = check(code, cache, article)
    assert edited == check(code, None, article) and any("錯别字" in f["message"] for f in edited[1])
    _edit_keeping_times(code / "rules" / "data" / "typo_misspellings.txt", "沥清 沥青 s", "沥清 沥靑 s")
    edited = check(code, cache, article)
    assert edited == check(code, None, article) and any("沥靑" in f["message"] for f in edited[1])


def test_a_link_planted_at_the_temporary_name_is_not_written_through(tmp_path, monkeypatch):
    from checker import cache_files
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    stored = tmp_path / "cache" / "stored.bin"
    stored.parent.mkdir()
    monkeypatch.setattr(os, "urandom", lambda n: b"\x01" * n)      # a name someone could guess
    (stored.parent / f"stored.bin.{os.getpid()}-{'01' * 4}.tmp").symlink_to(victim)
    with pytest.raises(OSError):
        cache_files.write(stored, b"contents")
    assert victim.read_text() == "keep me" and not stored.exists()
