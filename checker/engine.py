"""Runs rules over a document. One failing rule never stops the others."""
from __future__ import annotations

import functools
import sys
import types
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .analysis.index import index
from .diagnostic import Applicability, Diagnostic, Fix, Severity
from .document import Document
from .fix import touches_undecodable
from .registry import Rule
from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


@dataclass
class RuleCrash:
    """A rule raised on some text: reported as an internal error for that file (exit 2)."""
    path: str
    rule_id: str
    error: str
    trace: str


@dataclass
class CheckResult:
    """One document checked: its diagnostics, the rules that crashed, and the verified statements."""
    document: Document
    diagnostics: list[Diagnostic]
    crashes: list[RuleCrash]
    verified: list[Diagnostic] = field(default_factory=list)


def check_document(doc: Document, rules: list[Rule], severities: dict[str, Severity] | None = None,
                   lang: str = "zh", show_verified: bool = False) -> CheckResult:
    diagnostics: list[Diagnostic] = []
    verified: list[Diagnostic] = []
    crashes: list[RuleCrash] = []
    length = len(doc.text)
    # On a long text, an analysis no later rule can ask for is released once its last user has run:
    # the families' analyses are not all alive at once (a 10 MB file: ~170 MiB of analyses by the end).
    release = _last_users(tuple(rules)) if length >= RELEASE_FROM else {}
    for position, rule in enumerate(rules):
        if release:
            done = [a for a in doc._shared if release.get(a, position) < position]
            for analysis in done:
                del doc._shared[analysis]
            if done:
                give_back_memory()
        # A rule whose entry declares what a text must hold is not run on a text without it.
        if rule.requires and not doc.shared(index).satisfies(rule.requires):
            continue
        try:
            produced, proved = [], []
            for finding in rule.check(doc, rule):
                if not 0 <= finding.start <= finding.end <= length:
                    raise ValueError(f"span {finding.start}..{finding.end} outside the text (length {length})")
                spec = rule.variants.get(finding.variant)
                if spec is None:
                    raise ValueError(f"variant {finding.variant!r} is not declared by the check")
                if finding.edits is not None and not spec.fix:
                    raise ValueError(f"variant {finding.variant or 'plain'!r} is declared without a fix")
                if finding.verified:
                    if not spec.verified:
                        raise ValueError(f"variant {finding.variant or 'plain'!r} is declared unverifiable")
                    if show_verified:
                        proved.append(_verified(doc, rule, finding, lang))
                else:
                    produced.append(_diagnostic(doc, rule, finding, severities, lang))
        except Exception as exc:  # noqa: BLE001 -- a crashing rule is reported, never fatal
            import traceback  # here: only a crash needs it
            crashes.append(RuleCrash(doc.path, rule.id, f"{type(exc).__name__}: {exc}",
                                     traceback.format_exc()))
            continue
        diagnostics.extend(produced)
        verified.extend(proved)
    diagnostics.sort(key=Diagnostic.sort_key)
    verified.sort(key=Diagnostic.sort_key)
    return CheckResult(doc, diagnostics, crashes, verified)


def _verified(doc, rule, finding, lang) -> Diagnostic:
    args = {"match": doc.text[finding.start:finding.end], **finding.args}
    return Diagnostic(rule_id=rule.id, name=rule.name, severity=Severity.INFO,
                      message=rule.verified_message(args, lang, finding.variant), start=finding.start,
                      end=finding.end, message_en=rule.verified_message(args, "en", finding.variant))


def _diagnostic(doc, rule, finding, severities, lang) -> Diagnostic:
    args = {"match": doc.text[finding.start:finding.end], **finding.args}
    fix = None
    if finding.edits is not None:
        for edit in finding.edits:
            if not 0 <= edit.start <= edit.end <= len(doc.text):
                raise ValueError(f"edit {edit.start}..{edit.end} outside the text")
        applicability = finding.applicability
        if doc.undecodable and any(touches_undecodable(doc.text, edit) for edit in finding.edits):
            applicability = Applicability.DISPLAY  # --fix never applies it: the [*] must not promise it
        fix = Fix(tuple(sorted(finding.edits)), applicability, rule.fix_message(args, lang, finding.variant))
    severity = (severities or {}).get(rule.id, rule.severity)
    return Diagnostic(rule_id=rule.id, name=rule.name, severity=severity,
                      message=rule.message(args, lang, finding.variant), start=finding.start,
                      end=finding.end, fix=fix, message_en=rule.message(args, "en", finding.variant))


# Texts shorter than this keep every analysis to the end: their analyses are small, and working out
# which rule can reach which analysis (a walk over the checks' code, a few ms) is not worth it.
RELEASE_FROM = 200_000


def give_back_memory() -> None:
    """Return freed memory to the system. glibc keeps the memory of freed large blocks (the
    analyses' strings and arrays, opencc's dictionaries) in its heap, where Python's own small-
    object arenas cannot use it, so without this the analyses released one after another add up
    in the process's peak memory (~15-30 MiB on the 10 MB mixed file). A few ms; elsewhere than
    glibc, nothing."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # only for long texts: not worth importing at start-up
    try:
        return getattr(ctypes.CDLL(None), "malloc_trim", None)
    except OSError:
        return None


_tables: list[tuple[tuple[Rule, ...], dict[Callable, int]]] = []    # the last few rule lists and their tables


def _last_users(rules: tuple[Rule, ...]) -> dict[Callable, int]:
    for known, table in _tables:
        if len(known) == len(rules) and all(a is b for a, b in zip(known, rules)):
            return table
    table = _reach_table(rules)
    _tables[:] = [*_tables[-3:], (rules, table)]
    return table


def _reach_table(rules: tuple[Rule, ...]) -> dict[Callable, int]:
    """For each analysis a rule can reach (doc.shared(analysis) in its check or in anything the check
    calls, followed through the globals of the package's functions and classes), the position of
    the last rule that can. An analysis outside the table (one made at run time) is always kept.
    Reaching is a superset of asking, so an analysis is never released too early; one released and
    then asked for anyway would only be worked out again."""
    last: dict[Callable, int] = {}
    for position, rule in enumerate(rules):
        try:
            check = rule.check
        except Exception:  # noqa: BLE001, S112 -- a rule that cannot load reaches nothing; check_document reports it
            continue
        for reached in _reach(check):
            last[reached] = position
        if rule.requires:
            last[index] = position      # the engine's own pre-filter
    return last


def _reach(start: Callable) -> set[Callable]:
    """The package's functions and classes reachable from start through the global names its code
    (and its nested functions') mentions, and the attributes of the package's modules it names."""
    found: set = set()
    stack: list = [start]
    while stack:
        item = stack.pop()
        try:
            if item in found:
                continue
            found.add(item)
        except TypeError:           # unhashable: not a key doc.shared could have
            continue
        if isinstance(item, type):
            stack.extend(_members(vars(item).values()))
            continue
        function = getattr(item, "__wrapped__", item)       # functools.cache and friends
        if function is not item:
            stack.append(function)
        code = getattr(function, "__code__", None)
        if code is None:
            continue
        namespace = function.__globals__
        for names in _names(code):
            for name in names:
                value = namespace.get(name)
                if value is None:       # a module imported inside the function (from .script import …)
                    value = _package_module(function, name)
                if isinstance(value, types.ModuleType):
                    if value.__name__.startswith("checker."):
                        stack.extend(_members(getattr(value, other, None) for other in names))
                elif isinstance(value, dict):          # a table of analyses (FINDERS[kind])
                    stack.extend(_members(value.values()))
                elif isinstance(value, (list, tuple, set, frozenset)):
                    stack.extend(_members(value))
                elif value is not None:
                    stack.extend(_members((value,)))
        stack.extend(_members(cell.cell_contents for cell in function.__closure__ or ()
                              if _filled(cell)))
    return found


def _package_module(function: Callable, name: str) -> types.ModuleType | None:
    """The package's module a relative import inside function names (`from .script import x`
    names `script`, `from ..analysis.script import x` names `analysis.script`), if loaded."""
    package = str(getattr(function, "__module__", "")).split(".")[:-1]
    while package and package[0] == "checker":
        module = sys.modules.get(".".join([*package, name]))
        if module is not None:
            return module
        package.pop()
    return None


def _members(values: Iterable[Any]) -> list[Any]:
    """The package's functions and classes among values (methods and properties unwrapped)."""
    result: list[Any] = []
    for value in values:
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        elif isinstance(value, property):
            value = value.fget
        elif isinstance(value, functools.cached_property):
            value = value.func
        if callable(value) and str(getattr(value, "__module__", "")).startswith("checker."):
            result.append(value)
    return result


def _names(code: types.CodeType) -> Iterable[tuple[str, ...]]:
    yield code.co_names
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _names(constant)


def _filled(cell) -> bool:
    try:
        cell.cell_contents  # noqa: B018 -- an empty cell raises
    except ValueError:
        return False
    return True
