"""The result cache: a file whose findings are already known is not checked again.

An entry is keyed by everything that decides a file's findings: its decoded text (with its path,
encoding and BOM), the rules (every loaded rule's id, check, params, severity and messages: the ones that run on
the file follow from them, the options and the configuration),
the command line's options, the file's configuration and the settings it gives the checks, and
jiaodui itself (its version and the size and modification time of every file of the package and
of the rule definitions, so an edited check or data file never serves stale findings).

Entries live in `.jiaodui_cache/<version>/` as JSON (never pickle: a cache committed to a
repository must not be able to run code), each written to a temporary file and renamed into
place, so concurrent runs and `--jobs` workers only ever read whole entries; an entry that cannot
be read is a miss. A missing or unwritable cache only costs time. `--no-cache` turns it off.

Beside the entries, a stat index (`StatIndex`) recognises files unchanged since they were checked
by their size, times, inode and device, so that a warm run does not read them at all.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
import stat
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .diagnostic import Applicability, Diagnostic, Edit, Fix, Severity
from .document import Document
from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    from .config import Config
    from .registry import Rule

DIRECTORY = ".jiaodui_cache"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by jiaodui.\n"


@functools.cache
def version() -> str:
    """jiaodui's version, read as the build reads it (importing the package here would be a cycle)."""
    found = re.search(r'^__version__ = "([^"]+)"', (Path(__file__).parent / "__init__.py").read_text("utf-8"), re.MULTILINE)
    return found.group(1) if found else "unknown"


# Distributions whose upgrade can change findings without any file of jiaodui changing.
_SHAPING = ("regex", "opencc", "pathspec", "markdown-it-py", "python-docx", "cn2an")


def _normal(name: str) -> str:
    """A distribution's name as its metadata directory spells it (importlib.metadata's rule)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def _distributions() -> str:
    """The installed copies of the libraries that shape the findings (_SHAPING), read off their
    metadata directories on sys.path: the directory's name (`regex-2024.5.15.dist-info`: the
    version is in it) and the size and times of the directory and of its METADATA / PKG-INFO.

    importlib.metadata.version() said the same, but importing it (with email, zipfile, csv, socket…)
    was ~15 ms of every one-file check with the cache on, more than the check of a 2 KB article.
    This stamp changes whenever version() would (an upgrade or downgrade replaces the directory),
    and also when the same version is reinstalled, which only costs a check. Every match on
    sys.path counts, not only the first one importlib.metadata would read: one fewer or more is a
    change too."""
    wanted = {_normal(name) for name in _SHAPING}
    found: dict[str, list[str]] = {name: [] for name in sorted(wanted)}
    for entry in sys.path:
        folder = entry or "."
        try:
            names = os.listdir(folder)
        except NotADirectoryError:
            # a zip archive on sys.path (importlib.metadata reads distributions inside it): any
            # change of the archive is a change
            info = os.stat(folder)
            for listed in found.values():
                listed.append(f"{folder}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}")
            continue
        except OSError:
            continue    # absent or unreadable: importlib.metadata finds nothing there either
        for name in sorted(names):
            low = name.lower()
            if not low.endswith((".dist-info", ".egg-info")):
                continue
            normal = _normal(low.rpartition(".")[0].partition("-")[0])
            if normal not in wanted:
                continue
            path = os.path.join(folder, name)
            parts = [path]
            for member in (path, os.path.join(path, "METADATA"), os.path.join(path, "PKG-INFO")):
                try:
                    info = os.stat(member)
                except OSError:
                    parts.append("-")
                else:
                    parts.append(f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}")
            found[normal].append("\0".join(parts))
    return "".join(f"{name} {' | '.join(listed) or 'absent'}\n" for name, listed in found.items())


def hasher() -> Any:
    """A fresh BLAKE2b (256-bit) digest. Taken from its built-in module: `hashlib` loads OpenSSL
    first (~2 ms of every one-file check with the cache on), for a hash this does not use."""
    try:
        from _blake2 import blake2b  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:     # a Python built without it: hashlib's (OpenSSL's) is the same hash
        from hashlib import blake2b
    return blake2b(digest_size=32)


@functools.cache
def _installation() -> str | None:
    """The package and its rule definitions as they are on disk (None: cannot tell, do not cache)."""
    from .resources import _PACKAGE, package_files, rules_dir, rules_files
    digest = hasher()
    digest.update(version().encode())
    try:
        # What else shapes the findings: the interpreter (its Unicode tables) and the libraries whose
        # data or parsing the rules see (script conversion tables, Markdown and Word parsing).
        digest.update(sys.version.encode())
        digest.update(_distributions().encode("utf-8", "surrogatepass"))
        # the scans the stored rules and data tables are stamped with (once per process)
        for root, files in ((_PACKAGE, package_files()), (rules_dir(), rules_files())):
            for path, size, modified, _ in files:
                digest.update(f"{os.path.relpath(path, root)}\0{size}\0{modified}\n".encode())
    except Exception:  # noqa: BLE001 -- whatever goes wrong here, checking without the cache is right
        return None
    return digest.hexdigest()


def canonical(value: Any) -> str:
    """repr, with the elements of sets sorted: the same in every process (str hashes are salted)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ", ".join(f"{f.name}={canonical(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({fields})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{canonical(k)}: {canonical(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(canonical(v) for v in value) + "]"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(canonical(v) for v in value)) + "}"
    return repr(value)


_RULE_DIGESTS: dict[int, tuple[Rule, str]] = {}


def _rule_part(rule: Rule) -> str:
    """A digest of what the entry says (computed once per loaded rule: params can be long lists)."""
    known = _RULE_DIGESTS.get(id(rule))
    if known is None or known[0] is not rule:
        described = canonical((rule.id, rule.check_path, rule.severity.value, rule.params, rule.messages, rule.terms))
        digest = hasher()
        digest.update(described.encode("utf-8", "surrogatepass"))
        known = _RULE_DIGESTS[id(rule)] = (rule, digest.hexdigest())
    return known[1]


_CONTEXTS: dict[tuple[Any, ...], tuple[Config, Sequence[Rule], str]] = {}


def context(settings: dict, rules: Sequence[Rule], config: Config, options: Any) -> str:
    """The digest of everything but the file itself, computed once per configuration, options and
    rule set (`settings`, what the checks read as doc.settings, are derived from the configuration)."""
    memo = (id(config), options, id(rules))     # load_rules() gives the same tuple each time
    known = _CONTEXTS.get(memo)
    if known is None or known[0] is not config or known[1] is not rules:
        digest = hasher()
        for part in (_installation() or "", canonical(sorted(settings.items())),
                     canonical(dataclasses.replace(options, cache=None)), canonical(config),
                     *(_rule_part(rule) for rule in rules)):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        known = _CONTEXTS[memo] = (config, rules, digest.hexdigest())
    return known[2]


def usable() -> bool:
    """False when jiaodui's own files cannot be examined: then nothing is cached or served."""
    return _installation() is not None


def key(doc: Document, rules: Sequence[Rule], config: Config, options: Any) -> str | None:
    """`rules`: every loaded rule (the file's own follow from them, the options and the configuration)."""
    if _installation() is None:
        return None
    digest = hasher()
    for part in (context(doc.settings, rules, config, options), doc.path, doc.encoding, repr(doc.bom),
                 canonical(doc.undecodable)):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    digest.update(doc.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _encode(diagnostic: Diagnostic) -> dict[str, Any]:
    value = {f.name: getattr(diagnostic, f.name) for f in dataclasses.fields(diagnostic) if f.name != "document"}
    value["severity"] = int(diagnostic.severity)
    fix = diagnostic.fix
    if fix is not None:
        value["fix"] = {"edits": [[e.start, e.end, e.replacement] for e in fix.edits],
                        "applicability": fix.applicability.value, "message": fix.message}
    return value


def _decode(value: dict[str, Any], doc: Document) -> Diagnostic:
    fix = value.get("fix")
    if fix is not None:
        value["fix"] = Fix(tuple(Edit(*edit) for edit in fix["edits"]), Applicability(fix["applicability"]),
                           fix["message"])
    value["severity"] = Severity(value["severity"])
    diagnostic = Diagnostic(**value)
    diagnostic.document = doc
    return diagnostic


class ResultCache:
    def __init__(self, directory: str | os.PathLike[str]):
        self.root = Path(directory)
        # Entry paths are plain strings: on a warm run over a large tree, building pathlib objects
        # per file was a fifth of the run (bench/cache_bench.py).
        self.directory = os.path.join(os.fspath(directory), version())

    def _path(self, key: str) -> str:
        return os.path.join(self.directory, key[:2], key + ".json")

    def get(self, key: str, doc: Document) -> tuple[list[Diagnostic], list[Diagnostic]] | None:
        """The diagnostics and verified statements stored for `key`, bound to `doc`; None on a miss."""
        try:
            with open(self._path(key), "rb") as stream:
                data = json.loads(stream.read())
            return ([_decode(d, doc) for d in data["diagnostics"]], [_decode(d, doc) for d in data["verified"]])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, diagnostics: list[Diagnostic], verified: list[Diagnostic]) -> None:
        data = json.dumps({"diagnostics": [_encode(d) for d in diagnostics],
                           "verified": [_encode(d) for d in verified]}, separators=(",", ":"))
        self._write(self._path(key), data)

    def _write(self, path: str, data: str) -> None:
        """Write `data` to `path` under the cache, atomically (a temporary file renamed into place)."""
        try:
            if not self.root.is_dir():
                self.root.mkdir(parents=True, exist_ok=True)
                (self.root / "CACHEDIR.TAG").write_text(_TAG, "utf-8")
                (self.root / ".gitignore").write_text("# created by jiaodui\n*\n", "utf-8")
            folder = os.path.dirname(path)
            os.makedirs(folder, exist_ok=True)
            import tempfile
            descriptor, temporary = tempfile.mkstemp(prefix=".jd-", suffix=".tmp", dir=folder)
            try:
                with os.fdopen(descriptor, "w", encoding="utf-8", errors="surrogatepass") as stream:
                    stream.write(data)
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            pass  # a read-only tree, a full disk: the run goes on uncached

    @functools.cached_property
    def index(self) -> StatIndex:
        return StatIndex(self)


# A file changed less than this long before it was examined is not put in the stat index: a
# second change within the same tick of the file system's clock could leave its size and times
# as they were (git's "racily clean" entries). Two seconds cover the coarsest clocks (FAT).
_SETTLED_NS = 2_000_000_000

Signature = tuple[int, int, int, int, int]


def signature(path: str) -> Signature | None:
    """What tells one version of a regular file from another without reading it: size, times of
    the last change of content and of the inode, inode and device (a file replaced by a rename is
    a new inode). None for a file changed in the last two seconds, or one that cannot be examined."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    if time.time_ns() - max(info.st_mtime_ns, info.st_ctime_ns) < _SETTLED_NS:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev


class StatIndex:
    """Files checked before and unchanged since, recognised by their signature without being read.

    A warm run over a large tree spent most of its time reading, decoding and hashing files whose
    entries then said "nothing found" (bench/cache_bench.py). One table per context (rules,
    options, configuration, installation: `context()`) maps a path to the signature it had just
    before it was read, to its encoding and BOM (all a report shows of a file with no findings)
    and to whether it had findings (then its report needs the text: the file is read again and
    its entry found by content, but it is known not to need a worker). A record is used only
    while the file's signature is the same; a file changed too recently to tell is not recorded
    (`signature`). Tables are merged into what is on disk and renamed into place when a run ends:
    concurrent runs can only lose each other's records, which costs time, never correctness.
    """

    def __init__(self, cache: ResultCache):
        self.cache = cache
        self._tables: dict[str, dict[str, list[Any]]] = {}
        self._changes: dict[str, dict[str, list[Any] | None]] = {}

    def _file(self, context: str) -> str:
        return os.path.join(self.cache.directory, f"stat-{context[:32]}.idx")

    def _read(self, context: str) -> dict[str, list[Any]]:
        try:
            with open(self._file(context), "rb") as stream:
                table = json.loads(stream.read())
            return table if isinstance(table, dict) else {}
        except (OSError, ValueError):
            return {}

    def _table(self, context: str) -> dict[str, list[Any]]:
        table = self._tables.get(context)
        if table is None:
            table = self._tables[context] = self._read(context)
        return table

    def lookup(self, path: str, context: str) -> tuple[str, bool, bool] | None:
        """(encoding, BOM, no findings) of a file checked in this context that has not changed
        since; None otherwise."""
        record = self._table(context).get(path)
        if record is None:
            return None
        try:
            info = os.stat(path)
        except OSError:
            return None
        if (not isinstance(record, list) or len(record) != 8
                or record[:5] != [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]):
            return None
        return record[5], record[6], record[7]

    def record(self, path: str, context: str, found: Signature, encoding: str, bom: bool, empty: bool) -> None:
        """`path`, examined as `found` before it was read, was checked (`empty`: with no findings)."""
        value = [*found, encoding, bom, empty]
        if self._table(context).get(path) == value:
            return  # known already: a warm run leaves the index as it is
        self._table(context)[path] = value
        self._changes.setdefault(context, {})[path] = value

    def forget(self, path: str, context: str) -> None:
        if path in self._table(context):
            del self._tables[context][path]
            self._changes.setdefault(context, {})[path] = None

    def save(self) -> None:
        for context, changes in self._changes.items():
            table = self._read(context)
            for path, value in changes.items():
                if value is None:
                    table.pop(path, None)
                else:
                    table[path] = value
            self.cache._write(self._file(context), json.dumps(table, separators=(",", ":")))
        self._changes.clear()


@functools.cache
def open_cache(directory: str) -> ResultCache:
    return ResultCache(directory)


def entry(doc: Document, rules: Sequence[Rule], config: Config, options: Any) -> tuple[ResultCache, str] | None:
    """Where this check's result is kept (runner.Options.cache names the directory), or None."""
    if options.cache is None:
        return None
    found = key(doc, rules, config, options)
    return (open_cache(options.cache), found) if found is not None else None
