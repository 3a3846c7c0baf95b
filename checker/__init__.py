"""jiaodui (校对): a rule-driven quality and consistency checker for Chinese news copy.

    >>> from checker import check_text
    >>> [(d.rule_id, d.line, d.column) for d in check_text("大通區(qū)堅持精準施策,,補短板")]
    [('ENC003', 1, 3), ('PUNC001', 1, 14)]

The public API is what `__all__` lists; it is typed (the package ships `py.typed`).
"""
from __future__ import annotations

__version__ = "0.2.0"

# First, before pathlib: the standard modules that import what a check never uses
# (checker/deferred.py).
from . import deferred  # noqa: F401

# isort: split
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

# Then the stored regex programs are in place before any module compiles a pattern, and the stored
# code of dataclass methods before any module declares a dataclass.
from . import code_cache, regex_cache  # noqa: F401
from .typenames import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Any

    from .config import Config
    from .diagnostic import Applicability, Diagnostic, Edit, Fix, Severity
    from .document import Document
    from .engine import RuleCrash
    from .runner import Options


class RuleCrashError(Exception):
    """A rule raised while checking a text (a bug in the checker; please report it). The findings
    of the rules that did run are in `diagnostics`; each crash, with its traceback, in `crashes`."""

    def __init__(self, crashes: list[RuleCrash], diagnostics: list[Diagnostic]):
        super().__init__("; ".join(f"rule {c.rule_id} crashed: {c.error}" for c in crashes))
        self.crashes = crashes
        self.diagnostics = diagnostics


# The public names are imported when first asked for (`from checker import Diagnostic`): importing
# the package then loads only what is used, and the command line (checker/__main__.py) imports
# the rest with the collector paused.
_LAZY = {"Applicability": "diagnostic", "Diagnostic": "diagnostic", "Edit": "diagnostic", "Fix": "diagnostic",
         "Severity": "diagnostic", "Document": "document", "RuleCrash": "engine"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


def _options(select: Iterable[str] | None, ignore: Iterable[str] | None, lang: str | None) -> Options:
    from .runner import Options
    return Options(select=tuple(select) if select is not None else None, ignore=tuple(ignore or ()), lang=lang)


def _config(config: str | Path | None) -> Config:
    from .config import Config, ConfigError, load_file
    from .registry import load_rules
    if config is None:
        return Config()
    loaded = load_file(Path(config), load_rules())
    if loaded is None:
        raise ConfigError(f"{config}: no [tool.jiaodui] table")
    return loaded


def check_text(text: str, path: str = "<text>", select: Iterable[str] | None = None,
               ignore: Iterable[str] | None = None, lang: str = "zh",
               config: str | Path | None = None) -> list[Diagnostic]:
    """Check a string; returns its diagnostics sorted by position, each with offsets (`start`,
    `end`), 1-based `line`/`column`/`end_line`/`end_column`, and `to_dict()` (the JSON report's
    object). `config` is a jiaodui.toml or pyproject.toml to apply (default: the defaults).
    Raises RuleCrashError if a rule crashed, ValueError for an unknown rule in select/ignore."""
    from .document import Document
    from .runner import check_one
    result = check_one(Document(path, text), _config(config), _options(select, ignore, lang))
    if result.crashes:
        raise RuleCrashError(result.crashes, result.diagnostics)
    return result.diagnostics


class PathResult(NamedTuple):
    path: str
    document: Document | None            # None when the file could not be read
    diagnostics: list[Diagnostic]
    crashes: list[RuleCrash]             # rules that raised on this file (an internal error)
    problem: str | None                  # why the file could not be (fully) checked, else None


def check_paths(paths: Sequence[str | Path], select: Iterable[str] | None = None,
                ignore: Iterable[str] | None = None, lang: str | None = None,
                config: str | Path | None = None) -> Iterator[PathResult]:
    """Check files and directories as the CLI would (same discovery, configuration and reading).
    Yields one PathResult per file, in order. A path that cannot be read or walked is a result
    with `problem` set, and the run goes on; nothing is skipped silently. Nothing is written."""
    from .config import ConfigFinder
    from .discovery import iter_files
    from .registry import load_rules
    from .runner import read_and_check
    from .source import SourceError
    options = _options(select, ignore, lang)
    finder = ConfigFinder(load_rules(), Path(config) if config is not None else None)
    for given in paths:
        unreadable: list[SourceError] = []   # a directory that cannot be read, a symlink loop…
        files = iter_files([str(given)], finder, on_error=unreadable.append)
        while True:
            target, end = None, None
            try:
                target = next(files)
            except StopIteration:
                end = ""
            except FileNotFoundError:
                end = "no such file or directory"
            except Exception as exc:  # noqa: BLE001 -- e.g. a bad configuration: it ends this path only
                end = str(exc)
            yield from (PathResult(error.path, None, [], [], error.reason) for error in unreadable)
            unreadable.clear()
            if target is None:
                if end:
                    yield PathResult(str(given), None, [], [], end)
                break
            result = read_and_check(*target, options)
            yield PathResult(result.path, result.report.document if result.report else None,
                             result.diagnostics, result.crashes, "; ".join(result.problems) or None)


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> str:
    """The text with the diagnostics' fixes applied: safe ones (and unsafe ones with `unsafe`),
    each fix whole or not at all, none that overlaps one already taken. One round: a fix left out
    for an overlap is found again by checking the result."""
    from .fix import applicable, apply_edits
    chosen = list(diagnostics)
    for diagnostic in chosen:
        if diagnostic.document is not None and diagnostic.document.text != text:
            raise ValueError(f"{diagnostic.rule_id} at {diagnostic.start} was found in another text")
    return apply_edits(text, applicable(chosen, unsafe))[0]


__all__ = [
    "Applicability",
    "Diagnostic",
    "Document",
    "Edit",
    "Fix",
    "PathResult",
    "RuleCrash",
    "RuleCrashError",
    "Severity",
    "__version__",
    "apply_fixes",
    "check_paths",
    "check_text",
]
