"""The code behind rules that need logic; one module per topic.

A check is a pure function `check(doc, rule) -> Iterable[Finding]`: no I/O, no printing, no
globals beyond compiled patterns. Ids, severities and messages come from the rule entry.
"""
