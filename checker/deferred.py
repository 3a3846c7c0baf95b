"""Standard modules imported with stand-ins for the modules they import but a check never uses.

`dataclasses` (3.11) imports inspect (with ast, dis, tokenize, linecache: ~8 ms of a one-file check
of ~80 ms) for one thing only: writing the docstring of a class that has none, from
inspect.signature (every dataclass of the package has one; tests/test_startup.py); and copy (with
weakref, ~0.8 ms) only for asdict() and astuple(), which the package does not call. `pathlib`
imports urllib.parse, which imports ipaddress (~1.3 ms) only to check the host of a URL.

Each stand-in is in sys.modules only while its importer is imported, so only that importer holds
it: any other module importing inspect or ipaddress gets the real one, and the first use of a
stand-in's attribute imports the real module. Imported first by `checker/__init__.py`.
"""
from __future__ import annotations

import importlib
import sys
import types

from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


class _Deferred(types.ModuleType):
    """A stand-in for a module, imported when one of its attributes is first asked for."""

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]      # asked for while still standing in: import the module
        return getattr(importlib.import_module(self.__name__), name)


def import_deferring(module: str, *deferred: str) -> None:
    """Import `module` with stand-ins for the `deferred` modules not imported yet (none at all
    when `module` is imported already)."""
    if module in sys.modules:
        return
    stand_ins = {name: _Deferred(name) for name in deferred if name not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        importlib.import_module(module)
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


import_deferring("dataclasses", "inspect", "copy")
import_deferring("urllib.parse", "ipaddress")
