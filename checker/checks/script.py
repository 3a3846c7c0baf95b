"""Mixed script: traditional characters inside a simplified article, or the reverse (opencc).

A character marks a script only when opencc converts it (per character), opencc's dictionary does
not also keep it (`script_shared.txt`: 云, 凶, 于, 台, 里 are at home in both) and the other
script's copy does not use it commonly (`common_hanzi.txt`). A run of
marks is reported only when opencc, converting the run in its clause, really changes it, so
variants that opencc maps only inside certain phrases (皇后, 显著, 乾隆) never raise an alarm.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..analysis.script import document_script, mark_pattern, present_marks
from ..diagnostic import Applicability, Edit, Finding

_HAN_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
_CLAUSE_END = "，。、；：？！,.;:?!（）()“”‘’「」《》\n\r\t 　"
_CONTEXT = 8


@functools.cache
def _converter(config: str):
    import opencc  # heavy: imported when the rule first runs
    return opencc.OpenCC(config)


def _runs(text: str, script: str):
    """Runs of the script's marks: marks less than five characters apart, on one line (a
    converted clause has neutral characters and punctuation between its marks: 教育局补充，国中
    新生以学). Yields (start, end), as `mark(?:[^\n\r\ud800-\udfff]{0,4}mark)*` would match them."""
    start = end = None
    for match in mark_pattern(script).finditer(text):
        k = match.start()
        if end is not None and k - end < 5 and not _breaks(text[end:k]):
            end = k + 1
            continue
        if end is not None:
            yield start, end
        start, end = k, k + 1
    if end is not None:
        yield start, end


def _breaks(gap: str) -> bool:
    """A line break, or undecodable bytes (lone surrogates, which opencc cannot take), between
    two marks ends a run."""
    return any(ch in "\n\r" or "\ud800" <= ch <= "\udfff" for ch in gap)


def _clause_end(ch: str) -> bool:
    return ch in _CLAUSE_END or "\ud800" <= ch <= "\udfff"   # undecodable bytes end a clause too


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = start
    while left > 0 and start - left < _CONTEXT and not _clause_end(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < _CONTEXT and not _clause_end(text[right]):
        right += 1
    return left, right


@dataclass(frozen=True)
class ScriptRun:
    start: int
    end: int
    converted: str
    marks: int          # characters opencc changes in the run
    minority: str
    majority: str
    applicability: Applicability


# Simplified to traditional follows the Taiwan standard (s2tw), the traditional copy we test on.
_TO_TRADITIONAL = "s2tw"


def script_runs(doc) -> list[ScriptRun]:
    """Runs of the minority script, each with its conversion; shared by ENC008 and ENC009."""
    text = doc.text
    if not re.search(r"[\u3400-\u9fff]", text):   # compiled on first use (the range costs ~2 ms)
        return []
    setting = doc.settings.get("script", "auto")
    if setting == "auto":
        majority = document_script(doc)
        if majority is None:
            return []
    else:
        majority = setting
    minority = "simplified" if majority == "traditional" else "traditional"
    if majority == "simplified":
        config, applicability = "t2s", Applicability.SAFE
    else:
        # simplified to traditional is one-to-many (发: 發/髮): the fix is a suggestion
        config, applicability = _TO_TRADITIONAL, Applicability.UNSAFE
    if not doc.shared(present_marks)[minority]:
        return []
    convert = _converter(config).convert
    runs = []
    for run_start, run_end in _runs(text, minority):
        left, right = _clause(text, run_start, run_end)
        converted = convert(text[left:right])
        if len(converted) != right - left:
            left, right = run_start, run_end
            converted = convert(text[left:right])
            if len(converted) != right - left:
                continue
        changed = [k for k in range(run_start, run_end) if converted[k - left] != text[k]]
        if not changed:
            continue   # opencc keeps it here: a variant used only in some phrases
        start, end = changed[0], changed[-1] + 1
        runs.append(ScriptRun(start, end, converted[start - left:end - left], len(changed),
                              minority, majority, applicability))
    if runs:
        # Characters of a mis-decoded span (鍙戝睍…) are damage, not the other script: the
        # mojibake rules report the span with its original; converting its pieces would be noise.
        from ..analysis.mojibake import mojibake_spans
        damaged = doc.shared(mojibake_spans)
        runs = [run for run in runs if not any(s.start < run.end and run.start < s.end for s in damaged)]
    return runs


_LABELS = {"simplified": ("简体", "simplified"), "traditional": ("繁体", "traditional")}


def _findings(doc, keep):
    for run in doc.shared(script_runs):
        if not keep(run.marks):
            continue
        yield Finding(run.start, run.end,
                      {"converted": run.converted, "script_zh": _LABELS[run.minority][0],
                       "majority_zh": _LABELS[run.majority][0], "script_en": _LABELS[run.minority][1],
                       "majority_en": _LABELS[run.majority][1], "marks": run.marks},
                      (Edit(run.start, run.end, run.converted),), run.applicability)


def mixed_script(doc, rule):
    """A run of two or more characters of the other script: pasted or converted text."""
    return _findings(doc, lambda marks: marks >= 2)


def script_variant_character(doc, rule):
    """One character of the other script among the right ones: a slip, or a name kept as is."""
    return _findings(doc, lambda marks: marks == 1)
