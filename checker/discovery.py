"""Which files a run checks: named files, directories walked recursively, minus exclusions."""
from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from .config import ConfigFinder


def _gitignore(directory: Path):
    path = directory / ".gitignore"
    if not path.is_file():
        return None
    import pathspec
    try:
        return pathspec.GitIgnoreSpec.from_lines(path.read_text("utf-8", "replace").splitlines())
    except Exception:  # a malformed .gitignore must not stop a run; git itself is lenient too
        return None


def iter_files(paths: list[str], finder: ConfigFinder):
    """Yield (path, config) in a stable order. Missing paths raise FileNotFoundError."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise FileNotFoundError(given)
        if path.is_file():
            config = finder.for_path(path)
            if not config.excludes(given):
                yield given, config
            continue
        yield from _walk(path, finder)


def _walk(root: Path, finder: ConfigFinder):
    ignore_stack: list[tuple[Path, object]] = []
    for directory, dirnames, filenames in os.walk(root):
        here = Path(directory)
        ignore_stack = [(d, s) for d, s in ignore_stack if d == here or d in here.parents]
        spec = _gitignore(here)
        if spec is not None:
            ignore_stack.append((here, spec))

        def ignored(path: Path, is_dir: bool) -> bool:
            for base, base_spec in ignore_stack:
                relative = path.relative_to(base).as_posix() + ("/" if is_dir else "")
                if base_spec.match_file(relative):
                    return True
            return finder.for_path(path).excludes(str(path), is_dir)

        dirnames[:] = sorted(d for d in dirnames if not ignored(here / d, True))
        for name in sorted(filenames):
            path = here / name
            config = finder.for_path(path)
            if not any(fnmatch.fnmatch(name, pattern) for pattern in config.include):
                continue
            if not ignored(path, False):
                yield str(path), config
