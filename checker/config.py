"""Finding and validating configuration: [tool.jiaodui] in pyproject.toml, or jiaodui.toml."""
from __future__ import annotations

import fnmatch
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostic import Severity
from .registry import Rule, resolve_selector
from .source import DEFAULT_MAX_FILE_SIZE, normalise_encoding_name

CONFIG_FILES = ("jiaodui.toml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.txt", "*.md")
# Directories a directory walk never enters (a file named on the command line is always checked).
SKIPPED_DIRECTORIES = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__",
                                 ".tox", ".mypy_cache", ".pytest_cache", "build", "dist"})
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_SCRIPTS = ("auto", "simplified", "traditional")


class ConfigError(Exception):
    pass


@dataclass
class Config:
    path: Path | None = None            # the file it came from; None for defaults
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    encoding: str | None = None
    lang: str = "zh"
    script: str = "auto"

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def ignored_for(self, path: str) -> list[str]:
        """Selectors that per-file-ignores applies to this path (globs relative to the config)."""
        relative = _relative(path, self.root) or Path(path).as_posix()
        return [sel for pattern, sels in self.per_file_ignores.items()
                if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(relative).name, pattern)
                for sel in sels]

    @functools.cached_property
    def exclude_spec(self):
        import pathspec  # gitignore semantics (anchors, **, negation, dir/) are subtle: use the reference
        return pathspec.GitIgnoreSpec.from_lines(list(self.exclude))

    def excludes(self, path: str, is_dir: bool = False) -> bool:
        """Does the user's `exclude` (gitignore syntax, relative to this configuration's
        directory) cover the path? Paths outside that directory are never excluded by it."""
        if not self.exclude:
            return False  # and pathspec is not even loaded (start-up time)
        relative = _relative(path, self.root)
        if relative is None or relative == ".":
            return False
        return self.exclude_spec.match_file(relative + ("/" if is_dir else ""))

    def includes(self, path: str) -> bool:
        """Is the file one a directory walk checks? A pattern with a `/` is matched against the
        path relative to this configuration's directory, others against the file name."""
        name = Path(path).name
        relative = None
        for pattern in self.include:
            if "/" in pattern:
                relative = relative or _relative(path, self.root) or Path(path).as_posix()
                if fnmatch.fnmatch(relative, pattern.lstrip("/")):
                    return True
            elif fnmatch.fnmatch(name, pattern):
                return True
        return False


def _relative(path: str, root: Path) -> str | None:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def _string_list(value, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return value


def parse_size(value) -> int:
    """A positive number of bytes: 10485760, "10MB", "512KB"."""
    if isinstance(value, bool):
        raise ValueError(f"not a size: {value!r} (e.g. 10485760, \"10MB\")")  # noqa: TRY004 (a config value error)
    if isinstance(value, int):
        size = value
    else:
        match = _SIZE.match(str(value))
        if not match:
            raise ValueError(f"not a size: {value!r} (e.g. 10485760, \"10MB\")")
        number, unit = float(match.group(1)), (match.group(2) or "b").lower()
        size = int(number * {"b": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}[unit[0]])
    if size <= 0:
        raise ValueError(f"the size must be positive, not {value!r}")
    return size


def from_table(table: dict, where: str, rules: tuple[Rule, ...], path: Path | None = None) -> Config:
    """Validate a [tool.jiaodui] table: an unknown key or rule id is an error naming file and key."""
    config = Config(path=path)
    for key, value in table.items():
        context = f"{where}: key '{key}'"
        try:
            if key == "select":
                config.select = _checked_selectors(_string_list(value, key, where), rules)
            elif key == "ignore":
                config.ignore = _checked_selectors(_string_list(value, key, where), rules)
            elif key == "per-file-ignores":
                if not isinstance(value, dict):
                    raise ConfigError(f"{where}: 'per-file-ignores' must be a table of glob = [rules]")
                config.per_file_ignores = {glob: _checked_selectors(_string_list(sels, key, where), rules)
                                           for glob, sels in value.items()}
            elif key == "include":
                config.include = tuple(_string_list(value, key, where))
            elif key == "exclude":
                config.exclude = tuple(_string_list(value, key, where))
            elif key == "severity":
                if not isinstance(value, dict):
                    raise ConfigError(f"{where}: 'severity' must be a table of rule = \"error|warning|info\"")
                for selector, level in value.items():
                    for rule in resolve_selector(selector, rules):
                        config.severity[rule.id] = Severity.parse(str(level))
            elif key == "fail-on":
                config.fail_on = Severity.parse(str(value))
            elif key == "max-file-size":
                config.max_file_size = parse_size(value)
            elif key == "encoding":
                config.encoding = normalise_encoding_name(str(value))
            elif key == "lang":
                if value not in ("zh", "en"):
                    raise ValueError("use \"zh\" or \"en\"")
                config.lang = value
            elif key == "script":
                if value not in _SCRIPTS:
                    raise ValueError(f"use one of {', '.join(_SCRIPTS)}")
                config.script = value
            else:
                raise ConfigError(f"{where}: unknown key '{key}'")
        except ValueError as exc:
            raise ConfigError(f"{context}: {exc}") from None
    return config


def _checked_selectors(selectors: list[str], rules) -> list[str]:
    for selector in selectors:
        resolve_selector(selector, rules)  # raises ValueError naming the unknown rule
    return selectors


def load_file(path: Path, rules) -> Config | None:
    try:
        source = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    if path.name == "pyproject.toml" and "tool.jiaodui" not in source:
        return None  # most pyproject.toml files have no [tool.jiaodui]: skip the TOML parser
    from ._toml import tomllib
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("jiaodui")
        if table is None:
            return None
        return from_table(table, f"{path} [tool.jiaodui]", rules, path)
    return from_table(data, str(path), rules, path)


class ConfigFinder:
    """The nearest configuration above each checked file, cached per directory."""

    def __init__(self, rules, explicit: Path | None = None):
        self.rules = rules
        self.explicit = load_file(explicit, rules) if explicit else None
        if explicit and self.explicit is None:
            raise ConfigError(f"{explicit}: no [tool.jiaodui] table")
        self._cache: dict[Path, Config] = {}

    def for_path(self, path: str | Path) -> Config:
        if self.explicit:
            return self.explicit
        start = Path(path).resolve()
        directory = start if start.is_dir() else start.parent
        return self._for_directory(directory)

    def _for_directory(self, directory: Path) -> Config:
        if directory in self._cache:
            return self._cache[directory]
        config = None
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file():
                config = load_file(candidate, self.rules)
                if config:
                    break
        if config is None:
            config = Config() if directory.parent == directory else self._for_directory(directory.parent)
        self._cache[directory] = config
        return config
