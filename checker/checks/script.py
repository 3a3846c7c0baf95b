"""Mixed script: traditional characters inside a simplified article, or the reverse (opencc).

A character marks a script only when opencc converts it (per character), opencc's dictionary does
not also keep it (`script_shared.txt`: 云, 凶, 于, 台, 里 are at home in both) and the other
script's copy does not use it commonly (`common_hanzi.txt`). A run of
marks is reported only when opencc, converting the run in its clause, really changes it, so
variants that opencc maps only inside certain phrases (皇后, 显著, 乾隆) never raise an alarm.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..analysis.script import OTHER, in_japanese, mark_pattern, mixed_paragraphs
from ..analysis.words import word_of_variant
from ..contract import Placeholder, Variant, check
from ..diagnostic import Applicability, Edit, Finding
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

_CLAUSE_END = "，。、；：？！,.;:?!（）()“”‘’「」《》\n\r\t 　"
_CONTEXT = 8


@functools.cache
def _converter(config: str):
    import opencc  # heavy: imported when the rule first runs
    return opencc.OpenCC(config)


def _runs(text: str, script: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Runs of the script's marks in text[start:end]: marks less than five characters apart, on
    one line (a converted clause has neutral characters and punctuation between its marks:
    教育局补充，国中新生以学). Yields (start, end), as `mark(?:[^\n\r\ud800-\udfff]{0,4}mark)*`
    would match them."""
    first = last = None
    for match in mark_pattern(script).finditer(text, start, end):
        k = match.start()
        if last is not None and first is not None and k - last < 5 and not _breaks(text[last:k]):
            last = k + 1
            continue
        if last is not None and first is not None:
            yield first, last
        first, last = k, k + 1
    if last is not None and first is not None:
        yield first, last


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
    """A run of characters in the other script, with its conversion."""
    start: int
    end: int
    converted: str
    marks: int          # characters opencc changes in the run
    minority: str
    majority: str
    applicability: Applicability
    paragraph: int      # start of the paragraph the run is in


# Texts from this length drop the converters when their runs are found (see script_runs): their
# check takes a second or more, next to which loading the converters again is little.
_KEEP_CONVERTERS_BELOW = 200_000


# Simplified to traditional follows the Taiwan standard (s2tw), the traditional copy we test on.
_TO_TRADITIONAL = "s2tw"


def script_runs(doc: Any) -> list[ScriptRun]:
    """Runs of the other script inside each paragraph, with their conversion; shared by ENC008 and
    ENC009. The script is decided per paragraph (analysis.script.mixed_paragraphs), so a file that
    bundles whole articles of both scripts is not thousands of runs."""
    text = doc.text
    runs = []
    for paragraph in doc.shared(mixed_paragraphs):
        majority = paragraph.script
        minority = OTHER[majority]
        if majority == "simplified":
            config, applicability = "t2s", Applicability.SAFE
        else:
            # simplified to traditional is one-to-many (发: 發/髮): the fix is a suggestion
            config, applicability = _TO_TRADITIONAL, Applicability.UNSAFE
        convert = _converter(config).convert
        for run_start, run_end in _runs(text, minority, paragraph.start, paragraph.end):
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
            if in_japanese(text, start, end):
                continue   # Japanese beside kana (南国フルーツ): its forms are its own, not simplified
            runs.append(ScriptRun(start, end, converted[start - left:end - left], len(changed),
                                  minority, majority, applicability, paragraph.start))
    if len(text) >= _KEEP_CONVERTERS_BELOW:
        # opencc's simplified-to-traditional converter holds ~42 MiB (its phrase dictionary, loaded
        # in 60 ms): a long document would keep it through every later rule, at the top of its
        # peak memory. Short documents, checked many to a process, keep it.
        _converter.cache_clear()
    if runs:
        # Characters of a mis-decoded span (鍙戝睍…) are damage, not the other script: the
        # mojibake rules report the span with its original; converting its pieces would be noise.
        from ..analysis.mojibake import mojibake_spans
        damaged = doc.shared(mojibake_spans)
        runs = [run for run in runs if not any(s.start < run.end and run.start < s.end for s in damaged)]
    return runs


# How many runs a message names before it says how many more there are.
_NAMED = 6

_SCRIPTS = ("simplified", "traditional")  # term keys: the entry words them
SCRIPT = Placeholder("script", "混入的字形", "the script that slipped in", terms=_SCRIPTS)
MAJORITY = Placeholder("majority", "段落本身的字形", "the script the paragraph is in", terms=_SCRIPTS)
RUNS = Placeholder("runs", "段落中每处异体字及其转换，如“臺灣”→“台湾”（最多列出六处）",
                   "each run of the other script in the paragraph with its conversion, “臺灣”→“台湾” (six at most)")
COUNT = Placeholder("count", "段落中的处数", "how many runs the paragraph holds")
_VARIANTS = {"": Variant(provides=(SCRIPT, MAJORITY, RUNS, COUNT), fix=True)}


def _findings(doc: Any, keep: Callable[[ScriptRun], bool]) -> Iterator[Finding]:
    """One finding per paragraph: its runs that `keep` takes (by their number of marks), each
    converted by its own edit."""
    text = doc.text
    group: list[ScriptRun] = []
    for run in [*doc.shared(script_runs), None]:
        if group and (run is None or run.paragraph != group[0].paragraph):
            first, last = group[0], group[-1]
            named = "、".join(f"“{text[r.start:r.end]}”→“{r.converted}”" for r in group[:_NAMED])
            if len(group) > _NAMED:
                named += "…"
            yield Finding(first.start, last.end,
                          {"runs": named, "count": len(group), "script": first.minority,
                           "majority": first.majority},
                          tuple(Edit(r.start, r.end, r.converted) for r in group), first.applicability)
            group = []
        if run is not None and keep(run):
            group.append(run)


@check(variants=_VARIANTS)
def mixed_script(doc: Any, rule: Any) -> Iterator[Finding]:
    """Runs of two or more characters of the other script in a paragraph: pasted or converted text."""
    return _findings(doc, lambda run: run.marks >= 2)


@check(variants=_VARIANTS)
def script_variant_character(doc: Any, rule: Any) -> Iterator[Finding]:
    """Single characters of the other script among the right ones: a slip, or a name kept as is."""
    newsroom = tuple((doc.settings or {}).get("words", ()) or ())
    # A single character is a slip only when its conversion completes a real word (傳统 → 傳統);
    # in a name (劉悦德, 山澤礼明), a dialect particle or a typo it completes none, and the
    # conversion would be a guess: then the rule says nothing.
    return _findings(doc, lambda run: run.marks == 1
                     and word_of_variant(doc.text, run.start, run.end, run.converted, newsroom) is not None)
