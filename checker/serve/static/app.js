// jiaodui serve: the proofreading page. Plain JavaScript, no build step, nothing from elsewhere.
// The server checks and fixes (POST /api/check, /api/fix, /api/upload, /api/annotate); this page
// shows the text with each finding underlined, the finding chosen, and the buttons.
"use strict";
(function () {
  const T = {
    "zh-Hans": {
      title: "校对 jiaodui", subtitle: "本地校对页 · 文本只在本机处理，不会上传", language: "界面语言",
      check: "检查", edit: "编辑原文", open: "打开文件…", applyAll: "全部安全修复", download: "下载校对后文本",
      annotate: "下载带批注的 DOCX", dropHere: "松开鼠标即可检查此文件",
      placeholder: "把稿件粘贴到这里（粘贴后自动检查），或把 .txt、.md、.html、.docx 文件拖进本页。",
      families: "按类别筛选", findings: "问题列表", detail: "当前问题",
      pick: "点击带下划线的文字，查看问题和修改办法。", none: "没有发现问题。", empty: "请先粘贴稿件或打开文件。",
      nOfM: "第 {i} 条，共 {n} 条", position: "第 {line} 行第 {col} 列", original: "原文", message: "问题",
      arithmetic: "算式", fix: "怎么改", applyFix: "应用此修复", ignore: "忽略此条",
      noFix: "没有自动修复：请按上面的说明人工核对、改正。",
      safe: "安全修复：“全部安全修复”会自动应用", unsafe: "请先核对：只在你点“应用此修复”时才改",
      display: "仅供参考，不会自动改", docx: "Word 文档不在此改写：修复仅供参考，可下载带批注的副本。",
      summary: "{n} 个问题：错误 {error} · 警告 {warning} · 提示 {info}", fixable: "可安全修复 {n} 条",
      applied: "已应用 {n} 处修复", nothingToFix: "没有可安全修复的问题", checking: "检查中…",
      ignored: "已忽略 {n} 条", restore: "全部恢复", edits: "共 {n} 处改动", crash: "内部错误：规则 {rule} 运行失败，它的结果缺失（请报告此问题）",
      network: "无法连接本地校对服务：它是否已停止？", more: "另有 {n} 处",
      error: "错误", warning: "警告", info: "提示", fileLabel: "文件：{name}（{encoding}）",
    },
    "zh-Hant": {
      title: "校對 jiaodui", subtitle: "本機校對頁 · 文字只在本機處理，不會上傳", language: "介面語言",
      check: "檢查", edit: "編輯原文", open: "開啟檔案…", applyAll: "全部安全修正", download: "下載校對後文字",
      annotate: "下載帶註解的 DOCX", dropHere: "放開滑鼠即可檢查此檔案",
      placeholder: "把稿件貼到這裡（貼上後自動檢查），或把 .txt、.md、.html、.docx 檔案拖進本頁。",
      families: "依類別篩選", findings: "問題清單", detail: "目前問題",
      pick: "點選帶底線的文字，查看問題和修改辦法。", none: "沒有發現問題。", empty: "請先貼上稿件或開啟檔案。",
      nOfM: "第 {i} 條，共 {n} 條", position: "第 {line} 行第 {col} 欄", original: "原文", message: "問題",
      arithmetic: "算式", fix: "怎麼改", applyFix: "套用此修正", ignore: "忽略此條",
      noFix: "沒有自動修正：請依上面的說明人工核對、改正。",
      safe: "安全修正：「全部安全修正」會自動套用", unsafe: "請先核對：只在你點「套用此修正」時才改",
      display: "僅供參考，不會自動改", docx: "Word 文件不在此改寫：修正僅供參考，可下載帶註解的副本。",
      summary: "{n} 個問題：錯誤 {error} · 警告 {warning} · 提示 {info}", fixable: "可安全修正 {n} 條",
      applied: "已套用 {n} 處修正", nothingToFix: "沒有可安全修正的問題", checking: "檢查中…",
      ignored: "已忽略 {n} 條", restore: "全部恢復", edits: "共 {n} 處改動", crash: "內部錯誤：規則 {rule} 執行失敗，它的結果缺失（請回報此問題）",
      network: "無法連線本機校對服務：它是否已停止？", more: "另有 {n} 處",
      error: "錯誤", warning: "警告", info: "提示", fileLabel: "檔案：{name}（{encoding}）",
    },
    en: {
      title: "jiaodui proofreader", subtitle: "local page · your text never leaves this machine", language: "Language",
      check: "Check", edit: "Edit text", open: "Open file…", applyAll: "Apply all safe fixes", download: "Download corrected text",
      annotate: "Download annotated DOCX", dropHere: "Drop the file to check it",
      placeholder: "Paste a story here (it is checked on paste), or drop a .txt, .md, .html or .docx file on the page.",
      families: "Filter by family", findings: "Findings", detail: "Selected finding",
      pick: "Click underlined text to see the problem and how to fix it.", none: "No problems found.", empty: "Paste a story or open a file first.",
      nOfM: "finding {i} of {n}", position: "line {line}, column {col}", original: "Text", message: "Problem",
      arithmetic: "Arithmetic", fix: "How to fix", applyFix: "Apply this fix", ignore: "Ignore",
      noFix: "No automatic fix: check and correct it by hand as described above.",
      safe: "Safe fix: \u201capply all safe fixes\u201d applies it", unsafe: "Review first: applied only when you click \u201capply this fix\u201d",
      display: "Advice only, never applied", docx: "A Word document is not rewritten here: fixes are advice; download an annotated copy.",
      summary: "{n} findings: {error} errors · {warning} warnings · {info} info", fixable: "{n} safely fixable",
      applied: "{n} fixes applied", nothingToFix: "Nothing to fix safely", checking: "Checking…",
      ignored: "{n} ignored", restore: "restore all", edits: "{n} changes", crash: "Internal error: rule {rule} failed, its findings are missing (please report it)",
      network: "Cannot reach the local jiaodui server: has it stopped?", more: "{n} more",
      error: "error", warning: "warning", info: "info", fileLabel: "File: {name} ({encoding})",
    },
  };
  const FAMILY = {
    ENC: {"zh-Hans": "乱码与编码", "zh-Hant": "亂碼與編碼", en: "Encoding, mojibake"},
    PUNC: {"zh-Hans": "标点", "zh-Hant": "標點", en: "Punctuation"},
    NUM: {"zh-Hans": "数字与计算", "zh-Hant": "數字與計算", en: "Numbers, arithmetic"},
    DATE: {"zh-Hans": "日期", "zh-Hant": "日期", en: "Dates"},
    DUP: {"zh-Hans": "重复", "zh-Hant": "重複", en: "Repetition"},
    TYPO: {"zh-Hans": "错别字与用词", "zh-Hant": "錯別字與用詞", en: "Typos, wording"},
    LAYOUT: {"zh-Hans": "版面与结构", "zh-Hant": "版面與結構", en: "Layout"},
  };
  const RANK = {error: 3, warning: 2, info: 1};
  const $ = (id) => document.getElementById(id);

  const state = {
    lang: pickLanguage(), text: "", filename: null, format: null, encoding: null, fixable: true,
    docx: null, result: null, selected: null, hidden: new Set(), ignored: new Set(), cycle: 0,
  };

  function pickLanguage() {
    const asked = new URLSearchParams(location.search).get("lang");
    let stored = null;
    try { stored = localStorage.getItem("jiaodui-lang"); } catch (e) { stored = null; }
    // Chinese by default (traditional where the browser asks for it); English when chosen.
    const wanted = asked || stored || "";
    if (T[wanted]) return wanted;
    if (/^zh-(hant|tw|hk|mo)/i.test(wanted || navigator.language || "")) return "zh-Hant";
    return "zh-Hans";
  }

  function t(key, values) {
    let text = (T[state.lang] && T[state.lang][key]) || T["zh-Hans"][key] || key;
    for (const [name, value] of Object.entries(values || {})) text = text.split("{" + name + "}").join(String(value));
    return text;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // ---- talking to the server --------------------------------------------------------------

  async function post(path, body, query) {
    const url = path + (query ? "?" + new URLSearchParams(query).toString() : "");
    const binary = body instanceof ArrayBuffer || body instanceof Blob;
    let response;
    try {
      response = await fetch(url, {
        method: "POST", body: binary ? body : JSON.stringify(body),
        headers: {"Content-Type": binary ? "application/octet-stream" : "application/json"},
      });
    } catch (e) {
      showBanner(t("network"));
      throw e;
    }
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      let message = response.status + " " + response.statusText;
      if (type.startsWith("application/json")) {
        const error = (await response.json()).error || {};
        message = (state.lang === "en" ? error.message : error.message_zh) || error.message || message;
      }
      showBanner(message);
      throw new Error(message);
    }
    return type.startsWith("application/json") ? response.json() : response.blob();
  }

  function messageLang() { return state.lang === "en" ? "en" : "zh"; }

  function request(extra) {
    const body = {text: state.text, lang: messageLang(), offsets: "utf-16"};
    if (state.filename) body.filename = state.filename;
    if (state.format && state.format !== "docx") body.format = state.format;
    return Object.assign(body, extra || {});
  }

  function showBanner(message) {
    const banner = $("banner");
    banner.textContent = message;
    banner.hidden = !message;
  }

  function setStatus(message) { $("status").textContent = message || ""; }

  // ---- actions ----------------------------------------------------------------------------

  async function check() {
    if ($("input").hidden === false) {
      if (state.text !== $("input").value) { state.docx = null; state.fixable = true; if (state.format === "docx") { state.format = null; state.filename = null; } }
      state.text = $("input").value;
    }
    if (!state.text) { showBanner(t("empty")); return; }
    showBanner("");
    setStatus(t("checking"));
    const result = await post("/api/check", request());
    state.selected = null;
    show(result);
  }

  function show(result, near) {
    state.result = result;
    const visible = visibleFindings();
    if (near !== undefined && visible.length) {
      state.selected = (visible.find((d) => d.end >= near) || visible[visible.length - 1]).index;
    } else if (state.selected === null || !result.diagnostics[state.selected]) {
      state.selected = visible.length ? visible[0].index : null;
    }
    $("input").hidden = true;
    $("doc").hidden = false;
    for (const crash of result.crashes || []) showBanner(t("crash", {rule: crash.rule}));
    render();
  }

  async function applyFixes(diagnostics) {
    showBanner("");
    const near = diagnostics.length ? diagnostics[0].start : undefined;
    const answer = await post("/api/fix", request({apply: diagnostics.map((d) => ({rule: d.rule, start: d.start, end: d.end}))}));
    state.text = answer.text;
    show(answer.check, near);
    setStatus(t("applied", {n: answer.applied}) + " · " + summaryLine());
  }

  async function applyAllSafe() {
    if (!state.result) await check();
    showBanner("");
    const answer = await post("/api/fix", request());
    state.text = answer.text;
    state.selected = null;
    show(answer.check);
    setStatus((answer.applied ? t("applied", {n: answer.applied}) : t("nothingToFix")) + " · " + summaryLine());
  }

  function download() {
    if ($("input").hidden === false) state.text = $("input").value;
    const name = downloadName();
    save(new Blob([state.text], {type: "text/plain;charset=utf-8"}), name);
  }

  function downloadName() {
    const name = state.filename && state.format !== "docx" ? state.filename : "jiaodui.txt";
    const dot = name.lastIndexOf(".");
    return dot > 0 ? name.slice(0, dot) + ".jiaodui" + name.slice(dot) : name + ".jiaodui.txt";
  }

  async function annotate() {
    if (!state.docx) return;
    const blob = await post("/api/annotate", state.docx, {filename: state.filename, lang: messageLang()});
    save(blob, state.filename.replace(/\.docx$/i, "") + ".jiaodui.docx");
  }

  function save(blob, name) {
    const link = el("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  async function openFile(file) {
    if (!file) return;
    showBanner("");
    setStatus(t("checking"));
    const data = await file.arrayBuffer();
    const answer = await post("/api/upload", data, {filename: file.name, lang: messageLang(), offsets: "utf-16"});
    state.filename = answer.filename;
    state.format = answer.format;
    state.encoding = answer.encoding;
    state.fixable = answer.fixable;
    state.docx = answer.format === "docx" ? data : null;
    state.text = answer.text;
    $("input").value = answer.text;
    state.selected = null;
    show(answer.check);
  }

  function edit() {
    $("input").value = state.text;
    $("input").hidden = false;
    $("doc").hidden = true;
    $("input").focus();
  }

  // ---- what is shown ----------------------------------------------------------------------

  function findingKey(d) {
    return d.rule + "|" + d.original + "|" + state.text.slice(Math.max(0, d.start - 8), d.start);
  }

  function visibleFindings() {
    if (!state.result) return [];
    return state.result.diagnostics.filter((d) => !state.hidden.has(d.family) && !state.ignored.has(findingKey(d)));
  }

  function summaryLine() {
    const s = state.result.summary;
    const parts = [t("summary", {n: s.total, error: s.error, warning: s.warning, info: s.info})];
    if (state.fixable && s.fixable.safe) parts.push(t("fixable", {n: s.fixable.safe}));
    return parts.join(" · ");
  }

  function render() {
    applyLanguage();
    const hasResult = !!state.result;
    $("apply-all").disabled = !hasResult || !state.fixable;
    $("download").disabled = !state.fixable && !state.text;
    $("annotate").hidden = !state.docx;
    const label = $("filename");
    label.hidden = !state.filename;
    if (state.filename) label.textContent = t("fileLabel", {name: state.filename, encoding: state.encoding || "utf-8"});
    if (!hasResult) return;
    setStatus(summaryLine());
    renderDoc();
    renderFamilies();
    renderList();
    renderDetail();
  }

  // The text as segments: each stretch covered by the same findings is one <span class="f">,
  // underlined in the colour of its most severe finding; a finding of no width is a caret.
  function renderDoc() {
    const doc = $("doc");
    doc.textContent = "";
    const text = state.text;
    const findings = visibleFindings();
    const points = new Set([0, text.length]);
    for (const d of findings) { points.add(d.start); points.add(d.end); }
    const sorted = Array.from(points).sort((a, b) => a - b);
    const starts = new Map(), ends = new Map(), carets = new Map();
    for (const d of findings) {
      if (d.start === d.end) { (carets.get(d.start) || carets.set(d.start, []).get(d.start)).push(d); continue; }
      (starts.get(d.start) || starts.set(d.start, []).get(d.start)).push(d);
      (ends.get(d.end) || ends.set(d.end, []).get(d.end)).push(d);
    }
    const active = new Set();
    const fragment = document.createDocumentFragment();
    for (let k = 0; k < sorted.length; k++) {
      const at = sorted[k];
      for (const d of ends.get(at) || []) active.delete(d);
      for (const d of starts.get(at) || []) active.add(d);
      for (const d of carets.get(at) || []) {
        const caret = el("span", "f caret sev-" + d.severity);
        caret.dataset.ids = String(d.index);
        caret.textContent = "\u200b";
        fragment.appendChild(caret);
      }
      if (k + 1 >= sorted.length) break;
      const piece = text.slice(at, sorted[k + 1]);
      if (!active.size) { fragment.appendChild(document.createTextNode(piece)); continue; }
      let worst = "info";
      const ids = [];
      for (const d of active) { ids.push(d.index); if (RANK[d.severity] > RANK[worst]) worst = d.severity; }
      const span = el("span", "f sev-" + worst, piece);
      span.dataset.ids = ids.join(" ");
      fragment.appendChild(span);
    }
    doc.appendChild(fragment);
    markSelected();
  }

  function markSelected() {
    for (const node of document.querySelectorAll("#doc .sel, #list .sel")) node.classList.remove("sel");
    if (state.selected === null) return;
    for (const node of document.querySelectorAll('#doc [data-ids~="' + state.selected + '"]')) node.classList.add("sel");
    const item = document.querySelector('#list li[data-index="' + state.selected + '"]');
    if (item) item.classList.add("sel");
  }

  function familyName(family) { return (FAMILY[family] && FAMILY[family][state.lang]) || family; }

  function renderFamilies() {
    const list = $("families");
    list.textContent = "";
    const counts = state.result.summary.families;
    for (const family of Object.keys(counts).sort()) {
      const item = el("li");
      const box = el("input");
      box.type = "checkbox";
      box.checked = !state.hidden.has(family);
      box.id = "family-" + family;
      box.addEventListener("change", () => {
        if (box.checked) state.hidden.delete(family); else state.hidden.add(family);
        render();
      });
      const label = el("label");
      label.htmlFor = box.id;
      label.append(el("b", null, family), " " + familyName(family) + " ", el("span", "count", String(counts[family])));
      item.append(box, label);
      list.appendChild(item);
    }
    const ignored = $("ignored");
    ignored.hidden = state.ignored.size === 0;
    ignored.textContent = "";
    if (state.ignored.size) {
      const restore = el("button", "link", t("restore"));
      restore.addEventListener("click", () => { state.ignored.clear(); render(); });
      ignored.append(t("ignored", {n: state.ignored.size}) + " ", restore);
    }
  }

  function where(d) { return d.line + ":" + d.column; }

  function renderList() {
    const list = $("list");
    list.textContent = "";
    const findings = visibleFindings();
    if (!findings.length) { list.appendChild(el("li", "quiet", t("none"))); return; }
    for (const d of findings) {
      const item = el("li", "sev-" + d.severity);
      item.dataset.index = String(d.index);
      item.dataset.rule = d.rule;
      const head = el("div", "head");
      head.append(el("span", "dot"), el("b", null, where(d)), " ", el("code", null, d.rule), " ", el("span", "sev", t(d.severity)));
      item.append(head, el("div", "msg", d.message));
      if (d.fix && d.fix.edits.length) item.append(el("div", "fixline", "→ " + d.fix.message));
      item.addEventListener("click", () => select(d.index, true));
      list.appendChild(item);
    }
  }

  // Arithmetic in a message ("2.51万户 × 户均5万元 = 12.55亿元") is set apart so it reads at a glance.
  const ARITHMETIC = /([^，。；：、“”（）():;\n]*?\S\s[=×+÷−≠<>≈]\s[^，。；、“”（）();\n]*)/u;

  function renderDetail() {
    const box = $("detail");
    box.textContent = "";
    box.appendChild(el("h2", null, t("detail")));
    const findings = visibleFindings();
    const d = state.selected !== null ? state.result.diagnostics[state.selected] : null;
    if (!d) { box.appendChild(el("p", "quiet", findings.length ? t("pick") : t("none"))); return; }
    const number = findings.indexOf(d) + 1;
    const head = el("div", "head sev-" + d.severity);
    head.append(el("span", "badge", t(d.severity)), " ", el("code", "rule", d.rule), " ", el("span", "name", d.name));
    const meta = el("div", "meta", t("position", {line: d.line, col: d.column}) + (number ? " · " + t("nOfM", {i: number, n: findings.length}) : ""));
    box.append(head, meta);
    if (d.original) {
      const row = el("div", "row original");
      row.append(el("span", "label", t("original")), el("mark", "sev-" + d.severity, d.original));
      box.appendChild(row);
    }
    const message = el("div", "row message");
    message.appendChild(el("span", "label", t("message")));
    const body = el("span", "text");
    const parts = d.message.split(ARITHMETIC);
    let arithmetic = null;
    for (let k = 0; k < parts.length; k++) {
      if (k % 2 === 1 && arithmetic === null) { arithmetic = parts[k].trim(); body.appendChild(el("code", "math", parts[k])); }
      else body.append(parts[k]);
    }
    message.appendChild(body);
    box.appendChild(message);
    if (arithmetic) {
      const row = el("div", "row arithmetic");
      row.append(el("span", "label", t("arithmetic")), el("code", "math big", arithmetic));
      box.appendChild(row);
    }
    const fixRow = el("div", "row fix");
    fixRow.appendChild(el("span", "label", t("fix")));
    const fixBody = el("div", "text");
    if (d.fix && d.fix.edits.length) {
      fixBody.appendChild(el("div", "fixmsg", d.fix.message));
      const shown = d.fix.edits.slice(0, 3);
      for (const e of shown) {
        const change = el("div", "change");
        change.append(el("del", null, e.original || "∅"), " → ", el("ins", null, e.replacement || "∅"));
        fixBody.appendChild(change);
      }
      if (d.fix.edits.length > shown.length) fixBody.appendChild(el("div", "quiet", t("more", {n: d.fix.edits.length - shown.length}) + " · " + t("edits", {n: d.fix.edits.length})));
      const kind = state.fixable ? d.fix.applicability : "display";
      fixBody.appendChild(el("div", "kind kind-" + kind, t(kind)));
    } else {
      fixBody.appendChild(el("div", "fixmsg", t("noFix")));
    }
    fixRow.appendChild(fixBody);
    box.appendChild(fixRow);
    const buttons = el("div", "buttons");
    if (d.fix && d.fix.edits.length && d.fix.applicability !== "display" && state.fixable) {
      const apply = el("button", "primary", t("applyFix"));
      apply.id = "apply-one";
      apply.addEventListener("click", () => applyFixes([d]));
      buttons.appendChild(apply);
    }
    const ignore = el("button", null, t("ignore"));
    ignore.id = "ignore-one";
    ignore.addEventListener("click", () => { state.ignored.add(findingKey(d)); state.selected = null; show(state.result); });
    buttons.appendChild(ignore);
    box.appendChild(buttons);
    if (!state.fixable) box.appendChild(el("p", "quiet", t("docx")));
  }

  function select(index, scroll) {
    state.selected = index;
    markSelected();
    renderDetail();
    if (scroll) {
      const node = document.querySelector('#doc [data-ids~="' + index + '"]');
      if (node) node.scrollIntoView({block: "center"});
    } else {
      const item = document.querySelector('#list li[data-index="' + index + '"]');
      if (item) item.scrollIntoView({block: "nearest"});
    }
  }

  // A click on underlined text selects the narrowest finding there; clicking again moves to the
  // next finding under the same characters.
  function onDocClick(event) {
    const node = event.target.closest && event.target.closest(".f");
    if (!node) return;
    const diagnostics = state.result.diagnostics;
    const ids = node.dataset.ids.split(" ").map(Number)
      .sort((a, b) => (diagnostics[a].end - diagnostics[a].start) - (diagnostics[b].end - diagnostics[b].start) || a - b);
    const current = ids.indexOf(state.selected);
    select(ids[current >= 0 ? (current + 1) % ids.length : 0], false);
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.title = t("title");
    for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
    for (const node of document.querySelectorAll("[data-t-placeholder]")) node.placeholder = t(node.dataset.tPlaceholder);
    $("lang").value = state.lang;
  }

  async function changeLanguage() {
    const before = messageLang();
    state.lang = $("lang").value;
    try { localStorage.setItem("jiaodui-lang", state.lang); } catch (e) { /* private mode */ }
    if (state.result && messageLang() !== before) {
      const selected = state.selected;
      const result = await post("/api/check", request());
      state.result = result;
      state.selected = selected;
    }
    render();
  }

  function guard(action) {
    return (...args) => action(...args).catch((e) => { setStatus(""); if (window.console) console.warn(e); });
  }

  function init() {
    applyLanguage();
    $("check").addEventListener("click", guard(check));
    $("edit").addEventListener("click", edit);
    $("apply-all").addEventListener("click", guard(applyAllSafe));
    $("download").addEventListener("click", download);
    $("annotate").addEventListener("click", guard(annotate));
    $("lang").addEventListener("change", guard(changeLanguage));
    $("doc").addEventListener("click", onDocClick);
    $("file").addEventListener("change", guard(async () => { await openFile($("file").files[0]); $("file").value = ""; }));
    $("input").addEventListener("paste", () => setTimeout(guard(check), 0));
    $("input").addEventListener("keydown", (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") guard(check)();
    });
    let depth = 0;
    document.addEventListener("dragenter", (event) => { event.preventDefault(); depth++; $("drop").hidden = false; });
    document.addEventListener("dragleave", () => { if (--depth <= 0) { depth = 0; $("drop").hidden = true; } });
    document.addEventListener("dragover", (event) => event.preventDefault());
    document.addEventListener("drop", (event) => {
      event.preventDefault();
      depth = 0;
      $("drop").hidden = true;
      const file = event.dataTransfer && event.dataTransfer.files[0];
      if (file) guard(openFile)(file);
    });
    $("apply-all").disabled = true;
    document.body.dataset.ready = "1";
  }

  init();
})();
