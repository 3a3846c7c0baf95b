"""Finding and validating configuration: [tool.jiaodui] in pyproject.toml, or jiaodui.toml."""
from __future__ import annotations

import fnmatch
import functools
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostic import Severity
from .registry import Rule, resolve_selector
from .resources import unpickle
from .source import DEFAULT_MAX_FILE_SIZE, normalise_encoding_name

CONFIG_FILES = ("jiaodui.toml", "pyproject.toml")
# A walk picks up plain text and Markdown (checked and fixed in its prose only, checker/formats);
# HTML and Word files are checked when named or included by the configuration.
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown")
# Directories a directory walk never enters (a file named on the command line is always checked).
SKIPPED_DIRECTORIES = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__",
                                 ".tox", ".mypy_cache", ".pytest_cache", "build", "dist"})
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_SCRIPTS = ("auto", "simplified", "traditional")


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the file and the key.
    `permission` marks a directory in which configuration could not even be looked for."""

    def __init__(self, message: str, permission: bool = False):
        super().__init__(message)
        self.permission = permission


@dataclass
class Config:
    """The settings of a configuration file (jiaodui.toml or pyproject.toml [tool.jiaodui]), or the
    defaults."""
    path: Path | None = None            # the file it came from; None for defaults
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    # For files that have no BOM and are not valid UTF-8 (source.decode's `fallback`): a
    # newsroom's legacy encoding never turns its UTF-8 files into mojibake.
    encoding: str | None = None
    lang: str = "zh"
    script: str = "auto"
    # The newsroom's words (TYPO): names never reported as misspellings, house terms, banned terms.
    words: tuple[str, ...] = ()
    words_file: Path | None = None      # where `words` came from (the language server adds to it)
    terms: tuple = ()
    banned: tuple = ()

    def document_settings(self) -> dict:
        """What checks read from the configuration, as doc.settings."""
        return {"script": self.script, "words": self.words, "terms": self.terms, "banned": self.banned}

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def ignored_for(self, path: str) -> list[str]:
        """Selectors that per-file-ignores applies to this path (globs relative to the config)."""
        if not self.per_file_ignores:
            return []  # and no path is resolved (two realpath calls per file)
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
        name = os.path.basename(path)
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
        # realpath, not Path.resolve: it never raises, not even on a symlink loop
        return Path(os.path.realpath(path)).relative_to(os.path.realpath(root)).as_posix()
    except ValueError:
        return None


# A configuration file is small; a larger one is refused rather than read without bound.
_MAX_CONFIG_SIZE = 1 << 20
_SIZE_EXAMPLE = 'a whole number of bytes or a size such as "10MB" or "512KB"'


def _type_name(value: object) -> str:
    """A TOML value's type in the words of the TOML spec."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


def _wrong_type(where: str, key: str, expected: str, value: object) -> ConfigError:
    return ConfigError(f"{where}: key '{key}' must be {expected}, not {_type_name(value)} ({value!r})")


def _string_list(value: object, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _wrong_type(where, key, "an array of strings", value)
    return value


def _string(value: object, key: str, where: str, expected: str = "a string") -> str:
    if not isinstance(value, str):
        raise _wrong_type(where, key, expected, value)
    return value


def _table(value: object, key: str, where: str, expected: str) -> dict:
    if not isinstance(value, dict):
        raise _wrong_type(where, key, expected, value)
    return value


def parse_size(value: object) -> int:
    """A positive number of bytes: an integer (10485760) or a size string ("10MB", "1.5MB",
    "512KB", "100"). A float, a boolean or a fraction of a byte is refused (ValueError)."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        # ValueError, not TypeError: callers report it as a configuration value error
        raise ValueError(f"must be {_SIZE_EXAMPLE}, not {_type_name(value)} ({value!r})")  # noqa: TRY004
    if isinstance(value, int):
        size = value
    else:
        match = _SIZE.match(value)
        if not match:
            raise ValueError(f"not a size: {value!r} (use {_SIZE_EXAMPLE})")
        number, unit = float(match.group(1)), (match.group(2) or "b").lower()
        exact = number * {"b": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}[unit[0]]
        if exact != int(exact):
            raise ValueError(f"not a whole number of bytes: {value!r} (use {_SIZE_EXAMPLE})")
        size = int(exact)
    if size <= 0:
        raise ValueError(f"the size must be positive, not {value!r}")
    return size


def from_table(table: dict, where: str, rules: tuple[Rule, ...], path: Path | None = None) -> Config:
    """Validate a configuration table: an unknown key, a value of the wrong type or an unknown
    rule id is an error naming the file, the key and what was expected."""
    config = Config(path=path)
    for key, value in table.items():
        context = f"{where}: key '{key}'"
        try:
            if key == "select":
                config.select = _checked_selectors(_string_list(value, key, where), rules)
            elif key == "ignore":
                config.ignore = _checked_selectors(_string_list(value, key, where), rules)
            elif key == "per-file-ignores":
                globs = _table(value, key, where, 'a table of "glob" = ["rules"]')
                config.per_file_ignores = {
                    glob: _checked_selectors(_string_list(sels, f"{key}.{glob}", where), rules)
                    for glob, sels in globs.items()}
            elif key == "include":
                config.include = tuple(_string_list(value, key, where))
            elif key == "exclude":
                config.exclude = tuple(_string_list(value, key, where))
            elif key == "severity":
                levels = _table(value, key, where, 'a table of rule = "error", "warning" or "info"')
                for selector, level in levels.items():
                    level = _string(level, f"{key}.{selector}", where, '"error", "warning" or "info"')
                    parsed = Severity.parse(level)
                    for rule in resolve_selector(selector, rules):
                        config.severity[rule.id] = parsed
            elif key == "fail-on":
                config.fail_on = Severity.parse(_string(value, key, where, '"error", "warning" or "info"'))
            elif key == "max-file-size":
                config.max_file_size = parse_size(value)
            elif key == "encoding":
                config.encoding = normalise_encoding_name(_string(value, key, where, 'a string such as "gb18030"'))
            elif key == "lang":
                if _string(value, key, where, '"zh" or "en"') not in ("zh", "en"):
                    raise ValueError("use \"zh\" or \"en\"")
                config.lang = value
            elif key == "script":
                if _string(value, key, where, " or ".join(f'"{s}"' for s in _SCRIPTS)) not in _SCRIPTS:
                    raise ValueError(f"use one of {', '.join(_SCRIPTS)}")
                config.script = value
            elif key in _HOUSE_KEYS:
                _house_setting(config, key, value, where, path)
            else:
                raise ConfigError(f"{where}: unknown key '{key}'")
        except ValueError as exc:
            raise ConfigError(f"{context}: {exc}") from None
    return config


_HOUSE_KEYS = ("terms", "banned", "words-file")


def _house_setting(config: Config, key: str, value: object, where: str, path: Path | None) -> None:
    """The newsroom's words (owned by the TYPO rules, checker/analysis/house.py): `terms`
    (preferred term = variants), `banned` (term = reason) and `words-file` (a path relative to
    the configuration's directory). A malformed entry is an error naming the file and the entry."""
    from .analysis import house
    try:
        if key == "terms":
            config.terms = house.parse_terms(value, where)
        elif key == "banned":
            config.banned = house.parse_banned(value, where)
        else:
            name = _string(value, key, where, "a path to a file of words, one a line")
            root = path.parent if path else Path.cwd()
            config.words = house.read_words_file(root / name, f"{where}: key 'words-file'")
            config.words_file = root / name
    except house.HouseConfigError as exc:
        raise ConfigError(str(exc)) from None


def _checked_selectors(selectors: list[str], rules) -> list[str]:
    for selector in selectors:
        resolve_selector(selector, rules)  # raises ValueError naming the unknown rule
    return selectors


def load_file(path: Path, rules: tuple[Rule, ...]) -> Config | None:
    """The configuration in one file, or None for a pyproject.toml without [tool.jiaodui].

    jiaodui.toml holds the settings at the top level; pyproject.toml holds them in its
    [tool.jiaodui] table. A UTF-8 BOM is accepted. Anything else is a ConfigError that names
    the file (and the key)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_CONFIG_SIZE + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {(exc.strerror or str(exc)).lower()}") from None
    if len(raw) > _MAX_CONFIG_SIZE:
        raise ConfigError(f"{path}: over {_MAX_CONFIG_SIZE:,} bytes: not a configuration file")
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    pyproject = path.name == "pyproject.toml"
    if pyproject and "jiaodui" not in source:
        return None  # most pyproject.toml files have no [tool.jiaodui]: skip the TOML parser
    data = _parsed(path, source)
    tool = data.get("tool")
    nested = isinstance(tool, dict) and "jiaodui" in tool
    if pyproject or (nested and set(data) == {"tool"} and path.name != "jiaodui.toml"):
        # pyproject.toml, or a file given with --config written the same way.
        if tool is None:
            return None
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}: 'tool' must be a table ([tool]), not {_type_name(tool)}")
        table = tool.get("jiaodui")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: 'tool.jiaodui' must be a table ([tool.jiaodui]), "
                              f"not {_type_name(table)}")
        return from_table(table, f"{path} [tool.jiaodui]", rules, path)
    if nested:
        raise ConfigError(f"{path}: a {path.name} holds the settings at the top level: drop the "
                          f"[tool.jiaodui] header (and write [severity] for [tool.jiaodui.severity]); "
                          f"[tool.jiaodui] is the form for pyproject.toml")
    return from_table(data, str(path), rules, path)


_PARSES_KEPT = 16      # configuration files whose parse is kept (the most recently parsed)


def _parsed(path: Path, source: str) -> dict:
    """The file's TOML, parsed. The parses of the last few files are kept in one file of the
    per-user cache (beside the stored rules), each with the text it was parsed from, and one is
    used while its file holds that very text: a run in a project whose configuration has not
    changed skips the TOML parser and the modules it imports (datetime among them: ~3 ms of a
    one-file check)."""
    from . import cache_files
    from .regex_cache import cache_root
    root = cache_root()
    stored_at = None if root is None else root / f"toml-{sys.implementation.cache_tag}.pickle"
    where = os.path.abspath(path)
    kept: dict[str, tuple[str, dict]] = {}
    if stored_at is not None:
        try:
            stored = unpickle(cache_files.read(stored_at))     # whole and this user's (cache_files.py)
            if stored["python"] == sys.version and isinstance(stored["parses"], dict):
                kept = stored["parses"]
                known, data = kept[where]
                if known == source:
                    return data
        except Exception:  # noqa: BLE001, S110 -- missing, damaged, not kept or edited since: parse it
            pass
    from ._toml import tomllib
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if stored_at is not None:
        import pickle  # only to write: reading needs just _pickle (resources.unpickle)
        try:
            kept.pop(where, None)
            parses = {where: (source, data), **dict(list(kept.items())[:_PARSES_KEPT - 1])}
            cache_files.write(stored_at, pickle.dumps({"python": sys.version, "parses": parses}))
        except (OSError, pickle.PicklingError):
            pass  # a read-only home: parsed every time
    return data


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
        start = Path(os.path.realpath(path))  # never raises, not even on a symlink loop
        directory = start if os.path.isdir(start) else start.parent
        return self._for_directory(directory)

    def _for_directory(self, directory: Path) -> Config:
        if directory in self._cache:
            return self._cache[directory]
        config = None
        for name in CONFIG_FILES:
            candidate = directory / name
            try:
                found = stat.S_ISREG(candidate.stat().st_mode)
            except FileNotFoundError:
                found = False
            except PermissionError:
                raise ConfigError(f"{directory}: permission denied while looking for {name} "
                                  f"(cannot read the directory)", permission=True) from None
            except OSError:
                found = False  # not a directory, a symlink loop: no configuration here
            if found:
                config = load_file(candidate, self.rules)
                if config:
                    break
        if config is None:
            config = Config() if directory.parent == directory else self._for_directory(directory.parent)
        self._cache[directory] = config
        return config
