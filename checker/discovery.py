"""Which files a run checks: named files, directories walked recursively, minus exclusions."""
from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from .config import SKIPPED_DIRECTORIES, Config, ConfigError, ConfigFinder
from .source import SourceError, file_kind, os_reason
from .typenames import TYPE_CHECKING

Notice = Callable[[str], None]
OnError = Callable[[SourceError], None]

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


def iter_files(paths: list[str], finder: ConfigFinder, notice: Notice | None = None,
               on_error: OnError | None = None) -> Iterator[tuple[str, Config]]:
    """Yield (path, config) in a stable order. Missing paths raise FileNotFoundError.

    `notice(message)` hears what a user would otherwise not see: a named file skipped by the
    configuration's `exclude`, a directory in which nothing was found to check, a FIFO, device
    or socket passed over in a walk (a walk reads regular files only). `on_error(SourceError)`
    hears what could not be checked and is an error (a directory that cannot be read, a
    symlink loop or broken link in a walk); without it the SourceError is raised.

    A path named explicitly that is not a directory is yielded whatever it is (a FIFO from
    `<(command)`, a symlink loop): reading it says what is wrong, and reads are bounded."""
    def report(error: SourceError) -> None:
        if on_error is None:
            raise error
        on_error(error)

    # Named files (a shell glob, a pre-commit hook's list) mostly share a few directories: the
    # configuration is looked up once per directory as named, for files that are not symlinks
    # (a symlink's is that of where it points).
    by_directory: dict[str, Config] = {}
    for given in paths:
        path = Path(given)
        try:
            info = os.lstat(given)
        except FileNotFoundError:
            raise FileNotFoundError(given) from None
        except OSError as exc:
            report(SourceError(given, os_reason(given, exc)))
            continue
        if not os.path.isdir(given):
            if stat.S_ISLNK(info.st_mode):
                config = finder.for_path(path)
            else:
                directory = os.path.dirname(given) or "."
                config = by_directory.get(directory) or by_directory.setdefault(directory, finder.for_path(directory))
            if config.excludes(given):
                if notice:
                    notice(f"{given}: skipped, excluded by {config.path} (exclude)")
            else:
                yield given, config
            continue
        found = 0
        for item in _walk(path, finder, notice, report):
            found += 1
            yield item
        if not found and notice:
            notice(f"{given}: no files to check (include: {', '.join(finder.for_path(path).include)})")


def _walk(root: Path, finder: ConfigFinder, notice: Notice | None,
          report: OnError) -> Iterator[tuple[str, Config]]:
    def unreadable(exc: OSError) -> None:
        where = exc.filename or str(root)
        report(SourceError(where, f"directory not checked: {os_reason(where, exc)}"))

    def searchable(directory: Path) -> bool:
        """False (and reported) for a directory whose configuration cannot even be looked for."""
        try:
            finder.for_path(directory)
        except ConfigError as exc:
            if not exc.permission:
                raise
            report(SourceError(str(directory), "directory not checked: permission denied (cannot read it)"))
            return False
        return True

    ignore_stack: list[tuple[Path, GitIgnoreSpec]] = []
    if not searchable(root):
        return
    for directory, dirnames, filenames in os.walk(root, onerror=unreadable):
        here = Path(directory)
        ignore_stack = [(d, s) for d, s in ignore_stack if d == here or d in here.parents]
        spec = _gitignore(here)
        if spec is not None:
            ignore_stack.append((here, spec))

        def ignored(path: str, is_dir: bool, config: Config) -> bool:
            if ignore_stack:  # noqa: B023 -- called only within this iteration
                as_path = Path(path)
                for base, base_spec in ignore_stack:  # noqa: B023
                    relative = as_path.relative_to(base).as_posix() + ("/" if is_dir else "")
                    if base_spec.match_file(relative):
                        return True
            return config.excludes(path, is_dir)

        dirnames[:] = sorted(d for d in dirnames
                             if d not in SKIPPED_DIRECTORIES and searchable(here / d)
                             and not ignored(str(here / d), True, finder.for_path(here / d)))
        # The configuration is looked up once for the directory: a file that is not a symlink has
        # its directory's (a symlink's is that of where it points).
        here_config = finder.for_path(directory)
        for name in sorted(filenames):
            path = os.path.join(directory, name)
            config = finder.for_path(path) if os.path.islink(path) else here_config
            if not config.includes(path) or ignored(path, False, config):
                continue
            try:
                kind = file_kind(path)
            except SourceError as exc:
                report(exc)  # a broken link or a symlink loop: named, never read
                continue
            if kind is None:
                yield path, config
            elif notice:
                notice(f"{path}: skipped: {kind}, not a regular file (a directory walk reads regular files only)")
