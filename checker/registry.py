"""Reads rules/*.toml, validates every entry, and binds each rule to the code that checks it."""
from __future__ import annotations

import functools
import importlib
import os
import pickle
import re
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostic import Applicability, Severity
from .resources import rules_dir

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
_RULE_KEYS = {"id", "name", "severity", "check", "kind", "params", "message", "fix-message",
              "verified-message", "doc", "examples"}
_BAD_EXAMPLE_KEYS = {"text", "bytes", "line", "column", "end-column", "fixed", "message", "count"}
_KINDS = {"pattern": "patterns.pattern"}


class RuleDefinitionError(Exception):
    pass


@dataclass(frozen=True)
class BadExample:
    text: str = ""
    bytes: str | None = None  # hex, for damage that text cannot hold (undecodable bytes)
    line: int | None = None
    column: int | None = None
    end_column: int | None = None
    fixed: str | None = None
    message: str | None = None
    count: int | None = None


@dataclass
class Rule:
    id: str
    name: str
    severity: Severity
    message_zh: str
    message_en: str
    check_path: str
    doc: dict[str, str]
    bad: list[BadExample]
    good: list[str]
    params: dict = field(default_factory=dict)
    fix_message_zh: str = ""
    fix_message_en: str = ""
    verified_message_zh: str = ""
    verified_message_en: str = ""
    source: str = ""

    @property
    def family(self) -> str:
        return self.id.rstrip("0123456789")

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
        """The check function, imported on first use so start-up stays light."""
        module_name, _, function_name = self.check_path.rpartition(".")
        module = importlib.import_module(f"checker.checks.{module_name}")
        return getattr(module, function_name)

    def message(self, args: dict, lang: str = "zh") -> str:
        template = self.message_en if lang == "en" else self.message_zh
        return template.format_map(args)

    def verified_message(self, args: dict, lang: str = "zh") -> str:
        if not self.verified_message_zh:
            raise ValueError(f"{self.id} reported a verified statement but has no verified-message")
        template = self.verified_message_en if lang == "en" else self.verified_message_zh
        return template.format_map(args)

    def fix_message(self, args: dict, lang: str = "zh") -> str:
        template = self.fix_message_en if lang == "en" else self.fix_message_zh
        return template.format_map(args) if template else ""


def _require(entry: dict, key: str, where: str, kind=str):
    if key not in entry:
        raise RuleDefinitionError(f"{where}: missing '{key}'")
    value = entry[key]
    if not isinstance(value, kind):
        raise RuleDefinitionError(f"{where}: '{key}' must be {kind.__name__}")
    return value


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

    message = _require(entry, "message", where, dict)
    fix_message = entry.get("fix-message", {})
    verified_message = entry.get("verified-message", {})
    for table, label in ((message, "message"), (fix_message, "fix-message"),
                         (verified_message, "verified-message")):
        if table and set(table) != {"zh", "en"}:
            raise RuleDefinitionError(f"{where}: '{label}' needs exactly 'zh' and 'en'")

    doc = _require(entry, "doc", where, dict)
    for key, title in DOC_SECTIONS.items():
        if not str(doc.get(key, "")).strip():
            raise RuleDefinitionError(f"{where}: doc section '{key}' ({title}) is missing")
    if set(doc) - set(DOC_SECTIONS):
        raise RuleDefinitionError(f"{where}: unknown doc section(s) {sorted(set(doc) - set(DOC_SECTIONS))}")

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
    if set(examples) - {"bad", "good"}:
        raise RuleDefinitionError(f"{where}: examples take only 'bad' and 'good'")

    params = entry.get("params", {})
    if "applicability" in params:
        Applicability(params["applicability"])
    if entry.get("kind") == "pattern":
        if not isinstance(params.get("pattern"), str):
            raise RuleDefinitionError(f"{where}: kind = \"pattern\" needs params.pattern (a regular expression)")
        try:
            re.compile(params["pattern"])
        except re.error as exc:
            raise RuleDefinitionError(f"{where}: params.pattern is not a valid expression: {exc}") from None
    return Rule(id=rule_id, name=name, severity=severity, message_zh=message["zh"],
                message_en=message["en"], check_path=check_path, doc=doc, bad=bad, good=good,
                params=params, fix_message_zh=fix_message.get("zh", ""),
                fix_message_en=fix_message.get("en", ""),
                verified_message_zh=verified_message.get("zh", ""),
                verified_message_en=verified_message.get("en", ""), source=source)


@functools.cache
def load_rules(directory: Path | None = None) -> tuple[Rule, ...]:
    directory = directory or rules_dir()
    rules: list[Rule] = []
    for path, data in _rule_tables(directory):
        if set(data) - {"rule"}:
            raise RuleDefinitionError(f"{path.name}: only [[rule]] tables are allowed")
        rules.extend(_parse_rule(entry, path.name) for entry in data.get("rule", []))
    seen: dict[str, str] = {}
    for rule in rules:
        for key in (rule.id, rule.name):
            if key in seen:
                raise RuleDefinitionError(f"{rule.source}: {key} is already defined in {seen[key]}")
            seen[key] = rule.source
    return tuple(sorted(rules, key=lambda r: (list(FAMILIES).index(r.family), r.id)))


def _rule_tables(directory: Path) -> list[tuple[Path, dict]]:
    """The parsed rule files. Importing and running the TOML parser is a third of the start-up
    time of a one-file check, so the parsed tables are cached per user, keyed by each file's
    name, size and modification time; any problem with the cache falls back to parsing."""
    paths = sorted(directory.glob("*.toml"))
    stamp = [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in paths]
    cache = _cache_file(directory, stamp)
    if cache is not None:
        try:
            with open(cache, "rb") as handle:
                cached = pickle.load(handle)
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
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            temp = cache.with_suffix(f".{os.getpid()}.tmp")
            with open(temp, "wb") as handle:
                pickle.dump({"stamp": stamp, "tables": [(p.name, d) for p, d in tables]}, handle)
            os.replace(temp, cache)
        except OSError:
            pass  # a read-only home is fine: we just parse every time
    return tables


def _cache_file(directory: Path, stamp) -> Path | None:
    if os.environ.get("JIAODUI_NO_CACHE"):
        return None
    base = os.environ.get("JIAODUI_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    try:
        root = Path(base) if base else Path.home() / ".cache"
    except (RuntimeError, KeyError):
        return None  # no home directory (some CI and service accounts): parse every time
    if not os.environ.get("JIAODUI_CACHE_DIR"):
        root = root / "jiaodui"
    key = "%08x" % zlib.crc32(repr((str(directory), stamp, sys.version_info[:2])).encode())
    return root / f"rules-{key}.pickle"


def resolve_selector(selector: str, rules: tuple[Rule, ...]) -> list[Rule]:
    """Rules named by an id (ENC003), a family prefix (ENC), a name (inline-pinyin) or ALL."""
    key = selector.strip()
    if key.upper() == "ALL":
        return list(rules)
    matched = [r for r in rules if r.id == key.upper() or r.name == key.lower()]
    if not matched and key.upper() in FAMILIES:
        # A family with no rules yet (TYPO, LAYOUT) is a valid, empty selection.
        return [r for r in rules if r.family == key.upper()]
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
