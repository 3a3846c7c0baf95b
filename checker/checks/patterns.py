"""Generic rule kinds usable from a TOML entry alone."""
from __future__ import annotations

import functools
import re

from ..diagnostic import Applicability, Edit, Finding


@functools.cache
def _compile(pattern: str, use_regex_module: bool):
    if use_regex_module:
        import regex  # only rules that need Unicode properties (\p{Han}) pay for it
        return regex.compile(pattern, regex.V1)
    return re.compile(pattern)


def pattern(doc, rule):
    """kind = "pattern": every match of params.pattern is a finding.

    params.contains (optional) lists substrings that every match holds, to skip clean text fast;
    params.replacement (a re template, e.g. "\\g<mark>") turns each match into a fix with
    params.applicability (default safe); named groups are available to the message as {group}.
    """
    params = rule.params
    # params.contains: substrings one of which every match holds; when the text has none of
    # them, a substring test (far faster than a regex scan) skips the rule.
    if "contains" in params and not any(piece in doc.text for piece in params["contains"]):
        return
    compiled = _compile(params["pattern"], bool(params.get("unicode-properties")))
    replacement = params.get("replacement")
    applicability = Applicability(params.get("applicability", "safe"))
    for match in compiled.finditer(doc.text):
        if match.start() == match.end():
            continue
        args = {k: v for k, v in match.groupdict().items() if v is not None}
        edits = None
        if replacement is not None:
            edits = (Edit(match.start(), match.end(), match.expand(replacement)),)
            args["replacement"] = edits[0].replacement
        yield Finding(match.start(), match.end(), args, edits, applicability)
