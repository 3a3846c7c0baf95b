"""The names of `typing` the package needs when it runs, without importing typing.

Importing typing was ~2.5 ms of a one-file check (~65 ms), for names that only type checkers
read: with `from __future__ import annotations` in every module, annotations are never evaluated,
so each module imports typing's names under `if TYPE_CHECKING:` (TYPE_CHECKING = False at run
time; type checkers take any name TYPE_CHECKING for true). What runs is here:

- `NamedTuple`: the package's record classes (Span, Quantity…) subclass it. It builds each class
  as typing.NamedTuple does (collections.namedtuple with the annotated fields, their defaults and
  the class's module, then the class body's methods and docstring on it); the annotations stay the
  strings they are written as (typing.get_type_hints reads both alike);
- `overload`: the decorator of the typed variants of a function, which the last definition
  replaces at run time anyway.

Type checkers see typing's own names here. tests/test_startup.py checks that a check imports no
typing, and that a class built here equals the one typing builds.
"""
from __future__ import annotations

import collections

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NamedTuple, overload
else:
    # typing's: what a NamedTuple's body may not define, and what is not copied onto the class
    _PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                             "_make", "_replace", "_asdict", "_source"})
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})

    class _NamedTupleMeta(type):
        def __new__(cls, typename, bases, namespace):
            for base in bases:
                if base is not NamedTuple:
                    raise TypeError("can only inherit from a NamedTuple type and Generic")
            fields = dict(namespace.get("__annotations__", {}))
            defaults = []
            for name in fields:
                if name in namespace:
                    defaults.append(name)
                elif defaults:
                    raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                    f"field{'s' if len(defaults) > 1 else ''} {', '.join(defaults)}")
            made = collections.namedtuple(typename, list(fields), defaults=[namespace[name] for name in defaults],
                                          module=namespace["__module__"])
            made.__annotations__ = made.__new__.__annotations__ = fields
            for key, value in namespace.items():
                if key in _PROHIBITED:
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                if key not in _SPECIAL and key not in made._fields:
                    setattr(made, key, value)
            return made

    NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})

    def overload(function):
        return function

__all__ = ["TYPE_CHECKING", "NamedTuple", "overload"]
