"""Standard modules imported with stand-ins for the modules they import but a check never uses.

`dataclasses` (3.11) imports inspect (with ast, dis, tokenize, linecache: ~8 ms of a one-file check
of ~80 ms) for one thing only: writing the docstring of a class that has none, from
inspect.signature (every dataclass of the package has one; tests/test_startup.py); and copy (with
weakref, ~0.8 ms) only for asdict() and astuple(), which the package does not call. `pathlib`
imports urllib.parse (~1 ms) only for quote_from_bytes in Path.as_uri(), and urllib.parse imports
ipaddress (~1.3 ms) only to check the host of a URL: pathlib is given a quote_from_bytes that
imports urllib.parse when first called, and urllib.parse, whoever imports it through
`import_url_parse` (the Markdown and SARIF modules), a stand-in for ipaddress.

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
    """A stand-in for a module, imported when one of its attributes is first asked for, except
    the functions named in `calls`: each is a function that imports the module when called."""

    def __init__(self, name: str, calls: tuple[str, ...] = ()) -> None:
        super().__init__(name)
        for function in calls:
            setattr(self, function, _calling(name, function))

    def __getattr__(self, name: str) -> Any:
        if name == "__path__":
            # the import system asks on `from module import name`: none of the deferred modules
            # is a package, as the real one would say
            raise AttributeError(name)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]      # asked for while still standing in: import the module
        return getattr(_real(self.__name__), name)


def _real(module: str) -> types.ModuleType:
    if module == "urllib.parse":
        import_url_parse()
    return importlib.import_module(module)


def _calling(module: str, name: str) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(_real(module), name)(*args, **kwargs)
    call.__name__ = call.__qualname__ = name
    return call


def import_deferring(module: str, *deferred: str | tuple[str, tuple[str, ...]]) -> None:
    """Import `module` with stand-ins for the `deferred` modules not imported yet (none at all
    when `module` is imported already). A deferred module given as (name, functions) stands in
    with those functions, which import it when called (for a `from … import function`)."""
    if module in sys.modules:
        return
    named = [(item, ()) if isinstance(item, str) else item for item in deferred]
    stand_ins = {name: _Deferred(name, calls) for name, calls in named if name not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        importlib.import_module(module)
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def import_url_parse() -> None:
    """Import urllib.parse, with a stand-in for ipaddress (for modules that use it: call this
    first)."""
    import_deferring("urllib.parse", "ipaddress")


import_deferring("dataclasses", "inspect", "copy")
import_deferring("pathlib", ("urllib.parse", ("quote_from_bytes",)))
