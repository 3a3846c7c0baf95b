"""Compiled regular expressions kept across runs.

Compiling the package's patterns (large classes of Chinese characters, punctuation and digits)
is about 80 ms of every one-file check: more than the check itself. What `re` builds from a
pattern is a list of small integers (the program of its matching engine), and it depends only on
the pattern, its flags and the Python build. So the programs are kept in one file per user (beside
the parsed rule tables), and at start-up each is handed straight to the engine and put into `re`'s
own cache: every `re.compile`, `re.search`… of that pattern is then a dictionary look-up.

Programs are stored as bytes and handed to the engine only when a pattern is first asked for
(`re`'s cache is replaced by a dict that builds a stored program on a miss): loading is one read,
however many patterns the file holds, and a process pays only for the patterns it uses. A file
that held 629 programs as lists of integers (patterns built at run time from sets come in a new
order in every run, and each order was kept) took 0.36 s to load, more than a whole small check.
When the file is rewritten, the patterns this process used come first and the rest are kept only
up to _BUDGET bytes of programs, so stale ones age out.

Each entry and the index carry a CRC-32 of their own, checked when they are used (a run reads
a fraction of the entries: checking the whole file was ~0.5 ms of every one-file check), and the
engine validates every program it is given (a damaged entry is compiled as usual instead); a
program is only stored after rebuilding it from the pattern gives a compiled object equal to the
one `re` made (same flags, groups and code). Any problem (a read-only home, another
Python, an `re` whose internals differ) means patterns are compiled as usual: it only costs time.
The file is marshal, not pickle: it holds only strings, numbers, bytes, tuples and tables; each
entry is marshalled on its own and found by a hash of its pattern and flags, so that loading the
file decodes none of them (a file shared by many processes held ~900 entries: ~4 ms to decode).
`JIAODUI_NO_CACHE` turns it off, as it does the rule-table cache.
"""
from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys
import time
import zlib
from pathlib import Path

from . import cache_files
from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

_LIMIT = 1000            # patterns kept at most (the package has about 200; the rest are made at run time)
_WORTH = 0.002           # seconds of compiling new patterns must cost before an existing file is rewritten
_BUDGET = 1 << 21        # bytes of programs and patterns kept in the file (the package's own: about 200 KB)

Key = tuple[type, "str | bytes", int]      # `re`'s cache key: (type of pattern, pattern, flags)

# The file's entries, each marshalled on its own in one blob, found by a hash of their key: loading
# the file decodes no pattern (the package's large character classes made decoding every entry
# of a file shared with other processes ~2-4 ms); an entry is decoded when its pattern is asked for.
_index: dict[int, tuple[int, int, int]] = {}    # key hash -> (offset, length, CRC-32) in _blob
_blob: bytes | memoryview = b""                  # a view into the file's contents: never copied
_decoded: dict[Key, tuple[Any, ...]] = {}       # entries decoded so far
_failed: set[Key] = set()                       # entries the engine refused (damaged): compiled instead
_used: set[Key] = set()                         # stored keys this process built
_installed = False


def _hash(key: Key) -> int:
    kind, pattern, flags = key
    data = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else pattern
    return zlib.crc32(data, zlib.crc32(b"%d %d" % (kind is str, flags)))


def _entry(key: Any) -> tuple[Any, ...] | None:
    """The stored entry of `re`'s cache key, or None."""
    if not (isinstance(key, tuple) and len(key) == 3 and isinstance(key[1], (str, bytes))
            and isinstance(key[2], int)) or key in _failed:
        return None
    found = _stored_entry(key)
    if found is None and isinstance(key[1], str) and key[2] & re.UNICODE:
        # A pattern read back from a pickle (a stored table holding compiled patterns) is compiled
        # again with the flags it reports, re.UNICODE among them, which `re` adds to every str
        # pattern without re.ASCII: the program is the one stored for the flags it was first
        # compiled with (such a pattern missed here in every run, ~1 ms to compile)
        found = _stored_entry((key[0], key[1], key[2] & ~re.UNICODE))
        if found is not None:
            _decoded[key] = found
    return found


def _stored_entry(key: Key) -> tuple[Any, ...] | None:
    found = _decoded.get(key)
    if found is not None:
        return found
    place = _index.get(_hash(key))
    if place is None:
        return None
    try:
        offset, length, check = place
        data = _blob[offset:offset + length]
        # each entry carries its own checksum, checked when it is first used: the file's contents
        # as a whole are not checksummed on reading (cache_files.read(checked=False))
        if len(data) != length or zlib.crc32(data) != check:
            raise ValueError("a damaged entry")
        entry = marshal.loads(data)
        if (type(entry[0]), entry[0], entry[1]) != key:
            return None     # another pattern with the same hash
        if not isinstance(entry[3], bytes):
            raise TypeError("not a program")
    except Exception:  # noqa: BLE001 -- a damaged entry: `re` compiles the pattern (and it is stored again)
        _failed.add(key)
        return None
    _decoded[key] = entry
    return entry


class _Programs(dict):  # dict[Any, Any]: typing's Any is not imported at run time
    """`re`'s cache with the stored programs behind it: a key `re` misses is built from the file's
    program (then kept like any compiled pattern). `re` 3.11 reads it with [], 3.12 with pop."""

    def __missing__(self, key):
        compiled = _build(key)
        if compiled is None:
            raise KeyError(key)
        self[key] = compiled
        return compiled

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or _entry(key) is not None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key, *default):
        if not dict.__contains__(self, key) and _entry(key) is not None:
            compiled = _build(key)
            if compiled is not None:
                return compiled
        return dict.pop(self, key, *default)


def _build(key) -> re.Pattern | None:
    entry = _entry(key)
    engine = _engine()
    if entry is None or engine is None:
        return None
    pattern, _, out_flags, code, groups, groupindex, indexgroup = entry
    try:
        compiled = engine[0].compile(pattern, out_flags, array.array("I", code).tolist(), groups, groupindex,
                                     indexgroup)
    except Exception:  # noqa: BLE001 -- a damaged program: forget it, `re` compiles the pattern
        _failed.add(key)
        return None
    _used.add(key)
    return compiled


def cache_root() -> Path | None:
    """The per-user cache directory of jiaodui (None: no cache)."""
    if os.environ.get("JIAODUI_NO_CACHE"):
        return None
    # XDG: a relative XDG_CACHE_HOME is invalid and ignored (followed, every run in a project
    # would make a cache directory inside it, relative to where the command was started)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = os.environ.get("JIAODUI_CACHE_DIR") or (xdg if xdg and os.path.isabs(xdg) else None)
    try:
        root = Path(base) if base else Path.home() / ".cache"
    except (RuntimeError, KeyError):
        return None  # no home directory (some CI and service accounts)
    return root if os.environ.get("JIAODUI_CACHE_DIR") else root / "jiaodui"


def _engine() -> tuple[Any, Any, Any] | None:
    """`_sre`, `re._parser` and `re._compiler` when this Python has the internals relied on."""
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    if not isinstance(getattr(re, "_cache", None), dict) or not hasattr(_compiler, "_code"):
        return None
    if array.array("I").itemsize != _sre.CODESIZE:
        return None                 # programs are stored as arrays of this item size
    return _sre, _parser, _compiler


def _stamp() -> str:
    import _sre
    return f"{sys.implementation.cache_tag} {sys.version} {getattr(_sre, 'MAGIC', '?')} {_sre.CODESIZE}"


def _path() -> Path | None:
    root = cache_root()
    # v6: each entry's CRC-32 in the index, and the index's own before it, checked as they are
    # used instead of the CRC of the whole file (a run uses a fraction of its entries); v5: the entries' blob stored after the index rather than inside one marshalled tuple
    # (unmarshalling copied the blob, over 1 MB once the tests' patterns are in it: ~1 ms of
    # fresh pages a run); v4: v3 in cache_files' format; v3: entries found by the hash of their key (v2: a list of
    # entries, all decoded at start-up; v1: programs as lists of integers). A process of an earlier
    # version, or of another Python build (its stamp differs), keeps its own file instead of
    # rewriting this one on every run.
    return None if root is None else root / f"regex-{sys.implementation.cache_tag}-{cache_files.build()}-v6.marshal"


def install() -> None:
    """Put the stored programs behind `re`'s cache, and store the new ones when the process ends."""
    global _installed, _index, _blob
    if _installed:
        return
    _installed = True
    engine, path = _engine(), _path()
    if engine is None or path is None:
        return
    try:
        # this user's and whole (cache_files.py); the index and each entry have CRCs of their own
        stamp, index, blob = unpack(cache_files.read(path, checked=False))
        if stamp == _stamp():
            _index, _blob = index, blob
    except Exception:  # noqa: BLE001 -- missing, damaged or from another build: compile as usual
        _index, _blob = {}, b""
    # every pattern compiled so far (by `re` itself at import) stays; the stored ones are built on demand
    re._cache = _Programs(re._cache)  # type: ignore[attr-defined]
    atexit.register(_save)


def pack(stamp: str, index: dict[int, tuple[int, int, int]], blob: bytes) -> bytes:
    """The file's contents: the length of the marshalled stamp and index (8 bytes, little-endian)
    and their CRC-32 (4 bytes), them, then the entries' blob as it is (the index holds each
    entry's offset, length and CRC-32)."""
    head = marshal.dumps((stamp, index))
    return len(head).to_bytes(8, "little") + zlib.crc32(head).to_bytes(4, "little") + head + blob


def unpack(contents: bytes) -> tuple[str, dict[int, tuple[int, int, int]], memoryview]:
    """`pack` undone; the blob is a view into `contents`, not a copy. ValueError or TypeError
    if it is not in that shape or the index is damaged (the entries are checked as they are used)."""
    size = int.from_bytes(contents[:8], "little")
    if not 12 <= 12 + size <= len(contents):
        raise ValueError("not a file of stored regex programs")
    view = memoryview(contents)
    head = view[12:12 + size]
    if zlib.crc32(head) != int.from_bytes(contents[8:12], "little"):
        raise ValueError("a damaged file of stored regex programs")
    stamp, index = marshal.loads(head)
    if not (isinstance(stamp, str) and isinstance(index, dict)):
        raise TypeError("not a file of stored regex programs")
    return stamp, index, view[12 + size:]


def _program(pattern: str | bytes, flags: int, compiled: re.Pattern) -> tuple[Any, ...] | None:
    """The entry for one pattern, rebuilt from its source; None unless it gives `compiled` again."""
    engine = _engine()
    if engine is None:
        return None
    sre, parser, compiler = engine
    try:
        parsed = parser.parse(pattern, flags)
        code = compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        out_flags, groups = flags | parsed.state.flags, parsed.state.groups - 1
        rebuilt = sre.compile(pattern, out_flags, code, groups, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 -- internals not as expected: leave this pattern out
        return None
    if rebuilt != compiled:
        return None
    return (pattern, int(flags), int(out_flags), array.array("I", code).tobytes(), int(groups), groupindex,
            tuple(indexgroup))


def _sound(place: object) -> bool:
    """An index entry of the shape this version writes, within the blob."""
    return (isinstance(place, tuple) and len(place) == 3 and all(type(n) is int and n >= 0 for n in place)
            and place[0] + place[1] <= len(_blob))


def _save() -> None:
    path = _path()
    cache = getattr(re, "_cache", None)
    if path is None or not isinstance(cache, dict):
        return
    new = [(key, compiled) for key, compiled in list(cache.items())
           if isinstance(key, tuple) and len(key) == 3 and key not in _used
           and isinstance(key[1], (str, bytes)) and isinstance(key[2], int) and not key[2] & re.DEBUG
           and isinstance(compiled, re.Pattern) and _entry(key) is None]
    if not new:
        return
    # Patterns built at run time from sets (whose order changes from run to run) are new in
    # every run: cheap ones are not worth a write. When the file is written, what this process
    # used and made comes first; the rest is kept while the file holds at most _BUDGET bytes.
    started = time.perf_counter()
    made = [entry for entry in (_program(pattern, flags, compiled) for (_, pattern, flags), compiled in new)
            if entry is not None]
    if not made:
        return
    if _index and not _failed and time.perf_counter() - started < _WORTH:
        return      # a sound file exists and these few patterns are cheap: not worth a rewrite
    pieces: list[tuple[int, bytes | memoryview, int]] = []
    for entry in [_decoded[key] for key in _used if key in _decoded] + made:
        dumped = marshal.dumps(entry)
        pieces.append((_hash((type(entry[0]), entry[0], entry[1])), dumped, zlib.crc32(dumped)))
    taken = {hashed for hashed, _, _ in pieces} | {_hash(key) for key in _failed}
    # the others are kept as they are, with their checksums (an entry damaged on disk stays
    # detected, and is dropped when a run finds it damaged: _failed)
    pieces += [(hashed, _blob[place[0]:place[0] + place[1]], place[2]) for hashed, place in _index.items()
               if hashed not in taken and _sound(place)]
    index: dict[int, tuple[int, int, int]] = {}
    parts: list[bytes | memoryview] = []
    size = 0
    for hashed, data, check in pieces:
        if len(index) >= _LIMIT or (size + len(data) > _BUDGET and index):
            break
        if hashed in index:
            continue    # two keys with one hash: the first is kept, the other compiled as usual
        index[hashed] = (size, len(data), check)
        parts.append(data)
        size += len(data)
    try:
        cache_files.write(path, pack(_stamp(), index, b"".join(parts)))
    except (OSError, ValueError):
        pass  # a read-only home is fine: patterns are compiled every time


install()   # on import: `checker/__init__.py` imports this module before any other
