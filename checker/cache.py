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
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .diagnostic import Applicability, Diagnostic, Edit, Fix, Severity
from .document import Document

if TYPE_CHECKING:
    from .config import Config
    from .registry import Rule

DIRECTORY = ".jiaodui_cache"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by jiaodui.\n"


@functools.cache
def version() -> str:
    """jiaodui's version, read as the build reads it (importing the package here would be a cycle)."""
    found = re.search(r'^__version__ = "([^"]+)"', (Path(__file__).parent / "__init__.py").read_text("utf-8"), re.MULTILINE)
    return found.group(1) if found else "unknown"


@functools.cache
def _installation() -> str | None:
    """The package and its rule definitions as they are on disk (None: cannot tell, do not cache)."""
    from .resources import rules_dir
    digest = hashlib.sha256(version().encode())
    try:
        for root in (Path(__file__).parent, Path(rules_dir())):
            for path in sorted(root.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    stat = path.stat()
                    digest.update(f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
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
        known = _RULE_DIGESTS[id(rule)] = (rule, hashlib.sha256(described.encode("utf-8", "surrogatepass")).hexdigest())
    return known[1]


_CONTEXTS: dict[tuple[Any, ...], tuple[Config, Sequence[Rule], str]] = {}


def _context(doc: Document, rules: Sequence[Rule], config: Config, options: Any) -> str:
    """The digest of everything but the file itself, computed once per configuration, options and
    rule set (the settings are derived from the configuration)."""
    memo = (id(config), options, id(rules))     # load_rules() gives the same tuple each time
    known = _CONTEXTS.get(memo)
    if known is None or known[0] is not config or known[1] is not rules:
        digest = hashlib.sha256()
        for part in (_installation() or "", canonical(sorted(doc.settings.items())),
                     canonical(dataclasses.replace(options, cache=None)), canonical(config),
                     *(_rule_part(rule) for rule in rules)):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        known = _CONTEXTS[memo] = (config, rules, digest.hexdigest())
    return known[2]


def key(doc: Document, rules: Sequence[Rule], config: Config, options: Any) -> str | None:
    """`rules`: every loaded rule (the file's own follow from them, the options and the configuration)."""
    if _installation() is None:
        return None
    digest = hashlib.sha256()
    for part in (_context(doc, rules, config, options), doc.path, doc.encoding, repr(doc.bom),
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
        path = self._path(key)
        try:
            if not self.root.is_dir():
                self.root.mkdir(parents=True, exist_ok=True)
                (self.root / "CACHEDIR.TAG").write_text(_TAG, "utf-8")
                (self.root / ".gitignore").write_text("# created by jiaodui\n*\n", "utf-8")
            folder = os.path.dirname(path)
            os.makedirs(folder, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(prefix=".jd-", suffix=".tmp", dir=folder)
            try:
                with os.fdopen(descriptor, "w", encoding="ascii") as stream:
                    stream.write(data)
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            pass  # a read-only tree, a full disk: the run goes on uncached


@functools.cache
def _open(directory: str) -> ResultCache:
    return ResultCache(directory)


def entry(doc: Document, rules: Sequence[Rule], config: Config, options: Any) -> tuple[ResultCache, str] | None:
    """Where this check's result is kept (runner.Options.cache names the directory), or None."""
    if options.cache is None:
        return None
    found = key(doc, rules, config, options)
    return (_open(options.cache), found) if found is not None else None
