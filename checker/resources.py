"""Where the rule definitions and their data live, installed or in a source checkout."""
from __future__ import annotations

import functools
import os
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def rules_dir() -> Path:
    # A wheel carries rules/ inside the package as checker/_rules; a source checkout (and an
    # editable install) reads the top-level rules/ beside the package.
    for candidate in (_PACKAGE / "_rules", _PACKAGE.parent / "rules"):
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError("jiaodui: rule definitions not found (expected checker/_rules or rules/)")


def data_path(name: str) -> Path:
    return rules_dir() / "data" / name


def read_entries(name: str) -> list[str]:
    """The lines of a data file in rules/data/, in file order, without `#` comments and blanks."""
    return list(_entries(name))


@functools.cache
def _entries(name: str) -> tuple[str, ...]:
    # once per process: several analyses read their sections of one file (structure_words.txt
    # was read eight times by a one-file check)
    lines = data_path(name).read_text("utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def read_word_sections(name: str) -> dict[str, list[str]]:
    """A data file of `[section]` headers, each followed by its entries, one per line, in order."""
    return {section: list(words) for section, words in _word_sections(name)}


@functools.cache
def _word_sections(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    # read once per process (as _entries), handed out as new lists: a one-file check read the
    # sections of six files seventeen times (~0.6 ms of parsing in all)
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in read_entries(name):
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
        else:
            current.append(line)
    return tuple((section, tuple(words)) for section, words in sections.items())


def read_sections(name: str) -> dict[str, str]:
    """A data file of `[section]` headers, each followed by lines of characters: section → the
    section's lines joined."""
    return {section: "".join(lines) for section, lines in read_word_sections(name).items()}


@functools.cache
def common_hanzi() -> dict[str, str]:
    """Most frequent Han characters per script ("simplified", "traditional"), in rank order."""
    return read_sections("common_hanzi.txt")


def unpickle(data: bytes) -> Any:
    """pickle.loads with the cyclic collector paused: every object a stored table is made of is
    alive, and collections triggered by their allocation (a full one, as the heap grows) would
    only scan them (~30% of the time of reading back the TYPO word lists).

    Taken from the C module `_pickle`, which is pickle.loads itself: the `pickle` module around it
    (the Python pickler, with struct: ~1.4 ms of every one-file check) only writes the cache."""
    import gc
    try:
        from _pickle import loads
    except ImportError:     # a Python without the C module (PyPy): the module's own
        from pickle import loads
    enabled = gc.isenabled()
    gc.disable()
    try:
        return loads(data)      # the per-user cache, written by this package
    finally:
        if enabled:
            gc.enable()


def _files_stamp(root: str) -> list[tuple[str, int, int, int]]:
    """Every file under root by path, size, modification and change time."""
    found = []
    pending = [root]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir():
                    if entry.name != "__pycache__":
                        pending.append(entry.path)
                else:
                    info = entry.stat()
                    # the change time too: tools that copy or unpack files (cp -p, rsync -t, tar, unzip)
                    # set the modification time back, and one same-size edit then went unseen
                    found.append((entry.path, info.st_size, info.st_mtime_ns, info.st_ctime_ns))
    return sorted(found)


@functools.cache
def package_files() -> list[tuple[str, int, int, int]]:
    """Every file of the package (modules and the page's files) by path, size, modification and
    change time, scanned once per process for every cache that depends on them (the stored rules
    and data tables, the result cache's installation)."""
    return _files_stamp(str(_PACKAGE))


@functools.cache
def rules_files() -> list[tuple[str, int, int, int]]:
    """Every file under rules/ (the rule files and rules/data/), as package_files()."""
    return _files_stamp(str(rules_dir()))


@functools.cache
def package_stamp() -> list[tuple[str, int, int, int]]:
    """Every module of the package by name, size, modification and change time (once per process: the
    stored rules and data tables below are used only while the code that made them is unchanged)."""
    return [found for found in package_files() if found[0].endswith(".py")]


@functools.cache
def data_stamp() -> list[tuple[str, int, int, int]]:
    """Every file of rules/data/ by path, size, modification and change time (once per process)."""
    data = str(rules_dir() / "data")
    if not os.path.isdir(data):
        raise FileNotFoundError(data)
    return [found for found in rules_files() if found[0].startswith(data + os.sep)]


def _stamp_at_start() -> None:
    # Both stamps are taken when this module is first imported, before any table is built or data
    # file read, not when a table is first built: a process that has run for a while (the language
    # server) with code or data since edited on disk would otherwise store the tables its old code
    # and data make under the new files' stamp, and every later process would be served them (found
    # by editing terms.py, and typo_readings.txt, under a running process). A stamp older than what
    # a table was made from only means it is never used.
    from .regex_cache import cache_root
    if cache_root() is not None:
        try:
            package_stamp()
            data_stamp()
        except OSError:
            pass        # no rules/data/: kept() builds every table, as it would without a cache


def kept(function: Callable[[], T]) -> Callable[[], T]:
    """A loader of tables built from rules/data/, its result kept in memory and across runs: in
    the per-user cache (beside the stored regex programs and rules), pickled, and used only while
    every module of the package, every data file and the Python version are as they were when
    it was stored. For tables whose building is milliseconds of every one-file check (the TYPO
    word lists: ~7 ms; the readings of 7,000 characters: ~3 ms) and whose reading back is not."""
    name = f"{function.__module__}.{function.__qualname__}"

    @functools.cache
    @functools.wraps(function)
    def load() -> T:
        from . import cache_files
        from .regex_cache import cache_root
        root = cache_root()
        if root is None:
            return function()
        # one file per installation: two of them sharing a home do not overwrite each other's
        path = root / f"data-{name}-{zlib.crc32(str(_PACKAGE).encode()):08x}.pickle"
        stamp: Any = None
        try:
            stamp = (sys.version, package_stamp(), data_stamp())
            stored = unpickle(cache_files.read(path))     # whole and this user's (cache_files.py)
            if stored["stamp"] == stamp:
                return stored["value"]
        except Exception:  # noqa: BLE001, S110 -- missing, stale, damaged: build the table
            pass
        value = function()
        if stamp is not None:
            try:
                import pickle  # only to write: reading needs just _pickle (unpickle)
                data = pickle.dumps({"stamp": stamp, "value": value}, protocol=pickle.HIGHEST_PROTOCOL)
                cache_files.write(path, data)
            except Exception:  # noqa: BLE001, S110 -- a read-only home, a value pickle cannot hold: build every time
                pass
        return value
    return load


_stamp_at_start()
