"""Which files a run checks: named files, directories walked recursively, minus exclusions."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .config import SKIPPED_DIRECTORIES, ConfigFinder

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec


def _gitignore(directory: Path) -> GitIgnoreSpec | None:
    path = directory / ".gitignore"
    if not path.is_file():
        return None
    import pathspec
    try:
        return pathspec.GitIgnoreSpec.from_lines(path.read_text("utf-8", "replace").splitlines())
    except Exception:  # noqa: BLE001 -- a malformed .gitignore must not stop a run; git itself is lenient too
        return None


def iter_files(paths: list[str], finder: ConfigFinder, notice=None):
    """Yield (path, config) in a stable order. Missing paths raise FileNotFoundError.

    `notice(message)` hears what a user would otherwise not see: a named file skipped by the
    configuration's `exclude`, a directory in which nothing was found to check."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise FileNotFoundError(given)
        if path.is_file():
            config = finder.for_path(path)
            if config.excludes(given):
                if notice:
                    notice(f"{given}: skipped, excluded by {config.path} (exclude)")
            else:
                yield given, config
            continue
        found = 0
        for item in _walk(path, finder):
            found += 1
            yield item
        if not found and notice:
            notice(f"{given}: no files to check (include: {', '.join(finder.for_path(path).include)})")


def _walk(root: Path, finder: ConfigFinder):
    ignore_stack: list[tuple[Path, GitIgnoreSpec]] = []
    for directory, dirnames, filenames in os.walk(root):
        here = Path(directory)
        ignore_stack = [(d, s) for d, s in ignore_stack if d == here or d in here.parents]
        spec = _gitignore(here)
        if spec is not None:
            ignore_stack.append((here, spec))

        def ignored(path: Path, is_dir: bool) -> bool:
            for base, base_spec in ignore_stack:  # noqa: B023 -- called only within this iteration
                relative = path.relative_to(base).as_posix() + ("/" if is_dir else "")
                if base_spec.match_file(relative):
                    return True
            return finder.for_path(path).excludes(str(path), is_dir)

        dirnames[:] = sorted(d for d in dirnames
                             if d not in SKIPPED_DIRECTORIES and not ignored(here / d, True))
        for name in sorted(filenames):
            path = here / name
            config = finder.for_path(path)
            if config.includes(str(path)) and not ignored(path, False):
                yield str(path), config
