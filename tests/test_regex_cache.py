"""The compiled-pattern cache (checker/regex_cache.py): a later process gets the very patterns
`re` would compile, a damaged file is ignored, and JIAODUI_NO_CACHE leaves `re` alone."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Compiles a few patterns of the kinds the package uses (a large class of Han characters, named
# groups, flags, bytes), then says which of them were already in `re`'s cache before compiling.
PROGRAM = r'''
import re, sys
import checker
patterns = [("[\u4e00-\u9fff\u3400-\u4dbf]+(?P<tail>[，。])", 0), ("(?i)jiaodui|校对", 0),
            ("^第(?:[一二三四五六七八九十]+)条$", re.MULTILINE), (b"[\x00-\x08]", 0)]
seen = [(type(p), p, int(f)) in re._cache for p, f in patterns]
cached = [re._cache.get((type(p), p, int(f))) for p, f in patterns]
compiled = [re.compile(p, f) for p, f in patterns]
fresh = [re._compiler.compile(p, int(f)) for p, f in patterns]   # what `re` makes, bypassing its cache
assert all(c is None or c == f for c, f in zip(cached, fresh)), "a cached pattern differs"
assert all(c == f for c, f in zip(compiled, fresh))
assert re.compile(patterns[0][0]).search("甲乙丙，").group("tail") == "，"
sys.stdout.write(" ".join(map(str, seen)))
'''


def run(env: dict[str, str]) -> str:
    result = subprocess.run([sys.executable, "-c", PROGRAM], cwd=ROOT, env=env, capture_output=True, text=True,
                            check=True)
    return result.stdout


def test_patterns_are_kept_and_identical_in_the_next_process(tmp_path):
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(tmp_path)}
    env.pop("JIAODUI_NO_CACHE", None)
    assert run(env) == "False False False False"
    stored = list(tmp_path.glob("regex-*.marshal"))
    assert len(stored) == 1
    assert run(env) == "True True True True"
    # A damaged file is ignored: patterns are compiled as usual (and the file written again).
    stored[0].write_bytes(b"\x00not marshal")
    assert run(env) == "False False False False"
    assert run(env) == "True True True True"


def test_no_cache_leaves_re_alone(tmp_path):
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(tmp_path), "JIAODUI_NO_CACHE": "1"}
    assert run(env) == "False False False False"
    assert not list(tmp_path.glob("regex-*"))


def test_a_file_of_the_earlier_format_is_ignored_and_rewritten(tmp_path):
    """Entries were stored as one list (all decoded at start-up); such a file is read as damaged."""
    import marshal

    from checker import cache_files, regex_cache
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(tmp_path)}
    env.pop("JIAODUI_NO_CACHE", None)
    assert run(env) == "False False False False"
    stored = next(tmp_path.glob("regex-*.marshal"))
    stamp, index, blob = regex_cache.unpack(cache_files.read(stored))
    entries = [marshal.loads(blob[offset:offset + length]) for offset, length, _ in index.values()]
    assert all(isinstance(entry[3], bytes) for entry in entries)
    cache_files.write(stored, marshal.dumps((stamp, entries)))
    assert run(env) == "False False False False"
    assert run(env) == "True True True True"


def test_a_damaged_entry_is_compiled_as_usual(tmp_path):
    """(Damage the file's checksum does not catch: entries stored damaged.)"""
    from checker import cache_files, regex_cache
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(tmp_path)}
    env.pop("JIAODUI_NO_CACHE", None)
    run(env)
    stored = next(tmp_path.glob("regex-*.marshal"))
    stamp, index, blob = regex_cache.unpack(cache_files.read(stored))
    damaged = bytearray(blob)
    for offset, length, _ in index.values():
        damaged[offset + length // 2:offset + length] = b"\xff" * (length - length // 2)
    cache_files.write(stored, regex_cache.pack(stamp, index, bytes(damaged)))
    assert run(env) == "False False False False"     # nothing served from damaged entries
    assert run(env) == "True True True True"         # and the file written again


def _stored_file(tmp_path):
    """The file a first run stores, its bytes, and where its index and each pattern's entry lie."""
    import marshal

    from checker import cache_files, regex_cache
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(tmp_path)}
    env.pop("JIAODUI_NO_CACHE", None)
    run(env)
    stored = next(tmp_path.glob("regex-*.marshal"))
    data = bytearray(stored.read_bytes())
    contents = cache_files.read(stored)
    _, index, blob = regex_cache.unpack(contents)
    at = len(data) - len(blob)      # the blob ends the file
    places = {marshal.loads(blob[offset:offset + length])[0]: (at + offset, length)
              for offset, length, _ in index.values()}
    return env, stored, data, at, places


def test_an_entry_damaged_in_place_is_compiled_and_the_others_served(tmp_path):
    """One bit of one stored program flipped on disk (the file's own checksum is not checked on
    reading: each entry's is, when it is used): that pattern is compiled as usual, and the file is
    written again."""
    import marshal
    env, stored, data, _, places = _stored_file(tmp_path)
    offset, length = places["(?i)jiaodui|校对"]
    data[offset + length // 2] ^= 0x04      # inside its program: it still unmarshals
    marshal.loads(bytes(data[offset:offset + length]))
    stored.write_bytes(bytes(data))
    assert run(env) == "True False True True"
    assert run(env) == "True True True True"


def test_a_damaged_index_makes_the_file_ignored(tmp_path):
    env, stored, data, at, _ = _stored_file(tmp_path)
    data[at - 3] ^= 0x01     # in the marshalled index
    stored.write_bytes(bytes(data))
    assert run(env) == "False False False False"
    assert run(env) == "True True True True"


def test_the_file_keeps_what_a_run_used_within_its_budget(tmp_path):
    """Patterns made at run time in a new order every run must not make the file grow without end."""
    program = ("import random, re, checker\n"
               "words = ['甲%d' % i for i in range(8000)]\n"
               "random.shuffle(words)\n"
               "re.compile('|'.join(words))\n")
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(tmp_path)}
    env.pop("JIAODUI_NO_CACHE", None)
    for _ in range(10):     # 10 x 340 KB of programs: more than the budget
        subprocess.run([sys.executable, "-c", program], cwd=ROOT, env=env, check=True)
    from checker import regex_cache
    stored = next(tmp_path.glob("regex-*.marshal"))
    assert stored.stat().st_size < regex_cache._BUDGET + 100_000
