"""Reads rules/*.toml, validates every entry, and binds each rule to the code that checks it."""
from __future__ import annotations

import dataclasses
import functools
import importlib
import re
import sys
import types
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import cache_files
from .contract import Variants, contract_of
from .diagnostic import Severity
from .resources import rules_dir, unpickle
from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

FAMILIES = {
    "ENC": "encoding damage and script",
    "NUM": "numbers and arithmetic",
    "DATE": "dates",
    "DUP": "duplication",
    "PUNC": "punctuation",
    "TYPO": "wording",
    "LAYOUT": "paragraphs and page structure",
}
DOC_SECTIONS = {
    "what": "What it checks",
    "why": "Why it matters in news copy",
    "fix-safety": "Fix safety",
}
_ID = re.compile(r"^(%s)\d{3}$" % "|".join(FAMILIES))
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_RULE_KEYS = {"id", "name", "severity", "check", "kind", "params", "terms", "message", "fix-message",
              "verified-message", "doc", "examples", "requires"}
_BAD_EXAMPLE_KEYS = {"text", "bytes", "line", "column", "end-column", "fixed", "message", "count"}
_KINDS = {"pattern": "patterns.pattern"}


class RuleDefinitionError(Exception):
    pass


@dataclass(frozen=True)
class BadExample:
    """An example of text the rule reports (rules/*.toml `examples.bad`), with where and what it reports."""
    text: str = ""
    bytes: str | None = None  # hex, for damage that text cannot hold (undecodable bytes)
    line: int | None = None
    column: int | None = None
    end_column: int | None = None
    fixed: str | None = None
    message: str | None = None
    count: int | None = None


MESSAGE_KINDS = ("message", "fix-message", "verified-message")


@dataclass
class Rule:
    """A rule: its entry in rules/*.toml, validated, and bound to the check that runs it."""
    id: str
    name: str
    severity: Severity
    check_path: str
    doc: dict[str, str]
    bad: list[BadExample]
    good: list[str]
    # The doc sections in Chinese (`doc.zh.*` in the entry); empty until written.
    doc_zh: dict[str, str] = field(default_factory=dict)
    # The entry's params: an instance of the check's params dataclass (checker/contract.py).
    params: Any = None
    # kind ("message", "fix-message", "verified-message") -> variant ("" is the plain one) -> (zh, en)
    messages: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    variants: Variants = field(default_factory=dict)
    # term key -> (zh, en): the words a check names by key (see contract.Placeholder.terms)
    terms: dict[str, tuple[str, str]] = field(default_factory=dict)
    source: str = ""
    # What a text must hold for the rule to run at all (analysis/index.py): its pre-filter,
    # declared in the entry and tested against the full check (tests/test_requires.py).
    requires: tuple[str, ...] = ()
    # The document settings its examples run with (`examples.config`: house terms, banned terms,
    # newsroom words), for rules that only act on a newsroom's configuration (TYPO007, TYPO008).
    example_settings: dict[str, Any] = field(default_factory=dict)

    @property
    def family(self) -> str:
        return self.id.rstrip("0123456789")

    @property
    def message_zh(self) -> str:
        return self.messages["message"].get("", ("", ""))[0]

    @property
    def message_en(self) -> str:
        return self.messages["message"].get("", ("", ""))[1]

    @property
    def summary(self) -> str:
        """The first sentence of the documentation, on one line: up to the first `. ` that is
        not inside brackets or a `code span`."""
        text = " ".join(self.doc["what"].split())
        depth, code = 0, False
        for i, ch in enumerate(text):
            if ch == "`":
                code = not code
            elif not code and ch in "([（":
                depth += 1
            elif not code and ch in ")]）":
                depth = max(0, depth - 1)
            elif ch == "." and not code and depth == 0 and text[i + 1:i + 2] in (" ", ""):
                return text[:i + 1]
        return text

    @functools.cached_property
    def check(self) -> Callable:
        """The check function (its module is imported when the entry is loaded)."""
        return _check_function(self.check_path)

    def template(self, kind: str, variant: str = "", lang: str = "zh") -> str:
        """The entry's wording of one variant: its own `<kind>.<variant>`, else the plain
        `<kind>` (fix-message and verified-message may share one wording between variants)."""
        table = self.messages.get(kind, {})
        pair = table.get(variant) or table.get("")
        if pair is None:
            return ""
        return pair[1] if lang == "en" else pair[0]

    def localise(self, args: dict, lang: str = "zh", variant: str = "") -> dict:
        """`args` with every term key replaced by the entry's word for it in `lang`."""
        spec = self.variants.get(variant)
        if spec is None or not spec.has_terms:
            return args
        index = 1 if lang == "en" else 0
        result = dict(args)
        for placeholder in spec.provides:
            if placeholder.terms and placeholder.name in args:
                value = args[placeholder.name]
                if isinstance(value, str):
                    result[placeholder.name] = self.terms[value][index]
                else:
                    result[placeholder.name] = ("、", ", ")[index].join(self.terms[key][index] for key in value)
        return result

    def message(self, args: dict, lang: str = "zh", variant: str = "") -> str:
        if variant not in self.messages["message"]:
            raise ValueError(f"{self.id} reported variant {variant!r}, which its entry does not word")
        return self.template("message", variant, lang).format_map(self.localise(args, lang, variant))

    def verified_message(self, args: dict, lang: str = "zh", variant: str = "") -> str:
        template = self.template("verified-message", variant, lang)
        if not template:
            raise ValueError(f"{self.id} reported a verified statement but has no verified-message")
        return template.format_map(self.localise(args, lang, variant))

    def fix_message(self, args: dict, lang: str = "zh", variant: str = "") -> str:
        template = self.template("fix-message", variant, lang)
        return template.format_map(self.localise(args, lang, variant)) if template else ""

    if not TYPE_CHECKING:      # (mypy would take every misspelt attribute of a rule for one of these)
        def __getattr__(self, name: str) -> Any:
            # Called only for an attribute the rule does not hold: a deferred field of a rule read
            # back from the stored rules (_built_rules), read with those of every rule on first use.
            deferred = self.__dict__.get("_deferred")
            if name in _DEFERRED and deferred is not None:
                deferred.fill()
                return self.__dict__[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __getstate__(self) -> dict[str, Any]:
        """What pickle keeps of the rule: every field, deferred ones read back first."""
        deferred = self.__dict__.get("_deferred")
        if deferred is not None:
            deferred.fill()
        return {key: value for key, value in self.__dict__.items() if key != "_deferred"}


# The fields only documentation and examples read (explain, `jiaodui rules`, the README, SARIF's
# rule descriptions, the proofreading page, the example tests): most of the stored rules' bytes,
# stored apart and read back when a rule is first asked for one of them, not by every check.
_DEFERRED = ("doc", "doc_zh", "bad", "good", "example_settings")


class _Deferred:
    """The deferred fields of a tuple of stored rules, pickled, until first asked for."""

    def __init__(self, data: bytes, rules: tuple[Rule, ...]) -> None:
        self.data: bytes | None = data
        self.rules = rules

    def fill(self) -> None:
        if self.data is None:
            return
        values = unpickle(self.data)
        self.data = None
        for rule in self.rules:
            rule.__dict__.update(zip(_DEFERRED, values[rule.id]))
            rule.__dict__.pop("_deferred", None)


def _require(entry: dict, key: str, where: str, kind: type = str) -> Any:
    if key not in entry:
        raise RuleDefinitionError(f"{where}: missing '{key}'")
    value = entry[key]
    if not isinstance(value, kind):
        raise RuleDefinitionError(f"{where}: '{key}' must be {kind.__name__}")
    return value


def _check_function(check_path: str) -> Callable:
    module_name, _, function_name = check_path.rpartition(".")
    module = importlib.import_module(f"checker.checks.{module_name}")
    return getattr(module, function_name)


def _message_table(entry: dict, label: str, where: str) -> dict[str, tuple[str, str]]:
    """`label.zh`/`label.en` (the plain variant) and `label.<variant>.zh`/`.en`."""
    table = entry.get(label, {})
    if not isinstance(table, dict):
        raise RuleDefinitionError(f"{where}: '{label}' must be a table with 'zh' and 'en'")
    result: dict[str, tuple[str, str]] = {}
    plain = {key: table[key] for key in ("zh", "en") if key in table}
    if plain:
        if set(plain) != {"zh", "en"}:
            raise RuleDefinitionError(f"{where}: '{label}' needs exactly 'zh' and 'en'")
        result[""] = (plain["zh"], plain["en"])
    for variant, pair in table.items():
        if variant in ("zh", "en"):
            continue
        if not isinstance(pair, dict) or set(pair) != {"zh", "en"}:
            raise RuleDefinitionError(f"{where}: '{label}.{variant}' needs exactly 'zh' and 'en'")
        result[variant] = (pair["zh"], pair["en"])
    for variant, pair in result.items():
        for lang, text in zip(("zh", "en"), pair):
            if not isinstance(text, str):
                name = ".".join(filter(None, (label, variant, lang)))
                raise RuleDefinitionError(f"{where}: '{name}' must be a string")
    return result


def placeholders(template: str) -> list[str]:
    """The names a message template uses, in order ("{arith}" -> "arith")."""
    import string  # here: only validating the rules (a cache miss) and `explain` read templates
    names = []
    for _, field_name, _, _ in string.Formatter().parse(template):
        if field_name is None:
            continue
        name = re.split(r"[.\[]", field_name, maxsplit=1)[0]
        if not name or name.isdigit():
            raise ValueError("a placeholder needs a name ({name}), not {} or {0}")
        names.append(name)
    return names


_WHAT = {"fix-message": "a fix", "verified-message": "a verified statement"}


def _check_messages(rule: Rule, variants: Variants, where: str) -> None:
    """Every variant the check reports has its wording; every wording belongs to a variant and
    uses only the values that variant provides. fix-message and verified-message may word all
    variants at once (the plain `fix-message.zh/.en`) or one variant each."""
    def shown(variant: str) -> str:
        return repr(variant) if variant else "the plain variant"

    declared = ", ".join(shown(v) for v in variants) or "none"
    for kind, table in rule.messages.items():
        for variant in table:
            if variant not in variants and (variant or kind == "message"):
                name = f"{kind}.{variant}" if variant else kind
                raise RuleDefinitionError(f"{where}: '{name}' words {shown(variant)}, which the check "
                                          f"never reports (its variants: {declared})")
    for variant, spec in variants.items():
        for kind in MESSAGE_KINDS:
            table = rule.messages[kind]
            wanted = kind == "message" or (spec.fix if kind == "fix-message" else spec.verified)
            if not wanted:
                if variant and variant in table:
                    raise RuleDefinitionError(f"{where}: '{kind}.{variant}' is given, but the check never "
                                              f"reports {shown(variant)} with {_WHAT[kind]}")
                continue
            source = variant if variant in table else "" if kind != "message" and "" in table else None
            if source is None:
                label = f"{kind}.{variant}" if variant else kind
                reason = "" if kind == "message" else f" with {_WHAT[kind]}"
                raise RuleDefinitionError(f"{where}: the check reports {shown(variant)}{reason}, but the "
                                          f"entry has no {label}.zh/.en")
            name = f"{kind}.{source}" if source else kind
            for lang, template in zip(("zh", "en"), table[source]):
                try:
                    used = placeholders(template)
                except ValueError as exc:
                    raise RuleDefinitionError(f"{where}: {name}.{lang}: {exc}") from None
                unknown = [n for n in used if n not in spec.names()]
                if unknown:
                    raise RuleDefinitionError(
                        f"{where}: {name}.{lang} uses {{{unknown[0]}}}, which the check does not "
                        f"provide for {shown(variant)} (it provides: {', '.join(sorted(spec.names()))})")
    for kind in ("fix-message", "verified-message"):
        if "" in rule.messages[kind] and not any(
                (s.fix if kind == "fix-message" else s.verified) for s in variants.values()):
            raise RuleDefinitionError(f"{where}: '{kind}' is given, but the check never reports "
                                      f"{_WHAT[kind]}")


def _describe(hint: Any) -> str:
    import typing  # here: only a cache miss validates the rules (typing: ~2.5 ms to import)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is str:
        return "a string"
    if hint is bool:
        return "true or false"
    if hint is int:
        return "an integer"
    if hint is float:
        return "a number"
    if origin is tuple:
        return f"a list of {_describe(args[0]).removeprefix('a ').removeprefix('an ')}s"
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(a) for a in args)
    if origin in (types.UnionType, typing.Union):
        return " or ".join(_describe(a) for a in args if a is not type(None))
    return str(hint)


def _conform(value: Any, hint: Any) -> Any:
    """`value` (as TOML gives it) as the declared type; TypeError when it is not one."""
    import typing
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is str and isinstance(value, str):
        return value
    if hint is bool and isinstance(value, bool):
        return value
    if hint is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if hint is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if origin is tuple and isinstance(value, (list, tuple)) and len(args) == 2 and args[1] is Ellipsis:
        try:
            return tuple(_conform(item, args[0]) for item in value)
        except TypeError:
            raise TypeError(_describe(hint)) from None
    if origin is typing.Literal and value in args and not isinstance(value, bool):
        return value
    if origin in (types.UnionType, typing.Union):
        for option in args:
            if option is type(None):
                continue
            try:
                return _conform(value, option)
            except TypeError:
                pass
    raise TypeError(_describe(hint))


# typing's names a params class may use in its annotations
_HINT_NAMES = ("Any", "Literal", "Optional", "Union")


def typed_params(params_class: type, raw: dict, where: str) -> Any:
    """The entry's params as an instance of the check's params dataclass. Keys are the field
    names in kebab-case (day_words -> params.day-words). The checks' modules import typing's
    names for type checkers only (checker/typenames.py): the hints are read with them."""
    import typing
    hints = typing.get_type_hints(params_class, localns={name: getattr(typing, name) for name in _HINT_NAMES})
    fields = {f.name.replace("_", "-"): f for f in dataclasses.fields(params_class)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in fields:
            known = ", ".join(fields) or "none"
            import difflib  # here: only a misspelt parameter needs it
            close = difflib.get_close_matches(key, list(fields), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise RuleDefinitionError(f"{where}: unknown parameter 'params.{key}' (this check takes: "
                                      f"{known}){hint}")
        try:
            values[fields[key].name] = _conform(value, hints[fields[key].name])
        except TypeError as exc:
            raise RuleDefinitionError(f"{where}: 'params.{key}' must be {exc}, not {value!r}") from None
    missing = [key for key, f in fields.items() if f.name not in values
               and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    if missing:
        raise RuleDefinitionError(f"{where}: missing 'params.{missing[0]}' ({_describe(hints[fields[missing[0]].name])})")
    try:
        return params_class(**values)
    except (ValueError, TypeError) as exc:
        raise RuleDefinitionError(f"{where}: params: {exc}") from None


def _parse_rule(entry: dict, source: str) -> Rule:
    where = f"{source}: rule {entry.get('id', '?')}"
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise RuleDefinitionError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    rule_id = _require(entry, "id", where)
    if not _ID.match(rule_id):
        raise RuleDefinitionError(f"{where}: id must be a family prefix and three digits "
                                  f"({', '.join(FAMILIES)})")
    name = _require(entry, "name", where)
    if not _NAME.match(name):
        raise RuleDefinitionError(f"{where}: name {name!r} must be kebab-case")
    try:
        severity = Severity.parse(_require(entry, "severity", where))
    except ValueError as exc:
        raise RuleDefinitionError(f"{where}: {exc}") from None

    if ("check" in entry) == ("kind" in entry):
        raise RuleDefinitionError(f"{where}: give exactly one of 'check' (a module function) or 'kind'")
    if "kind" in entry:
        if entry["kind"] not in _KINDS:
            raise RuleDefinitionError(f"{where}: unknown kind {entry['kind']!r} ({', '.join(_KINDS)})")
        check_path = _KINDS[entry["kind"]]
    else:
        check_path = _require(entry, "check", where)
        if check_path.count(".") != 1:
            raise RuleDefinitionError(f"{where}: check must be 'module.function'")

    _require(entry, "message", where, dict)
    messages = {label: _message_table(entry, label, where) for label in MESSAGE_KINDS}

    doc = dict(_require(entry, "doc", where, dict))
    # The sections are written in English (`doc.what`) and may also be written in Chinese
    # (`doc.zh.what`); explain and the README pick the language asked for.
    doc_zh = doc.pop("zh", {})
    if not isinstance(doc_zh, dict):
        raise RuleDefinitionError(f"{where}: 'doc.zh' must be a table of the doc sections in Chinese")
    for key, title in DOC_SECTIONS.items():
        if not str(doc.get(key, "")).strip():
            raise RuleDefinitionError(f"{where}: doc section '{key}' ({title}) is missing")
        if doc_zh and not str(doc_zh.get(key, "")).strip():
            raise RuleDefinitionError(f"{where}: doc.zh section '{key}' ({title}, in Chinese) is missing")
    for table, label in ((doc, "doc"), (doc_zh, "doc.zh")):
        if set(table) - set(DOC_SECTIONS):
            raise RuleDefinitionError(f"{where}: unknown {label} section(s) {sorted(set(table) - set(DOC_SECTIONS))}")

    examples = _require(entry, "examples", where, dict)
    bad, good = [], examples.get("good", [])
    for item in examples.get("bad", []):
        if isinstance(item, str):
            bad.append(BadExample(item))
        elif isinstance(item, dict):
            if not ({"text", "bytes"} & set(item)) or set(item) - _BAD_EXAMPLE_KEYS:
                raise RuleDefinitionError(f"{where}: a bad example needs 'text' (or 'bytes') and only "
                                          f"{sorted(_BAD_EXAMPLE_KEYS)}")
            bad.append(BadExample(**{key.replace("-", "_"): value for key, value in item.items()}))
        else:
            raise RuleDefinitionError(f"{where}: examples must be strings or tables")
    if not bad or not good:
        raise RuleDefinitionError(f"{where}: needs at least one bad and one good example")
    if set(examples) - {"bad", "good", "config"}:
        raise RuleDefinitionError(f"{where}: examples take only 'bad', 'good' and 'config'")
    example_settings: dict[str, Any] = {}
    if "config" in examples:
        from .analysis.house import HouseConfigError
        from .analysis.house import example_settings as parse_example_settings
        try:
            example_settings = parse_example_settings(examples["config"], where)
        except HouseConfigError as exc:
            raise RuleDefinitionError(str(exc)) from None

    raw_params = entry.get("params", {})
    if not isinstance(raw_params, dict):
        raise RuleDefinitionError(f"{where}: 'params' must be a table")
    try:
        function = _check_function(check_path)
    except (ImportError, AttributeError):
        raise RuleDefinitionError(f"{where}: check {check_path!r} names no function in "
                                  f"checker/checks/") from None
    rule = Rule(id=rule_id, name=name, severity=severity, check_path=check_path, doc=doc, doc_zh=doc_zh, bad=bad,
                good=good, params=raw_params, messages=messages, source=source,
                example_settings=example_settings,
                requires=_requires(entry, where))
    rule.__dict__["check"] = function  # the cached_property, filled
    contract = contract_of(function)
    if contract is None:
        raise RuleDefinitionError(f"{where}: check {check_path!r} declares no contract (decorate it with "
                                  f"@check from checker/contract.py: its params and message variants)")
    rule.params = typed_params(contract.params, raw_params, where)
    rule.variants = contract.variants_for(rule.params)
    _check_messages(rule, rule.variants, where)
    rule.terms = _terms(entry, rule.variants, where)
    return rule


def _requires(entry: dict, where: str) -> tuple[str, ...]:
    """The entry's `requires`: kinds of characters the text must hold (analysis/index.py)."""
    from .analysis.index import KINDS, valid_requirement
    requires = entry.get("requires", [])
    if not isinstance(requires, list) or not all(isinstance(r, str) and valid_requirement(r) for r in requires):
        raise RuleDefinitionError(f"{where}: 'requires' must be a list of {', '.join(KINDS)}, "
                                  f"'any-of:<characters>' or 'any-string:<a>|<b>|…'")
    return tuple(requires)


def _terms(entry: dict, variants: Variants, where: str) -> dict[str, tuple[str, str]]:
    """The entry's `terms.<key>.zh/.en`: exactly the keys the check's placeholders declare."""
    table = entry.get("terms", {})
    if not isinstance(table, dict):
        raise RuleDefinitionError(f"{where}: 'terms' must be a table of terms.<key>.zh/.en")
    declared = {key for spec in variants.values() for p in spec.provides for key in p.terms}
    for key in sorted(declared - set(table)):
        raise RuleDefinitionError(f"{where}: the check names the term '{key}', but the entry has no "
                                  f"terms.{key}.zh/.en")
    for key in sorted(set(table) - declared):
        raise RuleDefinitionError(f"{where}: 'terms.{key}' is not a term the check uses "
                                  f"(it uses: {', '.join(sorted(declared)) or 'none'})")
    result = {}
    for key, pair in table.items():
        if not isinstance(pair, dict) or set(pair) != {"zh", "en"} or not all(
                isinstance(pair[lang], str) for lang in ("zh", "en")):
            raise RuleDefinitionError(f"{where}: 'terms.{key}' needs exactly 'zh' and 'en' (strings)")
        result[key] = (pair["zh"], pair["en"])
    return result


@functools.cache
def load_rules(directory: Path | None = None) -> tuple[Rule, ...]:
    directory = directory or rules_dir()
    paths = sorted(directory.glob("*.toml"))
    # with the change time: a same-size edit whose modification time was set back (cp -p, rsync -t)
    stamp = [(p.name, s.st_size, s.st_mtime_ns, s.st_ctime_ns) for p in paths for s in [p.stat()]]
    stored = _built_rules(directory, stamp)
    if stored is not None:
        return stored
    rules: list[Rule] = []
    for path, data in _rule_tables(directory, paths, stamp):
        if set(data) - {"rule"}:
            raise RuleDefinitionError(f"{path.name}: only [[rule]] tables are allowed")
        rules.extend(_parse_rule(entry, path.name) for entry in data.get("rule", []))
    seen: dict[str, str] = {}
    for rule in rules:
        for key in (rule.id, rule.name):
            if key in seen:
                raise RuleDefinitionError(f"{rule.source}: {key} is already defined in {seen[key]}")
            seen[key] = rule.source
    loaded = tuple(sorted(rules, key=lambda r: (list(FAMILIES).index(r.family), r.id)))
    _store_built_rules(directory, stamp, loaded)
    return loaded


def _code_stamp() -> list[tuple[str, int, int, int]]:
    """What a validated rule is made of besides its entry (its check's contract and params class,
    the registry's own checks): every module of the package, by name, size, modification and change time."""
    from .resources import package_stamp
    return package_stamp()


def _built_rules(directory: Path, stamp: list) -> tuple[Rule, ...] | None:
    """The rules as a previous run validated and bound them, when neither the rule files nor any
    module of the package has changed since (validating 77 entries against their checks'
    contracts was ~8 ms of a one-file check; reading them back is ~1.5 ms). Unpickling binds each
    rule to its check function by name, importing the check's module as parsing would."""
    cache = _cache_file(directory, "built-rules")
    if cache is None:
        return None
    try:
        cached = unpickle(cache_files.read(cache))     # whole and this user's (cache_files.py)
        if cached["stamp"] == stamp and cached["code"] == _code_stamp():
            rules, deferred = cached["rules"], cached["deferred"]
            if isinstance(rules, tuple) and all(isinstance(rule, Rule) for rule in rules) and isinstance(
                    deferred, bytes):
                later = _Deferred(deferred, rules)
                for rule in rules:
                    rule.__dict__["_deferred"] = later
                return rules
    except Exception:  # noqa: BLE001, S110 -- missing, stale, damaged or from another version: parse instead
        pass
    return None


def _store_built_rules(directory: Path, stamp: list, rules: tuple[Rule, ...]) -> None:
    cache = _cache_file(directory, "built-rules")
    if cache is None:
        return
    import pickle  # only to write: reading needs just _pickle (resources.unpickle)
    try:
        slim = []
        for rule in rules:
            copy = Rule.__new__(Rule)
            copy.__dict__.update((key, value) for key, value in rule.__getstate__().items() if key not in _DEFERRED)
            slim.append(copy)
        deferred = pickle.dumps({rule.id: tuple(getattr(rule, name) for name in _DEFERRED) for rule in rules},
                                protocol=pickle.HIGHEST_PROTOCOL)
        data = pickle.dumps({"stamp": stamp, "code": _code_stamp(), "rules": tuple(slim), "deferred": deferred},
                            protocol=pickle.HIGHEST_PROTOCOL)
        cache_files.write(cache, data)
    except Exception:  # noqa: BLE001, S110 -- a read-only home, a params value pickle cannot hold: parse every time
        pass


def _rule_tables(directory: Path, paths: list[Path], stamp: list) -> list[tuple[Path, dict]]:
    """The parsed rule files. Importing and running the TOML parser is a third of the start-up
    time of a one-file check, so the parsed tables are cached per user, keyed by each file's
    name, size, modification and change time; any problem with the cache falls back to parsing."""
    cache = _cache_file(directory)
    if cache is not None:
        try:
            cached = unpickle(cache_files.read(cache))     # whole and this user's (cache_files.py)
            if cached["stamp"] == stamp:
                return [(directory / name, data) for name, data in cached["tables"]]
        except Exception:  # noqa: BLE001, S110 -- missing, stale, truncated or from another version: parse instead
            pass
    from ._toml import tomllib
    tables = []
    for path in paths:
        try:
            tables.append((path, tomllib.loads(path.read_text("utf-8"))))
        except tomllib.TOMLDecodeError as exc:
            raise RuleDefinitionError(f"{path.name}: {exc}") from None
    if cache is not None:
        import pickle  # only to write
        try:
            cache_files.write(cache, pickle.dumps({"stamp": stamp, "tables": [(p.name, d) for p, d in tables]}))
        except OSError:
            pass  # a read-only home is fine: we just parse every time
    return tables


def _cache_file(directory: Path, kind: str = "rules") -> Path | None:
    from .regex_cache import cache_root
    root = cache_root()
    if root is None:
        return None
    # One file per rules directory (the stamp is checked inside): an edited rule file replaces
    # the stored tables and rules instead of adding a file beside them.
    key = "%08x" % zlib.crc32(repr((str(directory), sys.version_info[:2])).encode())
    return root / f"{kind}-{key}.pickle"


def resolve_selector(selector: str, rules: tuple[Rule, ...]) -> list[Rule]:
    """Rules named by an id (ENC003), a family prefix (ENC), a name (inline-pinyin) or ALL."""
    key = selector.strip()
    if key.upper() == "ALL":
        return list(rules)
    matched = [r for r in rules if r.id == key.upper() or r.name == key.lower()]
    if not matched and key.upper() in FAMILIES:
        family = [r for r in rules if r.family == key.upper()]
        if not family:  # a known prefix with no rules yet selects nothing: say so, never pass silently
            raise ValueError(f"unknown rule or family {selector!r} (no rules yet; see `jiaodui rules`)")
        return family
    if not matched and re.fullmatch(r"[A-Za-z]+\d{1,2}", key):
        matched = [r for r in rules if r.id.startswith(key.upper())]
    if not matched:
        raise ValueError(f"unknown rule or family {selector!r} (see `jiaodui rules`)")
    return matched


def select_rules(rules: tuple[Rule, ...], select: list[str] | None, ignore: list[str] | None) -> list[Rule]:
    chosen = list(rules) if not select else [r for s in select for r in resolve_selector(s, rules)]
    dropped = {r.id for s in (ignore or []) for r in resolve_selector(s, rules)}
    unique = {r.id: r for r in chosen if r.id not in dropped}
    return list(unique.values())
