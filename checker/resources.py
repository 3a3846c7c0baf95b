"""Where the rule definitions and their data live, installed or in a source checkout."""
from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def rules_dir() -> Path:
    # A wheel carries rules/ inside the package as checker/_rules; a source checkout (and an
    # editable install) reads the top-level rules/ beside the package.
    for candidate in (_PACKAGE / "_rules", _PACKAGE.parent / "rules"):
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError("jiaodui: rule definitions not found (expected checker/_rules or rules/)")


def data_path(name: str) -> Path:
    return rules_dir() / "data" / name


def read_entries(name: str) -> list[str]:
    """The lines of a data file in rules/data/, in file order, without `#` comments and blanks."""
    lines = data_path(name).read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def read_word_sections(name: str) -> dict[str, list[str]]:
    """A data file of `[section]` headers, each followed by its entries, one per line, in order."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in read_entries(name):
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
        else:
            current.append(line)
    return sections


def read_sections(name: str) -> dict[str, str]:
    """A data file of `[section]` headers, each followed by lines of characters: section → the
    section's lines joined."""
    return {section: "".join(lines) for section, lines in read_word_sections(name).items()}


@functools.cache
def common_hanzi() -> dict[str, str]:
    """Most frequent Han characters per script ("simplified", "traditional"), in rank order."""
    return read_sections("common_hanzi.txt")
