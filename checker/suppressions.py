"""Inline suppressions in Markdown and HTML:

    <!-- jiaodui-disable-next-line NUM001 -->    the next non-blank line
    <!-- jiaodui-disable DUP -->                  from here ...
    <!-- jiaodui-enable DUP -->                   ... to here (or to the end of the file)

Rules are named as on the command line: ids, family prefixes or names. An unknown rule is an
error naming the file and line. A suppression that silenced nothing, and a comment whose
directive is none of these three, are reported by the rule LAYOUT900 (rules/suppression.toml,
checker/checks/suppression.py), as ruff reports an unused `noqa`: `ineffective` gives that rule
what it reports. Plain text has no comments: it uses `per-file-ignores` and the baseline.
"""
from __future__ import annotations

from dataclasses import dataclass

from .diagnostic import Diagnostic
from .document import Document
from .formats import Comment
from .registry import Rule, resolve_selector

REPORTED_BY = "LAYOUT900"   # the rule that reports suppressions doing nothing
ACTIONS = ("disable-next-line", "disable", "enable")


@dataclass
class Suppression:
    """A comment that silences rules on the lines it covers; `used` once it silenced a finding."""
    comment: Comment
    line: int                     # the comment's (first) line
    rules: frozenset[str]
    first: int                    # the source lines it covers, inclusive
    last: int
    used: bool = False


class SuppressionError(Exception):
    """A suppression names a rule that does not exist (exit 2)."""


def parse(comments: list[Comment], doc: Document, rules: tuple[Rule, ...]) -> list[Suppression]:
    """The suppressions of a document; raises SuppressionError naming file and line."""
    found: list[Suppression] = []
    open_blocks: list[Suppression] = []
    last_line = doc.position(len(doc.text))[0]
    for comment in comments:
        line = doc.position(comment.start)[0]
        end_line = doc.position(comment.end)[0]
        if comment.action not in ACTIONS:   # silences nothing; reported by LAYOUT900
            found.append(Suppression(comment, line, frozenset(), 0, -1))
            continue
        ids: set[str] = set()
        if not comment.selectors:
            raise SuppressionError(f"{doc.path}:{line}: jiaodui-{comment.action} names no rule "
                                   "(give ids, families or names, e.g. NUM001 or DUP)")
        for selector in comment.selectors:
            try:
                ids.update(r.id for r in resolve_selector(selector, rules))
            except ValueError as exc:
                raise SuppressionError(f"{doc.path}:{line}: jiaodui-{comment.action}: {exc}") from None
        if comment.action == "disable-next-line":
            target = end_line + 1
            while target <= last_line and not doc.line_text(target).strip():
                target += 1
            found.append(Suppression(comment, line, frozenset(ids), target, target))
        elif comment.action == "disable":
            block = Suppression(comment, line, frozenset(ids), end_line, last_line)
            found.append(block)
            open_blocks.append(block)
        else:  # enable: closes the open blocks of these rules
            closed = False
            for block in [b for b in open_blocks if b.rules & ids]:
                block.last = line
                open_blocks.remove(block)
                closed = True
            if not closed:
                raise SuppressionError(f"{doc.path}:{line}: jiaodui-enable {' '.join(comment.selectors)} "
                                       "has no jiaodui-disable before it")
    return found


def apply(diagnostics: list[Diagnostic], suppressions: list[Suppression]) -> list[Diagnostic]:
    """The diagnostics no suppression silences; marks the suppressions used."""
    if not suppressions:
        return diagnostics
    kept = []
    for diagnostic in diagnostics:
        line = diagnostic.line
        silenced = False
        for suppression in suppressions:
            if suppression.first <= line <= suppression.last and diagnostic.rule_id in suppression.rules:
                suppression.used = silenced = True
        if not silenced:
            kept.append(diagnostic)
    return kept


def ineffective(suppressions: list[Suppression], selected: set[str]) -> list[tuple[int, int, str]]:
    """What LAYOUT900 reports (as doc.settings["suppressions"]): (start, end, reason) of
    each malformed comment, and of each suppression that silenced nothing of the rules this run
    checks."""
    out = []
    for suppression in suppressions:
        comment = suppression.comment
        if comment.action not in ACTIONS:
            out.append((comment.start, comment.end, "malformed"))
        elif not suppression.used and comment.action != "enable" and suppression.rules & selected:
            out.append((comment.start, comment.end, "unused"))
    return out
