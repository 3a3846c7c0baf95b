"""The language server: jiaodui's findings in the editor, as the text is typed.

It checks exactly as the CLI does: the configuration found by ConfigFinder from the document's
path, Markdown and HTML through checker/formats, the document checked in memory by
runner.check_one, fixes taken from the diagnostics (and `--fix`'s own loop for "fix all").
Nothing here knows a rule.

Threads: the protocol runs on the asyncio loop; every check runs on one worker thread, one at a
time, so the configuration finder and the engine are never used by two threads at once. A check
result reaches the editor only if its text is still the current one (checker/lsp/schedule.py).
"""
from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path
from pygls.workspace import PositionCodec

from .. import __version__, formats, runner
from ..config import Config, ConfigError, ConfigFinder
from ..diagnostic import Applicability, Diagnostic, Severity, printable
from ..document import Document, surrogate_runs
from ..registry import Rule, RuleDefinitionError, load_rules
from .positions import Text
from .schedule import Scheduler

log = logging.getLogger(__name__)

SOURCE = "jiaodui"
FIX_ALL = "source.fixAll.jiaodui"
ADD_WORD = "jiaodui.addWord"
CHECK_WORKSPACE = "jiaodui.checkWorkspace"
CONFIG_NAMES = ("jiaodui.toml", "pyproject.toml")
DEFAULT_DEBOUNCE = 0.3      # seconds of quiet typing before a check
# The rule families whose findings may be a word the newsroom uses on purpose (a name, a term).
WORD_FAMILIES = ("TYPO", "DUP")

_SEVERITY = {Severity.ERROR: types.DiagnosticSeverity.Error, Severity.WARNING: types.DiagnosticSeverity.Warning,
             Severity.INFO: types.DiagnosticSeverity.Information}
# languageId (for a buffer whose name has no telling extension) -> the format layer's name
_LANGUAGES = {"markdown": "markdown", "html": "html"}

_WORDS: dict[str, dict[str, str]] = {
    "zh": {"safe": "安全修复", "unsafe": "不安全修复，请核对", "display": "仅供参考，不自动修改",
           "fix": "修复", "what": "检查什么", "why": "为什么重要", "more": "完整说明",
           "verified": "已核对", "add-word": "把“{word}”加入本社词表（{file}）",
           "fix-all": "jiaodui：应用全部安全修复", "unsafe-title": "（不安全，请核对）",
           "problem": "jiaodui 未检查此文件：{reason}"},
    "en": {"safe": "safe fix", "unsafe": "unsafe fix: review it", "display": "advice only, never applied",
           "fix": "Fix", "what": "What it checks", "why": "Why it matters", "more": "Full documentation",
           "verified": "Verified", "add-word": "Add “{word}” to the house word list ({file})",
           "fix-all": "jiaodui: apply every safe fix", "unsafe-title": " (unsafe: review it)",
           "problem": "jiaodui did not check this file: {reason}"},
}


@dataclass
class Checked:
    """One check of one version of a document's text."""
    text: Text
    generation: int
    diagnostics: list[Diagnostic] = field(default_factory=list)
    verified: list[Diagnostic] = field(default_factory=list)     # statements proved right (hover only)
    published: list[types.Diagnostic] = field(default_factory=list)
    config: Config | None = None
    lang: str = "zh"


@dataclass
class OpenDocument:
    """A document the editor has open: its text, version and last findings."""
    text: Text
    version: int | None
    language_id: str
    checked: Checked | None = None


def _stamp(path: Path | None) -> tuple[int, int] | None:
    try:
        info = os.stat(path) if path is not None else None
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size) if info is not None else None


class JiaoduiServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("jiaodui", __version__)
        self.documents: dict[str, OpenDocument] = {}
        self.debounce = DEFAULT_DEBOUNCE
        self.scheduler: Scheduler | None = None
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jiaodui-check")
        self._rules: tuple[Rule, ...] | None = None
        self._finder: ConfigFinder | None = None
        # The files configurations were read from (configuration and words files): a change
        # to any of them (seen by its stamp before each check) reloads every configuration.
        self._stamps: dict[Path, tuple[int, int] | None] = {}
        self.words_files: set[Path] = set()
        self._tasks: set[asyncio.Future[Any]] = set()
        self.shut_down = False

    # -- configuration ---------------------------------------------------------------------

    @property
    def rules(self) -> tuple[Rule, ...]:
        if self._rules is None:
            self._rules = load_rules()
        return self._rules

    def reload(self) -> None:
        """Forget every configuration read: the next check finds and reads them again."""
        self._finder = None
        self._stamps = {}

    def _stale(self) -> bool:
        return any(_stamp(path) != stamp for path, stamp in self._stamps.items())

    def config_for(self, path: str) -> Config:
        """The configuration the CLI would use for `path` (raises ConfigError)."""
        if self._finder is None or self._stale():
            self._finder, self._stamps = ConfigFinder(self.rules), {}
        config = self._finder.for_path(path)
        for source in (config.path, config.words_file):
            if source is not None and source not in self._stamps:
                self._stamps[source] = _stamp(source)
        if config.words_file is not None:
            self.words_files.add(config.words_file)
        return config

    def path_of(self, uri: str) -> str:
        """The file path of a document (for an unsaved buffer: a name in the workspace's root,
        so that the workspace's configuration applies)."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path:
            return path
        root = self.workspace.root_path if self.protocol.workspace is not None else None
        return os.path.join(root or os.getcwd(), uri.rsplit("/", 1)[-1] or "untitled")

    # -- checking (on the worker thread) -----------------------------------------------------

    def check_text(self, uri: str, text: Text, language_id: str, generation: int, codec: PositionCodec,
                   fix: bool = False) -> tuple[Checked, str | None]:
        """Check one text as the CLI checks a file; with `fix`, also the text `--fix` would write."""
        path = self.path_of(uri)
        checked = Checked(text, generation)
        fmt = formats.format_of(path)
        if fmt == "docx":   # a Word document is never open as text: nothing to check here
            return checked, None
        forced = _LANGUAGES.get(language_id) if fmt == "plain" else None
        try:
            config = self.config_for(path)
        except (ConfigError, RuleDefinitionError) as exc:
            checked.published = [self._problem(str(exc), "zh")]
            return checked, None
        checked.config, checked.lang = config, config.lang
        options = runner.Options(format_in=forced, cache=None, show_verified=not fix, fix=fix)
        doc = Document(path, text.text, undecodable=surrogate_runs(text.text))
        result = runner.check_one(doc, config, options)
        for crash in result.crashes:
            log.error("rule %s crashed on %s: %s\n%s", crash.rule_id, path, crash.error, crash.trace)
        if result.report is None or result.problems:
            checked.published = [self._problem(problem, config.lang) for problem in result.problems]
            return checked, None
        if fix:
            return checked, result.fixed_text
        checked.diagnostics = result.report.diagnostics
        checked.verified = result.report.verified
        checked.published = [self.to_lsp(d, text, codec) for d in checked.diagnostics]
        return checked, None

    def _problem(self, reason: str, lang: str) -> types.Diagnostic:
        """A file that could not be checked says so where the editor looks, never "no findings"."""
        words = _WORDS["en" if lang == "en" else "zh"]
        start = types.Position(0, 0)
        return types.Diagnostic(range=types.Range(start, start), message=words["problem"].format(reason=reason),
                                severity=types.DiagnosticSeverity.Error, source=SOURCE)

    @staticmethod
    def to_lsp(diagnostic: Diagnostic, text: Text, codec: PositionCodec) -> types.Diagnostic:
        return types.Diagnostic(range=text.range(diagnostic.start, diagnostic.end, codec),
                                message=printable(diagnostic.message), severity=_SEVERITY[diagnostic.severity],
                                code=diagnostic.rule_id, source=SOURCE)

    # -- scheduling (on the loop) --------------------------------------------------------------

    @property
    def codec(self) -> PositionCodec:
        return self.workspace.position_codec

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def start_check(self, uri: str, generation: int) -> None:
        self._spawn(self.run_check(uri, generation))

    async def run_check(self, uri: str, generation: int) -> Checked | None:
        """Check the current text of `uri` (of this generation) and publish the result, unless a
        newer text came meanwhile."""
        document = self.documents.get(uri)
        scheduler = self.scheduler
        if document is None or scheduler is None or not scheduler.wanted(uri, generation):
            return None
        text, version, codec = document.text, document.version, self.codec

        def work() -> Checked | None:
            if not scheduler.wanted(uri, generation):   # queued behind a check and overtaken
                return None
            return self.check_text(uri, text, document.language_id, generation, codec)[0]

        checked = await asyncio.get_running_loop().run_in_executor(self.pool, work)
        if checked is None or not scheduler.wanted(uri, generation) or self.documents.get(uri) is not document:
            return None
        document.checked = checked
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=checked.published, version=version))
        return checked

    async def current(self, uri: str) -> Checked | None:
        """The check of the text the editor shows now: the last one, or a new one at once."""
        document = self.documents.get(uri)
        if document is None or self.scheduler is None:
            return None
        generation = self.scheduler.generation(uri)
        if document.checked is not None and document.checked.generation == generation:
            return document.checked
        return await self.run_check(uri, generation)

    def recheck_all(self) -> None:
        if self.scheduler is not None:
            for uri in list(self.documents):
                self.scheduler.now(uri)

    # -- code actions and hover ------------------------------------------------------------

    def code_actions(self, uri: str, checked: Checked, params: types.CodeActionParams) -> list[types.CodeAction]:
        codec, text = self.codec, checked.text
        start = text.offset(params.range.start, codec)
        end = text.offset(params.range.end, codec)
        words = _WORDS["en" if checked.lang == "en" else "zh"]
        only = params.context.only
        actions: list[types.CodeAction] = []
        wants_quickfix = not only or any(types.CodeActionKind.QuickFix.startswith(kind) for kind in only)
        for diagnostic, published in zip(checked.diagnostics, checked.published):
            if not wants_quickfix or diagnostic.start > end or diagnostic.end < start:
                continue
            fix = diagnostic.fix
            if fix is not None and fix.applicability != Applicability.DISPLAY:
                safe = fix.applicability == Applicability.SAFE
                title = (fix.message or words["fix"]) + ("" if safe else words["unsafe-title"])
                edits = [types.TextEdit(range=text.range(e.start, e.end, codec), new_text=e.replacement)
                         for e in fix.edits]
                actions.append(types.CodeAction(
                    title=f"{title} [{diagnostic.rule_id}]", kind=types.CodeActionKind.QuickFix,
                    diagnostics=[published], is_preferred=safe,
                    edit=self._edit(uri, edits)))
            word = text.text[diagnostic.start:diagnostic.end]
            config = checked.config
            if (diagnostic.rule_id.startswith(WORD_FAMILIES) and config is not None
                    and config.words_file is not None and word and not any(ch.isspace() for ch in word)
                    and word not in config.words):
                actions.append(types.CodeAction(
                    title=words["add-word"].format(word=word, file=config.words_file.name),
                    kind=types.CodeActionKind.QuickFix, diagnostics=[published],
                    command=types.Command(title=words["add-word"].format(word=word, file=config.words_file.name),
                                          command=ADD_WORD, arguments=[str(config.words_file), word])))
        wants_fix_all = (only is None and any(self._fixable(d) for d in checked.diagnostics)) or (
            only is not None and any(FIX_ALL.startswith(kind) for kind in only))
        if wants_fix_all:
            actions.append(types.CodeAction(title=words["fix-all"], kind=FIX_ALL,
                                            data={"uri": uri, "generation": checked.generation}))
        return actions

    @staticmethod
    def _fixable(diagnostic: Diagnostic) -> bool:
        return diagnostic.fix is not None and diagnostic.fix.applicability == Applicability.SAFE

    def _edit(self, uri: str, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
        document = self.documents.get(uri)
        capabilities = self.client_capabilities.workspace
        versioned = (capabilities is not None and capabilities.workspace_edit is not None
                     and capabilities.workspace_edit.document_changes)
        if versioned and document is not None:
            identifier = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=document.version)
            return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
                text_document=identifier, edits=list[types.TextEdit | types.AnnotatedTextEdit](edits))])
        return types.WorkspaceEdit(changes={uri: edits})

    async def fix_all(self, uri: str) -> types.WorkspaceEdit | None:
        """Every safe fix, applied as `jiaodui --fix` applies them (until the text settles), as
        one edit of the part of the text that changes."""
        document = self.documents.get(uri)
        if document is None or self.scheduler is None:
            return None
        text, codec, generation = document.text, self.codec, self.scheduler.generation(uri)
        _, fixed = await asyncio.get_running_loop().run_in_executor(
            self.pool, lambda: self.check_text(uri, text, document.language_id, generation, codec, fix=True))
        if fixed is None or fixed == text.text:
            return None
        start = 0
        limit = min(len(fixed), len(text.text))
        while start < limit and fixed[start] == text.text[start]:
            start += 1
        end = 0
        while end < limit - start and fixed[-1 - end] == text.text[-1 - end]:
            end += 1
        edit = types.TextEdit(range=text.range(start, len(text.text) - end, codec),
                              new_text=fixed[start:len(fixed) - end])
        return self._edit(uri, [edit])

    def hover(self, checked: Checked, position: types.Position) -> types.Hover | None:
        text, codec = checked.text, self.codec
        offset = text.offset(position, codec)
        lang = "en" if checked.lang == "en" else "zh"
        found = [d for d in [*checked.diagnostics, *checked.verified]
                 if d.start <= offset < d.end or d.start == d.end == offset]
        if not found:
            return None
        by_id = {rule.id: rule for rule in self.rules}
        parts = [self._explain(d, by_id.get(d.rule_id), lang, d in checked.verified) for d in found]
        first = min(d.start for d in found)
        last = max(d.end for d in found)
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
                           range=text.range(first, last, codec))

    @staticmethod
    def _explain(diagnostic: Diagnostic, rule: Rule | None, lang: str, verified: bool) -> str:
        words = _WORDS[lang]
        head = f"**{diagnostic.rule_id}** `{diagnostic.name}`"
        if verified:
            head += f" · {words['verified']}"
        lines = [head, "", _markdown_text(printable(diagnostic.message))]
        if diagnostic.fix is not None:
            kind = words[diagnostic.fix.applicability.value]
            lines += ["", f"{words['fix']}：{_markdown_text(diagnostic.fix.message)}（{kind}）" if lang == "zh"
                      else f"{words['fix']}: {_markdown_text(diagnostic.fix.message)} ({kind})"]
        if rule is not None:
            sections = rule.doc_zh if lang == "zh" and rule.doc_zh else rule.doc
            for key in ("what", "why"):
                if sections.get(key):
                    lines += ["", f"*{words[key]}*", "", sections[key].strip()]
            lines += ["", f"{words['more']}{'：' if lang == 'zh' else ': '}`jiaodui explain {rule.id}`"]
        return "\n".join(lines)

    # -- commands ----------------------------------------------------------------------------

    def add_word(self, words_file: str, word: str) -> bool:
        """Append `word` to a newsroom's words-file (one of the configurations' own, never any
        other path), then check every open document again."""
        path = Path(words_file)
        if path not in self.words_files:
            raise ValueError(f"{words_file} is not the words-file of any configuration in use")
        if not word or any(ch.isspace() for ch in word):
            raise ValueError(f"one word without spaces, not {word!r}")
        with open(path, "rb") as handle:
            existing = handle.read()
        with open(path, "ab") as handle:
            if existing and not existing.endswith((b"\n", b"\r")):
                handle.write(b"\n")
            handle.write(word.encode("utf-8") + b"\n")
        self.reload()
        self.recheck_all()
        return True

    def workspace_files(self) -> list[tuple[str, Checked]]:
        """Every file a `jiaodui` run over the workspace folders checks, from disk, except the
        open documents (their text in the editor is checked instead). On the worker thread."""
        from ..discovery import iter_files
        folders = [to_fs_path(f.uri) for f in self.workspace.folders.values()] or [self.workspace.root_path]
        paths = [p for p in folders if p]
        codec = self.codec
        found: list[tuple[str, Checked]] = []
        finder = self._finder or ConfigFinder(self.rules)
        open_paths = {self.path_of(uri) for uri in self.documents}
        for path, config in iter_files(paths, finder, on_error=lambda error: log.warning("%s", error)):
            uri = from_fs_path(path) or path
            if path in open_paths:
                continue
            result = runner.read_and_check(path, config, runner.Options(cache=None))
            checked = Checked(Text(""), 0, config=config, lang=config.lang)
            if result.report is not None:
                checked.text = Text(result.report.document.text)
                checked.diagnostics = result.report.diagnostics
                checked.published = [self.to_lsp(d, checked.text, codec) for d in checked.diagnostics]
            checked.published += [self._problem(problem, config.lang) for problem in result.problems]
            found.append((uri, checked))
        return found


def _markdown_text(text: str) -> str:
    """Plain text shown as Markdown: the characters Markdown would read as markup escaped."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|~" else ch for ch in text)


def build(debounce: float | None = None) -> JiaoduiServer:
    """A language server with every feature registered (not started)."""
    from ..analysis.words import keep_lexicon_in_memory
    keep_lexicon_in_memory()    # never mapped: a file rewritten in place under a mapping is SIGBUS
    server = JiaoduiServer()
    if debounce is not None:
        server.debounce = debounce

    @server.feature(types.INITIALIZE)
    def initialize(ls: JiaoduiServer, params: types.InitializeParams) -> None:
        options = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("debounce"), (int, float)):
            ls.debounce = max(0.0, float(options["debounce"]))
        loop = asyncio.get_running_loop()
        ls.scheduler = Scheduler(loop.call_later, ls.start_check, ls.debounce)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: JiaoduiServer, params: types.InitializedParams) -> None:
        workspace = ls.client_capabilities.workspace
        watched = workspace.did_change_watched_files if workspace is not None else None
        if watched is not None and watched.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_NAMES]
            await ls.client_register_capability_async(types.RegistrationParams(registrations=[types.Registration(
                id="jiaodui-configuration", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))]))

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: JiaoduiServer, params: None) -> None:
        ls.shut_down = True

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: JiaoduiServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        ls.documents[item.uri] = OpenDocument(Text(item.text), item.version, item.language_id)
        if ls.scheduler is not None:
            ls.scheduler.changed(item.uri)
            ls.scheduler.now(item.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: JiaoduiServer, params: types.DidChangeTextDocumentParams) -> None:
        document = ls.documents.get(params.text_document.uri)
        if document is None:
            return
        text = document.text
        for change in params.content_changes:
            text = text.apply(change, ls.codec)
        document.text, document.version = text, params.text_document.version
        if ls.scheduler is not None:
            ls.scheduler.later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: JiaoduiServer, params: types.DidSaveTextDocumentParams) -> None:
        path = ls.path_of(params.text_document.uri)
        if os.path.basename(path) in CONFIG_NAMES or Path(path) in ls.words_files:
            ls.reload()
            ls.recheck_all()
        elif params.text_document.uri in ls.documents and ls.scheduler is not None:
            ls.scheduler.now(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: JiaoduiServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.documents.pop(uri, None)
        if ls.scheduler is not None:
            ls.scheduler.forget(uri)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched(ls: JiaoduiServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.reload()
        ls.recheck_all()

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL], resolve_provider=True))
    async def code_action(ls: JiaoduiServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        checked = await ls.current(uri)
        if checked is None:
            return None
        actions = ls.code_actions(uri, checked, params)
        explicit = params.context.only is not None
        resolvable = _resolves_edits(ls.client_capabilities)
        kept = []
        for action in actions:
            if action.kind == FIX_ALL and (explicit or not resolvable):
                # Asked for by kind (a "fix all" command, on save): the edit now. Offered with
                # the quick fixes to a client that cannot resolve it later: not offered at all,
                # rather than paying for --fix on every cursor move.
                if not explicit:
                    continue
                action.edit = await ls.fix_all(uri)
                action.data = None
                if action.edit is None:
                    continue
            kept.append(action)
        return kept

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def code_action_resolve(ls: JiaoduiServer, action: types.CodeAction) -> types.CodeAction:
        if action.kind == FIX_ALL and isinstance(action.data, dict) and isinstance(action.data.get("uri"), str):
            action.edit = await ls.fix_all(action.data["uri"])
        return action

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: JiaoduiServer, params: types.HoverParams) -> types.Hover | None:
        checked = await ls.current(params.text_document.uri)
        return ls.hover(checked, params.position) if checked is not None else None

    @server.command(ADD_WORD)
    def add_word(ls: JiaoduiServer, *arguments: Any) -> bool:
        if len(arguments) != 2 or not all(isinstance(a, str) for a in arguments):
            raise ValueError(f"{ADD_WORD} takes the words-file and the word")
        return ls.add_word(arguments[0], arguments[1])

    @server.command(CHECK_WORKSPACE)
    async def check_workspace(ls: JiaoduiServer, *arguments: Any) -> dict[str, int]:
        found = await asyncio.get_running_loop().run_in_executor(ls.pool, ls.workspace_files)
        for uri, checked in found:
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=checked.published))
        return {"files": len(found), "diagnostics": sum(len(checked.published) for _, checked in found)}

    return server


def _resolves_edits(capabilities: types.ClientCapabilities) -> bool:
    document = capabilities.text_document
    action = document.code_action if document is not None else None
    support = action.resolve_support if action is not None else None
    return support is not None and "edit" in support.properties


def serve(debounce: float | None = None) -> bool:
    """Run the server over standard input and output until the client exits; True when the
    client asked it to shut down first (as the protocol wants), False when the connection ended
    without that."""
    server = build(debounce)
    server.start_io()
    server.pool.shutdown(wait=False, cancel_futures=True)
    return server.shut_down
