"""The command line's messages on stderr in Chinese, with the English after them.

Errors and notices are written in English where they arise (source, config, baseline, runner:
the API and the language server pass them on as they are). The command line prints them for an
editor: in Chinese, the English kept in brackets (a message searched for on the web, or quoted
in a bug report, still matches), or in English only with `--lang en`. Each entry below is the
English wording as a pattern and its Chinese; a message no entry knows is printed as it is.
tests/test_messages.py produces each message through the real code and checks it is translated.
"""
from __future__ import annotations

import re

# Why a path could not be read or was passed over: the end of "path: reason" messages.
_REASONS: list[tuple[str, str]] = [
    (r"no such file or directory", "没有这个文件或目录"),
    (r"permission denied \(cannot read it\)", "权限不足，无法读取"),
    (r"symlink loop \(the link points, directly or not, back to itself\)", "符号链接成环（直接或间接指向自身）"),
    (r"broken symlink \(what it points to does not exist\)", "符号链接已断开（指向的目标不存在）"),
    (r"file name too long", "文件名过长"),
    (r"binary file \(NUL bytes\), skipped", "二进制文件（含 NUL 字节），已跳过"),
    (r"binary file \(control characters\), skipped", "二进制文件（含控制字符），已跳过"),
    (r"damaged UTF-16 \(no BOM\): cannot be read without altering it, skipped",
     "UTF-16 文本已损坏（无 BOM）：不改动就无法读取，已跳过"),
    (r"skipped: over the (?P<limit>[\d,]+)-byte limit \(the file is (?P<size>[\d,]+) bytes; see max-file-size\)",
     "已跳过：超过 {limit} 字节的上限（文件有 {size} 字节；见 max-file-size）"),
    (r"skipped: over the (?P<limit>[\d,]+)-byte limit \(see max-file-size\)",
     "已跳过：超过 {limit} 字节的上限（见 max-file-size）"),
    (r"not valid (?P<codec>\S+): (?P<why>.+) at byte (?P<at>\d+)", "不是有效的 {codec} 文本：第 {at} 字节处 {why}"),
    (r"a directory, not a file that can be checked", "是目录，不是可检查的文件"),
    (r"directory not checked: permission denied \(cannot read it\)", "目录未检查：权限不足，无法读取"),
    (r"no configuration file", "没有这个配置文件"),
]

_WHOLE: list[tuple[str, str]] = [
    (r"(?P<path>.+): skipped, excluded by (?P<config>.+) \(exclude\)", "{path}：已跳过，被 {config} 的 exclude 排除"),
    (r"(?P<path>.+): no files to check \(include: (?P<include>.*)\)", "{path}：没有可检查的文件（include：{include}）"),
    (r"(?P<path>.+): skipped: (?P<kind>.+), not a regular file \(a directory walk reads regular files only\)",
     "{path}：已跳过：{kind}，不是普通文件（遍历目录时只读普通文件）"),
    (r"(?P<count>\d+) findings recorded in the baseline (?P<file>.+); only new ones are reported from now on",
     "已将 {count} 个问题记入基线 {file}；此后只报告新出现的问题"),
    (r"(?P<count>\d+) findings accepted by the baseline are not shown", "基线已接受的 {count} 个问题不再显示"),
    (r"--baseline (?P<file>.+): cannot read: (?P<why>.+)", "--baseline {file}：无法读取：{why}"),
    (r"--baseline (?P<file>.+): not JSON: (?P<why>.+)", "--baseline {file}：不是 JSON：{why}"),
    (r"--baseline (?P<file>.+): not a jiaodui baseline \(write one with --write-baseline\)",
     "--baseline {file}：不是 jiaodui 的基线文件（用 --write-baseline 生成）"),
    (r"--baseline (?P<file>.+): written by another version of jiaodui; write it again with --write-baseline",
     "--baseline {file}：由另一版本的 jiaodui 写出，请用 --write-baseline 重新生成"),
    (r"--baseline (?P<file>.+): a damaged entry \((?P<why>.*)\)", "--baseline {file}：有一条记录已损坏（{why}）"),
    (r"--write-baseline (?P<file>.+): cannot write: (?P<why>.+)", "--write-baseline {file}：无法写入：{why}"),
    (r"give at least one PATH \(or - for stdin\)", "请至少给出一个路径（或用 - 表示标准输入）"),
    (r"--jobs must be 1 or more, not (?P<jobs>.+)", "--jobs 至少为 1，不能是 {jobs}"),
    (r"--annotate takes exactly one \.docx PATH \(and no --fix or --diff\)",
     "--annotate 只接受一个 .docx 路径（且不能与 --fix 或 --diff 同用）"),
    (r"--output-file (?P<file>.+): is a directory", "--output-file {file}：是目录"),
    (r"--output-file (?P<file>.+): cannot write: (?P<why>.+)", "--output-file {file}：无法写入：{why}"),
    ((r"--output-file (?P<file>.+): is one of the files checked; the report was not written over it "
      r"\(name a file outside the checked paths\)"),
     "--output-file {file}：是被检查的文件之一，报告没有覆盖它（请指定检查范围以外的文件）"),
    (r"(?P<option>--select|--ignore): unknown rule or family (?P<rule>.+) \(see `jiaodui rules`\)",
     "{option}：没有规则或规则族 {rule}（见 `jiaodui rules`）"),
    (r"unknown rule (?P<rule>.+) \(see `jiaodui rules`\)", "没有规则 {rule}（见 `jiaodui rules`）"),
    (r"(?P<where>.+:\d+): jiaodui-(?P<action>\S+): unknown rule or family (?P<rule>.+) \(see `jiaodui rules`\)",
     "{where}：jiaodui-{action} 注释中的 {rule} 不是规则或规则族（见 `jiaodui rules`）"),
    (r"(?P<where>.+:\d+): jiaodui-(?P<action>\S+) names no rule \(give ids, families or names, e\.g\. NUM001 or DUP\)",
     "{where}：jiaodui-{action} 注释没有写规则（写规则编号、规则族或名称，如 NUM001 或 DUP）"),
    (r"(?P<where>.+:\d+): jiaodui-enable (?P<rules>.+) has no jiaodui-disable before it",
     "{where}：jiaodui-enable {rules} 之前没有对应的 jiaodui-disable"),
    (r"not fixed: (?P<files>.+): Word documents are not fixed \(use --annotate OUT\.docx for a copy with comments\)",
     "未修改：{files}：Word 文档不自动修改（用 --annotate OUT.docx 生成带批注的副本）"),
    ((r"internal error: rule (?P<rule>\S+) crashed on (?P<path>.+) \((?P<error>.*)\); its findings are missing, "
      r"the other rules ran; please report it"),
     "内部错误：规则 {rule} 在 {path} 上出错（{error}）；缺少它的结果，其余规则照常运行；请报告此问题"),
    (r"argument (?P<option>\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
     "参数 {option} 的取值 {value} 无效（可选：{choices}）"),
    (r"unrecognized arguments: (?P<arguments>.+)", "无法识别的参数：{arguments}"),
    (r"argument (?P<option>\S+): expected one argument", "参数 {option} 需要一个值"),
    (r"the following arguments are required: (?P<arguments>.+)", "缺少必需的参数：{arguments}"),
    (r"(?P<file>.+): unknown key '(?P<key>[^']+)'", "{file}：没有配置项 '{key}'"),
    (r"(?P<file>.+): key '(?P<key>[^']+)': unknown rule or family (?P<rule>.+) \(see `jiaodui rules`\)",
     "{file}：配置项 '{key}' 中的 {rule} 不是规则或规则族（见 `jiaodui rules`）"),
    (r"(?P<file>.+): not valid TOML: (?P<why>.+)", "{file}：不是有效的 TOML：{why}"),
    (r"(?P<file>.+?): cannot read the configuration: (?P<why>.+)", "{file}：无法读取配置：{why}"),
    (r"--encoding: unknown encoding (?P<encoding>.+) \(use e\.g\. utf-8, gb18030, big5, utf-16\)",
     "--encoding：没有编码 {encoding}（可用 utf-8、gb18030、big5、utf-16 等）"),
    (r"--max-file-size: not a size: (?P<value>.+) \(use a whole number of bytes or a size such as \"10MB\" or \"512KB\"\)",
     "--max-file-size：{value} 不是大小（写字节数，或“10MB”“512KB”这样的大小）"),
    (r"(?P<path>.+): a Word document cannot be read from standard input: give its path",
     "{path}：Word 文档不能从标准输入读取，请给出它的路径"),
    (r"--annotate (?P<path>.+): not a Word document \(\.docx\)", "--annotate {path}：不是 Word 文档（.docx）"),
]

_COMPILED_WHOLE = [(re.compile(pattern, re.DOTALL), zh) for pattern, zh in _WHOLE]
_COMPILED_REASONS = [(re.compile(f"(?P<path>.+?): {pattern}"), zh) for pattern, zh in _REASONS]


def chinese(message: str) -> str | None:
    """The Chinese of a message (its first line; a usage text after it is kept), or None."""
    first, newline, rest = message.partition("\n")
    for pattern, zh in _COMPILED_WHOLE:
        found = pattern.fullmatch(first)
        if found:
            values = found.groupdict()
            if "why" in values:   # an operating system's reason, in words of its own
                values["why"] = _reason(values["why"])
            return zh.format(**values) + newline + rest
    for pattern, zh in _COMPILED_REASONS:
        found = pattern.fullmatch(first)
        if found:
            values = found.groupdict()
            return f"{values.pop('path')}：{zh.format(**values)}" + newline + rest
    return None


_BARE_REASONS = [(re.compile(pattern), zh) for pattern, zh in _REASONS]


def _reason(text: str) -> str:
    for pattern, zh in _BARE_REASONS:
        found = pattern.fullmatch(text)
        if found:
            return zh.format(**found.groupdict())
    return text


def for_editor(message: str, lang: str) -> str:
    """What the command line prints: Chinese with the English in brackets; English with --lang en."""
    if lang == "en":
        return message
    zh = chinese(message)
    if zh is None:
        return message
    first, newline, rest = zh.partition("\n")
    return f"{first}（{message.partition(chr(10))[0]}）{newline}{rest}"
