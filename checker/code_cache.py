"""Compiled code of the methods `dataclasses` generates (and of the `__new__` of the tuple classes
`collections.namedtuple` makes), kept across runs.

The package declares about 60 dataclasses. For each, `dataclasses` writes the source of
`__init__`, `__repr__`, `__eq__`… as text and compiles it with `exec`: compiling that text was
~24 ms of a one-file check (~150 ms), more than the check itself. The text depends only on the
class (its fields, defaults and options), and what `compile` makes of it only on the text and the
Python build. So the code objects are kept in one marshal file per user (beside the stored regex
programs, checker/regex_cache.py), and `dataclasses`' own `exec` is given a stand-in that runs
the stored code of a text it has seen, compiling only texts it has not (then stored at exit).

The stand-in runs exactly what `exec` would: the same text compiled the same way (filename
"<string>", no inherited `from __future__` flags, as `exec` called from `dataclasses` compiles
it), with the same globals and locals. Any problem (a read-only home, a damaged file, another
Python) means texts are compiled as usual: it only costs time. `JIAODUI_NO_CACHE` turns it off.
"""
from __future__ import annotations

import atexit
import builtins
import marshal
import os
import sys
import types

from . import cache_files
from .regex_cache import cache_root
from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

_LIMIT = 1000            # texts kept at most (the package's dataclasses make about 330)

# text -> its code, marshalled: decoded only when run (the file also holds the classes of other
# processes: the language server's, the tests'), so loading the file is one read of strings
_stored: dict[str, bytes] = {}
_used: set[str] = set()                      # stored texts this process ran
_new: dict[str, types.CodeType] = {}         # texts compiled in this process
_installed = False


def _compiled(key: str, source: str, mode: str) -> types.CodeType:
    """The code of `source` compiled in `mode`, looked up by `key` (or compiled once and kept)."""
    code = _new.get(key)
    if code is None:
        stored = _stored.get(key)
        try:
            code = marshal.loads(stored) if stored is not None else None
        except Exception:  # noqa: BLE001 -- a damaged entry: compile the text instead
            code = None
        if isinstance(code, types.CodeType):
            _used.add(key)
        else:
            code = _new[key] = compile(source, "<string>", mode, dont_inherit=True)
    return code


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> None:
    """`exec`, with the compiled code of a text looked up (or compiled once and kept)."""
    if isinstance(source, str):
        source = _compiled(source, source, "exec")
    builtins.exec(source, globals, locals)  # noqa: S102 -- what dataclasses runs, as it would run it


# eval'd texts are kept under their text after this prefix (no text dataclasses execs starts with it)
_EVAL = "\0eval\0"


def _eval(source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> Any:
    """`eval`, as `exec`: collections.namedtuple compiles the `__new__` of each tuple class it
    makes (`lambda _cls, start, end: _tuple_new(_cls, (start, end))`) with eval; the package
    makes ten such classes (checker/typenames.py)."""
    if isinstance(source, str):
        source = _compiled(_EVAL + source, source, "eval")
    return builtins.eval(source, globals, locals)     # what collections runs, as it would run it


def _stamp() -> str:
    # v2: each code marshalled on its own (v1 held code objects, all decoded at start-up)
    return f"v2 {sys.implementation.cache_tag} {sys.version} {sys.hexversion}"


def _path() -> str | None:
    root = cache_root()
    # one file per Python build (two builds sharing a home rewrote each other's on every run) and format
    return None if root is None else os.path.join(
        root, f"dataclass-code-{sys.implementation.cache_tag}-{cache_files.build()}-v3.marshal")


def install() -> None:
    """Give `dataclasses` the caching `exec` and load the stored code; store new code at exit."""
    global _installed
    if _installed:
        return
    _installed = True
    path = _path()
    if path is None:
        return
    import dataclasses
    if getattr(dataclasses, "exec", builtins.exec) is not builtins.exec:
        return      # someone else replaced it: leave theirs
    try:
        stamp, codes = marshal.loads(cache_files.read(path))   # whole and this user's (cache_files.py)
        if stamp == _stamp() and isinstance(codes, dict):
            _stored.update((text, code) for text, code in codes.items()
                           if isinstance(text, str) and isinstance(code, bytes))
    except Exception:  # noqa: BLE001 -- missing, damaged or from another build: compile as usual
        _stored.clear()
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    import collections
    if getattr(collections, "eval", builtins.eval) is builtins.eval:
        collections.eval = _eval  # type: ignore[attr-defined]
    atexit.register(_save)


def _save() -> None:
    path = _path()
    if not _new or path is None:
        return
    # What this process ran comes first, then what it made, then the rest while within _LIMIT:
    # the code of classes that have since changed ages out.
    codes = {text: _stored[text] for text in _used}
    codes.update((text, marshal.dumps(code)) for text, code in _new.items())
    for text, code in _stored.items():
        if len(codes) >= _LIMIT:
            break
        codes.setdefault(text, code)
    try:
        cache_files.write(path, marshal.dumps((_stamp(), codes)))
    except (OSError, ValueError):
        pass  # a read-only home is fine: the methods are compiled every time


install()   # on import: `checker/__init__.py` imports this module before any that declares a dataclass
